"""The local server's app under hypercorn, which speaks HTTP/2 (uvicorn does not): the HTTP/2 probe.

`python -m benchmarks.h2server [--certfile C --keyfile K]` binds 127.0.0.1 on a free port and
prints its base URL, like the local server's CLI. Without a certificate it serves HTTP/1.1 and
HTTP/2 with prior knowledge (h2c) on plain TCP; with one, TLS with ALPN (h2, http/1.1). The
certificate is made at run time by `trustme` (see `benchmarks.run`), never stored.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .harness import SERVER_MODULE, ServerProcess


def local_app() -> Any:
    """The same ASGI app the local server's CLI serves, with its defaults (`Server.api`)."""
    return importlib.import_module(SERVER_MODULE).Server().api


@contextlib.contextmanager
def hypercorn_server(tls: bool) -> Iterator[tuple[ServerProcess, str | None]]:
    """The app under hypercorn in a subprocess, and the CA file to trust when `tls`."""
    command = [sys.executable, "-m", "benchmarks.h2server"]
    with tempfile.TemporaryDirectory(prefix="bench-h2-") as folder:
        cafile = None
        if tls:
            import trustme

            ca = trustme.CA()
            cert = ca.issue_cert("127.0.0.1")
            paths = {name: str(Path(folder) / f"{name}.pem") for name in ("ca", "cert", "key")}
            ca.cert_pem.write_to_path(paths["ca"])
            cert.cert_chain_pems[0].write_to_path(paths["cert"])
            cert.private_key_pem.write_to_path(paths["key"])
            command += ["--certfile", paths["cert"], "--keyfile", paths["key"]]
            cafile = paths["ca"]
        with ServerProcess(command=command) as server:
            yield server, cafile


def main() -> None:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--certfile")
    parser.add_argument("--keyfile")
    args = parser.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    config = Config()
    config.bind = [f"fd://{sock.fileno()}"]
    config.accesslog = None
    config.loglevel = "WARNING"
    config.keep_alive_timeout = 60
    scheme = "http"
    if args.certfile:
        config.certfile, config.keyfile, scheme = args.certfile, args.keyfile, "https"
    print(f"{scheme}://127.0.0.1:{sock.getsockname()[1]}/v1", flush=True)
    asyncio.run(serve(local_app(), config))


if __name__ == "__main__":
    main()
