"""Danish wording helpers and text hygiene shared by the note's formats."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_MONTHS = (
    "januar februar marts april maj juni juli august september oktober november december"
).split()


# --- small Danish helpers -------------------------------------------------------


def danish_date(d: date | None) -> str:
    """date(2018, 10, 30) -> "30. oktober 2018"."""
    if d is None:
        return ""
    return f"{d.day}. {_MONTHS[d.month - 1]} {d.year}"


def parse_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def join_da(items: Iterable[object], conjunction: str = "og") -> str:
    """["A", "B", "C"] -> "A, B og C"."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


_DANISH_ORDER = str.maketrans(
    {"æ": "z{", "ä": "z{", "ø": "z|", "ö": "z|", "å": "z}", "é": "e", "ü": "u"}
)


def danish_sort_key(text: str) -> str:
    """Alphabetical order as a Danish reader expects it: … x y z æ ø å."""
    return text.casefold().replace("aa", "å").translate(_DANISH_ORDER)


def numbers_text(numbers: list[int]) -> str:
    """[13, 14, 15, 18] -> "13–15 og 18"."""
    numbers = sorted(set(numbers))
    runs: list[str] = []
    start = prev = None
    for n in numbers + [None]:
        if start is not None and (n is None or n != prev + 1):
            if prev > start + 1:
                runs.append(f"{start}–{prev}")
            else:
                runs.extend(str(i) for i in range(start, prev + 1))
            start = None
        if n is not None and start is None:
            start = n
        prev = n
    return join_da(runs)


def abbreviate(label: str, limit: int = 18) -> str:
    """A column header that fits: whole words up to `limit` characters, then "…"."""
    if len(label) <= limit:
        return label
    out = ""
    for word in label.split():
        candidate = f"{out} {word}".strip()
        if len(candidate) + 1 > limit:
            break
        out = candidate
    if not out:
        out = label[: limit - 1]
    return out.rstrip(",;:-–") + "…"


def lower_first(label: str) -> str:
    if len(label) > 1 and label[:2].isupper():  # an acronym: "LBR", "FGU"
        return label
    return label[:1].lower() + label[1:]


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- text cleaning and redaction ---------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_chars(text: str | None) -> str:
    """Characters no format can hold (NUL, form feed, BEL …) out; line ends normalised."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


_BLANK_LINE = re.compile(r"\n[ \u00a0]*\n")
_SPACES = re.compile(r"[ \u00a0]{2,}")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; line breaks inside one are kept."""
    paragraphs = []
    for block in _BLANK_LINE.split(text.strip()):
        # Runs of spaces never cross a line end: collapsed in the whole block at once.
        lines = [line.strip() for line in _SPACES.sub(" ", block).split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return paragraphs


# --- quotes that stand alone ------------------------------------------------------------

# A sentence that opens with one of these leans on the one before it ("Det er vi bekymrede for.").
# ("Det", "Den" and "De" only in a short sentence: a long one opening with them is mostly
# "Det er svært at se, at …", which stands alone.)
_LEANS_ON_BEFORE = re.compile(
    r"^\W*(?:dette|denne|disse|derfor|dermed|heraf|hertil|samtidig|også|men|og|så|"
    r"endvidere|desuden|ligeledes)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9»\"])")
MIN_QUOTE_WORDS = 8  # a shorter sentence rarely says what it is about


def is_statement(text: str) -> bool:
    """Whether a quote is a statement at all: not a signature, greeting, name or heading."""
    from ..greetings import GREETING

    words = text.split()
    if GREETING.match(text) or len(words) < 3:
        return False
    ends = text.rstrip().endswith((".", "!", "?", "»", '"'))
    return ends or len(words) >= MIN_QUOTE_WORDS


def standalone(quote: str, paragraphs: Iterable[str]) -> str:
    """The quote with the sentence before it when it cannot stand alone (short, or opening
    with a word that points back), taken from the paragraph it is in; else as it is."""
    if len(quote.split()) >= MIN_QUOTE_WORDS and not _LEANS_ON_BEFORE.match(quote):
        return quote
    key = " ".join(quote.split())
    for paragraph in paragraphs:
        flat = " ".join(paragraph.split())
        at = flat.find(key)
        if at <= 0:
            continue
        before = _SENTENCE_END.split(flat[:at].rstrip())
        previous = before[-1].strip() if before else ""
        if previous and previous.endswith((".", "!", "?", ":")):
            return f"{previous} {quote}"
    return quote
