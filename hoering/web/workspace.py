"""The running workspace: one archive, who is acting, and the note built in the background.

The server runs request handlers in a thread pool, and a SQLite connection is one at a time:
every handler works inside `Workspace.use()`, which holds the archive's lock. The workspace is
for a secretariat's few people, so requests taking turns costs nothing that shows.

Building the note means building the export (its summaries), laying the publication rules over
every response and rendering it: seconds with a thousand responses, far too long for a page,
and CPU work that would hold the interpreter against every other page if it ran in a thread
here. So it runs in a worker process (`builder.NoteBuilder`), one build at a time; a thread
of this process only waits for it. The note is kept per consultation with the change marker of
the archive it was built from (`store.overview.changes`: anything written, by this server or
by a `hoering` command in another window, moves it) and shown only while the marker is
unchanged; the note page answers at once, with the note or saying it is being built.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Role, User
from ..store import Archive
from ..store import overview as overview_store
from ..store.audit import current_user
from .builder import BuiltNote, NoteBuilder

# How long the note page waits for a build before it says "being built": not at all (a build
# takes a second or more, and every page answers within 150 ms); the page then fetches itself
# again (`POLL_SECONDS`).
WAIT_FOR_BUILD = 0.0
POLL_SECONDS = 1


@dataclass
class NoteState:
    """What the note page can show now: the note (None while it is being built) and the error
    a build met (a Danish sentence), if any."""

    build: BuiltNote | None
    error: str | None = None


def _database(archive_dir: Path | str | None) -> str | None:
    """The PostgreSQL address the archive was opened with (None: SQLite), found as `Archive`
    finds it, for the worker process to open the same."""
    from ..store.archive import database_for, default_location

    return database_for(Path(archive_dir).expanduser() if archive_dir else default_location())


class Workspace:
    def __init__(self, archive_dir: Path | str | None, *, login: bool = False):
        self.archive = Archive(archive_dir)
        # True on a shared server: everyone signs in (`hoering.auth`); False on this computer
        # alone, where the operating system's user acts and may do everything.
        self.login = login
        self._lock = threading.RLock()
        self.builder = NoteBuilder(str(archive_dir) if archive_dir is not None else None, _database(archive_dir))
        self._notes: dict[str, tuple[tuple[int, int], BuiltNote]] = {}
        self._errors: dict[str, tuple[tuple[int, int], str]] = {}
        self._jobs: dict[str, threading.Thread] = {}
        self.builds_started = 0  # how many note builds this workspace has started
        self._notes_lock = threading.Lock()
        self._lines: dict[int, tuple[tuple[int, int], list]] = {}

    @contextlib.contextmanager
    def use(self) -> Iterator[Archive]:
        with self._lock:
            yield self.archive

    def marker(self) -> tuple[int, int]:
        with self._lock:
            return overview_store.changes(self.archive.db)

    def response_lines(self, consultation) -> list:
        """The responses table's rows of a consultation (`store.overview.response_lines`), kept
        until anything is written: reading and converting a thousand rows is most of the list
        page's time, and people filter and page through it many times between two changes.
        Call holding `use()`."""
        marker = overview_store.changes(self.archive.db)
        kept = self._lines.get(consultation.id)
        if kept is None or kept[0] != marker:
            kept = (marker, overview_store.response_lines(self.archive.db, consultation.id))
            self._lines[consultation.id] = kept
        return kept[1]

    def keep_lines(self, before: tuple[int, int]) -> None:
        """After a write of this server's that changes no row of the responses table (a
        Vurdering, a reviewed mark, an exclusion, remarks, an approval: decisions the pages read
        apart, `review.state`): the rows kept at `before` are still the archive's. Only when no
        other connection has committed since `before` (SQLite's data_version unchanged), so a
        `hoering` command in another window is never hidden. Call holding `use()`."""
        after = overview_store.changes(self.archive.db)
        if after[0] != before[0]:
            return
        for consultation_id, (marker, lines) in list(self._lines.items()):
            if marker == before:
                self._lines[consultation_id] = (after, lines)

    def refresh_line(self, before: tuple[int, int], consultation_id: int, number: int) -> None:
        """After a write of this server's that changed response `number`'s row only (a theme's
        tag or stance): that one row read again into the kept ones, on the same condition as
        `keep_lines`. Call holding `use()`."""
        after = overview_store.changes(self.archive.db)
        kept = self._lines.get(consultation_id)
        if after[0] != before[0] or kept is None or kept[0] != before:
            return
        line = overview_store.response_line(self.archive.db, consultation_id, number)
        lines = [line if old.number == number else old for old in kept[1]] if line is not None else kept[1]
        self._lines[consultation_id] = (after, lines)

    def local_user(self) -> User:
        """Without login: the operating system's user; it is their archive on their computer."""
        return User(current_user(), Role.APPROVER)

    # --- the note ---------------------------------------------------------------------------

    def note(self, slug: str, *, wait: float = WAIT_FOR_BUILD) -> NoteState:
        """The note of `slug` for the archive as it is now. When it is not there, starts its
        build (unless one is running: a build is never started twice; a build that turns out
        stale is followed by a new one on the next look) and waits up to `wait` seconds."""
        marker = self.marker()
        with self._notes_lock:
            state = self._state(slug, marker)
            if state is not None:
                return state
            job = self._jobs.get(slug)
            if job is None or not job.is_alive():
                job = threading.Thread(target=self._build, args=(slug, marker), daemon=True)
                self._jobs[slug] = job
                self.builds_started += 1
                job.start()
        if wait > 0:
            job.join(wait)
        marker = self.marker()
        with self._notes_lock:
            return self._state(slug, marker) or NoteState(None)

    def _state(self, slug: str, marker: tuple[int, int]) -> NoteState | None:
        """The kept note or error of `slug` when made from the archive at `marker`; call
        holding `_notes_lock`."""
        kept = self._notes.get(slug)
        if kept is not None and kept[0] == marker:
            return NoteState(kept[1])
        failed = self._errors.get(slug)
        if failed is not None and failed[0] == marker:
            return NoteState(None, failed[1])
        return None

    def _build(self, slug: str, marker: tuple[int, int]) -> None:
        """In a thread that only waits: the build runs in the worker process."""
        from ..errors import danish

        try:
            outcome = self.builder.build(slug)
            if outcome.wrote and outcome.consistent:
                # The build stored what it computed, which moved the marker. When nobody else
                # has written since the build began, the note is the archive as it now is.
                after = self.marker()
                if self.builder.unchanged_since(outcome.version):
                    marker = after
        except Exception as exc:  # the worker died or could not start: said on the page
            with self._notes_lock:
                self._errors[slug] = (marker, danish(exc))
            return
        with self._notes_lock:
            if outcome.note is not None:
                self._notes[slug] = (marker, outcome.note)
            else:
                self._errors[slug] = (marker, outcome.error or "")

    def close(self) -> None:
        self.builder.close()
        with self._lock:
            self.archive.close()
