"""The Danish language layer: tokens, sentences, lemmas and stop words.

Every other module that looks inside Danish text goes through here, so that tagging,
summaries and the search index agree on what a word and its lemma are.

Backends, chosen once per process:

* a trained spaCy pipeline (``da_core_news_sm``, ``_md`` or ``_lg``) when one is installed:
  its lemmas, POS tags, sentence boundaries and entities are used;
* otherwise spaCy's blank Danish language class (tokenizer with Danish abbreviations, rule
  sentencizer, Danish stop words) with lemmy's Danish lemmatizer, which ships inside its PyPI
  package. Nothing is ever downloaded at run time.

``HOERING_SPACY_MODEL`` overrides the choice: a package name, or ``blank``.

Long texts are analysed in pieces (`MAX_PIECE_CHARS`) and the pieces' tokens put back
together with offsets into the whole text, so a 500-page response is read like a short one.

Why these choices (measured on 50,000 Danish words): the blank tokenizer runs at ~490k
tokens/s; spaCy's lookup lemmatizer costs 2.2 s and 350 MB to load, lemmy loads in ~0.3 s and
runs at 1.7M tokens/s behind an LRU cache; ``nlp.pipe(n_process=2)`` was 5x slower than one
process, so we pipe in one process.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy costs ~0.9 s to import; only load it when text is analysed
    from spacy.language import Language
    from spacy.tokens import Doc

TRAINED_PIPELINES = ("da_core_news_sm", "da_core_news_md", "da_core_news_lg")
MODEL_ENV = "HOERING_SPACY_MODEL"

# Bump when tokenisation or the choice of lemma changes: search indexes built with another
# analyser must be rebuilt (``hoering reindex``).
_ANALYSER_REVISION = "1"

# spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters: error E088), because a
# trained pipeline's parser and entity recogniser need about 1 GB of temporary memory per
# 100,000 characters. Raising the limit would trade the error for that memory, so a longer
# text is analysed in pieces of at most this many characters; 100,000 keeps a trained
# pipeline's memory at about 1 GB, and the blank pipeline is linear, so piece size costs it
# nothing (a 1.2-million-character text: about 13 pieces).
MAX_PIECE_CHARS = 100_000
# A piece ends in a gap between words, as late in its window as possible: after a blank
# line (a paragraph end, always a sentence end), else a line break, else any whitespace. The
# tokenizer splits at whitespace before anything else, so cutting in a gap changes no token.
_PIECE_GAPS = (
    re.compile(r"\n[^\S\n]*\n\s*(?=\S)"),
    re.compile(r"\n\s*(?=\S)"),
    re.compile(r"\s+(?=\S)"),
)
# Whether the first word of a piece starts a sentence is read again from the words before
# it: the sentencizer looks at the tokens before it, the Danish fixes at the word before it
# and at whether its line has up to 8 words (a heading), so 16 words are enough (and looking
# back stops after 2,000 characters: a "word" that long is no prose).
_SEAM_WORDS = 16
_SEAM_CHARS = 2_000
_WORD_RUN = re.compile(r"\S+")


def _version(package: str) -> str | None:
    """The installed version of `package`, as importlib.metadata gives it.

    A wheel installs its metadata in a folder named NAME-VERSION.dist-info (the name with
    "_" for "-" and "."), so the version is read from the first such folder on sys.path, the
    one importlib.metadata would read; that spares every search importing importlib.metadata
    and parsing the packages' whole METADATA files (~30 ms). Installed any other way (an
    .egg-info folder), importlib.metadata reads it."""
    found = _installed().get(_normalised(package))
    if found is None:
        return None
    version, kind = found
    return version if kind == ".dist-info" else _metadata_version(package)


_INSTALLED = re.compile(r"^(?P<name>[^-]+)-(?P<version>\d[^-]*?)(?:-py[\d.]+)?(?P<kind>\.dist-info|\.egg-info|\.egg)$")


@functools.lru_cache(maxsize=1)
def _installed() -> dict[str, tuple[str, str]]:
    """Normalised distribution name -> (version, kind of folder), the first on sys.path."""
    found: dict[str, tuple[str, str]] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(("-info", ".egg")) and (match := _INSTALLED.match(name)):
                found.setdefault(_normalised(match["name"]), (match["version"], match["kind"]))
    return found


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _metadata_version(package: str) -> str | None:
    import importlib.metadata

    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _pick_pipeline() -> str | None:
    """The trained pipeline to use, or None for blank Danish + lemmy.

    Same test as ``spacy.util.is_package`` (an installed distribution), done without
    importing spaCy so that ANALYSER_VERSION is known at import time. The smallest installed
    pipeline wins: the layer must load in about a second.
    """
    wanted = os.environ.get(MODEL_ENV, "").strip()
    if wanted == "blank":
        return None
    for name in (wanted,) if wanted else TRAINED_PIPELINES:
        if _version(name):
            return name
    return None


PIPELINE: str | None = _pick_pipeline()

ANALYSER_VERSION: str = (
    f"hoering-da/{_ANALYSER_REVISION} "
    + (
        f"{PIPELINE}/{_version(PIPELINE)}"
        if PIPELINE
        else f"spacy-blank-da/{_version('spacy')} lemmy/{_version('lemmy')}"
    )
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token with everything the theme and search code needs.

    ``lemma`` is the canonical lemma (lowercase) that the search index stores; ``lemmas``
    holds every candidate, canonical first, because lemmy without POS is often ambiguous
    ("prisen" -> prise|pris) and matching should accept any reading.
    """

    text: str
    lower: str
    lemma: str
    lemmas: tuple[str, ...]
    start: int
    end: int
    is_word: bool
    is_stop: bool
    is_sent_start: bool
    pos: str = ""
    ent_type: str = ""


