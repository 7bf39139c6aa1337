"""Dates as Danish letters write them: "Aalborg, den 29. oktober 2018", "29.10.2018", "2018-10-29".

A letter's own date is its *date line*, where a person looks for it: a line near the top (in the
letterhead or above the title) or just above or below the signature that is only a date, perhaps
after a place and "den"/"d." ("Egebæk, den 9. marts 2027", "Solbjerg d. 7/3 2027", "d. 2/3-25",
"9/3-2027") or after a label ("Dato: 30.10.2018", a web form's "Afgivet: 11.03.2027 kl. 22:41"); failing
that, a sentence that says when it was written ("Skrevet 28. oktober 2018."). A date line may
share its line with a header's other parts ("Klimatilpasningsplan 2028–2033 · 10. marts 2028")
or with the subject line that OCR or a PDF's text ran into it ("Havdrup, den 21. februar 2028
Angående tandplejen"). A scan's date is read again as OCR misreads it ("2l. fehruar 2O28") when
no line gives a date as it stands.
Dates inside sentences ("Dette svar erstatter vores svar af 3. marts", "pr. 1. august 2027",
a meeting "den 12. februar") are what the letter talks about, never its date; a letter with no
date line has no date ("marts 2027" names no day). Two-digit years ("2/3-25") are read only in
a date line, where nothing else could be meant; a date line without a year ("Vesterå, den
5. maj") is in the year the letter came in.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_WRITTEN = re.compile(
    r"\b(?P<d>[0-3]?\d)\.?\s+(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d\d)\b")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")


def _make(y: str, m: str | int, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """All full dates in `text` with their positions, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for match in _WRITTEN.finditer(text):
        date = _make(match["y"], MONTHS[match["m"].lower()], match["d"])
        if date:
            found.append((match.start(), date))
    for pattern in (_NUMERIC, _ISO):
        for match in pattern.finditer(text):
            date = _make(match["y"], match["m"], match["d"])
            if date:
                found.append((match.start(), date))
    return sorted(found, key=lambda item: item[0])


_YEARLESS = re.compile(
    r"\b(?P<d>[0-3]?\d)\.?\s+(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?=\s*$)",
    re.IGNORECASE,
)
_SHORT_NUMERIC = re.compile(
    r"\b(?P<d>[0-3]?\d)\s*[./]\s*(?P<m>[01]?\d)(?:\s*[./\-]\s*|\s+)(?P<y>(?:19|20)?\d\d)\b"
)
# What may stand before the date on a date line: a place, "den"/"d.", or a label ("Dato:").
_BEFORE_DATE = re.compile(
    r"^(?:(?:[A-ZÆØÅ][\w\-æøå.]*(?:\s+[A-ZÆØÅ][\w\-æøå.]*){0,3})\s*,?\s*)?(?:(?:den|d\.?)\s*)?$"
    r"|^[A-ZÆØÅa-zæøå][\w æøå\-]{0,24}:\s*(?:(?:den|d\.?)\s*)?$"
)
# What may follow it: a time ("kl. 22:41"), nothing else.
_AFTER_DATE = re.compile(r"^\s*(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*[.]?\s*$")
# A sentence that says when the letter was written: "Skrevet 28. oktober 2018.", "Dateret den 3. marts 2027".
_STATED = re.compile(r"\b(?:skrevet|dateret|afsendt|underskrevet)\s+(?:den\s+|d\.\s*)?(?=\d)", re.IGNORECASE)
# A line that holds a date line and more: a header's parts side by side ("Klimatilpasningsplan
# 2028–2033 · 10. marts 2028"), or a date line run into the subject under it, as OCR and PDF
# text read a right-aligned date beside the next line ("Havdrup, den 21. februar 2028 Angående
# tandplejen").
_PART_SEPARATORS = re.compile(r"\s+[·|•]\s+|\t+|\s{3,}")
_SUBJECT_AFTER = re.compile(r"\s(?=(?:vedr\.|vedrørende|angående|ang\.|emne\s*:|re\s*:)(?:\s|$))", re.IGNORECASE)
# OCR's misreadings in a date: letters for digits inside a number that has a digit, and a
# month's name a letter or two off.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_OCR_NUMBER = re.compile(r"(?<!\w)(?=[\dOolI|]*\d)[\dOolI|]+(?!\w)")
_MONTH_NAMES = [name for name in MONTHS if len(name) > 3]
_MONTH_BEFORE_YEAR = re.compile(r"(?<=\d\.\s)(?P<word>\d?[^\W\d_]{3,10})(?=\.?\s+(?:19|20)\d\d\b)")
_DATE_LINES = 12  # lines from the top and from the end where date lines stand
_MAX_LINE_WORDS = 9


