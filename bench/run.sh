#!/usr/bin/env bash
# Load benchmark of the Todo server against the ceiling of its own database.
#
# Starts a throw-away PostgreSQL on 127.0.0.1 (falls back to the server's embedded one), starts
# bootstrap/target/todo.jar on it, signs up users and seeds their tasks through the API, warms the
# JVM up, then for each scenario and connection count alternates timed wrk runs against the API with
# pgbench runs of the same SQL on the same database. Everything lands in bench/out/<time>/;
# summary.md there is the table RESULTS.md quotes.
#
#   bench/run.sh            the full benchmark (about 15-20 minutes with the defaults)
#   bench/run.sh --db-only  only PostgreSQL and pgbench, on data seeded with SQL (no server needed)
#
# Settings (environment; bench/README.md explains each): USERS=32 TASKS_PER_USER=200 DURATION=15
# REPS=3 WARMUP=60 THREADS=2 CONNECTIONS="32 128" SCENARIOS="list get create toggle" DB_POOL_SIZE=10
# CEILING_AT_POOL=1 QUIET_PCT=25 QUIET_WAIT=10 JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" PROFILE=0
# JAR=bootstrap/target/todo.jar
# REBUILD=0 KEEP_DB=0 OUT=bench/out/<time>
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
MODE=full
[[ ${1:-} == --db-only ]] && MODE=db-only

USERS=${USERS:-32}
TASKS_PER_USER=${TASKS_PER_USER:-200}
RECOMMENDED_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" # the launch options README recommends
DURATION=${DURATION:-15}
REPS=${REPS:-3}
WARMUP=${WARMUP:-60}
THREADS=${THREADS:-2}
DB_POOL_SIZE=${DB_POOL_SIZE:-10}
CONNECTIONS=${CONNECTIONS:-32 128}
SCENARIOS=${SCENARIOS:-list get create toggle}
JAR=${JAR:-$REPO/bootstrap/target/todo.jar}
OUT=${OUT:-$HERE/out/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/raw"

source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"
source "$HERE/lib/server.sh"
source "$HERE/lib/seed.sh"
source "$HERE/lib/pgbench.sh"
source "$HERE/lib/cpu.sh"
source "$HERE/lib/measure.sh"
source "$HERE/lib/report.sh"

cleanup() {
    server_stop
    pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v pgbench >/dev/null || missing+=(postgresql-client)
    command -v jq >/dev/null || missing+=(jq)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        apt-get install -y -q "${missing[@]}" >>"$OUT/apt.log" 2>&1 || die "cannot install ${missing[*]}"
    fi
}

main() {
    log "output in $OUT (mode $MODE)"
    require_tools
    if ! pg_start; then
        [[ $MODE == db-only ]] && die "PostgreSQL did not start, see $OUT/postgres-init.log"
        log "external PostgreSQL did not start (see $OUT/postgres-init.log); using the server's embedded one"
        PG_EXTERNAL=0
    fi
    record_machine
    if [[ $MODE == db-only ]]; then
        db_only_schema
        db_only_seed
    else
        server_build
        server_start
        [[ ${PG_EXTERNAL:-0} == 1 ]] || pg_discover_embedded || die "cannot reach the embedded PostgreSQL"
        pgb_connection
        pg_enable_statement_stats
        seed_users
        seed_tasks
        db_admin -d "$PGB_DB" -c "VACUUM ANALYZE" >/dev/null
        warm_up
    fi
    trace_statements
    measure_all
    [[ $MODE == full ]] && server_memory >"$OUT/memory.txt"
    report >"$OUT/summary.md"
    log "done: $OUT/summary.md"
    cat "$OUT/summary.md"
}

main
