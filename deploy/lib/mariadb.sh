# A throwaway MariaDB on 127.0.0.1 for tests, drills, benchmarks and the cluster: its own data folder, socket and port.
# Sourced by deploy/test.sh, deploy/faults.sh, deploy/bench.sh and deploy/cluster/start.sh.
#   mariadb_install DATADIR LOG             creates an empty server in DATADIR (root logs in by the socket only)
#   mariadb_start DATADIR SOCKET PORT PIDFILE LOG [BUFFER_POOL]
#                                           starts it in the background, sets MARIADB_PID, waits up to 2 minutes;
#                                           prints the server's log and exits when it does not come up
#   mariadb_stop                            stops the server mariadb_start started last and waits for it, also one
#                                           that was still starting (the caller's cleanup on EXIT; safe to call twice)
#   mariadb_databases SOCKET SECRET DB...   creates the databases and the user 'quality' with password SECRET on them
#   random_secret                           24 hex characters from /dev/urandom
PATH=$PATH:/usr/sbin

mariadb_install() {
  mkdir -p "$1"
  mariadb-install-db --no-defaults --datadir="$1" --user="$(id -un)" --auth-root-authentication-method=socket \
    --skip-test-db >"$2" 2>&1
}

mariadb_start() {
  local datadir=$1 socket=$2 port=$3 pidfile=$4 log=$5 pool=${6:-256M}
  mariadbd --no-defaults --datadir="$datadir" --socket="$socket" --port="$port" --bind-address=127.0.0.1 \
    --user="$(id -un)" --pid-file="$pidfile" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size="$pool" --max-connections=300 >>"$log" 2>&1 &
  MARIADB_PID=$!
  for _ in $(seq 1 240); do
    mariadb --no-defaults --socket="$socket" -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    kill -0 "$MARIADB_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "MariaDB did not start on port $port; its log:"; tail -30 "$log"; exit 1
}

mariadb_stop() {
  local pid=${MARIADB_PID:-}
  MARIADB_PID=""
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

mariadb_databases() {
  local socket=$1 secret=$2; shift 2
  {
    for db in "$@"; do
      echo "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    done
    echo "CREATE USER 'quality'@'127.0.0.1' IDENTIFIED BY '$secret';"
    echo "CREATE USER 'quality'@'localhost' IDENTIFIED BY '$secret';"
    for db in "$@"; do
      echo "GRANT ALL ON $db.* TO 'quality'@'127.0.0.1';"
      echo "GRANT ALL ON $db.* TO 'quality'@'localhost';"
    done
  } | mariadb --no-defaults --socket="$socket" -uroot
}

# od reads exactly 12 bytes: nothing is cut off under pipefail.
random_secret() { od -An -tx1 -N12 /dev/urandom | tr -d ' \n'; }
