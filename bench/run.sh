#!/usr/bin/env bash
# Benchmarks and resilience proof of the journey facade.
#
# One command: bench/run.sh
# Builds the jar (and the test classpath the emulator runs from) if needed, installs wrk / jq / python3-matplotlib
# from Debian if missing, starts the Dataverse emulator (one JVM, from the test tree), a throw-away JWK set
# (python3 http.server) and the facade (another JVM, the jar, default profile, inbound authentication ON, INFO
# logging, the Dockerfile's JVM flags), runs the scenarios with wrk against
# 127.0.0.1 only, stops everything it started, and writes docs/benchmarks/README.md + latency.png.
# Raw logs, wrk output, JFR recordings: docs/benchmarks/raw/ (git-ignored).
#
# Overridable (environment): BENCH_DURATION (10s per overhead run), BENCH_STORM_DURATION (20s),
# BENCH_CONCURRENCY ("1 16 32 64"; 32 = the facade's in-flight cap), BENCH_LATENCIES ("0 50"), BENCH_STORM_CONNECTIONS (16), BENCH_TOKEN_BURST (200),
# BENCH_RATE_LIMIT (200), BENCH_RATE_WINDOW (5), BENCH_JVM_FLAGS, BENCH_EMULATOR_PORT (18099),
# BENCH_FACADE_PORT (18080), BENCH_JWKS_PORT (18090), BENCH_PROFILE (1 = JFR profile of the facade after the
# overhead runs), BENCH_SKIP_REPORT (1 = results only).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/docs/benchmarks
RAW=$OUT/raw
RESULTS=$RAW/results.jsonl
META=$RAW/meta.json

