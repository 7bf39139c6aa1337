"""A forwarded e-mail inside an e-mail's body: the message that was sent on is the response.

A colleague (Borgerservice, a secretary) forwards a citizen's mail with a line of their own
("Vi har modtaget nedenstående …, så jeg sender det videre") above the original's header
block ("-----Oprindelig meddelelse----- / Fra: Gitte <…> / Sendt: 5. marts 2025 19:40 /
Til: … / Emne: …", or "---------- Forwarded message ---------" with From/Date/Subject). A
person reads the forwarded text as the response, its "Fra" as the sender and its "Sendt" as
the date it came in; the colleague only carried it.

A body is a forward when its quoted block is introduced as forwarded: the marker line says so
("Videresendt meddelelse", "Forwarded message"), the subject starts "VS:" / "Fwd:" / "FW:",
or the text above the block says it passes the message on ("sender det videre",
"videresender", "nedenstående", "til orientering"). A reply that quotes the invitation under
"Fra: … Sendt: …" is not a forward: its new text is the response (`email.split_quoted`); so
under a reply's subject ("SV:", "RE:") only words that say so outright ("videresender")
make a forward, not "nedenstående" ("Vi har ingen bemærkninger til nedenstående").

The block may also be introduced the way a reply quotes ("Den 16. feb. 2027 kl. 23.12 skrev
Michael Juhl <…>:", "On 16 Feb 2027, at 23:12, Michael Juhl <…> wrote:"), often with its
lines marked "> ": in a forward ("VS:" or "videresender" above it, not the weaker words) that
line is the header, naming the original's writer and date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from ..dates import find_dates

_MARKER = re.compile(
    r"^\s*-{2,}\s*(?P<kind>original message|oprindelig meddelelse|videresendt meddelelse|forwarded message|"
    r"videresendt besked|begin forwarded message)\s*-{2,}.*$|^\s*begin forwarded message:\s*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"^\s*(?:fra|from)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_FIELD = re.compile(r"^\s*(?P<key>fra|from|sendt|sent|dato|date|til|to|cc|emne|subject)\s*:\s*(?P<value>.*)$", re.I)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:vs|fw|fwd|videresendt)\s*:", re.IGNORECASE)
_FORWARD_WORDS = re.compile(
    r"\b(?:videresend\w*|sender\s+(?:det|den|dem|hermed)\s+(?:\w+\s+)?videre|sendt\s+videre|"
    r"nedenstående|til\s+orientering|forward\w*)\b",
    re.IGNORECASE,
)
# Under a reply's subject only these say the quoted message is passed on.
_OUTRIGHT_FORWARD_WORDS = re.compile(
    r"\b(?:videresend\w*|sender\s+(?:det|den|dem|hermed)\s+(?:\w+\s+)?videre|sendt\s+videre|forward\w*)\b",
    re.IGNORECASE,
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:sv|re|aw|antw)\s*:", re.IGNORECASE)
# "Den tirs. 16. feb. 2027 kl. 23.12 skrev Michael Juhl <m@x.dk>:", "On 16 Feb 2027, at 23:12,
# Michael Juhl <m@x.dk> wrote:", "On Tue, Feb 16, 2027 at 11:12 PM Michael Juhl <m@x.dk> wrote:".
_ATTRIBUTION = re.compile(
    r"^\s*(?:den|on)\s+(?P<when>.{4,120}?)\s+skrev\s+(?P<who>.{1,120}?)\s*:\s*$"
    r"|^\s*(?:den|on)\s+(?P<when_who>.{4,200}?)\s+(?:wrote|skrev)\s*:\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")
_HEADER_LINES = 8  # a header block has From, Sent, To, Cc, Subject: a few lines


@dataclass
class Forwarded:
    """The message a body forwards: its sender, date (ISO, or None), subject and text."""

    from_name: str
    from_address: str
    date: str | None
    subject: str
    text: str


def is_forward_subject(subject: str) -> bool:
    """A subject that says the mail passes a message on ("VS: …", "Fwd: …", "FW: …")."""
    return bool(_FORWARD_SUBJECT.match(subject or ""))


def forwarded(body: str, subject: str = "") -> Forwarded | None:
    """The forwarded message in `body`, or None when the body forwards nothing."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        marker = _MARKER.match(line)
        attribution = None if marker else _ATTRIBUTION.match(line)
        if attribution:
            fields, end = _attributed(attribution), index + 1
        else:
            if not marker and not _FROM.match(line):
                continue
            fields, end = _fields(lines, index + 1 if marker else index)
        if "from" not in fields:
            continue
        above = "\n".join(lines[:index])
        if not _says_forward(marker, above, subject, outright=bool(attribution)):
            return None
        name, address = email.utils.parseaddr(fields["from"])
        if not address and "@" not in fields["from"]:
            name = fields["from"].strip()
        text = "\n".join(re.sub(r"^>\s?", "", x) for x in lines[end:]).strip()
        if not text:
            return None
        return Forwarded(name.strip().strip("'\""), address.lower(), _date(fields.get("date")),
                         fields.get("subject", ""), text)  # fmt: skip
    return None


