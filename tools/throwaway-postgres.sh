# Sourced by test.sh and the bench scripts: a throwaway PostgreSQL server on loopback for this shell (data in a temp
# folder, fsync off) and ConnectionStrings__Postgres for a database on it. Needs Debian's postgresql package; as root
# the server runs as the postgres user. The caller stops it (stop_throwaway_postgres) in its own EXIT trap.
#
#   start_throwaway_postgres [port] [database]     defaults 55432, cobbot_test

start_throwaway_postgres() {
    local port="${1:-55432}" database="${2:-cobbot_test}" run=(bash -c)
    [ "$(id -u)" = 0 ] && run=(su postgres -c)
    THROWAWAY_PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    THROWAWAY_PGDATA=$(mktemp -d /tmp/cobbot-pg.XXXXXX)
    THROWAWAY_PGRUN=("${run[@]}")
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$THROWAWAY_PGDATA"
    echo postgres > "$THROWAWAY_PGDATA.pw"; chmod 644 "$THROWAWAY_PGDATA.pw"
    "${run[@]}" "$THROWAWAY_PGBIN/initdb -D $THROWAWAY_PGDATA -U postgres --pwfile=$THROWAWAY_PGDATA.pw -A scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
    rm -f "$THROWAWAY_PGDATA.pw"
    "${run[@]}" "$THROWAWAY_PGBIN/pg_ctl -D $THROWAWAY_PGDATA -l $THROWAWAY_PGDATA/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c max_connections=200' start" >/dev/null
    PGPASSWORD=postgres psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $database" >/dev/null
    export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=$database"
}

stop_throwaway_postgres() {
    [ -n "${THROWAWAY_PGDATA:-}" ] || return 0
    "${THROWAWAY_PGRUN[@]}" "$THROWAWAY_PGBIN/pg_ctl -D $THROWAWAY_PGDATA -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_PGDATA"
    THROWAWAY_PGDATA=""
}
