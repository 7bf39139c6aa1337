"""Copying a whole archive to another backend (`hoering archive-move`): SQLite to
PostgreSQL or back, everything, then checked.

Every table of the source's schema is copied (`store.schema`: a table a later migration
adds comes along without being listed here), parents before children, in one transaction
on the target, so a failed move leaves the target as it was. The full-text index is made
again from the copied index rows (`search_index.refill`); the originals go through the
target's blob store. Then the check: every table's row count on both sides, and every
original read back from the target with its SHA-256 recomputed.

The target must be empty (no consultation, response, original or log entry): a move never
mixes two archives. Both must be at the same schema version; opening the target migrates
it, so only a source newer than this version is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import ArchiveMoveMismatch, ArchiveNewer, TargetNotEmpty
from . import schema, search_index
from .archive import Archive

# Tables whose rows say the archive is in use (the rest are empty or derived then).
USER_TABLES = ("consultations", "responses", "blobs", "audit_log")
# Kept by the target itself: its own migrations are the same set, checked first.
SKIP = ("_migrations",)
BATCH = 1000


@dataclass
class MoveReport:
    source: str
    target: str
    tables: dict[str, int] = field(default_factory=dict)  # rows copied and verified
    originals: int = 0
    bytes: int = 0


Progress = Callable[[str, int, int], None]  # (what, done, total)


def move(source: Archive, target: Archive, *, progress: Progress | None = None) -> MoveReport:
    """Copy `source` into the empty `target` and verify it; raises when they differ."""
    report = MoveReport(source.location, target.location)
    tell = progress or (lambda what, done, total: None)
    newer = schema.migrations(source.db) - schema.migrations(target.db)
    if newer:
        raise ArchiveNewer(source.location, sorted(newer))
    for table in USER_TABLES:
        if schema.count(target.db, table):
            raise TargetNotEmpty(target.location)
    tables = [t for t in schema.tables(source.db) if t not in SKIP]
    target_tables = set(schema.tables(target.db))
    with target.transaction() as db:
        for table in reversed(schema.tables(db)):
            if table not in SKIP:
                schema.clear(db, table)
        hashes = [sha for (sha,) in source.db.execute("SELECT sha256 FROM blobs ORDER BY sha256").fetchall()]
        for n, sha in enumerate(hashes, 1):
            data = source.read_file(sha)
            target.blobs.store_bytes(sha, data)
            report.originals, report.bytes = n, report.bytes + len(data)
            tell("originals", n, len(hashes))
        for n, table in enumerate(tables, 1):
            if table not in target_tables:
                raise ArchiveNewer(source.location, [table])
            names = [c for c in schema.columns(source.db, table) if c in set(schema.columns(db, table))]
            for values in schema.rows(source.db, table, names, BATCH):
                schema.insert(db, table, names, values)
            tell("tables", n, len(tables))
        schema.reset_identities(db)
        search_index.refill(db)
    _verify(source, target, tables, hashes, report, tell)
    return report


def _verify(source: Archive, target: Archive, tables: list[str], hashes: list[str], report: MoveReport, tell: Progress) -> None:
    wrong: list[str] = []
    for table in tables:
        have, got = schema.count(source.db, table), schema.count(target.db, table)
        report.tables[table] = got
        if have != got:
            wrong.append(f"{table}: {have} → {got}")
    for n, sha in enumerate(hashes, 1):
        try:
            data = target.read_file(sha)
        except OSError:
            data = b""
        if hashlib.sha256(data).hexdigest() != sha:
            wrong.append(sha[:12])
        tell("verify", n, len(hashes))
    if wrong:
        raise ArchiveMoveMismatch(target.location, wrong)
