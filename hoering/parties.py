"""Match a sender's name to a consulted party (høringspart), tolerant of spelling and form.

Names of the same party vary between the høringsliste and the letters: "Det lokale
beskæftigelsesråd (LBR)" / "Det Lokale Beskæftigelsesråd" / "LBR"; "Ældrerådet" /
"Ældreråd" / "Aalborg Ældreråd"; "LMU i Job- og Aktivhuset" / "LMU Job- og Aktivhuset";
"aeldreraadet" in a file name. Yet near-identical names are different parties:
"LMU i Jobhuset" is not "LMU i Job- og Aktivhuset", and "Medarbejderne i Ressourcecenter
Aalborg" (the staff) is not "LMU i Ressourcecenter Aalborg" (the staff committee).

How a name is compared:
- both sides are normalised: case folded, æ/ø/å folded to ae/oe/aa (so "aeldreraadet" from a
  file name equals "ældrerådet"), punctuation and small words ("i", "fra", "og", "det",
  "høringssvar") dropped, and Danish definite endings trimmed ("rådet" -> "råd");
- the *qualifier* of a name (LMU, AMU, "medarbejderne", "ledelsen", …) says which body of
  an institution speaks; two names with different qualifiers never match. A name without
  any qualifier ("Uddannelseshuset") may match a qualified party, a little lower;
- the score is rapidfuzz's ratio of the normalised names, or a containment score when every
  word of the party occurs in a slightly longer name ("Aalborg Ældreråd");
- a party's parenthesised acronym is an alias ("LBR"); write other aliases the same way in
  the consultation's party list, e.g. "AMU i Job- og Ydelsesafdelingen (AMU-JYA)";
- one name's words must all be in the other (each word at least 90 % alike, for spelling):
  names alike as strings but not word for word ("Forældrerådet" / "Ældrerådet") never match,
  because mapping one organisation onto another is worse than no match at all;
- a shorter name must hold a party's *distinctive* words: words are weighed by how rare they
  are across the party list, so the town most parties are named after ("X Nørreby") weighs
  little, and "Nørreby" alone is not "DH Nørreby", though "Skolebestyrelsen ved Hallelev" is
  "Skolebestyrelsen ved Hallelev Skole" and "Ældre Sagen" is "Ældre Sagen Nørreby" (a name may
  leave out words other parties share; such a match scores 90, a little under sure);
- a staff committee may be named by its qualifier and its unit's own word: "LMU Tandplejen"
  is "LMU Den Kommunale Tandpleje" when no other party has "Tandpleje" (scored 88);
- a party goes by its initials too (`hoering.initials`): "DN Fjordhede" is "Danmarks
  Naturfredningsforening Fjordhede" (a well-known abbreviation: sure), "GR Fjordhede" may be
  "Grønt Råd Fjordhede" (initials of its leading words: a guess, scored at most 90);
- a council of the consultation's own municipality goes by its short name: "Udsatterådet" is
  "Udsatterådet i Kragelund Kommune" (and "Kragelund Kommunes Ungdomsråd" is "Ungdomsrådet")
  when every party the list names with a municipality names the same one, which is then the
  consultation's own (scored 90, a little under sure). A name that says which municipality it
  belongs to is never a party of another: "Udsatterådet i Vestby Kommune" is not "Udsatterådet
  i Kragelund Kommune", nor, in Kragelund's consultation, "Ældrerådet";
- the best party must reach `threshold` and beat the runner-up by `margin`, else no match.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from hoering import initials

DEFAULT_THRESHOLD = 85.0
DEFAULT_MARGIN = 5.0

# Words that carry no identity in a party's name (after folding æøå).
_SMALL_WORDS = frozenset(
    "i fra og for af til ved hos paa det den de vedr vedroerende ang angaaende "
    "hoeringssvar hoeringsvar hoering svar".split()
)
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})
# Definite/plural endings, tried in order: (suffix, replacement).
_ENDINGS = (("erne", "er"), ("ere", "er"), ("ene", "e"), ("et", ""), ("en", ""))
# Qualifier words: which body of an institution is speaking.
_QUALIFIER_WORDS = {
    "lmu": "lmu",
    "amu": "amu",
    "hmu": "hmu",
    "omu": "omu",
    "cmu": "cmu",
    "fmu": "fmu",
    "medudvalg": "med",
}
# A MED committee, however it is written: "MED-udvalget", "MED", "Lokal-MED", "LokalMED",
# "Rosenhavens MED-udvalg" - one qualifier word (a lower-case "med" is the preposition).
_MED_RE = re.compile(r"\b(?:[Ll]okal-?)?MED(?:-?[Uu]dvalg(?:et|s)?)?\b|\b[Mm]ed-?udvalg(?:et|s)?\b")
_QUALIFIER_PREFIXES = (
    ("medarbejder", "staff"),
    ("personale", "staff"),
    ("ledelse", "management"),
    ("ledersid", "management"),
    ("bestyrelse", "board"),
    ("tillidsrepraesentant", "union-rep"),
)
_MAX_EXTRA_WORDS = 4  # containment: at most this many words beyond the party's own
_DIFFERENT_WORDS_CAP = 70.0  # below any threshold: one organisation is never read as another
_MIN_WEIGHT_HELD = 0.5  # a shorter name holds at least this share of the party's word weight
_SHARED_WORDS_LEFT_OUT = 90.0  # a name that leaves out only words many parties share (the town)
_SHARED_BY = 0.25  # "many parties": at least a quarter of them, and three
_UNIT_NAMED = 88.0  # "LMU Tandplejen" for "LMU Den Kommunale Tandpleje": over the threshold, under sure
_DERIVED_INITIALS_CAP = 90.0  # "GR Fjordhede" for "Grønt Råd Fjordhede": a guess, under "sure"
_SHORT_NAME = 90.0  # "Udsatterådet" for "Udsatterådet i Kragelund Kommune": over the threshold, under sure
# Which municipality a name belongs to: "Udsatterådet i Kragelund Kommune", "Ikast-Brande Kommunes
# Ældreråd". The town is one or two capitalised words.
_TOWN = r"[A-ZÆØÅ][\w-]*(?:\s[A-ZÆØÅ][\w-]*)?"
_IN_MUNICIPALITY_RE = re.compile(rf"\s+i\s+(?P<town>{_TOWN})\s+[Kk]ommune\b")
_OF_MUNICIPALITY_RE = re.compile(rf"^\s*(?P<town>{_TOWN})\s+[Kk]ommunes\s+(?=\S)")


@dataclass(frozen=True)
class _Name:
    tokens: tuple[str, ...]
    qualifiers: frozenset[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def core(self) -> str:
        """The name without its qualifier words."""
        return " ".join(t for t in self.tokens if _qualifier(t) is None)


def fold(text: str) -> str:
    """Lower-case ASCII form of a name: 'Ældrerådet' and 'aeldreraadet' fold alike."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _stem(token: str) -> str:
    if len(token) <= 4:
        return token
    for suffix, replacement in _ENDINGS:
        if token.endswith(suffix) and len(token) - len(suffix) + len(replacement) >= 4:
            return token[: -len(suffix)] + replacement
    return token


