#!/usr/bin/env bash
# Benchmarks and resilience proof of the journey facade.
#
# One command: bench/run.sh
# Builds the jar (and the test classpath the emulator runs from) if needed, installs wrk / jq / nginx-light /
# python3-matplotlib from Debian if missing, starts the Dataverse emulator (one JVM, from the test tree), a
# throw-away JWK set (python3 http.server), an nginx pass-through proxy in front of the emulator, and the facade
# (another JVM, the jar, default profile, inbound authentication ON, INFO logging, the Dockerfile's JVM flags),
# runs the scenarios with wrk against 127.0.0.1 only, stops everything it started, writes
# docs/benchmarks/README.md + latency.png and prints each target as met or missed.
# Raw logs, wrk output, JFR recordings: docs/benchmarks/raw/ (git-ignored).
#
# Before/after in one run: BENCH_BASELINE_JAR=/path/to/an-older-journey-facade.jar adds that jar as a second
# facade (its own JVM and port) beside this checkout's, measured in the same interleaved rounds.
#   git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && ./mvnw -q package -Dmaven.test.skip=true)
#   BENCH_BASELINE_JAR=/tmp/base/target/journey-facade-0.1.0-SNAPSHOT.jar bench/run.sh
#
# Overridable (environment): BENCH_DURATION (10s per run), BENCH_ROUNDS (3 interleaved rounds of the 0 ms
# comparison), BENCH_HOP_CONCURRENCY ("16 64"), BENCH_WARMUP (45s per facade and endpoint; 5s for direct and nginx), BENCH_FIRST_MINUTE (60s),
# BENCH_STARTUP_ROUNDS (5 start-up pairs), BENCH_STORM_DURATION (20s), BENCH_CONCURRENCY ("1 16 32 64", the 50 ms
# runs; 32 = the facade's in-flight cap), BENCH_LATENCIES ("50"), BENCH_STORM_CONNECTIONS (16),
# BENCH_TOKEN_BURST (200), BENCH_RATE_LIMIT (200), BENCH_RATE_WINDOW (5), BENCH_JVM_FLAGS, BENCH_EMULATOR_PORT
# (18099), BENCH_FACADE_PORT (18080), BENCH_NGINX_PORT (18081), BENCH_BASELINE_PORT (18082), BENCH_BARE_PORT
# (18083), BENCH_JWKS_PORT (18090), BENCH_PROFILE (1 = JFR profile of each facade), BENCH_SKIP_STORMS (1 = no 429
# scenarios), BENCH_SKIP_REPORT (1 = results only).
# Dataverse's limits and parallelism hint (section 7): BENCH_DOP_HINT (48, the emulator's x-ms-dop-hint outside the
# scenarios that set their own: a value captured from a real environment, above the facade's cap of 32, so the hop
# scenarios run at the cap as before), BENCH_LIMIT_DURATION (20s per run), BENCH_REPLICA_PORTS ("18084 18085 18086",
# three facade replicas of one application user), BENCH_REPLICA_CONNECTIONS (8 each), BENCH_REPLICA_WARMUP (the first
# replica's warm-up, BENCH_WARMUP), BENCH_THROTTLING_ONLY (1 = the
# token burst and the 429 / parallelism scenarios only, for developing them).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/docs/benchmarks
RAW=$OUT/raw
RESULTS=$RAW/results.jsonl
META=$RAW/meta.json

