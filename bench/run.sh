#!/usr/bin/env bash
# Load benchmark of the Todo server against the Spring Boot peer and the floors of its own database.
#
# Starts a throw-away PostgreSQL on 127.0.0.1, builds the peer (../shared/peers/spring-boot, when
# present), starts every variant (a Todo jar or the peer, each with a set of launch options) on its
# own database in that cluster, gives them the same users, HS256 tokens and tasks, warms each JVM up,
# then for each scenario and connection count interleaves timed wrk runs of every variant with pgbench
# runs of Todo's SQL, of the bare statements and of the peer's SQL on the same cluster. Everything
# lands in bench/out/<time>/: summary.md (the tables), results-section.md (for RESULTS.md), runs.tsv.
#
#   bench/run.sh            the full comparison (about 40 minutes with the defaults)
#   bench/run.sh --db-only  only PostgreSQL and pgbench, on data seeded with SQL (no server needed)
#
# Settings (environment; bench/README.md explains each): USERS=32 TASKS_PER_USER=200 DURATION=15
# REPS=3 WARMUP=60 THREADS=2 CONNECTIONS=32 SCENARIOS="list get create toggle" DB_POOL_SIZE=10
# CEILING_AT_POOL=1 DB_KINDS="db bare peer-sql" QUIET_PCT=25 QUIET_WAIT=10
# TODO_JARS="todo=bootstrap/target/todo.jar" PEER=auto PEER_DIR=../shared/peers/spring-boot PEER_JAR=
# VARIANTS="todo:rec peer:default peer:rec todo:default" COMPARE= REC_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC"
# JAVA_OPTS= TOKENS=hs256|own JWT_SECRET=<random> PROFILE=0 REBUILD=0 KEEP_DB=0 OUT=bench/out/<time>
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
MODE=full
[[ ${1:-} == --db-only ]] && MODE=db-only

USERS=${USERS:-32}
TASKS_PER_USER=${TASKS_PER_USER:-200}
RECOMMENDED_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" # the launch options README recommends
REC_JAVA_OPTS=${REC_JAVA_OPTS-$RECOMMENDED_JAVA_OPTS}
DURATION=${DURATION:-15}
REPS=${REPS:-3}
WARMUP=${WARMUP:-60}
THREADS=${THREADS:-2}
DB_POOL_SIZE=${DB_POOL_SIZE:-10}
CONNECTIONS=${CONNECTIONS:-32}
SCENARIOS=${SCENARIOS:-list get create toggle}
JAR=${JAR:-$REPO/bootstrap/target/todo.jar}
TOKENS=${TOKENS:-hs256}
JWT_SECRET=${JWT_SECRET:-$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 48)}
TOKEN_ISSUER=${TOKEN_ISSUER:-https://todo-bench.example}
OUT=${OUT:-$HERE/out/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/raw"

source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"
source "$HERE/lib/targets.sh"
source "$HERE/lib/seed.sh"
source "$HERE/lib/pgbench.sh"
source "$HERE/lib/cpu.sh"
source "$HERE/lib/measure.sh"
source "$HERE/lib/report.sh"

cleanup() {
    variants_stop
    pg_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v pgbench >/dev/null || missing+=(postgresql-client)
    command -v jq >/dev/null || missing+=(jq)
    command -v openssl >/dev/null || missing+=(openssl)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        apt-get install -y -q "${missing[@]}" >>"$OUT/apt.log" 2>&1 || die "cannot install ${missing[*]}"
    fi
}

main() {
    log "output in $OUT (mode $MODE)"
    require_tools
    variants_parse
    ((${#JWT_SECRET} >= 32)) || die "JWT_SECRET must have at least 32 bytes"
    DB_KINDS=${DB_KINDS-db bare$( ((PEER_PRESENT)) && echo " peer-sql")}
    [[ $TOKENS == hs256 || $TOKENS == own ]] || die "TOKENS must be hs256 or own"
    if [[ $TOKENS == own ]]; then
        peer_runs && die "TOKENS=own (tokens of Todo's sign-up) works with Todo variants only, no peer"
        # one signing key for every Todo variant, so the tokens of one variant's sign-up verify on all
        OWN_SIGNING_KEY=$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null)
        [[ $OWN_SIGNING_KEY == *"BEGIN PRIVATE KEY"* ]] || die "openssl could not make a P-256 key"
    fi
    if ! pg_start; then
        [[ $MODE == full && ${#V_NAMES[@]} == 1 && $TOKENS == own ]] \
            || die "PostgreSQL did not start, see $OUT/postgres-init.log (the embedded fallback needs TOKENS=own and one Todo variant)"
        log "external PostgreSQL did not start (see $OUT/postgres-init.log); using the server's embedded one"
        PG_EXTERNAL=0
        DB_KINDS=db
    fi
    record_machine
    if [[ $MODE == db-only ]]; then
        PGB_LABEL=todo
        TODO_DB[todo]=$DB_NAME
        [[ " $DB_KINDS " == *" peer-sql "* ]] && peer_database
        db_only_schema
        db_only_seed
        [[ " $DB_KINDS " == *" bare "* ]] && pgb_bare_role
    else
        todo_build
        peer_runs && peer_build
        [[ ${PG_EXTERNAL:-0} == 1 ]] && databases_create
        variants_start
        [[ ${PG_EXTERNAL:-0} == 1 ]] || pg_discover_embedded || die "cannot reach the embedded PostgreSQL"
        pgb_connection
        pg_enable_statement_stats
        if [[ $TOKENS == own ]]; then seed_users; else mint_users; fi
        seed_all
        [[ " $DB_KINDS " == *" bare "* ]] && { pgb_bare_role || die "cannot create the bare role"; }
        warm_up
    fi
    trace_statements
    [[ $MODE == full ]] && reset_data
    measure_all
    [[ $MODE == full ]] && variants_memory >"$OUT/memory.txt"
    report >"$OUT/summary.md"
    if [[ $MODE == full ]] && peer_runs; then results_section >"$OUT/results-section.md"; fi
    log "done: $OUT/summary.md"
    cat "$OUT/summary.md"
}

main
