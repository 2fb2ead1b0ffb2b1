#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database and an EMPTY file folder.
# Checks the manifest (SHA-256 of every file) before touching anything.
#
# usage: scripts/restore.sh BACKUP_DIR
# env:   DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD  (or DB_URL), FILES_DIR (the new file store)
# The database is created if missing (utf8mb4, Vietnamese collation); one with tables is refused.
set -euo pipefail

backup="${1:?usage: scripts/restore.sh BACKUP_DIR}"
if [[ -n "${DB_URL:-}" ]]; then
  re='^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]+)'
  [[ "$DB_URL" =~ $re ]] || { echo "restore: DB_URL must look like jdbc:mariadb://HOST:PORT/NAME" >&2; exit 2; }
  DB_HOST="${DB_HOST:-${BASH_REMATCH[2]}}"; DB_PORT="${DB_PORT:-${BASH_REMATCH[4]:-3306}}"; DB_NAME="${DB_NAME:-${BASH_REMATCH[5]}}"
fi
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
: "${DB_NAME:?restore: DB_NAME (the new, empty database) is not set}"
DB_USER="${DB_USER:-thidua}"
: "${DB_PASSWORD:?restore: DB_PASSWORD is not set}"
: "${FILES_DIR:?restore: FILES_DIR (the new, empty file folder) is not set}"
[[ "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore: unusual database name '$DB_NAME'" >&2; exit 2; }

client="$(command -v mariadb || command -v mysql)" || { echo "restore: mariadb client not found" >&2; exit 2; }
export MYSQL_PWD="$DB_PASSWORD"
sql() { "$client" --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$@"; }

# 1. The backup is whole and unchanged.
(cd "$backup" && sha256sum --quiet --strict -c MANIFEST.sha256) || { echo "restore: manifest check failed" >&2; exit 3; }

# 2. The targets are empty.
tables="$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
[[ "$tables" == 0 ]] || { echo "restore: database $DB_NAME is not empty ($tables tables)" >&2; exit 4; }
if [[ -d "$FILES_DIR" ]] && [[ -n "$(find "$FILES_DIR" -mindepth 1 -print -quit)" ]]; then
  echo "restore: $FILES_DIR is not empty" >&2; exit 4
fi

# 3. Database, then files.
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci"
gunzip -c "$backup/database.sql.gz" | sql "$DB_NAME"
mkdir -p "$FILES_DIR"
cp -a "$backup/files/." "$FILES_DIR/"
echo "restore: $DB_NAME and $FILES_DIR restored from $backup ($(find "$FILES_DIR" -type f | wc -l) files)" >&2
