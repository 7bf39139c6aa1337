"""Pure work over many responses, shared with forked processes on a machine with cores to spare.

Tagging a thousand letters again (accepting a theme, re-tagging) is seconds of Python per
core, each response on its own: the parent keeps the first share and a forked child takes
each other one. A fork shares what the parent already read (the decoded tokens, the compiled
codebook) without copying or pickling it; only the results come back. A child does no I/O:
the archive's connection stays the parent's. Elsewhere than Linux, or for little work, it all
runs in this process.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Below this many items the fork costs more than it saves (a child starts in ~10 ms, and the
# results cross a pipe pickled).
LEAST = 200

_work: Callable[[int, int], list] | None = None


def _share(bounds: tuple[int, int]) -> list:
    assert _work is not None
    return _work(*bounds)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def chunked(work: Callable[[int, int], list[T]], n: int, *, least: int | None = None) -> list[T]:
    """``work(0, n)``, computed as ``work(a, b)`` over consecutive shares of ``range(n)``, one
    per core, and joined in order. `work` must be pure: a child's side effects are lost."""
    workers = min(cores(), max(1, n // max(1, LEAST if least is None else least)))
    if workers < 2 or not sys.platform.startswith("linux"):
        return work(0, n)
    import multiprocessing  # here: most commands that import this module never fork

    global _work
    _work = work
    bounds = [(n * i // workers, n * (i + 1) // workers) for i in range(workers)]
    pool = multiprocessing.get_context("fork").Pool(workers - 1, initializer=_plain_signals)
    try:
        later = pool.map_async(_share, bounds[1:])
        out = work(*bounds[0])
        for part in later.get():
            out.extend(part)
        pool.close()
        return out
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        _work = None


def _plain_signals() -> None:
    # The CLI turns SIGTERM into an interruption, for its own clean-up; a child has none to do
    # and is ended by the pool with SIGTERM when the parent gives up on it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which ends the pool
