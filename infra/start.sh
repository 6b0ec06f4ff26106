#!/usr/bin/env bash
# Starts the local servers (all, or those named) in the background and waits until each one really
# answers. Idempotent: a server that already runs and answers is left alone.
#   infra/start.sh                      # ferretdb kafka temporal sendgrid
#   infra/start.sh kafka
# Servers given from outside (RAPPORT_MONGO_URL, RAPPORT_KAFKA_BROKERS, RAPPORT_TEMPORAL_ADDRESS,
# RAPPORT_SENDGRID_URL) are only probed. Exits non-zero naming the server, its port and its log when one does not come up.
source "$(dirname "$0")/lib.sh"

# Each cmd_<server> fills CMD with the server's command line.
# RAPPORT_FERRETDB_LOG_LEVEL=debug makes FerretDB log every SQL statement it runs (the `_id` index
# test reads them); the default, warn, keeps the log quiet.
CMD=()

# synchronous(normal): in WAL mode SQLite then syncs the log at checkpoints instead of at every
# commit. A crash of FerretDB or of any process loses nothing committed; a power cut or kernel crash
# can lose the last commits but never corrupts the file. For the embedded default (development, tests,
# demos) that buys 2-7x on writes, most under concurrent writers that otherwise queue behind one
# fsync each; production runs on MongoDB with its own write concern. FerretDB keeps its other pragmas.
cmd_ferretdb() {
  mkdir -p "$RAPPORT_DATA_DIR/ferretdb/data" "$RAPPORT_DATA_DIR/ferretdb/state"
  CMD=("$FERRETDB_HOME/bin/ferretdb" --handler=sqlite \
    "--sqlite-url=file:$RAPPORT_DATA_DIR/ferretdb/data/?_pragma=synchronous(normal)" \
    "--state-dir=$RAPPORT_DATA_DIR/ferretdb/state" \
    "--listen-addr=127.0.0.1:$RAPPORT_MONGO_PORT" \
    "--debug-addr=127.0.0.1:$RAPPORT_FERRETDB_DEBUG_PORT" \
    --telemetry=disable "--log-level=${RAPPORT_FERRETDB_LOG_LEVEL:-warn}")
}

# A small heap is plenty for a single-node development broker on a 2-core machine.
KAFKA_JAVA=(java -Xms256m -Xmx768m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$INFRA_DIR/kafka/log4j.properties"
  "-Dkafka.logs.dir=$LOG_DIR" -cp "$KAFKA_HOME/libs/*")

prepare_kafka() {
  local dir="$RAPPORT_DATA_DIR/kafka" props cluster_id
  props="$dir/server.properties"
  mkdir -p "$dir/data"
  # Regenerated every start, so a port change in the environment takes effect.
  sed -e "s|@KAFKA_PORT@|$RAPPORT_KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$RAPPORT_KAFKA_CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$dir/data|g" \
    "$INFRA_DIR/kafka/server.properties.template" >"$props"
  if [ ! -f "$dir/data/meta.properties" ]; then
    cluster_id=$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid)
    "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted \
      >>"$(log_file kafka)" 2>&1 || die "kafka: storage format failed; see $(log_file kafka)"
  fi
}

cmd_kafka() {
  CMD=("${KAFKA_JAVA[@]}" kafka.Kafka "$RAPPORT_DATA_DIR/kafka/server.properties")
}

# The relationship workflow's search attributes (libs/contracts, relationship-visibility.ts). The worker
# registers them at its start too, but the gateway's operator routes query them whether or not a worker
# ran first: a fresh dev server has them from its first second. A unit spec keeps the names in step.
TEMPORAL_SEARCH_ATTRIBUTES=(--search-attribute RapportTenant=Keyword --search-attribute RapportStage=Keyword)

cmd_temporal() {
  local ui=()
  mkdir -p "$RAPPORT_DATA_DIR/temporal"
  if [ "${RAPPORT_TEMPORAL_UI:-1}" = 0 ]; then ui=(--headless); else ui=(--ui-port "$RAPPORT_TEMPORAL_UI_PORT"); fi
  CMD=("$TEMPORAL_HOME/bin/temporal" server start-dev --ip 127.0.0.1 \
    --port "$RAPPORT_TEMPORAL_PORT" "${ui[@]}" \
    --http-port "$RAPPORT_TEMPORAL_HTTP_PORT" --metrics-port "$RAPPORT_TEMPORAL_METRICS_PORT" \
    --db-filename "$RAPPORT_DATA_DIR/temporal/temporal.db" --log-level warn \
    --namespace "${RAPPORT_TEMPORAL_NAMESPACE:-default}" \
    "${TEMPORAL_SEARCH_ATTRIBUTES[@]}")
}

