#!/usr/bin/env bash
# Starts and stops what the EAR smoke test (EarSmokeIT) needs: PostgreSQL (checked, database and roles created if
# missing), Keycloak with the taskforce realm, and a fresh Payara Server domain with the EAR deployed.
# Run by ear/pom.xml in pre-integration-test (start) and post-integration-test (stop).
#
#   smoke.sh start --payara-home DIR --work DIR --ear FILE [--database portal_ear] [--portal-port 28080]
#                  [--keycloak-port 28180]
#   smoke.sh stop  --payara-home DIR --work DIR
#
# The domain's ports are those of `asadmin create-domain --portbase (portal port - 80)`: HTTP = portal port,
# HTTPS +1, admin -32, IIOP -43/-42/-41, JMS -4, JMX +6, debugger -71, OSGi shell -14, Hazelcast -31/-21.
# The database is dropped and created again on each start when its name ends in _ear (Flyway then migrates it from
# inside the EAR every time); after the deployment the script checks the migrations and the role the pool uses.
# Everything the script writes goes to the work folder: keycloak/ (its data, log and pid), domains/portal/ (the
# domain, logs/server.log), domain-template/ (a never-started domain, copied for each run), *.log of the asadmin
# commands, timings.txt.
#
# A start that fails stops what it started (Maven skips post-integration-test when pre-integration-test fails) and
# prints the end of the logs. A start also first stops whatever a previous, interrupted run left behind.
#
# Environment: PGHOST / PGPORT (127.0.0.1 / 5432), PORTAL_DB_ADMIN_USER (postgres), PORTAL_DB_OWNER_USER / _PASSWORD,
# PORTAL_DB_APP_USER / _PASSWORD (portal_owner / portal_app), PORTAL_CLIENT_SECRET (portal-dev-secret),
# AS_JAVA (the JDK Payara runs on; default: java on the PATH), SMOKE_START_TIMEOUT / SMOKE_DEPLOY_TIMEOUT (seconds).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
DOMAIN=portal

command=${1:-}; shift || true
payara_home=""; work=""; ear=""; database=portal_ear; portal_port=28080; keycloak_port=28180
while [ $# -gt 0 ]; do
  case "$1" in
    --payara-home) payara_home=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --ear) ear=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --portal-port) portal_port=$2; shift 2 ;;
    --keycloak-port) keycloak_port=$2; shift 2 ;;
    *) echo "smoke.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$payara_home" ] && [ -n "$work" ] || { echo "usage: smoke.sh start|stop --payara-home DIR --work DIR [...]" >&2; exit 2; }
[[ "$portal_port" =~ ^[0-9]+$ && "$keycloak_port" =~ ^[0-9]+$ ]] || { echo "smoke.sh: ports must be numbers" >&2; exit 2; }

portbase=$((portal_port - 80))
admin_port=$((portbase + 48))
domains="$work/domains"
server_log="$domains/$DOMAIN/logs/server.log"
asadmin=("$payara_home/bin/asadmin")
[ -x "${asadmin[0]}" ] || asadmin=(sh "$payara_home/bin/asadmin")

PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}
export PGHOST PGPORT

log() { echo "[smoke] $*"; }
timing() { echo "$1 $2" >>"$work/timings.txt"; log "$1: $2 s"; }

