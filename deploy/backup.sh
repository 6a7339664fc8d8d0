#!/usr/bin/env bash
# Backs up the portal: a consistent dump of its database and a copy of the uploads folder, with checksums and the
# row count of every table, into one new folder. Settings as for deploy/production/start.sh (DB_HOST, DB_PORT, DB_NAME,
# DB_USER, DB_PASSWORD, UPLOAD_DIR), from the environment or an env file given with --env.
#   deploy/backup.sh [--env portal.env] [--out /var/backups/quality-portal]
# Prints the folder it wrote. The dump runs in one transaction (--single-transaction), so the portal keeps serving.
set -euo pipefail
OUT=backups
while [ $# -gt 0 ]; do
  case "$1" in
    --env) set -a; . "$2"; set +a; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
: "${DB_NAME:?set DB_NAME}" "${DB_USER:?set DB_USER}" "${DB_PASSWORD:?set DB_PASSWORD}" "${UPLOAD_DIR:?set UPLOAD_DIR}"
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DUMP=$(command -v mariadb-dump || command -v mysqldump) || { echo "mariadb-dump or mysqldump is needed" >&2; exit 1; }
CLIENT=$(command -v mariadb || command -v mysql) || { echo "the mariadb or mysql client is needed" >&2; exit 1; }
export MYSQL_PWD=$DB_PASSWORD   # not on the command line, where other users could read it
conn=(--no-defaults --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")

dir="$OUT/quality-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$dir"
"$DUMP" "${conn[@]}" --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  "$DB_NAME" | gzip -9 > "$dir/database.sql.gz"
# Row counts as the dump saw them are not available afterwards; these are counted right after it, for the record.
"$CLIENT" "${conn[@]}" -N -B "$DB_NAME" -e "SHOW TABLES" | while read -r t; do
  printf '%s\t%s\n' "$t" "$("$CLIENT" "${conn[@]}" -N -B "$DB_NAME" -e "SELECT COUNT(*) FROM \`$t\`")"
done > "$dir/row-counts.tsv"
tar -C "$UPLOAD_DIR" -czf "$dir/uploads.tar.gz" .
(cd "$UPLOAD_DIR" && find . -type f ! -path './tmp/*' -print0 | sort -z | xargs -0 -r sha256sum) > "$dir/uploads.sha256"
(cd "$dir" && sha256sum database.sql.gz uploads.tar.gz row-counts.tsv uploads.sha256 > SHA256SUMS)
echo "$dir"
