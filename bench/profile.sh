#!/usr/bin/env bash
# Summarises a JFR recording of the server (bench/run.sh with PROFILE=1): where the CPU samples fall
# (self and including callees), which locks are contended, what allocates most, and the GC pauses.
#   bench/profile.sh bench/out/<time>/server.jfr [top=25]
set -euo pipefail
jfr_file=$1
top=${2:-25}

echo "== jfr summary (event counts)"
jfr summary "$jfr_file" | awk '/jdk.ExecutionSample|jdk.ObjectAllocationSample|jdk.GarbageCollection |jdk.JavaMonitorEnter|jdk.ThreadPark|jdk.SocketRead|Duration|Start/'

# One line per sample: its frames (top first) joined by "|", without line numbers.
samples() {
    jfr print --stack-depth 64 --events "$1" "$jfr_file" | awk '
        /^jdk\./ { inside = 0 }
        /stackTrace = \[/ { inside = 1; stack = ""; next }
        inside && /^[[:space:]]*\]/ { inside = 0; print stack; next }
        inside { f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*/, "", f); stack = stack (stack == "" ? "" : "|") f }'
}

execution=$(samples jdk.ExecutionSample)
total=$(grep -c . <<<"$execution" || true)
echo
echo "== CPU samples: $total; top $top frames by self time"
cut -d'|' -f1 <<<"$execution" | sort | uniq -c | sort -rn | head -"$top" \
    | awk -v t="$total" '{ printf "%6.1f%%  %s\n", 100 * $1 / t, substr($0, index($0, $2)) }'

echo
echo "== top $top frames including callees (each counted once per sample)"
tr '|' '\n' <<<"$(awk -F'|' '{ delete s; line = ""; for (i = 1; i <= NF; i++) if (!s[$i]++) line = line (line == "" ? "" : "|") $i; print line }' <<<"$execution")" \
    | sort | uniq -c | sort -rn | head -"$top" | awk -v t="$total" '{ printf "%6.1f%%  %s\n", 100 * $1 / t, substr($0, index($0, $2)) }'

echo
echo "== samples by package of the top frame"
cut -d'|' -f1 <<<"$execution" | sed -E 's/\.[^.]+\.[^.(]+\(.*$//' | sort | uniq -c | sort -rn | head -15 \
    | awk -v t="$total" '{ printf "%6.1f%%  %s\n", 100 * $1 / t, $2 }'

echo
echo "== first dev.todo frame of each sample (which application code the CPU serves)"
awk -F'|' '{ for (i = 1; i <= NF; i++) if ($i ~ /^dev\.todo\./) { print $i; next } print "(no dev.todo frame)" }' <<<"$execution" \
    | sort | uniq -c | sort -rn | head -"$top" | awk -v t="$total" '{ printf "%6.1f%%  %s\n", 100 * $1 / t, substr($0, index($0, $2)) }'

echo
echo "== allocation samples: top $top sites (top frame) by sampled weight"
jfr print --stack-depth 1 --events jdk.ObjectAllocationSample "$jfr_file" | awk '
    /objectClass = / { cls = $3 }
    /weight = / { w = $3; unit = $4; mult = unit ~ /MB/ ? 1024 * 1024 : unit ~ /kB/ ? 1024 : unit ~ /GB/ ? 1024 * 1024 * 1024 : 1; weight = w * mult }
    /stackTrace = \[/ { getline; f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*/, "", f); sum[cls "  @ " f] += weight; all += weight }
    END { for (k in sum) printf "%10.1f MB  %5.1f%%  %s\n", sum[k] / 1048576, 100 * sum[k] / all, k }' | sort -rn | head -"$top"

echo
echo "== contended monitors and parks (count, by top frame)"
samples jdk.JavaMonitorEnter | cut -d'|' -f1-3 | sort | uniq -c | sort -rn | head -10
samples jdk.ThreadPark | cut -d'|' -f1-4 | sort | uniq -c | sort -rn | head -10

echo
echo "== garbage collections"
jfr print --events jdk.GarbageCollection "$jfr_file" | awk '
    /name = / { n[$3]++ } /sumOfPauses = / { v = $3; if ($4 ~ /^s/) v *= 1000; if ($4 ~ /us/) v /= 1000; p += v; if (v > m) m = v }
    END { for (k in n) printf "%s x%d  ", k, n[k]; printf "\ntotal pause %.1f ms, longest %.1f ms\n", p, m }'
