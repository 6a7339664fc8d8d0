#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian ITs on a private MariaDB, browser tests in headless Chromium,
# then a smoke test of the demo path (deploy/run.sh on H2) and the fail-over test of the two-instance cluster
# (deploy/cluster). Installs what is missing from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need=()
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
grep -qi 'Noto Sans CJK' <(fc-list 2>/dev/null) || need+=(fonts-noto-cjk)  # no pipe: pipefail would fail it
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)  # browser tests read the certificate QR code
command -v npm >/dev/null 2>&1 || need+=(npm)  # axe-core for the accessibility test comes from the npm registry
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A private MariaDB for this run only: its own data dir, socket and port, stopped on exit.
DB_PORT=${TEST_DB_PORT:-3307}
DB_DIR=$(mktemp -d /tmp/quality-mariadb.XXXXXX)
. deploy/lib/mariadb.sh
cleanup() {
  mariadb_stop   # also a server that was still starting
  rm -rf "$DB_DIR"
}
trap cleanup EXIT
echo "== starting a private MariaDB on 127.0.0.1:$DB_PORT"
mariadb_install "$DB_DIR/data" "$DB_DIR/install.log"
mariadb_start "$DB_DIR/data" "$DB_DIR/sock" "$DB_PORT" "$DB_DIR/pid" "$DB_DIR/server.log"
DB_SECRET=$(random_secret)   # a fresh password per run for the throwaway database
mariadb_databases "$DB_DIR/sock" "$DB_SECRET" quality_test quality_migration

mkdir -p target/tmp target/it target/home
echo "== axe-core for the accessibility test (npm ci, version pinned in src/test/a11y/package-lock.json)"
(cd src/test/a11y && npm ci --no-audit --no-fund --loglevel=error)
echo "== @redocly/cli for the OpenAPI lint (npm ci, version pinned in src/test/api/package-lock.json)"
(cd src/test/api && npm ci --no-audit --no-fund --loglevel=error)
echo "== Lighthouse for the public pages' check (npm ci, version pinned in src/test/lighthouse/package-lock.json)"
(cd src/test/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
echo "== mvn verify (unit tests, Arquillian ITs on MariaDB, browser tests)"
rm -rf target/html-pages
# Keys for the CQO identity numbers of this run's server, made fresh like the password.
CQO_KEY="it:$(head -c 32 /dev/urandom | base64)"
CQO_HASH_KEY=$(head -c 32 /dev/urandom | base64)
mvn -B -ntp verify -Dit.db.port="$DB_PORT" -Dit.db.password="$DB_SECRET" \
  -Dit.cqo.id-keys="$CQO_KEY" -Dit.cqo.id-hash-key="$CQO_HASH_KEY" "$@"

echo "== W3C Nu HTML checker on every page the security sweep opened (target/html-pages)"
deploy/lib/html-check.sh target/html-pages

echo "== backup and restore of the integration tests' database and uploads"
DB_PORT=$DB_PORT TEST_DB_SECRET=$DB_SECRET deploy/backup-check.sh "$DB_DIR/sock"

echo "== smoke test of the demo path (deploy/run.sh on H2)"
SMOKE_DIR=$(mktemp -d /tmp/quality-smoke.XXXXXX)
SMOKE_PORT=${SMOKE_PORT:-18080}
PORT=$SMOKE_PORT DATA_DIR="$SMOKE_DIR/data" deploy/run.sh --reset >"$SMOKE_DIR/run.log" 2>&1 &
RUN_PID=$!
ok=""
lint_failed=""
pages_failed=""
for _ in $(seq 1 90); do
  if curl -fsL "http://127.0.0.1:$SMOKE_PORT/" -o "$SMOKE_DIR/home.html" 2>/dev/null && grep -q 'quality-portal-home' "$SMOKE_DIR/home.html"; then ok=1; break; fi
  sleep 1
done
# Fetch to a file, then grep: "curl | grep -q" under pipefail fails whenever grep stops reading early.
# Payara builds the OpenAPI document after deployment, so it gets a few seconds.
fetch() { curl -fs "http://127.0.0.1:$SMOKE_PORT$1" -o "$SMOKE_DIR/fetched" 2>/dev/null && grep -q "$2" "$SMOKE_DIR/fetched"; }
check() {
  for _ in $(seq 1 20); do fetch "$1" "$2" && return 0; sleep 1; done
  echo "smoke check failed: $1 does not contain $2"; return 1
}
if [ -n "$ok" ]; then
  check /health/ready '"UP"' || ok=""
  check /openapi '/api/v1/enterprises' || ok=""
  # The API's contract: the document passes the linter's recommended rules without an error or a warning.
  curl -fs -H 'Accept: application/json' "http://127.0.0.1:$SMOKE_PORT/openapi" -o "$SMOKE_DIR/openapi.json" \
    && deploy/lib/openapi-lint.sh "$SMOKE_DIR/openapi.json" || lint_failed=1
  check /public/demo-mail 'demo-mail\|mail' || ok=""
  # The public pages a phone reaches first, as the demo serves them: Lighthouse's mobile profile and the Nu checker.
  deploy/lib/lighthouse.sh "http://127.0.0.1:$SMOKE_PORT" "$SMOKE_DIR/pages" || pages_failed=1
  deploy/lib/html-check.sh "$SMOKE_DIR/pages" || pages_failed=1
fi
kill "$RUN_PID" 2>/dev/null || true; wait "$RUN_PID" 2>/dev/null || true
if [ -z "$ok" ]; then
  echo "demo smoke test FAILED: the home page did not answer"; tail -50 "$SMOKE_DIR/run.log"; exit 1
fi
grep -E 'running at|Demo-2026' "$SMOKE_DIR/run.log" || { echo "demo smoke test FAILED: no banner"; exit 1; }
[ -z "$lint_failed" ] || { echo "demo smoke test FAILED: the OpenAPI document breaks the linter's rules (above)"; exit 1; }
[ -z "$pages_failed" ] || { echo "demo smoke test FAILED: a public page misses a Lighthouse target or the HTML checker (above)"; exit 1; }
echo "demo smoke test passed: home page served by deploy/run.sh"
rm -rf "$SMOKE_DIR"

echo "== fail-over test of the two-instance cluster (deploy/cluster: MariaDB, two Payara Micro instances, nginx)"
# Runs the WAR built above; the cluster is started and stopped by the test. Its own ports: 28080-28082, 3310, 5910-5911.
if ! deploy/cluster/failover-test.sh; then
  echo "cluster fail-over test FAILED"; exit 1
fi

# Fault drills (kill -9 while experts submit on the score-sheet page, database restart with pages, REST and Ajax, the
# log during the outage, uploads folder gone or full, concurrent saves, 100 submits at once, an upload orphaned by a
# server that died before its commit) on their own MariaDB and portal, with the WAR and test classes just built.
# FAULTS=0 skips them.
if [ "${FAULTS:-1}" != 0 ]; then
  echo "== fault drills (deploy/faults.sh)"
  FAULTS_SKIP_BUILD=1 deploy/faults.sh
fi
