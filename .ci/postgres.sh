#!/usr/bin/env bash
# A throwaway PostgreSQL for the JDBC journal tests (connector-workflow, JdbcJournal).
#
#   eval "$(.ci/postgres.sh)"     # start (or find running) and export BPS_TEST_POSTGRES_URL/_USER/_PASSWORD
#   .ci/postgres.sh stop          # stop and delete that cluster (nothing else)
#
# Installs Debian's `postgresql` package if no server binaries are found (as root, with apt-get), then runs its own
# cluster with initdb/pg_ctl in a private directory, listening on 127.0.0.1 on a free port, with one database and one
# password-protected user. Idempotent: a second run prints the same exports. Fails soft: if PostgreSQL cannot be
# installed or started it explains why on stderr, prints no exports and exits 0, so the tests that need it are
# skipped. It never touches another cluster (the package's default one included).
set -uo pipefail

STATE_DIR="${BPS_POSTGRES_DIR:-${TMPDIR:-/tmp}/bps-connector-postgres-$(id -u)}"
DATA_DIR="$STATE_DIR/data"
SOCKET_DIR="$STATE_DIR/socket"
ENV_FILE="$STATE_DIR/env"
DB_NAME=bps_journal
DB_USER=bps_journal

log() { echo "postgres.sh: $*" >&2; }
give_up() { log "$*; the PostgreSQL tests will be skipped"; exit 0; }

find_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

install_postgres() {
    if [ "$(id -u)" -ne 0 ]; then
        give_up "no PostgreSQL server binaries under /usr/lib/postgresql and not root, so cannot install them"
    fi
    command -v apt-get >/dev/null || give_up "no PostgreSQL server binaries and no apt-get to install them"
    log "installing Debian's postgresql package"
    # policy-rc.d keeps the package from starting its default cluster; ours is the only one this script runs
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy" && created_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    local status=$?
    [ "$created_policy" -eq 1 ] && rm -f "$policy"
    [ "$status" -eq 0 ] || give_up "apt-get install postgresql failed (exit $status)"
}

# Runs a command as the cluster's owner: `postgres` when we are root (initdb refuses root), else ourselves.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for port in $(seq 54329 54429); do
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

print_env() {
    cat "$ENV_FILE"
    log "PostgreSQL ready: $(head -n 1 "$ENV_FILE" | sed 's/^export //')"
}

stop_cluster() {
    local bin_dir
    bin_dir=$(find_bin_dir)
    if [ -n "$bin_dir" ] && [ -f "$DATA_DIR/postmaster.pid" ]; then
        as_owner "$bin_dir/pg_ctl" -D "$DATA_DIR" -m fast -w stop >&2 || log "pg_ctl stop failed"
    fi
    rm -rf "$STATE_DIR"
    log "stopped and removed $STATE_DIR"
}

start_cluster() {
    local bin_dir port password
    bin_dir=$(find_bin_dir)
    if [ -z "$bin_dir" ]; then
        install_postgres
        bin_dir=$(find_bin_dir) || true
        [ -n "$bin_dir" ] || give_up "postgresql was installed but no initdb/pg_ctl found under /usr/lib/postgresql"
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        give_up "running as root but there is no 'postgres' user to own the cluster"
    fi

    if [ -f "$ENV_FILE" ] && as_owner "$bin_dir/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
        print_env
        return 0
    fi
    # a leftover directory from an earlier run that is not running: throwaway, start afresh
    if [ -e "$STATE_DIR" ]; then
        [ -f "$DATA_DIR/postmaster.pid" ] && as_owner "$bin_dir/pg_ctl" -D "$DATA_DIR" -m immediate stop >/dev/null 2>&1
        rm -rf "$STATE_DIR"
    fi

    port=$(free_port) || give_up "no free port in 54329-54429 on 127.0.0.1"
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    mkdir -p "$SOCKET_DIR" && chmod 700 "$STATE_DIR" || give_up "cannot create $STATE_DIR"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$STATE_DIR"

    as_owner "$bin_dir/initdb" -D "$DATA_DIR" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$STATE_DIR/initdb.log" 2>&1 \
        || give_up "initdb failed (see $STATE_DIR/initdb.log)"
    as_owner "$bin_dir/pg_ctl" -D "$DATA_DIR" -l "$STATE_DIR/server.log" -w -t 60 \
        -o "-p $port -k $SOCKET_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
        || give_up "the server did not start (see $STATE_DIR/server.log)"

    as_owner "$bin_dir/psql" -h "$SOCKET_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2 \
        || give_up "could not create the database and user"

    umask 077
    {
        echo "export BPS_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/$DB_NAME"
        echo "export BPS_TEST_POSTGRES_USER=$DB_USER"
        echo "export BPS_TEST_POSTGRES_PASSWORD=$password"
    } > "$ENV_FILE.tmp" && mv "$ENV_FILE.tmp" "$ENV_FILE" || give_up "cannot write $ENV_FILE"
    print_env
}

case "${1:-start}" in
    start) start_cluster ;;
    stop) stop_cluster ;;
    *) log "usage: $0 [start|stop]"; exit 2 ;;
esac
