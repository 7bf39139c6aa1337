"""A person's review of a consultation (m011_review): Vurdering per response, the
department's remarks per theme, exclusions and reviewed marks; the corrected received dates
and form-letter memberships are overrides (`store.corrections`) beside the sender's.

Texts several people may edit carry a revision. A save that names the revision its editor
read is one conditional statement (`UPDATE … WHERE revision = ?`, or an insert that does
nothing when a row exists): it changes nothing when someone saved in between, and the caller
learns so from the row count, not from a read before the write, so two writers can never
both win. Each function runs in the caller's transaction, beside its audit entry.
"""

from __future__ import annotations

import sqlite3

from ..model import Decision, Edit, ResponseReview, ReviewState

# Override fields a review sets (`overrides.field`); the value is text like the others.
RECEIVED = "received"  # ISO date
CAMPAIGN_OF = "campaign_of"  # the number whose form-letter group it joins; "" for none


def _edit(row: sqlite3.Row, recommendation: bool = False) -> Edit:
    return Edit(row["text"], row["revision"], row["actor"], row["at"],
                row["recommendation"] if recommendation else "")  # fmt: skip


# --- Vurdering per response -------------------------------------------------------------------


def comment(db: sqlite3.Connection, consultation_id: int, number: int) -> Edit | None:
    row = db.execute(
        "SELECT * FROM response_comments WHERE consultation_id = ? AND number = ?", (consultation_id, number)
    ).fetchone()
    return _edit(row) if row else None


def save_comment(
    db: sqlite3.Connection, consultation_id: int, number: int, text: str, actor: str, at: str,
    expected: int | None,
) -> Edit | None:  # fmt: skip
    """Write response `number`'s Vurdering; with `expected`, only if the stored revision is
    that one (0: none stored). Returns the saved edit, or None when it was not saved."""
    key = (consultation_id, number)
    if expected is None:
        db.execute(
            "INSERT INTO response_comments (consultation_id, number, text, revision, actor, at) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (consultation_id, number) DO UPDATE SET "
            "text = excluded.text, revision = response_comments.revision + 1, "
            "actor = excluded.actor, at = excluded.at",
            (*key, text, actor, at),
        )
    elif expected == 0:
        cursor = db.execute(
            "INSERT INTO response_comments (consultation_id, number, text, revision, actor, at) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (consultation_id, number) DO NOTHING",
            (*key, text, actor, at),
        )
        if cursor.rowcount != 1:
            return None
    else:
        cursor = db.execute(
            "UPDATE response_comments SET text = ?, revision = revision + 1, actor = ?, at = ? "
            "WHERE consultation_id = ? AND number = ? AND revision = ?",
            (text, actor, at, *key, expected),
        )
        if cursor.rowcount != 1:
            return None
    return comment(db, consultation_id, number)


# --- Forvaltningens bemærkninger per theme ----------------------------------------------------


def remarks(db: sqlite3.Connection, consultation_id: int, theme: str) -> Edit | None:
    row = db.execute(
        "SELECT * FROM theme_remarks WHERE consultation_id = ? AND theme = ?", (consultation_id, theme)
    ).fetchone()
    return _edit(row, recommendation=True) if row else None


def save_remarks(
    db: sqlite3.Connection, consultation_id: int, theme: str, text: str, recommendation: str | None,
    actor: str, at: str, expected: int | None,
) -> Edit | None:  # fmt: skip
    """Write a theme's remarks (and its recommendation; None keeps the stored one), as
    `save_comment` does."""
    key = (consultation_id, theme)
    if expected is None:
        db.execute(
            "INSERT INTO theme_remarks (consultation_id, theme, text, recommendation, revision, actor, at) "
            "VALUES (?, ?, ?, COALESCE(?, ''), 1, ?, ?) ON CONFLICT (consultation_id, theme) DO UPDATE SET "
            "text = excluded.text, recommendation = COALESCE(?, theme_remarks.recommendation), "
            "revision = theme_remarks.revision + 1, actor = excluded.actor, at = excluded.at",
            (*key, text, recommendation, actor, at, recommendation),
        )
    elif expected == 0:
        cursor = db.execute(
            "INSERT INTO theme_remarks (consultation_id, theme, text, recommendation, revision, actor, at) "
            "VALUES (?, ?, ?, COALESCE(?, ''), 1, ?, ?) ON CONFLICT (consultation_id, theme) DO NOTHING",
            (*key, text, recommendation, actor, at),
        )
        if cursor.rowcount != 1:
            return None
    else:
        cursor = db.execute(
            "UPDATE theme_remarks SET text = ?, recommendation = COALESCE(?, recommendation), "
            "revision = revision + 1, actor = ?, at = ? "
            "WHERE consultation_id = ? AND theme = ? AND revision = ?",
            (text, recommendation, actor, at, *key, expected),
        )
        if cursor.rowcount != 1:
            return None
    return remarks(db, consultation_id, theme)


def move_remarks(db: sqlite3.Connection, consultation_id: int, old: str, new: str) -> None:
    """A theme's remarks follow it to its new key (the new key must have none)."""
    db.execute(
        "UPDATE theme_remarks SET theme = ? WHERE consultation_id = ? AND theme = ?", (new, consultation_id, old)
    )


