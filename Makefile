# Quick start (see README): `make run` sets up and serves the dashboard on the bundled sample;
# `make test` sets up and runs the linters and the whole test suite.
.PHONY: setup setup-dev run test lint score bench

setup:
	bash scripts/setup.sh

setup-dev:
	bash scripts/setup.sh --dev

run: setup
	.venv/bin/python app.py

lint: setup-dev
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

# pytest exits 5 when it collects no test; that is not a failure of the set-up.
test: lint
	.venv/bin/python -m pytest; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 5 ]

# The real corpora (gold by separate annotators) are the measure; seed, dev and the sample guard against
# regressions. Each corpus is scored on its own; the last line of each is its SUMMARY.
SCORED = real/news real/fakes real/sa peer/dateparser-ar seed dev
score: setup-dev
	for c in $(SCORED); do echo "== $$c"; .venv/bin/python ../shared/eval/score.py --corpus ../shared/corpus/$$c --gold ../shared/corpus/$$c/gold || exit 1; done
	echo "== data/sample"; .venv/bin/python ../shared/eval/score.py --corpus data/sample --gold data/sample/gold

bench: setup-dev
	for b in benchmarks/bench_*.py; do m=$$(basename $$b .py); echo "== $$m"; .venv/bin/python -m benchmarks.$$m || exit 1; done
