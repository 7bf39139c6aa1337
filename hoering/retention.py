"""Deleting for good, and the retention rule: storage limitation (GDPR art. 5(1)(e)).

A consultation collected by mistake, or one whose case is closed and filed in the ESDH
system, can be deleted (`delete_consultation`), and so can one response (`delete_response`);
a consultation whose config sets `delete_after_days` is deleted by `purge` once that many days
have passed.

What goes with a response. The attachments that came in it, when it is an e-mail (and theirs,
when an attachment is an e-mail), and its recorded duplicates (the same bytes under another
name: the same letter). A person's decisions about them (sender, kind, theme corrections, a
revision override naming them) and the theme suggestions built on them go too: a suggestion's
label and quotes are the letter's own words (staff run `themes --suggest` again). The links
between the remaining responses (form letters, revisions) are computed again. A number is
never given out again (`store.responses.insert`), so the audit log's numbers stay unambiguous.

One transaction (`Archive.erasure`) deletes the rows, their search index rows with the
counts, the index segments that still held their words, and the `blobs` rows of originals no
remaining response uses; its audit entry commits with it. The original files are removed
after the commit (see `store.blobs`): a crash in between leaves an orphan file, never a row
pointing at a missing file, and every deletion ends by removing orphans (an audit entry says
how many when there were any).

The retention rule counts from the consultation's deadline: after it the responses are case
material, and it is in the config, so the date does not move when a late letter is collected.
Without a deadline it counts from the newest response's collect (a consultation still in use
is not deleted under staff's hands), and without responses from the consultation's creation.
It is past its retention from `start + delete_after_days` on (`model.Retention`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable

from .errors import ResponseNotFound
from .model import AuditAction, Deletion, Response, Retention, RetentionStart
from .store import Archive, Consultation, audit, deletion, search_index
from .store import responses as stored
from .store import tags as tag_store

# --- what a deletion takes ----------------------------------------------------------------


def plan_response(archive: Archive, slug: str, number: int) -> Deletion:
    """What `delete_response` would delete, to show before it is confirmed."""
    return _plan(archive.db, archive.consultation(slug), number)


def plan_consultation(archive: Archive, slug: str) -> Deletion:
    """What `delete_consultation` would delete, to show before it is confirmed."""
    return _plan(archive.db, archive.consultation(slug), None)


def _plan(db, consultation: Consultation, number: int | None) -> Deletion:
    responses = stored.in_consultation(db, consultation.id)
    going = responses if number is None else _with_dependants(responses, number, consultation.slug)
    ids = {r.id for r in going}
    users = deletion.blob_users(db, (r.sha256 for r in going))
    files = sorted(sha for sha, used_by in users.items() if used_by <= ids)
    kept = sorted(sha for sha, used_by in users.items() if not used_by <= ids)
    numbers = {r.number for r in going}
    suggestions = tag_store.suggestions(db, consultation.id)
    dropped = len(suggestions) if number is None else sum(1 for s in suggestions if _built_on(s, numbers))
    return Deletion(consultation.slug, number, going, files, kept, dropped, consultation.config.case_number)


def _with_dependants(responses: list[Response], number: int, slug: str) -> list[Response]:
    """Response `number`, the attachments that came in it (at any depth) and the recorded
    duplicates of any of them, in number order."""
    if not any(r.number == number for r in responses):
        raise ResponseNotFound(slug, number)
    going = {number}
    grew = True
    while grew:
        grew = False
        for r in responses:
            if r.number not in going and (r.via_email in going or r.duplicate_of in going):
                going.add(r.number)
                grew = True
    return [r for r in responses if r.number in going]


def _built_on(suggestion, numbers: Collection[int]) -> bool:
    return any(n in numbers for n in suggestion.numbers) or any(n in numbers for n, _ in suggestion.passages)


# --- deleting ------------------------------------------------------------------------------


def delete_response(archive: Archive, slug: str, number: int) -> Deletion:
    """Delete response `number` for good, with its e-mail's attachments and its duplicates.
    Returns what was deleted (found again inside the transaction)."""
    consultation = archive.consultation(slug)
    with archive.erasure() as db:
        done = _plan(db, consultation, number)
        for response in done.responses:
            stored.delete_response(db, response.id)
            deletion.forget_decisions(db, consultation.id, response.number)
        numbers = set(done.numbers)
        suggestions = tag_store.suggestions(db, consultation.id)
        kept = [s for s in suggestions if not _built_on(s, numbers)]
        if len(kept) != len(suggestions):
            tag_store.replace_suggestions(db, consultation.id, kept)
        from .pipeline.links import update_links  # numpy: loaded only when deleting
        update_links(db, consultation)
        deletion.delete_blobs(db, done.files)
        audit.record(db, AuditAction.DELETE_RESPONSE, slug, number, response_detail(done))
        search_index.erase_deleted(db)
    remove_files(archive, done.files)
    return done


def delete_consultation(archive: Archive, slug: str) -> Deletion:
    """Delete consultation `slug` for good: every response, every decision about them, its
    suggestions, its search index rows and the originals no other consultation shares."""
    done = _delete_consultation(archive, archive.consultation(slug), AuditAction.DELETE_CONSULTATION, "")
    remove_files(archive, done.files)
    return done


def _delete_consultation(archive: Archive, consultation: Consultation, action: AuditAction, why: str) -> Deletion:
    with archive.erasure() as db:
        done = _plan(db, consultation, None)
        for response in done.responses:
            stored.delete_response(db, response.id)
        deletion.delete_consultation_rows(db, consultation.id)
        deletion.delete_blobs(db, done.files)
        audit.record(db, action, consultation.slug, None, consultation_detail(done, why))
        search_index.erase_deleted(db)
    return done


def remove_files(archive: Archive, hashes: Iterable[str]) -> int:
    """After a deletion committed: its originals, then every orphan an interrupted deletion
    left (recorded in the audit log when there were any). Returns the orphans removed."""
    with archive.transaction() as db:
        archive.remove_files(db, hashes)
        orphans = archive.remove_orphans(db)
        if orphans:
            audit.record(db, AuditAction.SWEEP_FILES, None, None, f"{orphans} efterladte originalfiler fra en afbrudt sletning fjernet.")
    return orphans


# --- retention -----------------------------------------------------------------------------


def retention(archive: Archive, consultation: Consultation) -> Retention | None:
    """The consultation's retention rule with its start, or None when its config sets none."""
    days = consultation.config.delete_after_days
    if days is None:
        return None
    if consultation.config.deadline is not None:
        return Retention(consultation.slug, days, consultation.config.deadline, RetentionStart.DEADLINE)
    collected = deletion.last_collected(archive.db, consultation.id)
    if collected:
        return Retention(consultation.slug, days, _day(collected), RetentionStart.LAST_COLLECT)
    return Retention(consultation.slug, days, _day(consultation.created), RetentionStart.CREATED)