def _qualifier(token: str) -> str | None:
    if token in _QUALIFIER_WORDS:
        return _QUALIFIER_WORDS[token]
    for prefix, kind in _QUALIFIER_PREFIXES:
        if token.startswith(prefix):
            return kind
    return None


@lru_cache(maxsize=4096)
def _normalise(name: str) -> _Name:
    name = _MED_RE.sub(" medudvalg ", name)
    words = re.split(r"[^a-z0-9]+", fold(name))
    tokens = tuple(_stem(w) for w in words if w and w not in _SMALL_WORDS)
    qualifiers = frozenset(q for q in map(_qualifier, tokens) if q)
    return _Name(tokens, qualifiers)


def aliases(party: str) -> list[str]:
    """The names a party goes by: as written, without its parenthesis, and the parenthesis.

    >>> aliases("Det lokale beskæftigelsesråd (LBR)")
    ['Det lokale beskæftigelsesråd (LBR)', 'Det lokale beskæftigelsesråd', 'LBR']
    """
    found = [party.strip()]
    base = re.sub(r"\s*\([^)]*\)", " ", party)
    found.append(" ".join(base.split()))
    for inner in re.findall(r"\(([^)]*)\)", party):
        found.extend(part.strip() for part in re.split(r"[,;/]", inner))
    unique: list[str] = []
    for alias in found:
        if alias and alias not in unique:
            unique.append(alias)
    return unique


