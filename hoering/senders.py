"""Who sent a response: read the letter the way a person in the secretariat does.

Cues, most trusted first:

1. title: "Høringssvar fra Ældrerådet" near the top, or a first line that names a staff
   committee ("LMU i Ressourcecenter Aalborg"); a web form's fields ("Navn:", "Organisation:",
   "Svarer som: Privatperson"); the sender in the genitive ("Skolebestyrelsens høringssvar
   til …", "Seniorrådets bemærkninger"); a byline ("Af Egebæk Kommunes Ungdomsråd"); the
   organisation as the subject of the opening sentence ("Idrætsrådet har drøftet …",
   "Dansk Sygeplejeråd Kreds Syd bakker op om …");
2. letterhead: `doc.letterhead` (DOCX page header, repeated PDF page header), else the
   first lines of the text;
3. signature: the block near the end: "På vegne af …", "formand for …", the lines after
   "Med venlig hilsen";
4. filename: what is left of "03_hoeringssvar_aeldreraadet.docx" after numbering,
   "høringssvar" and the extension.

The recipient's address block at the top ("Til Egebæk Kommune / Jobcenter Egebæk / Att.:
Udvalget / Rådhustorvet 1") is never a cue: the municipality and its units receive the
letter. Neither is a date line ("Vestby, 3. marts 2027") nor a postcode and town: they name
places. Every cue is matched against the consultation's parties (`hoering.parties.match_party`);
a cue that names a party beats one that does not, and among equals the more trusted cue
wins, except that a letter written in the first person singular ("jeg") and signed by a
person's name is hers though a bare signature line or its file name names a party. Two
adjacent letterhead lines may name a party together: an organisation and its unit, read from
the first name on each line or from all the names on them ("Hospitalsenheden" / "Region
Nordjylland · Sygehus Vendsyssel").

A person's name with no organisation (a signature that is just a name, "Rasmus og Trine
Kjeldsen") makes the sender a citizen; a name with an organisation word ("råd", "forening",
"udvalg", "bestyrelse", "kreds", "ApS", an acronym, "3F") is never a citizen, nor is a name
beside a person who signs with a job title ("Vestby Erhverv / Karen Holm / direktør"). When in
doubt the sender is a private person: a name without an organisation word beside a person's
signature, or no name at all, reads as a citizen, because a citizen's letter shown as an
organisation's would be published under its name. A letter may end without a greeting: the
lines after its last sentence are its signature. Body sentences are never taken for names:
candidates are short, capitalised and free of sentence punctuation. `confidence` says how
surely a guess was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hoering.extract import ExtractedDocument
from hoering.greetings import GREETING
from hoering.model import SenderKind, SenderSource
from hoering.parties import fold, match_party, municipality, own_municipality

_SOURCES = (SenderSource.TITLE, SenderSource.LETTERHEAD, SenderSource.SIGNATURE, SenderSource.FILENAME)

_MAX_NAME_WORDS = 8
_MAX_NAME_CHARS = 80
_HEAD_LINES = 15  # where titles and letterheads live
_SIGNATURE_WORDS = 12  # a signature line is short; a longer line is a sentence of the body
_TAIL_LINES = 15  # where signatures live

_TITLE_RE = re.compile(  # "Høringssvar fra X", also after the proposal's name: "Vejplan – bemærkninger fra X"
    r"^(?P<before>[^–—:]{1,60}?(?:\s[–—-]|:)\s+)?(?:høringssvar|hoeringssvar|høringsvar|bemærkninger|kommentarer|svar|udtalelse)"
    r"\s+fra\s*:?\s+(?P<name>.+)$",
    re.IGNORECASE,
)
# Where a title's sender name ends: "Høringssvar fra X vedr. Y", "… fra X – Y", "… fra X: Y".
_TITLE_END_RE = re.compile(
    r"\s+(?:vedr\.?|vedrørende|ang\.?|angående|om|til|i\s+forbindelse\s+med)\s|\s[–—-]\s|[:;]|,",
    re.IGNORECASE,
)
# "Skolebestyrelsens høringssvar til …", "Seniorrådets bemærkninger": the sender in the genitive.
_GENITIVE_TITLE_RE = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w\-æøå]*(?:\s+(?:[A-ZÆØÅ][\w\-æøå]*|i|og|for|ved|på|af)){0,6}?)s\s+"
    r"(?:høringssvar|hoeringssvar|bemærkninger|kommentarer|svar|udtalelse|indsigelse)\b"
)
# A byline under the title: "Af Egebæk Kommunes Ungdomsråd".
_BYLINE_RE = re.compile(r"^(?:af|afsender)\s*:?\s+(?P<name>[A-ZÆØÅ].{1,78})$", re.IGNORECASE)
# The organisation as the subject of the letter's opening sentence: "Idrætsrådet har drøftet …",
# "Dansk Sygeplejeråd Kreds Syd bakker op om …". Only verbs a sender opens with.
_OPENING_RE = re.compile(
    r"^(?P<name>[A-ZÆØÅ][\w\-/&æøå]*(?:\s+(?:[A-ZÆØÅ0-9][\w\-/&æøå]*|i|og|for|ved|på|af|de|det|den)){0,8}?)"
    r"(?:\s*\([^)]{1,20}\))?\s+"
    r"(?:har\s+(?:med\s+\w+\s+\w+\s+)?(?:drøftet|behandlet|læst|gennemlæst|set|kigget|vurderet|gennemgået|modtaget|følgende|nogle|en\s+række|ingen)"
    r"|bakker|støtter|takker|ønsker|finder|mener|anbefaler|afgiver|fremsender|hilser|glæder|"
    r"er\s+(?:imod|bekymre\w*|positiv\w*|uenig\w*|enig\w*|glad\w*|meget|dybt|stærkt)|"
    r"vil\s+(?:gerne|hermed|opfordre)|kan\s+(?:ikke|ikke\s+)?(?:støtte|anbefale|tilslutte)|"
    r"skal\s+hermed|sender\s+hermed|ser\s+(?:positivt|med)|tager|undrer|opfordrer|protesterer|frygter)\b"
)
# Who is never the sender, though the letter names them at its top: the municipality and its
# units (the letter's recipient), and generic words for them.
_RECIPIENT_WORD_RE = re.compile(
    r"\b(?:kommune|kommunen|forvaltning(?:en)?|rådhus(?:et)?|borgerservice|byråd(?:et)?|"
    r"administration(?:en)?|sekretariat(?:et)?)\b",
    re.IGNORECASE,
)
_RECIPIENT_START_RE = re.compile(r"^(?:til|att\.?|attention|modtager)\b\s*:?", re.IGNORECASE)
_RECIPIENT_STOP_RE = re.compile(r"^(?:fra|af|afsender|vedr|vedrørende|emne|høringssvar|hoeringssvar)\b", re.I)
# Fields of a web form's export: "Navn: …", "Organisation: …", "Svarer som: Privatperson".
_FORM_FIELD_RE = re.compile(
    r"^(?P<field>navn|fulde navn|organisation|forening|virksomhed|myndighed|svarer som|afsendertype)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FORM_LINES = 40
# A salutation or a title: never a letterhead.
_SALUTATION_RE = re.compile(
    r"^(?:kære|hej|hejsa|goddag|til|att\.?|dear|vedr\.?|vedrørende|emne|re|høringssvar|hoeringssvar|høring"
    r"|bemærkninger|kommentarer|svar|indsigelse|udtalelse)\b",
    re.IGNORECASE,
)
_QUALIFIED_LINE_RE = re.compile(
    r"^(?:LMU|AMU|HMU|MED-udvalget|Medarbejderne|Medarbejdersiden|Ledelsen|Bestyrelsen)\b"
)
_QUALIFIER_COMMA_RE = re.compile(
    r"^(?P<body>LMU|AMU|HMU|MED-udvalget|Medarbejderne|Medarbejdersiden|Ledelsen|Bestyrelsen),\s+(?=[A-ZÆØÅ])"
)
_ON_BEHALF_RE = re.compile(r"\bp(?:å|aa)\s+vegne\s+af\s+(?P<name>.+)$", re.IGNORECASE)
_ROLE_RE = re.compile(
    r"\b(?:formand|næstformand|forperson|næstforperson|sekretær|tillidsrepræsentant|"
    r"kontaktperson|medlem)\s+(?:for|i|af)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
# Cut a line before these so "Birgitte Nørgaard På vegne af LMU i X" splits in two.
_SPLIT_BEFORE_RE = re.compile(
    r"\s+(?=p(?:å|aa)\s+vegne\s+af\b|(?:formand|næstformand|forperson)\b)", re.IGNORECASE
)
_SEPARATORS_RE = re.compile(r"\s+[·|•–—]\s+|\t+|\s{3,}")
_ADDRESS_RE = re.compile(
    r"\b\d{4}\s+[A-ZÆØÅ][a-zæøå]+|^[A-ZÆØÅ][\wæøå.\- ]+\s\d{1,4}[A-Za-z]?(?:,|\s|$)"
)
_CONTACT_RE = re.compile(
    r"@|\b(?:tlf|telefon|mobil|e-?mail|www|cvr|ean)\b|\+45|\d{2} ?\d{2} ?\d{2} ?\d{2}", re.I
)
_DATE_RE = re.compile(
    r"\b\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.IGNORECASE,
)
_ENDS_SENTENCE_RE = re.compile(r"[.!?]$")
_FIRST_PERSON_RE = re.compile(r"\b(?:jeg|mig|min|mit|mine)\b", re.IGNORECASE)
_I_RE = re.compile(r"\bjeg\b", re.IGNORECASE)
_PLURAL_RE = re.compile(r"\b(?:vi|os|vores)\b", re.IGNORECASE)

# Lower-case words a name may contain ("LMU i Job- og Aktivhuset", "Det lokale …").
_NAME_SMALL_WORDS = frozenset("i og for af fra ved på det den de til v/ lokale".split())
# Word endings and acronyms that make a name an organisation rather than a person.
_ORG_ENDINGS = tuple(
    """råd rådet udvalg udvalget forening foreningen forbund forbundet center centret centeret
    huset hus afdeling afdelingen kommune skole skolen projekt projektet værksted værkstedet
    sekretariat sekretariatet forvaltning forvaltningen medarbejderne medarbejdersiden
    bestyrelse bestyrelsen selskab selskabet fond klub klubben organisation netværk netværket
    gruppe gruppen institut enhed enheden jobcenter a/s aps i/s kirke""".split()
)
# Words that make any name an organisation's, wherever they stand in it ("Lærerkreds",
# "Beboerforening", "MED-udvalg", "Egebæk Plast ApS"): a person is never called this.
_ORG_WORD_ENDINGS = _ORG_ENDINGS + tuple(
    """kreds kredsen lokalråd foreningens råds rådets udvalgs bestyrelsens aps a/s i/s k/s
    amba smba fonden menighedsråd grundejerforening lauget laug""".split()
)
_NUMBERED_RE = re.compile(r"^(?P<name>[^\d,;]+?)\s+\d{1,3}$")


def _is_numbered_org(text: str) -> bool:
    """ "Kreds 7", "Afdeling 12": an organisation word and its number, not a street and its."""
    m = _NUMBERED_RE.match(text)
    return bool(m) and has_org_word(m["name"])


_ACRONYM_RE = re.compile(r"^[A-ZÆØÅ]{2,}(?:-[A-ZÆØÅa-zæøå]+)?$")
# "3F Vestby": an acronym with a digit opens a name (a house number "2B" ends a street's).
_DIGIT_ACRONYM_RE = re.compile(r"^\d[A-ZÆØÅ]{1,3}(?=\s|$)")
_NAME_PARTICLES = frozenset("von van de da af la le".split())
# What mail programs put before a subject or a saved mail's name ("VS: Musikskolen").
_MAIL_PREFIXES = frozenset("vs sv re fw fwd aw wg tr".split())
# A signature line that is only a job title ("Formand", "Afdelingsleder") names nobody.
_ROLE_ENDINGS = tuple(
    """formand forperson leder chef direktør konsulent sekretær medlem repræsentant rådgiver
    koordinator medarbejder indehaver partner overlæge""".split()
)
_FILENAME_NOISE = frozenset("hoeringssvar hoeringsvar svar fra til".split())
# Well-known names where "aa" is not an ASCII "å" (file names are transliterated back).
_KEEP_AA = frozenset("aalborg aarhus aabenraa faaborg haarby maarslet".split())


@dataclass
class SenderGuess:
    """Who sent a response. `name` is the party's name when a party matched."""

    name: str | None
    kind: SenderKind = SenderKind.ORGANISATION
    source: SenderSource = SenderSource.UNKNOWN
    party: str | None = None
    score: float = 0.0  # 0-100: how surely `party` was matched (rapidfuzz scale); 0 without party


