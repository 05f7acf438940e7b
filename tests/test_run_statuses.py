"""The facade's run status sets are the spec's RunObject.status enum, written once."""

from __future__ import annotations

from pathlib import Path

import yaml
from assistants_client import _runcore, _streaming

ROOT = Path(__file__).resolve().parent.parent


def spec_run_statuses() -> set[str]:
    schemas = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]["schemas"]
    status = schemas["RunObject"]["properties"]["status"]
    while "$ref" in status:
        status = schemas[status["$ref"].rpartition("/")[2]]
    return set(status["enum"])


def test_terminal_and_active_statuses_are_the_spec_enum() -> None:
    assert spec_run_statuses() == _runcore.TERMINAL | _runcore.ACTIVE
    assert not _runcore.TERMINAL & _runcore.ACTIVE


def test_settled_is_terminal_plus_requires_action() -> None:
    assert _runcore.TERMINAL | {"requires_action"} == _runcore.SETTLED
    assert _streaming.TERMINAL is _runcore.TERMINAL
