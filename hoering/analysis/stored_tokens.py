"""A passage's tokens as the archive keeps them, so tagging and topic discovery can run
again without the language layer (spaCy and lemmy take seconds to load and to read a
consultation; the stored tokens are read back in milliseconds).

One passage is one JSON array: the analyser (`danish.ANALYSER_VERSION`) first, then a row
per token, ``[start, end, flags, lemmas]`` with ``pos`` and ``ent_type`` appended when a
trained pipeline set them. The word itself is ``text[start:end]`` of the passage, its lower
case ``str.lower()`` (as `danish` makes it); ``lemmas`` is "" when the word is its own only
reading, else the readings joined by "|"; flags: 1 a word, 2 a stop word, 4 a sentence start.
Tokens stored by another analyser are not used (`decode` returns None): they are computed
again, as a changed analyser would compute them.

`decode_rows` reads the same into `TokenRow`s, named tuples with Token's fields, for code
that only reads the tokens' fields (topic discovery over a whole consultation): a tuple is
made in a fraction of the time a frozen Token takes, and two million of them are read there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from . import danish
from .danish import Token

_WORD, _STOP, _SENT = 1, 2, 4
WORD, STOP, SENT = _WORD, _STOP, _SENT  # for code that reads the stored rows itself


def encode(toks: Sequence[Token]) -> str:
    rows: list[object] = [danish.ANALYSER_VERSION]
    for t in toks:
        lemmas = "" if t.lemmas == (t.lower,) else "|".join(t.lemmas)
        flags = (_WORD if t.is_word else 0) | (_STOP if t.is_stop else 0) | (_SENT if t.is_sent_start else 0)
        row = [t.start, t.end, flags, lemmas]
        if t.pos or t.ent_type:
            row += [t.pos, t.ent_type]
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def current(stored: str | None) -> bool:
    """Whether a stored value is this analyser's (`decode` reads it), without decoding it."""
    return bool(stored) and (stored.startswith(_HEAD + ",") or stored == _HEAD + "]")


_HEAD = json.dumps([danish.ANALYSER_VERSION], ensure_ascii=False)[:-1]  # '["version"'


def decode(text: str, stored: str | None) -> list[Token] | None:
    """The tokens of a passage ``text`` from its stored value; None when there is none or it
    was made by another analyser."""
    if not stored:
        return None
    rows = json.loads(stored)
    if not rows or rows[0] != danish.ANALYSER_VERSION:
        return None
    make = danish.make_token
    readings = _readings
    out = []
    for row in rows[1:]:
        start, end, flags, lemmas = row[0], row[1], row[2], row[3]
        word = text[start:end]
        lower = word.lower()
        found = readings.get(lemmas) if lemmas else None
        if found is None:
            found = tuple(lemmas.split("|")) if lemmas else (lower,)
            if lemmas:
                readings[lemmas] = found
        pos, ent = (row[4], row[5]) if len(row) > 4 else ("", "")
        out.append(make(word, lower, found[0], found, start, end, bool(flags & _WORD),
                        bool(flags & _STOP), bool(flags & _SENT), pos, ent))  # fmt: skip
    return out


class TokenRow(NamedTuple):
    """A token's fields as `danish.Token` has them, read-only and cheap to make."""

    text: str
    lower: str
    lemma: str
    lemmas: tuple[str, ...]
    start: int
    end: int
    is_word: bool
    is_stop: bool
    is_sent_start: bool
    pos: str = ""
    ent_type: str = ""


def decode_rows(text: str, stored: str | None) -> list[TokenRow] | None:
    """As `decode`, the tokens as `TokenRow`s."""
    if not stored:
        return None
    rows = json.loads(stored)
    if not rows or rows[0] != danish.ANALYSER_VERSION:
        return None
    new = tuple.__new__
    readings = _readings
    out: list[TokenRow] = []
    append = out.append
    for row in rows[1:]:
        start, end, flags, lemmas = row[0], row[1], row[2], row[3]
        word = text[start:end]
        lower = word.lower()
        if lemmas:
            found = readings.get(lemmas)
            if found is None:
                found = readings[lemmas] = tuple(lemmas.split("|"))
        else:
            found = (lower,)
        pos, ent = (row[4], row[5]) if len(row) > 4 else ("", "")
        append(new(TokenRow, (word, lower, found[0], found, start, end, flags & _WORD == _WORD,
                              flags & _STOP == _STOP, flags & _SENT == _SENT, pos, ent)))  # fmt: skip
    return out


# The same readings recur across a consultation: one tuple each.
_readings: dict[str, tuple[str, ...]] = {}
