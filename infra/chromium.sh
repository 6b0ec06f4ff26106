#!/usr/bin/env bash
# Chromium for the console's browser tests, without root: Debian's packages fetched with
# `apt-get download`, checked against the sha256 pinned in infra/chromium.env and unpacked with
# `dpkg -x` into the cache. bin/chromium in the cache folder is the executable to hand to
# playwright-core; it points the loader at the unpacked libraries first.
#   infra/chromium.sh path          # prints that executable's path (installed or not)
#   infra/chromium.sh home          # prints the cache folder
#   infra/chromium.sh install DIR   # installs into DIR (infra/install.sh calls this; use `infra/install.sh chromium`)
#   infra/chromium.sh check         # runs the installed browser headless once
source "$(dirname "$0")/lib.sh"
# shellcheck source=chromium.env
source "$INFRA_DIR/chromium.env"

# `~` in a Debian version is legal in a path but awkward in shells and URLs.
CHROMIUM_HOME="$RAPPORT_CACHE_DIR/chromium-${CHROMIUM_VERSION//\~/-}"

chromium_install() {
  local home=$1 debs spec package expected file actual missing
  command -v apt-get >/dev/null && command -v dpkg >/dev/null ||
    { echo "apt-get and dpkg are needed to fetch Debian's chromium (or set RAPPORT_CHROMIUM to a browser)"; return 1; }
  debs=$(mktemp -d)
  while read -r spec expected; do
    [ -n "$spec" ] || continue
    package=${spec%%=*}
    (cd "$debs" && apt-get download "$spec") ||
      { echo "apt-get download $spec failed; a newer build may have replaced it (see infra/chromium.env)"; rm -rf "$debs"; return 1; }
    file=$(ls "$debs/${package}_"*.deb)
    actual=$(sha256sum "$file" | cut -d' ' -f1)
    [ "$actual" = "$expected" ] ||
      { echo "checksum mismatch for $spec: expected $expected (chromium.env), got $actual"; rm -rf "$debs"; return 1; }
    dpkg -x "$file" "$home/root"
  done <<<"$CHROMIUM_DEBS"
  rm -rf "$debs"
  cat >"$home/bin/chromium" <<WRAPPER
#!/usr/bin/env bash
# Debian's chromium unpacked by infra/chromium.sh; its extra libraries come first on the loader path.
export LD_LIBRARY_PATH="$home/root/usr/lib/x86_64-linux-gnu:$home/root/usr/lib/x86_64-linux-gnu/pulseaudio\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
exec "$home/root/usr/lib/chromium/chromium" "\$@"
WRAPPER
  chmod +x "$home/bin/chromium"
  # A library the host lacks and the pin list does not carry shows up here, by name, not as a
  # browser that dies at launch in the middle of a test.
  missing=$(LD_LIBRARY_PATH="$home/root/usr/lib/x86_64-linux-gnu:$home/root/usr/lib/x86_64-linux-gnu/pulseaudio" \
    ldd "$home/root/usr/lib/chromium/chromium" | grep 'not found' || true)
  [ -z "$missing" ] || { echo "chromium needs libraries this host lacks:"; echo "$missing"; return 1; }
  chromium_check "$home/bin/chromium"
}

chromium_check() {
  local out
  out=$("$1" --headless --no-sandbox --disable-gpu --dump-dom 'data:text/html,<p>rapport-ok</p>' 2>/dev/null)
  [[ $out == *rapport-ok* ]] || { echo "headless chromium did not render a page"; return 1; }
}

case "${1:-}" in
  path) echo "$CHROMIUM_HOME/bin/chromium" ;;
  home) echo "$CHROMIUM_HOME" ;;
  install) chromium_install "${2:?install needs the target folder}" ;;
  check) chromium_check "$CHROMIUM_HOME/bin/chromium" && ok "chromium $CHROMIUM_VERSION renders headless" ;;
  *) die "usage: infra/chromium.sh path|home|install DIR|check" ;;
esac
