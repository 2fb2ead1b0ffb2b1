#!/usr/bin/env bash
# Bind the realm's browser sign-in to the flow `browser-admin-otp` (declared in realm-thidua.json):
# users with role `admin` must give a one-time code (OTP) at every sign-in and set one up at their
# first; everybody else gives one only when they have set one up. The demo realm keeps Keycloak's
# plain `browser` flow so that local runs and tests sign in with passwords; docker compose runs this
# once after Keycloak is healthy (service `keycloak-mfa`).
# usage: keycloak/require-admin-otp.sh SERVER_URL [REALM]     (e.g. http://keycloak:8080/auth thidua)
# Environment: KCADM (path of kcadm.sh, default: on PATH or /opt/keycloak/bin/kcadm.sh),
#              KC_ADMIN_USER / KC_ADMIN_PASSWORD (an admin of the master realm).
set -euo pipefail
SERVER="${1:?usage: $0 SERVER_URL [REALM]}"
REALM="${2:-thidua}"
KCADM="${KCADM:-$(command -v kcadm.sh || echo /opt/keycloak/bin/kcadm.sh)}"
CONFIG="$(mktemp)"
trap 'rm -f "$CONFIG"' EXIT

"$KCADM" config credentials --config "$CONFIG" --server "$SERVER" --realm master \
  --user "${KC_ADMIN_USER:?set KC_ADMIN_USER}" --password "${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}" >/dev/null
if ! "$KCADM" get "authentication/flows" --config "$CONFIG" -r "$REALM" --fields alias --format csv --noquotes \
    | grep -qx 'browser-admin-otp'; then
  echo "Realm $REALM has no flow browser-admin-otp: import keycloak/realm-thidua.json first." >&2
  exit 1
fi
"$KCADM" update "realms/$REALM" --config "$CONFIG" -s browserFlow=browser-admin-otp
echo "Realm $REALM: browser sign-in now requires an OTP from admins."
