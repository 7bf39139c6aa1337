"""Stance at the level of the clause, aimed at the proposal element: against or worried
("imod"), support ("støtter") or neutral; and a response's overall position.

How a Danish letter takes a position, read clause by clause (a sentence is cut at ";",
", men", "men", "dog", "og" after a comma …):

* **Position cues** (`SUPPORT_CUES`, `AGAINST_CUES`): "støtter", "bakker op", "anbefaler",
  "kan tilslutte sig", "er positive over for", "kan acceptere" / "imod", "modsætter sig",
  "protesterer", "fraråder", "er bekymrede", "frygter", "opfordrer til at droppe …", appeals
  not to do it ("beder jer om ikke at …", "lad være med at …", "Tag ikke … fra os"), and
  unfitness ("er ikke egnet til").
* **Preserving** what is there (`PRESERVE_CUES`: "bevar …!", "fastholde", "bibeholde",
  "værne om") is against the element, since every element changes something, unless what
  is kept is the proposal itself ("fastholde forslaget"), or the keeping is only said to be
  hard ("svære at fastholde"). "Anbefaler, at …" proposes something else and is no position
  on the element, unless what it recommends is the element itself ("anbefaler, at der
  etableres en klinik"), which backs it.
* **Target.** Backing ("støtter", "bakker op om") the *thing* a cutting element removes
  (the garden project, the village kindergarten) is against the element; supporting the
  *action* (the closure, "forslaget") is support. A clause names the action when it has a
  word of the element's label that is not one of its things ("lukningen", "nedlæggelsen"),
  or a nominalisation of its other verbs in the passive ("omdannelsen" for "omdannes"). In a
  label of several parts ("Færre halinspektørtimer; adgang med nøglebrik"), only the cut's own
  part names what is taken away.
* **"Skal/må/bør ikke"** opposes the element only in a sentence that names it, its act or the
  proposal, or points back at it ("Den må ikke lukke").
* **Negation and its scope**: a negator ("ikke", "ingen", "aldrig", "hverken") in the three
  words before a cue, or right after a cue verb ("støtter ikke"), in the same clause. A
  negated support is against ("kan ikke støtte"); a negated opposition is weak support
  ("er ikke imod"), and full support with "tværtimod" after it; a negated worry is nothing
  ("ikke bekymrede"). A negator after a cue and
  before "at" is the infinitive's ("det er fornuftigt ikke at køre med tomme busser").
* **Hedges** ("umiddelbart", "som udgangspunkt", "til en vis grad", "kan forstå") halve a
  cue; a cue inside a condition ("hvis", "forudsat at", "under forudsætning af") is the
  condition of a position, not the position, and does not count; so is what follows an
  embedded question ("Om X er et godt alternativ, tør vi ikke sige", "usikre på, om …"), and
  a clause of hearsay ("skulle efter sigende være bedre") asserts nothing. A condition ends
  with its sentence. "tager … til efterretning" is an explicit neutral.
* **Contrast**: after "men"/"dog" a clause weighs double, so "Vi forstår ønsket, men vi er
  bekymrede" is against.
* **Sentiment** as a weaker feature, where a clause has no cue: the valence of its words in
  asent's Danish lexicons (AFINN and Sentida, shipped with the `asent` package and read as
  data; no spaCy component, no download), negated in the same scope, aimed like a cue: in a
  clause that names what a cutting element takes away, praise and harm are both against it.

The score of a theme is the weighted sum over its clauses; above `THRESHOLD` is support,
below minus it against, otherwise neutral. The confidence is how far the score is from the
nearest other decision, squashed to 0.5–1.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Position, Stance

SUPPORT_CUES = (
    r"støtte[rs]?|støttet|støttende",
    r"bakke[rt]? (?:\w+ )?(?:\w+ )?op",
    r"anbefale[rs]?|anbefalet|anbefaling(?:en)?",
    r"tilslutte[rs]? (?:\w+ )?(?:sig|mig|os)|kan (?:\w+ )?tilslutte",
    r"(?:er|ser|stiller sig) (?:\w+ )?positiv\w*",
    r"(?:er|erklærer sig) (?:\w+ )?(?:\w+ )?tilhænger\w*",  # "er (ikke) tilhængere af"
    r"positiv\w* over for",
    r"hilse[rs]? (?:\w+ )?(?:\w+ )?velkommen|velkommen",
    r"glæde[rs]? (?:os|sig|mig) (?:\w+ )?over",
    r"(?:er|erklærer sig) (?:\w+ )?enige?",
    r"enighed om",
    r"giver (?:\w+ )?(?:god |fin )?mening",
    r"god(?:t)? (?:id[eé]|forslag|løsning)",
    r"fornuftig\w*|hensigtsmæssig\w*|rimelig\w*",
    r"kan (?:\w+ ){0,2}?(?:godt )?acceptere|accepterer",  # "kan som udgangspunkt acceptere"
    r"kan (?:\w+ )?(?:\w+ )?leve med",  # "kan godt leve med", "kan vi leve med"
    r"tilfredse?",
    r"(?:siger|sagt|sige) (?:\w+ )?ja til|et (?:\w+ )?ja til",  # the mirror of "siger nej til"
    r"en (?:\w+ )?forbedring",
    # "gør en stor forskel for os": it helps ("gør ingen forskel" is indifference, no cue).
    r"gør (?:\w+ )?en (?:\w+ )?forskel",  # "en klar forbedring", "en stor forbedring"
    r"kan se (?:\w+ )?(?:fordele|fordelen|ideen|idéen|meningen|logikken)",
    r"er (?:\w+ )?(?:fremtiden|vejen frem|en god vej)",
    r"(?:er|virker|lyder) (?:\w+ )?(?:helt |også |rigtig |ganske )?(?:fint|fin|i orden|okay|ok)",
    # Offering what it needs backs it: "vil gerne bidrage med boliger", "byder gerne ind som
    # bygherre", "står gerne til rådighed med frivillige". Taking part in a talk ("deltager
    # gerne i en dialog om …") offers nothing to it.
    r"vil (?:\w+ )?gerne (?:prøve|være med|bidrage med|byde ind|stå til rådighed)",
    r"(?:byder (?:\w+ )?gerne ind|bidrager (?:\w+ )?gerne med|står (?:\w+ )?gerne til rådighed"
    r"|stiller (?:\w+ )?gerne (?:\w+ )?(?:\w+ )?til rådighed)"
    r"(?! (?:for|til|med) (?:en |et )?(?:dialog|drøftelse|samtale|møde|uddybning|spørgsmål))",
    # "Vi er glade for den nye ordning": what the writer is glad for is what is backed.
    r"glade? for",
    # "Det er godt med en døgnåben telefon", "det er dejligt, at …": the writer welcomes it.
    r"er (?:\w+ )?(?:rigtig |meget |virkelig )?(?:godt|dejligt|glædeligt)(?: med\b|(?=, at\b))",
    # Everyday praise of the thing itself: "Det er mega fedt", "den er helt fantastisk".
    r"(?:det|den|dette) er (?:\w+ )?(?:mega |super |rigtig |virkelig |helt |bare )?"
    r"(?:fedt|fed|fantastisk|skønt|skøn|genialt|genial|perfekt|godt(?=\s*[.!]))",
)
AGAINST_CUES = (
    r"imod",
    r"modsætte[rs]? (?:\w+ )?sig|modsætter",
    # "Vi er (ikke) modstandere af X": the mirror of "tilhængere af".
    r"modstand(?:ere|er|eren|erne)?",
    # "gøre indsigelse mod": the consultation's own word for an objection.
    r"indsigelse[rn]?|indsigelserne",
    r"protest\w*",
    r"frarå\w*",
    r"advare[rs]? (?:\w+ )?(?:mod|imod)",
    r"bekymr\w*",
    r"frygt\w*",
    r"ængstelig\w*|utryg\w*",
    r"ærgerlig\w*|ærgre[rs]?|ærgrelse",
    r"beklage[rs]?|beklageligt?|beklagelig\w*",
    r"kritisk\w*|kritik\w*",
    # Doubting its worth is the polite form of being against it: "er skeptiske over for".
    r"skeptisk\w*|skepsis",
    # Saying no to it: "siger klart nej til den del af planen", "et klart nej".
    r"(?:siger|sagt|sige) (?:\w+ )?nej\b|et (?:\w+ )?nej til",
    r"uenig\w*",
    r"uacceptab\w*|urimelig\w*|uhensigtsmæssig\w*|uforsvarlig\w*|uansvarlig\w*",
    r"problematisk\w*|betænkelig\w*|uheldig\w*|skadelig\w*",
    r"kan ikke se (?:rimeligheden|fornuften|meningen|logikken|formålet)",
    r"på ingen måde",
    r"undre[rs]? (?:\w+ )?(?:os|sig|mig)|undren",
    # Not understanding why it is done: "forstår heller ikke, hvorfor X skal opgives", "kan
    # ikke forstå, at …" (understanding the wish, "kan forstå", is a hedge instead).
    r"forstå[rs]? (?:\w+ )?(?:heller |simpelthen |slet )?ikke,? (?:hvorfor|at)",
    r"kan (?:\w+ )?(?:heller |simpelthen |slet )?ikke forstå,? (?:hvorfor|at)",
    r"forringe\w*|forringelse\w*",
    r"(?:vil|kan|risikerer at) (?:\w+ )?(?:ramme|true|svække|skade|koste)",
    r"truer|truet|truede",
    r"går (?:hårdt )?ud over|på bekostning af",
    r"opfordre[rs]? (?:\w+ )?til at (?:droppe|opgive|genoverveje|revurdere|udskyde|trække)",
    # Asking that another place or way be found is against the one proposed: "opfordrer
    # udvalget til at finde en anden placering", "bør vælge et andet sted".
    r"(?:opfordre[rs]?|beder|bede) (?:\w+ )?(?:om |til )?at (?:finde|vælge) (?:en anden|et andet)",
    r"(?:droppe|opgive|genoverveje|revurdere|trække \w+ tilbage)",
    r"bør (?:ikke|ikke gennemføres)|må ikke|skal ikke",
    # Appeals not to do it: "beder jer om ikke at lukke", "lade være med at ændre".
    r"(?:bede[rs]?|opfordre[rs]?|appellere[rs]?|henstille[rs]?)\s+(?:\w+\s+){0,3}?(?:om|til)\s+"
    r"(?:ikke\s+at|at\s+lade\s+være|at\s+undlade|at\s+droppe|at\s+opgive|at\s+genoverveje)",
    r"lade? være med at|undlad\w*",
    # Unfit for its purpose: "er ikke egnet til", "er slet ikke forsvarligt".
    r"(?:er|bliver|vil være)\s+(?:\w+\s+)?(?:ikke|slet ikke|på ingen måde)\s+(?:egnet|forsvarlig\w*|"
    r"realistisk\w*|holdbar\w*|godt nok|en god idé|en løsning|løsningen|svaret|vejen frem)",
    r"uegnet|uholdbar\w*|urealistisk\w*",
    # "Det går ikke", "ved jeg, at det ikke går": said of what was just named, it will not work.
    r"(?:det|den|dette) (?:går|duer|fungerer|holder) ikke(?=\s*(?:[.!,;]|$))"
    r"|at (?:det|den|dette) ikke (?:går|duer|fungerer|holder)(?=\s*(?:[.!,;]|$))",
    r"kan (?:\w+ )?ikke erstatte|aldrig erstatte",
    # Foreseen harm: "kan i værste fald medføre", "forudser problemer".
    r"i værste fald|værst tænkelige|forudse[rs]? (?:\w+ )?problem\w*",
    r"(?:er|synes \w+ er|finder \w+) (?:\w+ )?forkert\w*|en forkert",
    r"dårlig(?:t|e)? (?:id[eé]|forslag|løsning)",  # the mirror of "god idé"
    r"et (?:stort |alvorligt )?tab|et tilbageskridt|en forringelse|en fejl",
    # Out of proportion: "besparelsen står ikke mål med ulemperne".
    # The cost is more than the writer's household can bear: "det har jeg ikke råd til".
    r"(?:har (?:jeg|vi|de|mange|familierne)|(?:jeg|vi|de|mange|familierne) har) (?:\w+ )?ikke råd",
    r"står (?:\w+ )?ikke mål med|ikke står mål med|står (?:\w+ )?ikke i (?:et )?rimeligt forhold til",
)
PRESERVE_CUES = (
    r"bevar\w*",
    r"fasthold\w*",
    # "beholde" (keep), not the noun "beholder" (a bin, a container): the noun's inflected
    # forms never are the verb, and its bare form is the noun after an article.
    r"bibehold\w*|behold(?:e|es|t|te|ende)|(?<!\ben )(?<!\bden )(?<!\bsin )beholder(?![\wæøå])",
    r"opretholde\w*",
    r"værne?r? om",
    r"redde?|red \w+",
    r"fortsat (?:eksistere|drive|have|være)",
    # What is there should stay: "skolen skal blive liggende", "pladsen bør forblive åben".
    r"(?:skal|bør|må) (?:\w+ )?(?:blive liggende|forblive|blive hvor \w+ er)",
    # "Lad klinikken blive", "I vil lade skolen blive i byen": letting it stay keeps it; "lade X
    # blive til Y" (become) is a change, so "blive" must end the clause or place the thing.
    r"lad(?:e|er)? (?:\w+ ){1,2}?(?:blive|forblive|bestå)(?=\s*(?:[,.!;]|$)|\s+(?:liggende|hvor|i|på|her|eller)\b)",
)
NEUTRAL_CUES = (
    # "tager forslaget om at lukke de tre klinikker til efterretning": the idiom holds however
    # long the object between its verb and "til efterretning".
    r"(?:tage[rs]?|taget) (?:[\w-]+ ){0,10}?til efterretning|til efterretning",
    r"noterer? (?:os|sig)",
    # The writer cannot judge it yet: "har svært ved at vurdere forslaget", "kan ikke vurdere".
    r"(?:svært|vanskeligt) (?:ved )?at (?:vurdere|bedømme|tage stilling)",
    r"kan (?:\w+ )?ikke (?:vurdere|bedømme)",
    # "det er for tidligt at sige, om den kan bære": undecided until it has been tried.
    r"for tidligt at (?:sige|vurdere|bedømme|konkludere|tage stilling)",
)
HEDGES = re.compile(
    r"\b(?:umiddelbart|som udgangspunkt|overordnet set|til en vis grad|i en vis grad|"
    r"i princippet|forsigtigt|kan forstå|forstår(?! (?:\w+ )?(?:heller |simpelthen |slet )?ikke)|har forståelse|"
    r"med forbehold|delvis)\b", re.I)
CONDITIONS = re.compile(
    r"\b(?:hvis|såfremt|forudsat|under forudsætning af|en (?:\w+ )?forudsætning|på betingelse af|med mindre|medmindre)\b", re.I)
# An embedded question ("Om Flextur er et godt alternativ, tør vi ikke sige", "usikre på, om
# der er plads") asks; it does not assert: what follows "om" is no position, like a condition.
QUESTION = re.compile(r"(?:^\W*|,\s*)om\b", re.I)
# Hearsay ("skulle efter sigende være bedre", "angiveligt") reports others' claims: the clause
# is not the writer's evaluation.
HEARSAY = re.compile(r"\b(?:efter sigende|angiveligt|efter (?:hvad|det) (?:vi|jeg) har hørt|siges at|påstås)\b", re.I)
CONTRAST = re.compile(r"^\W*(?:men|dog|alligevel|derimod|imidlertid)\b", re.I)
# Words of an element's label that name what it does, not what it does it to: an element
# with one of them takes something away, so keeping that thing is against it.
CUT_WORDS = ("luk", "nedlæg", "nedlægg", "ophør", "ophæv", "færre", "nedsæt", "besparel", "spar",
             "reduk", "reducer", "fjern", "afskaf", "samling", "samle", "sammenlæg", "forhøj",
             "hæv", "kort", "centralis", "flyt", "udfas", "stop", "beskær", "omlæg", "harmonis",
             "nedskær", "ændring", "justering")

# A support cue with an "at"-clause supports an act ("støtter, at X lukkes"); without one,
# it supports what it names.
_THAT = re.compile(r"^\W*(?:\w+[\s,]+){0,2}?(?:op\s+)?(?:om\s+)?,?\s*at\b|\bat\s+\w+", re.I)
_PROPOSES = re.compile(r"anbefal", re.I)
_BACKING = re.compile(r"støtte|bakke|glad", re.I)  # verbs whose object is what is backed
# A clause that opens with a negated imperative of taking away.
_IMPERATIVE_NOT = re.compile(r"^\W*(?:tag|luk|fjern|skær|spar|nedlæg|flyt|afskaf|stop|ødelæg|forring)"
                             r"\s+(?:\w+\s+)?ikke\b", re.I)
_OTHERS_VIEWS = re.compile(r"\b(?:bemærkninger|høringssvar|synspunkter|anbefalinger)\b", re.I)
# Nouns for what other people say or send in: a mark before one describes their words, not
# the writer's position ("kritiske svar", "negative røster"). The writer's own "kritiske
# bemærkninger" are a position, so remarks are not among them.
_VOICES = re.compile(r"\s+(?:svar|høringssvar|røster|stemmer|reaktioner|tilbagemeldinger)\b", re.I)
# "Støtte" right after one of these prepositions is the help people get ("brug for støtte",
# "klare sig uden støtte"), not the writer backing something.
_HELP_BEFORE = [[w] for w in ("for", "med", "uden", "af", "om")]
_BACK_TO_IT = re.compile(r"\W*(?:det|dette|dem|disse)\b", re.I)  # a pronoun for what was just named
_NEGATORS = frozenset({"ikke", "ingen", "intet", "aldrig", "hverken", "ej", "ikk"})
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|\s*[–—]\s+|,\s+(?=(?:men|dog|og|mens|da|fordi|idet|selvom|så)\b)|"
    r"\s+(?=(?:men|dog)\b)|,\s+(?=(?:hvis|såfremt|forudsat|medmindre)\b)", re.I)
_WORD = re.compile(r"[\wæøåÆØÅ]+(?:-[\wæøåÆØÅ]+)*")
THRESHOLD = 0.35
NO_CUE_CONFIDENCE = 0.6
SENTIMENT_WEIGHT = 0.4  # one clause's lexicon valence next to a cue's 1.0


def _compile(cues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + r")\b", re.IGNORECASE)


_SUPPORT = _compile(SUPPORT_CUES)
_ANY_CUE = _compile(SUPPORT_CUES + AGAINST_CUES + PRESERVE_CUES + NEUTRAL_CUES + (
    r"(?:tag|luk|fjern|skær|spar|nedlæg|flyt|afskaf|stop|ødelæg|forring)\s+(?:\w+\s+)?ikke",))
_AGAINST = _compile(AGAINST_CUES)
_PRESERVE = _compile(PRESERVE_CUES)
_NEUTRAL = _compile(NEUTRAL_CUES)
# A cue with its own negation is read as written ("kan ikke se rimeligheden", "bør ikke").
_OWN_NEGATION = re.compile(r"\b(?:ikke|ingen)\b", re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    """A stance cue found in a text, with its polarity after negation and target."""

    text: str
    stance: Stance
    start: int
    end: int
    weight: float = 1.0


_THE_PROPOSAL = re.compile(r"\b(?:forslag\w*|planer\w*|beslutning\w*|indstilling\w*)\b", re.I)


@functools.lru_cache(maxsize=256)
def _acts(actions: tuple[str, ...]) -> re.Pattern[str]:
    """The stems of an element's acts as one pattern ("lukning" -> "luk…")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(a[: max(3, len(a) - 4)]) for a in actions) + ")", re.I)


