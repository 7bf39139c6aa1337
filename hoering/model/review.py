"""A person's review of a consultation: Vurdering per response, the department's remarks per
theme, exclusions, reviewed marks, and what reading an edited spreadsheet back found.

Each decision carries who made it and when; a text that several people may edit at once also
carries a `revision`, which an editor sends back with the change (`hoering.review`): a
change made on an older revision than the stored one is refused, never silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Edit:
    """A text a person wrote, at its revision: 1 for the first save, one more for each
    later one; 0 means never written. `recommendation` is a theme's "Forvaltningens
    indstilling" (always "" for a response's Vurdering)."""

    text: str
    revision: int
    by: str
    at: str  # UTC, ISO 8601
    recommendation: str = ""


NOT_WRITTEN = Edit("", 0, "", "")


@dataclass(frozen=True, slots=True)
class Decision:
    """A yes/no decision and who made it when (reviewed, excluded)."""

    by: str
    at: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ResponseReview:
    """Everything a person decided about one response (by its public number).

    `received` is the corrected received date (ISO) or None when not corrected;
    `campaign_set` says whether a person decided the form-letter membership, and then
    `campaign_of` is the response whose campaign it joined (None: in no campaign).
    """

    number: int
    reviewed: bool = False
    excluded_reason: str | None = None
    comment: Edit | None = None
    reviewed_by: Decision | None = None
    excluded_by: Decision | None = None
    received: str | None = None
    campaign_set: bool = False
    campaign_of: int | None = None
    # An attachment left out because the e-mail it came with was: that e-mail's number (its
    # reason and who decided are the e-mail's). None when excluded on its own, or not at all.
    excluded_with: int | None = None

    @property
    def excluded(self) -> bool:
        return self.excluded_reason is not None


@dataclass
class ReviewState:
    """A consultation's review, read in one go: per response number (only those with a
    decision), and per theme key the remarks.

    `attachments` maps an attachment's number to the number of the e-mail it came with. An
    attachment is part of its e-mail's response: excluding the e-mail excludes it too (unless
    a person excluded it on its own), and including the e-mail again restores it, since
    nothing is stored for the attachment itself. Applied here, once, so every reader of the
    review (counts, pages, export, note) sees the same."""

    responses: dict[int, ResponseReview] = field(default_factory=dict)
    themes: dict[str, Edit] = field(default_factory=dict)
    attachments: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for number in sorted(self.attachments):
            own = self.responses.get(number)
            if own is not None and own.excluded:
                continue
            email = self.excluded_email(number)
            if email is None:
                continue
            decided = self.responses[email]
            self.responses[number] = replace(
                own or ResponseReview(number), excluded_reason=decided.excluded_reason,
                excluded_by=decided.excluded_by, excluded_with=email,
            )  # fmt: skip
        self.responses = dict(sorted(self.responses.items()))

    def excluded_email(self, number: int) -> int | None:
        """The e-mail (or the e-mail around it, for an attachment of an attachment) a person
        excluded that response `number` came with, if any."""
        seen = {number}
        email = self.attachments.get(number)
        while email is not None and email not in seen:
            decided = self.responses.get(email)
            if decided is not None and decided.excluded and decided.excluded_with is None:
                return email
            seen.add(email)
            email = self.attachments.get(email)
        return None

    def attachments_of(self, email: int) -> list[int]:
        """The attachments that came with e-mail `email` (and with its attachments)."""
        found, todo = [], [email]
        while todo:
            parent = todo.pop()
            for number, via in self.attachments.items():
                if via == parent and number not in found and number != email:
                    found.append(number)
                    todo.append(number)
        return sorted(found)

    def response(self, number: int) -> ResponseReview:
        return self.responses.get(number) or ResponseReview(number)

    def theme(self, key: str) -> Edit:
        return self.themes.get(key) or NOT_WRITTEN

    @property
    def excluded(self) -> dict[int, str]:
        """{number: reason} of the excluded responses."""
        return {n: r.excluded_reason for n, r in self.responses.items() if r.excluded_reason is not None}

    @property
    def reviewed(self) -> set[int]:
        return {n for n, r in self.responses.items() if r.reviewed}


# --- reading an edited spreadsheet back (`hoering review-import`)


class ImportOutcome(StrEnum):
    """What happened to one changed cell of the spreadsheet."""

    APPLIED = "applied"
    CONFLICT = "conflict"  # the archive's value changed since the export: not applied
    INVALID = "invalid"  # a value that cannot be used (an unknown theme, a bad date …)
    UNKNOWN_ROW = "unknown_row"  # no such response, or no number

    @property
    def da(self) -> str:
        return _IMPORT_OUTCOME_DA[self]


_IMPORT_OUTCOME_DA = {
    ImportOutcome.APPLIED: "gemt",
    ImportOutcome.CONFLICT: "konflikt",
    ImportOutcome.INVALID: "ugyldig",
    ImportOutcome.UNKNOWN_ROW: "ukendt række",
}


@dataclass(frozen=True, slots=True)
class ImportLine:
    """One change read from the spreadsheet and what became of it. `row` is the sheet's row
    number (as Excel shows it), `number` the response's (None when the row has none),
    `field` the column's heading, `message` a Danish sentence."""

    row: int
    number: int | None
    field: str
    outcome: ImportOutcome
    message: str = ""


@dataclass
class ImportReport:
    """What `review-import` did: every changed cell is in `lines`; `unchanged` counts the rows
    with nothing changed."""

    file: str
    rows: int = 0
    unchanged: int = 0
    lines: list[ImportLine] = field(default_factory=list)

    def count(self, outcome: ImportOutcome) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def applied(self) -> int:
        return self.count(ImportOutcome.APPLIED)

    @property
    def conflicts(self) -> list[ImportLine]:
        return [line for line in self.lines if line.outcome == ImportOutcome.CONFLICT]

    @property
    def problems(self) -> list[ImportLine]:
        return [line for line in self.lines if line.outcome != ImportOutcome.APPLIED]
