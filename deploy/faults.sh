#!/usr/bin/env bash
# Fault drills on a private MariaDB and a private portal in production mode (see the README, "Fault drills"):
#   1. kill -9 of the portal while experts submit on the score-sheet page and officials upload
#   2. MariaDB restarted under load   3. REST and Ajax during that outage   4. the server log during that outage
#   5. uploads folder not writable / full   6. two officials save the same record   7. 100 experts submit at once
#   8. the server dies between an upload's file and its commit: the orphan file is swept at start-up
# Binds fixed ports: run it as  flock /tmp/quality-test.lock deploy/faults.sh  (never beside deploy/test.sh).
# Prints each drill with PASS or FAIL and what was observed; exits non-zero if any drill failed.
#   FAULTS_DB_PORT (3311), FAULTS_PORT (18380), FAULTS_SKIP_BUILD=1 to use the WAR and test classes already built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DB_PORT=${FAULTS_DB_PORT:-3311}
PORT=${FAULTS_PORT:-18380}
BASE="http://127.0.0.1:$PORT"
HOOK="$BASE/api/v1/test-fixtures/faults"
W=$(mktemp -d /tmp/quality-faults.XXXXXX)
PATH=$PATH:/usr/sbin
STARTED=$(date +%s)
FAILED=0
DRILLS=8
PORTAL_PID=""
# The test accounts' password of this throwaway database, from the one place that sets it.
PASSWORD=$(sed -n 's/.*String PASSWORD = "\(.*\)";.*/\1/p' src/test/java/cn/tianjin/quality/platform/security/TestFixtures.java)

. deploy/lib/mariadb.sh
. deploy/lib/payara-preboot.sh
cleanup() {
  [ -n "$PORTAL_PID" ] && { kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; }
  mariadb_stop   # also a server that was still starting
  mountpoint -q "$W/uploads" 2>/dev/null && umount "$W/uploads" 2>/dev/null || true
  if [ -z "${FAULTS_KEEP:-}" ]; then rm -rf "$W"; else echo "kept $W"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
say() { echo "   $*"; }
result() {  # name, PASS|FAIL
  if [ "$2" = PASS ]; then echo "== $1: PASS"; else echo "== $1: FAIL"; FAILED=$((FAILED + 1)); fi
  echo
}
sql() { mariadb --no-defaults --socket="$W/db/sock" -uroot -N -B quality_faults -e "$1"; }

# ---- build: the portal's WAR plus the drills' test hooks (never in the portal's own WAR)
if [ -z "${FAULTS_SKIP_BUILD:-}" ]; then
  echo "== building"
  mvn -B -q -ntp package -DskipTests
fi
mkdir -p "$W/war/WEB-INF/classes/cn/tianjin/quality/platform/security" "$W/war/WEB-INF/classes/cn/tianjin/quality/faults"
cp target/test-classes/cn/tianjin/quality/platform/security/TestFixtures*.class "$W/war/WEB-INF/classes/cn/tianjin/quality/platform/security/"
cp target/test-classes/cn/tianjin/quality/faults/FaultFixtures*.class "$W/war/WEB-INF/classes/cn/tianjin/quality/faults/"
cp target/quality-portal.war "$W/drill.war"
(cd "$W/war" && jar uf ../drill.war WEB-INF)
DRIVER="java $ROOT/src/test/java/cn/tianjin/quality/faults/FormDriver.java"

# ---- a private MariaDB (as deploy/test.sh), on its own port and folder
start_db() { mariadb_start "$W/db/data" "$W/db/sock" "$DB_PORT" "$W/db/pid" "$W/db/server.log" 128M; }
stop_db() { mariadb_stop; }
mkdir -p "$W/db" "$W/uploads" "$W/tmp"
mariadb_install "$W/db/data" "$W/db/install.log"
start_db
DB_SECRET=$(random_secret)
mariadb_databases "$W/db/sock" "$DB_SECRET" quality_faults

# ---- the portal in production mode, as deploy/production/start.sh runs it
start_portal() {
  local t0; t0=$(now_ms)
  rm -rf "$W/payara"
  payara_preboot "$W/preboot.txt"
  java -Xmx768m -XX:TieredStopAtLevel=1 -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$W/tmp" \
    -Dportal.mode=production -Ddb.host=127.0.0.1 -Ddb.port="$DB_PORT" -Ddb.name=quality_faults -Ddb.user=quality \
    -Ddb.password="$DB_SECRET" -Dupload.dir="$W/uploads" -Dmail.enabled=false -Dportal.base-url="$BASE" \
    -jar target/payara-micro.jar --deploy "$W/drill.war" --contextroot / --port "$PORT" --nohazelcast --prebootcommandfile "$W/preboot.txt" \
    --postbootcommandfile deploy/lib/single-server.postboot --rootdir "$W/payara" \
    >>"$W/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 600); do
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal stopped while starting:"; tail -30 "$W/portal.log"; exit 1; }
    # A failed deployment leaves Payara running: give up at once rather than wait for a page that never comes.
    if grep -q 'Exception while loading the app' "$W/portal.log"; then
      echo "the portal's deployment failed:"; grep -A8 'Exception while loading the app :' "$W/portal.log" | head -20; exit 1
    fi
    if curl -fs -o /dev/null "$BASE/health/ready" 2>/dev/null && curl -fs -o /dev/null "$BASE/" 2>/dev/null; then
      say "portal ready in $(( ($(now_ms) - t0) / 1000 )) s"; return 0
    fi
    sleep 0.25
  done
  echo "the portal did not become ready:"; grep -E 'SEVERE|Caused by' "$W/portal.log" | head -20; exit 1
}
hook() {  # method path -> body on stdout, HTTP status in $W/status
  curl -s -X "$1" -H 'X-Requested-With: portal' -o "$W/hook.out" -w '%{http_code}' "$HOOK/$2" >"$W/status" || echo 000 >"$W/status"
  cat "$W/hook.out"
}

