#!/usr/bin/env bash
# Writes .br and .gz beside every text and wasm file of a build, so a static
# host can serve them precompressed.
set -euo pipefail
dir=${1:-dist}
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' \
  -o -name '*.svg' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.txt' \) |
  while read -r file; do
    brotli --force --quality=11 --keep "$file"
    gzip --force --best --keep "$file"
  done