@dataclass
class _Candidate:
    name: str
    source: SenderSource
    party: str | None = None
    score: float = 0.0
    signed_for: bool = False  # where it stands says it is an organisation (beside a person and a job title)
    office: bool = False  # named by an office held in it: "formand for …", "på vegne af …"
    said: str = ""  # the words that named the party, as the letter writes them


def _signs_first_name(cand: _Candidate) -> bool:
    """A signature of one capitalised word that no organisation word, party or office names."""
    return (not (cand.party or cand.signed_for or cand.office) and bool(_FIRST_NAME_RE.fullmatch(cand.name))
            and not has_org_word(cand.name))  # fmt: skip


def _bare(cand: _Candidate) -> bool:
    """A weak cue: a file name, or a signature line that only names an organisation."""
    return cand.source == SenderSource.FILENAME or (cand.source == SenderSource.SIGNATURE and not cand.office)


# --------------------------------------------------------------------------- text


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    return name.strip(" \t.,;:!?\"'«»“”‘’-–—")


def _is_name_like(text: str) -> bool:
    """Short, capitalised, no sentence punctuation, no digits: a name, not a body sentence."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or len(text) > _MAX_NAME_CHARS:
        return False
    if re.search(r"[.!?]$|[,;]\s", text) or any(ch.isdigit() for ch in _DIGIT_ACRONYM_RE.sub("", text)):
        if not _is_numbered_org(text):
            return False  # digits are an address's or a date's, not a name's ("3F" is an acronym)
    if not (text[0].isupper() or _DIGIT_ACRONYM_RE.match(text)):
        return False
    content = [w for w in words if w.lower() not in _NAME_SMALL_WORDS]
    capitalised = sum(1 for i, w in enumerate(content) if w[0].isupper() or (i == 0 and _DIGIT_ACRONYM_RE.match(w)))
    return capitalised * 2 >= len(content) > 0


def _is_person_name(text: str) -> bool:
    """'Knud Erik Sørensen', not 'Ældrerådet' nor 'Jobcenter Aalborg'."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not _is_name_like(text):
        return False
    for word in words:
        lower = word.lower()
        if lower in _NAME_PARTICLES:
            continue
        if not re.fullmatch(r"[A-ZÆØÅÉÜÖÄ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?", word):
            return False  # acronyms (LMU, LBR) and odd tokens are not first names
        if lower.endswith(_ORG_WORD_ENDINGS):
            return False
    return True


