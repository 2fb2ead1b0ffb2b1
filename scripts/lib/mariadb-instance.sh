#!/usr/bin/env bash
# Private mariadbd instances for the fault tests (never the shared server on 3306). An instance is
# a directory D holding data/, mysqld.sock and mysqld.log; it listens on 127.0.0.1 only and runs in
# its own process group so that a test can kill -9 it. As root, mariadbd runs as `mysql` (as the
# Debian service does; Galera's rsync state transfer needs a non-root server).
# Source it after common.sh:  mdb_init D; mdb_start NAME D PORT [mariadbd options...]; mdb_wait NAME D
# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MDB_TEMPLATE_DIR=""
MDB_USER="$(id -un)"
if [[ "$(id -u)" == 0 ]] && id mysql >/dev/null 2>&1; then MDB_USER=mysql; fi

# mdb_init D: an initialised, empty instance directory D (mariadb-install-db runs once per shell;
# later calls copy that first result). Root logs in through the socket as the current OS user.
mdb_init() {
  local dir="$1"
  if [[ -z "$MDB_TEMPLATE_DIR" ]]; then
    MDB_TEMPLATE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/thidua-mdb-template.XXXXXX")"
    chmod 755 "$MDB_TEMPLATE_DIR"
    TMPDIR=/tmp mariadb-install-db --no-defaults --datadir="$MDB_TEMPLATE_DIR/data" --user="$MDB_USER" \
      --auth-root-authentication-method=socket --auth-root-socket-user="$(id -un)" --skip-test-db \
      >"$MDB_TEMPLATE_DIR/install.log" 2>&1 \
      || { cat "$MDB_TEMPLATE_DIR/install.log" >&2; return 1; }
  fi
  mkdir -p "$dir"
  cp -a "$MDB_TEMPLATE_DIR/data" "$dir/data"
  chown "$MDB_USER" "$dir" 2>/dev/null || true
}

mdb_cleanup_template() {
  if [[ -n "$MDB_TEMPLATE_DIR" ]]; then rm -rf "$MDB_TEMPLATE_DIR"; fi
  MDB_TEMPLATE_DIR=""
}

# mdb_start NAME D PORT [OPTIONS...]: start mariadbd on 127.0.0.1:PORT for instance D; pid in
# $THIDUA_PIDS/NAME.pid, output in D/mysqld.log. Does not wait (see mdb_wait).
mdb_start() {
  local name="$1" dir="$2" port="$3"; shift 3
  start_bg "$name" "$dir/mysqld.log" /usr/sbin/mariadbd --no-defaults --datadir="$dir/data" --port="$port" \
    --bind-address=127.0.0.1 --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --user="$MDB_USER" --tmpdir="$dir" \
    --skip-name-resolve --innodb-buffer-pool-size=64M --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_uca1400_vietnamese_as_ci --max-connections=200 "$@"
}

# mdb_sql D SQL: run SQL as root through D's socket; tab-separated rows, no header.
mdb_sql() {
  mariadb --no-defaults -S "$1/mysqld.sock" -uroot -N -B -e "$2"
}

# mdb_wait NAME D [TIMEOUT]: wait until the instance answers SQL.
mdb_wait() {
  local name="$1" dir="$2" timeout="${3:-60}" start
  start="$(now)"
  until mdb_sql "$dir" 'SELECT 1' >/dev/null 2>&1; do
    if ! pid_alive "$name"; then err "$name exited; last lines of $dir/mysqld.log:"; tail -n 30 "$dir/mysqld.log" >&2; return 1; fi
    if awk -v a="$start" -v b="$(now)" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then
      err "$name did not answer within ${timeout}s; see $dir/mysqld.log"; return 1
    fi
    sleep 0.2
  done
}

# mdb_app_db D NAME: database NAME and the application user (DB_USER/DB_PASSWORD, thidua/thidua).
mdb_app_db() {
  local host sql="CREATE DATABASE IF NOT EXISTS \`$2\` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;"
  for host in localhost 127.0.0.1; do
    sql+="CREATE USER IF NOT EXISTS '${DB_USER:-thidua}'@'$host' IDENTIFIED BY '${DB_PASSWORD:-thidua}';"
    sql+="GRANT ALL PRIVILEGES ON \`$2\`.* TO '${DB_USER:-thidua}'@'$host';"
  done
  mdb_sql "$1" "$sql"
}

# kill_bg NAME: SIGKILL the process group recorded for NAME (a crash, not a shutdown).
kill_bg() {
  local f="$THIDUA_PIDS/$1.pid" pid i
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true   # reaps it, if this shell started it (quietly)
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  rm -f "$f"
}
