"""Extractive, attributed, deterministic summaries: no network, no hosted model.

* Per theme: the few sentences that best represent what the responses say about it, each
  with its response, chosen by maximal marginal relevance (MMR) over TF-IDF similarity:
  close to what all the theme's evidence says, not a repeat of a sentence already chosen,
  and preferably from a response not yet quoted.
* Per response: a résumé of one to three of its own sentences: central to the letter
  (TF-IDF similarity to the whole), its opening and its stated position (stance cues) weigh
  in, repeats are avoided, and the sentences keep their order.

TF-IDF is computed here over lemmas (stop words out), with IDF over all sentences of the
responses at hand, as a sparse matrix (scipy), and each group's similarities with numpy at
once: a pure-Python loop over pairs of sentences took most of a note's minute at 1,000
responses. (scikit-learn's vectoriser would do the same, but costs ~2 s to import.)
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..forked import chunked
from ..model import PassageKind, TagState, ThemeTag
from . import danish, stored_tokens
from .passages import split_passages
from .stance import find_cues

Progress = Callable[[int, int], None]
# Per text, its paragraphs' texts and tokens (as `danish.tokens_many` gives them), when the
# archive kept them at collect; None for a text the language layer must read here.
Paragraphs = Sequence[tuple[str, Sequence[danish.Token]]]

_NO_COMMENT = re.compile(r"^\W*(ingen|intet)\s+(kommentar|bemærkning)", re.I)
MIN_WORDS = 5
MMR_LAMBDA = 0.7
SAME_RESPONSE_PENALTY = 0.15
_DENSE_CELLS = 4_000_000  # a group's matrix is made dense (faster) up to this many cells


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
    row: int = -1  # its row in the TF-IDF matrix (`_Vectors`)
    cue: bool | None = None  # whether it has a stance cue; looked up once, when first asked


def _has_cue(s: _Sentence) -> bool:
    if s.cue is None:
        s.cue = bool(find_cues(s.text))
    return s.cue


def _sentences(
    texts: Sequence[str], progress: Progress | None = None, paragraphs: Sequence[Paragraphs | None] | None = None
) -> list[list[_Sentence]]:
    """Sentences of the paragraphs (headings left out) of every text. `progress(done, total)`
    is told each text read. `paragraphs[i]`, when given, are text i's paragraphs with their
    tokens as collect kept them: the language layer reads only the texts without."""
    given = list(paragraphs) if paragraphs is not None else [None] * len(texts)
    missing = [(i, p.text) for i, text in enumerate(texts) if given[i] is None
               for p in split_passages(text) if p.kind == PassageKind.PARAGRAPH]  # fmt: skip
    read: list[list[tuple[str, Sequence[danish.Token]]]] = [[] for _ in texts]
    for (i, text), toks in zip(missing, danish.tokens_many(t for _, t in missing) if missing else [], strict=True):
        read[i].append((text, toks))
    out: list[list[_Sentence]] = []
    for i in range(len(texts)):
        if progress and i:
            progress(i, len(texts))  # texts before the i-th are read
        out.append(paragraph_sentences(i, given[i] if given[i] is not None else read[i]))
    return out


def paragraph_sentences(i: int, paragraphs: Paragraphs) -> list[_Sentence]:
    """The sentences of text i, from its paragraphs with their tokens (`_sentences`)."""
    out: list[_Sentence] = []
    content_lemmas = danish.content_lemmas
    for text, toks in paragraphs:
        for sentence_toks in danish.sentence_tokens(toks):
            start, end = sentence_toks[0].start, sentence_toks[-1].end
            out.append(_Sentence(i, len(out), text[start:end].strip(), content_lemmas(sentence_toks), text))
    return out


def stored_sentences(i: int, paragraphs: Sequence[tuple[str, str]]) -> list[_Sentence] | None:
    """`paragraph_sentences` of text i from its paragraphs' tokens as the archive keeps them
    (`stored_tokens`: one JSON array per paragraph), read straight into sentences and their
    content lemmas: the same sentences, without a token object per token (decoding every
    token of a thousand letters was the largest part of their summaries). None when a
    paragraph's tokens are another analyser's (they must be read again)."""
    stops = danish.stop_words()
    word, stop, start_mark = stored_tokens.WORD, stored_tokens.STOP, stored_tokens.SENT
    out: list[_Sentence] = []
    for text, encoded in paragraphs:
        rows = json.loads(encoded) if encoded else None
        if not rows or rows[0] != danish.ANALYSER_VERSION:
            return None
        first = last = -1
        lemmas: list[str] = []
        for row in itertools.islice(rows, 1, None):
            flags = row[2]
            if first < 0 or flags & start_mark:
                if first >= 0:
                    out.append(_Sentence(i, len(out), text[first:last].strip(), lemmas, text))
                first, lemmas = row[0], []
            last = row[1]
            # `danish.content_lemmas`: a word, not a stop word, its lemma (its first reading)
            # no stop word and 3 letters or more, the word itself letters only.
            if flags & (word | stop) == word:
                lower = text[row[0] : last].lower()
                lemma = row[3].split("|", 1)[0] if row[3] else lower
                if len(lemma) >= 3 and lemma not in stops and lower.isalpha():
                    lemmas.append(lemma)
        if first >= 0:
            out.append(_Sentence(i, len(out), text[first:last].strip(), lemmas, text))
    return out


def text_sentences(i: int, text: str, paragraphs: Paragraphs | None) -> list[_Sentence]:
    """`_sentences` of text i alone: from `paragraphs` when given, else read here."""
    if paragraphs is None:
        parts = [p.text for p in split_passages(text) if p.kind == PassageKind.PARAGRAPH]
        paragraphs = list(zip(parts, danish.tokens_many(parts), strict=True)) if parts else []
    return paragraph_sentences(i, paragraphs)


class _Vectors:
    """The sentences' TF-IDF vectors, one L2-normalised row each of a sparse matrix, IDF over
    all of them: ``(1 + log tf) * (log((1 + n) / (1 + df)) + 1)`` per lemma. Similarities of
    a group of sentences are computed on the group's rows at once (numpy), not pair by pair."""

    def __init__(self, sentences: Sequence[_Sentence]) -> None:
        import numpy as np
        from scipy import sparse

        vocabulary: dict[str, int] = {}
        ids: list[int] = []
        lengths = []
        for k, s in enumerate(sentences):
            s.row = k
            ids.extend(vocabulary.setdefault(w, len(vocabulary)) for w in s.lemmas)
            lengths.append(len(s.lemmas))
        n = len(sentences)
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        # Term counts per sentence: a sparse matrix sums the duplicate (row, lemma) entries.
        counts = sparse.csr_matrix((np.ones(len(ids)), (rows, np.asarray(ids, dtype=np.int64))),
                                   shape=(n, len(vocabulary)))  # fmt: skip
        counts.sum_duplicates()
        df = np.bincount(counts.indices, minlength=len(vocabulary))
        idf = np.log((1 + n) / (1 + df)) + 1
        weights = (1 + np.log(counts.data)) * idf[counts.indices]
        counts.data = weights
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        counts.data /= np.repeat(norms, np.diff(counts.indptr))
        self.matrix = counts

    def group(self, sentences: Sequence[_Sentence]) -> _Group:
        import numpy as np

        return _Group(self.matrix[np.fromiter((s.row for s in sentences), dtype=np.int64, count=len(sentences))])


