"""A response's passages: the headings and paragraphs its text was split into.

Derived from `responses.text` (`hoering.analysis.passages`) and written in the same
transaction as the response, so they never disagree with it. Deleting them also removes
their theme links (`passage_tags`, ON DELETE CASCADE) and, by a trigger, their search rows.
`tokens` (m017) is each passage's tokens as `hoering.analysis.stored_tokens` encodes them.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..model import Passage, PassageKind


def add_passages(
    db: sqlite3.Connection, response_id: int, passages: Iterable[Passage], tokens: Sequence[str | None] | None = None
) -> None:
    # "end" is quoted: a keyword in PostgreSQL, a plain name in SQLite.
    passages = list(passages)
    tokens = list(tokens) if tokens is not None else [None] * len(passages)
    db.executemany(
        'INSERT INTO passages (response_id, ordinal, kind, heading, text, start, "end", tokens) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(response_id, p.ordinal, p.kind, p.heading, p.text, p.start, p.end, t)
         for p, t in zip(passages, tokens, strict=True)],
    )  # fmt: skip


def delete_passages(db: sqlite3.Connection, response_id: int) -> None:
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))


def with_tokens(
    db: sqlite3.Connection, response_ids: Sequence[int]
) -> dict[int, list[tuple[int, Passage, str | None]]]:
    """The passages of these responses in order, each as (passage id, passage, stored tokens)."""
    out: dict[int, list[tuple[int, Passage, str | None]]] = defaultdict(list)
    for chunk in range(0, len(response_ids), 500):  # a bounded number of placeholders
        ids = list(response_ids[chunk : chunk + 500])
        marks = ", ".join("?" * len(ids))
        rows = db.execute(
            f'SELECT id, response_id, ordinal, kind, heading, text, start, "end", tokens FROM passages '  # noqa: S608 - placeholders only
            f"WHERE response_id IN ({marks}) ORDER BY response_id, ordinal",
            ids,
        )
        for pid, rid, ordinal, kind, heading, text, start, end, tokens in rows:
            out[rid].append((pid, Passage(ordinal, heading, text, start, end, PassageKind(kind)), tokens))
    return {rid: out.get(rid, []) for rid in response_ids}


def set_tokens(db: sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Store tokens by passage id: [(passage id, encoded tokens)]."""
    db.executemany("UPDATE passages SET tokens = ? WHERE id = ?", [(t, pid) for pid, t in rows])



def other_responses(db: sqlite3.Connection, consultation_id: int, status: str, *, limit: int) -> list[tuple[int, str]]:
    """(row id, text) of responses to the other consultations with `status`, the oldest first."""
    rows = db.execute(
        "SELECT id, text FROM responses WHERE consultation_id != ? AND status = ? ORDER BY id LIMIT ?",
        (consultation_id, status, limit),
    )
    return [(r[0], r[1] or "") for r in rows]
