"""Work run in several threads at once, for tests of concurrent writers."""

from __future__ import annotations

import threading
from collections.abc import Callable


def run_together(work: Callable[[int], object], count: int, timeout: float = 60.0) -> list[BaseException]:
    """Run ``work(0)`` .. ``work(count - 1)`` each in a thread of its own, started together; the
    errors they raised (a thread still running after `timeout` seconds counts as one)."""
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def run(n: int) -> None:
        try:
            start.wait(timeout=timeout)
            work(n)
        except BaseException as error:  # reported to the caller
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)
    errors += [TimeoutError(f"{t.name} still running after {timeout} s") for t in threads if t.is_alive()]
    return errors
