"""SQLite's SQL as PostgreSQL runs it: every difference between the two backends' SQL, here.

The store and its migrations are written once, in SQLite's dialect (`?` and `:name`
placeholders, SQLite's DDL). On PostgreSQL each statement passes through `translate`
first, mechanically, so a migration added later runs on both without a second version:

* placeholders become psycopg's (`%s`, `%(name)s`; a literal `%` is doubled);
* DDL types: ``INTEGER PRIMARY KEY`` (SQLite's auto-numbered rowid) an identity column,
  ``INTEGER`` ``BIGINT`` (SQLite's integers are 64-bit; search keys need it), ``REAL``
  ``DOUBLE PRECISION``, ``BLOB`` ``BYTEA``; ``TEXT`` (and a column without a type) is
  ``TEXT COLLATE "C"``, so text sorts and compares by code point as in SQLite, whatever
  the database's locale (prefix look-ups in the search vocabulary rely on it);
  ``WITHOUT ROWID`` goes; a column named by a reserved word (``end``) is quoted;
* an index on an expression gets the parentheses PostgreSQL requires;
* FTS5: an external-content table (``content = 'search_docs'``) becomes a ``tsvector``
  column of that name on its content table with a GIN index (`store.search_index` fills
  it from the same analysed terms); a trigram table (the sender/party filter) needs no
  object, PostgreSQL's ILIKE scans the names. The triggers that kept FTS5 tables in step,
  and FTS5's commands (``INSERT INTO t (t) VALUES ('rebuild')``), have nothing to do.
  Any other trigger is refused loudly: it needs a hand translation.

SQLite's two-argument scalar ``max(a, b)``/``min(a, b)`` and ``json_extract(doc, '$.key')``
exist on PostgreSQL as the functions `SETUP` creates. Transactions: ``BEGIN IMMEDIATE`` (SQLite's one writer at a
time) is ``BEGIN`` plus a transaction-scoped advisory lock (`WRITE_LOCK`), so writers
queue in the same order on both backends and two collects cannot interleave.
"""

from __future__ import annotations

import functools
import re
import sqlite3

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

# pg_advisory_xact_lock key of the archive's write lock ("hoering" in ASCII, as a number).
WRITE_LOCK = 0x686F6572696E67


def of(db) -> str:
    """The dialect of a connection: SQLite's own, or the PostgreSQL wrapper (`store.pg`)."""
    return SQLITE if isinstance(db, sqlite3.Connection) else getattr(db, "dialect", SQLITE)


def is_database_url(location: str | None) -> bool:
    return bool(location) and str(location).startswith(("postgresql://", "postgres://"))


# Run once per database, under the write lock, before the migrations.
SETUP = [
    # Made here, under the lock, as well: two processes opening a new database at once would
    # race in CREATE TABLE IF NOT EXISTS (PostgreSQL checks "not exists" without a lock).
    'CREATE TABLE IF NOT EXISTS _migrations (name TEXT COLLATE "C" PRIMARY KEY, applied TEXT NOT NULL)',
    # The originals, content-addressed (store.blobs.DatabaseBlobs); SQLite keeps files/.
    'CREATE TABLE IF NOT EXISTS blob_contents (sha256 TEXT COLLATE "C" PRIMARY KEY, data BYTEA NOT NULL)',
    # FTS5 tables translated (`_fts`), so later migrations know their triggers and commands.
    'CREATE TABLE IF NOT EXISTS _fts (name TEXT COLLATE "C" PRIMARY KEY, content TEXT, kind TEXT NOT NULL)',
    *(
        f"CREATE OR REPLACE FUNCTION {fn}(a {t}, b {t}) RETURNS {t} LANGUAGE sql IMMUTABLE "
        f"AS 'SELECT {pg}(a, b)'"
        for fn, pg in (("max", "GREATEST"), ("min", "LEAST"))
        for t in ("bigint", "double precision", "text")
    ),
    # SQLite's json_extract(doc, '$.a.b') over a JSON text column: a string unquoted, any
    # other value as JSON text, as SQLite returns them (the workspace's table reads warnings so).
    "CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS 'SELECT doc::jsonb #>> string_to_array(substr(path, 3), ''.'')'",
]

