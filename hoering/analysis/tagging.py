"""Tag responses and their passages with the consultation's themes (the codebook).

Codebook: ``{key: {"label": str, "keywords": [str]}}``. A passage is about a theme when

* it sits under a heading that names the theme: the heading contains one of its keywords
  (compound-aware) or reads like its label ("Nedsætte pris på tilbud" for "Nedsættelse af
  prisen på tilbud"); or
* its text contains the theme's keywords, or a sentence reads like a part of its label that
  describes it ("den sidste bus går kl. 21" for "Færre aftenafgange (sidste bybus kl. 21)":
  the part's numbers and two thirds of its words, a compound's head standing for it), and
  the mention is not a passing one.

A passing mention (not counted) is a single keyword hit amid text about another theme:
under another theme's heading, or in a sentence whose neighbourhood (the sentence and the
ones either side) has two or more hits of another theme, unless it is coordinated with that
theme's mention ("både X og Y", "hverken X eller Y"): then it is named as much as X; or a
position cue takes it as its object ("Jeg er ikke imod skærmbesøg"): a position is no aside. Measured on seed 001 this is what
separates "Ældrerådet foreslår, at forvaltningen ser på prisen" after two sentences on
haveservice from a real discussion of prices.

A passage under a theme's heading that says only "Ingen kommentarer" (or "ingen
bemærkninger", "intet at bemærke", ...) records ``no_comment`` for it. It is still a comment
when the rest makes an exception ("Ingen kommentarer, udover at ..."), recommends something
("... bør være lavere"), or returns to the theme's own keywords. So does a paragraph whose
sentences are all no-comments naming nothing but the heading's elements ("Forslaget giver
ikke bestyrelsen anledning til kommentarer"). A sentence "Vi har ingen bemærkninger til X"
anywhere records no_comment for the themes named in X, also under a heading that names X
beside other elements ("Åbningstider og forældrebetaling"). "… til de øvrige forslag"
covers every element the letter does not discuss, as do "resten af planen" and "de dele af
planen, der …"; "forslaget" does too, except under an
element's heading, where it is that element. The sender declining to speak ("X udtaler vi os
ikke om", "X har vi ikke rigtig nogen holdning til", "vi tager ikke stilling til X") or leaving
it to others ("X må byens borgere tage stilling til") is a no-comment on what it names; an
explicit no-comment on an element outweighs a single mention of it elsewhere that takes no
position. The letter's date line or greeting ends the last heading's section.

A letter's title line names the whole proposal (or the one element it is about): an element
named only there is discussed only if the body discusses no element at all.

A response discusses a theme if any passage does; otherwise it has no_comment if any passage
says so. Every tag keeps its evidence (passages) and triggers (words), and a stance from
:mod:`hoering.analysis.stance` with its cues.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..dates import date_line
from ..greetings import GREETING
from ..model import Passage, PassageKind, Stance, TagState, ThemeTag
from . import danish
from .danish import Token
from .heads import derived_keywords, verbs_of
from .matching import Match, Matcher, compile_keyword, compound_relation, keyword_set
from .passages import heading_label, split_passages
from .stance import Target, find_cues, judge

Codebook = Mapping[str, Mapping[str, Any]]
Progress = Callable[[int, int], None]


class PassageState(StrEnum):
    """What one passage does with a theme: a response's tag states, and a passing mention,
    which is decided per passage and never becomes a tag."""

    DISCUSSES = TagState.DISCUSSES.value
    NO_COMMENT = TagState.NO_COMMENT.value
    PASSING = "passing"


@dataclass
class PassageTag:
    """The decision for one passage and theme: why it counts, or why it does not."""

    passage: Passage
    key: str
    state: PassageState
    triggers: list[str]
    reason: str
    stance_text: list[str] = field(default_factory=list)
    hits: int = 0  # keyword hits that count (keyword decisions only)


_NO_COMMENT = re.compile(
    r"^\W*(?:[\wæøåÆØÅ-]+\s+){0,3}?"
    r"(?:(?:har|er|giver)\s+)?"
    r"(?:(?:ingen|ikke\s+nogen|ikke\s+yderligere|ikke\s+flere|intet)\s+"
    r"(?:særlige\s+|yderligere\s+|videre\s+|større\s+|nævneværdige\s+)?"
    r"(?:kommentar(?:er)?|bemærkning(?:er)?|indvending(?:er)?|tilføjelse(?:r)?|indsigelse(?:r)?)"
    r"|(?:intet|ikke\s+noget|ikke\s+yderligere)\s+at\s+(?:bemærke|tilføje|kommentere|indvende)"
    r"|ikke\s+anledning\s+til\s+(?:\w+\s+)?(?:kommentarer|bemærkninger))\b",
    re.IGNORECASE,
)
# The same phrases anywhere in a sentence, subject first ("Forslaget om X giver ikke
# anledning til kommentarer", "Vi har ikke bemærkninger til X").
_NO_COMMENT_ANY = re.compile(
    r"\b(?:(?:ingen|ikke|ikke\s+nogen|ikke\s+yderligere|ikke\s+flere|intet)\s+"
    r"(?:særlige\s+|yderligere\s+|videre\s+|større\s+|nævneværdige\s+)?"
    r"(?:kommentar(?:er)?|bemærkning(?:er)?|tilføjelse(?:r)?)"
    r"|(?:intet|ikke\s+noget|ikke\s+yderligere)\s+at\s+(?:bemærke|tilføje|kommentere)"
    r"|(?:giver|gav)\s+(?:\w+\s+){0,3}?ikke\s+(?:\w+\s+){0,3}?anledning\s+til\s+(?:\w+\s+)?"
    r"(?:kommentarer|bemærkninger)"
    # A citizen's words: "har jeg ikke (rigtig) nogen mening om", "ved jeg ikke nok om til at
    # have en mening".
    r"|(?:ingen|ikke\s+(?:rigtig\s+|rigtigt\s+|egentlig\s+|helt\s+)?(?:nogen|en))\s+"
    r"(?:særlig\s+|bestemt\s+|klar\s+)?(?:mening|holdning)\s+(?:om|til)"
    r"|ved\s+(?:\w+\s+)?ikke\s+nok\s+om"
    # "Om X ved jeg for lidt til at have en mening": knowing too little to judge is the
    # same lack of an opinion as knowing not enough.
    r"|ved\s+(?:\w+\s+)?(?:alt\s+)?for\s+lidt\s+(?:om\s+(?:\w+\s+){0,4}?)?til\s+at\s+(?:have|danne|tage|vurdere|udtale)"
    # ... with what it is about fronted and the opinion ending the sentence ("Om resten af
    # planen har jeg ingen særlig mening"): "har" makes it the sender's lack of an opinion,
    # not the criticism "det giver ingen mening".
    r"|har\s+(?:[\wæøå]+\s+)?(?:ingen|ikke\s+(?:rigtig\s+|rigtigt\s+|egentlig\s+|helt\s+)?(?:nogen|en))\s+"
    r"(?:særlig\s+|bestemt\s+|klar\s+)?(?:mening|holdning)(?=\s*[.!]?\s*$)"
    # ... or with a clause after a comma giving the reason ("Om åbningstiderne har jeg ikke
    # nogen mening, mine børn er hjemme alligevel"), where the subject "jeg"/"vi" keeps "det
    # har ingen mening, at …" a criticism.
    r"|har\s+(?:jeg|vi)\s+(?:\w+\s+)?(?:ingen|ikke\s+(?:rigtig\s+|rigtigt\s+|egentlig\s+|helt\s+)?(?:nogen|en))\s+"
    r"(?:særlig\s+|bestemt\s+|klar\s+)?(?:mening|holdning)(?=\s*,)"
    # The sender declines to hand in remarks: "har valgt ikke at afgive bemærkninger til
    # den", "afgiver ikke høringssvar", "vil ikke komme med kommentarer".
    r"|ikke\s+(?:at\s+)?(?:afgive|fremsætte|komme\s+med)\s+(?:\w+\s+)?(?:kommentarer|bemærkninger|høringssvar)"
    r"|(?:afgive[rs]?|fremsætte[rs]?|kommer)\s+(?:\w+\s+)?ikke\s+(?:med\s+)?(?:\w+\s+)?"
    r"(?:kommentarer|bemærkninger|høringssvar)"
    # The sender declines to speak: "X udtaler foreningen sig ikke om", "vi tager ikke stilling
    # til X" (with the sender as subject: "planen tager ikke stilling til" is a criticism). A
    # sentence adverbial may stand before the negation ("udtaler sig derfor/heller ikke om").
    r"|udtale[rs]?\s+(?:\w+\s+)?(?:sig|os|mig)\s+(?:\w+\s+)?ikke\s+om|ikke\s+(?:at\s+)?udtale\s+(?:sig|os|mig)\s+om"
    # ... with what it is about fronted and the clause ending on the verb ("Til resten af
    # planen vil jeg ikke udtale mig, det ved jeg for lidt om").
    r"|(?:vil|kan|skal)\s+(?:[\wæøå]+\s+){0,2}?ikke\s+udtale\s+(?:sig|os|mig)(?=\s*(?:[,.;!]|$))"
    r"|(?:vi|jeg)\s+(?:\w+\s+)?(?:tager|tage)\s+ikke\s+stilling\s+til"
    r"|tager\s+(?:vi|jeg)\s+ikke\s+stilling\s+til"
    # "X blander foreningen sig ikke i", "vi vil ikke blande os i X": the sender keeps out of it.
    r"|blande[rs]?\s+(?:\w+\s+)?(?:sig|os|mig)\s+(?:\w+\s+)?ikke\s+i"
    r"|ikke\s+(?:at\s+)?blande\s+(?:sig|os|mig)\s+i"
    # "Til X har jeg ikke noget at sige": the sender's having nothing to say ("har"), not the
    # idiom "det er der ikke noget at sige til" (that is fair enough), which is a position.
    r"|har\s+(?:\w+\s+){0,2}?(?:ikke\s+noget|intet|ikke\s+mere|ikke\s+yderligere)\s+at\s+sige"
    # ... or leaves it to others: "X må byens borgere tage stilling til", "det overlader vi til
    # politikerne", with the element fronted and the sentence ending on the verb.
    r"|må\s+(?:[\wæøå]+\s+){1,4}?(?:tage\s+stilling\s+til|vurdere|afgøre)(?=\s*[.!]?\s*$)"
    r"|overlade[rs]?\s+(?:vi|jeg)\s+(?:gerne\s+)?(?:det\s+)?til"
    # The sender has not discussed it: "X har bestyrelsen ikke drøftet / taget stilling til" (the
    # element fronted, the sentence ending on the participle), "vi har ikke behandlet X". Another subject
    # ("kommunen har ikke drøftet planen med os") is a complaint, so the sender must be "vi"/"jeg"
    # or the fronted form that ends the sentence.
    r"|har\s+(?:[\wæøå]+\s+){1,3}?ikke\s+(?:nået\s+at\s+)?(?:drøftet|diskuteret|behandlet|taget\s+stilling\s+til)"
    r"(?=\s*[.!]?\s*$)"
    r"|(?:vi|jeg)\s+har\s+(?:\w+\s+)?ikke\s+(?:nået\s+at\s+)?(?:drøftet|diskuteret|behandlet|forholdt\s+(?:os|mig)\s+til"
    r"|taget\s+stilling\s+til)"
    # Outside the sender's remit: "de øvrige punkter ligger uden for vores område/ressort".
    r"|(?:ligger|falder|er)\s+uden\s+for\s+(?:vores|vort|mit|min|[\wæøå]+s)\s+"
    r"(?:[\wæøå]*område|ressort|virkefelt|formål|kompetence))\b",
    re.IGNORECASE,
)
# Every "no comment" phrase above has one of these words (a negation, "må", "overlade", "uden
# for"; tests/test_tagging_words.py checks each alternative): a text without any has none, found
# without trying the long patterns at each of its words, which is most of reading a letter's
# no-comments.
_NO_COMMENT_WORDS = re.compile(r"ingen|ikke|intet|må|overlade|uden|lidt", re.IGNORECASE)


def _no_comment_any(text: str) -> re.Match[str] | None:
    """``_NO_COMMENT_ANY.search(text)``."""
    return _NO_COMMENT_ANY.search(text) if _NO_COMMENT_WORDS.search(text) else None


# What a blanket no-comment points at: the other elements, or the proposal as a whole.
# "Forslaget" and "det" are the whole proposal only where no element's heading is in force:
# under one, they point back at that element ("Sammenlægning af X / Forslaget giver ikke
# anledning til bemærkninger"), while "de øvrige forslag" points away from it wherever it stands.
# "Resten af planen" is the rest of it; "de dele af planen, der handler om …" are the parts
# the letter leaves aside, whatever the relative clause calls them.
_OTHERS = re.compile(r"\b(?:(?:de|alle|samtlige)\s+)?(?:øvrige|andre|resterende|øvrigt|resten)\b"
                     r"|\bde\s+dele\s+af\s+(?:[\wæøå]*forslaget|[\wæøå]*planen|høringsmaterialet)\b", re.IGNORECASE)
_WHOLE_OBJECT = re.compile(
    r"\btil\s+(?:selve\s+|hele\s+)?(?:[\wæøå]*forslaget|[\wæøå]*forslagene|[\wæøå]*planen|høringsmaterialet"
    r"|materialet|høringen|den\s+øvrige\s+del)\s*$",
    re.IGNORECASE,
)
# "… har gennemgået forslaget og har ingen bemærkninger til det": the pronoun is the
# proposal the sentence named, when it names no element.
_PRONOUN_OBJECT = re.compile(r"\btil\s+(?:det|dette|den|denne|dem)\s*$", re.IGNORECASE)
_THE_PROPOSAL = re.compile(r"\b(?:[\wæøå]*forslag\w*|[\wæøå]*plan(?:en|erne)?|høringsmateriale\w*)\b", re.I)
# Words for the proposal itself, which name no one element.
_PROPOSAL_WORDS = frozenset({"forslag", "forslaget", "forslagene", "høringsmaterialet", "høringen",
                             "bemærkninger", "kommentarer", "anledning", "øvrige", "andre", "dele"})
# The whole material as the subject: "… og det giver ikke anledning til bemærkninger".
_WHOLE_SUBJECT = re.compile(
    r"(?:^|,\s*|\bog\s+)(?:det|dette|materialet|høringsmaterialet|forslaget|forslagene)\s+$", re.I)
# A clause after a no-comment that leaves the matter to others ("det må fagfolkene vurdere",
# "det overlader vi til politikerne").
_DEFERS = re.compile(
    r"^(?:og\s+|for\s+)?(?:det|dette|den|dem)\s+(?:må|skal)\s+(?:[\wæøå]+\s+){1,4}?"
    r"(?:tage\s+stilling\s+til|vurdere|afgøre|bestemme|tage\s+sig\s+af)\s*[.!]?\s*$"
    r"|^(?:og\s+)?(?:det|dette)\s+overlade[rs]?\s+(?:vi|jeg)\s+(?:gerne\s+)?til\b[^.!?]*[.!]?\s*$",
    re.IGNORECASE,
)
BLANKET = "*"  # the key of a no-comment on every element the letter does not discuss
TITLE = "title line"  # the reason of a keyword hit in a letter's title line

# What follows "ingen kommentarer" and still makes it a comment.
_EXCEPTION = re.compile(
    r"^(?:udover|ud over|bortset fra|men|dog|andet end|med undtagelse af|undtagen)\b", re.I
)
_NORMATIVE = re.compile(
    r"\b(?:bør|burde|skal|må|nødvendig\w*|vigtig\w*|ønsk\w*|foreslå\w*|anbefal\w*|opfordr\w*"
    r"|bekymr\w*|kritisk\w*)\b",
    re.I,
)
# Fixed expressions whose words are not about the theme they spell.
_IDIOMS = re.compile(
    r"\bi forlængelse (?:heraf|her af|hertil|deraf|af (?:dette|ovenstående|ovennævnte))\b"
    r"|\bsætte[rs]? (?:\w+ )?pris på\b|\b(?:til|for) enhver pris\b",
    re.I,
)


@dataclass
class _Theme:
    key: str
    label: str
    matchers: list[Matcher]
    label_words: list[tuple[str, ...]]
    target: Target
    descriptions: tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]], ...] = ()
    derived: tuple[tuple[str, bool], ...] = ()  # keywords its compound keywords' heads give (`heads`)
    keywords: tuple[str, ...] = ()  # as the codebook gives them


def compile_codebook(codebook: Codebook, *, heads: bool = False) -> list[_Theme]:
    """Keyword matchers and label words of every theme, in codebook order.

    With `heads` (as tagging reads), a theme's matchers are also those its compound
    keywords' heads give (`analysis.heads`: "bussen" and "klinikken på skolen" name
    "skolebus" and "skoleklinik"), which depend on the other themes: a head that two
    elements share names neither alone. Without, its keywords' alone: what topic
    suggestions claim passages by, the codebook's own words."""
    entries = tuple(_entry(key, theme) for key, theme in codebook.items())
    derived = derived_keywords(entries) if heads else {}
    themes = []
    for key, label, keywords in entries:
        extra = derived.get(key, ())
        matchers = [compile_keyword(k) for k in keywords]
        matchers += [compile_keyword(k, compounds=False) if not head_first else compile_keyword(k, head_first=True)
                     for k, head_first in extra]
        target = Target.of(label, list(keywords))
        themes.append(_Theme(key, label, matchers, list(_label_words(label)), target, _descriptions(label), extra,
                             keywords))
    return themes