class _Group:
    """The rows of some sentences: their centroid similarity and pairwise similarities."""

    def __init__(self, rows) -> None:
        import numpy as np

        columns = np.unique(rows.indices)
        if rows.shape[0] * len(columns) <= _DENSE_CELLS:
            self.rows = rows[:, columns].toarray()
            self.dense = True
        else:
            self.rows = rows
            self.dense = False

    def relevance(self):
        """Each row's cosine similarity to the group's centroid (their normalised sum)."""
        import numpy as np

        total = np.asarray(self.rows.sum(axis=0)).ravel()
        norm = np.sqrt(total @ total)
        centroid = total / norm if norm else total
        return np.asarray(self.rows @ centroid).ravel()

    def similarity(self, i: int):
        """Each row's cosine similarity to row i."""
        import numpy as np

        if self.dense:
            return self.rows @ self.rows[i]
        return np.asarray((self.rows @ self.rows[i].T).todense()).ravel()


def _usable(s: _Sentence) -> bool:
    words = len(s.text.split())
    # A short line without a full stop is a heading, a signature or a name, not a statement.
    stated = s.text.rstrip().endswith((".", "!", "?", ":", ";", ")")) or words >= 12
    return words >= MIN_WORDS and stated and not _NO_COMMENT.match(s.text)


_TIE = 1e-12  # a candidate replaces the best so far only when it scores more than this higher


def _mmr(
    candidates: Sequence[_Sentence], group: _Group, relevance, k: int, settle: Callable[[int], float] | None = None
) -> list[int]:
    """Indexes of k candidates by maximal marginal relevance (ties: earlier candidate): the
    first k of `_picks`."""
    return list(itertools.islice(_picks(candidates, group, relevance, settle), k))


