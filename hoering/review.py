"""A person's review of a consultation: Vurdering per response, "Forvaltningens bemærkninger"
(and "indstilling") per theme, responses excluded or marked reviewed, a corrected received
date, a form-letter membership decided by hand.

Every decision is stored with who made it and when (`store.audit.current_user`, which the web
app sets to the logged-in user with `acting_as`) and written in one transaction with its audit
entry. Decisions are kept by response number and theme key, so a re-collect, re-tagging or a
config change never loses them; the export carries them (`hoering.export`), so the note and
the spreadsheet use them and read nothing else.

Texts several people may edit take `expected`: the revision the editor read (0 when there was
none). When the stored revision is another, someone saved in between: `StaleEdit` says who and
when, and nothing is written. Without `expected` (the CLI, scripts) the last save wins.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import messages as M
from .errors import (
    CampaignOfItself,
    ExcludedWithEmail,
    NotExcluded,
    ReasonRequired,
    StaleEdit,
    UnknownTheme,
)
from .model import AuditAction, Edit, ImportReport, ReceivedSource, ReviewState
from .store import Archive, audit, now
from .store import corrections as stored_corrections
from .store import review as store

# A reason or a Vurdering is a person's text: kept as written, only the ends trimmed. The
# audit log quotes an exclusion's reason, cut to this (the log describes, it does not quote).
_LOGGED_REASON = 120


def _text(text: str) -> str:
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


# --- Vurdering and remarks --------------------------------------------------------------------


def comment(archive: Archive, slug: str, number: int, text: str, *, expected: int | None = None) -> Edit:
    """Write response `number`'s Vurdering ("" clears it). Returns it as saved; an unchanged
    text is not saved again."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)  # raises ResponseNotFound
    text = _text(text)
    what = f"Vurderingen af høringssvar nr. {number}"
    with archive.transaction() as db:
        current = store.comment(db, consultation.id, number)
        if current is not None and current.text == text and expected in (None, current.revision):
            return current
        saved = store.save_comment(db, consultation.id, number, text, audit.current_user(), now(), expected)
        if saved is None:
            raise _stale(store.comment(db, consultation.id, number), what)
        audit.record(db, AuditAction.COMMENT, slug, number,
                     M.say(M.AUDIT_COMMENT, number=number, revision=saved.revision))  # fmt: skip
    return saved


def set_remarks(
    archive: Archive, slug: str, key: str, text: str, *, recommendation: str | None = None,
    expected: int | None = None,
) -> Edit:  # fmt: skip
    """Write theme `key`'s "Forvaltningens bemærkninger" ("" clears them) and, when given,
    its "Forvaltningens indstilling" (None keeps the stored one, "" clears it)."""
    consultation = archive.consultation(slug)
    themes = consultation.config.themes
    if key not in themes:
        raise UnknownTheme(slug, key)
    text = _text(text)
    recommendation = None if recommendation is None else _text(recommendation)
    what = f"Forvaltningens bemærkninger til temaet »{themes[key].label}«"
    with archive.transaction() as db:
        current = store.remarks(db, consultation.id, key)
        if (
            current is not None and current.text == text and expected in (None, current.revision)
            and recommendation in (None, current.recommendation)
        ):  # fmt: skip
            return current
        saved = store.save_remarks(
            db, consultation.id, key, text, recommendation, audit.current_user(), now(), expected
        )
        if saved is None:
            raise _stale(store.remarks(db, consultation.id, key), what)
        audit.record(db, AuditAction.REMARKS, slug, None,
                     M.say(M.AUDIT_REMARKS, key=key, revision=saved.revision))  # fmt: skip
    return saved


def _stale(current: Edit | None, what: str) -> StaleEdit:
    # No row although the editor saw one: deleted with its response; say so plainly.
    if current is None:
        return StaleEdit("en anden", now(), what=what)
    return StaleEdit(current.by, current.at, what=what, current=current)


# --- exclusions, reviewed marks ---------------------------------------------------------------


