"""`hoering eval`: the archive's judgements measured against labelled consultations.

A labelled response is matched to the archive by its `file` (else its number); an e-mail
whose letter came as an attachment is read with its attachments, as a person reads it: the
e-mail's and the attachments' tags together. Suggested topics are computed afresh (and not
stored) and mapped back to the labels' numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .analysis.evaluate import EvalReport, evaluate, load_labels
from .analysis.suggest import suggest_themes
from .model import Response, Stance, Status, TagState, ThemeTag
from .store import Archive
from .store import tags as tag_store


def labelled_responses(responses: Sequence[Response], labels: Mapping[str, Any]) -> dict[int, list[Response]]:
    """The archive responses of each labelled one (by the labels' `n`): the file itself and
    the attachments it brought."""
    by_number = {r.number: r for r in responses}
    by_file: dict[str, list[Response]] = {}
    for r in responses:
        by_file.setdefault(r.file, []).append(r)
    out: dict[int, list[Response]] = {}
    for labelled in labels["responses"]:
        n = labelled["n"]
        found = by_file.get(labelled.get("file") or "", [])
        primary = found[0] if found else (None if labelled.get("file") else by_number.get(n))
        if primary is None:
            out[n] = []
            continue
        mine = [primary] + [r for r in responses if r.via_email == primary.number]
        attachment = labelled.get("attachment")
        if attachment and not any(r.file == attachment for r in mine):
            mine += by_file.get(attachment, [])[:1]
        out[n] = mine
    return out


def merged_tags(tag_lists: Sequence[Sequence[ThemeTag]]) -> list[ThemeTag]:
    """One reader's tags over several documents: a theme discussed in any is discussed (the
    stance of the first that takes one), else no-comment if any says so."""
    out: dict[str, ThemeTag] = {}
    for tags in tag_lists:
        for tag in tags:
            have = out.get(tag.key)
            if have is None or (have.state == TagState.NO_COMMENT and tag.state == TagState.DISCUSSES) or (
                have.state == tag.state == TagState.DISCUSSES and have.stance == Stance.NEUTRAL
                and tag.stance != Stance.NEUTRAL
            ):
                out[tag.key] = tag
    return list(out.values())


def evaluate_consultation(archive: Archive, slug: str, labels_path: str | Path, *,
                          discovery: bool = True) -> EvalReport:
    """Score the archive's tags (as a person corrected them) and fresh topic suggestions
    against labelled responses, next to the simplest rule set."""
    consultation = archive.consultation(slug)
    labels = load_labels(labels_path)
    responses = archive.responses(consultation)
    tags_of = tag_store.consultation_tags(archive.db, consultation.id)
    matched = labelled_responses(responses, labels)
    predicted, texts = {}, {}
    label_of: dict[int, int] = {}
    for n, mine in matched.items():
        predicted[n] = merged_tags([tags_of.get(r.id, []) for r in mine])
        texts[n] = "\n\n".join(r.text for r in mine if r.status == Status.OK)
        label_of.update((r.number, n) for r in mine)
    suggested = None
    if discovery:
        readable = [r for r in responses if r.status == Status.OK and r.text.strip()]
        found = suggest_themes([r.text for r in readable], consultation.config.codebook(),
                               background=archive.other_texts(consultation, limit=2000))
        suggested = [{label_of[readable[i].number] for i in s.responses if readable[i].number in label_of}
                     for s in found]
    return evaluate(predicted, labels, texts=texts, suggested=suggested)