def _picks(
    candidates: Sequence[_Sentence], group: _Group, relevance, settle: Callable[[int], float] | None = None
) -> Iterator[int]:
    """Indexes of the candidates by maximal marginal relevance, one pick at a time (ties:
    earlier candidate). MMR is greedy, so a caller that stops early (a résumé that has its
    sentences) has the same first picks without the work of the later ones.

    A candidate from a response already quoted pays a small penalty: a theme's summary
    should show what different responses say.

    Each candidate's redundancy (its highest similarity to a chosen one) is kept up to date
    as picks are made, one vector of similarities per pick: O(k·n) for n candidates.

    With `settle`, `relevance` holds upper bounds (a stance cue assumed where it is not
    looked up yet) and `settle(i)` gives candidate i's exact relevance: only the candidates
    that could be picked are settled, so the stance cues of most sentences are never read.
    The picks are those of the exact relevances.
    """
    import numpy as np

    n = len(candidates)
    relevance = np.array(relevance, dtype=float)
    settled = np.zeros(n, dtype=bool) if settle is not None else np.ones(n, dtype=bool)
    taken = np.zeros(n, dtype=bool)
    redundancy = np.zeros(n)
    quoted = np.zeros(n, dtype=bool)  # from a response already quoted
    responses = np.fromiter((c.response for c in candidates), dtype=np.int64, count=n)
    for _ in range(n):
        while True:
            score = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * redundancy
            score = np.where(quoted, score - SAME_RESPONSE_PENALTY, score)
            score[taken] = -np.inf
            window = _window(score)
            reach = score >= window - _TIE  # what could be picked or stand in its way
            todo = np.flatnonzero(reach & ~settled)
            if not len(todo):
                break
            assert settle is not None
            for i in todo.tolist():
                relevance[i] = settle(i)
            settled[todo] = True
        # The walk over all candidates in order, a candidate replacing the best so far when
        # it scores more than _TIE higher; one below the window can neither be the pick nor
        # keep one in the window from replacing it, so only the window is walked.
        best, best_score = -1, -math.inf
        for i in np.flatnonzero(score >= window).tolist():
            if score[i] > best_score + _TIE:
                best, best_score = i, score[i]
        yield best
        taken[best] = True
        quoted |= responses == responses[best]
        redundancy = np.maximum(redundancy, group.similarity(best))


def _window(score) -> float:
    """The lowest score the walk in `_mmr` needs to see: widened from just below the top
    until no candidate lies within _TIE below it (such a one could still be the best so
    far when one inside arrives, and keep it out)."""
    top = score.max()
    low = top - 10 * _TIE
    while ((score >= low - _TIE) & (score < low)).any():
        low -= 10 * _TIE
    return low


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
    * a passage can only lie inside a sentence at least as long, and evidence paragraphs are
      mostly longer than any one sentence: only the passages no longer than the sentence
      are tried (passages sorted by length).
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
    for e in paragraphs:
        words = e.split()
        pairs.update(zip(words, words[1:], strict=False))
    by_length = sorted(paragraphs, key=len)
    lengths = [len(e) for e in by_length]

    def test(s: _Sentence) -> bool:
        if in_evidence_paragraph(s) or s.text in quoted:
            return True  # s.text is a slice of an evidence paragraph
        if "\x00" in s.text:
            return any(s.text in e or e in s.text for e in evidence)
        words = s.text.split()
        inner = words[1:-1]
        if all(p in pairs for p in zip(inner, inner[1:], strict=False)) and s.text in joined:
            return True
        return any(e in s.text for e in by_length[: bisect.bisect_right(lengths, len(s.text))])

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
    groups, vectors = _vectorised_sentences(texts)
    return _theme_extracts(groups, vectors, tags, per_theme)


def summarise_responses(texts: Sequence[str], *, max_chars: int = 450) -> list[str]:
    """A résumé of one to three sentences of each response, in the response's own words."""
    groups, vectors = _vectorised_sentences(texts)
    return [_resume(group, vectors, max_chars) for group in groups]


