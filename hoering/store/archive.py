"""The archive: one database plus the store of original files (`store.blobs`).

The database is SQLite (the default: one user, a file in a directory) or PostgreSQL (a
shared archive: `--database URL` or `HOERING_DATABASE`). Both run the same SQL and the
same migrations: the differences are translated in one place (`store.dialect`, `store.pg`).

SQLite location precedence: the `--archive DIR` flag, then `HOERING_ARCHIVE`, then the
per-user data directory; WAL mode lets a second `hoering` read while one collects. On
PostgreSQL the originals are kept in the database too, so any machine with the URL has
everything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from ..errors import (
    ArchiveError,
    ConsultationExists,
    ConsultationNotFound,
    DiskFull,
    InvalidSlug,
    ResponseNotFound,
    is_disk_full,
)
from ..model import Response, Status
from . import deletion, dialect, records
from .blobs import DatabaseBlobs, FileBlobs
from .migrations import MIGRATIONS

if TYPE_CHECKING:  # pydantic: loaded when a config is read, not by every command
    from ..config import ConsultationConfig

DB_NAME = "archive.sqlite"
# Every column of `responses` (they are the fields of `Response`) but the letter's text.
_WITHOUT_TEXT = ", ".join(name for name in Response.__dataclass_fields__ if name != "text")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def default_location() -> Path:
    env = os.environ.get("HOERING_ARCHIVE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("hoering", appauthor=False))


def database_for(directory: Path) -> str | None:
    """The PostgreSQL URL an archive opened without an explicit database uses:
    `HOERING_DATABASE`, or None (the SQLite archive in `directory`)."""
    return os.environ.get("HOERING_DATABASE") or None


def safe_url(url: str) -> str:
    """A database URL without its password, fit for a message."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def check_slug(slug: str) -> str:
    """Slugs name files and appear in commands, so keep them plain."""
    if not _SLUG.match(slug):
        raise InvalidSlug(slug)
    return slug


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Consultation:
    id: int
    slug: str
    config: ConsultationConfig
    created: str
    updated: str

    @property
    def title(self) -> str:
        return self.config.title


_FROM_ENVIRONMENT = object()