def _token_maker() -> Any:
    """``Token(...)`` without the frozen dataclass's ``__init__``, which sets each of the 11
    fields through ``object.__setattr__`` (3.7 µs a token, as long as spaCy's tokenizer
    takes): the slots are filled directly, 3x faster. The result is an ordinary Token."""
    new = object.__new__
    setters = tuple(getattr(Token, f.name).__set__ for f in dataclasses.fields(Token))
    (s_text, s_lower, s_lemma, s_lemmas, s_start, s_end, s_word, s_stop, s_sent, s_pos,
     s_ent) = setters  # fmt: skip

    def make(text, lower, lemma, lemmas, start, end, is_word, is_stop, is_sent_start, pos, ent):
        tok = new(Token)
        s_text(tok, text)
        s_lower(tok, lower)
        s_lemma(tok, lemma)
        s_lemmas(tok, lemmas)
        s_start(tok, start)
        s_end(tok, end)
        s_word(tok, is_word)
        s_stop(tok, is_stop)
        s_sent(tok, is_sent_start)
        s_pos(tok, pos)
        s_ent(tok, ent)
        return tok

    return make


_make_token = _token_maker()
make_token = _make_token  # a Token from its fields (`stored_tokens` reads them back)

_lock = threading.Lock()
_nlp: Language | None = None
_lemmy: Any = None
_table: Any = None  # lemma_rules.RuleTable, False when there is none
_table_lookups = 0
# Words looked up in the rule table before lemmy itself is loaded: by then the look-ups
# (~50 µs a word) have cost about what loading lemmy does, so a long job loads it.
TABLE_LOOKUPS = 5_000


def nlp() -> Language:
    """The process-wide spaCy pipeline, loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = _load_pipeline()
    return _nlp


def loaded() -> bool:
    """Whether this process has the pipeline and the lemmatizer loaded (a process forked
    from one that had them has them too)."""
    return _nlp is not None and (PIPELINE is not None or _lemmy is not None)


def load() -> str:
    """Load the pipeline and the lemmatizer now (e.g. before timing); return the backend."""
    nlp()
    if PIPELINE is None:
        _lemmatizer()
    return backend()


def backend() -> str:
    return PIPELINE or "spacy-blank-da+lemmy"


def _load_pipeline() -> Language:
    import spacy
    from spacy.language import Language

    if not Language.has_factory("hoering_sentence_fixes"):
        Language.component("hoering_sentence_fixes", func=_fix_sentence_starts)
    if not Language.has_factory("hoering_sentencizer"):
        Language.component("hoering_sentencizer", func=_sentencize)
    if PIPELINE and spacy.util.is_package(PIPELINE):
        return spacy.load(PIPELINE)  # its parser sets the sentence boundaries
    pipeline = spacy.blank("da")
    pipeline.add_pipe("hoering_sentencizer")
    pipeline.add_pipe("hoering_sentence_fixes")
    return pipeline


@functools.cache
def _sentence_marks() -> Any:
    """The hashes of the texts spaCy's rule `Sentencizer` ends a sentence after (its default
    punctuation characters), as `Doc.to_array(ORTH)` gives a token's text."""
    import numpy as np
    from spacy.pipeline import Sentencizer
    from spacy.strings import hash_string

    return np.array(sorted(hash_string(c) for c in Sentencizer.default_punct_chars), dtype="uint64")


