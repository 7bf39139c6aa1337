"""A person's say over what is published: approving the public note, manual redactions, and
the review of the redactions the rules were in doubt about.

The public note and spreadsheet are marked "UDKAST – ikke godkendt" until `approve`. The
approval stores the fingerprint of the export the note is built from
(`ConsultationExport.fingerprint`: the export JSON with the manual redactions), so anything
that changes the note's content afterwards (a collect that writes responses, a correction, a
manual redaction, a config change) makes it a draft again, without every command having to
remember to withdraw it. Each decision is written with its audit entry in one transaction; the
log names the response, never the text (it may be personal data).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import messages as M
from .errors import ApprovalBlocked, ManualRedactionNotFound, ManualTextNotInResponse
from .export import ConsultationExport, export_consultation
from .model import Approval, AuditAction, ManualAction, ManualRedaction, Redaction
from .store import Archive, audit, now
from .store import publication as store


@dataclass(frozen=True, slots=True)
class ReportLine:
    redaction: Redaction
    doubtful: bool  # the rules were in doubt and no one has reviewed it yet
    reviewed: bool  # the rules were in doubt and a person accepted it


@dataclass
class RedactionReport:
    """What the public note leaves out: doubtful ones not yet reviewed first, then the
    reviewed ones, then the sure ones; and the texts a person said to keep."""

    slug: str
    lines: list[ReportLine]
    kept: list[ManualRedaction]
    approval: Approval | None
    approved: bool

    @property
    def doubtful(self) -> int:
        return sum(1 for line in self.lines if line.doubtful)


def public_redactions(export: ConsultationExport) -> list[Redaction]:
    """Every removal the public note makes (the spreadsheet uses the same rules)."""
    from .note import build_note

    return build_note(export, internal=False).redactions


def report(archive: Archive, slug: str) -> RedactionReport:
    return report_for(archive, slug, export_consultation(archive, slug))


def report_for(
    archive: Archive, slug: str, export: ConsultationExport, redactions: list[Redaction] | None = None
) -> RedactionReport:
    """The report for an export already made, and the public note's `redactions` when that
    is built too (the workspace keeps both per state of the archive)."""
    return _report(archive, archive.consultation(slug).id, export, redactions)


def _report(
    archive: Archive, consultation_id: int, export: ConsultationExport, redactions: list[Redaction] | None = None
) -> RedactionReport:
    seen = store.reviewed(archive.db, consultation_id)
    lines = []
    for r in public_redactions(export) if redactions is None else redactions:
        reviewed = not r.sure and r.review in seen
        lines.append(ReportLine(r, doubtful=not r.sure and not reviewed, reviewed=reviewed))
    # Stable: within each group the note's order (response by response) stays.
    lines.sort(key=lambda line: 0 if line.doubtful else 1 if line.reviewed else 2)
    kept = [m for m in export.manual_redactions if m.action == ManualAction.KEEP]
    return RedactionReport(export.slug, lines, kept, export.approval, export.approved)


def approve(archive: Archive, slug: str, *, reason: str | None = None) -> tuple[Approval, int]:
    """Approve the public note as it is now. Refused (`ApprovalBlocked`) while doubtful
    redactions are unreviewed, unless a `reason` is given (it is logged). Returns the
    approval and how many doubtful redactions it was given over."""
    consultation = archive.consultation(slug)
    export = export_consultation(archive, slug)
    pending = _report(archive, consultation.id, export).doubtful
    reason = (reason or "").strip()
    if pending and not reason:
        raise ApprovalBlocked(slug, pending)
    approval = Approval(audit.current_user(), now(), export.fingerprint(), reason if pending else "")
    detail = M.say(M.AUDIT_APPROVED_OVER, count=pending, reason=reason) if pending else M.AUDIT_APPROVED
    with archive.transaction() as db:
        store.set_approval(db, consultation.id, approval)
        audit.record(db, AuditAction.APPROVE, slug, None, detail)
    return approval, pending


def withdraw(archive: Archive, slug: str) -> bool:
    """Take the approval back; False when there was none."""
    consultation = archive.consultation(slug)
    with archive.transaction() as db:
        gone = store.delete_approval(db, consultation.id)
        if gone:
            audit.record(db, AuditAction.WITHDRAW_APPROVAL, slug, None, M.AUDIT_WITHDRAWN)
    return gone


def mark_reviewed(archive: Archive, slug: str) -> int:
    """Accept every doubtful redaction the public note now makes as it is. Returns how many."""
    consultation = archive.consultation(slug)
    pending = [line.redaction for line in report(archive, slug).lines if line.doubtful]
    if not pending:
        return 0
    with archive.transaction() as db:
        store.add_reviewed(db, consultation.id, [r.review for r in pending], audit.current_user())
        audit.record(db, AuditAction.REVIEW_REDACTIONS, slug, None, M.say(M.AUDIT_REVIEWED, count=len(pending)))
    return len(pending)


def redact(archive: Archive, slug: str, number: int, text: str, *, keep: bool = False) -> None:
    """Remove `text` from response `number`'s published text wherever it occurs (`keep`:
    never remove it, though the rules would). Replaces an earlier decision on the same text."""
    from .redaction.redactor import manual_pattern

    consultation = archive.consultation(slug)
    response = archive.response(consultation, number)
    text = " ".join(text.split())
    if not text or manual_pattern(text).search(response.text or "") is None:
        raise ManualTextNotInResponse(slug, number)
    action = ManualAction.KEEP if keep else ManualAction.REDACT
    with archive.transaction() as db:
        text = _stored(db, consultation.id, number, text) or text
        store.set_manual_redaction(db, consultation.id, number, text, action)
        audit.record(
            db, AuditAction.KEEP if keep else AuditAction.REDACT, slug, number,
            M.say(M.AUDIT_KEPT if keep else M.AUDIT_REDACTED, number=number),
        )  # fmt: skip


def undo(archive: Archive, slug: str, number: int, text: str) -> None:
    """Take back a person's redact or keep of `text` in response `number`."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    text = " ".join(text.split())
    with archive.transaction() as db:
        stored = _stored(db, consultation.id, number, text)
        if stored is None or not store.delete_manual_redaction(db, consultation.id, number, stored):
            raise ManualRedactionNotFound(slug, number)
        audit.record(db, AuditAction.UNDO_REDACTION, slug, number, M.say(M.AUDIT_UNDONE, number=number))


def _stored(db, consultation_id: int, number: int, text: str) -> str | None:
    """The text of response `number`'s decision on `text` as stored: it matches in any letter
    case, so "solhøj" and "Solhøj" are one decision."""
    for m in store.manual_redactions(db, consultation_id):
        if m.number == number and m.text.casefold() == text.casefold():
            return m.text
    return None
