#!/usr/bin/env bash
# The benchmark suite: everything on this machine in one run, wrk on loopback, every page figure also as a ratio to the
# static-file baseline of the same run (other work on the machine moves both alike).
#   1. a private MariaDB (port BENCH_DB_PORT, default 3309) in a temporary folder, stopped afterwards;
#   2. size M (1,000 enterprises, 200 applications, 300 experts) from the deterministic generator (ScaleData);
#   3. the portal in production mode at -Xmx512m (port BENCH_PORT, default 18180): start-up to the first 200;
#   4. wrk -t2 -c32 with --latency on: a static file, the home page, the winners directory (first and a deep page; the
#      first also rendered without the public-page cache), a notice, certificate verification, 32 applicants'
#      dashboards, 32 experts saving their score sheets (Faces Ajax POST with each session's view state);
#   5. the list pages (winners, enterprises, credit register, applications, a review round, audit log) at M, and the
#      officials' tables' Ajax search, sort and paging posts (32 sessions), on a portal started for them, as at L;
#   6. size L (50,000 enterprises, 2,000 applications, 1,000 experts, 20,000 sheets, 100,000 audit rows) in a fresh
#      database: the same list pages and their L/M ratio, the dashboard and the score-sheet save, assignment and
#      aggregation timings, the export of the enterprise register (time and heap kept), then a mixed load (BENCH_MIXED_SECONDS, default 300) and the heap after a full GC and the
#      number of HTTP sessions.
# Signed-in pages are measured on a portal at work, not one just started: before them the portal serves them unmeasured
# until the JIT compiler has caught up (see settle below), and the time that took is a row of the table.
# Prints one table and writes it as target/bench/bench-<date>.csv. BENCH_QUICK=1: 5-second runs, size M only, a 30-second
# mixed load, at most 60 s of warming (to try the script). BENCH_DURATION overrides the seconds per page,
# BENCH_SETTLE_MAX the longest warming before the signed-in pages (default 600 s). BENCH_EXPORT=1: only the exports of
# 50,000 enterprises at size L (step 6's export rows). BENCH_WORKBENCH=1: only every role's workbench and the targets
# page at size L. BENCH_BRAND=1: only the Tianjin brand index of 5,000 brands (no portal; also in the full run).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${BENCH_QUICK:-}
DB_PORT=${BENCH_DB_PORT:-3309}
PORT=${BENCH_PORT:-18180}
DURATION=${BENCH_DURATION:-$([ -n "$QUICK" ] && echo 5 || echo 15)}
WARM=$([ -n "$QUICK" ] && echo 2 || echo 5)
MIXED=${BENCH_MIXED_SECONDS:-$([ -n "$QUICK" ] && echo 30 || echo 300)}
SETTLE_MAX=${BENCH_SETTLE_MAX:-$([ -n "$QUICK" ] && echo 60 || echo 600)}
SETTLE_ROUND=$([ -n "$QUICK" ] && echo 5 || echo 10)
THREADS=2
CONNECTIONS=32
USERS=32
BASE="http://127.0.0.1:$PORT"
STAMP=$(date +%Y-%m-%d)
mkdir -p target/bench
CSV="target/bench/bench-$STAMP.csv"
WORK=$(mktemp -d /tmp/quality-bench.XXXXXX)
RESULTS="$WORK/results.tsv"
: > "$RESULTS"

command -v wrk >/dev/null 2>&1 || { echo "== installing wrk"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }; }

echo "== building (WAR, test classes, class path)"
if [ ! -f target/quality-portal.war ] || [ ! -f target/payara-micro.jar ] \
   || [ -n "$(find pom.xml src/main webapp sql -newer target/quality-portal.war -type f -print -quit)" ]; then
  mvn -B -q -ntp package -DskipTests
fi
mvn -B -q -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

brand_rows() {  # the brand index of 5,000 brands, in a JVM of its own
  echo "== brand index of 5,000 brands"
  java -Xmx512m -cp "$CP" cn.tianjin.quality.bench.BrandIndexBench 2>"$WORK/brandbench.log" | tee "$WORK/brandbench.txt"
  while IFS=';' read -r name ms detail; do
    row "$name" "" "" "$ms" "" "" "< 1000 ms" "$([ "$ms" -lt 1000 ] && echo yes || echo no)" "$detail (ms)"
  done < "$WORK/brandbench.txt"
}

PORTAL_PID=""
. deploy/lib/mariadb.sh
. deploy/lib/payara-preboot.sh
cleanup() {
  if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
  mariadb_stop   # also a server that was still starting
  rm -rf "$WORK/db"
}
trap cleanup EXIT

