"""What the search index holds and what a search asks of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Analysed:
    """A passage as the search index holds it: its text analysed into index terms."""

    lemmas: str  # space-separated terms, one or more per word, in text order
    forms: str  # surface forms the lemmas do not cover
    length: int  # number of terms in `lemmas`


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One passage's row in the search index, finished: the archive only writes it."""

    response_id: int
    place: int  # the passage's place in the response (0 = first)
    passage_id: int
    analysed: Analysed


@dataclass(frozen=True, slots=True)
class TermSet:
    """What one query word or phrase asks of the index: any one of `terms`, or, for a
    phrase, all of them next to each other in this order (in the lemmas)."""

    terms: tuple[str, ...]
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class IndexQuery:
    """Which passages match, in index terms: every group (an AND of ORs) and none excluded."""

    required: tuple[tuple[TermSet, ...], ...]
    excluded: tuple[TermSet, ...] = ()


@dataclass
class Filters:
    """What a search is limited to, as the user wrote it."""

    consultation: str | None = None  # slug
    sender: str | None = None  # part of the sender's name, any case
    party: str | None = None  # part of the consulted party's name, any case
    theme: str | None = None  # theme key
    since: str | None = None  # ISO date (or year, year-month), inclusive
    until: str | None = None
    kind: str | None = None  # organisation | citizen

    def any(self) -> bool:
        return any(v for v in vars(self).values())


@dataclass(frozen=True, slots=True)
class FoundPassage:
    """A passage a search shows, with what the result line says about its response."""

    doc: int  # the passage's key in the index
    ordinal: int
    kind: str  # heading | paragraph
    heading: str | None
    text: str
    consultation: str  # slug
    consultation_title: str
    number: int  # the response's public number
    file: str
    sender: str | None
    party: str | None
    sender_kind: str
    date: str | None  # received, else the day it was collected
