"""Reads for the review workspace's overview pages (`hoering.web`): responses without their
text, theme marks without their evidence, one theme's passages across a consultation, and
per-consultation counts. One query each; the text column is never read here, which keeps a
page over a thousand responses to a few milliseconds of SQL.

`changes` is how the workspace knows nothing has been written since it last built a note:
SQLite's `data_version` (moves when another connection commits) and this connection's own
`total_changes`; on PostgreSQL the server's transaction snapshot.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from ..model import SenderKind, SenderSource, Stance, Status, TagSource, TagState, member
from ..model.overview import ConsultationTally, ResponseLine, TagMark, ThemePassage
from ..model.themes import REVIEW_BELOW

_COLUMNS = (
    "number, file, status, error, sender, sender_source, sender_kind, party, received, "
    "received_source, duplicate_of, campaign, revision_of, via_email, late, "
)
# A response's reading warnings, out of its metadata in the database: the JSON text of the list.
_WARNINGS = {
    "sqlite": "json_extract(metadata, '$.warnings') AS warnings",
    "postgresql": "CAST(CAST(metadata AS jsonb) -> 'warnings' AS text) AS warnings",
}


def _line_columns(db) -> str:
    return _COLUMNS + _WARNINGS["sqlite" if isinstance(db, sqlite3.Connection) else "postgresql"]


def response_lines(db: sqlite3.Connection, consultation_id: int) -> list[ResponseLine]:
    """Every response of a consultation without its text, in number order, with its marks."""
    marks = tag_marks(db, consultation_id)
    rows = db.execute(
        f"SELECT {_line_columns(db)} FROM responses WHERE consultation_id = ? ORDER BY number",
        (consultation_id,),
    )
    return [_line(row, marks.get(row[0], [])) for row in rows]


def numbers(db: sqlite3.Connection, consultation_id: int) -> list[int]:
    """The numbers of a consultation's responses, in order."""
    rows = db.execute("SELECT number FROM responses WHERE consultation_id = ? ORDER BY number", (consultation_id,))
    return [number for (number,) in rows]


def response_line(db: sqlite3.Connection, consultation_id: int, number: int) -> ResponseLine | None:
    row = db.execute(
        f"SELECT {_line_columns(db)} FROM responses WHERE consultation_id = ? AND number = ?",
        (consultation_id, number),
    ).fetchone()
    return None if row is None else _line(row, tag_marks(db, consultation_id, number).get(number, []))


def _members(kind) -> dict:
    return {m.value: m for m in kind}


# A stored value as its vocabulary member by a dict look-up: a thousand rows times several
# columns through `member` (an enum constructor each) is most of a page's time. A value this
# version does not know stays the string, as `member` leaves it.
_STATUS, _SOURCE, _KIND = _members(Status), _members(SenderSource), _members(SenderKind)
_STANCE, _TAG_SOURCE = _members(Stance), _members(TagSource)


def _line(row: sqlite3.Row, marks: list[TagMark]) -> ResponseLine:
    # By position, in `_line_columns`' order: a look-up by name is a scan of the columns, and a
    # thousand rows of them was a good part of the table's time.
    (number, file, status, error, sender, source, kind, party, received, received_source,
     duplicate_of, campaign, revision_of, via_email, late, warnings) = row  # fmt: skip
    warnings = json.loads(warnings) if warnings else []
    return ResponseLine(
        number, file, _STATUS.get(status, status), error, sender, _SOURCE.get(source, source),
        _KIND.get(kind or "organisation", kind), party, received, received_source, duplicate_of,
        campaign, revision_of, via_email, bool(late), warnings if isinstance(warnings, list) else [], marks,
    )  # fmt: skip


def tag_marks(db: sqlite3.Connection, consultation_id: int, number: int | None = None) -> dict[int, list[TagMark]]:
    """{response number: its discussed themes} without their evidence, in tag order (of one
    response when `number` is given)."""
    # A machine stance a person should look at: one that rests on no cue, or one the machine
    # is less sure of than REVIEW_BELOW (the export's "review", "bør gennemses").
    one = "" if number is None else " AND r.number = ?"
    rows = db.execute(
        "SELECT r.number, t.theme, t.stance, t.source, "
        "t.cues = '[]' OR (t.confidence IS NOT NULL AND t.confidence < ?) AS guessed "
        "FROM tags t JOIN responses r ON r.id = t.response_id "
        f"WHERE r.consultation_id = ? AND t.state = ?{one} ORDER BY r.number, t.id",
        (REVIEW_BELOW, consultation_id, TagState.DISCUSSES, *(() if number is None else (number,))),
    )
    out: dict[int, list[TagMark]] = defaultdict(list)
    auto = TagSource.AUTO.value
    for number, theme, stance, source, guessed in rows:
        out[number].append(
            TagMark(theme, _STANCE.get(stance, stance), _TAG_SOURCE.get(source, source), bool(guessed) and source == auto)
        )
    return dict(out)


def theme_passages(db: sqlite3.Connection, consultation_id: int, key: str) -> list[ThemePassage]:
    """Every readable response's say on theme `key`: its stance and evidence, in number order."""
    rows = db.execute(
        "SELECT r.number, r.sender, t.stance, t.source, t.evidence "
        "FROM tags t JOIN responses r ON r.id = t.response_id "
        "WHERE r.consultation_id = ? AND t.theme = ? AND t.state = ? AND r.status = ? "
        "ORDER BY r.number",
        (consultation_id, key, TagState.DISCUSSES, Status.OK),
    )
    return [
        ThemePassage(number, sender, member(Stance, stance), member(TagSource, source), json.loads(evidence))
        for number, sender, stance, source, evidence in rows
    ]


def tallies(db: sqlite3.Connection) -> dict[int, ConsultationTally]:
    """{consultation id: its responses counted}."""
    rows = db.execute(
        "SELECT consultation_id, COUNT(*), SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN status IN (?, ?) THEN 1 ELSE 0 END) "
        "FROM responses GROUP BY consultation_id",
        (Status.OK, Status.FAILED, Status.NEEDS_OCR),
    )
    return {cid: ConsultationTally(cid, n, ok or 0, failed or 0) for cid, n, ok, failed in rows}


def changes(db: sqlite3.Connection) -> tuple[int | str, int]:
    """A marker that moves whenever anything is written to the archive (see the docstring)."""
    if not isinstance(db, sqlite3.Connection):
        # PostgreSQL: the server's snapshot (oldest running transaction, next id, the ones in
        # progress). Every write gets a transaction id, so it moves when a write starts and
        # again when it ends; reads move nothing. It is the whole server's, so another
        # database's writes move it too: a note built again for nothing, never a stale one.
        (snapshot,) = db.execute("SELECT CAST(txid_current_snapshot() AS text)").fetchone()
        return snapshot, 0
    (version,) = db.execute("PRAGMA data_version").fetchone()
    return version, db.total_changes


def data_version(db: sqlite3.Connection) -> int | None:
    """SQLite's `data_version` of this connection, which moves only when *another* connection
    commits; None on PostgreSQL, which has no such marker."""
    if not isinstance(db, sqlite3.Connection):
        return None
    (version,) = db.execute("PRAGMA data_version").fetchone()
    return version