def _stem_of_passive(word: str) -> str:
    """"omdannes" -> "omdan", "ombygges" -> "ombyg": without the passive ending and a doubled
    last consonant, the stem the nominalisation shares ("omdannelsen", "ombygningen")."""
    stem = word[:-2]
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå" else stem


@functools.lru_cache(maxsize=256)
def _verbs(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A label's passive verbs' stems as one pattern, with their nominalisations
    ("omdan" -> "omdannes", "omdannelsen")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in stems) + ")", re.I)


_LABEL_PARTS = re.compile(r";|\s[–—]\s")  # a parenthesis describes its own part


def _taken(label: str, things: Sequence[str], actions: Sequence[str]) -> tuple[str, ...]:
    """The things of the label's parts that hold a cut word, when the label has other parts."""
    parts = [p.lower() for p in _LABEL_PARTS.split(label) if p.strip()]
    cut = [p for p in parts if any(w.startswith(CUT_WORDS) for w in _WORD.findall(p))]
    if len(parts) < 2 or not cut or len(cut) == len(parts):
        return ()
    words = {w for p in cut for w in _WORD.findall(p) if len(w) > 3 and w not in actions}
    return tuple(t for t in things if t in words or any(t in p or (len(t) > 3 and any(t in w or w in t for w in
                                                                                     _WORD.findall(p) if len(w) > 3))
                                                       for p in cut))