def _entry(key: str, theme: Mapping[str, Any]) -> tuple[str, str, tuple[str, ...]]:
    return key, str(theme.get("label", key)), tuple(k for k in theme.get("keywords", []) if k.strip())


# A label's parts that each describe the element: "Færre aftenafgange (sidste bybus kl. 21)",
# "De lukkede skolebusser ophører; eleverne kører med de almindelige ruter".
_LABEL_PARTS = re.compile(r"[();]")


@functools.lru_cache(maxsize=1024)
def _descriptions(label: str) -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]], ...]:
    """The parts of a label with a description of their own (a parenthesis, a clause after
    ";"): each part's content words and its numbers, when it has at least three of them."""
    parts = [p for p in _LABEL_PARTS.split(label) if p.strip()]
    if len(parts) < 2:
        return ()
    out = []
    for part in parts:
        toks = danish.light_tokens(part)
        words = tuple(w for w in _content_words(toks) if len(w[0]) > 2)  # not "kl.", "kr."

        numbers = tuple(t.lower for t in toks if t.lower.isdigit())
        if len(words) + len(numbers) >= 3:
            out.append((words, numbers))
    return tuple(out)


def _head_of(label_word: tuple[str, ...], word: tuple[str, ...]) -> bool:
    return any(len(w) >= 3 and lw.endswith(w) and lw != w for lw in label_word for w in word)


@functools.lru_cache(maxsize=65_536)  # every sentence is tried against every label part
def _same_word(label_word: tuple[str, ...], word: tuple[str, ...]) -> bool:
    """A word like a label's word, but not just the head of that compound."""
    return _similar_word(label_word, word) and not _head_of(label_word, word)


@functools.lru_cache(maxsize=65_536)
def _names_word(label_word: tuple[str, ...], word: tuple[str, ...]) -> bool:
    """A word like a label's word, or the head of that compound ("bus" for "bybus"): the
    general word for the same thing."""
    return _similar_word(label_word, word) or _head_of(label_word, word)


def _describes(sentence: Sequence[Token], theme: _Theme) -> int | None:
    """The first token of a sentence that reads like one of the parts of a theme's label
    ("den sidste bus går kl. 21" for "(sidste bybus kl. 21)"): all its numbers and two
    thirds of its words; None if none does. Writers name an element by what the proposal
    says it does as often as by its name."""
    for words, numbers in theme.descriptions:
        # "kl. 21." is one number token with its full stop
        if any(not any(t.lower.rstrip(".") == n for t in sentence) for n in numbers):
            continue
        found = []
        # A compound's head is specific enough only where the part's numbers pin it down.
        like = _names_word if numbers else _same_word
        stops = danish.stop_words()
        forms = [(i, (t.lower.rstrip("."), *t.lemmas)) for i, t in enumerate(sentence)
                 if t.is_word and t.lower not in stops]
        for n, lw in enumerate(words):
            if len(found) + len(words) - n < 2:
                break  # two words can no longer be found
            at = next((i for i, form in forms if like(lw, form)), None)
            if at is not None:
                found.append(at)
        if len(found) >= 2 and len(found) >= 2 / 3 * len(words):
            return min(found)
    return None


@functools.lru_cache(maxsize=1024)
def _label_words(label: str) -> tuple[tuple[str, ...], ...]:
    """A label's content words, once per label (collect compiles the codebook per response)."""
    return tuple(_content_words(danish.light_tokens(label)))


