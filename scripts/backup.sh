#!/usr/bin/env bash
# Online, consistent backup of ThiĐua: the database (mariadb-dump --single-transaction: one
# InnoDB snapshot, no lock on the writers) and then the file store folder, into a timestamped
# folder with a SHA-256 manifest of everything in it.
#
# usage: scripts/backup.sh [OUT_DIR]        (default: ./backups)
# env:   DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD  (or DB_URL=jdbc:mariadb://HOST:PORT/NAME)
#        FILES_DIR  the backend's file store (thidua.files.dir; default data/files)
# Prints the backup folder on stdout.
#
# Why database first, files second: a stored_file row is committed only after its content was
# published, and published contents are never changed or deleted; so every row in the snapshot
# has its file in the folder when the folder is copied after. Files newer than the snapshot may
# come along too: they belong to no row of the backup and are harmless.
set -euo pipefail

if [[ -n "${DB_URL:-}" ]]; then
  re='^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]+)'
  [[ "$DB_URL" =~ $re ]] || { echo "backup: DB_URL must look like jdbc:mariadb://HOST:PORT/NAME" >&2; exit 2; }
  DB_HOST="${DB_HOST:-${BASH_REMATCH[2]}}"; DB_PORT="${DB_PORT:-${BASH_REMATCH[4]:-3306}}"; DB_NAME="${DB_NAME:-${BASH_REMATCH[5]}}"
fi
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-thidua}"
DB_USER="${DB_USER:-thidua}"
: "${DB_PASSWORD:?backup: DB_PASSWORD is not set}"
FILES_DIR="${FILES_DIR:-data/files}"
OUT_ROOT="${1:-backups}"

dump="$(command -v mariadb-dump || command -v mysqldump)" || { echo "backup: mariadb-dump not found" >&2; exit 2; }
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_ROOT"
out="$(cd "$OUT_ROOT" && pwd)/thidua-$stamp"
[[ -e "$out" ]] && out="$out-$$"
mkdir -p "$out/files"
export MYSQL_PWD="$DB_PASSWORD"

# 1. The database, in one consistent snapshot (InnoDB), with routines, triggers and events.
"$dump" --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
  --single-transaction --quick --routines --triggers --events --hex-blob --no-tablespaces \
  --default-character-set=utf8mb4 --skip-dump-date --databases "$DB_NAME" \
  | sed -e '/^CREATE DATABASE /d' -e '/^USE `/d' | gzip -6 >"$out/database.sql.gz"

# 2. The published files (not the transactions' pending ones, not uploads in flight).
if [[ -d "$FILES_DIR" ]]; then
  (cd "$FILES_DIR" && find . -type f ! -path './.pending/*' ! -path './.uploads/*' -print0 \
    | xargs -0 -r cp --parents -p -t "$out/files")
fi

# 3. What it is, and the SHA-256 of every file in it (restore.sh checks them first).
file_count="$(find "$out/files" -type f | wc -l)"
cat >"$out/backup.json" <<JSON
{"created":"$stamp","database":"$DB_NAME","server":"$DB_HOST:$DB_PORT","files":$file_count,"tool":"$(basename "$dump")"}
JSON
(cd "$out" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum >MANIFEST.sha256)
echo "$out"
