"""Compound-aware keyword matching over Danish lemmas, shared by tagging and search.

Danish writes compounds as one word, so a theme keyword must find its compounds:
"mentor" in "mentorindsatsen" and "mentorer", "haveprojekt" in "Haveprojektet",
"forløb" in "aktiveringsforløb". One function decides whether a keyword lemma and a word are
related, :func:`compound_relation`; everything else (phrases, split compounds, the search
index) is built on it.

A word matches a keyword lemma when, after lemmatisation:

* ``lemma``: it is the same lemma ("priserne" ~ "pris");
* ``compound-start``: the keyword is the first part of a compound, and what follows,
  optionally after a linking -s-/-e-, looks like a word of its own of 3+ letters and not like
  an inflection or a derivational suffix ("mentor" in "mentorindsats", "pris" in
  "prisstigning", but not "pris" in "prisme");
* ``compound-end``: the keyword is the last part, the head of the compound, so the word is a
  kind of the keyword ("indsats" in "mentorindsats", "tilbud" in "aktiveringstilbud"); the
  first part must be 3+ letters and not a bare prefix such as for-/ind-/til-, so "pligt" does
  not match "forpligtelse" and "sats" not "indsats".

Multi-word keywords ("kortere forløb") match a sequence of tokens: the words before the last
by lemma, the last word also by compound ("kortere aktiveringsforløb"), with at most
``max_gap`` tokens between words inside one sentence ("færre og kortere forløb" for
"kortere forløb" needs no gap; "færre, kortere forløb" does).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import danish
from .danish import Token

VOWELS = frozenset("aeiouyæøå")
LINKING = ("s", "e")

# Bare prefixes and particles: "for|pligt", "ind|sats", "til|bud" are not compounds of
# pligt, sats, bud.
PREFIXES = frozenset(
    """
    af an be bi efter er for fore fra gen ind imod med mis mod ned om op over sam til u ud
    und under van ved
    """.split()
)

# Remainders after a keyword that are inflections of the keyword, not a second word
# (the lemmatizer handles these; unknown compounds sometimes keep them).
INFLECTIONS = frozenset(
    """
    ene erne ers ens ets enes ernes ede edes ende endes ere eres erer eren eret erens est
    este ernes rne rnes nes ter tes ters
    """.split()
)

# Derivational suffixes: "pris|lig", "kort|hed", "mentor|ere" make a different word.
DERIVATIONS = frozenset(
    """
    lig lige ligt ligere ligste hed heden heder else elsen elser ning ningen ninger isk iske
    som somt somme bar bart bare agtig inde ist isme ere erer ering eringen ion ioner
    """.split()
)

# Endings that a short keyword can hide inside ("ring" in "aktivering").
DERIVED_ENDINGS = ("ering", "ning", "ighed", "hed", "else", "ion", "isme", "ist", "skab", "dom")


def _looks_like_word(part: str) -> bool:
    return len(part) >= 3 and any(c in VOWELS for c in part) and part.isalpha()


# A second part does not start with a derivational suffix ("ledig|hedsydelse" is
# ledighed+s+ydelse, not ledig+hedsydelse).
SUFFIX_STARTS = ("hed", "else", "ning", "lig", "isk", "ist")


def _second_part(rest: str, keyword: str) -> bool:
    if rest in INFLECTIONS or rest in DERIVATIONS or rest.startswith(SUFFIX_STARTS):
        return False
    if keyword.endswith("e") and ("e" + rest) in INFLECTIONS:  # "have"+"rne" = haverne
        return False
    if _looks_like_word(rest):
        return True
    # A linking -s-/-e- ("aktivering|s|tilbud"): the rest after it must itself be a word.
    return rest[:1] in LINKING and _looks_like_word(rest[1:]) and rest[1:] not in INFLECTIONS


def _first_part(first: str, keyword: str, word: str) -> bool:
    if first in PREFIXES or not _looks_like_word(first):
        return False
    # The keyword must not be the tail of a derivational ending ("aktive|ring").
    return not any(len(e) > len(keyword) and word.endswith(e) for e in DERIVED_ENDINGS)


@functools.lru_cache(maxsize=262_144)
def compound_relation(keyword: str, word: str) -> str | None:
    """How ``word`` relates to ``keyword`` (both lowercase lemmas or forms).

    Returns "lemma", "compound-start", "compound-end" or None. This is the one function
    that decides compound matches; see the module docstring for the rules.
    """
    if word == keyword:
        return "lemma"
    if len(keyword) < 3 or len(word) <= len(keyword):
        return None
    if word.startswith(keyword) and _second_part(word[len(keyword) :], keyword):
        return "compound-start"
    if word.endswith(keyword) and _first_part(word[: -len(keyword)], keyword, word):
        return "compound-end"
    return None


@dataclass(frozen=True, slots=True)
class KeywordWord:
    """One word of a keyword: its form as typed and the lemmas it may match."""

    form: str
    lemmas: tuple[str, ...]


def _keyword_word(form: str) -> KeywordWord:
    form = form.lower()
    readings = danish.lemma_candidates(form)
    # A keyword typed in an irregular form ("færre" -> få, "bedre" -> god) means that form:
    # matching via the suppletive lemma would make "færre tilbud" match "få tilbud".
    kept = tuple(r for r in readings if r == form or r[:2] == form[:2])
    return KeywordWord(form, kept or (form,))


def word_relation(kw: KeywordWord, token: Token, *, compounds: bool = True) -> str | None:
    """How a token relates to one keyword word (None: it does not match)."""
    return _relation(kw, token.lower, token.lemmas, compounds)


@functools.lru_cache(maxsize=262_144)
def _relation(kw: KeywordWord, lower: str, lemmas: tuple[str, ...], compounds: bool) -> str | None:
    if lower == kw.form:
        return "lemma"
    forms = (lower, *lemmas)
    if lower.startswith("p-") and len(lower) > 4:
        # "p-pladser", "p-huset": the written abbreviation of "parkerings-".
        forms += tuple("parkerings" + f[2:] for f in forms if f.startswith("p-"))
    if any(f in kw.lemmas for f in forms):
        return "lemma"
    if not compounds:
        return None
    for lemma in kw.lemmas:
        for form in forms:
            how = compound_relation(lemma, form)
            if how:
                return how
    return None


@dataclass(frozen=True, slots=True)
class Match:
    """A keyword found in a token sequence: token range [start, end) and char range."""

    keyword: str
    start: int
    end: int
    char_start: int
    char_end: int
    how: str  # "lemma" | "compound-start" | "compound-end" | "split-compound" | "phrase"

    def text(self, source: str) -> str:
        return source[self.char_start : self.char_end]


_WORD_SPLIT = re.compile(r"[^\wæøåÆØÅ-]+")


class Matcher:
    """A compiled keyword. ``find(tokens)`` returns its matches, left to right."""

    def __init__(self, keyword: str, *, max_gap: int = 1, compounds: bool = True, head_first: bool = False) -> None:
        self.keyword = keyword.strip()
        forms = [w for w in _WORD_SPLIT.split(self.keyword.lower()) if w]
        if not forms:
            raise ValueError(f"empty keyword: {keyword!r}")
        self.words = tuple(_keyword_word(w) for w in forms)
        self.max_gap = max_gap
        self.compounds = compounds
        # A phrase whose first word is a compound's head, its modifier following as a
        # prepositional phrase ("klinik på skole" for "skoleklinik"): the first word may also
        # be a compound ending in it ("tandklinikken på Skovlund Skole"), a kind of the same.
        self.head_first = head_first and len(self.words) > 1
        # A name of several capitalised words ("Klub Nørremark", "Fjordby Svømmehal") ends in
        # a name, not a noun: its compounds are other names ("Nørremarksvej" is a street).
        typed = [w for w in _WORD_SPLIT.split(self.keyword) if w]
        self.name = len(typed) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in typed)

    def __repr__(self) -> str:
        return f"Matcher({self.keyword!r})"

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        if len(self.words) == 1:
            return self._find_word(tokens)
        return self._find_phrase(tokens)

    def _find_word(self, tokens: Sequence[Token]) -> list[Match]:
        kw = self.words[0]
        out = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            how = word_relation(kw, tok, compounds=self.compounds) if tok.is_word else None
            if how:
                out.append(Match(self.keyword, i, i + 1, tok.start, tok.end, how))
            elif self.compounds and i + 1 < len(tokens) and self._split_compound(tok, tokens[i + 1]):
                # "mentor indsatsen" written apart for the compound keyword "mentorindsats"
                nxt = tokens[i + 1]
                out.append(Match(self.keyword, i, i + 2, tok.start, nxt.end, "split-compound"))
                i += 1
            i += 1
        return out

    def _split_compound(self, first: Token, second: Token) -> bool:
        kw = self.words[0]
        if len(first.lower) < 3 or not any(
            lemma.startswith(first.lower) and lemma != first.lower for lemma in kw.lemmas
        ):
            return False
        if not (first.is_word and second.is_word) or second.start - first.end != 1:
            return False
        for second_lemma in second.lemmas:
            for joined in (first.lower + second_lemma, first.lower + "s" + second_lemma):
                if joined in kw.lemmas:
                    return True
        return False

    def _find_phrase(self, tokens: Sequence[Token]) -> list[Match]:
        out = []
        last = len(self.words) - 1
        i = 0
        while i < len(tokens):
            end = self._phrase_at(tokens, i, last)
            if end is None:
                i += 1
                continue
            out.append(
                Match(self.keyword, i, end, tokens[i].start, tokens[end - 1].end, "phrase")
            )
            i = end
        return out

    def _phrase_at(self, tokens: Sequence[Token], i: int, last: int) -> int | None:
        """End index of the phrase starting at token i, or None."""
        pos = i
        for n, kw in enumerate(self.words):
            compounds = self.compounds and n == last and not self.name  # only the head noun compounds
            if n == 0 and self.head_first:
                tok = tokens[pos] if pos < len(tokens) else None
                if tok is None or not tok.is_word or word_relation(kw, tok) not in ("lemma", "compound-end"):
                    return None
                pos += 1
                continue
            limit = pos if n == 0 else min(len(tokens) - 1, pos + self.max_gap)
            for j in range(pos, limit + 1):
                if j >= len(tokens) or (n > 0 and tokens[j].is_sent_start):
                    return None
                tok = tokens[j]
                # A number is no word, but a keyword's number must be there as typed
                # ("linje 12", "rute 231").
                if (tok.is_word and word_relation(kw, tok, compounds=compounds)) or tok.lower == kw.form:
                    pos = j + 1
                    break
                if tok.text in {".", "!", "?", ";", ":"}:
                    return None
            else:
                return None
        return pos


class KeywordSet:
    """Several matchers run over the same tokens in one pass: ``find_all(tokens)`` is
    ``[m.find(tokens) for m in matchers]``, with the same matches in the same order.

    Tagging runs every keyword of a codebook over every paragraph, and most keywords
    match nowhere in most paragraphs. Here each distinct word form is related to every
    keyword word once (memoised for the set's life), one pass over the tokens notes where
    a match can start, and each matcher looks only at those positions: a single word
    where the token relates to it or could begin a split compound ("mentor indsatsen"),
    a phrase where its first word relates to the token.
    """

    _MEMO_MAX = 200_000

    def __init__(self, matchers: Sequence[Matcher]) -> None:
        self.matchers = list(matchers)
        # (matcher index, keyword word, compounds) for the word that must match at a
        # match's first token: the word itself, or a phrase's first word (never compounded).
        self._starts = [
            (i, m.words[0], m.compounds and (len(m.words) == 1 or m.head_first)) for i, m in enumerate(self.matchers)
        ]
        # Forms that may be the first half of a split compound, per single-word matcher.
        self._prefixes: dict[str, list[int]] = {}
        for i, m in enumerate(self.matchers):
            if len(m.words) == 1 and m.compounds:
                heads = {
                    lemma[:n] for lemma in m.words[0].lemmas for n in range(3, len(lemma))
                }
                for head in heads:
                    self._prefixes.setdefault(head, []).append(i)
        # Phrases that start with a number ("150 kr.", "24 måneder"): a number is no word
        # token, so they are looked up by the number as typed.
        self._numbers: dict[str, list[int]] = {}
        for i, m in enumerate(self.matchers):
            if len(m.words) > 1 and not any(c.isalpha() for c in m.words[0].form):
                self._numbers.setdefault(m.words[0].form, []).append(i)
        # word form -> (its lemmas, (matcher index, relation or None for a possible split
        # compound) of every matcher that may match there)
        self._memo: dict[str, tuple[tuple[str, ...], tuple[tuple[int, str | None], ...]]] = {}

    def _candidates(self, token: Token) -> tuple[tuple[int, str | None], ...]:
        found: list[tuple[int, str | None]] = []
        for i, kw, compounds in self._starts:
            how = word_relation(kw, token, compounds=compounds)
            if how:
                found.append((i, how))
        related = {i for i, _ in found}
        found += [(i, None) for i in self._prefixes.get(token.lower, ()) if i not in related]
        if len(self._memo) > self._MEMO_MAX:
            self._memo.clear()
        candidates = tuple(found)
        self._memo[token.lower] = (token.lemmas, candidates)
        return candidates

    def find_all(self, tokens: Sequence[Token]) -> list[list[Match]]:
        positions: list[list[tuple[int, str | None]]] = [[] for _ in self.matchers]
        memo = self._memo
        numbers = self._numbers
        for pos, tok in enumerate(tokens):
            if not tok.is_word:
                for i in numbers.get(tok.lower, ()) if numbers else ():
                    positions[i].append((pos, "phrase"))
                continue
            hit = memo.get(tok.lower)
            if hit is not None and hit[0] == tok.lemmas:
                candidates = hit[1]
            else:
                candidates = self._candidates(tok)
            for i, how in candidates:
                positions[i].append((pos, how))
        out: list[list[Match]] = []
        for matcher, found in zip(self.matchers, positions, strict=True):
            if not found:
                out.append([])
            elif len(matcher.words) == 1:
                out.append(self._words_at(matcher, tokens, found))
            else:
                out.append(self._phrases_at(matcher, tokens, [pos for pos, _ in found]))
        return out

    def matches(self, tokens: Sequence[Token]) -> list[Match]:
        """Every matcher's matches in ``tokens``, matcher by matcher in order, as one list:
        `find_all` flattened, without a list per matcher where none matches (most sentences
        match no keyword of a codebook of dozens)."""
        found: dict[int, list[tuple[int, str | None]]] = {}
        memo = self._memo
        numbers = self._numbers
        for pos, tok in enumerate(tokens):
            if not tok.is_word:
                for i in numbers.get(tok.lower, ()) if numbers else ():
                    found.setdefault(i, []).append((pos, "phrase"))
                continue
            hit = memo.get(tok.lower)
            candidates = hit[1] if hit is not None and hit[0] == tok.lemmas else self._candidates(tok)
            for i, how in candidates:
                found.setdefault(i, []).append((pos, how))
        out: list[Match] = []
        for i in sorted(found):
            matcher = self.matchers[i]
            if len(matcher.words) == 1:
                out.extend(self._words_at(matcher, tokens, found[i]))
            else:
                out.extend(self._phrases_at(matcher, tokens, [pos for pos, _ in found[i]]))
        return out

    @staticmethod
    def _words_at(
        matcher: Matcher, tokens: Sequence[Token], found: list[tuple[int, str | None]]
    ) -> list[Match]:
        """`Matcher._find_word` visiting only the positions (in order) where it may match."""
        out = []
        skip = -1  # the second token of a split compound is not looked at again
        for i, how in found:
            if i <= skip:
                continue
            tok = tokens[i]
            if how:
                out.append(Match(matcher.keyword, i, i + 1, tok.start, tok.end, how))
            elif i + 1 < len(tokens) and matcher._split_compound(tok, tokens[i + 1]):
                nxt = tokens[i + 1]
                out.append(Match(matcher.keyword, i, i + 2, tok.start, nxt.end, "split-compound"))
                skip = i + 1
        return out

    @staticmethod
    def _phrases_at(matcher: Matcher, tokens: Sequence[Token], starts: list[int]) -> list[Match]:
        """`Matcher._find_phrase` trying only the tokens its first word relates to."""
        out = []
        last = len(matcher.words) - 1
        after = 0  # a match ends before the next one may start
        for i in starts:
            if i < after:
                continue
            end = matcher._phrase_at(tokens, i, last)
            if end is None:
                continue
            first, last_token = tokens[i], tokens[end - 1]
            out.append(Match(matcher.keyword, i, end, first.start, last_token.end, "phrase"))
            after = end
        return out


@functools.lru_cache(maxsize=64)
def keyword_set(matchers: tuple[Matcher, ...]) -> KeywordSet:
    """The (cached) KeywordSet of compiled matchers, so its memo lives across responses."""
    return KeywordSet(matchers)


@functools.lru_cache(maxsize=4096)
def compile_keyword(keyword: str, *, max_gap: int = 1, compounds: bool = True, head_first: bool = False) -> Matcher:
    """Compile (and cache) a keyword; one word or a phrase."""
    return Matcher(keyword, max_gap=max_gap, compounds=compounds, head_first=head_first)
