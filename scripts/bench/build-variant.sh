#!/usr/bin/env bash
# Builds the release app with a given question bank into its own folder,
# finalised and precompressed exactly as `make build` does for dist/.
# Usage: build-variant.sh <bank dir> <output dir>
set -euo pipefail
bank=$(realpath "$1")
out=$2
DRILL_BANK_DIR="$bank" trunk build --release --dist "$out"
node scripts/prerender.mjs "$out"
node scripts/finalize-dist.mjs "$out"
bash scripts/compress.sh "$out"
