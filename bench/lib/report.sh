# summary.md: medians over the repetitions of each scenario, the API as a ratio of the pgbench
# ceilings, where the CPU went, and the server's memory.

# runs_median SCENARIO CONNECTIONS COLUMN KIND: the median of a runs.tsv column over those runs.
runs_median() {
    awk -F'\t' -v s="$1" -v c="$2" -v k="$4" -v col="$3" 'NR > 1 && $1 == s && (c == "*" || $2 == c) && $4 == k { print $col }' \
        "$OUT/runs.tsv" | median
}

runs_sum() {
    awk -F'\t' -v s="$1" -v c="$2" -v k="$4" -v col="$3" \
        'NR > 1 && $1 == s && (c == "*" || $2 == c) && $4 == k { t += $col } END { print t + 0 }' "$OUT/runs.tsv"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "-" }'; }
num() { [[ -n $1 ]] && printf '%.0f' "$1" || printf -- -; }

report() {
    local scenario conns api db pool
    echo "# Benchmark run $(basename "$OUT")"
    echo
    sed 's/^/- /' "$OUT/machine.txt"
    echo "- database: $([[ ${PG_EXTERNAL:-0} == 1 ]] && echo "external throw-away cluster" || echo "the server's embedded one")"
    echo "- settings: USERS=$USERS TASKS_PER_USER=$TASKS_PER_USER DURATION=${DURATION}s REPS=$REPS WARMUP=${WARMUP}s" \
        "THREADS=$THREADS DB_POOL_SIZE=$DB_POOL_SIZE JAVA_OPTS='${JAVA_OPTS-$RECOMMENDED_JAVA_OPTS}'"
    echo
    echo "Medians of $REPS runs; errors are summed over them. \"pgbench\" runs the server's SQL with as many"
    echo "clients as wrk has connections; \"pgbench@pool\" with as many as the server's pool ($DB_POOL_SIZE)."
    echo
    echo "| scenario | conns | API req/s | pgbench tps | ratio | pgbench@pool tps | ratio@pool | API p50 ms | API p99 ms | pgbench p50 ms | pgbench p99 ms | API errors | pgbench errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for scenario in $SCENARIOS; do
        pool=$(runs_median "$scenario" "*" 5 pool)
        for conns in $CONNECTIONS; do
            db=$(runs_median "$scenario" "$conns" 5 db)
            api=$(runs_median "$scenario" "$conns" 5 api)
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$scenario" "$conns" \
                "$(num "$api")" "$(num "$db")" "$(ratio "$api" "$db")" "$(num "$pool")" "$(ratio "$api" "$pool")" \
                "$(runs_median "$scenario" "$conns" 6 api)" "$(runs_median "$scenario" "$conns" 7 api)" \
                "$(runs_median "$scenario" "$conns" 6 db)" "$(runs_median "$scenario" "$conns" 7 db)" \
                "$([[ $MODE == full ]] && runs_sum "$scenario" "$conns" 8 api || echo -)" "$(runs_sum "$scenario" "$conns" 8 db)"
        done
    done
    echo
    echo "Where the CPU went (medians): milliseconds per request or transaction in the server, PostgreSQL and"
    echo "the load generator, and the share of the machine other processes took during the run."
    echo
    echo "| scenario | conns | kind | server ms | postgres ms | wrk/pgbench ms | foreign % |"
    echo "|---|---:|---|---:|---:|---:|---:|"
    awk -F'\t' 'NR > 1 { print $1 "\t" $2 "\t" $4 }' "$OUT/runs.tsv" | awk '!seen[$0]++' |
        while IFS=$'\t' read -r scenario conns kind; do
            printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$scenario" "$conns" "$kind" \
                "$(runs_median "$scenario" "$conns" 10 "$kind")" "$(runs_median "$scenario" "$conns" 11 "$kind")" \
                "$(runs_median "$scenario" "$conns" 12 "$kind")" "$(runs_median "$scenario" "$conns" 13 "$kind")"
        done
    if [[ $MODE == full ]]; then
        echo
        echo "Server memory at the end: $(cat "$OUT/memory.txt") (hwm = VmHWM, the peak resident set over the"
        echo "server's whole life); highest VmRSS sampled once a second: $(awk '$2 > m { m = $2 } END { printf "%.0f MiB", m / 1024 }' "$OUT/rss.log")."
    fi
}