echo "== starting MariaDB on $DB_PORT and the portal on $PORT (folder $W)"
start_portal
hook POST "experts/mass/100" >"$W/mass.txt"
hook POST "experts/burst/40" >"$W/burst.txt"
hook POST "experts/tabs/1" >"$W/tabs.txt"
hook POST "experts/outage/2" >"$W/outage.txt"
ENTERPRISE=$(hook POST officials | awk '/^enterprise/ {print $2}')
ENTRY=$(awk '/^entry/ {print $2}' "$W/burst.txt")
[ -n "$ENTERPRISE" ] && [ -n "$ENTRY" ] && [ "$(grep -c '^mass-' "$W/mass.txt")" = 100 ] && [ "$(grep -c '^outage-' "$W/outage.txt")" = 2 ] \
  || { echo "setting up the drills failed:"; cat "$W/hook.out"; tail -40 "$W/portal.log"; exit 1; }
say "set up: 143 experts seated with their drafts saved ($(( $(date +%s) - STARTED )) s so far)"
echo

# ---- 1. kill -9 while experts submit on the score-sheet page
echo "== 1. kill -9 of the portal while experts submit on the score-sheet page and officials upload"
mkdir -p "$W/d1"
# await_ready OUT PID TRIES [MORE-LOGS]: waits (TRIES x 0.1 s) until the page driver writing OUT says READY, i.e. its
# experts have their sheets open; stops the drills with the driver's output if it stopped or never got there.
await_ready() {
  local out=$1 pid=$2 tries=$3
  shift 3
  for _ in $(seq 1 "$tries"); do
    grep -q '^READY' "$out" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  grep -q '^READY' "$out" 2>/dev/null && return 0
  echo "the experts could not open their sheets:"; cat "$out" "$@" 2>/dev/null | head -20; exit 1
}

# Each expert logs in and opens /expert/sheet?seat= first; then all press "submit": the page's own Ajax postback with
# its view state and session cookies, 4 at a time. Officials upload files beside them (through the test hook).
grep '^burst-' "$W/burst.txt" >"$W/d1/experts.txt"
$DRIVER sheet-burst "$BASE" "$PASSWORD" "$W/d1/experts.txt" 4 >"$W/d1/sheets.out" 2>"$W/d1/sheets.err" &
SHEETS=$!
await_ready "$W/d1/sheets.out" "$SHEETS" 1200 "$W/d1/sheets.err"
say "40 experts logged in with their score sheets open ($(( $(date +%s) - STARTED )) s so far)"
uploads() {
  for i in $(seq 1 40); do
    curl -s -m 30 -X POST -H 'X-Requested-With: portal' "$HOOK/upload/$ENTRY?tag=burst$i" >"$W/d1/upload-$i" 2>/dev/null &
    [ $((i % 2)) = 0 ] && wait
  done
  wait
}
uploads &
UPLOADS=$!
for _ in $(seq 1 400); do
  [ "$(grep -c '^OK' "$W/d1/sheets.out" || true)" -ge 8 ] && break
  sleep 0.05
