"""A person's corrections to what hoering detected. They always win and are kept.

Each correction is stored as an override (`store.corrections`) and applied here, in one
place: when it is made, when a file is read again, and when senders are matched again.
"""

from __future__ import annotations

from .. import messages as M
from ..errors import SelfRevision, UnknownParty
from ..model import AuditAction, ReceivedSource, Response, SenderKind, SenderSource
from ..parties import match_party
from ..store import Archive, audit
from ..store import corrections as stored_corrections
from ..store import responses as stored
from .links import update_links


def apply(response: Response, overrides: dict[str, str | None]) -> None:
    """Lay a person's sender, party, kind and received date over what was detected."""
    if "sender" in overrides:
        response.sender, response.sender_source = overrides["sender"], SenderSource.MANUAL
        response.party = overrides.get("party")
        response.party_score = 100.0 if response.party else None
    if overrides.get("sender_kind"):
        response.sender_kind = SenderKind(overrides["sender_kind"])
    if overrides.get("received"):
        response.received, response.received_source = overrides["received"], ReceivedSource.MANUAL
    if "sender" in overrides or overrides.get("sender_kind"):
        response.sender_confidence = 1.0  # a person decided: nothing left to review


# `set_sender`'s party when the caller does not choose one: matched from the name.
MATCH = "\0match"


def set_sender(
    archive: Archive, slug: str, number: int, name: str, *, kind: str | None = None, party: str | None = MATCH
) -> dict:
    """Override a response's sender, and so its party (matched from the name, unless `party`
    names one of the consultation's parties, or is None for none). Survives re-collect."""
    consultation = archive.consultation(slug)
    response = archive.response(consultation, number)  # raises ResponseNotFound
    name = " ".join(name.split())
    if party == MATCH:
        match = match_party(name, consultation.config.parties)
        party = match[0] if match else None
    elif party is not None and party not in consultation.config.parties:
        raise UnknownParty(slug, party)
    if kind is None and party:
        kind = SenderKind.ORGANISATION
    values = {"sender": name, "party": party}
    if kind is not None:
        values["sender_kind"] = str(kind)
    with archive.transaction() as db:
        stored_corrections.set_overrides(db, consultation.id, number, values, audit.current_user())
        apply(response, values)
        stored.set_identity(db, response)
        audit.record(db, AuditAction.SET_SENDER, slug, number, M.say(M.AUDIT_SENDER, number=number))
    return {"sender": name, "party": party}


def set_revision(archive: Archive, slug: str, number: int, of: int | None) -> None:
    """A person's decision: response `number` revises `of` (None: it revises nothing).
    Kept across re-collects and applied before the automatic rules (`pipeline.links`)."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)
    if of is not None:
        if of == number:
            raise SelfRevision(slug, number)
        archive.response(consultation, of)
    detail = (
        M.say(M.AUDIT_REVISION_NONE, number=number) if of is None
        else M.say(M.AUDIT_REVISION, number=number, of=of)
    )  # fmt: skip
    with archive.transaction() as db:
        stored_corrections.set_overrides(
            db, consultation.id, number, {"revision_of": "" if of is None else str(of)}, audit.current_user()
        )
        update_links(db, consultation)
        audit.record(db, AuditAction.SET_REVISION, slug, number, detail)
