#!/usr/bin/env bash
# Run every ThiĐua test: backend (Quarkus tests against a real MariaDB and Keycloak), SPA checks
# and unit tests, and the browser end-to-end tests against the packaged backend.
# usage: scripts/test.sh            (no options; CI runs it through .ci/run)
# Starts what is missing (MariaDB, Keycloak) and stops at the end only what it started.
set -euo pipefail

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/db.sh
source "$SCRIPTS/lib/db.sh"
# shellcheck source=scripts/lib/keycloak.sh
source "$SCRIPTS/lib/keycloak.sh"
# shellcheck source=scripts/lib/npm.sh
source "$SCRIPTS/lib/npm.sh"

ROOT="$THIDUA_ROOT"
FRONTEND="$ROOT/frontend"
E2E_BACKEND_PORT=8082
E2E_SPA_PORT=4173
E2E_MANAGEMENT_PORT=9082
BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
STAGE_NAMES=()
STAGE_RESULTS=()
STAGE_TIMES=()
FAILED=0
T0="$(now)"
REPORTS="$THIDUA_LOCAL/reports"
VITEST_REPORT="$REPORTS/vitest-junit.xml"
E2E_LOG="$THIDUA_LOGS/e2e.log"
mkdir -p "$REPORTS"
rm -f "$VITEST_REPORT" "$E2E_LOG"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_bg spa-e2e
  stop_bg backend-e2e
  keycloak_stop_if_started
  db_stop_if_started
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

record() { STAGE_NAMES+=("$1"); STAGE_RESULTS+=("$2"); STAGE_TIMES+=("$3"); }

# stage NAME CMD...: run CMD, time it, record PASS/FAIL; never exits.
stage() {
  local name="$1" t rc; shift
  printf '\n\033[1m==> %s\033[0m\n' "$name" >&2
  t="$(now)"
  set +e
  ( set -e; "$@" )
  rc=$?
  set -e
  if [[ $rc == 0 ]]; then
    record "$name" PASS "$(elapsed "$t")"
  else
    record "$name" "FAIL($rc)" "$(elapsed "$t")"
    FAILED=1
    err "Stage '$name' failed (exit $rc)."
  fi
  return 0
}
skip() { record "$1" "SKIP" "0.0"; warn "Skipping '$1': $2"; }
failed_stage() { record "$1" "FAIL" "0.0"; FAILED=1; err "'$1' cannot run: $2"; }
last_passed() { [[ "${STAGE_RESULTS[${#STAGE_RESULTS[@]}-1]}" == PASS ]]; }

for cmd in java curl unzip setsid; do
  command -v "$cmd" >/dev/null || die "$cmd is required but not installed."
done

# --- infrastructure (fatal when it fails) --------------------------------------------------
t="$(now)"; printf '\n\033[1m==> database\033[0m\n' >&2
db_setup; record database PASS "$(elapsed "$t")"
t="$(now)"; printf '\n\033[1m==> keycloak\033[0m\n' >&2
keycloak_start; record keycloak PASS "$(elapsed "$t")"
export TEST_DB_URL DB_USER DB_PASSWORD KEYCLOAK_URL

# --- backend -------------------------------------------------------------------------------
backend_verify() {
  # The Quarkus tests listen on quarkus.http.test-port (8081; QUARKUS_HTTP_TEST_PORT overrides it).
  local port="${QUARKUS_HTTP_TEST_PORT:-8081}" i
  for ((i = 0; i < 120; i++)); do
    port_open 127.0.0.1 "$port" || break
    ((i % 15 == 0)) && warn "Port $port (Quarkus tests) is in use, another test run? Waiting up to 2 minutes."
    sleep 1
  done
  if port_open 127.0.0.1 "$port"; then
    err "Port $port is still in use: stop the other Quarkus test run, or set QUARKUS_HTTP_TEST_PORT."
    return 1
  fi
  "$ROOT/backend/mvnw" -B -f "$ROOT/backend/pom.xml" verify
}
rm -rf "$ROOT/backend/target/surefire-reports" "$ROOT/backend/target/failsafe-reports"
stage "backend verify" backend_verify
BACKEND_OK=0; last_passed && BACKEND_OK=1

