"""Light records for the review workspace's overview pages: a response without its text, a
theme mark without its evidence, a passage on a theme. Read in one query each, so a page over
a thousand responses never decodes a thousand letters."""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocabulary import SenderKind, SenderSource, Stance, Status, TagSource


@dataclass(frozen=True, slots=True)
class TagMark:
    """One discussed theme of one response, as a table shows it. `guessed`: a machine stance
    a person should look at ("bør gennemses"): it rests on no stance cue (the reader's
    default), or its confidence is below `model.themes.REVIEW_BELOW`, as the export's `review`."""

    key: str
    stance: Stance | str | None
    source: TagSource | str
    guessed: bool = False


@dataclass(slots=True)
class ResponseLine:
    """One response of a consultation without its text (the responses table's row)."""

    number: int
    file: str
    status: Status | str
    error: str | None
    sender: str | None
    sender_source: SenderSource | str | None
    sender_kind: SenderKind | str
    party: str | None
    received: str | None
    received_source: str | None
    duplicate_of: int | None
    campaign: int | None
    revision_of: int | None
    via_email: int | None
    late: bool
    warnings: list[str] = field(default_factory=list)
    marks: list[TagMark] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ThemePassage:
    """What one response says on one theme: its stance and the evidence passages."""

    number: int
    sender: str | None
    stance: Stance | str | None
    source: TagSource | str
    evidence: list[str]


@dataclass(frozen=True, slots=True)
class ConsultationTally:
    """A consultation's responses, counted for the list of consultations."""

    consultation_id: int
    responses: int
    readable: int
    failed: int