def has_org_word(name: str | None) -> bool:
    """Whether a name says it is an organisation's: an organisation word ("råd", "forening",
    "udvalg", "bestyrelse", "kreds", "ApS" …) or an acronym ("BUPL", "MED-udvalget")."""
    if _DIGIT_ACRONYM_RE.match(name or ""):
        return True
    for word in (name or "").split():
        bare = word.strip(".,;:()\"'«»")
        if _ACRONYM_RE.match(bare) and bare.lower() not in _MAIL_PREFIXES:
            return True
        if bare.lower().endswith(_ORG_WORD_ENDINGS):
            return True
    return False


_FIRST_NAME_RE = re.compile(r"[A-ZÆØÅÉ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?")


def is_people(text: str) -> bool:
    """A private person or a household: 'Karl Erik Madsen', 'Rasmus og Trine Kjeldsen',
    'Anders Holm og Sofie Holm' - names joined by "og" or "&", the last one in full."""
    text = _clean_name(text)
    if has_org_word(text):
        return False
    parts = re.split(r"\s+(?:og|&)\s+", text)
    if not 1 <= len(parts) <= 3 or not _is_person_name(parts[-1]):
        return False
    return all(_is_person_name(p) or _FIRST_NAME_RE.fullmatch(p) for p in parts[:-1])


