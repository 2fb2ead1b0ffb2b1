#!/usr/bin/env bash
# Operations checks, run by scripts/test.sh after the backend suite (bounded: < 2 minutes):
#   1. backup → write more → restore into a new database and folder → the restored state equals
#      the state at backup (row count and CHECKSUM TABLE of every table, SHA-256 of every file),
#      and a writer running during the dump left no half transaction in it (--single-transaction);
#   2. the packaged backend in production mode refuses to start without its secrets;
#   3. the logs of the test run hold no bearer token and no demo password;
#   4. the admin-OTP sign-in flow (keycloak/require-admin-otp.sh, on by default in compose): in a
#      copy of the realm, admins must set up a one-time code at sign-in, other users are not asked;
#   5. backend/bin/launch.sh, the start of run.sh and of the image: the first run records a class-data
#      archive, the next one maps the app's classes from it, a broken or outdated one is replaced.
# usage: scripts/ops-test.sh [backup|prod-config|logs|admin-otp|launcher]...   (default: all five)
# env: TEST_DB_URL (the suite's database, the backup source), DB_USER, DB_PASSWORD, THIDUA_LOGS.
set -euo pipefail
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/common.sh
source "$SCRIPTS/lib/common.sh"
ROOT="$THIDUA_ROOT"
DB_USER="${DB_USER:-thidua}"
DB_PASSWORD="${DB_PASSWORD:-thidua}"
export MYSQL_PWD="$DB_PASSWORD"
re='^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]+)'
[[ "${TEST_DB_URL:-jdbc:mariadb://127.0.0.1:3306/thidua_test}" =~ $re ]] || die "TEST_DB_URL is not a jdbc:mariadb URL"
DB_HOST="${BASH_REMATCH[2]}"; DB_PORT="${BASH_REMATCH[4]:-3306}"; SRC_DB="${BASH_REMATCH[5]}"
CLIENT="$(command -v mariadb || command -v mysql)" || die "No mariadb client"
sql() { "$CLIENT" --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$@"; }
FAILS=0
check() {  # check DESCRIPTION COMMAND...: print PASS/FAIL
  if "${@:2}"; then printf '  PASS  %s\n' "$1" >&2; else printf '  FAIL  %s\n' "$1" >&2; FAILS=$((FAILS + 1)); fi
}

# state DB: "table rows checksum content-sha256" for every table but the probe, sorted.
# CHECKSUM TABLE differs between a table and its reloaded copy when it has STORED generated
# columns (identical rows, checked below): for those the content SHA-256 of all rows is compared.
state() {
  local db="$1" t checksum
  for t in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$db' AND table_type='BASE TABLE' AND table_name <> 'backup_probe' ORDER BY table_name"); do
    if [[ "$(sql -e "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema='$db' AND table_name='$t' AND extra LIKE '%GENERATED%'")" == 0 ]]; then
      checksum="$(sql "$db" -e "CHECKSUM TABLE \`$t\`" | awk '{print $2}')"
    else
      checksum="generated-columns"
    fi
    printf '%s %s %s %s\n' "$t" "$(sql "$db" -e "SELECT COUNT(*) FROM \`$t\`")" "$checksum" \
      "$(sql "$db" -e "SELECT * FROM \`$t\` ORDER BY 1" | sha256sum | cut -c1-16)"
  done
}
# files DIR: "sha256 path" of every published file, sorted.
files_state() {
  [[ -d "$1" ]] || return 0
  (cd "$1" && find . -type f ! -path './.pending/*' ! -path './.uploads/*' -print0 | sort -z | xargs -0 -r sha256sum)
}

backup_test() {
  local t0 src_files work restored_db restored_files before after restored out writer n_before n_after
  t0="$(now)"
  src_files="$ROOT/backend/target/test-files"
  work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-backup-test.XXXXXX")"
  restored_db="${SRC_DB}_restored"
  restored_files="$work/restored-files"
  mkdir -p "$src_files"
  # A file of our own, so that the file part is never empty.
  mkdir -p "$src_files/ops/test"; head -c 100000 /dev/urandom >"$src_files/ops/test/backup-probe.bin"
  sql "$SRC_DB" -e "DROP TABLE IF EXISTS backup_probe; CREATE TABLE backup_probe (id BIGINT AUTO_INCREMENT PRIMARY KEY, tx BIGINT NOT NULL, side CHAR(1) NOT NULL) ENGINE=InnoDB"
  sql -e "DROP DATABASE IF EXISTS \`$restored_db\`"
  before="$(state "$SRC_DB")"; local files_before; files_before="$(files_state "$src_files")"

  # A writer during the dump: each transaction inserts a pair; a consistent snapshot has only whole pairs.
  touch "$work/writing"
  ( i=0; while [[ -f "$work/writing" ]] && ((i < 2000)); do
      i=$((i + 1)); sql "$SRC_DB" -e "START TRANSACTION; INSERT INTO backup_probe (tx, side) VALUES ($i,'a'); DO SLEEP(0.01); INSERT INTO backup_probe (tx, side) VALUES ($i,'b'); COMMIT" || true
    done ) &
  writer=$!
  sleep 0.5
  out="$(DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$SRC_DB" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    FILES_DIR="$src_files" "$SCRIPTS/backup.sh" "$work/backups")"
  sleep 0.3; rm -f "$work/writing"; wait "$writer" || true
  n_before="$(sql "$SRC_DB" -e "SELECT COUNT(*) FROM backup_probe")"

  # Write more after the backup: a row changed, a file added.
  local unit; unit="$(sql "$SRC_DB" -e "SELECT id FROM unit ORDER BY id LIMIT 1" || true)"
  [[ -n "$unit" ]] && sql "$SRC_DB" -e "UPDATE unit SET version = version + 1 WHERE id = $unit"
  head -c 5000 /dev/urandom >"$src_files/ops/test/after-backup.bin"
  after="$(state "$SRC_DB")"

  DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$restored_db" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    FILES_DIR="$restored_files" "$SCRIPTS/restore.sh" "$out"
  local restored_state restored_files_state half pairs tables
  restored_state="$(state "$restored_db")"
  restored_files_state="$(files_state "$restored_files")"
  half="$(sql "$restored_db" -e "SELECT COUNT(*) FROM (SELECT tx FROM backup_probe GROUP BY tx HAVING COUNT(*) <> 2) h")"
  pairs="$(sql "$restored_db" -e "SELECT COUNT(DISTINCT tx) FROM backup_probe")"
  tables="$(printf '%s\n' "$before" | grep -c . || true)"

  log "backup: $tables tables, $(printf '%s\n' "$files_before" | grep -c . || true) files, $(du -sk "$out" | cut -f1) KB in ${out#"$work"/}; writer: $pairs whole transactions in the dump, $n_before rows at the end"
  check "the source changed after the backup (the test can fail)" test "$before" != "$after"
  check "restored tables: row counts, CHECKSUM TABLE and content SHA-256 equal the state at backup ($tables tables)" test "$before" == "$restored_state"
  check "restored files: SHA-256 of every file equals the state at backup" test "$files_before" == "$restored_files_state"
  check "no half-written transaction in the online dump ($pairs pairs, $half halves)" test "$half" == 0
  check "a tampered backup is refused" tampered_is_refused "$out" "$work"
  if [[ -x "$SCRIPTS/audit-verify.sh" ]]; then
    check "the restored audit chain verifies" env DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$restored_db" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" "$SCRIPTS/audit-verify.sh"
  fi
  sql "$SRC_DB" -e "DROP TABLE IF EXISTS backup_probe"
  sql -e "DROP DATABASE IF EXISTS \`$restored_db\`"
  rm -rf "$work" "$src_files/ops"
  log "backup/restore test in $(elapsed "$t0")s"
}

tampered_is_refused() {
  local copy="$2/tampered"
  cp -a "$1" "$copy"
  printf 'x' >>"$(find "$copy/files" -type f | head -n 1)"
  ! DB_NAME="${SRC_DB}_tampered" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    FILES_DIR="$2/tampered-files" "$SCRIPTS/restore.sh" "$copy" >/dev/null 2>&1
}

# The packaged jar in production mode, without one required variable: exits non-zero, names it.
prod_refuses_without() {
  local missing="$1" jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar" output rc
  [[ -f "$jar" ]] || { err "no packaged backend at $jar"; return 1; }
  local -a vars=(DB_URL="jdbc:mariadb://127.0.0.1:1/none" DB_USER=x DB_PASSWORD=x OIDC_AUTH_SERVER_URL=http://127.0.0.1:1/realms/x
    CORS_ORIGINS=https://thidua.example QUARKUS_HTTP_PORT=0 MANAGEMENT_PORT=0 FILES_DIR="${TMPDIR:-/tmp}/thidua-prodcheck")
  local -a kept=()
  for v in "${vars[@]}"; do [[ "${v%%=*}" == "$missing" ]] || kept+=("$v"); done
  set +e
  output="$(env -i PATH="$PATH" HOME="$HOME" "${kept[@]}" timeout 60 java -jar "$jar" 2>&1)"
  rc=$?
  set -e
  [[ $rc != 0 && $rc != 124 ]] && grep -q "$missing" <<<"$output"
}

prod_config_test() {
  local v
  for v in DB_PASSWORD OIDC_AUTH_SERVER_URL CORS_ORIGINS; do
    check "production start without $v exits non-zero and names it" prod_refuses_without "$v"
  done
}

# Logs of this test run: the backend suite's log file and the e2e backend's JSON log.
logs_test() {
  local logs=() f password
  for f in "$ROOT/backend/target/quarkus-test.log" "$THIDUA_LOGS/backend-e2e.log"; do [[ -s "$f" ]] && logs+=("$f"); done
  if ((${#logs[@]} == 0)); then check "there are logs of a test run to read" false; return; fi
  password="$(grep -o '"value" *: *"[^"]*"' "$ROOT/keycloak/realm-thidua.json" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/')"
  password="${password:-ThiDua@2026}"
  check "no bearer token (JWT) in ${logs[*]#"$ROOT"/}" bash -c '! grep -Eq "eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}" "$@"' _ "${logs[@]}"
  check "no demo password in the logs" bash -c '! grep -qF -- "$0" "$@"' "$password" "${logs[@]}"
  check "the request log names users and templates, not raw ids" grep -q 'GET /api/v1/units/{id} 200' "${logs[@]}"
}

# sign_in KC REALM USER: a browser sign-in (code flow, PKCE) with the demo password; prints
# "code" when Keycloak redirects back with a code, "otp-setup" when it asks to set up an OTP.
sign_in() {
  local kc="$1" realm="$2" user="$3" jar page action outcome
  jar="$(mktemp)"
  page="$(curl -sf -c "$jar" -b "$jar" "$kc/realms/$realm/protocol/openid-connect/auth?client_id=thidua-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")"
  action="$(grep -o 'action="[^"]*"' <<<"$page" | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
  page="$(curl -s -c "$jar" -b "$jar" -D - --data-urlencode "username=$user" --data-urlencode "password=ThiDua@2026" \
    --data-urlencode credentialId= "$action")"
  rm -f "$jar"
  if grep -qi '^location: http://localhost:5173/.*[?&]code=' <<<"$page"; then outcome=code
  elif grep -qi '^location: .*required-action?execution=CONFIGURE_TOTP' <<<"$page"; then outcome=otp-setup
  else outcome=other; fi
  echo "$outcome"
}

admin_otp_test() {
  # shellcheck source=scripts/lib/keycloak.sh
  source "$SCRIPTS/lib/keycloak.sh"
  keycloak_ensure_dist
  local kc="${KEYCLOAK_URL:-http://localhost:8180}" realm=thidua-otp-check master
  export KC_ADMIN_USER=admin KC_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" KCADM="$KC_HOME/bin/kcadm.sh"
  master="$(curl -sf -d grant_type=password -d client_id=admin-cli -d username="$KC_ADMIN_USER" \
    --data-urlencode password="$KC_ADMIN_PASSWORD" "$kc/realms/master/protocol/openid-connect/token" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $master" "$kc/admin/realms/$realm"
  sed '0,/"realm": "thidua"/s//"realm": "'"$realm"'"/' "$ROOT/keycloak/realm-thidua.json" \
    | curl -sf -o /dev/null -H "Authorization: Bearer $master" -H 'Content-Type: application/json' --data-binary @- "$kc/admin/realms" \
    || { check "a copy of the realm imports" false; return; }
  check "without the flow an admin signs in with a password alone" test "$(sign_in "$kc" "$realm" admin)" = code
  check "require-admin-otp.sh binds the flow" bash -c '"$0" "$1" "$2" >/dev/null 2>&1' \
    "$ROOT/keycloak/require-admin-otp.sh" "$kc" "$realm"
  check "an admin must set up an OTP at sign-in" test "$(sign_in "$kc" "$realm" admin)" = otp-setup
  check "a Board admin of another province too" test "$(sign_in "$kc" "$realm" admin.bn)" = otp-setup
  check "a viewer is not asked for one" test "$(sign_in "$kc" "$realm" viewer)" = code
  check "an officer is not asked for one" test "$(sign_in "$kc" "$realm" bk.sxd)" = code
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $master" "$kc/admin/realms/$realm"
}

# launcher_test: backend/bin/launch.sh on a one-class app (an app directory like quarkus-app's). The
# helpers read the test's dir, app and out (bash scopes locals dynamically).
launch() { (cd "$dir" && "$ROOT/backend/bin/launch.sh" "$app" -Xlog:class+load=info "$@" 2>"$dir/err"); }
launched_ran() { [[ "$out" == *"up 2026-12-04"* ]]; }
launched_mapped() { grep -q 'Hold source: shared objects file' <<<"$out"; }
launched_recorded() { grep -q "records one" "$dir/err" && ls "$app"/thidua-cds-*.jsa.training >/dev/null 2>&1; }
launched_unmapped() { launched_ran && ! launched_mapped; }
launched_refused_dir() { launched_unmapped && grep -q "is not writable; starting without" "$dir/err"; }
launched_cleanly() { launched_unmapped && launched_recorded && ! ls "$dir"/hs_err* "$app"/hs_err* >/dev/null 2>&1; }
launcher_test() {
  local dir app out training
  dir="$(mktemp -d)"; app="$dir/app"
  mkdir -p "$app/lib" "$dir/src"
  printf 'public class Hold { public static void main(String[] a) { System.out.println("up " + java.time.LocalDate.of(2026, 12, 4)); } }\n' >"$dir/src/Hold.java"
  javac -d "$dir/classes" "$dir/src/Hold.java" && printf 'Main-Class: Hold\n' >"$dir/manifest"
  jar cfm "$app/quarkus-run.jar" "$dir/manifest" -C "$dir/classes" . || { check "the launcher's test app builds" false; return; }
  touch -d '-1 min' "$app/quarkus-run.jar"
  out="$(launch)" || true
  check "first start: the app runs and records an archive" launched_cleanly
  check "first start: its classes were not mapped from an archive" launched_unmapped
  out="$(launch)" || true
  check "second start: the archive is adopted and the app's class mapped from it" launched_mapped
  out="$(THIDUA_CDS=off launch)" || true
  check "THIDUA_CDS=off starts without the archive" launched_unmapped
  out="$(THIDUA_CDS_DIR=/proc/thidua-no-such-dir launch)" || true
  check "an archive directory that cannot be written: the app starts without an archive" launched_refused_dir
  # two apps recording into one THIDUA_CDS_DIR keep their archives apart
  local shared="$dir/shared" first second
  cp -a "$app" "$dir/app2"
  THIDUA_CDS_DIR="$shared" launch >/dev/null; THIDUA_CDS_DIR="$shared" app="$dir/app2" launch >/dev/null
  first="$(THIDUA_CDS_DIR="$shared" launch)" || true; second="$(THIDUA_CDS_DIR="$shared" app="$dir/app2" launch)" || true
  check "two apps sharing an archive directory each map their own" \
    bash -c 'for o in "$@"; do grep -q "Hold source: shared objects file" <<<"$o" || exit 1; done' _ "$first" "$second"
  # a training run killed while the JVM wrote its archive: a truncated file, refused, retrained
  rm -f "$app"/thidua-cds-*.jsa
  out="$(launch)" || true
  training="$(ls "$app"/thidua-cds-*.jsa.training)"
  head -c 4096 "$training" >"$training.cut" && mv -f "$training.cut" "$training"
  out="$(launch)" || true
  check "a truncated archive is refused, the app starts and records a new one" launched_cleanly
  out="$(launch)" || true
  touch "$app/lib/new.jar"
  out="$(launch)" || true
  check "a newer build replaces the archive (a new one is recorded)" launched_cleanly
  rm -rf "$dir"
}

parts=("$@"); ((${#parts[@]})) || parts=(backup prod-config logs admin-otp launcher)
for part in "${parts[@]}"; do
  case "$part" in
    backup) backup_test ;;
    prod-config) prod_config_test ;;
    logs) logs_test ;;
    admin-otp) admin_otp_test ;;
    launcher) launcher_test ;;
    *) die "unknown part: $part" ;;
  esac
done
((FAILS == 0)) || die "$FAILS operations check(s) failed."
log "operations checks passed"
