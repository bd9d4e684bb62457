# summary.md: medians over the repetitions of each scenario, the variants side by side, the API as a
# ratio of the pgbench floors, where the CPU went, and each server's memory; results-section.md: the
# same figures as a section to paste into RESULTS.md.

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
ms() { [[ -n $1 ]] && printf '%.1f' "$1" || printf -- -; }
ms3() { [[ -n $1 ]] && printf '%.3f' "$1" || printf -- -; }
plus() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "") printf "%.3f", a + b }'; }
ran() { awk -F'\t' -v k="$1" 'NR > 1 && $4 == k { f = 1 } END { exit !f }' "$OUT/runs.tsv"; }

# Goals of issue 19 for Todo against the peer: throughput ratio per scenario; p99 at most the peer's.
target_ratio() { case $1 in get | list) echo 1.5 ;; create | toggle) echo 1.0 ;; *) echo "" ;; esac; }

# The pairs compared side by side: COMPARE="a/b …", or every Todo variant against every peer variant,
# then every later Todo label against the first one with the same options (after/before).
compare_pairs() {
    local t p name first=${TODO_LABELS[0]}
    if [[ -n ${COMPARE:-} ]]; then echo "$COMPARE" | tr ' ' '\n' | grep .; return; fi
    for t in $(variants_with todo); do
        for p in $(variants_with peer); do echo "$t/$p"; done
    done
    for name in $(variants_with todo); do
        [[ ${V_LABEL[$name]} == "$first" ]] && continue
        [[ -n ${V_SYS[$first:${name#*:}]:-} ]] && echo "$name/$first:${name#*:}"
    done
}

# pair_table A B: the scenarios side by side; columns after the p99s split the CPU per request.
pair_table() {
    local a=$1 b=$2 scenario conns ra rb pa pb target check
    local goals=0
    [[ ${V_SYS[$a]} == todo && ${V_SYS[$b]} == peer ]] && goals=1
    printf '| scenario | conns | %s req/s | %s req/s | %s/%s | %s p99 ms | %s p99 ms |' "$a" "$b" "$a" "$b" "$a" "$b"
    printf ' %s CPU ms/req (JVM + PG) | %s CPU ms/req (JVM + PG) | errors | foreign %% |' "$a" "$b"
    ((goals)) && printf ' goal | met |'
    echo
    printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    ((goals)) && printf -- '---:|---|'
    echo
    for scenario in $SCENARIOS; do
        for conns in $CONNECTIONS; do
            ra=$(runs_median "$scenario" "$conns" 5 "$a")
            rb=$(runs_median "$scenario" "$conns" 5 "$b")
            pa=$(runs_median "$scenario" "$conns" 7 "$a")
            pb=$(runs_median "$scenario" "$conns" 7 "$b")
            printf '| %s | %s | %s | %s | %s | %s | %s | %s + %s | %s + %s | %s / %s | %s / %s |' "$scenario" "$conns" \
                "$(num "$ra")" "$(num "$rb")" "$(ratio "$ra" "$rb")" "$(ms "$pa")" "$(ms "$pb")" \
                "$(ms3 "$(runs_median "$scenario" "$conns" 10 "$a")")" "$(ms3 "$(runs_median "$scenario" "$conns" 11 "$a")")" \
                "$(ms3 "$(runs_median "$scenario" "$conns" 10 "$b")")" "$(ms3 "$(runs_median "$scenario" "$conns" 11 "$b")")" \
                "$(runs_sum "$scenario" "$conns" 8 "$a")" "$(runs_sum "$scenario" "$conns" 8 "$b")" \
                "$(runs_median "$scenario" "$conns" 13 "$a")" "$(runs_median "$scenario" "$conns" 13 "$b")"
            if ((goals)); then
                target=$(target_ratio "$scenario")
                check=$(awk -v r="$(ratio "$ra" "$rb")" -v t="$target" -v pa="$pa" -v pb="$pb" 'BEGIN {
                    if (r == "-" || t == "") { print "-"; exit }
                    m = ""; if (r + 0 < t + 0) m = "throughput"; if (pa + 0 > pb + 0) m = m (m ? ", " : "") "p99"
                    print (m ? "no: " m : "yes") }')
                printf ' ≥ %s×, p99 ≤ peer | %s |' "${target:--}" "$check"
            fi
            echo
        done
    done
}

cpu_table() {
    local scenario conns kind
    echo "| scenario | conns | run | req/s or tps | server ms | postgres ms | wrk/pgbench ms | foreign % | idle servers % |"
    echo "|---|---:|---|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' 'NR > 1 { print $1 "\t" $2 "\t" $4 }' "$OUT/runs.tsv" | awk '!seen[$0]++' |
        while IFS=$'\t' read -r scenario conns kind; do
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$scenario" "$conns" "$kind" \
                "$(num "$(runs_median "$scenario" "$conns" 5 "$kind")")" \
                "$(runs_median "$scenario" "$conns" 10 "$kind")" "$(runs_median "$scenario" "$conns" 11 "$kind")" \
                "$(runs_median "$scenario" "$conns" 12 "$kind")" "$(runs_median "$scenario" "$conns" 13 "$kind")" \
                "$(runs_median "$scenario" "$conns" 14 "$kind")"
        done
}

# The first Todo variant against the pgbench floors of Todo's schema, and the first peer variant
# against its own SQL.
floors_table() {
    local scenario conns todo peer api db bare psql papi pool
    if [[ $MODE == full ]]; then
        todo=$(variants_with todo | head -1)
        peer=$(variants_with peer | head -1)
    fi
    echo "| scenario | conns | ${todo:-API} req/s | replay tps | API/replay | bare tps | API/bare | replay/bare | replay p99 ms | bare p99 ms | ${peer:-peer} req/s | peer SQL tps | peer/peer SQL | pool tps | pgbench errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for scenario in $SCENARIOS; do
        pool=$(runs_median "$scenario" "*" 5 pool)
        for conns in $CONNECTIONS; do
            api=$([[ -n $todo ]] && runs_median "$scenario" "$conns" 5 "$todo")
            papi=$([[ -n $peer ]] && runs_median "$scenario" "$conns" 5 "$peer")
            db=$(runs_median "$scenario" "$conns" 5 db)
            bare=$(runs_median "$scenario" "$conns" 5 bare)
            psql=$(runs_median "$scenario" "$conns" 5 peer-sql)
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$scenario" "$conns" \
                "$(num "$api")" "$(num "$db")" "$(ratio "$api" "$db")" "$(num "$bare")" "$(ratio "$api" "$bare")" \
                "$(ratio "$db" "$bare")" "$(ms "$(runs_median "$scenario" "$conns" 7 db)")" "$(ms "$(runs_median "$scenario" "$conns" 7 bare)")" \
                "$(num "$papi")" "$(num "$psql")" "$(ratio "$papi" "$psql")" "$(num "$pool")" \
                "$(($(runs_sum "$scenario" "$conns" 8 db) + $(runs_sum "$scenario" "$conns" 8 bare) + $(runs_sum "$scenario" "$conns" 8 peer-sql)))"
        done
    done
}

memory_table() {
    local name rss hwm sampled
    echo "| variant | jar | java options | peak RSS (VmHWM) MiB | highest sampled VmRSS MiB | RSS at end MiB |"
    echo "|---|---|---|---:|---:|---:|"
    while read -r name rss hwm sampled; do
        printf '| %s | %s | %s | %s | %s | %s |\n' "$name" \
            "$([[ ${V_SYS[$name]} == peer ]] && basename "$PEER_JAR" || basename "${TODO_JAR[${V_LABEL[$name]}]}")" \
            "${V_OPTS[$name]:-(JVM defaults)}" "${hwm#hwm_mib=}" "${sampled#max_sampled_mib=}" "${rss#rss_mib=}"
    done <"$OUT/memory.txt"
}

settings_line() {
    echo "USERS=$USERS TASKS_PER_USER=$TASKS_PER_USER DURATION=${DURATION}s REPS=$REPS WARMUP=${WARMUP}s per variant" \
        "THREADS=$THREADS CONNECTIONS='$CONNECTIONS' DB_POOL_SIZE=$DB_POOL_SIZE TOKENS=$TOKENS DB_KINDS='$DB_KINDS'"
}

report() {
    local pair name
    echo "# Benchmark run $(basename "$OUT")"
    echo
    sed 's/^/- /' "$OUT/machine.txt"
    echo "- database: $([[ ${PG_EXTERNAL:-0} == 1 ]] && echo "external throw-away cluster" || echo "the server's embedded one")"
    echo "- settings: $(settings_line)"
    if [[ $MODE == full ]]; then
        for name in "${V_NAMES[@]}"; do
            echo "- $name: $([[ ${V_SYS[$name]} == peer ]] && echo "$PEER_JAR" || echo "${TODO_JAR[${V_LABEL[$name]}]}")," \
                "java options '${V_OPTS[$name]}'"
        done
    fi
    echo
    echo "Medians of $REPS runs; errors are summed over them (non-2xx, socket errors, timeouts, failed"
    echo "transactions). The runs were interleaved: each scenario, connection count and repetition ran every"
    echo "variant in turn, then every pgbench kind. CPU ms/req is the median CPU time per request of the"
    echo "server's JVM + PostgreSQL; foreign % the share of the machine other processes took during the run."
    if [[ $MODE == full ]]; then
        for pair in $(compare_pairs); do
            ran "${pair%/*}" && ran "${pair#*/}" || continue
            echo
            echo "## ${pair%/*} against ${pair#*/}"
            echo
            pair_table "${pair%/*}" "${pair#*/}"
        done
    fi
    echo
    echo "## Database floors (pgbench)"
    echo
    echo "\"replay\" is Todo's own SQL (BEGIN, scope, statements, COMMIT), \"bare\" the minimal statement each"
    echo "request needs on Todo's tables in autocommit (no scope, no row-level security; toggle in one"
    echo "statement), \"peer SQL\" the peer's statements on its table, \"pool\" the replay with as many clients"
    echo "as the server's pool ($DB_POOL_SIZE). replay/bare is what the scope and the two-transaction toggle cost."
    echo
    floors_table
    echo
    echo "## Where the CPU went (medians, per request or transaction)"
    echo
    cpu_table
    if [[ $MODE == full ]]; then
        echo
        echo "## Memory"
        echo
        memory_table
    fi
}

# A section for RESULTS.md: the main comparison in the issue's format, the same launch options both
# ways, the memory, and the cost-budget rows to fill from a before/after run.
results_section() {
    local pair a b scenario conns ra rb
    echo "## Against the Spring Boot peer: run $(basename "$OUT")"
    echo
    echo "One interleaved run, $(nproc) vCPU, throw-away PostgreSQL $("$PG_BIN/postgres" --version 2>/dev/null | awk '{ print $3 }'),"
    echo "$(settings_line). Medians of $REPS × ${DURATION} s; the same HS256 tokens for both servers."
    for pair in $(compare_pairs); do
        a=${pair%/*} b=${pair#*/}
        ran "$a" && ran "$b" || continue
        echo
        echo "### $a vs $b"
        echo
        echo "| scenario | $a req/s | $b req/s | $a/$b | $a p99 | $b p99 | $a CPU ms/req | $b CPU ms/req |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
        for scenario in $SCENARIOS; do
            for conns in $CONNECTIONS; do
                ra=$(runs_median "$scenario" "$conns" 5 "$a")
                rb=$(runs_median "$scenario" "$conns" 5 "$b")
                printf '| %s%s | %s | %s | %s | %s ms | %s ms | %s | %s |\n' "$scenario" \
                    "$([[ $(wc -w <<<"$CONNECTIONS") -gt 1 ]] && echo " @$conns")" "$(num "$ra")" "$(num "$rb")" "$(ratio "$ra" "$rb")" \
                    "$(num "$(runs_median "$scenario" "$conns" 7 "$a")")" "$(num "$(runs_median "$scenario" "$conns" 7 "$b")")" \
                    "$(plus "$(runs_median "$scenario" "$conns" 10 "$a")" "$(runs_median "$scenario" "$conns" 11 "$a")")" \
                    "$(plus "$(runs_median "$scenario" "$conns" 10 "$b")" "$(runs_median "$scenario" "$conns" 11 "$b")")"
            done
        done
    done
    echo
    echo "Peak resident memory (VmHWM):$(awk '{ sub(/hwm_mib=/, "", $3); printf " %s %s MiB;", $1, $3 }' "$OUT/memory.txt" | sed 's/;$/./')"
    echo
    echo "### Cost budget"
    echo
    echo "| feature | scenario it touches | before req/s | after req/s | CPU ms/req before | after | cost | budget |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    echo "| sessions revocation check | get, list, create, toggle | | | | | | < 15 % |"
    echo "| change-log writes | create, toggle | | | | | | < 15 % |"
}