class _Read:
    """The last readings of whole passages, by the identity of their token list and of the
    compiled codebook: a paragraph's keyword hits, sentences and a heading's elements are asked
    for again when its sentences' acts are read (`_action_sentences`), and reading them is a
    fifth of tagging a letter. An entry holds its token list, so its id is not reused while kept; the
    lists are never changed once read. Callers only read what it returns."""

    SIZE = 512

    def __init__(self) -> None:
        self.found: dict[tuple[int, int], tuple[Sequence[Token], list[_Theme], list[list[list[Match]]]]] = {}
        self.headings: dict[tuple[int, int], tuple[Sequence[Token], list[_Theme], str, dict[str, list[str]]]] = {}
        self.sentences: dict[int, tuple[Sequence[Token], list[list[Token]]]] = {}

    def keep(self, table: dict, key: object, entry: tuple) -> None:
        if len(table) >= self.SIZE:
            table.clear()
        table[key] = entry


_read = _Read()


def _find_themes(toks: Sequence[Token], themes: list[_Theme]) -> list[list[list[Match]]]:
    """``[[matcher.find(toks) for matcher in theme.matchers] for theme in themes]``, in one
    pass over the tokens (see `hoering.matching.KeywordSet`)."""
    key = (id(toks), id(themes))
    kept = _read.found.get(key)
    if kept is not None and kept[0] is toks and kept[1] is themes:
        return kept[2]
    out = _found_in(toks, themes)
    _read.keep(_read.found, key, (toks, themes, out))
    return out


def _found_in(toks: Sequence[Token], themes: list[_Theme]) -> list[list[list[Match]]]:
    """`_find_themes`, not kept (for a sentence read once)."""
    flat = keyword_set(tuple(m for theme in themes for m in theme.matchers)).find_all(toks)
    out, pos = [], 0
    for theme in themes:
        out.append(flat[pos : pos + len(theme.matchers)])
        pos += len(theme.matchers)
    return out


def _content_words(toks: Sequence[Token]) -> list[tuple[str, ...]]:
    stops = danish.stop_words()
    return [(t.lower, *t.lemmas) for t in toks if t.is_word and t.lower not in stops]


@functools.lru_cache(maxsize=65_536)  # headings repeat their words across responses
def _similar_word(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    for x in a:
        for y in b:
            if x == y or compound_relation(x, y) or compound_relation(y, x):
                return True
            # A name and its numbered variant: "SFO" names "SFO2", "fase" "fase 2".
            if len(x) >= 3 and len(y) >= 3 and (x.rstrip("0123456789") == y or y.rstrip("0123456789") == x):
                return True
            # Same stem, different derivation: "nedsætte" ~ "nedsættelse", "justere" ~ "justering"
            common = len(_common_prefix(x, y))
            if common >= 5 and common >= 0.75 * min(len(x), len(y)):
                return True
    return False


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n]


def label_matches(heading_tokens: Sequence[Token], label_words: list[tuple[str, ...]]) -> bool:
    """Whether a heading reads like a theme's label: it covers 2/3 of the label's words.

    Words are compared by lemma, compound and stem, and adjacent heading words are also
    tried joined, since compounds are often written apart ("mentor indsatsen").
    """
    if not label_words:
        return False
    words = _content_words(heading_tokens)
    plain = [t for t in heading_tokens if t.is_word]
    for first, second in zip(plain, plain[1:], strict=False):
        words.append(tuple(first.lower + lemma for lemma in second.lemmas))
    covered = sum(any(_similar_word(lw, hw) for hw in words) for lw in label_words)
    return covered / len(label_words) >= 2 / 3


# A letter's title ("Høringssvar fra medarbejderne i Haveprojektet", "Høring om …")
# names the sender or the whole proposal, not one of its elements: it scopes nothing.
# So does a subject line ("Vedr.: Omlægning af …") and any short line that calls itself a
# response ("Ældrerådets høringssvar – omlægning af hjemmeplejen og plejecentrene").
# So does a line on the sender's remarks on the whole proposal ("Fjordhede Havnedigelags
# bemærkninger til klimatilpasningsplanen"), whatever element the sender's name spells.
_TITLE = re.compile(r"^\W*(?:høringssvar|høring|vedr\.?|vedrørende|ang\.?|angående|emne)\b|\bhøringssvar\w*\b"
                    r"|\b(?:bemærkninger|kommentarer)\s+til\s+(?:det\s+|den\s+)?(?:[\wæøå]*forslag(?:et|ene)?|"
                    r"[\wæøå]*plan(?:en|erne)?|høringen|høringsmaterialet)\W*$", re.I)


def is_title_line(text: str) -> bool:
    """A paragraph that is only a title line: short, no sentence end, and a title's words."""
    return len(text.split()) <= 15 and not text.rstrip().endswith((".", "!", "?")) and bool(_TITLE.search(text))


def is_closing(text: str) -> bool:
    """A paragraph that starts a letter's closing: its date line ("Nørreskov, 28. maj
    2027") or its greeting ("Med venlig hilsen")."""
    first = text.strip().split("\n", 1)[0]
    return bool(GREETING.match(first)) or date_line(first) is not None


def _unmarked_heading(text: str, toks: Sequence[Token], themes: list[_Theme]) -> bool:
    """A paragraph that is a short line of its own with no sentence end ("Det, der mangler",
    "Økonomi, personale og ledelse"): a heading of the letter's own, which the passage splitter
    does not take for one because of its comma. One that names an element, or says "no
    comment" ("Ingen bemærkninger"), is the element's own answer, not a new section."""
    line = text.strip()
    if "\n" in line or len(line.split()) > 8 or line.endswith((".", "!", "?", ":", ";")) or "," not in line:
        return False
    if not line[:1].isupper() or says_no_comment(line):
        return False
    return not any(any(found) for found in _find_themes(toks, themes))


def _heading_themes(toks: Sequence[Token], text: str, themes: list[_Theme]) -> dict[str, list[str]]:
    key = (id(toks), id(themes))
    kept = _read.headings.get(key)
    if kept is not None and kept[0] is toks and kept[1] is themes and kept[2] == text:
        return kept[3]
    found = _read_heading(toks, text, themes)
    _read.keep(_read.headings, key, (toks, themes, text, found))
    return found


def _read_heading(toks: Sequence[Token], text: str, themes: list[_Theme]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if _TITLE.search(text):
        return found
    for theme, per_matcher in zip(themes, _find_themes(toks, themes), strict=True):
        hits = [m for found in per_matcher for m in found]
        if hits:
            found[theme.key] = _words(hits, text)
        elif label_matches(toks, theme.label_words):
            found[theme.key] = [heading_label(text)]
    return found


def _words(matches: Sequence[Match], text: str) -> list[str]:
    return list(dict.fromkeys(text[m.char_start : m.char_end] for m in matches))


def _no_comment_rest(text: str) -> str | None:
    """The text after a leading "ingen kommentarer" phrase, or None if there is none."""
    m = _NO_COMMENT.match(text)
    return None if m is None else text[m.end() :].lstrip(" \t\n,.;:-–")


def _answered(text: str) -> bool:
    """Whether a paragraph says only "Ingen kommentarer." (nothing after the phrase): as the
    first under a heading, it answers the heading in full, and the section ends with it
    ("Parkvej: Ingen kommentarer." is all the letter says on it; the next paragraph is not
    more about Parkvej)."""
    rest = _no_comment_rest(text)
    return rest is not None and not _WORDS_RE.search(rest)


def _substantive(rest: str, rest_tokens: Sequence[Token], theme: _Theme) -> bool:
    """Whether what follows "ingen kommentarer" still comments on the theme."""
    if not any(t.is_word for t in rest_tokens):
        return False
    if _EXCEPTION.match(rest) or _NORMATIVE.search(rest):
        return True
    return any(matcher.find(rest_tokens) for matcher in theme.matchers)


def _named_themes(named: Sequence[Token], themes: list[_Theme]) -> list[_Theme]:
    """The elements a no-comment names, conjunct by conjunct ("forslagene om SFO og
    specialgrupperne"): by their keywords, else by a word of their labels (every element
    whose label has it: "SFO" names both SFO elements)."""
    out: list[_Theme] = []
    conjunct: list[Token] = []
    for tok in [*named, None]:
        if tok is not None and tok.lower not in {"og", "samt", ",", "eller"}:
            conjunct.append(tok)
            continue
        found = [th for th in themes if any(m.find(conjunct) for m in th.matchers)]
        if not found:
            words = [w for w in _content_words(conjunct) if w[0] not in _PROPOSAL_WORDS]
            found = [th for th in themes
                     if any(_similar_word(lw, w) for lw in th.label_words for w in words)]
        out.extend(th for th in found if th not in out)
        conjunct = []
    return out


def _only_no_comment_on_others(text: str, toks: Sequence[Token], heading: Mapping[str, list[str]],
                               themes: list[_Theme]) -> bool:
    """Whether every sentence of a paragraph is a no-comment that names other elements."""
    sentences = _sentences(toks)
    for sentence in sentences:
        chunk = text[sentence[0].start : sentence[-1].end]
        found = _no_comment_any(chunk)
        if found is None:
            return False
        rest = chunk[found.end():].lstrip(" \t\n,.;:-–")
        if _EXCEPTION.match(rest) or _NORMATIVE.search(rest):
            return False
        named = [th for th in themes if th.key not in heading and any(m.find(sentence) for m in th.matchers)]
        if not named:
            return False
    return bool(sentences)


def _sentences(toks: Sequence[Token]) -> list[list[Token]]:
    # Cut at the sentence starts and slice: a paragraph is read this way several times
    # per theme decision (kept, as its keyword hits are: `_Read`), and slicing copies in C
    # what a loop would append token by token.
    kept = _read.sentences.get(id(toks))
    if kept is not None and kept[0] is toks:
        return kept[1]
    cuts = [n for n, tok in enumerate(toks) if n and tok.is_sent_start]
    out = [list(toks[a:b]) for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True)] if toks else []
    _read.keep(_read.sentences, id(toks), (toks, out))
    return out


