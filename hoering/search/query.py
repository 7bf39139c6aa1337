"""From what a user types into `hoering search` to the index terms it stands for.

Two steps, each usable alone:

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

2. `compile_query`: each word becomes the index terms it stands for. Compounds are
   resolved here, not indexed as parts: a word's lemma is looked up in the index's
   vocabulary as a prefix ("mentor" -> mentorindsats, mentorstøtte) and as a suffix
   ("indsats" -> mentorindsats), and each candidate is kept only when
   `hoering.matching.word_relation` calls it the same lemma, a compound start or a
   compound end: the rules tagging uses ("pris" is not in "prisme", "sats" not in
   "indsats"). matching offers a relation, not a splitter, so tails are found through the
   reversed vocabulary instead of extra index terms (no index growth). The `Plan` hands
   the archive an `IndexQuery` of terms; the archive writes the match expression, each
   term quoted, so user text never reaches it.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from ..analysis import danish, matching
from ..errors import HoeringError
from ..model import IndexQuery, TermSet
from ..store import search_index
from .terms import phrase_terms, words_of

OR_WORDS = frozenset({"OR", "ELLER"})
AND_WORDS = frozenset({"AND", "OG"})
NOT_WORDS = frozenset({"NOT", "IKKE"})
MAX_ITEMS = 32  # more than this is not a search but a pasted document
MAX_EXPANSIONS = 250  # index terms one query word may stand for (most frequent kept)
VOCAB_SCAN = 5000  # vocabulary rows read per prefix or suffix look-up
WEIGHTS = {"lemma": 1.0, "compound-start": 0.8, "compound-end": 0.7}

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


# --- compiling a query: words -> index terms ------------------------------------------


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


def _expand(db: sqlite3.Connection, word: str) -> Word:
    """Index terms for one query word: same lemma, or a compound starting or ending with it."""
    kw = matching.compile_keyword(word).words[0]
    seeds = {kw.form, *kw.lemmas}
    candidates: dict[str, int] = {}
    for seed in seeds:
        docs = search_index.term_docs(db, seed)
        if docs > 0:
            candidates[seed] = docs
        if len(seed) >= 3:  # matching's rule: shorter keywords never form compounds
            candidates.update(search_index.terms_starting(db, seed, VOCAB_SCAN))
            candidates.update(search_index.terms_ending(db, seed, VOCAB_SCAN))
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
        docs = search_index.term_docs(db, t)
        if docs <= 0:
            return None  # a word of the phrase is nowhere in the archive
        counts.append(docs)
    if len(terms) == 1:
        return Word(item, {terms[0]: 1.0}, counts[0])
    return Phrase(item, terms, min(counts))


def _term_set(compiled: Compiled) -> TermSet:
    return TermSet(tuple(compiled.terms), isinstance(compiled, Phrase))


@dataclass
class Plan:
    groups: list[list[Compiled]]
    excluded: list[Compiled]

    def index_query(self) -> IndexQuery:
        """What the archive matches: the terms, without weights or the words typed."""
        return IndexQuery(
            tuple(tuple(_term_set(c) for c in g) for g in self.groups),
            tuple(_term_set(c) for c in self.excluded),
        )


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
