"""Regenerate generated/assistants_api from openapi.yaml, or check that it is up to date.

    python scripts/generate.py            # rewrite generated/assistants_api
    python scripts/generate.py --check    # regenerate into a temporary folder, fail on any difference

Everything the generated package holds comes from here: the pinned openapi-python-client run with
generator/config.yaml and the templates in generator/templates, plus the `py.typed` marker.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
TARGET = ROOT / "generated" / "assistants_api"


def generate(dest: Path) -> None:
    """Run the pinned generator into `dest` (the package folder itself)."""
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
    if result.returncode != 0 or "Warning" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generation failed (exit {result.returncode})")
    (dest / "py.typed").write_text("")
    for cache in dest.rglob("__pycache__"):
        shutil.rmtree(cache)


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
        TARGET.parent.mkdir(exist_ok=True)
        generate(TARGET)
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
