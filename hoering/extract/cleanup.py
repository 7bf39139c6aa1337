"""Text cleanup shared by every extractor.

- `normalize_text`: NFC (æøå as one code point each), odd spaces, ligatures, invisible marks.
- `rejoin_hyphenation`: words split over two lines ("Hol-" / "bæk" -> "Holbæk") are joined
  again, while real hyphens survive ("Job- og Aktivhuset", "EU-regler", "e-mail").
- `is_page_number`, `running_key`, `repeated_lines`: recognise page numbers and the page
  headers/footers that repeat on every page, so they can be taken out of the body.
- `join_blocks`: the one place that decides how `ExtractedDocument.text` is laid out.

What pdfium does with a hyphen at a line end (pypdfium2 `get_text_range`): when a line ends
in "-" directly after a letter and the next line starts with a letter, pdfium drops the line
break and replaces the hyphen with U+FFFE ("Hol-"/"bæk" -> "Hol\\ufffebæk"). It does this for
every such hyphen, real or not: "Job-"/"og Aktivhuset" comes out as "Job\\ufffeog Aktivhuset".
A soft hyphen (U+00AD) that the producer drew at a line end comes out the same way. So U+FFFE
only says "a hyphen stood at a line end here", and we decide from the two halves whether it
was hyphenation (join), a compound with a real hyphen ("EU-"/"regler") or a truncated word in
a coordination ("Job-"/"og"). `get_text_bounded` writes U+0002 instead; we do not use it.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

HYPHEN_MARK = "\ufffe"  # pdfium: a hyphen at a line end (see module docstring)
SOFT_HYPHEN = "\xad"

# Words after which "X-" at a line end is a truncated compound, not a split word:
# "leder- og medarbejdersiden", "social- eller sundhedsfaglig", "el- og vvs-firmaer".
COORDINATIONS = frozenset(
    {"og", "eller", "samt", "el", "el.", "hhv", "hhv.", "som", "and", "or", "&", "/", "+"}
)

_TRANSLATE = {
    0x00A0: " ",  # no-break space (Word puts one in "30. oktober")
    0x2007: " ",
    0x202F: " ",
    0x2009: " ",
    0x200A: " ",
    0x2002: " ",
    0x2003: " ",
    0x200B: None,  # zero-width space / joiners / BOM / word joiner
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
    0x2010: "-",  # hyphen, non-breaking hyphen
    0x2011: "-",
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
    0xF0B7: "•",  # Symbol-font bullets that PDF producers leave in the private use area
    0xF0A7: "•",
    0xF076: "•",
    0xF0D8: "•",
    0xF0FC: "•",
}
_ODD = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """NFC, plain spaces, no ligatures or invisible characters; newlines become "\\n".

    U+FFFE and soft hyphens are left for `rejoin_hyphenation`.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if _ODD.search(text):  # translate() with a dict is slow; most lines need nothing
        text = text.translate(_TRANSLATE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


# --- hyphenation -------------------------------------------------------------

_WORD_AFTER = re.compile(r"[\w.&/+]+")


def _hyphen_joint(left: str, right: str) -> str:
    """What goes between two halves around a line-end hyphen: "", "-" or "- ".

    left: the word before the hyphen (letters/digits), right: the text after the line break.
    """
    match = _WORD_AFTER.match(right)
    next_word = match.group(0).lower() if match else ""
    if next_word.rstrip(".") in COORDINATIONS or next_word in COORDINATIONS:
        return "- "  # "Job-" / "og Aktivhuset" -> "Job- og Aktivhuset"
    if not left or not right:
        return "-"
    if left[-1].isupper() or left[-1].isdigit():
        return "-"  # "EU-" / "regler", "LMU-" / "møde", "2019-" / "budgettet"
    if right[0].isupper() or right[0].isdigit():
        return "-"  # "Nord-" / "Danmark", "Covid-" / "19"
    if len(left) == 1:
        return "-"  # "e-" / "mail", "A-" / "kasse" (lowercase: "a-kasse")
    return ""  # "Hol-" / "bæk" -> "Holbæk"


_MARKED = re.compile(r"(\w*)" + HYPHEN_MARK + r"[ \t]*\n?[ \t]*(?=(\S*))")
_SOFT_AT_BREAK = re.compile(SOFT_HYPHEN + r"[ \t]*\n[ \t]*")
# "-" right after a letter, at the end of a line, next line starts with a letter or digit.
_LINE_END_HYPHEN = re.compile(r"\b(\w+)-[ \t]*\n[ \t]*(?=([^\W_]\S*))")
_ANY_LINE_END_HYPHEN = re.compile(r"-[ \t]*\n")


def rejoin_hyphenation(text: str) -> str:
    """Join words split over two lines; keep real hyphens. Works on any extractor's text.

    - U+FFFE (pdfium's line-end hyphen, see the module docstring) and a line-end "-":
      joined ("Hol-/bæk" -> "Holbæk") unless the next word is a coordination
      ("Job-/og Aktivhuset" -> "Job- og Aktivhuset"), or either half is an acronym, number or
      capitalised ("EU-/regler", "Nord-/Danmark"), or the first half is one letter ("e-/mail").
    - Soft hyphen (U+00AD): invisible by definition, always removed (with a line break after it).
    Known miss: a real hyphen in a lowercase compound split exactly at it ("ikke-/vestlige")
    is joined; the text cannot tell it from hyphenation.
    """
    if HYPHEN_MARK in text:
        text = _MARKED.sub(lambda m: m.group(1) + _hyphen_joint(m.group(1), m.group(2)), text)
    if SOFT_HYPHEN in text:
        text = _SOFT_AT_BREAK.sub("", text).replace(SOFT_HYPHEN, "")
    if _ANY_LINE_END_HYPHEN.search(text):
        text = _LINE_END_HYPHEN.sub(
            lambda m: m.group(1) + _hyphen_joint(m.group(1), m.group(2)), text
        )
    return text


# --- page numbers and running headers/footers ----------------------------------

_PAGE_NUMBER = re.compile(
    r"""(?ix)^\s*(?:
        (?:side|s\.|page|p\.|pag\.?)\s*:?\s*\d{1,4}(?:\s*(?:af|of|/|ud\ af)\s*\d{1,4})?
      | \d{1,4}\s*(?:/|af|of)\s*\d{1,4}
      | [-–—]\s*\d{1,4}\s*[-–—]
      | \(?\d{1,3}\)?
    )\s*$"""
)


def is_page_number(line: str) -> bool:
    """A line that is only a page number: "2", "2/8", "Side 2 af 8", "- 2 -", "Page 2"."""
    return bool(_PAGE_NUMBER.match(line))


_PAGE_NUMBER_PART = re.compile(
    r"(?i)(?:\s*[|·•–-]\s*)?\b(?:side|page)\s*:?\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\b|\b\d{1,4}\s*/\s*\d{1,4}\s*$"
)


def without_page_number(line: str) -> str:
    """A running header/footer line without its page number part ("Holbæk · Side 2 af 3")."""
    return _PAGE_NUMBER_PART.sub("", line).strip(" |·•–-\t")


def running_key(line: str) -> str:
    """The identity of a running header/footer line: case, spacing and numbers ignored,
    so "Side 1 af 3" and "Side 2 af 3" (or a date that changes) count as the same line."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line.casefold())).strip()


def repeated_lines(
    pages: Sequence[Iterable[tuple[str, float | None]]],
    *,
    tolerance: float = 3.0,
) -> set[str]:
    """The `running_key`s of lines that repeat at the same place on enough pages.

    pages: per page, the candidate lines near one edge (top or bottom) as (text, position);
    position is the line's vertical position in points, or None when unknown (then only the
    text has to repeat). A line counts when it appears, within `tolerance` points of its usual
    position, on at least 2 pages and on at least half of the pages. Nothing repeats in a
    one-page document.
    """
    if len(pages) < 2:
        return set()
    needed = max(2, math.ceil(len(pages) / 2))
    seen: dict[str, list[tuple[int, float | None]]] = defaultdict(list)
    for number, lines in enumerate(pages):
        for text, position in lines:
            if key := running_key(text):
                seen[key].append((number, position))
    result = set()
    for key, places in seen.items():
        if len({n for n, _ in places}) < needed:
            continue
        positions = [p for _, p in places if p is not None]
        if positions:
            usual = statistics.median(positions)
            places = [(n, p) for n, p in places if p is None or abs(p - usual) <= tolerance]
        if len({n for n, _ in places}) >= needed:
            result.add(key)
    return result


# --- layout of ExtractedDocument.text ---------------------------------------------


def clean_line(line: str) -> str:
    """One line with runs of spaces/tabs collapsed and no spaces at either end."""
    return " ".join(line.split())


def join_blocks(blocks: Iterable[str]) -> str:
    """`ExtractedDocument.text` from blocks (paragraphs, headings, table rows).

    Blocks are separated by exactly one blank line. A block is normally one line; line breaks
    the source put inside a paragraph (DOCX soft breaks, lines of a plain-text file) are kept
    as single newlines, because addresses and signatures live in them. Empty lines and
    surplus spaces are dropped.
    """
    out = []
    for block in blocks:
        lines = [clean_line(line) for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            out.append(block)
    return "\n\n".join(out)


def has_words(text: str) -> bool:
    """True when the text holds at least one letter (page numbers alone are no text)."""
    return bool(re.search(r"[^\W\d_]{2,}", text))


_RUNNING_TEXT_WORDS = 6  # a line this long is running text, not a name or an address
_SENTENCE_END = re.compile(r"[.!?:;…\"»”)]$")


def runs_on(previous: str, line: str) -> bool:
    """Whether `line` continues the sentence `previous` (a line of running text) broke off: a
    person reads "… i 40 år, og" / "det er det eneste sted …" as one paragraph, whatever the
    line's length or the white space at its end."""
    previous, line = previous.rstrip(), line.lstrip()
    return (
        len(previous.split()) >= _RUNNING_TEXT_WORDS
        and not _SENTENCE_END.search(previous)
        and line[:1].isalpha() and line[:1].islower()
    )
