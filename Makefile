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

score: setup-dev
	.venv/bin/python ../shared/eval/score.py --corpus ../shared/corpus/seed --gold ../shared/corpus/seed/gold
	.venv/bin/python ../shared/eval/score.py --corpus ../shared/corpus/dev --gold ../shared/corpus/dev/gold

bench: setup-dev
	for b in benchmarks/bench_*.py; do m=$$(basename $$b .py); echo "== $$m"; .venv/bin/python -m benchmarks.$$m || exit 1; done
