"""A person's decisions about a response (`overrides`): sender, kind, party, revision,
received date and form-letter membership.

Re-collecting and re-matching never overwrite them; collect and config changes lay them over
what was detected (`pipeline.corrections.apply`).
"""

from __future__ import annotations

import sqlite3

from .archive import now


def overrides(db: sqlite3.Connection, consultation_id: int, number: int) -> dict[str, str | None]:
    rows = db.execute(
        "SELECT field, value FROM overrides WHERE consultation_id = ? AND number = ?",
        (consultation_id, number),
    )
    return {field: value for field, value in rows}


def field_overrides(db: sqlite3.Connection, consultation_id: int, field: str) -> dict[int, str | None]:
    """{number: value} of one field's overrides in a consultation."""
    rows = db.execute(
        "SELECT number, value FROM overrides WHERE consultation_id = ? AND field = ?",
        (consultation_id, field),
    )
    return {number: value for number, value in rows}


def set_overrides(
    db: sqlite3.Connection, consultation_id: int, number: int, values: dict[str, str | None],
    actor: str | None = None,
) -> None:  # fmt: skip
    """Set fields' overrides; `actor` is who decided (None in archives from before m011)."""
    stamp = now()
    db.executemany(
        "INSERT INTO overrides (consultation_id, number, field, value, created, actor) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (consultation_id, number, field) DO UPDATE SET value = excluded.value, "
        "created = excluded.created, actor = excluded.actor",
        [(consultation_id, number, field, value, stamp, actor) for field, value in values.items()],
    )


def delete_override(db: sqlite3.Connection, consultation_id: int, number: int, field: str) -> bool:
    """Drop a field's override: what was detected applies again."""
    cursor = db.execute(
        "DELETE FROM overrides WHERE consultation_id = ? AND number = ? AND field = ?",
        (consultation_id, number, field),
    )
    return cursor.rowcount > 0
