"""What the archive derives from a response's text: passages, theme tags, search index.

Called inside the transaction that writes the response, so derived data is
never out of step with the text it was derived from. Everything here can be
rebuilt from `responses.text` (see `reanalyse`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .. import search, themes
from ..store import Consultation
from .passages import Passage, split_passages
from .tagging import ThemeTag, tag_responses


@dataclass
class Analysis:
    """The CPU-heavy part of analysing a text, computed without the database.

    Collect computes it in its worker processes (`collect.prepare`), so the parent
    only writes rows: with the language layer in the parent, a second worker
    could not make collect faster.
    """

    passages: list[Passage]
    tags: list[ThemeTag]
    index: list  # search.Analysed per passage, in passage order


def analyse_text(text: str, codebook: dict) -> Analysis:
    passages = split_passages(text)
    tags = tag_responses([text], codebook)[0] if codebook else []
    return Analysis(passages, tags, search.analyse_texts([p.text for p in passages]))


def analyse_response(
    db: sqlite3.Connection,
    consultation: Consultation,
    response_id: int,
    text: str,
    analysis: Analysis | None = None,
) -> None:
    """Write a response's passages, theme tags and index rows in the caller's transaction."""
    if analysis is None:
        analysis = analyse_text(text, consultation.config.codebook())
    for p in analysis.passages:
        db.execute(
            "INSERT INTO passages (response_id, ordinal, kind, heading, text, start, end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (response_id, p.ordinal, p.kind, p.heading, p.text, p.start, p.end),
        )
    row = db.execute("SELECT id, number FROM responses WHERE id = ?", (response_id,)).fetchone()
    themes.store_tags(db, consultation, row, analysis.tags)
    # The search index, in this same transaction: searchable as soon as collect commits.
    search.index_response(db, response_id, analysed=analysis.index)


def forget_response(db: sqlite3.Connection, response_id: int) -> None:
    """Drop everything derived from a response's text (before it is read again)."""
    search.forget_response(db, response_id)
    db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