done
kill -9 "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
KILLED_AT=$(date +%T.%3N)
wait "$SHEETS" "$UPLOADS" 2>/dev/null || true
acked_sheets=$(grep -c '^OK' "$W/d1/sheets.out" || true)
acked_uploads=$(cat "$W"/d1/upload-* 2>/dev/null | grep -c '^OK' || true)
say "killed at $KILLED_AT: $acked_sheets sheets shown as submitted on the page and $acked_uploads uploads acknowledged of 40 + 40 sent"
say "submissions the page did not confirm: $(grep '^FAIL' "$W/d1/sheets.out" | awk '{print $3}' | sort | uniq -c | awk '{printf "%s x%s ", $2, $1}')"
start_portal
ok=PASS
if [ "$acked_sheets" -lt 1 ] || [ "$acked_sheets" -ge 40 ]; then
  say "the kill did not land in the middle of the burst"; ok=FAIL
fi
bad=0
while read -r _ sheet total; do
  row=$(sql "SELECT status, total_tenths, (SELECT COUNT(*) FROM score_item i WHERE i.sheet_id = s.id AND i.percent IS NULL) FROM score_sheet s WHERE id = $sheet")
  expect=$(awk -v t="$total" 'BEGIN {printf "%d", t * 10 + 0.5}')
  [ "$row" = "$(printf 'SUBMITTED\t%s\t0' "$expect")" ] || { bad=$((bad + 1)); say "acknowledged sheet $sheet stored as: $row"; }
done < <(grep '^OK' "$W/d1/sheets.out" || true)
say "acknowledged sheets not stored complete: $bad"
[ "$bad" = 0 ] || ok=FAIL
half=$(sql "SELECT COUNT(*) FROM score_sheet s WHERE s.status = 'SUBMITTED' AND (s.total_tenths IS NULL OR s.submitted_at IS NULL
  OR EXISTS (SELECT 1 FROM score_item i WHERE i.sheet_id = s.id AND i.percent IS NULL)
  OR NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.object_type = 'score-sheet' AND a.object_id = CAST(s.id AS CHAR) AND a.action = 'submit'))")
say "submitted sheets half-written (no total, an unscored item, or no audit row): $half"
[ "$half" = 0 ] || ok=FAIL
missing=0
while read -r _ id sha; do
  key=$(sql "SELECT storage_key FROM attachment WHERE id = $id")
  [ -n "$key" ] && [ "$(sha256sum "$W/uploads/${key:0:2}/$key" 2>/dev/null | cut -c1-64)" = "$sha" ] || missing=$((missing + 1))
done < <(cat "$W"/d1/upload-* 2>/dev/null | grep '^OK' || true)
say "acknowledged uploads without their row or file, or with another checksum: $missing"
[ "$missing" = 0 ] || ok=FAIL
rows_without_file=0
while read -r key sha; do
  [ "$(sha256sum "$W/uploads/${key:0:2}/$key" 2>/dev/null | cut -c1-64)" = "$sha" ] || rows_without_file=$((rows_without_file + 1))
done < <(sql "SELECT storage_key, sha256 FROM attachment")
say "attachment rows whose file is missing or differs: $rows_without_file"
[ "$rows_without_file" = 0 ] || ok=FAIL
files=$(find "$W/uploads" -mindepth 2 -type f -not -path "$W/uploads/tmp/*" | wc -l)
rows=$(sql "SELECT COUNT(*) FROM attachment")
say "files in the uploads folder: $files, attachment rows: $rows (a file without a row is a leftover nobody can reach, reported only)"
audit=$(hook GET audit | tr '\n' ' ')
say "audit chain after the restart: $audit"
case "$audit" in *"intact true"*) ;; *) ok=FAIL ;; esac
result "1. kill -9 while experts submit on the score-sheet page" $ok