def _is_role(text: str) -> bool:
    words = text.lower().split()
    return 0 < len(words) <= 2 and words[-1].endswith(_ROLE_ENDINGS)


def _top_block(lines: list[str]) -> list[str]:
    """The lines above the body: letterhead, addresses, date, title (at most 8)."""
    top = []
    for line in lines[:8]:
        if len(line.split()) > 12 or re.search(r"[.!?]$", line):
            break
        top.append(line)
    return top


def _prefixes(name: str) -> list[str]:
    """'X Y Z' -> ['X Y Z', 'X Y', 'X']: a name run into the following words still matches."""
    words = name.split()[:_MAX_NAME_WORDS]
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def _best_match(name: str, parties: list[str]) -> tuple[str, str, float] | None:
    """(the part of `name` that matched, party, score 0-100), trying shorter prefixes too."""
    best = None
    for prefix in _prefixes(name):
        found = match_party(prefix, parties)
        if found and (best is None or found[1] > best[2]):
            best = (prefix, found[0], found[1])
    return best


def _candidate(
    name: str, source: SenderSource, parties: list[str], *, strict: bool
) -> _Candidate | None:
    """A cue's name, matched to a party; unmatched names are kept only if name-like."""
    name = _clean_name(name)
    if not name:
        return None
    found = _best_match(name, parties) if parties else None
    if found:
        return _Candidate(found[1], source, found[1], found[2], said=found[0])
    if len(name.split()) > _MAX_NAME_WORDS or len(name) > _MAX_NAME_CHARS:
        return None
    if strict and not _is_name_like(name):
        return None
    if not strict and (any(ch.isdigit() for ch in name) or re.search(r"[.!?]$", name)):
        return None
    return _Candidate(name[0].upper() + name[1:], source)


# ------------------------------------------------------------------------- cues