@dataclass
class _Silence:
    """A sentence's "no comment" phrase: what it names (`named_span`, up to `obj_end`),
    whether that is the other elements or the whole proposal, whether a comment follows."""

    obj_end: int
    named_span: str
    others: bool
    whole: bool
    comment_follows: bool
    # "ingen bemærkninger til det" is on the whole proposal when the sentence names no
    # element: the caller knows the named elements (`whole_given`).
    pronoun_whole: bool = False
    named_start: int | None = None  # where `named_span` starts, when not at the sentence's start
    # The phrase has no object and ends the sentence ("… har set planen igennem og har ingen
    # bemærkninger."): only an element's own keywords name it there; a label's word before the
    # phrase is as likely the sender's name ("Skolebestyrelsen ved Havbjerg Skole").
    bare: bool = False
    # "… til de dele af planen, der handler om boliger og herberg": where the relative clause
    # says what the parts are about, the span of what it names (see `_parts_named`).
    parts: tuple[int, int] | None = None

    def whole_given(self, named: Sequence[object]) -> bool:
        return self.whole or (self.pronoun_whole and not named)


def _silence(text: str, start: int, end: int) -> _Silence | None:
    """The no-comment phrase of the sentence ``text[start:end]``, if it has one."""
    found = _no_comment_any(text[start:end])
    if found is None:
        return None
    s_rest = text[start + found.end() : end].lstrip(" \t\n,.;:-–")
    # "Ingen kommentarer, det må fagfolkene vurdere": leaving the element to others says
    # why there is no comment; its "må" asks nothing of the proposal.
    comment_follows = bool(_EXCEPTION.match(s_rest) or (_NORMATIVE.search(s_rest) and not _DEFERS.match(s_rest)))
    obj = re.match(r"^til\b[^,.;:]*", s_rest)
    if obj is None and re.search(r"\b(?:til|om|i)$", found.group(0), re.I):
        # The phrase ends on its preposition ("ingen holdning til", "udtaler sig ikke om",
        # "blander sig ikke i"): what it names follows it directly, up to the clause's end.
        obj = re.match(r"^[^,.;:]*", s_rest)
    obj_end = end - len(s_rest) + (obj.end() if obj else 0)
    named_span = text[start:obj_end] if (obj or found.start() > 0) else ""
    named_start = None
    if obj is not None and obj.group(0).strip() and not obj.group(0).startswith("til"):
        # The object follows the phrase ("..., og LMU udtaler sig derfor ikke om den"): an
        # earlier clause of the sentence is a reason, not what the sender keeps out of.
        clause = max(text.rfind(",", start, start + found.start()), text.rfind(";", start, start + found.start()))
        if clause >= 0:
            named_start = clause + 1
            named_span = text[named_start:obj_end]
    others = bool(_OTHERS.search(named_span))
    # "Det må udvalget vurdere" leaves what was just discussed to others: "det" is not
    # the whole proposal there.
    defers = bool(re.match(r"må|overlad", found.group(0), re.I))
    whole = not defers and bool(_WHOLE_OBJECT.search(named_span) or _WHOLE_SUBJECT.search(text[start : start + found.start()]))
    # The pronoun's referent is the proposal when the sentence names it, or the sentence
    # before it does ("Vi har drøftet forslaget på vores møde. Vi har ingen bemærkninger til det.").
    pronoun_whole = not defers and bool(_PRONOUN_OBJECT.search(named_span)) and bool(
        _THE_PROPOSAL.search(named_span) or _THE_PROPOSAL.search(_sentence_before(text, start)))
    # "… har set planen igennem og har ingen bemærkninger.": a phrase with no object that ends
    # the sentence is on what the sentence named, the proposal, when it names no element.
    bare = not defers and obj is None and not s_rest.strip(" \t\n.!") \
        and bool(_THE_PROPOSAL.search(text[start : start + found.start()]))
    parts = None
    if others and _PARTS_OF.search(named_span):
        about = _PARTS_ABOUT.match(text, obj_end, end)
        if about is not None:
            parts = (about.start(1), about.end(1))
    return _Silence(obj_end, named_span, others, whole, comment_follows, pronoun_whole or bare, named_start, bare,
                    parts)


# "de dele af planen, der handler om boliger og herberg": the relative clause says which parts.
_PARTS_OF = re.compile(r"\bde\s+dele\s+af\s+(?:[\wæøå]*forslaget|[\wæøå]*planen|høringsmaterialet)\s*$", re.I)
_PARTS_ABOUT = re.compile(r"\s*,\s*(?:der|som)\s+(?:[\wæøå]+\s+){0,2}?(?:om|vedrører|angår|omhandler)\s+"
                          r"([^,.;:!?]+)", re.I)


def _parts_named(said: _Silence, toks: Sequence[Token], themes: list[_Theme]) -> list[_Theme]:
    """The elements that the relative clause of "de dele af planen, der handler om X og Y"
    names, when each of its conjuncts names one by a keyword or by a word of its label (the
    same word, not a compound of it): then the no-comment is on those. A clause that
    describes the parts by something else ("der handler om byen og havnen") calls every
    part the letter leaves aside by what they have in common: none (a blanket no-comment)."""
    if said.parts is None:
        return []
    start, end = said.parts
    out: list[_Theme] = []
    conjunct: list[Token] = []
    for tok in [*(t for t in toks if start <= t.start < end), None]:
        if tok is not None and tok.lower not in {"og", "samt", ",", "eller"}:
            conjunct.append(tok)
            continue
        words = [set(w) for w in _content_words(conjunct)]
        found = [th for th in themes if any(m.find(conjunct) for m in th.matchers)] or [
            th for th in themes if any(set(lw) & w for lw in th.label_words for w in words)]
        if not found:
            return []
        out.extend(th for th in found if th not in out)
        conjunct = []
    return out


def _silence_names(said: _Silence, span: Sequence[Token], themes: list[_Theme]) -> list[_Theme]:
    """The elements a no-comment names (see `_Silence.bare`)."""
    if said.bare:
        return [th for th in themes if any(m.find(span) for m in th.matchers)]
    return _named_themes(span, themes)


def _sentence_before(text: str, start: int) -> str:
    """The sentence of the paragraph `text` that ends before offset `start` ("" at its start)."""
    before = text[:start].rstrip()
    cut = max(before.rfind(".", 0, len(before) - 1), before.rfind("!", 0, len(before) - 1),
              before.rfind("?", 0, len(before) - 1), before.rfind("\n"))
    return before[cut + 1 :]


def _blanket_tags(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                  themes: list[_Theme]) -> list[PassageTag]:
    """The blanket no-comments of a response (`BLANKET` passage tags), as `_tag_paragraph`
    decides them, without the keyword and heading decisions: a no-comment on the other
    elements, or on the whole proposal where no element's heading is in force."""
    out: list[PassageTag] = []
    heading: tuple[Passage, Sequence[Token]] | None = None
    in_force: dict[str, list[str]] | None = {}  # the heading's themes, found when needed
    first_under = False
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.HEADING:
            heading, in_force, first_under = (passage, ptoks), None, True
            continue
        opens, first_under = first_under, False
        for sentence in _sentences(ptoks):
            said = _silence(passage.text, sentence[0].start, sentence[-1].end)
            if said is None or said.comment_follows or not said.named_span.strip():
                continue
            if _parts_named(said, sentence, themes):
                continue
            if not said.others:
                named = _silence_names(said, [t for t in sentence if (said.named_start or 0) <= t.start < said.obj_end],
                                       themes) if said.pronoun_whole else []
                if not said.whole_given(named):
                    continue
                if in_force is None and heading is not None:
                    in_force = _heading_themes(heading[1], heading[0].text, themes)
                if in_force:
                    continue
            out.append(PassageTag(passage, BLANKET, PassageState.NO_COMMENT, [said.named_span.strip()],
                                  "no comment on the other elements"))
        if heading is not None and opens and _answered(passage.text):
            heading, in_force = None, {}  # the heading was answered in full (see `_answered`)
    return out


def _tag_paragraph(
    passage: Passage,
    toks: Sequence[Token],
    heading: dict[str, list[str]],
    themes: list[_Theme],
) -> tuple[list[PassageTag], dict[str, list[Match]]]:
    """Heading and no-comment decisions for one paragraph, and its keyword hits.

    ``toks`` have offsets into ``passage.text``.
    """
    text = passage.text
    tags: list[PassageTag] = []
    masked: set[int] = set()  # token indexes whose keyword hits do not count
    # Tokens are in text order: the ones starting in a stretch are found by bisection, not
    # by a pass over the whole paragraph per stretch (quadratic in a long one).
    starts = [t.start for t in toks]

    def starting_in(lo: int, hi: int) -> range:
        return range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))

    for span in _IDIOMS.finditer(text):
        masked.update(starting_in(span.start(), span.end()))

    # "Vi har ingen bemærkninger til X" or "Forslaget om X giver ikke anledning til
    # kommentarer", sentence by sentence: X is named, not discussed. "… til de øvrige forslag"
    # (or to the whole proposal) covers every element the letter does not discuss (BLANKET,
    # decided per response).
    silences = []
    for sentence in _sentences(toks):
        start, end = sentence[0].start, sentence[-1].end
        said = _silence(text, start, end)
        if said is None:
            silences.append(None)
            continue
        masked.update(starting_in(start, min(end, said.obj_end) if said.comment_follows else end))
        named = _silence_names(said, [toks[i] for i in starting_in(said.named_start or start, said.obj_end)], themes) \
            if said.named_span else []
        parts = _parts_named(said, sentence, themes)
        if parts:
            named = parts
        silences.append(None if said.comment_follows else (said.named_span.strip(), [t.key for t in named],
                                                          said.others and not parts, said.whole_given(named)))  # fmt: skip

    # Under a theme heading: a comment on it, unless it says only "ingen kommentarer": at
    # the start, or in sentences that are all no-comments naming nothing but the heading's
    # elements ("Forslaget giver ikke bestyrelsen anledning til kommentarer"). Under a
    # heading of several elements, a no-comment that names one of them is on that one.
    rest = _no_comment_rest(text)
    if rest is None and heading and silences and all(
            s is not None and not s[2] and set(s[1]) <= set(heading) for s in silences):
        rest = ""
    silenced = {k for s in silences if s is not None and not s[2] for k in s[1] if k in heading}
    # A paragraph whose sentences all say "no comment to X" under another heading is about X.
    about_others = rest is None and bool(heading) and _only_no_comment_on_others(text, toks, heading, themes)
    for key, words in heading.items():
        theme = next(t for t in themes if t.key == key)
        if about_others:
            continue
        if key in silenced and len(heading) > 1:
            tags.append(PassageTag(passage, key, PassageState.NO_COMMENT, words, "heading: named with no comment"))
            continue
        if rest is None:
            tags.append(PassageTag(passage, key, PassageState.DISCUSSES, words, "heading", [text]))
            continue
        rest_tokens = [t for t in toks if t.start >= len(text) - len(rest)]
        if _substantive(rest, rest_tokens, theme):
            reason = "heading; a comment follows 'ingen kommentarer'"
            tags.append(PassageTag(passage, key, PassageState.DISCUSSES, words, reason, [text]))
        else:
            tags.append(PassageTag(passage, key, PassageState.NO_COMMENT, words,
                                   "heading: no comment"))

    for silence in silences:
        if silence is None or not silence[0]:
            continue
        named_span, named, others, whole = silence
        if others or (whole and not heading):
            tags.append(PassageTag(passage, BLANKET, PassageState.NO_COMMENT, [named_span],
                                   "no comment on the other elements"))
        for key in named:
            if key not in heading:
                tags.append(PassageTag(passage, key, PassageState.NO_COMMENT, [named_span],
                                       "named with no comment"))

    # Keywords in the text, one hit per token however many keywords match it; whether
    # they count is decided with the neighbouring sentences (see _decide_keywords).
    hits: dict[str, list[Match]] = {}
    for theme, per_matcher in zip(themes, _find_themes(toks, themes), strict=True):
        found = {}
        for matches in per_matcher:
            for m in matches:
                if m.start not in masked and not _another_kind(m, toks, theme):
                    found.setdefault(m.start, m)
        # A sentence has no more of a part's words than its paragraph: one look at the whole
        # paragraph rules out most.
        if theme.descriptions and _describes(toks, theme) is not None:
            pos = 0
            for sentence in _sentences(toks):
                at = _describes(sentence, theme)
                first = pos + at if at is not None else None
                pos += len(sentence)
                if first is None or first in masked or any(pos - len(sentence) <= i < pos for i in found):
                    continue
                tok = toks[first]
                found[first] = Match(theme.label, first, first + 1, tok.start, tok.end, "label")
        if found:
            hits[theme.key] = [found[i] for i in sorted(found)]
    return tags, hits


