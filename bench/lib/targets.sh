# The servers under test ("variants"): one or more Todo jars and the Spring Boot peer, each with a set
# of launch options, all started at once on the same PostgreSQL and measured in turn.
#
#   TODO_JARS="todo=bootstrap/target/todo.jar"      label=jar pairs; each label gets its own database
#   PEER_DIR=../shared/peers/spring-boot             built into bench/out/peer-build/<hash>/ when present
#   VARIANTS="todo:rec peer:default peer:rec todo:default"
#
# A variant is TARGET:OPTIONS, TARGET a Todo label or "peer", OPTIONS "rec" (REC_JAVA_OPTS, the
# launch options Todo's README recommends), "default" (no options: the JVM's own defaults) or "custom"
# (JAVA_OPTS). Variants of the same target share its database and data.

# The peer's own pool size is Hikari's default; Todo's is DB_POOL_SIZE (also 10 by default).
PEER_DEFAULT_POOL_SIZE=10

declare -A V_SYS V_LABEL V_OPTS V_FILE V_PID V_URL V_MPORT V_RSS_PID V_USERS
declare -A TODO_JAR TODO_DB
TODO_LABELS=()
V_NAMES=()

variants_parse() {
    local entry label path name target opts
    for entry in ${TODO_JARS:-todo=$JAR}; do
        if [[ $entry == *=* ]]; then label=${entry%%=*} path=${entry#*=}; else label=todo path=$entry; fi
        [[ $label =~ ^[a-z][a-z0-9_]*$ && $label != peer ]] || die "TODO_JARS: '$label' is not a label (a-z, 0-9, _; not 'peer')"
        [[ $path == /* ]] || path=$PWD/$path
        TODO_JAR[$label]=$path
        TODO_DB[$label]=$([[ $label == todo ]] && echo todo || echo "todo_$label")
        TODO_LABELS+=("$label")
    done
    PEER_DIR=${PEER_DIR:-$REPO/../shared/peers/spring-boot}
    if [[ ${PEER:-auto} == 0 ]]; then
        PEER_PRESENT=0
    elif [[ -n ${PEER_JAR:-} || -f $PEER_DIR/pom.xml ]]; then
        PEER_PRESENT=1
    else
        [[ ${PEER:-auto} == 1 ]] && die "PEER=1 but there is no peer in $PEER_DIR (set PEER_DIR or PEER_JAR)"
        PEER_PRESENT=0
    fi
    if [[ -z ${VARIANTS:-} ]]; then
        VARIANTS=$(for label in "${TODO_LABELS[@]}"; do printf '%s:rec ' "$label"; done
            ((PEER_PRESENT)) && printf 'peer:default peer:rec '
            ((PEER_PRESENT)) && for label in "${TODO_LABELS[@]}"; do printf '%s:default ' "$label"; done)
        VARIANTS=${VARIANTS% }
    fi
    for name in $VARIANTS; do
        target=${name%%:*} opts=${name#*:}
        [[ $name == *:* ]] || opts=rec name=$name:rec
        [[ $opts == rec || $opts == default || $opts == custom ]] || die "VARIANTS: '$name': options must be rec, default or custom"
        if [[ $target == peer ]]; then
            ((PEER_PRESENT)) || die "VARIANTS names the peer, but there is none in $PEER_DIR"
            V_SYS[$name]=peer
        else
            [[ -n ${TODO_JAR[$target]:-} ]] || die "VARIANTS: '$target' is not a label of TODO_JARS (${TODO_LABELS[*]})"
            V_SYS[$name]=todo
        fi
        V_LABEL[$name]=$target
        case $opts in
            rec) V_OPTS[$name]=$REC_JAVA_OPTS ;;
            default) V_OPTS[$name]= ;;
            custom) V_OPTS[$name]=${JAVA_OPTS:-} ;;
        esac
        V_FILE[$name]=${name/:/-}
        V_NAMES+=("$name")
    done
    ((${#V_NAMES[@]})) || die "no variants to run"
    # pgbench replays Todo's SQL on the database of the first Todo label that runs (or the first label)
    PGB_LABEL=${TODO_LABELS[0]}
    for name in "${V_NAMES[@]}"; do
        if [[ ${V_SYS[$name]} == todo ]]; then PGB_LABEL=${V_LABEL[$name]}; break; fi
    done
}

variants_with() { local name; for name in "${V_NAMES[@]}"; do [[ ${V_SYS[$name]} == "$1" ]] && echo "$name"; done; }
peer_runs() { [[ -n $(variants_with peer) ]]; }

# The Todo labels that have a variant in this run.
labels_running() {
    local label name
    for label in "${TODO_LABELS[@]}"; do
        for name in "${V_NAMES[@]}"; do
            if [[ ${V_LABEL[$name]} == "$label" ]]; then echo "$label"; break; fi
        done
    done
}

todo_build() {
    local label jar
    for label in $(labels_running); do
        jar=${TODO_JAR[$label]}
        if [[ -f $jar && ${REBUILD:-0} != 1 ]]; then continue; fi
        [[ $jar == "$REPO/bootstrap/target/todo.jar" ]] || die "$jar does not exist (only this worktree's jar is built)"
        log "building $jar"
        (cd "$REPO" && ./mvnw -B -ntp -q -o package -DskipTests) >>"$OUT/build.log" 2>&1 || die "build failed, see $OUT/build.log"
        [[ -f $jar ]] || die "$jar was not produced"
    done
}

# Builds the peer from a copy of PEER_DIR (which is never written to), cached by the hash of its files.
peer_build() {
    if [[ -n ${PEER_JAR:-} ]]; then
        [[ -f $PEER_JAR ]] || die "PEER_JAR=$PEER_JAR does not exist"
        return 0
    fi
    local hash cache
    hash=$(cd "$PEER_DIR" && find . -type f -not -path './target/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    cache=${PEER_CACHE:-$HERE/out/peer-build}/$hash
    PEER_JAR=$cache/src/target/spring-peer.jar
    if [[ -f $PEER_JAR && ${REBUILD:-0} != 1 ]]; then
        log "peer: $PEER_JAR (cached build of $PEER_DIR)"
        return 0
    fi
    log "building the peer from $PEER_DIR in $cache"
    rm -rf "$cache"
    mkdir -p "$cache"
    (cd "$PEER_DIR" && tar --exclude=./target -cf - .) | (mkdir -p "$cache/src" && cd "$cache/src" && tar -xf -) \
        || die "cannot copy $PEER_DIR"
    "$REPO/mvnw" -B -ntp -q -f "$cache/src/pom.xml" package -DskipTests >"$cache/build.log" 2>&1 \
        || die "the peer's build failed, see $cache/build.log"
    [[ -f $PEER_JAR ]] || die "the peer's build did not produce $PEER_JAR"
}

# One database per running Todo label, owned by the login role (its migrations run at start-up), and
# the peer's database with its schema.sql, owned by its own login role.
databases_create() {
    local label db
    for label in $(labels_running); do
        db=${TODO_DB[$label]}
        [[ $db == "$DB_NAME" ]] && continue # created by pg_start
        pg_admin -c "CREATE DATABASE $db OWNER $DB_USER" >>"$OUT/postgres-init.log" || die "cannot create $db"
        pg_admin -d "$db" -c "ALTER SCHEMA public OWNER TO $DB_USER" >>"$OUT/postgres-init.log" || die "cannot set up $db"
    done
    if peer_runs || [[ " $DB_KINDS " == *" peer-sql "* && $PEER_PRESENT == 1 ]]; then peer_database; fi
}

PEER_DB=peerdb
PEER_DB_USER=peer
PEER_DB_PASSWORD=peer-$RANDOM$RANDOM

peer_database() {
    local schema=${PEER_SCHEMA:-$PEER_DIR/schema.sql}
    [[ -f $schema ]] || die "no schema.sql for the peer in $PEER_DIR (set PEER_SCHEMA)"
    pg_admin -c "CREATE ROLE $PEER_DB_USER LOGIN PASSWORD '$PEER_DB_PASSWORD'" \
        -c "CREATE DATABASE $PEER_DB OWNER $PEER_DB_USER" >>"$OUT/postgres-init.log" || die "cannot create $PEER_DB"
    pg_admin -d "$PEER_DB" -c "ALTER SCHEMA public OWNER TO $PEER_DB_USER" >>"$OUT/postgres-init.log"
    PGPASSWORD=$PEER_DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PEER_DB_USER" \
        -d "$PEER_DB" -f "$schema" >>"$OUT/postgres-init.log" 2>&1 || die "the peer's schema.sql failed, see $OUT/postgres-init.log"
    PEER_DB_READY=1
    log "peer database $PEER_DB with $(basename "$schema")"
}

variant_start() {
    local name=$1 port mport url check jar label=${V_LABEL[$1]}
    local -a java_opts env_vars
    port=$(free_port 18080)
    url="http://127.0.0.1:$port"
    read -r -a java_opts <<<"${V_OPTS[$name]}"
    if [[ ${PROFILE:-0} == 1 ]]; then
        java_opts+=("-XX:StartFlightRecording=filename=$OUT/server-${V_FILE[$name]}.jfr,settings=profile,dumponexit=true")
    fi
    if [[ ${V_SYS[$name]} == todo ]]; then
        mport=$(free_port $((port + 1000)))
        V_MPORT[$name]=$mport
        env_vars=(PORT="$port" MANAGEMENT_PORT="$mport" DB_POOL_SIZE="$DB_POOL_SIZE" AUTH_TOKEN_TTL=PT6H
            # wrk is one client address and a few users at full speed: lift the rate limits (to the highest
            # refill rate the limiter takes, 1 per ns) and the per-address cap
            RATE_LIMIT_API_PER_USER=1000000000/PT1S RATE_LIMIT_API_PER_ADDRESS=1000000000/PT1S
            RATE_LIMIT_SIGN_IN_PER_ADDRESS=100000/PT1S MAX_REQUESTS_PER_ADDRESS=100000)
        if [[ ${PG_EXTERNAL:-0} == 1 ]]; then
            env_vars+=(DATABASE_URL="postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/${TODO_DB[$label]}")
        else
            EMBEDDED_DIR=$(mktemp -d /tmp/todo-bench-embedded.XXXXXX)
            env_vars+=(TODO_DATA_DIR="$EMBEDDED_DIR/data")
        fi
        if [[ $TOKENS == hs256 ]]; then
            env_vars+=(AUTH_ISSUER="$TOKEN_ISSUER" AUTH_AUDIENCE="$TOKEN_ISSUER" AUTH_JWT_SECRET="$JWT_SECRET")
        else
            env_vars+=(AUTH_ISSUER="$TOKEN_ISSUER" AUTH_AUDIENCE="$TOKEN_ISSUER" AUTH_SIGNING_KEY="$OWN_SIGNING_KEY")
        fi
        check="curl -fsS -o /dev/null $url/api/auth/jwks"
        jar=${TODO_JAR[$label]}
    else
        env_vars=(PORT="$port" DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PEER_DB" DB_USER="$PEER_DB_USER"
            DB_PASSWORD="$PEER_DB_PASSWORD" JWT_SECRET="$JWT_SECRET")
        ((DB_POOL_SIZE == PEER_DEFAULT_POOL_SIZE)) || env_vars+=(SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE="$DB_POOL_SIZE")
        check="curl -sS -o /dev/null -w %{http_code} $url/api/ready-check/tasks | grep -q 401"
        jar=$PEER_JAR
    fi
    log "starting $name ($jar) on $url with java options '${java_opts[*]}'"
    env "${env_vars[@]}" java "${java_opts[@]}" -jar "$jar" >"$OUT/server-${V_FILE[$name]}.log" 2>&1 &
    V_PID[$name]=$!
    V_URL[$name]=$url
    if ! wait_for "kill -0 ${V_PID[$name]} && $check" 180; then
        tail -40 "$OUT/server-${V_FILE[$name]}.log" >&2
        die "$name did not become ready"
    fi
    log "$name ready (pid ${V_PID[$name]}) after $(ps -o etimes= -p "${V_PID[$name]}" | tr -d ' ') s"
    (while kill -0 "${V_PID[$name]}" 2>/dev/null; do
        echo "$(date +%s) $(awk '/^VmRSS/ { print $2 }' "/proc/${V_PID[$name]}/status" 2>/dev/null)"
        sleep 1
    done) >"$OUT/rss-${V_FILE[$name]}.log" 2>/dev/null &
    V_RSS_PID[$name]=$!
    # The single-server helpers (embedded PostgreSQL discovery) look at SERVER_PID and BASE_URL.
    SERVER_PID=${V_PID[$name]} BASE_URL=$url
}

variants_start() { local name; for name in "${V_NAMES[@]}"; do variant_start "$name"; done; }

# The pids of every server of the run but $1.
other_server_pids() { local name; for name in "${V_NAMES[@]}"; do [[ $name != "$1" && -n ${V_PID[$name]:-} ]] && echo "${V_PID[$name]}"; done; }

# "rss_mib=… hwm_mib=…" of a variant's server now (VmHWM: its peak over its whole life).
variant_memory() {
    awk '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } END { printf "rss_mib=%.0f hwm_mib=%.0f\n", r / 1024, h / 1024 }' \
        "/proc/${V_PID[$1]}/status"
}

variants_memory() {
    local name
    for name in "${V_NAMES[@]}"; do
        kill -0 "${V_PID[$name]}" 2>/dev/null || continue
        echo "$name $(variant_memory "$name") max_sampled_mib=$(awk '$2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$OUT/rss-${V_FILE[$name]}.log")"
    done
}

variants_stop() {
    local name pid
    for name in "${V_NAMES[@]}"; do
        pid=${V_PID[$name]:-}
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            if [[ ${V_SYS[$name]} == todo ]]; then
                curl -fsS "http://127.0.0.1:${V_MPORT[$name]}/metrics" -o "$OUT/metrics-${V_FILE[$name]}.txt" 2>/dev/null
            fi
            jcmd "$pid" GC.heap_info >"$OUT/heap-at-end-${V_FILE[$name]}.txt" 2>&1
            kill "$pid"
            wait "$pid" 2>/dev/null
        fi
        [[ -n ${V_RSS_PID[$name]:-} ]] && kill "${V_RSS_PID[$name]}" 2>/dev/null
    done
    [[ -n ${EMBEDDED_DIR:-} ]] && rm -rf "$EMBEDDED_DIR"
    return 0
}
