#!/usr/bin/env bash
# Fault tests (issue 13). Each scenario runs real servers on loopback, has a hard time limit,
# stops and removes what it started, and prints its figures:
#   kill9      the backend killed with -9 under write load, then restarted: acknowledged/found/lost
#   dbrestart  a private MariaDB killed and restarted under load: 503 + Retry-After while it is
#              down, readiness DOWN, service back by itself (no backend restart)
#   keycloak   a private Keycloak stopped: issued tokens keep working, new sign-ins fail; it returns
#   replicas   two backends behind nginx: concurrent If-Match writes (exactly one wins), a write on
#              one read and updated on the other, one replica killed under load
#   galera     a three-node Galera cluster (scripts/galera.sh), the node in use killed under load
# usage: scripts/fault-tests.sh [--ci] [SCENARIO...]    (all by default; --ci: a smaller load)
# Needs the packaged backend (backend/target/quarkus-app), java, node, mariadbd, nginx, galera-4,
# rsync, and the Keycloak on 8180 for tokens (started if missing, like scripts/test.sh does).
# Ports: backends 9251/9252 (management 9254/9255), nginx 9253, Keycloak 9250, MariaDB 3351,
# Galera 3352-3359 and 9256-9259. Databases on the shared server: thidua_fault_* only.
set -euo pipefail

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"
# shellcheck source=scripts/lib/keycloak.sh
source "$SCRIPTS/lib/keycloak.sh"
# shellcheck source=scripts/galera.sh
source "$SCRIPTS/galera.sh"

ALL=(kill9 dbrestart keycloak replicas galera)
LOAD="$SCRIPTS/fault/load.mjs"
BACKEND_JAR="$THIDUA_ROOT/backend/target/quarkus-app/quarkus-run.jar"
LOGS="$THIDUA_LOGS/faults"
PORT_A=9251 PORT_B=9252 PORT_LB=9253 MGMT_A=9254 MGMT_B=9255 PORT_KC=9250 PORT_DB=3351
LOCK=/tmp/thidua-fault-tests.lock   # the ports and databases above exist once per machine

CI_MODE=0 SCENARIO="" WANTED=()
for arg in "$@"; do
  case "$arg" in
    --ci) CI_MODE=1 ;;
    --scenario=*) SCENARIO="${arg#--scenario=}" ;;   # internal: run one scenario in this process
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) [[ " ${ALL[*]} " == *" $arg "* ]] || die "Unknown scenario: $arg (one of: ${ALL[*]})"; WANTED+=("$arg") ;;
  esac
done
if [[ "$CI_MODE" == 1 ]]; then
  WRITERS=4 LOAD_SECONDS=3 KILLS=1 OUTAGE_SECONDS=4 ROUNDS=8 CONCURRENCY=6
else
  WRITERS=8 LOAD_SECONDS=8 KILLS=3 OUTAGE_SECONDS=15 ROUNDS=30 CONCURRENCY=10
fi
export WRITERS CI_MODE

ms() { date +%s%3N; }
LOAD_PID=""   # the background load generator of the running scenario

# --- helpers for the scenarios ------------------------------------------------------------
# backend_start NAME PORT MGMT DB_URL [OIDC_URL] [LOG]: the packaged backend, not waited for.
backend_start() {
  local name="$1" port="$2" mgmt="$3" url="$4" oidc="${5:-$KEYCLOAK_URL/realms/thidua}" logf="${6:-$LOGS/$1.log}"
  DB_URL="$url" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
  QUARKUS_MANAGEMENT_HOST=127.0.0.1 MANAGEMENT_PORT="$mgmt" QUARKUS_MANAGEMENT_PORT="$mgmt" \
  OIDC_AUTH_SERVER_URL="$oidc" OIDC_ISSUER="$oidc" CORS_ORIGINS="http://127.0.0.1:$PORT_LB" \
  FILES_DIR="$FAULT_TMP/files" \
    start_bg "$name" "$logf" java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$BACKEND_JAR"
}
backend_wait() {  # backend_wait NAME PORT
  wait_http "$1" "http://127.0.0.1:$2/q/health/ready" 150 "$(cat "$THIDUA_PIDS/$1.pid")" "$LOGS/$1.log"
}