def _another_kind(m: Match, toks: Sequence[Token], theme: _Theme) -> bool:
    """Whether a compound's head standing alone ("klubbens" for the element's "fritidsklub")
    points back at another compound with that head earlier in the paragraph, one the
    element's keywords do not name ("Nørre Vedby Seniorklub … klubbens medlemmer"): a head
    alone names the thing last named in full."""
    if (m.keyword, False) not in theme.derived:
        return False
    own = theme.matchers[: len(theme.matchers) - len(theme.derived)]
    for tok in toks[: m.start]:
        if tok.is_word and any(compound_relation(m.keyword, form) == "compound-end" for form in (tok.lower, *tok.lemmas)) \
                and not any(matcher.find([tok]) for matcher in own):
            return True
    return False


@dataclass
class _Paragraph:
    passage: Passage
    toks: Sequence[Token]
    heading: dict[str, list[str]]
    hits: dict[str, list[Match]]
    first_sentence: int  # number of its first sentence in the response
    sentence_of: list[int]  # token index -> sentence number in the response
    scope: int  # which heading it sits under


def _decide_keywords(paragraphs: Sequence[_Paragraph], themes: Sequence[_Theme] = ()) -> list[PassageTag]:
    """Keyword hits that count, and passing mentions that do not.

    A hit is a passing mention when its paragraph sits under another theme's heading and
    it is the theme's only hit there, or when it is the theme's only hit within its
    sentence and the sentences either side (same heading), where another theme has two or
    more. Looking at sentences rather than whole paragraphs keeps the rule the same however
    a letter was broken into paragraphs.
    """
    window: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for para in paragraphs:
        for key, found in para.hits.items():
            for m in found:
                window[(para.scope, para.sentence_of[m.start])][key] += 1

    def counts_near(scope: int, sentence: int) -> Counter[str]:
        total: Counter[str] = Counter()
        for s in (sentence - 1, sentence, sentence + 1):
            total.update(window.get((scope, s), Counter()))
        return total

    # A verb that names an element's act ("betale" for "betaling", `heads.verbs_of`) is a
    # weaker sign than its noun: beside another element it is more often an idiom ("det er
    # vores medlemmer, der betaler for besparelsen"), so it counts only where no other
    # element is named in its sentence or the ones either side.
    verbs = {th.key: {v for k in th.keywords for v in verbs_of(k)} for th in themes}
    out = []
    for para in paragraphs:
        text = para.passage.text
        for key, found in para.hits.items():
            words = list(dict.fromkeys(text[m.char_start : m.char_end] for m in found))
            if len(found) == 1 and para.heading and key not in para.heading and not _position_on(para, found[0]):
                out.append(PassageTag(para.passage, key, PassageState.PASSING, words,
                                      "single mention under another theme's heading"))
                continue
            counting = []
            for m in found:
                near = counts_near(para.scope, para.sentence_of[m.start])
                others = max((n for k, n in near.items() if k != key), default=0)
                # A sentence that opens with the element is about it, however busy its neighbours.
                here = para.sentence_of[m.start]
                opens = all(para.sentence_of[i] != here for i in range(max(0, m.start - 2), m.start)) \
                    or (m.start < 2 and para.sentence_of[0] == here and m.start == 0)
                if _read_about(para, m) or (others and m.keyword in verbs.get(key, ())):
                    continue
                if opens or not (near[key] == 1 and others >= 2) or _coordinated(para, m.start) \
                        or _joined(para, m, key) or _cue_aims_at(para, m) or _picked_up(para, m):
                    counting.append(m)
            if not counting:
                out.append(PassageTag(para.passage, key, PassageState.PASSING, words,
                                      "single mention among sentences about another theme"))
                continue
            others = [th.target for th in themes if th.key != key]
            sentences = _trigger_sentences(text, para.toks, counting, para.hits,
                                           functools.partial(_names_an_act, others))
            reason = TITLE if is_title_line(text) else "keywords"
            out.append(PassageTag(para.passage, key, PassageState.DISCUSSES, words, reason, sentences,
                                  len(counting)))
    return out


def _position_on(para: _Paragraph, m: Match) -> bool:
    """Whether the hit's sentence takes a position and names no other element ("Vi kan
    heller ikke støtte, at eleverne fremover skal køres i bus"): under another element's
    heading, a sentence that opposes or backs this one alone is no aside."""
    here = para.sentence_of[m.start]
    if any(para.sentence_of[o.start] == here for found in para.hits.values() for o in found if o is not m):
        return False
    at = [i for i, s in enumerate(para.sentence_of) if s == here]
    text = para.passage.text[para.toks[at[0]].start : para.toks[at[-1]].end]
    return bool(find_cues(text))


def _cue_aims_at(para: _Paragraph, m: Match) -> bool:
    """Whether a position cue stands right before the hit, its object ("Jeg er ikke imod
    skærmbesøg", "vi støtter klippekortet"): a position taken on it is no passing mention."""
    here = para.sentence_of[m.start]
    first = next(i for i in range(m.start, -1, -1) if i == 0 or para.sentence_of[i - 1] != here)
    text = para.passage.text
    start = para.toks[first].start
    before = text[start : m.char_start]
    # the cue ends at most two words (an article, "om", "for") before the element
    return any(len(_WORDS_RE.findall(before[c.end:])) <= 2 for c in find_cues(before))


_WORDS_RE = re.compile(r"[\wæøåÆØÅ]+")
# The sender reporting what it has read or discussed: "Rådet har gennemgået materialet om den
# nye struktur for klubberne og ungdomsskolen". What the material is about is the proposal's
# subject, named to say what was read, not a remark on that element.
_READ_ABOUT = re.compile(
    r"\bhar\s+(?:[\wæøå.]+\s+){0,8}?(?:gennemgået|drøftet|behandlet|læst|set)\s+(?:det\s+|hele\s+)?"
    r"(?:materialet|høringsmaterialet|forslaget|sagen)\s+(?:om|vedrørende|vedr\.),?\s", re.I)


def _read_about(para: _Paragraph, m: Match) -> bool:
    """Whether the hit is in what a report of reading the proposal says it is about, in a
    sentence that takes no position."""
    here = para.sentence_of[m.start]
    at = [i for i, s in enumerate(para.sentence_of) if s == here]
    start = para.toks[at[0]].start
    text = para.passage.text[start : para.toks[at[-1]].end]
    said = _READ_ABOUT.search(text)
    return bool(said) and said.end() <= m.char_start - start and not find_cues(text)


def _coordinated(para: _Paragraph, at: int) -> bool:
    """Whether the token at `at` is the second member of "både … og" or "hverken … eller" in
    its sentence: named as much as the first ("genoverveje både nedlæggelsen af linje 12 og
    de færre aftenafgange"), so not in passing."""
    here = para.sentence_of[at]
    words = [(i, para.toks[i].lower) for i in range(at - 1, -1, -1) if para.sentence_of[i] == here]
    joined = False
    for _, w in words:  # backwards from the hit
        if w in ("og", "eller"):
            joined = True
        elif w in ("både", "hverken"):
            return joined
    return False


# A phrase pointing back at one part of the proposal: "jeg er derfor imod den del af forslaget".
_THAT_PART = re.compile(r"^(?:den|denne|dén)\s+del(?:en)?\s+af\s+(?:forslaget|planen|høringsmaterialet)$")


def _picked_up(para: _Paragraph, m: Match) -> bool:
    """Whether the sentence after the hit names no element and points back at "den del af
    forslaget": the part of the proposal named last before it, so not a passing mention
    ("..., før der ligger 10 cm sne. Det hænger ikke sammen, og jeg er derfor imod den del
    af forslaget.")."""
    here = para.sentence_of[m.start]
    if any(o.start > m.start and para.sentence_of[o.start] == here for found in para.hits.values() for o in found):
        return False  # another element is named after it in the same sentence
    nxt = [i for i in range(m.end, len(para.toks)) if para.sentence_of[i] == here + 1]
    if not nxt or any(nxt[0] <= o.start <= nxt[-1] for found in para.hits.values() for o in found):
        return False
    words = [para.toks[i].lower for i in nxt]
    return any(_THAT_PART.match(" ".join(words[j : j + 4])) for j in range(len(words) - 3))


_JOINERS = frozenset({"og", "eller", "samt", ",", "&"})


def _joined(para: _Paragraph, m: Match, key: str) -> bool:
    """Whether a hit is joined to another element's hit by "og"/"eller"/"samt" or a comma
    ("Tømning hver tredje uge og miljøboksen har jeg ikke noget imod"): members of one
    coordination are named alike, so neither is in passing."""
    before = m.start - 1
    after = m.end
    for other, found in para.hits.items():
        if other == key:
            continue
        for o in found:
            if before >= 1 and o.end == before and para.toks[before].lower in _JOINERS:
                return True
            if after < len(para.toks) and o.start == after + 1 and para.toks[after].lower in _JOINERS:
                return True
    return False


