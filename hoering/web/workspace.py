"""The running workspace: one archive, who is acting, and the note built in the background.

The server runs request handlers in a thread pool, and a SQLite connection is one at a time:
every handler works inside `Workspace.use()`, which holds the archive's lock. The workspace is
for a secretariat's few people, so requests taking turns costs nothing that shows.

Building the note means building the export (its summaries) and laying the publication rules
over every response: measured at about 10 s for 300 responses and 30 s for 1,000 (bench/
workspace.py), far too long for a page. So the note is built in a thread of its own, on its
own read connection (WAL: it reads while the pages go on), and kept per consultation until
anything is written to the archive, by this server or by a `hoering` command in another
window (`store.overview.changes`). The note page answers at once: with the note when it is
built for the archive as it is, else saying that it is being built (and looks again).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Role, User
from ..store import Archive
from ..store import overview as overview_store
from ..store.audit import current_user

# How long a note page waits for a build it started before it says "being built": a small
# consultation's note (the sample: about 1.5 s) is then there on the first view.
WAIT_FOR_BUILD = 3.0


@dataclass
class NoteBuild:
    """One consultation's export and public note as the archive stood at `marker`."""

    marker: tuple[int, int]
    export: Any  # export.ConsultationExport
    note: Any  # note.Note (public)
    html: str
    report: Any  # publication.RedactionReport


@dataclass
class NoteState:
    """What the note page can show now: the build (None while it is being made) and the error
    a build met (a Danish sentence), if any."""

    build: NoteBuild | None
    error: str | None = None


class Workspace:
    def __init__(self, archive_dir: Path | str | None, *, login: bool = False):
        self.archive = Archive(archive_dir)
        # True on a shared server: everyone signs in (`hoering.auth`); False on this computer
        # alone, where the operating system's user acts and may do everything.
        self.login = login
        self._lock = threading.RLock()
        self._notes: dict[str, NoteBuild] = {}
        self._building: dict[str, tuple[tuple[int, int], threading.Thread]] = {}
        self._errors: dict[str, tuple[tuple[int, int], str]] = {}
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

    def local_user(self) -> User:
        """Without login: the operating system's user; it is their archive on their computer."""
        return User(current_user(), Role.APPROVER)

    # --- the note ---------------------------------------------------------------------------

    def note(self, slug: str, *, wait: float = WAIT_FOR_BUILD) -> NoteState:
        """The note of `slug` for the archive as it is now; starts building it when it is not
        there, and waits up to `wait` seconds for that."""
        marker = self.marker()
        with self._notes_lock:
            build = self._notes.get(slug)
            if build is not None and build.marker == marker:
                return NoteState(build)
            failed = self._errors.get(slug)
            if failed is not None and failed[0] == marker:
                return NoteState(None, failed[1])
            running = self._building.get(slug)
            if running is None or running[0] != marker:
                thread = threading.Thread(target=self._build, args=(slug, marker), daemon=True)
                self._building[slug] = (marker, thread)
                thread.start()
                running = self._building[slug]
        running[1].join(wait)
        with self._notes_lock:
            build = self._notes.get(slug)
            failed = self._errors.get(slug)
        if build is not None and build.marker == marker:
            return NoteState(build)
        if failed is not None and failed[0] == marker:
            return NoteState(None, failed[1])
        return NoteState(None)

    def note_now(self, slug: str) -> NoteBuild:
        """The note, waiting for it however long it takes (a download); raises what the build met."""
        from ..errors import NoteBuildFailed

        while True:
            state = self.note(slug, wait=60)
            if state.build is not None:
                return state.build
            if state.error is not None:
                raise NoteBuildFailed(slug, state.error)

    def _build(self, slug: str, marker: tuple[int, int]) -> None:
        from .. import publication
        from ..errors import HoeringError, danish
        from ..export import export_consultation
        from ..note import build_note, render_html

        try:
            with Archive(self.archive.directory) as reader:
                export = export_consultation(reader, slug)
                note = build_note(export, internal=False)
                report = publication.report_for(reader, slug, export, note.redactions)
                build = NoteBuild(marker, export, note, render_html(note), report)
        except HoeringError as exc:
            with self._notes_lock:
                self._errors[slug] = (marker, exc.message_da())
            return
        except Exception as exc:  # shown on the page; the server goes on
            with self._notes_lock:
                self._errors[slug] = (marker, danish(exc))
            return
        with self._notes_lock:
            self._notes[slug] = build

    def close(self) -> None:
        with self._lock:
            self.archive.close()

