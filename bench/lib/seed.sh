# Users, their tokens and their tasks, created before any timed run.
# Writes $OUT/users.tsv: user id, token, first and last seeded task id (each user's ids are contiguous).

# Signs up $USERS users through the API; a 429 is waited out and retried.
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

# Creates $TASKS_PER_USER tasks per user, one user after the other over one keep-alive connection,
# so that the ids the server assigns to each user are contiguous (pgbench picks ids from that range).
seed_tasks() {
    local uid token ids first last count i
    log "seeding $TASKS_PER_USER tasks for each of $USERS users"
    : >"$OUT/users.tsv"
    while IFS=$'\t' read -r uid token; do
        ids=$(for ((i = 1; i <= TASKS_PER_USER; i++)); do
            ((i > 1)) && printf 'next\n'
            printf 'url = "%s/api/%s/tasks"\nheader = "Authorization: Bearer %s"\n' "$BASE_URL" "$uid" "$token"
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
        printf '%s\t%s\t%s\t%s\n' "$uid" "$token" "$first" "$last" >>"$OUT/users.tsv"
    done <"$OUT/tokens.tsv"
}

seed_priority() { local p=(low medium high); echo "${p[$(($1 % 3))]}"; }
