#!/usr/bin/env bash
# The load benchmark's stack: a generated database, Keycloak and the portal on Payara Micro (both started by the
# project's bin/stack.sh), and the Keycloak accounts of the generated people. Used by run.sh and by the smoke run of
# `./mvnw verify` (pom.xml); needs the module built (target/classes, target/generator.classpath).
#
#   harness.sh up --war WAR --micro-jar JAR [--scale 1] [--seed 15] [--anchor YYYY-MM-DD] [--database portal_load]
#                 [--portal-port 8080] [--keycloak-port 8180] [--work DIR]
#       drops and creates the database, generates it (Flyway, then COPY), verifies the audit trail's hash chains with
#       bin/audit-verify.sh, starts the stack (no demo data in the portal), creates the accounts; writes
#       DIR/accounts.csv (who signs in) and DIR/timings (generation, verification, cold start, accounts).
#       With --while-parent-lives (the smoke run of the build) a watchdog stops the stack and drops the database
#       when the process that called up (Maven) ends, so that a failed check, which stops the build before its
#       post-integration-test phase, leaves nothing running.
#   harness.sh down [--work DIR] [--drop-database NAME]
#       stops what "up" started; drops the database if asked (the smoke run's).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
command=${1:-}; shift || true
scale=1; seed=15; anchor=$(date +%F); database=portal_load; portal_port=8080; keycloak_port=8180
work="$HERE/target/stack"; war=""; micro_jar=""; watch=false; drop=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --anchor) anchor=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --portal-port) portal_port=$2; shift 2 ;;
    --keycloak-port) keycloak_port=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --war) war=$2; shift 2 ;;
    --micro-jar) micro_jar=$2; shift 2 ;;
    --while-parent-lives) watch=true; shift ;;
    --drop-database) drop=$2; shift 2 ;;
    *) echo "harness.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
admin=${PORTAL_DB_ADMIN_USER:-postgres}

generator() {
  [ -f "$HERE/target/generator.classpath" ] || { echo "harness.sh: build the module first (./mvnw -pl docs/benchmarks/load -am package -DskipTests)" >&2; exit 1; }
  java -Xmx1g -cp "$HERE/target/classes:$(cat "$HERE/target/generator.classpath")" \
      org.taskforce.portal.load.generator.Generator "$@"
}

# Stops the stack (and drops the database) once the process that ran "up" has ended: started in a session of its
# own, with no terminal or pipe of the caller's, so that the caller does not wait for it.
watchdog() {
  local parent=$PPID
  mkdir -p "$work"
  setsid bash -c 'while kill -0 "$0" 2>/dev/null; do sleep 2; done; exec bash "$1" down --work "$2" --drop-database "$3"' \
      "$parent" "$HERE/harness.sh" "$work" "$database" </dev/null >"$work/watchdog.log" 2>&1 &
}

down() {
  bash "$ROOT/bin/stack.sh" stop --work "$work"
  if [ -n "$drop" ]; then
    psql -q -X -U "$admin" -d postgres -c "drop database if exists \"$drop\" with (force)" >/dev/null
  fi
}

up() {
  mkdir -p "$work"
  [ "$watch" = false ] || watchdog
  : >"$work/timings"
  echo "== Database $database: scale $scale, seed $seed, anchor $anchor"
  psql -q -X -v ON_ERROR_STOP=1 -U "$admin" -d postgres \
      -c "drop database if exists \"$database\" with (force)" >/dev/null
  bash "$ROOT/bin/stack.sh" database --database "$database"
  local t0=$SECONDS
  generator database --db "jdbc:postgresql://$PGHOST:$PGPORT/$database" --admin-user "$admin" \
      --scale "$scale" --seed "$seed" --anchor "$anchor" --accounts "$work/accounts.csv" | tee "$work/generation.log"
  echo "generation_seconds=$((SECONDS - t0))" >>"$work/timings"
  psql -X -A -t -U "$admin" -d "$database" -c "select pg_size_pretty(pg_database_size(current_database()))" \
      | sed 's/^/database_size=/' >>"$work/timings"

  t0=$SECONDS
  echo "== Audit trail: bin/audit-verify.sh --database $database"
  bash "$ROOT/bin/audit-verify.sh" --database "$database" | tee "$work/audit-verify.log"
  echo "audit_verify_seconds=$((SECONDS - t0))" >>"$work/timings"

  echo "== Stack: Keycloak on $keycloak_port, the portal on $portal_port"
  PORTAL_DEMO_DATA=false PORTAL_PUBLIC_URL="http://localhost:$portal_port" \
    bash "$ROOT/bin/stack.sh" start --database "$database" --portal-port "$portal_port" \
      --keycloak-port "$keycloak_port" --work "$work" --war "$war" --micro-jar "$micro_jar" | tee "$work/stack.log"
  sed -n 's/^Payara Micro is up .*(\([0-9]*\) s)$/cold_start_seconds=\1/p' "$work/stack.log" >>"$work/timings"
  sed -n 's/^Payara Micro starts with its class archive.*/class_archive=read/p;
          s/^Payara Micro starts without a class archive.*/class_archive=none/p' "$work/stack.log" >>"$work/timings"
  sed -n 's/^Keycloak is up after \([0-9]*\)s.*/keycloak_start_seconds=\1/p' "$work/stack.log" >>"$work/timings"

  t0=$SECONDS
  echo "== Keycloak accounts"
  generator keycloak --keycloak "http://localhost:$keycloak_port" --scale "$scale" --seed "$seed" --anchor "$anchor"
  echo "accounts_seconds=$((SECONDS - t0))" >>"$work/timings"
}

case "$command" in
  up) up ;;
  down) down ;;
  *) echo "usage: harness.sh up|down [options]" >&2; exit 2 ;;
esac
