#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on loopback (Debian's galera-4 with mariadbd), for trying
# the replicated database and for the `galera` fault test. Each node has its own datadir under DIR,
# listens on 127.0.0.1 only and talks to the others through its own group, IST and SST ports.
#   scripts/galera.sh start [DIR]   bootstrap node 1, join nodes 2 and 3 (rsync state transfer),
#                                   create database thidua and user thidua; print the JDBC URL
#   scripts/galera.sh stop [DIR]    stop the three nodes (DIR is removed by the caller, not here)
#   scripts/galera.sh status [DIR]  cluster size and state of each node
# DIR defaults to .local/galera. Ports (override with GALERA_*_PORTS, space-separated):
#   SQL 3352 3353 3354 · group 3355 3356 3357 · IST 3358 3359 9256 · SST 9257 9258 9259
# Source it to use galera_start/galera_stop/galera_jdbc_url from another script.

# shellcheck source=scripts/lib/mariadb-instance.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/mariadb-instance.sh"

read -r -a GALERA_SQL <<<"${GALERA_SQL_PORTS:-3352 3353 3354}"
read -r -a GALERA_GROUP <<<"${GALERA_GROUP_PORTS:-3355 3356 3357}"
read -r -a GALERA_IST <<<"${GALERA_IST_PORTS:-3358 3359 9256}"
read -r -a GALERA_SST <<<"${GALERA_SST_PORTS:-9257 9258 9259}"
GALERA_PROVIDER="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
# Until a vanished node is declared dead, the others hold their commits (total order needs every
# member). Galera's defaults (suspect 5 s, inactive 15 s) suit a LAN; on loopback we declare a
# node dead after 3 s so that the fault test's pause stays short (see docs/operations/topology.md).
GALERA_TIMEOUTS="${GALERA_TIMEOUTS:-evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.inactive_check_period=PT0.5S}"

# galera_node_start DIR I [OPTIONS...]: start node I (0-based) as process group galera-nI.
galera_node_start() {
  local dir="$1" i="$2" members="" p; shift 2
  for p in "${GALERA_GROUP[@]}"; do members+="${members:+,}127.0.0.1:$p"; done
  mdb_start "galera-n$i" "$dir/n$i" "${GALERA_SQL[i]}" \
    --wsrep-on=ON --wsrep-provider="$GALERA_PROVIDER" --wsrep-cluster-name=thidua-galera \
    --wsrep-node-name="n$i" --wsrep-node-address="127.0.0.1:${GALERA_GROUP[i]}" \
    --wsrep-cluster-address="gcomm://$members" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:${GALERA_GROUP[i]};ist.recv_addr=127.0.0.1:${GALERA_IST[i]};gcache.size=64M;$GALERA_TIMEOUTS" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:${GALERA_SST[i]}" \
    --binlog-format=ROW --innodb-autoinc-lock-mode=2 --innodb-flush-log-at-trx-commit=1 "$@"
}

# galera_wait_synced DIR I [TIMEOUT]: wait until node I answers and reports Synced.
galera_wait_synced() {
  local dir="$1" i="$2" timeout="${3:-120}" start state
  start="$(now)"
  mdb_wait "galera-n$i" "$dir/n$i" "$timeout" || return 1
  while state="$(mdb_sql "$dir/n$i" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_LOCAL_STATE_COMMENT'" 2>/dev/null)"; [[ "$state" != Synced ]]; do
    if awk -v a="$start" -v b="$(now)" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then
      err "Galera node $((i + 1)) is '$state', not Synced, after ${timeout}s; see $dir/n$i/mysqld.log"; return 1
    fi
    sleep 0.3
  done
}

# galera_status DIR: one line per node: port, cluster size, state.
galera_status() {
  local dir="$1" i
  for i in 0 1 2; do
    printf 'node %d (127.0.0.1:%s): %s\n' $((i + 1)) "${GALERA_SQL[i]}" \
      "$(mdb_sql "$dir/n$i" "SELECT GROUP_CONCAT(VARIABLE_NAME, '=', VARIABLE_VALUE ORDER BY VARIABLE_NAME SEPARATOR ' ') FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE', 'WSREP_LOCAL_STATE_COMMENT', 'WSREP_CLUSTER_STATUS')" 2>/dev/null || echo down)"
  done
}

# galera_start DIR DATABASE: a fresh three-node cluster in DIR with DATABASE and the app user.
galera_start() {
  local dir="$1" database="${2:-thidua}" t i
  [[ -f "$GALERA_PROVIDER" ]] || die "$GALERA_PROVIDER is missing (apt-get install -y galera-4)."
  command -v rsync >/dev/null || die "rsync is missing (apt-get install -y rsync): Galera's state transfer uses it."
  for i in 0 1 2; do
    port_open 127.0.0.1 "${GALERA_SQL[i]}" && die "Port ${GALERA_SQL[i]} is taken: is a Galera cluster already running?"
  done
  t="$(now)"
  mkdir -p "$dir"
  chmod 755 "$dir"
  for i in 0 1 2; do mdb_init "$dir/n$i"; done
  galera_node_start "$dir" 0 --wsrep-new-cluster
  galera_wait_synced "$dir" 0 || return 1
  mdb_app_db "$dir/n0" "$database"
  # The joiners take a full state transfer (rsync) from a donor, one after the other.
  for i in 1 2; do
    galera_node_start "$dir" "$i"
    galera_wait_synced "$dir" "$i" || return 1
  done
  log "Galera cluster of 3 nodes up in $(elapsed "$t")s: $(galera_jdbc_url "$database")"
}

galera_stop() {
  local i
  for i in 2 1 0; do stop_bg "galera-n$i"; done
}

# The MariaDB driver's failover URL: `sequential` writes to the first node that answers and moves
# to the next one when it fails (one writer at a time: no certification conflicts between nodes).
galera_jdbc_url() {
  local hosts="" p
  for p in "${GALERA_SQL[@]}"; do hosts+="${hosts:+,}127.0.0.1:$p"; done
  printf 'jdbc:mariadb:sequential://%s/%s' "$hosts" "${1:-thidua}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  GALERA_DIR="${2:-$THIDUA_LOCAL/galera}"
  case "${1:-}" in
    start)
      [[ -d "$GALERA_DIR/n0" ]] && die "$GALERA_DIR exists: stop the cluster and remove it first."
      galera_start "$GALERA_DIR" thidua
      mdb_cleanup_template
      galera_status "$GALERA_DIR"
      echo "DB_URL=$(galera_jdbc_url thidua)" ;;
    stop) galera_stop; log "Stopped. Data stays in $GALERA_DIR (remove it before the next start)." ;;
    status) galera_status "$GALERA_DIR" ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
fi
