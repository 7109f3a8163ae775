#!/usr/bin/env bash
# The load benchmark in one command (issue 15): builds the portal and this module, then for each scale generates the
# database, starts the stack with the project's scripts, warms up, counts the statements of each screen, runs each
# load profile, samples Payara Micro's resident memory, stops the stack; finally writes RESULTS.md next to this
# script. Gatling's HTML reports stay under the results folder (large: not committed).
#
#   docs/benchmarks/load/run.sh [--scale "0.1 1"] [--users "10 50 100"] [--duration 180] [--warmup 60] [--seed 15]
#       [--pause-min 1000] [--pause-max 3000] [--floor-users 2] [--database portal_load] [--portal-port 8080]
#       [--keycloak-port 8180] [--serial 40] [--serial-at start|end] [--settle 5] [--results DIR] [--skip-build]
#       [--no-jfr]
#
# Defaults: scale 1, profiles of 10, 50 and 100 concurrent users, 180 s each after a 60 s warm-up (10 users) and
# up to --settle more rounds of 60 s until the JIT compiler has settled (0 leaves them out; ~2 minutes a round). After
# the profiles, on the warmest JVM of the run (--serial-at start: before them, as until stop 32), the serial pass: one
# user goes through every screen --serial times (40), one request at a time, back to back, which gives each screen's
# time on the server without queueing (0 leaves it out; ~3 minutes). (With 100 ms
# between requests, the first try, each request took longer than at 10 users: an idle virtual machine wakes slowly.)
# A run at scale 1 took 21 minutes on this 2-core machine at stop 21 (generation 1¼, audit check ½, Keycloak and
# Payara Micro start 1, the 3,600 Keycloak accounts 1½, warm-up 1½, statements pass 2, profiles 3 × 4–5); add ~4
# minutes for the build. Each profile is recorded by the JDK Flight Recorder (execution samples, about 2 % of a core):
# RESULTS.md says where Payara Micro's CPU went, and the profile's folder keeps portal.jfr (JDK Mission Control) and
# portal.folded (folded stacks for flamegraph.pl or speedscope); --no-jfr leaves it out.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
scales=1; users="10 50 100"; duration=180; warmup=60; seed=15; pause_min=1000; pause_max=3000; floor_users=2
database=portal_load; portal_port=8080; keycloak_port=8180; results=""; build=true; jfr=true; serial=40
settle_rounds=5; serial_at=end
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scales=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --pause-min) pause_min=$2; shift 2 ;;
    --pause-max) pause_max=$2; shift 2 ;;
    --floor-users) floor_users=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --portal-port) portal_port=$2; shift 2 ;;
    --keycloak-port) keycloak_port=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    --serial) serial=$2; shift 2 ;;
    --settle) settle_rounds=$2; shift 2 ;;
    --serial-at) serial_at=$2; shift 2 ;;
    --skip-build) build=false; shift ;;
    --no-jfr) jfr=false; shift ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
results=${results:-$HERE/results/$(date +%Y%m%d-%H%M)}
mkdir -p "$results"
results=$(cd "$results" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
cd "$ROOT"

payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml | head -n 1)
gatling_version=$(sed -n 's:.*<gatling.version>\(.*\)</gatling.version>.*:\1:p' "$HERE/pom.xml" | head -n 1)
if [ "$build" = true ]; then
  echo "== Building the portal and the benchmark (./mvnw package -DskipTests)"
  ./mvnw -B -q -pl docs/benchmarks/load -am package -DskipTests
  ./mvnw -B -q -N dependency:copy -Dartifact="fish.payara.extras:payara-micro:$payara_version" \
      -DoutputDirectory="$HERE/target" -Dmdep.stripVersion=true
fi

