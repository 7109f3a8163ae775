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
# Everything the script writes goes to the work folder: keycloak/ (its data, log and pid), domains/portal/ (the
# domain, logs/server.log), timings.txt.
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
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    log "PostgreSQL is not answering on $PGHOST:$PGPORT; trying to start the local cluster"
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    fi
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || {
      echo "smoke.sh: PostgreSQL is not running on $PGHOST:$PGPORT (Debian: apt-get install postgresql)" >&2
      return 1
    }
  fi
  # The same bootstrap as bin/stack.sh: roles and database if missing.
  psql -q -X -v ON_ERROR_STOP=1 -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres \
    -v database="$database" \
    -v owner="${PORTAL_DB_OWNER_USER:-portal_owner}" -v owner_password="${PORTAL_DB_OWNER_PASSWORD:-portal_owner}" \
    -v app="${PORTAL_DB_APP_USER:-portal_app}" -v app_password="${PORTAL_DB_APP_PASSWORD:-portal_app}" \
    -f "$ROOT/bin/db-bootstrap.sql" >/dev/null
  log "PostgreSQL database $database ready"
}

server_pid() {
  local pidfile="$domains/$DOMAIN/config/pid" pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
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

  local t0=$SECONDS
  rm -rf "$domains"
  mkdir -p "$domains"
  # A fresh domain every run; --portbase moves every port of the domain (HTTP = portbase + 80).
  "${asadmin[@]}" --user admin create-domain --nopassword --portbase "$portbase" --domaindir "$domains" "$DOMAIN" \
    >"$work/create-domain.log" 2>&1 || { cat "$work/create-domain.log" >&2; return 1; }
  timing create-domain $((SECONDS - t0))

  # The portal reads its settings from MicroProfile Config, which reads the environment of the server JVM:
  # asadmin start-domain passes its own environment on to it.
  # PORTAL_OIDC_CLIENT_ID / _SECRET: in an EAR, Payara reads META-INF/microprofile-config.properties with the
  # application's class loader (EAR lib/ and EJB modules), which does not see the web module's WEB-INF/classes: the
  # defaults of web/src/main/resources/META-INF/microprofile-config.properties do not apply (see the EAR notes).
  export PORTAL_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database"
  export PORTAL_OIDC_PROVIDER_URI="http://localhost:$keycloak_port/realms/taskforce"
  export PORTAL_BASE_URL="http://localhost:$portal_port"
  export PORTAL_OIDC_CLIENT_ID="${PORTAL_OIDC_CLIENT_ID:-portal}"
  export PORTAL_OIDC_CLIENT_SECRET="${PORTAL_CLIENT_SECRET:-portal-dev-secret}"
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
  log "Portal on Payara Server: http://localhost:$portal_port (health $code)"
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
    stop_all
    ;;
  *)
    echo "usage: smoke.sh start|stop [options]" >&2; exit 2 ;;
esac
