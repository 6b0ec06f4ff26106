# shellcheck shell=bash
# Shared by every infra/ script: paths, pinned versions, ports, logging, pid files and readiness polling.
# Sourced, never executed.

set -euo pipefail

RAPPORT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INFRA_DIR="$RAPPORT_ROOT/infra"
# shellcheck source=versions.env
source "$INFRA_DIR/versions.env"
# shellcheck source=ports.env
source "$INFRA_DIR/ports.env"

: "${RAPPORT_CACHE_DIR:=$HOME/.cache/rapport}"
: "${RAPPORT_DATA_DIR:=$RAPPORT_ROOT/.rapport}"
: "${RAPPORT_START_TIMEOUT:=120}"
RUN_DIR="$RAPPORT_DATA_DIR/run"
LOG_DIR="$RAPPORT_DATA_DIR/logs"
mkdir -p "$RUN_DIR" "$LOG_DIR"

# The servers every test and service needs: three real ones, and the SendGrid capture server
# (infra/sendgrid-capture, our own Node program, so it needs no install).
SERVERS=(ferretdb kafka temporal sendgrid)

TEMPORAL_HOME="$RAPPORT_CACHE_DIR/temporal-$TEMPORAL_CLI_VERSION"
TEMPORAL_TEST_SERVER_HOME="$RAPPORT_CACHE_DIR/temporal-test-server-$TEMPORAL_TEST_SERVER_VERSION"
FERRETDB_HOME="$RAPPORT_CACHE_DIR/ferretdb-$FERRETDB_VERSION-idfix-${FERRETDB_PATCH_SHA256:0:12}"
KAFKA_HOME="$RAPPORT_CACHE_DIR/kafka-$KAFKA_VERSION"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_RESET=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_RESET=''
fi

log() { printf '%s[rapport]%s %s\n' "$C_BOLD" "$C_RESET" "$*"; }
warn() { printf '%s[rapport] %s%s\n' "$C_YELLOW" "$*" "$C_RESET" >&2; }
die() {
  printf '%s[rapport] error: %s%s\n' "$C_RED" "$*" "$C_RESET" >&2
  exit 1
}
ok() { printf '%s[rapport] %s%s\n' "$C_GREEN" "$*" "$C_RESET"; }

now_s() { date +%s; }
elapsed() { echo "$(($(now_s) - $1))s"; }

# The external-server switches: when one is set, that server is used as given and never started here.
external_url() {
  case "$1" in
    ferretdb) echo "${RAPPORT_MONGO_URL:-}" ;;
    kafka) echo "${RAPPORT_KAFKA_BROKERS:-}" ;;
    temporal) echo "${RAPPORT_TEMPORAL_ADDRESS:-}" ;;
    sendgrid) echo "${RAPPORT_SENDGRID_URL:-}" ;;
    *) echo "" ;;
  esac
}

# Where clients reach each server (external if configured, else the local one).
server_endpoint() {
  local ext
  ext=$(external_url "$1")
  if [ -n "$ext" ]; then
    echo "$ext"
    return
  fi
  case "$1" in
    ferretdb) echo "mongodb://127.0.0.1:$RAPPORT_MONGO_PORT/" ;;
    kafka) echo "127.0.0.1:$RAPPORT_KAFKA_PORT" ;;
    temporal) echo "127.0.0.1:$RAPPORT_TEMPORAL_PORT" ;;
    sendgrid) echo "http://127.0.0.1:$RAPPORT_SENDGRID_PORT" ;;
  esac
}

server_ports() {
  case "$1" in
    ferretdb) echo "$RAPPORT_MONGO_PORT $RAPPORT_FERRETDB_DEBUG_PORT" ;;
    kafka) echo "$RAPPORT_KAFKA_PORT $RAPPORT_KAFKA_CONTROLLER_PORT" ;;
    temporal) echo "$RAPPORT_TEMPORAL_PORT $RAPPORT_TEMPORAL_UI_PORT $RAPPORT_TEMPORAL_HTTP_PORT $RAPPORT_TEMPORAL_METRICS_PORT" ;;
    sendgrid) echo "$RAPPORT_SENDGRID_PORT" ;;
  esac
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# A TCP connect to 127.0.0.1:PORT succeeds.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The pid recorded for NAME, if that process is still alive and is still the one we started
# (its command line carries the marker we recorded), so a recycled pid is never mistaken for ours.
recorded_pid() {
  local f pid marker
  f=$(pid_file "$1")
  [ -f "$f" ] || return 1
  read -r pid marker <"$f" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  if [ -n "${marker:-}" ] && ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker"; then
    return 1
  fi
  echo "$pid"
}

# Readiness: a real protocol round trip through infra/probe.mjs (Mongo ping, Kafka metadata,
# Temporal DescribeNamespace, the capture server's /health naming itself). Needs node_modules, which every entry point installs first.
probe() {
  local name=$1 endpoint
  endpoint=$(server_endpoint "$name")
  node "$INFRA_DIR/probe.mjs" "$name" "$endpoint" 2>/dev/null
}

# Poll PROBE until it answers or the deadline passes; fails early if the process died.
wait_ready() {
  local name=$1 pid=${2:-} deadline=$(($(now_s) + RAPPORT_START_TIMEOUT))
  while [ "$(now_s)" -lt "$deadline" ]; do
    if probe "$name" >/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 0.5
  done
  return 1
}

now_ms() { date +%s%3N; }

# A pid that names a live process: not gone, and not a zombie waiting for its parent to reap it
# (kill -0 succeeds on a zombie).
pid_alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$1/stat" 2>/dev/null) || return 1
  [ "$state" != Z ]
}

# What infra/supervise.sh records about a service: its pid, restarts and last exit.
service_state_file() { echo "$RUN_DIR/svc-$1.state"; }

# The supervised service's live pid, if the process still carries the marker its supervisor put
# in its environment (a recycled pid never does).
service_pid() {
  local f pid
  f=$(pid_file "svc-$1")
  [ -f "$f" ] && read -r pid _ <"$f" && [ -n "$pid" ] && pid_alive "$pid" || return 1
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null |
    grep -qxF "RAPPORT_SUPERVISED_BY=$RAPPORT_DATA_DIR/svc-$1" || return 1
  echo "$pid"
}
