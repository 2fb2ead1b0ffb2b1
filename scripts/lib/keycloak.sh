#!/usr/bin/env bash
# Local Keycloak for ThiĐua (no Docker): the 26.5.5 dist in .local/keycloak, realm `thidua`
# imported from keycloak/realm-thidua.json, on http://localhost:8180 (bound to 127.0.0.1).
#
# Source it (run.sh, test.sh):   keycloak_start   ... keycloak_stop_if_started
# Or run it:  scripts/lib/keycloak.sh start|stop|status|restart
#
# Environment: KEYCLOAK_ADMIN_PASSWORD (bootstrap admin of the master realm, default `admin`),
# THIDUA_CACHE (where the dist zip is cached, default ~/.cache/thidua),
# JAVA_OPTS_KC_HEAP (default -Xms64m -Xmx1g).

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KC_VERSION=26.5.5
KC_PORT="${THIDUA_KEYCLOAK_PORT:-8180}"  # override only for testing the scripts
KC_HOME="$THIDUA_LOCAL/keycloak"
KC_ZIP="keycloak-quarkus-dist-$KC_VERSION.zip"
KC_REALM_FILE="$THIDUA_ROOT/keycloak/realm-thidua.json"
KC_REALM_SUM_FILE="$THIDUA_LOCAL/keycloak-realm.sha256"
KC_LOG="$THIDUA_LOGS/keycloak.log"
KEYCLOAK_URL="http://localhost:$KC_PORT"
KC_READY_URL="http://localhost:$KC_PORT/realms/thidua/.well-known/openid-configuration"
KEYCLOAK_STARTED=0
export KEYCLOAK_URL

# Make sure the dist is unpacked in .local/keycloak (from the cache, downloading it if needed).
keycloak_ensure_dist() {
  if [[ -x "$KC_HOME/bin/kc.sh" && "$(cat "$KC_HOME/.thidua-version" 2>/dev/null)" == "$KC_VERSION" ]]; then
    return 0
  fi
  mkdir -p "$THIDUA_CACHE"
  if [[ ! -s "$THIDUA_CACHE/$KC_ZIP" ]]; then
    log "Downloading Keycloak $KC_VERSION from Maven Central into $THIDUA_CACHE (157 MiB)"
    local mvn=mvn
    [[ -x "$THIDUA_ROOT/backend/mvnw" ]] && mvn="$THIDUA_ROOT/backend/mvnw"
    command -v "$mvn" >/dev/null || die "Neither backend/mvnw nor mvn is available to download Keycloak."
    (cd "$THIDUA_CACHE" && "$mvn" -q -B dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$THIDUA_CACHE") \
      || die "Could not download Keycloak. Put $KC_ZIP into $THIDUA_CACHE by hand and retry."
  fi
  command -v unzip >/dev/null || die "unzip is missing (apt-get install -y unzip)."
  log "Unpacking Keycloak $KC_VERSION into $KC_HOME"
  local tmp="$THIDUA_LOCAL/keycloak.unpack"
  rm -rf "$tmp" "$KC_HOME"
  mkdir -p "$tmp"
  unzip -q "$THIDUA_CACHE/$KC_ZIP" -d "$tmp"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  echo "$KC_VERSION" >"$KC_HOME/.thidua-version"
}

keycloak_realm_sum() { sha256sum "$KC_REALM_FILE" | cut -d' ' -f1; }

# Start Keycloak unless one already answers on 8180 (then reuse it). Sets KEYCLOAK_STARTED=1
# when this shell started it.
keycloak_start() {
  [[ -f "$KC_REALM_FILE" ]] || die "Realm file $KC_REALM_FILE is missing."
  if http_ok "$KC_READY_URL"; then
    log "Reusing the Keycloak already running on $KEYCLOAK_URL (realm thidua)."
    if [[ -f "$KC_REALM_SUM_FILE" && "$(cat "$KC_REALM_SUM_FILE")" != "$(keycloak_realm_sum)" ]]; then
      warn "keycloak/realm-thidua.json changed since that Keycloak imported it;" \
           "run 'scripts/lib/keycloak.sh restart' to re-import."
    fi
    return 0
  fi
  if pid_alive keycloak || port_open 127.0.0.1 "$KC_PORT"; then
    # Another run of these scripts may be starting it right now: give it time.
    local patience=30
    pid_alive keycloak && patience=120
    log "Keycloak is starting (or something else holds port $KC_PORT); waiting up to ${patience}s for realm thidua."
    if wait_http "Keycloak" "$KC_READY_URL" "$patience"; then
      return 0
    fi
    die "Port $KC_PORT is taken but does not serve realm 'thidua'. Stop whatever listens there" \
        "(scripts/lib/keycloak.sh stop if it is ours) and retry."
  fi
  keycloak_ensure_dist
  local sum
  sum="$(keycloak_realm_sum)"
  if [[ "$(cat "$KC_REALM_SUM_FILE" 2>/dev/null)" != "$sum" ]]; then
    if [[ -d "$KC_HOME/data/h2" ]]; then
      log "Realm file changed since the last import: deleting $KC_HOME/data/h2 to re-import."
    fi
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/realm-thidua.json"
  log "Starting Keycloak $KC_VERSION on $KEYCLOAK_URL (log: ${KC_LOG#"$THIDUA_ROOT"/})"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx1g}" \
    start_bg keycloak "$KC_LOG" "$KC_HOME/bin/kc.sh" start-dev \
      --http-port "$KC_PORT" --http-host 127.0.0.1 --hostname "http://localhost:$KC_PORT" --import-realm
  KEYCLOAK_STARTED=1
  if ! wait_http "Keycloak" "$KC_READY_URL" 120 "$BG_PID" "$KC_LOG"; then
    stop_bg keycloak
    KEYCLOAK_STARTED=0
    die "Keycloak did not start; see $KC_LOG."
  fi
  echo "$sum" >"$KC_REALM_SUM_FILE"
  log "Keycloak RSS: $(rss_mb "$BG_PID") MB"
}

# Stop the Keycloak recorded in .local/pids/keycloak.pid (whoever started it).
keycloak_stop() { stop_bg keycloak; }

# Stop Keycloak only when this shell started it.
keycloak_stop_if_started() {
  if [[ "$KEYCLOAK_STARTED" == 1 ]]; then
    keycloak_stop
    KEYCLOAK_STARTED=0
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-start}" in
    start) keycloak_start ;;
    stop) keycloak_stop ;;
    restart) keycloak_stop; keycloak_start ;;
    status)
      if http_ok "$KC_READY_URL"; then
        echo "Keycloak answers on $KEYCLOAK_URL (realm thidua)."
        pid_alive keycloak && echo "Started by the scripts: pid $(cat "$THIDUA_PIDS/keycloak.pid"), RSS $(rss_mb "$(cat "$THIDUA_PIDS/keycloak.pid")") MB"
      else
        echo "Keycloak is not running on $KEYCLOAK_URL."; exit 1
      fi ;;
    *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
  esac
fi
