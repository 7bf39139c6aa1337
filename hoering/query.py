"""Parse what a user types into `hoering search` into a small, safe query tree.

The grammar is deliberately forgiving; nothing a user types is an error except a
query with no word to search for:

* words are runs of letters and digits; everything else (``* ^ : ( ) ; ' -- NEAR``)
  only separates words, so SQL or FTS5 syntax in the input is just text;
* ``"…"`` is a phrase; an unbalanced quote makes the rest of the input a phrase;
* a word written with inner punctuation (``mentor-indsats``, ``§17,2``) is a phrase of
  its parts, the way the index sees it;
* several words mean all of them (AND); ``OR``/``ELLER`` (upper case) between two words
  means either, and binds tighter than the implicit AND: ``mentor have OR haveprojekt``
  is mentor AND (have OR haveprojekt);
* ``-word``, ``-"phrase"`` or ``NOT word`` leaves out passages that contain it.

The tree holds the words as typed (lowercased); `hoering.search` turns each word into
index terms and builds the FTS5 expression itself, one double-quoted term at a time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .errors import HoeringError

OR_WORDS = frozenset({"OR", "ELLER"})
AND_WORDS = frozenset({"AND", "OG"})
NOT_WORDS = frozenset({"NOT", "IKKE"})
MAX_ITEMS = 32  # more than this is not a search but a pasted document

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