DURATION=${BENCH_DURATION:-10s}
ROUNDS=${BENCH_ROUNDS:-3}
HOP_CONCURRENCY=${BENCH_HOP_CONCURRENCY:-16 64}
WARMUP=${BENCH_WARMUP:-45s}
FIRST_MINUTE=${BENCH_FIRST_MINUTE:-60s}
STARTUP_ROUNDS=${BENCH_STARTUP_ROUNDS:-5}
STORM_DURATION=${BENCH_STORM_DURATION:-20s}
CONCURRENCY=${BENCH_CONCURRENCY:-1 16 32 64}
LATENCIES=${BENCH_LATENCIES:-50}
STORM_CONNECTIONS=${BENCH_STORM_CONNECTIONS:-16}
TOKEN_BURST=${BENCH_TOKEN_BURST:-200}
RATE_LIMIT=${BENCH_RATE_LIMIT:-200}
RATE_WINDOW=${BENCH_RATE_WINDOW:-5}
PROFILE=${BENCH_PROFILE:-1}
SKIP_STORMS=${BENCH_SKIP_STORMS:-0}
BASELINE_JAR=${BENCH_BASELINE_JAR:-}
EMU_PORT=${BENCH_EMULATOR_PORT:-18099}
FACADE_PORT=${BENCH_FACADE_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
BASELINE_PORT=${BENCH_BASELINE_PORT:-18082}
BARE_PORT=${BENCH_BARE_PORT:-18083}
JWKS_PORT=${BENCH_JWKS_PORT:-18090}
DOP_HINT=${BENCH_DOP_HINT:-48}
LIMIT_DURATION=${BENCH_LIMIT_DURATION:-20s}
REPLICA_PORTS=${BENCH_REPLICA_PORTS:-18084 18085 18086}
REPLICA_CONNECTIONS=${BENCH_REPLICA_CONNECTIONS:-8}
THROTTLING_ONLY=${BENCH_THROTTLING_ONLY:-0}
# The Dockerfile's flags; MaxRAM stands for the chart's 768 Mi memory limit (heap = 75 % of it, as in the pod).
JVM_FLAGS=${BENCH_JVM_FLAGS:--XX:MaxRAM=768m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp}
CLK_TCK=$(getconf CLK_TCK)

TENANT=8f6a3c1e-5b2d-4e7f-9a10-3c4d5e6f7a8b
CLIENT=0c7d2b9e-1f3a-4c5d-8e6f-7a8b9c0d1e2f
SECRET=emulator-secret
ISSUER=https://bench.invalid/issuer
AUDIENCE=api://journey-facade-bench
JOURNEY=8aee9d91-8c2b-e911-a9b7-000d3a1e6adc   # seeded, with a design
EMU=http://127.0.0.1:$EMU_PORT
FACADE=http://127.0.0.1:$FACADE_PORT
SUMMARY_COLUMNS='msdyncrm_customerjourneyid,msdyncrm_name,statuscode,msdyncrm_type,msdyncrm_entitytarget,msdyncrm_startdatetime,msdyncrm_enddatetime,modifiedon'
ALL_COLUMNS='msdyncrm_customerjourneyid,msdyncrm_name,statuscode,msdyncrm_type,msdyncrm_entitytarget,msgdpr_requiredconsent,msdyncrm_startdatetime,msdyncrm_enddatetime,msdyncrm_isrecurring,msdyncrm_recurrenceintervaldays,msdyncrm_recurrencecount,msdyncrm_customerjourneytimezone,_msdyncrm_suppressionsegmentid_value,_msdyncrm_contentsettingsid_value,_ownerid_value,msdyncrm_workflowdefinition,msdyncrm_customerjourneydesignerstate,createdon,modifiedon'
# The emulator paths of the facade's two reads (the same $select, order and page size the facade sends).
ONE_PATH="/api/data/v9.2/msdyncrm_customerjourneys($JOURNEY)?\$select=$ALL_COLUMNS"
PAGE_PATH="/api/data/v9.2/msdyncrm_customerjourneys?\$select=$SUMMARY_COLUMNS&\$orderby=modifiedon%20desc,msdyncrm_customerjourneyid%20asc"
DIRECT_ONE="$EMU$ONE_PATH"
DIRECT_PAGE="$EMU$PAGE_PATH"
FACADE_ONE="$FACADE/api/v1/journeys/$JOURNEY"
FACADE_PAGE="$FACADE/api/v1/journeys?pageSize=50"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------- prerequisites
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || need+=(python3-matplotlib)
command -v openssl >/dev/null || need+=(openssl)
if ((${#need[@]})); then
    log "installing from Debian: ${need[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get install -y -q "${need[@]}" >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q "${need[@]}" >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
JAR=$(ls target/journey-facade-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
# The emulator lives in the test tree (never in the jar): it runs from target/test-classes on the test classpath.
TEST_CLASSPATH=target/bench-test-classpath.txt
# Build when there is no jar or test classpath, or the sources changed since.
if [ -z "$JAR" ] || [ ! -f "$TEST_CLASSPATH" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    log "building the jar and the emulator's classpath"
    ./mvnw -q -B package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$TEST_CLASSPATH"
    JAR=$(ls target/journey-facade-*.jar | grep -v '\.original$' | head -1)
fi
# The bare Spring Boot web + actuator application the start-up is compared with (bench/bare-app).
BARE_JAR=$ROOT/bench/bare-app/target/bare-app.jar
if [ ! -f "$BARE_JAR" ] || [ -n "$(find bench/bare-app/src bench/bare-app/pom.xml -newer "$BARE_JAR" -print -quit)" ]; then
    log "building the bare start-up reference app"
    ./mvnw -q -B -f bench/bare-app/pom.xml package -Dmaven.test.skip=true
fi
if [ -n "$BASELINE_JAR" ] && [ ! -f "$BASELINE_JAR" ]; then
    log "BENCH_BASELINE_JAR=$BASELINE_JAR does not exist"
    exit 2
fi
rm -rf "$RAW"
mkdir -p "$RAW"
: >"$RESULTS"

# ---------------------------------------------------------------- processes (stopped on exit)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }

# wait_for URL SECONDS → prints nothing, fails when not 200 in time
wait_for() {
    local url=$1 deadline=$(($(date +%s) + $2))
    until curl -sf -o /dev/null "$url"; do
        (($(date +%s) < deadline)) || { log "not ready in $2 s: $url"; return 1; }
        sleep 0.05
    done
}

# The Dataverse emulator in a JVM of its own (EMU_PID), on EMU_PORT.
start_emulator() {
    java $JVM_FLAGS -cp "target/test-classes:$(cat "$TEST_CLASSPATH")" dev.dataverseemulator.DataverseEmulatorApplication \
        --server.port="$EMU_PORT" ${BENCH_EMULATOR_ARGS:-} >"$RAW/emulator.log" 2>&1 &
    EMU_PID=$!
    PIDS+=("$EMU_PID")
}

# start_facade LOG JAR PORT [extra JVM flags…] → FACADE_PID, FACADE_START_MS (run in FACADE_CWD when set)
start_facade() {
    local name=$1 jar=$2 port=$3
    shift 3
    FACADE_START_MS=$(now_ms)
    (cd "${FACADE_CWD:-$ROOT}" && exec env DATAVERSE_URL="$EMU" DATAVERSE_TOKEN_URI="$EMU/$TENANT/oauth2/v2.0/token" \
        DATAVERSE_TENANT_ID="$TENANT" DATAVERSE_CLIENT_ID="$CLIENT" DATAVERSE_CLIENT_SECRET="$SECRET" \
        JOURNEY_PAGE_TOKEN_KEYS="bench-page-token-key-of-32-characters" \
        AUTH_JWK_SET_URI="http://127.0.0.1:$JWKS_PORT/jwks.json" AUTH_ISSUER_URI="$ISSUER" AUTH_AUDIENCE="$AUDIENCE" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" SPRING_MAIN_BANNER_MODE=off \
        java $JVM_FLAGS "$@" -jar "$jar") >"$RAW/$name.log" 2>&1 &
    FACADE_PID=$!
    PIDS+=("$FACADE_PID")
}

# cds_prepare NAME JAR → RAW/cds/NAME: the jar extracted into plain jars and its class data archive from a training
# run, as the Dockerfile makes them (placeholder settings; nothing is called before the context is refreshed).
cds_prepare() {
    local dir=$RAW/cds/$1 source=$RAW/cds/source-$1
    mkdir -p "$source"
    cp "$2" "$source/app.jar"
    java -Djarmode=tools -jar "$source/app.jar" extract --destination "$dir" >/dev/null
    (cd "$dir" && env DATAVERSE_URL=https://training.invalid DATAVERSE_TENANT_ID=training DATAVERSE_CLIENT_ID=training \
        DATAVERSE_CLIENT_SECRET=training JOURNEY_PAGE_TOKEN_KEYS=training-key-only-for-the-archive-run \
        AUTH_JWK_SET_URI=https://training.invalid/keys AUTH_AUDIENCE=training \
        java $JVM_FLAGS -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar app.jar \
        >"$RAW/cds-training-$1.log" 2>&1)
}

stop_pid() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat, counted after the command name).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
# Sockets in TIME_WAIT on the emulator's port: connections closed instead of kept alive. The end that closes first
# keeps the TIME_WAIT: the emulator's side (local port = its port), or a client's (remote port = its port).
time_wait() { ss -Htan state time-wait "( dport = :$EMU_PORT or sport = :$EMU_PORT )" | wc -l; }
time_wait_client() { ss -Htan state time-wait "( dport = :$EMU_PORT )" | wc -l; }

emu_admin() { curl -sf -X "$1" -H 'Content-Type: application/json' ${2:+-d "$2"} "$EMU/_emulator/$3"; }
emu_stats() { emu_admin GET '' stats; }
# throttling LATENCY_MS SHARE RETRY_AFTER RATE_ENABLED MAX_REQUESTS WINDOW_S [MAX_CONCURRENT (52)] [DOP_HINT]
# Execution time is never the limit here (a day's worth per window): the scenarios name the limit they test. With
# the limits off the emulator still reports the budget left, and the facade slows down when it says none: so the
# budget is then one that never runs out.
throttling() {
    local max=$5
    [ "$4" = false ] && max=1000000000
    emu_admin PUT "{\"rateLimit\":{\"enabled\":$4,\"maxRequests\":$max,\"windowSeconds\":$6,\"maxConcurrent\":${7:-52},\
\"maxExecutionTimeMs\":86400000},\"random\":{\"share\":$2,\"retryAfterSeconds\":$3},\"latencyMs\":$1,\"seed\":42,\
\"dopHint\":${8:-$DOP_HINT}}" throttling >/dev/null
}

# Requests a facade answered on an endpoint (Spring Boot's http.server.requests, read with a caller's token).
# facade_count URI [BASE_URL (the first facade)]
facade_count() {
    curl -sf -H "Authorization: Bearer $CALLER_TOKEN" "${2:-$FACADE}/actuator/prometheus" \
        | awk -v uri="uri=\"$1\"" 'index($0, "http_server_requests_seconds_count{") == 1 && index($0, uri) {s += $NF}
                                   END {printf "%d\n", s}'
}

# A gauge of a facade's Prometheus page: facade_gauge NAME [BASE_URL]
facade_gauge() {
    curl -sf -H "Authorization: Bearer $CALLER_TOKEN" "${2:-$FACADE}/actuator/prometheus" \
        | awk -v name="$1" '$1 == name {print $2; exit}'
}

# Waits until the facades have answered every request wrk left in flight (their counts stop moving), at most 40 s.
# facade_settle URI [BASE_URL…]
facade_settle() {
    local uri=$1 before after i
    shift
    local bases=("${@:-$FACADE}")
    before=$(for b in "${bases[@]}"; do facade_count "$uri" "$b"; done | awk '{s += $1} END {print s}')
    for i in $(seq 40); do
        sleep 1
        after=$(for b in "${bases[@]}"; do facade_count "$uri" "$b"; done | awk '{s += $1} END {print s}')
        [ "$after" = "$before" ] && [ "$(emu_stats | jq .inFlight)" = 0 ] && break
        before=$after
    done
}

# bench SCENARIO TARGET ENDPOINT CONNECTIONS DURATION URL [EXTRA_JSON] → one line in results.jsonl
# With CPU_PID set, the line also holds that process's CPU time over the run (cpuMs) and the TIME_WAIT sockets
# it left on the emulator's port (timeWaitAdded).
bench() {
    local scenario=$1 target=$2 endpoint=$3 conns=$4 duration=$5 url=$6 extra=${7:-'{}'} threads out auth prefer=
    local cpu_before=0 cpu_after=0 tw_before=0 tw_after=0 twc_before=0 twc_after=0 pid=${CPU_PID:-}
    threads=$((conns < 2 ? 1 : 2))
    case $target in direct | nginx) auth=$DATAVERSE_TOKEN ;; *) auth=$CALLER_TOKEN ;; esac
    case $target in direct | nginx) [ "$endpoint" = page ] && prefer='odata.maxpagesize=50' ;; esac
    log "wrk $scenario $target $endpoint c=$conns $duration"
    if [ -n "$pid" ]; then cpu_before=$(cpu_ticks "$pid"); tw_before=$(time_wait); twc_before=$(time_wait_client); fi
    out=$(BENCH_AUTH=$auth BENCH_PREFER=$prefer wrk -t"$threads" -c"$conns" -d"$duration" --timeout 30s \
        -s "$ROOT/bench/wrk/bench.lua" "$url" 2>&1 | tee -a "$RAW/wrk.log")
    if [ -n "$pid" ]; then cpu_after=$(cpu_ticks "$pid"); tw_after=$(time_wait); twc_after=$(time_wait_client); fi
    echo "$out" | grep '^BENCH_JSON ' | sed 's/^BENCH_JSON //' \
        | jq -c --arg s "$scenario" --arg t "$target" --arg e "$endpoint" --argjson c "$conns" --argjson x "$extra" \
            --argjson cpu "$(( (cpu_after - cpu_before) * 1000 / CLK_TCK ))" --argjson tw "$((tw_after - tw_before))" \
            --argjson twc "$((twc_after - twc_before))" --arg measured "${pid:+yes}" \
            '{scenario:$s, target:$t, endpoint:$e, connections:$c} + $x + .
             + (if $measured == "yes" then {cpuMs:$cpu, timeWaitAdded:$tw, timeWaitClientAdded:$twc} else {} end)' \
        >>"$RESULTS"
}

meta() { jq -c ". + $1" "$META" >"$META.tmp" && mv "$META.tmp" "$META"; }

# url TARGET ENDPOINT → the URL of that read on that path
url() {
    local base
    case $1 in
        direct) base=$EMU ;;
        nginx) base=http://127.0.0.1:$NGINX_PORT ;;
        facade) base=$FACADE ;;
        baseline) base=http://127.0.0.1:$BASELINE_PORT ;;
    esac
    case $1:$2 in
        direct:one | nginx:one) echo "$base$ONE_PATH" ;;
        direct:page | nginx:page) echo "$base$PAGE_PATH" ;;
        *:one) echo "$base/api/v1/journeys/$JOURNEY" ;;
        *:page) echo "$base/api/v1/journeys?pageSize=50" ;;
    esac
}

