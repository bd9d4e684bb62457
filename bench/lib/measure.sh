# The timed part: warm-up, statement trace, and the interleaved API / pgbench runs.
# Appends one row per run to $OUT/runs.tsv; "kind" is the variant (todo:rec, peer:default, …) for an
# API run, or the pgbench kind (db, bare, peer-sql, pool).

RUNS_HEADER="scenario	connections	rep	kind	throughput	p50_ms	p99_ms	errors	busy_before_pct	cpu_server_ms	cpu_postgres_ms	cpu_loadgen_ms	foreign_pct	idle_servers_pct"

# The value of key in a "RESULT k=v k=v" line.
kv() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }

# Where pgbench replays Todo's SQL: the database of the first Todo label, with its users.
pgb_connection() {
    PGB_HOST=${PGB_HOST:-127.0.0.1}
    PGB_TODO_DB=${PGB_TODO_DB:-${TODO_DB[$PGB_LABEL]:-$DB_NAME}}
    [[ ${PG_EXTERNAL:-0} == 1 ]] || PGB_TODO_DB=$DB_NAME
    TODO_USERS=${TODO_USERS:-$OUT/users-$PGB_LABEL.tsv}
}

# psql as the superuser, wherever the database is.
db_admin() {
    if [[ ${PG_EXTERNAL:-0} == 1 ]]; then
        pg_admin "$@"
    else
        PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" "$@"
    fi
}

pg_enable_statement_stats() {
    [[ ${PG_EXTERNAL:-0} == 1 ]] || return 0
    pg_admin -d postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >>"$OUT/postgres-init.log" 2>&1
}

# The embedded PostgreSQL listens on a port the server chose: find it among the server's children.
pg_discover_embedded() {
    local pid port db
    for pid in $(pgrep -P "$SERVER_PID") $(pgrep -f "$EMBEDDED_DIR"); do
        port=$(ss -Htlnp 2>/dev/null | awk -v p="pid=$pid," '$0 ~ p { sub(/.*:/, "", $4); print $4; exit }')
        [[ -n $port ]] && break
    done
    [[ -n $port ]] || return 1
    PG_PORT=$port
    DB_USER=postgres
    DB_PASSWORD=postgres
    for db in todo postgres; do
        if PGPASSWORD=$DB_PASSWORD psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$db" \
            -c "SELECT to_regclass('tasks') IS NOT NULL" 2>/dev/null | grep -q t; then
            DB_NAME=$db
            log "embedded PostgreSQL on port $PG_PORT, database $DB_NAME"
            return 0
        fi
    done
    return 1
}

checkpoint() { db_admin -d "$PGB_TODO_DB" -c CHECKPOINT >/dev/null 2>&1; sleep 1; }

