"""Themes in the archive: what the `themes`, `tag`, `explain` and `eval` commands and the
export's theme fields do, as library functions.

The archive's `tags` hold the *effective* tags of a response: what the tagger found, with
a person's corrections (`tag_corrections`) laid over it and marked `source = manual`.
Re-tagging (and a correction) also revises the machine's stances with a model learned from
every stance people set in the archive (`stance_model`), once it has enough of them; a
collect writes the rules' stances, which the next re-tag revises.
Re-tagging recomputes the machine's part and lays the corrections over it again, so a
person's decision always wins and is kept. The analysis runs here, before the write;
`hoering.store.tags` writes the finished records.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .analysis.learned import Example, StanceModel
from .analysis.stance import targets
from .analysis.suggest import suggest_themes
from .analysis.tagging import tag_response, tag_responses
from .analysis.themes import (
    ThemeCount,
    count_themes,
    key_from,
    number_suggestions,
    overlay_corrections,
)
from .config import Theme, is_theme_key
from .errors import (
    InvalidThemeKey,
    SuggestionAlreadyAccepted,
    ThemeKeyTaken,
    UnknownSuggestion,
    UnknownTheme,
)
from .model import (
    CorrectionAction,
    Stance,
    Status,
    TagCorrection,
    TagState,
    ThemeSuggestion,
    ThemeTag,
)
from .store import Archive, Consultation, now
from .store import tags as tag_store

# --- tagging ------------------------------------------------------------------


def retag(archive: Archive, slug: str, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Tag every readable response again (after the codebook changed). Returns the count."""
    consultation = archive.consultation(slug)
    readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
    codebook = consultation.config.codebook()
    if codebook:
        found = tag_responses([r.text for r in readable], codebook, progress=progress)
        found = revise_stances(found, codebook, stance_model(archive))
    else:
        found = [[] for _ in readable]
    order = list(consultation.config.themes)
    with archive.transaction() as db:
        corrections = tag_store.corrections(db, consultation.id)
        for response, tags in zip(readable, found, strict=True):
            effective = overlay_corrections(tags, corrections.get(response.number, []), order)
            tag_store.replace_tags(db, response.id, effective)
    return len(readable)


def correct_tag(
    archive: Archive,
    slug: str,
    number: int,
    theme: str,
    *,
    remove: bool = False,
    stance: Stance | None = None,
) -> None:
    """A person's correction on response `number`: add a theme (or set its stance), or remove it."""
    consultation = archive.consultation(slug)
    if theme not in consultation.config.themes:
        raise UnknownTheme(slug, theme)
    response = archive.response(consultation, number)
    correction = TagCorrection(
        consultation.id, number, theme,
        CorrectionAction.REMOVE if remove else CorrectionAction.ADD,
        None if remove else stance, now(),
    )  # fmt: skip
    found = []
    if response.status == Status.OK:
        codebook = consultation.config.codebook()
        found = revise_stances([tag_response(response.text, codebook)], codebook, stance_model(archive))[0]
    with archive.transaction() as db:
        tag_store.save_correction(db, correction)
        corrections = tag_store.response_corrections(db, response.id)
        effective = overlay_corrections(found, corrections, list(consultation.config.themes))
        tag_store.replace_tags(db, response.id, effective)


def response_tags(archive: Archive, response_id: int) -> list[ThemeTag]:
    """The effective tags of a response, by its row id (`Response.id`)."""
    return tag_store.response_tags(archive.db, response_id)


def theme_counts(archive: Archive, consultation: Consultation) -> dict[str, ThemeCount]:
    """Per theme of the codebook: readable responses that discuss it, by stance, and those
    with no comment."""
    readable = tag_store.consultation_tags(archive.db, consultation.id, status=Status.OK)
    return count_themes((t for tags in readable.values() for t in tags), consultation.config.themes)


# --- learning from people's stances ------------------------------------------------------


def stance_model(archive: Archive) -> StanceModel:
    """A stance model trained on every stance a person set in the archive (`hoering tag
    --stance`, the review workspace); it decides nothing until it has enough of them."""
    codebooks = {c.id: targets(c.config.codebook()) for c in archive.consultations()}
    examples = [
        Example(tuple(evidence), codebooks[cid][theme], Stance(stance))
        for cid, theme, stance, evidence in tag_store.stance_decisions(archive.db)
        if evidence and theme in codebooks.get(cid, {})
    ]
    return StanceModel(examples)


def revise_stances(found: list[list[ThemeTag]], codebook, model: StanceModel) -> list[list[ThemeTag]]:
    """The machine's stances revised by the learned model (when it is ready), confidences too."""
    if not model.ready:
        return found
    target_of = targets(codebook)
    out = []
    for tags in found:
        revised = []
        for tag in tags:
            if tag.state == TagState.DISCUSSES and tag.evidence and tag.key in target_of:
                stance, confidence = model.revise(tag.evidence, target_of[tag.key], tag.stance,
                                                  tag.confidence or 0.5)
                tag = dataclasses.replace(tag, stance=stance, confidence=confidence)
            revised.append(tag)
        out.append(revised)
    return out


# --- suggested themes ------------------------------------------------------------------

# Texts of other consultations, the background that tells a recurring topic from the words
# every municipal letter uses; more adds little but time.
BACKGROUND_TEXTS = 2000


def suggest(archive: Archive, slug: str) -> list[ThemeSuggestion]:
    """Find recurring topics outside the codebook; store them so `accept` can refer to them by number."""
    consultation = archive.consultation(slug)
    readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
    background = archive.other_texts(consultation, limit=BACKGROUND_TEXTS)
    found = suggest_themes([r.text for r in readable], consultation.config.codebook(), background=background,
                           subject=consultation.config.title)
    accepted = {s.label: s.accepted_key for s in tag_store.suggestions(archive.db, consultation.id)}
    numbered = number_suggestions(found, [r.number for r in readable], accepted, now())
    with archive.transaction() as db:
        tag_store.replace_suggestions(db, consultation.id, numbered)
    return suggestions(archive, consultation)


def suggestions(archive: Archive, consultation: Consultation) -> list[ThemeSuggestion]:
    return tag_store.suggestions(archive.db, consultation.id)


def accept(archive: Archive, slug: str, n: int, key: str | None = None) -> Theme:
    """Take suggestion `n` into the codebook (as theme `key`, or one made from its first
    keyword) and tag it everywhere.

    A key must be one a config accepts, or the stored config would no longer load. A
    suggestion already accepted (its theme still in the codebook) is not added again.
    """
    consultation = archive.consultation(slug)
    config = consultation.config
    chosen = tag_store.suggestion(archive.db, consultation.id, n)
    if chosen is None:
        raise UnknownSuggestion(slug, n)
    if chosen.accepted_key in config.themes:
        theme = config.themes[chosen.accepted_key]
        raise SuggestionAlreadyAccepted(slug, n, theme.key, theme.label)
    if key is not None and not is_theme_key(key):
        raise InvalidThemeKey(key)
    key = key or key_from(chosen.keywords, config.themes)
    if key in config.themes:
        raise ThemeKeyTaken(key)
    config.themes[key] = Theme(key, chosen.label, chosen.keywords[:6])
    archive.update_config(slug, config)
    with archive.transaction() as db:
        tag_store.mark_accepted(db, consultation.id, n, key)
    retag(archive, slug)
    return config.themes[key]


# --- export ---------------------------------------------------------------------------


# --- measuring: `hoering.measure` ------------------------------------------------------

from .measure import evaluate_consultation  # noqa: E402,F401  (the eval command's entry point)