# rotate N WORD… → the words turned left by N
rotate() {
    local n=$1
    shift
    local words=("$@")
    local k=$((n % ${#words[@]}))
    echo "${words[@]:k} ${words[@]:0:k}"
}

# pid_of TARGET → the process whose CPU a run on that path is charged to (none for direct and nginx)
pid_of() {
    case $1 in facade) echo "$FACADE_PID" ;; baseline) echo "${BASELINE_PID:-}" ;; *) echo "" ;; esac
}

# A pass-through reverse proxy (nginx, as Debian ships it) in front of the emulator: HTTP/1.1 with kept-alive
# upstream connections, no logging, two workers: what a fair pass-through hop costs on this machine.
start_nginx() {
    local dir=$RAW/nginx
    mkdir -p "$dir/temp"
    chmod 777 "$dir/temp"
    cat >"$dir/nginx.conf" <<NGINX
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    upstream emulator {
        server 127.0.0.1:$EMU_PORT;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://emulator;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_buffers 16 16k;
        }
    }
}
NGINX
    "$NGINX" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' >"$dir/stdout.log" 2>&1 &
    PIDS+=($!)
    meta "{\"nginx\": $("$NGINX" -v 2>&1 | jq -R .)}"
}

# CPU profiler: async-profiler from Maven Central (tools.profiler:async-profiler, through the wrapper), attached to a
# running JVM with jcmd; JFR when it cannot be had. ASYNC_PROFILER is the path of its native library, or empty.
ASYNC_PROFILER_VERSION=4.1
find_async_profiler() {
    local jar=$HOME/.m2/repository/tools/profiler/async-profiler/$ASYNC_PROFILER_VERSION/async-profiler-$ASYNC_PROFILER_VERSION.jar
    [ -f "$jar" ] || ./mvnw -q -B dependency:get -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" \
        >/dev/null 2>&1 || true
    [ -f "$jar" ] && [ "$(uname -m)" = x86_64 ] || return 0
    mkdir -p "$RAW/async-profiler"
    unzip -q -o "$jar" 'linux-x64/libasyncProfiler.so' -d "$RAW/async-profiler" && echo "$RAW/async-profiler/linux-x64/libasyncProfiler.so"
}