# A fresh access token of `admin` from KEYCLOAK_URL (retried: Keycloak may be re-importing).
get_token() {
  local i
  for ((i = 0; i < 20; i++)); do
    node "$LOAD" token 2>/dev/null && return 0
    sleep 3
  done
  node "$LOAD" token
}

# Every unit of database $1 on the shared server: "code names audits" (for load.mjs lost).
unit_rows_sql() {
  printf "SELECT u.code, (SELECT COUNT(*) FROM %s.unit_name n WHERE n.unit_id = u.id), (SELECT COUNT(*) FROM %s.audit_event a WHERE a.entity_type = 'Unit' AND a.entity_id = u.id AND a.operation = 'CREATE') FROM %s.unit u" "$1" "$1" "$1"
}
shared_rows() { db_sql "$(unit_rows_sql "$1")" | tail -n +2; }

# acks FILE: creates acknowledged so far in a load generator's event file.
acks() { grep -c '"status":201' "$1" 2>/dev/null || true; }
# load_until FILE N: let the load run LOAD_SECONDS, and on until N creates are acknowledged (a
# fault before the first answers would prove little); at most 60 s more.
load_until() {
  local i
  sleep "$LOAD_SECONDS"
  for ((i = 0; i < 300 && $(acks "$1") < $2; i++)); do sleep 0.2; done
  (($(acks "$1") >= $2)) || { err "FAIL: fewer than $2 writes acknowledged under load"; return 1; }
}

