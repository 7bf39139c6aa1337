"""The `redaction_readings` table (m019): what the Danish layer read in a consultation's texts
for redaction, kept under the version of the rules that read it.

The value is made by the caller (`hoering.readings`); this module stores and returns the JSON
as it was given, and never computes. One row per consultation: a new value replaces the old
row. Portable SQL (`ON CONFLICT` upsert).
"""

from __future__ import annotations

import json
import sqlite3


def kept(db: sqlite3.Connection, consultation_id: int, version: str) -> dict | None:
    """The stored readings when the rules of `version` read them, else None."""
    row = db.execute(
        "SELECT readings FROM redaction_readings WHERE consultation_id = ? AND version = ?",
        (consultation_id, version),
    ).fetchone()
    return None if row is None else json.loads(row[0])


def save(db: sqlite3.Connection, consultation_id: int, version: str, readings: dict) -> None:
    db.execute(
        "INSERT INTO redaction_readings (consultation_id, version, readings) VALUES (?, ?, ?) "
        "ON CONFLICT(consultation_id) DO UPDATE SET version = excluded.version, readings = excluded.readings",
        (consultation_id, version, json.dumps(readings, ensure_ascii=False, separators=(",", ":"))),
    )
