#!/usr/bin/env bash
# A throwaway PostgreSQL server for the `scan` tests (tests/test_scan_postgres.py).
#
#   eval "$(.ci/postgres.sh start)"   # prints: export NOTICE_CHECK_TEST_PG=postgresql://...
#   .ci/postgres.sh stop              # stops it and removes its directory
#
# As root on Debian it installs the `postgresql` package when initdb/pg_ctl are missing and
# runs the server as the `postgres` user (initdb refuses to run as root); as another user
# it runs the server as that user. The cluster lives in a temporary directory, listens on
# 127.0.0.1:$NOTICE_CHECK_PG_PORT (default 54329) and a Unix socket in that directory.
# Authentication: `postgres` is trusted on localhost (throwaway cluster); other roles need
# their password (scram-sha-256), which the wrong-password tests rely on.
# Only the export line goes to stdout; progress and errors go to stderr.
set -euo pipefail

PORT="${NOTICE_CHECK_PG_PORT:-54329}"
DIR="${NOTICE_CHECK_PG_DIR:-${TMPDIR:-/tmp}/notice-check-pg-$PORT}"
DB="notice_check_test"
URL="postgresql://postgres@127.0.0.1:$PORT/$DB"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

install_server() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        log "initdb/pg_ctl not found; install PostgreSQL (Debian: apt-get install postgresql)"; exit 1
    fi
    log "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends postgresql >&2 \
        || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends postgresql >&2; }
}

# Run a command as the server's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin
    bin="$(find_bin)" || { install_server; bin="$(find_bin)"; }
    if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        log "already running in $DIR"
        echo "export NOTICE_CHECK_TEST_PG=$URL"
        return 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
    log "initdb in $DIR/data ($bin)"
    as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    cat >"$DIR/data/pg_hba.conf" <<EOF
local all all                   trust
host  all postgres 127.0.0.1/32 trust
host  all postgres ::1/128      trust
host  all all      127.0.0.1/32 scram-sha-256
host  all all      ::1/128      scram-sha-256
EOF
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR/data/pg_hba.conf"; fi
    log "starting on 127.0.0.1:$PORT"
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { tail -n 20 "$DIR/server.log" >&2 || true; exit 1; }
    as_owner "$bin/psql" -X -q -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE $DB" >&2
    echo "export NOTICE_CHECK_TEST_PG=$URL"
}

stop() {
    local bin
    if [ -d "$DIR/data" ] && bin="$(find_bin)"; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w -t 30 stop >&2 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
