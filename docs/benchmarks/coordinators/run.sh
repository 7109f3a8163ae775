#!/usr/bin/env bash
# Who coordinates a task force of N people: one Keycloak call per person against one call for the coordinators'
# subgroup. Starts a Keycloak of its own with the realm (port 8290, folder under /tmp) unless given one.
#
#   docs/benchmarks/coordinators/run.sh [people, default 200] [rounds, default 5] [--url http://localhost:8180]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
people=${1:-200}
rounds=${2:-5}
url=${4:-}
if [ "${3:-}" != "--url" ] || [ -z "$url" ]; then
  data=$(mktemp -d /tmp/kc-bench-XXXX)
  trap 'bash "$ROOT/realm-config/keycloak.sh" stop --data "$data" >/dev/null; rm -rf "$data"' EXIT
  bash "$ROOT/realm-config/keycloak.sh" start --port 8290 --data "$data"
  url=http://localhost:8290
fi
python3 "$HERE/bench.py" "$url" "$people" "$rounds"
