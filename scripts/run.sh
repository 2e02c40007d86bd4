#!/usr/bin/env bash
# Runs the app with demo data on http://127.0.0.1:5080 . Safe to run again: the data is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/dependencies.sh
source scripts/lib/postgres.sh

apt_install_missing "${RUNTIME_PACKAGES[@]}"

# As root the cluster belongs to 'postgres', which may not be able to enter the clone's folder.
if [ "$(id -u)" -eq 0 ]; then data_dir=/var/lib/certification/postgres; else data_dir="$PWD/.data/postgres"; fi
port=${CERTIFICATION_PG_PORT:-5433}
password=certification-local
pg_cluster_start "$data_dir" "$port" "$password"
echo "PostgreSQL 15 running on 127.0.0.1:$port (data in $data_dir)"

export ConnectionStrings__Certification="Host=127.0.0.1;Port=$port;Database=certification;Username=$PG_SUPERUSER;Password=$password"
exec dotnet run --project src/Web -c Release -- --urls "${CERTIFICATION_URL:-http://127.0.0.1:5080}" --migrate --seed-demo
