"""The vocabularies: every status, kind, source, stance and action as a `StrEnum`, defined
once, its value what the archive stores and the export carries, `.da` what staff read."""

from __future__ import annotations

from enum import StrEnum


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


_STATUS_DA = {
    Status.OK: "læst",
    Status.FAILED: "fejl",
    Status.NEEDS_OCR: "kræver OCR",
    Status.DUPLICATE: "dublet",
    Status.COVER: "følgemail",
}
# Read, nothing to retry: a re-collect leaves these alone. A status a newer version wrote
# (a plain string) is not among them, so such a file is read again rather than skipped.
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
    MANUAL = "manual"  # a person corrected it (`hoering set-date`)


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


class Position(StrEnum):
    """A response's overall position on the proposal, from its theme stances
    (`hoering.analysis.stance.overall_position`); codes as the export carries them."""

    AGAINST = "imod"
    PARTLY = "delvis"
    SUPPORTS = "støtter"
    NEUTRAL = "neutral"

    @property
    def da(self) -> str:
        return _POSITION_DA[self]


_POSITION_DA = {Position.AGAINST: "imod forslaget", Position.PARTLY: "delvis enig",
                Position.SUPPORTS: "støtter", Position.NEUTRAL: "ingen klar holdning"}


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
