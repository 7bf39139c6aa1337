"""The note built in a process of its own, so the workspace's pages answer while it is made.

Building a note is seconds of CPU in Python (the export, its summaries, the publication
rules, rendering). In a thread of the server it held the interpreter's lock against every page
(pages waited hundreds of milliseconds, the note page seconds), so it runs in one worker
process (`NoteBuilder`, a single-worker `ProcessPoolExecutor` started with "spawn": no fork of
a threaded server holding a database connection). The worker keeps one connection per
archive between jobs, and the last export it built, for the downloads.

What comes back is small (`BuiltNote`: the public note's HTML and the facts the note page
shows), never the export, so taking it in costs the server nothing that shows.

Which state of the archive a note shows: the workspace tags a build with its connection's
change marker read before the build (`store.overview.changes`). But the build itself may
write (the summaries and redaction readings it computed are stored), which moves that marker. The worker reads its
own connection's `data_version` (which moves only when *another* connection commits) when it
starts and again later (`unchanged_since`): unchanged means nobody but the builder wrote, and
the workspace may tag the note with the marker read after the build. Errors come back as
their Danish sentence (a library error's own class may not survive pickling).
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# --- in the worker process ------------------------------------------------------------------

_archives: dict[str | None, Any] = {}  # location → store.Archive, kept between jobs
_exports: dict[tuple[str | None, str], tuple[int, Any]] = {}  # (location, slug) → (data_version, export)


@dataclass(frozen=True)
class BuiltNote:
    """What the note page needs of a built note."""

    html: str  # the public note as published
    approved: bool  # approved, and the approval's fingerprint is this export's
    approval: Any  # model.Approval or None
    doubtful: int  # redactions the rules were unsure of, not reviewed
    redactions: int  # everything the public note leaves out


@dataclass(frozen=True)
class Outcome:
    note: BuiltNote | None
    error: str | None  # a Danish sentence
    version: int | None  # the worker's data_version when the build started
    consistent: bool  # nobody else committed while it was built
    wrote: bool  # the build itself wrote (stored summaries)


def _open(location: str | None, database: str | None):
    from ..store import Archive

    archive = _archives.get(location)
    if archive is None:  # the archive the server opened: its folder, or its database
        archive = Archive(location, database=database)
        _archives[location] = archive
    return archive


def _version(archive) -> int | None:
    """SQLite's `data_version` of the worker's connection; None where there is none
    (PostgreSQL): then no build is taken as untouched by others."""
    from ..store.overview import data_version

    return data_version(archive.db)


def _changes(archive) -> int | None:
    return getattr(archive.db, "total_changes", None)


def build(location: str | None, database: str | None, slug: str) -> Outcome:
    from .. import publication
    from ..errors import HoeringError, danish
    from ..export import export_consultation
    from ..note import build_note, render_html
    from ..readings import keep_readings

    archive = _open(location, database)
    version, changes = _version(archive), _changes(archive)
    try:
        export = export_consultation(archive, slug)
        before = len(export.readings)
        note = build_note(export, internal=False)
        # What redaction read is kept like the summaries, so the next build after a
        # change reads only new texts with the language layer. The worker's own write
        # does not move its data_version, so it never makes the note look stale.
        keep_readings(archive, export, before=before)
        report = publication.report_for(archive, slug, export, note.redactions)
        built = BuiltNote(render_html(note), report.approved, report.approval, report.doubtful, len(report.lines))
        error = None
    except HoeringError as exc:
        built, error = None, exc.message_da()
    except Exception as exc:  # shown on the page; the workspace goes on
        built, error = None, danish(exc)
    consistent = version is not None and _version(archive) == version
    wrote = changes is None or _changes(archive) != changes
    if built is not None and consistent:
        _exports[(location, slug)] = (version, export)
    return Outcome(built, error, version, consistent, wrote)


def unchanged_since(location: str | None, database: str | None, version: int) -> bool:
    """True when no other connection has committed since the worker read `version`."""
    now = _version(_open(location, database))
    return now is not None and now == version


def download(location: str | None, database: str | None, slug: str, internal: bool, fmt: str, folder: str) -> tuple[str | None, str | None]:
    """The note (docx, html, md) or spreadsheet (xlsx) written into `folder`: (path, None), or
    (None, the Danish reason). The export of the last build is used while nobody has written
    since it was made."""
    from ..errors import HoeringError, danish
    from ..export import export_consultation
    from ..note import render_note, write_xlsx

    archive = _open(location, database)
    try:
        kept = _exports.get((location, slug))
        version = _version(archive)
        if kept is not None and version is not None and kept[0] == version:
            export = kept[1]
        else:
            export = export_consultation(archive, slug)
            if version is not None and _version(archive) == version:
                _exports[(location, slug)] = (version, export)
        out = Path(folder) / f"notat.{fmt}"
        path = write_xlsx(export, out, internal=internal) if fmt == "xlsx" else render_note(export, out, internal=internal)
        return str(path), None
    except HoeringError as exc:
        return None, exc.message_da()
    except Exception as exc:
        return None, danish(exc)


def _warm() -> None:
    """Imports the building code in the worker while nobody waits for a note."""
    from .. import export, note, publication  # noqa: F401


# --- in the server --------------------------------------------------------------------------


def _background() -> None:
    """The worker gives way to the server: on a busy machine the pages come first."""
    import os

    if hasattr(os, "nice"):
        os.nice(10)


def _pool() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_background)


class NoteBuilder:
    """The worker process: started on first use, one job at a time, stopped with the server."""

    def __init__(self, location: str | None, database: str | None = None):
        self.location, self.database = location, database
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _submit(self, fn, *args) -> Future:
        with self._lock:
            if self._pool is None:
                self._pool = _pool()
            try:
                return self._pool.submit(fn, self.location, self.database, *args)
            except BrokenProcessPool:  # the worker died (killed, out of memory): a new one
                self._pool = _pool()
                return self._pool.submit(fn, self.location, self.database, *args)

    def start(self) -> None:
        with self._lock:
            if self._pool is None:
                self._pool = _pool()
                self._pool.submit(_warm)

    def build(self, slug: str) -> Outcome:
        return self._submit(build, slug).result()

    def unchanged_since(self, version: int) -> bool:
        return self._submit(unchanged_since, version).result()

    def download(self, slug: str, *, internal: bool, fmt: str, folder: Path) -> tuple[str | None, str | None]:
        return self._submit(download, slug, internal, fmt, str(folder)).result()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is None:
            return
        # A build still running is of no use any more: its process is stopped, not waited
        # for (`terminate_workers` from Python 3.14; before it, the pool's own list).
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