DURATION=${BENCH_DURATION:-10s}
STORM_DURATION=${BENCH_STORM_DURATION:-20s}
CONCURRENCY=${BENCH_CONCURRENCY:-1 16 32 64}
LATENCIES=${BENCH_LATENCIES:-0 50}
STORM_CONNECTIONS=${BENCH_STORM_CONNECTIONS:-16}
TOKEN_BURST=${BENCH_TOKEN_BURST:-200}
RATE_LIMIT=${BENCH_RATE_LIMIT:-200}
RATE_WINDOW=${BENCH_RATE_WINDOW:-5}
PROFILE=${BENCH_PROFILE:-1}
EMU_PORT=${BENCH_EMULATOR_PORT:-18099}
FACADE_PORT=${BENCH_FACADE_PORT:-18080}
JWKS_PORT=${BENCH_JWKS_PORT:-18090}
# The Dockerfile's flags; MaxRAM stands for the chart's 768 Mi memory limit (heap = 75 % of it, as in the pod).
JVM_FLAGS=${BENCH_JVM_FLAGS:--XX:MaxRAM=768m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp}

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
# Direct equivalents of the facade's two reads (the same $select, order and page size the facade sends).
DIRECT_ONE="$EMU/api/data/v9.2/msdyncrm_customerjourneys($JOURNEY)?\$select=$ALL_COLUMNS"
DIRECT_PAGE="$EMU/api/data/v9.2/msdyncrm_customerjourneys?\$select=$SUMMARY_COLUMNS&\$orderby=modifiedon%20desc,msdyncrm_customerjourneyid%20asc"
FACADE_ONE="$FACADE/api/v1/journeys/$JOURNEY"
FACADE_PAGE="$FACADE/api/v1/journeys?pageSize=50"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------- prerequisites
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || need+=(python3-matplotlib)
command -v openssl >/dev/null || need+=(openssl)
if ((${#need[@]})); then
    log "installing from Debian: ${need[*]}"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get install -y -q "${need[@]}" >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q "${need[@]}" >/dev/null; }
fi
JAR=$(ls target/journey-facade-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
# The emulator lives in the test tree (never in the jar): it runs from target/test-classes on the test classpath.
TEST_CLASSPATH=target/bench-test-classpath.txt
# Build when there is no jar or test classpath, or the sources changed since.
if [ -z "$JAR" ] || [ ! -f "$TEST_CLASSPATH" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    log "building the jar and the emulator's classpath"
    ./mvnw -q -B package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$TEST_CLASSPATH"
    JAR=$(ls target/journey-facade-*.jar | grep -v '\.original$' | head -1)
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
        sleep 0.1
    done
}

start_emulator() {
    java $JVM_FLAGS -cp "target/test-classes:$(cat "$TEST_CLASSPATH")" dev.dataverseemulator.DataverseEmulatorApplication \
        --server.port="$EMU_PORT" ${BENCH_EMULATOR_ARGS:-} >"$RAW/emulator.log" 2>&1 &
    EMU_PID=$!
    PIDS+=("$EMU_PID")
}

# start_facade NAME [extra JVM flags…] → FACADE_PID, FACADE_START_MS
start_facade() {
    local name=$1
    shift
    FACADE_START_MS=$(now_ms)
    env DATAVERSE_URL="$EMU" DATAVERSE_TOKEN_URI="$EMU/$TENANT/oauth2/v2.0/token" DATAVERSE_TENANT_ID="$TENANT" \
        DATAVERSE_CLIENT_ID="$CLIENT" DATAVERSE_CLIENT_SECRET="$SECRET" \
        AUTH_JWK_SET_URI="http://127.0.0.1:$JWKS_PORT/jwks.json" AUTH_ISSUER_URI="$ISSUER" AUTH_AUDIENCE="$AUDIENCE" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$FACADE_PORT" SPRING_MAIN_BANNER_MODE=off \
        java $JVM_FLAGS "$@" -jar "$JAR" >"$RAW/$name.log" 2>&1 &
    FACADE_PID=$!
    PIDS+=("$FACADE_PID")
}

stop_facade() {
    kill "$FACADE_PID" 2>/dev/null || true
    wait "$FACADE_PID" 2>/dev/null || true
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

emu_admin() { curl -sf -X "$1" -H 'Content-Type: application/json' ${2:+-d "$2"} "$EMU/_emulator/$3"; }
emu_stats() { emu_admin GET '' stats; }
# throttling LATENCY_MS SHARE RETRY_AFTER RATE_ENABLED MAX_REQUESTS WINDOW_S
throttling() {
    emu_admin PUT "{\"rateLimit\":{\"enabled\":$4,\"maxRequests\":$5,\"windowSeconds\":$6,\"maxConcurrent\":52},\
\"random\":{\"share\":$2,\"retryAfterSeconds\":$3},\"latencyMs\":$1,\"seed\":42}" throttling >/dev/null
}

# Requests the facade answered on an endpoint (Spring Boot's http.server.requests, read with a caller's token).
facade_count() {
    curl -sf -H "Authorization: Bearer $CALLER_TOKEN" "$FACADE/actuator/prometheus" \
        | awk -v uri="uri=\"$1\"" 'index($0, "http_server_requests_seconds_count{") == 1 && index($0, uri) {s += $NF}
                                   END {printf "%d\n", s}'
}

# Waits until the facade has answered every request wrk left in flight (its count stops moving), at most 40 s.
facade_settle() {
    local before after i
    before=$(facade_count "$1")
    for i in $(seq 40); do
        sleep 1
        after=$(facade_count "$1")
        [ "$after" = "$before" ] && [ "$(emu_stats | jq .inFlight)" = 0 ] && break
        before=$after
    done
}

# bench SCENARIO TARGET ENDPOINT CONNECTIONS DURATION URL [EXTRA_JSON] → one line in results.jsonl
bench() {
    local scenario=$1 target=$2 endpoint=$3 conns=$4 duration=$5 url=$6 extra=${7:-'{}'} threads out auth prefer=
    threads=$((conns < 2 ? 1 : 2))
    if [ "$target" = direct ]; then auth=$DATAVERSE_TOKEN; else auth=$CALLER_TOKEN; fi
    [ "$target" = direct ] && [ "$endpoint" = page ] && prefer='odata.maxpagesize=50'
    log "wrk $scenario $target $endpoint c=$conns $duration"
    out=$(BENCH_AUTH=$auth BENCH_PREFER=$prefer wrk -t"$threads" -c"$conns" -d"$duration" --timeout 30s \
        -s "$ROOT/bench/wrk/bench.lua" "$url" 2>&1 | tee -a "$RAW/wrk.log")
    echo "$out" | grep '^BENCH_JSON ' | sed 's/^BENCH_JSON //' \
        | jq -c --arg s "$scenario" --arg t "$target" --arg e "$endpoint" --argjson c "$conns" --argjson x "$extra" \
            '{scenario:$s, target:$t, endpoint:$e, connections:$c} + $x + .' >>"$RESULTS"
}

meta() { jq -c ". + $1" "$META" >"$META.tmp" && mv "$META.tmp" "$META"; }

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
    --arg duration "$DURATION" --arg stormDuration "$STORM_DURATION" \
    '{date:$date, nproc:$nproc, memory:$mem, cpu:$cpu, java:$java, wrk:$wrk, jvmFlags:$flags, gc:$gc,
      commit:$commit, duration:$duration, stormDuration:$stormDuration}')"

# ---------------------------------------------------------------- callers' identity provider
/usr/bin/python3 "$ROOT/bench/jwt.py" "$RAW/idp" "$ISSUER" "$AUDIENCE" "journeys.read" >"$RAW/caller.jwt"
CALLER_TOKEN=$(cat "$RAW/caller.jwt")
/usr/bin/python3 -m http.server "$JWKS_PORT" --bind 127.0.0.1 --directory "$RAW/idp/jwks" >"$RAW/jwks.log" 2>&1 &
PIDS+=($!)

# ---------------------------------------------------------------- emulator
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

# ---------------------------------------------------------------- facade #1, scenario 2: token single flight
log "starting the facade on $FACADE"
start_facade facade
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

# ---------------------------------------------------------------- scenario 1: overhead
log "warm-up (JIT) of both paths"
for endpoint in one page; do
    if [ $endpoint = one ]; then d=$DIRECT_ONE f=$FACADE_ONE; else d=$DIRECT_PAGE f=$FACADE_PAGE; fi
    bench warmup direct $endpoint 16 8s "$d"
    bench warmup facade $endpoint 16 8s "$f"
done
for latency in $LATENCIES; do
    throttling "$latency" 0 1 false 6000 300
    for endpoint in one page; do
        if [ $endpoint = one ]; then d=$DIRECT_ONE f=$FACADE_ONE; else d=$DIRECT_PAGE f=$FACADE_PAGE; fi
        for c in $CONCURRENCY; do
            bench overhead direct $endpoint "$c" "$DURATION" "$d" "{\"latencyMs\":$latency}"
            bench overhead facade $endpoint "$c" "$DURATION" "$f" "{\"latencyMs\":$latency}"
        done
    done
done
meta "{\"facade1RssAfterOverheadKb\": $(rss_kb "$FACADE_PID"), \"facade1HwmKb\": $(hwm_kb "$FACADE_PID"),
       \"emulatorRssKb\": $(rss_kb "$EMU_PID")}"

# ---------------------------------------------------------------- profile of the facade (not measured runs)
if [ "$PROFILE" = 1 ]; then
    throttling 0 0 1 false 6000 300
    jcmd "$FACADE_PID" JFR.start name=bench settings=default >/dev/null
    sleep 2 # starting a recording pauses the JVM briefly; keep that out of the sampled load
    bench profile facade one 16 "$DURATION" "$FACADE_ONE"
    bench profile facade page 16 "$DURATION" "$FACADE_PAGE"
    jcmd "$FACADE_PID" JFR.stop name=bench filename="$RAW/facade-profile.jfr" >/dev/null
fi

# ---------------------------------------------------------------- scenario 3: 429 storm, random mode
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

# ---------------------------------------------------------------- scenario 3b: 429 storm, rate-limit mode
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

# ---------------------------------------------------------------- scenario 4: budget honesty (last: the gate stays shut)
throttling 0 1.0 120 false 6000 300
emu_admin POST '' reset-stats
before=$(facade_count '/api/v1/journeys/{id}')
bench budget facade one "$STORM_CONNECTIONS" "$DURATION" "$FACADE_ONE" '{"share":1.0,"retryAfterS":120}'
facade_settle '/api/v1/journeys/{id}'
meta "{\"budget\": {\"upstream\": $(emu_stats | jq .dataverseRequests),
       \"facadeAnswered\": $(( $(facade_count '/api/v1/journeys/{id}') - before ))}}"
stop_facade

# ---------------------------------------------------------------- scenario 5: start-up and memory (cold facade #2)
throttling 0 0 1 false 6000 300
log "cold start of a second facade"
start_facade facade-startup
wait_for "$FACADE/actuator/health/readiness" 180
READY_MS=$(($(now_ms) - FACADE_START_MS))
RSS_READY=$(rss_kb "$FACADE_PID")
bench warmup-startup facade one 16 "$DURATION" "$FACADE_ONE"
bench warmup-startup facade page 16 "$DURATION" "$FACADE_PAGE"
meta "{\"startupReadyMs\": $READY_MS, \"startupRssReadyKb\": $RSS_READY,
       \"startupRssWarmKb\": $(rss_kb "$FACADE_PID"), \"startupHwmKb\": $(hwm_kb "$FACADE_PID"),
       \"startedLine\": $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$RAW/facade-startup.log" | head -1 | jq -R .)}"
stop_facade

# ---------------------------------------------------------------- report
if [ "$PROFILE" = 1 ] && [ -f "$RAW/facade-profile.jfr" ]; then
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$RAW/facade-profile.jfr" >"$RAW/facade-profile.samples.txt"
fi
if [ "${BENCH_SKIP_REPORT:-0}" != 1 ]; then
    /usr/bin/python3 "$ROOT/bench/report.py" "$RAW" "$OUT"
    log "report: $OUT/README.md"
fi
