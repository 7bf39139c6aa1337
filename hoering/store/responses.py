"""Removing a response from the archive, with everything derived from it.

Derived rows go with it in the caller's transaction, counts included: the search index's
rows and the passage counts they added (`search_index.forget`), the passages, their theme
tags and the response's tags. A person's decisions (`overrides`, `tag_corrections`) are
keyed by the response's number and stay, like the original file in the store.
"""

from __future__ import annotations

import sqlite3

from . import search_index


def delete_response(db: sqlite3.Connection, response_id: int) -> None:
    """Delete one response (by row id) and every row derived from it. Call in a transaction."""
    search_index.forget(db, response_id)
    db.execute(
        "DELETE FROM passage_tags WHERE passage_id IN (SELECT id FROM passages WHERE response_id = ?)",
        (response_id,),
    )
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
    db.execute("DELETE FROM tags WHERE response_id = ?", (response_id,))
    db.execute("DELETE FROM responses WHERE id = ?", (response_id,))
