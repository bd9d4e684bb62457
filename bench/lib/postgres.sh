# A throw-away PostgreSQL cluster on 127.0.0.1, owned by an unprivileged OS user, shared by the
# server under test and pgbench so that both measure the same database.
# The login role owns the database and may create roles: the server's migrations create its runtime
# role (todo_app) and the pg_trgm and btree_gin extensions.
# Sets PG_BIN, PG_PORT, PG_DATA, DB_NAME, DB_USER, DB_PASSWORD, DATABASE_URL.

PG_OS_USER=${PG_OS_USER:-postgres}
DB_NAME=todo
DB_USER=todo
DB_PASSWORD=bench-$RANDOM$RANDOM

pg_find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then PG_BIN=$dir; return 0; fi
    done
    if [[ ${INSTALL_PACKAGES:-1} == 1 ]] && command -v apt-get >/dev/null; then
        log "installing postgresql from Debian packages"
        apt-get install -y -q postgresql >>"$OUT/apt.log" 2>&1 || return 1
        pg_find_bin_installed
    else
        return 1
    fi
}

pg_find_bin_installed() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -1)
    [[ -n $PG_BIN && -x $PG_BIN/initdb ]]
}

# Runs a command as the cluster's OS user (initdb and postgres refuse to run as root).
as_pg() {
    if [[ $(id -u) == 0 ]]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

pg_start() {
    pg_find_bin || return 1
    if [[ $(id -u) == 0 ]] && ! id "$PG_OS_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home "$PG_OS_USER" || return 1
    fi
    PG_DIR=$(mktemp -d /tmp/todo-bench-pg.XXXXXX)
    PG_DATA=$PG_DIR/data
    [[ $(id -u) == 0 ]] && chown "$PG_OS_USER" "$PG_DIR"
    PG_PORT=$(free_port 25432)
    log "initdb in $PG_DATA ($("$PG_BIN/postgres" --version)), port $PG_PORT"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >>"$OUT/postgres-init.log" 2>&1 || return 1
    cat "$HERE/postgresql.conf" >>"$PG_DATA/postgresql.conf"
    cat >>"$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
CONF
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/postgres.log" -w -t 60 start >>"$OUT/postgres-init.log" 2>&1 \
        || return 1
    pg_admin -c "CREATE ROLE $DB_USER LOGIN CREATEROLE PASSWORD '$DB_PASSWORD'" \
        -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >>"$OUT/postgres-init.log" || return 1
    pg_admin -d "$DB_NAME" -c "ALTER SCHEMA public OWNER TO $DB_USER" >>"$OUT/postgres-init.log" || return 1
    DATABASE_URL="postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
    PG_EXTERNAL=1
}

# psql as the cluster's superuser over the unix socket.
pg_admin() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres "$@"; }

# psql as the application's login role over TCP, like the server.
pg_app() {
    PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"
}

pg_stop() {
    if [[ -n ${PG_DATA:-} && -d $PG_DATA ]]; then
        cp "$PG_DIR/postgres.log" "$OUT/postgres.log" 2>/dev/null
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
        [[ ${KEEP_DB:-0} == 1 ]] || rm -rf "$PG_DIR"
    fi
}
