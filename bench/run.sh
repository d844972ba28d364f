#!/usr/bin/env bash
# TrainerPath benchmark: server CPU per request, latency and size for the pages people use most.
# Not part of ./mvnw verify. Usage: bench/run.sh   (see bench/README.md for the options)
set -euo pipefail
cd "$(dirname "$0")/.."

# ---------------------------------------------------------------------------------------------------
# Settings (environment variables override them)
# ---------------------------------------------------------------------------------------------------
PORT="${BENCH_PORT:-18080}"
NGINX_PORT="${BENCH_NGINX_PORT:-18081}"
DURATION="${BENCH_DURATION:-10s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
WARMUP="${BENCH_WARMUP:-5s}"
# Warm-up goes on (in WARMUP slices, at most 12) until this many requests were served: the JIT needs
# requests, not seconds, and a busy machine serves fewer per second.
WARMUP_REQUESTS="${BENCH_WARMUP_REQUESTS:-20000}"
# BENCH_ONLY="home,guide section" measures only those labels (for before/after comparisons).
ONLY="${BENCH_ONLY:-}"
# The JVM settings README.md recommends for a small instance (the Dockerfile uses the same):
# -Xms32m: without it the JVM commits the whole 256 MB heap at once, +60 MB RSS;
# heap free ratios: the heap gives memory back after a collection;
# TieredStopAtLevel=1: the quick compiler only; on one CPU the optimising compiler's work competed
#   with requests for minutes and its memory was about 65 MB of RSS (see bench/README.md);
# TrimNativeHeapInterval: hands freed native memory back to the system (experimental in Java 17).
HEAP="${BENCH_HEAP:--Xmx256m -Xms32m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000}"
# Fewer malloc arenas: glibc's default (8 per CPU) holds on to memory the JVM freed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Four request threads, as README.md recommends for one CPU on Java 17 (Java 21+ uses virtual threads
# instead): with Tomcat's 200, the 32 connections' requests take turns on the CPU mid-request and the
# slowest wait several times the median (p99 22-54 ms); with four they are served nearly in order.
export SERVER_TOMCAT_THREADS_MAX="${SERVER_TOMCAT_THREADS_MAX:-4}"
SERVER_CPU="${BENCH_SERVER_CPU:-0}"
LOAD_CPU="${BENCH_LOAD_CPU:-1}"
# BENCH_GZIP=1 asks for gzip like a browser does (costs server CPU); the default measures plain bytes.
GZIP="${BENCH_GZIP:-0}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
# Numbers of stored assessments the bulk-load step measures the results page with.
BULK_COUNTS="${BENCH_BULK_COUNTS:-1000 1000000}"
# BENCH_BULK=0 skips the bulk-load step (it takes about ten minutes).
BULK="${BENCH_BULK:-1}"
# BENCH_IMAGE=0 skips measuring startup as the Docker image starts (step 4's second half).
IMAGE="${BENCH_IMAGE:-1}"
WORK="$(mktemp -d /tmp/trainerpath-bench.XXXXXX)"

SALARY_QUERY="band=domain-trainer&domain=medicine&experience=experience-some&location=location-other-city&employment=employment-employee&company=company-smaller&complexity=complexity-analytical&hours=40"

# ---------------------------------------------------------------------------------------------------
# The URLs, in one place: "label|path". @CSS@ is replaced by the fingerprinted stylesheet path read
# from the home page. An empty path is a slot not filled yet; it is reported and skipped.
# ---------------------------------------------------------------------------------------------------
# The quiz results page: unless QUIZ_RESULTS_PATH is set, the script submits the example body that
# GET /v3/api-docs documents for POST /api/v1/assessments and measures that assessment's results page.
# The bulk-load step below measures the known bulk-loaded token instead.
QUIZ_RESULTS_PATH="${QUIZ_RESULTS_PATH:-}"
GUIDE_SECTION_PATH="${GUIDE_SECTION_PATH:-/guide/essential-skills}"