def _named(tokens: tuple[str, ...]) -> _Name:
    return _Name(tokens, frozenset(q for q in map(_qualifier, tokens) if q))


@lru_cache(maxsize=64)
def _known_abbreviations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(abbreviation, normalised words of a name it stands for), for every known pair."""
    return tuple((abbr.lower(), _normalise(name).tokens) for abbr, names in initials.KNOWN.items() for name in names)


def _swap_abbreviations(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name with a known organisation's words replaced by its abbreviation, and the other
    way round: ("danmarks", "naturfredningsforening", "fjordhede") <-> ("dn", "fjordhede")."""
    found = []
    for abbr, words in _known_abbreviations():
        if abbr in tokens:
            at = tokens.index(abbr)
            found.append(tokens[:at] + words + tokens[at + 1 :])
        for at in range(len(tokens) - len(words) + 1):
            if words and tokens[at : at + len(words)] == words:
                found.append(tokens[:at] + (abbr,) + tokens[at + len(words) :])
    return found


@lru_cache(maxsize=4096)
def _forms(party: str) -> tuple[tuple[_Name, float], ...]:
    """Every name a party goes by, normalised, with the most a match to it may score: its
    aliases and their abbreviated or spelt-out forms (100), and the initials of their leading
    words (`_DERIVED_INITIALS_CAP`)."""
    forms: dict[tuple[str, ...], float] = {}
    for alias in aliases(party):
        tokens = _normalise(alias).tokens
        forms[tokens] = 100.0
        for swapped in _swap_abbreviations(tokens):
            forms.setdefault(swapped, 100.0)
        for short in initials.derived(alias, skip=_SMALL_WORDS | frozenset(_QUALIFIER_WORDS)):
            forms.setdefault(_normalise(short).tokens, _DERIVED_INITIALS_CAP)
    return tuple((_named(tokens), cap) for tokens, cap in forms.items() if tokens)


def _tokens_found(needles: tuple[str, ...], haystack: tuple[str, ...]) -> bool:
    from rapidfuzz import fuzz  # here: `status` needs `missing_parties` only

    return all(any(fuzz.ratio(n, h) >= 90 for h in haystack) for n in needles)


@lru_cache(maxsize=64)
def _word_counts(parties: tuple[str, ...]) -> dict[str, int]:
    """In how many parties' names each word occurs."""
    counts: dict[str, int] = {}
    for party in parties:
        words = {t for form, _cap in _forms(party) for t in form.tokens}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return counts


@lru_cache(maxsize=64)
def _word_weights(parties: tuple[str, ...]) -> dict[str, float]:
    """How distinctive each word of the party list is: a smoothed inverse document frequency
    over the parties (a word in one party of thirteen weighs 2.6, one in six of them 1.2)."""
    return {word: math.log(1.0 + len(parties) / n) for word, n in _word_counts(parties).items()}


def _holds_distinctive_words(candidate: _Name, alias: _Name, weights: dict[str, float]) -> bool:
    """Whether the words of `alias` that `candidate` lacks weigh less than those it has."""
    words = [t for t in alias.tokens if _qualifier(t) is None]
    missing = [t for t in words if not _tokens_found((t,), candidate.tokens)]
    if not missing:
        return True
    total = sum(weights.get(t, 1.0) for t in words)
    lacking = sum(weights.get(t, 1.0) for t in missing)
    return total > 0 and (total - lacking) / total >= _MIN_WEIGHT_HELD