class Archive:
    """An open archive. `database`: a PostgreSQL URL; by default `HOERING_DATABASE`; None
    (or no such variable) opens the SQLite archive in `directory`."""

    def __init__(self, directory: Path | str | None = None, *, database: str | None | object = _FROM_ENVIRONMENT):
        directory = Path(directory).expanduser() if directory else default_location()
        url = database_for(directory) if database is _FROM_ENVIRONMENT else database
        if url:
            self._open_database(str(url))
            return
        self.backend = dialect.SQLITE
        self.directory = directory
        self.location = str(self.directory)
        self.files_dir = self.directory / "files"
        try:
            self.blobs = FileBlobs(self.files_dir)
            self.db = sqlite3.connect(
                self.directory / DB_NAME, isolation_level=None, timeout=30, check_same_thread=False
            )
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            # NORMAL is durable across application crashes in WAL mode; only an
            # OS crash can lose the last commits, never corrupt the database.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (OSError, sqlite3.DatabaseError) as exc:
            if is_disk_full(exc):
                raise DiskFull(str(self.directory)) from exc
            raise ArchiveError(str(self.directory), str(exc)) from exc

    def _open_database(self, url: str) -> None:
        import psycopg  # only a shared archive needs the driver

        from . import pg

        if not dialect.is_database_url(url):
            raise ArchiveError(safe_url(url), "kun PostgreSQL-adresser (postgresql://…) kan bruges som database")
        self.backend = dialect.POSTGRESQL
        self.directory = None
        self.files_dir = None
        self.location = safe_url(url)
        try:
            self.db = pg.connect(url)
            self.blobs = DatabaseBlobs(self.db)
            self._migrate()
        except psycopg.Error as exc:
            raise ArchiveError(self.location, str(exc).strip()) from exc

    # --- plumbing ---------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT: one writer at a time, all or nothing.

        A full disk (SQLITE_FULL, also from a quota) becomes `DiskFull`. SQLite may already
        have rolled the transaction back by itself after SQLITE_FULL or an I/O error, in a
        statement or in COMMIT, so ROLLBACK only runs when one is still open; a failing
        ROLLBACK must not hide the error that caused it (an unfinished transaction in the
        WAL is ignored, and recovered from on the next open).
        """
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.backend != dialect.SQLITE:
                self.db.abort()  # never hides `exc`: see store.pg
            elif self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            if not isinstance(exc, OSError) and is_disk_full(exc):  # the database's own
                raise DiskFull(self.location) from exc
            raise

    @contextlib.contextmanager
    def erasure(self) -> Iterator[sqlite3.Connection]:
        """A transaction that deletes personal data for good.

        `secure_delete` overwrites the freed pages with zeros, so a deleted letter's text is
        not left in the database file's free space; after the commit the WAL is checkpointed
        and truncated, so it is not left in the log either. The checkpoint waits for readers
        (up to the busy timeout) and is skipped when one keeps reading: the next checkpoint
        then writes the zeroed pages. Files are removed after the commit (`remove_files`).
        """
        if self.backend != dialect.SQLITE:
            # PostgreSQL keeps a deleted row's old version until a vacuum frees its space:
            # vacuum the tables that held the letters' text and bytes at once.
            with self.transaction() as db:
                yield db
            self.db.vacuum(("responses", "passages", "search_docs", "blob_contents"))
            return
        (previous,) = self.db.execute("PRAGMA secure_delete").fetchone()
        self.db.execute("PRAGMA secure_delete = ON")
        try:
            with self.transaction() as db:
                yield db
        finally:
            self.db.execute(f"PRAGMA secure_delete = {int(previous)}")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"
        )
        done = {r[0] for r in self.db.execute("SELECT name FROM _migrations")}
        for fn in MIGRATIONS:
            if fn.__name__ in done:
                continue
            with self.transaction() as db:
                # Re-check inside the write lock: another process may have migrated.
                if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (fn.__name__,)).fetchone():
                    continue
                fn(db)
                db.execute("INSERT INTO _migrations VALUES (?, ?)", (fn.__name__, now()))

    # --- original files ---------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        """Where an original lies on disk (SQLite archives only; `read_file` works on both)."""
        return self.blobs.path(sha256)

    def store_file(self, source: Path, sha256: str) -> None:
        self.blobs.store(source, sha256)

    def read_file(self, sha256: str) -> bytes:
        """An original's bytes."""
        return self.blobs.read(sha256)

    def has_file(self, sha256: str) -> bool:
        """Whether the original is stored. Asked inside the write transaction that records
        it: a deletion may have removed it since it was copied in (`store.blobs`)."""
        return self.blobs.has(sha256)

    def remove_files(self, db: sqlite3.Connection, hashes: Iterable[str]) -> int:
        """Remove from disk the originals among `hashes` that have no `blobs` row; call in a
        transaction after the one that deleted the rows has committed. Returns how many."""
        hashes = set(hashes)
        gone = hashes - deletion.blob_hashes(db, hashes)
        return sum(self.blobs.remove(sha) for sha in sorted(gone))

    def remove_orphans(self, db: sqlite3.Connection) -> int:
        """Remove every original on disk without a `blobs` row (left by a deletion that was
        interrupted after its commit); call in a transaction. Returns how many."""
        known = deletion.blob_hashes(db)
        return sum(self.blobs.remove(sha) for sha in list(self.blobs.hashes()) if sha not in known)

    # --- consultations ----------------------------------------------------

    def create_consultation(self, slug: str, config: ConsultationConfig) -> Consultation:
        check_slug(slug)
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM consultations WHERE slug = ?", (slug,)).fetchone():
                raise ConsultationExists(slug)
            stamp = now()
            db.execute(
                "INSERT INTO consultations (slug, title, config, created, updated) VALUES (?, ?, ?, ?, ?)",
                (slug, config.title, json.dumps(config.to_json(), ensure_ascii=False), stamp, stamp),
            )
        return self.consultation(slug)

    def update_config(self, slug: str, config: ConsultationConfig) -> Consultation:
        consultation = self.consultation(slug)
        with self.transaction() as db:
            db.execute(
                "UPDATE consultations SET title = ?, config = ?, updated = ? WHERE id = ?",
                (config.title, json.dumps(config.to_json(), ensure_ascii=False), now(), consultation.id),
            )
        return self.consultation(slug)

    def _row_to_consultation(self, row: sqlite3.Row) -> Consultation:
        from ..config import parse_stored_config

        config = parse_stored_config(json.loads(row["config"]), row["slug"])
        return Consultation(row["id"], row["slug"], config, row["created"], row["updated"])

    def consultation(self, slug: str) -> Consultation:
        row = self.db.execute("SELECT * FROM consultations WHERE slug = ?", (slug,)).fetchone()
        if row is None:
            known = [r[0] for r in self.db.execute("SELECT slug FROM consultations")]
            raise ConsultationNotFound(slug, known)
        return self._row_to_consultation(row)

    def consultations(self) -> list[Consultation]:
        rows = self.db.execute("SELECT * FROM consultations ORDER BY created, slug").fetchall()
        return [self._row_to_consultation(r) for r in rows]

    # --- responses --------------------------------------------------------

    def responses(self, consultation: Consultation, *, text: bool = True) -> list[Response]:
        """The consultation's responses in number order; `text=False` leaves their texts
        out (empty), for a listing: at 1,000 letters the texts are most of what is read."""
        columns = "*" if text else _WITHOUT_TEXT
        rows = self.db.execute(
            f"SELECT {columns} FROM responses WHERE consultation_id = ? ORDER BY number", (consultation.id,)
        )
        return [records.response(r) for r in rows]

    def response(self, consultation: Consultation, number: int) -> Response:
        row = self.db.execute(
            "SELECT * FROM responses WHERE consultation_id = ? AND number = ?",
            (consultation.id, number),
        ).fetchone()
        if row is None:
            raise ResponseNotFound(consultation.slug, number)
        return records.response(row)

    def other_texts(self, consultation: Consultation, *, limit: int) -> list[str]:
        """Texts of readable responses to the other consultations, the oldest first."""
        rows = self.db.execute(
            "SELECT text FROM responses WHERE consultation_id != ? AND status = ? ORDER BY id LIMIT ?",
            (consultation.id, Status.OK, limit),
        )
        return [r["text"] for r in rows]

    def passages(self, response_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM passages WHERE response_id = ? ORDER BY ordinal", (response_id,)
        ).fetchall()

    # --- a person's overrides ----------------------------------------------

    def overrides(self, consultation: Consultation, number: int) -> dict[str, str | None]:
        rows = self.db.execute(
            "SELECT field, value FROM overrides WHERE consultation_id = ? AND number = ?",
            (consultation.id, number),
        )
        return {r["field"]: r["value"] for r in rows}