def summarise_consultation(
    texts: Sequence[str],
    tags: Sequence[Sequence[ThemeTag]],
    *,
    per_theme: int = 3,
    max_chars: int = 450,
    progress: Progress | None = None,
    paragraphs: Sequence[Paragraphs | None] | None = None,
    sentences: Sequence[list[_Sentence]] | None = None,
) -> tuple[list[str], dict[str, list[Extract]]]:
    """``summarise_responses`` and ``summarise_themes`` of the same texts, reading them once:
    the sentences and their TF-IDF vectors are the same for both, and reading them is most
    of the work (`progress(done, total)` is told each text read). `paragraphs`: the texts'
    paragraphs with the tokens collect kept (see `_sentences`); `sentences`: each text's
    sentences already read (`text_sentences`)."""
    if sentences is not None:
        groups = list(sentences)
        vectors = _Vectors([s for group in groups for s in group])
    else:
        groups, vectors = _vectorised_sentences(texts, progress, paragraphs)
    if progress:
        progress(len(texts), len(texts))
    # Each résumé is its own response's (a stance cue looked up in another process is
    # looked up again where a theme asks for it: the same answer).
    resumes = chunked(lambda a, b: [_resume(groups[i], vectors, max_chars) for i in range(a, b)], len(groups))
    return resumes, _theme_extracts(groups, vectors, tags, per_theme)


def _vectorised_sentences(
    texts: Sequence[str], progress: Progress | None = None, paragraphs: Sequence[Paragraphs | None] | None = None
) -> tuple[list[list[_Sentence]], _Vectors]:
    groups = _sentences(texts, progress, paragraphs)
    return groups, _Vectors([s for group in groups for s in group])


def _theme_extracts(
    groups: Sequence[Sequence[_Sentence]], vectors: _Vectors, tags: Sequence[Sequence[ThemeTag]], per_theme: int
) -> dict[str, list[Extract]]:
    # A theme's candidates are usable sentences only: which are, is decided once per sentence.
    by_response = {i: [s for s in group if _usable(s)] for i, group in enumerate(groups) if group}
    keys = list(dict.fromkeys(t.key for response in tags for t in response))

    def extracts(key: str) -> list[Extract] | None:
        candidates: list[_Sentence] = []
        triggered: list[bool] = []  # whether it carries one of the tag's trigger words
        seen: set[tuple[int, int]] = set()  # (response, position) of the candidates
        for i, response in enumerate(tags):
            for tag in response:
                if tag.key != key or tag.state != TagState.DISCUSSES:
                    continue
                triggers = [w.lower() for w in tag.triggers]
                in_evidence = _evidence_test(tag.evidence, by_response.get(i, []))
                for s in by_response.get(i, []):
                    if not in_evidence(s):
                        continue
                    if (s.response, s.position) in seen:
                        continue
                    seen.add((s.response, s.position))
                    lower = s.text.lower()
                    candidates.append(s)
                    triggered.append(any(w in lower for w in triggers))
        if not candidates:
            return None
        group = vectors.group(candidates)
        similarity = group.relevance()

        def settle(i: int, c=candidates, t=triggered, sim=similarity) -> float:
            return float(sim[i] + (0.1 * t[i] + 0.1 * _has_cue(c[i])))

        # Upper bounds: a stance cue assumed until `_mmr` settles a candidate.
        relevance = similarity + [0.1 * t + 0.1 * True for t in triggered]
        picked = _mmr(candidates, group, relevance, per_theme, settle)
        return [Extract(candidates[i].response, candidates[i].text, round(settle(i), 4)) for i in picked]

    # Each theme's extracts are its own: the themes are shared among the cores (a stance cue
    # looked up in one process is looked up again in another: the same answer).
    found = chunked(lambda a, b: [extracts(keys[i]) for i in range(a, b)], len(keys), least=1)
    return {key: items for key, items in zip(keys, found, strict=True) if items is not None}


def summarise_response(text: str, *, max_chars: int = 450) -> str:
    return summarise_responses([text], max_chars=max_chars)[0]


def _resume(sentences: Sequence[_Sentence], vectors: _Vectors, max_chars: int) -> str:
    usable = [s for s in sentences if _usable(s)] or list(sentences)
    if not usable:
        return ""
    wanted = 1 if len(usable) <= 2 else 2 if len(usable) <= 6 else 3
    group = vectors.group(usable)
    central = group.relevance()
    central += [0.1 if s.position == 0 else 0.0 for s in usable]  # letters open with their point

    def settle(i: int) -> float:
        return float(central[i] + (0.1 if _has_cue(usable[i]) else 0.0))  # a résumé should carry the position

    relevance = central + 0.1  # upper bounds: a stance cue assumed until `_mmr` settles a sentence
    chosen: list[int] = []
    # MMR is greedy: its first picks do not depend on how many more it would make, and the
    # later ones (and the stance cues they would settle) are not made once enough fit.
    for i in itertools.islice(_picks(usable, group, relevance, settle), wanted + 3):  # one response: no penalty
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
