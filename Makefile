# 面试演练: `make serve` to run the app, `make test` to check everything.
# Both install whatever is missing first (scripts/setup.sh).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve build test unit lint bank-check html-check e2e bank-report keypoint-report keypoint-check bench

setup:
	@bash scripts/setup.sh

serve: setup
	trunk serve --open=false

build: setup
	trunk build --release
	node scripts/prerender.mjs dist
	node scripts/finalize-dist.mjs dist
	bash scripts/compress.sh dist

test: setup
	$(MAKE) --no-print-directory unit lint bank-check keypoint-check build html-check e2e
	@echo "make test: every check passed"

unit:
	cargo test --workspace --all-features

lint:
	cargo fmt --all -- --check
	python3 scripts/check-import-cycles.py
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy -p interview-drill --target wasm32-unknown-unknown -- -D warnings

# Every runnable python block in the bank runs and prints what it shows.
bank-check:
	python3 scripts/check_code_blocks.py questions

# The built index.html must pass the Nu HTML Checker.
html-check:
	java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only dist/index.html
	@echo "html-check: dist/index.html has no errors"

e2e:
	npx playwright test

bank-report:
	@cargo run --quiet -p drill-core --features compiler --bin bank-report -- questions

# Precision and recall of the key-point matcher on the labelled answers in
# eval/keypoint-answers.md, as JSON.
keypoint-report:
	@cargo run --quiet -p drill-core --features compiler --bin keypoint-report -- eval/keypoint-answers.md questions

# `make test` checks that the report runs and parses, not its figures.
keypoint-check:
	@$(MAKE) --no-print-directory keypoint-report | python3 -c 'import json, sys; r = json.load(sys.stdin); assert r["answers"] > 0 and 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1 and r["per_topic"], r; print("keypoint-report:", json.dumps({k: r[k] for k in ("answers", "precision", "recall")}))'

# Sizes, boot and interaction times, Lighthouse and scaling, against the
# budgets; prints a table and writes bench/results.json. Takes 20-30 min,
# most of it building the app with two synthetic banks.
bench: build
	bash scripts/bench/bench.sh
