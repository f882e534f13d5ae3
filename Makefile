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

clean-venv: ## remove the virtual environment
	rm -rf $(VENV)

include eval/eval.mk
