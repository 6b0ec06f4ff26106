#!/usr/bin/env bash
# Installs the pinned local servers into ~/.cache/rapport/<name>-<version>/, in parallel.
#   infra/install.sh                 # everything that is not cached yet
#   infra/install.sh kafka temporal  # only these
# An install counts as cached only when its folder holds a .complete marker, written last, so an
# interrupted build is redone rather than half-used.
source "$(dirname "$0")/lib.sh"

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false

ALL_ARTIFACTS=(ferretdb kafka temporal temporal-test-server)

artifact_home() {
  case "$1" in
    ferretdb) echo "$FERRETDB_HOME" ;;
    kafka) echo "$KAFKA_HOME" ;;
    temporal) echo "$TEMPORAL_HOME" ;;
    temporal-test-server) echo "$TEMPORAL_TEST_SERVER_HOME" ;;
    chromium) bash "$INFRA_DIR/chromium.sh" home ;;
    *) die "unknown artifact '$1' (known: ${ALL_ARTIFACTS[*]})" ;;
  esac
}

# Builds a Go command from its module's own source tree, as the module's main module, so its go.mod
# and go.sum pin every dependency exactly as upstream released them.
# `go install pkg@version` would do the same, but through this workplace's module proxy it fails
# on the deprecation look-up (`@v/list: 403`) for some modules, and FerretDB's version package
# refuses to start without a build/version/version.txt that only its own build task writes.
# The module cache is read-only, so the build (and an optional patch) happens in a copy.
go_build_from_module() {
  local module=$1 version=$2 package=$3 out=$4 ldflags=${5:-} patch=${6:-} work dir
  work=$(mktemp -d)
  dir=$(cd "$work" && go mod download -json "$module@v$version" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);if(j.Error){console.error(j.Error);process.exit(1)}console.log(j.Dir)})')
  cp -r "$dir" "$work/src"
  chmod -R u+w "$work/src"
  if [ -d "$work/src/build/version" ]; then echo "v$version" >"$work/src/build/version/version.txt"; fi
  if [ -n "$patch" ]; then
    # git apply refuses a patch that does not apply exactly (no fuzz). The ceiling stops it from
    # treating a repository above the temp dir (a TMPDIR inside a checkout) as the patch root.
    (cd "$work/src" && GIT_CEILING_DIRECTORIES="$work" git apply --verbose "$patch") ||
      { rm -rf "$work"; echo "patch $patch does not apply to $module v$version"; return 1; }
  fi
  (cd "$work/src" && go build -ldflags="$ldflags" -o "$out" "$package") || { rm -rf "$work"; return 1; }
  rm -rf "$work"
}

# Fails, naming both sums, unless FILE's sha256 is EXPECTED: a patch edited without updating its
# pin in versions.env must not be built into a cache folder named after the old checksum.
verify_sha256() {
  local file=$1 expected=$2 actual
  actual=$(sha256sum "$file" | cut -d' ' -f1)
  [ "$actual" = "$expected" ] ||
    { echo "checksum mismatch for $file: expected $expected (versions.env), got $actual"; return 1; }
}

install_ferretdb() {
  local patch="$INFRA_DIR/$FERRETDB_PATCH"
  # Explicit returns: install_one calls this inside an `if`, where `set -e` does not apply.
  verify_sha256 "$patch" "$FERRETDB_PATCH_SHA256" || return 1
  go_build_from_module github.com/FerretDB/FerretDB "$FERRETDB_VERSION" ./cmd/ferretdb "$1/bin/ferretdb" "" "$patch" ||
    return 1
  local built
  built=$("$1/bin/ferretdb" --version)
  [[ $built == *"v$FERRETDB_VERSION"* ]] || { echo "built ferretdb reports: $built"; return 1; }
}

