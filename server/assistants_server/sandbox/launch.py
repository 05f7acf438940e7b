"""The command line that starts one worker, and the one-time check that a sandbox can be made.

In ``bwrap`` mode the worker sees a file system of its own: ``/usr`` and the Python installation
read-only (the interpreter, its standard library and the site-packages with numpy, pandas and
matplotlib, each bound exactly, not their parents), ``/dev`` and ``/proc`` of its own, a
size-limited ``/tmp`` and the session's directory at ``/mnt/data``; its own network (only a
loopback of its own), PID, IPC and UTS namespaces; ``--die-with-parent`` and ``--new-session``.

As root, bubblewrap runs without a user namespace and ``setpriv`` drops the worker to a uid of
its own (one per session, never a real account) with no capabilities: the kernel counts the
process limit per uid and exempts root from it, so a fork bomb could not be bounded as root.
As another user, bubblewrap's user namespace maps the worker to uid 65534 inside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from .types import DATA_DIR, SandboxSettings, SandboxUnavailable

DRIVER = Path(__file__).with_name("driver.py")
UID_BASE = 1_000_000_000  # the uids sandboxed code runs as (as root): far above any account's
PROBE_TIMEOUT = 30.0  # seconds the one-time trial sandbox may take
FONTS_INSIDE = "/opt/matplotlib-cache"  # matplotlib's font list, built once (fonts.py)
SYSTEM_LINKS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")


@dataclass(frozen=True)
class Layout:
    """Where the Python that runs the code lives on this machine."""

    python: str  # the interpreter binary itself (a venv's python is a link to it)
    read_only: tuple[str, ...]  # directories bound read-only at their own paths
    site_dirs: tuple[str, ...]  # site-packages the driver adds (the venv's)


def layout() -> Layout:
    python = os.path.realpath(sys.executable)
    paths = sysconfig.get_paths()
    site_dirs = tuple(dict.fromkeys(os.path.realpath(paths[k]) for k in ("purelib", "platlib")))
    stdlib = tuple(dict.fromkeys(os.path.realpath(paths[k]) for k in ("stdlib", "platstdlib")))
    # libpython and the interpreter sit under the base prefix's lib and bin
    base = os.path.realpath(sys.base_prefix)
    extra = (os.path.join(base, "lib"), os.path.dirname(python))
    wanted = [p for p in (*stdlib, *extra, *site_dirs) if os.path.isdir(p) and not p.startswith("/usr/")]
    return Layout(python, tuple(dict.fromkeys(wanted)), site_dirs)


def _ancestors(path: str) -> list[str]:
    parts = Path(path).parents
    return [str(p) for p in reversed(parts) if str(p) != "/"]


def bwrap_command(
    settings: SandboxSettings, where: Layout, data_dir: str, uid: int | None, fonts: str | None = None
) -> list[str]:
    """bubblewrap's arguments for one worker; `uid` (as root) is the uid the code runs as;
    `fonts` a directory with matplotlib's font list, bound read-only at FONTS_INSIDE."""
    bwrap = shutil.which(settings.bwrap) or settings.bwrap
    if uid is None:
        spaces = ["--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534"]
    else:
        spaces = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
    argv = [bwrap, *spaces, "--die-with-parent", "--new-session", "--hostname", "sandbox"]
    argv += ["--ro-bind", "/usr", "/usr"]
    # the scratch /tmp first: a runtime that lives under /tmp (a venv in a checkout there) is
    # bound on top of it below, not hidden by it
    argv += ["--size", str(settings.memory_mb << 20), "--perms", "1777", "--tmpfs", "/tmp"]
    for link in SYSTEM_LINKS:
        if os.path.islink(link):
            argv += ["--symlink", os.readlink(link), link]
        elif os.path.isdir(link):
            argv += ["--ro-bind", link, link]
    made: set[str] = {"/usr", "/tmp"}
    for directory in where.read_only:
        for parent in _ancestors(directory):
            if parent not in made and not any(parent.startswith(m + "/") for m in where.read_only):
                made.add(parent)
                argv += ["--perms", "0755", "--dir", parent]
        argv += ["--ro-bind", directory, directory]
    if os.path.isdir("/etc/fonts"):  # fontconfig's settings, which matplotlib's font search reads
        argv += ["--perms", "0755", "--dir", "/etc", "--ro-bind", "/etc/fonts", "/etc/fonts"]
    if fonts is not None:
        argv += ["--perms", "0755", "--dir", "/opt", "--ro-bind", fonts, FONTS_INSIDE]
    argv += ["--dev", "/dev", "--proc", "/proc"]
    argv += ["--perms", "0755", "--dir", "/mnt", "--bind", data_dir, DATA_DIR, "--chdir", DATA_DIR]
    argv += ["--clearenv", *_env_args()]
    if uid is not None:
        setpriv = shutil.which("setpriv") or "setpriv"
        argv += [
            setpriv,
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
        ]
    return argv


