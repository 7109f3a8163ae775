#!/usr/bin/env bash
# Starts and stops the portal's whole stack on this machine: PostgreSQL (checked, started if down, database and roles
# created if missing), Keycloak with the realm and demo users, and the portal WAR on Payara Micro.
# Used by the demo (bin/demo.sh) and by the integration tests (web/pom.xml, pre- and post-integration-test).
#
#   bin/stack.sh start --war web/target/portal.war --micro-jar PATH [--database portal] [--portal-port 8080]
#                      [--keycloak-port 8180] [--work DIR]
#   bin/stack.sh stop [--work DIR]
#   bin/stack.sh db-relay start|stop [--work DIR] [--db-relay-port N]
#   bin/stack.sh database [--database portal]    only PostgreSQL: started if down, roles and database if missing
#
# With --db-relay-port N the portal reaches PostgreSQL through a socat relay on port N that the outage tests stop and
# start again ("db-relay"), to show that the portal explains the outage and recovers by itself.
#
# Environment: PORTAL_JAVA_OPTS replaces the JVM options of Payara Micro (bin/payara-micro.jvm); PORTAL_ACCESS_LOG=DIR
# makes Payara Micro write an access log there, one line a request with the time it took on the server and the
# request's X-Load-Screen header (the load benchmark names each request so, and reads the server's own times from it).
# PORTAL_MICRO_CACHE (default ~/.cache/taskforce-portal) is where Payara Micro is kept unpacked, with its class archive
# (micro_runtime).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command=${1:-}; shift || true
subcommand=""
if [ "$command" = db-relay ]; then subcommand=${1:-}; shift || true; fi
db_relay_port=""
database=portal; portal_port=8080; keycloak_port=8180; work="$ROOT/target/stack"; war=""; micro_jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --portal-port) portal_port=$2; shift 2 ;;
    --keycloak-port) keycloak_port=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --war) war=$2; shift 2 ;;
    --micro-jar) micro_jar=$2; shift 2 ;;
    --db-relay-port) db_relay_port=$2; shift 2 ;;
    *) echo "stack.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

work=$(realpath -m "$work") # Payara Micro runs from a directory of its own (start_micro)

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}
export PGHOST PGPORT

# Runs a command in the background in a process group of its own and writes its pid (= the group id) to $1, so that
# stopping it later stops everything it started.
in_own_group() {
  local pidfile=$1; shift
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" &
  for _ in $(seq 1 50); do [ -s "$pidfile" ] && return 0; sleep 0.1; done
  echo "stack.sh: could not start $1" >&2; exit 1
}

ensure_postgres() {
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    echo "PostgreSQL is not answering on $PGHOST:$PGPORT; trying to start the local cluster"
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    fi
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || {
      echo "PostgreSQL is not running on $PGHOST:$PGPORT. Install it (Debian: apt-get install postgresql) and start it." >&2
      exit 1
    }
  fi
  psql -q -X -v ON_ERROR_STOP=1 -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres \
    -v database="$database" \
    -v owner="${PORTAL_DB_OWNER_USER:-portal_owner}" -v owner_password="${PORTAL_DB_OWNER_PASSWORD:-portal_owner}" \
    -v app="${PORTAL_DB_APP_USER:-portal_app}" -v app_password="${PORTAL_DB_APP_PASSWORD:-portal_app}" \
    -v reporting="${PORTAL_DB_REPORTING_ROLE:-portal_reporting}" \
    -f "$ROOT/bin/db-bootstrap.sql" >/dev/null
}

start_db_relay() {
  [ -n "$db_relay_port" ] || db_relay_port=$(cat "$work/db-relay/port" 2>/dev/null) || { echo "stack.sh: no relay port" >&2; exit 2; }
  command -v socat >/dev/null || { echo "stack.sh: socat is needed for --db-relay-port (apt-get install socat)" >&2; exit 1; }
  stop_db_relay
  mkdir -p "$work/db-relay"
  rm -f "$work/db-relay/pid"
  echo "$db_relay_port" >"$work/db-relay/port"
  in_own_group "$work/db-relay/pid" socat "TCP-LISTEN:$db_relay_port,bind=127.0.0.1,fork,reuseaddr" \
      "TCP:$PGHOST:$PGPORT" >"$work/db-relay/socat.log" 2>&1
  for _ in $(seq 1 50); do pg_isready -q -t 1 -h 127.0.0.1 -p "$db_relay_port" && return 0; sleep 0.1; done
  echo "stack.sh: the database relay on $db_relay_port did not come up" >&2; exit 1
}

stop_db_relay() {
  local pidfile="$work/db-relay/pid"
  [ -f "$pidfile" ] || return 0
  local group; group=$(cat "$pidfile")
  kill -- "-$group" 2>/dev/null || kill "$group" 2>/dev/null || true
  # kill only asks: until socat and its children (one per open connection) are gone, a pooled connection still
  # reaches the database, and an outage test that asks at once sees a page served as usual.
  for _ in $(seq 1 50); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$group" 2>/dev/null || true
  rm -f "$pidfile"
}

