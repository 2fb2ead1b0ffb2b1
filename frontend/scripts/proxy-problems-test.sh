#!/usr/bin/env bash
# Proves that the SPA's nginx (nginx.conf, as docker-compose runs it) answers its own errors as
# problem+json in the caller's language: 413, 414, 431, 404 and 502 when the backend is down.
# Runs the machine's nginx on a free local port with the real config; skips when nginx is absent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PROXY_TEST_PORT:-9222}"
dead_port="${PROXY_TEST_DEAD_PORT:-9223}"
nginx_bin="$(command -v nginx || true)"
[ -x "$nginx_bin" ] || nginx_bin=/usr/sbin/nginx
if [ ! -x "$nginx_bin" ]; then
  echo "proxy-problems-test: nginx not installed, skipped"
  exit 0
fi
work="$(mktemp -d)"
trap '[ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir -p "$work/html" "$work/share" "$work/tmp"
chmod 755 "$work"
cp -r "$here/docker/problem" "$work/share/problem"
echo '<!doctype html><title>spa</title>' > "$work/html/index.html"
: > "$work/headers.conf"
chmod -R a+rX "$work"
sed -e "s#listen 80;#listen 127.0.0.1:$port;#" \
    -e "s#root /usr/share/nginx/html;#root $work/html;#" \
    -e "s#root /usr/share/nginx;#root $work/share;#" \
    -e "s#proxy_pass http://backend:8080;#proxy_pass http://127.0.0.1:$dead_port;#" \
    -e "s#/etc/nginx/thidua-headers[a-z-]*.conf#$work/headers.conf#" \
    "$here/nginx.conf" > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  include $work/site.conf;
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work"
sleep 0.5
base="http://127.0.0.1:$port"
failures=0
expect() { # name status code [curl args…]
  local name="$1" status="$2" code="$3"; shift 3
  local out="$work/body" got type
  got="$(curl -s -o "$out" -w '%{http_code} %{content_type}' "$@")"
  type="${got#* }"; got="${got%% *}"
  if [ "$got" = "$status" ] && [ "$type" = "application/problem+json" ] && grep -q "\"code\": \"$code\"" "$out" \
      && grep -q '"detail"' "$out"; then
    echo "ok   $name: $status $code"
  else
    echo "FAIL $name: got $got '$type' $(head -c 200 "$out")"; failures=$((failures + 1))
  fi
}
expect "backend down" 502 BACKEND_UNREACHABLE "$base/api/v1/units"
expect "body too large" 413 BODY_TOO_LARGE -X POST -H 'Content-Type: application/json' \
  --data-binary @<(head -c 1100000 /dev/zero | tr '\0' 'x') "$base/api/v1/units"
expect "URI too long" 414 URI_TOO_LONG "$base/api/v1/units?q=$(head -c 9000 /dev/zero | tr '\0' 'a')"
expect "headers too large" 431 HEADERS_TOO_LARGE -H "X-Filler: $(head -c 9000 /dev/zero | tr '\0' 'b')" "$base/api/v1/units"
expect "missing asset" 404 NOT_FOUND "$base/assets/missing.js"
curl -s -H 'Accept-Language: en-GB,en;q=0.9' "$base/api/v1/units" | grep -q 'cannot be reached' \
  && echo "ok   English on request" || { echo "FAIL English on request"; failures=$((failures + 1)); }
curl -s "$base/api/v1/units" | grep -q 'Không kết nối được' \
  && echo "ok   Vietnamese by default" || { echo "FAIL Vietnamese by default"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "proxy-problems-test: all passed" || { echo "proxy-problems-test: $failures failed"; exit 1; }
