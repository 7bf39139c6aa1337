"""The domain's records and vocabularies: what a response is, independent of how it is stored.

Every status, stance, sender kind and source is a `StrEnum` member defined here once; its
value is what the archive stores and the export JSON carries (so a member compares equal to
the string), and `.da` is the Danish word staff read. `store/` turns rows into these records
and back; nothing else reads a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Where a response stands after it was read."""

    OK = "ok"
    FAILED = "failed"
    NEEDS_OCR = "needs_ocr"
    DUPLICATE = "duplicate"
    COVER = "cover"  # an e-mail that only covers its attachments (hoering.intake)

    @property
    def da(self) -> str:
        return _STATUS_DA[self]

    @property
    def settled(self) -> bool:
        """Read, nothing to retry: a re-collect leaves it alone."""
        return self in SETTLED


_STATUS_DA = {
    Status.OK: "læst",
    Status.FAILED: "fejl",
    Status.NEEDS_OCR: "kræver OCR",
    Status.DUPLICATE: "dublet",
    Status.COVER: "følgemail",
}
SETTLED = frozenset({Status.OK, Status.DUPLICATE, Status.COVER})


class SenderKind(StrEnum):
    ORGANISATION = "organisation"
    CITIZEN = "citizen"

    @property
    def da(self) -> str:
        return {SenderKind.ORGANISATION: "organisation", SenderKind.CITIZEN: "borger"}[self]


class SenderSource(StrEnum):
    """Where the sender's name was read."""

    TITLE = "title"
    LETTERHEAD = "letterhead"
    SIGNATURE = "signature"
    FILENAME = "filename"
    EMAIL = "email"  # the e-mail's From header
    MANUAL = "manual"  # a person said so (set-sender)
    UNKNOWN = "unknown"


class ReceivedSource(StrEnum):
    """Where the received date comes from."""

    EMAIL = "email"  # the e-mail's Date header
    LETTER = "letter"  # the date written in the letter
    MTIME = "mtime"  # the file's modification time (the weakest)


class Stance(StrEnum):
    """A response's position on a theme; the codes are Danish, as the export carries them."""

    AGAINST = "imod"
    SUPPORTS = "støtter"
    NEUTRAL = "neutral"

    @property
    def da(self) -> str:
        return _STANCE_DA[self]


# "imod" covers worry as well as opposition (hoering.analysis.stance), so staff read both.
_STANCE_DA = {Stance.AGAINST: "imod/bekymret", Stance.SUPPORTS: "støtter", Stance.NEUTRAL: "neutral"}


class TagState(StrEnum):
    DISCUSSES = "discusses"
    NO_COMMENT = "no_comment"


