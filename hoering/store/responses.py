"""The `responses` table: a response is written whole, read back as a `model.Response`.

Writes take finished records: collect reads and analyses a file before it calls in here, and
these functions only map fields to columns. Each runs in the caller's transaction
(`Archive.transaction()`), so a file's row and everything derived from it commit together.

Removing what was derived from a response's text (`forget_derived`, before it is read again;
`delete_response`, when it goes) takes everything with it in one place, counts included:
the search index's rows and the passage counts they added (`search_index.forget`), the
passages, their theme tags and the response's tags. A person's decisions (`overrides`,
`tag_corrections`) are keyed by the response's number and stay, like the original file;
deleting a response for good (`hoering.retention`) removes those too (`store.deletion`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..model import SETTLED, Response, Status
from . import records, search_index
from .archive import now

# What reading a file determines: written on insert, and again when a file is read again
# in place. The rest (number, collected, duplicate_of, links) belongs to the archive.
READ_COLUMNS = (
    "file", "source_path", "sha256", "size", "format", "status", "error", "error_code",
    "sender", "sender_source", "sender_kind", "party", "party_score", "sender_confidence", "received",
    "received_source", "pages", "text", "text_chars", "letterhead", "metadata", "via_email",
    "attachments_pending", "path_bytes",
)  # fmt: skip
IDENTITY_COLUMNS = ("sender", "sender_source", "sender_kind", "party", "party_score", "sender_confidence")


def _value(response: Response, column: str):
    value = getattr(response, column)
    if column == "metadata":
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return str(value)  # a StrEnum member as its plain value
    return value


def _read(rows: Iterable[sqlite3.Row]) -> list[Response]:
    return [records.response(r) for r in rows]


def by_file(db: sqlite3.Connection, consultation_id: int, file: str) -> list[Response]:
    rows = db.execute(
        "SELECT * FROM responses WHERE consultation_id = ? AND file = ? ORDER BY number",
        (consultation_id, file),
    )
    return _read(rows)


def by_hash(db: sqlite3.Connection, consultation_id: int, sha256: str) -> list[Response]:
    rows = db.execute(
        "SELECT * FROM responses WHERE consultation_id = ? AND sha256 = ? ORDER BY number",
        (consultation_id, sha256),
    )
    return _read(rows)


def has_unsettled_attachments(db: sqlite3.Connection, consultation_id: int, number: int) -> bool:
    """An attachment of e-mail `number` failed or is waiting for OCR: it is worth retrying."""
    placeholders = ", ".join("?" * len(SETTLED))
    row = db.execute(
        f"SELECT 1 FROM responses WHERE consultation_id = ? AND via_email = ? "
        f"AND status NOT IN ({placeholders}) LIMIT 1",
        (consultation_id, number, *sorted(str(s) for s in SETTLED)),
    ).fetchone()
    return row is not None


def insert(db: sqlite3.Connection, consultation_id: int, response: Response) -> Response:
    """Give `response` the consultation's next number and write it; returns it with its id.

    A number is never given out twice: `consultations.last_number` remembers the highest
    one, also after that response was deleted (m009_deletion)."""
    (number,) = db.execute(
        "SELECT max(last_number, COALESCE("
        "(SELECT MAX(number) FROM responses WHERE consultation_id = ?), 0)) + 1 "
        "FROM consultations WHERE id = ?",
        (consultation_id, consultation_id),
    ).fetchone()
    db.execute("UPDATE consultations SET last_number = ? WHERE id = ?", (number, consultation_id))
    response.consultation_id, response.number, response.collected = consultation_id, number, now()
    columns = ("consultation_id", "number", "duplicate_of", "collected", *READ_COLUMNS)
    cur = db.execute(
        f"INSERT INTO responses ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        tuple(_value(response, c) for c in columns),
    )
    response.id = cur.lastrowid
    return response


def rewrite(db: sqlite3.Connection, response_id: int, response: Response) -> None:
    """Write a file read again over its row, keeping its number (derived rows: `forget` first)."""
    db.execute(
        f"UPDATE responses SET {', '.join(f'{c} = ?' for c in READ_COLUMNS)} WHERE id = ?",
        (*(_value(response, c) for c in READ_COLUMNS), response_id),
    )


def set_identity(db: sqlite3.Connection, response: Response) -> None:
    """Write a response's sender, kind and party (matched again after a config change)."""
    db.execute(
        f"UPDATE responses SET {', '.join(f'{c} = ?' for c in IDENTITY_COLUMNS)} WHERE id = ?",
        (*(_value(response, c) for c in IDENTITY_COLUMNS), response.id),
    )


