"""`hoering eval`: the archive's judgements measured against labelled consultations.

A labelled response is matched to the archive by its `file` (else its number); an e-mail
whose letter came as an attachment is read with its attachments, as a person reads it: the
e-mail's and the attachments' tags together. Suggested topics are computed afresh (and not
stored) and mapped back to the labels' numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis import presence
from .analysis.evaluate import EvalReport, evaluate, load_labels
from .analysis.learned import Example, StanceModel
from .analysis.stance import judge, targets
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
        if " › " in r.file:  # an attachment is shown as "e-mail › file"
            by_file.setdefault(r.file.rsplit(" › ", 1)[1], []).append(r)
    out: dict[int, list[Response]] = {}
    for labelled in labels["responses"]:
        n = labelled["n"]
        if labelled.get("role") == "cover":  # the letter is its attachment, labelled on its own
            continue
        found = by_file.get(labelled.get("file") or "", [])
        primary = found[0] if found else (None if labelled.get("file") else by_number.get(n))
        if primary is None:
            out[n] = []
            continue
        mine = [primary]
        if not labelled.get("container"):
            mine += [r for r in responses if r.via_email == primary.number]
        attachment = labelled.get("attachment")
        if attachment and not any(r.file == attachment for r in mine):
            mine += by_file.get(attachment, [])[:1]
        out[n] = mine
    for labelled in labels["responses"]:  # a byte-for-byte copy is read as its original
        original = labelled.get("duplicate_of")
        if original in out and labelled["n"] in out:
            both = out[labelled["n"]] + out[original]
            out[labelled["n"]] = out[original] = list({r.number: r for r in both}.values())
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
    label_of: dict[int, set[int]] = {}
    for n, mine in matched.items():
        predicted[n] = merged_tags([tags_of.get(r.id, []) for r in mine])
        texts[n] = "\n\n".join(r.text for r in mine if r.status == Status.OK)
        for r in mine:
            label_of.setdefault(r.number, set()).add(n)
    suggested = None
    if discovery:
        readable = [r for r in responses if r.status == Status.OK and r.text.strip()]
        found = suggest_themes([r.text for r in readable], consultation.config.codebook(),
                               background=archive.other_texts(consultation, limit=2000),
                               subject=consultation.config.title)
        suggested = [set().union(*(label_of.get(readable[i].number, set()) for i in s.responses))
                     for s in found]
    return evaluate(predicted, labels, texts=texts, suggested=suggested)


# --- leave one consultation out -------------------------------------------------------


@dataclass
class LearnedFold:
    """One held-out consultation: stance accuracy of the rules and of rules + learned, and
    theme micro-F1 of the rules and of rules + the learned presence model."""

    slug: str
    train_examples: int
    total: int
    rules_correct: int
    learned_correct: int
    theme_train_examples: int = 0
    theme_pairs: int = 0
    theme_rules_f1: float = 0.0
    theme_learned_f1: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"slug": self.slug, "train_examples": self.train_examples, "total": self.total,
                "rules": self.rules_correct / self.total if self.total else None,
                "learned": self.learned_correct / self.total if self.total else None,
                "themes": {"train_examples": self.theme_train_examples, "pairs": self.theme_pairs,
                           "rules_micro_f1": self.theme_rules_f1, "learned_micro_f1": self.theme_learned_f1}}


def _stance_examples(archive: Archive, slug: str, labels_path: str | Path) -> list[Example]:
    """The labelled stances of one consultation as training examples, with the evidence the
    tagger found for each (themes it did not find have none and are left out)."""
    consultation = archive.consultation(slug)
    labels = load_labels(labels_path)
    tags_of = tag_store.consultation_tags(archive.db, consultation.id)
    target_of = targets(consultation.config.codebook())
    out = []
    for n, mine in labelled_responses(archive.responses(consultation), labels).items():
        gold = next(r for r in labels["responses"] if r["n"] == n).get("stance") or {}
        tags = {t.key: t for t in merged_tags([tags_of.get(r.id, []) for r in mine])}
        for key, stance in gold.items():
            tag = tags.get(key)
            if tag is not None and tag.state == TagState.DISCUSSES and tag.evidence and key in target_of:
                out.append(Example(tuple(tag.evidence), target_of[key], Stance(stance)))
    return out


@dataclass
class _PresenceSet:
    """One labelled consultation read for the presence model: the rules' tags and the
    pair features of every labelled response, and its examples."""

    labels: dict[str, Any]
    rules: dict[int, list[ThemeTag]]
    features: dict[int, dict[str, tuple[float, ...]]]
    examples: list[presence.Example]


def _presence_set(archive: Archive, slug: str, labels_path: str | Path) -> _PresenceSet:
    consultation = archive.consultation(slug)
    labels = load_labels(labels_path)
    codebook = consultation.config.codebook()
    keys = list(codebook)
    tags_of = tag_store.consultation_tags(archive.db, consultation.id)
    matched = labelled_responses(archive.responses(consultation), labels)
    readable = [r for mine in matched.values() for r in mine if r.status == Status.OK]
    by_id = dict(zip([r.id for r in readable], presence.features([r.text for r in readable], codebook), strict=True))
    gold = {r["n"]: r for r in labels["responses"]}
    rules, feats, examples = {}, {}, []
    for n, mine in matched.items():
        rules[n] = merged_tags([tags_of.get(r.id, []) for r in mine])
        feats[n] = presence.merged_features([by_id[r.id] for r in mine if r.id in by_id], keys)
        examples += presence.examples_from(feats[n], set(gold[n].get("themes", [])), keys)
    return _PresenceSet(labels, rules, feats, examples)


def _correction_examples(archive: Archive) -> dict[str, list[presence.Example]]:
    """The themes people confirmed, set or removed (`hoering tag`, the review workspace,
    review-import) as presence examples, by consultation slug."""
    by_id = {c.id: c for c in archive.consultations()}
    decided: dict[int, dict[int, dict[str, bool]]] = {}
    for cid, number, theme, present in tag_store.presence_decisions(archive.db):
        decided.setdefault(cid, {}).setdefault(number, {})[theme] = present
    out: dict[str, list[presence.Example]] = {}
    for cid, per_response in decided.items():
        consultation = by_id[cid]
        codebook = consultation.config.codebook()
        responses = [archive.response(consultation, n) for n in per_response]
        readable = [r for r in responses if r.status == Status.OK]
        rows = presence.features([r.text for r in readable], codebook)
        out[consultation.slug] = [
            presence.Example(row[key], present)
            for r, row in zip(readable, rows, strict=True)
            for key, present in per_response[r.number].items() if key in row
        ]
    return out


def with_presence(tags: Sequence[ThemeTag], feature_rows: Mapping[str, tuple[float, ...]],
                  model: presence.PresenceModel) -> list[ThemeTag]:
    """The rules' tags with the presence model's decisions laid over them where it overrules
    the rules: a theme it finds is discussed (neutral, no evidence), one it rejects dropped."""
    out = {t.key: t for t in tags}
    for key, row in feature_rows.items():
        present, _ = model.combine(row)
        if present == bool(row[0]):
            continue
        if present:
            out[key] = ThemeTag(key, TagState.DISCUSSES, Stance.NEUTRAL, [], [])
        elif key in out and out[key].state == TagState.DISCUSSES:
            del out[key]
    return list(out.values())


def evaluate_learned(archive: Archive, sets: Sequence[tuple[str, str | Path]]) -> list[LearnedFold]:
    """Leave one consultation out: for each (slug, labels), a stance model trained on the
    others' labelled stances and a theme-presence model trained on the others' labelled
    (response, element) pairs and every theme decision people made in other consultations,
    each scored beside the rules alone on the one left out."""
    examples = {slug: _stance_examples(archive, slug, path) for slug, path in sets}
    read = {slug: _presence_set(archive, slug, path) for slug, path in sets}
    corrected = _correction_examples(archive)
    folds = []
    for slug, _ in sets:
        train = [e for other, ex in examples.items() if other != slug for e in ex]
        model = StanceModel(train)
        rules = learned = 0
        for e in examples[slug]:
            rules += judge(e.texts, e.target).stance == e.stance
            learned += model.combine(e.texts, e.target).stance == e.stance
        # The labelled sets left in, and every person's theme decision outside the one left out.
        theme_train = [e for other, p in read.items() if other != slug for e in p.examples]
        theme_train += [e for other, ex in corrected.items() if other != slug for e in ex]
        pmodel = presence.PresenceModel(theme_train)
        held = read[slug]
        revised = {n: with_presence(tags, held.features[n], pmodel) for n, tags in held.rules.items()}
        folds.append(LearnedFold(
            slug, len(train), len(examples[slug]), rules, learned,
            theme_train_examples=len(theme_train), theme_pairs=len(held.examples),
            theme_rules_f1=evaluate(held.rules, held.labels, draws=1).micro_f1,
            theme_learned_f1=evaluate(revised, held.labels, draws=1).micro_f1,
        ))
    return folds
