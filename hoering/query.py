"""From what a user types into `hoering search` to a safe FTS5 MATCH expression.

Three steps, each usable alone:

1. `parse`: the query language, deliberately forgiving; nothing a user types is an
   error except a query with no word to search for:

   * words are runs of letters and digits; everything else (``* ^ : ( ) ; ' -- NEAR``)
     only separates words, so SQL or FTS5 syntax in the input is just text;
   * ``"…"`` is a phrase; an unbalanced quote makes the rest of the input a phrase;
   * a word written with inner punctuation (``mentor-indsats``, ``§17,2``) is a phrase of
     its parts, the way the index sees it;
   * several words mean all of them (AND); ``OR``/``ELLER`` (upper case) between two
     words means either, and binds tighter than the implicit AND: ``mentor have OR
     haveprojekt`` is mentor AND (have OR haveprojekt);
   * ``-word``, ``-"phrase"`` or ``NOT``/``IKKE`` before a word leaves out passages with it;
   * bare stop words ("og", "i") are dropped when other words are left.

2. The analyser (`analyse`, `word_terms`): text to index terms, shared by the index
   and the query side so both agree — words as FTS5's unicode61 tokenizer splits them,
   each as its hoering.danish lemma.

3. `compile_query`: each word becomes the index terms it stands for (its lemma's forms
   and compounds, found in the index's vocabulary and accepted by hoering.matching), and
   the plan writes the MATCH expression from them, every term double-quoted.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .analysis import danish, matching
from .errors import HoeringError

OR_WORDS = frozenset({"OR", "ELLER"})
AND_WORDS = frozenset({"AND", "OG"})
NOT_WORDS = frozenset({"NOT", "IKKE"})
MAX_ITEMS = 32  # more than this is not a search but a pasted document
MAX_EXPANSIONS = 250  # index terms one query word may stand for (most frequent kept)
VOCAB_SCAN = 5000  # vocabulary rows read per prefix or suffix look-up
WEIGHTS = {"lemma": 1.0, "compound-start": 0.8, "compound-end": 0.7}

_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'\s*(-?)"([^"]*)("?)|\s*(\S+)')


class InvalidQuery(HoeringError):
    """A query with nothing to search for."""

    def __init__(self, query: str, reason: str):
        super().__init__(f"{query!r}: {reason}")
        self.query, self.reason = query, reason

    def message_da(self) -> str:
        if self.reason == "no_words":
            return (
                f"Søgningen »{self.query}« indeholder ingen ord at søge efter. "
                "Skriv et eller flere ord, fx »hoering search mentor«."
            )
        if self.reason == "only_excluded":
            return (
                f"Søgningen »{self.query}« udelukker kun ord (med »-« eller NOT). "
                "Skriv mindst ét ord, der skal findes, fx »mentor -haveprojekt«."
            )
        return f"Søgningen »{self.query}« kan ikke bruges."  # pragma: no cover


@dataclass(frozen=True)
class Item:
    """One word, or a phrase of words that must stand next to each other."""

    words: tuple[str, ...]
    phrase: bool = False

    @property
    def text(self) -> str:
        joined = " ".join(self.words)
        return f'"{joined}"' if self.phrase else joined


@dataclass
class Query:
    """Required groups (AND of ORs) and excluded items."""

    text: str
    groups: list[list[Item]] = field(default_factory=list)
    excluded: list[Item] = field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return [item for group in self.groups for item in group]


def words_of(text: str) -> list[str]:
    """Lowercased letter/digit runs, NFC: the same split as the index's tokenizer."""
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def _item(words: list[str], phrase: bool) -> Item | None:
    if not words:
        return None
    if len(words) == 1:
        return Item((words[0],), False)
    return Item(tuple(words), True)


def parse(text: str, *, stop_words: frozenset[str] = frozenset()) -> Query:
    """Parse a user's query. Raises InvalidQuery only when there is nothing to search for.

    Bare stop words ("og", "at", "i") are dropped from the AND when other words are left:
    they are in almost every passage and only make the search slow. Inside a phrase
    they are kept.
    """
    text = unicodedata.normalize("NFC", text or "")
    query = Query(text=" ".join(text.split()))
    pending_or = False
    negate_next = False
    for m in _TOKEN.finditer(text):
        if m.group(4) is not None:
            raw = m.group(4)
            if raw in OR_WORDS:
                pending_or = bool(query.groups)
                continue
            if raw in AND_WORDS:
                pending_or = False
                continue
            if raw in NOT_WORDS:
                negate_next = True
                continue
            negate = negate_next or (raw.startswith("-") and len(raw) > 1)
            words = words_of(raw)
            item = _item(words, phrase=len(words) > 1)
        else:
            negate = negate_next or m.group(1) == "-"
            item = _item(words_of(m.group(2)), phrase=True)
        negate_next = False
        if item is None:
            continue
        if negate:
            query.excluded.append(item)
            pending_or = False
        elif pending_or and query.groups:
            query.groups[-1].append(item)
            pending_or = False
        else:
            query.groups.append([item])
    query.groups = query.groups[:MAX_ITEMS]
    query.excluded = query.excluded[:MAX_ITEMS]
    if stop_words:
        content = [g for g in query.groups if not _only_stop_words(g, stop_words)]
        if content:
            query.groups = content
    if not query.groups:
        raise InvalidQuery(query.text, "only_excluded" if query.excluded else "no_words")
    return query


