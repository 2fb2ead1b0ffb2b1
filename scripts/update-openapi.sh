#!/usr/bin/env bash
# Regenerates the root openapi.yaml from the backend's annotations (the build writes
# backend/target/openapi/openapi.yaml), then the SPA's typed client. Review the diff before committing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/backend/mvnw" -B -q -f "$root/backend/pom.xml" package -DskipTests
cp "$root/backend/target/openapi/openapi.yaml" "$root/openapi.yaml"
if [ -f "$root/frontend/package.json" ] && [ -d "$root/frontend/node_modules" ]; then
  (cd "$root/frontend" && npm run --silent gen)
fi
git -C "$root" --no-pager diff --stat -- openapi.yaml frontend/src/lib/api/schema.gen.ts || true