def _env_args() -> list[str]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "TMPDIR": "/tmp",
        "LANG": "C.UTF-8",
        "MPLCONFIGDIR": "/tmp/.matplotlib",
    }
    env.update(code_env())
    return [arg for name, value in env.items() for arg in ("--setenv", name, value)]


def code_env() -> dict[str, str]:
    """What the code's libraries read: the figure backend, one thread per numeric library, and
    two malloc arenas: glibc reserves 64 MB of address space per thread's arena, which the memory
    limit counts (pandas 3 reading a 27 MB CSV with its threads hit 1024 MB without it)."""
    return {
        "MPLBACKEND": "module://_sandbox_backend",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MALLOC_ARENA_MAX": "2",
    }


def python_args(where: Layout, config_json: str) -> list[str]:
    return [where.python, "-I", "-S", "-u", "-X", "utf8", "-c", DRIVER.read_text(), config_json]


class Probe:
    """Whether bubblewrap can make a sandbox here, found out once by making a trivial one."""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._reason: str | None = None
        self._done = False

    @property
    def known(self) -> bool:
        """Whether the trial was made (``check`` then answers at once)."""
        return self._done

    def check(self) -> None:
        if self.settings.mode == "none":
            return
        with self._lock:
            if not self._done:
                self._reason = self._try()
                self._done = True
        if self._reason is not None:
            raise SandboxUnavailable(self._reason)

    def _try(self) -> str | None:
        bwrap = shutil.which(self.settings.bwrap)
        if bwrap is None:
            return (
                f"bubblewrap (bwrap) is not installed: no {self.settings.bwrap!r} on PATH "
                "(Debian, Ubuntu: apt-get install bubblewrap)"
            )
        root = os.geteuid() == 0
        if root and shutil.which("setpriv") is None:
            return "setpriv (util-linux) is not installed: as root the sandbox needs it to drop to a uid of its own"
        where = layout()
        with tempfile.TemporaryDirectory() as data_dir:
            uid = UID_BASE if root else None
            if uid is not None:
                os.chown(data_dir, uid, uid)
            argv = [*bwrap_command(self.settings, where, data_dir, uid), where.python, "-I", "-S", "-c", "pass"]
            try:
                done = subprocess.run(argv, capture_output=True, timeout=PROBE_TIMEOUT, stdin=subprocess.DEVNULL)
            except (OSError, subprocess.TimeoutExpired) as error:
                return f"bubblewrap could not be run: {error}"
        if done.returncode == 0:
            return None
        said = done.stderr.decode(errors="replace").strip().splitlines()
        detail = said[-1] if said else f"exit status {done.returncode}"
        if "namespace" in detail.lower() or "permission" in detail.lower():
            return f"user namespaces are refused: {detail}"
        return f"bubblewrap could not make a sandbox: {detail}"