# profile_facade PID NAME → RAW/NAME-profile.collapsed (or .jfr + .samples.txt) while wrk drives GET one, then the
# page, at c=16. CPU time (itimer: works without perf events), a sample every 2 ms of CPU.
profile_facade() {
    local pid=$1 name=$2
    throttling 0 0 1 false 6000 300
    if [ -n "$ASYNC_PROFILER" ]; then
        jcmd "$pid" JVMTI.agent_load "$ASYNC_PROFILER" '"start,event=itimer,interval=2ms"' >/dev/null
    else
        jcmd "$pid" JFR.start name=bench settings=profile >/dev/null
        sleep 2 # starting a recording pauses the JVM briefly; keep that out of the sampled load
    fi
    CPU_PID=$pid bench profile "$name" one 16 "$DURATION" "$(url "$name" one)"
    CPU_PID=$pid bench profile "$name" page 16 "$DURATION" "$(url "$name" page)"
    if [ -n "$ASYNC_PROFILER" ]; then
        jcmd "$pid" JVMTI.agent_load "$ASYNC_PROFILER" "\"stop,file=$RAW/$name-profile.collapsed,collapsed\"" >/dev/null
    else
        jcmd "$pid" JFR.stop name=bench filename="$RAW/$name-profile.jfr" >/dev/null
        jfr print --stack-depth 64 --events jdk.ExecutionSample "$RAW/$name-profile.jfr" >"$RAW/$name-profile.samples.txt"
    fi
}

