#!/usr/bin/env bash
# Stops what deploy/cluster/start.sh started (nginx, the instances, MariaDB), by the pids it recorded, and removes
# its runtime folder. CLUSTER_DIR as for start.sh; --keep leaves the folder (logs) in place.
set -uo pipefail
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/quality-cluster}
[ -d "$CLUSTER_DIR" ] || { echo "nothing to stop in $CLUSTER_DIR"; exit 0; }
[ -f "$CLUSTER_DIR/.quality-cluster" ] || { echo "$CLUSTER_DIR was not made by deploy/cluster/start.sh"; exit 1; }
stop_pid() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}
stop_pid "$CLUSTER_DIR/nginx.pid"
for f in "$CLUSTER_DIR"/node*.pid; do stop_pid "$f"; done
stop_pid "$CLUSTER_DIR/db.pid"
if [ "${1:-}" = "--keep" ]; then echo "stopped; logs kept in $CLUSTER_DIR"; else rm -rf "$CLUSTER_DIR"; echo "stopped"; fi
