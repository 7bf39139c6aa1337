"""The domain's records and vocabularies: what a response is, independent of how it is stored.

Every status, stance, sender kind and source is a `StrEnum` member defined here once; its
value is what the archive stores and the export JSON carries (so a member compares equal to
the string), and `.da` is the Danish word staff read. `store/` turns rows into these records
and back; nothing else reads a row.

One module per concern; import from `hoering.model`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Every name, with the module that defines it. A module is imported when one of its names is
# first asked for (`from hoering.model import Response`): a command that lists responses does
# not pay for creating the record classes of review, publication or search.
_WHERE = {
    "AuditAction": "audit",
    "AuditEntry": "audit",
    "Deletion": "audit",
    "Retention": "audit",
    "RetentionStart": "audit",
    "Approval": "publication",
    "ManualAction": "publication",
    "ManualRedaction": "publication",
    "Redaction": "publication",
    "RedactionKind": "publication",
    "ReviewedRedaction": "publication",
    "SPECIAL_CATEGORIES": "publication",
    "EMAIL_FORMATS": "response",
    "Response": "response",
    "Decision": "review",
    "Edit": "review",
    "ImportLine": "review",
    "ImportOutcome": "review",
    "ImportReport": "review",
    "NOT_WRITTEN": "review",
    "ResponseReview": "review",
    "ReviewState": "review",
    "Analysed": "search",
    "Filters": "search",
    "FoundPassage": "search",
    "IndexQuery": "search",
    "IndexRow": "search",
    "TermSet": "search",
    "Passage": "themes",
    "PassageKind": "themes",
    "SuggestionPassage": "themes",
    "TagCorrection": "themes",
    "ThemeSuggestion": "themes",
    "ThemeTag": "themes",
    "Role": "users",
    "User": "users",
    "Action": "vocabulary",
    "CorrectionAction": "vocabulary",
    "Position": "vocabulary",
    "ReceivedSource": "vocabulary",
    "SETTLED": "vocabulary",
    "SenderKind": "vocabulary",
    "SenderSource": "vocabulary",
    "Stance": "vocabulary",
    "Status": "vocabulary",
    "TagSource": "vocabulary",
    "TagState": "vocabulary",
    "member": "vocabulary",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


if TYPE_CHECKING:
    from .audit import AuditAction, AuditEntry, Deletion, Retention, RetentionStart
    from .publication import (
        SPECIAL_CATEGORIES,
        Approval,
        ManualAction,
        ManualRedaction,
        Redaction,
        RedactionKind,
        ReviewedRedaction,
    )
    from .response import EMAIL_FORMATS, Response
    from .review import (
        NOT_WRITTEN,
        Decision,
        Edit,
        ImportLine,
        ImportOutcome,
        ImportReport,
        ResponseReview,
        ReviewState,
    )
    from .search import Analysed, Filters, FoundPassage, IndexQuery, IndexRow, TermSet
    from .themes import (
        Passage,
        PassageKind,
        SuggestionPassage,
        TagCorrection,
        ThemeSuggestion,
        ThemeTag,
    )
    from .users import Role, User
    from .vocabulary import (
        SETTLED,
        Action,
        CorrectionAction,
        Position,
        ReceivedSource,
        SenderKind,
        SenderSource,
        Stance,
        Status,
        TagSource,
        TagState,
        member,
    )

__all__ = ["Action", "Analysed", "Approval", "AuditAction", "AuditEntry", "CorrectionAction", "Decision", "Deletion", "EMAIL_FORMATS", "Edit", "Filters", "FoundPassage", "ImportLine", "ImportOutcome", "ImportReport", "IndexQuery", "IndexRow", "ManualAction", "ManualRedaction", "NOT_WRITTEN", "Passage", "PassageKind", "Position", "ReceivedSource", "Redaction", "RedactionKind", "Response", "ResponseReview", "Retention", "RetentionStart", "ReviewState", "ReviewedRedaction", "Role", "SETTLED", "SPECIAL_CATEGORIES", "SenderKind", "SenderSource", "Stance", "Status", "SuggestionPassage", "TagCorrection", "TagSource", "TagState", "TermSet", "ThemeSuggestion", "ThemeTag", "User", "member"]  # fmt: skip
