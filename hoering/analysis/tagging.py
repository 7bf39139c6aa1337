"""Tag responses and their passages with the consultation's themes (the codebook).

Codebook: ``{key: {"label": str, "keywords": [str]}}``. A passage is about a theme when

* it sits under a heading that names the theme: the heading contains one of its keywords
  (compound-aware) or reads like its label ("Nedsætte pris på tilbud" for "Nedsættelse af
  prisen på tilbud"); or
* its text contains the theme's keywords, and the mention is not a passing one.

A passing mention (not counted) is a single keyword hit amid text about another theme:
under another theme's heading, or in a sentence whose neighbourhood (the sentence and the
ones either side) has two or more hits of another theme. Measured on seed 001 this is what
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
covers every element the letter does not discuss; "forslaget" does too, except under an
element's heading, where it is that element.

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

from ..model import Passage, PassageKind, Stance, TagState, ThemeTag
from . import danish
from .danish import Token
from .matching import Match, Matcher, compile_keyword, compound_relation, keyword_set
from .passages import heading_label, split_passages
from .stance import Target, judge

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
    # A citizen's words: "har jeg ikke nogen mening om", "ved jeg ikke nok om til at have en mening".
    r"|(?:ingen|ikke\s+nogen|ikke\s+en)\s+(?:særlig\s+)?(?:mening|holdning)\s+(?:om|til)"
    r"|ved\s+(?:\w+\s+)?ikke\s+nok\s+om)\b",
    re.IGNORECASE,
)
# What a blanket no-comment points at: the other elements, or the proposal as a whole.
# "Forslaget" and "det" are the whole proposal only where no element's heading is in force:
# under one, they point back at that element ("Sammenlægning af X / Forslaget giver ikke
# anledning til bemærkninger"), while "de øvrige forslag" points away from it wherever it stands.
_OTHERS = re.compile(r"\b(?:(?:de|alle|samtlige)\s+)?(?:øvrige|andre|resterende|øvrigt)\b", re.IGNORECASE)
_WHOLE_OBJECT = re.compile(
    r"\btil\s+(?:selve\s+)?(?:forslaget|forslagene|høringsmaterialet|høringen|den\s+øvrige\s+del)\s*$",
    re.IGNORECASE,
)
# Words for the proposal itself, which name no one element.
_PROPOSAL_WORDS = frozenset({"forslag", "forslaget", "forslagene", "høringsmaterialet", "høringen",
                             "bemærkninger", "kommentarer", "anledning", "øvrige", "andre", "dele"})
# The whole material as the subject: "… og det giver ikke anledning til bemærkninger".
_WHOLE_SUBJECT = re.compile(
    r"(?:^|,\s*|\bog\s+)(?:det|dette|materialet|høringsmaterialet|forslaget|forslagene)\s+$", re.I)
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


def compile_codebook(codebook: Codebook) -> list[_Theme]:
    """Keyword matchers and label words of every theme, in codebook order."""
    themes = []
    for key, theme in codebook.items():
        label = str(theme.get("label", key))
        matchers = [compile_keyword(k) for k in theme.get("keywords", []) if k.strip()]
        target = Target.of(label, [k for k in theme.get("keywords", []) if k.strip()])
        themes.append(_Theme(key, label, matchers, list(_label_words(label)), target))
    return themes


@functools.lru_cache(maxsize=1024)
def _label_words(label: str) -> tuple[tuple[str, ...], ...]:
    """A label's content words, once per label (collect compiles the codebook per response)."""
    return tuple(_content_words(danish.light_tokens(label)))


def _find_themes(toks: Sequence[Token], themes: list[_Theme]) -> list[list[list[Match]]]:
    """``[[matcher.find(toks) for matcher in theme.matchers] for theme in themes]``, in one
    pass over the tokens (see `hoering.matching.KeywordSet`)."""
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
_TITLE = re.compile(r"^\W*(?:høringssvar|høring|vedr\.?|vedrørende|ang\.?|angående|emne)\b|\bhøringssvar\w*\b", re.I)


def is_title_line(text: str) -> bool:
    """A paragraph that is only a title line: short, no sentence end, and a title's words."""
    return len(text.split()) <= 15 and not text.rstrip().endswith((".", "!", "?")) and bool(_TITLE.search(text))


