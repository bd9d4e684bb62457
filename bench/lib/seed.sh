# Users, their tokens and their tasks, created before any timed run.
# Writes $OUT/tokens.tsv (user id, token) and, per target, $OUT/users-<label>.tsv: user id, token, first
# and last seeded task id (each user's ids are contiguous). The same users and tokens serve every target.

# base64url without padding, of stdin.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# An HS256 token for user $1, signed with JWT_SECRET: iss = aud = TOKEN_ISSUER (Todo checks both when
# AUTH_JWT_SECRET is set; the peer checks the signature and the times), valid for 12 hours.
mint_hs256() {
    local now header payload signature
    now=$(date +%s)
    header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"sub":"%s","iss":"%s","aud":"%s","iat":%d,"exp":%d}' "$1" "$TOKEN_ISSUER" "$TOKEN_ISSUER" \
        "$now" $((now + 43200)) | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$JWT_SECRET" -binary | b64url)
    echo "$header.$payload.$signature"
}

# USERS users with random ids (no account needed: both servers take the token's sub as the user).
mint_users() {
    local i uid
    log "minting HS256 tokens for $USERS users"
    : >"$OUT/tokens.tsv"
    for ((i = 1; i <= USERS; i++)); do
        uid=u$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 23)
        printf '%s\t%s\n' "$uid" "$(mint_hs256 "$uid")" >>"$OUT/tokens.tsv"
    done
}

# TOKENS=own: signs up $USERS users through the API of BASE_URL; a 429 is waited out and retried.
seed_users() {
    local run_id i status body
    run_id=$(date +%s)
    : >"$OUT/tokens.tsv"
    log "signing up $USERS users"
    for ((i = 1; i <= USERS; i++)); do
        while :; do
            body=$(printf '{"name":"Bench user %d","email":"bench-%s-%d@example.com","password":"bench-password-%d"}' \
                "$i" "$run_id" "$i" "$i")
            status=$(curl -sS -o "$OUT/sign-up.json" -D "$OUT/sign-up.headers" -w '%{http_code}' \
                -H 'Content-Type: application/json' -d "$body" "$BASE_URL/api/auth/sign-up/email")
            if [[ $status == 429 ]]; then
                sleep "$(awk -F': ' 'tolower($1) == "retry-after" { print $2 + 0 }' "$OUT/sign-up.headers" | tr -d '\r' | grep . || echo 1)"
                continue
            fi
            [[ $status == 201 || $status == 200 ]] || die "sign-up answered $status: $(cat "$OUT/sign-up.json")"
            jq -r '[.user.id, .token] | @tsv' "$OUT/sign-up.json" >>"$OUT/tokens.tsv"
            break
        done
    done
}

# seed_tasks BASE_URL USERS_FILE: creates $TASKS_PER_USER tasks per user through that server's API, one
# user after the other over one keep-alive connection, so that the ids the server assigns to each user
# are contiguous (pgbench and the wrk scripts pick ids from that range).
seed_tasks() {
    local base_url=$1 users_file=$2 uid token ids first last count i
    log "seeding $TASKS_PER_USER tasks for each of $USERS users through $base_url"
    : >"$users_file"
    while IFS=$'\t' read -r uid token; do
        ids=$(for ((i = 1; i <= TASKS_PER_USER; i++)); do
            ((i > 1)) && printf 'next\n'
            printf 'url = "%s/api/%s/tasks"\nheader = "Authorization: Bearer %s"\n' "$base_url" "$uid" "$token"
            printf 'header = "Content-Type: application/json"\n'
            printf 'data = "{\\"title\\":\\"Seeded task %d\\",\\"description\\":\\"%s\\",\\"priority\\":\\"%s\\",\\"tags\\":[\\"bench\\",\\"tag-%d\\"]}"\n' \
                "$i" "A seeded task so that every list returns a full page." "$(seed_priority "$i")" $((i % 7))
        done | curl -sS -K - | jq -r 'if .id then .id else "error: \(.)" end')
        if grep -q '^error' <<<"$ids"; then die "seeding failed: $(grep -m1 '^error' <<<"$ids")"; fi
        count=$(wc -l <<<"$ids")
        first=$(sort -n <<<"$ids" | head -1)
        last=$(sort -n <<<"$ids" | tail -1)
        ((count == TASKS_PER_USER && last - first + 1 == count)) \
            || die "user $uid got $count tasks with ids $first..$last, not a contiguous range"
        printf '%s\t%s\t%s\t%s\n' "$uid" "$token" "$first" "$last" >>"$users_file"
    done <"$OUT/tokens.tsv"
}