@dataclass(frozen=True)
class Target:
    """What a stance is about: one proposal element.

    ``things`` are the words of what the element acts on (its keywords and the label's
    other words); ``actions`` the label's words that name the act; ``cuts`` whether the act
    takes something away, so that keeping or praising the thing is against it.
    """

    things: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    cuts: bool = False
    # Stems of the label's other verbs in the passive ("Parkvej omdannes til …" -> "omdan"):
    # "omdannelsen af Parkvej" names what the element does, not the street it does it to.
    verbs: tuple[str, ...] = ()
    # In a label of several parts ("Færre halinspektørtimer; adgang med nøglebrik …"), what the
    # cut takes away is in the cut's own part; the other parts bring something new, and backing
    # that is backing the element. Empty: every thing is what the cut takes away.
    taken: tuple[str, ...] = ()

    @classmethod
    def of(cls, label: str, keywords: Sequence[str] = ()) -> Target:
        words = [w.lower() for w in _WORD.findall(label) if len(w) > 3]
        actions = tuple(w for w in words if w.startswith(CUT_WORDS))
        things = tuple(dict.fromkeys(
            [k.lower() for k in keywords if k.strip()] + [w for w in words if w not in actions]))
        keys = {k.lower() for k in keywords}
        verbs = tuple(_stem_of_passive(w) for w in words
                      if w.endswith("es") and len(w) > 6 and w not in actions and w not in keys)
        return cls(things, actions, bool(actions), verbs, _taken(label, things, actions))

    def names_own_action(self, clause: str) -> bool:
        """Whether a clause names this element's act ("lukningen" for "Lukning af …")."""
        return bool(self.actions) and bool(_acts(self.actions).search(clause))

    def names_act(self, clause: str) -> bool:
        """Whether a clause names this element's act, a cut or another verb of its label
        ("opgives", "opgivelsen")."""
        return self.names_own_action(clause) or (bool(self.verbs) and bool(_verbs(self.verbs).search(clause)))

    def names_action(self, clause: str) -> bool:
        """Whether a clause is about the act or the proposal rather than the thing."""
        return self.names_own_action(clause) or bool(_THE_PROPOSAL.search(clause)) \
            or (bool(self.verbs) and bool(_verbs(self.verbs).search(clause)))

    def names_thing(self, clause: str) -> bool:
        low = clause.lower()
        return any(t in low for t in self.things if len(t) > 3)

    def names_taken(self, clause: str) -> bool:
        """Whether a clause names what the element's cut takes away (see `taken`)."""
        if not self.taken:
            return self.names_thing(clause)
        low = clause.lower()
        return any(t in low for t in self.taken if len(t) > 3)


