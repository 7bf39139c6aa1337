"""Search every past consultation: an FTS5 index of passages inside the archive.

One module per step:

* `terms`: passage text -> index terms (lemmas and uncovered surface forms); the index
  and queries share it, so both agree;
* `query`: what a user types -> a parsed query -> index terms per word (compounds and
  inflections through the index's vocabulary);
* `engine`: filters -> candidate passages -> BM25 ranking -> `SearchResult`, with the
  cost model that picks how filters are applied;
* `snippets`: the shown part of a passage with the matching words marked;
* `indexing`: keeping the index in step (`index_response`, `rebuild`, `ensure_index`).

Every statement on the index's tables is in `hoering.store.search_index`, which takes
finished rows (`hoering.model.IndexRow`, `IndexQuery`) and computes nothing.
"""

from ..model import Analysed, Filters
from .engine import (
    CANDIDATES,
    Hit,
    InvalidDate,
    SearchResult,
    parse_date,
    search,
)
from .indexing import (
    RebuildReport,
    analyser_version,
    ensure_index,
    finish_bulk_load,
    index_response,
    rebuild,
)
from .query import InvalidQuery, Query, parse
from .terms import analyse_texts

__all__ = [
    "CANDIDATES", "Analysed", "Filters", "Hit", "InvalidDate", "InvalidQuery", "Query",
    "RebuildReport", "SearchResult", "analyse_texts", "analyser_version", "ensure_index",
    "finish_bulk_load", "index_response", "parse", "parse_date", "rebuild", "search",
]  # fmt: skip
