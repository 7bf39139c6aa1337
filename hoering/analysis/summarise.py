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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..model import PassageKind, TagState, ThemeTag
from . import danish
from .passages import split_passages
from .stance import find_cues

Vector = dict[str, float]
Progress = Callable[[int, int], None]

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
    paragraph: str  # the paragraph it is a sentence of
    vector: Vector | None = None
    cue: bool | None = None  # whether it has a stance cue; looked up once, when first asked


def _has_cue(s: _Sentence) -> bool:
    if s.cue is None:
        s.cue = bool(find_cues(s.text))
    return s.cue


def _sentences(texts: Sequence[str], progress: Progress | None = None) -> list[list[_Sentence]]:
    """Sentences of the paragraphs (headings left out) of every text. `progress(done, total)`
    is told each text read."""
    paragraphs = [(i, p.text) for i, text in enumerate(texts)
                  for p in split_passages(text) if p.kind == PassageKind.PARAGRAPH]
    out: list[list[_Sentence]] = [[] for _ in texts]
    for (i, text), toks in zip(paragraphs, danish.tokens_many(t for _, t in paragraphs),
                               strict=True):
        if progress and i:
            progress(i, len(texts))  # texts before the i-th are read
        for sentence_toks in danish.sentence_tokens(toks):
            start, end = sentence_toks[0].start, sentence_toks[-1].end
            out[i].append(_Sentence(i, len(out[i]), text[start:end].strip(),
                                    danish.content_lemmas(sentence_toks), text))
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

    Each candidate's redundancy (its highest similarity to a chosen one) is kept up to date
    as picks are made, so a pick costs one similarity per candidate: O(k·n), where
    recomputing it against every chosen sentence made a résumé of a 300-page letter cubic
    in its length (24 s at 800 sentences, minutes at 1,600). The similarities are the same
    numbers in the same argument order, so the picks are exactly those of the direct form.
    """
    chosen: list[int] = []
    taken = [False] * len(candidates)
    redundancy = [0.0] * len(candidates)
    quoted: set[int] = set()  # responses already quoted
    while len(chosen) < min(k, len(candidates)):
        best, best_score = -1, -math.inf
        for i, cand in enumerate(candidates):
            if taken[i]:
                continue
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy[i]
            if cand.response in quoted:
                score -= SAME_RESPONSE_PENALTY
            if score > best_score + 1e-12:
                best, best_score = i, score
        chosen.append(best)
        taken[best] = True
        quoted.add(candidates[best].response)
        picked = candidates[best].vector or {}
        for i, cand in enumerate(candidates):
            if not taken[i]:
                assert cand.vector is not None
                redundancy[i] = max(redundancy[i], _cosine(cand.vector, picked))
    return chosen


def _evidence_test(
    evidence: Sequence[str], sentences: Sequence[_Sentence]
) -> Callable[[_Sentence], bool]:
    """``lambda s: any(s.text in e or e in s.text for e in evidence)``, without trying
    every passage on every sentence.

    Evidence passages are paragraphs of the response, so a long letter that discusses a
    theme throughout has about as many of them as it has sentences, and testing every
    sentence against every passage was quadratic (seconds per theme at 300 pages). Instead:

    * a sentence of an evidence paragraph is in it, and so is a sentence written the same
      as one of those (set look-ups; ``sentences`` are the response's);
    * another sentence can only lie inside a passage if each pair of its inner words (all
      but the first and last, which may be parts of words there) stands in the passage as
      two adjacent words; only a sentence that passes this set test is searched for, in
      all the passages at once;
    * likewise, a passage can only lie inside a sentence if its own first inner words
      stand in the sentence, so only those passages are tried; passages of one or two
      words, which have none, are tried on every sentence.
    """
    if not evidence:
        return lambda s: False
    paragraphs = set(evidence)
    # By paragraph object, as a response's sentences share theirs: comparing a long
    # paragraph with an equal evidence string reads it all, so it is done once.
    is_evidence: dict[int, bool] = {}

    def in_evidence_paragraph(s: _Sentence) -> bool:
        known = is_evidence.get(id(s.paragraph))
        if known is None:
            known = is_evidence[id(s.paragraph)] = s.paragraph in paragraphs
        return known

    quoted = {s.text for s in sentences if in_evidence_paragraph(s)}
    joined = "\x00".join(evidence)  # a match cannot span two passages: no NUL in a sentence
    pairs: set[tuple[str, str]] = set()  # adjacent words in a passage
    tiny: list[str] = []  # passages of one or two words
    by_inner: dict[tuple[str, ...], list[str]] = {}  # by their first one or two inner words
    for e in paragraphs:
        words = e.split()
        pairs.update(zip(words, words[1:], strict=False))
        if len(words) < 3:
            tiny.append(e)
        else:
            by_inner.setdefault(tuple(words[1:3] if len(words) > 3 else words[1:2]), []).append(e)

    def test(s: _Sentence) -> bool:
        if in_evidence_paragraph(s) or s.text in quoted:
            return True  # s.text is a slice of an evidence paragraph
        if "\x00" in s.text:
            return any(s.text in e or e in s.text for e in evidence)
        words = s.text.split()
        inner = words[1:-1]
        if all(p in pairs for p in zip(inner, inner[1:], strict=False)) and s.text in joined:
            return True
        if any(e in s.text for e in tiny):
            return True
        keys = {(w,) for w in words} | set(zip(words, words[1:], strict=False))
        return any(e in s.text for key in keys for e in by_inner.get(key, ()))

    return test


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
    return _theme_extracts(_vectorised_sentences(texts), tags, per_theme)


def summarise_responses(texts: Sequence[str], *, max_chars: int = 450) -> list[str]:
    """A résumé of one to three sentences of each response, in the response's own words."""
    return [_resume(group, max_chars) for group in _vectorised_sentences(texts)]


def summarise_consultation(
    texts: Sequence[str],
    tags: Sequence[Sequence[ThemeTag]],
    *,
    per_theme: int = 3,
    max_chars: int = 450,
    progress: Progress | None = None,
) -> tuple[list[str], dict[str, list[Extract]]]:
    """``summarise_responses`` and ``summarise_themes`` of the same texts, reading them once:
    the sentences and their TF-IDF vectors are the same for both, and reading them is most
    of the work (`progress(done, total)` is told each text read)."""
    groups = _vectorised_sentences(texts, progress)
    if progress:
        progress(len(texts), len(texts))
    return [_resume(group, max_chars) for group in groups], _theme_extracts(groups, tags, per_theme)


def _vectorised_sentences(texts: Sequence[str], progress: Progress | None = None) -> list[list[_Sentence]]:
    groups = _sentences(texts, progress)
    _vectorise([s for group in groups for s in group])
    return groups


def _theme_extracts(
    groups: Sequence[Sequence[_Sentence]], tags: Sequence[Sequence[ThemeTag]], per_theme: int
) -> dict[str, list[Extract]]:
    by_response = {i: group for i, group in enumerate(groups) if group}
    keys = list(dict.fromkeys(t.key for response in tags for t in response))
    out: dict[str, list[Extract]] = {}
    for key in keys:
        candidates: list[_Sentence] = []
        boost: list[float] = []
        seen: set[tuple[int, int]] = set()  # (response, position) of the candidates
        for i, response in enumerate(tags):
            for tag in response:
                if tag.key != key or tag.state != TagState.DISCUSSES:
                    continue
                triggers = [w.lower() for w in tag.triggers]
                in_evidence = _evidence_test(tag.evidence, by_response.get(i, []))
                for s in by_response.get(i, []):
                    if not _usable(s) or not in_evidence(s):
                        continue
                    if (s.response, s.position) in seen:
                        continue
                    seen.add((s.response, s.position))
                    lower = s.text.lower()
                    bonus = 0.1 * any(w in lower for w in triggers) + 0.1 * _has_cue(s)
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
        + (0.1 if _has_cue(s) else 0.0)  # and a résumé should carry the position
        for s in usable
    ]
    chosen: list[int] = []
    # MMR is greedy: its first picks do not depend on how many more it would make.
    for i in _mmr(usable, relevance, wanted + 3):  # one response: no penalty
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
