#!/usr/bin/env bash
# Keeps one registered service running for `./rapport up`:
#   infra/supervise.sh NAME PORT COMMAND --data-dir DIR
# Starts COMMAND (PORT set) in its own process group, keeps its live pid in run/svc-NAME.pid, and
# when it exits records how (exit code or signal, and when) in run/svc-NAME.state and starts it
# again after a back-off: RAPPORT_RESTART_BASE_MS (1000), doubling up to RAPPORT_RESTART_MAX_MS
# (30000), and back to the base once a run lasted RAPPORT_RESTART_RESET_S (60) seconds, so a
# service that crashes now and then restarts quickly while one that cannot start does not spin.
# TERM or INT stops the service (TERM to its group, KILL after RAPPORT_STOP_GRACE seconds) and then
# the supervisor. The data dir is on the command line so recorded_pid tells this process from a
# recycled pid; the service itself carries RAPPORT_SUPERVISED_BY in its environment for the same end.
source "$(dirname "$0")/lib.sh"

NAME=$1 PORT=$2 COMMAND=$3
[ "${4:-}" = --data-dir ] && [ "${5:-}" = "$RAPPORT_DATA_DIR" ] ||
  die "usage: supervise.sh NAME PORT COMMAND --data-dir \$RAPPORT_DATA_DIR"
: "${RAPPORT_RESTART_BASE_MS:=1000}" "${RAPPORT_RESTART_MAX_MS:=30000}" "${RAPPORT_RESTART_RESET_S:=60}"
: "${RAPPORT_STOP_GRACE:=30}"

PID_FILE=$(pid_file "svc-$NAME")
STATE_FILE=$(service_state_file "$NAME")
restarts=0 delay_ms=$RAPPORT_RESTART_BASE_MS child='' stopping=0
last_exit='' last_exit_at='' last_exit_ms='' started_ms=''

say() { echo "[supervisor] $(date -u +%FT%TZ) $NAME: $*"; }

# Written whole and renamed into place, so `./rapport status` never reads half a file.
write_state() {
  cat >"$STATE_FILE.tmp" <<EOF
pid=$child
restarts=$restarts
started_ms=$started_ms
last_exit=$last_exit
last_exit_at=$last_exit_at
last_exit_ms=$last_exit_ms
EOF
  mv -f "$STATE_FILE.tmp" "$STATE_FILE"
}

# A status above 128 is how the shell reports death by a signal (a program exiting with 137 by
# itself would read as KILL too; services do not).
describe_exit() {
  local rc=$1
  if [ "$rc" -gt 128 ] && signal=$(kill -l "$((rc - 128))" 2>/dev/null); then
    echo "signal $signal"
  else
    echo "code $rc"
  fi
}

start_child() {
  started_ms=$(now_ms)
  # setsid from a background job execs in place (the job is no group leader), so $! is the service's
  # own pid and its process group; exec keeps it that way through bash -c.
  PORT=$PORT RAPPORT_SUPERVISED_BY="$RAPPORT_DATA_DIR/svc-$NAME" \
    setsid bash -c "exec $COMMAND" </dev/null &
  child=$!
  echo "$child" >"$PID_FILE"
  write_state
}

# TERM to the service's group, KILL once the grace is over; `wait` reaps it, so no zombie remains.
# (A timer in a subshell would leave its own sleep behind; polling leaves nothing.)
stop_child() {
  local deadline
  [ -n "$child" ] || return 0
  kill -TERM "-$child" 2>/dev/null || kill -TERM "$child" 2>/dev/null || true
  deadline=$(($(now_s) + RAPPORT_STOP_GRACE))
  while pid_alive "$child" && [ "$(now_s)" -lt "$deadline" ]; do sleep 0.1; done
  if pid_alive "$child"; then
    say "still running after ${RAPPORT_STOP_GRACE}s, sending KILL"
    kill -KILL "-$child" 2>/dev/null || kill -KILL "$child" 2>/dev/null || true
  fi
  wait "$child" 2>/dev/null || true
}

# The trap only notes the request: the loop below sees it as soon as `wait` or the back-off returns.
trap 'stopping=1' TERM INT

start_child
say "started (pid $child, port $PORT)"
while :; do
  rc=0
  wait "$child" 2>/dev/null || rc=$?
  if [ "$stopping" = 1 ]; then
    stop_child
    break
  fi
  last_exit=$(describe_exit "$rc")
  last_exit_ms=$(now_ms)
  last_exit_at=$(date -u +%FT%TZ)
  ran_s=$(((last_exit_ms - started_ms) / 1000))
  [ "$ran_s" -lt "$RAPPORT_RESTART_RESET_S" ] || delay_ms=$RAPPORT_RESTART_BASE_MS
  child=''
  rm -f "$PID_FILE"
  write_state
  say "exited ($last_exit) after ${ran_s}s; restarting in ${delay_ms} ms"
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))" &
  sleeper=$!
  wait "$sleeper" || kill "$sleeper" 2>/dev/null || true
  [ "$stopping" = 0 ] || break
  restarts=$((restarts + 1))
  delay_ms=$((delay_ms * 2 > RAPPORT_RESTART_MAX_MS ? RAPPORT_RESTART_MAX_MS : delay_ms * 2))
  start_child
  say "restarted (pid $child, restart $restarts)"
done
rm -f "$PID_FILE"
child=''
write_state
say "stopped"