def _heading_themes(toks: Sequence[Token], text: str, themes: list[_Theme]) -> dict[str, list[str]]:
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
        found = _NO_COMMENT_ANY.search(chunk)
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
    # per theme decision, and slicing copies in C what a loop would append token by token.
    cuts = [n for n, tok in enumerate(toks) if n and tok.is_sent_start]
    return [list(toks[a:b]) for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True)] if toks else []


@dataclass
class _Silence:
    """A sentence's "no comment" phrase: what it names (`named_span`, up to `obj_end`),
    whether that is the other elements or the whole proposal, whether a comment follows."""

    obj_end: int
    named_span: str
    others: bool
    whole: bool
    comment_follows: bool


def _silence(text: str, start: int, end: int) -> _Silence | None:
    """The no-comment phrase of the sentence ``text[start:end]``, if it has one."""
    found = _NO_COMMENT_ANY.search(text[start:end])
    if found is None:
        return None
    s_rest = text[start + found.end() : end].lstrip(" \t\n,.;:-–")
    comment_follows = bool(_EXCEPTION.match(s_rest) or _NORMATIVE.search(s_rest))
    obj = re.match(r"^til\b[^,.;:]*", s_rest)
    obj_end = end - len(s_rest) + (obj.end() if obj else 0)
    named_span = text[start:obj_end] if (obj or found.start() > 0) else ""
    others = bool(_OTHERS.search(named_span))
    whole = bool(_WHOLE_OBJECT.search(named_span) or _WHOLE_SUBJECT.search(text[start : start + found.start()]))
    return _Silence(obj_end, named_span, others, whole, comment_follows)


def _blanket_tags(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                  themes: list[_Theme]) -> list[PassageTag]:
    """The blanket no-comments of a response (`BLANKET` passage tags), as `_tag_paragraph`
    decides them, without the keyword and heading decisions: a no-comment on the other
    elements, or on the whole proposal where no element's heading is in force."""
    out: list[PassageTag] = []
    heading: tuple[Passage, Sequence[Token]] | None = None
    in_force: dict[str, list[str]] | None = {}  # the heading's themes, found when needed
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.HEADING:
            heading, in_force = (passage, ptoks), None
            continue
        for sentence in _sentences(ptoks):
            said = _silence(passage.text, sentence[0].start, sentence[-1].end)
            if said is None or said.comment_follows or not said.named_span.strip():
                continue
            if not said.others:
                if not said.whole:
                    continue
                if in_force is None and heading is not None:
                    in_force = _heading_themes(heading[1], heading[0].text, themes)
                if in_force:
                    continue
            out.append(PassageTag(passage, BLANKET, PassageState.NO_COMMENT, [said.named_span.strip()],
                                  "no comment on the other elements"))
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
        named = _named_themes([toks[i] for i in starting_in(start, said.obj_end)], themes) if said.named_span else []
        silences.append(None if said.comment_follows else (said.named_span.strip(), [t.key for t in named],
                                                          said.others, said.whole))  # fmt: skip

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
                if m.start not in masked:
                    found.setdefault(m.start, m)
        if found:
            hits[theme.key] = [found[i] for i in sorted(found)]
    return tags, hits


@dataclass
class _Paragraph:
    passage: Passage
    toks: Sequence[Token]
    heading: dict[str, list[str]]
    hits: dict[str, list[Match]]
    first_sentence: int  # number of its first sentence in the response
    sentence_of: list[int]  # token index -> sentence number in the response
    scope: int  # which heading it sits under


def _decide_keywords(paragraphs: Sequence[_Paragraph]) -> list[PassageTag]:
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

    out = []
    for para in paragraphs:
        text = para.passage.text
        for key, found in para.hits.items():
            words = list(dict.fromkeys(text[m.char_start : m.char_end] for m in found))
            if len(found) == 1 and para.heading and key not in para.heading:
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
                if opens or not (near[key] == 1 and others >= 2):
                    counting.append(m)
            if not counting:
                out.append(PassageTag(para.passage, key, PassageState.PASSING, words,
                                      "single mention among sentences about another theme"))
                continue
            sentences = _trigger_sentences(text, para.toks, counting, para.hits)
            reason = TITLE if is_title_line(text) else "keywords"
            out.append(PassageTag(para.passage, key, PassageState.DISCUSSES, words, reason, sentences))
    return out


