"""The audit log (`audit_log`, m008_audit_log): who did what to which consultation and response.

Generic on purpose: deletions write to it now, a person's approvals and manual redactions
will too. An entry is written in the caller's transaction, so it commits together with what
it records, or not at all. `detail` is a short sentence for staff, and never personal data:
not a letter's text, not its sender's name, not the file name of a citizen's letter (a
deletion's entry stays after the letter is gone, and the log is kept for good).
"""

from __future__ import annotations

import contextlib
import contextvars
import getpass
import sqlite3
from collections.abc import Iterator

from ..model import AuditAction, AuditEntry
from . import records
from .archive import now

# An entry describes, it does not quote; a longer detail is cut.
MAX_DETAIL = 300


# Who is acting, when it is not the operating system's user: the logged-in user of the web
# app. A context variable, so each request (thread or task) has its own.
_acting: contextvars.ContextVar[str | None] = contextvars.ContextVar("hoering_acting_as", default=None)


@contextlib.contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Within the block, every decision and audit entry is recorded as `name`'s."""
    token = _acting.set(name)
    try:
        yield
    finally:
        _acting.reset(token)


def current_user() -> str:
    """Who is acting: the name `acting_as` set, else the operating system's user name
    (LOGNAME, USER, … then the password database)."""
    acting = _acting.get()
    if acting:
        return acting
    try:
        return getpass.getuser() or "ukendt"
    except (KeyError, OSError):  # a container's uid without a passwd entry
        return "ukendt"


def record(
    db: sqlite3.Connection,
    action: AuditAction,
    slug: str | None,
    number: int | None = None,
    detail: str = "",
    *,
    actor: str | None = None,
) -> None:
    """Add an entry; call inside the transaction that does what it records."""
    if len(detail) > MAX_DETAIL:  # cut, not refused: what it records has been done
        detail = detail[: MAX_DETAIL - 1] + "…"
    db.execute(
        "INSERT INTO audit_log (at, actor, action, consultation, number, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (now(), actor or current_user(), str(action), slug, number, detail),
    )


def entries(
    db: sqlite3.Connection, slug: str | None = None, *, number: int | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """The log, oldest first; only consultation `slug`'s entries when given, and of those
    only response `number`'s when given; the newest `limit` entries when given."""
    where, args = ("WHERE consultation = ?", [slug]) if slug is not None else ("", [])
    if slug is not None and number is not None:
        where += " AND number = ?"
        args.append(number)
    sql = f"SELECT * FROM audit_log {where} ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    rows = db.execute(sql, args).fetchall()
    return [records.audit_entry(r) for r in reversed(rows)]
