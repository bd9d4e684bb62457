# CPU time spent during a run, split between the server, PostgreSQL, the load generator (wrk or
# pgbench) and everything else on the machine ("foreign": other processes sharing the cores, which
# make a run noisier the more they take).

CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

# utime+stime (+ cutime+cstime with "with_children") of one process, in ticks.
proc_ticks() {
    local pid=$1 with_children=${2:-} stat
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || { echo 0; return; }
    # Fields after the parenthesised command name: utime is the 12th, cstime the 15th.
    awk -v c="$with_children" '{ print $12 + $13 + (c ? $14 + $15 : 0) }' <<<"${stat##*) }"
}

# PostgreSQL's CPU: the postmaster with every backend it has reaped, plus the backends still alive.
postgres_ticks() {
    local master total child
    master=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    total=$(proc_ticks "$master" with_children)
    for child in $(ps -o pid= --ppid "$master"); do total=$((total + $(proc_ticks "$child"))); done
    echo "$total"
}

machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# cpu_snapshot [SERVER_PID]: "uptime_s machine_busy server postgres other_servers", ticks
# (machine_busy sums all cores; other_servers are the run's other, idle servers, kept out of "foreign").
cpu_snapshot() {
    local pid=${1:-${SERVER_PID:-}} others=0 other
    for other in ${OTHER_PIDS:-}; do others=$((others + $(proc_ticks "$other"))); done
    echo "$(cut -d' ' -f1 /proc/uptime) $(machine_busy_ticks)" \
        "$([[ -n $pid ]] && proc_ticks "$pid" || echo 0)" \
        "$([[ -n ${PG_DATA:-} ]] && postgres_ticks || echo 0)" "$others"
}

# Percentage of the machine's CPU in use over the next second.
machine_busy_pct() {
    local a b
    a=$(machine_busy_ticks)
    sleep 1
    b=$(machine_busy_ticks)
    echo $(((b - a) * 100 / (CLK_TCK * NCPU)))
}

# Waits (at most QUIET_WAIT seconds) until other processes leave most of the machine idle; prints the
# last busy percentage seen, which the run records.
wait_quiet() {
    local deadline=$((SECONDS + ${QUIET_WAIT:-10})) pct
    while :; do
        pct=$(machine_busy_pct)
        if ((pct <= ${QUIET_PCT:-25} || SECONDS >= deadline)); then echo "$pct"; return; fi
    done
}

# cpu_delta BEFORE AFTER UNITS LOADGEN_CPU_S: CPU milliseconds per unit of work for the server,
# PostgreSQL and the load generator, the share of the machine the run's other (idle) servers took, and
# the share everything else took meanwhile ("foreign").
cpu_delta() {
    local -a b a
    read -r -a b <<<"$1"
    read -r -a a <<<"$2"
    awk -v units="$3" -v gen="$4" -v tck="$CLK_TCK" -v ncpu="$NCPU" -v wall="${a[0]} ${b[0]}" \
        -v busy=$((a[1] - b[1])) -v srv=$((a[2] - b[2])) -v pg=$((a[3] - b[3])) -v idle=$((${a[4]:-0} - ${b[4]:-0})) \
        'BEGIN { u = units > 0 ? units : 1; ms = 1000 / tck; split(wall, w, " "); secs = w[1] - w[2];
                 foreign = busy / tck - srv / tck - pg / tck - idle / tck - gen;
                 printf "cpu_server_ms=%.3f cpu_postgres_ms=%.3f cpu_loadgen_ms=%.3f foreign_pct=%.1f idle_servers_pct=%.1f\n",
                        srv * ms / u, pg * ms / u, gen * 1000 / u, (foreign > 0 ? foreign : 0) * 100 / (secs * ncpu),
                        idle / tck * 100 / (secs * ncpu) }'
}
