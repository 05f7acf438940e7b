"""matplotlib's font list, built once per process and given to every sandboxed session read-only.

A fresh session's first ``import matplotlib.pyplot`` would otherwise scan the system's fonts
(``fc-list`` and every font file) into its own scratch ``/tmp``. The build runs the server's
own fixed code (no user code) with the Python the sandboxes use, outside them, in a thread;
sessions started before it is done build their own.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from .launch import Layout

BUILD_TIMEOUT = 120.0  # seconds the one build may take
_BUILD = "import site, sys\nfor d in sys.argv[1:]:\n    site.addsitedir(d)\nimport matplotlib.font_manager\n"
_lock = threading.Lock()
_started = False
_built: str | None = None


def ready(where: Layout) -> str | None:
    """The directory holding the font list once built; None before (the first call starts it)."""
    global _started
    with _lock:
        if not _started:
            _started = True
            directory = tempfile.mkdtemp(prefix="assistants-fonts-")
            atexit.register(shutil.rmtree, directory, True)
            threading.Thread(target=_build, args=(where, directory), name="font list", daemon=True).start()
        return _built


def _build(where: Layout, directory: str) -> None:
    global _built
    result = build(where, directory)
    with _lock:
        _built = result


def build(where: Layout, directory: str) -> str | None:
    """Build the font list into `directory`; the directory when it holds one, else None."""
    env = {"MPLCONFIGDIR": directory, "MPLBACKEND": "Agg", "HOME": directory, "PATH": "/usr/bin:/bin"}
    try:
        subprocess.run(
            [where.python, "-I", "-S", "-c", _BUILD, *where.site_dirs],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if not any(p.name.startswith("fontlist") for p in Path(directory).glob("*.json")):
        return None
    for path in [Path(directory), *Path(directory).rglob("*")]:  # readable by the sessions' own uids
        path.chmod(0o755 if path.is_dir() else 0o644)
    return directory
