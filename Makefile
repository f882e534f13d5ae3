# papercli — `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: help demo test lint unit fuzz bench clean-venv

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev,dask]'
	@touch $(STAMP)

$(VENV): $(STAMP)

demo: $(STAMP) ## clean a shipped sample page and print its articles
	$(VENV)/bin/papercli clean samples/zh-hans-pdfminer.txt

lint: $(STAMP) ## ruff and mypy
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy

unit: $(STAMP) ## the test suite only
	$(PY) -m pytest -q

test: lint unit ## create the venv if needed, install, lint, run all tests

fuzz: $(STAMP) ## property tests with thousands of examples
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/test_properties.py

# make bench: corpus and results in bench/out (git-ignored); the peers' venv outside the repo.
# BENCH_PEERS=0 skips installing the peers; BENCH_ARGS="--quick" is a one-minute smoke run.
BENCH_PEERS ?= 1
BENCH_PEERS_VENV ?= $(HOME)/.cache/papercli-bench/peers-venv
BENCH_ARGS ?=
BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) ## throughput, batch, big file, start-up, floors and peers: one table (README "Performance")
	@if [ "$(BENCH_PEERS)" = 1 ]; then bash bench/peers-setup.sh "$(BENCH_PEERS_VENV)"; fi
	$(PY) bench/bench.py --peers-python "$(BENCH_PEERS_VENV)/bin/python" $(BENCH_ARGS)

clean-venv: ## remove the virtual environment
	rm -rf $(VENV)

include eval/eval.mk
