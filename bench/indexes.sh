#!/usr/bin/env bash
# What each secondary index of the tasks table costs and what it buys, in the database alone.
#
# A throw-away PostgreSQL (lib/postgres.sh) with the schema of the Flyway migrations; users with 200,
# 1000 and 5000 tasks each. For the full index set and for the set without each index in turn, pgbench
# replays the server's create and toggle transactions (the write cost the index adds) and the list
# queries that index serves, as TaskListQuery builds them (the reads it speeds up), in the server's
# scoped transactions. Repetitions are interleaved over the index sets; the tables show medians.
#
#   bench/indexes.sh        about 8 minutes with the defaults (174 runs of 1 s; REPS=1: about 3)
#
# Settings (environment): SIZES="200 1000 5000" (tasks per user) USERS_PER_SIZE=4
# WRITE_SIZES=1000 (the users whose tasks the write runs touch) CLIENTS=8 THREADS=2 DURATION=1 REPS=3
# INDEXES="tasks_by_created tasks_by_updated tasks_by_title tasks_by_due tasks_by_priority tasks_by_tag" QUIET_PCT=25 QUIET_WAIT=5 KEEP_DB=0 OUT=bench/out/indexes-<time>
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
MODE=db-only

SIZES=${SIZES:-200 1000 5000}
USERS_PER_SIZE=${USERS_PER_SIZE:-4}
WRITE_SIZES=${WRITE_SIZES:-1000}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-1}
REPS=${REPS:-3}
QUIET_WAIT=${QUIET_WAIT:-5}
# tasks_by_text (the trigram index over search) was measured here on 2026-11-28 and dropped by migration V4
INDEXES=${INDEXES:-tasks_by_created tasks_by_updated tasks_by_title tasks_by_due tasks_by_priority tasks_by_tag}
OUT=${OUT:-$HERE/out/indexes-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/raw"

source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"
source "$HERE/lib/pgbench.sh"
source "$HERE/lib/cpu.sh"
source "$HERE/lib/measure.sh"

trap pg_stop EXIT
trap 'exit 130' INT TERM

# The list queries each index serves (bench/pgbench/indexes/list-<name>.sql).
declare -A SERVES=([tasks_by_created]=created [tasks_by_updated]=updated [tasks_by_title]=title
    [tasks_by_due]=due [tasks_by_priority]=priority [tasks_by_tag]=tag [tasks_by_text]=text)
# The tag on one task in ten and the word in one title in twenty that the filtered lists look for.
PGB_CONSTANTS+=(-D "tag=tag-3" -D "term0=%invoice%")
WORDS="'invoice','garden','report','meeting','dentist','groceries','taxes','laundry','backup','review',
       'budget','flight','paint','library','insurance','birthday','car','plumber','email','workout'"

# Users of each size, seeded as superuser (no scope needed) one user after the other, so each user's
# ids are contiguous; titles from a vocabulary of 20 words, a tag in 10, a due time on one task in
# three, distinct creation and update times.
seed() {
    local size i uid first last
    for size in $SIZES; do
        : >"$OUT/users-$size.tsv"
        for ((i = 1; i <= USERS_PER_SIZE; i++)); do
            uid=u$size-$(tr -dc 'a-z0-9' </dev/urandom | head -c 12)
            read -r first last < <(pg_admin -d "$DB_NAME" -At -F ' ' -c "
                WITH added AS (
                    INSERT INTO tasks (user_id, title, title_key, description, completed, completed_at, priority, due_at,
                                       tags, search, created_at, updated_at, version)
                    SELECT '$uid', t.title, lower(t.title), t.description, n % 5 = 0, CASE WHEN n % 5 = 0 THEN t.created END,
                           n % 4, CASE WHEN n % 3 = 0 THEN t.created + n * interval '1 hour' END,
                           ARRAY['bench', 'tag-' || n % 10], lower(t.title || E'\\n' || t.description), t.created,
                           t.created + (n * 7919 % $size) * interval '1 second', 1
                      FROM generate_series(1, $size) n,
                           LATERAL (SELECT (ARRAY[$WORDS])[n % 20 + 1] || ' ' || (ARRAY[$WORDS])[n % 7 + 1] || ' task ' || n AS title,
                                           'A seeded task of a user with $size tasks.' AS description,
                                           now() - ($size - n) * interval '1 minute' AS created) t
                     ORDER BY n
                    RETURNING id)
                SELECT min(id), max(id) FROM added") || die "seeding failed"
            ((last - first + 1 == size)) || die "user $uid got ids $first..$last, not contiguous"
            printf '%s\t-\t%s\t%s\n' "$uid" "$first" "$last" >>"$OUT/users-$size.tsv"
        done
    done
    SEEDED_MAX=$(pg_admin -d "$DB_NAME" -At -c "SELECT max(id) FROM tasks")
    pg_admin -d "$DB_NAME" -c "VACUUM ANALYZE tasks"
    log "seeded $(pg_admin -d "$DB_NAME" -At -c "SELECT count(*) FROM tasks") tasks: $USERS_PER_SIZE users each with $SIZES tasks"
}

# index_set all | -INDEX: every index, or every index but one.
index_set() {
    local want=$1 name
    for name in $INDEXES; do
        if [[ $want == "-$name" ]]; then
            pg_admin -d "$DB_NAME" -c "DROP INDEX IF EXISTS $name" >/dev/null
        elif ! pg_admin -d "$DB_NAME" -At -c "SELECT 1 FROM pg_indexes WHERE indexname = '$name'" | grep -q 1; then
            pg_admin -d "$DB_NAME" -c "${INDEX_DEF[$name]}" >/dev/null || die "cannot recreate $name"
        fi
    done
    pg_admin -d "$DB_NAME" -c "ANALYZE tasks" >/dev/null
}

# run_one SET TEST SIZE REP: one pgbench run of TEST (create, toggle or list-<query>) for the users of SIZE.
run_one() {
    local set=$1 test=$2 size=$3 rep=$4 tag="$2-$3-${1#-}-r$4" template line before after quiet cpu
    if [[ $test == list-* ]]; then template=$HERE/pgbench/indexes/$test.sql; else template=$HERE/pgbench/$test.sql; fi
    pgb_generate_from "$template" "$OUT/users-$size.tsv" "$OUT/pgbench/$test-$size"
    [[ $test == list-* ]] || { db_admin -d "$DB_NAME" -c CHECKPOINT >/dev/null 2>&1; }
    quiet=$(wait_quiet)
    before=$(cpu_snapshot "")
    line=$(pgb_exec "$OUT/pgbench/$test-$size" "$CLIENTS" "$DURATION" "$tag")
    after=$(cpu_snapshot "")
    cpu=$(cpu_delta "$before" "$after" "$(kv transactions "$line")" "$(loadgen_seconds "$tag")")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$test" "$size" "$rep" "$(kv tps "$line")" \
        "$(kv p50_ms "$line")" "$(kv p99_ms "$line")" \
        "$(($(kv failed "$line") + $(kv aborted_clients "$line") + ($(kv exit "$line") != 0)))" \
        "$(kv cpu_postgres_ms "$cpu")" "$(kv foreign_pct "$cpu")" "$quiet" >>"$OUT/runs.tsv"
    log "  $set $test $size #$rep: $(printf %.0f "$(kv tps "$line")") tps p50 $(kv p50_ms "$line") ms postgres $(kv cpu_postgres_ms "$cpu") ms/txn"
    # creates leave the users' task counts as seeded
    if [[ $test == create ]]; then pg_admin -d "$DB_NAME" -c "DELETE FROM tasks WHERE id > $SEEDED_MAX" -c "VACUUM tasks" >/dev/null; fi
}

measure() {
    local rep set name size test q
    echo "set	test	tasks_per_user	rep	tps	p50_ms	p99_ms	errors	cpu_postgres_ms	foreign_pct	busy_before_pct" >"$OUT/runs.tsv"
    for ((rep = 1; rep <= REPS; rep++)); do
        for set in all $(for name in $INDEXES; do echo "-$name"; done); do
            log "repetition $rep, indexes: $set"
            index_set "$set"
            for test in create toggle; do
                for size in $WRITE_SIZES; do run_one "$set" "$test" "$size" "$rep"; done
            done
            for name in $INDEXES; do
                [[ $set == all || $set == "-$name" ]] || continue
                for size in $SIZES; do run_one "$set" "list-${SERVES[$name]}" "$size" "$rep"; done
            done
        done
    done
    index_set all
}

# med SET TEST SIZE COLUMN
med() { awk -F'\t' -v s="$1" -v t="$2" -v z="$3" -v c="$4" 'NR > 1 && $1 == s && $2 == t && $3 == z { print $c }' "$OUT/runs.tsv" | median; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%+.0f %%", (a / b - 1) * 100; else printf "-" }'; }
f1() { [[ -n $1 ]] && printf '%.1f' "$1" || printf -- -; }
f3() { [[ -n $1 ]] && printf '%.3f' "$1" || printf -- -; }
f0() { [[ -n $1 ]] && printf '%.0f' "$1" || printf -- -; }

report() {
    local name size test a b ca cb
    echo "# Index experiment $(basename "$OUT")"
    echo
    sed 's/^/- /' "$OUT/machine.txt"
    echo "- settings: SIZES='$SIZES' USERS_PER_SIZE=$USERS_PER_SIZE WRITE_SIZES='$WRITE_SIZES' CLIENTS=$CLIENTS DURATION=${DURATION}s REPS=$REPS"
    echo
    echo "Medians of $REPS runs. \"all\" is the migrations' index set, \"without\" the same set less that index."
    echo "pg ms is PostgreSQL's CPU time per transaction (create and toggle: the server's statement with its"
    echo "scope, as bench/pgbench/create.sql and toggle.sql replay it); the cost of an index is what its absence saves."
    echo
    echo "## What each index costs the writes"
    echo
    echo "| index | tasks/user | create tps all | without | create pg ms all | without | index's share | toggle tps all | without | toggle pg ms all | without | index's share |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for name in $INDEXES; do
        for size in $WRITE_SIZES; do
            printf '| %s | %s |' "$name" "$size"
            for test in create toggle; do
                ca=$(med all "$test" "$size" 9)
                cb=$(med "-$name" "$test" "$size" 9)
                printf ' %s | %s | %s | %s | %s |' "$(f0 "$(med all "$test" "$size" 5)")" "$(f0 "$(med "-$name" "$test" "$size" 5)")" \
                    "$(f3 "$ca")" "$(f3 "$cb")" "$(awk -v a="$ca" -v b="$cb" 'BEGIN { if (a > 0 && b != "") printf "%.0f %%", (a - b) / a * 100; else printf "-" }')"
            done
            echo
        done
    done
    echo
    echo "## What each index does for the list queries it serves"
    echo
    echo "| index | query | tasks/user | tps with | tps without | with/without | p50 ms with | without | p99 ms with | without | pg ms with | without |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for name in $INDEXES; do
        test=list-${SERVES[$name]}
        for size in $SIZES; do
            a=$(med all "$test" "$size" 5)
            b=$(med "-$name" "$test" "$size" 5)
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${SERVES[$name]}" "$size" \
                "$(f0 "$a")" "$(f0 "$b")" "$(awk -v a="$a" -v b="$b" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else printf "-" }')" \
                "$(f1 "$(med all "$test" "$size" 6)")" "$(f1 "$(med "-$name" "$test" "$size" 6)")" \
                "$(f1 "$(med all "$test" "$size" 7)")" "$(f1 "$(med "-$name" "$test" "$size" 7)")" \
                "$(f3 "$(med all "$test" "$size" 9)")" "$(f3 "$(med "-$name" "$test" "$size" 9)")"
        done
    done
    echo
    echo "Errors over all runs: $(awk -F'\t' 'NR > 1 { e += $8 } END { print e + 0 }' "$OUT/runs.tsv");" \
        "highest foreign CPU share in a run: $(awk -F'\t' 'NR > 1 && $10 > m { m = $10 } END { print m + 0 }' "$OUT/runs.tsv") %."
}

main() {
    log "output in $OUT"
    command -v pgbench >/dev/null || apt-get install -y -q postgresql-client >>"$OUT/apt.log" 2>&1 || die "no pgbench"
    pg_start || die "PostgreSQL did not start, see $OUT/postgres-init.log"
    record_machine
    PGB_TODO_DB=$DB_NAME
    TODO_USERS=/dev/null
    db_only_schema
    pgb_target db
    declare -gA INDEX_DEF
    local name
    for name in $INDEXES; do
        INDEX_DEF[$name]=$(pg_admin -d "$DB_NAME" -At -c "SELECT indexdef FROM pg_indexes WHERE indexname = '$name'")
        [[ -n ${INDEX_DEF[$name]} ]] || die "no index $name in the migrations' schema"
    done
    seed
    measure
    report >"$OUT/summary.md"
    log "done: $OUT/summary.md"
    cat "$OUT/summary.md"
}

main
