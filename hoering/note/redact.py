"""Personal data out of published text: CPR, e-mail, phone, street address, citizens' names.

Two layers, applied in this order by `redact()`:

1. Contact data by pattern: e-mail addresses, CPR numbers (with a date check so
   case numbers and ordinary 10-digit numbers survive), Danish phone numbers and,
   for private citizens' texts only, street addresses and postcode + town
   (organisations' addresses are public).
2. Names by list: `Pseudonyms` numbers private citizens "Borger 1", "Borger 2" …
   and replaces the full name and its parts (first names, surnames, the genitive
   "Hansens") wherever they occur, also inside other responses' text.

The patterns err on the side of redacting: a false positive costs a word in a
note, a false negative publishes a CPR number.

`Redactor` applies both to one export, as the note and the spreadsheet publish it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import SenderKind
from .text import clean_chars

if TYPE_CHECKING:
    from ..export import ConsultationExport, ExportedResponse

CPR_REMOVED = "[CPR-nr. fjernet]"
EMAIL_REMOVED = "[e-mail fjernet]"
PHONE_REMOVED = "[telefonnr. fjernet]"
ADDRESS_REMOVED = "[adresse fjernet]"
NAME_REMOVED = "[navn fjernet]"

_UPPER = "A-ZÆØÅÄÖÜÉ"
_LOWER = "a-zæøåäöüéèáóí"
_LETTER = _UPPER + _LOWER

# --- e-mail -------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# --- CPR ----------------------------------------------------------------------
# DDMMÅÅ-XXXX, DDMMÅÅXXXX, "DDMMÅÅ XXXX", "DDMMÅÅ - XXXX". Not preceded or
# followed by digits (or by ".", "," or "-" joined to digits), so "2018-048371"
# and "kr. 12.345.678" are left alone; DDMMÅÅ must be a real date.

_CPR = re.compile(
    r"(?<![\d.,/-])(?<!\d )"
    r"(?P<dd>\d{2})(?P<mm>\d{2})(?P<yy>\d{2})(?:[ \u00a0]?[-\u2010\u2011\u2013][ \u00a0]?|[ \u00a0])?\d{4}"
    r"(?![\d]|[.,/-]\d)"
)

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29: some century is a leap year


def _is_cpr_date(dd: str, mm: str) -> bool:
    day, month = int(dd), int(mm)
    return 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]


def _cpr(m: re.Match) -> str:
    return CPR_REMOVED if _is_cpr_date(m["dd"], m["mm"]) else m.group(0)


# --- phone --------------------------------------------------------------------
# Danish numbers have 8 digits. With a country code (+45, 0045, (+45)) any
# grouping; without one: 8 digits in a row, in pairs "12 34 56 78", in fours
# "1234 5678" (but not two years "2018 2019"). CVR/P/EAN numbers of
# organisations are 8 digits too and are public, so they stay.

_PHONE_PREFIXED = re.compile(
    r"(?:\(\+45\)|\+45|(?<!\d)0045)[ \u00a0]?(?:\d[ \u00a0-]?){7}\d(?![\d]|[.,]\d)"
)
_PHONE_BARE = re.compile(
    r"(?<![\d.,/+-])(?<!\d )"
    r"(?P<num>[1-9]\d{7}|[1-9]\d(?:[ \u00a0]\d{2}){3}|[1-9]\d{3}[ \u00a0]\d{4}|[1-9]\d(?:-\d{2}){3})"
    r"(?![\d]|[.,/-]\d| \d)"
)
_NOT_A_PHONE_BEFORE = re.compile(
    r"\b(?:CVR|P|EAN|SE|reg|konto|kontonr|sagsnr|journalnr|j|dok|dok\.nr)\.?(?:-?nr)?\.?[ :]*$",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?:19|20)\d\d[ \u00a0](?:19|20)\d\d")


def _phone_bare(m: re.Match) -> str:
    before = m.string[max(0, m.start() - 16) : m.start()]
    if _NOT_A_PHONE_BEFORE.search(before) or _YEARS.fullmatch(m["num"]):
        return m.group(0)
    return PHONE_REMOVED


# --- street addresses (private citizens only) ----------------------------------

_STREET_SUFFIXES = sorted(
    set(
        "vej vejen gade gaden allé alle alléen stræde strædet vænge vænget plads pladsen torv torvet "
        "boulevard boulevarden park parken toft toften tofte bakke bakken eng engen have haven høj "
        "højen vang vangen sti stien skov skoven lund lunden mark marken kær kæret holm holmen dal "
        "dalen løkke løkken ager agre hegn hegnet gård gården bro broen kvarter kvarteret krog krogen "
        "sving svinget strand stranden bjerg bjerget kaj kajen brygge bryggen passage passagen "
        "promenade promenaden kilde kilden vold volden ring ringen å lyst minde skrænt skrænten "
        "bugt bugten haveby gyde gyden".split()
    ),
    key=len,
    reverse=True,
)
_SFX = "|".join(_STREET_SUFFIXES)
_SFX_CAP = "|".join(s[:1].upper() + s[1:] for s in _STREET_SUFFIXES)
_SP = r"[ \u00a0]"
_WORD = rf"[{_UPPER}][{_LETTER}'’.-]*"
_STREET_WORD = rf"(?:[{_UPPER}][{_LETTER}'’.-]*?(?:{_SFX})|(?:{_SFX_CAP}))(?![{_LETTER}])"
_HOUSE_NO = (
    rf"(?<!\d)\d{{1,3}}(?!\d)(?:[A-Za-z](?![{_LETTER}]))?(?:-\d{{1,3}}[A-Za-z]?)?(?![\d]|[.,]\d)"
)
# Floor and door: ", 1. th.", " st. tv", ", 2. sal", " 1.mf.", " 3 th", ", lejl. 4", " dør 2".
_SIDE = r"(?:sal|th|tv|mf|t\.h|t\.v)\b\.?"
_FLOOR_WITH_SIDE = (
    rf"(?:,?{_SP}*(?:(?:st|kl|\d{{1,2}})\.?{_SP}*{_SIDE}|{_SIDE}|lejl\.?{_SP}*\d+|dør{_SP}*\d+))"
)
_FLOOR_ANY = rf"(?:{_FLOOR_WITH_SIDE}|,?{_SP}*(?:st|kl|\d{{1,2}})\.(?![{_LETTER}\d]))"
_TOWN = rf"[{_UPPER}][{_LOWER}-]+(?:{_SP}(?:[NSCVØK]\b|[{_UPPER}][{_LOWER}-]+))?"
_POSTAL = rf"(?:,?{_SP}*[1-9]\d{{3}}{_SP}+{_TOWN})"

# A word that looks like a street (by its ending), optionally after up to two
# capitalised words ("H.C. Andersens Boulevard", "Gammel Kongevej"), a house
# number, then optional floor/door and postcode + town.
_ADDRESS_BY_STREET = re.compile(
    rf"(?<![{_LETTER}])(?:{_WORD}{_SP}){{0,2}}{_STREET_WORD}{_SP}+{_HOUSE_NO}{_FLOOR_ANY}?{_POSTAL}?"
)
# Any capitalised word + house number when a floor/door or a postcode shows it is an address.
_ADDRESS_BY_TAIL = re.compile(
    rf"(?<![{_LETTER}])(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}+{_HOUSE_NO}"
    rf"(?:{_FLOOR_WITH_SIDE}{_POSTAL}?|{_FLOOR_ANY}?{_POSTAL})"
)
# Postcode + town on a line of its own or after a comma: "9000 Aalborg", "2300 København S".
_POSTCODE_TOWN = re.compile(
    rf"(?:^|(?<=\n)|(?<=,))(?P<lead>{_SP}*)[1-9]\d{{3}}{_SP}+{_TOWN}(?={_SP}*(?:$|\n|,|\.(?:\s|$)))",
    re.MULTILINE,
)
_NOT_A_STREET = {
    "Bilag",
    "Punkt",
    "Side",
    "Kapitel",
    "Afsnit",
    "Tema",
    "Nr",
    "Uge",
    "Borger",
    "Paragraf",
    "Stk",
    "Pkt",
    "Lov",
    "Trin",
    "Fase",
    "Bind",
    "Version",
    "Kl",
    "Sagsnr",
    "Journalnr",
}


def _address(m: re.Match) -> str:
    text = m.group(0)
    first = re.match(rf"[{_LETTER}]+", text)
    if first and first.group(0) in _NOT_A_STREET:
        return text
    return ADDRESS_REMOVED


def _postcode_town(m: re.Match) -> str:
    return m["lead"] + ADDRESS_REMOVED


def redact_contact(text: str, *, addresses: bool = True) -> str:
    """Remove e-mail addresses, CPR numbers and phone numbers; street addresses too if `addresses`."""
    if not text:
        return text
    text = _EMAIL.sub(EMAIL_REMOVED, text)
    text = _CPR.sub(_cpr, text)
    text = _PHONE_PREFIXED.sub(PHONE_REMOVED, text)
    text = _PHONE_BARE.sub(_phone_bare, text)
    if addresses:
        text = _ADDRESS_BY_STREET.sub(_address, text)
        text = _ADDRESS_BY_TAIL.sub(_address, text)
        text = _POSTCODE_TOWN.sub(_postcode_town, text)
    return text


# --- names --------------------------------------------------------------------

_NAME_WORD = re.compile(rf"[{_LETTER}]+")
_PARTICLES = {"af", "von", "van", "de", "la", "le", "og", "i", "du", "der", "den", "ten"}
_NAME_TOKEN = re.compile(rf"[{_LETTER}][{_LETTER}'’]*(?:-[{_LETTER}][{_LETTER}'’]*)*")


def name_parts(name: str) -> list[str]:
    """The words of a personal name that identify the person on their own.

    "Anne-Marie Sørensen" -> ["Anne-Marie", "Anne", "Marie", "Sørensen"].
    """
    parts: list[str] = []
    for token in _NAME_TOKEN.findall(name):
        pieces = [token] + (token.split("-") if "-" in token else [])
        for piece in pieces:
            if len(piece) >= 2 and piece.lower() not in _PARTICLES and piece not in parts:
                parts.append(piece)
    return parts


class Pseudonyms:
    """Private citizens' names -> "Borger 1", "Borger 2" … in the order registered.

    `apply(text)` replaces each full name (any letter case), "first last" of a
    longer name, and each identifying part of it (case as written, or all
    capitals), also with a genitive "s". A part shared by two citizens
    ("Hansen") cannot say who is meant and becomes "[navn fjernet]".
    """

    def __init__(self, names: Iterable[str | None] = (), *, label: str = "Borger"):
        self.label = label
        self._labels: dict[str, str] = {}  # normalised full name -> label
        self._spellings: dict[str, str] = {}  # normalised full name -> as first written
        self._count = 0
        self._pattern: re.Pattern | None = None
        self._full: dict[str, str] = {}
        self._parts: dict[str, str] = {}
        self._starts: set[str] = set()
        for name in names:
            self.add(name)

    @staticmethod
    def _key(name: str) -> str:
        return " ".join(name.split()).casefold()

    def add(self, name: str | None) -> str:
        """Register a name and return its pseudonym; the same name always gets the same one.

        An empty name (an unknown citizen) still gets a number of its own.
        """
        key = self._key(name or "")
        if key and key in self._labels:
            return self._labels[key]
        self._count += 1
        label = f"{self.label} {self._count}"
        if key:
            self._labels[key] = label
            self._spellings[key] = " ".join((name or "").split())
            self._pattern = None
        return label

    def get(self, name: str | None) -> str | None:
        return self._labels.get(self._key(name or ""))

    @property
    def mapping(self) -> dict[str, str]:
        """{name as written: pseudonym}."""
        return {self._spellings[k]: v for k, v in self._labels.items()}

    def _compile(self) -> None:
        full: dict[str, str] = {}
        owners: dict[str, set[str]] = {}
        for key, label in self._labels.items():
            spelled = self._spellings[key]
            full[key] = label
            tokens = [t for t in spelled.split() if t.lower() not in _PARTICLES]
            if len(tokens) >= 3:  # "Jens Peter Hansen" -> also "Jens Hansen"
                full.setdefault(self._key(f"{tokens[0]} {tokens[-1]}"), label)
            for part in name_parts(spelled):
                for spelling in {part, part.upper()}:
                    owners.setdefault(spelling, set()).add(label)
        self._full = full
        self._parts = {
            p: (next(iter(o)) if len(o) == 1 else NAME_REMOVED) for p, o in owners.items()
        }
        full_alts = "|".join(
            r"\s+".join(re.escape(w) for w in phrase.split())
            for phrase in sorted(full, key=len, reverse=True)
        )
        part_alts = "|".join(re.escape(p) for p in sorted(self._parts, key=len, reverse=True))
        alternatives = [f"(?P<full>(?i:{full_alts}))"] if full_alts else []
        if part_alts:
            alternatives.append(f"(?P<part>{part_alts})")
        self._pattern = re.compile(
            rf"(?<![{_LETTER}\d@.])(?:{'|'.join(alternatives)})(?P<gen>s|'s|’s)?(?![{_LETTER}\d@])"
        )
        # First words of everything the pattern can match: a cheap set lookup per word
        # decides where the (long) alternation is tried at all.
        self._starts = {
            re.split(r"[\s-]", alt, maxsplit=1)[0].casefold()
            for alt in list(full) + list(self._parts)
        }

    def apply(self, text: str) -> str:
        if not text or not self._labels:
            return text
        if self._pattern is None:
            self._compile()

        def replace(m: re.Match) -> str:
            if m["full"] is not None:
                label = self._full.get(self._key(m["full"]), NAME_REMOVED)
            else:
                label = self._parts[m["part"]]
            return label + ("'s" if m["gen"] else "")

        out: list[str] = []
        done = 0
        for word in _NAME_WORD.finditer(text):
            if word.start() < done:
                continue
            w = word.group(0).casefold()
            if w not in self._starts and not (w.endswith("s") and w[:-1] in self._starts):
                continue
            m = self._pattern.match(text, word.start())
            if m is None:
                continue
            out.append(text[done : m.start()])
            out.append(replace(m))
            done = m.end()
        out.append(text[done:])
        text = "".join(out)
        # "Marie Sørensen" of "Anne-Marie Sørensen" gives "Borger 3 Borger 3": say it once.
        return re.sub(rf"\b({re.escape(self.label)} \d+)(?: \1\b)+", r"\1", text)


def redact(text: str, *, names: Sequence[str] = (), addresses: bool = True) -> str:
    """Text fit for publication: contact data removed and each of `names` replaced
    by "Borger 1", "Borger 2" … in the order given.

    `addresses=False` keeps street addresses (organisations' texts); CPR numbers,
    e-mail addresses and phone numbers are always removed.
    """
    text = redact_contact(text, addresses=addresses)
    return Pseudonyms(names).apply(text) if names else text


# --- one export, as published ------------------------------------------------------------


class Redactor:
    """The publication rules of one note, for every piece of text it takes from the export.

    Published (not `internal`): control characters out; CPR numbers, e-mail addresses and
    phone numbers out of everyone's text; street addresses out of private persons' text; and
    private persons' names replaced by "Borger 1", "Borger 2" …, unless the consultation
    publishes citizens' names. Internal: only the control characters go.
    """

    UNKNOWN_SENDER = "Ukendt afsender"

    def __init__(self, export: ConsultationExport, *, internal: bool):
        self.internal = internal
        publish_names = export.config.publish_citizen_names
        self.pseudonyms = None if internal or publish_names else Pseudonyms()
        # Every sender is named before any text is cleaned, in response order, so each
        # citizen's number is fixed and their name is replaced wherever it occurs, also in
        # another response's text.
        self.senders: dict[int, str] = {r.number: self._sender(r) for r in export.responses}

    @staticmethod
    def is_citizen(response: ExportedResponse | None) -> bool:
        # Unknown kind counts as a private person: redacting too much is the safe mistake.
        return response is None or response.sender_kind != SenderKind.ORGANISATION

    def _sender(self, response: ExportedResponse) -> str:
        name = clean_chars(response.sender).strip()
        if not self.is_citizen(response):
            return name or self.UNKNOWN_SENDER
        if self.pseudonyms is not None:
            return self.pseudonyms.add(name)
        return self.text(name) or self.UNKNOWN_SENDER

    def text(self, text: str | None, *, citizen: bool = True) -> str:
        """`text` fit for this note; `citizen=False` keeps an organisation's address."""
        text = clean_chars(text)
        if self.internal or not text:
            return text
        text = redact_contact(text, addresses=citizen)
        if self.pseudonyms is not None:
            text = self.pseudonyms.apply(text)
        return text