@dataclass
class Judgement:
    """A stance with its cues (as written), its score and its confidence (0.5–1)."""

    stance: Stance
    cues: list[str] = field(default_factory=list)
    score: float = 0.0
    confidence: float = 0.5
    features: dict[str, float] = field(default_factory=dict)


def clauses(sentence: str) -> list[str]:
    """A sentence cut into clauses at semicolons, dashes and clause-joining words."""
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])][-n:]


def _negated(clause: str, m: re.Match[str]) -> bool:
    if _OWN_NEGATION.search(m.group(0)):
        return False
    if any(w in _NEGATORS for w in _words_before(clause, m.start(), 3)):
        return True
    after = _WORD.findall(clause[m.end(): m.end() + 20].lower())[:2]
    # "det er fornuftigt ikke at køre med tomme busser": the negation is the infinitive's.
    return bool(after) and after[0] in _NEGATORS and after[1:] != ["at"]


_MUST_NOT = re.compile(r"(?:bør|må|skal) ikke", re.I)
# A subject that points back at what was just discussed: "Den må ikke lukke", "Det skal ikke ske".
_POINTS_BACK = re.compile(r"^\W*(?:\w+\s+)?(?:det|dette|den|denne|de|disse|I|vi|man)\s+(?:bør|må|skal)\b"
                          r"|\b(?:bør|må|skal)\s+(?:\w+\s+)?(?:det|den|de|I|vi|man)\s+ikke\b", re.I)


