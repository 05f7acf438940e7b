"""Regenerate generated/assistants_api from openapi.yaml, or check that it is up to date.

    python scripts/generate.py            # rewrite generated/assistants_api
    python scripts/generate.py --check    # regenerate into a temporary folder, fail on any difference

Everything the generated package holds comes from here: the pinned openapi-python-client run with
generator/config.yaml and the templates in generator/templates, plus the `py.typed` marker. The
generator renders one module per resource (`api/<tag>/__init__.py`: its operations' records, flat
functions and method mixins, composed by `api/__init__.py`), and always also one module per
endpoint (`api/<tag>/<operation>.py`); nothing uses those, so they are removed as a step of
generation, not shipped as a second API.

Generation is atomic: it runs into a temporary folder and replaces generated/assistants_api only
when it succeeded, so a broken spec leaves the last good package in place.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
TARGET = ROOT / "generated" / "assistants_api"


def broken_refs(document: Any) -> list[str]:
    """Every local `$ref` of the spec that points at nothing, each as `#/... is referenced by
    WHERE (no such KIND)`, in the order they appear.

    Checked before the generator runs: it reports a missing schema only after a cascade of
    warnings about every operation that used it, if at all."""
    found: list[str] = []

    def resolves(ref: str) -> bool:
        node = document
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                return False
            node = node[key]
        return True

    def walk(node: Any, where: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and not resolves(ref):
                parts = ref[2:].split("/")
                kind = parts[1].rstrip("s").replace("requestBodie", "request body") if parts[0] == "components" else ""
                found.append(f"{ref} is referenced by {describe(where)} (no such {kind or 'target'})")
            for key, value in node.items():
                walk(value, (*where, str(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*where, str(index)))

    walk(document, ())
    return found


def describe(where: tuple[str, ...]) -> str:
    """A spec location in the spec's own terms: `RunObject.properties.bar`, `POST /threads/{thread_id}/runs`."""
    if where[:2] == ("components", "schemas"):
        return ".".join(where[2:])
    if where[:1] == ("components",):
        return ".".join(where[1:])
    if where[:1] == ("paths",) and len(where) >= 3:
        rest = ".".join(where[3:])
        return f"{where[2].upper()} {where[1]}" + (f" {rest}" if rest else "")
    return ".".join(where) or "the document"


def generate(dest: Path) -> None:
    """Run the pinned generator into `dest` (the package folder itself)."""
    broken = broken_refs(yaml.safe_load(SPEC.read_text()))
    if broken:
        raise SystemExit("\n".join(f"generation failed: {line}" if i == 0 else line for i, line in enumerate(broken)))
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
        "--meta", "none",
        "--output-path", str(dest),
        "--overwrite",
        "--fail-on-warning",
        "--config", str(ROOT / "generator" / "config.yaml"),
        "--custom-template-path", str(ROOT / "generator" / "templates"),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=dest.parent, env=env, capture_output=True, text=True)
    if result.returncode != 0 or "Warning" in result.stdout or not (dest / "__init__.py").exists():
        raise SystemExit(failure_report(result.returncode, result.stdout + result.stderr))
    for endpoint_module in (dest / "api").glob("*/*.py"):
        if endpoint_module.name != "__init__.py":
            endpoint_module.unlink()
    (dest / "py.typed").write_text("")
    for cache in dest.rglob("__pycache__"):
        shutil.rmtree(cache)


def failure_report(returncode: int, output: str) -> str:
    """The generator's output with the cause first, in words.

    The pinned generator prints a warning per operation it cannot build, with its context as an
    object repr (`<UntrustedString object at 0x...>`), the missing `$ref` on a later line, and a
    generic error last. This names each cause as `METHOD /path: reason (ref)` at the top.
    """
    text = re.sub(r"<[\w.]+ object at 0x[0-9a-f]+>", "(value)", output)
    causes: list[str] = []
    for block in re.split(r"(?m)^(?=WARNING )", text):
        where = re.match(r"WARNING parsing (\S+ \S+)", block)
        reason = re.search(r"\(([^()]*(?:reference|invalid|not|cannot|could)[^()]*)\)", block, re.IGNORECASE)
        ref = re.search(r'"\$ref":\s*"([^"]+)"', block)
        if where or reason or ref:
            parts = [where.group(1) + ":" if where else "", reason.group(1) if reason else block.splitlines()[0]]
            if ref:
                parts.append(f"({ref.group(1)})")
            causes.append(" ".join(p for p in parts if p).strip())
    if not causes:
        errors = [line.strip() for line in text.splitlines() if re.search(r"error|fail", line, re.IGNORECASE)]
        causes = errors[:1] or [f"the generator exited with {returncode}"]
    causes = list(dict.fromkeys(causes))
    return "\n".join([f"generation failed: {causes[0]}", *causes[1:], "", "the generator said:", text.strip()])


def generate_atomically(target: Path) -> None:
    """Generate into a sibling temporary folder; swap it in only once it is complete."""
    target.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".generate-") as tmp:
        fresh = Path(tmp) / target.name
        generate(fresh)
        old = Path(tmp) / "previous"
        if target.exists():
            target.rename(old)
        fresh.rename(target)


def differences(committed: Path, fresh: Path) -> list[str]:
    """Every file missing on one side or differing in its bytes, with a diff of the first few."""

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(path.relative_to(root)): path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts
        }

    old, new = files(committed), files(fresh)
    report = [f"only in the committed tree: {name}" for name in sorted(old.keys() - new.keys())]
    report += [f"missing from the committed tree: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            report.append(f"differs: {name}")
            if len(report) < 8:
                a, b = old[name].decode().splitlines(), new[name].decode().splitlines()
                report.extend(list(difflib.unified_diff(a, b, "committed", "regenerated", lineterm=""))[:30])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args()
    if not args.check:
        generate_atomically(TARGET)
        print(f"generated {TARGET.relative_to(ROOT)}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TARGET.name
        generate(fresh)
        report = differences(TARGET, fresh) if TARGET.exists() else [f"{TARGET} does not exist"]
    if report:
        print("\n".join(report))
        raise SystemExit("generated/ is stale or was edited by hand: run `make generate` and commit the result")
    print("generated/ matches openapi.yaml")


if __name__ == "__main__":
    main()
