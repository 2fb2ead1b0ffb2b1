#!/usr/bin/env bash
# Verifies the audit hash chain and names the first broken row (changed, removed, or the newest rows
# cut off). Exit 0 = intact, 1 = broken, 2 = cannot read. See docs/adr/0007-hash-chained-audit.md.
#   scripts/audit-verify.sh [jdbc-url]        (default: $DB_URL, else the local dev database)
#   DB_USER / DB_PASSWORD as for the backend (default thidua/thidua). Needs a JDK 17+ and a built backend.
# In compose: docker compose exec backend sh -c 'java -cp "/deployments/app/*:$(ls /deployments/lib/main/org.mariadb.jdbc.*.jar)" \
#               vn.thidua.audit.AuditVerifier "$DB_URL"'
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="${1:-${DB_URL:-jdbc:mariadb://127.0.0.1:3306/thidua}}"
app="$root/backend/target/quarkus-app"
if ! compgen -G "$app/app/*.jar" > /dev/null; then
  "$root/backend/mvnw" -B -q -f "$root/backend/pom.xml" package -DskipTests
fi
driver="$(compgen -G "$app/lib/main/org.mariadb.jdbc.mariadb-java-client-*.jar" | head -1)"
exec java -cp "$app/app/*:$driver" vn.thidua.audit.AuditVerifier "$url"