def _sentence_start(clause: str, at: int) -> int:
    """Where the sentence of a clause that the offset `at` is in starts."""
    return max([0] + [m.end() for m in _SENTENCE_END.finditer(clause) if m.end() <= at])


def _sentence_at(clause: str, at: int) -> str:
    """The sentence of a clause that the offset `at` is in (a clause may run over several)."""
    start = max([0] + [m.end() for m in _SENTENCE_END.finditer(clause) if m.end() <= at])
    end = next((m.end() for m in _SENTENCE_END.finditer(clause) if m.end() > at), len(clause))
    return clause[start:end]


# Adjectives of ease and difficulty: a keeping verb in their infinitive ("svære at fastholde i
# almen praksis", "let at bevare overblikket") says how hard keeping is, and wishes nothing.
_DIFFICULTY = re.compile(r"svær[te]?|vanskelig[te]?|let(?:te)?|nem[t]?|nemme|muligt|umuligt|lettere|sværere", re.I)


# "Det vil jeg varmt anbefale, at Vesterå også får": the object fronted as a pronoun is what
# was just named; the that-clause only says who should have it.
_FRONTED_IT = re.compile(r"^\W*(?:det|dette|den|denne)\s+(?:kan|vil|skal|må)\s+\w+\s+(?:\w+\s+)?anbefal\w*$", re.I)


