"""The store of original files: each kept byte for byte under its SHA-256.

Two stores behind one interface (`store`, `has`, `read`, `remove`, `hashes`): `FileBlobs`,
a SQLite archive's `files/<xx>/<sha256>`, and `DatabaseBlobs`, a PostgreSQL archive's
`blob_contents` table (bytea keyed by the hash), so every machine with the database's URL
has the originals too. The rules below are the same for both: the `blobs` row is written
in the caller's transaction once the bytes are stored, and bytes leave only after their
row is gone.

`FileBlobs`:

Original files are copied to a temp file in `files/.incoming/` and renamed into place. A
collect killed mid-copy (SIGKILL, power cut) leaves that temp file behind; opening the
archive removes such litter (`_remove_stale_incoming`), but never a temp file that another
`hoering` is still writing: see there. Temp files used to sit next to the blobs
(`files/<xx>/.incoming-*`); finding them means listing every blob folder (0.12 s for
100,000 blobs, measured), too much for every command, so that is done once per archive, the
first time it is opened with `files/.incoming/` missing.

Originals leave only through a deletion for good (`hoering delete`, `purge`): its
transaction removes the `blobs` row of every original no remaining response uses and
commits, and then, holding the write lock again, the files whose row is still gone are
removed (`Archive.remove_files`). A crash between the two leaves an orphan, a file without a
row, never a row without its file; every later deletion first removes the orphans
(`Archive.remove_orphans`). Both hold the write lock while they look and unlink, and collect
checks inside its own write transaction that the original it copied in is still on disk
(copying it again if not), so a file is never removed under a row being written for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import DiskFull, is_disk_full

INCOMING = ".incoming"  # files/.incoming/: originals being copied in
LEGACY_INCOMING_PREFIX = ".incoming-"  # files/<xx>/.incoming-*: where older versions copied
# A temp blob untouched for this long is litter from a killed collect. store_file writes
# 1 MiB at a time, each write moving the mtime, so a live copy is never more than one read
# from its source behind; an hour leaves room for a stalled network drive and for clocks
# that disagree, and leftovers cost only disk space until the next open.
STALE_INCOMING_SECONDS = 3600


class FileBlobs:
    """Original files by hash, on disk. The `blobs` row is written by the caller in its
    transaction, once the bytes are safely here."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.incoming = directory / INCOMING
        directory.mkdir(parents=True, exist_ok=True)
        _remove_stale_incoming(directory)

    def path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def store(self, source: Path, sha256: str) -> Path:
        """Copy `source` into the store under its hash: write to a temp file, fsync, rename.

        Safe to repeat and safe to kill: the final name only ever holds complete
        bytes. The blobs row is written by the caller in its transaction.
        """
        target = self.path(sha256)
        if target.exists() and target.stat().st_size == source.stat().st_size:
            return target
        try:
            self._copy_in(source, target, sha256)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull(str(self.directory.parent)) from exc
            raise
        return target

    def store_bytes(self, sha256: str, data: bytes) -> None:
        """Write an original given as bytes (an archive moved here): temp file, fsync, rename."""
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        self.incoming.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.incoming, prefix="blob-")
        try:
            with os.fdopen(fd, "wb") as out:
                _lock(out)
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFull(str(self.directory.parent)) from exc
            raise
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def _copy_in(self, source: Path, target: Path, sha256: str) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        self.incoming.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.incoming, prefix="blob-")
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                _lock(out)  # held until closed: tells _remove_stale_incoming we are alive
                digest = hashlib.sha256()
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise OSError(f"{source} ændrede sig under indlæsningen")
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


    def remove(self, sha256: str) -> bool:
        """Delete an original from disk (its row is gone). False when it was not there.

        Its folder stays, even empty: a collect may be about to rename a file into it."""
        try:
            os.unlink(self.path(sha256))
        except FileNotFoundError:
            return False
        return True

    def hashes(self) -> Iterator[str]:
        """The hash of every original on disk (`files/<xx>/<sha256>`), nothing else."""
        for folder in _listing(self.directory):
            if not _HEX2.fullmatch(folder.name) or not folder.is_dir(follow_symlinks=False):
                continue
            for entry in _listing(Path(folder.path)):
                if _SHA256.fullmatch(entry.name) and entry.name[:2] == folder.name:
                    yield entry.name


class DatabaseBlobs:
    """Original files by hash, in the database's `blob_contents` table (PostgreSQL)."""

    def __init__(self, db):
        self.db = db

    def path(self, sha256: str) -> Path:
        raise NotImplementedError("a shared archive keeps its originals in the database: read_file")

    def store(self, source: Path, sha256: str) -> None:
        """Write the bytes under their hash (its own statement, before the caller's
        transaction, as a file is copied in first); safe to repeat."""
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OSError(f"{source} ændrede sig under indlæsningen")
        self.store_bytes(sha256, data)

    def store_bytes(self, sha256: str, data: bytes) -> None:
        self.db.execute(
            "INSERT INTO blob_contents (sha256, data) VALUES (?, ?) ON CONFLICT DO NOTHING", (sha256, data)
        )

    def has(self, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM blob_contents WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def read(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM blob_contents WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise FileNotFoundError(sha256)
        return bytes(row[0])

    def remove(self, sha256: str) -> bool:
        return self.db.execute("DELETE FROM blob_contents WHERE sha256 = ?", (sha256,)).rowcount > 0

    def hashes(self) -> Iterator[str]:
        for (sha,) in self.db.execute("SELECT sha256 FROM blob_contents ORDER BY sha256").fetchall():
            yield sha


_HEX2 = re.compile(r"[0-9a-f]{2}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _lock(fh, wait: bool = True) -> bool:
    """Take an exclusive flock on an open file. False only when another process holds it;
    True when taken, and also where there is no flock or the filesystem refuses it (Windows,
    some network filesystems): there the age rule in `_remove_stale_incoming` has to do."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return True
    return True


def _remove_stale_incoming(files_dir: Path) -> None:
    """Delete temp files a killed collect left behind (see the module docstring).

    Another hoering may be collecting into this archive right now, so a temp file is only
    deleted when both hold: it has not been written to for `STALE_INCOMING_SECONDS`, and
    (where flock exists) no process holds the lock `store_file` keeps on it while writing.
    The kernel drops that lock when its process dies, SIGKILL included, so it tells a live
    writer from a dead one exactly; the age rule covers the instant between mkstemp and
    flock, a filesystem without working flock, Windows (where a writer's open file cannot
    be deleted anyway) and older versions, which wrote without the lock. Failures are
    ignored: cleaning up must never keep the archive from opening.
    """
    incoming = files_dir / INCOMING
    candidates = _listing(incoming)
    if not incoming.is_dir():
        for folder in _listing(files_dir):
            if folder.is_dir(follow_symlinks=False) and folder.name != INCOMING:
                candidates += [e for e in _listing(folder) if e.name.startswith(LEGACY_INCOMING_PREFIX)]
        with contextlib.suppress(OSError):
            incoming.mkdir()
    cutoff = time.time() - STALE_INCOMING_SECONDS
    for entry in candidates:
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime > cutoff:
                continue
            with open(entry.path, "rb") as fh:
                unused = _lock(fh, wait=False)
            if unused:  # (closed first: Windows deletes no file that is open)
                os.unlink(entry.path)
        except OSError:
            continue


def _listing(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []
