"""What a published note leaves out (redaction) and a person's say over it (sign-off)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum


class RedactionKind(StrEnum):
    """What a piece of personal data taken out of a published text is (`hoering.redaction`)."""

    NAME = "name"  # a private person's name: a citizen's own, or one a letter mentions
    CPR = "cpr"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    PLATE = "plate"  # a car's licence plate
    HEALTH = "health"  # GDPR art. 9 from here on: special categories
    UNION = "union"
    RELIGION = "religion"
    ETHNICITY = "ethnicity"
    ORIENTATION = "orientation"
    MANUAL = "manual"  # a person said so (`hoering redact`)

    @property
    def da(self) -> str:
        return _REDACTION_KIND_DA[self]

    @property
    def special(self) -> bool:
        """A special category of personal data (GDPR art. 9): never published."""
        return self in SPECIAL_CATEGORIES


_REDACTION_KIND_DA = {
    RedactionKind.NAME: "navn",
    RedactionKind.CPR: "CPR-nummer",
    RedactionKind.EMAIL: "e-mailadresse",
    RedactionKind.PHONE: "telefonnummer",
    RedactionKind.ADDRESS: "adresse",
    RedactionKind.PLATE: "nummerplade",
    RedactionKind.HEALTH: "helbredsoplysning",
    RedactionKind.UNION: "fagforeningsforhold",
    RedactionKind.RELIGION: "religion",
    RedactionKind.ETHNICITY: "etnisk oprindelse",
    RedactionKind.ORIENTATION: "seksuel orientering",
    RedactionKind.MANUAL: "fjernet manuelt",
}
SPECIAL_CATEGORIES = frozenset(
    {RedactionKind.HEALTH, RedactionKind.UNION, RedactionKind.RELIGION, RedactionKind.ETHNICITY,
     RedactionKind.ORIENTATION}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Redaction:
    """One piece of personal data a published note leaves out, and what stands there instead.

    `number` is the response's public number (None: text that belongs to no one response);
    `context` is the original text around it, for the person who checks; `sure` is False where
    the rules were in doubt (a capitalised word that may be a name, a number that may be a
    phone number): those are the ones to look at first.
    """

    number: int | None
    kind: RedactionKind
    original: str
    replacement: str
    context: str
    sure: bool = True

    @property
    def review(self) -> ReviewedRedaction:
        """What a person's review of it is kept as (the text only as its hash)."""
        digest = hashlib.sha256(self.original.encode("utf-8")).hexdigest()
        return ReviewedRedaction(self.number, self.kind, digest)


# --- publication: a person's sign-off and redaction decisions


@dataclass(frozen=True, slots=True)
class Approval:
    """A person's approval of a consultation's public note. `fingerprint` is the hash of the
    export the note was built from when it was approved (`ConsultationExport.fingerprint`):
    the approval holds only while the export is still the same."""

    actor: str  # the operating system's user name
    at: str  # UTC, ISO 8601
    fingerprint: str
    reason: str = ""  # why it was approved with doubtful redactions left unreviewed


class ManualAction(StrEnum):
    """A person's decision about a text in one response's published text."""

    REDACT = "redact"  # always removed
    KEEP = "keep"  # never removed: a false positive of the rules

    @property
    def da(self) -> str:
        return {ManualAction.REDACT: "fjernes", ManualAction.KEEP: "bevares"}[self]


@dataclass(frozen=True, slots=True)
class ManualRedaction:
    """`text` in response `number`'s published text: removed (REDACT) or kept (KEEP) in
    every occurrence. Kept by number, so it survives re-collects and re-analysis."""

    number: int
    text: str
    action: ManualAction
    created: str = ""


@dataclass(frozen=True, slots=True)
class ReviewedRedaction:
    """A doubtful redaction a person accepted as it is: by response number, kind and the
    hash of the removed text (the text itself is not kept again)."""

    number: int | None
    kind: RedactionKind | str
    original_sha256: str