# The whole run is one function, read in full before it starts: editing this file during a run cannot change the
# run (bash reads a script as it goes).
main() {
# ---------------------------------------------------------------- machine
echo '{}' >"$META"
meta "$(jq -n --arg date "$(date -u '+%Y-%m-%d %H:%M UTC')" --arg nproc "$(nproc)" \
    --arg mem "$(free -h | awk '/^Mem:/ {print $2}')" \
    --arg cpu "$(lscpu | sed -n 's/^Model name: *//p' | head -1)" \
    --arg java "$(java -version 2>&1 | head -2 | tr '\n' ' ')" \
    --arg wrk "$(wrk -v 2>&1 | head -1)" \
    --arg flags "$JVM_FLAGS" \
    --arg gc "$(java $JVM_FLAGS -XX:+PrintCommandLineFlags -version 2>&1 | grep -o -- '-XX:+Use[A-Za-z0-9]*GC' | head -1)" \
    --arg commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --arg dirty "$(git status --porcelain -- src pom.xml 2>/dev/null | head -1)" \
    --arg baseline "$BASELINE_JAR" \
    --arg duration "$DURATION" --arg stormDuration "$STORM_DURATION" --arg warmup "$WARMUP" \
    --argjson rounds "$ROUNDS" --arg firstMinute "$FIRST_MINUTE" \
    '{date:$date, nproc:$nproc, memory:$mem, cpu:$cpu, java:$java, wrk:$wrk, jvmFlags:$flags, gc:$gc,
      commit:$commit, dirty:($dirty != ""), baselineJar:$baseline, duration:$duration, stormDuration:$stormDuration,
      warmup:$warmup, rounds:$rounds, firstMinute:$firstMinute}')"

# ---------------------------------------------------------------- callers' identity provider
/usr/bin/python3 "$ROOT/bench/jwt.py" "$RAW/idp" "$ISSUER" "$AUDIENCE" "journeys.read" >"$RAW/caller.jwt"
CALLER_TOKEN=$(cat "$RAW/caller.jwt")
meta "{\"callerTokenBytes\": ${#CALLER_TOKEN}}"
/usr/bin/python3 -m http.server "$JWKS_PORT" --bind 127.0.0.1 --directory "$RAW/idp/jwks" >"$RAW/jwks.log" 2>&1 &
PIDS+=($!)

# ---------------------------------------------------------------- emulator and the pass-through proxy
log "starting the emulator on $EMU"
EMU_START=$(now_ms)
start_emulator
wait_for "$EMU/actuator/health" 120
meta "{\"emulatorReadyMs\": $(($(now_ms) - EMU_START))}"
DATAVERSE_TOKEN=$(curl -sf -d "grant_type=client_credentials&client_id=$CLIENT&client_secret=$SECRET&scope=$EMU/.default" \
    "$EMU/$TENANT/oauth2/v2.0/token" | jq -r .access_token)
# Enough journeys for a full page of 50 (the seed has 8).
for i in $(seq 1 60); do
    curl -sf -o /dev/null -H "Authorization: Bearer $DATAVERSE_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"msdyncrm_name\":\"Benchmark journey $i\",\"msdyncrm_type\":192350000,\"msdyncrm_entitytarget\":0}" \
        "$EMU/api/data/v9.2/msdyncrm_customerjourneys"
done
throttling 0 0 1 false 6000 300
log "starting nginx on 127.0.0.1:$NGINX_PORT"
start_nginx
wait_for "http://127.0.0.1:$NGINX_PORT/actuator/health" 30

# ---------------------------------------------------------------- facade #1, scenario 2: token single flight
log "starting the facade on $FACADE"
start_facade facade "$JAR" "$FACADE_PORT"
wait_for "$FACADE/actuator/health/liveness" 180
LIVE_MS=$(($(now_ms) - FACADE_START_MS))
# Cold: no readiness probe yet, so no token has been fetched. The burst is the facade's first Dataverse traffic.
TOKENS_BEFORE=$(emu_stats | jq .tokenRequests)
bench token facade one "$TOKEN_BURST" "${BENCH_TOKEN_DURATION:-10s}" "$FACADE_ONE" '{"phase":"cold burst"}'
TOKENS_AFTER=$(emu_stats | jq .tokenRequests)
wait_for "$FACADE/actuator/health/readiness" 60
meta "{\"facade1LiveMs\": $LIVE_MS, \"tokenRequestsBefore\": $TOKENS_BEFORE, \"tokenRequestsAfter\": $TOKENS_AFTER,
       \"tokenBurst\": $TOKEN_BURST}"
log "token requests for a cold burst of $TOKEN_BURST: $((TOKENS_AFTER - TOKENS_BEFORE))"

HOP_TARGETS="direct nginx facade"
if [ -n "$BASELINE_JAR" ]; then
    log "starting the baseline facade ($BASELINE_JAR) on 127.0.0.1:$BASELINE_PORT"
    FACADE_PID_KEEP=$FACADE_PID
    start_facade baseline "$BASELINE_JAR" "$BASELINE_PORT"
    BASELINE_PID=$FACADE_PID
    FACADE_PID=$FACADE_PID_KEEP
    wait_for "http://127.0.0.1:$BASELINE_PORT/actuator/health/readiness" 180
    HOP_TARGETS="direct nginx facade baseline"
