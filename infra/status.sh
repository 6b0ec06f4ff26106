#!/usr/bin/env bash
# Prints one line per server: healthy, not answering, stopped, or its port taken by another process.
# Exits 0 only when every server (all, or those named) is healthy.
source "$(dirname "$0")/lib.sh"

status_one() {
  local name=$1 endpoint pid port detail
  endpoint=$(server_endpoint "$name")
  if [ -n "$(external_url "$name")" ]; then
    if detail=$(probe "$name"); then
      printf '  %-9s %shealthy%s    external %s  %s\n' "$name" "$C_GREEN" "$C_RESET" "$endpoint" "$detail"
      return 0
    fi
    printf '  %-9s %sDOWN%s       external %s does not answer\n' "$name" "$C_RED" "$C_RESET" "$endpoint"
    return 1
  fi
  if pid=$(recorded_pid "$name"); then
    if detail=$(probe "$name"); then
      printf '  %-9s %shealthy%s    %s  pid %s  %s\n' "$name" "$C_GREEN" "$C_RESET" "$endpoint" "$pid" "$detail"
      return 0
    fi
    printf '  %-9s %sUNHEALTHY%s  pid %s runs but %s does not answer; see %s\n' \
      "$name" "$C_RED" "$C_RESET" "$pid" "$endpoint" "$(log_file "$name")"
    return 1
  fi
  port=$(server_ports "$name" | cut -d' ' -f1)
  if port_open "$port"; then
    printf '  %-9s %sFOREIGN%s    port %s is held by a process infra/start.sh did not start\n' \
      "$name" "$C_YELLOW" "$C_RESET" "$port"
    return 1
  fi
  printf '  %-9s %sstopped%s    (port %s; log %s)\n' "$name" "$C_RED" "$C_RESET" "$port" "$(log_file "$name")"
  return 1
}

main() {
  local targets=("$@") rc=0
  [ ${#targets[@]} -gt 0 ] || targets=("${SERVERS[@]}")
  for name in "${targets[@]}"; do status_one "$name" || rc=1; done
  return $rc
}

main "$@"
