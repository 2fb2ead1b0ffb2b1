#!/usr/bin/env bash
# The benchmark harness (issue 9): the packaged backend on its own port and database, a dataset, a
# warm-up, then every endpoint measured beside its baselines in the same run, alternating variants,
# medians of >= 3 rounds, the machine's load printed. See docs/performance.md for how to read it.
#
# usage: scripts/bench.sh [--ci] [--no-national] [--provinces=N] [--duration=S] [--warmup=S]
#                         [--rounds=N] [--connections=N] [--pin=CPU] [--update-sql] [--no-open] [--no-startup]
#                         [--no-spa] [--only=NAME,...] [--only-scoring] [--only-voting] [--no-voting] [--voters=N]
#   --ci           seconds, not minutes (1 s runs, one round, 2 provinces, 30 voters): keeps the harness working; asserts
#                  nothing about speed, only that every measurement ran (scripts/test.sh runs it).
#   --update-sql   rewrite scripts/bench/sql/*.sql, the committed shapes of each endpoint's SQL.
#   --only=A,B     only the endpoints whose names contain A or B (and the framework ceiling): to profile a few.
#   --only-scoring issue 11's figure alone: a 15-unit bloc scoring 40 criteria made through the API, its
#                  consolidation (and ranking) timed beside a JDBC transaction doing the same reads and writes.
#   --only-voting  issue 12's figure alone: N units (--voters, default 200; 30 with --ci) in blocs of 15 made
#                  through the API, each with an officer, casting a secret ballot at one gate; lost, double-counted,
#                  idempotent retries and second ballots counted, p50/p99 beside as many JDBC transactions at once.
#   --no-spa       skip the SPA's LCP/CLS and the scoring grid's INP (headless Chromium, 4x CPU throttling;
#                  scripts/bench/spa/vitals.mjs).
# env: BENCH_PORT (8194), BENCH_MANAGEMENT_PORT (9194), BENCH_DB (thidua_bench), KEYCLOAK_URL,
#      BENCH_JAR (another packaged backend, e.g. a copy of main's, for a before/after), BENCH_JAVA_OPTS
#      (e.g. -XX:StartFlightRecording=filename=.local/bench/run.jfr for a JFR profile of the run),
#      BENCH_SPA_PORT (4173; the realm's SPA client accepts 5173-5176 and 4173), BENCH_SPA_DIST (another
#      built SPA, e.g. main's, for a before/after; default frontend/dist, built when missing or stale).
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
BENCH_SPA_PORT="${BENCH_SPA_PORT:-4173}"
BENCH_OUT="$THIDUA_LOCAL/bench"
JAR="${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
MVNW="$ROOT/backend/mvnw"

command -v wrk >/dev/null || die "wrk is missing (Debian: apt-get install wrk)."
mkdir -p "$BENCH_OUT"

