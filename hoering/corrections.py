"""A person's corrections to what hoering detected. They always win and are kept."""

from __future__ import annotations

from .parties import match_party
from .store import Archive, now


def set_sender(archive: Archive, slug: str, number: int, name: str, *, kind: str | None = None) -> dict:
    """Override a response's sender (and so its party). Survives re-collect."""
    consultation = archive.consultation(slug)
    archive.response(consultation, number)  # raises ResponseNotFound
    name = " ".join(name.split())
    match = match_party(name, consultation.config.parties)
    party = match[0] if match else None
    if kind is None:
        kind = "organisation" if party else None
    with archive.transaction() as db:
        stamp = now()
        for field_name, value in (("sender", name), ("party", party), ("sender_kind", kind)):
            if field_name == "sender_kind" and value is None:
                continue
            db.execute(
                "INSERT OR REPLACE INTO overrides (consultation_id, number, field, value, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (consultation.id, number, field_name, value, stamp),
            )
        db.execute(
            "UPDATE responses SET sender = ?, sender_source = 'manual', party = ?, party_score = ?, "
            "sender_kind = COALESCE(?, sender_kind) WHERE consultation_id = ? AND number = ?",
            (name, party, 100.0 if party else None, kind, consultation.id, number),
        )
    return {"sender": name, "party": party}
