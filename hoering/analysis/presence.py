"""A learned theme-presence model beside the rules, trained on people's decisions.

Whether a response discusses a theme is decided by the rules (`analysis.tagging`). A person
confirms, corrects or removes tags (`hoering tag`, the review workspace, review-import); each
such decision, and each labelled (response, theme) of a development consultation, is an
example of "this response discusses this element" or "it does not".

Theme keys are a consultation's own, so a model per key would learn nothing that carries
to the next consultation. The model is over (response, element) pairs instead, and its
features describe how the response relates to the element, whatever the element is: the
rules' own decisions (a heading that names it, keyword hits that count, passing mentions,
a no-comment, a blanket "ingen bemærkninger til de øvrige"), the sentences that name its act,
how much of the element's description (its label and keywords) the response's words cover,
in the whole letter and in its best passage, and how many elements the letter discusses.
A logistic regression (scikit-learn) gives a probability; it decides beside the rules only
once it has `MIN_EXAMPLES` of both kinds (`combine`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import TagState
from .tagging import BLANKET, Codebook, PassageState, PassageTag, read_themes

MIN_EXAMPLES = 40  # below this (or without both kinds) the rules decide alone
# The model overrules the rules only this surely: on the development sets its unsure
# disagreements were passing mentions it would have counted (leave-one-out, `hoering eval --learned`).
SURE = 0.9
FEATURES = ("rules", "heading", "passages", "sentences", "passing", "no_comment", "blanket",
            "actions", "cover", "cover_best", "discussed_share")
_WORD = re.compile(r"[a-zæøå0-9]+", re.IGNORECASE)
_SHORT = frozenset({"af", "og", "i", "på", "til", "for", "med", "om", "en", "et", "de", "den", "det",
                    "at", "fra", "ved", "som", "der", "ikke"})


def _stems(text: str) -> set[str]:
    """Words cut to their first five letters: "lukning", "lukningen" and "lukke" meet
    ("lukni", "lukke" do not, which is the price of no language layer here)."""
    return {w[:5] for w in (m.lower() for m in _WORD.findall(text)) if w not in _SHORT and len(w) > 1}


def _description(theme: Mapping) -> set[str]:
    return _stems(" ".join([str(theme.get("label", "")), *theme.get("keywords", [])]))


@dataclass(frozen=True)
class Example:
    features: tuple[float, ...]
    present: bool


def features(texts: Sequence[str], codebook: Codebook) -> list[dict[str, tuple[float, ...]]]:
    """The features of every (response, element) pair: one dict by theme key per response."""
    read = read_themes(texts, codebook)
    out = []
    for text, (passage_tags, actions, tags) in zip(texts, read, strict=True):
        said = {t.key for t in tags if t.state == TagState.DISCUSSES}
        out.append(_pair_features(text, passage_tags, actions, said, codebook))
    return out


def merged_features(per_document: Sequence[Mapping[str, tuple[float, ...]]], keys: Sequence[str]) -> dict[str, tuple[float, ...]]:
    """One reader's features over several documents (an e-mail and its attachments): the
    strongest of each."""
    out = {}
    for key in keys:
        rows = [d[key] for d in per_document if key in d]
        out[key] = tuple(max(col) for col in zip(*rows, strict=True)) if rows else tuple(0.0 for _ in FEATURES)
    return out


def _pair_features(text: str, passage_tags: Sequence[PassageTag], actions: Mapping[str, list[str]],
                   said: set[str], codebook: Codebook) -> dict[str, tuple[float, ...]]:
    blanket = any(t.key == BLANKET for t in passage_tags)
    words = _stems(text)
    paragraph_words = [_stems(p) for p in text.split("\n\n") if p.strip()] or [words]
    share = len(said) / max(1, len(codebook))
    out = {}
    for key, theme in codebook.items():
        mine = [t for t in passage_tags if t.key == key]
        talk = [t for t in mine if t.state == PassageState.DISCUSSES] if key in said else []
        wanted = _description(theme)
        cover = len(wanted & words) / len(wanted) if wanted else 0.0
        best = max((len(wanted & p) / len(wanted) for p in paragraph_words), default=0.0) if wanted else 0.0
        out[key] = (
            float(key in said),
            float(any(t.reason.startswith("heading") for t in talk)),
            math.log1p(len(talk)),
            math.log1p(sum(len(t.stance_text) for t in talk)),
            math.log1p(sum(t.state == PassageState.PASSING for t in mine)),
            float(any(t.state == PassageState.NO_COMMENT for t in mine)),
            float(blanket and not talk),
            math.log1p(len(actions.get(key, []))),
            cover,
            best,
            share,
        )
    return out


class PresenceModel:
    """The probability that a response discusses an element; `None` until it has enough
    examples of both kinds."""

    def __init__(self, examples: Sequence[Example]):
        self.size = len(examples)
        self.model = None
        labels = [e.present for e in examples]
        if self.size >= MIN_EXAMPLES and len(set(labels)) == 2:
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            self.model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=1.0))
            self.model.fit(np.array([e.features for e in examples]), labels)

    @property
    def ready(self) -> bool:
        return self.model is not None

    def probability(self, feature_row: Sequence[float]) -> float:
        assert self.model is not None
        proba = self.model.predict_proba(np.array([feature_row]))[0]
        return float(proba[list(self.model.classes_).index(True)])

    def combine(self, feature_row: Sequence[float]) -> tuple[bool, float]:
        """Whether the element is discussed, and how surely: the rules' decision (the first
        feature) alone until the model is ready; then the model's probability of the rules'
        decision, which it overrules only when it is `SURE` of the other."""
        rules = bool(feature_row[0])
        if self.model is None:
            return rules, 1.0
        p = self.probability(feature_row)
        if (p >= SURE and not rules) or (p <= 1 - SURE and rules):
            return not rules, max(p, 1 - p)
        return rules, p if rules else 1 - p


def examples_from(feature_rows: Mapping[str, tuple[float, ...]], said: set[str], keys: Sequence[str]) -> list[Example]:
    """Examples of one response: every element it discusses is present, every other one
    (including those it has no comment on) absent."""
    return [Example(feature_rows[k], k in said) for k in keys if k in feature_rows]