# WARMUP seconds of mixed list/get/toggle/create for each variant, split over the connection counts
# of the timed runs; a variant's other servers are idle meanwhile.
warm_up() {
    local name c conns=($CONNECTIONS) part
    part=$((WARMUP / ${#conns[@]}))
    ((part > 0)) || return 0
    for name in "${V_NAMES[@]}"; do
        for c in "${conns[@]}"; do
            log "warm-up of $name: mixed load, $c connections, ${part} s"
            wrk -t"$THREADS" -c"$c" -d"${part}s" --timeout 10s -s "$HERE/lua/mixed.lua" "${V_URL[$name]}" \
                -- "${V_USERS[$name]}" "$THREADS" "${V_SYS[$name]}" >"$OUT/raw/warm-up-${V_FILE[$name]}-c$c.txt" 2>&1
            grep RESULT "$OUT/raw/warm-up-${V_FILE[$name]}-c$c.txt" | tee -a "$OUT/bench.log" >&2
        done
    done
}

# The database a variant's statements run in.
variant_db() { [[ ${V_SYS[$1]} == peer ]] && echo "$PEER_DB" || echo "${TODO_DB[${V_LABEL[$1]}]}"; }

# Which statements, how many per request and per pgbench transaction: the evidence that pgbench
# replays what the server issues.
trace_statements() {
    [[ ${PG_EXTERNAL:-0} == 1 ]] || return 0
    local scenario line units name kind seen=" "
    : >"$OUT/statements.txt"
    for scenario in $SCENARIOS; do
        if [[ $MODE == full ]]; then
            for name in "${V_NAMES[@]}"; do
                [[ $seen == *" $scenario/${V_LABEL[$name]} "* ]] && continue # one variant per target
                seen+="$scenario/${V_LABEL[$name]} "
                pg_admin -d postgres -c "SELECT pg_stat_statements_reset()" >/dev/null
                line=$(wrk -t1 -c4 -d3s -s "$HERE/lua/$scenario.lua" "${V_URL[$name]}" -- "${V_USERS[$name]}" 1 "${V_SYS[$name]}" | grep RESULT)
                units=$(kv requests "$line")
                statement_counts "API $scenario, ${V_LABEL[$name]}: $units requests" "$units" "$(variant_db "$name")"
            done
        fi
        for kind in $DB_KINDS; do
            pg_admin -d postgres -c "SELECT pg_stat_statements_reset()" >/dev/null
            pgb_target "$kind"
            line=$(pgb_run "$scenario" 4 3 "trace-$kind-$scenario" "$kind")
            units=$(kv transactions "$line")
            statement_counts "pgbench $kind $scenario: $units transactions" "$units" "$PGB_DB"
        done
    done
}

statement_counts() {
    {
        echo "## $1"
        pg_admin -d postgres -A -F $'\t' -P footer=off -c "
            SELECT round(s.calls::numeric / greatest($2, 1), 2) AS per_unit, s.calls,
                   round(s.rows::numeric / greatest(s.calls, 1), 2) AS rows_per_call,
                   left(regexp_replace(s.query, '\s+', ' ', 'g'), 400) AS query
              FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
             WHERE d.datname = '$3' AND s.query NOT LIKE '%pg_stat_statements%'
             ORDER BY s.calls DESC, s.query LIMIT 25"
        echo
    } >>"$OUT/statements.txt"
}

# measure_api VARIANT SCENARIO CONNECTIONS REP
measure_api() {
    local name=$1 scenario=$2 conns=$3 rep=$4 line before after quiet errors TIMEFORMAT='%U %S'
    local tag="api-${V_FILE[$1]}-$2-c$3-r$4"
    checkpoint
    quiet=$(wait_quiet)
    OTHER_PIDS=$(other_server_pids "$name")
    before=$(cpu_snapshot "${V_PID[$name]}")
    { time wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --latency --timeout 10s -s "$HERE/lua/$scenario.lua" \
        "${V_URL[$name]}" -- "${V_USERS[$name]}" "$THREADS" "${V_SYS[$name]}" >"$OUT/raw/$tag.txt" 2>&1; } 2>"$OUT/raw/$tag.time"
    after=$(cpu_snapshot "${V_PID[$name]}")
    line=$(grep RESULT "$OUT/raw/$tag.txt") || die "wrk failed: $(tail -5 "$OUT/raw/$tag.txt")"
    errors=$(($(kv non2xx "$line") + $(kv socket_errors "$line") + $(kv timeouts "$line")))
    record_run "$scenario" "$conns" "$rep" "$name" "$(kv rps "$line")" "$(kv p50_ms "$line")" "$(kv p99_ms "$line")" \
        "$errors" "$quiet" "$(cpu_delta "$before" "$after" "$(kv requests "$line")" "$(loadgen_seconds "$tag")")"
    [[ $(kv codes "$line") == - ]] || log "  $tag statuses other than 2xx: $(kv codes "$line")"
}

measure_db() {
    local scenario=$1 conns=$2 rep=$3 kind=${4:-db} line
    local tag="$kind-$1-c$2-r$3" before after quiet errors
    checkpoint
    quiet=$(wait_quiet)
    OTHER_PIDS=$(other_server_pids "")
    before=$(cpu_snapshot "")
    pgb_run "$scenario" "$conns" "$DURATION" "$tag" "$kind" >"$OUT/raw/$tag.result"
    after=$(cpu_snapshot "")
    line=$(cat "$OUT/raw/$tag.result")
    errors=$(($(kv failed "$line") + $(kv aborted_clients "$line") + ($(kv exit "$line") != 0)))
    record_run "$scenario" "$conns" "$rep" "$kind" "$(kv tps "$line")" "$(kv p50_ms "$line")" "$(kv p99_ms "$line")" \
        "$errors" "$quiet" "$(cpu_delta "$before" "$after" "$(kv transactions "$line")" "$(loadgen_seconds "$tag")")"
}

record_run() {
    local cpu=${10}
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${@:1:9}" \
        "$(kv cpu_server_ms "$cpu")" "$(kv cpu_postgres_ms "$cpu")" "$(kv cpu_loadgen_ms "$cpu")" "$(kv foreign_pct "$cpu")" \
        "$(kv idle_servers_pct "$cpu")" >>"$OUT/runs.tsv"
    log "  $1 c$2 #$3 $4: $(printf %.0f "$5")/s p50 $6 ms p99 $7 ms errors $8 (busy before $9%; $cpu)"
}

# User plus system CPU seconds of the load generator, from bash's time of the wrk or pgbench run.
loadgen_seconds() { awk '{ print $1 + $2 }' "$OUT/raw/$1.time"; }

# Interleaved: for each scenario, connection count and repetition, one run of every variant in turn,
# then one pgbench run of every kind; then the pool-sized replays.
measure_all() {
    local scenario conns rep name kind
    echo "$RUNS_HEADER" >"$OUT/runs.tsv"
    for scenario in $SCENARIOS; do
        for conns in $CONNECTIONS; do
            log "$scenario at $conns connections: $REPS x ${DURATION} s for each of: $([[ $MODE == full ]] && echo "${V_NAMES[*]}") $DB_KINDS"
            for ((rep = 1; rep <= REPS; rep++)); do
                if [[ $MODE == full ]]; then
                    for name in "${V_NAMES[@]}"; do measure_api "$name" "$scenario" "$conns" "$rep"; done
                fi
                for kind in $DB_KINDS; do measure_db "$scenario" "$conns" "$rep" "$kind"; done
            done
        done
        if [[ ${CEILING_AT_POOL:-1} == 1 ]]; then
            log "$scenario, pgbench with as many clients as the server's pool ($DB_POOL_SIZE): $REPS x ${DURATION} s"
            for ((rep = 1; rep <= REPS; rep++)); do measure_db "$scenario" "$DB_POOL_SIZE" "$rep" pool; done
        fi
        [[ $scenario == create && $MODE == full ]] && reset_data
    done
}

# --db-only: the schema from the adapter's Flyway migrations, applied with psql.
db_only_schema() {
    local dir=${MIGRATIONS:-$REPO/adapter-postgres/src/main/resources/db/migration} f
    [[ -d $dir ]] || die "no migrations in $dir"
    for f in $(ls "$dir"/V*.sql | sort -V); do
        log "applying $(basename "$f")"
        # Flyway's placeholder for the schema the migrations run in: public here
        sed 's/\${flyway:defaultSchema}/public/g' "$f" | pg_app -f - >>"$OUT/postgres-init.log" 2>&1 \
            || die "migration $f failed, see $OUT/postgres-init.log"
    done
    pg_enable_statement_stats
}

# --db-only: users with random ids, each given its tasks by the create transaction itself, one user
# after the other so that each user's ids are contiguous.
db_only_seed() {
    local i uid first last
    pgb_connection
    TODO_USERS=$OUT/users.tsv
    : >"$OUT/users.tsv"
    for ((i = 1; i <= USERS; i++)); do
        uid=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32)
        printf '%s\t-\t0\t0\n' "$uid" >>"$OUT/users.tsv"
    done
    log "seeding $TASKS_PER_USER tasks for each of $USERS users with SQL"
    pgb_generate create
    for ((i = 1; i <= USERS; i++)); do
        PGOPTIONS="-c synchronous_commit=off" PGPASSWORD=$PGB_PASSWORD pgbench -h "$PGB_HOST" -p "$PG_PORT" \
            -U "$PGB_USER" -n -M prepared -c 1 -t "$TASKS_PER_USER" "${PGB_VARS[@]}" -f "$OUT/pgbench/db/create/u$i.sql" \
            "$PGB_DB" >>"$OUT/raw/seed.out" 2>&1 || die "seeding failed, see $OUT/raw/seed.out"
    done
    local tmp="$OUT/users.tsv.tmp"
    : >"$tmp"
    while IFS=$'\t' read -r uid _ _ _; do
        read -r first last < <(db_admin -d "$PGB_DB" -At -F ' ' \
            -c "SELECT min(id), max(id) FROM tasks WHERE user_id = '$uid'")
        ((last - first + 1 == TASKS_PER_USER)) || die "user $uid got ids $first..$last, not contiguous"
        printf '%s\t-\t%s\t%s\n' "$uid" "$first" "$last" >>"$tmp"
    done <"$OUT/users.tsv"
    mv "$tmp" "$OUT/users.tsv"
    db_admin -d "$PGB_TODO_DB" -c "VACUUM ANALYZE" >/dev/null
    if [[ ${PEER_DB_READY:-0} == 1 ]]; then
        cut -f1 "$OUT/users.tsv" | while read -r uid; do printf '%s\t-\n' "$uid"; done >"$OUT/tokens.tsv"
        seed_peer_tasks "$OUT/users-peer.tsv"
    fi
}