def _day(stamp: str) -> dt.date:
    """The local calendar day of a stored UTC timestamp."""
    return dt.datetime.fromisoformat(stamp).astimezone().date()


def overdue(archive: Archive, today: dt.date | None = None) -> list[tuple[Consultation, Retention]]:
    """The consultations past their retention, the longest overdue first."""
    today = today or dt.date.today()
    found = []
    for consultation in archive.consultations():
        rule = retention(archive, consultation)
        if rule is not None and rule.overdue(today):
            found.append((consultation, rule))
    return sorted(found, key=lambda item: (item[1].due, item[0].slug))


def purge(
    archive: Archive,
    slugs: Collection[str] | None = None,
    *,
    today: dt.date | None = None,
    progress: Callable[[Deletion], None] | None = None,
) -> list[Deletion]:
    """Delete every consultation past its retention (of `slugs` only, when given: those shown
    to staff), each in a transaction of its own. Returns what was deleted."""
    done = []
    for consultation, rule in overdue(archive, today):
        if slugs is not None and consultation.slug not in slugs:
            continue
        why = f"opbevaringsfrist {rule.days} dage efter {rule.counted_from.da} {rule.start.isoformat()}"
        deleted = _delete_consultation(archive, consultation, AuditAction.PURGE_CONSULTATION, why)
        done.append(deleted)
        if progress:
            progress(deleted)
    remove_files(archive, [sha for d in done for sha in d.files])
    return done


# --- the audit log's sentences: counts and numbers, never a name, a file name or text -----------


def response_detail(done: Deletion) -> str:
    asked = next(r for r in done.responses if r.number == done.number)
    kind = "e-mail" if asked.is_email else asked.format or "ukendt format"
    text = f"Svar nr. {done.number} ({kind}) slettet"
    others = [r for r in done.responses if r.number != done.number]
    attachments = [r.number for r in others if r.via_email is not None]
    duplicates = [r.number for r in others if r.via_email is None]
    if attachments:
        text += f" med bilag {numbers_da(attachments)}"
    if duplicates:
        text += f"{' og' if attachments else ' med'} dublet {numbers_da(duplicates)}"
    return f"{text}. {_files_da(done)}"


def consultation_detail(done: Deletion, why: str = "") -> str:
    text = f"Høringen slettet med {len(done.responses)} svar. {_files_da(done)}"
    if done.case_number:
        text += f" Sagsnr. {done.case_number[:40]}."
    if why:
        text += f" Årsag: {why}."
    return text


def _files_da(done: Deletion) -> str:
    text = f"Originalfiler: {len(done.files)} slettet"
    if done.kept_files:
        other = "en anden høring" if done.whole else "et andet svar"
        text += f", {len(done.kept_files)} bevaret (bruges af {other})"
    return text + "."


def numbers_da(numbers: Iterable[int], limit: int = 12) -> str:
    """Response numbers as "nr. 4-7, 9 og 12", runs joined; many runs are cut with a count."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    shown: list[str] = []
    for run in runs:
        shown.extend([f"{run[0]}-{run[-1]}"] if len(run) > 2 else map(str, run))
    if len(shown) > limit:
        return f"nr. {', '.join(shown[:limit])} … ({len(ordered)} i alt)"
    if len(shown) == 1:
        return f"nr. {shown[0]}"
    return f"nr. {', '.join(shown[:-1])} og {shown[-1]}"
