#!/usr/bin/env bash
# Prints where a start-up's time went, from the server log's timestamps: Payara's runtime, the deployment of the WAR
# (unpacking and scanning it, then CDI and EJB), the portal's own start (database migrations, rubrics, demo data) and
# the first page. Usage: deploy/lib/startup-report.sh LOG STARTED_MS READY_MS (epoch milliseconds).
set -euo pipefail
log=$1 started=$2 ready=$3
awk -v started="$started" -v ready="$ready" '
  function at(line) { if (match(line, /timeMillis: [0-9]+/)) return substr(line, RSTART + 12, RLENGTH - 12); return "" }
  /startup time : Embedded/                { runtime = at($0) }
  /WELD-000900/                            { weld = at($0) }
  /was successfully deployed in/           { deployed = at($0) }
  /Schema at version|Demo data loaded|Upload sweep \(start-up\)/ { t = at($0); if (t != "") portal = t }
  function s(ms) { return sprintf("%.1f s", ms / 1000) }
  END {
    if (runtime == "" || deployed == "") { print "  Start-up: the server log does not say where the time went"; exit }
    if (weld == "") weld = runtime
    if (portal == "" || portal < deployed) portal = deployed
    printf "  Start-up %s: Payara %s, WAR unpacked and scanned %s, CDI and EJB %s, database and data %s, first page %s\n",
      s(ready - started), s(runtime - started), s(weld - runtime), s(deployed - weld), s(portal - deployed), s(ready - portal)
  }' "$log"