# "@RANDOM:<kind>" rows ask for a different address on every request (bench/random-paths.lua), so
# the page cache seldom has the answer: they show what rendering costs, next to the row that asks
# for one address again and again. The new-address row comes first: it is what each new visitor costs.
URLS=(
  "home|/"
  "guide section|${GUIDE_SECTION_PATH}"
  "faq|/faq"
  "careers|/careers"
  "salary result, new|@RANDOM:salary"
  "salary result|/salary/estimate?${SALARY_QUERY}"
  "salary api, new|@RANDOM:salary-api"
  "salary api|/api/v1/salary-estimate?${SALARY_QUERY}"
  "quiz results|${QUIZ_RESULTS_PATH}"
  "platforms filtered|/platforms?category=crowd-work"
  "search, new|@RANDOM:search"
  "search|/search?q=annotation"
  "stylesheet|@CSS@"
  "junk query strings, new|@RANDOM:junk"
)

# ---------------------------------------------------------------------------------------------------
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian..."
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"

# utime + stime of a process, in milliseconds (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_ms() {
  local ticks
  ticks=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat")
  echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Latency in ms from wrk's "50%  1.23ms" style values (us, ms, s).
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n = n / 1000; else if (u == "s") n = n * 1000; else if (u == "m") n = n * 60000;
    printf "%.2f", n }'
}

size_of() { # bytes of the body as sent: plain, or gzip if asked
  local url="$1" encoding="$2"
  if [ "$encoding" = gzip ]; then
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$url"
  else
    curl -s -o /dev/null -w '%{size_download}' "$url"
  fi
}

WRK_HEADERS=()
[ "$GZIP" = 1 ] && WRK_HEADERS=(-H "Accept-Encoding: gzip")

# Runs wrk against a URL while watching a PID's CPU; prints one result row.
# measure <label> <url> <pid> [paths file]: with a paths file, every request asks for a random one of
# its paths (on the URL's host) instead of the URL itself.
measure() {
  local label="$1" url="$2" pid="$3" paths="${4:-}" out before after requests rps p50 p99 non2xx sock cpu
  local warmed=0 slices=0 script=()
  if [ -n "$paths" ]; then
    script=(-s bench/random-paths.lua)
    export BENCH_PATHS="$paths"
  fi
  while [ "$warmed" -lt "$WARMUP_REQUESTS" ] && [ "$slices" -lt 12 ]; do
    warmed=$(( warmed + $(taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "${WRK_HEADERS[@]}" "${script[@]}" "$url" \
      | awk '/requests in/ { print $1 }') ))
    slices=$(( slices + 1 ))
  done
  before=$(cpu_ms "$pid")
  out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "${WRK_HEADERS[@]}" "${script[@]}" "$url")
  after=$(cpu_ms "$pid")
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  sock=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  cpu=$(awk -v d=$((after - before)) -v r="$requests" 'BEGIN { printf "%.3f", (r > 0 ? d / r : 0) }')
  printf '%-20s %8s %8s %8s %7s %6s %9s %9s %10s\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" "${sock:-0}" \
    "$(size_of "$url" plain)" "$(size_of "$url" gzip)" "$cpu"
  LAST_CPU="$cpu"
}

header() {
  printf '%-20s %8s %8s %8s %7s %6s %9s %9s %10s\n' "url" "req/s" "p50 ms" "p99 ms" "non2xx" "sockE" "bytes" "gzip B" "cpu ms/req"
}