# The peer's tasks, written with SQL (it has no bulk route): the same users, the same number of tasks
# with the same titles, descriptions and priorities as the Todo seed, one user after the other so that
# each user's ids are contiguous, with distinct creation times like tasks created one by one.
seed_peer_tasks() {
    local users_file=$1 uid token first last
    log "seeding $TASKS_PER_USER tasks for each of $USERS users in $PEER_DB (SQL)"
    : >"$users_file"
    while IFS=$'\t' read -r uid token; do
        read -r first last < <(peer_psql -At -F ' ' -c "
            WITH added AS (
                INSERT INTO tasks (user_id, title, description, completed, priority, created_at, updated_at)
                SELECT '$uid', 'Seeded task ' || i, 'A seeded task so that every list returns a full page.', false,
                       i % 3 + 1, clock_timestamp(), clock_timestamp()
                  FROM generate_series(1, $TASKS_PER_USER) i ORDER BY i
                RETURNING id)
            SELECT min(id), max(id) FROM added") || die "seeding the peer failed"
        ((last - first + 1 == TASKS_PER_USER)) || die "peer user $uid got ids $first..$last, not a contiguous range"
        printf '%s\t%s\t%s\t%s\n' "$uid" "$token" "$first" "$last" >>"$users_file"
    done <"$OUT/tokens.tsv"
    peer_psql -c "VACUUM ANALYZE" >/dev/null
}

peer_psql() {
    PGPASSWORD=$PEER_DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PEER_DB_USER" -d "$PEER_DB" "$@"
}

# Every target's tasks: each running Todo label through the API of its first variant, the peer with SQL.
seed_all() {
    local label name
    for label in $(labels_running); do
        for name in "${V_NAMES[@]}"; do
            [[ ${V_LABEL[$name]} == "$label" ]] || continue
            seed_tasks "${V_URL[$name]}" "$OUT/users-$label.tsv"
            db_admin -d "${TODO_DB[$label]}" -c "VACUUM ANALYZE" >/dev/null
            break
        done
    done
    if [[ ${PEER_DB_READY:-0} == 1 ]]; then seed_peer_tasks "$OUT/users-peer.tsv"; fi
    for name in "${V_NAMES[@]}"; do V_USERS[$name]=$OUT/users-${V_LABEL[$name]}.tsv; done
}

# i % 3 + 1 is the rank (1 low, 2 medium, 3 high), as in the peer's seed.
seed_priority() { local p=(low medium high); echo "${p[$(($1 % 3))]}"; }

# Deletes the tasks created after seeding (by the warm-up, the statement trace and the create runs) in
# every target's database, so that each scenario sees the seeded data: the peer's list reads its whole
# table (its only index is the primary key), and the warm-ups alone would otherwise multiply it.
reset_data() {
    [[ ${PG_EXTERNAL:-0} == 1 ]] || return 0
    local label last
    for label in $(labels_running); do
        last=$(awk -F'\t' '$4 > m { m = $4 } END { print m + 0 }' "$OUT/users-$label.tsv")
        pg_admin -d "${TODO_DB[$label]}" -c "DELETE FROM tasks WHERE id > $last" -c "VACUUM ANALYZE tasks" >/dev/null
    done
    if [[ ${PEER_DB_READY:-0} == 1 && -f $OUT/users-peer.tsv ]]; then
        last=$(awk -F'\t' '$4 > m { m = $4 } END { print m + 0 }' "$OUT/users-peer.tsv")
        pg_admin -d "$PEER_DB" -c "DELETE FROM tasks WHERE id > $last" -c "VACUUM ANALYZE tasks" >/dev/null
    fi
    log "tasks created since seeding deleted"
}
