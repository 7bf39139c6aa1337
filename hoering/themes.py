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
import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import forked
from . import messages as M
from .analysis.stance import targets
from .analysis.tagging import anchors, says_no_comment, tag_accepted, tag_tokenised
from .analysis.themes import (
    THEME_KEYWORDS,
    ThemeCount,
    count_themes,
    key_from,
    number_suggestions,
    overlay_corrections,
)
from .config import Theme, is_theme_key, suggest_key
from .endorsements import share_endorsements
from .errors import (
    InvalidThemeKey,
    ManualTextNotInResponse,
    SuggestionAlreadyAccepted,
    ThemeKeyTaken,
    ThemeMergeSelf,
    UnknownSuggestion,
    UnknownTheme,
)
from .model import (
    AuditAction,
    CorrectionAction,
    Passage,
    PassageKind,
    Response,
    Stance,
    Status,
    TagCorrection,
    TagState,
    ThemeSuggestion,
    ThemeTag,
)
from .store import Archive, Consultation, audit, now
from .store import review as review_store
from .store import tags as tag_store

if TYPE_CHECKING:
    from .analysis.learned import StanceModel

# --- tagging ------------------------------------------------------------------


def retag(archive: Archive, slug: str, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Tag every readable response again (after the codebook changed). Returns the count."""
    consultation = archive.consultation(slug)
    readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
    codebook = consultation.config.codebook()
    if codebook:
        found = _tag_stored(archive, readable, codebook, progress=progress)
        found = revise_stances(found, codebook, stance_model(archive))
    else:
        found = [[] for _ in readable]
    order = list(consultation.config.themes)
    with archive.transaction() as db:
        corrections = tag_store.corrections(db, consultation.id)
        for response, tags in zip(readable, found, strict=True):
            effective = overlay_corrections(tags, corrections.get(response.number, []), order)
            tag_store.replace_tags(db, response.id, effective)
    share_endorsements(archive, consultation)
    return len(readable)


def _tag_stored(archive: Archive, responses: list, codebook, *, progress=None) -> list[list[ThemeTag]]:
    """The machine's tags of `responses` from their stored passages and tokens: the same
    as tagging their texts (`tag_responses`), without the language layer."""
    from .tokenised import tokenised, tokenised_quietly

    analysed = tokenised(archive, responses, rows=True)  # read only: the cheaper tuples
    with tokenised_quietly():
        return tag_tokenised([a.passages for a in analysed], [a.tokens for a in analysed], codebook,
                             progress=progress)


def correct_tag(
    archive: Archive,
    slug: str,
    number: int,
    theme: str,
    *,
    remove: bool = False,
    stance: Stance | None = None,
    evidence: str | None = None,
) -> None:
    """A person's correction on response `number`: add a theme (or set its stance), or remove it.

    `evidence`: a passage of the response the person chose to show it (the web app's
    selection); it becomes the tag's first evidence. It must be in the response's text."""
    consultation = archive.consultation(slug)
    if theme not in consultation.config.themes:
        raise UnknownTheme(slug, theme, consultation.config.themes)
    response = archive.response(consultation, number)
    if evidence is not None:
        evidence = " ".join(evidence.split())
        if remove or not evidence or evidence not in " ".join((response.text or "").split()):
            raise ManualTextNotInResponse(slug, number)
    correction = TagCorrection(
        consultation.id, number, theme,
        CorrectionAction.REMOVE if remove else CorrectionAction.ADD,
        None if remove else stance, now(), evidence,
    )  # fmt: skip
    order = list(consultation.config.themes)
    if remove:
        detail = M.say(M.AUDIT_TAG_REMOVED, key=theme, number=number)
    else:
        shown = stance.da if stance else "holdning uændret"
        detail = M.say(M.AUDIT_TAG_EVIDENCE if evidence else M.AUDIT_TAG_SET, key=theme, number=number, stance=shown)
    with archive.transaction() as db:
        earlier = next((c for c in tag_store.response_corrections(db, response.id) if c.theme == theme), None)
        if _stored_tag_suffices(earlier, correction):
            # The stored tag of this theme holds what the new correction needs of the
            # machine's (see `_stored_tag_suffices`), and every other stored tag already has
            # its corrections: laying the new one over the stored tags is the same as tagging
            # the text again, without loading the language layer (seconds, for one click).
            stored = tag_store.response_tags_with_passages(db, response.id)
            tag_store.save_correction(db, correction)
            tag_store.replace_tags(db, response.id, overlay_corrections(stored, [correction], order))
            audit.record(db, AuditAction.CORRECT_TAG, slug, number, detail)
            return
    # A person decided on this theme here before, and the machine's tag of it is needed again
    # (its evidence after a removal, its stance once the person's is withdrawn): tag the
    # response from its stored tokens. The other themes keep their stored tags, as above.
    machine: list[ThemeTag] = []
    if response.status == Status.OK:
        codebook = consultation.config.codebook()
        machine = [t for t in _tag_stored(archive, [response], codebook)[0] if t.key == theme]
        if correction.stance is None and any(t.state == TagState.DISCUSSES for t in machine):
            # Only the machine's stance is used, and it is the learned model's when it is ready.
            machine = revise_stances([machine], codebook, stance_model(archive))[0]
    with archive.transaction() as db:
        stored = [t for t in tag_store.response_tags_with_passages(db, response.id) if t.key != theme]
        tag_store.save_correction(db, correction)
        tag_store.replace_tags(db, response.id, overlay_corrections(stored + machine, [correction], order))
        audit.record(db, AuditAction.CORRECT_TAG, slug, number, detail)


def _stored_tag_suffices(earlier: TagCorrection | None, correction: TagCorrection) -> bool:
    """Whether the stored tag of a theme, with `earlier` (a person's earlier correction of it,
    if any) laid over the machine's, gives `correction` laid over the machine's tag without
    tagging again. It does unless the earlier one hid what the new one needs: a removal hid
    the whole tag; a stance of the person's hid the machine's, needed when the new one sets
    none; a passage the person chose was moved first, and the machine's order is needed
    when the new one chooses another (or none). A removal never needs the machine's tag."""
    if earlier is None or correction.action == CorrectionAction.REMOVE:
        return True
    if earlier.action == CorrectionAction.REMOVE:
        return False
    if earlier.stance is not None and correction.stance is None:
        return False
    return earlier.evidence is None or earlier.evidence == correction.evidence


def response_tags(archive: Archive, response_id: int) -> list[ThemeTag]:
    """The effective tags of a response, by its row id (`Response.id`)."""
    return tag_store.response_tags(archive.db, response_id)


def consultation_tags(archive: Archive, consultation: Consultation) -> dict[int, list[ThemeTag]]:
    """The effective tags of every response of a consultation, by row id (`Response.id`)."""
    return tag_store.consultation_tags(archive.db, consultation.id)


def theme_counts(archive: Archive, consultation: Consultation) -> dict[str, ThemeCount]:
    """Per theme of the codebook: readable responses that discuss it, by stance, and those
    with no comment; responses a person excluded are not counted."""
    readable = tag_store.consultation_tags(archive.db, consultation.id, status=Status.OK)
    excluded = review_store.excluded(archive.db, consultation.id)
    if excluded:  # a person left them out of every count
        gone = {r.id for r in archive.responses(consultation) if r.number in excluded}
        readable = {rid: tags for rid, tags in readable.items() if rid not in gone}
    return count_themes((t for tags in readable.values() for t in tags), consultation.config.themes)


# --- learning from people's stances ------------------------------------------------------


def stance_model(archive: Archive) -> StanceModel:
    """A stance model trained on every stance a person set in the archive (`hoering tag
    --stance`, the review workspace); it decides nothing until it has enough of them."""
    from .analysis.learned import Example, StanceModel  # numpy: only when tagging with it

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
    from .analysis.suggest import suggest_themes  # numpy: loaded only when suggesting
    from .tokenised import background

    consultation = archive.consultation(slug)
    readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
    # The cyclic collector stays off from the first token decoded until the last is freed:
    # re-enabled in between (after decoding, after discovery), its next run would walk the
    # millions of token rows made meanwhile, none of which is in a cycle (a second of CPU at
    # 1,000 responses); freed, they are gone before it runs.
    enabled = gc.isenabled()
    gc.disable()
    try:
        analysed = _paragraphs(archive, readable)
        found = suggest_themes(None, consultation.config.codebook(), analysed=analysed,
                               background_tokens=background(archive, consultation, limit=BACKGROUND_TEXTS, rows=True),
                               subject=consultation.config.title)
        del analysed
    finally:
        if enabled:
            gc.enable()
    earlier = tag_store.suggestions(archive.db, consultation.id)
    accepted = {s.label: s.accepted_key for s in earlier}
    numbered = number_suggestions(found, [r.number for r in readable], accepted, now())
    # A suggestion a person turned down stays down when the same topic is found again.
    discarded = {s.label for s in earlier if s.discarded}
    for s in numbered:
        s.discarded = s.label in discarded and not s.accepted_key
    with archive.transaction() as db:
        tag_store.replace_suggestions(db, consultation.id, numbered)
    return suggestions(archive, consultation)


def _paragraphs(archive: Archive, readable: list[Response]) -> list[tuple[list[Passage], list]]:
    """Each response's paragraphs and their tokens, from the tokens collect stored (no language
    layer, no text read again). Topics are found in paragraphs only, so headings are not
    decoded, and a paragraph many responses share (a form letter's, a standard phrase) is
    decoded once: decoding is most of the command's time."""
    from .analysis.stored_tokens import decode_rows
    from .tokenised import ready, stored

    kept = stored(archive, readable)
    fresh = ready(archive, readable, kept)
    decoded: dict[tuple[str, str | None], list] = {}
    out = []
    enabled = gc.isenabled()
    gc.disable()  # millions of token rows and no cycles among them (as `tokenised` does)
    try:
        for response in readable:
            if response.id in fresh:
                item = fresh[response.id]
                pairs = list(zip(item.passages, item.tokens, strict=True))
            else:
                pairs = []
                for _, passage, encoded in kept.get(response.id, []):
                    if passage.kind != PassageKind.PARAGRAPH:
                        continue
                    toks = decoded.get((passage.text, encoded))
                    if toks is None:
                        toks = decoded[passage.text, encoded] = decode_rows(passage.text, encoded) or []
                    pairs.append((passage, toks))
            out.append(([p for p, _ in pairs if p.kind == PassageKind.PARAGRAPH],
                        [t for p, t in pairs if p.kind == PassageKind.PARAGRAPH]))
    finally:
        if enabled:
            gc.enable()
    return out


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
    if key is not None:
        key = key.strip()
        if not is_theme_key(key):
            raise InvalidThemeKey(key, suggest_key(key, config.themes))
    key = key or key_from(chosen.keywords, config.themes)
    if key in config.themes:
        raise ThemeKeyTaken(key)
    config.themes[key] = Theme(key, chosen.label, chosen.keywords[:THEME_KEYWORDS])
    with archive.transaction() as db:
        review_store.set_config(db, consultation.id, config)
        tag_store.mark_accepted(db, consultation.id, n, key)
        audit.record(db, AuditAction.ACCEPT_THEME, slug, None, M.say(M.AUDIT_ACCEPTED, n=n, key=key))
    _tag_new_theme(archive, consultation, key)
    return config.themes[key]


def _tag_new_theme(archive: Archive, consultation: Consultation, key: str) -> int:
    """Tag the archive after theme `key` joined the codebook: from the stored tokens, and
    only the responses the theme may concern (`may_concern`: its words, its label's words
    or a no-comment sentence), a person corrected for it, or that endorse another response
    (read in full); no other response's tags can change. Where the theme is not mentioned
    (`mentions`), only a blanket no-comment can give it a tag and the other themes' tags stay
    as stored: only its own is added. The result is what `retag` gives for an archive whose tags are current.
    Returns the number of responses tagged again."""
    from .tokenised import containing, decoded, ready, stored, tokenised_quietly

    readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
    codebook = consultation.config.codebook()
    theme = codebook[key]
    corrected = {n for n, found in tag_store.corrections(archive.db, consultation.id).items()
                 if any(c.theme == key for c in found)}  # fmt: skip
    # A letter that endorses another's whole response holds the positions it shared from it
    # (`share_endorsements`), which its stored tags do not tell from its own: read in full, it
    # has its own again, and shares the endorsed letter's as they are after this theme.
    corrected |= _endorsing(readable)
    # The raw stored strings first (no decoding): most responses never use the theme's words.
    kept = stored(archive, readable)
    nearby = containing(archive, [r for r in readable if r.number not in corrected],
                        anchors(key, theme), says_no_comment, kept)
    nearby += [r for r in readable if r.number in corrected]
    nearby.sort(key=lambda r: r.number)
    early = ready(archive, nearby, kept)  # tokens never kept: read now, in this process

    def judged(start: int, stop: int) -> list[tuple[frozenset[str] | None, list[ThemeTag]] | None]:
        # Pure (decoding and judging only), so the shares can be judged in forked processes.
        with tokenised_quietly():
            items = [early[r.id] if r.id in early else decoded(kept[r.id]) for r in nearby[start:stop]]
            return tag_accepted([a.passages for a in items], [a.tokens for a in items], codebook, key,
                                [r.number in corrected for r in nearby[start:stop]])

    found = [(r, f) for r, f in zip(nearby, forked.chunked(judged, len(nearby)), strict=True) if f is not None]
    if not found:
        return 0
    revised = revise_stances([tags for _, (_, tags) in found], codebook, stance_model(archive))
    order = list(consultation.config.themes)
    with archive.transaction() as db:
        corrections = tag_store.corrections(db, consultation.id)
        for (response, (keys, _)), tags in zip(found, revised, strict=True):
            mine = corrections.get(response.number, [])
            if keys is None:
                tag_store.replace_tags(db, response.id, overlay_corrections(tags, mine, order))
                continue
            # Only the themes in `keys` were judged again: the others keep their stored
            # (effective) tags, and a person's corrections of the judged ones are laid over them.
            kept_tags = [t for t in tag_store.response_tags_with_passages(db, response.id) if t.key not in keys]
            tag_store.replace_tags(db, response.id, overlay_corrections(
                kept_tags + tags, [c for c in mine if c.theme in keys], order))
    share_endorsements(archive, consultation)  # as `retag` does: the new theme may be endorsed
    return len(found)


def _endorsing(readable: list[Response]) -> set[int]:
    """The numbers of the responses that endorse another party's response (or part of it)."""
    from .analysis.endorsement import WHOLE_WORDS, endorsements

    return {r.number for r in readable
            if any(w in (r.text or "").lower() for w in WHOLE_WORDS) and endorsements(r.text or "")}  # fmt: skip


def discard(archive: Archive, slug: str, n: int) -> ThemeSuggestion:
    """Turn suggestion `n` down: it is not offered again (also when `--suggest` finds the same
    topic again). A suggestion already accepted is a theme: rename or merge that instead."""
    consultation = archive.consultation(slug)
    chosen = tag_store.suggestion(archive.db, consultation.id, n)
    if chosen is None:
        raise UnknownSuggestion(slug, n)
    if chosen.accepted_key in consultation.config.themes:
        theme = consultation.config.themes[chosen.accepted_key]
        raise SuggestionAlreadyAccepted(slug, n, theme.key, theme.label)
    if not chosen.discarded:
        with archive.transaction() as db:
            tag_store.mark_discarded(db, consultation.id, n)
            audit.record(db, AuditAction.DISCARD_SUGGESTION, slug, None, M.say(M.AUDIT_DISCARDED, n=n))
    return tag_store.suggestion(archive.db, consultation.id, n)


def rename(
    archive: Archive, slug: str, key: str, *, label: str | None = None, new_key: str | None = None
) -> Theme:
    """Give theme `key` a new label and/or a new key. Everything kept by the key follows: a
    person's tag corrections, the remarks, the suggestion it was accepted from."""
    consultation = archive.consultation(slug)
    config = consultation.config
    if key not in config.themes:
        raise UnknownTheme(slug, key)
    theme = config.themes[key]
    if new_key is not None:
        new_key = new_key.strip()
        if new_key != key:
            if not is_theme_key(new_key):
                raise InvalidThemeKey(new_key, suggest_key(new_key, config.themes))
            if new_key in config.themes:
                raise ThemeKeyTaken(new_key)
    target = new_key or key
    label = " ".join(label.split()) if label is not None and label.strip() else theme.label
    config.themes = {
        (target if k == key else k): (Theme(target, label, theme.keywords) if k == key else t)
        for k, t in config.themes.items()
    }
    with archive.transaction() as db:
        review_store.set_config(db, consultation.id, config)
        if target != key:
            tag_store.rekey_corrections(db, consultation.id, key, target)
            tag_store.rekey_accepted(db, consultation.id, key, target)
            review_store.move_remarks(db, consultation.id, key, target)
        shown = f" til {target}" if target != key else ""
        audit.record(db, AuditAction.RENAME_THEME, slug, None, M.say(M.AUDIT_RENAMED, key=key, new_key=shown))
    if target != key:
        retag(archive, slug)
    return config.themes[target]


def merge(archive: Archive, slug: str, source: str, target: str) -> Theme:
    """Fold theme `source` into `target`: its keywords join the target's, its tags and a
    person's corrections move to it (the target's corrections win where both have one), and
    its remarks are kept, after the target's. `source` leaves the codebook."""
    consultation = archive.consultation(slug)
    config = consultation.config
    for key in (source, target):
        if key not in config.themes:
            raise UnknownTheme(slug, key)
    if source == target:
        raise ThemeMergeSelf(source)
    into = config.themes[target]
    keywords = into.keywords + [k for k in config.themes[source].keywords if k not in into.keywords]
    config.themes[target] = Theme(target, into.label, keywords)
    del config.themes[source]
    with archive.transaction() as db:
        review_store.set_config(db, consultation.id, config)
        tag_store.rekey_corrections(db, consultation.id, source, target)
        tag_store.rekey_accepted(db, consultation.id, source, target)
        moved = review_store.remarks(db, consultation.id, source)
        kept = review_store.remarks(db, consultation.id, target)
        if moved is not None and moved.text:
            text = f"{kept.text}\n\n{moved.text}" if kept is not None and kept.text else moved.text
            recommendation = moved.recommendation if kept is None or not kept.recommendation else None
            review_store.save_remarks(
                db, consultation.id, target, text, recommendation, audit.current_user(), now(), None
            )
        review_store.delete_remarks(db, consultation.id, source)
        audit.record(db, AuditAction.MERGE_THEMES, slug, None, M.say(M.AUDIT_MERGED, source=source, target=target))
    retag(archive, slug)
    return config.themes[target]


# --- export ---------------------------------------------------------------------------


# --- measuring: `hoering.measure` ------------------------------------------------------


def evaluate_consultation(*args, **kwargs):
    """The eval command's entry point (`hoering.measure.evaluate_consultation`), loaded with
    numpy and scikit-learn only when measuring."""
    from .measure import evaluate_consultation as measure

    return measure(*args, **kwargs)
