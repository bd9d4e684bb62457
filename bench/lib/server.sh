# Starts and stops the server under test (bootstrap/target/todo.jar) and samples its memory.
# Sets SERVER_PID, API_PORT, MANAGEMENT_PORT, BASE_URL.

server_build() {
    if [[ -f $JAR && ${REBUILD:-0} != 1 ]]; then return 0; fi
    log "building $JAR"
    (cd "$REPO" && ./mvnw -B -q -o package -DskipTests) >>"$OUT/build.log" 2>&1 || die "build failed, see $OUT/build.log"
    [[ -f $JAR ]] || die "$JAR was not produced"
}

server_start() {
    API_PORT=$(free_port 18080)
    MANAGEMENT_PORT=$(free_port $((API_PORT + 1000)))
    BASE_URL="http://127.0.0.1:$API_PORT"
    local -a db_env
    if [[ ${PG_EXTERNAL:-0} == 1 ]]; then
        db_env=(DATABASE_URL="$DATABASE_URL")
    else
        EMBEDDED_DIR=$(mktemp -d /tmp/todo-bench-embedded.XXXXXX)
        db_env=(TODO_DATA_DIR="$EMBEDDED_DIR/data")
    fi
    local -a java_opts
    read -r -a java_opts <<<"${JAVA_OPTS-$RECOMMENDED_JAVA_OPTS}"
    if [[ ${PROFILE:-0} == 1 ]]; then
        java_opts+=("-XX:StartFlightRecording=filename=$OUT/server.jfr,settings=profile,dumponexit=true")
    fi
    log "starting server on $BASE_URL (management $MANAGEMENT_PORT) with JAVA_OPTS='${java_opts[*]}'"
    # wrk is one client address and a few users at full speed: lift the rate limits and the per-address cap
    env PORT="$API_PORT" MANAGEMENT_PORT="$MANAGEMENT_PORT" "${db_env[@]}" AUTH_TOKEN_TTL=PT6H DB_POOL_SIZE="$DB_POOL_SIZE" \
        RATE_LIMIT_API_PER_USER=2000000000/PT1S RATE_LIMIT_API_PER_ADDRESS=2000000000/PT1S \
        RATE_LIMIT_SIGN_IN_PER_ADDRESS=100000/PT1S MAX_REQUESTS_PER_ADDRESS=100000 \
        java "${java_opts[@]}" -jar "$JAR" >"$OUT/server.log" 2>&1 &
    SERVER_PID=$!
    if ! wait_for "kill -0 $SERVER_PID && curl -fsS -o /dev/null $BASE_URL/api/auth/jwks" 180; then
        tail -40 "$OUT/server.log" >&2
        die "server did not become ready"
    fi
    log "server ready (pid $SERVER_PID) after $(ps -o etimes= -p "$SERVER_PID" | tr -d ' ') s"
    (while kill -0 "$SERVER_PID" 2>/dev/null; do
        echo "$(date +%s) $(awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null)"
        sleep 1
    done) >"$OUT/rss.log" 2>/dev/null &
    RSS_SAMPLER_PID=$!
}

# The server's resident set right now and its high-water mark, in MiB.
server_memory() {
    awk '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } END { printf "rss_mib=%.0f hwm_mib=%.0f\n", r / 1024, h / 1024 }' \
        "/proc/$SERVER_PID/status"
}

server_stop() {
    if [[ -n ${SERVER_PID:-} ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/metrics" -o "$OUT/metrics.txt" 2>/dev/null
        server_memory >"$OUT/memory-at-end.txt"
        # Where the resident memory sits: heap, and (with -XX:NativeMemoryTracking=summary) the rest.
        jcmd "$SERVER_PID" GC.heap_info >"$OUT/heap-at-end.txt" 2>&1
        jcmd "$SERVER_PID" VM.native_memory summary >"$OUT/native-memory-at-end.txt" 2>&1
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null
    fi
    [[ -n ${RSS_SAMPLER_PID:-} ]] && kill "$RSS_SAMPLER_PID" 2>/dev/null
    [[ -n ${EMBEDDED_DIR:-} ]] && rm -rf "$EMBEDDED_DIR"
    return 0
}
