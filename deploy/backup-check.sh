#!/usr/bin/env bash
# Run by deploy/test.sh after the integration tests: backs up their database and uploads, restores both into an empty
# database and folder, and compares the row count of every table and the checksum of every file.
#   TEST_DB_SECRET=... deploy/backup-check.sh SOCKET
# SOCKET is the private MariaDB's socket (for creating the empty database); TEST_DB_SECRET the run's password.
set -euo pipefail
SOCKET=$1
work=$(mktemp -d /tmp/quality-backup.XXXXXX)
trap 'rm -rf "$work"' EXIT
mariadb --no-defaults --socket="$SOCKET" -uroot <<SQL
DROP DATABASE IF EXISTS quality_restore;
CREATE DATABASE quality_restore CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL ON quality_restore.* TO 'quality'@'127.0.0.1';
SQL
export DB_HOST=127.0.0.1 DB_PORT=${DB_PORT:-3307} DB_USER=quality DB_PASSWORD=${TEST_DB_SECRET:?set TEST_DB_SECRET}
backup=$(DB_NAME=quality_test UPLOAD_DIR=target/it/uploads deploy/backup.sh --out "$work")
DB_NAME=quality_restore UPLOAD_DIR="$work/restored-uploads" deploy/restore.sh "$backup"
counts() {
  MYSQL_PWD=$DB_PASSWORD mariadb --no-defaults --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$1" -e "SHOW TABLES" |
    while read -r t; do
      printf '%s\t%s\n' "$t" "$(MYSQL_PWD=$DB_PASSWORD mariadb --no-defaults --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$1" -e "SELECT COUNT(*) FROM \`$t\`")"
    done
}
counts quality_restore > "$work/restored-counts.tsv"
if ! diff -u "$backup/row-counts.tsv" "$work/restored-counts.tsv"; then
  echo "backup check FAILED: row counts differ after restore"; exit 1
fi
files=$(wc -l < "$backup/uploads.sha256")
rows=$(awk -F'\t' '{s+=$2} END {print s}' "$work/restored-counts.tsv")
tables=$(wc -l < "$work/restored-counts.tsv")
[ "$files" -gt 0 ] && [ "$rows" -gt 0 ] || { echo "backup check FAILED: nothing was backed up"; exit 1; }
if DB_NAME=quality_restore UPLOAD_DIR="$work/restored-uploads" deploy/restore.sh "$backup" 2>/dev/null; then
  echo "backup check FAILED: a restore over existing data was not refused"; exit 1
fi
echo "backup check passed: $tables tables, $rows rows and $files files restored identically; a restore over data is refused"
mariadb --no-defaults --socket="$SOCKET" -uroot -e "DROP DATABASE quality_restore"
