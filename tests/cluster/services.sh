#!/usr/bin/env bash
# The real servers `npm run test:cluster` runs against, on 127.0.0.1 only: installs them from
# Debian's packages when missing, starts them if they are not running (idempotent), and leaves
# them running. `services.sh stop` stops them.
#   PostgreSQL: a throwaway cluster in $SGP_PG_DIR on port $SGP_PG_PORT, superuser "sgp", trust
#   authentication (nothing but this machine can reach it): postgres://sgp@127.0.0.1:55432/postgres
#   Redis: redis://127.0.0.1:56379, in memory only.
#   nginx: installed only; each test runs its own on a free port (tests/cluster/nginx.ts).
set -euo pipefail

PG_PORT="${SGP_PG_PORT:-55432}"
PG_DIR="${SGP_PG_DIR:-/tmp/sgp-test-postgres}"
REDIS_PORT="${SGP_REDIS_PORT:-56379}"

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "$@"
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && echo "$dir"
}

# initdb and postgres refuse to run as root: as root, run them as the packages' postgres user.
as_db_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin
  bin=$(pg_bin)
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
    as_db_user "$bin/initdb" -D "$PG_DIR" -U sgp --auth=trust -E UTF8 >/dev/null
  fi
  if ! as_db_user "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    as_db_user "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=on" start >/dev/null
  fi
  echo "postgresql: postgres://sgp@127.0.0.1:$PG_PORT/postgres"
}

stop_postgres() {
  local bin
  bin=$(pg_bin) || return 0
  [ -f "$PG_DIR/PG_VERSION" ] && as_db_user "$bin/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true
}

start_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes >/dev/null
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "redis: redis://127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-start}" in
  start) start_postgres; start_redis; [ -x /usr/sbin/nginx ] || apt_install nginx ;;
  stop) stop_postgres; stop_redis ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