# Payara Micro unpacked once per jar and JDK on this machine, under PORTAL_MICRO_CACHE (default
# ~/.cache/taskforce-portal), as its launcher (--outputlauncher): "launcher/", copied for each start; and "classes.jsa",
# the JDK's class data sharing archive of the classes Payara Micro loaded while it ran the portal once (left by the
# first start, taken in at its stop). Payara Micro's own classes then load from the archive, already parsed and
# verified: the portal's cold start 16 -> 13 s (issue 15's budget 15 s; the portal's own classes are not in it, Payara
# loads them itself). Prints the directory. Keyed by the jar's content and the JDK: the jar's size and its last 4 MB,
# which hold the zip's central directory (every entry's name and CRC-32), so that each copy of the same jar (the demo,
# the tests and the benchmark each start their own) finds the same archive; and the JDK's java and libjvm.so (path,
# size, time). Not a hash of the whole 100 MB jar and java -version: 0.3 s of every start. A JVM that finds an
# archive not its own refuses it by itself, which costs that start its seconds and nothing else.
micro_runtime() {
  local java jdk key cache
  java=$(realpath "$(command -v java)")
  jdk=$(stat -L -c '%n %s %Y' "$java" "$(dirname "$java")/../lib/server/libjvm.so" 2>/dev/null) || true
  key=$({ stat -L -c '%s' "$micro_jar"; tail -c 4194304 "$micro_jar"; echo "$jdk"; } | sha256sum | cut -c 1-16)
  cache="${PORTAL_MICRO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taskforce-portal}/payara-micro-$key"
  # A home that cannot be written to (a locked-down CI user): the work directory holds it, for this stack only.
  mkdir -p "$cache" 2>/dev/null || { cache="$work/micro-cache/payara-micro-$key"; mkdir -p "$cache"; }
  if [ ! -f "$cache/launcher/launch-micro.jar" ]; then
    local unpacking; unpacking=$(mktemp -d "$cache/launcher.XXXXXX")
    java -jar "$micro_jar" --rootdir "$unpacking" --outputlauncher >"$unpacking.log" 2>&1 \
      || { echo "stack.sh: Payara Micro could not unpack itself; see $unpacking.log" >&2; exit 1; }
    # Another start may have unpacked it meanwhile: theirs stays.
    mv -T "$unpacking" "$cache/launcher" 2>/dev/null || rm -rf "$unpacking"
    rm -f "$unpacking.log"
  fi
  echo "$cache"
}

# Keeps the class archive that a start without one wrote when Payara Micro stopped by itself (one cut short by a forced
# stop is dropped): the next starts read it. Renamed into place, so that a start never reads half an archive.
keep_class_archive() {
  local archive="$work/micro/classes.jsa" runtime
  runtime=$(cat "$work/micro/runtime" 2>/dev/null) || true
  if [ -s "$archive" ] && [ -n "$runtime" ] && [ ! -f "$runtime/classes.jsa" ]; then
    mv -f "$archive" "$runtime/classes.jsa.$$" && mv -f "$runtime/classes.jsa.$$" "$runtime/classes.jsa"
  fi
  rm -f "$archive"
}