# What Payara Micro's access log holds so far (stack.sh's PORTAL_ACCESS_LOG: a file a day).
access_log() {
  cat "$work/access"/* 2>/dev/null || true
}

# One Gatling run through Maven (the project's way: gatling-maven-plugin); extra -D options after the folder. The
# access log's lines of the run go to the folder's access.log: each request's time on the server, by screen (the
# X-Load-Screen header the simulation sends), which report.py gives next to Gatling's times.
gatling() {
  local folder=$1; shift
  mkdir -p "$folder"
  local before; before=$(access_log | wc -l)
  local status=0
  ./mvnw -B -q -o -pl docs/benchmarks/load gatling:test \
      -Dit.portal.port="$portal_port" -Dit.keycloak.port="$keycloak_port" -Dload.work="$work" \
      -Dload.results="$folder" -Dload.pause-min="$pause_min" -Dload.pause-max="$pause_max" \
      -Dload.floor-users="$floor_users" -Dload.large-share=25 "$@" >"$folder/gatling.log" 2>&1 || status=$?
  sleep 2 # the access log is written every second
  access_log | tail -n +$((before + 1)) >"$folder/access.log"
  return $status
}

# CPU seconds used so far by each process, with the part of the stack it belongs to: "<pid>\t<part>\t<seconds>" lines
# (ps's cumulative time).
cpu_snapshot() {
  ps -eo pid=,times=,comm=,args= | awk '
    { part = "other" }
    $4 ~ /java/ && /payara-micro/ { part = "Payara Micro (the portal)" }
    $4 ~ /java/ && /keycloak|quarkus/ { part = "Keycloak" }
    $3 == "postgres" { part = "PostgreSQL" }
    $4 ~ /java/ && /gatling|plexus-classworlds/ { part = "Gatling and Maven (the virtual users)" }
    { printf "%s\t%s\t%s\n", $1, part, $2 }'
}

# The statements PostgreSQL spent most time on since the last reset (pg_stat_statements, when loaded): "<calls>\t<total
# ms>\t<mean ms>\t<rows>\t<query>" lines; "top_statements reset" starts the count again.
top_statements() {
  local sql
  if [ "${1:-}" = reset ]; then
    sql="select pg_stat_statements_reset()"
  else
    sql="select calls, round(total_exec_time), round(mean_exec_time::numeric, 1), rows,
                left(regexp_replace(query, '\s+', ' ', 'g'), 300)
         from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
         order by total_exec_time desc limit 12"
  fi
  psql -X -q -A -t -F $'\t' -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d "$database" -c "$sql" 2>/dev/null || true
}

# Resident memory of Payara Micro every 5 s, until stopped; with a second file, each process's CPU time too.
sample_rss() {
  # A background subshell keeps the caller's traps: without this, killing the sampler ran "stop" and took the whole
  # stack down between two profiles (seen in the first real run).
  trap - EXIT INT TERM
  local pid; pid=$(cat "$work/micro/pid")
  while kill -0 "$pid" 2>/dev/null; do
    echo "$(date +%s) $(ps -o rss= -p "$pid" | tr -d ' ')" >>"$1"
    [ -n "${2:-}" ] && cpu_snapshot | sed "s/^/$(date +%s)\t/" >>"$2"
    sleep 5
  done
}

# The serial pass (--serial rounds; 0 leaves it out) into $1/serial, with its flight recording.
serial_pass() {
  [ "$serial" -gt 0 ] || return 0
  echo "== Time on the server: one user, one request at a time, every screen $serial times"
  mkdir -p "$1/serial"
  [ "$jfr" = true ] && record start "$1/serial"
  gatling "$1/serial" -Dload.serial="$serial" -Dload.pause-min=1 -Dload.pause-max=1 -Dload.assert=false \
      || echo "   Gatling reported a failure: see $1/serial/gatling.log"
  [ "$jfr" = true ] && record stop "$1/serial" "Payara Micro's CPU, scale $scale: one user, one request at a time"
  return 0
}

# The JIT compiler's time so far on Payara Micro, in seconds by its own clock (jstat's "Time").
compile_seconds() {
  jstat -compiler "$(cat "$work/micro/pid")" 2>/dev/null | awk 'NR == 2 {print $4}'
}

# Goes on warming up, in rounds of 60 s of 10 users, until the JIT compiler has settled: until a round's compilations
# took at least 90 % of the round before's by its clock (the compiler's work no longer falling: a JVM that is still
# warming up compiles less in each round, a warm one keeps compiling a few seconds a round, code paths the random
# data opens and recompilations), or under 3 s; at most $settle_rounds rounds. 100 users on a JVM still compiling
# wait about twice as long at p95 (stop 33: RESULTS.md); stop 33's rounds took 8.6, 6.4, 5.7, 4.2 and 2.9 s. (Stop
# 32's serial pass after them found the compiler at 68 % of the JVM's CPU: not the rounds' fault but the flight
# recorder's first start, which "record prime" now takes before the warm-up.) Each round's seconds go to settle.txt,
# one a line, then why the rounds stopped ("stopped: ..."), which RESULTS.md quotes.
settle() {
  local round before after took previous=""
  : >"$1/settle.txt"
  for round in $(seq 1 "$settle_rounds"); do
    before=$(compile_seconds)
    gatling "$1/settle/round-$round" -Dload.users=10 -Dload.duration=60 -Dload.ramp=10 -Dload.assert=false || true
    after=$(compile_seconds)
    [ -n "$before" ] && [ -n "$after" ] || return 0
    took=$(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.1f", a - b}')
    echo "$took" >>"$1/settle.txt"
    if awk -v t="$took" 'BEGIN {exit !(t < 3)}'; then
      echo "stopped: settled, under 3 s" >>"$1/settle.txt"
      return 0
    fi
    if [ -n "$previous" ] && awk -v t="$took" -v p="$previous" 'BEGIN {exit !(t >= 0.9 * p)}'; then
      echo "stopped: settled, no longer falling" >>"$1/settle.txt"
      return 0
    fi
    previous=$took
  done
  echo "stopped: still falling after the $settle_rounds rounds allowed" >>"$1/settle.txt"
  return 0
}

# The JDK Flight Recorder on Payara Micro: "record prime DIR" readies it once, before the warm-up; "record start DIR"
# starts it; "record stop DIR TITLE" stops it and writes where the CPU went (hot.tsv, portal.folded, and portal.svg, its flame
# graph) next to the recording (portal.jfr).
record() {
  local pid; pid=$(cat "$work/micro/pid")
  if [ "$1" = prime ]; then
    # Stacks of 256 frames instead of JFR's 64: a Faces page's stacks are deeper, and cut ones lose their callers.
    # (The JVM takes it before its first recording; the later ones keep it.) Then one recording started and thrown
    # away before the warm-up: the recorder's first start instruments the JDK's classes for its events (files,
    # sockets, exceptions), and the JVM throws away every compiled method that had inlined their code and compiles it
    # again. Started with the first pass recorded, it set off some 20,000 compilations there, the compiler taking 68 %
    # of the JVM's CPU (stop 33: whichever pass of the run came first, a profile or the serial pass; RESULTS.md).
    jcmd "$pid" JFR.configure stackdepth=256 >"$2/jfr-prime.log" 2>&1 || true
    jcmd "$pid" JFR.start name=prime settings=profile >>"$2/jfr-prime.log" 2>&1 || true
    jcmd "$pid" JFR.stop name=prime >>"$2/jfr-prime.log" 2>&1 || true
  elif [ "$1" = start ]; then
    jcmd "$pid" JFR.start name=load settings=profile filename="$2/portal.jfr" >"$2/jfr.log" 2>&1 \
        || echo "   the flight recorder did not start: see $2/jfr.log"
  else
    jcmd "$pid" JFR.stop name=load >>"$2/jfr.log" 2>&1 || true
    java -cp "$HERE/target/classes" org.taskforce.portal.load.profile.HotMethods "$2/portal.jfr" \
        "$2/hot.tsv" "$2/portal.folded" "$2/portal.svg" "$3" >>"$2/jfr.log" 2>&1 \
        || echo "   no profile: see $2/jfr.log"
  fi
}

for scale in $scales; do
  dir="$results/scale-$scale"
  work="$dir/stack"
  mkdir -p "$dir"
  stop() { bash "$HERE/harness.sh" down --work "$work" || true; }
  trap stop EXIT INT TERM

  export PORTAL_ACCESS_LOG="$work/access"
  echo "== Scale $scale: generating and starting (details in $dir)"
  bash "$HERE/harness.sh" up --scale "$scale" --seed "$seed" --database "$database" --portal-port "$portal_port" \
      --keycloak-port "$keycloak_port" --work "$work" --war "$ROOT/web/target/portal.war" \
      --micro-jar "$HERE/target/payara-micro.jar" >"$dir/harness.log" 2>&1
  cp "$work/timings" "$dir/timings"
  {
    echo "scale=$scale"
    echo "seed=$seed"
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpus=$(nproc)"
    echo "cpu_model=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
    echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GB"}')"
    echo "os=$(uname -sr)"
    echo "versions=Java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/'), PostgreSQL $(psql -X -A -t -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres -c 'show server_version'), Payara Micro $payara_version, Keycloak $keycloak_version, Gatling $gatling_version"
    echo "rows=$(sed -n 's/.*: [0-9]* task forces, \([0-9,]*\) rows loaded.*/\1/p' "$work/generation.log")"
    echo "audit=$(grep -c '^intact' "$work/audit-verify.log") chains intact, $(grep -c '^BROKEN' "$work/audit-verify.log" || true) broken"
    echo "users=$users"
    echo "duration=$duration"
    echo "warmup=$warmup"
    echo "serial=$serial"
    echo "serial_at=$serial_at"
    echo "settle=$settle_rounds"
    echo "serial_pause=1"
    echo "pause=$pause_min–$pause_max"
    echo "floor_users=$floor_users"
  } >"$dir/meta.env"

  [ "$jfr" = true ] && record prime "$dir"
  echo "== Warm-up: 10 users, $warmup s"
  gatling "$dir/warmup" -Dload.users=10 -Dload.duration="$warmup" -Dload.ramp=10 -Dload.assert=false || true
  if [ "$settle_rounds" -gt 0 ]; then
    echo "== Warm-up until the JIT compiler settles (rounds of 60 s, at most $settle_rounds)"
    settle "$dir"
  fi

  echo "== Statements per screen (one user, one screen at a time)"
  gatling "$dir/statements" -Dload.statements="$dir/statements.tsv" \
      -Dload.db-url="jdbc:postgresql://$PGHOST:$PGPORT/$database" -Dload.assert=false || true

  [ "$serial_at" = start ] && serial_pass "$dir"

  for n in $users; do
    echo "== $n users, $duration s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    profile="$dir/profile-$n"
    mkdir -p "$profile"
    echo "before=$(cut -d' ' -f1-3 /proc/loadavg)" >"$profile/loadavg.txt"
    top_statements reset >/dev/null
    sample_rss "$profile/rss.txt" "$profile/cpu.tsv" &
    sampler=$!
    [ "$jfr" = true ] && record start "$profile"
    gatling "$profile" -Dload.users="$n" -Dload.duration="$duration" -Dload.ramp=$(( n < 30 ? 10 : 30 )) \
        -Dload.assert=false || echo "   Gatling reported a failure: see $profile/gatling.log"
    kill "$sampler" 2>/dev/null || true
    top_statements >"$profile/statements-top.tsv"
    [ "$jfr" = true ] && record stop "$profile" "Payara Micro's CPU, scale $scale: $n concurrent users"
    echo "after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$profile/loadavg.txt"
  done
  [ "$serial_at" = end ] && serial_pass "$dir"
  stop
  trap - EXIT INT TERM
done

# RESULTS.md, and beside it flamegraphs/ with each profile's flame graph, which it links.
python3 "$HERE/report.py" "$results"/scale-* >"$HERE/RESULTS.md"
echo "== Done: $HERE/RESULTS.md; Gatling's reports under $results"