def exclude(archive: Archive, slug: str, number: int, reason: str) -> list[int]:
    """Leave response `number` out of the counts, the note and the spreadsheet, with a reason;
    it stays in the archive (`include` takes it back). A failed file can be excluded too. An
    e-mail's attachments are part of it and go with it: returns their numbers."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ReasonRequired(slug, number)
    logged = reason if len(reason) <= _LOGGED_REASON else reason[: _LOGGED_REASON - 1] + "…"
    with archive.transaction() as db:
        before = store.state(db, consultation.id)
        store.set_exclusion(db, consultation.id, number, reason, audit.current_user(), now())
        audit.record(db, AuditAction.EXCLUDE, slug, number, M.say(M.AUDIT_EXCLUDED, number=number, reason=logged))
        after = store.state(db, consultation.id)
        going = _moved_with(before, after, number)
        for attachment in going:
            audit.record(db, AuditAction.EXCLUDE, slug, attachment,
                         M.say(M.AUDIT_EXCLUDED_WITH_EMAIL, number=attachment, email=number))  # fmt: skip
    return going


def include(archive: Archive, slug: str, number: int) -> list[int]:
    """Count response `number` again (`NotExcluded` when it was not excluded; an attachment
    left out with its e-mail comes back with the e-mail: `ExcludedWithEmail`). Returns the
    numbers of the attachments that came back with it."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    with archive.transaction() as db:
        before = store.state(db, consultation.id)
        if not store.delete_exclusion(db, consultation.id, number):
            email = before.response(number).excluded_with
            if email is not None:
                raise ExcludedWithEmail(slug, number, email)
            raise NotExcluded(slug, number)
        audit.record(db, AuditAction.INCLUDE, slug, number, M.say(M.AUDIT_INCLUDED, number=number))
        back = _moved_with(after=before, before=store.state(db, consultation.id), email=number)
        for attachment in back:
            audit.record(db, AuditAction.INCLUDE, slug, attachment,
                         M.say(M.AUDIT_INCLUDED_WITH_EMAIL, number=attachment, email=number))  # fmt: skip
    return back


def _moved_with(before: ReviewState, after: ReviewState, email: int) -> list[int]:
    """The attachments of `email` excluded in `after` through it and not excluded in `before`."""
    return [
        n for n in after.attachments_of(email)
        if after.response(n).excluded_with is not None and not before.response(n).excluded
    ]  # fmt: skip


def set_reviewed(archive: Archive, slug: str, number: int, reviewed: bool = True) -> None:
    """Mark response `number` as reviewed by the person acting (or take the mark back)."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    with archive.transaction() as db:
        if reviewed:
            if store.set_reviewed(db, consultation.id, number, audit.current_user(), now()):
                audit.record(db, AuditAction.REVIEWED, slug, number,
                             M.say(M.AUDIT_REVIEWED_RESPONSE, number=number))  # fmt: skip
        elif store.delete_reviewed(db, consultation.id, number):
            audit.record(db, AuditAction.UNREVIEWED, slug, number, M.say(M.AUDIT_UNREVIEWED_RESPONSE, number=number))


# --- corrections of what was read: received date, form letters ---------------------------------


def set_received(archive: Archive, slug: str, number: int, date: dt.date) -> None:
    """Correct response `number`'s received date (a file's time is often wrong); whether it is
    late follows. Kept across re-collects."""
    from .pipeline.links import update_links

    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    value = date.isoformat()
    with archive.transaction() as db:
        stored_corrections.set_overrides(db, consultation.id, number, {store.RECEIVED: value}, audit.current_user())
        store.set_received(db, consultation.id, number, value, ReceivedSource.MANUAL)
        update_links(db, consultation)
        audit.record(db, AuditAction.SET_RECEIVED, slug, number, M.say(M.AUDIT_RECEIVED, number=number, date=value))


def set_campaign(archive: Archive, slug: str, number: int, campaign_of: int | None) -> None:
    """Put response `number` in the form-letter group of response `campaign_of` (None: in no
    group). Applied over the automatic grouping on every recompute (`pipeline.links`)."""
    from .pipeline.links import update_links

    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    if campaign_of is not None:
        if campaign_of == number:
            raise CampaignOfItself(slug, number)
        archive.response(consultation, campaign_of)
    value = "" if campaign_of is None else str(campaign_of)
    detail = (
        M.say(M.AUDIT_CAMPAIGN_NONE, number=number) if campaign_of is None
        else M.say(M.AUDIT_CAMPAIGN, number=number, of=campaign_of)
    )  # fmt: skip
    with archive.transaction() as db:
        stored_corrections.set_overrides(db, consultation.id, number, {store.CAMPAIGN_OF: value}, audit.current_user())
        update_links(db, consultation)
        audit.record(db, AuditAction.SET_CAMPAIGN, slug, number, detail)


# --- reading ----------------------------------------------------------------------------------


def state(archive: Archive, slug: str) -> ReviewState:
    """Everything a person decided in consultation `slug`, read in one go."""
    consultation = archive.consultation(slug)
    return store.state(archive.db, consultation.id)


def import_review(archive: Archive, slug: str, path: Path) -> ImportReport:
    """Read back the spreadsheet `hoering export --xlsx` wrote, with Vurdering and corrections
    filled in (`hoering.review_import`)."""
    from .review_import import import_review as run

    return run(archive, slug, Path(path))