# Tables of the PostgreSQL layout that are not part of the shared schema.
INTERNAL_TABLES = ("blob_contents", "_fts")

_RESERVED = frozenset(
    "all analyse analyze and any array as asc asymmetric both case cast check collate column "
    "constraint create current_catalog current_date current_role current_time current_timestamp "
    "current_user default deferrable desc distinct do else end except false fetch for foreign "
    "from grant group having in initially intersect into lateral leading limit localtime "
    "localtimestamp not null offset on only or order placing primary references returning "
    "select session_user some symmetric table then to trailing true union unique user using "
    "variadic when where window with".split()
)
_TYPES = {
    "INTEGER": "BIGINT",
    "INT": "BIGINT",
    "REAL": "DOUBLE PRECISION",
    "BLOB": "BYTEA",
    "TEXT": 'TEXT COLLATE "C"',
    "NUMERIC": "NUMERIC",
}
_CONSTRAINTS = ("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT")

# A token of SQL the placeholder pass must see whole: strings, quoted names, comments.
_TOKENS = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|::|\?|:[A-Za-z_]\w*|%""")


def placeholders(sql: str) -> str:
    """`?` → `%s`, `:name` → `%(name)s` outside strings and comments; every `%` (in strings
    too: psycopg reads them all) → `%%`."""

    def swap(m: re.Match) -> str:
        token = m.group()
        if token[0] in "'\"":
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.startswith(":") and token != "::":
            return f"%({token[1:]})s"
        return token

    return _TOKENS.sub(swap, sql)


def strip_comments(sql: str) -> str:
    return _TOKENS.sub(lambda m: "" if m.group().startswith("--") else m.group(), sql)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, ...] | Special:
    """One statement in SQLite's dialect as PostgreSQL statements (none, one or several), or
    a `Special` the connection resolves against the database (FTS5 and trigger statements)."""
    text = strip_comments(sql).strip().rstrip(";").strip()
    head = " ".join(text.split()[:3]).upper()
    if head.startswith("BEGIN"):
        return ("BEGIN", f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    if head.startswith("PRAGMA"):
        return ()  # SQLite's settings: the server has its own
    if head.startswith("CREATE VIRTUAL TABLE"):
        return _virtual_table(text)
    if head.startswith(("CREATE TRIGGER", "CREATE TEMP TRIGGER")):
        return Special("trigger", text)
    if head.startswith("DROP TRIGGER"):
        return Special("drop_trigger", text)
    m = re.match(r"INSERT\s+INTO\s+(\w+)\s*\(\s*(\w+)\s*[,)]", text, re.I)
    if m and m.group(1) == m.group(2):
        return Special("fts_command", text, m.group(1))
    if head.startswith("CREATE TABLE"):
        return (_create_table(text),)
    if re.match(r"ALTER\s+TABLE\s+\S+\s+ADD\s+(COLUMN\s+)?", text, re.I):
        return (_add_column(text),)
    if re.match(r"CREATE\s+(UNIQUE\s+)?INDEX", text, re.I):
        return (_create_index(text),)
    return (placeholders(sql),)


class Special:
    """A statement whose translation depends on what the database holds (`store.pg`)."""

    def __init__(self, kind: str, sql: str, name: str | None = None):
        self.kind, self.sql, self.name = kind, sql, name

    def trigger_name(self) -> str:
        m = re.match(r"(?:CREATE|DROP)\s+(?:TEMP\s+)?TRIGGER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(\w+)", self.sql, re.I)
        if not m:
            raise ValueError(f"cannot read trigger name: {self.sql!r}")
        return m.group(1)

    def trigger_writes(self) -> set[str]:
        """The tables a trigger's body writes to."""
        body = self.sql.split("BEGIN", 1)[-1] if re.search(r"\bBEGIN\b", self.sql, re.I) else ""
        return {
            m.group(1)
            for m in re.finditer(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", body, re.I)
        }


def _split_top(body: str) -> list[str]:
    """Split on commas outside parentheses and strings."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch in "'\"":
            end = body.index(ch, i + 1)
            while end + 1 < len(body) and body[end + 1] == ch:
                end = body.index(ch, end + 2)
            i = end
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return [p.strip() for p in parts if p.strip()]


def _outer_parens(text: str) -> tuple[str, str, str]:
    """(before, inside, after) of the first parenthesised group."""
    open_at = text.index("(")
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[:open_at], text[open_at + 1 : i], text[i + 1 :]
    raise ValueError(f"unbalanced parentheses: {text!r}")


def _column(definition: str) -> str:
    """One column definition in PostgreSQL's types."""
    m = re.match(r'("(?:[^"]|"")*"|\w+)\s*(.*)$', definition, re.S)
    if not m:
        return definition
    name, rest = m.groups()
    if name.lower() in _RESERVED:
        name = f'"{name}"'
    type_m = re.match(r"([A-Za-z]+)\b(.*)$", rest, re.S)
    word = type_m.group(1).upper() if type_m else ""
    if word not in _TYPES:  # no type (SQLite's "any"): text
        rest = f'TEXT COLLATE "C" {rest}'.rstrip()
    else:
        after = type_m.group(2)
        if word in ("INTEGER", "INT") and re.match(r"\s*PRIMARY\s+KEY\b", after, re.I):
            after = re.sub(r"\s*PRIMARY\s+KEY(\s+AUTOINCREMENT)?", "", after, count=1, flags=re.I)
            rest = f"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY{after}"
        else:
            rest = _TYPES[word] + after
    return f"{name} {rest}".strip()


def _create_table(text: str) -> str:
    before, body, after = _outer_parens(text)
    parts = [p if p.split()[0].upper() in _CONSTRAINTS else _column(p) for p in _split_top(body)]
    after = re.sub(r"\bWITHOUT\s+ROWID\b", "", after, flags=re.I)
    return f"{before}({', '.join(parts)}){after}".strip()


def _add_column(text: str) -> str:
    m = re.match(r"(ALTER\s+TABLE\s+\S+\s+ADD\s+(?:COLUMN\s+)?)(.*)$", text, re.I | re.S)
    return m.group(1) + _column(m.group(2).strip())


def _create_index(text: str) -> str:
    before, body, after = _outer_parens(text)
    parts = [f"({p})" if "(" in p else p for p in _split_top(body)]
    return placeholders(f"{before}({', '.join(parts)}){after}")


def _virtual_table(text: str) -> Special:
    m = re.match(r"CREATE\s+VIRTUAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s+USING\s+(\w+)\s*", text, re.I)
    if not m or m.group(2).lower() != "fts5":
        raise NotImplementedError(f"no PostgreSQL equivalent for {text!r}")
    return Special("fts_table", text, m.group(1))


def fts_table(special: Special) -> tuple[str, str | None, tuple[str, ...]]:
    """(kind, content table, statements) for a translated FTS5 table: 'tsvector' (a column
    of the content table named like the FTS table, GIN-indexed) or 'trigram' (nothing)."""
    _, body, _ = _outer_parens(special.sql)
    options: dict[str, str] = {}
    for part in _split_top(body):
        if "=" in part:
            key, value = part.split("=", 1)
            options[key.strip().lower()] = value.strip().strip("'\"")
    content = options.get("content")
    if "trigram" in options.get("tokenize", ""):
        return "trigram", content, ()
    if not content:
        raise NotImplementedError(f"FTS5 table without external content: {special.sql!r}")
    name = special.name
    return "tsvector", content, (
        f"ALTER TABLE {content} ADD COLUMN {name} tsvector",
        f"CREATE INDEX {name} ON {content} USING gin ({name})",
    )
