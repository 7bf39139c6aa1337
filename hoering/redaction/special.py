"""Special categories of personal data (GDPR art. 9) tied to a person: health, trade-union
membership, religion, ethnic origin, sexual orientation.

What is matched: word lists per category, as spaCy rule matchers on the Danish layer's tokens
(`PhraseMatcher` for fixed phrases such as "cerebral parese" or "Dansk Metal", `Matcher` for
"af somalisk oprindelse"), and word stems for the inflections and compounds Danish makes
("ADHD-diagnose", "autistisk", "diabetiker").

When it counts as personal: a term alone is a topic ("tilbud til borgere med handicap"); it is
personal data when the same sentence ties it to a person. In a private person's letter a first-
or third-person word (jeg, min, vores, hun, hans …), a relation ("min søn"), a private role
("læreren") or a person's name does; in an organisation's letter only a relation, a name or
"han/hun" does, so "vores medlemmer med handicap" stays. Ties with only "vi/vores" are marked
unsure. Terms inside an organisation's name ("Landsforeningen Autisme", "Kræftens
Bekæmpelse", "Handicaprådet") are never touched.

The term is replaced by what it is ("[helbredsoplysning]"), so the sentence still says what the
writer asks for; a union membership takes its phrase with it ("medlem af 3F").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import RedactionKind
from . import lexicon
from .names import FAMILY, PRIVATE_ROLES
from .spans import MARKERS, Found

# --- the word lists ---------------------------------------------------------------------------

_STEMS = {
    RedactionKind.HEALTH: r"""
        adhd|add|autis\w*|asperger\w*|diabet\w*|sukkersyg\w*|depressi\w*|kræft\w*|cancer\w*|
        leukæmi\w*|tumor\w*|epilep\w*|sklero\w*|sclero\w*|leddegigt\w*|gigt|gigten|astma\w*|
        ordblind\w*|dysleksi\w*|hjerneskade\w*|spastik\w*|spastisk\w*|demens\w*|dement\w*|
        alzheimer\w*|parkinson\w*|skizofren\w*|bipolar\w*|ocd|ptsd|personlighedsforstyrr\w*|
        spiseforstyrr\w*|anoreks\w*|bulimi\w*|tourette\w*|udviklingshæm\w*|sindslid\w*|psykos\w*|
        psykotisk\w*|alkoholi\w*|alkoholproblem\w*|(?:alkohol|stof|hash|narko|spil)misbrug\w*|
        misbruger\w*|misbrugsproblem\w*|hiv|aids|blind|blinde|svagtseende|døv|døve|døvblind\w*|
        hørehæm\w*|kørestol\w*|handicap|handicappet|handicappede|handikap\w*|
        funktionsnedsættelse\w*|apopleksi|blodprop\w*|hjerneblødning\w*|hjertesyg\w*|hjertefejl|
        kol|migræne|fibromyalgi|piskesmæld|whiplash|gravid\w*|dialyse|kemoterapi|kemo|
        strålebehandl\w*|ritalin|antidepressiv\w*|angstlidelse\w*|angstanfald\w*|panikanfald\w*|
        stressramt\w*|stresssygemeld\w*|sygemeld\w*|psykiatri\w*|diagnosticeret|cøliaki|
        allergi\w*|medicin|medicinen|medicineret|lammet|lammelse\w*|amputeret|sklerose""",
    RedactionKind.RELIGION: r"""
        muslim\w*|islam\w*|kristen|kristne|kristendom\w*|katolik\w*|katolsk\w*|protestant\w*|
        jøde|jøden|jøder|jøderne|jødisk\w*|hindu\w*|buddhis\w*|ateist\w*|mormon\w*|frikirke\w*|
        pinsemenighed\w*|pinsekirke\w*|troende|moské\w*|moske\w*|synagog\w*|ramadan\w*|halal|
        sikh\w*|scientolog\w*|baptist\w*""",
    RedactionKind.ETHNICITY: r"""
        indvandrer\w*|efterkommer\w*|flygtning\w*|somalier\w*|tyrker\w*|kurder\w*|
        palæstinenser\w*|pakistaner\w*|iraker\w*|iraner\w*|syrer\w*|afghaner\w*|libaneser\w*|
        marokkaner\w*|eritreer\w*|grønlænder\w*|færing\w*|sigøjner\w*|romaer\w*|inuit|tamil\w*|
        bosnier\w*|albaner\w*|vietnameser\w*|etiopier\w*|sudaneser\w*|araber\w*|somalisk\w*|
        tyrkisk\w*|kurdisk\w*|arabisk\w*|pakistansk\w*|irakisk\w*|iransk\w*|syrisk\w*|afghansk\w*|
        palæstinensisk\w*|libanesisk\w*|marokkansk\w*|eritreisk\w*|grønlandsk\w*|tamilsk\w*|
        bosnisk\w*|albansk\w*|etiopisk\w*|sudanesisk\w*|vietnamesisk\w*""",
    RedactionKind.ORIENTATION: r"""
        homoseksu\w*|homo|bøsse|bøssen|bøsser|bøsserne|lesbisk\w*|biseksu\w*|heteroseksu\w*|
        panseksu\w*|aseksu\w*|transkøn\w*|queer|lgbt\w*|regnbuefamilie\w*""",
    RedactionKind.UNION: r"""fagforening|fagforeningen""",
}
_STEM_RES = {kind: re.compile(re.sub(r"\s+", "", pattern)) for kind, pattern in _STEMS.items()}

_PHRASES = {
    RedactionKind.HEALTH: """cerebral parese|multipel sklerose|psykisk syg|psykisk sårbar|psykisk sårbare|
        psykiske problemer|psykisk lidelse|psykiske lidelser|psykisk handicap|psykisk udviklingshæmmet|
        fysisk handicap|erhvervet hjerneskade|downs syndrom|down syndrom|social angst|generaliseret angst|
        kronisk træthedssyndrom|sygemeldt med stress|ramt af stress|har stress|lider af angst|har angst""",
    RedactionKind.RELIGION: "jehovas vidne|jehovas vidner|min tro|vores tro|hans tro|hendes tro",
    RedactionKind.UNION: """dansk metal|danmarks lærerforening|dansk sygeplejeråd|socialpædagogerne|
        kristelig fagforening|det faglige hus|dansk el-forbund|serviceforbundet|fødevareforbundet|
        malerforbundet|dansk socialrådgiverforening|ergoterapeutforeningen|danske fysioterapeuter|
        lederne|akademikerne|dansk magisterforening|teknisk landsforbund|fag og arbejde|
        frie funktionærer|journalistforbundet|dansk journalistforbund|politiforbundet|
        fængselsforbundet|finansforbundet|gymnasieskolernes lærerforening|ingeniørforeningen|
        hk kommunal|hk privat|hk stat|fagligt organiseret|min fagforening|hans fagforening|
        hendes fagforening""",
}
# Unions known by their letters: matched as written, so "Ida" the name is not "IDA" the union.
_UNION_ACRONYMS = frozenset("3F FOA HK BUPL DLF DSR NNF Krifa KRIFA Djøf DJØF ASE FTF IDA SL".split())

_ETHNIC_ADJECTIVES = """dansk danske udenlandsk udenlandske ikke-vestlig ikke-vestlige vestlig vestlige
    mellemøstlig mellemøstlige nordafrikansk nordafrikanske afrikansk afrikanske asiatisk asiatiske
    østeuropæisk østeuropæiske europæisk europæiske somalisk tyrkisk kurdisk arabisk pakistansk irakisk
    iransk syrisk afghansk palæstinensisk libanesisk marokkansk eritreisk grønlandsk færøsk polsk
    rumænsk vietnamesisk tamilsk bosnisk albansk etiopisk sudanesisk indisk kinesisk thailandsk
    filippinsk russisk ukrainsk litauisk bulgarsk serbisk kroatisk jødisk romani""".split()
_ORIGINS = "oprindelse herkomst baggrund afstamning rødder".split()

# --- what ties a term to a person ---------------------------------------------------------------

# Words for people in general ("børn med handicap", "borgeren") tie nothing on their own.
_GENERIC = frozenset("barn barnet børn børnene dreng drengen pige pigen familie familien fam borgeren "
                     "pårørende ven vennen søskende elev eleven".split())  # fmt: skip
_CITIZEN_CUES = frozenset(
    "jeg mig min mit mine selv han hun ham hende hans hendes sin sit sine".split()
) | (FAMILY - _GENERIC) | (PRIVATE_ROLES - _GENERIC)
_WEAK_CUES = frozenset("vi os vores".split())  # a family, or the writer's group: unsure
_ORG_CUES = frozenset("han hun ham hende hans hendes".split())
# A union is a topic ("jeg er enig med FOA") until a word says someone belongs to it.
_UNION_CUES = frozenset("medlem organiseret meldt kontingent fagforening fagforeningen".split())
_UNION_WINDOW = 6
_ORG_WINDOW = 10  # tokens either side, in an organisation's letter
_MEMBERSHIP_BEFORE = (("medlem", "af"), ("medlem", "i"), ("organiseret", "i"), ("meldt", "ind", "i"),
                      ("meldt", "ud", "af"))  # fmt: skip


@functools.lru_cache(maxsize=2)
def _matchers(nlp):
    from spacy.matcher import Matcher, PhraseMatcher

    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, text in _PHRASES.items():
        terms = [t.strip() for t in text.split("|") if t.strip()]
        phrases.add(kind.value, [nlp.make_doc(t) for t in terms])
    patterns = Matcher(nlp.vocab)
    patterns.add(RedactionKind.ETHNICITY.value, [
        [{"LOWER": {"IN": ["af", "med"]}}, {"LOWER": {"IN": _ETHNIC_ADJECTIVES}, "OP": "+"},
         {"LOWER": {"IN": _ORIGINS}}],
        [{"LOWER": "etnisk"}, {"IS_ALPHA": True}],
    ], greedy="LONGEST")  # fmt: skip
    return phrases, patterns


@functools.lru_cache(maxsize=1)
def _phrase_words() -> list[tuple[str, ...]]:
    """Each phrase of `_PHRASES` as the lower-cased words its match needs."""
    from ..analysis.danish import nlp

    return [tuple(t.lower_ for t in nlp().make_doc(p.strip())) for text in _PHRASES.values()
            for p in text.split("|") if p.strip()]  # fmt: skip


_ADJECTIVES, _ORIGIN_WORDS = frozenset(_ETHNIC_ADJECTIVES), frozenset(_ORIGINS)


def _may_match(lowers: set[str]) -> tuple[bool, bool]:
    """Whether the phrases, and the patterns, of `_matchers` can match in a text whose tokens'
    lower cases are `lowers`: a match needs each of its tokens there."""
    phrases = any(all(w in lowers for w in words) for words in _phrase_words())
    patterns = "etnisk" in lowers or (
        not lowers.isdisjoint(_ORIGIN_WORDS) and not lowers.isdisjoint(_ADJECTIVES) and ("af" in lowers or "med" in lowers)
    )
    return phrases, patterns


def _protected(toks, text: str) -> set[int]:
    """Tokens inside an organisation's name: a capitalised run with an organisation word
    (`text`: the text the tokens are of)."""
    out: set[int] = set()
    run: list[int] = []

    endings = lexicon.ORG_ENDINGS

    def close():
        # A known organisation is two words or more: a token holds no space.
        if any(toks[j].lower_.endswith(endings) for j in run) or len(run) > 1 and any(
            " ".join(toks[j].text for j in run[k : k + 2]) in _KNOWN_ORGS for k in range(len(run))
        ):
            out.update(run)
        run.clear()

    # Only capitalised words and hyphens can be in a run: the rest only end one, which a gap
    # in the indexes shows.
    for j in [j for j, tok in enumerate(toks) if tok.text[:1].isupper() and tok.is_alpha or tok.text == "-"]:
        if run and run[-1] != j - 1:
            close()
        tok = toks[j]
        if not run and tok.text == "-":
            continue
        if run and "\n" in text[toks[run[-1]].idx + len(toks[run[-1]].text) : tok.idx]:
            close()
        run.append(j)
    if run:
        close()
    return out


_KNOWN_ORGS = frozenset({"Kræftens Bekæmpelse", "Ældre Sagen", "Landsforeningen Autisme", "Landsforeningen LEV"})


@dataclass(frozen=True, slots=True)
class Term:
    """A special-category term found in a text, with what decides whether it is tied to a
    person, read once from the tokens: whether a cue word stands near it, and where the
    tokens near it start, to be tested against the names of persons found in the text
    (which depend on the whole note: its citizens' pseudonyms). `Term.tie(persons)` then
    decides without the tokens, so a stored reading needs no spaCy."""

    kind: RedactionKind
    start: int  # characters: the published span (a union with its membership phrase)
    stop: int
    union: bool
    cue: bool  # a cue in the window: tied whoever the persons are (a union: a membership word)
    weak: bool  # only "vi/vores" in the window (a private person's letter)
    near: tuple[int, ...]  # where the tokens whose being a person's name ties the term start

    def tie(self, persons: Sequence[tuple[int, int]]) -> bool | None:
        """True: tied to a person; False: probably (only "vi/vores"); None: a topic."""
        if self.cue or any(s <= idx < e for idx in self.near for s, e in persons):
            return True
        return False if self.weak else None

    def found(self, persons: Sequence[tuple[int, int]]) -> Found | None:
        tie = self.tie(persons)
        return None if tie is None else Found(self.start, self.stop, self.kind, MARKERS[self.kind], sure=tie)


def find_special(doc, *, citizen: bool, person_chars: list[tuple[int, int]]) -> list[Found]:
    """Special-category terms in `doc` tied to a person (see the module docstring).

    `person_chars` are the (start, end) spans of the persons' names already found in the text.
    """
    found = (term.found(person_chars) for term in special_terms(doc, citizen=citizen))
    return [f for f in found if f is not None]


def special_terms(doc, *, citizen: bool, toks=None, text: str | None = None,
                  sentences: Sequence[range] | None = None) -> list[Term]:
    """Every special-category term in `doc` that a person could be tied to, in the order
    `find_special` reports them (`Term.tie` decides, given the persons' names). `toks`, when
    given, is `list(doc)` or its light view (`tokens.light`), `text` the text of `doc` and
    `sentences` each token's sentence as `_sentences` gives it (the light view reads them
    from one array, without a spaCy object per token)."""
    from ..analysis.danish import nlp

    toks = list(doc) if toks is None else toks
    if not toks:
        return []
    phrases, patterns = _matchers(nlp())
    # `Doc.text` joins every token anew on each call: read once, when not given.
    text = doc.text if text is None else text
    protected = _protected(toks, text)
    terms: list[tuple[RedactionKind, int, int]] = []  # kind, first token, end token
    # A matcher walks every token; most letters hold none of the words a match needs.
    lowers = [t.lower_ for t in toks]
    distinct = set(lowers)
    needs_phrases, needs_patterns = _may_match(distinct)
    matches = [*(phrases(doc) if needs_phrases else ()), *(patterns(doc) if needs_patterns else ())]
    for match_id, start, end in matches:
        kind = RedactionKind(doc.vocab.strings[match_id])
        if kind != RedactionKind.UNION and any(j in protected for j in range(start, end)):
            continue
        terms.append((kind, start, end))
    # Each distinct word is asked once; only the tokens of a word that can be a term are walked.
    acronyms = {t for t in {t.text for t in toks} if t.rstrip(".,;:") in _UNION_ACRONYMS}
    stems = {w for w in distinct if _stem_kind(w) is not None}
    for j in [j for j, w in enumerate(lowers) if w in stems or toks[j].text in acronyms] if stems or acronyms else ():
        tok = toks[j]
        if tok.text in acronyms:  # as written: "IDA" the union, not "Ida"
            terms.append((RedactionKind.UNION, j, j + 1))
            continue
        if j in protected or not tok.is_alpha and "-" not in tok.text:
            continue
        terms.append((_stem_kind(tok.lower_), j, j + 1))
    if sentences is None:
        sentences = _sentences(doc, len(toks)) if terms else []
    out: list[Term] = []
    for kind, start, end in terms:
        sent = sentences[start]
        union = kind == RedactionKind.UNION
        if union:
            term = _union_term(toks, sent, start, end, citizen=citizen)
            if term is None:
                continue
            cue, weak, near = term
            start = _membership_start(toks, start)
        else:
            cue, weak, near = _window(toks, sent, start, end, citizen=citizen)
        last = toks[end - 1]
        stop = last.idx + len(last.text.rstrip(".,;:")) if union else last.idx + len(last.text)
        out.append(Term(kind, toks[start].idx, stop, union, cue, weak, near))
    return out


@functools.lru_cache(maxsize=65536)
def _stem_kind(lower: str) -> RedactionKind | None:
    """The first kind whose stem is the word, or one of its hyphenated parts (a letter's
    words repeat: asked once per distinct word)."""
    for kind, stem in _STEM_RES.items():
        if stem.fullmatch(lower) or any(stem.fullmatch(p) for p in lower.split("-") if p):
            return kind
    return None


def _sentences(doc, n: int) -> list[range]:
    """Each token's sentence as a range of token indexes, from one pass over `doc.sents`:
    spaCy's `Token.sent` walks the document's sentences from the start on every call, which
    made a long letter with many special-category words quadratic (minutes for a note)."""
    out: list[range] = [range(0)] * n
    for sent in doc.sents:
        bounds = range(sent.start, sent.end)
        for j in bounds:
            out[j] = bounds
    return out


def _window(toks, sent: range, start: int, end: int, *, citizen: bool) -> tuple[bool, bool, tuple[int, ...]]:
    """What ties a term to a person, read from the tokens around it (`sent`: the token indexes of
    the sentence it starts in): a cue word there, only "vi/vores" there, and where the other
    tokens there start (one of them inside a person's name ties it too)."""
    if citizen:
        lo, hi = sent.start, sent.stop
    else:
        lo, hi = max(sent.start, start - _ORG_WINDOW), min(sent.stop, end + _ORG_WINDOW)
    cues = _CITIZEN_CUES if citizen else _ORG_CUES
    window = [j for j in range(lo, hi) if not start <= j < end]
    cue = any(toks[j].lower_ in cues for j in window)
    weak = citizen and any(toks[j].lower_ in _WEAK_CUES for j in window)
    return cue, weak, tuple(toks[j].idx for j in window)


def _union_term(toks, sent: range, start: int, end: int, *, citizen: bool) -> tuple[bool, bool, tuple[int, ...]] | None:
    """A union is someone's when a membership word is near it ("medlem af 3F", "min fagforening")
    and, in an organisation's letter, a person is named too (in its sentence); None: a topic
    whoever the persons are."""
    lo, hi = max(sent.start, start - _UNION_WINDOW), min(sent.stop, end + _UNION_WINDOW)
    near = [j for j in range(lo, hi) if not start <= j < end]
    if not (toks[start].lower_ in _UNION_CUES or any(toks[j].lower_ in _UNION_CUES for j in near)):
        return None
    if citizen or any(toks[j].lower_ in _ORG_CUES for j in sent):
        return True, False, ()
    return False, False, tuple(toks[j].idx for j in sent)


def _membership_start(toks, start: int) -> int:
    """"medlem af 3F" goes as a whole: where the membership phrase before a union starts."""
    j = start
    if j > 0 and toks[j - 1].lower_ == "fagforeningen":
        j -= 1
    for phrase in _MEMBERSHIP_BEFORE:
        k = j - len(phrase)
        if k >= 0 and tuple(t.lower_ for t in toks[k:j]) == phrase:
            return k
    return start