echo "== starting a private MariaDB on 127.0.0.1:$DB_PORT"
mariadb_install "$WORK/db/data" "$WORK/db-install.log"
mariadb_start "$WORK/db/data" "$WORK/db/sock" "$DB_PORT" "$WORK/db/pid" "$WORK/db-server.log" 512M
DB_SECRET=$(random_secret)
mariadb_databases "$WORK/db/sock" "$DB_SECRET" bench_m bench_l
BENCH_PASSWORD=$(random_secret)   # the generated accounts' password, fresh each run
sql() { mariadb --no-defaults --socket="$WORK/db/sock" -uroot -N -B "$1" -e "$2"; }
jdbc() { echo "jdbc:mysql://127.0.0.1:$DB_PORT/$1?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"; }

generate() {
  echo "== generating size $1 into $2"
  java -Xmx1g -Duser.timezone=Asia/Shanghai -cp "$CP" -Dbench.password="$BENCH_PASSWORD" cn.tianjin.quality.bench.ScaleData "$1" "$(jdbc "$2")" quality "$DB_SECRET" \
    2>"$WORK/generate-$1.log" | tail -1
}

# Starts the portal on database $1 and records the time from launch to the home page's first 200.
start_portal() {  # start_portal DB LABEL [unrecorded]
  local db=$1 label=$2 unrecorded=${3:-}
  rm -rf "$WORK/payara" "$WORK/uploads"; mkdir -p "$WORK/uploads"
  payara_preboot "$WORK/preboot.txt"
  local started; started=$(date +%s%N)
  java -Xmx512m -Xlog:gc:file="$WORK/gc-$label.log" -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -Dportal.mode=production -Ddb.host=127.0.0.1 -Ddb.port="$DB_PORT" -Ddb.name="$db" -Ddb.user=quality \
    -Ddb.password="$DB_SECRET" -Dupload.dir="$WORK/uploads" -Dmail.enabled=false -Dportal.base-url="$BASE" \
    -jar target/payara-micro.jar --deploy target/quality-portal.war --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile "$WORK/preboot.txt" \
    --postbootcommandfile deploy/lib/single-server.postboot --rootdir "$WORK/payara" >"$WORK/portal-$label.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 1200); do
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal stopped; see $WORK/portal-$label.log"; tail -30 "$WORK/portal-$label.log"; exit 1; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" 2>/dev/null)" = "200" ]; then
      local ms=$(( ($(date +%s%N) - started) / 1000000 ))
      [ -n "$unrecorded" ] || row "start-up to first 200" "$label" "" "$ms" "" "" "report" "" "ms from launch"
      echo "   portal up on $db after $ms ms"
      return
    fi
    sleep 0.1
  done
  echo "the portal did not answer; see $WORK/portal-$label.log"; exit 1
}

stop_portal() {
  kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
}

# row NAME SIZE RPS P50 P99 RATIO TARGET MET NOTE
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; }

to_ms() {  # wrk prints 812.00us, 1.23ms or 2.01s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
    else if (v ~ /m$/) printf "%.0f", v * 60000; else printf "%.2f", v * 1000 }'
}

# load NAME SIZE FILE SECONDS: runs wrk over the request file; sets RPS P50 P99 BAD
# LOAD_THREADS=32 gives every connection its own thread and so its own session: a user never has two saves in flight.
warm() {  # warm FILE THREADS SECONDS: requests whose answers are not measured
  BENCH_REQUESTS=$1 BENCH_THREADS=$2 wrk -t"$2" -c"$CONNECTIONS" -d"$3s" -s deploy/bench/requests.lua "$BASE" >/dev/null 2>&1 || true
}

load() {
  local name=$1 size=$2 file=$3 seconds=$4 out="$WORK/wrk-$(echo "$1-$2" | tr -c 'A-Za-z0-9-' '_').txt"
  local threads=${LOAD_THREADS:-$THREADS}
  warm "$file" "$threads" "$WARM"
  # Let the warm-up's last answers finish: a save still running when the same user's next one starts on the same
  # page would be told that the sheet changed meanwhile, and counted as a bad answer.
  sleep 3
  BENCH_REQUESTS=$file BENCH_THREADS=$threads wrk -t"$threads" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency \
    -s deploy/bench/requests.lua "$BASE" >"$out" 2>&1 || true
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  BAD=$(awk '/^bad / { print $2 }' "$out")
  STATUSES=$(awk '/^statuses / { $1 = ""; print }' "$out")
  local errors; errors=$(awk '/Socket errors|Non-2xx|^statuses/ { print }' "$out" | tr '\n' ' ')
  echo "   $name ($size): $RPS req/s, p50 $P50 ms, p99 $P99 ms, bad answers ${BAD:-?} $errors"
}

