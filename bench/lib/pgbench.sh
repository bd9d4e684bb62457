# The database ceiling: the statements the server issues per request, replayed by pgbench with
# prepared statements against the same database, data and client counts.
# Each template in bench/pgbench is expanded once per user: ":uid" becomes that user's variable
# (passed with -D, so it is a bind parameter like the server's), @FIRST@/@LAST@ its first and last
# task id and @COUNT@ their number; :clients is the client count of the run.

# The values the server binds that are the same in every transaction (the empty acting email, which
# pgbench cannot hold in a variable, is a literal in the scripts): its statement
# timeout (DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT), its search_path (schema public), the list size
# (page + 1), and the body create.lua posts; peer_limit is the peer's fixed page.
PGB_CONSTANTS=(-D "timeout=5000ms" -D "search_path=public" -D "limit=51" -D "peer_limit=50"
    -D "title=Load test task 1" -D "title_key=load test task 1"
    -D "description=Created by the benchmark to measure inserts." -D "priority=1" -D "tags={bench,load-1}"
    -D "search=load test task 1
created by the benchmark to measure inserts.")

# What each kind of pgbench run replays, on which database, as whom, for which users:
#   db, pool  Todo's own SQL (bench/pgbench/*.sql): BEGIN, the scope, the statements, COMMIT, as the
#             server's login role (RLS applies through the scope's role switch)
#   bare      the minimal statement each request needs on Todo's tables (bench/pgbench/bare/*.sql), in
#             autocommit, no scope, as a role that bypasses row-level security: the floor of Todo's schema
#   peer-sql  the peer's own statements (bench/pgbench/peer/*.sql) on the peer's database and table
pgb_target() {
    PGB_HOST=${PGB_HOST:-127.0.0.1}
    case $1 in
        db | pool)
            PGB_TEMPLATES=$HERE/pgbench PGB_USER=$DB_USER PGB_PASSWORD=$DB_PASSWORD PGB_DB=${PGB_TODO_DB:-$DB_NAME}
            PGB_USERS_FILE=$TODO_USERS ;;
        bare)
            PGB_TEMPLATES=$HERE/pgbench/bare PGB_USER=$BARE_USER PGB_PASSWORD=$BARE_PASSWORD PGB_DB=${PGB_TODO_DB:-$DB_NAME}
            PGB_USERS_FILE=$TODO_USERS ;;
        peer-sql)
            PGB_TEMPLATES=$HERE/pgbench/peer PGB_USER=$PEER_DB_USER PGB_PASSWORD=$PEER_DB_PASSWORD PGB_DB=$PEER_DB
            PGB_USERS_FILE=$OUT/users-peer.tsv ;;
        *) die "unknown pgbench kind $1" ;;
    esac
}

# The role of the "bare" runs: may read and write tasks, bypassing row-level security (no scope needed).
BARE_USER=todo_bare
BARE_PASSWORD=bare-$RANDOM$RANDOM
pgb_bare_role() {
    [[ ${PG_EXTERNAL:-0} == 1 ]] || return 1
    pg_admin -c "CREATE ROLE $BARE_USER LOGIN BYPASSRLS PASSWORD '$BARE_PASSWORD'" >>"$OUT/postgres-init.log" 2>&1
    pg_admin -d "${PGB_TODO_DB:-$DB_NAME}" -c "GRANT SELECT, INSERT, UPDATE ON tasks TO $BARE_USER" >>"$OUT/postgres-init.log"
}

# pgb_generate_from TEMPLATE USERS_FILE DIR: one script per user in DIR; sets PGB_VARS.
pgb_generate_from() {
    local template=$1 users=$2 dir=$3 n=0 uid token first last
    rm -rf "$dir"
    mkdir -p "$dir"
    PGB_VARS=("${PGB_CONSTANTS[@]}")
    while IFS=$'\t' read -r uid token first last; do
        n=$((n + 1))
        sed -e "s/:uid\b/:u$n/g" -e "s/@FIRST@/$first/g" -e "s/@LAST@/$last/g" -e "s/@COUNT@/$((last - first + 1))/g" \
            "$template" >"$dir/u$n.sql"
        PGB_VARS+=(-D "u$n=$uid")
    done <"$users"
}

# pgb_generate SCENARIO [KIND]: the scripts of that scenario for that kind (db by default).
pgb_generate() {
    pgb_target "${2:-db}"
    pgb_generate_from "$PGB_TEMPLATES/$1.sql" "$PGB_USERS_FILE" "$OUT/pgbench/${2:-db}/$1"
}

# pgb_run SCENARIO CLIENTS DURATION_S TAG [KIND [extra pgbench options]]: prints one RESULT line.
pgb_run() {
    local scenario=$1 clients=$2 seconds=$3 tag=$4 kind=${5:-db}
    shift 5 2>/dev/null || shift $#
    pgb_generate "$scenario" "$kind"
    pgb_exec "$OUT/pgbench/$kind/$scenario" "$clients" "$seconds" "$tag" "$@"
}

# pgb_exec DIR CLIENTS DURATION_S TAG [extra options]: runs DIR's scripts (PGB_VARS, PGB_* connection).
pgb_exec() {
    local dir=$1 clients=$2 seconds=$3 tag=$4 f
    shift 4
    local -a scripts=()
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
