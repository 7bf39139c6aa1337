"""Keeping the search index in step with the passages it is made from.

The index is rebuildable data. Collect writes a response's rows in the transaction that
writes the response (`analysis.analyse_response` -> `index_response`, with the terms its
worker process analysed), so a response is searchable as soon as collect commits; a
re-read drops the old rows first (`store.search_index.forget`, counts included).
`search_meta` records the analyser version the rows were made with; `ensure_index` (run by
every search) rebuilds when it differs, and `rebuild` is `hoering reindex`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..analysis import danish
from ..model import Analysed, IndexRow
from ..store import Archive, search_index
from .terms import analyse_texts

# Bump when what is indexed or how it is analysed changes (the rows must be rebuilt).
SEARCH_REVISION = "1"


def analyser_version() -> str:
    """What the index rows were made with: the Danish layer's version plus ours."""
    return f"{danish.ANALYSER_VERSION} search/{SEARCH_REVISION}"


def index_response(
    db: sqlite3.Connection, response_id: int, analysed: Sequence[Analysed] | None = None
) -> int:
    """(Re)index one response's passages. Runs in the caller's transaction.

    `analysed`: the passages' `analyse_texts` result when a worker computed it already.
    """
    passages = search_index.passages_to_index(db, response_id)
    if analysed is None or len(analysed) != len(passages):
        analysed = analyse_texts([text for _, text in passages])
    return search_index.replace_response(
        db,
        response_id,
        [(pid, a) for (pid, _), a in zip(passages, analysed, strict=True)],
        analyser=analyser_version(),
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
        total = search_index.count_passages(db)
        search_index.clear(db)
        done, responses, last, place = 0, 0, None, 0
        for rows in search_index.all_passages(db, batch):
            index_rows = []
            for (pid, rid, _), analysed in zip(rows, analyse_texts(t for _, _, t in rows), strict=True):
                if rid != last:
                    last, place, responses = rid, 0, responses + 1
                index_rows.append(IndexRow(rid, place, pid, analysed))
                place += 1
            search_index.add(db, index_rows)
            done += len(rows)
            if progress:
                progress(done, total)
        search_index.optimize(db)
        search_index.rebuild_senders(db)
        version = analyser_version()
        search_index.set_analyser(db, version)
    return RebuildReport(done, responses, time.perf_counter() - start, version)


def finish_bulk_load(db: sqlite3.Connection) -> None:
    """After loading many rows with `store.search_index.add` directly: merge, mark current."""
    search_index.optimize(db)
    search_index.set_analyser(db, analyser_version())


def ensure_index(archive: Archive, *, progress: Callable[[int, int], None] | None = None) -> bool:
    """Rebuild the index when it was made by another analyser version. True if rebuilt."""
    if search_index.analyser(archive.db) in (analyser_version(), "empty"):
        return False
    rebuild(archive, progress=progress)
    return True
