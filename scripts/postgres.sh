#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for tests only.
#   scripts/postgres.sh start DIR PORT   prints the admin URL once the server answers
#   scripts/postgres.sh stop DIR
#   scripts/postgres.sh crash DIR        stops it at once, as a failover or a crash does (pg_ctl -m immediate)
#   scripts/postgres.sh resume DIR PORT  starts the stopped cluster again, its data as it was
# initdb and postgres refuse to run as root, so as root they run as the postgres user.
set -euo pipefail
action=$1 dir=$2
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    port=$3
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U tiepdan --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgres://tiepdan@127.0.0.1:$port/postgres"
    ;;
  crash)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    port=$3
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
esac
