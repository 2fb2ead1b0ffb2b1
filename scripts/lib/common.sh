#!/usr/bin/env bash
# Shared helpers for the ThiĐua scripts. Source it; it does not change shell options.
# shellcheck disable=SC2034  # variables here are used by the scripts that source this file

if [[ -z "${THIDUA_ROOT:-}" ]]; then
  THIDUA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fi
THIDUA_LOCAL="${THIDUA_LOCAL:-$THIDUA_ROOT/.local}"
THIDUA_LOGS="$THIDUA_LOCAL/logs"
THIDUA_PIDS="$THIDUA_LOCAL/pids"
THIDUA_CACHE="${THIDUA_CACHE:-$HOME/.cache/thidua}"
mkdir -p "$THIDUA_LOGS" "$THIDUA_PIDS"

log()  { printf '\033[1;34m[thidua]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[thidua] WARNING:\033[0m %s\n' "$*" >&2; }
err()  { printf '\033[1;31m[thidua] ERROR:\033[0m %s\n' "$*" >&2; }
die()  { err "$*"; exit 1; }

# Seconds since the epoch, with decimals.
now() { date +%s.%N; }
# Elapsed seconds since $1 (from now), one decimal.
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# http_ok URL: true when the URL answers 2xx.
http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# wait_http NAME URL TIMEOUT_SECONDS [PID] [LOGFILE]: wait until URL answers 2xx.
# Fails early when PID dies. Prints the time it took.
wait_http() {
  local name="$1" url="$2" timeout="$3" pid="${4:-}" logfile="${5:-}" start
  start="$(now)"
  while ! http_ok "$url"; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      err "$name exited before it was ready."
      [[ -n "$logfile" && -f "$logfile" ]] && { err "Last lines of $logfile:"; tail -n 40 "$logfile" >&2; }
      return 1
    fi
    if awk -v a="$start" -v b="$(now)" -v t="$timeout" 'BEGIN { exit !(b - a > t) }'; then
      err "$name was not ready at $url after ${timeout}s."
      [[ -n "$logfile" && -f "$logfile" ]] && { err "Last lines of $logfile:"; tail -n 40 "$logfile" >&2; }
      return 1
    fi
    sleep 0.5
  done
  log "$name ready in $(elapsed "$start")s ($url)"
}

# start_bg NAME LOGFILE CMD...: start CMD in its own session/process group (setsid),
# output to LOGFILE, pid (= pgid) in $THIDUA_PIDS/NAME.pid. Sets BG_PID.
start_bg() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$(dirname "$logfile")"
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  BG_PID=$!
  echo "$BG_PID" >"$THIDUA_PIDS/$name.pid"
}

# pid_alive NAME: true when $THIDUA_PIDS/NAME.pid names a live process.
pid_alive() {
  local f="$THIDUA_PIDS/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

# stop_bg NAME: TERM the process group recorded in $THIDUA_PIDS/NAME.pid, KILL after 30 s.
stop_bg() {
  local name="$1" f="$THIDUA_PIDS/$1.pid" pid pgid i
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
    [[ -n "$pgid" ]] || pgid="$pid"
    log "Stopping $name (process group $pgid)"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$pgid" 2>/dev/null; then
      warn "$name did not stop in 30 s; killing it."
      kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
  fi
  rm -f "$f"
}

# rss_mb PID: resident memory of PID and its children, in MB.
rss_mb() {
  local pgid
  pgid="$(ps -o pgid= -p "$1" 2>/dev/null | tr -d ' ')"
  [[ -n "$pgid" ]] || { echo "?"; return; }
  ps -e -o pgid=,rss= | awk -v g="$pgid" '$1 == g { s += $2 } END { printf "%d", s / 1024 }'
}
