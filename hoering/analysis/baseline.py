"""The simplest rule set, scored beside hoering's in every `hoering eval` run.

What a person with a word processor's search would do:

* a theme is discussed when any of its keywords occurs as a substring (case-insensitive);
* its stance is the count of a short list of position words (no negation, no clauses, no
  target) in the sentences that contain a keyword: more against-words is "imod", more
  support-words "støtter", else neutral;
* "no comment" is a sentence with "ingen bemærkninger" or "ingen kommentarer" that names
  the theme's keyword, and the theme is not otherwise found;
* new topics are the five most frequent words outside the codebook, each with the
  responses that use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Stance, TagSource, TagState, ThemeTag

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_AGAINST = re.compile(r"\b(?:imod|bekymr\w*|frygt\w*|kritisk\w*|protest\w*|uenig\w*|ærgerlig\w*)\b", re.I)
_SUPPORT = re.compile(r"\b(?:støtte[rs]?|bakker op|positiv\w*|enig\w*|god idé|fornuftig\w*)\b", re.I)
_NO_COMMENT = re.compile(r"\bingen (?:bemærkninger|kommentarer)\b", re.I)
_WORD = re.compile(r"[a-zæøå]{5,}")
_STOP = frozenset(
    """denne dette disse deres vores været bliver blive skulle kunne ville efter under mellem
    over uden eller samt også endnu andre anden andet alle mange meget mere flere hvilket
    hvis fordi derfor således sådan kommunen kommune forslaget forslag høringssvar
    høringen høring""".split())


def tags(text: str, codebook: Mapping[str, Mapping[str, Any]]) -> list[ThemeTag]:
    """The baseline's tags of one response."""
    lower = text.lower()
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    out = []
    for key, theme in codebook.items():
        keywords = [k.lower() for k in theme.get("keywords", []) if k.strip()]
        hits = [k for k in keywords if k in lower]
        if not hits:
            continue
        mine = [s for s in sentences if any(k in s.lower() for k in keywords)]
        if mine and all(_NO_COMMENT.search(s) for s in mine):
            out.append(ThemeTag(key, TagState.NO_COMMENT, Stance.NEUTRAL, mine, hits, source=TagSource.BASELINE))
            continue
        against = sum(len(_AGAINST.findall(s)) for s in mine)
        support = sum(len(_SUPPORT.findall(s)) for s in mine)
        stance = Stance.NEUTRAL if against == support else (
            Stance.AGAINST if against > support else Stance.SUPPORTS)
        out.append(ThemeTag(key, TagState.DISCUSSES, stance, mine, hits, source=TagSource.BASELINE))
    return out


def suggest(texts: Sequence[str], codebook: Mapping[str, Mapping[str, Any]], *, top: int = 5) -> list[set[int]]:
    """The responses (indexes into ``texts``) of each of the ``top`` most frequent words
    outside the codebook."""
    codebook_words = {w for t in codebook.values() for k in t.get("keywords", [])
                      for w in _WORD.findall(k.lower())}
    counts: Counter[str] = Counter()
    users: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        for word in _WORD.findall(text.lower()):
            if word in _STOP or any(word.startswith(c[:5]) for c in codebook_words):
                continue
            counts[word] += 1
            users.setdefault(word, set()).add(i)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return [users[w] for w in ranked[:top]]