def _without_heading_words(hits: dict[str, list[Match]], heading: Mapping[str, list[str]],
                           themes: list[_Theme]) -> dict[str, list[Match]]:
    """Hits without another element's keywords that are words of the heading's own label:
    under "Lystrup Enge" (an element that makes the meadow a "regnvandsbassin"), "regnvand
    fra byen" is what the heading's element takes in, not the element about rainwater."""
    words = [w for th in themes if th.key in heading for w in _WORDS_RE.findall(th.label.lower())]
    out = {}
    for key, found in hits.items():
        if key not in heading:
            found = [m for m in found if m.how == "label" or not any(m.keyword.lower() in w for w in words)]
        if found:
            out[key] = found
    return out


def _names_an_act(targets: Sequence[Target], sentence: str) -> bool:
    return any(t.names_act(sentence) for t in targets)


# A sentence that opens by turning to something else ("Derimod synes jeg, det er en god idé med
# …", "Til gengæld …", "Hvad angår …") does not go on about what the one before named.
_TURN = re.compile(r"^\W*(?:derimod|til gengæld|hvad angår|med hensyn til|i øvrigt)\b", re.I)


def _trigger_sentences(text: str, toks: Sequence[Token], found: Sequence[Match],
                       all_hits: Mapping[str, Sequence[Match]] | None = None,
                       anothers_act: Callable[[str], bool] | None = None) -> list[str]:
    """The sentences a hit starts in (by bisection: a long paragraph has many of both), each
    with the sentence after it when that one names no theme: a position is often taken in
    the sentence that follows ("Det kan vi ikke støtte."); and a paragraph's opening sentence
    that names no theme, when the second names this one (the point stated first), unless it
    names another element's act (`anothers_act`: "Vi protesterer mod, at projektet opgives"
    states that element's point, whatever the next sentence names in passing)."""
    hits = sorted(m.char_start for m in found)
    any_hit = sorted(m.char_start for ms in (all_hits or {}).values() for m in ms)
    out = []
    follow = False
    opening: str | None = None  # the paragraph's first sentence, when it names no element
    for n, sentence in enumerate(_sentences(toks)):
        start, end = sentence[0].start, sentence[-1].end
        first = bisect.bisect_left(hits, start)
        named = bisect.bisect_left(any_hit, start)
        names_any = named < len(any_hit) and any_hit[named] < end
        if first < len(hits) and hits[first] < end:
            if opening is not None and n == 1:
                # A paragraph's opening sentence states its point before naming the element
                # ("Rådet deler bekymringen for skolebørnene. Når skolebussen forsvinder, …").
                out.append(opening)
            out.append(text[start:end])
            follow = True
            continue
        if n == 0 and all_hits is not None and not names_any \
                and not (anothers_act is not None and anothers_act(text[start:end])):
            opening = text[start:end]
        if follow and all_hits is not None and not names_any and not _TURN.match(text[start:end]):
            out.append(text[start:end])
            continue  # the paragraph goes on about it until it names something else
        follow = False
    return out


def _tag_passages(
    passages: Sequence[Passage], toks: Sequence[Sequence[Token]], themes: list[_Theme]
) -> list[PassageTag]:
    return _read_passages(passages, toks, themes)[0]


def _read_passages(
    passages: Sequence[Passage], toks: Sequence[Sequence[Token]], themes: list[_Theme]
) -> tuple[list[PassageTag], list[_Paragraph]]:
    """`_tag_passages`, with the paragraphs as the keyword decisions saw them."""
    out: list[PassageTag] = []
    paragraphs: list[_Paragraph] = []
    heading: dict[str, list[str]] = {}
    scope = 0
    sentence = 0
    first_under = False  # the paragraph is the first under its heading
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.HEADING:
            heading = _heading_themes(ptoks, passage.text, themes)
            scope += 1
            first_under = True
            if _TITLE.search(passage.text):  # it scopes nothing, but names what the letter is about
                for theme, per_matcher in zip(themes, _find_themes(ptoks, themes), strict=True):
                    hits = [m for found in per_matcher for m in found]
                    if hits:
                        out.append(PassageTag(passage, theme.key, PassageState.DISCUSSES,
                                              _words(hits, passage.text), TITLE, [passage.text]))
            continue
        if heading and (is_closing(passage.text) or _unmarked_heading(passage.text, ptoks, themes)):
            # The letter's date line or greeting ends the last element's section: what
            # follows is the signature, not more about that element. So does a heading of
            # the letter's own ("Det, der mangler") that the comma kept from being read as one.
            heading = {}
            scope += 1
        tags, hits = _tag_paragraph(passage, ptoks, heading, themes)
        out.extend(tags)
        if heading:
            hits = _without_heading_words(hits, heading, themes)
        opens = first_under
        first_under = False
        sentence_of = []
        first = sentence
        for n, tok in enumerate(ptoks):
            if tok.is_sent_start and n > 0:
                sentence += 1
            sentence_of.append(sentence)
        sentence += 1
        paragraphs.append(_Paragraph(passage, ptoks, heading, hits, first, sentence_of, scope))
        if heading and opens and _answered(passage.text):
            heading = {}
            scope += 1
    out.extend(_decide_keywords(paragraphs, themes))
    return sorted(out, key=lambda t: t.passage.ordinal), paragraphs


def tag_passages(text: str, codebook: Codebook) -> list[PassageTag]:
    """Every passage-level decision for one response, including passing mentions."""
    passages = split_passages(text)
    toks = danish.tokens_many(p.text for p in passages)
    return _tag_passages(passages, toks, compile_codebook(codebook, heads=True))


def _response_tags(passage_tags: Sequence[PassageTag], themes: list[_Theme],
                   extra: Mapping[str, Sequence[str]] | None = None, only: str | None = None) -> list[ThemeTag]:
    extra = extra or {}
    out = []
    blanket = [t for t in passage_tags if t.key == BLANKET]
    # A title line names the whole proposal, or the one element a letter is about: where the
    # body discusses elements, an element named only in the title is not one of them.
    body = {t.key for t in passage_tags if t.state == PassageState.DISCUSSES and t.reason != TITLE}
    for theme in themes:
        if only is not None and theme.key != only:
            continue
        mine = [t for t in passage_tags if t.key == theme.key]
        discussing = [t for t in mine if t.state == PassageState.DISCUSSES]
        if body and theme.key not in body:
            discussing = []
        # The title is evidence only when nothing else is (it quotes no position).
        discussing = [t for t in discussing if t.reason != TITLE] or discussing
        silent = [t for t in mine if t.state == PassageState.NO_COMMENT]
        if silent and discussing and _in_passing(discussing, theme, extra):
            # The writer says they have no comment on it: one mention elsewhere that takes
            # no position ("we drive the buses and the country routes") does not overrule that.
            discussing = []
        chosen = discussing or silent
        if not chosen and blanket:
            chosen = blanket
        if not chosen:
            continue
        evidence = list(dict.fromkeys(t.passage.text for t in chosen))
        triggers = list(dict.fromkeys(w for t in chosen for w in t.triggers))
        ordinals = list(dict.fromkeys(t.passage.ordinal for t in chosen))
        if discussing:
            said = [s for t in discussing for s in t.stance_text]
            j = judge(_without_repeats(said + list(extra.get(theme.key, []))), theme.target)
            if not j.cues and extra.get(BLANKET):
                # No position of its own: the letter's position on the whole plan holds for it.
                j = judge(_without_repeats(said + list(extra[BLANKET])), theme.target)
            out.append(ThemeTag(theme.key, TagState.DISCUSSES, j.stance, evidence, triggers,
                                stance_cues=j.cues, passages=ordinals, confidence=j.confidence))
        else:
            out.append(ThemeTag(theme.key, TagState.NO_COMMENT, Stance.NEUTRAL, evidence, triggers,
                                passages=ordinals))
    return out


def _in_passing(discussing: Sequence[PassageTag], theme: _Theme, extra: Mapping[str, Sequence[str]]) -> bool:
    """Whether a theme's discussion is one keyword hit, outside its heading, with no cue."""
    if any(t.reason != "keywords" for t in discussing) or sum(t.hits for t in discussing) != 1:
        return False
    said = [s for t in discussing for s in t.stance_text] + list(extra.get(theme.key, []))
    return not judge(said, theme.target).cues


def _without_repeats(texts: Sequence[str]) -> list[str]:
    """Texts in order, without those another one contains (a sentence of a whole passage)."""
    unique = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    return [t for t in unique if not any(t != other and t in other for other in unique)]


_PROPOSAL = re.compile(r"\b(?:forslag(?:et|ene)?|planer(?:ne)?)\b", re.I)
# "denne del af forslaget", "dele af planen": a part of the plan (the element just discussed,
# or some), not the whole of it.
_PART_OF_PLAN = re.compile(r"\bdele?\s+af\s+(?:forslaget|forslagene|planen|planerne)\b", re.I)
_WHOLE_PLAN = re.compile(r"\b(?:forslaget|forslagene|planen|planerne|[\wæøå]+planen|høringsmaterialet)\b", re.I)
# A word each of them has: most sentences have none (tests/test_tagging_words.py checks).
_PLAN_WORDS = re.compile(r"forslag|plan|høringsmateriale", re.I)


def _action_sentences(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                      themes: list[_Theme], passage_tags: Sequence[PassageTag]) -> dict[str, list[str]]:
    """Sentences that take a position on an element by naming what it does rather than its
    keywords ("Vi protesterer mod lukningen"): a sentence naming the act of exactly one
    discussed element goes with that element; in a letter that discusses one element
    only, a sentence about "forslaget" or one that takes a position ("Jeg synes, det er en
    god idé, at børnene …") goes with it too: a one-issue letter's positions are on it. In a
    letter on several, a sentence that takes a position on the whole plan and names no
    element ("Jeg bakker op om planen") is kept under BLANKET: it holds for each element
    the letter takes no position of its own on."""
    return _action_sentences_and_without(passages, toks, themes, passage_tags, None)[0]


