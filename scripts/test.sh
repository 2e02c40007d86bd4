#!/usr/bin/env bash
# Runs every test against a throwaway PostgreSQL cluster that this script starts and removes.
# Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/dependencies.sh
source scripts/lib/postgres.sh

apt_install_missing "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}" || exit 1

data_dir=$(mktemp -d /tmp/certification-test-XXXXXX)
chmod 755 "$data_dir"
port=$(free_port)
password=certification-test
cleanup() { pg_cluster_stop "$data_dir"; rm -rf "$data_dir"; }
trap cleanup EXIT
# Durability settings off: a test cluster is thrown away, and a killed app process (not the OS) is what tests simulate.
pg_cluster_start "$data_dir" "$port" "$password" fsync=off synchronous_commit=off full_page_writes=off max_connections=300 || exit 1

export CERTIFICATION_TEST_DATABASE="Host=127.0.0.1;Port=$port;Username=$PG_SUPERUSER;Password=$password"
export CERTIFICATION_TEST_PG_BIN="$PG_BIN"
# Many in-memory app hosts run at once; polling avoids exhausting the machine's 128 inotify instances.
export DOTNET_USE_POLLING_FILE_WATCHER=1

results=TestResults/run-$(date +%Y%m%d-%H%M%S)
dotnet test Certification.sln -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

python3 scripts/lib/summarise_trx.py "$results"
summary_status=$?
[ $status -eq 0 ] && [ $summary_status -eq 0 ]
