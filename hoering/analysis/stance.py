"""Stance from Danish cue words: against or concerned ("imod"), support ("støtter") or neutral.

A consultation response signals its position with a small set of recurring phrases
("udtrykker bekymring", "kan ikke se rimeligheden", "bakker op", "giver god mening").
Each cue is recorded as evidence. A negated support cue ("bakker ikke op", "giver ikke
mening") counts against; a negated concern ("ikke bekymret") counts for nothing, since not
being worried is not support. Cues that carry their own negation ("kan ikke se
rimeligheden", "på ingen måde") are taken as written. More against-cues than support-cues is
"imod", the reverse "støtter", otherwise (no cues, or a tie) "neutral".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Stance

AGAINST_CUES = (
    r"bekymr\w*",
    r"kan ikke se (?:rimeligheden|fornuften|meningen|logikken|formålet)",
    r"ærgerlig\w*",
    r"ærgre[rs]?\b|ærgrelse",
    r"frygt\w*",
    r"beklag\w*",
    r"uhensigtsmæssig\w*",
    r"problematisk\w*",
    r"kritisk\w*",
    r"undren|undrer|undre sig",
    r"forbavse\w*",
    r"uheldig\w*",
    r"betænkelig\w*",
    r"urimelig\w*",
    r"uenig\w*",
    r"(?:går|er|stiller sig) imod",
    r"modsætter",
    r"modstand",
    r"protest\w*",
    r"kan ikke (?:anbefale|støtte|tilslutte|acceptere|bakke op)",
    r"på ingen måde",
    r"risiko|risici",
    r"skadelig\w*",
    r"alvorlig\w* konsekvens\w*",
)

SUPPORT_CUES = (
    r"bakke[rt]? (?:\w+ )?op",
    r"giver (?:\w+ )?(?:god )?mening",
    r"enighed om",
    r"(?:er|erklærer sig) enige?",
    r"støtter (?:op om|forslaget|indstillingen|tanken|ideen)",
    r"tilslutter sig|kan tilslutte",
    r"positiv\w*",
    r"god(?:t)? id[eé]",
    r"fornuftig\w*",
    r"hilse[rs]? \w* ?velkommen",
    r"glæder (?:sig|os) over",
    r"(?:er|som) (?:et |en )?(?:rigtig |meget )?godt? redskab",
    r"er god\b",
)

_NEGATION = re.compile(r"\b(?:ikke|ingen|aldrig|hverken)\b")
_OWN_NEGATION = re.compile(r"\bkan ikke\b|\bpå ingen måde\b")


def _compile(cues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + r")\b", re.IGNORECASE)


_AGAINST = _compile(AGAINST_CUES)
_SUPPORT = _compile(SUPPORT_CUES)


@dataclass(frozen=True, slots=True)
class Cue:
    """A stance cue found in a text, with its polarity after negation."""

    text: str
    stance: Stance
    start: int
    end: int


def _negated(text: str, start: int, cue: str) -> bool:
    if _OWN_NEGATION.search(cue.lower()):
        return False
    before = _words_before(text, start, 3)
    return bool(_NEGATION.search(cue.lower())) or any(
        _NEGATION.fullmatch(w.strip(",.;:")) for w in before
    )


def _words_before(text: str, start: int, n: int) -> list[str]:
    """``text[:start].lower().split()[-n:]``, reading only as far back as needed: a cue in a
    long passage must not cost the whole text before it."""
    window = 64
    while True:
        lo = max(0, start - window)
        words = text[lo:start].lower().split()
        # With a word more than wanted, the first (perhaps cut) word is not among them.
        if lo == 0 or len(words) > n:
            return words[-n:]
        window *= 4


def find_cues(text: str) -> list[Cue]:
    """Stance cues in a text, in order; negated concerns are left out."""
    found = []
    for m in _AGAINST.finditer(text):
        if not _negated(text, m.start(), m.group(0)):
            found.append(Cue(m.group(0), Stance.AGAINST, m.start(), m.end()))
    for m in _SUPPORT.finditer(text):
        stance = Stance.AGAINST if _negated(text, m.start(), m.group(0)) else Stance.SUPPORTS
        found.append(Cue(m.group(0), stance, m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def stance_of(texts: Iterable[str]) -> tuple[Stance, list[str]]:
    """Stance over some passages and the cues that decided it (as written)."""
    cues = [cue for text in texts for cue in find_cues(text)]
    against = sum(c.stance == Stance.AGAINST for c in cues)
    support = sum(c.stance == Stance.SUPPORTS for c in cues)
    if against != support:
        stance = Stance.AGAINST if against > support else Stance.SUPPORTS
    else:
        stance = Stance.NEUTRAL
    return stance, [c.text for c in cues]
