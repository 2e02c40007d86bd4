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

# A local SMTP sink on 127.0.0.1:2525 (appsettings.json "Smtp") keeps every mail the app sends as a file in
# .data/mail/new (Maildir); open one with any text viewer, or see the in-app copy under "Thông báo".
mail_dir="$PWD/.data/mail"
mkdir -p "$PWD/.data"
smtp_port=${CERTIFICATION_SMTP_PORT:-2525}
if ! (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; then
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$mail_dir" >"$PWD/.data/smtp.log" 2>&1 &
  smtp_pid=$!
  trap 'kill $smtp_pid 2>/dev/null' EXIT
  echo "Local SMTP sink on 127.0.0.1:$smtp_port; sent mail is kept in $mail_dir/new"
fi
export Smtp__Port="$smtp_port"

export ConnectionStrings__Certification="Host=127.0.0.1;Port=$port;Database=certification;Username=$PG_SUPERUSER;Password=$password"
dotnet run --project src/Web -c Release -- --urls "${CERTIFICATION_URL:-http://127.0.0.1:5080}" --migrate --seed-demo