def _recommends_it(after: str, target: Target | None) -> bool:
    """Whether "anbefaler, at …" recommends the element itself: the that-clause names what a
    new element brings ("anbefaler, at der etableres en klinik med sygeplejerske"), or the act
    of a cutting one ("anbefaler, at skolen lukkes"), and takes no position of its own there.
    Recommending that it be done, or done more, backs it; recommending something else is a
    wish."""
    if target is None or _ANY_CUE.search(after) or _OWN_NEGATION.search(after):
        return False
    return target.names_own_action(after) if target.cuts else target.names_thing(after)


def _names_it(clause: str, target: Target) -> bool:
    """Whether a clause names the element, its act or the proposal, or points back at it."""
    return target.names_thing(clause) or target.names_action(clause) or bool(_POINTS_BACK.search(clause))


def _clause_cues(clause: str, target: Target | None, carried: bool = False) -> list[Cue]:
    """Cues of one clause, with polarity after negation and target, and weight after hedges
    (`carried`: see `unasserted`)."""
    out: list[Cue] = []
    if not _ANY_CUE.search(clause):  # most clauses take no position: one search says so
        return out
    taken: list[tuple[int, int]] = []
    weight = 1.0
    if HEDGES.search(clause):
        weight *= 0.5
    if CONTRAST.match(clause):
        weight *= 2.0
    muted_from, muted_to = unasserted(clause, carried)

    def weighed(m: re.Match[str]) -> float:
        # A cue inside a condition states the condition, not the position.
        return weight * (0.0 if muted_from <= m.start() < muted_to else 1.0)

    def aims_at_thing() -> bool:
        return target is not None and target.cuts and target.names_taken(clause) \
            and not target.names_action(clause)

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in taken)

    imperative = _IMPERATIVE_NOT.match(clause)
    if imperative:  # "Tag ikke klippekortet fra os", "Luk ikke skolen!"
        taken.append(imperative.span())
        out.append(Cue(imperative.group(0).strip(), Stance.AGAINST, imperative.start(), imperative.end(), weight))
    for m in _NEUTRAL.finditer(clause):
        if target is not None and len(m.group(0).split()) > 5 and not (
                target.names_thing(m.group(0)) or target.names_action(m.group(0))):
            # "tager forvaltningens begrundelse for at samle klubberne til efterretning": a long
            # object names what is taken note of, and that is another element.
            continue
        taken.append(m.span())
        out.append(Cue(m.group(0), Stance.NEUTRAL, m.start(), m.end(), weighed(m)))
    for m in _AGAINST.finditer(clause):
        if not free(m):
            continue
        if _VOICES.match(clause[m.end():]):
            # "Der kommer sikkert mange kritiske svar": the mark describes others' letters.
            taken.append(m.span())
            continue
        taken.append(m.span())
        if target is not None and _MUST_NOT.fullmatch(m.group(0)) and not _names_it(_sentence_at(clause, m.start()), target):
            # "Vand, der kan blive på egen grund, skal ikke ud i kloakken": a "must not" about
            # something the element neither names nor points back at argues, it does not oppose.
            continue
        if _negated(clause, m):
            # "ikke imod" leans to support; "ikke bekymrede" says nothing.
            # So does a negated bad mark, the litotes "ikke en dårlig idé", "ikke urimeligt".
            if re.match(r"imod|modsæt|modstand|indsigelse|protest|frarå|uenig|dårlig|forkert|urimelig|uhensigtsmæssig",
                        m.group(0), re.I):
                out.append(Cue(m.group(0), Stance.SUPPORTS, m.start(), m.end(), 0.5 * weighed(m)))
            continue
        out.append(Cue(m.group(0), Stance.AGAINST, m.start(), m.end(), weighed(m)))
    keeping: list[int] = []  # where a wish to keep what is there starts
    for m in _PRESERVE.finditer(clause):
        if not free(m):
            continue
        taken.append(m.span())
        if _words_before(clause, m.start(), 2)[:1] and _words_before(clause, m.start(), 2)[-1] == "at" \
                and _DIFFICULTY.fullmatch(_words_before(clause, m.start(), 2)[0]):
            continue  # "borgerne er svære at fastholde": how hard keeping is, not a wish to keep
        # Every element changes something: keeping what is there is against it, unless what
        # is kept is the proposal itself ("fastholde forslaget").
        keeps = not _negated(clause, m)
        of_proposal = bool(re.match(r"\W*(?:\w+\s+)?(?:forslaget|forslagene|planen|beslutningen)\b", clause[m.end():], re.I))
        against = keeps != of_proposal
        out.append(Cue(m.group(0), Stance.AGAINST if against else Stance.SUPPORTS, m.start(), m.end(), weighed(m)))
        if against:
            keeping.append(m.start())
    for m in _SUPPORT.finditer(clause):
        if not free(m):
            continue
        taken.append(m.span())
        if m.group(0).lower() == "støtte" and _words_before(clause, m.start(), 1) in _HELP_BEFORE:
            continue  # "har brug for støtte hele døgnet": the help given, a noun, not backing
        if re.match(r"glad", m.group(0), re.I) and {"der", "som"} & set(_words_before(clause, m.start(), 3)):
            continue  # "folk, der er glade for den": a relative clause tells what others like
        after = clause[m.end():]
        if _OTHERS_VIEWS.search(after):  # joining another sender's remarks takes no position here
            continue
        if _BACKING.match(m.group(0)) and any(k > m.end() for k in keeping) and not _negated(clause, m):
            # Backing those who would keep it ("bakker op om borgerne, der kæmper for at bevare
            # biblioteket", "støtter ønsket om at bevare"): the keeping is the position.
            continue
        if _OTHERS_VIEWS.search(clause[: m.start()]) and _BACK_TO_IT.match(after):
            continue  # "har læst Ældrerådets høringssvar og tilslutter sig det": the same

        if m.group(0).lower().startswith("anbefaling") and not (
                _THAT.search(after[:12]) and _recommends_it(after, target)):
            continue  # "efter anbefaling fra Rehabiliteringsteamet": someone's advice, no position
        if _PROPOSES.match(m.group(0)) and _THAT.search(after[:12]) and not _negated(clause, m) \
                and not _recommends_it(after, target) and not _FRONTED_IT.match(clause[_sentence_start(clause, m.start()): m.end()]):
            continue  # "anbefaler, at …" proposes something else: a wish, not a position
        # A support cue that spans its own negation ("bakker ikke op") is negated.
        supports = not (_negated(clause, m) or _OWN_NEGATION.search(m.group(0)))
        if _BACKING.match(m.group(0)) and not _THAT.search(after) and aims_at_thing():
            # backing the thing the element takes away ("vi støtter haveprojektet")
            supports = not supports
        out.append(Cue(m.group(0), Stance.SUPPORTS if supports else Stance.AGAINST, m.start(), m.end(), weighed(m)))
    return sorted(out, key=lambda c: c.start)


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ])")