# settle LABEL SIZE FILE:THREADS...: the JIT compiles a page's code only once it has run for a while, and on two cores its
# compiler competes with the pages for minutes. Demo data, two official lists under 32 users: 37 pages a second in the
# first 10 s, 105 after two minutes, 170-190 after three and a half, when the compiler's queue had emptied. A figure
# taken in the first minute describes a portal just started, not one at work. This warms on the request files (each
# with its wrk thread count) in rounds until the compiler's queue has stayed short for two rounds running, or for
# SETTLE_MAX seconds, and records how long that took.
settle() {
  local label=$1 size=$2 started=$SECONDS short=0 queue=? spec
  shift 2
  echo "   warming: $label, until the JIT compiler has caught up (at most ${SETTLE_MAX}s)"
  while [ $((SECONDS - started)) -lt "$SETTLE_MAX" ]; do
    for spec in "$@"; do warm "${spec%:*}" "${spec##*:}" "$SETTLE_ROUND"; done
    queue=$(jcmd "$PORTAL_PID" Compiler.queue 2>/dev/null | grep -c '^ *[0-9]' || true)
    if [ "${queue:-0}" -le 5 ]; then short=$((short + 1)); else short=0; fi
    [ "$short" -lt 2 ] || break
  done
  sleep 3   # the last saves of the warming finish before the same users' measured ones
  local note="s of unmeasured load until the compiler's queue stayed short (last: $queue methods waiting)"
  [ "$short" -ge 2 ] || note="s of unmeasured load, stopped at the limit with $queue methods still waiting to be compiled"
  echo "   warmed for $((SECONDS - started)) s; compiler queue $queue"
  row "JIT warm-up: $label" "$size" "" "$((SECONDS - started))" "" "" "report" "" "$note"
}

anon_file() { printf '%s\t\t\n' "$1" > "$WORK/$2"; echo "$WORK/$2"; }
# The same, with a cookie the portal does not know: such a visitor is never served a stored public page, so the figure
# is the page's own render (the list pages' growth measures paging in the database, not the page cache).
rendered_file() { printf '%s\tbench=rendered\t\n' "$1" > "$WORK/$2"; echo "$WORK/$2"; }

ajax_file() {  # ajax_file PATH COOKIES-FILE OUT FORM TABLE ACTION -> one table Ajax post per session (faces.py table)
  local path=$1 cookies=$2 out="$WORK/$3" c
  : > "$out"
  while read -r c; do python3 deploy/bench/faces.py table "$BASE" "$c" "$path" "$4" "$5" "$6" >> "$out"; done < "$cookies"
  echo "$out"
}

login_many() {  # login_many USER-PREFIX COUNT -> cookies of USER-PREFIX1..COUNT, one per line
  local i
  for i in $(seq 1 "$2"); do python3 deploy/bench/faces.py login "$BASE" "$1$i" "$BENCH_PASSWORD"; done
}

with_cookies() {  # with_cookies PATH COOKIES-FILE OUT -> one GET line per session
  local path=$1 cookies=$2 out="$WORK/$3"
  : > "$out"
  while read -r c; do printf '%s\t%s\t\n' "$path" "$c" >> "$out"; done < "$cookies"
  echo "$out"
}

ratio_row() {  # ratio_row NAME SIZE TARGETKIND: uses RPS P50 P99 BAD and STATIC_RPS
  local name=$1 size=$2 kind=$3 ratio met target note="bad answers ${BAD:-?}${STATUSES:+ (status$STATUSES)}"
  ratio=$(awk -v a="$RPS" -v b="${STATIC_RPS:-0}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
  case $kind in
    anon) target=">= 0.25 x static"; met=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.25 ? "yes" : "no") }') ;;
    user) target="p99 < 250 ms"; met=$(awk -v p="$P99" 'BEGIN { print (p < 250 ? "yes" : "no") }') ;;
    report) target="report"; met="" ;;
    *) target="baseline"; met="" ;;
  esac
  [ "${BAD:-0}" = "0" ] || met="no"
  row "$name" "$size" "$RPS" "$P50" "$P99" "$ratio" "$target" "$met" "$note"
}