def _lacks_only_shared_words(candidate: _Name, alias: _Name, counts: dict[str, int], n_parties: int) -> int:
    """How many words of `alias` `candidate` lacks, when they are all words many parties
    share (the town: "Ældre Sagen" for "Ældre Sagen Nørreby"; not "Lokalrådet" of two
    parties), every word of `candidate` is the party's and one of them is no other party's;
    else 0."""
    if candidate.qualifiers != alias.qualifiers or not _tokens_found(candidate.tokens, alias.tokens):
        return 0
    if not any(counts.get(t) == 1 for t in candidate.tokens if t in alias.tokens):
        return 0  # "Skovby" or "Skolebestyrelsen" alone: several parties' words
    missing = [t for t in alias.tokens if _qualifier(t) is None and not _tokens_found((t,), candidate.tokens)]
    common = max(3.0, _SHARED_BY * n_parties)
    if not missing or any(counts.get(t, 1) < common for t in missing) or len(missing) >= len(alias.tokens):
        return 0
    return len(missing)


def _names_unit(candidate: _Name, alias: _Name, counts: dict[str, int], weights: dict[str, float]) -> bool:
    """Whether `candidate` names a body of an institution by its qualifier and the words of
    its unit that no other party has: "LMU Tandplejen" for "LMU Den Kommunale Tandpleje"
    (not "LMU Vej" for "LMU for Vej, Park og Natur": most of the unit's name is missing)."""
    if not candidate.qualifiers or candidate.qualifiers != alias.qualifiers:
        return False
    core = tuple(t for t in candidate.tokens if _qualifier(t) is None)
    if not core or not _tokens_found(candidate.tokens, alias.tokens):
        return False
    own = [t for t in alias.tokens if _qualifier(t) is None and counts.get(t) == 1 and _tokens_found((t,), core)]
    return bool(own) and _holds_distinctive_words(candidate, alias, weights)


def _score(candidate: _Name, alias: _Name, weights: dict[str, float] | None = None,
           counts: dict[str, int] | None = None, n_parties: int = 0) -> float:
    """0-100: how well `candidate` names the party whose alias is `alias`. `weights` (word ->
    weight across the party list) caps a name that lacks the party's distinctive words;
    `counts` (word -> parties naming it) lets a name leave out words other parties share."""
    score = _alike(candidate, alias)
    if weights is not None and score > _DIFFERENT_WORDS_CAP and not _holds_distinctive_words(candidate, alias, weights):
        # "Nørreby" (the town every party is named after) is not "DH Nørreby".
        score = _DIFFERENT_WORDS_CAP
    shared = _lacks_only_shared_words(candidate, alias, counts, n_parties) if counts is not None else 0
    if counts is not None and weights is not None and _names_unit(candidate, alias, counts, weights):
        score = max(score, _UNIT_NAMED)
    if shared:
        # A looser match than the whole name: over the threshold, under "sure" (`senders.confidence`).
        score = max(score, _SHARED_WORDS_LEFT_OUT - 3.0 * (shared - 1))
    return score


def _alike(candidate: _Name, alias: _Name) -> float:
    from rapidfuzz import fuzz

    if not candidate.tokens or not alias.tokens:
        return 0.0
    if candidate.qualifiers and candidate.qualifiers != alias.qualifiers:
        # "Medarbejderne i X" is never "LMU i X"; keep a low score for diagnostics only.
        return min(fuzz.ratio(candidate.text, alias.text), 50.0)
    if not candidate.qualifiers and "med" in alias.qualifiers:
        # "Jobcenter Egebæk" is not "MED-udvalget i Jobcenter Egebæk": a MED committee is named
        # for a unit of the municipality, which is often the letter's recipient.
        return min(fuzz.ratio(candidate.text, alias.text), 50.0)
    if not candidate.qualifiers and alias.qualifiers:
        # "Uddannelseshuset" may stand for "LMU i Uddannelseshuset", if nothing else fits.
        return max(fuzz.ratio(candidate.text, alias.core) - 5.0, 0.0)
    score = max(
        fuzz.ratio(candidate.text, alias.text),
        fuzz.token_sort_ratio(candidate.text, alias.text),
    )
    extra = len(candidate.tokens) - len(alias.tokens)
    if 0 < extra <= _MAX_EXTRA_WORDS and _tokens_found(alias.tokens, candidate.tokens):
        score = max(score, 97.0 - 3.0 * extra)
    if not (_tokens_found(candidate.tokens, alias.tokens) or _tokens_found(alias.tokens, candidate.tokens)):
        # Alike as strings, but a word of each is not in the other: "Forældrerådet" is not
        # "Ældrerådet", "Jobcentrets MED-udvalg" not "MED-udvalget på Østervangskolen".
        score = min(score, _DIFFERENT_WORDS_CAP)
    return score


