"""A search: filters -> candidate passages -> BM25 ranking -> the best passage per response.

Query semantics (`query.parse`): words are ANDed within one passage; responses whose
passages hold all words only between them follow after those ("match": "response").

Ranking: the archive finds candidate passages newest first (FTS5, ``ORDER BY rowid DESC
LIMIT``, which stops early); BM25 (k1 1.2, b 0.75; IDF from the vocabulary's passage
counts) is computed here from the stored lemma strings, compound matches weighted below
the lemma itself. FTS5's bm25() is not used: it reads every posting of every query term
for IDF, 150-400 ms for a common word at 100,000 responses. When more than `CANDIDATES`
passages match, the newest `CANDIDATES` are ranked and the result says so
(`SearchResult.truncated`).

Filters are part of the look-up that finds candidates, never applied after ranking. Each
filter an index narrows (consultation; dates through an expression index; sender and
party through a trigram index; theme through tags and passage tags) gives a set of
response ids; a small cost model (`_candidates`) then either reads those responses'
passages directly or has FTS5 test each match against the set.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..analysis import danish
from ..errors import HoeringError, UnknownTheme
from ..model import Filters
from ..store import Archive, search_index
from ..store.search_index import Scope, place_of, response_of
from .indexing import ensure_index
from .query import Compiled, Phrase, Plan, Query, Word, compile_query, parse
from .snippets import Highlighter

CANDIDATES = 500  # passages ranked per search at most (the newest that match)
K1, B = 1.2, 0.75


class InvalidDate(HoeringError):
    def __init__(self, option: str, value: str):
        super().__init__(f"{option}: {value}")
        self.option, self.value = option, value

    def message_da(self) -> str:
        return (
            f"Datoen »{self.value}« til {self.option} kan ikke læses. "
            "Skriv den som ÅÅÅÅ-MM-DD, fx 2018-10-30 (eller kun år eller år-måned: 2018, 2018-10)."
        )


# --- filters ----------------------------------------------------------------------------


def parse_date(value: str, option: str, *, end: bool = False) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD -> ISO date (the first or, for --until, last day)."""
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-12-31" if end else f"{value}-01-01"
        if re.fullmatch(r"\d{4}-\d{1,2}", value):
            year, month = map(int, value.split("-"))
            first = dt.date(year, month, 1)
            if not end:
                return first.isoformat()
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidDate(option, value) from None


def _scope(archive: Archive, filters: Filters) -> Scope:
    """The filters checked (the consultation exists, the dates read) and handed to the archive."""
    consultation = archive.consultation(filters.consultation) if filters.consultation else None
    if filters.theme:
        _check_theme(archive, consultation, filters.theme)
    consultation_id = consultation.id if consultation else None
    return search_index.scope(
        archive.db,
        consultation_id=consultation_id,
        since=parse_date(filters.since, "--since") if filters.since else None,
        until=parse_date(filters.until, "--until", end=True) if filters.until else None,
        sender=filters.sender,
        party=filters.party,
        theme=filters.theme,
        kind=filters.kind,
    )


def _check_theme(archive: Archive, consultation, key: str) -> None:
    """A theme key no consultation has would silently find nothing: say so instead."""
    chosen = [consultation] if consultation else archive.consultations()
    known = {k for c in chosen for k in c.config.themes}
    if key not in known:
        raise UnknownTheme(consultation.slug if consultation else None, key, sorted(known))


# --- ranking ----------------------------------------------------------------------------


