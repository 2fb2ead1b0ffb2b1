#!/usr/bin/env bash
# Bring up the whole ThiĐua stack locally, without Docker:
#   MariaDB (system on 3306, or embedded on 3307) -> Keycloak 8180 -> backend 8080 -> SPA 5173.
# usage: scripts/run.sh [--demo-data] [--dev]
#   --demo-data  load scripts/demo-data/seed-cases.json through the API once the backend is up
#   --dev        run the backend with `quarkus:dev` (live reload) instead of the packaged jar
# Ctrl-C stops what this script started; what it reused (a running Keycloak/MariaDB) keeps running.
set -euo pipefail

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"
# shellcheck source=scripts/lib/keycloak.sh
source "$SCRIPTS/lib/keycloak.sh"

DEMO_DATA=0
DEV=0
for arg in "$@"; do
  case "$arg" in
    --demo-data) DEMO_DATA=1 ;;
    --dev) DEV=1 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "Unknown option: $arg (see --help)" ;;
  esac
done

ROOT="$THIDUA_ROOT"
BACKEND_PORT=8080
SPA_PORT=5173
API_URL="http://localhost:$BACKEND_PORT"
SPA_URL="http://localhost:$SPA_PORT"
BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
STARTED=()   # names (in .local/pids) of what this script started

cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do stop_bg "${STARTED[i]}"; done
  keycloak_stop_if_started
  db_stop_if_started
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for cmd in java curl unzip setsid; do
  command -v "$cmd" >/dev/null || die "$cmd is required but not installed."
done

T0="$(now)"
db_setup
keycloak_start

# --- backend -------------------------------------------------------------------------------
[[ -f "$ROOT/backend/pom.xml" ]] || die "backend/pom.xml is missing."
export OIDC_AUTH_SERVER_URL="${OIDC_AUTH_SERVER_URL:-$KEYCLOAK_URL/realms/thidua}"
export CORS_ORIGINS="${CORS_ORIGINS:-http://localhost:$SPA_PORT,http://127.0.0.1:$SPA_PORT}"
export QUARKUS_HTTP_PORT="$BACKEND_PORT"
# Uploaded files (decision scans…) and the metrics port (management interface).
export FILES_DIR="${FILES_DIR:-$THIDUA_LOCAL/files}"
export MANAGEMENT_PORT="${MANAGEMENT_PORT:-9000}"
if http_ok "$API_URL/q/health/ready"; then
  warn "A backend already answers on $API_URL: reusing it (it may run older code)."
elif port_open 127.0.0.1 "$BACKEND_PORT"; then
  die "Port $BACKEND_PORT is taken by something that is not a ready ThiĐua backend."
else
  if [[ "$DEV" == 1 ]]; then
    log "Starting the backend in dev mode (quarkus:dev; log: .local/logs/backend.log)"
    start_bg backend "$THIDUA_LOGS/backend.log" "$ROOT/backend/mvnw" -B -f "$ROOT/backend/pom.xml" \
      quarkus:dev -Dquarkus.console.enabled=false
    STARTED+=(backend)
    wait_http "Backend (dev mode)" "$API_URL/q/health/ready" 300 "$BG_PID" "$THIDUA_LOGS/backend.log"
  else
    if [[ ! -f "$BACKEND_JAR" ]] || [[ -n "$(find "$ROOT/backend/src" "$ROOT/backend/pom.xml" -newer "$BACKEND_JAR" -type f -print -quit)" ]]; then
      log "Building the backend (backend/mvnw package -DskipTests)"
      t="$(now)"
      "$ROOT/backend/mvnw" -q -B -f "$ROOT/backend/pom.xml" package -DskipTests \
        || die "The backend build failed."
      log "Backend built in $(elapsed "$t")s"
    fi
    log "Starting the backend on $API_URL (log: .local/logs/backend.log)"
    # launch.sh: a class-data archive recorded at the first start of each build makes later starts faster.
    start_bg backend "$THIDUA_LOGS/backend.log" "$ROOT/backend/bin/launch.sh" "$(dirname "$BACKEND_JAR")"
    STARTED+=(backend)
    wait_http "Backend" "$API_URL/q/health/ready" 120 "$BG_PID" "$THIDUA_LOGS/backend.log"
  fi
