"""The whole suite on PostgreSQL: every archive a test opens is a fresh database.

`HOERING_TEST_DATABASE=postgresql://user@host:port/postgres` names a server where the user
may create databases. The session migrates one template database; every archive directory
a test opens (its `archive_dir`, or any other) gets its own database, copied from the
template (`CREATE DATABASE … TEMPLATE`, milliseconds), and `HOERING_DATABASE` points at the
test's own one, so the real CLI in a subprocess opens it too. A directory copied with its
files (a module's archive copied for a test that changes it) is a copy of its database:
the directory holds a marker naming its database. Databases are dropped at the end.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from pathlib import Path

MARKER = ".test-database"
_counter = itertools.count()


def server_url() -> str | None:
    return os.environ.get("HOERING_TEST_DATABASE") or None


def url_of(base: str, name: str) -> str:
    """`base` with its database name replaced by `name`."""
    m = re.match(r"^(postgres(?:ql)?://[^/]*)(/[^?]*)?(\?.*)?$", base)
    if not m:
        raise ValueError(f"not a PostgreSQL URL: {base}")
    return f"{m.group(1)}/{name}{m.group(3) or ''}"


class Databases:
    """Creates and drops the test databases on one server."""

    def __init__(self, base: str):
        import psycopg

        self.base = base
        self.admin = psycopg.connect(base, autocommit=True, connect_timeout=10)
        self.prefix = f"hoering_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.by_dir: dict[Path, str] = {}
        self.created: list[str] = []

    def make_template(self) -> None:
        from hoering.store import Archive

        self._create(self.template, "template0")
        with Archive(database=url_of(self.base, self.template)):
            pass

    def _create(self, name: str, template: str) -> None:
        self._disconnect(template)
        self.admin.execute(
            f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\' '
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' STRATEGY FILE_COPY"
        )
        self.created.append(name)

    def _disconnect(self, name: str) -> None:
        # A template must have no connections; an earlier test's archive left open may.
        self.admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )

    def new(self, template: str | None = None) -> str:
        name = f"{self.prefix}_{next(_counter)}"
        self._create(name, template or self.template)
        return name

    def for_directory(self, directory: Path) -> str:
        """The database of an archive directory: made on first use; a copy of the one its
        marker names when the directory was copied from another archive's (then a database
        reserved for it before is made again, under its name, as that copy)."""
        directory = Path(directory).resolve()
        name = self.by_dir.get(directory)
        marker = directory / MARKER
        copied = marker.read_text().strip() if marker.is_file() else None
        if copied and copied != name and copied in self.created:
            if name is None:
                name = self.new(copied)
            else:
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                self.created.remove(name)
                self._create(name, copied)
        elif name is None:
            name = self.new()
        self.by_dir[directory] = name
        with contextlib.suppress(OSError):
            directory.mkdir(parents=True, exist_ok=True)
            marker.write_text(name)
        return url_of(self.base, name)

    def reserve(self, directory: Path) -> str:
        """A database for an archive directory a test will make (or copy) later: the real CLI
        in a subprocess needs its URL now. The directory itself is left alone."""
        directory = Path(directory).resolve()
        if directory not in self.by_dir:
            self.by_dir[directory] = self.new()
        return url_of(self.base, self.by_dir[directory])

    def drop(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)
        for directory, n in list(self.by_dir.items()):
            if n == name:
                del self.by_dir[directory]

    def close(self) -> None:
        for name in list(self.created):
            self.drop(name)
        self.admin.close()


def integrity_ok(archive) -> bool:
    """SQLite's integrity check of the archive file; a PostgreSQL server checks its own pages."""
    if archive.backend != "sqlite":
        return True
    return archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextlib.contextmanager
def raw_db(directory: Path):
    """The archive's own connection, each statement committed at once: on SQLite as
    `sqlite3.connect(directory / "archive.sqlite")` was, on PostgreSQL its database."""
    from hoering.store import Archive

    with Archive(directory) as archive:
        yield archive.db


# The session's databases while the suite runs on PostgreSQL (set by conftest), else None.
ACTIVE: Databases | None = None


def env_for(directory: Path) -> dict[str, str]:
    """The environment for the real CLI in a subprocess on the archive in `directory`:
    HOERING_ARCHIVE, and on PostgreSQL the directory's database."""
    env = {**os.environ, "HOERING_ARCHIVE": str(directory)}
    if ACTIVE is not None:
        env["HOERING_DATABASE"] = ACTIVE.for_directory(directory)
    return env