# A fronted condition ends where the main clause begins: after its comma, the finite verb
# comes before its subject (Danish V2: "Hvis prisen stiger, frygter vi …", "…, så er det …").
# The main clause after a fronted condition opens with its finite verb and then its subject: a
# pronoun, or a named or definite subject after an auxiliary ("Hvis byrådet beslutter det, kan
# Handicaprådet acceptere det").
_MAIN_CLAUSE = re.compile(r",\s+(?:så\s+)?(?:[\wæøå]+\s+(?:vi|jeg|du|han|hun|den|det|de|man|der|I)\b"
                          r"|(?:kan|vil|skal|må|bør|er|har)\s+(?:[A-ZÆØÅ][\wæøå]+|[\wæøå]+(?:et|en|ene|erne))\b)")


def unasserted(clause: str, carried: bool = False) -> tuple[int, int]:
    """The stretch of a clause that asserts nothing: from a condition or an embedded question
    to the end of its sentence (a fronted condition to its main clause); a sentence of
    hearsay as a whole. `carried`: the clause continues a sentence whose condition has not
    ended ("under forudsætning af at X, og at Y"), so it is unasserted from its start.
    (0, 0) if none."""
    ends = [m.end() for m in _SENTENCE_END.finditer(clause)] + [len(clause)]
    hearsay = HEARSAY.search(clause)
    condition = CONDITIONS.search(clause)
    starts = [m.start() for m in (condition, QUESTION.search(clause)) if m]
    if hearsay:
        begun = max([0] + [e for e in ends if e <= hearsay.start()])
        starts.append(begun)
    if carried:
        starts.append(0)
    if not starts:
        return 0, 0
    start = min(starts)
    end = next(e for e in ends if e > start)
    if condition is not None and start == condition.start() and not clause[:start].strip(" \t\n,.;:-–"):
        main = _MAIN_CLAUSE.search(clause, condition.end(), end)
        if main is not None:
            end = main.start()
    return start, end


def _continues(clause: str, muted: tuple[int, int]) -> bool:
    """Whether a clause's unasserted stretch runs on into the next clause of its sentence."""
    return muted[1] > muted[0] and muted[1] == len(clause) and not clause.rstrip().endswith((".", "!", "?"))


def find_cues(text: str, target: Target | None = None) -> list[Cue]:
    """Stance cues in a text, in order, clause by clause (offsets into ``text``)."""
    out: list[Cue] = []
    pos = 0
    carried = False
    for clause in clauses(text):
        at = text.find(clause, pos)
        at = pos if at < 0 else at
        pos = at + len(clause)
        for c in _clause_cues(clause, target, carried):
            out.append(Cue(c.text, c.stance, c.start + at, c.end + at, c.weight))
        carried = _continues(clause, unasserted(clause, carried))
    return out


@functools.lru_cache(maxsize=1)
def valences() -> Mapping[str, float]:
    """Word valences from asent's Danish lexicons (AFINN forms, Sentida lemmas), on a -1..1
    scale. Read from the installed package's data files without importing it (its spaCy
    components are not needed); empty if the package is missing."""
    spec = importlib.util.find_spec("asent")
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = Path(next(iter(spec.submodule_search_locations))) / "lexicons"
    out: dict[str, float] = {}
    afinn = folder / "da_lexicon_afinn_v1.txt"
    if afinn.exists():
        for line in afinn.read_text(encoding="utf-8").splitlines():
            word, _, value = line.rpartition("\t")
            if word and " " not in word:
                out[word.lower()] = float(value) / 5
    sentida = folder / "da_lexicon_sentida_lemma_v1.csv"
    if sentida.exists():
        for line in sentida.read_text(encoding="utf-8").splitlines()[1:]:
            word, _, value = line.partition(",")
            if word and value:
                out.setdefault(word.lower(), float(value) / 5)
    return out


