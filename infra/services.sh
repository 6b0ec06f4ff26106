# shellcheck shell=bash
# The registered services for ./rapport: start each under infra/supervise.sh, stop them, report on
# them. Sourced by ./rapport after lib.sh, never executed.
# The registry is infra/services.json, or the file RAPPORT_SERVICES_FILE names (the script specs
# register a stand-in service of their own that way).

: "${RAPPORT_SERVICES_FILE:=$INFRA_DIR/services.json}"

# One tab-separated line per service: name, port, health path, command.
services_json() {
  node -e '
    const s = require(require("node:path").resolve(process.argv[1])).services;
    for (const x of s) console.log([x.name, x.port, x.health, x.command].join("\t"));
  ' "$RAPPORT_SERVICES_FILE"
}

supervisor_name() { echo "svc-$1.supervisor"; }

# `key=value` from a service's state file (see infra/supervise.sh), empty when absent.
service_state() {
  local f
  f=$(service_state_file "$1")
  [ -f "$f" ] && sed -n "s/^$2=//p" "$f" || true
}

start_service() {
  local name=$1 port=$2 health=$3 command=$4 supervisor deadline
  port_open "$port" && { warn "service $name: port $port on 127.0.0.1 is already in use" && return 1; }
  log "service $name: starting on :$port"
  rm -f "$(service_state_file "$name")"
  # setsid: Ctrl-C in the terminal of `up` reaches `up` only, which stops the services on purpose.
  setsid bash "$INFRA_DIR/supervise.sh" "$name" "$port" "$command" --data-dir "$RAPPORT_DATA_DIR" \
    >>"$(log_file "svc-$name")" 2>&1 </dev/null &
  supervisor=$!
  echo "$supervisor $RAPPORT_DATA_DIR" >"$(pid_file "$(supervisor_name "$name")")"
  deadline=$(($(now_s) + RAPPORT_START_TIMEOUT))
  until curl -fsS "http://127.0.0.1:$port$health" >/dev/null 2>&1; do
    # A service that dies before it ever answered would only crash again: say so now.
    if [ -n "$(service_state "$name" last_exit)" ] || ! pid_alive "$supervisor"; then
      warn "service $name exited during start-up ($(service_state "$name" last_exit)); last lines of $(log_file "svc-$name"):"
      tail -n 15 "$(log_file "svc-$name")" >&2
      return 1
    fi
    if [ "$(now_s)" -ge "$deadline" ]; then
      warn "service $name not healthy at :$port$health within ${RAPPORT_START_TIMEOUT}s"
      return 1
    fi
    sleep 0.5
  done
  ok "service $name: healthy at http://127.0.0.1:$port$health (pid $(service_pid "$name" || echo '?'))"
}

start_services() {
  local name port health command
  while IFS=$'\t' read -r name port health command; do
    [ -z "$name" ] || start_service "$name" "$port" "$health" "$command" || return 1
  done < <(services_json)
}

# Stops the supervisor (which stops its service), then whatever service process is left with our
# marker (its supervisor may have been killed outright). Waits until both are really gone.
stop_service() {
  local name=$1 supervisor pid deadline
  deadline=$(($(now_s) + ${RAPPORT_STOP_GRACE:-30} + 5))
  if supervisor=$(recorded_pid "$(supervisor_name "$name")"); then
    kill -TERM "$supervisor" 2>/dev/null || true
    while pid_alive "$supervisor" && [ "$(now_s)" -lt "$deadline" ]; do sleep 0.2; done
  fi
  if pid=$(service_pid "$name"); then
    kill -TERM "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while pid_alive "$pid" && [ "$(now_s)" -lt "$deadline" ]; do sleep 0.2; done
    if pid_alive "$pid"; then kill -KILL "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  [ -z "${supervisor:-}" ] && [ -z "${pid:-}" ] || log "service $name: stopped"
  rm -f "$(pid_file "$(supervisor_name "$name")")" "$(pid_file "svc-$name")"
}

stop_services() {
  local name
  while IFS=$'\t' read -r name _; do
    [ -z "$name" ] || stop_service "$name"
  done < <(services_json)
}

# What a service says about itself in /health beyond up or down: each indicator's `note` (a
# feature switched off for want of a key, say), so the service decides and status only repeats it.
health_notes() {
  node -e '
    let body = "";
    process.stdin.on("data", (d) => (body += d)).on("end", () => {
      try {
        const details = JSON.parse(body).details ?? {};
        const notes = Object.entries(details)
          .filter(([, v]) => v && typeof v.note === "string")
          .map(([k, v]) => `${k} ${v.note}`);
        if (notes.length) process.stdout.write(" — " + notes.join("; "));
      } catch {}
    });'
}

# One line per service: healthy or not, its pid, how often it was restarted and its last exit.
service_status() {
  local name=$1 port=$2 health=$3 url body pid restarts last rc=0 state notes=''
  url="http://127.0.0.1:$port$health"
  if body=$(curl -fsS --max-time 5 "$url" 2>/dev/null); then
    state="${C_GREEN}healthy${C_RESET}  "
    notes=$(printf '%s' "$body" | health_notes)
  elif recorded_pid "$(supervisor_name "$name")" >/dev/null; then
    state="${C_RED}DOWN${C_RESET}     "
    rc=1
  else
    state="${C_RED}stopped${C_RESET}  "
    rc=1
  fi
  pid=$(service_pid "$name" || echo '-')
  restarts=$(service_state "$name" restarts)
  last=$(service_state "$name" last_exit)
  [ -z "$last" ] || last="  last exit: $last at $(service_state "$name" last_exit_at)"
  if [ "$pid" = - ] && recorded_pid "$(supervisor_name "$name")" >/dev/null; then pid='- (restarting)'; fi
  printf '  %-13s %s %s  pid %s  restarts %s%s%s\n' "$name" "$state" "$url" "$pid" "${restarts:-0}" "$last" "$notes"
  return $rc
}

services_status() {
  local name port health rc=0
  while IFS=$'\t' read -r name port health _; do
    [ -z "$name" ] || service_status "$name" "$port" "$health" || rc=1
  done < <(services_json)
  return $rc
}