def _only_stop_words(group: list[Item], stop_words: frozenset[str]) -> bool:
    return all(not item.phrase and item.words[0] in stop_words for item in group)


# --- the analyser: text -> index terms (the index and queries both use it) ---------


@dataclass(frozen=True, slots=True)
class Analysed:
    lemmas: str  # space-separated terms, one or more per token, in text order
    forms: str  # surface forms the lemmas do not cover
    length: int  # number of terms in `lemmas`


# FTS5's unicode61 tokens are runs of letters and digits; ours are the same runs, so a
# position in `lemmas` is a word of the text (what phrase queries need). spaCy's
# tokenizer would keep "Job-" or "2018-048371" whole and then be split again by FTS5;
# it is also 20x slower, and sentence boundaries do not matter to an index.
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


# --- compiling a query: words -> index terms -> an FTS5 MATCH expression -----------


@dataclass
class Word:
    """A query word and the index terms it stands for, with weights."""

    item: Item
    terms: dict[str, float]
    docs: int  # passages containing any of the terms (upper bound)


@dataclass
class Phrase:
    item: Item
    terms: list[str]
    docs: int


Compiled = Word | Phrase


def _token_for(term: str) -> danish.Token:
    readings = danish.lemma_candidates(term)
    return danish.Token(term, term, readings[0], readings, 0, len(term), True, False, False)


def _vocab(db: sqlite3.Connection, column: str, start: str) -> list[tuple[str, int]]:
    hi = start[:-1] + chr(ord(start[-1]) + 1)
    return db.execute(
        f"SELECT term, docs FROM search_terms WHERE {column} >= ? AND {column} < ? AND docs > 0 "
        f"LIMIT {VOCAB_SCAN}",
        (start, hi),
    ).fetchall()


def _expand(db: sqlite3.Connection, word: str) -> Word:
    """Index terms for one query word: same lemma, or a compound starting or ending with it."""
    kw = matching.compile_keyword(word).words[0]
    seeds = {kw.form, *kw.lemmas}
    candidates: dict[str, int] = {}
    for seed in seeds:
        row = db.execute("SELECT docs FROM search_terms WHERE term = ?", (seed,)).fetchone()
        if row and row[0] > 0:
            candidates[seed] = row[0]
        if len(seed) >= 3:  # matching's rule: shorter keywords never form compounds
            candidates.update(_vocab(db, "term", seed))
            candidates.update(_vocab(db, "rterm", seed[::-1]))
    terms: dict[str, float] = {}
    for term in candidates:
        how = "lemma" if term in seeds else matching.word_relation(kw, _token_for(term))
        if how in WEIGHTS:
            terms[term] = WEIGHTS[how]
    if len(terms) > MAX_EXPANSIONS:
        keep = sorted(terms, key=lambda t: (terms[t] < 1.0, -candidates[t]))[:MAX_EXPANSIONS]
        terms = {t: terms[t] for t in keep}
    return Word(Item((word,)), terms, sum(candidates[t] for t in terms))


def _compile_item(db: sqlite3.Connection, item: Item) -> Compiled | None:
    if not item.phrase:
        compiled = _expand(db, item.words[0])
        compiled.item = item
        return compiled if compiled.terms else None
    terms = phrase_terms(" ".join(item.words))
    if not terms:
        return None
    counts = []
    for t in set(terms):
        row = db.execute("SELECT docs FROM search_terms WHERE term = ?", (t,)).fetchone()
        if not row or row[0] <= 0:
            return None  # a word of the phrase is nowhere in the archive
        counts.append(row[0])
    if len(terms) == 1:
        return Word(item, {terms[0]: 1.0}, counts[0])
    return Phrase(item, terms, min(counts))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts(compiled: Compiled) -> str:
    if isinstance(compiled, Phrase):
        return "lemmas : " + _quote(" ".join(compiled.terms))
    return "(" + " OR ".join(_quote(t) for t in compiled.terms) + ")"


@dataclass
class Plan:
    groups: list[list[Compiled]]
    excluded: list[Compiled]

    def match_expression(self) -> str:
        required = " AND ".join("(" + " OR ".join(_fts(c) for c in g) + ")" for g in self.groups)
        if self.excluded:
            required = f"({required}) NOT (" + " OR ".join(_fts(c) for c in self.excluded) + ")"
        return required


def compile_query(db: sqlite3.Connection, query: Query) -> Plan | None:
    """Each query word resolved to index terms; None when a required word is nowhere."""
    groups = []
    for group in query.groups:
        compiled = [c for c in (_compile_item(db, item) for item in group) if c]
        if not compiled:
            return None
        groups.append(compiled)
    excluded = [c for c in (_compile_item(db, item) for item in query.excluded) if c]
    return Plan(groups, excluded)
