#!/usr/bin/env bash
# The demo data on a database of its own (run by scripts/test.sh): the packaged backend on a fresh
# database, scripts/demo-data/load.mjs run once. The first run builds the whole demo year through the
# API, Bắc Kạn 2023's scoring and ranking included, and fails unless the ranking it publishes holds the
# one tie the seed expects, decided by the scheme's chain. (A second run creating nothing is what every
# e2e spec that loads the seed sees: "0 created".)
# env: KEYCLOAK_URL (a running Keycloak with the thidua realm), DEMO_PORT (8089), DEMO_MANAGEMENT_PORT (9089).
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/common.sh
source "$SCRIPTS/lib/common.sh"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"
ROOT="$THIDUA_ROOT"
PORT="${DEMO_PORT:-8089}"
DB=thidua_demo_check
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
KC="${KEYCLOAK_URL:-http://localhost:8180}"
LOG="$THIDUA_LOGS/demo-data.log"
[[ -f "$JAR" ]] || die "no packaged backend at $JAR"

THIDUA_DB=system db_setup
db_sql "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE $DB_COLLATION;
        GRANT ALL ON \`$DB\`.* TO '$DB_USER'@'localhost'; GRANT ALL ON \`$DB\`.* TO '$DB_USER'@'127.0.0.1';"
trap 'stop_bg demo-backend 2>/dev/null || true' EXIT
rm -rf "$THIDUA_LOCAL/demo-files"
DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$DB")" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
OIDC_AUTH_SERVER_URL="$KC/realms/thidua" CORS_ORIGINS=http://localhost:5173 FILES_DIR="$THIDUA_LOCAL/demo-files" \
QUARKUS_HTTP_PORT="$PORT" MANAGEMENT_PORT="${DEMO_MANAGEMENT_PORT:-9089}" \
  start_bg demo-backend "$LOG" java -jar "$JAR"
wait_http "Backend (demo data)" "http://127.0.0.1:$PORT/q/health/ready" 120 "$BG_PID" "$LOG"

load() { API_URL="http://127.0.0.1:$PORT" KEYCLOAK_URL="$KC" node "$ROOT/scripts/demo-data/load.mjs"; }
first="$(load)" || { printf '%s\n' "$first" | tail -n 5 >&2; die "the demo data did not load"; }
printf '%s\n' "$first" | grep -E 'ranking PUBLISHED|as the seed expects|Demo data loaded' >&2
grep -q 'as the seed expects' <<<"$first" || die "the demo year's ranking was not published and checked"
log "demo data checked"