# junit_counts FILE...: "tests failures errors skipped" summed over the <testsuite> elements.
junit_counts() {
  awk 'match($0, /<testsuite[ >]/) {
         s = substr($0, RSTART)
         for (k = 1; k <= 4; k++) {
           split("tests failures errors skipped", names, " ")
           if (match(s, names[k] "=\"[0-9]+\"")) { v = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", v); c[names[k]] += v }
         }
       }
       END { printf "%d %d %d %d", c["tests"], c["failures"], c["errors"], c["skipped"] }' "$@"
}
# Counts from the backend's JUnit XML reports (surefire + failsafe); fails when there are none.
backend_counts() {
  local files=()
  mapfile -t files < <(find "$ROOT/backend/target/surefire-reports" "$ROOT/backend/target/failsafe-reports" \
    -name 'TEST-*.xml' 2>/dev/null)
  ((${#files[@]})) || return 1
  junit_counts "${files[@]}"
}

# --- frontend ------------------------------------------------------------------------------
npm_script() {  # npm_script NAME [ENV=VAL...]: run `npm run NAME` in frontend/
  local name="$1"; shift
  if [[ "$name" == test ]] && grep -q '"test": *"vitest' "$FRONTEND/package.json"; then
    # Also write a JUnit report so that the final summary can count the tests.
    (cd "$FRONTEND" && env "$@" npm run test -- --reporter=default --reporter=junit \
      "--outputFile.junit=$VITEST_REPORT")
  else
    (cd "$FRONTEND" && env "$@" npm run "$name")
  fi
}
frontend_stage() {  # frontend_stage SCRIPT [ENV=VAL...]
  local name="$1"
  if npm_has_script "$FRONTEND" "$name"; then
    stage "frontend $name" npm_script "$@"
  elif [[ "$name" == lint ]]; then
    skip "frontend lint" "frontend/package.json has no 'lint' script."
  else
    failed_stage "frontend $name" "frontend/package.json has no '$name' script."
  fi
}

E2E_READY=0
if [[ -f "$FRONTEND/package.json" ]]; then
  command -v npm >/dev/null || die "npm is required for the SPA."
  stage "frontend npm ci" npm_install_if_needed "$FRONTEND"
  if last_passed; then
    frontend_stage gen:check
    frontend_stage typecheck
    frontend_stage lint
    frontend_stage test CI=true
    frontend_stage build
    last_passed && E2E_READY=1
    # the production proxy's own errors (413, 414, 431, 502…) are problem+json (skips without nginx)
    stage "frontend proxy problems" bash "$FRONTEND/scripts/proxy-problems-test.sh"
  fi
else
  warn "frontend/package.json not found: SPA checks and e2e tests are skipped."
fi

# --- e2e -----------------------------------------------------------------------------------
e2e_run() {
  local e2e_api="http://localhost:$E2E_BACKEND_PORT" e2e_spa="http://localhost:$E2E_SPA_PORT"
  for port in "$E2E_BACKEND_PORT" "$E2E_SPA_PORT"; do
    if port_open 127.0.0.1 "$port"; then
      err "Port $port is already in use; the e2e tests need it (stop whatever listens there)."; return 1
    fi
  done
  db_recreate thidua_e2e
  log "Starting the packaged backend on $e2e_api against thidua_e2e (log: .local/logs/backend-e2e.log)"
  rm -rf "$THIDUA_LOCAL/e2e-files"
  DB_URL="$E2E_DB_URL" QUARKUS_HTTP_PORT="$E2E_BACKEND_PORT" MANAGEMENT_PORT="$E2E_MANAGEMENT_PORT" \
  FILES_DIR="$THIDUA_LOCAL/e2e-files" \
  OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/thidua" \
  CORS_ORIGINS="http://localhost:$E2E_SPA_PORT,http://127.0.0.1:$E2E_SPA_PORT" \
    start_bg backend-e2e "$THIDUA_LOGS/backend-e2e.log" java -jar "$BACKEND_JAR"
  wait_http "Backend (e2e)" "$e2e_api/q/health/ready" 120 "$BG_PID" "$THIDUA_LOGS/backend-e2e.log"
  log "Starting the SPA on $e2e_spa (vite preview; log: .local/logs/spa-e2e.log)"
  cd "$FRONTEND"
  API_PROXY_TARGET="http://127.0.0.1:$E2E_BACKEND_PORT" \
    start_bg spa-e2e "$THIDUA_LOGS/spa-e2e.log" npm run preview -- --port "$E2E_SPA_PORT" --strictPort
  wait_http "SPA (e2e)" "$e2e_spa/" 60 "$BG_PID" "$THIDUA_LOGS/spa-e2e.log"
  E2E_BASE_URL="$e2e_spa" API_URL="$e2e_api" KEYCLOAK_URL="$KEYCLOAK_URL" npm run e2e 2>&1 | tee "$E2E_LOG"
}

if [[ -f "$FRONTEND/package.json" ]]; then
  if ! npm_has_script "$FRONTEND" e2e; then
    failed_stage "e2e" "frontend/package.json has no 'e2e' script."
  elif [[ "$BACKEND_OK" != 1 ]]; then
    failed_stage "e2e" "the backend verify stage failed (no fresh packaged backend)."
  elif [[ "$E2E_READY" != 1 ]]; then
    failed_stage "e2e" "the SPA stages failed."
  else
    stage "e2e" e2e_run
  fi
  stop_bg spa-e2e
  stop_bg backend-e2e
fi

# --- operations: backup/restore, production config, log hygiene (scripts/ops-test.sh) -------
if [[ "$BACKEND_OK" == 1 ]]; then
  stage "operations" "$SCRIPTS/ops-test.sh"
else
  failed_stage "operations" "the backend verify stage failed (no packaged backend, no test data)."
fi

# --- the demo data on a fresh database: Bắc Kạn 2023's ranking holds the one tie its seed expects ---
if [[ "$BACKEND_OK" == 1 ]]; then
  stage "demo data" env DEMO_PORT=8084 DEMO_MANAGEMENT_PORT=9084 "$ROOT/scripts/demo-data/check.sh"
else
  failed_stage "demo data" "the backend verify stage failed (no packaged backend)."
fi

# --- benchmark harness in CI mode (issue 9): prints its figures, asserts nothing about speed ----
if [[ "$BACKEND_OK" == 1 ]]; then
  stage "bench (ci)" env BENCH_PORT=8083 BENCH_MANAGEMENT_PORT=9083 BENCH_DB=thidua_bench_ci "$SCRIPTS/bench.sh" --ci
else
  failed_stage "bench (ci)" "the backend verify stage failed (no fresh packaged backend)."
fi

# --- fault tests (issue 13: kill -9, database restart, Keycloak down, replicas, Galera) -------
FAULT_LOG="$THIDUA_LOGS/fault-tests.log"
rm -f "$FAULT_LOG"
if [[ "$BACKEND_OK" != 1 ]]; then
  failed_stage "fault tests" "the backend verify stage failed (no fresh packaged backend)."
else
  stage "fault tests" bash -c "set -o pipefail; '$SCRIPTS/fault-tests.sh' --ci 2>&1 | tee '$FAULT_LOG'"
fi

# --- summary -------------------------------------------------------------------------------
# "N passed, M failed" only when every test runner reported its counts. A failed stage that is not
# explained by failing tests (typecheck, lint, build, a crash...) counts as one failure.
PASSED_N=0; FAILED_N=0; COMPLETE=1; NOTES=()
declare -A RUNNER_FAILED=()
add_counts() {  # add_counts STAGE LABEL PASSED FAILED [SKIPPED]
  PASSED_N=$((PASSED_N + $3)); FAILED_N=$((FAILED_N + $4)); RUNNER_FAILED["$1"]="$4"
  NOTES+=("$2: $3 passed, $4 failed${5:+, $5 skipped}")
}
add_junit() {  # add_junit STAGE LABEL "tests failures errors skipped"
  local n f e s; read -r n f e s <<<"$3"
  add_counts "$1" "$2" $((n - f - e - s)) $((f + e)) "$s"
}
if counts="$(backend_counts)"; then add_junit "backend verify" "backend (JUnit)" "$counts"; else COMPLETE=0; fi
if [[ -f "$FRONTEND/package.json" ]]; then
  if [[ -s "$VITEST_REPORT" ]]; then add_junit "frontend test" "frontend unit (vitest)" "$(junit_counts "$VITEST_REPORT")"; else COMPLETE=0; fi
  e2e_line="$(grep -Eo 'e2e: [0-9]+ passed, [0-9]+ failed' "$E2E_LOG" 2>/dev/null | tail -n 1 || true)"
  if [[ -n "$e2e_line" ]]; then
    read -r _ p _ f _ <<<"${e2e_line//,/}"
    add_counts e2e "e2e (browser)" "$p" "$f"
  else
    COMPLETE=0
  fi
fi
fault_line="$(grep -Eo 'fault tests: [0-9]+ passed, [0-9]+ failed' "$FAULT_LOG" 2>/dev/null | tail -n 1 || true)"
if [[ -n "$fault_line" ]]; then
  read -r _ _ p _ f _ <<<"${fault_line//,/}"
  add_counts "fault tests" "fault tests (scenarios)" "$p" "$f"
else
  COMPLETE=0
fi
for i in "${!STAGE_NAMES[@]}"; do
  [[ "${STAGE_RESULTS[i]}" == FAIL* ]] || continue
  # A test stage's failing tests are counted already; a failed stage without any (typecheck, lint,
  # build, a crash before the tests) counts as one failure.
  if [[ "${RUNNER_FAILED[${STAGE_NAMES[i]}]:-0}" == 0 ]]; then
    FAILED_N=$((FAILED_N + 1)); NOTES+=("stage '${STAGE_NAMES[i]}' failed: counted as 1 failure")
  fi
done
{
  printf '\n\033[1mSummary\033[0m\n'
  for i in "${!STAGE_NAMES[@]}"; do
    printf '  %-22s %-9s %7ss\n' "${STAGE_NAMES[i]}" "${STAGE_RESULTS[i]}" "${STAGE_TIMES[i]}"
  done
  printf '  %-22s %-9s %7ss\n' total "" "$(elapsed "$T0")"
  for note in "${NOTES[@]}"; do printf '  %s\n' "$note"; done
} >&2
if [[ "$FAILED" == 1 ]]; then
  err "Some stages FAILED."
fi
if [[ "$COMPLETE" == 1 ]]; then
  echo "$PASSED_N passed, $FAILED_N failed"
else
  echo "(no overall test count: a test runner did not report its results; see the summaries above)"
fi
[[ "$FAILED" == 0 ]]
