# The database ceiling: the statements the server issues per request, replayed by pgbench with
# prepared statements against the same database, data and client counts.
# Each template in bench/pgbench is expanded once per user: ":uid" becomes that user's variable
# (passed with -D, so it is a bind parameter like the server's), @FIRST@/@LAST@ its first and last
# task id and @COUNT@ their number; :clients is the client count of the run.

# The values the server binds that are the same in every transaction (the empty acting email, which
# pgbench cannot hold in a variable, is a literal in the scripts): its statement
# timeout (DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT), the list size (page + 1), and the body create.lua posts.
PGB_CONSTANTS=(-D "timeout=5000ms" -D "limit=51"
    -D "title=Load test task 1" -D "title_key=load test task 1"
    -D "description=Created by the benchmark to measure inserts." -D "priority=1" -D "tags={bench,load-1}"
    -D "search=load test task 1
created by the benchmark to measure inserts.")

pgb_generate() {
    local scenario=$1 template="$HERE/pgbench/$1.sql" dir="$OUT/pgbench/$1" n=0 uid token first last
    mkdir -p "$dir"
    PGB_VARS=("${PGB_CONSTANTS[@]}")
    while IFS=$'\t' read -r uid token first last; do
        n=$((n + 1))
        sed -e "s/:uid\b/:u$n/g" -e "s/@FIRST@/$first/g" -e "s/@LAST@/$last/g" -e "s/@COUNT@/$((last - first + 1))/g" \
            "$template" >"$dir/u$n.sql"
        PGB_VARS+=(-D "u$n=$uid")
    done <"$OUT/users.tsv"
}

# pgb_run SCENARIO CLIENTS DURATION_S TAG [extra pgbench options]: prints one RESULT line.
pgb_run() {
    local scenario=$1 clients=$2 seconds=$3 tag=$4
    shift 4
    local dir="$OUT/pgbench/$scenario" f
    local -a scripts=()
    pgb_generate "$scenario"
    for f in "$dir"/u*.sql; do scripts+=(-f "$f"); done
    local threads=$((clients < THREADS ? clients : THREADS))
    rm -f "$OUT/raw/$tag".log*
    local TIMEFORMAT='%U %S'
    { time PGPASSWORD=$PGB_PASSWORD pgbench -h "$PGB_HOST" -p "$PG_PORT" -U "$PGB_USER" -n -M prepared \
        -c "$clients" -j "$threads" -T "$seconds" -D "clients=$clients" "${PGB_VARS[@]}" "${scripts[@]}" \
        -l --log-prefix="$OUT/raw/$tag.log" "$@" "$PGB_DB" >"$OUT/raw/$tag.out" 2>&1; } 2>"$OUT/raw/$tag.time"
    local status=$?
    pgb_result "$OUT/raw/$tag" "$status"
}

# One RESULT line from pgbench's summary and its per-transaction log (latency is its 3rd column, in µs).
pgb_result() {
    local base=$1 status=$2 tps failed aborted p50 p99 count
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$base.out")
    count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$base.out" | head -1)
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$base.out" | head -1)
    aborted=$(grep -c 'client [0-9]* aborted' "$base.out")
    read -r p50 p99 < <(cat "$base".log* 2>/dev/null | awk '{ print $3 }' | sort -n \
        | awk '{ v[NR] = $1 } END { if (NR) printf "%.3f %.3f\n", v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))] / 1000, v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))] / 1000; else print "nan nan" }')
    rm -f "$base".log*
    echo "RESULT transactions=${count:-0} tps=${tps:-0} p50_ms=$p50 p99_ms=$p99 failed=${failed:-0} aborted_clients=$aborted exit=$status"
}