# Words that carry a position cue are scored as cues, not again as sentiment; words of
# the consultation's subject ("lukning", "besparelse") are not sentiment about it.
_NOT_SENTIMENT = re.compile(r"^(?:tværtimod|luk|nedlæg|spar|besparel|skær|reduk|ophør|mulighed|støt|bekym|frygt|imod|anbefal|"
                            r"positiv|negativ|kritik|kritisk|problem|risik|ønsk|håb)", re.I)


_MODALS = frozenset({"kan", "kunne", "vil", "ville", "må", "måtte", "skal", "skulle"})


def clause_valence(clause: str, target: Target | None = None) -> float:
    """Summed valence of a clause's lexicon words, negated in the same scope as cues, -1..1.
    Words that name the element itself ("forlængelse", "skære ned") are not sentiment about it."""
    lexicon = valences()
    if not lexicon:
        return 0.0
    words = [w.lower() for w in _WORD.findall(clause)]
    own = () if target is None else tuple(
        a[: max(3, len(a) - 4)] for a in target.actions) + tuple(t[:5] for t in target.things if len(t) > 4)
    total, n = 0.0, 0
    for i, w in enumerate(words):
        v = lexicon.get(w)
        if v is None and len(w) > 5:
            v = lexicon.get(w[:-1]) or lexicon.get(w[:-2])
        if not v or _NOT_SENTIMENT.match(w) or (own and w.startswith(own)):
            continue
        if w == "godt" and _MODALS.intersection(words[max(0, i - 3): i]):
            continue  # "vi kan godt forstå": a particle that affirms, not praise
        if any(x in _NEGATORS for x in words[max(0, i - 3): i]):
            v = -v * 0.5
        total += v
        n += 1
    return max(-1.0, min(1.0, total)) if n else 0.0


_ON_THE_CONTRARY = re.compile(r"\btværtimod\b", re.I)


def judge(texts: Iterable[str], target: Target | None = None) -> Judgement:
    """Stance over some passages or sentences about one element, with cues and confidence."""
    score, cues, neutral = 0.0, [], 0
    n_support = n_against = 0
    sentiment = 0.0
    last: Cue | None = None
    for text in texts:
        carried = False
        for clause in clauses(text):
            found = _clause_cues(clause, target, carried)
            muted_from, muted_to = unasserted(clause, carried)
            carried = _continues(clause, (muted_from, muted_to))
            contrary = _ON_THE_CONTRARY.search(clause)
            if contrary:
                # "er ikke imod – tværtimod": the contrary of the negated cue just before,
                # said outright (the cue's stance already has the negation in it)
                before = [c for c in found if c.end <= contrary.start()]
                ref = before[-1] if before else last
                if ref is not None and ref.stance != Stance.NEUTRAL:
                    score += 1.0 if ref.stance == Stance.SUPPORTS else -1.0
                    cues.append(contrary.group(0))
            last = found[-1] if found else None
            for c in found:
                cues.append(c.text)
                if c.stance == Stance.SUPPORTS:
                    score += c.weight
                    n_support += 1
                elif c.stance == Stance.AGAINST:
                    score -= c.weight
                    n_against += 1
                else:
                    neutral += 1
            if not found:
                v = clause_valence(clause[:muted_from] + " " + clause[muted_to:], target)
                if target is not None and target.cuts and target.names_taken(clause) \
                        and not target.names_action(clause):
                    # Praise of what is taken away, and harm done to it, are both against.
                    v = -abs(v)
                sentiment += v
    score += SENTIMENT_WEIGHT * max(-1.0, min(1.0, sentiment))
    if neutral and abs(score) < 1.5:
        score *= 0.3
    if score > THRESHOLD:
        stance = Stance.SUPPORTS
    elif score < -THRESHOLD:
        stance = Stance.AGAINST
    else:
        stance = Stance.NEUTRAL
    margin = abs(abs(score) - THRESHOLD) if stance != Stance.NEUTRAL else THRESHOLD - abs(score)
    confidence = 0.5 + 0.5 * math.tanh(2.0 * margin)
    if not cues and stance == Stance.NEUTRAL:
        # Neutral for want of any cue is a default, not a reading: a person should look.
        confidence = min(confidence, NO_CUE_CONFIDENCE)
    features = {"score": score, "support": n_support, "against": n_against, "neutral": neutral,
                "sentiment": sentiment}
    return Judgement(stance, list(dict.fromkeys(cues)), score, confidence, features)


def stance_of(texts: Iterable[str], target: Target | None = None) -> tuple[Stance, list[str]]:
    """Stance over some passages and the cues that decided it (as written)."""
    j = judge(texts, target)
    return j.stance, j.cues


def overall_position(stances: Iterable[Stance | str]) -> Position:
    """A response's position on the proposal from its theme stances: against when every
    position it takes is against, support when every one is support, partly when it takes
    both, neutral when it takes none."""
    taken = {Stance(s) for s in stances} - {Stance.NEUTRAL}
    if taken == {Stance.AGAINST}:
        return Position.AGAINST
    if taken == {Stance.SUPPORTS}:
        return Position.SUPPORTS
    if taken:
        return Position.PARTLY
    return Position.NEUTRAL


def targets(codebook: Mapping[str, Mapping[str, Any]]) -> dict[str, Target]:
    """The target of every theme of a codebook."""
    return {key: Target.of(str(t.get("label", key)), list(t.get("keywords", []))) for key, t in codebook.items()}
