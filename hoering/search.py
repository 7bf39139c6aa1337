"""Search every past consultation: an FTS5 index of passages inside the archive.

What is indexed (one FTS5 row per passage, `search_index`, external content in
`search_docs`):

* ``lemmas``: the canonical lemma (hoering.danish, lemmy) of every word, and numbers as
  written, one term per word in text order, so phrase queries work on lemmas
  ("justering af mentor" also finds "justeringen af mentor");
* ``forms``: the few surface forms that their lemma is not a prefix of ("børn" for barn,
  "søerne" for so|sø), so a word typed as written is found even where the lemmatizer
  reads it otherwise.

Words are runs of letters and digits, the same split FTS5's tokenizer makes, so a position
in ``lemmas`` is a word of the text. The tokenizer is ``unicode61 remove_diacritics 0``:
the default folds å to a ("år" would match "ar"). ``detail=full`` keeps positions for
phrases; ``columnsize=0`` drops the size table only FTS5's own bm25() reads.

A row's rowid is ``response_id << 20 | n`` (n: the passage's place in the response), so
results group per response and filter by response without a join, and newer responses
have larger rowids.

Compounds are resolved at query time, not indexed as parts. `search_terms` is the
index's vocabulary (term, reversed term, passages); a query word's lemma is looked up as
a prefix ("mentor" -> mentorindsats, mentorstøtte) and as a suffix ("indsats" ->
mentorindsats), and each candidate is kept only when `hoering.matching.word_relation`
calls it the same lemma, a compound start or a compound end: the rules tagging uses
("pris" is not in "prisme", "sats" not in "indsats"). matching offers a relation, not a
splitter, so tails are found through the reversed vocabulary instead of extra index terms
(no index growth). The kept terms are written into the MATCH expression, each
double-quoted; user text never reaches MATCH.

Query semantics (`hoering.query`): words are ANDed within one passage; responses whose
passages hold all words only between them follow after those ("match": "response").

Ranking: FTS5 finds candidate passages newest first (``ORDER BY rowid DESC LIMIT``, which
stops early); BM25 (k1 1.2, b 0.75; IDF from `search_terms`) is computed here from the
stored lemma strings, compound matches weighted below the lemma itself. FTS5's bm25() is
not used: it reads every posting of every query term for IDF, 150-400 ms for a common
word at 100,000 responses. When more than `CANDIDATES` passages match, the newest
`CANDIDATES` are ranked and the result says so (`SearchResult.truncated`).

Filters are part of the SQL that finds candidates, never applied after ranking. Each
filter an index narrows (consultation; dates through an expression index; sender and
party through `search_senders`, a trigram FTS5 index over `responses` kept by triggers;
theme through `tags`, `passage_tags` and `tag_corrections`) gives a set of response ids;
a small cost model then either reads those responses' passages directly or runs the FTS
query testing ``rowid >> 20`` against the set. Sender, party, kind and tags are read
live, so corrections (set-sender, tag corrections) need no re-indexing.

Sync: `analysis.analyse_response` calls `index_response` in collect's per-file
transaction; `analysis.forget_response` calls `forget_response`; a trigger on
`passages` removes the rows of a passage deleted any other way (collect's re-read, a
cascade; passage counts in `search_terms` are then left high until the next rebuild).
`search_meta` stores the analyser version; `ensure_index` (run by every search) rebuilds
when it differs, and `rebuild` is `hoering reindex`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import re
import sqlite3
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .analysis import danish
from .errors import HoeringError
from .query import (
    Analysed,
    Compiled,
    InvalidQuery,
    Phrase,
    Plan,
    Query,
    Word,
    analyse_texts,
    compile_query,
    parse,
    tokens,
    word_terms,
)
from .store import Archive

__all__ = [
    "InvalidQuery", "InvalidDate", "Filters", "Hit", "SearchResult", "search", "rebuild",
    "ensure_index", "index_response", "forget_response", "show_response", "analyser_version",
]  # fmt: skip

# Bump when what is indexed or how it is analysed changes (the rows must be rebuilt).
SEARCH_REVISION = "1"
DOC_BITS = 20  # rowid = response_id << DOC_BITS | passage number
DOC_MASK = (1 << DOC_BITS) - 1
CANDIDATES = 500  # passages ranked per search at most (the newest that match)
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


def index_response(db: sqlite3.Connection, response_id: int, analysed: list | None = None) -> int:
    """(Re)index one response's passages. Runs in the caller's transaction.

    `analysed`: the passages' `analyse_texts` result when a worker computed it already.
    """
    forget_response(db, response_id)
    rows = db.execute(
        "SELECT id, text FROM passages WHERE response_id = ? ORDER BY ordinal, id", (response_id,)
    ).fetchall()
    if not rows:
        return 0
    if _meta(db, "analyser") == "empty":  # first rows of a new index: they are current
        _set_meta(db, "analyser", analyser_version())
    keys = _docs_for([(r[0], response_id, n) for n, r in enumerate(rows)])
    if analysed is None or len(analysed) != len(rows):
        analysed = analyse_texts([r[1] for r in rows])
    analysed = analysed[: len(keys)]
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
        db.execute("INSERT INTO search_senders (search_senders) VALUES ('rebuild')")
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


DATE_SQL = "COALESCE(r.received, substr(r.collected, 1, 10))"  # indexed (m003_search)


@dataclass
class _FilterSQL:
    """The filters as SQL: sets of response ids that indexes give cheaply (their
    intersection passes), and tests on one search rowid "{doc}" for the rest."""

    sets: list[str]  # SELECTs of allowed response ids, each column named id
    kind_test: str | None  # the kind, which no index narrows
    passage_test: str | None  # a theme's passage-level test (passages tagged themselves)
    args: dict

    def responses(self) -> str | None:
        return " INTERSECT ".join(f"SELECT id FROM ({s})" for s in self.sets) if self.sets else None

    def doc_test(self, doc: str) -> str | None:
        tests = [t for t in (self.kind_test, self.passage_test) if t]
        return " AND ".join(tests).format(doc=doc) if tests else None


def _name_filter(column: str, name: str, key: str, args: dict) -> str:
    """Response ids whose sender/party contains `name`, any case: trigram index or GLOB."""
    name = " ".join(name.split())
    if len(name) >= 3:
        args[key] = f'{column} : "' + name.replace('"', '""') + '"'
        return f"SELECT rowid AS id FROM search_senders WHERE search_senders MATCH :{key}"
    args[key] = _ci_glob(name)
    return f"SELECT r.id FROM responses r WHERE r.{column} GLOB :{key}"


def _filter_sql(archive: Archive, filters: Filters) -> _FilterSQL:
    db = archive.db
    rid = f"({{doc}} >> {DOC_BITS})"
    sets: list[str] = []
    args: dict = {}

    if filters.consultation:
        args["consultation_id"] = archive.consultation(filters.consultation).id
        sets.append("SELECT r.id FROM responses r WHERE r.consultation_id = :consultation_id")
    if filters.since or filters.until:
        args["since"] = parse_date(filters.since, "--since") if filters.since else "0000"
        args["until"] = parse_date(filters.until, "--until", end=True) if filters.until else "9999"
        sets.append(f"SELECT r.id FROM responses r WHERE {DATE_SQL} BETWEEN :since AND :until")
    for column in ("sender", "party"):
        if getattr(filters, column):
            sets.append(_name_filter(column, getattr(filters, column), column, args))
    passage_test = None
    if filters.theme:
        args["theme"] = filters.theme
        has = {
            action: db.execute(
                "SELECT 1 FROM tag_corrections WHERE theme = ? AND action = ? LIMIT 1",
                (filters.theme, action),
            ).fetchone()
            is not None
            for action in ("add", "remove")
        }
        passage_tags = db.execute(
            "SELECT 1 FROM passage_tags WHERE theme = ? LIMIT 1", (filters.theme,)
        ).fetchone()
        corrections = (
            "SELECT r.id FROM tag_corrections c JOIN responses r ON "
            "r.consultation_id = c.consultation_id AND r.number = c.number "
            "WHERE c.theme = :theme AND c.action = '{action}'"
        )
        by_response = [
            "SELECT response_id AS id FROM tags WHERE theme = :theme AND state = 'discusses'"
        ]
        if has["add"]:
            by_response.append(corrections.format(action="add"))
        themed = list(by_response)
        if passage_tags:
            # A response that does not discuss the theme may still have passages about it:
            # then only those passages count.
            themed.append(
                "SELECT p.response_id FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id "
                "WHERE pt.theme = :theme"
            )
            passage_test = (
                f"({rid} IN ({' UNION '.join(by_response)}) OR EXISTS (SELECT 1 FROM search_docs d "
                "JOIN passage_tags pt ON pt.passage_id = d.passage_id "
                "WHERE d.doc = {doc} AND pt.theme = :theme))"
            )
        theme_set = " UNION ".join(themed)
        if has["remove"]:  # a person's correction wins over the tagger
            theme_set = f"SELECT id FROM ({theme_set}) EXCEPT {corrections.format(action='remove')}"
        sets.append(theme_set)
    kind_test = None
    if filters.kind:  # never narrow: tested per passage
        args["kind"] = filters.kind
        kind_test = f"EXISTS (SELECT 1 FROM responses r WHERE r.id = {rid} AND r.sender_kind = :kind)"
    return _FilterSQL(sets, kind_test, passage_test, args)


# --- ranking ----------------------------------------------------------------------------


class _Scorer:
    """BM25 over candidate passages, from their stored lemma strings."""

    def __init__(self, db: sqlite3.Connection, plan: Plan):
        n = self.n = max(1, int(_meta(db, "docs") or 0))
        self.avgdl = max(1.0, float(_meta(db, "length") or 0) / n)
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
    # "passage": one passage holds the whole query; "response": its passages between them.
    match: str = "passage"

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
    fsql = _filter_sql(archive, filters)  # validates the slug and dates first
    plan = compile_query(db, query)
    if plan is None:
        return SearchResult(query, [], 0, False, time.perf_counter() - start)
    scorer = _Scorer(db, plan)
    best: dict[int, tuple[float, int]] = {}
    matched = 0
    truncated = False
    for doc, lemmas, forms, length in _candidates(db, plan, fsql, scorer, candidates):
        score = scorer.score(lemmas, forms, length)
        if score is None:
            continue
        if matched == candidates:
            truncated = True
            break
        matched += 1
        rid = doc >> DOC_BITS
        if rid not in best or (score, doc) > best[rid]:
            best[rid] = (score, doc)
    top = sorted(best.values(), reverse=True)[:limit]
    spread: list[tuple[float, int]] = []
    if len(top) < limit and len(plan.groups) > 1:
        spread = _spread_matches(db, plan, fsql, scorer, candidates, exclude=set(best))
    hits = _hits(db, plan, top, "passage") + _hits(db, plan, spread[: limit - len(top)], "response")
    return SearchResult(query, hits, matched, truncated, time.perf_counter() - start)


def _spread_matches(db, plan: Plan, fsql, scorer: _Scorer, candidates: int, exclude: set[int]):
    """Responses whose passages hold all the words between them, though no one passage does.

    Ranked after every passage that holds them all: the words are less likely to be about
    each other. Scored as the sum of each AND group's best passage; shown by the best.
    """
    either = Plan([[c for g in plan.groups for c in g]], plan.excluded)
    per_response: dict[int, dict[int, tuple[float, int]]] = {}
    rows = _candidates(db, either, fsql, scorer, candidates)
    for doc, lemmas, forms, length in itertools.islice(rows, 4 * candidates):
        scored = scorer.partial(lemmas, forms, length)
        rid = doc >> DOC_BITS
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


def _candidates(db, plan: Plan, fsql: _FilterSQL, scorer: _Scorer, limit: int) -> Iterator:
    """Candidate passages (rowid, lemmas, forms, length), newest first.

    Two ways: FTS5 finds the passages that match, newest first, and SQL tests the filters
    on each; or, when a filter leaves few responses, their passages are read directly and
    tested here. A small cost model picks the cheaper one; both stop after `limit` + 1
    matches (the caller stops reading).
    """
    args = {**fsql.args, "match": plan.match_expression(), "limit": limit + 1}
    where = ["search_index MATCH :match"]
    responses = fsql.responses()
    if responses is not None:
        count, lo, hi = db.execute(
            f"SELECT count(*), min(id), max(id) FROM ({responses})", fsql.args
        ).fetchone()
        if not count:
            return iter(())
        args["lo"], args["hi"] = lo << DOC_BITS, hi << DOC_BITS | DOC_MASK
        where.append("rowid BETWEEN :lo AND :hi")
        if count > LIST_RESPONSES:  # broad: SQLite keeps the set and tests each passage
            where.append(f"(rowid >> {DOC_BITS}) IN ({responses})")
        else:
            ids = sorted({r[0] for r in db.execute(responses, fsql.args)}, reverse=True)
            total = max(1, db.execute("SELECT max(id) FROM responses").fetchone()[0] or 1)
            docs_in_set = len(ids) * scorer.n / total  # passages per response on average
            density = max(scorer.density, 1e-6)
            rows_direct = min(docs_in_set, (limit + 1) / density)
            # FTS5 walks only the matches between the set's lowest and highest response:
            # few when the set is contiguous (one consultation, collected together).
            span = hi - lo + 1
            rows_fts = min(scorer.n * density * span / total, (limit + 1) * span / len(ids))
            args["ids"] = json.dumps(ids)
            if rows_direct * _COST_PYTHON <= rows_fts * _COST_FTS:
                test = fsql.doc_test("d.doc")
                return db.execute(
                    "SELECT d.doc, d.lemmas, d.forms, d.length FROM json_each(:ids) j "
                    f"JOIN search_docs d ON d.doc BETWEEN j.value << {DOC_BITS} "
                    f"AND (j.value << {DOC_BITS}) | {DOC_MASK}" + (f" WHERE {test}" if test else ""),
                    args,
                )
            where.append(f"(rowid >> {DOC_BITS}) IN (SELECT value FROM json_each(:ids))")
    test = fsql.doc_test("search_index.rowid")
    if test:
        where.append(test)
    return db.execute(
        "SELECT d.doc, d.lemmas, d.forms, d.length FROM search_docs d WHERE d.doc IN ("
        f"SELECT rowid FROM search_index WHERE {' AND '.join(where)} "
        "ORDER BY rowid DESC LIMIT :limit) ORDER BY d.doc DESC",
        args,
    )


def _hits(
    db: sqlite3.Connection, plan: Plan, top: list[tuple[float, int]], match: str
) -> list[Hit]:
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
                snippet=snippet, matched=matched, match=match,
            )
        )  # fmt: skip
    return hits


# --- snippets ---------------------------------------------------------------------------


class _Highlighter:
    """Marks the words of a passage whose analysed form matched, in the original text."""

    def __init__(self, plan: Plan):
        items = [c for g in plan.groups for c in g]
        self.terms = {t for c in items if isinstance(c, Word) for t in c.terms}
        self.phrases = [c.terms for c in items if isinstance(c, Phrase)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        toks = tokens(text)
        flat: list[tuple[str, int]] = []  # (lemma term, token index)
        marked = [False] * len(toks)
        for i, (_, _, lower) in enumerate(toks):
            lemmas, _ = word_terms(lower)
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
