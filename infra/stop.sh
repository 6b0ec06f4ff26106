#!/usr/bin/env bash
# Stops the local servers (all, or those named) that infra/start.sh started. Only pids recorded in
# .rapport/run/ are signalled, and only while their command line still names our data directory,
# so nothing else on the machine is ever killed. TERM first, KILL after a grace period.
source "$(dirname "$0")/lib.sh"

: "${RAPPORT_STOP_GRACE:=30}"

stop_one() {
  local name=$1 pid deadline
  if ! pid=$(recorded_pid "$name"); then
    rm -f "$(pid_file "$name")"
    log "$name: not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(($(now_s) + RAPPORT_STOP_GRACE))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_s)" -lt "$deadline" ]; do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name: still running after ${RAPPORT_STOP_GRACE}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  ok "$name: stopped (pid $pid)"
}

main() {
  local targets=("$@") pids=()
  [ ${#targets[@]} -gt 0 ] || targets=("${SERVERS[@]}")
  for name in "${targets[@]}"; do
    stop_one "$name" &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
}

main "$@"
