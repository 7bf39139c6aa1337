"""The audit log, deleting for good and the retention rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .response import Response


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
    # A person's review (`hoering.review`, `hoering.themes`, `pipeline.corrections`).
    COMMENT = "comment"  # a response's Vurdering written or changed
    REMARKS = "remarks"  # a theme's "Forvaltningens bemærkninger" (and indstilling)
    EXCLUDE = "exclude"  # a response left out of counts and the note
    INCLUDE = "include"  # an exclusion taken back
    SET_RECEIVED = "set_received"  # a response's received date corrected
    REVIEWED = "reviewed"  # a response marked as reviewed
    UNREVIEWED = "unreviewed"
    SET_CAMPAIGN = "set_campaign"  # a response put in another's form-letter group, or out of one
    SET_SENDER = "set_sender"  # sender, party or kind corrected
    SET_REVISION = "set_revision"
    CORRECT_TAG = "correct_tag"  # a theme added to, removed from or re-staged on a response
    ACCEPT_THEME = "accept_theme"  # a suggested theme taken into the codebook
    DISCARD_SUGGESTION = "discard_suggestion"
    RENAME_THEME = "rename_theme"
    MERGE_THEMES = "merge_themes"
    REVIEW_IMPORT = "review_import"  # an edited spreadsheet read back
    ADD_USER = "add_user"  # an account on a shared archive; detail: name and role
    CHANGE_PASSWORD = "change_password"
    CHANGE_ROLE = "change_role"
    REMOVE_USER = "remove_user"

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
    AuditAction.COMMENT: "vurdering skrevet",
    AuditAction.REMARKS: "forvaltningens bemærkninger skrevet",
    AuditAction.EXCLUDE: "svar udeladt",
    AuditAction.INCLUDE: "udeladt svar medtaget igen",
    AuditAction.SET_RECEIVED: "modtagelsesdato rettet",
    AuditAction.REVIEWED: "markeret som gennemgået",
    AuditAction.UNREVIEWED: "markering som gennemgået fjernet",
    AuditAction.SET_CAMPAIGN: "enslydende svar rettet",
    AuditAction.SET_SENDER: "afsender rettet",
    AuditAction.SET_REVISION: "revideret udgave rettet",
    AuditAction.CORRECT_TAG: "tema rettet",
    AuditAction.ACCEPT_THEME: "foreslået tema optaget",
    AuditAction.DISCARD_SUGGESTION: "foreslået tema afvist",
    AuditAction.RENAME_THEME: "tema omdøbt",
    AuditAction.MERGE_THEMES: "temaer slået sammen",
    AuditAction.REVIEW_IMPORT: "regneark indlæst",
    AuditAction.ADD_USER: "bruger oprettet",
    AuditAction.CHANGE_PASSWORD: "adgangskode skiftet",
    AuditAction.CHANGE_ROLE: "rolle ændret",
    AuditAction.REMOVE_USER: "bruger fjernet",
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
