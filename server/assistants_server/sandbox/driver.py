"""The program that runs inside the sandbox (``python -I -S -u -c <this file> CONFIG``).

It sets the process limits before any code arrives, then reads requests from stdin and runs
each in one globals dict, as a notebook does (a last expression's value is printed). The code's
stdout and stderr (and those of any process it starts) go to the worker's stderr pipe; the
answers go back over the original stdout, which the code cannot reach by fd 1. Each answer
lists the matplotlib figures shown, saved or left open (PNG bytes) and the files created or
changed under the data directory.

Only the standard library is imported here (matplotlib when the code uses it). The code can
replace anything in this process, so the host trusts none of it: every answer is checked there.
"""

from __future__ import annotations

import ast
import builtins
import errno
import importlib.abc
import importlib.machinery
import importlib.util
import io
import json
import linecache
import os
import resource
import shutil
import site
import sys
import traceback
import types
import weakref
from typing import Any

BACKEND = "_sandbox_backend"  # MPLBACKEND=module://_sandbox_backend
MAX_FILES = 64  # files returned per execution
MAX_SCAN = 10_000  # entries looked at under the data directory per snapshot
_HEADER = 8


def write_frame(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_HEADER, "big") + data)
    while view:
        view = view[os.write(fd, view) :]


def read_exactly(fd: int, count: int) -> bytes | None:
    parts = []
    while count:
        chunk = os.read(fd, min(count, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        count -= len(chunk)
    return b"".join(parts)


def read_frame(fd: int) -> bytes | None:
    head = read_exactly(fd, _HEADER)
    if head is None:
        return None
    return read_exactly(fd, int.from_bytes(head, "big"))


def set_limits(config: dict[str, Any]) -> None:
    """Lower the hard limits, which nothing in here can raise again."""
    mb = 1 << 20
    pairs = {
        resource.RLIMIT_AS: config["memory_mb"] * mb,
        resource.RLIMIT_FSIZE: config["file_size_mb"] * mb,
        resource.RLIMIT_NOFILE: 256,
        resource.RLIMIT_CORE: 0,
    }
    if config.get("processes"):
        pairs[resource.RLIMIT_NPROC] = config["processes"]
    for kind, value in pairs.items():
        resource.setrlimit(kind, (value, value))
    budget = int(config["cpu_budget"])
    resource.setrlimit(resource.RLIMIT_CPU, (budget, budget))


def allow_cpu(seconds: float) -> None:
    """Let the next execution use `seconds` of CPU time from now (the soft limit; SIGXCPU past it)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (min(soft, hard), hard))


class Figures:
    """The matplotlib figures of one execution, as PNG bytes, each figure once."""

    def __init__(self) -> None:
        self.images: list[bytes] = []
        self.seen: weakref.WeakSet[Any] = weakref.WeakSet()

    def add(self, figure: Any, render: Any = None) -> None:
        if figure in self.seen:
            return
        self.seen.add(figure)
        buffer = io.BytesIO()
        (render or figure.savefig)(buffer, format="png")
        self.images.append(buffer.getvalue())

    def show(self, *args: Any, **kwargs: Any) -> None:
        """``plt.show()``: each open figure becomes an image and is closed, as in a notebook."""
        if "matplotlib.pyplot" not in sys.modules:
            return
        pyplot: Any = sys.modules["matplotlib.pyplot"]
        for number in pyplot.get_fignums():
            self.add(pyplot.figure(number))
        pyplot.close("all")


FIGURES = Figures()


class BackendLoader(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves ``module://_sandbox_backend``: Agg drawing, a ``show`` that keeps the figures, and a
    ``savefig`` that also keeps a PNG of what it saved."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        return importlib.util.spec_from_loader(fullname, self) if fullname == BACKEND else None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        from matplotlib.backend_bases import FigureManagerBase
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        original = Figure.savefig

        def savefig(figure: Any, fname: Any, *args: Any, **kwargs: Any) -> Any:
            result = original(figure, fname, *args, **kwargs)
            keep = {k: kwargs[k] for k in ("dpi", "bbox_inches", "pad_inches", "facecolor") if k in kwargs}
            FIGURES.add(figure, lambda buffer, format: original(figure, buffer, format=format, **keep))
            return result

        Figure.savefig = savefig  # type: ignore[method-assign,assignment]
        module.FigureCanvas = FigureCanvasAgg  # type: ignore[attr-defined]
        module.FigureManager = FigureManagerBase  # type: ignore[attr-defined]
        module.show = FIGURES.show  # type: ignore[attr-defined]


def snapshot(root: str) -> dict[str, tuple[int, int, int]]:
    """Regular files under `root` (not followed through links): name -> (mtime, size, inode)."""
    found: dict[str, tuple[int, int, int]] = {}
    stack = [""]
    looked = 0
    while stack and looked < MAX_SCAN:
        relative = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(root, relative)))
        except OSError:
            continue
        for entry in entries:
            looked += 1
            name = os.path.join(relative, entry.name)
            if entry.is_dir(follow_symlinks=False):
                stack.append(name)
            elif entry.is_file(follow_symlinks=False):
                info = entry.stat(follow_symlinks=False)
                found[name] = (info.st_mtime_ns, info.st_size, info.st_ino)
    return found


def write_input(root: str, name: str, data: bytes) -> None:
    """Write `data` to root/name (a plain name); a link already there is replaced, not followed."""
    path = os.path.join(root, name)
    if os.path.islink(path):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def classify(error: BaseException) -> str | None:
    """The limit an exception shows, if any (rlimits surface as these exceptions in Python)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen and len(seen) < 16:
        seen.append(current)
        if isinstance(current, MemoryError):
            return "memory"
        if isinstance(current, OSError) and current.errno == errno.EFBIG:
            return "file_size"
        if isinstance(current, BlockingIOError) or (isinstance(current, OSError) and current.errno == errno.EAGAIN):
            return "processes"
        current = current.__cause__ or current.__context__
    return None


def run(code: str, namespace: dict[str, Any], main_pid: int, cell: str) -> str | None:
    """Run `code` in `namespace`; print a last expression's value; the limit hit, if any.
    Tracebacks name the code `cell` (``<cell 3>``) and show its lines."""
    linecache.cache[cell] = (len(code), None, code.splitlines(keepends=True), cell)
    try:
        tree = ast.parse(code, cell, "exec")
        display = not code.rstrip().endswith(";")  # a notebook's way to not show the last value
        last = tree.body.pop() if display and tree.body and isinstance(tree.body[-1], ast.Expr) else None
        assert last is None or isinstance(last, ast.Expr)
        exec(compile(tree, cell, "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), cell, "eval"), namespace)
            if value is not None:
                print(repr(value))
        return None
    except BaseException as error:
        if os.getpid() != main_pid:  # a process the code forked came back here: it ends
            os._exit(1)
        shown = traceback.TracebackException(type(error), error, error.__traceback__)
        while shown.stack and not shown.stack[0].filename.startswith("<cell "):  # the frames of this driver
            del shown.stack[0]
        sys.stderr.write("".join(shown.format()))
        return classify(error)
    finally:
        if os.getpid() != main_pid:
            os._exit(0)


def finish_figures() -> list[bytes]:
    """Figures left open are shown too (a notebook's inline backend does so); the images taken."""
    FIGURES.show()
    images, FIGURES.images, FIGURES.seen = FIGURES.images, [], weakref.WeakSet()
    return images


def changed_files(root: str, before: dict[str, tuple[int, int, int]], cap: int) -> tuple[list[tuple[str, bytes]], int]:
    """Files created or changed since `before`, at most MAX_FILES and `cap` bytes; how many left out."""
    after = snapshot(root)
    names = sorted(name for name, state in after.items() if before.get(name) != state)
    taken: list[tuple[str, bytes]] = []
    total = 0
    for name in names:
        if len(taken) >= MAX_FILES:
            break
        try:
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read(cap - total + 1)
        except OSError:
            continue
        if total + len(data) > cap:
            break
        taken.append((name, data))
        total += len(data)
    return taken, len(names) - len(taken)


def serve(config: dict[str, Any], requests: int, answers: int) -> None:
    root = config["data_dir"]
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    main_pid = os.getpid()
    cells = 0
    write_frame(answers, json.dumps({"ready": True}).encode())
    while True:
        header = read_frame(requests)
        if header is None:
            return
        request = json.loads(header)
        for name in request["files"]:
            data = read_frame(requests)
            if data is None:
                return
            try:
                write_input(root, name, data)
            except OSError as error:  # too large for the file size limit, say: the code is told
                print(f"[{name} could not be put under /mnt/data: {error.strerror}]", file=sys.stderr)
        before = snapshot(root)
        allow_cpu(request["cpu"])
        cells += 1
        limit = run(request["code"], namespace, main_pid, f"<cell {cells}>")
        try:
            images = finish_figures()
        except Exception:  # drawing a figure the code left broken
            traceback.print_exc()
            images = []
        files, left_out = changed_files(root, before, config["max_file_bytes"])
        sys.stdout.flush()
        sys.stderr.flush()
        os.write(2, request["token"].encode())
        answer = {"limit": limit, "images": len(images), "files": [name for name, _ in files], "left_out": left_out}
        write_frame(answers, json.dumps(answer).encode())
        for blob in [*images, *(data for _, data in files)]:
            write_frame(answers, blob)


def copy_font_list(directory: str | None) -> None:
    """matplotlib's font list, built by the server, into this session's config directory."""
    target = os.environ.get("MPLCONFIGDIR")
    if not directory or not target or not os.path.isdir(directory):
        return
    try:
        os.makedirs(target, exist_ok=True)
        for name in os.listdir(directory):
            if name.startswith("fontlist") and name.endswith(".json"):
                shutil.copyfile(os.path.join(directory, name), os.path.join(target, name))
    except OSError:
        return  # matplotlib builds its own


def main() -> None:
    config = json.loads(sys.argv[1])
    set_limits(config)
    # the answers keep the original stdout and the requests the original stdin, on descriptors the
    # code's child processes do not inherit; fd 0 reads nothing and fd 1 joins fd 2 (the logs)
    requests, answers = os.dup(0), os.dup(1)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.close(nothing)
    os.dup2(2, 1)
    for directory in config["site_dirs"]:
        site.addsitedir(directory)
    copy_font_list(config.get("fonts"))
    sys.meta_path.insert(0, BackendLoader())
    os.chdir(config["data_dir"])
    sys.argv = [""]
    serve(config, requests, answers)


if __name__ == "__main__":
    main()
