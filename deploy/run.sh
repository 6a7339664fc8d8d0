#!/usr/bin/env bash
# Starts the portal in demo mode on the embedded H2 database, with demo data and demo accounts.
#   PORT      HTTP port (default 8080)
#   HOST      the address to listen on (default 127.0.0.1, this machine only: the demo accounts' password is public;
#             HOST=0.0.0.0 opens the demo to the network)
#   DATA_DIR  where the database and uploads live (default ./data); data survives restarts
#   HTTP_THREADS  HTTP worker threads (default 16, see deploy/lib/payara-preboot.sh)
#   --reset   start from fresh demo data
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-8080}
HOST=${HOST:-127.0.0.1}
# The address the portal names in links, QR codes and e-mail, and the one this script checks it on.
case $HOST in
  127.0.0.1|localhost|0.0.0.0|::|::1) NAME=localhost; CHECK=127.0.0.1 ;;
  *) NAME=$HOST; CHECK=$HOST ;;
esac
case $NAME in *:*) NAME="[$NAME]" ;; esac
case $CHECK in *:*) CHECK="[$CHECK]" ;; esac
DATA_DIR=${DATA_DIR:-$ROOT/data}
if [ "${1:-}" = "--reset" ]; then
  rm -rf "$DATA_DIR"
fi
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)

WAR=target/quality-portal.war
MICRO=target/payara-micro.jar
# Build when the WAR is missing or older than any source.
if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ -n "$(find pom.xml src webapp sql -newer "$WAR" -type f -print -quit)" ]; then
  echo "Building the portal..."
  mvn -B -q -ntp package -DskipTests
fi

# The PDF reports embed a Chinese font; everything else works without it.
if [ -z "${PDF_FONT:-}" ] && [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] \
    && [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then
  echo "Note: no Chinese font found; PDF reports need Debian's fonts-noto-cjk (or PDF_FONT=/path/to/font)."
fi

# Keys for the identity numbers of CQO filings: made once for this data folder and kept with its database, since
# numbers sealed under them open only with them (production sets CQO_ID_KEYS and CQO_ID_HASH_KEY itself, see README).
KEYS="$DATA_DIR/cqo-keys.env"
if [ ! -f "$KEYS" ]; then
  (umask 077 && printf 'CQO_ID_KEYS=demo:%s\nCQO_ID_HASH_KEY=%s\n' \
    "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$KEYS")
fi
set -a; . "$KEYS"; set +a

LOG="$DATA_DIR/server.log"
# Payara's own runtime folder is rebuilt at each start: a kept one would deploy the previous WAR a second time.
rm -rf "$DATA_DIR/payara"
. deploy/lib/payara-preboot.sh
HTTP_ADDRESS=$HOST payara_preboot "$DATA_DIR/preboot.txt"
STARTED=$(date +%s%N)
java -Xss1m -XX:TieredStopAtLevel=1 -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
  -Dportal.mode=demo \
  -Ddb.class=org.h2.jdbcx.JdbcDataSource \
  "-Ddb.url=jdbc:h2:file:$DATA_DIR/db/quality;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY" \
  -Ddb.user=sa -Ddb.password=demo \
  -Dupload.dir="$DATA_DIR/uploads" \
  -Dportal.base-url="http://$NAME:$PORT" \
  -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile "$DATA_DIR/preboot.txt" \
  --postbootcommandfile deploy/lib/single-server.postboot --rootdir "$DATA_DIR/payara" \
  >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; exit 0' INT TERM

ready=""
for _ in $(seq 1 600); do
  if ! kill -0 $PID 2>/dev/null; then
    echo "The server stopped while starting; see $LOG"; tail -30 "$LOG"; exit 1
  fi
  # A failed deployment leaves Payara running: ask the application itself, not the port.
  if curl -fs -o /dev/null "http://$CHECK:$PORT/health/ready" 2>/dev/null \
     && curl -fsL -o /dev/null "http://$CHECK:$PORT/" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "The portal did not become ready; see $LOG"
  grep -E 'SEVERE|Caused by' "$LOG" | head -20
  kill $PID 2>/dev/null; exit 1
fi

READY=$(date +%s%N)
ELAPSED=$(( (READY - STARTED) / 1000000 ))
TIMES=$(deploy/lib/startup-report.sh "$LOG" $((STARTED / 1000000)) $((READY / 1000000)) || true)
case $HOST in
  127.0.0.1|localhost|::1) REACH="Listening on $HOST: this machine only (HOST=0.0.0.0 opens it to the network)." ;;
  0.0.0.0|::) REACH="Listening on every interface: anyone who reaches this machine can sign in with the demo accounts." ;;
  *) REACH="Listening on $HOST only." ;;
esac
cat <<MSG

  Tianjin Quality Portal (demo mode) is running at  http://$NAME:$PORT/   (ready $((ELAPSED / 1000)).$(( (ELAPSED % 1000) / 100 )) s after start)
$TIMES
  $REACH
  Data: $DATA_DIR   Log: $LOG   Stop with Ctrl-C.

  Demo accounts, all with the password Demo-2026 (demo mode only):
    admin          system administrator
    official       bureau official
    recommender    Binhai New Area market regulation office (recommender-120101 ... for the other districts)
    expert1..6     experts
    evaluator      staff of a brand-alliance member organisation
    applicant      an enterprise (天津滨海精工机械有限公司)
  E-mail is not sent in demo mode: open http://$NAME:$PORT/public/demo-mail to read it.

MSG
wait $PID