def _trigger_sentences(text: str, toks: Sequence[Token], found: Sequence[Match],
                       all_hits: Mapping[str, Sequence[Match]] | None = None) -> list[str]:
    """The sentences a hit starts in (by bisection: a long paragraph has many of both), each
    with the sentence after it when that one names no theme: a position is often taken in
    the sentence that follows ("Det kan vi ikke støtte.")."""
    hits = sorted(m.char_start for m in found)
    any_hit = sorted(m.char_start for ms in (all_hits or {}).values() for m in ms)
    out = []
    follow = False
    for sentence in _sentences(toks):
        start, end = sentence[0].start, sentence[-1].end
        first = bisect.bisect_left(hits, start)
        if first < len(hits) and hits[first] < end:
            out.append(text[start:end])
            follow = True
            continue
        named = bisect.bisect_left(any_hit, start)
        if follow and all_hits is not None and not (named < len(any_hit) and any_hit[named] < end):
            out.append(text[start:end])
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
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.HEADING:
            heading = _heading_themes(ptoks, passage.text, themes)
            scope += 1
            if _TITLE.search(passage.text):  # it scopes nothing, but names what the letter is about
                for theme, per_matcher in zip(themes, _find_themes(ptoks, themes), strict=True):
                    hits = [m for found in per_matcher for m in found]
                    if hits:
                        out.append(PassageTag(passage, theme.key, PassageState.DISCUSSES,
                                              _words(hits, passage.text), TITLE, [passage.text]))
            continue
        tags, hits = _tag_paragraph(passage, ptoks, heading, themes)
        out.extend(tags)
        sentence_of = []
        first = sentence
        for n, tok in enumerate(ptoks):
            if tok.is_sent_start and n > 0:
                sentence += 1
            sentence_of.append(sentence)
        sentence += 1
        paragraphs.append(_Paragraph(passage, ptoks, heading, hits, first, sentence_of, scope))
    out.extend(_decide_keywords(paragraphs))
    return sorted(out, key=lambda t: t.passage.ordinal), paragraphs


def tag_passages(text: str, codebook: Codebook) -> list[PassageTag]:
    """Every passage-level decision for one response, including passing mentions."""
    passages = split_passages(text)
    toks = danish.tokens_many(p.text for p in passages)
    return _tag_passages(passages, toks, compile_codebook(codebook))


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
        chosen = discussing or [t for t in mine if t.state == PassageState.NO_COMMENT]
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
            out.append(ThemeTag(theme.key, TagState.DISCUSSES, j.stance, evidence, triggers,
                                stance_cues=j.cues, passages=ordinals, confidence=j.confidence))
        else:
            out.append(ThemeTag(theme.key, TagState.NO_COMMENT, Stance.NEUTRAL, evidence, triggers,
                                passages=ordinals))
    return out


def _without_repeats(texts: Sequence[str]) -> list[str]:
    """Texts in order, without those another one contains (a sentence of a whole passage)."""
    unique = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    return [t for t in unique if not any(t != other and t in other for other in unique)]


_PROPOSAL = re.compile(r"\b(?:forslag(?:et|ene)?|planer(?:ne)?)\b", re.I)


def _action_sentences(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                      themes: list[_Theme], passage_tags: Sequence[PassageTag]) -> dict[str, list[str]]:
    """Sentences that take a position on an element by naming what it does rather than its
    keywords ("Vi protesterer mod lukningen"): a sentence naming the act of exactly one
    discussed element goes with that element; in a letter that discusses one element
    only, a sentence about "forslaget" goes with it too."""
    return _action_sentences_and_without(passages, toks, themes, passage_tags, None)[0]


