"""An edited consultation config applied to what is already collected: senders matched to
the new party list, links recomputed (the deadline may have moved), themes tagged again.
A person's corrections are kept: they are laid over whatever is matched."""

from __future__ import annotations

from collections.abc import Callable

from ..config import ConsultationConfig
from ..extract import ExtractedDocument
from ..model import Response
from ..senders import detect_sender
from ..store import Archive
from ..store import corrections as stored_corrections
from ..store import responses as stored
from . import intake
from .links import update_links
from .read import identify


def redetect_senders(archive: Archive, slug: str) -> int:
    """Match senders again after the party list changed; returns how many changed.

    E-mails use their headers and attachments inherit from their e-mail as in collect
    (`pipeline.intake`); late, campaigns and revisions are recomputed in the same
    transaction, since the deadline or the senders may have changed.
    """
    consultation = archive.consultation(slug)
    parties = consultation.config.parties
    changed = 0
    emails: dict[int, Response] = {}
    with archive.transaction() as db:
        for response in stored.in_consultation(db, consultation.id):  # an e-mail before its attachments
            before = _identity(response)
            overrides = stored_corrections.overrides(db, consultation.id, response.number)
            if not overrides.get("sender"):
                doc = ExtractedDocument(
                    format=response.format or "unknown", text=response.text,
                    letterhead=response.letterhead, metadata=response.document,
                )  # fmt: skip
                guess = detect_sender(doc, response.file, parties)
                if intake.is_email(doc):
                    guess = intake.email_sender(doc, guess, parties)
                identify(response, guess)
                if response.via_email in emails:
                    intake.inherit(response, emails[response.via_email])
            if response.is_email:
                emails[response.number] = response
            if _identity(response) != before:
                changed += 1
                stored.set_identity(db, response)
        update_links(db, consultation)
    return changed


def _identity(response: Response) -> tuple:
    return (response.sender, response.sender_source, response.sender_kind, response.party, response.party_score,
            response.sender_confidence)  # fmt: skip


def reconfigure(
    archive: Archive, slug: str, config: ConsultationConfig, *, progress: Callable[[int, int], None] | None = None
) -> tuple[int, int]:
    """Apply an edited config: match senders to the new party list and re-tag the themes
    (`progress(done, total)` told each response tagged)."""
    from ..themes import retag

    archive.update_config(slug, config)
    return redetect_senders(archive, slug), retag(archive, slug, progress=progress)