def _sentencize(doc: Doc) -> Doc:
    """spaCy's rule `Sentencizer` (default punctuation, no overwrite), its marks made for all
    tokens at once: its own loop makes a spaCy `Token` object per token, which cost a fifth
    of what reading a letter for redaction took. The rule: a sentence starts at the first
    token and at the first token after each end mark (a punctuation character of its list)
    that is neither punctuation nor an end mark; a token already marked keeps its mark."""
    import numpy as np
    from spacy.attrs import IS_PUNCT, ORTH, SENT_START

    n = len(doc)
    if not n:
        return doc
    rows = doc.to_array([ORTH, IS_PUNCT, SENT_START])
    ends = np.isin(rows[:, 0], _sentence_marks())
    starters = np.flatnonzero((rows[:, 1] == 0) & ~ends)
    after = np.searchsorted(starters, np.flatnonzero(ends), side="right")
    marks = np.full(n, -1, dtype="int64")
    marks[0] = 1
    marks[starters[after[after < len(starters)]]] = 1
    kept = rows[:, 2].view("int64")
    marks = np.where(kept != 0, kept, marks)
    doc.from_array([SENT_START], marks.view("uint64"))
    return doc


def _lemmatizer() -> Any:
    global _lemmy
    if _lemmy is None:
        with _lock:
            if _lemmy is None:
                import lemmy

                from ..store.lemma_rules import write_table

                _lemmy = lemmy.load("da")
                write_table(_lemmy.rules[""])  # once per lemmy version, for later processes
    return _lemmy


def _rules() -> Any:
    """What lemmatizes a word: lemmy once it is loaded; before that, in a process that has
    looked up few words (a search query), lemmy's rules read from the table on disk
    (`lemma_rules`), which gives the same readings without loading lemmy."""
    global _table, _table_lookups
    if _lemmy is None and _table_lookups < TABLE_LOOKUPS:
        if _table is None:
            from ..store.lemma_rules import open_table

            _table = open_table() or False
        if _table:
            _table_lookups += 1
            return _table
    return _lemmatizer()


def _fix_sentence_starts(doc: Doc) -> Doc:
    """Repair the rule sentencizer for Danish letters.

    * Danish abbreviations that spaCy does not know ("f.x.", "i.f.t.", "fht.") end in a
      period token and start a false sentence; a Danish sentence does not start in lower case.
    * A line break ends a sentence after final punctuation or a colon, after a short line
      without final punctuation (a heading on its own line), and always at a blank line. The
      sentencizer marks the whitespace token in such places, which we drop, so the mark is
      moved to the next word.

    Speed: a spaCy ``Token`` object per token (and ``doc.text``, which makes one per token)
    costs more than the tokenizer, so the marks are read as one array and only the few
    tokens that matter are looked at: the words after a line break, and sentence starts.
    The tokenizer splits at whitespace and keeps any whitespace but one space as tokens of
    their own, so the gap between two words holds a line break exactly when a whitespace
    token between them does.
    """
    from spacy.attrs import IS_SPACE, SENT_START

    # As signed integers: SENT_START is -1 for "not a start".
    rows = doc.to_array([IS_SPACE, SENT_START]).view("int64").tolist()
    changes: list[tuple[int, bool]] = []
    prev = -1  # index of the previous word
    pair = -1  # number of the (previous word, word) pair
    last_break = -1  # pair number of the last line break
    newlines = 0  # line breaks since the previous word
    for i, (space, sent) in enumerate(rows):
        if space:
            if prev >= 0:
                newlines += doc[i].text.count("\n")
            continue
        if prev < 0:
            prev = i
            continue
        pair += 1
        if newlines:
            line_words = pair - last_break
            word, before = doc[i].text, doc[prev]
            short_line = line_words <= 8 and not before.is_punct and word[:1].isupper()
            if newlines > 1 or before.text in {".", "!", "?", ":"} or short_line:
                changes.append((i, True))
            last_break = pair
        elif sent == 1 and doc[i].text[:1].islower():
            changes.append((i, False))
        prev, newlines = i, 0
    if changes:
        # Written back as one array: setting ``Token.is_sent_start`` checks the whole Doc
        # for a parse each time, which made a long paragraph quadratic.
        marks = doc.to_array([SENT_START]).view("int64")
        for i, value in changes:
            marks[i] = 1 if value else -1
        doc.from_array([SENT_START], marks.view("uint64"))
    return doc


