#!/bin/sh
# Runs at container start (nginx image's /docker-entrypoint.d): writes /config.json from the
# environment and the security headers (CSP allowing the OIDC authority and the API origin).
set -eu

json_escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
origin_of() { printf '%s' "$1" | sed -n 's#^\(https\{0,1\}://[^/]*\).*#\1#p'; }

: "${OIDC_AUTHORITY:?OIDC_AUTHORITY is required}"
: "${OIDC_CLIENT_ID:?OIDC_CLIENT_ID is required}"
API_BASE_URL="${API_BASE_URL:-}"

printf '{"apiBaseUrl":"%s","oidcAuthority":"%s","oidcClientId":"%s"}\n' \
  "$(json_escape "$API_BASE_URL")" "$(json_escape "$OIDC_AUTHORITY")" "$(json_escape "$OIDC_CLIENT_ID")" \
  > /usr/share/nginx/html/config.json

AUTH_ORIGIN="$(origin_of "$OIDC_AUTHORITY")"
API_ORIGIN="$(origin_of "$API_BASE_URL")"
CSP="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ${AUTH_ORIGIN} ${API_ORIGIN}; frame-src 'self' ${AUTH_ORIGIN}; form-action 'self' ${AUTH_ORIGIN}; base-uri 'self'; object-src 'none'"

# write_headers FILE FRAME_ANCESTORS X_FRAME_OPTIONS
write_headers() {
  cat > "$1" <<CONF
add_header Content-Security-Policy "${CSP}; frame-ancestors $2" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "no-referrer" always;
add_header X-Frame-Options "$3" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
CONF
}
write_headers /etc/nginx/thidua-headers.conf "'none'" DENY
# The silent sign-in answer is loaded in a hidden iframe of the SPA itself.
write_headers /etc/nginx/thidua-headers-frameable.conf "'self'" SAMEORIGIN
echo "thidua: wrote config.json (authority ${OIDC_AUTHORITY}, client ${OIDC_CLIENT_ID}, api '${API_BASE_URL}')"