def _action_sentences_and_without(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                                  themes: list[_Theme], passage_tags: Sequence[PassageTag],
                                  new: str | None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`_action_sentences`, and (with `new`) what it gives for the codebook without theme
    `new` and its tags, in the same pass: each sentence is tested once per element."""
    discussed = {t.key for t in passage_tags if t.state == PassageState.DISCUSSES}
    mine = [t for t in themes if t.key in discussed]
    earlier = [t for t in mine if t.key != new]
    before = [t for t in themes if t.key != new]
    out: dict[str, list[str]] = defaultdict(list)
    without: dict[str, list[str]] = defaultdict(list)
    if not mine:
        return out, without
    # Under an element's heading, in a paragraph that names that element, "forslaget" is the
    # element (as for a no-comment): "Saltlage / Saltlage giver et bedre greb ... Vi støtter
    # forslaget." is no position on the whole plan. A paragraph that names none may be the
    # letter's conclusion ("Vi kan ikke anbefale forslaget.").
    heading: set[str] = set()
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.HEADING:
            heading = set(_heading_themes(ptoks, passage.text, themes))
            continue
        if passage.kind != PassageKind.PARAGRAPH:
            continue
        if is_closing(passage.text):
            heading = set()
        on_heading = heading & {t.key for t, per_matcher in zip(themes, _find_themes(ptoks, themes), strict=True)
                                if any(per_matcher)} if heading else set()
        for sentence in _sentences(ptoks):
            text = passage.text[sentence[0].start : sentence[-1].end]
            named = [t for t in mine if t.target.names_own_action(text)]
            said = _Said(sentence, text, themes)
            _take_action(out, said, named, mine, themes, bool(on_heading))
            if new is not None:
                _take_action(without, said, [t for t in named if t.key != new], earlier, before,
                             bool(on_heading - {new}))
    return out, without


class _Said:
    """One sentence as `_take_action` reads it, each reading made once when first asked for:
    with and without a new theme, the codebook asks the same of it."""

    def __init__(self, sentence: Sequence[Token], text: str, themes: list[_Theme]) -> None:
        self.sentence, self.text, self.themes = sentence, text, themes
        self._found: dict[str, list[list[Match]]] | None = None
        self._names: dict[str, bool] = {}
        self._proposal: bool | None = None
        self._cues: bool | None = None
        self._whole: bool | None = None

    def proposal(self) -> bool:
        if self._proposal is None:
            self._proposal = bool(_PROPOSAL.search(self.text))
        return self._proposal

    def cues(self) -> bool:
        if self._cues is None:
            self._cues = bool(find_cues(self.text))
        return self._cues

    def whole_plan(self) -> bool:
        if self._whole is None:
            text = self.text
            self._whole = bool(_PLAN_WORDS.search(text)) and bool(_WHOLE_PLAN.search(text)) \
                and not _PART_OF_PLAN.search(text)
        return self._whole

    def names(self, other: _Theme) -> bool:
        """Whether the sentence names `other` by a keyword or its description."""
        if other.key not in self._names:
            if self._found is None:
                self._found = {t.key: per_matcher for t, per_matcher
                               in zip(self.themes, _found_in(self.sentence, self.themes), strict=True)}
            self._names[other.key] = any(self._found[other.key]) or _describes(self.sentence, other) is not None
        return self._names[other.key]

    def names_another(self, theme: _Theme | None, themes: list[_Theme]) -> bool:
        """Whether the sentence names another element of `themes` (among those it was made
        with) than `theme` by a keyword or its description: then a word like this element's
        act in it ("butikkerne lukker kl. 22") is not about this element."""
        return any((theme is None or other.key != theme.key) and self.names(other) for other in themes)


def _take_action(out: dict[str, list[str]], said: _Said, named: list[_Theme],
                 mine: list[_Theme], themes: list[_Theme], under_heading: bool = False) -> None:
    text = said.text
    if len(named) == 1 and not said.names_another(named[0], themes):
        out[named[0].key].append(text)
    elif len(mine) == 1 and (said.proposal() or said.cues()) \
            and not _aims_at_anothers_act(text, [t for t in themes if t.key != mine[0].key]):
        out[mine[0].key].append(text)
    elif len(mine) > 1 and not named and not under_heading and said.whole_plan() and said.cues() \
            and not said.names_another(None, themes):
        out[BLANKET].append(text)  # a position on the whole plan ("Jeg bakker op om planen")


def _aims_at_anothers_act(text: str, others: Sequence[_Theme]) -> bool:
    """Whether a position cue takes another element's act as its object ("Rådet kan ikke
    støtte, at det lukkes", where another element closes something): within the four words
    after the cue. That position is on the other element, not on a one-issue letter's issue."""
    for cue in find_cues(text):
        after = " ".join(_WORDS_RE.findall(text[cue.end:])[:4])
        if any(t.target.names_act(after) for t in others):
            return True
    return False


def read_themes(texts: Sequence[str], codebook: Codebook) -> list[tuple[list[PassageTag], dict[str, list[str]], list[ThemeTag]]]:
    """Every passage-level decision of each response, with the sentences that name an
    element's act (`_action_sentences`) and the response's tags: what `tag_responses`
    decides from and what it decides, for a reader that weighs the same evidence
    differently (`analysis.presence`)."""
    themes = compile_codebook(codebook, heads=True)
    passages = [split_passages(text) for text in texts]
    flat = danish.tokens_many(p.text for ps in passages for p in ps)
    out, pos = [], 0
    for ps in passages:
        toks = flat[pos : pos + len(ps)]
        pos += len(ps)
        passage_tags = _tag_passages(ps, toks, themes)
        actions = _action_sentences(ps, toks, themes, passage_tags)
        out.append((passage_tags, dict(actions), _response_tags(passage_tags, themes, actions)))
    return out


def tag_response(text: str, codebook: Codebook) -> list[ThemeTag]:
    """Themes of one response, in codebook order."""
    return tag_responses([text], codebook)[0]


def tag_responses(
    texts: Sequence[str], codebook: Codebook, *, progress: Progress | None = None
) -> list[list[ThemeTag]]:
    """Themes of many responses; all passages go through the Danish layer in one pipe."""
    passages = [split_passages(text) for text in texts]
    flat = danish.tokens_many(p.text for ps in passages for p in ps)
    toks, pos = [], 0
    for ps in passages:
        toks.append(flat[pos : pos + len(ps)])  # offsets into each passage's text
        pos += len(ps)
    return tag_tokenised(passages, toks, codebook, progress=progress)


def tag_tokenised(
    passages: Sequence[Sequence[Passage]],
    toks: Sequence[Sequence[Sequence[Token]]],
    codebook: Codebook,
    *,
    progress: Progress | None = None,
    only: str | None = None,
) -> list[list[ThemeTag]]:
    """`tag_responses` of responses already split and tokenised: per response its passages
    (`split_passages`) and each passage's tokens (offsets into the passage's text), as
    collect stores them, so tagging again needs no language layer.

    `only`: the tags of that theme alone (the others' are decided as always, but their
    stances are not judged): for a theme that joined the codebook where it cannot change
    the other themes' tags (`mentions`)."""
    themes = compile_codebook(codebook, heads=True)
    out = []
    for n, (ps, ptoks) in enumerate(zip(passages, toks, strict=True)):
        passage_tags = _tag_passages(ps, ptoks, themes)
        discussed = only is None or any(t.key == only and t.state == PassageState.DISCUSSES for t in passage_tags)
        actions = _action_sentences(ps, ptoks, themes, passage_tags) if discussed else {}
        out.append(_response_tags(passage_tags, themes, actions, only))
        if progress:
            progress(n + 1, len(passages))
    return out


def tag_new_theme(
    passages: Sequence[Sequence[Passage]],
    toks: Sequence[Sequence[Sequence[Token]]],
    codebook: Codebook,
    key: str,
    whole: Sequence[bool] | None = None,
) -> list[tuple[frozenset[str] | None, list[ThemeTag]]]:
    """Per response, after theme `key` joined `codebook`: ``(None, tags)`` with every theme's
    tags (`tag_tokenised`) where the new theme may have changed any other theme's tag (or
    `whole` asks for them), else ``(keys, tags)`` with the tags of `keys` alone: the new theme
    and the other themes whose sentences on an element's act it changed (their stances are
    judged again); the rest are what they were. See `_changed_others` for when it can."""
    themes = compile_codebook(codebook, heads=True)
    new = next(t for t in themes if t.key == key)
    before = [t for t in themes if t.key != key]
    out: list[tuple[frozenset[str] | None, list[ThemeTag]]] = []
    for n, (ps, ptoks) in enumerate(zip(passages, toks, strict=True)):
        passage_tags, paragraphs = _read_passages(ps, ptoks, themes)
        actions, earlier = _action_sentences_and_without(ps, ptoks, themes, passage_tags, key)
        changed = None if whole and whole[n] else _changed_others(ps, ptoks, passage_tags, paragraphs, actions,
                                                                   earlier, new, before)  # fmt: skip
        if changed is None:
            out.append((None, _response_tags(passage_tags, themes, actions)))
        else:
            keys = frozenset(changed | {key})
            out.append((keys, _response_tags(passage_tags, [t for t in themes if t.key in keys], actions)))
    return out


def tag_accepted(
    passages: Sequence[Sequence[Passage]],
    toks: Sequence[Sequence[Sequence[Token]]],
    codebook: Codebook,
    key: str,
    corrected: Sequence[bool],
) -> list[tuple[frozenset[str] | None, list[ThemeTag]] | None]:
    """Per response, what theme `key` joining `codebook` changes: None where it changes no
    tag (`may_concern` is false, and no person decided on it there); where it is mentioned
    (or `corrected`: a person's decision, read in full), `tag_new_theme`'s answer; where a
    no-comment sentence alone can give it a tag, ``({key}, tags)`` with its own tags (the
    other themes' decisions cannot see it: `mentions`)."""
    theme = codebook[key]
    mentioned = [n for n, ps in enumerate(passages) if corrected[n] or mentions(ps, toks[n], key, theme)]
    rest = set(range(len(passages))) - set(mentioned)
    silent = [n for n in sorted(rest) if any(says_no_comment(p.text) for p in passages[n])]
    out: list[tuple[frozenset[str] | None, list[ThemeTag]] | None] = [None] * len(passages)
    read = tag_new_theme([passages[n] for n in mentioned], [toks[n] for n in mentioned], codebook, key,
                         [corrected[n] for n in mentioned])  # fmt: skip
    for n, found in zip(mentioned, read, strict=True):
        out[n] = found
    # Not mentioned: a blanket no-comment is all it can have (`_response_tags` gives it the
    # blanket's tag when it has none of its own), and its headings, keywords and named
    # no-comments need not be read.
    alone = [t for t in compile_codebook(codebook, heads=True) if t.key == key]
    themes = compile_codebook(codebook, heads=True)
    for n in silent:
        out[n] = (frozenset({key}), _response_tags(_blanket_tags(passages[n], toks[n], themes), alone))
    return out


def _changed_others(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                    passage_tags: Sequence[PassageTag], paragraphs: Sequence[_Paragraph],
                    actions: Mapping[str, Sequence[str]], earlier: Mapping[str, Sequence[str]], new: _Theme,
                    before: list[_Theme]) -> set[str] | None:
    """The other themes whose tags `new` may have changed, or None when it may have changed
    any. Where `new` can reach the other themes' passage decisions (then None):

    * a heading it is in (a heading's elements decide its paragraphs' no-comments and
      which single mentions pass: `_tag_paragraph`, `_decide_keywords`), or a short line of
      the letter's own that ended a heading's section without it (`_unmarked_heading`);
    * a no-comment paragraph that names it (its names decide the heading's no-comment, and
      a keyword hit keeps other elements from being named by label: `_named_themes`);
    * two of its hits near another theme's single hit, which then passes
      (`_decide_keywords`), where that theme is discussed nowhere else in the body;
    * a hit of its coordinated with another theme's hit (which then counts: `_joined`);
    * the body discussing it alone (a theme named in the title line is then dropped).

    Elsewhere every other theme's passage decisions (discussed or not, and where), and so
    whether the body discusses it, are the ones the codebook without `new` gives; only the
    sentences a discussed passage gives its stance, and the passages of a theme with a hit
    that passes beside two of `new`'s, can differ: a hit of `new` in the sentence
    after another theme's hit, or in a paragraph's opening sentence before one, keeps that
    sentence from joining the other theme's (it joins only when it names no theme:
    `_trigger_sentences`), as does a hit of `new` in any later sentence of the run of
    sentences naming no element that follows another theme's hit, and so does `new`'s act named in such an opening sentence (it joins
    only when it names no other element's act). `_response_tags` decides a theme's tag from those decisions and
    sentences, the blanket no-comments and the sentences that name its act or take a position
    on the whole plan (`_action_sentences`: `actions` with `new`, `earlier` without it). So only
    the themes whose stance sentences or act sentences changed can change, and every theme
    when the whole-plan sentences did (they hold for any theme without a position of its own)."""
    key = new.key
    if any(key in para.heading for para in paragraphs):
        return None
    without = derived_keywords(tuple((t.key, t.label, t.keywords) for t in before))
    if any(without.get(t.key, ()) != t.derived for t in before):
        return None  # it shares a compound's head with another element, whose matchers it changed
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.PARAGRAPH and says_no_comment(passage.text) \
                and _mentioned(passage, ptoks, new):
            return None
    if any(para.heading and _unmarked_heading(para.passage.text, para.toks, before) for para in paragraphs):
        return None  # a line of the letter's own that ended a heading's section names it: the section goes on
    changed: set[str] = set()
    # Themes with a hit before the new one's in its sentence, or in the sentence before one
    # that names it alone: such a hit no longer counts as the part of the proposal the next
    # sentence picks up (`_picked_up`), so the theme may have left the body's themes.
    picked: set[str] = set()
    window: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    at: dict[int, _Paragraph] = {}  # sentence (numbered across the response) -> its paragraph
    for para in paragraphs:
        named: dict[int, set[str]] = defaultdict(set)  # sentence -> themes with a hit in it
        for k, found in para.hits.items():
            for m in found:
                window[(para.scope, para.sentence_of[m.start])][k] += 1
                at[para.sentence_of[m.start]] = para
                named[para.sentence_of[m.start]].add(k)
        if para.heading and any(key in keys and keys - {key} for keys in named.values()):
            return None  # beside another's hit under a heading, which may then pass (`_position_on`)
        for sentence, keys in named.items():
            if keys - {key} and named.get(sentence + 1) == {key}:
                changed |= keys - {key}  # the sentence after their hit names only the new one
                picked |= keys - {key}
            later = [s for s in named if s > sentence]
            if keys - {key} and later and named[min(later)] == {key}:
                # A paragraph goes on about an element until it names another
                # (`_trigger_sentences`): the new one's hit now ends that run.
                changed |= keys - {key}
        for m in para.hits.get(key, []):
            here = para.sentence_of[m.start]
            picked |= {k for k, found in para.hits.items() if k != key and any(
                o.start < m.start and para.sentence_of[o.start] == here for o in found)}  # fmt: skip
        if named.get(para.first_sentence) == {key}:
            changed |= named.get(para.first_sentence + 1, set()) - {key}  # the opening names only the new one
        elif not named.get(para.first_sentence) and named.get(para.first_sentence + 1):
            # An opening that names no element joins the next sentence's elements unless it
            # names another element's act (`_trigger_sentences`): the new one's act too now.
            opening = _sentences(para.toks)[0]
            if new.target.names_act(para.passage.text[opening[0].start : opening[-1].end]):
                changed |= named[para.first_sentence + 1] - {key}
        if any(_joined(para, m, key) for m in para.hits.get(key, [])):
            return None  # coordinated with another theme's hit, which then counts (`_joined`)
    body = {t.key for t in passage_tags if t.state == PassageState.DISCUSSES and t.reason != TITLE}
    if picked - body:
        return None  # it may have left the themes the letter discusses: all can change
    changed |= picked  # still discussed: only its own evidence and stance
    for (scope, sentence), counts in window.items():
        near: Counter[str] = Counter()
        for s in (sentence - 1, sentence, sentence + 1):
            near.update(window.get((scope, s), Counter()))
        if near[key] < 2:
            continue
        for k in counts:
            # A single hit passes once another theme has two near it: the new one can tip it,
            # unless it counted all the same (it opens its sentence, is coordinated or a cue
            # aims at it): a hit that counts beside the new one counts without it too.
            if k == key or near[k] != 1 or max((n for o, n in near.items() if o not in (k, key)), default=0) >= 2 \
                    or _all_hits_count(passage_tags, at[sentence], k):
                continue
            if k not in body:
                return None  # it may have left the themes the letter discusses: all can change
            # Still discussed elsewhere in the body (a passage discussed beside the new
            # theme's hits is discussed without them too): only its own evidence and stance.
            changed.add(k)
    if key in body and not body - {key}:
        return None
    if list(actions.get(BLANKET, [])) != list(earlier.get(BLANKET, [])):
        return None
    return changed | {t.key for t in before if list(actions.get(t.key, [])) != list(earlier.get(t.key, []))}


def _all_hits_count(passage_tags: Sequence[PassageTag], para: _Paragraph, key: str) -> bool:
    """Whether every keyword hit of theme `key` in `para` counted (`_decide_keywords`)."""
    return any(t.passage is para.passage and t.key == key and t.state == PassageState.DISCUSSES
               and t.reason in ("keywords", TITLE) and t.hits == len(para.hits[key]) for t in passage_tags)


def _mentioned(passage: Passage, ptoks: Sequence[Token], theme: _Theme) -> bool:
    """`mentions` for one passage and a compiled theme."""
    if any(found for found in keyword_set(tuple(theme.matchers)).find_all(ptoks)):
        return True
    words = _content_words(ptoks)
    if passage.kind == PassageKind.HEADING:
        plain = [t for t in ptoks if t.is_word]
        words += [tuple(a.lower + lemma for lemma in b.lemmas) for a, b in zip(plain, plain[1:], strict=False)]
    return any(_similar_word(lw, w) for lw in theme.label_words for w in words)


def may_concern(passages: Sequence[Passage], toks: Sequence[Sequence[Token]], key: str,
                theme: Mapping[str, Any]) -> bool:
    """Whether adding `theme` to a codebook can change any tag of this response: it is
    mentioned (`mentions`), or a sentence says "no comment" (a blanket no-comment covers
    every element the letter does not discuss). So accepting a new theme re-tags only the
    responses this is true of."""
    return any(says_no_comment(p.text) for p in passages) or mentions(passages, toks, key, theme)


def mentions(passages: Sequence[Passage], toks: Sequence[Sequence[Token]], key: str,
             theme: Mapping[str, Any]) -> bool:
    """Whether `theme` can have anything in this response but a blanket no-comment.

    It cannot when none of its keywords matches anywhere (`Matcher`, split compounds and
    phrases included) and no word is like a word of its label (`_similar_word`, the test of
    heading labels and named no-comments; in headings also two words joined, as
    `label_matches` joins them): then it has no heading, hit, passing mention or named
    no-comment. Only then does adding it leave every other theme's tags as they were: once
    it is in a heading, a no-comment's names, a sentence's keyword counts, the themes the
    body discusses or the elements a sentence's act names, other themes' decisions see it
    (`_tag_paragraph`, `_decide_keywords`, `_trigger_sentences`, `_response_tags`,
    `_action_sentences`)."""
    compiled = compile_codebook({key: theme}, heads=True)[0]
    return any(_mentioned(p, ptoks, compiled) for p, ptoks in zip(passages, toks, strict=True))


def named_elements(text: str, codebook: Codebook) -> list[str]:
    """The keys of the elements a short text names ("forslagene om Lyngbo, Birkelund og
    skærmbesøg"), conjunct by conjunct as a no-comment's object is read (`_named_themes`);
    no language layer."""
    return [t.key for t in _named_themes(danish.light_tokens(text), compile_codebook(codebook, heads=True))]


def says_no_comment(text: str) -> bool:
    """Whether a passage has a "no comment" phrase (which may name, or blanket, any element)."""
    return bool(_NO_COMMENT_WORDS.search(text)) and bool(_NO_COMMENT_ANY.search(text) or _NO_COMMENT.match(text))


def anchors(key: str, theme: Mapping[str, Any]) -> tuple[str, ...]:
    """Lowercase strings one of which a passage's text (lowercased) or its tokens' lemmas
    contain wherever `may_concern` can be true of it for this theme, no-comment sentences
    aside: a keyword word as typed and its lemmas (a match is that word, or a compound that
    contains it); a lemma's first three letters (a compound written in two words starts
    with them); a label word, and its first and last three letters and the three after its
    first and second (a word that is part of a label word, or shares its first five, or two
    heading words joined). Only a filter: `may_concern` decides."""
    compiled = compile_codebook({key: theme}, heads=True)[0]
    out: list[str] = []
    for matcher in compiled.matchers:
        for word in matcher.words:
            out += [word.form, *word.lemmas, *(lemma[:3] for lemma in word.lemmas if len(lemma) > 3)]
    for words in compiled.label_words:
        for x in words:
            out += [x, x[:3], x[-3:], x[1:4], x[2:5]] if len(x) > 3 else [x]
    return tuple(dict.fromkeys(a for a in out if a))
