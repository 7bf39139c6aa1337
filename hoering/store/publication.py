"""A person's decisions about what is published (m010_publication): the approval of the
public note, manual redactions, and the doubtful redactions reviewed.

Each function runs in the caller's transaction, beside its audit entry (`store.audit`).
"""

from __future__ import annotations

import sqlite3

from ..model import Approval, ManualAction, ManualRedaction, ReviewedRedaction, member
from .archive import now

# A redaction of text that belongs to no one response is kept under this number.
NO_NUMBER = -1


def approval(db: sqlite3.Connection, consultation_id: int) -> Approval | None:
    row = db.execute(
        "SELECT actor, at, fingerprint, reason FROM approvals WHERE consultation_id = ?", (consultation_id,)
    ).fetchone()
    return Approval(row["actor"], row["at"], row["fingerprint"], row["reason"]) if row else None


def set_approval(db: sqlite3.Connection, consultation_id: int, approved: Approval) -> None:
    db.execute(
        "INSERT INTO approvals (consultation_id, actor, at, fingerprint, reason) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (consultation_id) DO UPDATE SET actor = excluded.actor, at = excluded.at, "
        "fingerprint = excluded.fingerprint, reason = excluded.reason",
        (consultation_id, approved.actor, approved.at, approved.fingerprint, approved.reason),
    )


def delete_approval(db: sqlite3.Connection, consultation_id: int) -> bool:
    cursor = db.execute("DELETE FROM approvals WHERE consultation_id = ?", (consultation_id,))
    return cursor.rowcount > 0


def manual_redactions(db: sqlite3.Connection, consultation_id: int) -> list[ManualRedaction]:
    rows = db.execute(
        "SELECT number, text, action, created FROM manual_redactions WHERE consultation_id = ? "
        "ORDER BY number, created, text",
        (consultation_id,),
    )
    return [ManualRedaction(r["number"], r["text"], member(ManualAction, r["action"]), r["created"]) for r in rows]


def set_manual_redaction(db: sqlite3.Connection, consultation_id: int, number: int, text: str, action: ManualAction) -> None:
    db.execute(
        "INSERT INTO manual_redactions (consultation_id, number, text, action, created) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (consultation_id, number, text) DO UPDATE SET action = excluded.action, "
        "created = excluded.created",
        (consultation_id, number, text, str(action), now()),
    )


def delete_manual_redaction(db: sqlite3.Connection, consultation_id: int, number: int, text: str) -> bool:
    cursor = db.execute(
        "DELETE FROM manual_redactions WHERE consultation_id = ? AND number = ? AND text = ?",
        (consultation_id, number, text),
    )
    return cursor.rowcount > 0


def reviewed(db: sqlite3.Connection, consultation_id: int) -> set[ReviewedRedaction]:
    rows = db.execute(
        "SELECT number, kind, original_sha256 FROM reviewed_redactions WHERE consultation_id = ?",
        (consultation_id,),
    )
    return {
        ReviewedRedaction(None if r["number"] == NO_NUMBER else r["number"], r["kind"], r["original_sha256"])
        for r in rows
    }


def add_reviewed(db: sqlite3.Connection, consultation_id: int, items: list[ReviewedRedaction], actor: str) -> None:
    stamp = now()
    db.executemany(
        "INSERT INTO reviewed_redactions (consultation_id, number, kind, original_sha256, actor, created) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (consultation_id, number, kind, original_sha256) DO NOTHING",
        [
            (consultation_id, NO_NUMBER if r.number is None else r.number, str(r.kind), r.original_sha256, actor, stamp)
            for r in items
        ],
    )

