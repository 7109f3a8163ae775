#!/usr/bin/env bash
# Row-level security overhead: the same per-task-force query with and without the portal's forced policy, on
# 1.08 M rows over 18 task forces, connected as the portal's role (which owns nothing). Prints pgbench's figures.
#
#   docs/benchmarks/rls/run.sh [seconds per run, default 30] [rounds, default 3]
#
# Needs PostgreSQL on 127.0.0.1:5432 reachable as postgres (as for the demo) and pgbench (postgresql-contrib).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
seconds=${1:-30}
rounds=${2:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
app=${PORTAL_DB_APP_USER:-portal_app}
export PGPASSWORD=${PORTAL_DB_APP_PASSWORD:-portal_app}

bash "$ROOT/bin/stack.sh" database --database portal_bench
echo "Loading 2 x 1.08 M rows ..."
psql -q -X -v ON_ERROR_STOP=1 -U postgres -d portal_bench -v app="$app" -f "$HERE/setup.sql"

for round in $(seq 1 "$rounds"); do
  for script in without-policy with-policy; do
    printf '%s round %s: ' "$script" "$round"
    pgbench -n -U "$app" -d portal_bench -c 1 -T "$seconds" -f "$HERE/$script.sql" 2>/dev/null \
      | awk '/latency average/ {lat=$4} /^tps/ {tps=$3} END {printf "latency %s ms, %s tps\n", lat, tps}'
  done
done
