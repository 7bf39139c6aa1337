"""The analyser: text to index terms. The index and queries both use it, so they agree.

A passage becomes an `Analysed` row (hoering.model):

* ``lemmas``: the canonical lemma (hoering.danish, lemmy) of every word, and numbers as
  written, one term per word in text order, so phrase queries work on lemmas
  ("justering af mentor" also finds "justeringen af mentor");
* ``forms``: the few surface forms that their lemma is not a prefix of ("børn" for barn,
  "søerne" for so|sø), so a word typed as written is found even where the lemmatizer
  reads it otherwise.

Words are runs of letters and digits, the same split FTS5's unicode61 tokenizer makes, so a
position in ``lemmas`` is a word of the text (what phrase queries need). spaCy's tokenizer
would keep "Job-" or "2018-048371" whole and then be split again by FTS5; it is also 20x
slower, and sentence boundaries do not matter to an index.

Pure (no database): collect runs it in its worker processes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..analysis import danish
from ..model import Analysed

__all__ = ["Analysed", "analyse", "analyse_texts", "phrase_terms", "tokens", "word_terms", "words_of"]

_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> list[str]:
    """Lowercased letter/digit runs, NFC: the same split as the index's tokenizer."""
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


_term_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def word_terms(lower: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lemma terms, uncovered surface terms) of one lowercased token."""
    hit = _term_cache.get(lower)
    if hit is not None:
        return hit
    if any(c.isalpha() for c in lower):
        lemmas = tuple(words_of(danish.lemma(lower))) or (lower,)
        forms = () if any(lower.startswith(lem) for lem in lemmas) else (lower,)
    else:  # numbers: indexed as written
        lemmas, forms = (lower,), ()
    if len(_term_cache) > 500_000:
        _term_cache.clear()
    _term_cache[lower] = (lemmas, forms)
    return lemmas, forms


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lowercased word) of each index token of an NFC text."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def analyse(text: str) -> Analysed:
    """The index row of one passage text: lemmas (hoering.danish) and uncovered forms."""
    lemmas: list[str] = []
    forms: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        lem, frm = word_terms(word.lower())
        lemmas.extend(lem)
        forms.extend(frm)
    return Analysed(" ".join(lemmas), " ".join(forms), len(lemmas))


def analyse_texts(texts: Iterable[str]) -> list[Analysed]:
    """Index rows for passage texts. Pure (no database): may run in worker processes."""
    return [analyse(t) for t in texts]


def phrase_terms(text: str) -> list[str]:
    """The lemma terms of a phrase, exactly as the index stores them."""
    return analyse(text).lemmas.split()
