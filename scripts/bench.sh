#!/usr/bin/env bash
# The benchmark harness (issue 9): the packaged backend on its own port and database, a dataset, a
# warm-up, then every endpoint measured beside its baselines in the same run, alternating variants,
# medians of >= 3 rounds, the machine's load printed. See docs/performance.md for how to read it.
#
# usage: scripts/bench.sh [--ci] [--no-national] [--provinces=N] [--duration=S] [--warmup=S]
#                         [--rounds=N] [--connections=N] [--pin=CPU] [--update-sql] [--no-open]
#   --ci           seconds, not minutes (1 s runs, 3 provinces): keeps the harness working; asserts
#                  nothing about speed, only that every measurement ran (scripts/test.sh runs it).
#   --update-sql   rewrite scripts/bench/sql/*.sql, the committed shapes of each endpoint's SQL.
# env: BENCH_PORT (8194), BENCH_MANAGEMENT_PORT (9194), BENCH_DB (thidua_bench), KEYCLOAK_URL.
# Needs: the packaged backend (built when missing or stale), wrk, MariaDB on 127.0.0.1:3306 with root
# by socket (the general log captures each endpoint's SQL), Keycloak (reused, or started and stopped).
# Loopback only; every load loop is bounded in time.
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/common.sh
source "$SCRIPTS/lib/common.sh"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"
# shellcheck source=scripts/lib/keycloak.sh
source "$SCRIPTS/lib/keycloak.sh"
ROOT="$THIDUA_ROOT"
BENCH_PORT="${BENCH_PORT:-8194}"
BENCH_MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-9194}"
BENCH_DB="${BENCH_DB:-thidua_bench}"
BENCH_OUT="$THIDUA_LOCAL/bench"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
MVNW="$ROOT/backend/mvnw"

command -v wrk >/dev/null || die "wrk is missing (Debian: apt-get install wrk)."
mkdir -p "$BENCH_OUT"

THIDUA_DB=system db_setup
db_sql "DROP DATABASE IF EXISTS \`$BENCH_DB\`; CREATE DATABASE \`$BENCH_DB\` CHARACTER SET utf8mb4 COLLATE $DB_COLLATION;
        GRANT ALL ON \`$BENCH_DB\`.* TO '$DB_USER'@'localhost'; GRANT ALL ON \`$BENCH_DB\`.* TO '$DB_USER'@'127.0.0.1';"

KEYCLOAK_STARTED=0
cleanup() {
  stop_bg bench-backend
  keycloak_stop_if_started
}
trap cleanup EXIT
keycloak_start

if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  log "Packaging the backend (jar missing or older than the sources)"
  "$MVNW" -q -B -f "$ROOT/backend/pom.xml" package -DskipTests
fi
if [[ ! -f "$ROOT/scripts/bench/target/classpath.txt" ]] || \
   [[ -n "$(find "$ROOT/scripts/bench/src" "$ROOT/scripts/bench/pom.xml" -newer "$ROOT/scripts/bench/target/classpath.txt" -type f -print -quit)" ]]; then
  log "Building the harness (scripts/bench)"
  "$MVNW" -q -B -f "$ROOT/scripts/bench/pom.xml" compile
  touch "$ROOT/scripts/bench/target/classpath.txt"
fi

# The packaged app in the bench profile: production settings plus the X-Bench-Unverified switch.
log "Starting the backend on $BENCH_PORT (database $BENCH_DB, profile bench)"
DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$BENCH_DB")" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
OIDC_AUTH_SERVER_URL="${KEYCLOAK_URL:-http://localhost:8180}/realms/thidua" CORS_ORIGINS=http://localhost:5173 \
QUARKUS_HTTP_PORT="$BENCH_PORT" MANAGEMENT_PORT="$BENCH_MANAGEMENT_PORT" FILES_DIR="$BENCH_OUT/files" \
  start_bg bench-backend "$BENCH_OUT/backend.log" java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=bench -jar "$JAR"
wait_http "Backend (bench)" "http://127.0.0.1:$BENCH_PORT/q/health/ready" 180 "$BG_PID" "$BENCH_OUT/backend.log"
log "Backend RSS after start: $(rss_mb "$BG_PID") MB"

cd "$ROOT"
java -cp "scripts/bench/target/classes:$(cat scripts/bench/target/classpath.txt)" vn.thidua.bench.Main \
  --api="http://127.0.0.1:$BENCH_PORT" --keycloak="${KEYCLOAK_URL:-http://localhost:8180}" \
  --db="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$BENCH_DB")" --db-user="$DB_USER" --db-password="$DB_PASSWORD" \
  --out="$BENCH_OUT" "$@"
log "Backend RSS after the run: $(rss_mb "$(cat "$THIDUA_PIDS/bench-backend.pid")") MB"
