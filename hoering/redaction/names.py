"""Private persons' names: the people a letter mentions (the citizens who wrote are
`pseudonyms.py`'s).

`find_names` reads one text, tokenised by the Danish layer (`hoering.analysis.danish`),
  for the other people in it: runs of capitalised words judged by the name lists
  (`lexicon.py`) and by the words around them. Said to be a person: "min søn Magnus",
  "vores datter Ida Marie", "læreren, Hanne", "fru Jensen", "som hedder Storm", a first name
  with a surname ("Yusuf Hansen"), a first name from the list on its own. Left alone: places,
  institutions ("Solhøjskolen", "Job- og Aktivhuset"), organisations, street names, a run
  next to a public role ("formand for Ældrerådet, Jørgen Østergaard", "borgmester …"), and
  a capitalised ordinary word at the start of a sentence ("Per", "Storm" as words).

A trained pipeline's entities are not used: one is usually not installed, and the rules must
behave the same on every machine.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import RedactionKind
from . import lexicon
from .patterns import LETTER, LOWER, STREET_SUFFIXES, UPPER
from .spans import NAME_REMOVED, Found

PARTICLES = frozenset({"af", "von", "van", "de", "la", "le", "og", "i", "du", "der", "den", "ten"})
NAME_PARTICLES = frozenset({"von", "van", "de", "la", "le", "du", "der", "den", "ten"})

# People a private letter names by their relation to the writer; always private persons.
FAMILY = frozenset("""
søn sønnen sønner sønnerne datter datteren døtre døtrene barn barnet børn børnene dreng drengen
pige pigen mand manden kone konen hustru hustruen ægtefælle ægtefællen samlever samleveren
kæreste kæresten partner partneren far faren fader faderen mor moren moder moderen bror broren
broder søster søsteren søskende bedstemor bedstefar mormor morfar farmor farfar oldemor oldefar
barnebarn barnebarnet svigersøn svigerdatter svigermor svigerfar nevø nevøen niece niecen
fætter fætteren kusine kusinen onkel onklen tante tanten plejebarn plejesøn plejedatter
stedsøn steddatter bonussøn bonusdatter bonusbarn nabo naboen genbo genboen ven vennen veninde
veninden familien familie fam lillebror lillesøster storebror storesøster tvilling enke
enkemand borgeren pårørende
""".split())
# People who serve a private person: a teacher, a caseworker. Private in a citizen's letter.
PRIVATE_ROLES = frozenset("""
lærer læreren lærerinde lærerinden klasselærer klasselæreren pædagog pædagogen støttepædagog
støttepædagogen sagsbehandler sagsbehandleren socialrådgiver socialrådgiveren rådgiver
rådgiveren jobkonsulent jobkonsulenten konsulent konsulenten mentor mentoren kontaktperson
kontaktpersonen læge lægen psykolog psykologen psykiater psykiateren sygeplejerske
sygeplejersken hjemmehjælper hjemmehjælperen fysioterapeut fysioterapeuten ergoterapeut
ergoterapeuten talepædagog talepædagogen tandlæge tandlægen dagplejer dagplejeren dagplejemor
elev eleven kammerat kammeraten klassekammerat kollega kollegaen kollegen vejleder vejlederen
sygehjælper plejer plejeren hjælper hjælperen chauffør chaufføren buschauffør
""".split())
TITLES = frozenset({"fru", "hr", "hr.", "frk", "frk.", "fam.", "fam"})
NAMING = frozenset({"hedder", "kaldes", "kaldet", "navnet"})
POSSESSIVES = frozenset({"min", "mit", "mine", "vores", "vor", "hans", "hendes", "sin", "sit", "sine", "deres"})
# Those who speak for an organisation or hold a public office: their names may be published.
PUBLIC_ROLES = frozenset("""
formand formanden næstformand næstformanden forperson forpersonen næstforperson borgmester
borgmesteren viceborgmester rådmand rådmanden direktør direktøren kommunaldirektør
udvalgsformand udvalgsformanden chef chefen centerchef afdelingschef leder lederen skoleleder
skolelederen afdelingsleder institutionsleder byrådsmedlem byrådspolitiker politiker
folketingsmedlem minister ministeren tillidsrepræsentant tillidsrepræsentanten repræsentant
talsperson talsmand sekretær bestyrelsesformand bestyrelsesmedlem mf
""".split())
_SENTENCE_END = frozenset({".", "!", "?", ":", ";", "\"", "«", "»", "“", "”", "(", "-", "–", "—", "•", "*"})

_NAME_SHAPE = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*")
_INITIALS = re.compile(rf"(?:[{UPPER}]\.-?){{1,3}}")
# The first characters `_NAME_SHAPE` and `_INITIALS` allow (UPPER's letters).
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÜÉ")
INITIALS_BEFORE = re.compile(rf"(?:[{UPPER}]\.[ \u00a0]?-?){{1,3}}$")


# --- one word -------------------------------------------------------------------------------


@dataclass
class _Word:
    i: int  # index among the text's word tokens
    start: int
    end: int
    base: str  # without a genitive ending
    genitive: bool
    first: bool = False
    surname: bool = False  # on the list
    shaped: bool = False  # shaped like one ("-sen", "-gård")
    initials: bool = False
    ambiguous: bool = False
    other: bool = False  # a place, an institution, a street: not a person
    sentence_start: bool = False

    @property
    def personal(self) -> bool:
        return self.first or self.surname or self.shaped or self.initials


def _split_genitive(text: str) -> tuple[str, bool]:
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending) and len(text) > len(ending) + 1:
            return text[: -len(ending)], True
    if text in lexicon.first_names() or text in lexicon.surnames():
        return text, False
    stem = text[:-1]
    if text.endswith("s") and (stem in lexicon.first_names() or stem in lexicon.surnames()):
        return stem, True
    return text, False


def _is_other(base: str, lower: str, named: bool) -> bool:
    """A place, an institution or a street, not a person. `named`: on a name list or shaped
    like a surname; a known place still wins over the shape ("Regstrup")."""
    if base in lexicon.places():
        return True
    if named:
        return False
    if lower in lexicon.STREET_WORDS:
        return True
    if lower.endswith(lexicon.ORG_ENDINGS):
        return True
    return any(lower.endswith(s) and len(lower) > len(s) + 2 for s in STREET_SUFFIXES)


def _word(i: int, tok, stop_words: frozenset[str]) -> _Word | None:
    text = tok.text
    found = _word_kind(text, stop_words)
    if found is None:
        return None
    base, genitive, flags = found
    return _Word(i, tok.idx, tok.idx + len(text), base, genitive, **flags)


@functools.lru_cache(maxsize=65536)
def _word_kind(text: str, stop_words: frozenset[str]) -> tuple[str, bool, dict[str, bool]] | None:
    """What a word as written could be (its base, genitive, and `_Word`'s flags), or None:
    asked once per distinct word, as a letter's words repeat. The flags are read, never changed."""
    if _INITIALS.fullmatch(text):
        return text, False, {"initials": True}
    base, genitive = _split_genitive(text)
    if not _NAME_SHAPE.fullmatch(base):
        return None
    lower = base.lower()
    first = base in lexicon.first_names() or (
        "-" in base and all(p in lexicon.first_names() for p in base.split("-"))
    )
    if lower in lexicon.NOT_NAME or (lower in stop_words and not first):
        return None
    surname = base in lexicon.surnames()
    shaped = lexicon.surname_shaped(base)
    return base, genitive, {
        "first": first, "surname": surname, "shaped": shaped,
        "ambiguous": lower in lexicon.AMBIGUOUS or lower in stop_words,
        "other": _is_other(base, lower, first or surname or shaped),
    }  # fmt: skip


# --- the text's words and what stands around a run -----------------------------------------------


class _Text:
    def __init__(self, doc, text: str, toks=None):
        from ..analysis.danish import stop_words

        self.text = text
        self.toks = [t for t in (doc if toks is None else toks) if not t.is_space]
        stops = stop_words()
        self.words: list[_Word | None] = [None] * len(self.toks)
        # A name or initials start with a capital (`_word_kind`): only those are asked.
        for i in [i for i, tok in enumerate(self.toks) if tok.text[:1] in _CAPITALS]:
            tok = self.toks[i]
            w = _word(i, tok, stops)
            if w is not None:
                prev = self.toks[i - 1] if i else None
                w.sentence_start = (
                    prev is None
                    or tok.is_sent_start
                    or prev.text in _SENTENCE_END
                    or prev.text[-1] in ".!?:"  # "… af 3F. Per …": the tokenizer kept the period
                    or "\n" in text[prev.idx + len(prev.text) : tok.idx]
                )
                self.words[i] = w

    def lower(self, i: int) -> str:
        return self.toks[i].text.lower() if 0 <= i < len(self.toks) else ""

    def gap(self, i: int) -> str:
        """The text between word token i-1 and i."""
        prev = self.toks[i - 1]
        return self.text[prev.idx + len(prev.text) : self.toks[i].idx]

    def signature_words(self) -> set[int]:
        """Words on a line of names alone, joined by "og", "&" or commas ("Hodan og Karsten
        Riis"): a signature, where a name the lists do not know stands beside one they do."""
        out: set[int] = set()
        line: list[int] = []

        def close():
            words = [self.words[j] for j in line]
            if (
                len(line) <= 7 and 2 <= sum(w is not None for w in words)
                and all(w is not None or self.toks[j].text.lower() in {"og", "&", ",", "-"} for j, w in zip(line, words, strict=True))
                and any(w is not None and (w.first or w.surname) for w in words)
                and not any(w is not None and w.other for w in words)
            ):  # fmt: skip
                out.update(j for j, w in zip(line, words, strict=True) if w is not None)
            line.clear()

        # Only a line of up to 7 tokens can be a signature: the lines are cut where a gap
        # between two tokens holds a line break, found from where the text's line breaks are.
        cuts = [i for i in self.line_starts() if i]
        for a, b in zip([0, *cuts], [*cuts, len(self.toks)], strict=True):
            if b - a <= 7:
                line.extend(range(a, b))
                close()
        return out

    def line_starts(self) -> list[int]:
        """The indexes of the tokens with a line break in the gap before them (`gap`), and 0."""
        breaks = [m.start() for m in re.finditer("\n", self.text)]
        if not breaks or not self.toks:
            return [0] if self.toks else []
        starts = [t.idx for t in self.toks]
        out = {0}
        for at in breaks:
            # The first token after the break; the break is in the gap before it unless it is
            # inside the token before (no token but whitespace holds one).
            i = bisect.bisect_right(starts, at)
            if 0 < i < len(starts) and starts[i - 1] + len(self.toks[i - 1].text) <= at:
                out.add(i)
        return sorted(out)

    def line_alone(self, first: int, last: int) -> bool:
        """The run fills its line (a signature line)."""
        before = self.text[: self.toks[first].idx].rsplit("\n", 1)[-1]
        end = self.toks[last].idx + len(self.toks[last].text)
        after = self.text[end:].split("\n", 1)[0]
        return not before.strip() and not after.strip(" ,.")

    def runs(self) -> Iterable[list[_Word]]:
        """Runs of capitalised words on one line, with name particles inside ("Anne van der Berg")."""
        run: list[_Word] = []
        for w in self.words:
            if w is None:
                continue
            if run and self._joins(run[-1].i, w.i):
                run.append(w)
            else:
                if run:
                    yield run
                run = [w]
        if run:
            yield run

    def _joins(self, a: int, b: int) -> bool:
        between = [self.toks[j].text for j in range(a + 1, b)]
        if len(between) > 2 or any(p not in NAME_PARTICLES for p in between):
            return False
        gaps = [self.gap(j) for j in range(a + 1, b + 1)]
        return all(g and not g.strip() and "\n" not in g for g in gaps)

    def cue_before(self, first: int, *, citizen: bool = True) -> str | None:
        """The relation or role word just before word `first` ("min søn Magnus", "læreren, Hanne").
        In an organisation's letter a role counts only when it is someone's ("hendes lærer"):
        the organisation's own staff stay named."""
        j = first - 1
        if j >= 0 and self.toks[j].text in {",", "(", ":"}:
            j -= 1
        word = self.lower(j)
        if word in PRIVATE_ROLES and not citizen and self.lower(j - 1) not in POSSESSIVES - {"vores", "vor"}:
            return None
        if word in FAMILY or word in PRIVATE_ROLES or word in TITLES or word in NAMING:
            return word
        if word in {"navn", "navnet"} and self.lower(j - 1) in {"ved", "med"}:
            return "navn"
        if citizen and word == "fra" and self.lower(j - 1) in {"hilsen", "hilsner", "hilsener", "kram"}:
            return "hilsen"  # "Bedste hilsner fra Anja": a signature in a sentence
        return None

    def cue_after(self, last: int) -> str | None:
        """", min søn" / "(vores datter)" right after the run."""
        j = last + 1
        if self.lower(j) not in {",", "("}:
            return None
        if self.lower(j + 1) in POSSESSIVES and (self.lower(j + 2) in FAMILY or self.lower(j + 2) in PRIVATE_ROLES):
            return self.lower(j + 2)
        return None

    def public_role_near(self, first: int, last: int) -> bool:
        for j in range(first - 1, max(-1, first - 6), -1):
            if self.toks[j].text[-1] in ".!?" or "\n" in self.gap(j + 1):
                break
            if self.lower(j) in PUBLIC_ROLES:
                return True
        j = last + 1
        while self.lower(j) in {",", "(", "-", "–"}:
            j += 1
        return self.lower(j) in PUBLIC_ROLES or self.lower(j + 1) in PUBLIC_ROLES and self.lower(j) in {"og", "er"}


# --- the rules --------------------------------------------------------------------------------


@dataclass
class FoundName:
    """A person's name found in a text: its span and the words that name the person alone."""

    span: Found
    name: str
    parts: list[str]  # single words to look for elsewhere in the same response


def _judge(run: list[_Word], t: _Text, *, cue: str | None, citizen: bool) -> bool | None:
    """True: a name, surely; False: probably a name; None: not a name."""
    if any(w.other for w in run):
        return None
    if cue:
        return True if cue in FAMILY or cue in TITLES or cue in NAMING or cue == "hilsen" or any(w.personal for w in run) else False
    if not citizen:
        return None  # an organisation's letter: only named relations are private persons
    first, last = run[0], run[-1]
    if len(run) >= 2:
        if (first.first or first.initials) and (last.first or last.surname or last.shaped):
            if first.ambiguous and first.sentence_start and not (last.surname or last.shaped):
                return None  # "Per Ole …" as words? only with a surname
            return True
        if last.surname or (last.shaped and not last.sentence_start):
            return True
        if first.first and not (first.ambiguous and first.sentence_start):
            return False
        return None
    w = first
    alone = t.line_alone(w.i, w.i)
    if w.first:
        if not w.ambiguous or alone:
            return True
        return None if w.sentence_start else False
    if w.surname:
        if w.ambiguous and w.sentence_start and not alone:
            return None
        return not w.ambiguous
    if w.shaped and not w.sentence_start:
        return False
    return None


def find_names(doc, text: str, *, citizen: bool, toks=None) -> list[FoundName]:
    """Private persons' names in `text` (`doc` is the Danish layer's parse of it; `toks`, when
    given, `list(doc)`: spaCy makes a new object per token each time a doc is walked).

    `citizen`: the text is a private person's letter, where a first name or a first name and a
    surname is a person's; in an organisation's letter only a name given with a relation ("min
    søn …", "fru …") is taken, so its signatories and staff stay named.
    """
    t = _Text(doc, text, toks)
    signed = t.signature_words() if citizen else set()
    out: list[FoundName] = []
    for run in t.runs():
        while run:
            cue = t.cue_before(run[0].i, citizen=citizen) or t.cue_after(run[-1].i)
            run = run[:4] if cue else run
            if len(run) > 5:  # a heading in title case, not a name
                break
            verdict = _judge(run, t, cue=cue, citizen=citizen)
            if verdict is None and all(w.i in signed for w in run):
                verdict = any(w.first or w.surname for w in run)
            # Next to a public role, the run is no private person's, nor is any part of it. A
            # single word that is no name ends the run either way: no need to look.
            if not cue and (verdict is not None or len(run) > 1) and t.public_role_near(run[0].i, run[-1].i):
                break
            if verdict is not None:
                last = run[-1]
                replacement = NAME_REMOVED + ("'s" if last.genitive else "")
                name = " ".join(w.base for w in run)
                parts = [
                    w.base for w in run
                    if (w.first or cue or w.i in signed) and not w.ambiguous and not w.initials and len(w.base) > 2
                ]  # fmt: skip
                span = Found(run[0].start, last.end, RedactionKind.NAME, replacement, sure=verdict)
                out.append(FoundName(span, name, parts))
                break
            run = run[1:]  # "Desuden Magnus …": try without the first word
    return out


@functools.lru_cache(maxsize=4096)
def _literal(name: str) -> re.Pattern:
    """A name as written, whole words, with a genitive (a note looks for the same names in a
    response's every text: compiled once)."""
    return re.compile(
        rf"(?<![{LETTER}\d@.])" + r"\s+".join(re.escape(p) for p in name.split())
        + rf"(?P<gen>'s|’s|'|’|s)?(?![{LETTER}\d@])"
    )


def literal_spans(text: str, names: dict[str, bool]) -> list[Found]:
    """Every occurrence of the given names (exact case, whole words, with a genitive), as found
    elsewhere in the same response: {name: sure}."""
    out: list[Found] = []
    for name, sure in names.items():
        for m in _literal(name).finditer(text):
            replacement = NAME_REMOVED + ("'s" if m["gen"] else "")
            out.append(Found(m.start(), m.end(), RedactionKind.NAME, replacement, sure))
    return out


# --- senders ---------------------------------------------------------------------------------


def looks_like_person(name: str | None) -> bool:
    """A name with no organisation word that the name lists say is a person's:
    "Karl Erik Madsen", "Familien Madsen", "K. Madsen" — not "Grundejerforeningen Bakkely",
    "Dansk Metal", "FOA Holbæk"."""
    words = (name or "").replace(",", " ").split()
    if not 1 <= len(words) <= 5:
        return False
    personal = False
    for word in words:
        lower = word.lower()
        if _INITIALS.fullmatch(word):
            continue
        if any(ch.isdigit() for ch in word) or (word.isupper() and len(word) > 1):
            return False
        if lower.endswith(lexicon.ORG_ENDINGS):
            return False
        base = word.rstrip("s") if word not in lexicon.first_names() else word
        if word in lexicon.first_names() or base in lexicon.surnames() or word in lexicon.surnames():
            personal = True
        elif lexicon.surname_shaped(word) and len(words) > 1:
            personal = True
    return personal
