"""The archive's passages with their tokens, as the language layer read them at collect.

Re-tagging, accepting a theme and suggesting topics read the stored tokens
(`store.passages.with_tokens`, `analysis.stored_tokens`) instead of running the language
layer over every text again: loading spaCy and reading a thousand letters takes tens of
seconds, decoding what collect kept takes well under one. Passages stored before the
archive kept tokens (m017), or by another analyser, are read once more here and their
tokens kept, so this happens once per archive.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from .analysis import stored_tokens
from .analysis.danish import Token
from .analysis.passages import split_passages
from .model import Passage, Response, Status
from .store import Archive, Consultation
from .store import passages as passage_store


@dataclass
class Tokenised:
    """One response's passages and each passage's tokens (offsets into the passage's text)."""

    passages: list[Passage]
    tokens: list[list[Token]]


def tokenised(archive: Archive, responses: Sequence[Response], *, rows: bool = False) -> list[Tokenised]:
    """The passages and tokens of `responses`, in their order, from the archive. With `rows`,
    the stored tokens are read as `stored_tokens.TokenRow`s (for code that only reads them)."""
    return _tokenised(archive, [(r.id, r.text or "") for r in responses], rows=rows)


Stored = dict[int, list[tuple[int, Passage, str | None]]]


def stored(archive: Archive, responses: Sequence[Response]) -> Stored:
    """The passages of `responses` as the archive holds them, each with its tokens as stored
    (not decoded), by response row id: what `containing` filters and `decoded` reads."""
    return passage_store.with_tokens(archive.db, [r.id for r in responses])


def containing(archive: Archive, responses: Sequence[Response], anchors: Sequence[str],
               test: Callable[[str], bool], kept: Stored | None = None) -> list[Response]:
    """The responses with a passage whose text (lowercased) or stored tokens contain one of
    `anchors`, or whose text passes `test`, without decoding any tokens; a response
    whose passages have no stored tokens is kept (it is read in full when tokenised).
    `kept`: their `stored` passages, when already read."""
    stored = kept if kept is not None else passage_store.with_tokens(archive.db, [r.id for r in responses])
    out = []
    for response in responses:
        rows = stored.get(response.id, [])
        if not rows or any(_near(p.text, encoded, anchors, test) for _, p, encoded in rows):
            out.append(response)
    return out


def _near(text: str, encoded: str | None, anchors: Sequence[str], test: Callable[[str], bool]) -> bool:
    if encoded is None or test(text):
        return True
    lower = text.lower()
    return any(a in lower or a in encoded for a in anchors)


def ready(archive: Archive, responses: Sequence[Response], kept: Stored) -> dict[int, Tokenised]:
    """Of `responses`, those whose tokens `decoded` cannot read from `kept` (none stored, or
    stored by another analyser), tokenised now and their tokens kept, by row id: after this,
    the rest decode without the archive (in a forked process too)."""
    todo = [r for r in responses if not _current(kept.get(r.id, []), r.text or "")]
    return {r.id: item for r, item in zip(todo, tokenised(archive, todo, rows=True), strict=True)}


def _current(rows: Sequence[tuple[int, Passage, str | None]], text: str) -> bool:
    return (bool(rows) or not text.strip()) and all(stored_tokens.current(encoded) for _, _, encoded in rows)


def decoded(rows: Sequence[tuple[int, Passage, str | None]]) -> Tokenised:
    """A response's passages and tokens (as `TokenRow`s) from its `stored` rows, whose tokens
    `ready` made sure of; no archive needed."""
    with tokenised_quietly():
        return Tokenised([p for _, p, _ in rows], [stored_tokens.decode_rows(p.text, e) or [] for _, p, e in rows])


@contextmanager
def tokenised_quietly() -> Iterator[None]:
    """The cyclic garbage collector paused while the block makes and reads many tokens (as
    in `_tokenised`): the tokens of a thousand letters are millions of small objects with
    no cycles among them, which every collection would walk again (a fifth of the time
    accepting a theme takes)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _tokenised(archive: Archive, responses: Sequence[tuple[int, str]], *, rows: bool = False) -> list[Tokenised]:
    # Millions of small objects and no cycles among them: the cyclic collector, run every
    # few hundred allocations, would walk them all again and again (3x the time).
    with tokenised_quietly():
        return _read(archive, responses, stored_tokens.decode_rows if rows else stored_tokens.decode)


def _read(archive: Archive, responses: Sequence[tuple[int, str]], decode: Callable) -> list[Tokenised]:
    stored = passage_store.with_tokens(archive.db, [rid for rid, _ in responses])
    out: list[Tokenised] = []
    missing: list[tuple[int | None, str, int, int]] = []  # (passage id, text, response, passage)
    for n, (rid, text) in enumerate(responses):
        rows = stored.get(rid, [])
        if not rows and text.strip():
            # No stored passages (an archive written without them): split as collect would.
            passages = split_passages(text)
            out.append(Tokenised(passages, [[] for _ in passages]))
            missing.extend((None, p.text, n, i) for i, p in enumerate(passages))
            continue
        item = Tokenised([p for _, p, _ in rows], [])
        for i, (pid, passage, encoded) in enumerate(rows):
            toks = decode(passage.text, encoded)
            if toks is None:
                missing.append((pid, passage.text, n, i))
                toks = []
            item.tokens.append(toks)
        out.append(item)
    if missing:
        from .analysis import danish  # the language layer: only for what was never kept

        computed = danish.tokens_many(text for _, text, _, _ in missing)
        for (_, _, n, i), toks in zip(missing, computed, strict=True):
            out[n].tokens[i] = toks
        keep = [(pid, stored_tokens.encode(toks)) for (pid, _, _, _), toks in zip(missing, computed, strict=True)
                if pid is not None]  # fmt: skip
        if keep:
            with archive.transaction() as db:
                passage_store.set_tokens(db, keep)
    return out


def readable(archive: Archive, consultation: Consultation) -> list[Response]:
    return [r for r in archive.responses(consultation) if r.status == Status.OK]


def background(archive: Archive, consultation: Consultation, *, limit: int, rows: bool = False) -> list[list[Token]]:
    """The tokens of up to `limit` readable responses to the other consultations, oldest
    first, one list per response: what tells a topic from the words every letter uses."""
    others = passage_store.other_responses(archive.db, consultation.id, Status.OK, limit=limit)
    return [[t for toks in item.tokens for t in toks] for item in _tokenised(archive, others, rows=rows)]
