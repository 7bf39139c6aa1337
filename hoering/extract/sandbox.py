"""A hard time cap for reading files: long-lived worker processes that are killed on overrun.

`Deadline` is cooperative: readers check it between pages, but a single call into pdfium,
lxml or a regular expression that never returns cannot be interrupted from inside. So
collect reads files in worker processes supervised by the parent:

    supervisor = Supervisor(workers=2, hard_seconds=75)
    ticket = supervisor.submit(function, argument)     # function must be importable
    result = supervisor.result(ticket)                 # JobResult: value, or timed_out/crashed

- Workers are started once per collect and live for all its files (starting a process per
  file would cost more than reading most files). Each takes one job at a time and has at
  most `PREFETCH` jobs queued, so a worker is never idle while the parent writes to the
  archive.
- A worker reports the moment it starts a job. When a job has run `hard_seconds`, the parent
  kills the worker's whole process group (SIGTERM, which lets a worker stop the LibreOffice
  it started, then SIGKILL), records the job as timed out, puts the jobs queued behind it
  back in the queue and starts a fresh worker. A worker that dies (a segfault in a reader
  library, the kernel's OOM killer) is recorded the same way as crashed.
- On Linux each worker may add at most `memory_bytes` to its address space (RLIMIT_AS), so
  a decompression bomb gets a MemoryError in the worker instead of swapping the machine.
- The parent only ever blocks in `result()`, and checks the deadlines there; results come
  back in any order and are kept until asked for. `submit(..., front=True)` puts jobs ahead
  of the queue (collect uses it for the attachments of an e-mail it is writing).

Workers are forked on Linux, whatever the interpreter's default start method (a process
spawned by multiprocessing inherits "spawn", and Python 3.14 defaults to "forkserver"):
forked, they share what the parent loaded before starting them, such as the Danish
language layer, instead of each importing and loading it again. Elsewhere (macOS, Windows)
the platform's default is used. Functions and arguments must be picklable, and `function`
must never raise for an ordinary bad file - it returns its own error value; an exception is
reported as `JobResult.error` (a string).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

PREFETCH = 3  # jobs a worker holds: the one it runs and the next ones
TERM_GRACE = 1.0  # seconds between SIGTERM and SIGKILL


@dataclass
class JobResult:
    value: Any = None
    error: str | None = None  # the job raised: "ExceptionType: message"
    timed_out: bool = False
    crashed: str | None = None  # the worker died: how (exit code or signal)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.timed_out and self.crashed is None


class _Worker:
    def __init__(self, context, memory_bytes: int | None, siblings: list[Connection]):
        parent, child = context.Pipe(duplex=True)
        self.conn: Connection = parent
        # A forked worker inherits the parent's end of its own pipe and of its siblings'
        # pipes; it closes them, so that every worker sees EOF when the parent dies.
        inherited = []
        if context.get_start_method() == "fork":
            inherited = [parent.fileno(), *(c.fileno() for c in siblings if not c.closed)]
        self.process = context.Process(
            target=_worker_main,
            args=(child, memory_bytes, inherited),
            daemon=True,
            name="hoering-reader",
        )
        self.process.start()
        child.close()
        self.assigned: deque[int] = deque()
        self.running: tuple[int, float] | None = None  # (ticket, started, worker's clock)
        self.retiring = False  # told to stop after the jobs it holds (`Supervisor.refork`)


class Supervisor:
    def __init__(
        self,
        workers: int = 1,
        *,
        hard_seconds: float,
        memory_bytes: int | None = None,
        context=None,
    ):
        self.hard_seconds = float(hard_seconds)
        self.memory_bytes = memory_bytes
        self._context = context or _default_context()
        self._tickets = itertools.count(1)
        self._jobs: dict[int, tuple[Callable, Any]] = {}
        self._pending: deque[int] = deque()
        self._results: dict[int, JobResult] = {}
        self._workers: list[_Worker] = []
        # Called before a worker is started (a replacement, `refork`): forking while another
        # thread of this process is halfway through something would copy it half done.
        self.before_start: Callable[[], None] | None = None
        for _ in range(max(1, int(workers))):
            self._workers.append(self._start())
        self.restarts = 0

    # --- public ----------------------------------------------------------------------

    def submit(self, function: Callable, argument: Any, *, front: bool = False) -> int:
        return self.submit_many(function, [argument], front=front)[0]

    def submit_many(self, function: Callable, arguments: list, *, front: bool = False) -> list[int]:
        tickets = [next(self._tickets) for _ in arguments]
        for ticket, argument in zip(tickets, arguments, strict=True):
            self._jobs[ticket] = (function, argument)
        if front:
            self._pending.extendleft(reversed(tickets))
        else:
            self._pending.extend(tickets)
        self._dispatch()
        return tickets

    def result(self, ticket: int) -> JobResult:
        """Wait for one job (driving the others meanwhile) and return its result."""
        while ticket not in self._results:
            if ticket not in self._jobs:
                raise KeyError(f"unknown or already collected job {ticket}")
            self._dispatch()
            self._poll()
        # Before the caller goes off to write this result, collect what is ready and hand
        # out the next jobs, so no worker sits idle (or blocked sending) meanwhile.
        for worker in self._workers:
            if worker.process.is_alive() and worker.conn.poll():
                self._drain(worker)
        self._dispatch()
        return self._results.pop(ticket)

    def peek(self, ticket: int) -> JobResult | None:
        """A job's result if it is back, left for `result`."""
        return self._results.get(ticket)

    def pump(self, timeout: float) -> None:
        """Drive the workers for up to `timeout` seconds without waiting for any one job:
        hand out jobs, take in results (kept for `result`), check the deadlines."""
        self._dispatch()
        self._poll(timeout)
        self._dispatch()

    def refork(self) -> None:
        """Start fresh workers from this process as it is now (forked, they share what it has
        loaded since the first were started); the first finish the jobs they hold and stop.

        Collect starts its readers before it loads the Danish language layer, so they read
        files meanwhile, and starts readers that share the loaded layer once it is there.
        """
        old = [w for w in self._workers if not w.retiring]
        for worker in old:
            worker.retiring = True
            try:
                worker.conn.send(None)  # after the jobs already in its pipe
            except (OSError, ValueError):
                pass
        self._workers.extend(self._start() for _ in old)  # jobs go out at the next submit or result

    def close(self) -> None:
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        end = time.monotonic() + 2.0
        for worker in self._workers:
            worker.process.join(max(0.0, end - time.monotonic()))
            if worker.process.is_alive():
                self._kill(worker)
            worker.conn.close()
        self._workers = []

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the loop ----------------------------------------------------------------------

    def _start(self) -> _Worker:
        if self.before_start is not None:
            self.before_start()
        return _Worker(self._context, self.memory_bytes, [w.conn for w in self._workers])

    def _dispatch(self) -> None:
        for worker in self._workers:
            while not worker.retiring and self._pending and len(worker.assigned) < PREFETCH:
                ticket = self._pending.popleft()
                function, argument = self._jobs[ticket]
                try:
                    worker.conn.send((ticket, function, argument))
                except (OSError, ValueError):  # the worker is gone; _poll replaces it
                    self._pending.appendleft(ticket)
                    break
                worker.assigned.append(ticket)

    def _poll(self, timeout: float = 1.0) -> None:
        now = time.monotonic()
        deadlines = [
            w.running[1] + self.hard_seconds for w in self._workers if w.running is not None
        ]
        timeout = max(0.0, min([*deadlines, now + timeout]) - now)
        handles = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
        ready = set(wait(handles, timeout=timeout))
        for worker in list(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._drain(worker)
                if worker.process.sentinel in ready or not worker.process.is_alive():
                    if worker.retiring and not worker.assigned:
                        self._retired(worker)
                    else:
                        self._replace(worker, crashed=_how(worker.process))
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.running is not None and now - worker.running[1] > self.hard_seconds:
                self._drain(worker)  # it may have finished just now
                if worker.running is not None and now - worker.running[1] > self.hard_seconds:
                    self._replace(worker, timed_out=True)

    def _drain(self, worker: _Worker) -> None:
        """Read every message waiting from a worker (none more once it has died)."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "start":
                    worker.running = (message[1], message[2])
                else:
                    _, ticket, ok, value = message
                    started = worker.running[1] if worker.running else time.monotonic()
                    seconds = time.monotonic() - started
                    if ok:
                        self._finish(ticket, JobResult(value=value, seconds=seconds))
                    else:
                        self._finish(ticket, JobResult(error=value, seconds=seconds))
                    if worker.assigned and worker.assigned[0] == ticket:
                        worker.assigned.popleft()
                    else:
                        worker.assigned.remove(ticket)
                    worker.running = None
        except (EOFError, OSError):
            pass

    def _retired(self, worker: _Worker) -> None:
        """A retiring worker that finished its jobs and stopped."""
        worker.process.join(0.5)
        worker.conn.close()
        self._workers.remove(worker)

    def _replace(self, worker: _Worker, *, timed_out=False, crashed=None) -> None:
        self._kill(worker)
        running = worker.running[0] if worker.running else None
        if running is None and worker.assigned and crashed:
            running = worker.assigned[0]  # died before it could say it started
        if running is not None:
            started = worker.running[1] if worker.running else time.monotonic()
            self._finish(
                running,
                JobResult(
                    timed_out=timed_out,
                    crashed=None if timed_out else (crashed or "ukendt"),
                    seconds=time.monotonic() - started,
                ),
            )
        requeue = [t for t in worker.assigned if t != running]
        self._pending.extendleft(reversed(requeue))
        worker.conn.close()
        self.restarts += 1
        if worker.retiring:  # its successor is already running
            self._workers.remove(worker)
        else:
            self._workers[self._workers.index(worker)] = self._start()

    def _finish(self, ticket: int, result: JobResult) -> None:
        self._jobs.pop(ticket, None)
        self._results[ticket] = result

    @staticmethod
    def _kill(worker: _Worker) -> None:
        process = worker.process
        if process.is_alive():
            _signal_group(process, signal.SIGTERM if os.name == "posix" else None)
            process.join(TERM_GRACE)
        if process.is_alive():
            _signal_group(process, signal.SIGKILL if os.name == "posix" else None)
            process.join(5.0)
        elif os.name == "posix":
            _signal_group(process, signal.SIGKILL)  # children left in its group (tesseract)


def _default_context():
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _signal_group(process, signum) -> None:
    try:
        if signum is None:
            process.kill()
        else:
            os.killpg(process.pid, signum)
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _how(process) -> str:
    process.join(0.5)
    code = process.exitcode
    if code is None:
        return "ukendt"
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"slutkode {code}"


# --- the worker ----------------------------------------------------------------------------


def _worker_main(conn: Connection, memory_bytes: int | None, inherited: list[int]) -> None:
    for fd in inherited:
        try:
            os.close(fd)
        except OSError:
            pass
    import faulthandler

    faulthandler.disable()  # a reader that crashes is reported by the parent, not dumped here
    if os.name == "posix":
        os.setpgrp()  # its own process group: killed together with what it starts
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        signal.signal(signal.SIGTERM, _terminate)
        if memory_bytes:
            _limit_memory(int(memory_bytes))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        ticket, function, argument = job
        try:
            conn.send(("start", ticket, time.monotonic()))
            try:
                message = ("done", ticket, True, function(argument))
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                message = ("done", ticket, False, f"{type(exc).__name__}: {exc}")
            try:
                conn.send(message)
            except (pickle.PicklingError, TypeError, AttributeError, ValueError) as exc:
                conn.send(("done", ticket, False, f"{type(exc).__name__}: {exc}"))
        except (BrokenPipeError, EOFError, OSError):
            return  # the parent is gone


def _terminate(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _limit_memory(extra: int) -> None:
    """RLIMIT_AS = what the worker uses now + `extra` (Linux; elsewhere a no-op)."""
    try:
        import resource

        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = current + extra
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass


class InProcess:
    """The Supervisor's interface, running each job in this process when its result is asked
    for: no isolation and no hard time cap (for profiling and debugging)."""

    def __init__(self):
        self._jobs: dict[int, tuple[Callable, Any]] = {}
        self._tickets = itertools.count(1)

    def submit_many(self, function: Callable, arguments: list, *, front: bool = False) -> list[int]:
        tickets = [next(self._tickets) for _ in arguments]
        self._jobs.update(zip(tickets, ((function, a) for a in arguments), strict=True))
        return tickets

    def submit(self, function: Callable, argument: Any, *, front: bool = False) -> int:
        return self.submit_many(function, [argument], front=front)[0]

    def result(self, ticket: int) -> JobResult:
        function, argument = self._jobs.pop(ticket)
        start = time.monotonic()
        try:
            return JobResult(value=function(argument), seconds=time.monotonic() - start)
        except Exception as exc:  # noqa: BLE001 - reported like a worker's error
            return JobResult(error=f"{type(exc).__name__}: {exc}")

    def close(self) -> None:
        self._jobs.clear()

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
