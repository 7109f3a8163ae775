#!/usr/bin/env bash
# Command 1 of README.md: builds the portal and starts it with demo data on this machine —
# PostgreSQL (checked, started if it is down; database "portal" and its roles created if missing), Keycloak with the
# realm and the demo users on :8180, the portal on Payara Micro on :8080. Ctrl-C stops everything it started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK="$ROOT/target/demo"
PORTAL_PORT=${PORTAL_PORT:-8080}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)

echo "Building (./mvnw install -DskipTests) ..."
./mvnw -B -q install -DskipTests
mkdir -p "$WORK"
./mvnw -B -q -N dependency:copy -Dartifact="fish.payara.extras:payara-micro:$payara_version" \
    -DoutputDirectory="$WORK" -Dmdep.stripVersion=true

stop() {
  trap - INT TERM EXIT
  echo; echo "Stopping the portal and Keycloak ..."
  bash "$ROOT/bin/stack.sh" stop --work "$WORK" || true
}
trap stop INT TERM EXIT

bash "$ROOT/bin/stack.sh" start --database portal --portal-port "$PORTAL_PORT" --keycloak-port "$KEYCLOAK_PORT" \
    --work "$WORK" --war "$ROOT/web/target/portal.war" --micro-jar "$WORK/payara-micro.jar"

cat <<INFO

  Task Force Portal:  http://localhost:$PORTAL_PORT
  Keycloak admin:     http://localhost:$KEYCLOAK_PORT/admin   (admin / admin)

  Demo sign-ins (DEMO ONLY — password for all: demo-Identify-2026)
    ana.benitez       member, Alto Paraná (Policía Nacional)
    carlos.rojas      coordinator, Alto Paraná (Fiscalía)
    marta.duarte      coordinator of Central, member of Alto Paraná
    lucia.gimenez     member, Itapúa (Migraciones)
    jorge.vera        coordinator, Itapúa
    sofia.caballero   national coordinator
    emily.carter      liaison of the U.S. Department of State
    nadia.rios        in no task force (sees the page that says so)

  Logs: $WORK/micro/server.log, $WORK/keycloak/keycloak.log
  Press Ctrl-C to stop.
INFO

while kill -0 "$(cat "$WORK/micro/pid" 2>/dev/null)" 2>/dev/null; do sleep 2; done
echo "Payara Micro has stopped; see $WORK/micro/server.log"
