# A private PostgreSQL 15 cluster: own data directory, own port, loopback only.
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
# Sourced by run.sh and test.sh.

PG_BIN=/usr/lib/postgresql/15/bin
PG_SUPERUSER=certification

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_cluster_start DATA_DIR PORT PASSWORD [extra postgres -c options...]
pg_cluster_start() {
  local data_dir=$1 port=$2 password=$3
  shift 3
  local options="-c listen_addresses=127.0.0.1 -p $port -k $data_dir/socket"
  local option
  for option in "$@"; do options="$options -c $option"; done
  mkdir -p "$data_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data_dir"
  if [ ! -f "$data_dir/pgdata/PG_VERSION" ]; then
    local pwfile="$data_dir/.pw"
    printf '%s\n' "$password" > "$pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pwfile"
    pg_as_owner "$PG_BIN/initdb" -D "$data_dir/pgdata" -U "$PG_SUPERUSER" --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$data_dir/initdb.log" 2>&1 \
      || { cat "$data_dir/initdb.log"; return 1; }
    rm -f "$pwfile"
  fi
  pg_as_owner mkdir -p "$data_dir/socket"
  if pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir/pgdata" status >/dev/null 2>&1; then
    return 0
  fi
  pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir/pgdata" -l "$data_dir/postgres.log" -w -t 60 -o "$options" start >/dev/null \
    || { tail -20 "$data_dir/postgres.log"; return 1; }
}

pg_cluster_stop() {
  local data_dir=$1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir/pgdata" -m fast -w stop >/dev/null 2>&1 || true
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