start_app() { # start_app <h2 file> [jar] [java options]: starts pinned to the server CPU, sets APP_PID and STARTUP_MS
  local db="$1" jar="${2:-$JAR}" options="${3:-}" t0
  t0=$(date +%s%N)
  taskset -c "$SERVER_CPU" "${JAVA_BIN:-java}" $HEAP $options -jar "$jar" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:${db};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/actuator/health"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The portal did not start; its log:"; cat "$WORK/app.log"; exit 1; fi
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# random_paths <kind> <base> <file>: writes 20,000 addresses of one kind, picked at random from many
# more than the page cache can hold (its 16 MB keep about a thousand pages).
random_paths() {
  local kind="$1" base="$2" file="$3"
  case "$kind" in
    salary|salary-api)
      curl -fs "$base/api/v1/pay-factors" >"$WORK/factors.json"
      curl -fs "$base/api/v1/pay-bands" >"$WORK/bands.json"
      curl -fs "$base/api/v1/domains" >"$WORK/domains.json"
      python3 - "$kind" "$WORK" >"$file" <<'PY'
import json, random, sys
kind, work = sys.argv[1], sys.argv[2]
load = lambda name: json.load(open(f"{work}/{name}.json"))
bands = [b["slug"] for b in load("bands")]
domains = [d["slug"] for d in load("domains")]
factors = {f["slug"]: [o["slug"] for o in f["options"]] for f in load("factors") if f["slug"] != "domain"}
prefix = "/api/v1/salary-estimate?" if kind == "salary-api" else "/salary/estimate?"
for _ in range(20000):
    params = [("band", random.choice(bands)), ("domain", random.choice(domains))]
    params += [(slug, random.choice(options)) for slug, options in factors.items()]
    params.append(("hours", str(random.randint(1, 80))))
    print(prefix + "&".join(f"{k}={v}" for k, v in params))
PY
      ;;
    search)
      # Two words from the guide section's own text: most pairs match something, partly or fully.
      python3 - "$WORK/section.html" >"$file" <<'PY'
import random, re, sys
text = re.sub(r"<[^>]+>", " ", open(sys.argv[1], encoding="utf-8").read())
words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)})
for _ in range(20000):
    print("/search?q=" + random.choice(words) + "+" + random.choice(words))
PY
      ;;
    junk)
      # Addresses of real pages with made-up parameters of 2 KB: never kept, so each is rendered, and
      # the page cache must not grow with them (the RSS after the load shows it).
      python3 -c "
import random, string
for _ in range(20000):
    page = random.choice(['/salary', '/guide', '/faq', '/platforms', '/careers'])
    junk = ''.join(random.choices(string.ascii_letters + string.digits, k=2048))
    print('%s?z%d=%s' % (page, random.randint(0, 10**9), junk))" >"$file"
      ;;
    results-*)
      # Bulk-loaded tokens: 'bench' and the row number in 17 digits, rows 2..count.
      python3 -c "
