"""What the database holds, read from its own catalogue: tables, columns, foreign keys.

`store.move` copies an archive table by table from these lists, so a table a later
migration adds is copied without anyone listing it.
"""

from __future__ import annotations

import sqlite3
from graphlib import TopologicalSorter

from . import dialect


def _fts_tables(db: sqlite3.Connection) -> set[str]:
    """SQLite's FTS5 tables and their shadow tables: derived, made again (`search_index.refill`)."""
    virtual = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {n for n in names for v in virtual if n == v or n.startswith(v + "_")}


def tables(db: sqlite3.Connection) -> list[str]:
    """The archive's tables (not the full-text indexes, not the backend's own), parents
    before the tables whose foreign keys point at them."""
    if dialect.of(db) == dialect.SQLITE:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        names -= _fts_tables(db)
    else:
        names = {
            r[0]
            for r in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            )
        }
        names -= set(dialect.INTERNAL_TABLES)
    graph = {name: set(parents(db, name)) & names - {name} for name in names}
    order = TopologicalSorter(graph).static_order()
    return list(order)


def parents(db: sqlite3.Connection, table: str) -> list[str]:
    """The tables `table`'s foreign keys point at."""
    if dialect.of(db) == dialect.SQLITE:
        return [r[2] for r in db.execute(f"PRAGMA foreign_key_list({table})")]
    return [
        r[0]
        for r in db.execute(
            "SELECT ccu.table_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
            "AND ccu.table_schema = tc.table_schema "
            "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() AND tc.table_name = ?",
            (table,),
        )
    ]


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    if dialect.of(db) == dialect.SQLITE:
        return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    return [
        r[0]
        for r in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    ]


def count(db: sqlite3.Connection, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def rows(db: sqlite3.Connection, table: str, names: list[str], batch: int):
    """Every row of `table` (the columns `names`), in batches, in a stable order."""
    cols = ", ".join(quote(n) for n in names)
    cursor = db.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}")
    while chunk := cursor.fetchmany(batch):
        yield [tuple(r) for r in chunk]


def insert(db: sqlite3.Connection, table: str, names: list[str], values: list[tuple]) -> None:
    db.executemany(
        f"INSERT INTO {table} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})",
        values,
    )


def clear(db: sqlite3.Connection, table: str) -> None:
    db.execute(f"DELETE FROM {table}")


def reset_identities(db: sqlite3.Connection) -> None:
    """After rows were copied in with their ids, PostgreSQL's identity columns go on after
    the highest (SQLite's rowids do by themselves)."""
    if dialect.of(db) == dialect.SQLITE:
        return
    for table, column in db.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall():
        db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"COALESCE((SELECT max({quote(column)}) FROM {table}), 0) + 1, false)"
        )


def migrations(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM _migrations")}