fi

# ---------------------------------------------------------------- warm-up (JIT) of every path, at 0 ms
throttling 0 0 1 false 6000 300
if [ "$THROTTLING_ONLY" = 1 ]; then
    log "BENCH_THROTTLING_ONLY=1: a short warm-up, then the 429 and parallelism scenarios only"
    bench warmup facade one 16 10s "$FACADE_ONE"
    HOP_TARGETS= LATENCIES= ROUNDS=0 PROFILE=0
fi
log "warm-up (JIT) of every path"
# The facades get the long warm-up: C2 keeps compiling for minutes on 2 shared cores.
for endpoint in one page; do
    for target in $HOP_TARGETS; do
        case $target in direct | nginx) w=5s ;; *) w=$WARMUP ;; esac
        bench warmup "$target" $endpoint 16 "$w" "$(url "$target" $endpoint)"
    done
done

# ---------------------------------------------------------------- scenario 1b: 50 ms added per Dataverse call
# Before the 0 ms rounds: at a few hundred requests/s it warms the facades' JIT up further before they count CPU.
OVERHEAD_TARGETS="direct facade${BASELINE_JAR:+ baseline}"
for latency in $LATENCIES; do
    throttling "$latency" 0 1 false 6000 300
    for endpoint in one page; do
        for c in $CONCURRENCY; do
            for target in $OVERHEAD_TARGETS; do
                bench overhead "$target" $endpoint "$c" "$DURATION" "$(url "$target" $endpoint)" "{\"latencyMs\":$latency}"
            done
        done
    done
done
# ---------------------------------------------------------------- scenario 1: the hop at 0 ms, interleaved rounds
throttling 0 0 1 false 6000 300
for round in $(seq 1 "$ROUNDS"); do
    # The order of the paths turns each round, so no path always runs right after another's load.
    order=$(rotate $((round - 1)) $HOP_TARGETS)
    for endpoint in one page; do
        for c in $HOP_CONCURRENCY; do
            for target in $order; do
                CPU_PID=$(pid_of "$target") bench hop "$target" $endpoint "$c" "$DURATION" \
                    "$(url "$target" $endpoint)" "{\"round\":$round,\"latencyMs\":0}"
            done
        done
    done
done

throttling 0 0 1 false 6000 300
meta "{\"facade1RssAfterOverheadKb\": $(rss_kb "$FACADE_PID"), \"facade1HwmKb\": $(hwm_kb "$FACADE_PID"),
       \"emulatorRssKb\": $(rss_kb "$EMU_PID")}"

# ---------------------------------------------------------------- profiles of the facades (not measured runs)
if [ "$PROFILE" = 1 ]; then
    ASYNC_PROFILER=$(find_async_profiler)
    profile_facade "$FACADE_PID" facade
    [ -n "$BASELINE_JAR" ] && profile_facade "$BASELINE_PID" baseline
fi
[ -n "$BASELINE_JAR" ] && stop_pid "$BASELINE_PID"

if [ "$SKIP_STORMS" != 1 ]; then
    # ------------------------------------------------------------ scenario 3: 429 storm, random mode
    throttling 0 0.3 1 false 6000 300
    for target in direct facade; do
        if [ $target = direct ]; then url=$DIRECT_ONE; else url=$FACADE_ONE; fi
        emu_admin POST '' reset-stats
        before=$(facade_count '/api/v1/journeys/{id}')
        bench storm-random $target one "$STORM_CONNECTIONS" "$STORM_DURATION" "$url" '{"share":0.3,"retryAfterS":1}'
        if [ $target = facade ]; then facade_settle '/api/v1/journeys/{id}'; fi
        upstream=$(emu_stats | jq .dataverseRequests)
        callers=$(( $(facade_count '/api/v1/journeys/{id}') - before ))
        meta "{\"stormRandom_$target\": {\"upstream\": $upstream, \"facadeAnswered\": $callers}}"
    done

    # ------------------------------------------------------------ scenario 3b: 429 storm, rate-limit mode
    for target in direct facade; do
        if [ $target = direct ]; then url=$DIRECT_ONE; else url=$FACADE_ONE; fi
        throttling 0 0 1 true "$RATE_LIMIT" "$RATE_WINDOW"   # windows start afresh
        emu_admin POST '' reset-stats
        before=$(facade_count '/api/v1/journeys/{id}')
        bench storm-rate $target one "$STORM_CONNECTIONS" "$STORM_DURATION" "$url" \
            "{\"maxRequests\":$RATE_LIMIT,\"windowS\":$RATE_WINDOW}"
        if [ $target = facade ]; then facade_settle '/api/v1/journeys/{id}'; fi
        stats=$(emu_stats)
        callers=$(( $(facade_count '/api/v1/journeys/{id}') - before ))
        meta "{\"stormRate_$target\": {\"upstream\": $(jq .dataverseRequests <<<"$stats"),
               \"throttled\": $(jq .throttled <<<"$stats"), \"facadeAnswered\": $callers}}"
    done

    # ------------------------------------------------------------ scenario 7b: concurrency storm
    # Dataverse's concurrency limit set to 8 and its hint to 8, 50 ms per call, 64 callers: the facade should follow
    # the hint (8 in flight), queue the rest briefly and never be refused; direct callers learn the limit by 429s.
    for target in direct facade; do
        if [ $target = direct ]; then url=$DIRECT_ONE; else url=$FACADE_ONE; fi
        throttling 50 0 1 true 100000000 300 8 8
        emu_admin POST '' reset-stats
        before=$(facade_count '/api/v1/journeys/{id}')
        bench limit-concurrency-storm $target one 64 "$LIMIT_DURATION" "$url" \
            '{"maxConcurrent":8,"dopHint":8,"latencyMs":50}'
        if [ $target = facade ]; then facade_settle '/api/v1/journeys/{id}'; fi
        stats=$(emu_stats)
        callers=$(( $(facade_count '/api/v1/journeys/{id}') - before ))
        meta "{\"limitConcurrencyStorm_$target\": {\"upstream\": $(jq .dataverseRequests <<<"$stats"),
               \"throttled\": $(jq .throttled <<<"$stats"), \"byReason\": $(jq -c .throttledByReason <<<"$stats"),
               \"facadeAnswered\": $callers, \"limitGauge\": \"$(facade_gauge dataverse_client_concurrency_limit)\"}}"
    done

    # ------------------------------------------------------------ scenario 4: budget honesty (last: the gate stays shut)
    throttling 0 1.0 120 false 6000 300
    emu_admin POST '' reset-stats
    before=$(facade_count '/api/v1/journeys/{id}')
    bench budget facade one "$STORM_CONNECTIONS" "$DURATION" "$FACADE_ONE" '{"share":1.0,"retryAfterS":120}'
    facade_settle '/api/v1/journeys/{id}'
    meta "{\"budget\": {\"upstream\": $(emu_stats | jq .dataverseRequests),
           \"facadeAnswered\": $(( $(facade_count '/api/v1/journeys/{id}') - before ))}}"
