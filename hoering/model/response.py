"""A response in a consultation, as the archive holds it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .vocabulary import ReceivedSource, SenderKind, SenderSource, Status


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
    sender_confidence: float | None = None  # 0-1: how surely sender and party were read (`senders.confidence`)
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
