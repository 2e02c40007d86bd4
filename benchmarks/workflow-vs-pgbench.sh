#!/usr/bin/env bash
# Workflow steps per second beside pgbench transactions per second, on one throwaway PostgreSQL 15 server, in one run.
# Usage: bash benchmarks/workflow-vs-pgbench.sh [applications=1000] [clients=4] [pgbench seconds=30]
# The server runs with PostgreSQL's default durability (fsync, synchronous commit on) so a commit costs what it costs
# in production; both measurements use the same number of concurrent clients.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/dependencies.sh
source scripts/lib/postgres.sh
apt_install_missing "${RUNTIME_PACKAGES[@]}"

applications=${1:-1000}
clients=${2:-4}
seconds=${3:-30}
data_dir=$(mktemp -d /tmp/certification-bench-XXXXXX)
chmod 755 "$data_dir"
port=$(free_port)
password=certification-bench
cleanup() { pg_cluster_stop "$data_dir"; rm -rf "$data_dir"; }
trap cleanup EXIT
pg_cluster_start "$data_dir" "$port" "$password" max_connections=100

export PGPASSWORD=$password
"$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" pgbench
"$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" workflow

echo "== pgbench: TPC-B-like, scale 10, $clients clients, ${seconds}s"
"$PG_BIN/pgbench" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -i -s 10 -q pgbench >/dev/null 2>&1
pgbench_out=$("$PG_BIN/pgbench" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -c "$clients" -j "$clients" -T "$seconds" pgbench 2>&1)
tps=$(printf '%s\n' "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
echo "pgbench tps=$tps"

dotnet build benchmarks/Workflow.Benchmarks -c Release -v q -nologo >/dev/null
echo "== the same transaction from .NET: through Npgsql, then through EF Core, $clients clients, ${seconds}s each"
floor_out=$(Logging__LogLevel__Default=Warning dotnet benchmarks/Workflow.Benchmarks/bin/Release/net10.0/Certification.Workflow.Benchmarks.dll \
  --floor "Host=127.0.0.1;Port=$port;Database=pgbench;Username=$PG_SUPERUSER;Password=$password" --concurrency "$clients" --seconds "$seconds" | tail -1)
echo "$floor_out"
efcore=$(printf '%s\n' "$floor_out" | sed -n 's/.*efcore_tps=\([0-9.]*\).*/\1/p')

echo "== workflow: $applications applications, $clients at a time"
workflow_out=$(ConnectionStrings__Certification="Host=127.0.0.1;Port=$port;Database=workflow;Username=$PG_SUPERUSER;Password=$password;Maximum Pool Size=50" \
  Logging__LogLevel__Default=Warning \
  dotnet benchmarks/Workflow.Benchmarks/bin/Release/net10.0/Certification.Workflow.Benchmarks.dll --applications "$applications" --concurrency "$clients" | tail -1)
echo "$workflow_out"
steps=$(printf '%s\n' "$workflow_out" | sed -n 's/.*steps_per_second=\([0-9.]*\).*/\1/p')

python3 -c "
s, t, e = float('$steps'), float('$tps'), float('$efcore')
print(f'workflow steps/s {s:.1f} vs pgbench tps {t:.1f}: {s/t:.2f} of pgbench (goal >= 0.50)')
print(f'pgbench transaction through EF Core {e:.1f} tps: {e/t:.2f} of pgbench; workflow steps are {s/e:.2f} of it')"
