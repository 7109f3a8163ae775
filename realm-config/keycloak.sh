#!/usr/bin/env bash
# A local Keycloak with the "taskforce" realm, for the demo, the integration tests and by hand.
#
#   keycloak.sh start [--port N] [--data DIR] [--demo]   start (fresh database) and wait until the realm answers
#   keycloak.sh stop  [--data DIR]                       stop what "start" started (idempotent)
#   keycloak.sh status [--port N] [--data DIR]           exit 0 if running
#   keycloak.sh demo [--port N | --url URL]                load the demo data into a running Keycloak
#
# --port N    HTTP port (default 8180); the management port is N+1000.
# --data DIR  folder for the database, import dir, log and pid file (default realm-config/target/kc-data).
#             Everything Keycloak writes goes there, so several instances can share one unpacked distribution.
# --demo      after start, load demo/taskforce-demo.json (groups + users) with the Admin REST API partial import.
#
# Environment: KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (default admin / admin),
# KC_START_TIMEOUT (seconds, default 240), PORTAL_CLIENT_SECRET, PORTAL_PROVISIONER_SECRET, PORTAL_PUBLIC_URL
# (placeholders in taskforce-realm.json, resolved by Keycloak at import).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
KC_VERSION="${KEYCLOAK_VERSION:-$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)}"
KC_HOME="$HERE/target/keycloak-$KC_VERSION"
REALM=taskforce
REALM_FILE="$HERE/taskforce-realm.json"
DEMO_FILE="$HERE/demo/taskforce-demo.json"

PORT=8180
DATA="$HERE/target/kc-data"
DEMO=false
URL=""

die() { echo "keycloak.sh: $*" >&2; exit 1; }

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

# Something (Keycloak or not) accepts connections on 127.0.0.1:$1?
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The pid in the pid file, if that process group is still alive.
running_pid() {
  local pid
  [[ -f "$DATA/keycloak.pid" ]] || return 1
  pid="$(cat "$DATA/keycloak.pid")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 -- "-$pid" 2>/dev/null && echo "$pid"
}

realm_up() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/realms/$REALM/.well-known/openid-configuration" 2>/dev/null; }

# Unpack the distribution with the module's Maven build if it is not there yet.
ensure_dist() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return
  echo "Keycloak $KC_VERSION not unpacked yet: running the realm-config Maven build"
  local mvn=mvn
  [[ -x "$ROOT/mvnw" ]] && mvn="$ROOT/mvnw"
  # -f (not -pl) so that it also works while sibling modules are incomplete
  (cd "$ROOT" && "$mvn" -q -f "$HERE/pom.xml" process-resources)
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "$KC_HOME/bin/kc.sh still missing after the Maven build"
}

start() {
  ensure_dist
  command -v curl >/dev/null || die "curl is needed"
  local pid
  if pid="$(running_pid)"; then die "already running (pid $pid, data $DATA); run: $0 stop --data $DATA"; fi
  local mgmt=$((PORT + 1000))
  for p in "$PORT" "$mgmt"; do
    listening "$p" && die "port $p is already in use (another Keycloak?); stop it or use --port"
  done

  # A fresh database every time: only the folders this script creates are removed.
  mkdir -p "$DATA"
  rm -rf "$DATA/data" "$DATA/import" "$DATA/transaction-logs" "$DATA/keycloak.log" "$DATA/keycloak.pid"
  mkdir -p "$DATA/import"
  cp "$REALM_FILE" "$DATA/import/"

  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:--XX:TieredStopAtLevel=1}"
  export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx384m}"

  echo "Starting Keycloak $KC_VERSION on http://localhost:$PORT (management $mgmt), data $DATA"
  local timeout="${KC_START_TIMEOUT:-240}"
  # The first start of a fresh unpack rewrites the distribution (Quarkus build step): one start at a time.
  exec 9>"$KC_HOME/.start.lock"
  flock -w "$timeout" 9 || die "another keycloak.sh start still holds $KC_HOME/.start.lock"
  local t0=$SECONDS
  # -D options: keep the H2 database, the realm import dir and the transaction log out of the shared
  # distribution (--import-realm alone would read $KC_HOME/data/import).
  # setsid: Keycloak gets its own process group (pid = pgid), so "stop" can end kc.sh and its java child together.
  setsid "$KC_HOME/bin/kc.sh" start-dev \
    --http-port "$PORT" --http-management-port "$mgmt" --import-realm \
    "-Dkc.db-url-path=$DATA" \
    "-Dkeycloak.migration.dir=$DATA/import" \
    "-Dquarkus.transaction-manager.object-store.directory=$DATA/transaction-logs" \
    </dev/null >"$DATA/keycloak.log" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$DATA/keycloak.pid"

  until realm_up; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$DATA/keycloak.log" >&2
      rm -f "$DATA/keycloak.pid"
      die "Keycloak exited during start-up (log: $DATA/keycloak.log)"
    fi
    if (( SECONDS - t0 >= timeout )); then
      tail -n 40 "$DATA/keycloak.log" >&2
      stop
      die "realm $REALM did not answer within ${timeout}s (log: $DATA/keycloak.log)"
    fi
    sleep 1
  done
  exec 9>&-
  echo "Keycloak is up after $((SECONDS - t0))s (pid $pid): http://localhost:$PORT/realms/$REALM"

  if [[ "$DEMO" == true ]]; then load_demo; fi
}

# Partial import of the demo groups and users (skips what already exists).
load_demo() {
  local base="${URL:-http://127.0.0.1:$PORT}" token result code
  token="$(curl -fsS --max-time 30 "$base/realms/master/protocol/openid-connect/token" \
      --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
      --data-urlencode "username=$KC_BOOTSTRAP_ADMIN_USERNAME" \
      --data-urlencode "password=$KC_BOOTSTRAP_ADMIN_PASSWORD" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')" || die "no admin token from the master realm"
  [[ -n "$token" ]] || die "no admin token from the master realm"

  result="$(curl -sS --max-time 120 -w '\n%{http_code}' -X POST "$base/admin/realms/$REALM/partialImport" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$DEMO_FILE")"
  code="${result##*$'\n'}"
  result="${result%$'\n'*}"
  if [[ "$code" != 200 ]] || ! grep -q '"added"' <<<"$result" || grep -q '"error' <<<"$result"; then
    echo "$result" >&2
    die "demo partial import failed (HTTP $code)"
  fi
  echo "Demo data loaded: $(grep -o '"\(added\|skipped\|overwritten\)":[0-9]*' <<<"$result" | tr '\n' ' ')"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$DATA/keycloak.pid"
    echo "Keycloak (data $DATA) is not running"
    return 0
  fi
  echo "Stopping Keycloak (process group $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    echo "still alive after 30s: SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$DATA/keycloak.pid"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    if realm_up; then echo "running (pid $pid), realm answers on port $PORT"; else echo "running (pid $pid), realm not answering on port $PORT"; fi
  else
    echo "not running (data $DATA)"
    return 3
  fi
}

[[ $# -ge 1 ]] || usage 2
cmd="$1"
shift
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="${2:?--port needs a number}"; shift 2 ;;
    --data) DATA="${2:?--data needs a folder}"; shift 2 ;;
    --demo) DEMO=true; shift ;;
    --url) URL="${2:?--url needs a base URL}"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) die "unknown option: $1" ;;
  esac
done
[[ "$PORT" =~ ^[0-9]+$ ]] || die "--port must be a number: $PORT"
DATA="$(realpath -m "$DATA" 2>/dev/null || echo "$DATA")"

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  demo) load_demo ;;
  -h|--help|help) usage 0 ;;
  *) usage 2 ;;
esac