def set_links(db: sqlite3.Connection, changes: Iterable[tuple[int, bool, int | None, int | None]]) -> None:
    """(response id, late, campaign, revision_of) for each response whose links changed."""
    db.executemany(
        "UPDATE responses SET late = ?, campaign = ?, revision_of = ? WHERE id = ?",
        [(int(late), campaign, revision_of, rid) for rid, late, campaign, revision_of in changes],
    )


def attachments_done(db: sqlite3.Connection, response_id: int) -> None:
    """Every attachment of the e-mail is written (or refused): the e-mail is complete."""
    db.execute("UPDATE responses SET attachments_pending = 0 WHERE id = ?", (response_id,))


def record_blob(db: sqlite3.Connection, sha256: str, size: int) -> None:
    """The original file's row, once its bytes are safely in the file store."""
    db.execute(
        "INSERT INTO blobs (sha256, size, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        (sha256, size, now()),
    )


def in_consultation(db: sqlite3.Connection, consultation_id: int) -> list[Response]:
    """A consultation's responses in number order (an e-mail before its attachments)."""
    rows = db.execute(
        "SELECT * FROM responses WHERE consultation_id = ? ORDER BY number", (consultation_id,)
    )
    return _read(rows)


def with_text_containing(db: sqlite3.Connection, consultation_id: int, needles: Iterable[str]) -> list[Response]:
    """A consultation's readable responses whose text (lowercased) contains one of `needles`
    (lowercase), in number order: a cheap first look, so the rest of the texts are not read."""
    needles = list(needles)
    if not needles:
        return []
    where = " OR ".join("LOWER(text) LIKE ?" for _ in needles)
    rows = db.execute(
        f"SELECT * FROM responses WHERE consultation_id = ? AND status = ? AND ({where}) ORDER BY number",
        (consultation_id, Status.OK, *(f"%{n}%" for n in needles)),
    )
    return _read(rows)


def names(db: sqlite3.Connection, consultation_id: int) -> list[tuple[int, tuple[str | None, str | None]]]:
    """The row id, party and sender of a consultation's readable responses (no texts read)."""
    rows = db.execute(
        "SELECT id, party, sender FROM responses WHERE consultation_id = ? AND status = ? ORDER BY number",
        (consultation_id, Status.OK),
    )
    return [(r[0], (r[1], r[2])) for r in rows]


def counts(db: sqlite3.Connection) -> dict[int, int]:
    """{consultation id: number of responses} for every consultation with responses."""
    rows = db.execute("SELECT consultation_id, COUNT(*) FROM responses GROUP BY consultation_id")
    return {consultation_id: count for consultation_id, count in rows}


def forget_derived(db: sqlite3.Connection, response_id: int) -> None:
    """Remove every row derived from a response's text (it is about to be read again)."""
    search_index.forget(db, response_id)
    db.execute(
        "DELETE FROM passage_tags WHERE passage_id IN (SELECT id FROM passages WHERE response_id = ?)",
        (response_id,),
    )
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
    db.execute("DELETE FROM tags WHERE response_id = ?", (response_id,))


def delete_response(db: sqlite3.Connection, response_id: int) -> None:
    """Delete one response (by row id) and every row derived from it. Call in a transaction."""
    forget_derived(db, response_id)
    db.execute("DELETE FROM responses WHERE id = ?", (response_id,))
