#!/usr/bin/env bash
# A throwaway MariaDB server for the `scan` tests (tests/test_scan_engines.py).
#
#   eval "$(.ci/mariadb.sh start)"   # prints: export NOTICE_CHECK_TEST_MARIADB=mysql+pymysql://...
#   .ci/mariadb.sh stop              # stops it and removes its directory
#
# As root on Debian it installs the `mariadb-server` package when mariadbd is missing and
# runs the server as the `mysql` user; as another user it runs it as that user. The data
# lives in a temporary directory; the server listens on 127.0.0.1:$NOTICE_CHECK_MARIADB_PORT
# (default 33069) and a Unix socket in that directory, with networking on loopback only.
# Authentication: `nc_admin`@`127.0.0.1` has no password (throwaway server); the tests create
# password-protected read-only users for the wrong-password cases.
# Only the export line goes to stdout; progress and errors go to stderr.
set -euo pipefail

PORT="${NOTICE_CHECK_MARIADB_PORT:-33069}"
DIR="${NOTICE_CHECK_MARIADB_DIR:-${TMPDIR:-/tmp}/notice-check-mariadb-$PORT}"
DB="notice_check_test"
URL="mysql+pymysql://nc_admin@127.0.0.1:$PORT/$DB"

log() { echo "mariadb.sh: $*" >&2; }

find_bin() {
    local name
    for name in mariadbd mysqld; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
        if [ -x "/usr/sbin/$name" ]; then echo "/usr/sbin/$name"; return 0; fi
    done
    return 1
}

install_server() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        log "mariadbd not found; install MariaDB (Debian: apt-get install mariadb-server)"; exit 1
    fi
    log "installing the mariadb-server package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends mariadb-server >&2 \
        || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends mariadb-server >&2; }
}

client() {
    local c
    c="$(command -v mariadb || command -v mysql)"
    "$c" --no-defaults -S "$DIR/mysqld.sock" -u "$(id -un)" "$@"  # unix_socket: the OS user
}

start() {
    local bin owner
    bin="$(find_bin)" || { install_server; bin="$(find_bin)"; }
    if [ -S "$DIR/mysqld.sock" ] && client -e "SELECT 1" >/dev/null 2>&1; then
        log "already running in $DIR"
        echo "export NOTICE_CHECK_TEST_MARIADB=$URL"
        return 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR/data"
    owner="$(id -un)"
    if [ "$(id -u)" = 0 ]; then owner=mysql; chown -R mysql: "$DIR"; fi
    log "mariadb-install-db in $DIR/data"
    "$(command -v mariadb-install-db || command -v mysql_install_db)" --no-defaults --user="$owner" --datadir="$DIR/data" \
        --auth-root-authentication-method=socket --skip-test-db >"$DIR/install.log" 2>&1 \
        || { cat "$DIR/install.log" >&2; exit 1; }
    log "starting on 127.0.0.1:$PORT"
    "$bin" --no-defaults --user="$owner" --datadir="$DIR/data" --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" \
        --port="$PORT" --bind-address=127.0.0.1 --skip-name-resolve --skip-log-bin --innodb-flush-log-at-trx-commit=0 \
        --innodb-buffer-pool-size=128M --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --log-error="$DIR/server.log" >/dev/null 2>&1 &
    local i
    for i in $(seq 1 60); do
        if client -e "SELECT 1" >/dev/null 2>&1; then break; fi
        sleep 1
        if [ "$i" = 60 ]; then tail -n 20 "$DIR/server.log" >&2 || true; exit 1; fi
    done
    client -e "CREATE DATABASE $DB; CREATE USER 'nc_admin'@'127.0.0.1'; GRANT ALL ON *.* TO 'nc_admin'@'127.0.0.1' WITH GRANT OPTION;" >&2
    echo "export NOTICE_CHECK_TEST_MARIADB=$URL"
}

stop() {
    if [ -f "$DIR/mysqld.pid" ]; then
        local pid
        pid="$(cat "$DIR/mysqld.pid")"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
