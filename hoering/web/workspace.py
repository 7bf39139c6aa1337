"""The running workspace: one archive, who is acting, and the cached note.

The server runs request handlers in a thread pool, and a SQLite connection is one at a time:
every handler works inside `Workspace.use()`, which holds the archive's lock. The workspace is
for a secretariat's few people, so requests taking turns costs nothing that shows.

Building the note means building the export (its summaries) and laying the publication rules
over every response: seconds with a thousand responses. The note page and the downloads share
one `NoteBuild` per consultation, kept until anything is written to the archive (by this
server or by a `hoering` command in another window: `store.overview.changes`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Role, User
from ..store import Archive
from ..store import overview as overview_store
from ..store.audit import current_user


@dataclass
class NoteBuild:
    """One consultation's export and public note, and what the checklist needs."""

    marker: tuple[int, int]
    export: Any
    note: Any
    html: str
    report: Any
    extra: dict[str, Any] = field(default_factory=dict)


class Workspace:
    def __init__(self, archive_dir: Path | str | None, *, login: bool = False):
        self.archive = Archive(archive_dir)
        # True on a shared server: everyone signs in (`hoering.auth`); False on this computer
        # alone, where the operating system's user acts and may do everything.
        self.login = login
        self._lock = threading.RLock()
        self._notes: dict[str, NoteBuild] = {}

    @contextlib.contextmanager
    def use(self) -> Iterator[Archive]:
        with self._lock:
            yield self.archive

    def marker(self) -> tuple[int, int]:
        return overview_store.changes(self.archive.db)

    def cached_note(self, slug: str) -> NoteBuild | None:
        build = self._notes.get(slug)
        return build if build is not None and build.marker == self.marker() else None

    def keep_note(self, slug: str, build: NoteBuild) -> None:
        self._notes[slug] = build

    def local_user(self) -> User:
        """Without login: the operating system's user; it is their archive on their computer."""
        return User(current_user(), Role.APPROVER)

    def close(self) -> None:
        with self._lock:
            self.archive.close()
