#!/usr/bin/env bash
# Starts a two-instance cluster of the portal on this machine, everything on 127.0.0.1:
#   one private MariaDB (own data folder, port DB_PORT), two Payara Micro instances in production mode joined into
#   one data grid (Hazelcast, member list over TCP) that replicates HTTP sessions, and nginx balancing them.
# Installs nginx and MariaDB from Debian's packages when missing. Stop it all with deploy/cluster/stop.sh.
#   CLUSTER_DIR  runtime folder: database, uploads (shared by both instances), logs, pids (default /tmp/quality-cluster)
#   PORT         nginx port (default 28080); NODE_PORTS instance ports (default "28081 28082")
#   DB_PORT      MariaDB port (default 3310); HZ_PORT first data-grid port (default 5910, one per instance)
#   HEAP         heap per instance (default 512m); WAR, MICRO the builds to run (default target/...)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HERE=$ROOT/deploy/cluster
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/quality-cluster}
PORT=${PORT:-28080}
read -r -a NODE_PORTS <<<"${NODE_PORTS:-28081 28082}"
DB_PORT=${DB_PORT:-3310}
HZ_PORT=${HZ_PORT:-5910}
HEAP=${HEAP:-512m}
PATH=$PATH:/usr/sbin

if [ -f "$CLUSTER_DIR/db.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/db.pid")" 2>/dev/null; then
  echo "A cluster is already running from $CLUSTER_DIR; stop it first with deploy/cluster/stop.sh"; exit 1
fi

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v mariadbd >/dev/null 2>&1 || need+=(mariadb-server)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

WAR=${WAR:-target/quality-portal.war}
MICRO=${MICRO:-target/payara-micro.jar}
if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ -n "$(find pom.xml src webapp sql -newer "$WAR" -type f -print -quit)" ]; then
  echo "== building the portal"
  mvn -B -q -ntp package -DskipTests
fi

# The runtime folder is wiped at each start: refuse a folder that this script did not make.
if [ -d "$CLUSTER_DIR" ] && [ -n "$(ls -A "$CLUSTER_DIR")" ] && [ ! -f "$CLUSTER_DIR/.quality-cluster" ]; then
  echo "$CLUSTER_DIR exists and was not made by this script; choose another CLUSTER_DIR"; exit 1
fi
rm -rf "$CLUSTER_DIR"
mkdir -p "$CLUSTER_DIR/uploads"
touch "$CLUSTER_DIR/.quality-cluster"
chmod 700 "$CLUSTER_DIR"
STARTED=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - STARTED) / 1000000000 ))s"; }

echo "== MariaDB on 127.0.0.1:$DB_PORT"
. deploy/lib/mariadb.sh
. deploy/lib/payara-preboot.sh
mariadb_install "$CLUSTER_DIR/db" "$CLUSTER_DIR/db-install.log"
mariadb_start "$CLUSTER_DIR/db" "$CLUSTER_DIR/db.sock" "$DB_PORT" "$CLUSTER_DIR/db.pid" "$CLUSTER_DIR/db.log" 128M
# A fresh password for this throwaway database, kept in the runtime folder for the fail-over test.
DB_SECRET=$(random_secret)
(umask 077; echo "$DB_SECRET" >"$CLUSTER_DIR/db.secret")
mariadb_databases "$CLUSTER_DIR/db.sock" "$DB_SECRET" quality

# The data grid finds its members by a fixed list (no multicast) and binds to loopback only.
payara_preboot "$CLUSTER_DIR/preboot.txt" "$HERE/payara-preboot.txt"
members=""
for i in "${!NODE_PORTS[@]}"; do members+="${members:+,}127.0.0.1:$((HZ_PORT + i))"; done