def without_recipient(head: list[str], parties: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The top lines without the recipient's address block: "Til Egebæk Kommune / Kultur og
    Fritid / Att.: Udvalget / Rådhustorvet 1 / 8790 Egebæk". The block starts at "Til", "Att."
    or a line naming the municipality, and runs over short name and address lines until a
    date, a title, a "Fra" line or a sentence. A council of the municipality heading its own
    letter ("Udsatterådet i Kragelund Kommune", a consulted party) names the municipality as
    its home, not as the recipient."""
    out: list[str] = []
    inside = False
    for index, line in enumerate(head):
        words = len(line.split())
        short = words <= 8 and not line.endswith(("!", "?")) and not (line.endswith(".") and words >= 4)
        starts = index < 10 and short and (
            _RECIPIENT_START_RE.match(line) or (_RECIPIENT_WORD_RE.search(line) and _is_name_like(line)
                                                and not _GENITIVE_TITLE_RE.match(line)
                                                and not _council_of_the_municipality(line, parties))
        )
        if starts:
            inside = True
        elif inside and (
            not short or _DATE_RE.search(line) or _RECIPIENT_STOP_RE.match(line) or _TITLE_RE.match(line)
            or not (_is_name_like(line) or _ADDRESS_RE.search(line) or line.lower().startswith(("att", "c/o")))
        ):
            inside = False
        if not inside:
            out.append(line)
    return out


def _council_of_the_municipality(line: str, parties: list[str] | tuple[str, ...]) -> bool:
    """A line that names a consulted party by its municipality: "Udsatterådet i Kragelund Kommune"."""
    return bool(parties) and municipality(line) is not None and match_party(line, list(parties)) is not None


def _home(top: list[str], letterhead: str, parties: list[str]) -> str | None:
    """Another municipality than the consultation's own, when the letter's heading says its
    sender belongs there: a short line at its top, or of its letterhead, that names a body by
    its municipality ("Udsatterådet i Vestby Kommune"); None when none does."""
    own = own_municipality(parties)
    for line in [*_lines(letterhead), *top]:
        found = municipality(line) if len(line.split()) <= _MAX_NAME_WORDS and not line.endswith(".") else None
        if found and found[0] != own:
            return found[0]
    return None


def _party_at_home(cand: _Candidate, parties: list[str], home: str) -> bool:
    """Whether the words that named `cand`'s party still name it in a letter of `home`'s."""
    found = match_party(cand.said or cand.name, parties, home=home)
    return found is not None and found[0] == cand.party


def _title_name(text: str) -> str:
    """Where a title's sender name ends (`_TITLE_END_RE`), except that a comma after a body of
    an institution introduces its unit: "LMU, Den Kommunale Tandpleje" is one name."""
    unit = _QUALIFIER_COMMA_RE.match(text)
    if unit:
        return f"{unit['body']} {_title_name(text[unit.end():])}"
    return _TITLE_END_RE.split(text, maxsplit=1)[0]


def _with_branch(text: str, name: str) -> str | None:
    """The title's name with the part after its comma, for an organisation and its local branch
    ("Danmarks Naturfredningsforening, Fjordhede afdeling"; "DSR, Kreds Syd"): read as one name
    only when together they name a party."""
    rest = text[len(name) :]
    if not rest.startswith(","):
        return None
    branch = _TITLE_END_RE.split(rest[1:].strip(), maxsplit=1)[0]
    return f"{name} {branch}" if branch and _is_name_like(branch) else None


def _is_recipient(name: str) -> bool:
    return bool(_RECIPIENT_WORD_RE.search(name)) and not has_org_word(_RECIPIENT_WORD_RE.sub("", name))


def _opening_cues(head: list[str], parties: list[str]) -> list[_Candidate]:
    """Genitive titles, bylines and the organisation that opens the first sentence."""
    found = []
    sentences = 0
    for line in head:
        if GREETING.match(line) or _ON_BEHALF_RE.search(line):
            break
        genitive = _GENITIVE_TITLE_RE.match(line)
        byline = _BYLINE_RE.match(line) if len(line.split()) <= 10 else None
        opening = _OPENING_RE.match(line) if len(line.split()) > 5 and sentences < 2 else None
        if len(line.split()) > 12:
            sentences += 1
        match = genitive or byline or opening
        if not match:
            continue
        name = _title_name(match.group("name"))
        if name.lower() in _PRONOUNS or _is_recipient(name):
            continue
        cand = _candidate(name, SenderSource.TITLE, parties, strict=True)
        if cand and (cand.party or has_org_word(cand.name)):
            found.append(cand)
    return found


_PRONOUNS = frozenset("vi jeg de den det man undertegnede undertegnet".split())


def _form_cues(lines: list[str], parties: list[str]) -> tuple[list[_Candidate], list[str], bool]:
    """(organisations, people, whether the form says a private person answers) from a web form."""
    orgs: list[_Candidate] = []
    people: list[str] = []
    private = False
    for line in lines[:_FORM_LINES]:
        m = _FORM_FIELD_RE.match(line)
        if not m:
            continue
        field, value = m["field"].lower(), _clean_name(m["value"])
        if field in ("svarer som", "afsendertype"):
            private = private or bool(re.search(r"privat|borger", value, re.IGNORECASE))
        elif field in ("navn", "fulde navn"):
            if is_people(value):
                people.append(value)
        elif value and value.lower() not in ("-", "ingen", "nej"):
            cand = _candidate(value, SenderSource.TITLE, parties, strict=True)
            if cand:
                orgs.append(cand)
    return orgs, people, private


def _title_cues(head: list[str], parties: list[str]) -> list[_Candidate]:
    """ "Høringssvar fra X" near the top; "LMU i X" alone on a line above the body."""
    found = []
    top = _top_block(head)
    for i, line in enumerate(head):
        if GREETING.match(line) or _ON_BEHALF_RE.search(line):
            break  # a short letter: the rest is its signature
        m = _TITLE_RE.match(line)
        if m:
            name = _title_name(m.group("name"))
            # After the proposal's name, only a name will do (not "svar fra borgere i Vestby").
            cand = _candidate(name, SenderSource.TITLE, parties, strict=bool(m.group("before")))
            branch = _with_branch(m.group("name"), name)
            joined = _candidate(branch, SenderSource.TITLE, parties, strict=True) if branch else None
            if joined and joined.party and not (cand and cand.party):
                cand = joined
        elif _QUALIFIED_LINE_RE.match(line):
            # Above the body a name-like line will do; run into the body it must name a party.
            cand = _candidate(line, SenderSource.TITLE, parties, strict=True)
            if cand and not cand.party and i >= len(top):
                cand = None
        else:
            continue
        if cand:
            found.append(cand)
    return found


def _letterhead_cues(
    doc: ExtractedDocument, head: list[str], parties: list[str]
) -> list[_Candidate]:
    found = []
    firsts: list[str | None] = []  # each line's first name, for units named under their organisation
    for line in _lines(doc.letterhead):
        m = _TITLE_RE.match(line)
        if m:
            line = _title_name(m.group("name"))
        first = None
        for part in _SEPARATORS_RE.split(line):
            if _CONTACT_RE.search(part) or _ADDRESS_RE.search(part) or _DATE_RE.search(part):
                continue
            cand = _candidate(part, SenderSource.LETTERHEAD, parties, strict=True)
            if cand:
                found.append(cand)
                first = first or _clean_name(part)
        firsts.append(first)
    found[:0] = _units(firsts, parties)
    firsts = []
    wholes: list[str | None] = []  # each line's names together: "Region Midtjylland · Regionspsykiatrien X"
    # Without a separate letterhead, the top lines of the text may be one (the recipient's
    # address block is gone from `head`): trust them when they name a party, or an
    # organisation by an organisation word ("CareScreen ApS" above "Til Sundhedsudvalget").
    for line in _top_block(head):
        if _SALUTATION_RE.match(line):
            firsts.append(None)
            wholes.append(None)
            continue
        first = None
        names = []
        for part in _SEPARATORS_RE.split(line):
            if not _is_name_like(part) or part.endswith(":"):
                continue
            first = first or _clean_name(part)
            names.append(_clean_name(part))
            cand = _candidate(part, SenderSource.LETTERHEAD, parties, strict=True)
            if cand and (cand.party or (has_org_word(cand.name) and not _is_recipient(cand.name))):
                found.append(cand)
        firsts.append(first)
        wholes.append(" ".join(names) if len(names) > 1 else None)
    # An organisation over the line that names its region and unit ("Psykiatrien" / "Region
    # Midtjylland · Regionspsykiatrien Vestby"): the whole letterhead names the party.
    return _units(firsts, parties) + _units([w or f for w, f in zip(wholes, firsts, strict=True)], parties) + found


def _units(names: list[str | None], parties: list[str]) -> list[_Candidate]:
    """A unit named on the line under its organisation ("Vestby Lærerkreds" / "Seniorudvalget")
    is the party that names both ("Vestby Lærerkreds, Seniorudvalget"): two adjacent lines'
    names read as one, kept only when together they name a party."""
    found = []
    for upper, lower in zip(names, names[1:], strict=False):
        if upper and lower:
            cand = _candidate(f"{upper} {lower}", SenderSource.LETTERHEAD, parties, strict=True)
            if cand and cand.party:
                found.append(cand)
    return found


def _signature_lines(lines: list[str]) -> list[str]:
    tail = lines[-_TAIL_LINES:]
    out: list[str] = []
    for line in tail:
        greeting = GREETING.match(line)
        if greeting:
            out.append(line[: greeting.end()])
            line = line[greeting.end() :].strip(" ,")
        out.extend(p for p in _SPLIT_BEFORE_RE.split(line) if p.strip())
    return out


def _signature_cues(lines: list[str], parties: list[str]) -> tuple[list[_Candidate], list[str]]:
    """Organisation candidates and person names, from the end."""
    tail = _signature_lines(lines)
    orgs: list[_Candidate] = []
    people: list[str] = []
    signed: dict[int, str] = {}  # tail line -> the person's name on it
    roles: set[int] = set()  # tail lines that are a job title alone ("Formand", "faglig sekretær")
    unnamed: dict[int, _Candidate] = {}  # tail line -> an organisation without an organisation word
    after_greeting = False
    # A letter may end without a greeting: the lines after its last sentence are its signature.
    last_sentence = max((i for i, line in enumerate(tail) if _ENDS_SENTENCE_RE.search(line)
                         and len(line.split()) >= 6), default=None)  # fmt: skip
    for index, line in enumerate(tail):
        if last_sentence is not None and index > last_sentence and not any(GREETING.match(x) for x in tail):
            after_greeting = True
        if GREETING.match(line):
            after_greeting = True
            continue
        # "På vegne af …", "formand for …" sign a letter on a line of their own, not in a
        # sentence of the body ("Jeg er medlem af HK, og de siger …").
        role = (_ON_BEHALF_RE.search(line) or _ROLE_RE.search(line)) if len(line.split()) <= _SIGNATURE_WORDS else None
        if role:
            after_greeting = True
            cand = _candidate(role.group("name"), SenderSource.SIGNATURE, parties, strict=False)
            if cand:
                cand.office = True
                orgs.append(cand)
            continue
        if _DATE_RE.search(line):
            continue  # "Vestby, 3. oktober 2027": a date line names a place, never the sender
        if _ADDRESS_RE.search(line) and not _is_numbered_org(line):
            continue
        name = _clean_name(line.split(",")[0])
        if _is_role(name):
            roles.add(index)
            # "faglig sekretær, Byggegruppen": the title and where it is held.
            where = _clean_name(line.split(",", 1)[1]) if "," in line else ""
            cand = _candidate(where, SenderSource.SIGNATURE, parties, strict=True) if _is_name_like(where) else None
            if cand and not _is_recipient(where):
                cand.signed_for = True
                orgs.append(cand)
            continue
        if not _is_name_like(line.split(",")[0]):
            continue
        if _is_recipient(name):
            continue  # the municipality, where a short letter's address block reaches the tail
        cand = _candidate(name, SenderSource.SIGNATURE, parties, strict=True)
        if cand and cand.party:
            orgs.append(cand)
        elif after_greeting and is_people(name):
            people.append(name)
            signed[index] = name
        elif after_greeting and cand and not is_people(name):
            orgs.append(cand)
            unnamed[index] = cand
    # "Vestby Erhverv / Karen Holm / direktør" and "Karen Holm / direktør / Vestby Erhverv":
    # a name beside a person who signs with a job title is the organisation she signs for,
    # though it looks like a person's name or a place.
    for index, name in list(signed.items()):
        beside = index + 1 in signed and index + 2 in roles or index - 2 in signed and index - 1 in roles
        if beside and name in people:
            people.remove(name)
            orgs.append(_Candidate(name, SenderSource.SIGNATURE, signed_for=True))
    for index, cand in unnamed.items():
        cand.signed_for = cand.signed_for or (index - 2 in signed and index - 1 in roles)
    return orgs, people


def _head_people(head: list[str]) -> list[str]:
    """A person's name directly above an address line, as citizens head their letters."""
    top = _top_block(head)
    return [
        line
        for line, below in zip(top, top[1:], strict=False)
        if is_people(line) and _ADDRESS_RE.search(below)
    ]


def _filename_name(filename: str) -> str:
    stem = Path(filename or "").name
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)
    stem = re.sub(r"^\s*\d+\s*[._\-–)]*\s*", "", stem)
    stem = re.sub(r"^(?:(?:vs|sv|re|fw|fwd|aw|wg|tr)\s*:\s*)+", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"[_+]+", " ", stem)
    stem = re.sub(r"(?i)\b(?:vedr|vedrørende|vedroerende|ang|angående|om)\b.*$", "", stem)
    words = [w for w in stem.split() if fold(w).strip("-") not in _FILENAME_NOISE]
    text = " ".join(words).strip(" -–")
    if text.isascii():
        text = " ".join(_danish_letters(w) for w in text.split())
    return text


