"""Responses that endorse another party's whole response share its positions
(`analysis.endorsement`): applied to the archive after a collect and a re-tag, when every
letter has its own tags, so the endorsed letter may arrive before or after the endorsing one.
A person's corrections stay on top."""

from __future__ import annotations

from .analysis.endorsement import WHOLE_WORDS, endorsed, endorsements, share
from .analysis.tagging import named_elements
from .analysis.themes import overlay_corrections
from .model import TagState
from .store import Archive, Consultation
from .store import responses as response_store
from .store import tags as tag_store


def share_endorsements(archive: Archive, consultation: Consultation) -> int:
    """Give each endorsing response the positions of the letter it endorses; returns how
    many responses changed."""
    order = list(consultation.config.themes)
    if not order:
        return 0
    codebook = consultation.config.codebook()
    changed = 0
    with archive.transaction() as db:
        candidates = response_store.with_text_containing(db, consultation.id, WHOLE_WORDS)
        said = {r.id: found for r in candidates if (found := endorsements(r.text or ""))}
        if not said:
            return 0
        names = response_store.names(db, consultation.id)
        for response in (r for r in candidates if r.id in said):
            own = tag_store.response_tags_with_passages(db, response.id)
            shared = own
            for endorsement in said[response.id]:
                ids = endorsed(endorsement.name, response.id, names)
                if not ids:
                    continue
                # An e-mail and its attachment go by one name: the letter is the one with positions.
                tags = {i: tag_store.response_tags(db, i) for i in ids}
                best = max(ids, key=lambda i: sum(t.state == TagState.DISCUSSES for t in tags[i]))
                named = named_elements(endorsement.scope, codebook) if endorsement.scope else []
                shared = share(shared, tags[best], endorsement, order, named)
            if shared == own:
                continue
            corrections = tag_store.response_corrections(db, response.id)
            tag_store.replace_tags(db, response.id, overlay_corrections(shared, corrections, order))
            changed += 1
    return changed
