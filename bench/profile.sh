#!/usr/bin/env bash
# Summarises a JFR recording of the server (bench/run.sh with PROFILE=1): where the CPU samples fall,
# which parts of the request path they belong to, what allocates most, contended locks, GC pauses.
#
#   bench/profile.sh OUT/server.jfr [FROM TO] [TOP]
#
# FROM and TO (HH:MM:SS, UTC, as in bench.log) restrict the samples to one timed run: a run logged
# as ending at 18:11:13 after 15 s is "18:10:58 18:11:13".
set -eu # no pipefail: "| head" ends pipelines early on purpose
jfr_file=$1
from=${2:-00:00:00}
to=${3:-99:99:99}
top=${4:-25}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr_file" >"$work/cpu.txt"
jfr print --stack-depth 40 --events jdk.ObjectAllocationSample "$jfr_file" >"$work/alloc.txt"

# One line per sample in the window: weight, then its frames (top first) joined by "|".
samples() {
    awk -v T0="$from" -v T1="$to" '
        /^jdk\.(ExecutionSample|ObjectAllocationSample) / { inside = 1; t = ""; w = 1; stack = ""; frames = 0; next }
        inside && /startTime = / { t = $3 }
        inside && /weight = / { w = $3; if ($4 ~ /MB/) w *= 1048576; else if ($4 ~ /kB/) w *= 1024; else if ($4 ~ /GB/) w *= 1073741824 }
        inside && /stackTrace = \[/ { frames = 1; next }
        frames && /^[[:space:]]*\]/ { frames = 0; inside = 0; if (t >= T0 && t <= T1) print w "\t" stack; next }
        frames { f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*/, "", f); stack = stack (stack == "" ? "" : "|") f }' "$1"
}
samples "$work/cpu.txt" >"$work/cpu.tsv"
samples "$work/alloc.txt" >"$work/alloc.tsv"

# Weighted share of each key (read from stdin as "weight<TAB>key").
shares() {
    awk -F'\t' '{ s[$2] += $1; t += $1 } END { for (k in s) printf "%6.1f%%  %s\n", 100 * s[k] / t, k }' | sort -rn | head -"$top"
}

echo "== $(wc -l <"$work/cpu.tsv") CPU samples between $from and $to; top frames by self time"
awk -F'\t' '{ split($2, f, "|"); print $1 "\t" f[1] }' "$work/cpu.tsv" | shares

echo
echo "== CPU by first frame outside the JDK (the library or application code that asked for the work)"
awk -F'\t' '{ n = split($2, f, "|"); k = "(JDK only)"; for (i = 1; i <= n; i++) if (f[i] !~ /^(java|jdk|sun|kotlin)\./ && f[i] != "...") { k = f[i]; break } print $1 "\t" k }' \
    "$work/cpu.tsv" | shares

echo
echo "== CPU including callees, by part of the request path (a sample may count in several)"
awk -F'\t' -v parts="HttpConnection.onFillable|HttpParser.parseNext|ArrayTrie|io.javalin.router|BearerAuthentication|VerifiedTokenCache|TaskHandlers|ScopedTransactions.run|org.jdbi|org.postgresql|com.zaxxer|TaskRowMapper.map|dev.todo.domain|com.fasterxml.jackson|InstantSerializer|JavalinServlet.writeResponseAndLog|RequestMetricsAndLog|String.format|ch.qos.logback|io.micrometer|SecurityHeaders" '
    BEGIN { n = split(parts, p, "|") }
    { t++; for (i = 1; i <= n; i++) if (index($2, p[i])) c[i]++ }
    END { for (i = 1; i <= n; i++) printf "%6.1f%%  %s\n", 100 * c[i] / t, p[i] }' "$work/cpu.tsv"

echo
echo "== allocation by site (top frame and first frame outside the JDK), by sampled weight"
awk -F'\t' '{ n = split($2, f, "|"); k = ""; for (i = 1; i <= n; i++) if (f[i] !~ /^(java|jdk|sun|kotlin)\./ && f[i] != "...") { k = f[i]; break } print $1 "\t" f[1] "  <=  " k }' \
    "$work/alloc.tsv" | shares

echo
echo "== contended monitors (count, by top frames)"
jfr print --stack-depth 3 --events jdk.JavaMonitorEnter "$jfr_file" | awk '/stackTrace = \[/ { getline; f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*/, "", f); print f }' \
    | sort | uniq -c | sort -rn | head -10

echo
echo "== garbage collections (whole recording)"
jfr print --events jdk.GarbageCollection "$jfr_file" | awk '
    /name = / { n[$3]++ } /sumOfPauses = / { v = $3; if ($4 ~ /^s/) v *= 1000; if ($4 ~ /us/) v /= 1000; p += v; if (v > m) m = v }
    END { for (k in n) printf "%s x%d  ", k, n[k]; printf "\ntotal pause %.1f ms, longest %.1f ms\n", p, m }'