def date_line(line: str, near: dt.date | None = None) -> dt.date | None:
    """The date of a line that is a date line (see the module docstring), else None.

    A date line without a year ("Vesterå, den 5. maj") is in the year of `near` (the day the
    letter came in), or the year before when that would put it after `near`; without `near`
    it has no date."""
    line = " ".join(line.split())
    if not line or len(line.split()) > _MAX_LINE_WORDS:
        return None
    if near is not None and (m := _YEARLESS.search(line)) and _BEFORE_DATE.match(line[: m.start()].strip()):
        date = _make(str(near.year), MONTHS[m["m"].lower()], m["d"])
        if date and date > near + dt.timedelta(days=1):
            date = _make(str(near.year - 1), MONTHS[m["m"].lower()], m["d"])
        if date:
            return date
    matches = [(m, MONTHS[m["m"].lower()]) for m in _WRITTEN.finditer(line)]
    matches += [(m, m["m"]) for m in _ISO.finditer(line)]
    matches += [(m, m["m"]) for m in _SHORT_NUMERIC.finditer(line)]
    for match, month in sorted(matches, key=lambda item: item[0].start()):
        if not _BEFORE_DATE.match(line[: match.start()].strip()) or not _AFTER_DATE.match(line[match.end():]):
            continue
        year = match["y"] if len(match["y"]) == 4 else f"20{match['y']}"
        date = _make(year, month, match["d"])
        if date:
            return date
    return None


def _ocr_repaired(line: str) -> str | None:
    """The line with the characters OCR misreads in dates read back ("2l. rnarts 2O28" -> "21.
    marts 2028"), or None when there was nothing to repair. In a number: O/o for 0, l/I/| for
    1; a word before a year that is nearly a month's name ("fehruar", "rnarts", "0ktober") is
    that month."""
    from rapidfuzz import fuzz, process

    repaired = _OCR_NUMBER.sub(lambda m: m[0].translate(_OCR_DIGITS), line)

    def month(match: re.Match) -> str:
        word = match["word"]
        if word.lower() in MONTHS:
            return match[0]
        found = process.extractOne(word.lower().replace("rn", "m").replace("0", "o"), _MONTH_NAMES, scorer=fuzz.ratio, score_cutoff=80)
        return match[0].replace(word, found[0]) if found else match[0]

    repaired = _MONTH_BEFORE_YEAR.sub(month, repaired)
    return repaired if repaired != line else None


def _parts(line: str) -> list[str]:
    """The line, then each of its parts side by side, then the line before a subject run into it."""
    parts = [line]
    pieces = _PART_SEPARATORS.split(line.strip())
    if len(pieces) > 1:
        parts += pieces
    subject = _SUBJECT_AFTER.search(line.strip())
    if subject:
        parts.append(line.strip()[: subject.start()])
    return parts


def letter_date(text: str, letterhead: str = "", near: dt.date | None = None) -> dt.date | None:
    """The date a letter bears: its first date line in the letterhead, the top lines or the
    last lines (see the module docstring), else None. `near`: the day it came in, for date
    lines without a year."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    head, tail = lines[:_DATE_LINES], lines[_DATE_LINES:][-_DATE_LINES:]
    candidates = [*(letterhead or "").splitlines(), *head, *tail]
    for line in itertools.chain(candidates, filter(None, map(_ocr_repaired, candidates))):  # repair only if need be
        for part in _parts(line):
            date = date_line(part, near)
            if date:
                return date
    for line in [*head, *tail]:
        for stated in _STATED.finditer(line):
            found = find_dates(line[stated.end():stated.end() + 30])
            if found and found[0][0] == 0:
                return found[0][1]
    return None
