# Shared helpers for the benchmark scripts: logging, free ports, waiting, medians.
# Sourced by run.sh; expects OUT (the run's output directory) to be set.

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/bench.log" >&2; }
die() { log "FATAL: $*"; exit 1; }

# A TCP port nothing listens on, searched upwards from $1.
free_port() {
    local port=$1
    while ss -Htln "sport = :$port" | grep -q .; do port=$((port + 1)); done
    echo "$port"
}

# Waits up to $2 seconds until "$1" (a command) succeeds.
wait_for() {
    local check=$1 seconds=$2 i
    for ((i = 0; i < seconds * 4; i++)); do
        if eval "$check" >/dev/null 2>&1; then return 0; fi
        sleep 0.25
    done
    return 1
}

# The median of the numbers on stdin (one per line); the lower middle for an even count.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# Appends "key=value" pairs describing the machine and versions to $OUT/machine.txt.
record_machine() {
    {
        echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "nproc=$(nproc)"
        echo "memory=$(free -m | awk '/^Mem:/ { print $2 " MiB" }')"
        echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
        echo "kernel=$(uname -srm)"
        echo "java=$(java -version 2>&1 | head -2 | tail -1)"
        echo "wrk=$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
        echo "pgbench=$(pgbench --version)"
        echo "postgres=$("$PG_BIN/postgres" --version 2>/dev/null || echo embedded)"
        echo "loadavg_at_start=$(cut -d' ' -f1-3 /proc/loadavg)"
    } >"$OUT/machine.txt"
}
