"""A short resilience soak: our Client against the local server with seeded fault injection.

The soak itself is `run_soak` in scripts/bench.py (where `make bench` runs 1,000 operations);
this runs 120, with a retry budget small enough that some errors do reach the caller, and checks
the books: nothing duplicated, nothing lost or repeated in pagination, every error typed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import assistants_client as ac
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from assistants_server import Server

BENCH = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"


def load_bench() -> ModuleType:
    module = sys.modules.get("assistants_bench")
    if module is None:
        spec = importlib.util.spec_from_file_location("assistants_bench", BENCH)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["assistants_bench"] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(120)
def test_soak_with_faults() -> None:
    bench = load_bench()
    with Server(validate_responses=True) as srv:
        result = bench.run_soak(srv.base_url, operations=120, seed=1234, seeded=300, page_size=25, max_retries=2)
        # Faulted answers too (error envelopes, the events sent before a cut) must match the spec.
        assert srv.spec_violations == []

    assert result.non_api_errors == []
    for name in result.errors:
        assert issubclass(getattr(ac, name), ac.APIError), name
    assert result.total_duplicates == 0, result.duplicates
    assert sum(result.missing.values()) == 0, result.missing
    assert (result.paged, result.lost, result.repeated, result.out_of_order) == (300, 0, 0, False)
    assert result.completed >= 0.8 * result.operations, result
    settled = result.completed + result.error_count + result.streams_interrupted - result.pagination_resumes
    assert settled == result.operations
    # the faults really happened, and the retries really absorbed them
    assert result.faults["dropped_connections"] > 0
    assert sum(v for k, v in result.faults.items() if k.startswith("status_")) > 10
    assert result.requests > result.operations
