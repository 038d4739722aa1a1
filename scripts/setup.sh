#!/usr/bin/env bash
# Installs what the build and tests need, skipping whatever is already at the right
# version, so a second run costs a few seconds. Usage: scripts/setup.sh build|test|bench
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want="${1:-build}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The version of a crate pinned in Cargo.lock.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    say "installing trunk $TRUNK_VERSION (about 8 minutes on a fresh machine)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local version
  version="$(locked_version wasm-bindgen)"
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]]; then
    say "installing wasm-bindgen-cli $version (the version in Cargo.lock)"
    # Not --locked: with it, one of its dependencies is missing from the registry.
    cargo install wasm-bindgen-cli --version "$version"
  fi
  if ! grep -q "wasm_bindgen = \"$version\"" Trunk.toml; then
    echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $version: update its [tools]" >&2
    exit 1
  fi
}

ensure_npm() {
  # A stamp of the lock file's hash records what node_modules was installed from.
  local stamp=node_modules/.installed-from-lock
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum package-lock.json)" ]]; then
    say "installing npm dev tools from package-lock.json"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    sha256sum package-lock.json > "$stamp"
  fi
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    say "installing Debian's chromium and chromium-driver"
    local sudo=""
    [[ "$(id -u)" != 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
}

ensure_fuzz() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain for cargo fuzz"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
  fi
}

case "$want" in
  fuzz)
    ensure_fuzz
    exit 0
    ;;
esac
ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_npm
case "$want" in
  test | bench) ensure_chromium ;;
esac