import random
for _ in range(20000):
    print('/assessment/bench%017d/results' % random.randint(2, ${kind#results-}))" >"$file"
      ;;
  esac
}

# Submits the example body documented in the OpenAPI description and prints the results page's path.
quiz_results_path() {
  local base="$1" body token
  body=$(curl -fs "$base/v3/api-docs" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
print(json.dumps(doc["paths"]["/api/v1/assessments"]["post"]["requestBody"]["content"]["application/json"]["example"]))')
  token=$(curl -fs -H 'Content-Type: application/json' -d "$body" "$base/api/v1/assessments" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
  echo "/assessment/$token/results"
}

# ---------------------------------------------------------------------------------------------------
# Bulk-load step: 1,000 then 1,000,000 stored assessments, loaded with set-based SQL (not HTTP) into a
# separate H2 file. The SQL lives in bench/bulk-load-assessments.sql; ${COUNT} and ${NEXT_ID} are
# replaced. Row 1 has the known token measured here.
# ---------------------------------------------------------------------------------------------------
BULK_RESULTS_PATH="/assessment/bench-known-results-01/results"
H2_URL_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

h2() { # h2 <db> <sql> : runs one query with the H2 shell from the jar's own H2
  java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$1;$H2_URL_OPTIONS" -user sa -sql "$2"
}

h2_script() { # h2_script <db> <file> : runs a script with H2's RunScript (a large cache for the load)
  java -Xmx4g -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "jdbc:h2:file:$1;$H2_URL_OPTIONS;CACHE_SIZE=1048576" \
    -user sa -script "$2"
}

bulk_load_step() {
  echo
  echo "== Quiz results with 1,000 and 1,000,000 stored assessments (separate H2 database)"
  local db="$WORK/bulk/trainerpath"
  unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' >"$WORK/h2.jar"
  start_app "$db"   # Flyway creates the schema in the separate database
  stop_app
  if ! h2 "$db" "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'assessments'" | grep -qE '^[[:space:]]*1[[:space:]]*$'; then
    echo "skipped: this build has no 'assessments' table"
    return
  fi
  local count t0 stored status
  for count in $BULK_COUNTS; do
    sed "s/\${COUNT}/$count/g; s/\${NEXT_ID}/$((count + 1))/g" bench/bulk-load-assessments.sql >"$WORK/load.sql"
    t0=$(date +%s)
    h2_script "$db" "$WORK/load.sql" >/dev/null
    stored=$(h2 "$db" "SELECT COUNT(*) FROM assessments" | grep -E '^[[:space:]]*[0-9]+[[:space:]]*$' | tr -d ' ')
    echo "loaded $stored completed assessments in $(( $(date +%s) - t0 )) s; database file $(du -sh "$WORK/bulk" | cut -f1)"
    start_app "$db"
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$BULK_RESULTS_PATH")
    echo "startup ${STARTUP_MS} ms; $BULK_RESULTS_PATH answers $status"
    header
    measure "results @ $count" "http://localhost:$PORT$BULK_RESULTS_PATH" "$APP_PID"
    stop_app
    # Random results with the page cache off: every request reads and renders a stored assessment,
    # so the database's size shows if it matters.
    start_app "$db" "" "-Dtrainerpath.page-cache.maximum-bytes=0"
    random_paths "results-$count" "http://localhost:$PORT" "$WORK/results-paths.txt"
    measure "rendered @ $count" "http://localhost:$PORT$(head -1 "$WORK/results-paths.txt")" "$APP_PID" \
      "$WORK/results-paths.txt"
    stop_app
  done
}

# Startup as the Docker image starts: the jar extracted, an ahead-of-time cache (Java 25, as in the
# image) or a class-data archive (older Java) from a training run, then a start with it. No Docker
# engine needed: same files, same commands. BENCH_IMAGE_JAVA picks the java (default: a Temurin 25
# under /usr/lib/jvm if there is one, else java on the PATH).
IMAGE_JAVA="${BENCH_IMAGE_JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}"
IMAGE_JAVA="${IMAGE_JAVA:-java}"

# prepare_like_the_image <jar> <dir> [training args]: extracts the jar into dir and makes an
# ahead-of-time cache (Java 25, as in the image) or a class-data archive (older Java) from a training run
# that stops once the context is refreshed. Sets IMAGE_JAR (the extracted jar) and IMAGE_USE (the option
# that uses the cache). The same jar path in training and in use: the cache is only taken for the class
# path it was made for.
prepare_like_the_image() {
  local jar="$1" dir="$2" major train
  shift 2
  major=$("$IMAGE_JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
  if [ "${major%%.*}" -ge 25 ]; then
    train="-XX:AOTCacheOutput=$dir/app.aot"; IMAGE_USE="-XX:AOTCache=$dir/app.aot"
  else
    train="-XX:ArchiveClassesAtExit=$dir/app.jsa"; IMAGE_USE="-XX:SharedArchiveFile=$dir/app.jsa -Xshare:auto"
  fi
  IMAGE_MAJOR="$major"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  IMAGE_JAR="$dir/$(basename "$jar")"
  taskset -c "$SERVER_CPU" "$IMAGE_JAVA" $HEAP $train -Dspring.context.exit=onRefresh \
    -jar "$IMAGE_JAR" "$@" >"$dir/training.log" 2>&1 || true
}

startup_like_the_image() {
  prepare_like_the_image "$JAR" "$WORK/image" --spring.datasource.url="jdbc:h2:mem:training"
  OURS_IMAGE_JAR="$IMAGE_JAR"; OURS_IMAGE_USE="$IMAGE_USE"
  echo "startup as the Docker image starts (extracted jar, Java $IMAGE_MAJOR, $IMAGE_USE):"
  JAVA_BIN="$IMAGE_JAVA" start_app "$WORK/image-db/trainerpath" "$IMAGE_JAR" "$IMAGE_USE"
  echo "  new database (migrations run): ${STARTUP_MS} ms"
  local path status
  for path in / "$GUIDE_SECTION_PATH" "/salary/estimate?${SALARY_QUERY}" /search?q=pay /v3/api-docs; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path")
    [ "$status" = 200 ] || echo "  $path answered $status on this Java"
  done
  stop_app
  JAVA_BIN="$IMAGE_JAVA" start_app "$WORK/image-db/trainerpath" "$IMAGE_JAR" "$IMAGE_USE"
  echo "  a restart (database already migrated): ${STARTUP_MS} ms"
  stop_app
}

# Startup beside spring-petclinic's, in the same conditions: the same java, JVM options and pinned CPU,
# started in turns (the machine's speed drifts, so one start of each proves little), first each as a
# plain `java -jar`, then each as the image starts (extracted, with its own training run's cache).
# Only when BENCH_PETCLINIC_JAR names a petclinic jar (bench/README.md says how to build one).
PETCLINIC_JAR="${BENCH_PETCLINIC_JAR:-}"
STARTUP_ROUNDS="${BENCH_STARTUP_ROUNDS:-5}"

# time_startup <log> <java> <java options> <jar> [args]: prints wall ms and CPU ms (utime + stime) from
# launch to the first 200 on /actuator/health, then stops the process.
time_startup() {
  local log="$1" java_bin="$2" options="$3" jar="$4" t0 pid cpu_ms
  shift 4
  t0=$(date +%s%N)
  taskset -c "$SERVER_CPU" "$java_bin" $HEAP $options -jar "$jar" --server.port="$PORT" "$@" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/actuator/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "did not start (log: $log)"; return; fi
    sleep 0.05
  done
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) $cpu_ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# median <file> <column> of startup rounds
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

# startup_rounds <name> <java> <their options> <their jar> <our options> <our jar>
startup_rounds() {
  local name="$1" java_bin="$2" their_options="$3" their_jar="$4" our_options="$5" our_jar="$6"
  local rounds="$WORK/startup-$name.txt" round ours theirs
  : >"$rounds"
  printf '  %-6s %18s %18s\n' round "petclinic wall/cpu" "trainerpath wall/cpu"
  for round in $(seq "$STARTUP_ROUNDS"); do
    theirs=$(time_startup "$WORK/petclinic.log" "$java_bin" "$their_options" "$their_jar")
    rm -rf "$WORK/startup-db"
    ours=$(time_startup "$WORK/startup.log" "$java_bin" "$our_options" "$our_jar" \
      --spring.datasource.url="jdbc:h2:file:$WORK/startup-db/trainerpath;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
    printf '  %-6s %18s %18s\n' "$round" "${theirs/ //}" "${ours/ //}"
    echo "$theirs $ours" >>"$rounds"
  done
  echo "  median: petclinic $(median "$rounds" 1) ms wall, $(median "$rounds" 2) ms CPU;" \
    "trainerpath $(median "$rounds" 3) ms wall, $(median "$rounds" 4) ms CPU"
}

startup_beside_petclinic() {
  # Our extracted jar and cache come from startup_like_the_image when it ran first.
  if [ -z "${OURS_IMAGE_JAR:-}" ]; then
    prepare_like_the_image "$JAR" "$WORK/image" --spring.datasource.url="jdbc:h2:mem:training"
    OURS_IMAGE_JAR="$IMAGE_JAR"; OURS_IMAGE_USE="$IMAGE_USE"
  fi
  echo "startup beside spring-petclinic ($(basename "$PETCLINIC_JAR"), its own in-memory H2; TrainerPath on a"
  echo "new H2 file, so its migrations run), in turns, ms to first 200 on /actuator/health, wall and CPU."
  echo "Plain java -jar, $(java -version 2>&1 | head -1):"
  startup_rounds plain java "" "$PETCLINIC_JAR" "" "$JAR"
  prepare_like_the_image "$PETCLINIC_JAR" "$WORK/petclinic-image"
  echo "As the image starts (extracted jar, Java $IMAGE_MAJOR, each with its own training run's cache):"
  startup_rounds image "$IMAGE_JAVA" "$IMAGE_USE" "$IMAGE_JAR" "$OURS_IMAGE_USE" "$OURS_IMAGE_JAR"
}

# ---------------------------------------------------------------------------------------------------
need
if [ "$SKIP_BUILD" != 1 ]; then
  echo "Building the jar..."
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/trainerpath-*.jar | grep -v original | head -1)

echo "TrainerPath benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "server on CPU $SERVER_CPU ($HEAP, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, SERVER_TOMCAT_THREADS_MAX=$SERVER_TOMCAT_THREADS_MAX), wrk on CPU $LOAD_CPU: -t1 -c$CONNECTIONS -d$DURATION --latency, warm-up $WARMUP per URL, gzip requests: $GZIP"
echo

start_app "$WORK/db/trainerpath"
echo "startup to first 200 on /actuator/health: ${STARTUP_MS} ms"
BASE="http://localhost:$PORT"
if [ -z "$QUIZ_RESULTS_PATH" ]; then
  QUIZ_RESULTS_PATH=$(quiz_results_path "$BASE")
fi
CSS=$(curl -s "$BASE/" | grep -o 'href="/assets/css/site[^"]*\.css"' | head -1 | cut -d'"' -f2)
curl -s -o "$WORK/section.html" "$BASE$GUIDE_SECTION_PATH"

echo
header
GUIDE_CPU=""
for entry in "${URLS[@]}"; do
  label="${entry%%|*}"
  path="${entry#*|}"
  path="${path//@CSS@/$CSS}"
  [ "$label" = "quiz results" ] && path="$QUIZ_RESULTS_PATH"
  if [ -n "$ONLY" ] && [[ ",$ONLY," != *",$label,"* ]]; then
    continue
  fi
  if [ -z "$path" ]; then
    printf '%-20s %s\n' "$label" "slot empty: not measured (set QUIZ_RESULTS_PATH)"
    continue
  fi
  paths=""
  if [[ "$path" == @RANDOM:* ]]; then
    paths="$WORK/paths-${path#@RANDOM:}.txt"
    random_paths "${path#@RANDOM:}" "$BASE" "$paths"
    path=$(head -1 "$paths")
  fi
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  if [ "${status:0:1}" != 2 ]; then
    printf '%-20s %s\n' "$label" "answers $status in this build: not measured ($path)"
    continue
  fi
  measure "$label" "$BASE$path" "$APP_PID" "$paths"
  [ "$label" = "guide section" ] && GUIDE_CPU="$LAST_CPU"
done
echo
echo "RSS after the load: $(rss_mb "$APP_PID") MB"
stop_app
if [ "$IMAGE" != 0 ]; then
  echo
  startup_like_the_image
fi
if [ -n "$PETCLINIC_JAR" ]; then
  echo
  startup_beside_petclinic
fi

# nginx serving the guide section's saved HTML: one worker, pinned to the server CPU, same wrk settings.
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/root"
cp "$WORK/section.html" "$WORK/nginx/root/section.html"
chmod -R a+rX "$WORK"   # nginx's worker runs as an unprivileged user
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip on;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen $NGINX_PORT; root $WORK/nginx/root; }
}
EOF
taskset -c "$SERVER_CPU" "$NGINX_BIN" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
sleep 0.5
NGINX_PID=$(cat "$WORK/nginx/nginx.pid")
WORKER=$(pgrep -P "$NGINX_PID" | head -1)
echo
echo "nginx 1 worker, same bytes as the guide section:"
header
measure "nginx section" "http://localhost:$NGINX_PORT/section.html" "$WORKER"
NGINX_CPU="$LAST_CPU"
kill "$NGINX_PID"; NGINX_PID=""
if [ -n "$GUIDE_CPU" ]; then
  awk -v p="$GUIDE_CPU" -v n="$NGINX_CPU" 'BEGIN {
    if (n > 0) printf "guide section CPU per request / nginx: %.1fx\n", p / n;
    else print "guide section CPU per request / nginx: nginx too cheap to measure at this resolution" }'
fi

if [ "$BULK" = 0 ] || { [ -n "$ONLY" ] && [[ ",$ONLY," != *",quiz results,"* ]]; }; then
  exit 0
fi
bulk_load_step