start_node() {
  local i=$1 name="node$(( $1 + 1 ))" port=${NODE_PORTS[$1]}
  mkdir -p "$CLUSTER_DIR/$name"
  # Settings by environment, as deploy/production/start.sh takes them: the password never shows in ps.
  env PORTAL_MODE=production DB_HOST=127.0.0.1 DB_PORT="$DB_PORT" DB_NAME=quality DB_USER=quality DB_PASSWORD="$DB_SECRET" \
    UPLOAD_DIR="$CLUSTER_DIR/uploads" PORTAL_BASE_URL="http://localhost:$PORT" MAIL_ENABLED=false \
    PORTAL_TRUSTED_PROXIES=127.0.0.1 \
    java -Xmx"$HEAP" -Xss1m -XX:TieredStopAtLevel=1 -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -Dportal.instance="$name" -Dhazelcast.socket.bind.any=false \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$port" --rootdir "$CLUSTER_DIR/$name/payara" \
    $(sed -e 's/#.*//' "$HERE/payara-options" | tr '\n' ' ') --prebootcommandfile "$CLUSTER_DIR/preboot.txt" \
    --name "$name" --startport $((HZ_PORT + i)) --clustermode "tcpip:$members" \
    >"$CLUSTER_DIR/$name.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/$name.pid"
}

wait_ready() {
  local name=$1 port=$2 pid
  pid=$(cat "$CLUSTER_DIR/$name.pid")
  for _ in $(seq 1 900); do
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped while starting; see $CLUSTER_DIR/$name.log"; tail -30 "$CLUSTER_DIR/$name.log"; return 1; }
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "$name did not become ready; see $CLUSTER_DIR/$name.log"; return 1
}

give_up() { echo "stopping what was started (logs kept in $CLUSTER_DIR)"; "$HERE/stop.sh" --keep; exit 1; }

# The first instance migrates the empty database alone; the others start once it is ready.
echo "== node1 on 127.0.0.1:${NODE_PORTS[0]}"
start_node 0
wait_ready node1 "${NODE_PORTS[0]}" || give_up
echo "   ready after $(elapsed)"
for i in "${!NODE_PORTS[@]}"; do
  [ "$i" = 0 ] && continue
  echo "== node$((i + 1)) on 127.0.0.1:${NODE_PORTS[$i]}"
  start_node "$i"
done
for i in "${!NODE_PORTS[@]}"; do
  [ "$i" = 0 ] && continue
  wait_ready "node$((i + 1))" "${NODE_PORTS[$i]}" || give_up
  echo "   ready after $(elapsed)"
done

echo "== nginx on 127.0.0.1:$PORT"
nodes=""
for p in "${NODE_PORTS[@]}"; do nodes+="        server 127.0.0.1:$p max_fails=1 fail_timeout=10s;\n"; done
sed -e "s#@PORT@#$PORT#g" -e "s#@DIR@#$CLUSTER_DIR#g" -e "s#@NODES@#${nodes%\\n}#" "$HERE/nginx.conf" >"$CLUSTER_DIR/nginx.conf"
# nginx's workers run as an unprivileged user: they may pass through the folder (not list it) and read this page only.
mkdir -p "$CLUSTER_DIR/static" && cp "$HERE/unavailable.html" "$CLUSTER_DIR/static/"
chmod 711 "$CLUSTER_DIR" && chmod 755 "$CLUSTER_DIR/static" && chmod 644 "$CLUSTER_DIR/static/unavailable.html"
nginx -p "$CLUSTER_DIR" -c "$CLUSTER_DIR/nginx.conf" -g 'daemon on;' || give_up
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && break; sleep 0.2; done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" || { echo "nginx does not answer on $PORT"; give_up; }

cat <<MSG

  The portal cluster is running at http://localhost:$PORT/ ($(elapsed) after start; production mode, no demo accounts)
  instances: ${NODE_PORTS[*]} (responses name theirs in X-Served-By), data grid $members, MariaDB 127.0.0.1:$DB_PORT
  Folder: $CLUSTER_DIR (logs node*.log, nginx-*.log; uploads shared by the instances)
  Fail-over test: deploy/cluster/failover-test.sh    Stop: deploy/cluster/stop.sh

MSG