THIDUA_DB=system db_setup
db_sql "DROP DATABASE IF EXISTS \`$BENCH_DB\`; CREATE DATABASE \`$BENCH_DB\` CHARACTER SET utf8mb4 COLLATE $DB_COLLATION;
        GRANT ALL ON \`$BENCH_DB\`.* TO '$DB_USER'@'localhost'; GRANT ALL ON \`$BENCH_DB\`.* TO '$DB_USER'@'127.0.0.1';"

KEYCLOAK_STARTED=0
cleanup() {
  stop_bg bench-spa 2>/dev/null || true
  stop_bg bench-backend
  keycloak_stop_if_started
}
trap cleanup EXIT
keycloak_start

if [[ -z "${BENCH_JAR:-}" ]] && { [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; }; then
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
OIDC_AUTH_SERVER_URL="${KEYCLOAK_URL:-http://localhost:8180}/realms/thidua" \
CORS_ORIGINS="http://localhost:5173,http://localhost:$BENCH_SPA_PORT" \
QUARKUS_HTTP_PORT="$BENCH_PORT" MANAGEMENT_PORT="$BENCH_MANAGEMENT_PORT" FILES_DIR="$BENCH_OUT/files" \
  start_bg bench-backend "$BENCH_OUT/backend.log" java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=bench -jar "$JAR"
wait_http "Backend (bench)" "http://127.0.0.1:$BENCH_PORT/q/health/ready" 180 "$BG_PID" "$BENCH_OUT/backend.log"
log "Backend RSS after start: $(rss_mb "$BG_PID") MB"

cd "$ROOT"
java -cp "scripts/bench/target/classes:$(cat scripts/bench/target/classpath.txt)" vn.thidua.bench.Main \
  --api="http://127.0.0.1:$BENCH_PORT" --keycloak="${KEYCLOAK_URL:-http://localhost:8180}" \
  --db="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$BENCH_DB")" --db-user="$DB_USER" --db-password="$DB_PASSWORD" \
  --out="$BENCH_OUT" --backend-pid="$(cat "$THIDUA_PIDS/bench-backend.pid")" "$@"
log "Backend RSS after the run: $(rss_mb "$(cat "$THIDUA_PIDS/bench-backend.pid")") MB"
[[ " $* " == *" --only-scoring "* || " $* " == *" --only-voting "* ]] && exit 0

# --- the bearer check's alternatives, CPU per check (jose4j as under quarkus-oidc, smallrye-jwt,
# the verified-token cache's hit); the whole per-request path is the "×open" column above.
check_iterations=20000; [[ " $* " == *" --ci "* ]] && check_iterations=2000
java -cp "scripts/bench/target/classes:$(cat scripts/bench/target/classpath.txt)" vn.thidua.bench.TokenCheck \
  --keycloak="${KEYCLOAK_URL:-http://localhost:8180}" --iterations="$check_iterations" 2>/dev/null | tee -a "$BENCH_OUT/report.txt"

# --- the SPA: LCP and CLS of the landing page and of the first screen after a real sign-in, in
# headless Chromium with the CPU slowed 4x, and the JavaScript each loads (vite preview of the built
# SPA, its /api proxied to the bench backend, which holds the home province's data).
if [[ " $* " != *" --no-spa "* ]]; then
  SPA_DIST="${BENCH_SPA_DIST:-$ROOT/frontend/dist}"
  if [[ ! -d "$ROOT/frontend/node_modules" ]]; then
    die "the SPA step needs frontend/node_modules (cd frontend && npm ci), or pass --no-spa"
  fi
  if [[ -z "${BENCH_SPA_DIST:-}" ]] && { [[ ! -f "$SPA_DIST/index.html" ]] || \
     [[ -n "$(find "$ROOT/frontend/src" "$ROOT/frontend/index.html" "$ROOT/frontend/package.json" -newer "$SPA_DIST/index.html" -type f -print -quit)" ]]; }; then
    log "Building the SPA (dist missing or older than the sources)"
    (cd "$ROOT/frontend" && npx vite build --logLevel warn)
  fi
  log "SPA on http://localhost:$BENCH_SPA_PORT ($SPA_DIST)"
  (cd "$ROOT/frontend" && API_PROXY_TARGET="http://127.0.0.1:$BENCH_PORT" \
    start_bg bench-spa "$BENCH_OUT/spa.log" npx vite preview --outDir "$SPA_DIST" --port "$BENCH_SPA_PORT" --strictPort)
  wait_http "SPA (bench)" "http://localhost:$BENCH_SPA_PORT/config.json" 60 "$(cat "$THIDUA_PIDS/bench-spa.pid")" "$BENCH_OUT/spa.log"
  spa_runs=3; [[ " $* " == *" --ci "* ]] && spa_runs=1
  node "$ROOT/scripts/bench/spa/vitals.mjs" --base="http://localhost:$BENCH_SPA_PORT" \
    --keycloak="${KEYCLOAK_URL:-http://localhost:8180}" --api="http://localhost:$BENCH_PORT" --runs="$spa_runs" --out="$BENCH_OUT/report.txt"
  stop_bg bench-spa
fi
stop_bg bench-backend

# --- start-up: process start to the first authenticated answer from the database, and RSS then;
# the backend beside a bare Quarkus app with the same extensions (scripts/bench/bare), alternated.
# Both start as shipped, through backend/bin/launch.sh with a class-data archive of their own (one
# untimed start each records it when missing); without --ci, also without archives (THIDUA_CDS=off).
[[ " $* " == *" --no-startup "* ]] && exit 0
BARE_JAR="$ROOT/scripts/bench/bare/target/quarkus-app/quarkus-run.jar"
if [[ ! -f "$BARE_JAR" ]] || [[ -n "$(find "$ROOT/scripts/bench/bare/src" "$ROOT/scripts/bench/bare/pom.xml" -newer "$BARE_JAR" -type f -print -quit)" ]]; then
  log "Packaging the bare app (scripts/bench/bare)"
  "$MVNW" -q -B -f "$ROOT/scripts/bench/bare/pom.xml" package -DskipTests
fi
bench_token() {
  curl -fsS "${KEYCLOAK_URL:-http://localhost:8180}/realms/thidua/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=thidua-tests -d username=admin.bn -d password=ThiDua@2026 | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
# startup_probe NAME JAR: "seconds rss_mb" from the launch to the first 200 of an authenticated read.
startup_probe() {
  local name="$1" jar="$2" token t0 pid code
  token="$(bench_token)"
  t0="$(now)"
  DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$BENCH_DB")" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
  OIDC_AUTH_SERVER_URL="${KEYCLOAK_URL:-http://localhost:8180}/realms/thidua" CORS_ORIGINS=http://localhost:5173 \
  QUARKUS_HTTP_PORT="$BENCH_PORT" MANAGEMENT_PORT="$BENCH_MANAGEMENT_PORT" FILES_DIR="$BENCH_OUT/files" \
    start_bg "$name" "$BENCH_OUT/$name.log" "$ROOT/backend/bin/launch.sh" "$(dirname "$jar")" ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=bench
  pid="$BG_PID"
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$BENCH_PORT/api/v1/units?size=1" 2>/dev/null || true)"
    [[ "$code" == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { err "$name exited; see $BENCH_OUT/$name.log"; return 1; }
    awk -v a="$t0" -v b="$(now)" 'BEGIN { exit !(b - a > 180) }' && { err "$name: no answer in 180 s"; stop_bg "$name"; return 1; }
    sleep 0.05
  done
  awk -v a="$t0" -v b="$(now)" -v r="$(rss_mb "$pid")" 'BEGIN { printf "%.2f %d\n", b - a, r }'
  stop_bg "$name" 2>/dev/null
}
median_of() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# startup_round LABEL RUNS: the alternated runs of both apps and their goal lines.
startup_round() {
  local label="$1" runs="$2" i b_s b_m r_s r_m
  local -a backend_runs=() bare_runs=()
  for ((i = 0; i < runs; i++)); do
    backend_runs+=("$(startup_probe bench-startup-backend "$JAR")")
    bare_runs+=("$(startup_probe bench-startup-bare "$BARE_JAR")")
  done
  b_s="$(median_of $(printf '%s\n' "${backend_runs[@]}" | cut -d' ' -f1))"; b_m="$(median_of $(printf '%s\n' "${backend_runs[@]}" | cut -d' ' -f2))"
  r_s="$(median_of $(printf '%s\n' "${bare_runs[@]}" | cut -d' ' -f1))"; r_m="$(median_of $(printf '%s\n' "${bare_runs[@]}" | cut -d' ' -f2))"
  printf '\nStart-up to the first authenticated answer, %s (median of %d, alternated), RSS then; load %s\n' "$label" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '  backend   %6s s  %5s MB   (runs: %s)\n' "$b_s" "$b_m" "$(IFS=,; echo "${backend_runs[*]}")"
  printf '  bare app  %6s s  %5s MB   (runs: %s)\n' "$r_s" "$r_m" "$(IFS=,; echo "${bare_runs[*]}")"
  awk -v a="$b_s" -v b="$r_s" -v c="$b_m" -v d="$r_m" 'BEGIN {
    printf "  %-6s start-up ≤ 1.3× bare: %.2f\n", (a / b <= 1.3 ? "pass" : "short"), a / b
    printf "  %-6s RSS ≤ 1.3× bare: %.2f\n", (c / d <= 1.3 ? "pass" : "short"), c / d }'
}
runs=3; [[ " $* " == *" --ci "* ]] && runs=1
startup_probe bench-startup-backend "$JAR" >/dev/null   # records the class-data archives when missing
startup_probe bench-startup-bare "$BARE_JAR" >/dev/null
{
  startup_round "as shipped: each app with its class-data archive" "$runs"
  [[ " $* " == *" --ci "* ]] || THIDUA_CDS=off startup_round "without class-data archives" "$runs"
} | tee -a "$BENCH_OUT/report.txt"
