#!/usr/bin/env bash
# Heap held by open live event streams (specs/006-change-log SC-608): starts the server (embedded
# PostgreSQL, -Xmx256m, serial GC), reads the heap in use after a full GC, opens STREAMS streams
# (USERS users, HS256 tokens), reads it again after a full GC, then creates one task per user and checks
# that every stream received its event. Prints the heap before, after and per stream.
#   bench/streams.sh            (after ./mvnw -q package -DskipTests)
#   JAR=… STREAMS=1000 USERS=100 bench/streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-bootstrap/target/todo.jar}
STREAMS=${STREAMS:-1000}
USERS=${USERS:-100}
PORT=${PORT:-18480}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18490}
SECRET=$(openssl rand -hex 24)
ISSUER=https://streams.bench.example.com
DATA=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$DATA"' EXIT

PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT_PORT TODO_DATA_DIR=$DATA/data AUTH_ISSUER=$ISSUER AUTH_JWT_SECRET=$SECRET \
    EVENT_STREAMS_PER_USER=$(((STREAMS + USERS - 1) / USERS)) EVENT_STREAMS_PER_INSTANCE=$STREAMS \
    RATE_LIMIT_API_PER_ADDRESS=100000/PT1M \
    java -Xmx256m -XX:+UseSerialGC -jar "$JAR" >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done

heap_used_kib() { # after a full GC: young and old generations in use
    jcmd "$SERVER" GC.run >/dev/null
    sleep 1
    jstat -gc "$SERVER" | awk 'NR == 2 { printf "%d\n", $3 + $4 + $6 + $8 }'
}

before=$(heap_used_kib)
exec 3> >(python3 bench/lib/streams.py "$PORT" "$STREAMS" "$USERS" "$SECRET" "$ISSUER" >"$DATA/client.out")
for _ in $(seq 600); do grep -q '^open' "$DATA/client.out" 2>/dev/null && break; sleep 0.5; done
grep -q "^open $STREAMS" "$DATA/client.out" || { echo "streams did not open: $(cat "$DATA/client.out")"; exit 1; }
after=$(heap_used_kib)
echo >&3
for _ in $(seq 120); do grep -q '^events' "$DATA/client.out" && break; sleep 0.5; done
events=$(awk '/^events/ { print $2 }' "$DATA/client.out")
echo >&3
exec 3>&-
printf 'streams %d, users %d: heap in use %d KiB before, %d KiB with the streams open: +%d KiB (%.1f KiB per stream); events received by %s streams\n' \
    "$STREAMS" "$USERS" "$before" "$after" $((after - before)) "$(echo "($after - $before) / $STREAMS" | bc -l)" "${events:-0}"
