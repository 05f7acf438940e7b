"""`make generate` is atomic and says why it failed: a broken spec leaves the last good package."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _load_generate() -> object:
    spec = importlib.util.spec_from_file_location("_generate_under_test", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(300)
def test_broken_ref_leaves_the_package_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate = _load_generate()
    spec_text = (ROOT / "openapi.yaml").read_text()
    broken = spec_text.replace("$ref: '#/components/schemas/RunObject'", "$ref: '#/components/schemas/NoSuchRun'", 1)
    assert broken != spec_text, "the spec should refer to RunObject somewhere"
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(broken)
    target = tmp_path / "generated" / "assistants_api"
    shutil.copytree(ROOT / "generated" / "assistants_api", target, ignore=shutil.ignore_patterns("__pycache__"))
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    generate.SPEC = spec_path  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as failure:
        generate.generate_atomically(target)  # type: ignore[attr-defined]
    message = str(failure.value)
    first_line = message.splitlines()[0]
    assert first_line.startswith("generation failed: ")
    assert "object at 0x" not in message
    assert first_line == (
        "generation failed: #/components/schemas/NoSuchRun is referenced by "
        "POST /threads/runs responses.200.content.application/json.schema (no such schema)"
    ), first_line
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".generate-")]


def test_every_broken_ref_is_named_with_its_place() -> None:
    generate = _load_generate()
    document = {
        "paths": {"/things/{id}": {"get": {"parameters": [{"$ref": "#/components/parameters/Gone"}]}}},
        "components": {
            "schemas": {
                "RunObject": {
                    "properties": {
                        "bar": {"$ref": "#/components/schemas/Foo"},
                        "ok": {"$ref": "#/components/schemas/RunObject"},
                    }
                },
                "Odd/Name": {"type": "object"},
                "Uses": {"items": {"$ref": "#/components/schemas/Odd~1Name"}},
            }
        },
    }
    assert generate.broken_refs(document) == [  # type: ignore[attr-defined]
        "#/components/parameters/Gone is referenced by GET /things/{id} parameters.0 (no such parameter)",
        "#/components/schemas/Foo is referenced by RunObject.properties.bar (no such schema)",
    ]
    assert generate.broken_refs(yaml.safe_load((ROOT / "openapi.yaml").read_text())) == []  # type: ignore[attr-defined]


def test_module_sizes_and_layers() -> None:
    """Generated modules stay reviewable (one per resource under api/), hand-written ones short,
    and the core imports neither layer above it (core <- generated <- facade)."""
    generated = {p: len(p.read_text().splitlines()) for p in (ROOT / "generated").rglob("*.py")}
    assert max(generated.values()) <= 3000, max(generated, key=generated.__getitem__)
    hand_written = [*(ROOT / "core").rglob("*.py"), *(ROOT / "facade").rglob("*.py")]
    too_long = [p.name for p in hand_written if len(p.read_text().splitlines()) > 500]
    assert too_long == []
    upward = [
        p.name
        for p in (ROOT / "core").rglob("*.py")
        if re.search(r"(?m)^\s*(from|import) assistants_(api|client)\b", p.read_text())
    ]
    assert upward == []
