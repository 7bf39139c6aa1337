"""Collect's reader workers, started before the Danish language layer is loaded.

Loading the layer (spaCy, lemmy) takes about a CPU second, and the workers should share one
copy of it (forked after it is loaded) instead of each loading its own. Loading it first
and starting the workers after kept every worker idle for that second: a tenth to a fifth
of collecting a hundred files. So the workers start at once and read files (extraction,
sender, dates: no language layer) while this process loads the layer in a thread; when a
file's text is to be analysed and the layer is there, `analysing` starts fresh workers
forked from this process, which share it, and the first ones stop after the files they
hold. The texts those first workers read without analysing go to the new ones as
`read.analyse_job`s, all that are back at once (`collect._Writer`), so every new worker
has some to do.

The readers of PDF and DOCX (and their libraries) are imported before the first workers
start, so no generation of workers imports them again. The thread only imports and loads the
layer; no worker is forked while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ..analysis.danish import load as load_language_layer
from ..extract import preload as preload_readers
from ..extract.sandbox import InProcess, JobResult, Supervisor

# Seconds between looks at the workers while the layer loads.
PUMP_SECONDS = 0.05


class Readers:
    """`extract.sandbox.Supervisor`'s interface, with the Danish layer loading beside it."""

    def __init__(self, workers: int, *, hard_seconds: float, memory_bytes: int | None):
        preload_readers()  # every worker needs them: imported once, here, before any is forked
        self.supervisor = Supervisor(workers, hard_seconds=hard_seconds, memory_bytes=memory_bytes)
        self._error: BaseException | None = None
        self._loader: threading.Thread | None = threading.Thread(
            target=self._load, name="hoering-danish-layer", daemon=True
        )
        self._loader.start()
        self.supervisor.before_start = self._loader.join

    def _load(self) -> None:
        try:
            load_language_layer()
        except BaseException as exc:  # noqa: BLE001 - raised in the collecting thread
            self._error = exc

    def submit_many(self, function: Callable, arguments: list, *, front: bool = False) -> list[int]:
        return self.supervisor.submit_many(function, arguments, front=front)

    def submit(self, function: Callable, argument: Any, *, front: bool = False) -> int:
        return self.supervisor.submit(function, argument, front=front)

    def result(self, ticket: int) -> JobResult:
        return self.supervisor.result(ticket)

    def peek(self, ticket: int) -> JobResult | None:
        return self.supervisor.peek(ticket)

    def analysing(self) -> None:
        """Once: wait until the layer is loaded (the workers read on meanwhile), then start
        the workers that share it."""
        if self._loader is None:
            return
        while self._loader.is_alive():
            self.supervisor.pump(PUMP_SECONDS)
        self._loader.join()
        self._loader = None
        self.supervisor.before_start = None
        if self._error is not None:
            raise self._error
        self.supervisor.refork()

    def close(self) -> None:
        self.supervisor.close()
        if self._loader is not None:
            self._loader.join()  # no import left half done when the process goes on or ends

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InProcessReaders(InProcess):
    """Every file read in this process (no isolation; for profiling): the layer loads when
    the first text is analysed."""

    def analysing(self) -> None:
        pass

    def peek(self, ticket: int) -> JobResult | None:
        return None  # a job runs when its result is asked for