@functools.lru_cache(maxsize=262_144)
def lemma_candidates(word: str) -> tuple[str, ...]:
    """All lemmy readings of a lowercase word form, canonical lemma first.

    Canonical: the form itself when it is a reading (the word is its own lemma), else the
    shortest reading, which for Danish is the uninflected one ("prisen" -> prise|pris: pris).
    """
    if not any(c.isalpha() for c in word):
        return (word,)
    readings = []
    for candidate in _rules().lemmatize("", word):
        candidate = candidate.lower()
        if candidate and candidate not in readings:
            readings.append(candidate)
    if not readings:
        return (word,)
    canonical = word if word in readings else min(readings, key=lambda r: (len(r), r))
    return (canonical, *[r for r in readings if r != canonical])


def lemma(word: str) -> str:
    """Canonical lemma of one word form (lowercased)."""
    return lemma_candidates(word.lower())[0]


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Danish stop words (lowercase).

    Read from spaCy's own list without importing spaCy or building the pipeline (about 1 s
    that a search query, which needs the stop words and lemmy only, would spend on every
    call). The file is a plain list (`STOP_WORDS = set(...)`), the one the Danish
    pipeline's `Defaults.stop_words` is; should it ever not be found, the pipeline says.
    """
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / "da" / "stop_words.py" if spec and spec.origin else None
    if PIPELINE is None and path is not None and path.is_file():
        namespace: dict[str, Any] = {}
        exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)  # noqa: S102 - spaCy's data file
        if isinstance(namespace.get("STOP_WORDS"), set):
            return frozenset(namespace["STOP_WORDS"])
    return frozenset(nlp().Defaults.stop_words)


@functools.lru_cache(maxsize=262_144)
def _form(lower: str) -> tuple[tuple[str, ...], bool, bool]:
    """Per word form, once: its lemma readings, whether it is a word, whether a stop word."""
    return lemma_candidates(lower), any(c.isalpha() for c in lower), lower in stop_words()


def _doc_tokens(doc: Doc, text: str | None = None, offset: int = 0) -> list[Token]:
    """Our tokens of a spaCy Doc; ``text`` is the string the Doc was made from.

    With ``text`` (and a blank pipeline) the tokens are read from one array of offsets
    and marks, not through a spaCy ``Token`` object each: the word is ``text[start:end]``
    and its lower case ``str.lower()``, as spaCy computes ``lower_``. ``offset`` is added
    to every token's offsets (the Doc is a piece of a longer text that starts there).
    """
    if PIPELINE is None and text is not None:
        from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

        out = []
        rows = doc.to_array([IS_SPACE, IDX, LENGTH, SENT_START]).view("int64").tolist()
        for space, start, length, sent in rows:
            if space:
                continue
            end = start + length
            word = text[start:end]
            lower = word.lower()
            lemmas, is_word, is_stop = _form(lower)
            out.append(_make_token(word, lower, lemmas[0], lemmas, start + offset, end + offset,
                                   is_word, is_stop, sent == 1, "", ""))  # fmt: skip
        return out
    trained = PIPELINE is not None and doc.has_annotation("LEMMA")
    out = []
    for tok in doc:
        if tok.is_space:
            continue
        lower = tok.lower_
        lemmas, is_word, is_stop = _form(lower)
        pos = ent = ""
        if trained:
            model_lemma = tok.lemma_.lower() or lower
            lemmas = (model_lemma, *[r for r in lemmas if r != model_lemma])
            pos, ent = tok.pos_, tok.ent_type_
        start = tok.idx + offset
        out.append(_make_token(tok.text, lower, lemmas[0], lemmas, start, start + len(tok),
                               is_word, is_stop, bool(tok.is_sent_start), pos, ent))
    return out


def tokens(text: str) -> list[Token]:
    """Tokens of one text (whitespace dropped), with char offsets into ``text``."""
    if len(text) <= MAX_PIECE_CHARS:
        return _doc_tokens(nlp()(text), text)
    return tokens_many([text])[0]


_LIGHT_WORD = re.compile(r"[^\W_]+|[^\w\s]")


def light_tokens(text: str) -> list[Token]:
    """Tokens of a short text (a theme's label, a consultation's title) without the spaCy
    pipeline: runs of letters and digits, and each other sign alone, with lemmy's lemmas;
    one sentence. Re-tagging from stored tokens compiles labels this way, so it never has
    to load spaCy (about a second) for a few words."""
    out = []
    for m in _LIGHT_WORD.finditer(text):
        word = m.group()
        lower = word.lower()
        lemmas, is_word, is_stop = _form(lower)
        out.append(_make_token(word, lower, lemmas[0], lemmas, m.start(), m.end(), is_word, is_stop,
                               not out, "", ""))  # fmt: skip
    return out


def tokens_many(texts: Iterable[str], *, batch_size: int = 64) -> list[list[Token]]:
    """Tokens of many texts through ``nlp.pipe`` in this process (faster than n_process>1).

    A text longer than `MAX_PIECE_CHARS` goes through in pieces; its tokens are those of
    the pieces, with offsets into the whole text.
    """
    texts = list(texts)
    bounds = [piece_bounds(text) for text in texts]
    pieces = (text[start:end] for text, spans in zip(texts, bounds, strict=True)
              for start, end in spans)  # fmt: skip
    docs = nlp().pipe(pieces, batch_size=batch_size)
    out = []
    for text, spans in zip(texts, bounds, strict=True):
        if len(spans) == 1:
            out.append(_doc_tokens(next(docs), text))
            continue
        toks: list[Token] = []
        for start, end in spans:
            piece = _doc_tokens(next(docs), text[start:end], start)
            if toks and piece and piece[0].start == start:
                piece[0] = _first_after_cut(text, piece[0])
            toks.extend(piece)
        out.append(toks)
    return out


def piece_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces a text is analysed in: one for a text of up to
    `MAX_PIECE_CHARS`; else each as long as it can be and end in a gap between words
    (`_PIECE_GAPS`), which stays with the piece before."""
    spans = []
    start = 0
    while len(text) - start > MAX_PIECE_CHARS:
        end = _cut(text, start + MAX_PIECE_CHARS // 2, start + MAX_PIECE_CHARS)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, lo: int, hi: int) -> int:
    """The start of the last word in text[lo:hi + 1] after the best kind of gap; ``hi``
    (a cut inside a word) only when half a piece holds no whitespace at all."""
    for gap in _PIECE_GAPS:
        last = None
        for last in gap.finditer(text, lo, hi + 1):  # noqa: B007 - the last match is wanted
            pass
        if last is not None:
            return last.end()
    return hi


def _first_after_cut(text: str, tok: Token) -> Token:
    """``tok``, the first word of a piece, with the sentence start it has in the whole text.

    Its piece makes it a sentence start; in the whole text that depends on the words before
    it, so the stretch of `_SEAM_WORDS` words before it and its own word (the whole run up
    to the next whitespace, which the tokenizer splits as one) are analysed again.
    """
    words = list(_WORD_RUN.finditer(text, max(0, tok.start - _SEAM_CHARS), tok.start))
    seam_start = words[-min(_SEAM_WORDS, len(words))].start() if words else tok.start
    own_word = _WORD_RUN.match(text, tok.start)
    seam = text[seam_start : own_word.end() if own_word else tok.end]
    for other in _doc_tokens(nlp()(seam), seam, seam_start):
        if other.start == tok.start:
            if other.is_sent_start != tok.is_sent_start:
                return dataclasses.replace(tok, is_sent_start=other.is_sent_start)
            break
    return tok


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) char offsets of the sentences in ``text``."""
    return spans_from_tokens(tokens(text))


def spans_from_tokens(toks: Sequence[Token]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for tok in toks:
        if tok.is_sent_start or not spans:
            spans.append((tok.start, tok.end))
        else:
            spans[-1] = (spans[-1][0], tok.end)
    return spans


def sentence_tokens(toks: Sequence[Token]) -> list[list[Token]]:
    """The tokens of each sentence, in order: the sentences of `spans_from_tokens`, grouped in
    one walk (picking each span's tokens out of all of them is quadratic in a long text)."""
    out: list[list[Token]] = []
    for tok in toks:
        if tok.is_sent_start or not out:
            out.append([tok])
        else:
            out[-1].append(tok)
    return out


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, as written (no normalisation)."""
    return [text[start:end] for start, end in sentence_spans(text)]


def lemmas(text: str) -> list[str]:
    """Canonical lemma of every word token in ``text``, in order (punctuation dropped)."""
    return [tok.lemma for tok in tokens(text) if tok.is_word]


def content_lemmas(toks: Sequence[Token], *, min_length: int = 3) -> list[str]:
    """Lemmas of the words that carry content: no stop words, numbers or very short words."""
    stops = stop_words()
    return [
        tok.lemma
        for tok in toks
        if tok.is_word
        and not tok.is_stop
        and tok.lemma not in stops
        and len(tok.lemma) >= min_length
        and tok.lower.isalpha()
    ]
