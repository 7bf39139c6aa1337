"""Dates as Danish letters write them: "Aalborg, den 29. oktober 2018", "29.10.2018", "2018-10-29"."""

from __future__ import annotations

import datetime as dt
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


def letter_date(text: str, letterhead: str = "") -> dt.date | None:
    """The date a letter carries: in its letterhead or opening lines, else near its signature.

    Dates inside the body ("udslusning fra 2017", a deadline a year out) are
    not the letter's date, so only the first and last few hundred characters count.
    """
    for part in (letterhead, text[:600], text[-600:]):
        dates = find_dates(part)
        if dates:
            return dates[0][1]
    return None
