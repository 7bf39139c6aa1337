"""The domain's records and vocabularies: what a response is, independent of how it is stored.

Every status, stance, sender kind and source is a `StrEnum` member defined here once; its
value is what the archive stores and the export JSON carries (so a member compares equal to
the string), and `.da` is the Danish word staff read. `store/` turns rows into these records
and back; nothing else reads a row.
"""

from __future__ import annotations

import json
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
    AGAINST = "imod"  # against or worried: staff read "imod/bekymret"
    SUPPORTS = "støtter"
    NEUTRAL = "neutral"

    @property
    def da(self) -> str:
        return "imod/bekymret" if self is Stance.AGAINST else str(self.value)


class TagState(StrEnum):
    DISCUSSES = "discusses"
    NO_COMMENT = "no_comment"


class TagSource(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"  # a person's correction, laid over the machine's tag


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


def _enum(kind, value):
    """A stored value as its enum member; a value a newer version wrote stays a string."""
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

    @classmethod
    def from_row(cls, row) -> Response:
        """From a row of the `responses` table (any mapping with its column names)."""
        values = dict(row)
        values["status"] = _enum(Status, values["status"])
        values["sender_source"] = _enum(SenderSource, values.get("sender_source"))
        values["sender_kind"] = _enum(SenderKind, values.get("sender_kind") or "organisation")
        values["received_source"] = _enum(ReceivedSource, values.get("received_source"))
        values["metadata"] = _json(values.get("metadata"))
        values["late"] = bool(values.get("late"))
        values["attachments_pending"] = bool(values.get("attachments_pending"))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in values.items() if k in known})

    def __getitem__(self, name: str):
        # Transitional: lets code written against sqlite3.Row read a Response while it
        # moves to attributes. Removed once nothing outside store/ indexes a Response.
        if name == "metadata":
            return json.dumps(self.metadata, ensure_ascii=False)
        return getattr(self, name)

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


def _json(value) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    try:
        decoded = json.loads(value or "{}")
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}
