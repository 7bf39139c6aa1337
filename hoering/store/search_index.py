"""The search index's tables: every statement on them, and on the tables search filters by.

Tables (m003_search):

* ``search_docs``: one row per indexed passage, the analysed text (``lemmas``, ``forms``,
  ``length``) and the passage it came from;
* ``search_index``: FTS5 over ``search_docs`` (external content). The tokenizer is
  ``unicode61 remove_diacritics 0``: the default folds å to a ("år" would match "ar").
  ``detail=full`` keeps positions for phrases; ``columnsize=0`` drops the size table only
  FTS5's own bm25() reads (ranking is done from ``search_docs``, hoering.search.engine);
* ``search_terms``: the vocabulary, each term with its reversed spelling (for suffix
  look-ups) and ``docs``, the number of passages holding it (BM25's IDF);
* ``search_meta``: ``docs`` and ``length`` (passages and terms in all of them: BM25's
  average length) and ``analyser``, the version the rows were made with;
* ``search_senders``: a trigram FTS5 index over the responses' sender and party, kept in
  step with ``responses`` by triggers.

A row's key ``doc`` is ``response_id << 20 | place`` (place: the passage's place in the
response), so results group per response and filter by response without a join, and newer
responses have larger keys. `response_of` and `place_of` read it back.

Counts are part of the rows: `add` raises them and `forget` lowers them in the caller's
transaction, so ``search_terms.docs`` and ``search_meta`` always equal a recount of
``search_docs`` (BM25 reads them). Every path that drops a response's passages calls
`forget` first (re-reading a file, `store.responses.delete_response`). No trigger removes
index rows: lowering their terms' counts needs the terms split, which `forget` does here.

The full-text dialect lives here: the FTS5 MATCH syntax (`match_expression`), the filter
SQL (`Scope`), JSON arrays of ids. On PostgreSQL (`store.dialect` translates m003's FTS5
table into a ``tsvector`` column ``search_docs.search_index`` with a GIN index) the same
analysed terms fill that column (`tsvector_of`: lemmas at their positions, weight A, then
forms, weight B; no second analysis, so both backends index the same terms) and queries
are tsqueries of the same shape (`tsquery_of`: a phrase is ``'a':A <-> 'b':A``, in the
lemmas as in FTS5). Candidates come newest first from either, and the engine ranks them
with its own BM25 from ``search_docs`` and ``search_terms``, so the two rank alike. The
sender/party filter is ILIKE under an ICU collation there (case folded for æ/ø/å too).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..model import Analysed, FoundPassage, IndexQuery, IndexRow, TermSet
from . import dialect

DOC_BITS = 20  # doc = response_id << DOC_BITS | place
DOC_MASK = (1 << DOC_BITS) - 1


def doc_key(response_id: int, place: int) -> int:
    return response_id << DOC_BITS | place


def response_of(doc: int) -> int:
    """The response id of an index row's key."""
    return doc >> DOC_BITS


def place_of(doc: int) -> int:
    """The passage's place in its response (0 = first) of an index row's key."""
    return doc & DOC_MASK


# --- search_meta ------------------------------------------------------------------------