# export_rows LABEL: one official downloads the enterprise register (/export/enterprises, 50,000 rows at L) as XLSX and
# as CSV, three times each, one at a time. Per download: the seconds until the last byte, and the heap it held on to:
# the most the heap kept after any collection during the download (the GC log's "before->after") less the heap after
# a full collection just before it; when no collection fell within it, the heap used at its end less that (an upper
# bound, garbage included). The median of three is the row.
export_rows() {
  local label=$1 cookie fmt i
  cookie=$(python3 deploy/bench/faces.py login "$BASE" bench-official "$BENCH_PASSWORD")
  for fmt in xlsx csv; do
    local times=() growths=() rows=""
    for i in 1 2 3; do
      jcmd "$PORTAL_PID" GC.run >/dev/null 2>&1 || true
      sleep 1
      local log="$WORK/gc-$label.log" from base_mb started ms code after_mb
      base_mb=$(tail -1 "$log" | sed -nE 's/.*->([0-9]+)M\(.*/\1/p')
      from=$(wc -l < "$log")
      started=$(date +%s%N)
      code=$(curl -s -o "$WORK/export.$fmt" -w '%{http_code}' -H "Cookie: $cookie" "$BASE/export/enterprises.$fmt")
      ms=$(( ($(date +%s%N) - started) / 1000000 ))
      after_mb=$(tail -n +"$((from + 1))" "$log" | sed -nE 's/.*->([0-9]+)M\(.*/\1/p' | sort -n | tail -1)
      if [ -z "$after_mb" ]; then
        after_mb=$(( $(jcmd "$PORTAL_PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }' | tr -d ',K') / 1024 ))
      fi
      [ "$code" = 200 ] || { echo "   export $fmt answered $code"; ms=999999; }
      times+=("$ms"); growths+=("$(( after_mb - ${base_mb:-0} ))")
      [ "$fmt" = csv ] && rows=$(( $(wc -l < "$WORK/export.$fmt") - 1 ))
      echo "   export $fmt ($label): $ms ms, heap kept +$(( after_mb - ${base_mb:-0} )) MB over ${base_mb:-?} MB, $(stat -c %s "$WORK/export.$fmt") bytes"
    done
    local t g
    t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    g=$(printf '%s\n' "${growths[@]}" | sort -n | sed -n 2p)
    row "export of the enterprise register, $fmt (seconds)" "$label" "" "$(awk -v t="$t" 'BEGIN { printf "%.1f", t / 1000 }')" "" "" \
      "< 10 s" "$([ "$t" -lt 10000 ] && echo yes || echo no)" "median of 3: ${times[*]} ms${rows:+; $rows rows}"
    row "export of the enterprise register, $fmt (heap kept, MB)" "$label" "" "$g" "" "" "< 100 MB" \
      "$([ "$g" -lt 100 ] && echo yes || echo no)" "median of 3: ${growths[*]} MB"
  done
}

# workbench_rows LABEL: every role's workbench and the officials' targets page under 32 signed-in users at once, warmed
# together first. The recommenders are the districts' offices, each signed in twice to make 32 sessions.
workbench_rows() {
  local label=$1 db=$2 rec
  for i in $(seq 1 "$USERS"); do python3 deploy/bench/faces.py login "$BASE" bench-official "$BENCH_PASSWORD"; done \
    > "$WORK/officials-wb.cookies"
  login_many bench-expert- "$USERS" > "$WORK/experts-wb.cookies"
  : > "$WORK/recommenders-wb.cookies"
  while [ "$(wc -l < "$WORK/recommenders-wb.cookies")" -lt "$USERS" ]; do
    for rec in $(sql "$db" "SELECT username FROM user_account WHERE role = 'RECOMMENDER' ORDER BY id"); do
      [ "$(wc -l < "$WORK/recommenders-wb.cookies")" -lt "$USERS" ] || break
      python3 deploy/bench/faces.py login "$BASE" "$rec" "$BENCH_PASSWORD" >> "$WORK/recommenders-wb.cookies"
    done
  done
  local official expert recommender targets
  official=$(with_cookies /official/ "$WORK/officials-wb.cookies" wb-official.txt)
  expert=$(with_cookies /expert/ "$WORK/experts-wb.cookies" wb-expert.txt)
  recommender=$(with_cookies /recommender/ "$WORK/recommenders-wb.cookies" wb-recommender.txt)
  targets=$(with_cookies /official/targets "$WORK/officials-wb.cookies" wb-targets.txt)
  settle "workbenches" "$label" "$official:$THREADS" "$expert:$THREADS" "$recommender:$THREADS" "$targets:$THREADS"
  load "official workbench (32 users)" "$label" "$official" "$DURATION"; ratio_row "official workbench (32 users)" "$label" user
  load "expert workbench (32 users)" "$label" "$expert" "$DURATION"; ratio_row "expert workbench (32 users)" "$label" user
  load "recommender workbench (32 users)" "$label" "$recommender" "$DURATION"
  ratio_row "recommender workbench (32 users)" "$label" user
  load "city targets page (32 users)" "$label" "$targets" "$DURATION"
  RPS=${RPS:-0} P50=${P50:-0} P99=${P99:-0}
  row "city targets page (32 users)" "$label" "$RPS" "$P50" "$P99" "" "p99 < 300 ms" \
    "$([ "${BAD:-0}" = 0 ] && awk -v p="$P99" 'BEGIN { print (p < 300 ? "yes" : "no") }' || echo no)" \
    "bad answers ${BAD:-?}${STATUSES:+ (status$STATUSES)}"
}

report() {
  {
    echo "name,size,req/s,p50 ms (or value),p99 ms,ratio to static,target,met,note"
    awk -F'\t' -v OFS=',' '{ for (i = 1; i <= NF; i++) { gsub(/"/, "\"\"", $i); $i = "\"" $i "\"" } print }' "$RESULTS"
  } > "$CSV"
  echo
  echo "Benchmark of $(date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per page"
  { printf 'name\tsize\treq/s\tp50 ms|value\tp99 ms\tx static\ttarget\tmet\tnote\n'; cat "$RESULTS"; } | column -t -s$'\t'
  echo
  echo "CSV: $CSV   logs: $WORK"
}

# BENCH_WORKBENCH=1: the workbenches and the targets page at size L only.
if [ -n "${BENCH_WORKBENCH:-}" ]; then
  generate L bench_l
  start_portal bench_l L
  workbench_rows L bench_l
  stop_portal
  report
  exit 0
fi

# BENCH_EXPORT=1: the exports at size L only (a few minutes instead of the whole suite).
if [ -n "${BENCH_EXPORT:-}" ]; then
  generate L bench_l
  start_portal bench_l L
  export_rows L
  stop_portal
  report
  exit 0
fi

# BENCH_BRAND=1: the brand index only.
if [ -n "${BENCH_BRAND:-}" ]; then
  brand_rows
  report
  exit 0
fi
brand_rows

# ------------------------------------------------------------------ size M: pages under load
generate M bench_m
start_portal bench_m M

SERIAL=$(sql bench_m "SELECT serial FROM title WHERE status = 'VALID' ORDER BY id LIMIT 1")
NOTICE=$(sql bench_m "SELECT MAX(id) FROM notice WHERE link IS NOT NULL")
echo "== logging in $USERS applicants, $USERS experts, officials and an administrator"
LOGIN_STARTED=$(date +%s%N)
login_many bench-applicant- "$USERS" > "$WORK/applicants.cookies"
# One at a time, each a GET of the login page and the POST that checks the password (PBKDF2-HMAC-SHA256, 600,000
# iterations): what a person waits for after pressing the button, most of it the hash.
row "login, one at a time (page and password check)" M "" \
  "$(( ($(date +%s%N) - LOGIN_STARTED) / 1000000 / USERS ))" "" "" "report" "" "ms per login, mean of $USERS"
sql bench_m "SELECT u.username, MIN(a.id) FROM score_sheet s JOIN review_assignment a ON a.id = s.assignment_id
  JOIN review_round r ON r.id = a.round_id JOIN user_account u ON u.id = a.expert_user_id
  WHERE s.status = 'DRAFT' AND r.stage = 'SCORING' AND a.withdrawn_at IS NULL GROUP BY u.username ORDER BY MIN(a.id) LIMIT $USERS" \
  > "$WORK/experts.tsv"
sheet_lines() {  # logs the experts in and prepares each one's save request
  local out="$WORK/sheets-$1.txt" user seat cookie
  : > "$out"
  while IFS=$'\t' read -r user seat; do
    cookie=$(python3 deploy/bench/faces.py login "$BASE" "$user" "$BENCH_PASSWORD")
    python3 deploy/bench/faces.py sheet "$BASE" "$cookie" "$seat" >> "$out"
  done < "$WORK/experts.tsv"
  echo "$out"
}
SHEETS=$(sheet_lines M)

echo "== pages under load at size M (wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s each after ${WARM}s warm-up)"
load "static file (baseline)" M "$(anon_file /resources/css/portal.css static.txt)" "$DURATION"
STATIC_RPS=$RPS; ratio_row "static file (baseline)" M baseline
load "home page" M "$(anon_file / home.txt)" "$DURATION"; ratio_row "home page" M anon
load "winners directory, page 1" M "$(anon_file /public/winners winners1.txt)" "$DURATION"; ratio_row "winners directory, page 1" M anon
load "winners directory, page 3" M "$(anon_file '/public/winners?page=3' winners3.txt)" "$DURATION"; ratio_row "winners directory, page 3" M anon
load "winners directory, page 1, rendered" M "$(rendered_file /public/winners winners1r.txt)" "$DURATION"
ratio_row "winners directory, page 1, rendered" M report
load "public notice" M "$(anon_file "/public/notice?id=$NOTICE" notice.txt)" "$DURATION"; ratio_row "public notice" M anon
load "certificate verification" M "$(anon_file "/public/verify?serial=$SERIAL" verify.txt)" "$DURATION"; ratio_row "certificate verification" M anon
DASH=$(with_cookies /enterprise/ "$WORK/applicants.cookies" dash.txt)
# The anonymous pages above are copies from memory: the signed-in pages' code has barely run yet.
settle "dashboard and score-sheet save" M "$DASH:$THREADS" "$SHEETS:$USERS"
load "applicant dashboard (32 users)" M "$DASH" "$DURATION"
ratio_row "applicant dashboard (32 users)" M user
lock_status() {  # prints "waits milliseconds"
  sql bench_m "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time')" \
    | awk '$1 == "Innodb_row_lock_waits" { w = $2 } $1 == "Innodb_row_lock_time" { t = $2 } END { print w + 0, t + 0 }'
}
read -r WAITS_BEFORE LOCK_MS_BEFORE <<<"$(lock_status)"
LOAD_THREADS=$USERS load "expert saves score sheet, POST (32 users)" M "$SHEETS" "$DURATION"; ratio_row "expert saves score sheet, POST (32 users)" M user
# Row locks the saves waited for (audited writes used to queue on the audit chain's head row until commit):
read -r WAITS_AFTER LOCK_MS_AFTER <<<"$(lock_status)"
row "row-lock waits during the saves (warm-up included)" M "" "$((WAITS_AFTER - WAITS_BEFORE))" "" "" "report" "" \
  "waits, $((LOCK_MS_AFTER - LOCK_MS_BEFORE)) ms waited in all (InnoDB status counters)"
# The same 32 users with a pause of about a second before each click: users at work rather than 32 requests always in
# flight (a second is still far busier than a person reading a page or scoring an item).
BENCH_PAUSE_MS=1000 load "applicant dashboard (32 users, ~1 s pause)" M "$DASH" "$DURATION"
ratio_row "applicant dashboard (32 users, ~1 s pause)" M user
BENCH_PAUSE_MS=1000 LOAD_THREADS=$USERS load "expert saves score sheet, POST (32 users, ~1 s pause)" M "$SHEETS" "$DURATION"
ratio_row "expert saves score sheet, POST (32 users, ~1 s pause)" M user

# ------------------------------------------------------------------ list pages at M and L
CURRENT_M=$(sql bench_m "SELECT id FROM campaign WHERE stage = 'REVIEW' ORDER BY id DESC LIMIT 1")
BRAND_M=$(sql bench_m "SELECT id FROM review_round WHERE programme = 'BRAND' ORDER BY id DESC LIMIT 1")
declare -A GROWTH_RPS GROWTH_P50
growth() {  # [EXTRA="FILE:THREADS ..."] growth SIZE CAMPAIGN ROUND
  local size=$1 campaign=$2 round=$3 name file pages tables
  echo "== list pages at size $size"
  # One official or administrator session per connection, as 32 people would use the lists: a few sessions each
  # loading eight pages at once push pages still being drawn out of Faces' ten view-scoped bean maps per session (a
  # user with ten tabs loading at the same instant). The table posts below have sessions of their own, whose pages the
  # many page loads would otherwise push out of the session's ten views.
  for i in $(seq 1 "$USERS"); do python3 deploy/bench/faces.py login "$BASE" bench-official "$BENCH_PASSWORD"; done > "$WORK/officials.cookies"
  for i in $(seq 1 "$USERS"); do python3 deploy/bench/faces.py login "$BASE" bench-admin "$BENCH_PASSWORD"; done > "$WORK/admins.cookies"
  for i in $(seq 1 "$USERS"); do python3 deploy/bench/faces.py login "$BASE" bench-official "$BENCH_PASSWORD"; done > "$WORK/officials32.cookies"
  for i in $(seq 1 "$USERS"); do python3 deploy/bench/faces.py login "$BASE" bench-admin "$BENCH_PASSWORD"; done > "$WORK/admins32.cookies"
  # The review round's page goes last: it lists every entry and seat of the round, and at L it fills the heap.
  pages=$(cat <<LIST
list: winners directory|$(rendered_file /public/winners "g-winners-$size.txt")
list: winners filtered by name|$(rendered_file '/public/winners?q=%E7%B2%BE%E5%AF%86' "g-winners-q-$size.txt")
list: enterprises (official)|$(with_cookies /official/enterprises "$WORK/officials.cookies" "g-ent-$size.txt")
list: credit register (official)|$(with_cookies /official/credit "$WORK/officials.cookies" "g-credit-$size.txt")
list: applications of the campaign (official)|$(with_cookies "/official/campaign?id=$campaign" "$WORK/officials.cookies" "g-apps-$size.txt")
list: audit log (admin)|$(with_cookies /admin/audit "$WORK/admins.cookies" "g-audit-$size.txt")
list: review round entries and seats (official)|$(with_cookies "/official/review-round?id=$round" "$WORK/officials.cookies" "g-round-$size.txt")
LIST
)
  tables=$(cat <<AJAX
list: enterprises, Ajax search by name (official)|$(ajax_file /official/enterprises "$WORK/officials32.cookies" "a-ent-search-$size.txt" search results 'search:text=精密')
list: enterprises, Ajax sort by name (official)|$(ajax_file /official/enterprises "$WORK/officials32.cookies" "a-ent-sort-$size.txt" search results sort)
list: enterprises, Ajax page 40 (official)|$(ajax_file /official/enterprises "$WORK/officials32.cookies" "a-ent-page-$size.txt" search results page:40)
list: credit register, Ajax page 2 (official)|$(ajax_file /official/credit "$WORK/officials32.cookies" "a-credit-page-$size.txt" list entries page:2)
list: audit log, Ajax filter by action (admin)|$(ajax_file /admin/audit "$WORK/admins32.cookies" "a-audit-$size.txt" audit entries 'search:action=save-draft')
AJAX
)
  # Both sizes' lists are measured each on a portal started for them and warmed on them (and on EXTRA, the other
  # signed-in pages measured at that size), so that L/M compares the lists and not the two portals' warmth.
  local specs=() extra
  while IFS='|' read -r name file; do specs+=("$file:$THREADS"); done <<<"$pages"
  while IFS='|' read -r name file; do specs+=("$file:$USERS"); done <<<"$tables"
  for extra in $EXTRA; do specs+=("$extra"); done
  settle "list pages$([ -z "$EXTRA" ] || echo ', dashboard and score-sheet save')" "$size" "${specs[@]}"
  while IFS='|' read -r name file; do
    load "$name" "$size" "$file" "$DURATION"; list_row "$name" "$size"
  done <<<"$pages"
  while IFS='|' read -r name file; do
    LOAD_THREADS=$USERS load "$name" "$size" "$file" "$DURATION"; list_row "$name" "$size"
  done <<<"$tables"
}
# A list's row: its growth from M to L is compared below; at L a signed-in list is also held to p99 < 250 ms.
list_row() {  # list_row NAME SIZE: uses RPS P50 P99 BAD
  GROWTH_RPS["$1|$2"]=$RPS; GROWTH_P50["$1|$2"]=$P50
  case "$2|$1" in
    "L|"*"(official)"|"L|"*"(admin)") ratio_row "$1" "$2" user ;;
    *) row "$1" "$2" "$RPS" "$P50" "$P99" "$(awk -v a="$RPS" -v b="$STATIC_RPS" 'BEGIN { printf "%.3f", a / b }')" \
         "growth" "" "bad answers ${BAD:-?}${STATUSES:+ (status$STATUSES)}" ;;
  esac
}
if [ -z "$QUICK" ]; then
  # A fresh portal for the lists, as L's will be (a quick run keeps the first: its mixed load uses its sessions).
  stop_portal
  start_portal bench_m M-lists unrecorded
fi
EXTRA="" growth M "$CURRENT_M" "$BRAND_M"

mixed_file() {  # anonymous pages, dashboards, sheet saves and list pages interleaved
  local out="$WORK/mixed.txt" i=0
  : > "$out"
  while IFS= read -r dash && IFS= read -r sheet <&3; do
    i=$((i + 1))
    cat "$WORK/home.txt" "$WORK/winners1.txt" >> "$out"
    echo "$dash" >> "$out"
    cat "$WORK/verify.txt" >> "$out"
    echo "$sheet" >> "$out"
    [ $((i % 4)) -eq 0 ] && head -1 "$WORK/g-ent-$1.txt" >> "$out"
    [ $((i % 8)) -eq 0 ] && head -1 "$WORK/g-audit-$1.txt" >> "$out"
  done < "$WORK/dash.txt" 3< "$SHEETS"
  echo "$out"
}

if [ -z "$QUICK" ]; then
  stop_portal
  # ---------------------------------------------------------------- size L
  generate L bench_l
  start_portal bench_l L
  LOGIN_STARTED=$(date +%s%N)
  login_many bench-applicant- "$USERS" > "$WORK/applicants.cookies"
  # One at a time, each a GET of the login page and the POST that checks the password (PBKDF2-HMAC-SHA256, 600,000
  # iterations): what a person waits for after pressing the button, most of it the hash.
  row "login, one at a time (page and password check)" L "" \
    "$(( ($(date +%s%N) - LOGIN_STARTED) / 1000000 / USERS ))" "" "" "report" "" "ms per login, mean of $USERS"
  DASH=$(with_cookies /enterprise/ "$WORK/applicants.cookies" dash.txt)
  sql bench_l "SELECT u.username, MIN(a.id) FROM score_sheet s JOIN review_assignment a ON a.id = s.assignment_id
    JOIN review_round r ON r.id = a.round_id JOIN user_account u ON u.id = a.expert_user_id
    WHERE s.status = 'DRAFT' AND r.stage = 'SCORING' AND a.withdrawn_at IS NULL GROUP BY u.username ORDER BY MIN(a.id) LIMIT $USERS" \
    > "$WORK/experts.tsv"
  SHEETS=$(sheet_lines L)
  SERIAL=$(sql bench_l "SELECT serial FROM title WHERE status = 'VALID' ORDER BY id LIMIT 1")
  NOTICE=$(sql bench_l "SELECT MAX(id) FROM notice WHERE link IS NOT NULL")
  anon_file "/public/verify?serial=$SERIAL" verify.txt >/dev/null
  anon_file "/public/notice?id=$NOTICE" notice.txt >/dev/null
  EXTRA="$DASH:$THREADS $SHEETS:$USERS" growth L "$(sql bench_l "SELECT id FROM campaign WHERE stage = 'REVIEW' ORDER BY id DESC LIMIT 1")" \
    "$(sql bench_l "SELECT id FROM review_round WHERE programme = 'BRAND' ORDER BY id DESC LIMIT 1")"
  load "applicant dashboard (32 users)" L "$DASH" "$DURATION"; ratio_row "applicant dashboard (32 users)" L user
  # The workbenches: their work queues count every campaign's, display's, round's and register's waiting work.
  workbench_rows L bench_l
  LOAD_THREADS=$USERS load "expert saves score sheet, POST (32 users)" L "$SHEETS" "$DURATION"
  ratio_row "expert saves score sheet, POST (32 users)" L user
  echo "== L within 1.5x of M"
  for key in "${!GROWTH_RPS[@]}"; do
    case $key in *"|M") ;; *) continue ;; esac
    name=${key%|M}
    m=${GROWTH_RPS["$name|M"]}; l=${GROWTH_RPS["$name|L"]:-0}
    if [ "${m:-0}" = 0 ] || [ "${l:-0}" = 0 ]; then
      row "$name" "L/M" "" "" "" "" "L at most 1.5x slower" "no" "M $m req/s, L $l req/s: no answers within 10 s to compare"
      continue
    fi
    slow=$(awk -v m="$m" -v l="$l" 'BEGIN { printf "%.2f", m / l }')
    row "$name" "L/M" "" "" "" "" "L at most 1.5x slower" "$(awk -v s="$slow" 'BEGIN { print (s <= 1.5 ? "yes" : "no") }')" \
      "M $m req/s, L $l req/s: L takes ${slow}x as long"
  done
  echo "== exports at size L"
  export_rows L
  echo "== assignment and aggregation at size L"
  java -Xmx512m -Duser.timezone=Asia/Shanghai -cp "$CP" cn.tianjin.quality.bench.ScaleBench "$(jdbc bench_l)" quality "$DB_SECRET" \
    2>"$WORK/scalebench.log" | tee "$WORK/scalebench.txt"
  while IFS=';' read -r name ms detail; do
    target=""; met=""
    case $name in "assignment solve"*" run"*) target="<= 3000 ms"; met=$([ "$ms" -le 3000 ] && echo yes || echo no) ;; esac
    row "$name" L "" "$ms" "" "" "${target:-report}" "$met" "$detail (ms)"
  done < "$WORK/scalebench.txt"
  MIXED_SIZE=L
