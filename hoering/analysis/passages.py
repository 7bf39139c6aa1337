"""Split a response into passages the way it is written: headings and paragraphs.

Responses often follow the proposal's structure, with its elements as headings:

* on their own line, with or without a colon ("Justering af mentor indsatsen:",
  "Aktiveringsforløb af kortere varighed");
* inline at the start of a paragraph ("Vedr. haveprojektet: I Uddannelseshuset ...").

Paragraphs are separated by blank lines. Inside a block, a line only starts a new passage
when it is a heading, so text wrapped at a PDF line end stays one paragraph. Each paragraph
records the heading it sits under (the latest heading before it). Pure string work, no
language model: it runs before, and independently of, the Danish layer.
"""

from __future__ import annotations

import functools
import re

from ..model import Passage, PassageKind

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"[^\n]*")
_FINAL_PUNCT = tuple(".!?;,")
# A numbered or bulleted heading ("1. Mentor", "a) Pris", "- Pris") keeps its marker.
_LIST_MARKER = re.compile(r"^(?:\d+[.)]|[a-zA-Z][.)]|[-•*–])\s+")
_BULLET = re.compile(r"^\s*([-•*–])\s+")
# Inline heading: up to six words, the first colon of the paragraph, then text.
# Abbreviations with a period ("Vedr.", "Ang.") may occur; a sentence end may not.
_INLINE_HEADING = re.compile(r"^(?P<head>[^\n:]{2,60}?):[ \t]+(?=\S)")


def _words(text: str) -> list[str]:
    return text.split()


def _starts_upper(text: str) -> bool:
    text = _LIST_MARKER.sub("", text)
    return text[:1].isupper() or text[:1].isdigit()


def is_heading_line(line: str, *, next_line: str | None, prev_line: str | None) -> bool:
    """Whether a whole line is a heading.

    With a colon: at most 10 words. Without: at most 8 words and 70 characters, no final
    punctuation or comma, starts upper case, text follows it (``next_line``, which may be the
    first line of the next block) and starts upper case, and the line before, if any, ended
    a sentence. These keep the short last line of a wrapped paragraph, or a terse answer
    under a heading ("Konvertering af tilbud:" / "Ingen bemærkninger"), from becoming
    headings.
    """
    line = line.strip()
    words = _words(line)
    if not words or not _starts_upper(line):
        return False
    if line.endswith(":"):
        return len(words) <= 10 and not _has_sentence_end(line[:-1])
    if len(words) > 8 or len(line) > 70 or line.endswith(_FINAL_PUNCT) or "," in line:
        return False
    if prev_line is not None and not prev_line.rstrip().endswith((".", "!", "?")):
        return False
    return next_line is not None and _starts_upper(next_line.strip())


def _has_sentence_end(text: str) -> bool:
    """A period followed by an upper-case word: two sentences, not a heading."""
    return bool(re.search(r"[.!?]\s+[A-ZÆØÅ]", text)) or text.rstrip().endswith(("!", "?"))


def inline_heading(paragraph: str) -> str | None:
    """The inline heading at the start of a paragraph ("Vedr. haveprojektet"), or None."""
    m = _INLINE_HEADING.match(paragraph)
    if not m:
        return None
    head = m.group("head").strip()
    words = _words(head)
    if not 1 <= len(words) <= 6 or "," in head or not _starts_upper(head):
        return None
    if _has_sentence_end(head) or head.endswith((".", ")")):
        return None
    return head


def _blocks(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text, start, end):
        if m.end() > m.start() and text[m.start() : m.end()].strip():
            out.append((m.start(), m.end()))
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_passages(text: str) -> list[Passage]:
    """Headings and paragraphs of a response, in order, with char offsets into ``text``."""
    # Collect splits each response twice (its passages rows, then tagging); passages are
    # immutable, so the second split is a look-up. A fresh list each time.
    return list(_split_passages(text))


@functools.lru_cache(maxsize=16)
def _split_passages(text: str) -> tuple[Passage, ...]:
    raw: list[tuple[PassageKind, int, int]] = []
    blocks = _blocks(text)
    for b, (block_start, block_end) in enumerate(blocks):
        lines = _lines(text, block_start, block_end)
        if b + 1 < len(blocks):  # a heading alone in its block introduces the next one
            following = _lines(text, *blocks[b + 1])[:1]
        else:
            following = []
        body_start: int | None = None
        body_end = block_start
        item_bullets: set[str] = set()
        for n, (ls, le) in enumerate(lines):
            line = text[ls:le]
            prev_line = text[lines[n - 1][0] : lines[n - 1][1]] if n else None
            after = lines[n + 1 : n + 2] or following
            next_line = text[after[0][0] : after[0][1]] if after else None
            if is_heading_line(line, next_line=next_line, prev_line=prev_line):
                if body_start is not None:
                    raw.append((PassageKind.PARAGRAPH, body_start, body_end))
                    body_start = None
                raw.append((PassageKind.HEADING, ls, le))
                continue
            # Items of one bulleted list, a line each, are paragraphs of their own: each may
            # open on its own run-in heading ("- Nøglebrik: Det synes vi er en god idé.").
            # A wrapped line that happens to open on a dash follows no item with that bullet.
            bullet = _BULLET.match(line)
            if bullet and body_start is not None and bullet.group(1) in item_bullets:
                raw.append((PassageKind.PARAGRAPH, body_start, body_end))
                body_start = None
            if body_start is None:
                body_start = ls
                item_bullets = {bullet.group(1)} if bullet else set()
            body_end = le
        if body_start is not None:
            raw.append((PassageKind.PARAGRAPH, body_start, body_end))

    passages: list[Passage] = []
    heading: str | None = None

    def add(kind: PassageKind, start: int, end: int) -> None:
        nonlocal heading
        start, end = _strip_span(text, start, end)
        if start >= end:
            return
        chunk = text[start:end]
        if kind == PassageKind.HEADING:
            passages.append(Passage(len(passages), None, chunk, start, end, kind))
            heading = heading_label(chunk)
        else:
            passages.append(Passage(len(passages), heading, chunk, start, end, kind))

    for kind, start, end in raw:
        if kind == PassageKind.PARAGRAPH:
            start, end = _strip_span(text, start, end)
            head = inline_heading(text[start:end])
            if head is not None:
                colon = text.index(":", start + len(head))
                add(PassageKind.HEADING, start, colon + 1)
                start = colon + 1
        add(kind, start, end)
    return tuple(passages)


def heading_label(heading: str) -> str:
    """A heading without list marker and trailing colon ("1. Pris:" -> "Pris")."""
    return _LIST_MARKER.sub("", heading.strip()).rstrip(":").strip()
