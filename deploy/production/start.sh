#!/usr/bin/env bash
# Starts the portal in production mode against MySQL 8 or MariaDB. Settings come from the environment
# (see portal.env.example); pass the env file as the first argument to load it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${1:-}" ]; then set -a; . "$1"; set +a; fi
: "${DB_PASSWORD:?set DB_PASSWORD (see deploy/production/portal.env.example)}"
# Pre-boot commands (the HTTP worker pool, HTTP_THREADS): a file of this start's own, read once at boot.
. deploy/lib/payara-preboot.sh
preboot=$(mktemp "${TMPDIR:-/tmp}/quality-portal-preboot.XXXXXX")
HTTP_ADDRESS=${HOST:-} payara_preboot "$preboot"
# Alone, the portal keeps its sessions in memory; in a cluster the instances replicate them through Hazelcast.
alone=(--nohazelcast --postbootcommandfile deploy/lib/single-server.postboot)
[ -z "${CLUSTER:-}" ] || alone=(--clustername "$CLUSTER")
exec java -Xmx${HEAP:-1g} -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
  -jar target/payara-micro.jar --deploy target/quality-portal.war --contextroot / --port "${PORT:-8080}" --prebootcommandfile "$preboot" "${alone[@]}"