# Something accepts connections on 127.0.0.1:$1?
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports_free() {
  local busy=()
  # offsets of create-domain --portbase: debugger, IIOP x3, admin, Hazelcast DAS, Hazelcast, OSGi, JMS, HTTP, HTTPS, JMX
  for offset in 9 37 38 39 48 49 59 66 76 80 81 86; do
    listening $((portbase + offset)) && busy+=($((portbase + offset)))
  done
  for p in "$keycloak_port" $((keycloak_port + 1000)); do
    listening "$p" && busy+=("$p")
  done
  if [ ${#busy[@]} -gt 0 ]; then
    echo "smoke.sh: ports already in use: ${busy[*]} (change them with -Dear.it.portal.port=... -Dear.it.keycloak.port=...)" >&2
    ss -ltnp 2>/dev/null | grep -E ":($(IFS='|'; echo "${busy[*]}"))\b" >&2 || true
    return 1
  fi
}

ensure_postgres() {
  # A fresh database each run, so that the Flyway migrations run from inside the EAR every time. Only a database
  # whose name ends in _ear is dropped: the option must not be able to wipe the demo's.
  if [[ "$database" == *_ear ]] && pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    psql -q -X -v ON_ERROR_STOP=1 -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres \
      -c "drop database if exists \"$database\" with (force)" >/dev/null
  fi
  # The same as for the demo and the web tests: PostgreSQL running, roles and database created if missing.
  bash "$ROOT/bin/stack.sh" database --database "$database"
  log "PostgreSQL database $database ready"
}

# The server JVM of this domain: its pid file, else (a start that timed out before writing it) its command line, which
# names this very domain folder.
server_pid() {
  local pidfile="$domains/$DOMAIN/config/pid" pid=""
  [ -f "$pidfile" ] && pid=$(cat "$pidfile")
  if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
    pid=$(pgrep -f -- "-Dcom\.sun\.aas\.instanceRoot=$domains/$DOMAIN( |\$)" | head -n 1) || return 1
  fi
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

print_logs() {
  if [ -f "$server_log" ]; then
    echo "----- last 80 lines of $server_log -----" >&2
    tail -n 80 "$server_log" >&2
  fi
  if [ -f "$work/keycloak/keycloak.log" ]; then
    echo "----- last 20 lines of $work/keycloak/keycloak.log -----" >&2
    tail -n 20 "$work/keycloak/keycloak.log" >&2
  fi
}

start_payara() {
  [ -x "$payara_home/bin/asadmin" ] || [ -f "$payara_home/bin/asadmin" ] || {
    echo "smoke.sh: no Payara Server at $payara_home (the dependency:unpack execution puts it there)" >&2; return 1; }
  [ -f "$ear" ] || { echo "smoke.sh: no EAR at '$ear'" >&2; return 1; }

  # A fresh domain every run, copied from a never-started one (create-domain takes 15-25 s: once per Payara version
  # and port base, until target/ is cleaned). --portbase moves every port of the domain (HTTP = portbase + 80).
  local t0=$SECONDS
  local template
  template="$work/domain-template/$portbase-$(md5sum <"$payara_home/glassfish/common/templates/gf/appserver-domain.jar" | cut -c1-12)"
  if [ ! -f "$template/$DOMAIN/config/domain.xml" ]; then
    rm -rf "$work/domain-template"
    mkdir -p "$template"
    "${asadmin[@]}" --user admin create-domain --nopassword --portbase "$portbase" --domaindir "$template" "$DOMAIN" \
      >"$work/create-domain.log" 2>&1 || { cat "$work/create-domain.log" >&2; rm -rf "$work/domain-template"; return 1; }
    # Loopback only: HTTP, HTTPS and admin listeners, IIOP and JMX (create-domain binds them to every interface).
    sed -i -e 's|<network-listener port="|<network-listener address="127.0.0.1" port="|' \
           -e 's|address="0\.0\.0\.0"|address="127.0.0.1"|g' "$template/$DOMAIN/config/domain.xml"
    timing create-domain $((SECONDS - t0))
  fi
  rm -rf "$domains"
  mkdir -p "$domains"
  cp -a "$template/$DOMAIN" "$domains/"

  # The portal reads its settings from MicroProfile Config, which reads the environment of the server JVM:
  # asadmin start-domain passes its own environment on to it.
  export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database"
  export PORTAL_OIDC_PROVIDER_URI="http://localhost:$keycloak_port/realms/taskforce"
  export PORTAL_BASE_URL="http://localhost:$portal_port"
  export PORTAL_DEMO_DATA=false

  t0=$SECONDS
  log "Starting Payara Server (domain $DOMAIN, HTTP $portal_port, admin $admin_port)"
  # start-domain returns once the admin listener answers; timeout guards a hang. Its output goes to a file: the server
  # JVM must not keep Maven's stdout open.
  if ! timeout "${SMOKE_START_TIMEOUT:-300}" "${asadmin[@]}" start-domain --domaindir "$domains" "$DOMAIN" \
      </dev/null >"$work/start-domain.log" 2>&1; then
    cat "$work/start-domain.log" >&2
    echo "smoke.sh: Payara Server did not start" >&2
    return 1
  fi
  local pid; pid=$(server_pid) || { echo "smoke.sh: no server process after start-domain" >&2; return 1; }
  if ! tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "PORTAL_DB_URL=$PORTAL_DB_URL"; then
    echo "smoke.sh: the server JVM (pid $pid) did not get the PORTAL_* environment variables" >&2
    return 1
  fi
  timing start-domain $((SECONDS - t0))

  t0=$SECONDS
  log "Deploying $(basename "$ear")"
  if ! timeout "${SMOKE_DEPLOY_TIMEOUT:-600}" "${asadmin[@]}" --port "$admin_port" deploy --name portal --force=true "$ear" \
      </dev/null >"$work/deploy.log" 2>&1; then
    # asadmin prints the whole stack trace: its first lines say what went wrong.
    head -n 20 "$work/deploy.log" >&2
    echo "smoke.sh: deployment failed" >&2
    return 1
  fi
  timing deploy $((SECONDS - t0))

  # The application answers once deployed; wait (bounded) until /health answers at all, UP or not: EarSmokeIT
  # checks the content.
  t0=$SECONDS
  local code=000
  for _ in $(seq 1 60); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://localhost:$portal_port/health" || true)
    [[ "$code" == 200 || "$code" == 503 ]] && break
    server_pid >/dev/null || break
    sleep 1
  done
  [[ "$code" == 200 || "$code" == 503 ]] || { echo "smoke.sh: /health answered $code" >&2; return 1; }
  timing first-health $((SECONDS - t0))
  check_database
  log "Portal on Payara Server: http://localhost:$portal_port (health $code)"
}

# What the deployment did to PostgreSQL: the migrations ran (as the owner role), and the connection pool of
# @DataSourceDefinition (ApplicationName task-force-portal) connects as the application role, nothing else.
check_database() {
  local app_role="${PORTAL_DB_APP_USER:-portal_app}" migrations roles
  migrations=$(psql -At -X -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d "$database" \
    -c "select count(*) filter (where success) || ' migrations, version ' || coalesce(max(version), '-') from flyway_schema_history" \
    2>&1) || { echo "smoke.sh: no Flyway schema history in $database: $migrations" >&2; return 1; }
  [[ "$migrations" != 0\ * ]] || { echo "smoke.sh: Flyway applied no migration in $database" >&2; return 1; }
  roles=$(psql -At -X -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres \
    -c "select coalesce(string_agg(distinct usename, ','), '') from pg_stat_activity where datname = '$database' and application_name = 'task-force-portal'")
  [ "$roles" == "$app_role" ] || {
    echo "smoke.sh: the portal's connection pool should connect as $app_role only, found: '${roles}'" >&2; return 1; }
  log "Database $database: $migrations (Flyway); connection pool as $roles"
}

stop_payara() {
  local pid
  pid=$(server_pid) || { rm -f "$domains/$DOMAIN/config/pid"; return 0; }
  log "Stopping Payara Server (pid $pid)"
  timeout 90 "${asadmin[@]}" stop-domain --domaindir "$domains" "$DOMAIN" </dev/null >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive: SIGKILL"
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop_all() {
  [ -d "$work" ] || return 0
  stop_payara
  bash "$ROOT/realm-config/keycloak.sh" stop --data "$work/keycloak" || true
}

case "$command" in
  start)
    mkdir -p "$work"
    stop_all          # leftovers of an interrupted run
    rm -rf "$domains" "$work"/*.log
    : >"$work/timings.txt"
    started=$SECONDS
    trap 'status=$?; if [ $status -ne 0 ]; then print_logs; stop_all; fi' EXIT
    check_ports_free
    ensure_postgres
    t0=$SECONDS
    bash "$ROOT/realm-config/keycloak.sh" start --port "$keycloak_port" --data "$work/keycloak"
    timing keycloak $((SECONDS - t0))
    start_payara
    timing total-start $((SECONDS - started))
    ;;
  stop)
    t0=$SECONDS
    stop_all
    log "stopped in $((SECONDS - t0)) s"
    ;;
  *)
    echo "usage: smoke.sh start|stop [options]" >&2; exit 2 ;;
esac