else
  MIXED_SIZE=M
fi

echo "== mixed load for ${MIXED}s at -Xmx512m (size $MIXED_SIZE)"
LOAD_THREADS=$USERS load "mixed load" "$MIXED_SIZE" "$(mixed_file "$MIXED_SIZE")" "$MIXED"
row "mixed load (anonymous, dashboards, sheet saves, lists)" "$MIXED_SIZE" "$RPS" "$P50" "$P99" \
  "$(awk -v a="$RPS" -v b="$STATIC_RPS" 'BEGIN { printf "%.3f", a / b }')" "report" "" "bad answers ${BAD:-?}${STATUSES:+ (status$STATUSES)}"
jcmd "$PORTAL_PID" GC.run >/dev/null 2>&1 || true
HEAP=$(jcmd "$PORTAL_PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }' | tr -d ',K')
jcmd "$PORTAL_PID" GC.class_histogram 2>/dev/null > "$WORK/histogram.txt" || true
# Sessions kept in memory are StandardSessions; in a cluster they would be Payara's HA sessions (its subclasses).
SESSIONS=$(awk '$4 == "org.apache.catalina.session.StandardSession" || $4 ~ /^org\.glassfish\.web\.ha\.session\.management\..*Session$/ { n += $2 } END { print n + 0 }' "$WORK/histogram.txt")
OOM=$(grep -c OutOfMemoryError "$WORK/portal-$MIXED_SIZE.log" || true)
row "heap used after full GC" "$MIXED_SIZE" "" "$(( ${HEAP:-0} / 1024 ))" "" "" "report" "" "MB of -Xmx512m"
row "HTTP sessions in memory" "$MIXED_SIZE" "" "${SESSIONS:-0}" "" "" "report" "" "sessions (logged-in users only)"
row "no OutOfMemoryError at -Xmx512m" "$MIXED_SIZE" "" "$OOM" "" "" "0" "$([ "$OOM" = 0 ] && echo yes || echo no)" "errors in the log"
stop_portal

report
