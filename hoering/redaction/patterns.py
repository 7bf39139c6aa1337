"""Contact data by pattern: e-mail addresses, CPR numbers, phone numbers, licence plates and,
in a private person's text, street addresses.

The patterns err on the side of redacting: a false positive costs a word in a note, a false
negative publishes a CPR number. What they leave alone, on purpose: case numbers
("2018-048371"), amounts ("kr. 12.345.678"), dates, CVR/P/EAN numbers (organisations' numbers
are public), two years ("2018 2019"), and organisations' addresses (public too; the
`Redactor` only asks for addresses in a private person's text).

Each finder returns `Found` spans on the text it was given (see `spans.py`);
`redact_contact` applies them, as the note did before the engine had spans.
"""

from __future__ import annotations

import re

from ..model import RedactionKind
from .spans import (
    ADDRESS_REMOVED,
    CPR_REMOVED,
    EMAIL_REMOVED,
    PHONE_REMOVED,
    PLATE_REMOVED,
    Found,
    apply,
    resolve,
)

UPPER = "A-ZÆØÅÄÖÜÉ"
LOWER = "a-zæøåäöüéèáóí"
LETTER = UPPER + LOWER

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
# Words that say a number is a phone number: without one, 8 digits in a row are only probably one.
_PHONE_CUE = re.compile(r"\b(?:tlf|telefon\w*|mobil\w*|tel|ring\w*|sms|nummer|nr)\b\.?[^\n\d]{0,12}$", re.I)
_YEARS = re.compile(r"(?:19|20)\d\d[ \u00a0](?:19|20)\d\d")

# --- licence plates -----------------------------------------------------------
# Danish plates: two letters and five digits, "AB 12 345", "AB12345", "AB 12345".
_PLATE = re.compile(rf"(?<![{LETTER}\d-])(?P<letters>[{UPPER}]{{2}})[ \u00a0]?\d{{2}}[ \u00a0]?\d{{3}}(?![\d{LETTER}]|[.,]\d)")
_NOT_A_PLATE = frozenset({"DK", "EU", "ID", "NR", "KL", "CA", "PR", "TV", "IT", "SE", "CV", "ØK"})
_PLATE_CUE = re.compile(r"\b(?:nummerplade\w*|reg\.?(?:-?nr|istreringsnummer)\w*|bil\w*|vogn\w*)\b[^\n]{0,20}$", re.I)

# --- street addresses (private persons' texts only) ----------------------------