# ---- 2. MariaDB restarted under load
echo "== 2. MariaDB restarted under load"
mkdir -p "$W/d2"
COOKIE=$($DRIVER login "$BASE" it-official "$PASSWORD")
# Two experts with their score sheet open (one reads Chinese, one English) press "save" once the database is gone.
read -r ouser1 _ oseat1 < <(grep '^outage-1 ' "$W/outage.txt")
read -r ouser2 _ oseat2 < <(grep '^outage-2 ' "$W/outage.txt")
$DRIVER ajax-outage "$BASE" "$PASSWORD" "$W/d2/go" "$W/d2" "$ouser1:$oseat1:zh-CN" "$ouser2:$oseat2:en" >"$W/d2/ajax.out" 2>&1 &
AJAX=$!
await_ready "$W/d2/ajax.out" "$AJAX" 600
rest() {  # name, header: one API call, its status, type and time kept
  local t; t=$(now_ms)
  curl -s -m 40 -o "$W/d2/rest-$1.json" -w '%{http_code} %{content_type}' -H "$2" "$BASE$3" >"$W/d2/rest-$1.status" 2>/dev/null || true
  echo " $(( $(now_ms) - t ))" >>"$W/d2/rest-$1.status"
}
load() {  # name, path, cookie: one request after another until told to stop, each answer kept
  local n=0
  while [ ! -f "$W/d2/stop" ]; do
    n=$((n + 1))
    local t; t=$(now_ms)
    code=$(curl -s -m 40 -o "$W/d2/$1-$n.html" -w '%{http_code}' -H "Cookie: $3" "$BASE$2" 2>/dev/null || true)
    echo "$(now_ms) $code $W/d2/$1-$n.html $(( $(now_ms) - t ))" >>"$W/d2/$1.log"
    sleep 0.2
  done
}
load home-zh / "lang=zh-CN" &
L1=$!
load home-en / "lang=en" &
L2=$!
load official-en /official/enterprises "$COOKIE; lang=en" &
L3=$!
sleep 3
LOG_AT=$(stat -c %s "$W/portal.log")
DOWN_AT=$(now_ms)
stop_db
sleep 1
touch "$W/d2/go"
rest notices-en 'Accept-Language: en-US,en;q=0.9' /api/v1/public/notices &
R1=$!
rest notices-zh 'Accept-Language: zh-CN,zh;q=0.9' /api/v1/public/notices &
R2=$!
rest winners-en 'Cookie: lang=en' /api/v1/public/winners &
R3=$!
# Down longer than EclipseLink's retry of a read (three attempts 5 s apart), which rides out shorter blips unseen.
say "MariaDB stopped; kept down 20 s while the load goes on"
sleep 19
wait $R1 $R2 $R3 $AJAX 2>/dev/null || true
start_db
UP_AT=$(now_ms)
say "MariaDB accepting connections again $(( (UP_AT - DOWN_AT) / 1000 )) s after it was stopped"
recovered=""
for _ in $(seq 1 240); do
  last=$(for f in home-zh home-en official-en; do tail -1 "$W/d2/$f.log"; done | awk -v up="$UP_AT" '$1 > up && $2 == 200' | wc -l)
  if [ "$last" = 3 ]; then recovered=$(now_ms); break; fi
  sleep 0.25
