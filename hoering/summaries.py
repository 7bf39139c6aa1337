"""A consultation's résumés and theme extracts, computed once and kept in the archive.

Summarising reads every sentence of every readable response (from the tokens collect kept
for its paragraphs, `kept_paragraphs`: no language layer) and weighs them against each
other: a large part of the time a first note or spreadsheet takes. The result depends
only on the texts, their tags and the summariser itself, so it is stored under a
fingerprint of exactly those (`store.summaries`, m016) and read back while they are
unchanged: a second note, the spreadsheet after the note, an export of an unchanged
consultation load neither spaCy nor lemmy. A changed text, tag or summariser gives another
fingerprint and the summaries are computed again. Deleting a response for good removes the
stored summaries too (they may quote it).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import danish, passages, stance, summarise
from .analysis.summarise import Extract
from .model import Passage, PassageKind, Response, ThemeTag
from .store import Archive, Consultation
from .store import summaries as summary_store

if TYPE_CHECKING:
    from .tokenised import Tokenised

PER_THEME = 3
MAX_CHARS = 450


@functools.cache
def _code_version() -> str:
    """The summariser's own code and the analyser it reads with: a new version of either is a
    new fingerprint, so a stored summary is never one this code would not write."""
    digest = hashlib.sha256(danish.ANALYSER_VERSION.encode())
    for module in (summarise, passages, stance, danish):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def fingerprint(texts: Sequence[str], tags: Sequence[Sequence[ThemeTag]]) -> str:
    """sha256 of everything `summarise_consultation` reads."""
    digest = hashlib.sha256(json.dumps([_code_version(), PER_THEME, MAX_CHARS]).encode())
    names: list[str] | None = None
    for text, response_tags in zip(texts, tags, strict=True):
        digest.update(b"\x00text\x00" + text.encode("utf-8", "surrogatepass"))
        if response_tags and names is None:
            names = [f.name for f in dataclasses.fields(response_tags[0])]
        # The fields as `dataclasses.asdict` gives them (a tag holds no nested dataclass; its
        # lists are of strings and numbers), without its deep copy: the same JSON, faster.
        digest.update(json.dumps([{n: getattr(t, n) for n in names or ()} for t in response_tags],
                                 ensure_ascii=False, default=str).encode())  # fmt: skip
    return digest.hexdigest()


def consultation_summaries(
    archive: Archive,
    consultation: Consultation,
    texts: Sequence[str],
    tags: Sequence[Sequence[ThemeTag]],
    *,
    progress: Callable[[int, int], None] | None = None,
    responses: Sequence[Response] | None = None,
) -> tuple[list[str], dict[str, list[Extract]]]:
    """`summarise.summarise_consultation(texts, tags)`, from the archive when it holds the
    result for exactly these inputs, else computed (`progress(done, total)` told each text
    read) and stored. `responses`: those whose `texts` these are, so the paragraphs' tokens
    collect kept are read instead of running the language layer again."""
    key = fingerprint(texts, tags)
    stored = summary_store.cached(archive.db, consultation.id, key)
    if stored is not None and len(stored["resumes"]) == len(texts):
        extracts = {k: [Extract(*e) for e in items] for k, items in stored["extracts"].items()}
        return stored["resumes"], extracts
    resumes, extracts = summarise.summarise_consultation(
        texts, tags, per_theme=PER_THEME, max_chars=MAX_CHARS, progress=progress,
        sentences=kept_sentences(archive, responses, texts, progress) if responses is not None else None,
    )  # fmt: skip
    value = {"resumes": resumes,
             "extracts": {k: [[e.response, e.text, e.score] for e in items] for k, items in extracts.items()}}  # fmt: skip
    with archive.transaction() as db:
        summary_store.save(db, consultation.id, key, value)
    return resumes, extracts


def kept_paragraphs(
    archive: Archive, responses: Sequence[Response], texts: Sequence[str]
) -> list[summarise.Paragraphs | None]:
    """Each text's paragraphs with the tokens collect kept for them (`tokenised`), or None
    where the archive's passages are not exactly the paragraphs the text splits into now
    (the summariser then reads that text itself)."""
    from .tokenised import tokenised

    return [_matching(text, item) for text, item in zip(texts, tokenised(archive, responses, rows=True), strict=True)]


def _matching(text: str, item: Tokenised) -> summarise.Paragraphs | None:
    kept = [(p.text, toks) for p, toks in zip(item.passages, item.tokens, strict=True)
            if p.kind == PassageKind.PARAGRAPH]  # fmt: skip
    split = [p.text for p in passages.split_passages(text) if p.kind == PassageKind.PARAGRAPH]
    return kept if [t for t, _ in kept] == split else None


def kept_sentences(archive: Archive, responses: Sequence[Response], texts: Sequence[str],
                   progress: Callable[[int, int], None] | None = None) -> list[list[summarise._Sentence]]:
    """Each text's sentences for the summariser, from its `kept_paragraphs` (read here where
    there are none), the texts shared among the cores (`forked.chunked`): decoding the kept
    tokens and cutting them into sentences is each text's own work, and the largest serial
    part of summarising. `progress(done, total)` is told, from this process's share, about
    how many texts are read."""
    from .forked import chunked
    from .tokenised import decoded, ready, stored, tokenised_quietly

    kept = stored(archive, responses)
    extra = ready(archive, responses, kept)  # read and kept in the archive here, not in a child
    parent = os.getpid()

    def work(a: int, b: int) -> list[list[summarise._Sentence]]:
        out = []
        with tokenised_quietly():
            for i in range(a, b):
                r = responses[i]
                found = None if r.id in extra else _stored_sentences(i, texts[i], kept.get(r.id, []))
                if found is None:
                    item = extra[r.id] if r.id in extra else decoded(kept.get(r.id, []))
                    found = summarise.text_sentences(i, texts[i], _matching(texts[i], item))
                out.append(found)
                if progress is not None and os.getpid() == parent:
                    progress(min(len(texts), (i - a + 1) * len(texts) // max(1, b - a)), len(texts))
        return out

    return chunked(work, len(texts), least=_LEAST)


def _stored_sentences(i: int, text: str, rows: Sequence[tuple[int, Passage, str | None]]) -> list | None:
    """Text i's sentences read straight from its paragraphs' stored tokens
    (`summarise.stored_sentences`) when its kept passages are exactly the paragraphs the text
    splits into now (as `_matching` asks); else None."""
    kept = [(p.text, encoded) for _, p, encoded in rows if p.kind == PassageKind.PARAGRAPH]
    split = [p.text for p in passages.split_passages(text) if p.kind == PassageKind.PARAGRAPH]
    if [t for t, _ in kept] != split or any(not encoded for _, encoded in kept):
        return None
    return summarise.stored_sentences(i, kept)


# Decoding a letter's kept tokens takes a few milliseconds: a fork pays from a few dozen on.
_LEAST = 50