def delete_remarks(db: sqlite3.Connection, consultation_id: int, theme: str) -> None:
    db.execute("DELETE FROM theme_remarks WHERE consultation_id = ? AND theme = ?", (consultation_id, theme))


# --- exclusions and reviewed marks ------------------------------------------------------------


def set_exclusion(db: sqlite3.Connection, consultation_id: int, number: int, reason: str, actor: str, at: str) -> None:
    db.execute(
        "INSERT INTO exclusions (consultation_id, number, reason, actor, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (consultation_id, number) DO UPDATE SET reason = excluded.reason, "
        "actor = excluded.actor, at = excluded.at",
        (consultation_id, number, reason, actor, at),
    )


def delete_exclusion(db: sqlite3.Connection, consultation_id: int, number: int) -> bool:
    cursor = db.execute(
        "DELETE FROM exclusions WHERE consultation_id = ? AND number = ?", (consultation_id, number)
    )
    return cursor.rowcount > 0


def _exclusions(db: sqlite3.Connection, consultation_id: int) -> dict[int, Decision]:
    rows = db.execute("SELECT * FROM exclusions WHERE consultation_id = ?", (consultation_id,))
    return {r["number"]: Decision(r["actor"], r["at"], r["reason"]) for r in rows}


def excluded(db: sqlite3.Connection, consultation_id: int) -> dict[int, Decision]:
    """{number: who excluded it, when, and why}, the attachments of an excluded e-mail
    included (`ReviewState`)."""
    return {n: r.excluded_by for n, r in state(db, consultation_id).responses.items() if r.excluded}


def set_reviewed(db: sqlite3.Connection, consultation_id: int, number: int, actor: str, at: str) -> bool:
    """Mark it reviewed; False when it already was (the first mark is kept)."""
    cursor = db.execute(
        "INSERT INTO reviewed_responses (consultation_id, number, actor, at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (consultation_id, number) DO NOTHING",
        (consultation_id, number, actor, at),
    )
    return cursor.rowcount > 0


def delete_reviewed(db: sqlite3.Connection, consultation_id: int, number: int) -> bool:
    cursor = db.execute(
        "DELETE FROM reviewed_responses WHERE consultation_id = ? AND number = ?", (consultation_id, number)
    )
    return cursor.rowcount > 0


# --- everything at once -----------------------------------------------------------------------


def state(db: sqlite3.Connection, consultation_id: int) -> ReviewState:
    """A consultation's review: one query per table, however many responses."""
    values: dict[int, dict] = {}

    def of(number: int) -> dict:
        return values.setdefault(number, {"number": number})

    for r in db.execute("SELECT * FROM response_comments WHERE consultation_id = ?", (consultation_id,)):
        of(r["number"])["comment"] = _edit(r)
    for number, decision in _exclusions(db, consultation_id).items():
        of(number).update(excluded_reason=decision.reason, excluded_by=decision)
    for r in db.execute("SELECT * FROM reviewed_responses WHERE consultation_id = ?", (consultation_id,)):
        of(r["number"]).update(reviewed=True, reviewed_by=Decision(r["actor"], r["at"]))
    rows = db.execute(
        "SELECT number, field, value FROM overrides WHERE consultation_id = ? AND field IN (?, ?)",
        (consultation_id, RECEIVED, CAMPAIGN_OF),
    )
    for r in rows:
        if r["field"] == RECEIVED and r["value"]:
            of(r["number"])["received"] = r["value"]
        elif r["field"] == CAMPAIGN_OF:
            of(r["number"]).update(campaign_set=True, campaign_of=int(r["value"]) if r["value"] else None)
    themes = {
        r["theme"]: _edit(r, recommendation=True)
        for r in db.execute("SELECT * FROM theme_remarks WHERE consultation_id = ?", (consultation_id,))
    }
    attachments = {
        r["number"]: r["via_email"]
        for r in db.execute(
            "SELECT number, via_email FROM responses WHERE consultation_id = ? AND via_email IS NOT NULL",
            (consultation_id,),
        )
    }
    return ReviewState({n: ResponseReview(**v) for n, v in sorted(values.items())}, themes, attachments)


def set_received(db: sqlite3.Connection, consultation_id: int, number: int, received: str, source: str) -> None:
    """Write a corrected received date on the response's row (its override is kept apart)."""
    db.execute(
        "UPDATE responses SET received = ?, received_source = ? WHERE consultation_id = ? AND number = ?",
        (received, str(source), consultation_id, number),
    )


def set_config(db: sqlite3.Connection, consultation_id: int, config) -> None:
    """Write a consultation's config in the caller's transaction: a theme accepted, renamed or
    merged changes the config together with the rows kept by its key."""
    import json

    from .archive import now

    db.execute(
        "UPDATE consultations SET title = ?, config = ?, updated = ? WHERE id = ?",
        (config.title, json.dumps(config.to_json(), ensure_ascii=False), now(), consultation_id),
    )
