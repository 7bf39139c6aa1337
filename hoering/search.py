"""Search every past consultation: an FTS5 index of passages inside the archive.

What is indexed (one FTS5 row per passage, `search_index`, external content in
`search_docs`):

* ``lemmas``: the canonical lemma (hoering.danish) of every word, and numbers as written,
  one term per token in text order, so phrase queries work on lemmas ("justering af
  mentorindsatsen" also finds "justeringen af mentorindsatser");
* ``forms``: the few surface forms that a prefix of their lemma does not cover ("børn" for
  barn, "stk" for styk), so a word typed as written is found even where the lemmatizer
  reads it otherwise.

The tokenizer is ``unicode61 remove_diacritics 0``: the default folds å to a ("år" would
match "ar"), which Danish cannot have. ``detail=full`` keeps positions for phrases;
``columnsize=0`` drops the per-row size table that only FTS5's own bm25() needs.

A row's rowid is ``response_id << 20 | n`` (n: the passage's place in the response), so
results group per response and filter by response without a join, and newer responses
have larger rowids.

Compounds: a query word is expanded at query time, not at index time. `search_terms`
is the index's vocabulary (term, reversed term, passage count); the word's lemma is
looked up as a prefix ("mentor" -> mentorindsats, mentorstøtte, mentorer) and as a suffix
("indsats" -> mentorindsats), and each candidate is kept only when
`hoering.matching.word_relation` calls it the same lemma, a compound start or a compound
end, the rules tagging uses. The expansion is written into the MATCH expression as
double-quoted terms; no user text reaches MATCH. Compound tails are therefore found
without being indexed as separate terms (matching offers a relation, not a splitter).

Ranking: FTS5 finds the candidate passages, newest first (``ORDER BY rowid DESC LIMIT``,
which stops early); BM25 (k1 1.2, b 0.75) is computed here over the candidates from the
stored lemma strings and the vocabulary's passage counts, with compound matches weighted
below exact lemmas. FTS5's bm25() is not used: it scans every posting of every query
term to get IDF, 150-400 ms for common words on a 100,000-response archive. When more
than `CANDIDATES` passages match, the newest `CANDIDATES` are ranked and the result says
so (`SearchResult.truncated`); filters and more words narrow the search.

Filters (consultation, sender, party, kind, dates, theme) are part of the SQL that finds
candidates (a response-id subquery tested against ``rowid >> 20``); a filter that leaves
few responses makes their passages the candidates directly. Nothing is filtered after
ranking. Sender, party and tags are read live from `responses`/`tags`, so corrections
need no re-indexing.

Sync: `analysis.analyse_response` calls `index_response` in collect's per-file
transaction; `analysis.forget_response` calls `forget_response`; a trigger on
`passages` removes the rows of any passage deleted another way (a re-read file, a
cascade). The analyser version is stored in `search_meta`; `ensure_index` (run by every
search) rebuilds the index when it differs, and `rebuild` is `hoering reindex`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from . import danish, matching
from .archive import Archive
from .errors import HoeringError
from .query import InvalidQuery, Item, Query, parse, words_of

__all__ = [
    "InvalidQuery", "InvalidDate", "Filters", "Hit", "SearchResult", "search", "rebuild",
    "ensure_index", "index_response", "forget_response", "show_response", "analyser_version",
]  # fmt: skip

# Bump when what is indexed or how it is analysed changes (the rows must be rebuilt).
SEARCH_REVISION = "1"
DOC_BITS = 20  # rowid = response_id << DOC_BITS | passage number
DOC_MASK = (1 << DOC_BITS) - 1
CANDIDATES = 1500  # passages ranked per search at most (the newest that match)
SMALL_FILTER = 400  # a filter leaving at most this many responses: rank all their passages
MAX_EXPANSIONS = 400  # index terms one query word may stand for (most frequent kept)
VOCAB_SCAN = 5000  # vocabulary rows read per prefix or suffix look-up
WEIGHTS = {"lemma": 1.0, "compound-start": 0.8, "compound-end": 0.7}
K1, B = 1.2, 0.75
SNIPPET_CHARS = 260


def analyser_version() -> str:
    """What the index rows were made with: the Danish layer's version plus ours."""
    return f"{danish.ANALYSER_VERSION} search/{SEARCH_REVISION}"