@lru_cache(maxsize=4096)
def municipality(name: str) -> tuple[str, str] | None:
    """(the folded town, the name without it) for a name that says which municipality it
    belongs to: "Udsatterådet i Kragelund Kommune" -> ("kragelund", "Udsatterådet")."""
    for pattern in (_IN_MUNICIPALITY_RE, _OF_MUNICIPALITY_RE):
        m = pattern.search(name)
        if m:
            short = " ".join((name[: m.start()] + " " + name[m.end() :]).split()).strip(" ,")
            return fold(m["town"]), short
    return None


def own_municipality(parties: Iterable[str]) -> str | None:
    """The consultation's own municipality (folded), as far as its party list says (below)."""
    return _own_municipality(tuple(dict.fromkeys(parties)))


@lru_cache(maxsize=64)
def _own_municipality(parties: tuple[str, ...]) -> str | None:
    """The consultation's own municipality: the one town every party named with a municipality
    names (None when none is, or when they name two: then nobody knows which is the list's own)."""
    towns = {found[0] for found in map(municipality, parties) if found}
    return next(iter(towns)) if len(towns) == 1 else None


def _short_form(party: str, own: str | None) -> _Name | None:
    """A council of the consultation's own municipality by its short name ("Udsatterådet")."""
    found = municipality(party)
    if own is None or found is None or found[0] != own:
        return None
    short = _normalise(found[1])
    return short if short.core else None


def party_scores(name: str, parties: list[str], home: str | None = None) -> list[tuple[str, float]]:
    """Every party with its best alias score for `name`, best first. `home`: the municipality
    (folded) the letter says its sender belongs to, when `name` itself names none."""
    candidate = _normalise(name)
    unique = tuple(dict.fromkeys(parties))
    weights, counts = _word_weights(unique), _word_counts(unique)
    own = _own_municipality(unique)
    named = municipality(name) or ((home, name) if home else None)
    scored = []
    for party in unique:
        forms = list(_forms(party))
        short = _short_form(party, own)
        if short is not None:
            forms.append((short, _SHORT_NAME))
        best = max(min(_score(candidate, form, weights, counts, len(unique)), cap) for form, cap in forms)
        belongs = municipality(party)
        if named and (belongs[0] if belongs else own) not in (None, named[0]):
            # "Udsatterådet i Vestby Kommune" is another municipality's council.
            best = min(best, _DIFFERENT_WORDS_CAP)
        scored.append((party, best))
    scored.sort(key=lambda item: -item[1])
    return scored


def match_party(
    name: str,
    parties: list[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    margin: float = DEFAULT_MARGIN,
    home: str | None = None,
) -> tuple[str, float] | None:
    """The party `name` refers to and the score (0-100), or None when no party is clearly it.

    None when the best score is below `threshold`, or when another party scores within
    `margin` of it (an ambiguous name such as "Ressourcecenter Aalborg" when both its LMU
    and its staff are parties). `home`: the municipality the letter says its sender belongs
    to ("Udsatterådet i Vestby Kommune" at its top): then "Udsatterådet" in it is Vestby's.
    """
    if not name or not name.strip():
        return None
    scored = party_scores(name, parties, home)
    if not scored or scored[0][1] < threshold:
        return None
    if len(scored) > 1 and scored[0][1] - scored[1][1] < margin:
        return None
    return scored[0]


def missing_parties(parties: Iterable[str], responses: Iterable) -> list[str]:
    """Consulted parties no response (anything with a `party`) has been matched to, in the
    config's order.

    A party whose file could not be read did answer, so every matched response counts (a
    covering e-mail too: its party answered through the attachment).
    """
    answered = {r.party for r in responses if r.party}
    return [p for p in parties if p not in answered]