def _meta(db: sqlite3.Connection, key: str):
    row = db.execute("SELECT value FROM search_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _set_meta(db: sqlite3.Connection, key: str, value) -> None:
    db.execute(
        "INSERT INTO search_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def analyser(db: sqlite3.Connection) -> str | None:
    """The analyser version the rows were made with; 'empty' (no rows yet, the first are
    current) or 'none' (passages from before the index: build it)."""
    return _meta(db, "analyser")


def set_analyser(db: sqlite3.Connection, version: str) -> None:
    _set_meta(db, "analyser", version)


def stats(db: sqlite3.Connection) -> tuple[int, int]:
    """(indexed passages, terms in all of them)."""
    return int(_meta(db, "docs") or 0), int(_meta(db, "length") or 0)


# --- writing ----------------------------------------------------------------------------


def add(db: sqlite3.Connection, rows: Iterable[IndexRow]) -> int:
    """Write index rows and raise the counts. Call inside a transaction.

    A passage past a response's 1,048,575th has no key and is left out.
    """
    docs = [(doc_key(r.response_id, r.place), r) for r in rows if 0 <= r.place <= DOC_MASK]
    if not docs:
        return 0
    if dialect.of(db) == dialect.POSTGRESQL:
        db.executemany(
            "INSERT INTO search_docs (doc, passage_id, lemmas, forms, length, search_index) "
            "VALUES (?, ?, ?, ?, ?, CAST(? AS tsvector))",
            [(doc, r.passage_id, r.analysed.lemmas, r.analysed.forms, r.analysed.length,
              tsvector_of(r.analysed.lemmas, r.analysed.forms)) for doc, r in docs],
        )  # fmt: skip
    else:
        db.executemany(
            "INSERT INTO search_docs (doc, passage_id, lemmas, forms, length) VALUES (?, ?, ?, ?, ?)",
            [(doc, r.passage_id, r.analysed.lemmas, r.analysed.forms, r.analysed.length) for doc, r in docs],
        )
        db.executemany(
            "INSERT INTO search_index (rowid, lemmas, forms) VALUES (?, ?, ?)",
            [(doc, r.analysed.lemmas, r.analysed.forms) for doc, r in docs],
        )
    _count_terms(db, [r.analysed for _, r in docs], +1)
    _add_to_stats(db, len(docs), sum(r.analysed.length for _, r in docs))
    return len(docs)


def forget(db: sqlite3.Connection, response_id: int) -> int:
    """Remove a response's index rows and lower every count they added. Returns the rows.

    Call before its passages are deleted, in the same transaction.
    """
    lo, hi = doc_key(response_id, 0), doc_key(response_id, DOC_MASK)
    rows = db.execute(
        "SELECT doc, lemmas, forms, length FROM search_docs WHERE doc BETWEEN ? AND ?", (lo, hi)
    ).fetchall()
    if not rows:
        return 0
    if dialect.of(db) == dialect.SQLITE:
        db.executemany(
            "INSERT INTO search_index (search_index, rowid, lemmas, forms) VALUES ('delete', ?, ?, ?)",
            [(doc, lemmas, forms) for doc, lemmas, forms, _ in rows],
        )
    db.execute("DELETE FROM search_docs WHERE doc BETWEEN ? AND ?", (lo, hi))
    _count_terms(db, [Analysed(lemmas, forms, length) for _, lemmas, forms, length in rows], -1)
    _add_to_stats(db, -len(rows), -sum(length for *_, length in rows))
    return len(rows)


def replace_response(
    db: sqlite3.Connection, response_id: int, passages: Sequence[tuple[int, Analysed]], *, analyser: str
) -> int:
    """A response's index rows, replaced by (passage id, analysed) in passage order.

    `analyser`: the version the rows were made with, recorded when they are the index's
    first (a new archive's index is then current without a rebuild).
    """
    forget(db, response_id)
    if not passages:
        return 0
    if _meta(db, "analyser") == "empty":
        set_analyser(db, analyser)
    return add(db, [IndexRow(response_id, n, pid, a) for n, (pid, a) in enumerate(passages)])


def _count_terms(db: sqlite3.Connection, analysed: Iterable[Analysed], sign: int) -> None:
    """Raise or lower each term's passage count; a term no passage holds leaves the vocabulary."""
    counts: Counter[str] = Counter()
    for a in analysed:
        counts.update(set(a.lemmas.split()) | set(a.forms.split()))
    if sign > 0:
        db.executemany(
            "INSERT INTO search_terms (term, rterm, docs) VALUES (?, ?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = search_terms.docs + excluded.docs",
            [(t, t[::-1], n) for t, n in counts.items()],
        )
        return
    db.executemany(
        "UPDATE search_terms SET docs = max(0, docs - ?) WHERE term = ?",
        [(n, t) for t, n in counts.items()],
    )
    db.executemany("DELETE FROM search_terms WHERE term = ? AND docs <= 0", [(t,) for t in counts])


def _add_to_stats(db: sqlite3.Connection, docs: int, length: int) -> None:
    # Read and written in the caller's write transaction: no other writer in between.
    # (`value` has no type in SQLite and is text on PostgreSQL: the sum is made here.)
    old_docs, old_length = stats(db)
    _set_meta(db, "docs", old_docs + docs)
    _set_meta(db, "length", old_length + length)


def clear(db: sqlite3.Connection) -> None:
    """Empty the index and its counts (before a rebuild, in its transaction)."""
    if dialect.of(db) == dialect.SQLITE:
        db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    db.execute("DELETE FROM search_docs")
    db.execute("DELETE FROM search_terms")
    _set_meta(db, "docs", 0)
    _set_meta(db, "length", 0)


def optimize(db: sqlite3.Connection) -> None:
    """Merge the index's segments (after loading many rows). PostgreSQL's GIN index
    merges its pending list itself."""
    if dialect.of(db) == dialect.SQLITE:
        db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def erase_deleted(db: sqlite3.Connection) -> None:
    """Merge both FTS5 indexes into one segment each, after responses were deleted for good.

    FTS5 records a deletion as a marker in a newer segment; the deleted passage's terms and
    their positions (from which its text can be read back) and its sender's name stay in the
    older segments until a merge. 'optimize' merges all of them, leaving nothing of the
    deleted rows (FTS5's own 'secure-delete' option needs SQLite 3.42). It rewrites the whole
    index, which is why only a deletion for good calls it: 0.8 s for 300,000 passages of 40
    terms (142 MB of index), measured on a 2-core machine. On PostgreSQL the deleted rows'
    old versions go at the next (auto)vacuum.
    """
    if dialect.of(db) != dialect.SQLITE:
        return
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.execute("INSERT INTO search_senders (search_senders) VALUES ('optimize')")


def rebuild_senders(db: sqlite3.Connection) -> None:
    if dialect.of(db) == dialect.SQLITE:
        db.execute("INSERT INTO search_senders (search_senders) VALUES ('rebuild')")


# --- the passages the index is made from --------------------------------------------------


def passages_to_index(db: sqlite3.Connection, response_id: int) -> list[tuple[int, str]]:
    """(passage id, text) of one response, in its order."""
    return [
        (pid, text)
        for pid, text in db.execute(
            "SELECT id, text FROM passages WHERE response_id = ? ORDER BY ordinal, id", (response_id,)
        )
    ]


def count_passages(db: sqlite3.Connection) -> int:
    return db.execute("SELECT count(*) FROM passages").fetchone()[0]


def all_passages(db: sqlite3.Connection, batch: int) -> Iterator[list[tuple[int, int, str]]]:
    """Every passage as (passage id, response id, text), per response in its order, in batches."""
    cursor = db.execute("SELECT id, response_id, text FROM passages ORDER BY response_id, ordinal, id")
    while rows := cursor.fetchmany(batch):
        yield [(pid, rid, text) for pid, rid, text in rows]


# --- the vocabulary ------------------------------------------------------------------------


def term_docs(db: sqlite3.Connection, term: str) -> int:
    """Passages holding `term` (0 when none)."""
    row = db.execute("SELECT docs FROM search_terms WHERE term = ?", (term,)).fetchone()
    return max(0, row[0]) if row else 0


def terms_starting(db: sqlite3.Connection, prefix: str, limit: int) -> list[tuple[str, int]]:
    """(term, passages) of terms that start with `prefix`, at most `limit` read."""
    return _vocab(db, "term", prefix, limit)


def terms_ending(db: sqlite3.Connection, suffix: str, limit: int) -> list[tuple[str, int]]:
    """(term, passages) of terms that end with `suffix` (through the reversed spelling)."""
    return _vocab(db, "rterm", suffix[::-1], limit)


def _vocab(db: sqlite3.Connection, column: str, start: str, limit: int) -> list[tuple[str, int]]:
    hi = start[:-1] + chr(ord(start[-1]) + 1)
    return [
        (term, docs)
        for term, docs in db.execute(
            f"SELECT term, docs FROM search_terms WHERE {column} >= ? AND {column} < ? AND docs > 0 "
            f"LIMIT {int(limit)}",
            (start, hi),
        )
    ]


# --- filters -------------------------------------------------------------------------------


DATE_SQL = "COALESCE(r.received, substr(r.collected, 1, 10))"  # indexed (m003_search)


@dataclass
class Scope:
    """A search's filters as SQL: sets of response ids that indexes give cheaply (their
    intersection passes), and tests on one index key "{doc}" for the rest. Made by `scope`;
    only this module reads it."""

    sets: list[str]  # SELECTs of allowed response ids, each column named id
    kind_test: str | None  # the kind, which no index narrows
    passage_test: str | None  # a theme's passage-level test (passages tagged themselves)
    args: dict

    def _responses(self) -> str | None:
        if not self.sets:
            return None
        return " INTERSECT ".join(f"SELECT id FROM ({s}) AS s{n}" for n, s in enumerate(self.sets))

    def _doc_test(self, doc: str) -> str | None:
        tests = [t for t in (self.kind_test, self.passage_test) if t]
        return " AND ".join(tests).format(doc=doc) if tests else None


def scope(
    db: sqlite3.Connection,
    *,
    consultation_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
    sender: str | None = None,
    party: str | None = None,
    theme: str | None = None,
    kind: str | None = None,
) -> Scope:
    """The filters, finished (a consultation's id, ISO dates), as SQL. Sender, party, kind
    and tags are read live, so corrections need no re-indexing."""
    rid = f"({{doc}} >> {DOC_BITS})"
    sets: list[str] = []
    args: dict = {}
    if consultation_id is not None:
        args["consultation_id"] = consultation_id
        sets.append("SELECT r.id FROM responses r WHERE r.consultation_id = :consultation_id")
    if since or until:
        args["since"], args["until"] = since or "0000", until or "9999"
        sets.append(f"SELECT r.id FROM responses r WHERE {DATE_SQL} BETWEEN :since AND :until")
    for column, name in (("sender", sender), ("party", party)):
        if name:
            sets.append(_name_filter(db, column, name, column, args))
    passage_test = None
    if theme:
        theme_set, passage_test = _theme_filter(db, theme, rid, args)
        sets.append(theme_set)
    kind_test = None
    if kind:  # never narrows: tested per passage
        args["kind"] = kind
        kind_test = f"EXISTS (SELECT 1 FROM responses r WHERE r.id = {rid} AND r.sender_kind = :kind)"
    return Scope(sets, kind_test, passage_test, args)


def _name_filter(db: sqlite3.Connection, column: str, name: str, key: str, args: dict) -> str:
    """Response ids whose sender/party contains `name`, any case: trigram index or GLOB;
    on PostgreSQL ILIKE, whose case folding under the ICU root collation knows Æ/æ."""
    name = " ".join(name.split())
    if dialect.of(db) == dialect.POSTGRESQL:
        args[key] = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return f'SELECT r.id FROM responses r WHERE r.{column} COLLATE "und-x-icu" ILIKE :{key}'
    if len(name) >= 3:
        args[key] = f'{column} : "' + name.replace('"', '""') + '"'
        return f"SELECT rowid AS id FROM search_senders WHERE search_senders MATCH :{key}"
    args[key] = _ci_glob(name)
    return f"SELECT r.id FROM responses r WHERE r.{column} GLOB :{key}"


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


def _theme_filter(db: sqlite3.Connection, theme: str, rid: str, args: dict) -> tuple[str, str | None]:
    """Responses about a theme (tags, a person's corrections winning) and, when passages are
    tagged, the test that keeps only those passages of responses not tagged as a whole."""
    args["theme"] = theme
    has = {
        action: db.execute(
            "SELECT 1 FROM tag_corrections WHERE theme = ? AND action = ? LIMIT 1", (theme, action)
        ).fetchone()
        is not None
        for action in ("add", "remove")
    }
    passage_tags = db.execute("SELECT 1 FROM passage_tags WHERE theme = ? LIMIT 1", (theme,)).fetchone()
    corrections = (
        "SELECT r.id FROM tag_corrections c JOIN responses r ON "
        "r.consultation_id = c.consultation_id AND r.number = c.number "
        "WHERE c.theme = :theme AND c.action = '{action}'"
    )
    by_response = ["SELECT response_id AS id FROM tags WHERE theme = :theme AND state = 'discusses'"]
    if has["add"]:
        by_response.append(corrections.format(action="add"))
    themed = list(by_response)
    passage_test = None
    if passage_tags:
        # A response that does not discuss the theme may still have passages about it:
        # then only those passages count.
        themed.append(
            "SELECT p.response_id FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id "
            "WHERE pt.theme = :theme"
        )
        passage_test = (
            # (not aliased "d": the caller's row is "d", and the test must see it)
            f"({rid} IN ({' UNION '.join(by_response)}) OR EXISTS (SELECT 1 FROM search_docs tagged "
            "JOIN passage_tags pt ON pt.passage_id = tagged.passage_id "
            "WHERE tagged.doc = {doc} AND pt.theme = :theme))"
        )
    theme_set = " UNION ".join(themed)
    if has["remove"]:  # a person's correction wins over the tagger
        theme_set = f"SELECT id FROM ({theme_set}) AS themed EXCEPT {corrections.format(action='remove')}"
    return theme_set, passage_test


def scope_extent(db: sqlite3.Connection, where: Scope) -> tuple[int, int, int] | None:
    """(responses, lowest id, highest id) the narrowing filters allow; None when none narrows."""
    responses = where._responses()
    if responses is None:
        return None
    count, lo, hi = db.execute(
        f"SELECT count(*), min(id), max(id) FROM ({responses}) AS allowed", where.args
    ).fetchone()
    return count, lo or 0, hi or 0


def scope_ids(db: sqlite3.Connection, where: Scope) -> list[int]:
    """The response ids the narrowing filters allow, highest first."""
    responses = where._responses()
    if responses is None:
        return []
    return sorted({r[0] for r in db.execute(responses, where.args)}, reverse=True)


def last_response_id(db: sqlite3.Connection) -> int:
    return db.execute("SELECT max(id) FROM responses").fetchone()[0] or 0


# --- candidates ------------------------------------------------------------------------------


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts(terms: TermSet) -> str:
    if terms.phrase:
        return "lemmas : " + _quote(" ".join(terms.terms))
    return "(" + " OR ".join(_quote(t) for t in terms.terms) + ")"


def match_expression(query: IndexQuery) -> str:
    """The FTS5 MATCH expression: every term double-quoted, so user text is never syntax."""
    required = " AND ".join("(" + " OR ".join(_fts(c) for c in g) + ")" for g in query.required)
    if query.excluded:
        required = f"({required}) NOT (" + " OR ".join(_fts(c) for c in query.excluded) + ")"
    return required


def passages_of(db: sqlite3.Connection, where: Scope, ids: Sequence[int]) -> Iterator[tuple[int, str, str, int]]:
    """Index rows (doc, lemmas, forms, length) of the responses `ids`, in that order, that
    pass the filters' per-passage tests; the query is not tested (the caller scores them)."""
    test = where._doc_test("d.doc")
    if dialect.of(db) == dialect.POSTGRESQL:
        return iter(db.execute(
            "SELECT d.doc, d.lemmas, d.forms, d.length FROM unnest(CAST(:ids AS bigint[])) "
            "WITH ORDINALITY AS j(value, n) "
            f"JOIN search_docs d ON d.doc BETWEEN j.value << {DOC_BITS} "
            f"AND (j.value << {DOC_BITS}) | {DOC_MASK}" + (f" WHERE {test}" if test else "")
            + " ORDER BY j.n, d.doc",
            {**where.args, "ids": list(ids)},
        ))  # fmt: skip
    return db.execute(
        "SELECT d.doc, d.lemmas, d.forms, d.length FROM json_each(:ids) j "
        f"JOIN search_docs d ON d.doc BETWEEN j.value << {DOC_BITS} "
        f"AND (j.value << {DOC_BITS}) | {DOC_MASK}" + (f" WHERE {test}" if test else ""),
        {**where.args, "ids": json.dumps(list(ids))},
    )


def matching(
    db: sqlite3.Connection,
    query: IndexQuery,
    where: Scope,
    *,
    limit: int,
    span: tuple[int, int] | None = None,
    ids: Sequence[int] | None = None,
) -> Iterator[tuple[int, str, str, int]]:
    """Index rows (doc, lemmas, forms, length) that match `query` and pass the filters,
    newest first, at most `limit`. FTS5 stops early: it walks the matches newest first.

    `span`: the lowest and highest response the filters allow (FTS5 then walks only the
    matches between them). `ids`: the allowed responses, listed; without them the filters'
    response sets are tested per passage in SQL.
    """
    if dialect.of(db) == dialect.POSTGRESQL:
        return _matching_tsvector(db, query, where, limit=limit, span=span, ids=ids)
    args = {**where.args, "match": match_expression(query), "limit": limit}
    conditions = ["search_index MATCH :match"]
    responses = where._responses()
    if span is not None:
        args["lo"], args["hi"] = doc_key(span[0], 0), doc_key(span[1], DOC_MASK)
        conditions.append("rowid BETWEEN :lo AND :hi")
    if ids is not None:
        args["ids"] = json.dumps(list(ids))
        conditions.append(f"(rowid >> {DOC_BITS}) IN (SELECT value FROM json_each(:ids))")
    elif responses is not None:
        conditions.append(f"(rowid >> {DOC_BITS}) IN ({responses})")
    test = where._doc_test("search_index.rowid")
    if test:
        conditions.append(test)
    return db.execute(
        "SELECT d.doc, d.lemmas, d.forms, d.length FROM search_docs d WHERE d.doc IN ("
        f"SELECT rowid FROM search_index WHERE {' AND '.join(conditions)} "
        "ORDER BY rowid DESC LIMIT :limit) ORDER BY d.doc DESC",
        args,
    )


# --- PostgreSQL: tsvector and tsquery from the same terms ------------------------------------

# PostgreSQL's limits: a position is at most 16,383 (later ones count as that), a lexeme
# under 2,048 bytes (a longer run of letters is no word anyone searches for).
_MAX_POSITION = 16383
_MAX_LEXEME = 2046


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _fits(term: str) -> bool:
    return len(term.encode()) <= _MAX_LEXEME


def tsvector_of(lemmas: str, forms: str) -> str:
    """The tsvector (as PostgreSQL reads it) of an index row: the lemmas at their positions
    with weight A (phrases match there, as in FTS5's lemmas column), then the forms, B."""
    positions: dict[str, list[str]] = defaultdict(list)
    place = 0
    for weight, text in (("A", lemmas), ("B", forms)):
        for term in text.split():
            place += 1
            if _fits(term):
                positions[term].append(f"{min(place, _MAX_POSITION)}{weight}")
    return " ".join(f"{_lexeme(t)}:{','.join(p[:256])}" for t, p in positions.items())


def _ts(terms: TermSet) -> str:
    fitting = [t for t in terms.terms if _fits(t)] or ["-"]
    if terms.phrase:
        return "(" + " <-> ".join(f"{_lexeme(t)}:A" for t in fitting) + ")"
    return "(" + " | ".join(_lexeme(t) for t in fitting) + ")"


def tsquery_of(query: IndexQuery) -> str:
    """The tsquery of an index query, every term quoted (user text is never syntax)."""
    required = " & ".join("(" + " | ".join(_ts(c) for c in g) + ")" for g in query.required)
    if query.excluded:
        required = f"({required}) & !(" + " | ".join(_ts(c) for c in query.excluded) + ")"
    return required


def _matching_tsvector(
    db, query: IndexQuery, where: Scope, *, limit: int, span: tuple[int, int] | None, ids: Sequence[int] | None
) -> Iterator[tuple[int, str, str, int]]:
    """`matching` on PostgreSQL: the GIN index finds the matches, newest first."""
    args = {**where.args, "match": tsquery_of(query), "limit": limit}
    conditions = ["d.search_index @@ CAST(:match AS tsquery)"]
    if span is not None:
        args["lo"], args["hi"] = doc_key(span[0], 0), doc_key(span[1], DOC_MASK)
        conditions.append("d.doc BETWEEN :lo AND :hi")
    responses = where._responses()
    if ids is not None:
        args["ids"] = list(ids)
        conditions.append(f"(d.doc >> {DOC_BITS}) = ANY(CAST(:ids AS bigint[]))")
    elif responses is not None:
        conditions.append(f"(d.doc >> {DOC_BITS}) IN ({responses})")
    test = where._doc_test("d.doc")
    if test:
        conditions.append(test)
    # Two ways to the newest matches, as FTS5 has one: walk the keys newest first and test
    # each row (cheap when matches are dense), or let the GIN index find every match and
    # sort them (cheap when they are few). Walking costs about limit / density rows, the
    # index about the matches, so the index wins below sqrt(limit × passages) matches;
    # the estimate is the vocabulary's passage counts. "+ 0" keeps the planner off the keys.
    matches = _estimated_matches(db, query)
    order = "d.doc" if matches * matches > limit * max(stats(db)[0], 1) else "d.doc + 0"
    return iter(db.execute(
        "SELECT d.doc, d.lemmas, d.forms, d.length FROM search_docs d "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order} DESC LIMIT :limit",
        args,
    ))  # fmt: skip


def _estimated_matches(db, query: IndexQuery) -> int:
    """At most how many passages match: the rarest required group's passages (a group's
    terms summed; a phrase counts as its rarest term)."""
    terms = sorted({t for group in query.required for c in group for t in c.terms})
    docs = dict(db.execute("SELECT term, docs FROM search_terms WHERE term = ANY(CAST(? AS text[]))", (terms,)).fetchall())

    def count(c: TermSet) -> int:
        found = [docs.get(t, 0) for t in c.terms]
        return (min(found) if c.phrase else sum(found)) if found else 0

    return min((sum(count(c) for c in group) for group in query.required), default=0)


def refill(db: sqlite3.Connection, batch: int = 2000) -> None:
    """Make the full-text index again from ``search_docs`` (after its rows were copied in
    by `store.move`): FTS5 rebuilds itself, PostgreSQL's column is filled here."""
    if dialect.of(db) == dialect.SQLITE:
        db.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
        rebuild_senders(db)
        return
    rows = db.execute("SELECT doc, lemmas, forms FROM search_docs").fetchall()
    for start in range(0, len(rows), batch):
        db.executemany(
            "UPDATE search_docs SET search_index = CAST(? AS tsvector) WHERE doc = ?",
            [(tsvector_of(lemmas, forms), doc) for doc, lemmas, forms in rows[start : start + batch]],
        )


# --- what a hit shows ------------------------------------------------------------------------


def found_passages(db: sqlite3.Connection, docs: Sequence[int]) -> dict[int, FoundPassage]:
    """The passages behind index keys, with their responses' and consultations' fields."""
    if not docs:
        return {}
    rows = db.execute(
        "SELECT d.doc, p.ordinal, p.kind, p.heading, p.text, c.slug, c.title, r.number, r.file, "
        f"r.sender, r.party, r.sender_kind, {DATE_SQL} "
        "FROM search_docs d JOIN passages p ON p.id = d.passage_id "
        "JOIN responses r ON r.id = p.response_id JOIN consultations c ON c.id = r.consultation_id "
        f"WHERE d.doc IN ({','.join('?' * len(docs))})",
        list(docs),
    )
    return {row[0]: FoundPassage(*row) for row in rows}


def text_after(db: sqlite3.Connection, doc: int, ordinal: int) -> str | None:
    """The text of the passage that follows passage `ordinal` of the indexed passage's response."""
    row = db.execute(
        "SELECT text FROM passages WHERE response_id = (SELECT response_id FROM passages "
        "WHERE id = (SELECT passage_id FROM search_docs WHERE doc = ?)) AND ordinal > ? "
        "ORDER BY ordinal LIMIT 1",
        (doc, ordinal),
    ).fetchone()
    return None if row is None else row[0]
