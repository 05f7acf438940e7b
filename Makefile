# Everything runs from .venv, which the first target that needs it creates from nothing
# (python3 and make are all a fresh machine needs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: venv generate check-generated lint typecheck pytest test demo bench server clean

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(READY)

venv: $(READY)

generate: $(READY)
	$(BIN)/python scripts/generate.py

check-generated: $(READY)
	$(BIN)/python scripts/generate.py --check

lint: $(READY)
	$(BIN)/ruff check facade server scripts tests examples
	$(BIN)/ruff format --check facade server scripts tests examples

typecheck: $(READY)
	$(BIN)/mypy

pytest: $(READY)
	$(BIN)/python -m pytest -q

test: check-generated lint typecheck pytest

demo: $(READY)
	$(BIN)/python scripts/demo.py

bench: $(READY)
	$(BIN)/python scripts/bench.py

server: $(READY)
	$(BIN)/python -m assistants_server --port 8000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