install_temporal() {
  # The release build stamps the version the same way; without it the CLI calls itself 0.0.0-DEV.
  go_build_from_module github.com/temporalio/cli "$TEMPORAL_CLI_VERSION" ./cmd/temporal "$1/bin/temporal" \
    "-X github.com/temporalio/cli/temporalcli.Version=$TEMPORAL_CLI_VERSION"
  local built
  built=$("$1/bin/temporal" --version)
  [[ $built == *"$TEMPORAL_CLI_VERSION"* ]] || { echo "built temporal reports: $built"; return 1; }
}

maven_copy() {
  local home=$1 pom=$2
  shift 2
  mvn -q -B -f "$pom" "$@" dependency:copy-dependencies \
    -DoutputDirectory="$home/libs" -DincludeScope=runtime
}

install_kafka() {
  maven_copy "$1" "$INFRA_DIR/kafka/pom.xml" \
    -Dkafka.version="$KAFKA_VERSION" -Dscala.binary="$KAFKA_SCALA_VERSION" \
    -Dslf4j.version="$SLF4J_RELOAD4J_VERSION" -Dreload4j.version="$RELOAD4J_VERSION"
  ls "$1/libs/kafka_${KAFKA_SCALA_VERSION}-$KAFKA_VERSION.jar" >/dev/null
}

install_temporal_test_server() {
  maven_copy "$1" "$INFRA_DIR/temporal-test-server/pom.xml" -Dtemporal.version="$TEMPORAL_TEST_SERVER_VERSION"
  ls "$1/libs/temporal-test-server-$TEMPORAL_TEST_SERVER_VERSION.jar" >/dev/null
  # The TypeScript SDK starts a test server from an executable path; this wrapper is that path.
  cat >"$1/bin/temporal-test-server" <<EOF
#!/usr/bin/env bash
# Arguments (from the SDK): <port> [--enable-time-skipping]
exec java -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \\
  -cp "$1/libs/*" io.temporal.testserver.TestServer "\$@"
EOF
  chmod +x "$1/bin/temporal-test-server"
}

# Only on request (`infra/install.sh chromium`, which `npm run test:console` runs): the browser
# tests are not part of `./rapport test` yet, so the other runs need not fetch 110 MB of packages.
install_chromium() { bash "$INFRA_DIR/chromium.sh" install "$1"; }

install_one() {
  local name=$1 home start
  home=$(artifact_home "$name")
  if [ -f "$home/.complete" ]; then
    log "$name: cached in $home"
    return 0
  fi
  start=$(now_s)
  log "$name: installing into $home (log: $LOG_DIR/install-$name.log)"
  rm -rf "$home"
  mkdir -p "$home/bin"
  if "install_${name//-/_}" "$home" >"$LOG_DIR/install-$name.log" 2>&1; then
    date -u +%FT%TZ >"$home/.complete"
    ok "$name: installed in $(elapsed "$start")"
  else
    tail -n 20 "$LOG_DIR/install-$name.log" >&2
    die "$name: install failed after $(elapsed "$start"); full log: $LOG_DIR/install-$name.log"
  fi
}

check_toolchains() {
  local missing=()
  command -v go >/dev/null || missing+=(go)
  command -v git >/dev/null || missing+=(git)
  command -v java >/dev/null || missing+=(java)
  command -v mvn >/dev/null || missing+=(mvn)
  command -v node >/dev/null || missing+=(node)
  [ ${#missing[@]} -eq 0 ] || die "missing toolchains: ${missing[*]} (Go, Git, Java 17 + Maven and Node 20 are required)"
}

main() {
  local targets=("$@") pids=() failed=() start
  [ ${#targets[@]} -gt 0 ] || targets=("${ALL_ARTIFACTS[@]}")
  check_toolchains
  start=$(now_s)
  for name in "${targets[@]}"; do
    artifact_home "$name" >/dev/null
    install_one "$name" &
    pids+=("$!:$name")
  done
  for entry in "${pids[@]}"; do
    wait "${entry%%:*}" || failed+=("${entry#*:}")
  done
  [ ${#failed[@]} -eq 0 ] || die "install failed for: ${failed[*]}"
  log "servers installed ($(elapsed "$start") total)"
}

main "$@"
