"""The domain's records and vocabularies: what a response is, independent of how it is stored.

Every status, stance, sender kind and source is a `StrEnum` member defined here once; its
value is what the archive stores and the export JSON carries (so a member compares equal to
the string), and `.da` is the Danish word staff read. `store/` turns rows into these records
and back; nothing else reads a row.

One module per concern; import from `hoering.model`.
"""

from __future__ import annotations

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