class InvalidDate(HoeringError):
    def __init__(self, option: str, value: str):
        super().__init__(f"{option}: {value}")
        self.option, self.value = option, value

    def message_da(self) -> str:
        return (
            f"Datoen »{self.value}« til {self.option} kan ikke læses. "
            "Skriv den som ÅÅÅÅ-MM-DD, fx 2018-10-30 (eller kun år eller år-måned: 2018, 2018-10)."
        )


# --- analysis: text -> index rows -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Analysed:
    lemmas: str  # space-separated terms, one or more per token, in text order
    forms: str  # surface forms the lemmas do not cover
    length: int  # number of terms in `lemmas`


# FTS5's unicode61 tokens are runs of letters and digits; ours are the same runs, so a
# position in `lemmas` is a word of the text (what phrase queries need). spaCy's
# tokenizer would keep "Job-" or "2018-048371" whole and then be split again by FTS5;
# it is also 20x slower, and sentence boundaries do not matter to an index.
_TOKEN = re.compile(r"[^\W_]+")
_term_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _word_terms(lower: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
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
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


def analyse(text: str) -> Analysed:
    """The index row of one passage text: lemmas (hoering.danish) and uncovered forms."""
    lemmas: list[str] = []
    forms: list[str] = []
    for word in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        lem, frm = _word_terms(word.lower())
        lemmas.extend(lem)
        forms.extend(frm)
    return Analysed(" ".join(lemmas), " ".join(forms), len(lemmas))


def analyse_texts(texts: Iterable[str]) -> list[Analysed]:
    """Index rows for passage texts. Pure (no database): may run in worker processes."""
    return [analyse(t) for t in texts]


def phrase_terms(text: str) -> list[str]:
    """The lemma terms of a phrase, exactly as the index stores them."""
    return analyse(text).lemmas.split()


# --- writing the index ----------------------------------------------------------------


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM search_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _set_meta(db: sqlite3.Connection, key: str, value) -> None:
    db.execute(
        "INSERT INTO search_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def store_docs(db: sqlite3.Connection, docs: Iterable[tuple[int, int, Analysed]]) -> int:
    """Write index rows: (rowid, passage id, analysed). Call inside a transaction."""
    docs = list(docs)
    if not docs:
        return 0
    db.executemany(
        "INSERT INTO search_docs (doc, passage_id, lemmas, forms, length) VALUES (?, ?, ?, ?, ?)",
        [(doc, pid, a.lemmas, a.forms, a.length) for doc, pid, a in docs],
    )
    db.executemany(
        "INSERT INTO search_index (rowid, lemmas, forms) VALUES (?, ?, ?)",
        [(doc, a.lemmas, a.forms) for doc, _, a in docs],
    )
    _count_terms(db, [a for _, _, a in docs], +1)
    db.execute(
        "UPDATE search_meta SET value = value + ? WHERE key = 'docs'", (len(docs),)
    )
    db.execute(
        "UPDATE search_meta SET value = value + ? WHERE key = 'length'",
        (sum(a.length for _, _, a in docs),),
    )
    return len(docs)


def _count_terms(db: sqlite3.Connection, analysed: Iterable[Analysed], sign: int) -> None:
    counts: Counter[str] = Counter()
    for a in analysed:
        counts.update(set(a.lemmas.split()) | set(a.forms.split()))
    if sign > 0:
        db.executemany(
            "INSERT INTO search_terms (term, rterm, docs) VALUES (?, ?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
            [(t, t[::-1], n) for t, n in counts.items()],
        )
    else:
        db.executemany(
            "UPDATE search_terms SET docs = max(0, docs - ?) WHERE term = ?",
            [(n, t) for t, n in counts.items()],
        )


def _docs_for(passages: Sequence[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(rowid, passage id) for (passage id, response id, number in response)."""
    return [(rid << DOC_BITS | n, pid) for pid, rid, n in passages if n <= DOC_MASK]


def index_response(db: sqlite3.Connection, response_id: int) -> int:
    """(Re)index one response's passages. Runs in the caller's transaction."""
    forget_response(db, response_id)
    rows = db.execute(
        "SELECT id, text FROM passages WHERE response_id = ? ORDER BY ordinal, id", (response_id,)
    ).fetchall()
    if not rows:
        return 0
    if _meta(db, "analyser") == "empty":  # first rows of a new index: they are current
        _set_meta(db, "analyser", analyser_version())
    keys = _docs_for([(r[0], response_id, n) for n, r in enumerate(rows)])
    analysed = analyse_texts([r[1] for r in rows][: len(keys)])
    return store_docs(db, [(doc, pid, a) for (doc, pid), a in zip(keys, analysed, strict=True)])


def forget_response(db: sqlite3.Connection, response_id: int) -> None:
    """Remove a response's rows from the index (its passages are about to go)."""
    lo, hi = response_id << DOC_BITS, response_id << DOC_BITS | DOC_MASK
    rows = db.execute(
        "SELECT doc, lemmas, forms, length FROM search_docs WHERE doc BETWEEN ? AND ?", (lo, hi)
    ).fetchall()
    if not rows:
        return
    _count_terms(db, [Analysed(r[1], r[2], r[3]) for r in rows], -1)
    db.executemany(
        "INSERT INTO search_index (search_index, rowid, lemmas, forms) VALUES ('delete', ?, ?, ?)",
        [(r[0], r[1], r[2]) for r in rows],
    )
    db.execute("DELETE FROM search_docs WHERE doc BETWEEN ? AND ?", (lo, hi))
    db.execute("UPDATE search_meta SET value = value - ? WHERE key = 'docs'", (len(rows),))
    db.execute(
        "UPDATE search_meta SET value = value - ? WHERE key = 'length'", (sum(r[3] for r in rows),)
    )


@dataclass
class RebuildReport:
    passages: int
    responses: int
    seconds: float
    version: str


def rebuild(
    archive: Archive,
    *,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 512,
) -> RebuildReport:
    """Rebuild the whole index from the passages (`hoering reindex`), in one transaction."""
    start = time.perf_counter()
    with archive.transaction() as db:
        total = db.execute("SELECT count(*) FROM passages").fetchone()[0]
        db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        db.execute("DELETE FROM search_docs")
        db.execute("DELETE FROM search_terms")
        _set_meta(db, "docs", 0)
        _set_meta(db, "length", 0)
        cursor = db.execute(
            "SELECT id, response_id, text FROM passages ORDER BY response_id, ordinal, id"
        )
        done, responses, last, n = 0, 0, None, 0
        while rows := cursor.fetchmany(batch):
            passages = []
            for pid, rid, _ in rows:
                if rid != last:
                    last, n, responses = rid, 0, responses + 1
                passages.append((pid, rid, n))
                n += 1
            keys = _docs_for(passages)
            keep = {pid for _, pid in keys}
            texts = [text for pid, _, text in rows if pid in keep]
            store_docs(
                db, [(doc, pid, a) for (doc, pid), a in zip(keys, analyse_texts(texts), strict=True)]
            )
            done += len(rows)
            if progress:
                progress(done, total)
        db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        version = analyser_version()
        _set_meta(db, "analyser", version)
    return RebuildReport(done, responses, time.perf_counter() - start, version)


def finish_bulk_load(db: sqlite3.Connection) -> None:
    """After loading many rows with `store_docs` directly: merge segments, mark current."""
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    _set_meta(db, "analyser", analyser_version())


def ensure_index(archive: Archive, *, progress: Callable[[int, int], None] | None = None) -> bool:
    """Rebuild the index when it was made by another analyser version. True if rebuilt."""
    if _meta(archive.db, "analyser") in (analyser_version(), "empty"):
        return False
    rebuild(archive, progress=progress)
    return True


# --- filters ----------------------------------------------------------------------------


@dataclass
class Filters:
    consultation: str | None = None  # slug
    sender: str | None = None  # part of the sender's name, any case
    party: str | None = None  # part of the consulted party's name, any case
    theme: str | None = None  # theme key
    since: str | None = None  # ISO date (or year, year-month), inclusive
    until: str | None = None
    kind: str | None = None  # organisation | citizen

    def any(self) -> bool:
        return any(v for v in vars(self).values())


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


def _ci_glob(text: str) -> str:
    """A GLOB pattern matching `text` anywhere, in any case (SQLite's LIKE folds only ASCII)."""
    out = []
    for ch in " ".join(text.split()):
        lo, up = ch.lower(), ch.upper()
        if lo != up and len(lo) == 1 and len(up) == 1:
            out.append(f"[{lo}{up}]")
        elif ch in "*?[":
            out.append(f"[{ch}]")
        else:
            out.append(ch)
    return "*" + "".join(out) + "*"


_THEME_RESPONSES = """
    SELECT t.response_id FROM tags t WHERE t.theme = :theme AND t.state = 'discusses'
    UNION SELECT r2.id FROM tag_corrections c JOIN responses r2
      ON r2.consultation_id = c.consultation_id AND r2.number = c.number
      WHERE c.theme = :theme AND c.action = 'add'
"""
_THEME_REMOVED = """
    SELECT r3.id FROM tag_corrections c JOIN responses r3
      ON r3.consultation_id = c.consultation_id AND r3.number = c.number
      WHERE c.theme = :theme AND c.action = 'remove'
"""
_THEME_DOCS = """
    SELECT d.doc FROM passage_tags pt JOIN search_docs d ON d.passage_id = pt.passage_id
      WHERE pt.theme = :theme
"""


def _response_filter(archive: Archive, filters: Filters) -> tuple[str, dict] | None:
    """SQL selecting the ids of the responses the filters allow, or None for all."""
    if not filters.any():
        return None
    where, args = [], {}
    if filters.consultation:
        args["consultation_id"] = archive.consultation(filters.consultation).id
        where.append("r.consultation_id = :consultation_id")
    if filters.sender:
        where.append("r.sender GLOB :sender")
        args["sender"] = _ci_glob(filters.sender)
    if filters.party:
        where.append("r.party GLOB :party")
        args["party"] = _ci_glob(filters.party)
    if filters.kind:
        where.append("r.sender_kind = :kind")
        args["kind"] = filters.kind
    date = "COALESCE(r.received, substr(r.collected, 1, 10))"
    if filters.since:
        where.append(f"{date} >= :since")
        args["since"] = parse_date(filters.since, "--since")
    if filters.until:
        where.append(f"{date} <= :until")
        args["until"] = parse_date(filters.until, "--until", end=True)
    if filters.theme:
        args["theme"] = filters.theme
        where.append(
            f"r.id IN ({_THEME_RESPONSES} UNION SELECT (d.doc >> {DOC_BITS}) FROM passage_tags pt "
            f"JOIN search_docs d ON d.passage_id = pt.passage_id WHERE pt.theme = :theme)"
        )
        where.append(f"r.id NOT IN ({_THEME_REMOVED})")
    return "SELECT r.id FROM responses r WHERE " + " AND ".join(where), args


def _passage_theme_condition(filters: Filters, doc: str) -> str:
    """A passage is about the theme if its response discusses it or it is tagged itself."""
    return f"(({doc} >> {DOC_BITS}) IN ({_THEME_RESPONSES}) OR {doc} IN ({_THEME_DOCS}))"


# --- queries ----------------------------------------------------------------------------


@dataclass
class _Word:
    """A query word and the index terms it stands for, with weights."""

    item: Item
    terms: dict[str, float]
    docs: int  # passages containing any of the terms (upper bound)


@dataclass
class _Phrase:
    item: Item
    terms: list[str]
    docs: int


_Compiled = _Word | _Phrase


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


def _expand(db: sqlite3.Connection, word: str) -> _Word:
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
    return _Word(Item((word,)), terms, sum(candidates[t] for t in terms))


def _compile_item(db: sqlite3.Connection, item: Item) -> _Compiled | None:
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
        return _Word(item, {terms[0]: 1.0}, counts[0])
    return _Phrase(item, terms, min(counts))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts(compiled: _Compiled) -> str:
    if isinstance(compiled, _Phrase):
        return "lemmas : " + _quote(" ".join(compiled.terms))
    return "(" + " OR ".join(_quote(t) for t in compiled.terms) + ")"


@dataclass
class _Plan:
    groups: list[list[_Compiled]]
    excluded: list[_Compiled]

    def match_expression(self) -> str:
        required = " AND ".join("(" + " OR ".join(_fts(c) for c in g) + ")" for g in self.groups)
        if self.excluded:
            required = f"({required}) NOT (" + " OR ".join(_fts(c) for c in self.excluded) + ")"
        return required


def _plan(db: sqlite3.Connection, query: Query) -> _Plan | None:
    """Each query word resolved to index terms; None when a required word is nowhere."""
    groups = []
    for group in query.groups:
        compiled = [c for c in (_compile_item(db, item) for item in group) if c]
        if not compiled:
            return None
        groups.append(compiled)
    excluded = [c for c in (_compile_item(db, item) for item in query.excluded) if c]
    return _Plan(groups, excluded)


# --- ranking ----------------------------------------------------------------------------


class _Scorer:
    """BM25 over candidate passages, from their stored lemma strings."""

    def __init__(self, db: sqlite3.Connection, plan: _Plan):
        n = max(1, int(_meta(db, "docs") or 0))
        self.avgdl = max(1.0, float(_meta(db, "length") or 0) / n)
        self.items: list[_Compiled] = [c for g in plan.groups for c in g]
        self.group_of = [i for i, g in enumerate(plan.groups) for _ in g]
        self.n_groups = len(plan.groups)
        self.excluded = plan.excluded
        self.idf = [
            math.log(1 + (n - min(c.docs, n) + 0.5) / (min(c.docs, n) + 0.5)) for c in self.items
        ]
        self.term_map: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(self.items):
            if isinstance(c, _Word):
                for term, weight in c.terms.items():
                    self.term_map.setdefault(term, []).append((i, weight))
        self.term_set = frozenset(self.term_map)
        self.phrases = [
            (i, f" {' '.join(c.terms)} ") for i, c in enumerate(self.items) if isinstance(c, _Phrase)
        ]
        self.excluded_terms = {t for c in self.excluded if isinstance(c, _Word) for t in c.terms}
        self.excluded_phrases = [
            f" {' '.join(c.terms)} " for c in self.excluded if isinstance(c, _Phrase)
        ]

    def score(self, lemmas: str, forms: str, length: int) -> float | None:
        """BM25 of one passage, or None when it does not satisfy the query."""
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
        satisfied = {self.group_of[i] for i, value in enumerate(tf) if value > 0}
        if len(satisfied) < self.n_groups:
            return None
        if self.excluded_terms and not self.excluded_terms.isdisjoint(tokens):
            return None
        norm = K1 * (1 - B + B * length / self.avgdl)
        return sum(
            idf * value * (K1 + 1) / (value + norm)
            for idf, value in zip(self.idf, tf, strict=True)
            if value
        )


# --- search -----------------------------------------------------------------------------


@dataclass
class Hit:
    consultation: str
    consultation_title: str
    response_id: int  # the response's number within its consultation
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

    def snippet_text(self, start: str = "»", end: str = "«") -> str:
        return "".join(f"{start}{t}{end}" if hl else t for t, hl in self.snippet)

    def to_json(self) -> dict:
        return {
            "consultation": self.consultation,
            "consultation_title": self.consultation_title,
            "response_id": self.response_id,
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
    response_filter = _response_filter(archive, filters)  # validates slug and dates first
    plan = _plan(db, query)
    if plan is None:
        return SearchResult(query, [], 0, False, time.perf_counter() - start)
    rows, truncated = _candidates(db, plan, filters, response_filter, candidates)
    scorer = _Scorer(db, plan)
    best: dict[int, tuple[float, int]] = {}
    matched = 0
    for doc, lemmas, forms, length in rows:
        score = scorer.score(lemmas, forms, length)
        if score is None:
            continue
        matched += 1
        rid = doc >> DOC_BITS
        if rid not in best or (score, doc) > best[rid]:
            best[rid] = (score, doc)
    top = sorted(best.values(), reverse=True)[:limit]
    hits = _hits(db, plan, top)
    return SearchResult(query, hits, matched, truncated, time.perf_counter() - start)


def _candidates(db, plan: _Plan, filters: Filters, response_filter, limit: int):
    """(rowid, lemmas, forms, length) of candidate passages, newest first, and whether cut."""
    args: dict = {"match": plan.match_expression(), "limit": limit + 1}
    where = ["search_index MATCH :match"]
    theme = filters.theme is not None
    if theme:
        args["theme"] = filters.theme
    if response_filter is not None:
        sql, fargs = response_filter
        args.update(fargs)
        count, lo, hi = db.execute(f"SELECT count(*), min(id), max(id) FROM ({sql})", fargs).fetchone()
        if not count:
            return [], False
        if count <= SMALL_FILTER:
            # Few responses: rank all their passages, no need to ask the FTS index.
            rows = db.execute(
                f"SELECT d.doc, d.lemmas, d.forms, d.length FROM ({sql}) f "
                f"JOIN search_docs d ON d.doc BETWEEN f.id << {DOC_BITS} "
                f"AND (f.id << {DOC_BITS}) | {DOC_MASK}"
                + (f" WHERE {_passage_theme_condition(filters, 'd.doc')}" if theme else "")
                + " ORDER BY d.doc DESC",
                args,
            ).fetchall()
            return rows[:limit], len(rows) > limit
        args["lo"], args["hi"] = lo << DOC_BITS, hi << DOC_BITS | DOC_MASK
        where.append("rowid BETWEEN :lo AND :hi")
        where.append(f"(rowid >> {DOC_BITS}) IN ({sql})")
        if theme:
            where.append(_passage_theme_condition(filters, "rowid"))
    docs = [
        r[0]
        for r in db.execute(
            f"SELECT rowid FROM search_index WHERE {' AND '.join(where)} "
            "ORDER BY rowid DESC LIMIT :limit",
            args,
        )
    ]
    truncated = len(docs) > limit
    docs = docs[:limit]
    rows = []
    for chunk in range(0, len(docs), 500):
        part = docs[chunk : chunk + 500]
        rows += db.execute(
            f"SELECT doc, lemmas, forms, length FROM search_docs WHERE doc IN ({','.join('?' * len(part))})",
            part,
        ).fetchall()
    return rows, truncated


def _hits(db: sqlite3.Connection, plan: _Plan, top: list[tuple[float, int]]) -> list[Hit]:
    if not top:
        return []
    docs = [doc for _, doc in top]
    rows = db.execute(
        "SELECT d.doc, p.ordinal, p.kind, p.heading, p.text, r.number, r.file, r.sender, r.party, "
        "r.sender_kind, COALESCE(r.received, substr(r.collected, 1, 10)) AS date, "
        "c.slug, c.title "
        "FROM search_docs d JOIN passages p ON p.id = d.passage_id "
        "JOIN responses r ON r.id = p.response_id JOIN consultations c ON c.id = r.consultation_id "
        f"WHERE d.doc IN ({','.join('?' * len(docs))})",
        docs,
    ).fetchall()
    by_doc = {r["doc"]: r for r in rows}
    highlighter = _Highlighter(plan)
    hits = []
    for score, doc in top:
        r = by_doc.get(doc)
        if r is None:
            continue
        text = r["text"]
        if r["kind"] == "heading":  # a heading alone says little: show what follows it
            following = db.execute(
                "SELECT text FROM passages WHERE response_id = (SELECT response_id FROM passages "
                "WHERE id = (SELECT passage_id FROM search_docs WHERE doc = ?)) AND ordinal > ? "
                "ORDER BY ordinal LIMIT 1",
                (doc, r["ordinal"]),
            ).fetchone()
            if following:
                text = f"{text} {following[0]}"
        snippet, matched = highlighter.snippet(text)
        hits.append(
            Hit(
                consultation=r["slug"], consultation_title=r["title"], response_id=r["number"],
                file=r["file"], sender=r["sender"], party=r["party"], kind=r["sender_kind"],
                date=r["date"], score=score, passage=doc & DOC_MASK, heading=r["heading"],
                snippet=snippet, matched=matched,
            )
        )  # fmt: skip
    return hits


# --- snippets ---------------------------------------------------------------------------


class _Highlighter:
    """Marks the words of a passage whose analysed form matched, in the original text."""

    def __init__(self, plan: _Plan):
        items = [c for g in plan.groups for c in g]
        self.terms = {t for c in items if isinstance(c, _Word) for t in c.terms}
        self.phrases = [c.terms for c in items if isinstance(c, _Phrase)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        toks = tokens(text)
        flat: list[tuple[str, int]] = []  # (lemma term, token index)
        marked = [False] * len(toks)
        for i, (_, _, lower) in enumerate(toks):
            lemmas, _ = _word_terms(lower)
            if self.terms and (lower in self.terms or not self.terms.isdisjoint(lemmas)):
                marked[i] = True
            flat.extend((t, i) for t in lemmas)
        for phrase in self.phrases:
            n = len(phrase)
            for j in range(len(flat) - n + 1):
                if all(flat[j + k][0] == phrase[k] for k in range(n)):
                    for k in range(n):
                        marked[flat[j + k][1]] = True
        spans: list[tuple[int, int]] = []
        for (start, end, _), hit in zip(toks, marked, strict=True):
            if not hit:
                continue
            if spans and text[spans[-1][1] : start].strip() == "" and start - spans[-1][1] <= 1:
                spans[-1] = (spans[-1][0], end)  # a phrase reads as one highlight
            else:
                spans.append((start, end))
        return spans

    def snippet(self, text: str, width: int = SNIPPET_CHARS) -> tuple[list[tuple[str, bool]], list[str]]:
        text = " ".join(unicodedata.normalize("NFC", text).split())
        spans = self.spans(text)
        matched = list(dict.fromkeys(text[s:e] for s, e in spans))
        lo, hi = 0, len(text)
        if len(text) > width:
            first = spans[0][0] if spans else 0
            lo = max(0, first - width // 3)
            if lo:
                space = text.find(" ", lo)
                lo = space + 1 if 0 <= space < first else lo
            hi = min(len(text), lo + width)
            if hi < len(text):
                space = text.rfind(" ", lo, hi)
                hi = space if space > max(lo, spans[0][1] if spans else lo) else hi
        parts: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
        pos = lo
        for s, e in spans:
            if e <= lo or s >= hi:
                continue
            s, e = max(s, lo), min(e, hi)
            if s > pos:
                parts.append((text[pos:s], False))
            parts.append((text[s:e], True))
            pos = e
        if pos < hi:
            parts.append((text[pos:hi], False))
        if hi < len(text):
            parts.append(("…", False))
        return parts, matched


# --- a whole response -------------------------------------------------------------------


def show_response(archive: Archive, slug: str, number: int) -> dict:
    """One response with the header `hoering show` prints (sender, party, file, date, status)."""
    consultation = archive.consultation(slug)
    row = archive.response(consultation, number)
    return {
        "consultation": consultation.slug,
        "consultation_title": consultation.title,
        "response_id": row["number"],
        "file": row["file"],
        "sender": row["sender"],
        "sender_kind": row["sender_kind"],
        "party": row["party"],
        "date": row["received"] or (row["collected"] or "")[:10] or None,
        "date_source": "received" if row["received"] else "collected",
        "status": row["status"],
        "duplicate_of": row["duplicate_of"],
        "error": row["error"],
        "pages": row["pages"],
        "text": row["text"],
    }
