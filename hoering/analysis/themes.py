"""Theme decisions that need no text: a person's corrections laid over the machine's tags,
counts per theme, suggestions numbered for staff, and a key for an accepted suggestion.

Pure functions over records (`hoering.model`); `hoering.themes` reads them from the archive
and writes the results back through `hoering.store.tags`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import (
    CorrectionAction,
    Stance,
    SuggestionPassage,
    TagCorrection,
    TagSource,
    TagState,
    ThemeSuggestion,
    ThemeTag,
)

if TYPE_CHECKING:  # the suggester needs numpy; counting and overlaying do not
    from .suggest import SuggestedTheme


def overlay_corrections(
    tags: Iterable[ThemeTag], corrections: Iterable[TagCorrection], order: Sequence[str]
) -> list[ThemeTag]:
    """The effective tags of a response: the machine's, with a person's corrections on top.

    A removal drops the theme; an addition makes it discussed, with the person's stance or
    else the machine's (neutral when the machine did not find it discussed), and keeps the
    machine's reasons (a passage the person chose as evidence first). The result is in codebook order (`order`), unknown keys last.
    """
    by_key = {t.key: t for t in tags}
    for correction in corrections:
        key = correction.theme
        if correction.action == CorrectionAction.REMOVE:
            by_key.pop(key, None)
            continue
        found = by_key.get(key)
        machine = found.stance if found and found.state == TagState.DISCUSSES else Stance.NEUTRAL
        evidence = list(found.evidence) if found else []
        if correction.evidence:  # the passage a person chose comes first
            evidence = [correction.evidence] + [e for e in evidence if e != correction.evidence]
        by_key[key] = ThemeTag(
            key, TagState.DISCUSSES, correction.stance or machine,
            evidence=evidence,
            triggers=found.triggers if found else [],
            source=TagSource.MANUAL,
            stance_cues=found.stance_cues if found else [],
            passages=found.passages if found else [],
        )  # fmt: skip
    rank = {k: i for i, k in enumerate(order)}
    return sorted(by_key.values(), key=lambda t: (rank.get(t.key, len(rank)), t.key))


@dataclass
class ThemeCount:
    """How the readable responses treat one theme."""

    discusses: int = 0
    against: int = 0  # of those that discuss it: against or worried
    supports: int = 0
    no_comment: int = 0


def count_themes(tags: Iterable[ThemeTag], keys: Iterable[str]) -> dict[str, ThemeCount]:
    """Per theme in `keys` (in that order): responses that discuss it, by stance, and those
    that say they have no comment. Tags of other keys are left out."""
    counts = {key: ThemeCount() for key in keys}
    for tag in tags:
        count = counts.get(tag.key)
        if count is None:
            continue
        if tag.state == TagState.NO_COMMENT:
            count.no_comment += 1
            continue
        count.discusses += 1
        if tag.stance == Stance.AGAINST:
            count.against += 1
        elif tag.stance == Stance.SUPPORTS:
            count.supports += 1
    return counts


# The keywords a suggestion brings into the codebook when it is accepted (`hoering.themes.accept`).
THEME_KEYWORDS = 6


def number_suggestions(
    found: Sequence[SuggestedTheme],
    numbers: Sequence[int],
    accepted: Mapping[str, str | None],
    created: str,
) -> list[ThemeSuggestion]:
    """Suggestions as staff see them: numbered from 1, with response numbers for the indexes
    into the texts (`numbers[i]` is text i's), and the key an earlier suggestion of the same
    label was accepted as (`accepted`, by label)."""
    return [
        ThemeSuggestion(
            n=n,
            label=theme.label,
            keywords=theme.keywords,
            numbers=sorted(numbers[i] for i in theme.responses),
            passages=[SuggestionPassage(numbers[i], text) for i, text in theme.passages[:2]],
            accepted_key=accepted.get(theme.label),
            created=created,
        )
        for n, theme in enumerate(found, start=1)
    ]


def key_from(keywords: Sequence[str], taken: Collection[str]) -> str:
    """A theme key from a suggestion's first keyword, ASCII as a key must be, not in `taken`."""
    base = unicodedata.normalize("NFKD", (keywords or ["tema"])[0].lower())
    base = base.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:24] or "tema"
    key, i = base, 2
    while key in taken:
        key, i = f"{base}-{i}", i + 1
    return key

