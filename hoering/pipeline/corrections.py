"""A person's corrections to what hoering detected. They always win and are kept.

Each correction is stored as an override (`store.corrections`) and applied here, in one
place: when it is made, when a file is read again, and when senders are matched again.
"""

from __future__ import annotations

from ..errors import SelfRevision
from ..model import Response, SenderKind, SenderSource
from ..parties import match_party
from ..store import Archive
from ..store import corrections as stored_corrections
from ..store import responses as stored
from .links import update_links


def apply(response: Response, overrides: dict[str, str | None]) -> None:
    """Lay a person's sender, party and kind over what was detected."""
    if "sender" in overrides:
        response.sender, response.sender_source = overrides["sender"], SenderSource.MANUAL
        response.party = overrides.get("party")
        response.party_score = 100.0 if response.party else None
    if overrides.get("sender_kind"):
        response.sender_kind = SenderKind(overrides["sender_kind"])
    if "sender" in overrides or overrides.get("sender_kind"):
        response.sender_confidence = 1.0  # a person decided: nothing left to review


def set_sender(archive: Archive, slug: str, number: int, name: str, *, kind: str | None = None) -> dict:
    """Override a response's sender (and so its party). Survives re-collect."""
    consultation = archive.consultation(slug)
    response = archive.response(consultation, number)  # raises ResponseNotFound
    name = " ".join(name.split())
    match = match_party(name, consultation.config.parties)
    party = match[0] if match else None
    if kind is None and party:
        kind = SenderKind.ORGANISATION
    values = {"sender": name, "party": party}
    if kind is not None:
        values["sender_kind"] = str(kind)
    with archive.transaction() as db:
        stored_corrections.set_overrides(db, consultation.id, number, values)
        apply(response, values)
        stored.set_identity(db, response)
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
    with archive.transaction() as db:
        stored_corrections.set_overrides(
            db, consultation.id, number, {"revision_of": "" if of is None else str(of)}
        )
        update_links(db, consultation)