def _action_sentences_and_without(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                                  themes: list[_Theme], passage_tags: Sequence[PassageTag],
                                  new: str | None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`_action_sentences`, and (with `new`) what it gives for the codebook without theme
    `new` and its tags, in the same pass: each sentence is tested once per element."""
    discussed = {t.key for t in passage_tags if t.state == PassageState.DISCUSSES}
    mine = [t for t in themes if t.key in discussed]
    earlier = [t for t in mine if t.key != new]
    out: dict[str, list[str]] = defaultdict(list)
    without: dict[str, list[str]] = defaultdict(list)
    if not mine:
        return out, without
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind != PassageKind.PARAGRAPH:
            continue
        for sentence in _sentences(ptoks):
            text = passage.text[sentence[0].start : sentence[-1].end]
            named = [t for t in mine if t.target.names_own_action(text)]
            _take_action(out, text, named, mine)
            if new is not None:
                _take_action(without, text, [t for t in named if t.key != new], earlier)
    return out, without


def _take_action(out: dict[str, list[str]], text: str, named: list[_Theme], mine: list[_Theme]) -> None:
    if len(named) == 1:
        out[named[0].key].append(text)
    elif len(mine) == 1 and _PROPOSAL.search(text):
        out[mine[0].key].append(text)


def read_themes(texts: Sequence[str], codebook: Codebook) -> list[tuple[list[PassageTag], dict[str, list[str]], list[ThemeTag]]]:
    """Every passage-level decision of each response, with the sentences that name an
    element's act (`_action_sentences`) and the response's tags: what `tag_responses`
    decides from and what it decides, for a reader that weighs the same evidence
    differently (`analysis.presence`)."""
    themes = compile_codebook(codebook)
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
    themes = compile_codebook(codebook)
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
) -> list[tuple[bool, list[ThemeTag]]]:
    """Per response, after theme `key` joined `codebook`: ``(True, tags)`` with every theme's
    tags (`tag_tokenised`) where the new theme may have changed another theme's tag (or
    `whole` asks for them), else ``(False, tags)`` with the new theme's tags alone (the
    others' stances are not judged again: they are what they were). See `_leaves_others`
    for when it cannot."""
    themes = compile_codebook(codebook)
    new = next(t for t in themes if t.key == key)
    before = [t for t in themes if t.key != key]
    out = []
    for n, (ps, ptoks) in enumerate(zip(passages, toks, strict=True)):
        passage_tags, paragraphs = _read_passages(ps, ptoks, themes)
        actions, earlier = _action_sentences_and_without(ps, ptoks, themes, passage_tags, key)
        if not (whole and whole[n]) and _leaves_others(ps, ptoks, passage_tags, paragraphs, actions, earlier,
                                                       new, before):  # fmt: skip
            out.append((False, _response_tags(passage_tags, themes, actions, key)))
        else:
            out.append((True, _response_tags(passage_tags, themes, actions)))
    return out


def tag_accepted(
    passages: Sequence[Sequence[Passage]],
    toks: Sequence[Sequence[Sequence[Token]]],
    codebook: Codebook,
    key: str,
    corrected: Sequence[bool],
) -> list[tuple[bool, list[ThemeTag]] | None]:
    """Per response, what theme `key` joining `codebook` changes: None where it changes no
    tag (`may_concern` is false, and no person decided on it there); where it is mentioned
    (or `corrected`: a person's decision, read in full), `tag_new_theme`'s answer; where a
    no-comment sentence alone can give it a tag, ``(False, tags)`` with its own tags (the
    other themes' decisions cannot see it: `mentions`)."""
    theme = codebook[key]
    mentioned = [n for n, ps in enumerate(passages) if corrected[n] or mentions(ps, toks[n], key, theme)]
    rest = set(range(len(passages))) - set(mentioned)
    silent = [n for n in sorted(rest) if any(says_no_comment(p.text) for p in passages[n])]
    out: list[tuple[bool, list[ThemeTag]] | None] = [None] * len(passages)
    read = tag_new_theme([passages[n] for n in mentioned], [toks[n] for n in mentioned], codebook, key,
                         [corrected[n] for n in mentioned])  # fmt: skip
    for n, found in zip(mentioned, read, strict=True):
        out[n] = found
    # Not mentioned: a blanket no-comment is all it can have (`_response_tags` gives it the
    # blanket's tag when it has none of its own), and its headings, keywords and named
    # no-comments need not be read.
    alone = [t for t in compile_codebook(codebook) if t.key == key]
    themes = compile_codebook(codebook)
    for n in silent:
        out[n] = (False, _response_tags(_blanket_tags(passages[n], toks[n], themes), alone))
    return out


def _leaves_others(passages: Sequence[Passage], toks: Sequence[Sequence[Token]],
                   passage_tags: Sequence[PassageTag], paragraphs: Sequence[_Paragraph],
                   actions: Mapping[str, Sequence[str]], earlier: Mapping[str, Sequence[str]], new: _Theme,
                   before: list[_Theme]) -> bool:
    """Whether the decisions for the other themes are the ones the codebook without `new`
    gives, so their tags are unchanged. Where `new` can reach them:

    * a heading it is in (a heading's elements decide its paragraphs' no-comments and
      which single mentions pass: `_tag_paragraph`, `_decide_keywords`);
    * a no-comment paragraph that names it (its names decide the heading's no-comment, and
      a keyword hit keeps other elements from being named by label: `_named_themes`);
    * two of its hits near another theme's hit (which then passes: `_decide_keywords`);
    * a hit of its in the sentence after another theme's hit (that sentence joins the
      other's stance only when it names no theme: `_trigger_sentences`);
    * the body discussing it alone (a theme named in the title line is then dropped);
    * the sentences that name an element's act (`_action_sentences`: `actions` with `new`,
      `earlier` without it)."""
    key = new.key
    if any(key in para.heading for para in paragraphs):
        return False
    for passage, ptoks in zip(passages, toks, strict=True):
        if passage.kind == PassageKind.PARAGRAPH and says_no_comment(passage.text) \
                and _mentioned(passage, ptoks, new):
            return False
    window: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for para in paragraphs:
        named: dict[int, set[str]] = defaultdict(set)  # sentence -> themes with a hit in it
        for k, found in para.hits.items():
            for m in found:
                window[(para.scope, para.sentence_of[m.start])][k] += 1
                named[para.sentence_of[m.start]].add(k)
        for sentence, keys in named.items():
            if keys - {key} and named.get(sentence + 1) == {key}:
                return False  # the sentence after another theme's hit names only the new one
    for (scope, sentence), counts in window.items():
        near: Counter[str] = Counter()
        for s in (sentence - 1, sentence, sentence + 1):
            near.update(window.get((scope, s), Counter()))
        if near[key] < 2:
            continue
        for k in counts:
            # A single hit passes once another theme has two near it: the new one can tip it.
            if k != key and near[k] == 1 and max((n for o, n in near.items() if o not in (k, key)), default=0) < 2:
                return False
    body = {t.key for t in passage_tags if t.state == PassageState.DISCUSSES and t.reason != TITLE}
    if key in body and not body - {key}:
        return False
    return all(list(actions.get(t.key, [])) == list(earlier.get(t.key, [])) for t in before)


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
    compiled = compile_codebook({key: theme})[0]
    return any(_mentioned(p, ptoks, compiled) for p, ptoks in zip(passages, toks, strict=True))


def says_no_comment(text: str) -> bool:
    """Whether a passage has a "no comment" phrase (which may name, or blanket, any element)."""
    return bool(_NO_COMMENT_ANY.search(text) or _NO_COMMENT.match(text))


def anchors(key: str, theme: Mapping[str, Any]) -> tuple[str, ...]:
    """Lowercase strings one of which a passage's text (lowercased) or its tokens' lemmas
    contain wherever `may_concern` can be true of it for this theme, no-comment sentences
    aside: a keyword word as typed and its lemmas (a match is that word, or a compound that
    contains it); a lemma's first three letters (a compound written in two words starts
    with them); a label word, and its first and last three letters and the three after its
    first and second (a word that is part of a label word, or shares its first five, or two
    heading words joined). Only a filter: `may_concern` decides."""
    compiled = compile_codebook({key: theme})[0]
    out: list[str] = []
    for matcher in compiled.matchers:
        for word in matcher.words:
            out += [word.form, *word.lemmas, *(lemma[:3] for lemma in word.lemmas if len(lemma) > 3)]
    for words in compiled.label_words:
        for x in words:
            out += [x, x[:3], x[-3:], x[1:4], x[2:5]] if len(x) > 3 else [x]
    return tuple(dict.fromkeys(a for a in out if a))