done
sleep 1
touch "$W/d2/stop"; wait $L1 $L2 $L3 2>/dev/null || true
LOG_UP=$(stat -c %s "$W/portal.log")   # every failed request has been answered, and logged, by now
ok=PASS
if [ -n "$recovered" ]; then
  first_ok=$(cat "$W"/d2/*.log | awk -v up="$UP_AT" '$1 > up && $2 == 200 {print $1}' | sort -n | head -1)
  say "pages answer 200 again $(( (first_ok - UP_AT) )) ms after MariaDB was back (all three loads: $(( recovered - UP_AT )) ms), without restarting the portal"
else
  say "the portal did not recover within 60 s of MariaDB's restart"; ok=FAIL
fi
EN_TEXT=$(grep '^error.database.text=' src/main/resources/i18n/messages_en.properties | cut -d= -f2- | cut -c1-40)
ZH_TEXT=$(grep '^error.database.text=' src/main/resources/i18n/messages.properties | cut -d= -f2- | cut -c1-12)
failed_answers=0; traces=0; wrong_lang=0
for f in home-zh home-en official-en; do
  while read -r t code file _; do
    [ "$t" -ge "$DOWN_AT" ] && [ "$code" != 200 ] || continue
    failed_answers=$((failed_answers + 1))
    if grep -qE '[A-Za-z]+Exception:|at [a-z]+\.[a-z.]+\([A-Za-z]+\.java|Caused by|SQLState|Internal Exception|Payara Server' "$file"; then
      traces=$((traces + 1))
    fi
    case $f in
      home-zh) grep -qF "$ZH_TEXT" "$file" || wrong_lang=$((wrong_lang + 1)) ;;
      *) grep -qF "$EN_TEXT" "$file" || wrong_lang=$((wrong_lang + 1)) ;;
    esac
  done <"$W/d2/$f.log"
  say "$f: $(wc -l <"$W/d2/$f.log") requests, answers $(awk -v d="$DOWN_AT" '$1 >= d {print $2}' "$W/d2/$f.log" | sort | uniq -c | awk '{printf "%s x%s ", $2, $1}')"
done
sample=$(awk -v d="$DOWN_AT" '$1 >= d && $2 != 200 {print $3; exit}' "$W/d2/home-en.log")
[ -n "$sample" ] && say "an English visitor read: \"$(grep -o "$EN_TEXT[^<]*" "$sample" | head -1)\""
sample=$(awk -v d="$DOWN_AT" '$1 >= d && $2 != 200 {print $3; exit}' "$W/d2/home-zh.log")
[ -n "$sample" ] && say "a Chinese visitor read: \"$(grep -o "$ZH_TEXT[^<]*" "$sample" | head -1)\""
say "slowest failed answer: $(cat "$W"/d2/*.log | awk -v d="$DOWN_AT" '$1 >= d && $2 != 200 {print $4}' | sort -n | tail -1) ms (reads are retried by EclipseLink before the message)"
say "answers during the outage: $failed_answers not 200; with a stack trace or server error page: $traces; without the database message in the reader's language: $wrong_lang"
[ "$failed_answers" -gt 0 ] || { say "no request failed: the outage was not observed"; ok=FAIL; }
[ "$traces" = 0 ] && [ "$wrong_lang" = 0 ] || ok=FAIL
result "2. MariaDB restarted under load" $ok

echo "== 3. REST and Ajax during the outage"
ok=PASS
REST_EN=$(grep '^error.database.text=' src/main/resources/i18n/messages_en.properties | cut -d= -f2- | cut -c1-40)
REST_ZH=$(grep '^error.database.text=' src/main/resources/i18n/messages.properties | cut -d= -f2- | cut -c1-12)
TRACE='[A-Za-z]+Exception:|at [a-z]+\.[a-z.]+\(|Caused by|SQLState|Internal Exception|Payara Server|incident'
for r in notices-en notices-zh winners-en; do
  read -r code type took <"$W/d2/rest-$r.status" || true
  case $r in *-en) want=$REST_EN ;; *) want=$REST_ZH ;; esac
  say "GET /api/v1/public/${r%-*} ($r): $code $type in ${took:-?} ms: $(head -c 160 "$W/d2/rest-$r.json")"
  [ "$code" = 503 ] && case $type in application/problem+json*) true ;; *) false ;; esac \
    && grep -q '"type":"urn:tianjin-quality-portal:problem:database-unavailable"' "$W/d2/rest-$r.json" \
    && grep -qF "$want" "$W/d2/rest-$r.json" \
    && ! grep -qE "$TRACE" "$W/d2/rest-$r.json" || ok=FAIL
done
for who in "$ouser1 zh" "$ouser2 en"; do
  set -- $who
  line=$(grep "^$1 " "$W/d2/ajax.out" || echo "$1 no-answer")
  case $2 in en) want=$EN_TEXT ;; *) want=$ZH_TEXT ;; esac
  shown=$(grep -o "$want[^<]*" "$W/d2/$1.xml" 2>/dev/null | head -1 || true)
  say "expert ($2) presses save on the score sheet (Ajax): answer ${line#* } ms; partial response: $(grep -c '<partial-response' "$W/d2/$1.xml" 2>/dev/null || echo 0), updates: $(grep -o '<update id="[^"]*"' "$W/d2/$1.xml" 2>/dev/null | cut -d'"' -f2 | tr '\n' ' ')"
  say "  the page shows: \"${shown:-nothing about the database}\""
  [ "$(echo "$line" | awk '{print $2}')" = 200 ] && grep -q '<partial-response' "$W/d2/$1.xml" && [ -n "$shown" ] \
    && ! grep -qE "$TRACE" "$W/d2/$1.xml" || ok=FAIL
done
result "3. REST and Ajax during the outage" $ok

echo "== 4. the server log during the outage"
ok=PASS
# The log written from the database's stop until it was back: records (they start with "[20") that carry a stack
# trace, by level and logger.
tail -c +"$((LOG_AT + 1))" "$W/portal.log" | head -c "$((LOG_UP - LOG_AT))" | sed 's/\x1b\[[0-9;]*m//g' >"$W/d2/outage.log"
awk '/^\[20[0-9][0-9]-/ {if (frames > 0) print level, logger; frames = 0; split($0, f, "] \\["); level = f[3]; logger = f[5]; next}
     /^[[:space:]]+at [A-Za-z_$]/ {frames++}
     END {if (frames > 0) print level, logger}' "$W/d2/outage.log" >"$W/d2/traced.txt"
cp "$W/d2/traced.txt" "$W/d2/counted.txt"
traced=$(wc -l <"$W/d2/counted.txt")
lines=$(grep -c 'Database unavailable at' "$W/d2/outage.log" || true)
frames=$(grep -cE '^[[:space:]]+at [A-Za-z_$]' "$W/d2/outage.log" || true)
failed_total=$((failed_answers + $(cat "$W"/d2/rest-*.status | grep -c '^503 ' || true) + $(grep -c ' 200 ' "$W/d2/ajax.out" || true)))
say "during the outage: $failed_total requests failed; the log grew by $(( (LOG_UP - LOG_AT) / 1024 )) kB, $(wc -l <"$W/d2/outage.log") lines, $frames of them stack frames"
say "'Database unavailable' records: $lines; records with a stack trace: $traced ($(sort "$W/d2/counted.txt" | uniq -c | awk '{printf "%s %s x%s ", $2, $3, $1}'))"
grep -m1 'first failure of this outage' "$W/d2/outage.log" | cut -c1-200 | sed 's/^ */   first: /'
grep 'Database unavailable at' "$W/d2/outage.log" | grep -v 'first failure' | tail -1 | sed 's/.*\] //' | cut -c1-200 | sed 's/^/   later: /'
[ "$traced" -le 1 ] && [ "$lines" -ge 3 ] && [ "$lines" -ge "$failed_total" ] || ok=FAIL
result "4. the server log during the outage" $ok

# ---- 5. uploads folder not writable, then full
echo "== 5. uploads folder not writable or full"
ok=PASS
before=$(sql "SELECT COUNT(*) FROM attachment")
mv "$W/uploads" "$W/uploads.away"
echo "not a folder" >"$W/uploads"     # root ignores permissions: a file where the folder should be stops every write
hook POST "upload/$ENTRY?tag=notwritable" >"$W/d3a.txt"
rm "$W/uploads"; mv "$W/uploads.away" "$W/uploads"
after=$(sql "SELECT COUNT(*) FROM attachment")
say "not writable: answer $(cat "$W/status"), $(head -1 "$W/d3a.txt"); attachment rows $before -> $after"
sed -n 's/^\(zh\|en\) /   user reads (\1): /p' "$W/d3a.txt"
grep -q '^REFUSED upload.storageUnavailable' "$W/d3a.txt" && [ "$before" = "$after" ] || ok=FAIL
if mount -t tmpfs -o size=256k tmpfs "$W/uploads" 2>/dev/null; then
  dd if=/dev/zero of="$W/uploads/filler" bs=4k count=1000 >/dev/null 2>&1 || true
  hook POST "upload/$ENTRY?tag=full" >"$W/d3b.txt"
  umount "$W/uploads"
  after2=$(sql "SELECT COUNT(*) FROM attachment")
  say "full (a 256 kB tmpfs filled up): answer $(cat "$W/status"), $(head -1 "$W/d3b.txt"); attachment rows $after -> $after2"
  grep -q '^REFUSED upload.storageUnavailable' "$W/d3b.txt" && [ "$after" = "$after2" ] || ok=FAIL
else
  say "full: not drilled here (mounting a small tmpfs needs root with CAP_SYS_ADMIN)"
fi
hook POST "upload/$ENTRY?tag=afterwards" >"$W/d3c.txt"
say "once the folder is back: $(head -1 "$W/d3c.txt" | cut -d' ' -f1-2)"
grep -q '^OK' "$W/d3c.txt" || ok=FAIL
result "5. uploads folder not writable or full" $ok

# ---- 6. two officials save the same record
echo "== 6. two officials save the same record"
ok=PASS
$DRIVER stale-save "$BASE" it-official drill-official-2 "$PASSWORD" "$ENTERPRISE" >"$W/d4a.txt" 2>&1 || true
sed 's/^/   enterprise page, /' "$W/d4a.txt"
stored=$(sql "SELECT contact_person FROM enterprise WHERE id = $ENTERPRISE")
say "stored contact person: $stored"
CONCURRENT_ZH=$(grep '^concurrent.modified=' src/main/resources/i18n/messages.properties | cut -d= -f2- | cut -c1-10)
grep -q "^second \[error\] $CONCURRENT_ZH" "$W/d4a.txt" && grep -q '^first  \[info\]' "$W/d4a.txt" && [ "$stored" = "甲官员改" ] || ok=FAIL
hook POST "race/enterprise/$ENTERPRISE" >"$W/d4b.txt"
say "both press save at the same instant: $(tr '\n' ';' <"$W/d4b.txt")"
[ "$(grep -c '^SAVED' "$W/d4b.txt")" = 1 ] && grep -q '^REFUSED .* concurrent.modified' "$W/d4b.txt" || ok=FAIL
read -r tuser tsheet _ < <(grep '^tabs-' "$W/tabs.txt")
hook POST "two-tabs/$tsheet?user=$tuser" >"$W/d4c.txt"
say "score sheet open in two tabs, both save: $(grep -v '^zh\|^en' "$W/d4c.txt" | tr '\n' ';')"
grep -q '^SAVED 80' "$W/d4c.txt" && grep -q '^REFUSED 20 concurrent.modified' "$W/d4c.txt" && grep -q '^stored 80' "$W/d4c.txt" || ok=FAIL
result "6. two officials save the same record" $ok

# ---- 7. 100 experts submit at once (each presses submit twice: a double click)
echo "== 7. 100 experts submit their sheets at once"
mkdir -p "$W/d5"
t0=$(now_ms)
CLICKS=()
while read -r user sheet _; do
  for click in 1 2; do
    curl -s -m 120 -X POST -H 'X-Requested-With: portal' "$HOOK/submit/$sheet?user=$user" >"$W/d5/$sheet-$click" 2>/dev/null &
    CLICKS+=($!)
  done
done < <(grep '^mass-' "$W/mass.txt")
wait "${CLICKS[@]}" 2>/dev/null || true
took=$(( $(now_ms) - t0 ))
oks=$(cat "$W"/d5/* | grep -c '^OK' || true)
refused=$(cat "$W"/d5/* | grep -c '^REFUSED' || true)
errors=$(cat "$W"/d5/* | grep -c '^ERROR' || true)
say "200 requests (100 experts x 2 clicks) in $took ms: $oks stored, $refused refused ($(cat "$W"/d5/* | awk '/^REFUSED/ {print $3}' | sort | uniq -c | tr -s ' ' | tr '\n' ',')), $errors failed ($(cat "$W"/d5/* | awk '/^ERROR/ {$1=$2=""; print}' | sort | uniq -c | head -3 | tr '\n' ','))"
sheets=$(sql "SELECT COUNT(*), COUNT(DISTINCT s.expert_user_id), SUM(s.status = 'SUBMITTED') FROM score_sheet s JOIN user_account u ON u.id = s.expert_user_id WHERE u.username LIKE 'mass-%'")
audits=$(sql "SELECT COUNT(*), COUNT(DISTINCT a.object_id) FROM audit_entry a JOIN score_sheet s ON a.object_id = CAST(s.id AS CHAR) JOIN user_account u ON u.id = s.expert_user_id WHERE a.object_type = 'score-sheet' AND a.action = 'submit' AND u.username LIKE 'mass-%'")
say "sheets / experts / submitted: $(echo "$sheets" | tr '\t' ' '); submit audit rows / sheets audited: $(echo "$audits" | tr '\t' ' ')"
audit=$(hook GET audit | tr '\n' ' ')
say "audit chain: $audit"
ok=PASS
[ "$oks" = 100 ] && [ "$errors" = 0 ] && [ "$sheets" = "$(printf '100\t100\t100')" ] && [ "$audits" = "$(printf '100\t100')" ] || ok=FAIL
case "$audit" in *"intact true"*) ;; *) ok=FAIL ;; esac
result "7. 100 experts submit at once" $ok

# ---- 8. the server dies between moving an upload into place and committing its row
echo "== 8. the server dies between an upload's file and its commit"
ok=PASS
orphans() {  # upload files no attachment row names, one path a line
  sql "SELECT storage_key FROM attachment" | sort >"$W/d8-keys"
  find "$W/uploads" -mindepth 2 -maxdepth 2 -type f -not -path "$W/uploads/tmp/*" -printf '%f %p\n' | sort \
    | join -v1 - "$W/d8-keys" | awk '{print $2}' | sort
}
orphans >"$W/d8-before"
hook POST "upload-then-die/$ENTRY" >/dev/null
died=""
for _ in $(seq 1 100); do kill -0 "$PORTAL_PID" 2>/dev/null || { died=1; break; }; sleep 0.1; done
wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
orphans >"$W/d8-after"
ORPHAN=$(comm -13 "$W/d8-before" "$W/d8-after" | head -1)
if [ -n "$died" ]; then fate="died"; else fate="did not die"; fi
say "the server $fate (answer $(cat "$W/status")) after moving the file into place; new files without a row: $(comm -13 "$W/d8-before" "$W/d8-after" | wc -l) (${ORPHAN#"$W"/})"
if [ -n "$ORPHAN" ]; then
  # An hour later, as far as the sweep can tell; and a second file, written a moment ago, stands for an upload whose
  # transaction is still running: it must stay.
  touch -d '2 hours ago' "$ORPHAN"
  key=$(cat /proc/sys/kernel/random/uuid)
  mkdir -p "$W/uploads/${key:0:2}"; cp "$ORPHAN" "$W/uploads/${key:0:2}/$key"; FRESH="$W/uploads/${key:0:2}/$key"
  LOG_AT=$(stat -c %s "$W/portal.log")
  start_portal
  tail -c +"$((LOG_AT + 1))" "$W/portal.log" | sed 's/\x1b\[[0-9;]*m//g' | grep -o 'Upload sweep (start-up)[^]]*' | cut -c1-220 | sed 's/^/   log: /'
  [ -e "$ORPHAN" ] && { say "the orphan (2 hours old) is still there"; ok=FAIL; } || say "the orphan (2 hours old) was removed at start-up"
  [ -e "$FRESH" ] && say "a file without a row written a moment ago (an upload in flight) was kept" || { say "a file of an upload in flight was removed"; ok=FAIL; }
  rm -f "$FRESH"
  rows_without_file=0
  while read -r key; do
    [ -f "$W/uploads/${key:0:2}/$key" ] || rows_without_file=$((rows_without_file + 1))
  done < <(sql "SELECT storage_key FROM attachment")
  say "attachment rows whose file is missing: $rows_without_file"
  [ "$rows_without_file" = 0 ] || ok=FAIL
else
  [ -z "$died" ] || start_portal
  ok=FAIL
fi
result "8. the server dies between an upload's file and its commit" $ok

echo "== fault drills done in $(( $(date +%s) - STARTED )) s: $((DRILLS - FAILED)) passed, $FAILED failed"
[ "$FAILED" = 0 ]
