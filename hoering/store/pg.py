"""A PostgreSQL connection (psycopg 3) that offers what the store uses of sqlite3's.

`execute` and `executemany` take SQLite's SQL and translate it (`store.dialect`); rows are
read by position or by column name (`Row`, like `sqlite3.Row`); `lastrowid` is the new
row's identity; `in_transaction` says whether one is open. The connection runs in
autocommit, so a statement outside `Archive.transaction()` is its own transaction, as with
SQLite; ``BEGIN IMMEDIATE`` takes the archive's write lock (`dialect.WRITE_LOCK`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from . import dialect

POSTGRESQL = dialect.POSTGRESQL


class Row:
    """One result row: by index, by column name, unpacked, `keys()`."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]):
        self._values, self._index = tuple(values), index

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._values[self._index[key.lower()]]
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        return isinstance(other, Row) and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor):
    names = [c.name for c in cursor.description or ()]
    index = {n.lower(): i for i, n in reversed(list(enumerate(names)))}
    return lambda values: Row(values, index)


class Cursor:
    """The result of one statement: fetch its rows; `lastrowid`, `rowcount`."""

    def __init__(self, raw: psycopg.Cursor | None, lastrowid: int | None = None, rowcount: int = -1):
        self._raw, self.lastrowid = raw, lastrowid
        self.rowcount = raw.rowcount if raw is not None else rowcount

    @property
    def description(self):
        return None if self._raw is None else self._raw.description

    def fetchone(self):
        return None if self._raw is None or self._raw.description is None else self._raw.fetchone()

    def fetchall(self) -> list:
        return [] if self._raw is None or self._raw.description is None else self._raw.fetchall()

    def fetchmany(self, size: int) -> list:
        return [] if self._raw is None or self._raw.description is None else self._raw.fetchmany(size)

    def __iter__(self):
        return iter(self.fetchall())


def _param(value):
    # sqlite3 stores True as 1; a boolean would not go into PostgreSQL's bigint columns.
    return int(value) if isinstance(value, bool) else value


def _params(params):
    if params is None:
        return ()
    if isinstance(params, dict):
        return {k: _param(v) for k, v in params.items()}
    return tuple(_param(v) for v in params)


_INSERT = re.compile(r"\s*INSERT\s+INTO\s+(\w+)", re.I)


class PgConnection:
    """What the store uses of `sqlite3.Connection`, on a PostgreSQL database."""

    dialect = POSTGRESQL

    def __init__(self, url: str, *, connect_timeout: int = 30):
        self.raw = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        self.raw.row_factory = _row_factory
        self._identity: dict[str, str | None] = {}

    # --- sqlite3.Connection's API ------------------------------------------------------

    def execute(self, sql: str, params=None) -> Cursor:
        translated = dialect.translate(sql)
        if isinstance(translated, dialect.Special):
            self._special(translated)
            return Cursor(None)
        cursor = None
        lastrowid = None
        for statement in translated:
            returning = self._returning(statement)
            cursor = self.raw.cursor()
            cursor.execute(statement + returning, _params(params))
            if returning:
                row = cursor.fetchone()
                lastrowid = row[0] if row else None
        return Cursor(cursor, lastrowid)

    def executemany(self, sql: str, seq: Iterable) -> Cursor:
        translated = dialect.translate(sql)
        if isinstance(translated, dialect.Special):
            self._special(translated)
            return Cursor(None)
        rows = [_params(p) for p in seq]
        count = 0
        for statement in translated:
            if not rows:
                continue
            with self.raw.cursor() as cursor:
                cursor.executemany(statement, rows)
                count += max(cursor.rowcount, 0)
        return Cursor(None, rowcount=count)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()

    def vacuum(self, tables) -> None:
        """VACUUM (outside a transaction); a user that may not (not the tables' owner) skips it,
        and autovacuum does it later."""
        for table in tables:
            with contextlib.suppress(psycopg.Error):
                self.raw.execute(f"VACUUM {table}")

    def abort(self) -> None:
        """Roll back after an error or an interruption, without raising. An interruption
        (Ctrl-C, SIGTERM) can arrive while a statement is on the wire, leaving the connection
        mid-command; then it is closed, and the server rolls the transaction back itself."""
        try:
            if self.in_transaction:
                self.raw.execute("ROLLBACK")
        except BaseException:  # noqa: BLE001 - the error being handled is the one to report
            with contextlib.suppress(Exception):
                self.raw.close()

    def commit(self) -> None:  # autocommit: nothing pending outside an explicit transaction
        if self.in_transaction:
            self.raw.execute("COMMIT")

    # --- what differs ------------------------------------------------------------------

    def _returning(self, statement: str) -> str:
        """' RETURNING id' for a single-row INSERT into a table with an identity column,
        so the cursor's `lastrowid` is the new row's, as with SQLite."""
        m = _INSERT.match(statement)
        if not m or re.search(r"\bRETURNING\b", statement, re.I):
            return ""
        table = m.group(1).lower()
        if table not in self._identity:
            row = self.raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s AND is_identity = 'YES'",
                (table,),
            ).fetchone()
            if row is None and not self._has_table(table):
                return ""  # not cached: the table may be made later
            self._identity[table] = row[0] if row else None
        column = self._identity[table]
        return f" RETURNING {column}" if column else ""

    def _has_table(self, table: str) -> bool:
        return self.raw.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]

    def _special(self, special: dialect.Special) -> None:
        fts = {r[0]: (r[1], r[2]) for r in self.raw.execute("SELECT name, content, kind FROM _fts")}
        if special.kind == "fts_table":
            kind, content, statements = dialect.fts_table(special)
            for statement in statements:
                self.raw.execute(statement)
            self.raw.execute("INSERT INTO _fts (name, content, kind) VALUES (%s, %s, %s)", (special.name, content, kind))
        elif special.kind == "fts_command":
            if special.name not in fts:
                raise NotImplementedError(f"not an FTS5 table on PostgreSQL: {special.sql!r}")
            # 'rebuild', 'optimize', 'delete-all': the tsvector column and its GIN index
            # keep themselves; store.search_index fills the column.
        elif special.kind == "trigger":
            if not special.trigger_writes() & set(fts):
                raise NotImplementedError(f"translate this trigger for PostgreSQL by hand: {special.sql!r}")
            # It kept an FTS5 table in step; on PostgreSQL there is nothing to keep.
        elif special.kind == "drop_trigger":
            row = self.raw.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = %s",
                (special.trigger_name(),),
            ).fetchone()
            if row is not None:
                self.raw.execute(f"DROP TRIGGER {special.trigger_name()} ON {row[0]}")
        else:  # pragma: no cover
            raise ValueError(special.kind)

    def setup(self) -> None:
        """What the PostgreSQL layout needs before the migrations (`dialect.SETUP`)."""
        with self.raw.transaction():
            self.raw.execute(f"SELECT pg_advisory_xact_lock({dialect.WRITE_LOCK})")
            for statement in dialect.SETUP:
                self.raw.execute(statement)


def connect(url: str) -> PgConnection:
    connection = PgConnection(url)
    connection.setup()
    return connection