class _Scorer:
    """BM25 over candidate passages, from their stored lemma strings."""

    def __init__(self, db: sqlite3.Connection, plan: Plan):
        docs, length = search_index.stats(db)
        n = self.n = max(1, docs)
        self.avgdl = max(1.0, float(length) / n)
        self.items: list[Compiled] = [c for g in plan.groups for c in g]
        self.group_of = [i for i, g in enumerate(plan.groups) for _ in g]
        self.n_groups = len(plan.groups)
        self.excluded = plan.excluded
        self.idf = [
            math.log(1 + (n - min(c.docs, n) + 0.5) / (min(c.docs, n) + 0.5)) for c in self.items
        ]
        # Share of passages expected to match (words independent): for the cost model.
        self.density = math.prod(min(1.0, sum(c.docs for c in g) / n) for g in plan.groups)
        self.term_map: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(self.items):
            if isinstance(c, Word):
                for term, weight in c.terms.items():
                    self.term_map.setdefault(term, []).append((i, weight))
        self.term_set = frozenset(self.term_map)
        self.phrases = [
            (i, f" {' '.join(c.terms)} ") for i, c in enumerate(self.items) if isinstance(c, Phrase)
        ]
        self.excluded_terms = {t for c in self.excluded if isinstance(c, Word) for t in c.terms}
        self.excluded_phrases = [
            f" {' '.join(c.terms)} " for c in self.excluded if isinstance(c, Phrase)
        ]

    def score(self, lemmas: str, forms: str, length: int) -> float | None:
        """BM25 of one passage, or None when it does not satisfy the query."""
        scored = self.partial(lemmas, forms, length)
        if scored is None or len(scored[1]) < self.n_groups:
            return None
        return scored[0]

    def partial(self, lemmas: str, forms: str, length: int) -> tuple[float, frozenset[int]] | None:
        """BM25 of one passage and the query's AND groups it satisfies (None: excluded/none)."""
        tokens = lemmas.split()
        if forms:
            tokens += forms.split()
        found = self.term_set.intersection(tokens)  # in C; usually a handful of terms
        tf = [0.0] * len(self.items)
        for term in found:
            n = tokens.count(term)
            for i, weight in self.term_map[term]:
                tf[i] += weight * n
        if self.phrases or self.excluded_phrases:
            padded = f" {lemmas} "
            for i, phrase in self.phrases:
                tf[i] = padded.count(phrase)
            if any(p in padded for p in self.excluded_phrases):
                return None
        satisfied = frozenset(self.group_of[i] for i, value in enumerate(tf) if value > 0)
        if not satisfied:
            return None
        if self.excluded_terms and not self.excluded_terms.isdisjoint(tokens):
            return None
        norm = K1 * (1 - B + B * length / self.avgdl)
        score = sum(
            idf * value * (K1 + 1) / (value + norm)
            for idf, value in zip(self.idf, tf, strict=True)
            if value
        )
        return score, satisfied


# --- search -----------------------------------------------------------------------------


@dataclass
class Hit:
    consultation: str
    consultation_title: str
    number: int  # the response's public number within its consultation
    file: str
    sender: str | None
    party: str | None
    kind: str
    date: str | None
    score: float
    passage: int  # the passage's place in the response (0 = first)
    heading: str | None
    snippet: list[tuple[str, bool]]  # (text, is a matching word)
    matched: list[str] = field(default_factory=list)  # the words highlighted
    # "passage": one passage holds the whole query; "response": its passages between them.
    match: str = "passage"

    def snippet_text(self, start: str = "»", end: str = "«") -> str:
        return "".join(f"{start}{t}{end}" if hl else t for t, hl in self.snippet)

    def to_json(self) -> dict:
        # "response_id" is the public number: the key `hoering search --json` has always had.
        return {
            "consultation": self.consultation,
            "consultation_title": self.consultation_title,
            "response_id": self.number,
            "file": self.file,
            "sender": self.sender,
            "party": self.party,
            "sender_kind": self.kind,
            "date": self.date,
            "score": round(self.score, 4),
            "passage": self.passage,
            "heading": self.heading,
            "snippet": self.snippet_text(),
            "matched": self.matched,
            "match": self.match,
        }


@dataclass
class SearchResult:
    query: Query
    hits: list[Hit]
    matching_passages: int  # candidates that satisfied the query (<= CANDIDATES)
    truncated: bool  # more passages matched than were ranked
    seconds: float = 0.0


def search(
    archive: Archive,
    text: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    candidates: int = CANDIDATES,
) -> SearchResult:
    """The best passage of each of the best `limit` responses for a query, best first."""
    start = time.perf_counter()
    filters = filters or Filters()
    query = parse(text, stop_words=danish.stop_words())
    ensure_index(archive)
    db = archive.db
    scope = _scope(archive, filters)  # validates the slug and dates first
    plan = compile_query(db, query)
    if plan is None:
        return SearchResult(query, [], 0, False, time.perf_counter() - start)
    scorer = _Scorer(db, plan)
    best: dict[int, tuple[float, int]] = {}
    matched = 0
    truncated = False
    for doc, lemmas, forms, length in _candidates(db, plan, scope, scorer, candidates):
        score = scorer.score(lemmas, forms, length)
        if score is None:
            continue
        if matched == candidates:
            truncated = True
            break
        matched += 1
        rid = response_of(doc)
        if rid not in best or (score, doc) > best[rid]:
            best[rid] = (score, doc)
    top = sorted(best.values(), reverse=True)[:limit]
    spread: list[tuple[float, int]] = []
    if len(top) < limit and len(plan.groups) > 1:
        spread = _spread_matches(db, plan, scope, scorer, candidates, exclude=set(best))
    hits = _hits(db, plan, top, "passage") + _hits(db, plan, spread[: limit - len(top)], "response")
    return SearchResult(query, hits, matched, truncated, time.perf_counter() - start)


