#!/usr/bin/env bash
# Verifies audit trail hash chains (the administrators' command; coordinators have the same check on their screen).
#
#   bin/audit-verify.sh [--database portal] [--task-force SLUG | --outside]
#
# Without --task-force it checks every chain: each task force's and the one of events outside any task force
# (sign-ins). Prints one line per chain; exits 1 if any chain is broken, naming the first event that was edited,
# deleted or reordered. Connects as the PostgreSQL superuser (PORTAL_DB_ADMIN_USER, default postgres), like bin/stack.sh.
set -euo pipefail

database=portal; slug=""; outside=false
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --task-force) slug=$2; shift 2 ;;
    --outside) outside=true; shift ;;
    -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "audit-verify.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}

if [ -n "$slug" ]; then
  chains="select id, slug from task_force where slug = :'slug'"
elif [ "$outside" = true ]; then
  chains="select 0::bigint, '(outside any task force)'"
else
  chains="select 0::bigint as id, '(outside any task force)' as slug union all (select id, slug from task_force order by slug)"
fi

result=$(psql -X -A -t -F '|' -v ON_ERROR_STOP=1 -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d "$database" -v slug="$slug" <<SQL
with chain as ($chains)
select c.slug, v.broken_at, coalesce(v.checked, (select count(*) from audit_event e where e.chain = c.id))
from chain c left join lateral audit_verify(c.id) v on true;
SQL
)
[ -n "$result" ] || { echo "audit-verify.sh: no such task force: $slug" >&2; exit 2; }

broken=0
while IFS='|' read -r name broken_at checked; do
  if [ -z "$broken_at" ]; then
    echo "intact  $name ($checked events)"
  else
    echo "BROKEN  $name at event $broken_at (after $checked events checked)"
    broken=1
  fi
done <<<"$result"
exit "$broken"