class TagSource(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"  # a person's correction, laid over the machine's tag
    BASELINE = "baseline"  # the naive keyword search `eval` scores beside ours; never stored


class CorrectionAction(StrEnum):
    ADD = "add"
    REMOVE = "remove"


class Action(StrEnum):
    """What collect did with a file."""

    NEW = "new"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    RETRIED = "retried"  # read again in place (it had failed, or its attachments were cut off)
    REFUSED = "refused"  # no row: too large, not a regular file, unreadable


def member(kind, value):
    """A stored value as its vocabulary member; one this version does not know (a newer
    version wrote it) stays a plain string rather than failing the read."""
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return value


@dataclass
class Response:
    """One response in a consultation, as the archive holds it.

    `id` is the archive's internal row id; `number` is the public number (1, 2, 3 … within the
    consultation) that staff, the note and the export use. `duplicate_of`, `revision_of`,
    `via_email` and `campaign` hold numbers.
    """

    id: int
    consultation_id: int
    number: int
    file: str
    sha256: str
    size: int
    status: Status
    collected: str
    source_path: str | None = None
    format: str | None = None
    error: str | None = None
    error_code: str | None = None
    sender: str | None = None
    sender_source: SenderSource | None = None
    sender_kind: SenderKind = SenderKind.ORGANISATION
    party: str | None = None
    party_score: float | None = None
    received: str | None = None
    received_source: ReceivedSource | None = None
    pages: int | None = None
    text: str = ""
    text_chars: int = 0
    letterhead: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    duplicate_of: int | None = None
    via_email: int | None = None
    campaign: int | None = None
    revision_of: int | None = None
    late: bool = False
    attachments_pending: bool = False
    path_bytes: bytes | None = None

    @property
    def document(self) -> dict[str, Any]:
        """What the reader learnt about the file (PDF info, e-mail headers, OCR …)."""
        return self.metadata.get("document") or {}

    @property
    def warnings(self) -> list[str]:
        return self.metadata.get("warnings") or []

    @property
    def is_email(self) -> bool:
        return self.format in EMAIL_FORMATS


EMAIL_FORMATS = frozenset({"eml", "msg", "tnef"})  # tnef: a winmail.dat saved on its own


# --- search


@dataclass(frozen=True, slots=True)
class Analysed:
    """A passage as the search index holds it: its text analysed into index terms."""

    lemmas: str  # space-separated terms, one or more per word, in text order
    forms: str  # surface forms the lemmas do not cover
    length: int  # number of terms in `lemmas`


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One passage's row in the search index, finished: the archive only writes it."""

    response_id: int
    place: int  # the passage's place in the response (0 = first)
    passage_id: int
    analysed: Analysed


@dataclass(frozen=True, slots=True)
class TermSet:
    """What one query word or phrase asks of the index: any one of `terms`, or, for a
    phrase, all of them next to each other in this order (in the lemmas)."""

    terms: tuple[str, ...]
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class IndexQuery:
    """Which passages match, in index terms: every group (an AND of ORs) and none excluded."""

    required: tuple[tuple[TermSet, ...], ...]
    excluded: tuple[TermSet, ...] = ()


@dataclass
class Filters:
    """What a search is limited to, as the user wrote it."""

    consultation: str | None = None  # slug
    sender: str | None = None  # part of the sender's name, any case
    party: str | None = None  # part of the consulted party's name, any case
    theme: str | None = None  # theme key
    since: str | None = None  # ISO date (or year, year-month), inclusive
    until: str | None = None
    kind: str | None = None  # organisation | citizen

    def any(self) -> bool:
        return any(v for v in vars(self).values())


@dataclass(frozen=True, slots=True)
class FoundPassage:
    """A passage a search shows, with what the result line says about its response."""

    doc: int  # the passage's key in the index
    ordinal: int
    kind: str  # heading | paragraph
    heading: str | None
    text: str
    consultation: str  # slug
    consultation_title: str
    number: int  # the response's public number
    file: str
    sender: str | None
    party: str | None
    sender_kind: str
    date: str | None  # received, else the day it was collected
# --- themes


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

    def to_json(self) -> dict[str, Any]:
        """A discussed theme in the export's `themes` list."""
        return {"key": self.key, "stance": self.stance, "evidence": self.evidence,
                "triggers": self.triggers, "cues": self.stance_cues, "source": self.source}  # fmt: skip


@dataclass(frozen=True)
class TagCorrection:
    """A person's decision on one theme of one response (by its number); it always wins."""

    consultation_id: int
    number: int
    theme: str
    action: CorrectionAction
    stance: Stance | None = None  # ADD: the stance to set; None keeps the machine's
    created: str = ""


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
    passages: list[tuple[int, str]]
    accepted_key: str | None = None
    created: str = ""

    def to_json(self) -> dict[str, Any]:
        """The export's `suggested_themes` entry (its `response_id`s are numbers)."""
        return {
            "n": self.n,
            "label": self.label,
            "keywords": self.keywords,
            "response_ids": self.numbers,
            "passages": [{"response_id": number, "text": text} for number, text in self.passages],
            "accepted_key": self.accepted_key,
        }


# --- audit


class AuditAction(StrEnum):
    """What the audit log records. The log says who did what to which consultation and
    response, never what a letter said: `detail` is a short sentence without personal data."""

    DELETE_RESPONSE = "delete_response"
    DELETE_CONSULTATION = "delete_consultation"
    PURGE_CONSULTATION = "purge_consultation"  # deleted because its retention ran out
    SWEEP_FILES = "sweep_files"  # original files left by an interrupted deletion removed
    APPROVE = "approve"  # the public note approved for publication
    WITHDRAW_APPROVAL = "withdraw_approval"
    REDACT = "redact"  # a person removed a text from a response's published text
    KEEP = "keep"  # a person said a text the rules removed may be published
    UNDO_REDACTION = "undo_redaction"  # a person's redact or keep taken back
    REVIEW_REDACTIONS = "review_redactions"  # doubtful redactions accepted as they are

    @property
    def da(self) -> str:
        return _AUDIT_ACTION_DA[self]


_AUDIT_ACTION_DA = {
    AuditAction.DELETE_RESPONSE: "svar slettet",
    AuditAction.DELETE_CONSULTATION: "høring slettet",
    AuditAction.PURGE_CONSULTATION: "høring slettet (opbevaringsfrist udløbet)",
    AuditAction.SWEEP_FILES: "efterladte originalfiler fjernet",
    AuditAction.APPROVE: "godkendt til offentliggørelse",
    AuditAction.WITHDRAW_APPROVAL: "godkendelse trukket tilbage",
    AuditAction.REDACT: "tekst fjernet manuelt",
    AuditAction.KEEP: "tekst bevaret manuelt",
    AuditAction.UNDO_REDACTION: "manuel anonymisering fortrudt",
    AuditAction.REVIEW_REDACTIONS: "tvivlsomme fjernelser gennemgået",
}


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit log. `consultation` is the slug as it was (the consultation may
    be gone); `number` a response's public number, or None when the entry is about more."""

    id: int
    at: str  # UTC, ISO 8601
    actor: str  # the operating system's user name
    action: AuditAction | str  # a value a newer version wrote stays a string
    consultation: str | None
    number: int | None
    detail: str


@dataclass
class Deletion:
    """What deleting a response (with its e-mail's attachments and its duplicates) or a whole
    consultation removes, found before it is confirmed and again inside the transaction.

    `responses` are the rows that go, in number order; `files` the originals (by SHA-256) no
    remaining response uses, removed from disk after the commit; `kept_files` the originals
    another response still uses (the same file in another consultation), which stay.
    """

    slug: str
    number: int | None  # the response asked for; None: the whole consultation
    responses: list[Response]
    files: list[str] = field(default_factory=list)
    kept_files: list[str] = field(default_factory=list)
    suggestions_dropped: int = 0  # theme suggestions built on a deleted response
    case_number: str | None = None

    @property
    def whole(self) -> bool:
        return self.number is None

    @property
    def numbers(self) -> list[int]:
        return [r.number for r in self.responses]


# --- retention


class RetentionStart(StrEnum):
    """What a consultation's retention (`delete_after_days`) is counted from."""

    DEADLINE = "deadline"  # the consultation's deadline, when the config has one
    LAST_COLLECT = "last_collect"  # else the day its newest response was collected
    CREATED = "created"  # else (nothing collected) the day it was created

    @property
    def da(self) -> str:
        return _RETENTION_START_DA[self]


_RETENTION_START_DA = {
    RetentionStart.DEADLINE: "høringsfristen",
    RetentionStart.LAST_COLLECT: "seneste indsamling",
    RetentionStart.CREATED: "oprettelsen",
}


@dataclass(frozen=True, slots=True)
class Retention:
    """A consultation's retention rule applied: it may be kept until `due`, exclusive."""

    slug: str
    days: int
    start: dt.date
    counted_from: RetentionStart

    @property
    def due(self) -> dt.date:
        """The first day it is past its retention."""
        return self.start + dt.timedelta(days=self.days)

    def overdue(self, today: dt.date) -> bool:
        return today >= self.due
# --- redaction


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
