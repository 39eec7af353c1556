#!/usr/bin/env bash
# `make bench` after `make build`: builds the app again with synthetic banks
# of 1,000 and 10,000 questions, writes review logs of one and three years of
# daily practice, then measures everything (scripts/bench/run.mjs).
# The synthetic builds use their own cargo target folder, so dist/ and the
# usual build stay as they are.
set -euo pipefail
work=target/bench-work
mkdir -p "$work"
for count in 1000 10000; do
  node scripts/bench/synthetic-bank.mjs "$count" "$work/bank-$count"
  CARGO_TARGET_DIR=target/bench-synthetic bash scripts/bench/build-variant.sh "$work/bank-$count" "$work/dist-$count"
done
# 46 answers a day: three years come to about 50,000 entries. Each day's
# answers start 20 hours into it, so a last day that began a day ago ends
# before the bench answers anything, as a real log ends before the next answer.
last_day_ms=$((($(date +%s) - 86400) * 1000))
for years in 1 3; do
  cargo run -q -p drill-core --features compiler --bin bench-log -- \
    questions $((years * 365)) 46 "$last_day_ms" > "$work/log-${years}y.json"
done
BENCH_WORK="$work" node scripts/bench/run.mjs