fi
stop_pid "$FACADE_PID"
throttling 0 0 1 false 6000 300

if [ "$SKIP_STORMS" != 1 ]; then
    # ------------------------------------------------------------ scenarios 7a and 7d: replicas of one application user
    # Three facades (the jar, default settings but max-in-flight 51, so that Dataverse's hint rather than the cap decides)
    # on their own ports, one application user, one emulated web server.
    REPLICA_BASES=() REPLICA_PIDS=() i=0
    for port in $REPLICA_PORTS; do
        i=$((i + 1))
        log "starting facade replica $i on 127.0.0.1:$port"
        start_facade "replica-$i" "$JAR" "$port" -Ddataverse.concurrency.max-in-flight=51
        REPLICA_PIDS+=("$FACADE_PID")
        REPLICA_BASES+=("http://127.0.0.1:$port")
    done
    for base in "${REPLICA_BASES[@]}"; do wait_for "$base/actuator/health/readiness" 180; done
    throttling 0 0 1 false 6000 300
    bench warmup replica-1 one 16 "${BENCH_REPLICA_WARMUP:-$WARMUP}" "${REPLICA_BASES[0]}/api/v1/journeys/$JOURNEY"

    # 7a: c = 64 against Dataverse's own concurrency limit (52), 50 ms per call, hint 48 (captured from a real
    # environment). Direct at c = 52 (every call admitted) gives the successful latency to compare with; direct at
    # c = 64 the share of 429s direct callers get.
    for run in direct:52 direct:64 replica-1:64; do
        target=${run%:*} c=${run#*:}
        case $target in
            direct) url=$DIRECT_ONE ;;
            replica-1) url=${REPLICA_BASES[0]}/api/v1/journeys/$JOURNEY ;;
        esac
        throttling 50 0 1 true 100000000 300 52 48
        emu_admin POST '' reset-stats
        before=$(facade_count '/api/v1/journeys/{id}' "${REPLICA_BASES[0]}")
        bench limit-concurrency "$target" one "$c" "$LIMIT_DURATION" "$url" '{"maxConcurrent":52,"dopHint":48,"latencyMs":50}'
        [ $target = replica-1 ] && facade_settle '/api/v1/journeys/{id}' "${REPLICA_BASES[0]}"
        stats=$(emu_stats)
        meta "{\"limitConcurrency_${target}_$c\": {\"upstream\": $(jq .dataverseRequests <<<"$stats"),
               \"throttled\": $(jq .throttled <<<"$stats"), \"byReason\": $(jq -c .throttledByReason <<<"$stats"),
               \"facadeAnswered\": $(( $(facade_count '/api/v1/journeys/{id}' "${REPLICA_BASES[0]}") - before ))}}"
    done

    # 7d: the three replicas at once in rate-limit mode (the request-count storm's limit), each with its own callers.
    throttling 0 0 1 true "$RATE_LIMIT" "$RATE_WINDOW" 52 48   # windows start afresh
    emu_admin POST '' reset-stats
    befores=() wrk_pids=()
    for base in "${REPLICA_BASES[@]}"; do befores+=("$(facade_count '/api/v1/journeys/{id}' "$base")"); done
    i=0
    for base in "${REPLICA_BASES[@]}"; do
        i=$((i + 1))
        bench limit-replicas "replica-$i" one "$REPLICA_CONNECTIONS" "$STORM_DURATION" "$base/api/v1/journeys/$JOURNEY" \
            "{\"maxRequests\":$RATE_LIMIT,\"windowS\":$RATE_WINDOW,\"replicas\":${#REPLICA_BASES[@]}}" &
        wrk_pids+=($!)
    done
    wait "${wrk_pids[@]}"
    facade_settle '/api/v1/journeys/{id}' "${REPLICA_BASES[@]}"
    stats=$(emu_stats)
    answered=0 i=0
    for base in "${REPLICA_BASES[@]}"; do
        answered=$((answered + $(facade_count '/api/v1/journeys/{id}' "$base") - befores[i]))
        i=$((i + 1))
    done
    meta "{\"limitReplicas\": {\"upstream\": $(jq .dataverseRequests <<<"$stats"), \"throttled\": $(jq .throttled <<<"$stats"),
           \"byReason\": $(jq -c .throttledByReason <<<"$stats"), \"facadeAnswered\": $answered}}"
    for pid in "${REPLICA_PIDS[@]}"; do stop_pid "$pid"; done
    throttling 0 0 1 false 6000 300
