"""A response's passages: the headings and paragraphs its text was split into.

Derived from `responses.text` (`hoering.analysis.passages`) and written in the same
transaction as the response, so they never disagree with it. Deleting them also removes
their theme links (`passage_tags`, ON DELETE CASCADE) and, by a trigger, their search rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..model import Passage


def add_passages(db: sqlite3.Connection, response_id: int, passages: Iterable[Passage]) -> None:
    # "end" is quoted: a keyword in PostgreSQL, a plain name in SQLite.
    db.executemany(
        'INSERT INTO passages (response_id, ordinal, kind, heading, text, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(response_id, p.ordinal, p.kind, p.heading, p.text, p.start, p.end) for p in passages],
    )


def delete_passages(db: sqlite3.Connection, response_id: int) -> None:
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