def _danish_letters(word: str) -> str:
    """'aeldreraadet' -> 'ældrerådet' for words a mail program flattened to ASCII."""
    if not word.islower() or word in _KEEP_AA:
        return word
    return word.replace("aa", "å").replace("ae", "æ").replace("oe", "ø")


def _filename_cues(filename: str, parties: list[str]) -> list[_Candidate]:
    name = _filename_name(filename)
    if not name:
        return []
    cand = _candidate(name, SenderSource.FILENAME, parties, strict=False)
    if cand and (cand.party or len(name.split()) <= 5):
        return [cand]
    return []


# ------------------------------------------------------------------------ decide


def _writes_as_person(text: str) -> bool:
    """The letter's writer speaks as one person: "jeg" at least twice (a citizen writes "vi"
    too, for the family or the neighbours: "Vi er mange på vejen, der …"), or more
    singular than plural pronouns."""
    singular = len(_FIRST_PERSON_RE.findall(text))
    return len(_I_RE.findall(text)) >= 2 or (singular >= 2 and singular > len(_PLURAL_RE.findall(text)))


def detect_sender(
    doc: ExtractedDocument, filename: str = "", parties: list[str] | tuple[str, ...] = ()
) -> SenderGuess:
    """Guess who sent `doc` (saved as `filename`), matched against the consultation's parties."""
    parties = list(parties)
    lines = _lines(doc.text)
    head = without_recipient(lines[:_HEAD_LINES], parties)
    signature_orgs, people = _signature_cues(lines, parties)
    form_orgs, form_people, private = _form_cues(lines, parties)
    if form_people and (private or not form_orgs):
        return SenderGuess(form_people[0], SenderKind.CITIZEN, SenderSource.TITLE)
    by_source = {
        SenderSource.TITLE: form_orgs + _title_cues(head, parties) + _opening_cues(head, parties),
        SenderSource.LETTERHEAD: _letterhead_cues(doc, head, parties),
        SenderSource.SIGNATURE: signature_orgs,
        SenderSource.FILENAME: _filename_cues(filename, parties),
    }
    ordered = [cand for source in _SOURCES for cand in by_source[source]]

    home = _home(lines[:_HEAD_LINES], doc.letterhead, parties)
    # "Udsatterådet" in a letter headed "Udsatterådet i Vestby Kommune" is Vestby's council.
    matched = [cand for cand in ordered if cand.party and (home is None or _party_at_home(cand, parties, home))]
    first_person = _writes_as_person(doc.text)
    if matched and people and first_person and all(_bare(cand) for cand in matched):
        # A letter in the first person singular, signed by a person's name: hers, though a
        # line of its signature or its file name names a party (no title, letterhead or
        # "formand for" says she writes for it).
        return SenderGuess(people[0], SenderKind.CITIZEN, SenderSource.SIGNATURE)
    if matched:
        best = matched[0]
        return SenderGuess(
            best.party, SenderKind.ORGANISATION, best.source, best.party, round(best.score, 1)
        )

    # No party named. A private person: a person's name and no organisation named by an
    # organisation word or its place in the signature. When in doubt, a private person.
    known_orgs = {c.name for c in ordered if c.signed_for}
    organisations = [c for c in ordered if c.source != SenderSource.FILENAME
                     and (c.name in known_orgs or not is_people(c.name))]  # fmt: skip
    persons: list[tuple[str, SenderSource]] = [
        *((c.name, SenderSource.TITLE) for c in by_source[SenderSource.TITLE] if is_people(c.name)),
        *((name, SenderSource.SIGNATURE) for name in people),
        *((name, SenderSource.LETTERHEAD) for name in _head_people(head)),
        *((c.name, SenderSource.FILENAME) for c in by_source[SenderSource.FILENAME] if is_people(c.name)),
    ]
    persons = [(name, source) for name, source in persons if name not in known_orgs]
    persons += [(name, SenderSource.SIGNATURE) for name in people if name not in dict(persons)]
    if first_person and not (doc.metadata or {}).get("from_address"):
        # "Hilsen Mads" under a letter written as "jeg": a first name (an e-mail's From header
        # names its writer in full, `pipeline.intake`).
        persons += [(c.name, c.source) for c in signature_orgs if _signs_first_name(c)]
    named_orgs = [c for c in organisations if c.name in known_orgs or has_org_word(c.name)]
    if persons and not named_orgs:
        person, source = persons[0]
        return SenderGuess(person, SenderKind.CITIZEN, source)
    for cand in named_orgs + ordered:
        if cand.source == SenderSource.FILENAME and not has_org_word(cand.name):
            continue  # "Vejplan.pdf", "Svar fra Vestby.docx": a file name alone makes no organisation
        if cand.name in known_orgs or (not _is_person_name(cand.name) and not is_people(cand.name)):
            return SenderGuess(cand.name, SenderKind.ORGANISATION, cand.source)
    if persons:
        person, source = persons[0]
        return SenderGuess(person, SenderKind.CITIZEN, source)
    # Nobody named: a private person until someone says otherwise (a citizen's letter shown
    # as an organisation's would be published under its name).
    return SenderGuess(None, SenderKind.CITIZEN, SenderSource.UNKNOWN)