def passes_on(above: str, subject: str) -> bool:
    """Whether a mail whose quoted part has no header block says it passes that part on: its
    subject ("VS:") or words above the quote that say so outright ("videresender"; not
    "nedenstående", which a reply says of the invitation it quotes)."""
    return _says_forward(None, above, subject, outright=True)


def _says_forward(marker: re.Match | None, above: str, subject: str, outright: bool = False) -> bool:
    """Whether the quoted block is introduced as passed on (see the module docstring).
    `outright`: only words that say so outright will do (a reply-style "Den … skrev X:", which
    a reply sent without "SV:" quotes its invitation under too)."""
    if marker and re.search(r"videresendt|forward", marker.group(0), re.IGNORECASE):
        return True
    if _FORWARD_SUBJECT.match(subject or ""):
        return True
    words = _OUTRIGHT_FORWARD_WORDS if outright or _REPLY_SUBJECT.match(subject or "") else _FORWARD_WORDS
    return bool(words.search(above))


def _attributed(m: re.Match) -> dict[str, str]:
    """The fields a reply-style attribution line gives: who wrote the message, and when."""
    if m["who"] is not None:
        return {"from": m["who"].strip(), "date": m["when"]}
    both = m["when_who"]
    at = both.find("<")
    head = both[:at] if at >= 0 else both
    words = head.replace(",", " ").split()
    name: list[str] = []
    for word in reversed(words):  # the writer's name is the capitalised words before the address
        if not _NAME_WORD.fullmatch(word) or len(name) == 4:
            break
        name.insert(0, word)
    if not name and at < 0:
        return {}
    who = " ".join(name) + (" " + both[at:].strip() if at >= 0 else "")
    return {"from": who.strip(), "date": head}


def _fields(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The header block's fields from `start` ({"from", "date", "to", "subject"}), and the
    line where the forwarded text begins."""
    names = {"fra": "from", "from": "from", "sendt": "date", "sent": "date", "dato": "date", "date": "date",
             "til": "to", "to": "to", "cc": "cc", "emne": "subject", "subject": "subject"}  # fmt: skip
    fields: dict[str, str] = {}
    index = start
    while index < len(lines) and not lines[index].strip() and index - start < 2:
        index += 1
    while index < len(lines) and index - start <= _HEADER_LINES:
        m = _FIELD.match(re.sub(r"^>\s?", "", lines[index]))
        if not m:
            break
        fields.setdefault(names[m["key"].lower()], m["value"].strip())
        index += 1
    return fields, index


_ENGLISH_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_ENGLISH_SHORT_MONTHS = {m[:3]: i for m, i in _ENGLISH_MONTHS.items()}
_ENGLISH_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\.?\s+(?P<m1>[a-z]+)\s+(?P<y1>\d{4})|(?P<m2>[a-z]+)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))\b",
    re.IGNORECASE,
)


def _date(value: str | None) -> str | None:
    """'5. marts 2025 19:40', 'fre. 5. mar. 2027 kl. 09.12', 'Wed, 5 Mar 2025 19:40:00 +0100',
    '7 March 2027 at 14.22.10 CET', 'Friday, March 7, 2027 2:22 PM' as an ISO date."""
    if not value:
        return None
    found = find_dates(value)
    if found:
        return found[0][1].isoformat()
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for m in _ENGLISH_DATE.finditer(value):
        word = (m["m1"] or m["m2"]).lower()
        month = _ENGLISH_MONTHS.get(word) or _ENGLISH_SHORT_MONTHS.get(word)
        try:
            if month:
                return dt.date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"])).isoformat()
        except ValueError:
            continue
    return None
