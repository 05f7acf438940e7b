"""A real PostgreSQL for the tests: ``initdb`` and ``pg_ctl`` in a temporary directory, listening on
a free loopback port only, trust authentication for local connections, stopped at exit.

As root the cluster is made and run by the ``postgres`` user (PostgreSQL refuses to run as root).
Where no PostgreSQL can be found, ``cluster()`` skips the asking test, unless
``ASSISTANTS_REQUIRE_POSTGRES=1`` (set by ``.ci/run``): then it fails, so CI never passes by skipping.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

START_SECONDS = 60


def binaries() -> str | None:
    """The directory holding initdb and pg_ctl, or None."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return os.path.dirname(os.path.realpath(found))
    for directory in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(directory, "initdb"), os.X_OK):
            return directory
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """One running PostgreSQL; ``new_database()`` gives each caller a database of its own."""

    directory: str
    port: int
    bin_dir: str
    run_as: list[str]
    _names: itertools.count[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database and answer its URL."""
        import psycopg

        with self._lock:
            name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, os.path.join(self.bin_dir, "pg_ctl"), "-D", self.directory, "-m", "immediate", "stop"],
            capture_output=True,
            timeout=START_SECONDS,
        )
        shutil.rmtree(os.path.dirname(self.directory), ignore_errors=True)


def start(bin_dir: str) -> Cluster:
    """initdb and start a cluster in a new temporary directory (as ``postgres`` when root)."""
    root = tempfile.mkdtemp(prefix="assistants-pg-")
    data = os.path.join(root, "data")
    run_as: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        os.chmod(root, 0o700)
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *run_as,
            os.path.join(bin_dir, "initdb"),
            "-D",
            data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        ],
        check=True,
        capture_output=True,
        timeout=START_SECONDS,
    )
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    )
    subprocess.run(
        [
            *run_as,
            os.path.join(bin_dir, "pg_ctl"),
            "-D",
            data,
            "-o",
            options,
            "-l",
            os.path.join(root, "log"),
            "-w",
            "-t",
            str(START_SECONDS),
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=START_SECONDS + 10,
    )
    return Cluster(data, port, bin_dir, run_as)


_cluster: Cluster | None = None
_cluster_lock = threading.Lock()


def cluster() -> Cluster:
    """The test process's one cluster, started on first use; skips (or fails in CI) without PostgreSQL."""
    import pytest  # here, not at the top: the benchmarks start clusters without pytest

    global _cluster
    with _cluster_lock:
        if _cluster is None:
            bin_dir = binaries()
            if bin_dir is None:
                reason = "PostgreSQL is not installed here (no initdb/pg_ctl on the PATH or in /usr/lib/postgresql)"
                if os.environ.get("ASSISTANTS_REQUIRE_POSTGRES") == "1":
                    pytest.fail(reason + "; ASSISTANTS_REQUIRE_POSTGRES=1 forbids skipping", pytrace=False)
                pytest.skip(reason)
            pytest.importorskip("psycopg")
            _cluster = start(bin_dir)
            atexit.register(_cluster.stop)
        return _cluster


@contextlib.contextmanager
def fresh_pool(*, autocommit: bool = False, max_size: int = 8) -> Iterator[ConnectionPool[Any]]:
    """A connection pool on a new database of the test process's cluster; the database is
    dropped after."""
    from psycopg_pool import ConnectionPool

    url = cluster().new_database()
    kwargs = {"autocommit": True} if autocommit else {}
    try:
        with ConnectionPool(url, min_size=1, max_size=max_size, kwargs=kwargs, open=True) as pool:
            yield pool
    finally:
        cluster().drop_database(url)
