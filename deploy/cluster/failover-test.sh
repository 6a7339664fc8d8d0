#!/usr/bin/env bash
# Fail-over test of the two-instance cluster: starts it (deploy/cluster/start.sh) unless one is running already
# (--running), runs deploy/cluster/failover_test.py against nginx, prints each step with PASS or FAIL, stops the
# cluster it started, and exits non-zero when any step failed. Same settings as start.sh (CLUSTER_DIR, PORT, ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/quality-cluster}
PORT=${PORT:-28080}
command -v python3 >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq python3 >/dev/null; }
STARTED=$(date +%s)
started_here=""
if [ "${1:-}" != "--running" ]; then
  started_here=1
  # Logs are kept when something failed, removed otherwise.
  trap 'if [ "${rc:-1}" = 0 ]; then deploy/cluster/stop.sh; else deploy/cluster/stop.sh --keep; fi >/dev/null 2>&1 || true' EXIT
  deploy/cluster/start.sh
fi
rc=0
BASE="http://127.0.0.1:$PORT" python3 deploy/cluster/failover_test.py || rc=$?
echo "fail-over test took $(( $(date +%s) - STARTED )) s in all (cluster start included: ${started_here:-no})"
if [ "$rc" != 0 ]; then
  echo "fail-over test FAILED; instance logs in $CLUSTER_DIR:"
  # Each instance's last error with its stack (the causes and the frames nearest them), so a rare failure in CI can
  # be understood from its output alone.
  for f in "$CLUSTER_DIR"/node*.log; do
    echo "--- $f"
    last=$(grep -n -E '\[[^]]*(SEVERE|WARNING)[^]]*\]' "$f" | tail -1 | cut -d: -f1 || true)
    if [ -n "$last" ]; then sed -n "$last,$((last + 80))p" "$f" | grep -v -E '^\s+at (java\.base|org\.glassfish\.grizzly|com\.sun\.enterprise\.v3|org\.apache\.catalina\.core\.StandardPipeline)' | head -60; fi
    grep -E 'Caused by' "$f" | tail -5 || true
  done
fi
exit "$rc"
