"""Passages, theme tags, a person's tag corrections and suggested themes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from .vocabulary import CorrectionAction, Stance, TagSource, TagState

# Below this confidence a machine judgement is flagged for a person ("bør gennemses"):
# on the development sets, about one in four stances below it was wrong, one in twenty above.
REVIEW_BELOW = 0.7


class PassageKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Passage:
    """A heading or a paragraph of a response; `start`/`end` are char offsets into its text.

    `heading` is the label of the heading a paragraph sits under (None for a heading).
    """

    ordinal: int
    heading: str | None
    text: str
    start: int
    end: int
    kind: PassageKind


@dataclass
class ThemeTag:
    """One theme of one response, with the reasons: the passages, the words, the stance cues.

    What the tagger found (`source` AUTO), or a person's correction laid over it (MANUAL).
    `passages` are the ordinals of the evidence passages; the archive keeps them as the
    passages' theme links, so a tag read back from it has none.
    """

    key: str
    state: TagState
    stance: Stance
    evidence: list[str]
    triggers: list[str]
    source: TagSource = TagSource.AUTO
    stance_cues: list[str] = field(default_factory=list)
    passages: list[int] = field(default_factory=list)
    # How sure the machine is of the theme and its stance (0.5–1); None for a person's tag
    # and for tags written before confidences were kept.
    confidence: float | None = None

    @property
    def needs_review(self) -> bool:
        """A machine judgement a person should look at ("bør gennemses")."""
        return self.source == TagSource.AUTO and self.confidence is not None and self.confidence < REVIEW_BELOW

    def to_json(self) -> dict[str, Any]:
        """A discussed theme in the export's `themes` list."""
        return {"key": self.key, "stance": self.stance, "evidence": self.evidence,
                "triggers": self.triggers, "cues": self.stance_cues, "source": self.source,
                "confidence": None if self.confidence is None else round(self.confidence, 2),
                "review": self.needs_review}  # fmt: skip


@dataclass(frozen=True)
class TagCorrection:
    """A person's decision on one theme of one response (by its number); it always wins."""

    consultation_id: int
    number: int
    theme: str
    action: CorrectionAction
    stance: Stance | None = None  # ADD: the stance to set; None keeps the machine's
    created: str = ""
    evidence: str | None = None  # ADD: the passage a person chose as the evidence


class SuggestionPassage(NamedTuple):
    """A sentence quoted for a suggested theme, and the number of the response it is from
    (None when a hand-made export does not say)."""

    number: int | None
    text: str


@dataclass
class ThemeSuggestion:
    """A recurring topic outside the codebook, numbered so staff can accept it (`themes --accept N`).

    `numbers` are the responses that raise it and `passages` two (number, sentence) quotes;
    `accepted_key` is the theme it became.
    """

    n: int
    label: str
    keywords: list[str]
    numbers: list[int]
    passages: list[SuggestionPassage]
    accepted_key: str | None = None
    created: str = ""
    discarded: bool = False  # a person turned it down

    def to_json(self) -> dict[str, Any]:
        """The export's `suggested_themes` entry (its `response_id`s are numbers)."""
        return {
            "n": self.n,
            "label": self.label,
            "keywords": self.keywords,
            "response_ids": self.numbers,
            "passages": [{"response_id": number, "text": text} for number, text in self.passages],
            "accepted_key": self.accepted_key,
            "discarded": self.discarded,
        }
