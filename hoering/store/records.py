"""Rows of the archive's tables as the typed records of `hoering.model`, in one place.

A stored value this version does not know (a newer version wrote it) stays a plain string
rather than failing the read; JSON columns are decoded here and nowhere else.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..model import (
    AuditAction,
    AuditEntry,
    CorrectionAction,
    ReceivedSource,
    Response,
    SenderKind,
    SenderSource,
    Stance,
    Status,
    SuggestionPassage,
    TagCorrection,
    TagSource,
    TagState,
    ThemeSuggestion,
    ThemeTag,
    member,
)

_RESPONSE_FIELDS = frozenset(Response.__dataclass_fields__)


def _object(value) -> dict[str, Any]:
    try:
        decoded = json.loads(value or "{}")
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def response(row: sqlite3.Row) -> Response:
    """From a row of the `responses` table."""
    values = {k: row[k] for k in row.keys() if k in _RESPONSE_FIELDS}
    values["status"] = member(Status, values["status"])
    values["sender_source"] = member(SenderSource, values.get("sender_source"))
    values["sender_kind"] = member(SenderKind, values.get("sender_kind") or "organisation")
    values["received_source"] = member(ReceivedSource, values.get("received_source"))
    values["metadata"] = _object(values.get("metadata"))
    values["late"] = bool(values.get("late"))
    values["attachments_pending"] = bool(values.get("attachments_pending"))
    return Response(**values)


def theme_tag(row: sqlite3.Row) -> ThemeTag:
    """From a row of the `tags` table."""
    return ThemeTag(
        row["theme"],
        member(TagState, row["state"]),
        member(Stance, row["stance"]),
        json.loads(row["evidence"]),
        json.loads(row["triggers"]),
        source=member(TagSource, row["source"]),
        stance_cues=json.loads(row["cues"]),
        confidence=row["confidence"],
    )


def tag_correction(row: sqlite3.Row) -> TagCorrection:
    """From a row of the `tag_corrections` table."""
    return TagCorrection(
        row["consultation_id"], row["number"], row["theme"],
        member(CorrectionAction, row["action"]), member(Stance, row["stance"]), row["created"],
        row["evidence"],
    )  # fmt: skip


def suggestion(row: sqlite3.Row) -> ThemeSuggestion:
    """From a row of the `suggested_themes` table."""
    return ThemeSuggestion(
        row["n"],
        row["label"],
        json.loads(row["keywords"]),
        json.loads(row["response_numbers"]),
        [SuggestionPassage(p["response_id"], p["text"]) for p in json.loads(row["passages"])],
        row["accepted_key"],
        row["created"],
        bool(row["discarded"]),
    )


def audit_entry(row: sqlite3.Row) -> AuditEntry:
    """From a row of the `audit_log` table."""
    return AuditEntry(
        row["id"], row["at"], row["actor"], member(AuditAction, row["action"]),
        row["consultation"], row["number"], row["detail"],
    )  # fmt: skip