# ------------------------------------------------------------------- confidence

REVIEW_BELOW = 0.8  # a reading less sure than this is flagged "bør gennemses"
_PARTY_FLOOR = 85.0  # `parties.DEFAULT_THRESHOLD`: the weakest match that is a match


def confidence(guess: SenderGuess) -> float:
    """How surely `guess` names who sent the letter, 0-1.

    A party matched almost word for word (score 95-100) is sure; a looser match, just over the
    threshold, is a guess a person should look at (85 gives 0.5, 94 gives 0.8). Without a
    party: an organisation named in the title or letterhead with an organisation word, or a
    person signing or named by a web form, is fairly sure (0.85); a name the From header alone
    gives, or an organisation name without an organisation word, is not (0.6-0.7); a file
    name is a weak cue (0.4), and no sender at all is nothing (0).
    """
    if guess.source == SenderSource.MANUAL:
        return 1.0
    if guess.party:
        sure = 0.5 + 0.5 * max(0.0, min(guess.score, 100.0) - _PARTY_FLOOR) / (100.0 - _PARTY_FLOOR)
        return round(min(sure, 0.6) if guess.source == SenderSource.FILENAME else sure, 2)
    if not guess.name or guess.source == SenderSource.UNKNOWN:
        return 0.0
    if guess.source == SenderSource.FILENAME:
        return 0.4
    if guess.kind == SenderKind.CITIZEN:
        if "@" in guess.name:
            return 0.6  # only an address
        if guess.source == SenderSource.EMAIL:
            return 0.85 if is_people(guess.name) else 0.7
        return 0.85
    if has_org_word(guess.name):
        return 0.85 if guess.source in (SenderSource.TITLE, SenderSource.LETTERHEAD) else 0.8
    return 0.7 if guess.source == SenderSource.EMAIL else 0.6


def needs_review(sender_confidence: float | None) -> bool:
    """Whether a reading is too unsure to go unread (unknown: read before this was measured)."""
    return sender_confidence is not None and sender_confidence < REVIEW_BELOW