fi

if [[ "$DEMO_DATA" == 1 ]]; then
  log "Loading the demo data (scripts/demo-data/load.mjs)"
  API_URL="$API_URL" KEYCLOAK_URL="$KEYCLOAK_URL" node "$SCRIPTS/demo-data/load.mjs" \
    || die "Loading the demo data failed."
fi

# --- SPA -----------------------------------------------------------------------------------
FRONTEND="$ROOT/frontend"
if [[ -f "$FRONTEND/package.json" ]]; then
  command -v npm >/dev/null || die "npm is required for the SPA."
  if http_ok "$SPA_URL/"; then
    warn "Something already serves $SPA_URL: reusing it (is it 'npm run dev'?)."
  else
    # shellcheck source=scripts/lib/npm.sh
    source "$SCRIPTS/lib/npm.sh"
    npm_install_if_needed "$FRONTEND"
    log "Building the SPA (npm run build)"
    (cd "$FRONTEND" && npm run build >"$THIDUA_LOGS/spa-build.log" 2>&1) \
      || { tail -n 40 "$THIDUA_LOGS/spa-build.log" >&2; die "The SPA build failed (log: .local/logs/spa-build.log)."; }
    log "Starting the SPA on $SPA_URL (vite preview; log: .local/logs/spa.log)"
    (cd "$FRONTEND" && API_PROXY_TARGET="http://127.0.0.1:$BACKEND_PORT" \
      start_bg spa "$THIDUA_LOGS/spa.log" npm run preview -- --port "$SPA_PORT" --strictPort)
    SPA_PID="$(cat "$THIDUA_PIDS/spa.pid")"
    STARTED+=(spa)
    wait_http "SPA" "$SPA_URL/" 60 "$SPA_PID" "$THIDUA_LOGS/spa.log"
  fi
else
  warn "frontend/package.json not found: the SPA is not started."
fi

cat <<INFO

  ThiĐua is up (in $(elapsed "$T0")s).
    SPA                      $SPA_URL
    API                      $API_URL/api/v1
    Swagger UI               $API_URL/q/swagger-ui
    Health                   $API_URL/q/health
    Metrics (management)     http://localhost:$MANAGEMENT_PORT/q/metrics
    Keycloak admin console   $KEYCLOAK_URL/admin/  (master realm: admin / ${KEYCLOAK_ADMIN_PASSWORD:+\$KEYCLOAK_ADMIN_PASSWORD}${KEYCLOAK_ADMIN_PASSWORD:-admin})
    Database                 $DB_URL ($DB_MODE; user $DB_USER)
    Logs                     .local/logs/

  Demo users (realm thidua), password ThiDua@2026:
    admin (admin)   viewer (viewer)
    bk.sxd, bk.bqlda, bk.sct, bk.stnmt, bk.sgtvt, bn.qdtpt, hn.sct, ghost (officers of their unit)

  Ctrl-C stops: ${STARTED[*]:-nothing}$( [[ "$KEYCLOAK_STARTED" == 1 ]] && printf ' keycloak' )$( [[ "$DB_STARTED" == 1 ]] && printf ' mariadb' )
INFO

# Wait; stop everything when one of our processes dies.
while true; do
  for name in "${STARTED[@]}"; do
    pid_alive "$name" || die "$name stopped unexpectedly; see .local/logs/$name.log."
  done
  if [[ "$KEYCLOAK_STARTED" == 1 ]] && ! pid_alive keycloak; then die "Keycloak stopped unexpectedly; see .local/logs/keycloak.log."; fi
  if [[ "$DB_STARTED" == 1 ]] && ! pid_alive mariadb; then die "The embedded MariaDB stopped unexpectedly; see .local/logs/mariadb.log."; fi
  sleep 1
done
