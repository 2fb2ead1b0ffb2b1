#!/usr/bin/env bash
# npm helpers for the SPA. Source it after common.sh.

# npm_install_if_needed DIR: `npm ci` when node_modules is missing or older than package-lock.json.
npm_install_if_needed() {
  local dir="$1" marker="$1/node_modules/.package-lock.json"
  if [[ ! -f "$dir/package-lock.json" ]]; then
    warn "frontend/package-lock.json is missing (it should be committed): running npm install."
    (cd "$dir" && npm install --no-audit --no-fund) || die "npm install failed in $dir."
    return 0
  fi
  if [[ ! -f "$marker" || "$dir/package-lock.json" -nt "$marker" ]]; then
    log "Installing the SPA's dependencies (npm ci)"
    local t; t="$(now)"
    (cd "$dir" && npm ci --no-audit --no-fund) || die "npm ci failed in $dir."
    log "npm ci done in $(elapsed "$t")s"
  fi
}

# npm_has_script DIR NAME: true when package.json in DIR declares script NAME.
npm_has_script() {
  node -e 'const p=require(process.argv[1]); process.exit(p.scripts && p.scripts[process.argv[2]] ? 0 : 1)' \
    "$1/package.json" "$2"
}
