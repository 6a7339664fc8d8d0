#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database and an empty uploads folder, then checks that the
# files match their checksums. Settings as for deploy/backup.sh. Stop the portal first.
#   deploy/restore.sh [--env portal.env] BACKUP_FOLDER
# Refuses, changing nothing, when the backup's checksums do not match or the target is not empty.
set -euo pipefail
BACKUP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --env) set -a; . "$2"; set +a; shift 2 ;;
    *) BACKUP=$1; shift ;;
  esac
done
[ -n "$BACKUP" ] && [ -f "$BACKUP/SHA256SUMS" ] || { echo "usage: deploy/restore.sh [--env file] BACKUP_FOLDER" >&2; exit 2; }
: "${DB_NAME:?set DB_NAME}" "${DB_USER:?set DB_USER}" "${DB_PASSWORD:?set DB_PASSWORD}" "${UPLOAD_DIR:?set UPLOAD_DIR}"
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
CLIENT=$(command -v mariadb || command -v mysql) || { echo "the mariadb or mysql client is needed" >&2; exit 1; }
export MYSQL_PWD=$DB_PASSWORD
conn=(--no-defaults --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")

(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS) || { echo "the backup's checksums do not match; nothing restored" >&2; exit 1; }
tables=$("$CLIENT" "${conn[@]}" -N -B "$DB_NAME" -e "SHOW TABLES" | wc -l)
[ "$tables" -eq 0 ] || { echo "database $DB_NAME is not empty ($tables tables); nothing restored" >&2; exit 1; }
mkdir -p "$UPLOAD_DIR"
[ -z "$(ls -A "$UPLOAD_DIR")" ] || { echo "$UPLOAD_DIR is not empty; nothing restored" >&2; exit 1; }

gunzip -c "$BACKUP/database.sql.gz" | "$CLIENT" "${conn[@]}" --default-character-set=utf8mb4 "$DB_NAME"
tar -C "$UPLOAD_DIR" -xzf "$BACKUP/uploads.tar.gz"
(cd "$UPLOAD_DIR" && sha256sum --quiet -c "$(cd "$BACKUP" && pwd)/uploads.sha256") \
  || { echo "restored files do not match their checksums" >&2; exit 1; }
echo "restored $BACKUP into $DB_NAME and $UPLOAD_DIR"
