# Everything runs from .venv, which the first target that needs it creates from nothing
# (python3 and make are all a fresh machine needs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: venv generate check-generated lint typecheck pytest pytest-postgres docs test demo bench fuzz fuzz-server crash chaos-replicas migrate-full server clean

# The editable install is setuptools' "strict" mode: a tree of links that type checkers can
# follow (the default import-hook finder is invisible to mypy). A new module needs a reinstall,
# so the install also depends on the package folders, whose times change when a file is added.
PACKAGE_DIRS := $(shell find core/assistants_core generated/assistants_api facade/assistants_client server/assistants_server -type d -not -name __pycache__ 2>/dev/null)

$(READY): pyproject.toml $(PACKAGE_DIRS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' --config-settings editable_mode=strict
	touch $(READY)

venv: $(READY)

generate: $(READY)
	$(BIN)/python scripts/generate.py

check-generated: $(READY)
	$(BIN)/python scripts/generate.py --check

lint: $(READY)
	$(BIN)/ruff check core facade server scripts tests examples benchmarks
	$(BIN)/ruff format --check core facade server scripts tests examples benchmarks

typecheck: $(READY)
	$(BIN)/mypy

pytest: $(READY)
	$(BIN)/python -m pytest -q

# The API reference from the docstrings (mkdocs.yml): --strict turns every warning into a failure,
# among them an argument a docstring names that the signature lacks and a broken cross-reference.
docs: $(READY)
	$(BIN)/mkdocs build --strict

# The server's tests again, every server made without a database of its own on a fresh PostgreSQL
# database of the tests' cluster (tests/support/pg_default.py); the store's own tests run on both
# stores in every pass already.
pytest-postgres: $(READY)
	ASSISTANTS_TEST_DB=postgres $(BIN)/python -m pytest -q tests/server

# pytest last, so that its summary line closes the output.
test: check-generated lint typecheck docs pytest pytest-postgres

demo: $(READY)
	$(BIN)/python scripts/demo.py

# The benchmarks and the 1,000-operation soak (several minutes; writes BENCHMARKS.md). Not part of
# `make test`: no speed figure can fail the tests. `python -m benchmarks --only ROW --rounds 0.2`
# runs a few rows quickly.
bench: $(READY)
	$(BIN)/python -m benchmarks

# The long property-based run of the decoders: DECODE_EXAMPLES generated instances per response and
# event schema (200: 8,400 in all, each with every one of its single mutations; ~10 minutes on 2 cores).
DECODE_EXAMPLES ?= 200
fuzz: $(READY)
	@test -f tests/test_decode_properties.py || { echo "tests/test_decode_properties.py is not here yet"; exit 1; }
	DECODE_EXAMPLES=$(DECODE_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider --timeout 1800 \
		tests/test_decode_properties.py

# The server's hostile-input run (tests/server/test_server_fuzz.py) at a larger size than `make test`
# gives it: FUZZ_EXAMPLES hypothesis examples per test, SCHEMATHESIS_EXAMPLES per operation and mode,
# each test stopping after FUZZ_SECONDS (twice that for schemathesis).
FUZZ_EXAMPLES ?= 2000
SCHEMATHESIS_EXAMPLES ?= 50
FUZZ_SECONDS ?= 600
fuzz-server: $(READY)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) SCHEMATHESIS_EXAMPLES=$(SCHEMATHESIS_EXAMPLES) FUZZ_SECONDS=$(FUZZ_SECONDS) \
		$(BIN)/python -m pytest -q -s -p no:cacheprovider --timeout 1800 tests/server/test_server_fuzz.py

# The long crash test: a server on a SQLite file SIGKILLed CRASH_KILLS times under load from
# CRASH_WORKERS client threads, CRASH_LOAD_SECONDS apart (`make test` runs 3 kills, 2 s apart).
CRASH_KILLS ?= 20
CRASH_LOAD_SECONDS ?= 5
CRASH_WORKERS ?= 8
crash: $(READY)
	CRASH_KILLS=$(CRASH_KILLS) CRASH_LOAD_SECONDS=$(CRASH_LOAD_SECONDS) CRASH_WORKERS=$(CRASH_WORKERS) \
		$(BIN)/python -m pytest -q -s -p no:cacheprovider tests/server/test_server_crash.py -k sigkill

# The long chaos run over replicas: CHAOS_REPLICAS servers on one PostgreSQL database, CHAOS_CLIENTS
# clients (the openai SDK and ours) making CHAOS_RUNS runs with tool calls and streams, a replica
# SIGKILLed and started again every CHAOS_KILL_EVERY seconds (`make test` runs 20 clients, 60 runs).
CHAOS_REPLICAS ?= 3
CHAOS_CLIENTS ?= 200
CHAOS_RUNS ?= 1000
CHAOS_KILL_EVERY ?= 4
chaos-replicas: $(READY)
	CHAOS_REPLICAS=$(CHAOS_REPLICAS) CHAOS_CLIENTS=$(CHAOS_CLIENTS) CHAOS_RUNS=$(CHAOS_RUNS) \
		CHAOS_KILL_EVERY=$(CHAOS_KILL_EVERY) $(BIN)/python -m pytest -q -s -p no:cacheprovider --timeout 1800 \
		tests/server/test_server_replicas_chaos.py

# The migration tests at the issue's size (MIGRATE_SCALE=50: 50 assistants, 500 threads, 5,000
# messages, 20 files, 3 vector stores per seeded host; `make test` runs them at MIGRATE_SCALE=1).
MIGRATE_SCALE ?= 50
migrate-full: $(READY)
	MIGRATE_SCALE=$(MIGRATE_SCALE) $(BIN)/python -m pytest -q -p no:cacheprovider --timeout 3600 \
		tests/test_migrate.py tests/test_migrate_flavors.py tests/test_migrate_resume.py

server: $(READY)
	$(BIN)/python -m assistants_server --port 8000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache docs/_build
