"""Extractive, attributed, deterministic summaries: no network, no hosted model.

* Per theme: the few sentences that best represent what the responses say about it, each
  with its response, chosen by maximal marginal relevance (MMR) over TF-IDF similarity:
  close to what all the theme's evidence says, not a repeat of a sentence already chosen,
  and preferably from a response not yet quoted.
* Per response: a résumé of one to three of its own sentences: central to the letter
  (TF-IDF similarity to the whole), its opening and its stated position (stance cues) weigh
  in, repeats are avoided, and the sentences keep their order.

TF-IDF is computed here over lemmas (stop words out), with IDF over all sentences of the
responses at hand; small and dependency-free (scikit-learn costs ~2 s to import).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import danish
from .passages import split_passages
from .stance import find_cues
from .tagging import ThemeTag

Vector = dict[str, float]

_NO_COMMENT = re.compile(r"^\W*(ingen|intet)\s+(kommentar|bemærkning)", re.I)
MIN_WORDS = 5
MMR_LAMBDA = 0.7
SAME_RESPONSE_PENALTY = 0.15


@dataclass(frozen=True)
class Extract:
    """A sentence quoted from a response (``response`` indexes the texts)."""

    response: int
    text: str
    score: float


@dataclass
class _Sentence:
    response: int
    position: int
    text: str
    lemmas: list[str]
    vector: Vector | None = None


def _sentences(texts: Sequence[str]) -> list[list[_Sentence]]:
    """Sentences of the paragraphs (headings left out) of every text."""
    paragraphs = [(i, p.text) for i, text in enumerate(texts)
                  for p in split_passages(text) if p.kind == "paragraph"]
    out: list[list[_Sentence]] = [[] for _ in texts]
    for (i, text), toks in zip(paragraphs, danish.tokens_many(t for _, t in paragraphs),
                               strict=True):
        for start, end in danish.spans_from_tokens(toks):
            sentence_toks = [t for t in toks if start <= t.start < end]
            out[i].append(_Sentence(i, len(out[i]), text[start:end].strip(),
                                    danish.content_lemmas(sentence_toks)))
    return out


def _vectorise(sentences: Sequence[_Sentence]) -> None:
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(s.lemmas))
    n = len(sentences)
    for s in sentences:
        tf = Counter(s.lemmas)
        vec = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        s.vector = _normalise(vec)


def _normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items()} if norm else {}


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _centroid(vectors: Sequence[Vector]) -> Vector:
    total: Counter[str] = Counter()
    for vec in vectors:
        total.update(vec)
    return _normalise(dict(total))


def _usable(s: _Sentence) -> bool:
    words = len(s.text.split())
    # A short line without a full stop is a heading, a signature or a name, not a statement.
    stated = s.text.rstrip().endswith((".", "!", "?", ":", ";", ")")) or words >= 12
    return words >= MIN_WORDS and stated and not _NO_COMMENT.match(s.text)


def _mmr(candidates: Sequence[_Sentence], relevance: Sequence[float], k: int) -> list[int]:
    """Indexes of k candidates by maximal marginal relevance (ties: earlier candidate).

    A candidate from a response already quoted pays a small penalty: a theme's summary
    should show what different responses say.
    """
    chosen: list[int] = []
    while len(chosen) < min(k, len(candidates)):
        best, best_score = -1, -math.inf
        for i, cand in enumerate(candidates):
            if i in chosen:
                continue
            assert cand.vector is not None
            redundancy = max((_cosine(cand.vector, candidates[j].vector or {}) for j in chosen),
                             default=0.0)
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if any(candidates[j].response == cand.response for j in chosen):
                score -= SAME_RESPONSE_PENALTY
            if score > best_score + 1e-12:
                best, best_score = i, score
        chosen.append(best)
    return chosen


def summarise_themes(
    texts: Sequence[str],
    tags: Sequence[Sequence[ThemeTag]],
    *,
    per_theme: int = 3,
) -> dict[str, list[Extract]]:
    """For each theme discussed, up to ``per_theme`` representative sentences.

    ``tags[i]`` are the tags of ``texts[i]``. Candidates are the sentences of each tag's
    evidence passages; sentences that carry the tag's trigger words or a stance cue are
    preferred, since they state what the response says about the theme.
    """
    all_sentences = [s for group in _sentences(texts) for s in group]
    _vectorise(all_sentences)
    by_response: dict[int, list[_Sentence]] = {}
    for s in all_sentences:
        by_response.setdefault(s.response, []).append(s)

    keys = list(dict.fromkeys(t.key for response in tags for t in response))
    out: dict[str, list[Extract]] = {}
    for key in keys:
        candidates: list[_Sentence] = []
        boost: list[float] = []
        for i, response in enumerate(tags):
            for tag in response:
                if tag.key != key or tag.state != "discusses":
                    continue
                triggers = [w.lower() for w in tag.triggers]
                for s in by_response.get(i, []):
                    if not _usable(s) or not any(s.text in e or e in s.text for e in tag.evidence):
                        continue
                    if s in candidates:
                        continue
                    lower = s.text.lower()
                    bonus = 0.1 * any(w in lower for w in triggers) + 0.1 * bool(find_cues(s.text))
                    candidates.append(s)
                    boost.append(bonus)
        if not candidates:
            continue
        centroid = _centroid([c.vector or {} for c in candidates])
        relevance = [_cosine(c.vector or {}, centroid) + b for c, b in zip(candidates, boost,
                                                                          strict=True)]
        picked = _mmr(candidates, relevance, per_theme)
        out[key] = [Extract(candidates[i].response, candidates[i].text, round(relevance[i], 4))
                    for i in picked]
    return out


def summarise_responses(texts: Sequence[str], *, max_chars: int = 450) -> list[str]:
    """A résumé of one to three sentences of each response, in the response's own words."""
    groups = _sentences(texts)
    _vectorise([s for group in groups for s in group])
    return [_resume(group, max_chars) for group in groups]


def summarise_response(text: str, *, max_chars: int = 450) -> str:
    return summarise_responses([text], max_chars=max_chars)[0]


def _resume(sentences: Sequence[_Sentence], max_chars: int) -> str:
    usable = [s for s in sentences if _usable(s)] or list(sentences)
    if not usable:
        return ""
    wanted = 1 if len(usable) <= 2 else 2 if len(usable) <= 6 else 3
    centroid = _centroid([s.vector or {} for s in usable])
    relevance = [
        _cosine(s.vector or {}, centroid)
        + (0.1 if s.position == 0 else 0.0)  # letters open with their point
        + (0.1 if find_cues(s.text) else 0.0)  # and a résumé should carry the position
        for s in usable
    ]
    chosen: list[int] = []
    for i in _mmr(usable, relevance, len(usable))[: wanted + 3]:  # one response: no penalty
        if len(chosen) == wanted:
            break
        if chosen and sum(len(usable[j].text) for j in chosen) + len(usable[i].text) > max_chars:
            continue  # too long to add; a shorter, less central sentence may still fit
        chosen.append(i)
    return " ".join(usable[i].text for i in sorted(chosen, key=lambda j: usable[j].position))


def theme_summaries_with_senders(
    extracts: Mapping[str, Sequence[Extract]], senders: Sequence[str]
) -> dict[str, list[dict[str, object]]]:
    """The export contract's ``theme_summaries``: response ids are 1-based numbers."""
    return {
        key: [{"response_id": e.response + 1, "sender": senders[e.response], "text": e.text}
              for e in items]
        for key, items in extracts.items()
    }
