""""Mente du …?": the known name closest to a mistyped one (a slug, a theme key, a command).

rapidfuzz's plain ratio (edit distance as a similarity 0–100). 70 lets a letter or two be
missing, doubled or swapped in a short word ("aktivring", "colect", "mentr") and refuses
names that merely share a few letters; the config's unknown-key hint uses 75 on longer keys.
"""

from __future__ import annotations

from collections.abc import Iterable

CUTOFF = 70


def closest(word: str, candidates: Iterable[str], cutoff: int = CUTOFF) -> str | None:
    """The candidate most like `word`, compared without case, or None when none is close."""
    from rapidfuzz import fuzz, process  # only when a name was mistyped

    choices = {c.casefold(): c for c in candidates}
    if not choices or not word:
        return None
    match = process.extractOne(word.casefold(), list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    return choices[match[0]] if match else None