# Our own SendGrid v3 mail-send stand-in (infra/sendgrid-capture). Absolute paths: start.sh may be
# run from any directory. --data-dir puts the data dir on the command line, like every server's.
cmd_sendgrid() {
  mkdir -p "$RAPPORT_DATA_DIR/sendgrid-capture"
  CMD=(env "SWC_NODE_PROJECT=$RAPPORT_ROOT/tsconfig.base.json" node
    -r "$RAPPORT_ROOT/node_modules/@swc-node/register"
    "$INFRA_DIR/sendgrid-capture/src/main.ts"
    --data-dir "$RAPPORT_DATA_DIR" --port "$RAPPORT_SENDGRID_PORT" --host 127.0.0.1)
}

installed() {
  case "$1" in
    ferretdb) [ -f "$FERRETDB_HOME/.complete" ] ;;
    kafka) [ -f "$KAFKA_HOME/.complete" ] ;;
    temporal) [ -f "$TEMPORAL_HOME/.complete" ] ;;
    sendgrid) true ;;
  esac
}

start_one() {
  local name=$1 start pid port rc=0
  start=$(now_s)
  if [ -n "$(external_url "$name")" ]; then
    if wait_ready "$name"; then
      ok "$name: using external $(server_endpoint "$name")"
      return 0
    fi
    die "$name: external server $(server_endpoint "$name") does not answer"
  fi
  if pid=$(recorded_pid "$name") && probe "$name" >/dev/null; then
    log "$name: already running (pid $pid) at $(server_endpoint "$name")"
    return 0
  fi
  installed "$name" || die "$name: not installed; run infra/install.sh $name"
  for port in $(server_ports "$name"); do
    if port_open "$port"; then
      die "$name: port $port on 127.0.0.1 is already in use by another process; stop it or choose another port (see infra/ports.env for the RAPPORT_*_PORT variables)"
    fi
  done
  if [ "$name" = kafka ]; then prepare_kafka; fi
  "cmd_$name"
  echo "--- $(date -u +%FT%TZ) starting: ${CMD[*]}" >>"$(log_file "$name")"
  # setsid: the server outlives this script and ignores the Ctrl-C meant for `rapport up`,
  # which stops it deliberately through infra/stop.sh instead.
  # 9>&-: the server must not inherit the start lock, or it would hold it for its whole life.
  setsid "${CMD[@]}" >>"$(log_file "$name")" 2>&1 </dev/null 9>&- &
  pid=$!
  # The data dir is part of every server's command line: it tells our process from a recycled pid.
  echo "$pid $RAPPORT_DATA_DIR" >"$(pid_file "$name")"
  wait_ready "$name" "$pid" || rc=$?
  case $rc in
    0) ok "$name: ready at $(server_endpoint "$name") in $(elapsed "$start") (pid $pid)" ;;
    2) die "$name: exited during start-up (port $(server_ports "$name" | cut -d' ' -f1)); last lines of $(log_file "$name"):
$(tail -n 15 "$(log_file "$name")")" ;;
    *) die "$name: not ready within ${RAPPORT_START_TIMEOUT}s on port $(server_ports "$name" | cut -d' ' -f1); see $(log_file "$name")" ;;
  esac
}

main() {
  local targets=("$@") pids=() failed=()
  [ ${#targets[@]} -gt 0 ] || targets=("${SERVERS[@]}")
  [ -d "$RAPPORT_ROOT/node_modules/kafkajs" ] || die "node_modules missing: run 'npm ci' (./rapport does it for you)"
  # One start at a time per data dir: two test runs starting together would otherwise both launch a
  # server, and the loser (dead on a taken port) would overwrite the winner's pid file.
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/start.lock"
  flock 9
  for name in "${targets[@]}"; do
    case " ${SERVERS[*]} " in *" $name "*) ;; *) die "unknown server '$name' (known: ${SERVERS[*]})" ;; esac
    start_one "$name" &
    pids+=("$!:$name")
  done
  for entry in "${pids[@]}"; do
    wait "${entry%%:*}" || failed+=("${entry#*:}")
  done
  [ ${#failed[@]} -eq 0 ] || die "could not start: ${failed[*]}"
}

main "$@"