STREET_SUFFIXES = sorted(
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
_SFX = "|".join(STREET_SUFFIXES)
_SFX_CAP = "|".join(s[:1].upper() + s[1:] for s in STREET_SUFFIXES)
_STREET_ENDINGS = tuple(STREET_SUFFIXES) + tuple(s[:1].upper() + s[1:] for s in STREET_SUFFIXES)
_SP = r"[ \u00a0]"
_WORD = rf"[{UPPER}][{LETTER}'’.-]*"
_STREET_WORD = rf"(?:[{UPPER}][{LETTER}'’.-]*?(?:{_SFX})|(?:{_SFX_CAP}))(?![{LETTER}])"
_HOUSE_NO = rf"(?<!\d)\d{{1,3}}(?!\d)(?:[A-Za-z](?![{LETTER}]))?(?:-\d{{1,3}}[A-Za-z]?)?(?![\d]|[.,]\d)"
# Floor and door: ", 1. th.", " st. tv", ", 2. sal", " 1.mf.", " 3 th", ", lejl. 4", " dør 2".
_SIDE = r"(?:sal|th|tv|mf|t\.h|t\.v)\b\.?"
_FLOOR_WITH_SIDE = (
    rf"(?:,?{_SP}*(?:(?:st|kl|\d{{1,2}})\.?{_SP}*{_SIDE}|{_SIDE}|lejl\.?{_SP}*\d+|dør{_SP}*\d+))"
)
_FLOOR_ANY = rf"(?:{_FLOOR_WITH_SIDE}|,?{_SP}*(?:st|kl|\d{{1,2}})\.(?![{LETTER}\d]))"
_TOWN = rf"[{UPPER}][{LOWER}-]+(?:{_SP}(?:[NSCVØK]\b|[{UPPER}][{LOWER}-]+))?"
_POSTAL = rf"(?:,?{_SP}*[1-9]\d{{3}}{_SP}+{_TOWN})"

# A word that looks like a street (by its ending), optionally after up to two
# capitalised words ("H.C. Andersens Boulevard", "Gammel Kongevej"), a house
# number, then optional floor/door and postcode + town.
_ADDRESS_BY_STREET = re.compile(
    rf"(?<![{LETTER}])(?:{_WORD}{_SP}){{0,2}}{_STREET_WORD}{_SP}+{_HOUSE_NO}{_FLOOR_ANY}?{_POSTAL}?"
)
# Any capitalised word + house number when a floor/door or a postcode shows it is an address.
_ADDRESS_BY_TAIL = re.compile(
    rf"(?<![{LETTER}])(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}+{_HOUSE_NO}"
    rf"(?:{_FLOOR_WITH_SIDE}{_POSTAL}?|{_FLOOR_ANY}?{_POSTAL})"
)
# Any capitalised word + house number after words that say it is where someone lives:
# "jeg bor på Vesterbro 44", "adresse: Kirkebakken 2".
_ADDRESS_BY_CUE = re.compile(
    rf"\b(?:bor|boede|bosat|flyttet|flytter)\s+(?:på|i|ved)\s+(?:adressen\s+)?(?P<a>(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}+{_HOUSE_NO}{_FLOOR_ANY}?{_POSTAL}?)"
    rf"|\b(?:[Aa]dresse|[Aa]dr)\.?:?{_SP}+(?P<b>(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}+{_HOUSE_NO}{_FLOOR_ANY}?{_POSTAL}?)"
)
# Postcode + town on a line of its own or after a comma: "9000 Aalborg", "2300 København S".
_POSTCODE_TOWN = re.compile(
    rf"(?:^|(?<=\n)|(?<=,))(?P<lead>{_SP}*)(?P<pt>[1-9]\d{{3}}{_SP}+{_TOWN})(?={_SP}*(?:$|\n|,|\.(?:\s|$)))",
    re.MULTILINE,
)
# Postcode and a known town anywhere in a sentence: "… i 4420 Regstrup".
_POSTCODE_PLACE = re.compile(rf"(?<![\d.,/-])[1-9]\d{{3}}{_SP}+(?P<town>[{UPPER}][{LOWER}-]+)")
# A line that is nothing but a word or three, a house number and perhaps a town: in a
# private person's letter that is where they live, whatever the street is called
# ("Skovly 7", "Kildemosen 4, 4450 Jyderup"), most often under the signature.
_ADDRESS_LINE = re.compile(
    rf"^{_SP}*(?P<a>(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}+{_HOUSE_NO}{_FLOOR_ANY}?"
    rf"(?:,?{_SP}*(?:[1-9]\d{{3}}{_SP}+)?{_TOWN})?){_SP}*$",
    re.MULTILINE,
)
_NOT_A_STREET = {
    "Bilag", "Punkt", "Side", "Kapitel", "Afsnit", "Tema", "Nr", "Uge", "Borger", "Paragraf",
    "Stk", "Pkt", "Lov", "Trin", "Fase", "Bind", "Version", "Kl", "Sagsnr", "Journalnr",
    # Headings that number a proposal's parts, which letters repeat on a line of their own.
    "Forslag", "Model", "Element", "Spørgsmål", "Del", "Scenarie", "Initiativ", "Område",
    "Indsats", "Besparelse", "Klasse", "Mål", "Bemærkning", "Høringssvar",
}  # fmt: skip


# --- where a match can start ----------------------------------------------------
# The patterns open with a look-behind, so the regex engine tries each of them at every
# character of every text: for a consultation's letters that was most of what reading
# contact data cost. Each is run only where a match can start or be: the same matches
# (`pattern.finditer`), found where a cheap scan (a plain character class the engine skips
# ahead to, or a substring test) says they can be.

_DIGIT_RUN = re.compile(r"\d+")  # a CPR number or a bare phone number starts where digits do
_SIX_DIGITS = re.compile(r"\d{6,}")  # a CPR number starts with DDMMÅÅ
_PLATE_START = re.compile(rf"[{UPPER}]{{2}}[ \u00a0]?\d{{2}}")
_SPACED_DIGIT = re.compile(r"[ \u00a0]+\d")
_POSTCODE_START = re.compile(rf"[1-9]\d{{3}}{_SP}+[{UPPER}]")
_HOUSE_NUMBER_TAIL = re.compile(rf"[{LETTER}'’.-]{_SP}+\d{{1,3}}(?!\d)")  # a word's last letter, a house number


def _matches_at(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """`pattern.finditer(text)`, for a pattern whose every match starts at one of `starts`
    (ascending): each tried there, one inside an earlier match skipped, as finditer does.
    A look-behind still sees the text before the start."""
    out = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _matches_on_lines(pattern: re.Pattern, text: str, anchors) -> list[re.Match]:
    """`pattern.finditer(text)` for a pattern no match of which holds a line break or
    ends at one by a look-ahead that a line break would pass, run only on the lines that
    hold one of `anchors` (positions every match's line holds)."""
    out = []
    done = -1  # the end of the last line read
    for at in anchors:
        if at < done:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        done = len(text) if end < 0 else end
        out.extend(pattern.finditer(text, start, done))
    return out


def email_spans(text: str) -> list[Found]:
    if "@" not in text:
        return []
    return [Found(m.start(), m.end(), RedactionKind.EMAIL, EMAIL_REMOVED) for m in _EMAIL.finditer(text)]


def cpr_spans(text: str) -> list[Found]:
    # Not after a digit, six digits in a row: where a run of six digits or more starts.
    return [
        Found(m.start(), m.end(), RedactionKind.CPR, CPR_REMOVED)
        for m in _matches_at(_CPR, text, (m.start() for m in _SIX_DIGITS.finditer(text)))
        if _is_cpr_date(m["dd"], m["mm"])
    ]


def phone_spans(text: str) -> list[Found]:
    # +45, 0045 or (+45): "45" is in the text.
    prefixed = _PHONE_PREFIXED.finditer(text) if "45" in text else ()
    found = [Found(m.start(), m.end(), RedactionKind.PHONE, PHONE_REMOVED) for m in prefixed]
    # Not after a digit: where a run of digits starts.
    for m in _matches_at(_PHONE_BARE, text, (m.start() for m in _DIGIT_RUN.finditer(text))):
        before = text[max(0, m.start() - 24) : m.start()]
        if _NOT_A_PHONE_BEFORE.search(before[-16:]) or _YEARS.fullmatch(m["num"]):
            continue
        # Grouped as phone numbers are written, or named as one: sure. 8 digits alone: probably.
        sure = not m["num"].isdigit() or bool(_PHONE_CUE.search(before))
        found.append(Found(m.start(), m.end(), RedactionKind.PHONE, PHONE_REMOVED, sure))
    return found


def plate_spans(text: str) -> list[Found]:
    found = []
    # Two capitals and two digits: where the scan for them finds a start (one found inside
    # another's letters cannot be a plate's: its second letter would be a digit or a space).
    for m in _matches_at(_PLATE, text, (m.start() for m in _PLATE_START.finditer(text))):
        if m["letters"] in _NOT_A_PLATE:
            continue
        spaced = " " in m.group(0) or "\u00a0" in m.group(0)
        sure = spaced or bool(_PLATE_CUE.search(text[max(0, m.start() - 40) : m.start()]))
        found.append(Found(m.start(), m.end(), RedactionKind.PLATE, PLATE_REMOVED, sure))
    return found


def _first_word(text: str) -> str:
    first = re.match(rf"[{LETTER}]+", text)
    return first.group(0) if first else ""


def address_spans(text: str) -> list[Found]:
    found = []
    # A street's name ends in a street word's ending right before the spaces and the house
    # number, and no address runs over a line: only the lines with such a place are read.
    streets = (m.start() for m in _SPACED_DIGIT.finditer(text) if text.endswith(_STREET_ENDINGS, 0, m.start()))
    # Any word's house number, followed by a floor, a door or a postcode: on its line only.
    tails = (m.start() for m in _HOUSE_NUMBER_TAIL.finditer(text))
    for matches in (_matches_on_lines(_ADDRESS_BY_STREET, text, streets), _matches_on_lines(_ADDRESS_BY_TAIL, text, tails)):
        for m in matches:
            if _first_word(m.group(0)) not in _NOT_A_STREET:
                found.append(Found(m.start(), m.end(), RedactionKind.ADDRESS, ADDRESS_REMOVED))
    for m in _ADDRESS_LINE.finditer(text):
        if _first_word(m["a"]) not in _NOT_A_STREET:
            found.append(Found(m.start("a"), m.end("a"), RedactionKind.ADDRESS, ADDRESS_REMOVED))
    for m in _ADDRESS_BY_CUE.finditer(text):
        group = "a" if m["a"] is not None else "b"
        if _first_word(m[group]) not in _NOT_A_STREET:
            found.append(Found(m.start(group), m.end(group), RedactionKind.ADDRESS, ADDRESS_REMOVED))
    # A postcode and a town: four digits, spaces and a capital; on its line only.
    towns = [m.start() for m in _POSTCODE_START.finditer(text)]
    for m in _matches_on_lines(_POSTCODE_TOWN, text, towns):
        found.append(Found(m.start("pt"), m.end("pt"), RedactionKind.ADDRESS, ADDRESS_REMOVED))
    # A postcode before a known town starts where the scan for postcodes found one.
    places_at = _matches_at(_POSTCODE_PLACE, text, towns) if towns else []
    if places_at:
        from .lexicon import places

        for m in places_at:
            if m["town"] in places():
                found.append(Found(m.start(), m.end(), RedactionKind.ADDRESS, ADDRESS_REMOVED))
    return found


def contact_spans(text: str, *, addresses: bool = True) -> list[Found]:
    """Every e-mail address, CPR number, phone number and licence plate in `text`; street
    addresses too if `addresses`."""
    if not text:
        return []
    spans = email_spans(text) + cpr_spans(text) + phone_spans(text) + plate_spans(text)
    if addresses:
        spans += address_spans(text)
    return spans


def redact_contact(text: str, *, addresses: bool = True) -> str:
    """Remove e-mail addresses, CPR numbers, phone numbers and licence plates; street
    addresses too if `addresses`."""
    if not text:
        return text
    return apply(text, resolve(contact_spans(text, addresses=addresses), text))