def _spread_matches(db, plan: Plan, scope: Scope, scorer: _Scorer, candidates: int, exclude: set[int]):
    """Responses whose passages hold all the words between them, though no one passage does.

    Ranked after every passage that holds them all: the words are less likely to be about
    each other. Scored as the sum of each AND group's best passage; shown by the best.
    """
    either = Plan([[c for g in plan.groups for c in g]], plan.excluded)
    per_response: dict[int, dict[int, tuple[float, int]]] = {}
    rows = _candidates(db, either, scope, scorer, candidates)
    for doc, lemmas, forms, length in itertools.islice(rows, 4 * candidates):
        scored = scorer.partial(lemmas, forms, length)
        rid = response_of(doc)
        if scored is None or rid in exclude:
            continue
        groups = per_response.setdefault(rid, {})
        for g in scored[1]:
            if g not in groups or scored[0] > groups[g][0]:
                groups[g] = (scored[0], doc)
    ranked = []
    for groups in per_response.values():
        if len(groups) == scorer.n_groups:
            ranked.append((sum(v[0] for v in groups.values()), max(groups.values())[1]))
    return sorted(ranked, reverse=True)


# Rough costs per passage looked at: scored here from its lemmas, or stepped over in FTS5.
# Measured on a 100,000-response archive (bench/search.py): reading a passage's analysed
# text and scoring it here costs 10-20 µs; for filters leaving 400-5,000 responses, FTS5 was
# as fast or faster in every case timed, so reading directly is left to small sets.
_COST_PYTHON, _COST_FTS = 30.0, 1.0
# Above this many responses a filter is tested per passage instead of listed.
LIST_RESPONSES = 10_000


def _candidates(db, plan: Plan, scope: Scope, scorer: _Scorer, limit: int) -> Iterator:
    """Candidate passages (doc, lemmas, forms, length), newest first.

    Two ways: FTS5 finds the passages that match, newest first, and SQL tests the filters
    on each; or, when a filter leaves few responses, their passages are read directly and
    tested here. A small cost model picks the cheaper one; both stop after `limit` + 1
    matches (the caller stops reading).
    """
    query = plan.index_query()
    extent = search_index.scope_extent(db, scope)
    if extent is None:  # no filter narrows: FTS5 alone
        return search_index.matching(db, query, scope, limit=limit + 1)
    count, lo, hi = extent
    if not count:
        return iter(())
    if count > LIST_RESPONSES:  # broad: SQLite keeps the set and tests each passage
        return search_index.matching(db, query, scope, limit=limit + 1, span=(lo, hi))
    ids = search_index.scope_ids(db, scope)
    total = max(1, search_index.last_response_id(db) or 1)
    docs_in_set = len(ids) * scorer.n / total  # passages per response on average
    density = max(scorer.density, 1e-6)
    rows_direct = min(docs_in_set, (limit + 1) / density)
    # FTS5 walks only the matches between the set's lowest and highest response:
    # few when the set is contiguous (one consultation, collected together).
    span = hi - lo + 1
    rows_fts = min(scorer.n * density * span / total, (limit + 1) * span / len(ids))
    if rows_direct * _COST_PYTHON <= rows_fts * _COST_FTS:
        return search_index.passages_of(db, scope, ids)
    return search_index.matching(db, query, scope, limit=limit + 1, span=(lo, hi), ids=ids)


def _hits(
    db: sqlite3.Connection, plan: Plan, top: list[tuple[float, int]], match: str
) -> list[Hit]:
    if not top:
        return []
    found = search_index.found_passages(db, [doc for _, doc in top])
    highlighter = Highlighter(plan)
    hits = []
    for score, doc in top:
        p = found.get(doc)
        if p is None:
            continue
        text = p.text
        if p.kind == "heading":  # a heading alone says little: show what follows it
            following = search_index.text_after(db, doc, p.ordinal)
            if following:
                text = f"{text} {following}"
        snippet, matched = highlighter.snippet(text)
        hits.append(
            Hit(
                consultation=p.consultation, consultation_title=p.consultation_title,
                number=p.number, file=p.file, sender=p.sender, party=p.party,
                kind=p.sender_kind, date=p.date, score=score, passage=place_of(doc),
                heading=p.heading, snippet=snippet, matched=matched, match=match,
            )
        )  # fmt: skip
    return hits


# --- a whole response -------------------------------------------------------------------