# expect WHAT WANT GOT: one checked figure.
expect() {
  if [[ "$2" == "$3" ]]; then log "ok: $1 ($3)"; else err "FAIL: $1: expected $2, got $3"; return 1; fi
}
# status METHOD URL [BODY]: the HTTP status of one call with $TOKEN (000 when no answer in 10 s).
status() {
  local args=(-s -o /dev/null -w '%{http_code}' --max-time 10 -X "$1" -H "Authorization: Bearer $TOKEN")
  [[ $# -ge 3 ]] && args+=(-H 'Content-Type: application/json' --data "$3")
  curl "${args[@]}" "$2" || true
}
unit_json() { printf '{"code":"%s","name":"%s","kind":"SO","activeFrom":"2020-01-01"}' "$1" "${2:-Đơn vị thử $1}"; }

# --- scenarios ------------------------------------------------------------------------------
scenario_kill9() {
  local dir="$FAULT_TMP/kill9" api="http://127.0.0.1:$PORT_A" url k
  url="$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua_fault_kill)"
  mkdir -p "$dir"
  db_recreate thidua_fault_kill
  backend_start fault-api-a "$PORT_A" "$MGMT_A" "$url"
  backend_wait fault-api-a "$PORT_A"
  TOKEN="$(get_token)"; export TOKEN
  log "$WRITERS writers creating units; kill -9 of the backend $KILLS time(s) under load"
  LOAD_LIMIT_S=300 STOP_FILE="$dir/stop" PREFIX=K node "$LOAD" write "$api" "$dir/events.jsonl" &
  LOAD_PID=$!
  for ((k = 1; k <= KILLS; k++)); do
    load_until "$dir/events.jsonl" "$((k * 20))"
    kill_bg fault-api-a
    log "killed the backend (-9), $(acks "$dir/events.jsonl") writes acknowledged so far; restarting it"
    backend_start fault-api-a "$PORT_A" "$MGMT_A" "$url"
    backend_wait fault-api-a "$PORT_A"
  done
  AFTER_MS="$(ms)"; export AFTER_MS
  sleep "$LOAD_SECONDS"
  touch "$dir/stop"; wait "$LOAD_PID"
  shared_rows thidua_fault_kill >"$dir/rows.tsv"
  node "$LOAD" lost "$dir/events.jsonl" "$dir/rows.tsv"
}

scenario_dbrestart() {
  local dir="$FAULT_TMP/dbrestart" db="$FAULT_TMP/dbrestart/mariadb" api="http://127.0.0.1:$PORT_A" code t
  mkdir -p "$dir"; chmod 755 "$FAULT_TMP" "$dir"
  mdb_init "$db"
  mdb_start fault-db "$db" "$PORT_DB"; mdb_wait fault-db "$db"
  mdb_app_db "$db" thidua_fault_dbrestart
  backend_start fault-api-a "$PORT_A" "$MGMT_A" "jdbc:mariadb://127.0.0.1:$PORT_DB/thidua_fault_dbrestart"
  backend_wait fault-api-a "$PORT_A"
  TOKEN="$(get_token)"; export TOKEN
  log "3 writers and 2 readers; the database is killed (-9) for ${OUTAGE_SECONDS}s, then restarted"
  WRITERS=3 READERS=2 LOAD_LIMIT_S=300 STOP_FILE="$dir/stop" PREFIX=D TIMEOUT_MS=15000 \
    node "$LOAD" write "$api" "$dir/events.jsonl" &
  LOAD_PID=$!
  load_until "$dir/events.jsonl" 20
  echo "down $(ms)" >"$dir/marks"
  kill_bg fault-db
  sleep 1
  t="$(now)"
  code="$(curl -s -o "$dir/ready.json" -w '%{http_code}' --max-time 10 "$api/q/health/ready" || true)"
  log "readiness while the database is down: $code in $(elapsed "$t")s: $(tr -d '\n ' <"$dir/ready.json" | cut -c1-160)"
  echo "readyDown $code" >>"$dir/marks"
  sleep "$((OUTAGE_SECONDS - 1))"
  echo "restart $(ms)" >>"$dir/marks"
  mdb_start fault-db "$db" "$PORT_DB"; mdb_wait fault-db "$db" 60
  echo "up $(ms)" >>"$dir/marks"
  log "database back (crash recovery done); waiting for the backend to notice by itself"
  wait_http "Backend readiness after the outage" "$api/q/health/ready" 30
  sleep "$LOAD_SECONDS"
  touch "$dir/stop"; wait "$LOAD_PID"
  expect "readiness while the database is down" 503 "$code"
  grep -q '"DOWN"' "$dir/ready.json" || { err "FAIL: readiness body does not say DOWN"; return 1; }
  node "$LOAD" outage "$dir/events.jsonl" "$dir/marks"
  mdb_sql "$db" "$(unit_rows_sql thidua_fault_dbrestart)" >"$dir/rows.tsv"
  node "$LOAD" lost "$dir/events.jsonl" "$dir/rows.tsv"
  stop_bg fault-api-a
  stop_bg fault-db
}

# The private Keycloak (first start ≈ 25-70 s with the realm import) is started early by the driver,
# in the background while the other scenarios run; its process group is `faultkc`, which the
# other scenarios' clean-up leaves alone.
KC_DIST_COPY="${FAULT_TMP:-}/keycloak-dist"
KC_PRIVATE_URL="http://localhost:$PORT_KC"
kc_private_start() {  # kc_private_start LOG-SUFFIX: copy the dist on first use, start, do not wait
  if [[ ! -d "$KC_DIST_COPY" ]]; then
    keycloak_ensure_dist
    # A copy of the dist (without its data) so that the shared Keycloak's files are never touched.
    mkdir -p "$KC_DIST_COPY/data/import"
    (cd "$KC_HOME" && tar cf - --exclude=./data .) | (cd "$KC_DIST_COPY" && tar xf -)
    cp "$KC_REALM_FILE" "$KC_DIST_COPY/data/import/"
  fi
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="fault-$RANDOM$RANDOM" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    start_bg faultkc "$LOGS/faultkc-$1.log" "$KC_DIST_COPY/bin/kc.sh" start-dev --http-port "$PORT_KC" \
      --http-host 127.0.0.1 --hostname "$KC_PRIVATE_URL" --import-realm
}
kc_private_wait() {
  wait_http "Private Keycloak ($1)" "$KC_PRIVATE_URL/realms/thidua/.well-known/openid-configuration" 240 \
    "$(cat "$THIDUA_PIDS/faultkc.pid")" "$LOGS/faultkc-$1.log"
}

scenario_keycloak() {
  local kcurl="$KC_PRIVATE_URL" api="http://127.0.0.1:$PORT_A" code i failures=0 fresh
  pid_alive faultkc || kc_private_start first-start
  kc_private_wait first-start
  db_recreate thidua_fault_kc
  backend_start fault-api-a "$PORT_A" "$MGMT_A" "$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua_fault_kc)" "$kcurl/realms/thidua"
  backend_wait fault-api-a "$PORT_A"
  TOKEN="$(KEYCLOAK_URL="$kcurl" get_token)"; export TOKEN
  expect "a token of the private Keycloak works" 201 "$(status POST "$api/api/v1/units" "$(unit_json KC.BEFORE)")"
  stop_bg faultkc
  log "Keycloak stopped"
  t="$(now)"
  if KEYCLOAK_URL="$kcurl" node "$LOAD" token >/dev/null 2>&1; then err "FAIL: a sign-in succeeded with Keycloak down"; return 1; fi
  log "ok: a new sign-in fails while Keycloak is down (in $(elapsed "$t")s)"
  for ((i = 0; i < 10; i++)); do
    [[ "$(status GET "$api/api/v1/units?size=5")" == 200 ]] || failures=$((failures + 1))
    [[ "$(status POST "$api/api/v1/units" "$(unit_json "KC.DOWN$i")")" == 201 ]] || failures=$((failures + 1))
  done
  expect "requests with the already-issued token while Keycloak is down that failed (of 20)" 0 "$failures"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Authorization: Bearer not.a.token' "$api/api/v1/units" || true)"
  expect "a bad token is still refused, without waiting for Keycloak" 401 "$code"
  # Every replica would leave the proxy if readiness followed Keycloak: it must not.
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$api/q/health/ready" || true)"
  expect "backend readiness while Keycloak is down (keys already cached)" 200 "$code"
  kc_private_start restart
  kc_private_wait restart
  fresh="$(KEYCLOAK_URL="$kcurl" get_token)"
  TOKEN="$fresh"
  expect "a token issued after Keycloak came back works" 200 "$(status GET "$api/api/v1/units?size=5")"
  stop_bg fault-api-a
  stop_bg faultkc
}

nginx_start() {  # nginx_start DIR: round-robin over both replicas on PORT_LB
  local dir="$1"
  mkdir -p "$dir/tmp"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 512; }
http {
  access_log $dir/access.log;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  upstream thidua_api {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PORT_LB;
    location / {
      proxy_pass http://thidua_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      proxy_max_temp_file_size 0;
      # Only requests that never reached a replica move to the other one (never a sent POST).
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
  start_bg fault-nginx "$LOGS/fault-nginx.log" nginx -p "$dir/" -c "$dir/nginx.conf" -e "$dir/error.log"
  wait_http "nginx" "http://127.0.0.1:$PORT_LB/q/health/ready" 20 "$(cat "$THIDUA_PIDS/fault-nginx.pid")" "$dir/error.log"
}

scenario_replicas() {
  local dir="$FAULT_TMP/replicas" a="http://127.0.0.1:$PORT_A" b="http://127.0.0.1:$PORT_B" lb="http://127.0.0.1:$PORT_LB"
  local url id etag
  command -v nginx >/dev/null || die "nginx is missing (apt-get install -y nginx)."
  url="$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua_fault_replicas)"
  mkdir -p "$dir"
  db_recreate thidua_fault_replicas
  # Flyway runs on the first; the second starts once the schema is there.
  backend_start fault-api-a "$PORT_A" "$MGMT_A" "$url"
  backend_wait fault-api-a "$PORT_A"
  backend_start fault-api-b "$PORT_B" "$MGMT_B" "$url"
  backend_wait fault-api-b "$PORT_B"
  nginx_start "$dir/nginx"
  TOKEN="$(get_token)"; export TOKEN
  # Nothing one replica knows is missing on the other: created on A, read and updated on B.
  curl -s -D "$dir/created.h" -o "$dir/created.json" --max-time 10 -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data "$(unit_json REP.AB)" "$a/api/v1/units" >/dev/null
  id="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).id)' "$dir/created.json")"
  etag="$(grep -i '^etag:' "$dir/created.h" | cut -d' ' -f2- | tr -d '\r')"
  expect "replica B reads what A created" 200 "$(status GET "$b/api/v1/units/$id")"
  expect "replica B accepts A's ETag" 200 "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X PUT \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    --data "$(unit_json REP.AB 'Đơn vị sửa trên B')" "$b/api/v1/units/$id")"
  expect "replica A refuses the same (now stale) ETag" 412 "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X PUT \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    --data "$(unit_json REP.AB 'Đơn vị sửa trên A')" "$a/api/v1/units/$id")"
  # Lost updates: concurrent If-Match writes through nginx (both replicas) and straight to each.
  LABEL="through nginx" TARGETS="$lb" PREFIX=RL ROUNDS="$ROUNDS" CONCURRENCY="$CONCURRENCY" node "$LOAD" race "$lb"
  LABEL="straight to A and B in turn" TARGETS="$a,$b" PREFIX=RD ROUNDS="$ROUNDS" CONCURRENCY="$CONCURRENCY" node "$LOAD" race "$a"
  # One replica killed under load: the other carries on.
  log "$WRITERS writers through nginx; replica A killed (-9) after ${LOAD_SECONDS}s"
  LOAD_LIMIT_S=300 STOP_FILE="$dir/stop" PREFIX=L node "$LOAD" write "$lb" "$dir/events.jsonl" &
  LOAD_PID=$!
  load_until "$dir/events.jsonl" 20
  kill_bg fault-api-a
  AFTER_MS="$(ms)"; export AFTER_MS
  sleep "$LOAD_SECONDS"
  touch "$dir/stop"; wait "$LOAD_PID"
  log "answers by replica: $(grep -o '"upstream":"[^"]*"' "$dir/events.jsonl" | sort | uniq -c | tr -s ' \n' ' ')"
  shared_rows thidua_fault_replicas | grep '^L\.' >"$dir/rows.tsv" || true
  ALLOW_502=1 node "$LOAD" lost "$dir/events.jsonl" "$dir/rows.tsv"
  stop_bg fault-nginx
  stop_bg fault-api-b
}

scenario_galera() {
  local dir="$FAULT_TMP/galera" api="http://127.0.0.1:$PORT_A" i size
  mkdir -p "$dir"; chmod 755 "$FAULT_TMP"
  galera_start "$dir" thidua_fault_galera
  backend_start fault-api-a "$PORT_A" "$MGMT_A" "$(galera_jdbc_url thidua_fault_galera)"
  backend_wait fault-api-a "$PORT_A"
  TOKEN="$(get_token)"; export TOKEN
  log "$WRITERS writers; Galera node 1 (the one the backend writes to) killed (-9) after ${LOAD_SECONDS}s"
  LOAD_LIMIT_S=300 STOP_FILE="$dir/stop" PREFIX=G TIMEOUT_MS=30000 node "$LOAD" write "$api" "$dir/events.jsonl" &
  LOAD_PID=$!
  load_until "$dir/events.jsonl" 20
  kill_bg galera-n0
  AFTER_MS="$(ms)"; export AFTER_MS
  sleep "$((LOAD_SECONDS + 5))"   # the survivors hold commits until node 1 is declared dead (3 s)
  touch "$dir/stop"; wait "$LOAD_PID"
  galera_status "$dir" | sed 's/^/  /' >&2
  for i in 1 2; do
    size="$(mdb_sql "$dir/n$i" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'")"
    expect "cluster size seen by node $((i + 1)) after the kill" 2 "$size"
    mdb_sql "$dir/n$i" "$(unit_rows_sql thidua_fault_galera)" | sort >"$dir/rows-n$i.tsv"
  done
  cmp -s "$dir/rows-n1.tsv" "$dir/rows-n2.tsv" || { err "FAIL: nodes 2 and 3 hold different units"; return 1; }
  log "ok: nodes 2 and 3 hold the same $(wc -l <"$dir/rows-n1.tsv") units"
  node "$LOAD" lost "$dir/events.jsonl" "$dir/rows-n1.tsv"
  stop_bg fault-api-a
  galera_stop
}

# The backends' "Unexpected error" lines (the 500s) of a failed scenario, so that CI's output names the cause.
unexpected_errors() {
  local f
  for f in "$LOGS"/fault-*.log; do
    [[ -f "$f" ]] || continue
    grep -h '"level":"ERROR"' "$f" | grep -o '"message":"[^"]*' | cut -c12- | sort | uniq -c | sort -rn | head -n 5 |
      sed "s|^|  $1 $(basename "$f" .log) ERROR: |" >&2 || true
  done
}

# --- one scenario (child process) ----------------------------------------------------------
cleanup_scenario() {
  local rc=$? f
  trap - EXIT INT TERM
  if [[ -n "${LOAD_PID:-}" ]]; then kill "$LOAD_PID" 2>/dev/null || true; fi   # the load, if still running
  for f in "$THIDUA_PIDS"/fault-*.pid "$THIDUA_PIDS"/galera-n*.pid; do
    [[ -f "$f" ]] && stop_bg "$(basename "$f" .pid)"
  done
  [[ "$SCENARIO" == keycloak ]] && stop_bg faultkc
  mdb_cleanup_template
  exit "$rc"
}
if [[ -n "$SCENARIO" ]]; then
  DB_MODE="$FAULT_DB_MODE"   # db.sh resets it when sourced; the driver decided it
  trap cleanup_scenario EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p "$LOGS"
  export TMPDIR="$FAULT_TMP"
  "scenario_$SCENARIO"
  exit 0
fi

# --- driver ---------------------------------------------------------------------------------
((${#WANTED[@]})) || WANTED=("${ALL[@]}")
for cmd in java node curl setsid flock mariadbd mariadb-install-db; do
  command -v "$cmd" >/dev/null || [[ -x "/usr/sbin/$cmd" ]] || die "$cmd is required but not installed."
done
[[ -f "$BACKEND_JAR" ]] || die "No packaged backend at $BACKEND_JAR: run backend/mvnw package first."
exec 9>"$LOCK"
flock -w 900 9 || die "Another fault test run holds $LOCK."
db_setup >/dev/null
keycloak_start
FAULT_DB_MODE="$DB_MODE"
export FAULT_DB_MODE DB_HOST DB_PORT DB_USER DB_PASSWORD KEYCLOAK_URL
FAULT_TMP="$(mktemp -d "${TMPDIR:-/tmp}/thidua-faults.XXXXXX")"
chmod 755 "$FAULT_TMP"   # private MariaDB instances run as `mysql` below it
export FAULT_TMP
mkdir -p "$LOGS"
rm -f "$LOGS"/*.out
finish() {
  local rc=$? f
  trap - EXIT INT TERM
  for f in "$THIDUA_PIDS"/fault-*.pid "$THIDUA_PIDS"/galera-n*.pid "$THIDUA_PIDS"/faultkc.pid; do
    [[ -f "$f" ]] && stop_bg "$(basename "$f" .pid)"   # left by a killed scenario
  done
  if [[ -n "${FAULT_KEEP:-}" ]]; then log "Kept $FAULT_TMP (FAULT_KEEP)"; else rm -rf "$FAULT_TMP"; fi
  keycloak_stop_if_started
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ " ${WANTED[*]} " == *" keycloak "* ]]; then
  KC_DIST_COPY="$FAULT_TMP/keycloak-dist"
  log "Starting the private Keycloak for the keycloak scenario on $KC_PRIVATE_URL (in the background)"
  kc_private_start first-start
fi
LIMIT_kill9=180 LIMIT_dbrestart=150 LIMIT_keycloak=420 LIMIT_replicas=200 LIMIT_galera=240
PASSED=0 FAILED=0 RESULTS=()
for name in "${WANTED[@]}"; do
  limit="LIMIT_$name"; limit="${!limit}"
  ((CI_MODE)) || limit=$((limit * 2))
  printf '\n\033[1m--> fault: %s (limit %ss)\033[0m\n' "$name" "$limit" >&2
  t="$(now)"
  set +e
  child=("$0" "--scenario=$name"); ((CI_MODE)) && child+=(--ci)
  timeout --kill-after=20 "$limit" "${child[@]}" 2>&1 | tee "$LOGS/$name.out"
  rc=${PIPESTATUS[0]}
  set -e
  if [[ $rc == 0 ]]; then PASSED=$((PASSED + 1)); RESULTS+=("$name PASS $(elapsed "$t")s")
  else FAILED=$((FAILED + 1)); RESULTS+=("$name FAIL($rc) $(elapsed "$t")s"); err "Fault scenario $name failed (exit $rc; log $LOGS/$name.out)."
    unexpected_errors "$name"
  fi
done
printf '\n\033[1mFault tests\033[0m\n' >&2
for r in "${RESULTS[@]}"; do printf '  %s\n' "$r" >&2; done
for name in "${WANTED[@]}"; do
  grep -h -E '^(acknowledged|outage|race)|ok: ' "$LOGS/$name.out" 2>/dev/null \
    | sed -e 's/\x1b\[[0-9;]*m//g' -e 's/^\[thidua\] //' -e "s/^/  $name: /" >&2 || true
done
echo "fault tests: $PASSED passed, $FAILED failed"
[[ $FAILED == 0 ]]