start_micro() {
  [ -f "$war" ] || { echo "stack.sh: no WAR at '$war' (build first: ./mvnw package)" >&2; exit 1; }
  [ -f "$micro_jar" ] || { echo "stack.sh: no Payara Micro jar at '$micro_jar'" >&2; exit 1; }
  war=$(realpath "$war"); micro_jar=$(realpath "$micro_jar")
  if curl -s -o /dev/null "http://localhost:$portal_port/"; then
    echo "stack.sh: something already answers on port $portal_port" >&2; exit 1
  fi
  # The JVM's options and why they are so: bin/payara-micro.jvm (an argument file the Docker image reads too).
  local jvm_options=("@$ROOT/bin/payara-micro.jvm")
  [ -z "${PORTAL_JAVA_OPTS:-}" ] || read -r -a jvm_options <<<"$PORTAL_JAVA_OPTS"
  local started; started=$(date +%s)
  # A fresh runtime directory each time (Payara Micro keeps the options of an earlier start in its domain.xml), copied
  # from the unpacked runtime this Payara Micro jar and JDK share on this machine, with the class archive of its own
  # classes when an earlier start left one (micro_runtime).
  rm -rf "$work/micro/root" "$work/micro/pid" "$work/micro/classes.jsa"
  mkdir -p "$work/micro"
  local runtime; runtime=$(micro_runtime)
  echo "$runtime" >"$work/micro/runtime"
  cp -a "$runtime/launcher" "$work/micro/root"
  if [ -f "$runtime/classes.jsa" ]; then
    echo "Payara Micro starts with its class archive ($runtime)"
    jvm_options+=(-XX:SharedArchiveFile="$runtime/classes.jsa")
  else
    echo "Payara Micro starts without a class archive: it writes one when it stops ($runtime)"
    jvm_options+=(-XX:ArchiveClassesAtExit="$work/micro/classes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  local db_address="$PGHOST:$PGPORT"
  [ -z "$db_relay_port" ] || db_address="127.0.0.1:$db_relay_port"
  local access_log=()
  if [ -n "${PORTAL_ACCESS_LOG:-}" ]; then
    mkdir -p "$PORTAL_ACCESS_LOG" # Payara Micro refuses to start without it
    access_log=(--accesslog "$(realpath "$PORTAL_ACCESS_LOG")" --accessloginterval 1
        --accesslogformat '%request% %status% %time-taken% %header.x-load-screen%')
  fi
  # Started from its runtime directory with the launcher named relatively: the class archive holds the class path as
  # it was given, so one made in another directory serves this one.
  (
    cd "$work/micro/root"
    PORTAL_DB_URL="${PORTAL_DB_URL:-jdbc:postgresql://$db_address/$database}" \
    PORTAL_DEMO_DATA="${PORTAL_DEMO_DATA:-true}" \
    PORTAL_OIDC_PROVIDER_URI="http://localhost:$keycloak_port/realms/taskforce" \
    PORTAL_BASE_URL="http://localhost:$portal_port" \
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    in_own_group "$work/micro/pid" java "${jvm_options[@]}" -jar launch-micro.jar --nocluster \
        --prebootcommandfile "$ROOT/bin/payara-micro.preboot" \
        --port "$portal_port" --contextroot / --deploy "$war" "${access_log[@]}" >"$work/micro/server.log" 2>&1
  )
  for _ in $(seq 1 240); do
    # Up means: healthy, and a real page renders (which also warms up Faces before the first person arrives).
    if curl -sf -o /dev/null "http://localhost:$portal_port/health" \
        && curl -sf -o /dev/null "http://localhost:$portal_port/signed-out.xhtml"; then
      echo "Payara Micro is up on http://localhost:$portal_port ($(( $(date +%s) - started )) s)"
      return 0
    fi
    kill -0 "$(cat "$work/micro/pid")" 2>/dev/null || break
    sleep 1
  done
  echo "Payara Micro did not come up; last lines of $work/micro/server.log:" >&2
  tail -n 60 "$work/micro/server.log" >&2
  exit 1
}

# Signs a demo person in once, through Keycloak's real login form, so that the first sign-in after a start (cold
# token exchange, key fetch, JPA and Faces start-up) is not the first person's or the first test's. Best effort: the
# stack is up either way.
warm_up_sign_in() {
  local jar="$work/micro/warm-up.cookies" page action started; started=$(date +%s)
  rm -f "$jar"
  page=$(curl -s -m 90 -L -c "$jar" -b "$jar" "http://localhost:$portal_port/") || true
  # "|| true": with pipefail, a page without the form (a slow start page, cut by -m 90) made grep fail and, through
  # set -e, the whole start fail after the stack was up.
  action=$(printf '%s' "$page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"' | sed 's/.*action="//; s/"$//; s/&amp;/\&/g') || true
  if [ -n "$action" ] && curl -s -m 90 -L -c "$jar" -b "$jar" -o /dev/null \
      --data-urlencode "username=nadia.rios" --data-urlencode "password=demo-Identify-2026" "$action"; then
    echo "Warm-up sign-in done ($(( $(date +%s) - started )) s)"
  else
    echo "Warm-up sign-in did not complete ($(( $(date +%s) - started )) s); continuing"
  fi
  rm -f "$jar"
}

stop_micro() {
  local pidfile="$work/micro/pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 -- "-$pid" 2>/dev/null || true
      rm -f "$work/micro/classes.jsa"
    fi
  fi
  rm -f "$pidfile"
  keep_class_archive
}

case "$command" in
  start)
    mkdir -p "$work"
    ensure_postgres
    bash "$ROOT/realm-config/keycloak.sh" start --port "$keycloak_port" --data "$work/keycloak" --demo
    [ -z "$db_relay_port" ] || start_db_relay
    start_micro
    warm_up_sign_in
    ;;
  stop)
    stop_micro
    stop_db_relay
    bash "$ROOT/realm-config/keycloak.sh" stop --data "$work/keycloak" || true
    ;;
  database)
    ensure_postgres
    ;;
  db-relay)
    case "$subcommand" in
      start) start_db_relay ;;
      stop) stop_db_relay ;;
      *) echo "usage: stack.sh db-relay start|stop [--work DIR]" >&2; exit 2 ;;
    esac
    ;;
  *)
    echo "usage: stack.sh start|stop|database|db-relay [options]" >&2; exit 2 ;;
esac
