-- Token buckets of the sign-in and sign-up rate limits, shared by every instance of the service
-- (Bucket4j's PostgreSQL layout: the key, the serialised bucket, and when it may be forgotten, in
-- milliseconds since the epoch). Service state, not a user's data: no row-level security.
create table rate_limit_buckets (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_by_expiry on rate_limit_buckets (expires_at);
