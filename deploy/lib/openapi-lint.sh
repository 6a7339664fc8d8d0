#!/usr/bin/env bash
# Lints an OpenAPI document with @redocly/cli's recommended rules (the version pinned in src/test/api) and prints what
# it found; fails on any error or warning. Usage: deploy/lib/openapi-lint.sh openapi.json
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
report=$(mktemp)
trap 'rm -f "$report"' EXIT
# redocly exits 1 when it finds an error; the report says so too, and is read whatever the exit status.
"$ROOT/src/test/api/node_modules/.bin/redocly" lint --extends=recommended --format=json "$1" >"$report" 2>/dev/null || true
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const t = r.totals;
console.log(`OpenAPI lint (@redocly/cli ${r.version}, recommended rules): ${t.errors} errors, ${t.warnings} warnings`);
for (const p of r.problems) {
  console.log(`  ${p.severity} ${p.ruleId} at ${(p.location[0] || {}).pointer || "?"}: ${p.message}`);
}
process.exit(t.errors + t.warnings === 0 ? 0 : 1);
' "$report"
