"""What the archive derives from a response's text: passages, theme tags, search index.

`analyse_text` does the CPU-heavy part without the database; `analyse_response` lays a
person's corrections over the tags and has the store write it all inside the transaction
that writes the response, so derived data is never out of step with the text it was
derived from. All of it can be rebuilt from `responses.text`: the tags by `themes.retag`,
the search index by `hoering reindex`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .. import search
from ..analysis import danish, stored_tokens
from ..analysis.passages import split_passages
from ..analysis.tagging import tag_tokenised
from ..analysis.themes import overlay_corrections
from ..model import Passage, ThemeTag
from ..store import Consultation
from ..store import passages as passage_store
from ..store import tags as tag_store


@dataclass
class Analysis:
    """The CPU-heavy part of analysing a text, computed without the database.

    Collect computes it in its worker processes (`collect.prepare`), so the parent
    only writes rows: with the language layer in the parent, a second worker
    could not make collect faster.
    """

    passages: list[Passage]
    tags: list[ThemeTag]  # the machine's, before a person's corrections
    index: list  # search.Analysed per passage, in passage order
    tokens: list[str] | None = None  # per passage, `stored_tokens.encode`d: tagging again needs no language layer


def analyse_text(text: str, codebook: dict) -> Analysis:
    passages = split_passages(text)
    toks = danish.tokens_many(p.text for p in passages)
    tags = tag_tokenised([passages], [toks], codebook)[0] if codebook else []
    return Analysis(passages, tags, search.analyse_texts([p.text for p in passages]),
                    [stored_tokens.encode(t) for t in toks])


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
    corrections = tag_store.response_corrections(db, response_id)
    tags = overlay_corrections(analysis.tags, corrections, list(consultation.config.themes))
    passage_store.add_passages(db, response_id, analysis.passages, analysis.tokens)
    tag_store.replace_tags(db, response_id, tags)
    # The search index, in this same transaction: searchable as soon as collect commits.
    search.index_response(db, response_id, analysed=analysis.index)

