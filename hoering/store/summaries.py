"""The `summaries` table (m016): a consultation's summaries, kept under the fingerprint of
what they were computed from.

The fingerprint is made by the caller (`hoering.summaries`); this module stores and returns
the JSON value as it was given, and never computes. One row per consultation: a new
fingerprint replaces the old row. Portable SQL (`ON CONFLICT` upsert).
"""

from __future__ import annotations

import json
import sqlite3


def cached(db: sqlite3.Connection, consultation_id: int, fingerprint: str) -> dict | None:
    """The stored value when it was computed from exactly these inputs, else None."""
    row = db.execute(
        "SELECT summary FROM summaries WHERE consultation_id = ? AND fingerprint = ?",
        (consultation_id, fingerprint),
    ).fetchone()
    return None if row is None else json.loads(row[0])


def save(db: sqlite3.Connection, consultation_id: int, fingerprint: str, value: dict) -> None:
    db.execute(
        "INSERT INTO summaries (consultation_id, fingerprint, summary) VALUES (?, ?, ?) "
        "ON CONFLICT(consultation_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
        "summary = excluded.summary",
        (consultation_id, fingerprint, json.dumps(value, ensure_ascii=False)),
    )


def forget(db: sqlite3.Connection, consultation_id: int) -> None:
    db.execute("DELETE FROM summaries WHERE consultation_id = ?", (consultation_id,))
