#!/usr/bin/env bash
# Paired A/B of two packaged backends on the bench dataset (issue 9). Both run at once on the same
# database, and short wrk runs alternate between them (A B, then B A, ...), so that the machine's moving
# speed — on a shared 2-core machine it moved 5x within an hour — falls on both alike. Per path it
# prints the medians of req/s and of CPU µs per request (the backend's /proc time over each run) for A
# and for B, B's median over A's, and in how many pairs B beat A: a small change is resolved by pairs,
# not by two harness runs minutes apart.
#
# usage: scripts/bench-ab.sh A.jar B.jar [--pairs=N] [--seconds=S] [--user=NAME] PATH...
#   A.jar, B.jar  quarkus-run.jar of two packaged backends (copy target/quarkus-app before rebuilding)
#   PATH          an API path, read as --user (default admin.bn); {term} is the home term's id
#   --pairs=N     alternated pairs per path (default 6); --seconds=S each wrk run (default 4)
# Needs the bench dataset (scripts/bench.sh loads it into thidua_bench, which stays after the run),
# Keycloak on KEYCLOAK_URL, wrk, MariaDB as scripts/bench.sh uses it. Ports 8194/8195, 9194/9195.
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/common.sh
source "$SCRIPTS/lib/common.sh"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"

[[ $# -ge 3 ]] || die "usage: scripts/bench-ab.sh A.jar B.jar [--pairs=N] [--seconds=S] [--user=NAME] PATH..."
JAR_A="$1"; JAR_B="$2"; shift 2
PAIRS=6; SECONDS_EACH=4; USER_NAME=admin.bn; PATHS=()
for arg in "$@"; do
  case "$arg" in
    --pairs=*) PAIRS="${arg#*=}" ;;
    --seconds=*) SECONDS_EACH="${arg#*=}" ;;
    --user=*) USER_NAME="${arg#*=}" ;;
    --*) die "unknown option $arg" ;;
    *) PATHS+=("$arg") ;;
  esac
done
[[ -f "$JAR_A" && -f "$JAR_B" ]] || die "both jars must exist: $JAR_A $JAR_B"
command -v wrk >/dev/null || die "wrk is missing (Debian: apt-get install wrk)."
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
BENCH_DB="${BENCH_DB:-thidua_bench}"
OUT="$THIDUA_LOCAL/bench-ab"
mkdir -p "$OUT"

THIDUA_DB=system db_setup
TERM_ID="$(mariadb -N -uroot "$BENCH_DB" -e "select m.term_id from membership m join unit u on u.id = m.unit_id
  where u.code = 'BNH.QDTPT' order by m.term_year desc limit 1" 2>/dev/null || true)"
[[ -n "$TERM_ID" ]] || die "no bench dataset in $BENCH_DB: run scripts/bench.sh once (e.g. --ci --no-spa)"

cleanup() { stop_bg bench-ab-a 2>/dev/null || true; stop_bg bench-ab-b 2>/dev/null || true; }
trap cleanup EXIT
start_variant() { # NAME JAR PORT MANAGEMENT_PORT
  DB_URL="$(db_jdbc_url "$DB_HOST" "$DB_PORT" "$BENCH_DB")" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
  OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/thidua" CORS_ORIGINS="http://localhost:5173" \
  QUARKUS_HTTP_PORT="$3" MANAGEMENT_PORT="$4" \
  FILES_DIR="$OUT/files" start_bg "$1" "$OUT/$1.log" java -Dquarkus.profile=bench -jar "$2"
}
start_variant bench-ab-a "$JAR_A" 8194 9194
start_variant bench-ab-b "$JAR_B" 8195 9195
wait_http "A" "http://127.0.0.1:8194/q/health/ready" 180 "$(cat "$THIDUA_PIDS/bench-ab-a.pid")" "$OUT/bench-ab-a.log"
wait_http "B" "http://127.0.0.1:8195/q/health/ready" 180 "$(cat "$THIDUA_PIDS/bench-ab-b.pid")" "$OUT/bench-ab-b.log"
PID_A="$(cat "$THIDUA_PIDS/bench-ab-a.pid")"; PID_B="$(cat "$THIDUA_PIDS/bench-ab-b.pid")"

TOKEN="$(curl -fsS -d grant_type=password -d client_id=thidua-tests -d "username=$USER_NAME" -d 'password=ThiDua@2026' \
  "$KEYCLOAK_URL/realms/thidua/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # PORT PID PATH SECONDS -> "req/s cpu-us-per-request"
  local before after text requests
  before="$(cpu_ticks "$2")"
  text="$(wrk -t1 -c8 -d"$4"s --timeout 10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$1$3")"
  after="$(cpu_ticks "$2")"
  requests="$(sed -nE 's/^ *([0-9]+) requests in.*/\1/p' <<<"$text")"
  grep -q 'Non-2xx' <<<"$text" && warn "$3 on port $1 answered errors"
  awk -v r="$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' <<<"$text")" -v n="$requests" -v t=$((after - before)) \
    'BEGIN { printf "%.0f %.0f\n", r, (n > 0 ? t * 10000 / n : 0) }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf 'Paired A/B, %s pairs of %s s runs per path (wrk -t1 -c8), user %s; A = %s, B = %s\n' \
  "$PAIRS" "$SECONDS_EACH" "$USER_NAME" "$JAR_A" "$JAR_B" | tee "$OUT/report.txt"
printf '%-44s %8s %8s %6s %7s  %8s %8s %6s %7s  %s\n' path "A r/s" "B r/s" "B/A" "B wins" "A µs" "B µs" "B/A" "B wins" load \
  | tee -a "$OUT/report.txt"
for path in "${PATHS[@]}"; do
  p="${path//\{term\}/$TERM_ID}"
  run 8194 "$PID_A" "$p" 3 >/dev/null; run 8195 "$PID_B" "$p" 3 >/dev/null # warm both
  : >"$OUT/a"; : >"$OUT/b"; rate_wins=0; cpu_wins=0
  for ((i = 0; i < PAIRS; i++)); do
    if ((i % 2 == 0)); then a="$(run 8194 "$PID_A" "$p" "$SECONDS_EACH")"; b="$(run 8195 "$PID_B" "$p" "$SECONDS_EACH")"
    else b="$(run 8195 "$PID_B" "$p" "$SECONDS_EACH")"; a="$(run 8194 "$PID_A" "$p" "$SECONDS_EACH")"; fi
    echo "$a" >>"$OUT/a"; echo "$b" >>"$OUT/b"
    ((${b% *} > ${a% *})) && rate_wins=$((rate_wins + 1))
    ((${b#* } < ${a#* })) && cpu_wins=$((cpu_wins + 1))
  done
  ra="$(cut -d' ' -f1 "$OUT/a" | median)"; rb="$(cut -d' ' -f1 "$OUT/b" | median)"
  ca="$(cut -d' ' -f2 "$OUT/a" | median)"; cb="$(cut -d' ' -f2 "$OUT/b" | median)"
  awk -v p="$path" -v ra="$ra" -v rb="$rb" -v ca="$ca" -v cb="$cb" -v rw="$rate_wins" -v cw="$cpu_wins" -v n="$PAIRS" \
    -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "%-44s %8.0f %8.0f %6.2f %4d/%-2d  %8.0f %8.0f %6.2f %4d/%-2d  %s\n", p, ra, rb, rb / ra, rw, n, ca, cb, cb / ca, cw, n, l }' \
    | tee -a "$OUT/report.txt"
done
