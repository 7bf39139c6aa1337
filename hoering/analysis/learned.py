"""A learned stance model beside the rules, trained on people's decisions.

Examples are (evidence passages, the element's target, the stance a person gave): a staff
correction (`hoering tag --stance`, the review workspace) or a labelled consultation. The
features carry across consultations: the rules' own reading (`stance.judge`: score, cue
counts, sentiment) and the evidence's words and word pairs (hashed, so no vocabulary is
stored), which are general Danish ("bekymrede", "kan ikke støtte") rather than one
consultation's subject. A logistic regression (scikit-learn, balanced classes) gives
probabilities; combined with the rules (`combine`) only once it has `MIN_EXAMPLES`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Stance
from .stance import Judgement, Target, judge

MIN_EXAMPLES = 30  # below this the rules decide alone
CLASSES = (Stance.AGAINST, Stance.NEUTRAL, Stance.SUPPORTS)
RULE_WEIGHT = 0.2  # the rules' vote next to the model's probabilities (which see the rules' reading too)


@dataclass(frozen=True)
class Example:
    texts: tuple[str, ...]
    target: Target
    stance: Stance


def _features(texts: Sequence[str], target: Target, judgement: Judgement | None = None):
    import numpy as np  # here: a model that is not ready (the usual case) needs none of it
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import HashingVectorizer

    j = judgement or judge(texts, target)
    f = j.features
    dense = np.array([[f["score"], f["support"], f["against"], f["neutral"], f["sentiment"],
                       float(j.stance == Stance.AGAINST), float(j.stance == Stance.SUPPORTS)]])
    words = HashingVectorizer(n_features=2**14, ngram_range=(1, 2), alternate_sign=False,
                              norm="l2").transform([" ".join(texts)])
    return hstack([csr_matrix(dense), words]).tocsr()


class StanceModel:
    """Stance probabilities from examples; `None` until it has enough of them."""

    def __init__(self, examples: Sequence[Example]):
        self.size = len(examples)
        self.model = None
        labels = [e.stance for e in examples]
        if self.size >= MIN_EXAMPLES and len(set(labels)) >= 2:
            from scipy.sparse import vstack
            from sklearn.linear_model import LogisticRegression

            x = vstack([_features(e.texts, e.target) for e in examples])
            self.model = LogisticRegression(max_iter=2000, class_weight="balanced", C=1.0)
            self.model.fit(x, [str(s) for s in labels])

    @property
    def ready(self) -> bool:
        return self.model is not None

    def revise(self, texts: Sequence[str], target: Target, stance: Stance, confidence: float) -> tuple[Stance, float]:
        """A stance the rules gave (with their confidence), revised by the model when it is
        ready; the same vote as `combine`."""
        if self.model is None:
            return stance, confidence
        j = judge(texts, target)
        j.stance, j.confidence = stance, confidence
        revised = self._vote(texts, target, j)
        return revised.stance, revised.confidence

    def combine(self, texts: Sequence[str], target: Target) -> Judgement:
        """The rules' judgement, revised by the model when it is ready: the rules' stance
        votes with weight `RULE_WEIGHT` (times their confidence) beside the model's
        probabilities; the confidence is the winning share."""
        j = judge(texts, target)
        if self.model is None:
            return j
        return self._vote(texts, target, j)

    def _vote(self, texts: Sequence[str], target: Target, j: Judgement) -> Judgement:
        proba = dict(zip(self.model.classes_, self.model.predict_proba(_features(texts, target, j))[0], strict=True))
        votes = {s: (1 - RULE_WEIGHT) * float(proba.get(str(s), 0.0)) for s in CLASSES}
        votes[j.stance] += RULE_WEIGHT * j.confidence
        best = max(CLASSES, key=lambda s: (votes[s], s == j.stance))
        total = sum(votes.values()) or 1.0
        return Judgement(best, j.cues, j.score, max(0.5, votes[best] / total), j.features)