fi
[ "$THROTTLING_ONLY" = 1 ] && STARTUP_ROUNDS=0 SKIP_FIRST_MINUTE=1

# ---------------------------------------------------------------- scenario 5: the first minute after start
# A cold facade, readiness UP, then GET one at c=16 at once: the CPU it spends per request while the JIT warms up.
first_minute() {
    local name=$1 jar=$2 port=$3 ready_ms rss
    log "cold start of $name for its first minute under load"
    start_facade "$name-first-minute" "$jar" "$port"
    wait_for "http://127.0.0.1:$port/actuator/health/readiness" 180
    ready_ms=$(($(now_ms) - FACADE_START_MS))
    rss=$(rss_kb "$FACADE_PID")
    CPU_PID=$FACADE_PID bench first-minute "$name" one 16 "$FIRST_MINUTE" \
        "http://127.0.0.1:$port/api/v1/journeys/$JOURNEY" "{\"readyMs\":$ready_ms,\"rssReadyKb\":$rss}"
    meta "{\"firstMinute_$name\": {\"rssAfterKb\": $(rss_kb "$FACADE_PID"), \"hwmKb\": $(hwm_kb "$FACADE_PID"),
           \"startedLine\": $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$RAW/$name-first-minute.log" | head -1 | jq -R .)}}"
    stop_pid "$FACADE_PID"
}
if [ "${SKIP_FIRST_MINUTE:-0}" != 1 ]; then
    first_minute facade "$JAR" "$FACADE_PORT"
    [ -n "$BASELINE_JAR" ] && first_minute baseline "$BASELINE_JAR" "$BASELINE_PORT"
fi

# ---------------------------------------------------------------- scenario 6: start-up, pairwise against a bare app
# JVM start → readiness UP, the same JVM flags, in turns so a drift of the machine's speed hits both sides of a pair
# alike: from the fat jars (facade, bare[, baseline]), and as the image runs them (facade-cds, bare-cds: plain jars
# with a class data archive). The facade's readiness includes its first Dataverse token.
startup_once() {
    local app=$1 port ready rss pid start
    case $app in
        facade) start_facade startup-facade "$JAR" "$FACADE_PORT"; port=$FACADE_PORT ;;
        facade-cds) FACADE_CWD=$RAW/cds/facade start_facade startup-facade-cds app.jar "$FACADE_PORT" \
            -XX:SharedArchiveFile=application.jsa; port=$FACADE_PORT ;;
        baseline) start_facade startup-baseline "$BASELINE_JAR" "$BASELINE_PORT"; port=$BASELINE_PORT ;;
        bare | bare-cds)
            FACADE_START_MS=$(now_ms)
            if [ $app = bare ]; then
                (exec java $JVM_FLAGS -jar "$BARE_JAR" --server.address=127.0.0.1 --server.port="$BARE_PORT" \
                    --spring.main.banner-mode=off) >"$RAW/startup-bare.log" 2>&1 &
            else
                (cd "$RAW/cds/bare" && exec java $JVM_FLAGS -XX:SharedArchiveFile=application.jsa -jar app.jar \
                    --server.address=127.0.0.1 --server.port="$BARE_PORT" --spring.main.banner-mode=off) \
                    >"$RAW/startup-bare-cds.log" 2>&1 &
            fi
            FACADE_PID=$!
            PIDS+=("$FACADE_PID")
            port=$BARE_PORT ;;
    esac
    pid=$FACADE_PID start=$FACADE_START_MS
    wait_for "http://127.0.0.1:$port/actuator/health/readiness" 180
    ready=$(($(now_ms) - start))
    rss=$(rss_kb "$pid")
    stop_pid "$pid"
    jq -nc --arg app "$app" --argjson round "$2" --argjson ready "$ready" --argjson rss "$rss" \
        '{scenario:"startup", target:$app, round:$round, readyMs:$ready, rssReadyKb:$rss}' >>"$RESULTS"
    log "start-up $app: ready in $ready ms, RSS $((rss / 1024)) MiB"
}
if ((STARTUP_ROUNDS > 0)); then
    log "class data archives for the start-up runs (training runs)"
    cds_prepare facade "$JAR"
    cds_prepare bare "$BARE_JAR"
    for app in bare facade bare-cds facade-cds; do startup_once $app 0; done # warm-up of the disk cache, not counted
fi
for round in $(seq 1 "$STARTUP_ROUNDS"); do
    if ((round % 2)); then apps="facade bare facade-cds bare-cds"; else apps="bare facade bare-cds facade-cds"; fi
    [ -n "$BASELINE_JAR" ] && apps="$apps baseline"
    for app in $apps; do startup_once "$app" "$round"; done
done

# ---------------------------------------------------------------- report
if [ "${BENCH_SKIP_REPORT:-0}" != 1 ]; then
    /usr/bin/python3 "$ROOT/bench/report.py" "$RAW" "$OUT"
    log "report: $OUT/README.md"
fi
}

main "$@"
