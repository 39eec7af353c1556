#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions. Each
# step checks first, so a second run changes nothing and takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Trunk only uses a wasm-bindgen whose version equals the one in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

apt_missing=()
command -v chromium >/dev/null || apt_missing+=(chromium)
command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
command -v brotli >/dev/null || apt_missing+=(brotli)
# The HTML checker (npm vnu-jar) runs on Java.
command -v java >/dev/null || apt_missing+=(default-jre-headless)
# Chinese text in screenshots needs a CJK font.
if ! { command -v fc-list >/dev/null && fc-list : family | grep "Noto Sans CJK" >/dev/null; }; then
  apt_missing+=(fonts-noto-cjk)
fi
if ((${#apt_missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  say "installing ${apt_missing[*]} with apt"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes)"
  # No --locked: its lock file pins a crate release the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt (binaryen) and the end-to-end tools, exactly as package-lock.json says.
if [ ! -f node_modules/.installed ] || [ package-lock.json -nt node_modules/.installed ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  touch node_modules/.installed
fi

cargo fetch --locked >/dev/null 2>&1 || cargo fetch
say "all tools present"
