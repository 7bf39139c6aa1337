"""What the archive derives from a response's text: passages, theme tags, search index.

Called inside the transaction that writes the response, so derived data is
never out of step with the text it was derived from. Everything here can be
rebuilt from `responses.text` (see `reanalyse`).
"""

from __future__ import annotations

import sqlite3

from . import search, themes
from .archive import Consultation
from .passages import split_passages


def analyse_response(
    db: sqlite3.Connection, consultation: Consultation, response_id: int, text: str
) -> None:
    for p in split_passages(text):
        db.execute(
            "INSERT INTO passages (response_id, ordinal, kind, heading, text, start, end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (response_id, p.ordinal, p.kind, p.heading, p.text, p.start, p.end),
        )
    themes.tag_in_transaction(db, consultation, response_id, text)
    # The search index, in this same transaction: searchable as soon as collect commits.
    search.index_response(db, response_id)


def forget_response(db: sqlite3.Connection, response_id: int) -> None:
    """Drop everything derived from a response's text (before it is read again)."""
    search.forget_response(db, response_id)
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
