"""The quick word tests that spare tagging its long patterns: a text without one of the
words cannot match the pattern, so every alternative of the pattern must need one of them.
A new alternative without any (a new kind of "no comment") fails here, not silently in the
tags."""

from __future__ import annotations

import re

import pytest

try:
    from re import _constants as C  # noqa: N812
    from re import _parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as C  # noqa: N812
    import sre_parse

from hoering.analysis import tagging


def _words_of(pattern: re.Pattern[str]) -> list[str]:
    return pattern.pattern.split("|")


def _needs_one(items: object, words: list[str], run: str = "") -> bool:
    """Whether every match of the parsed `items` contains one of `words`: along every path
    through its alternations, a run of literal characters holds one. Conservative: what
    is optional, repeated or a character class ends a run."""
    items = list(items)
    for n, (op, arg) in enumerate(items):
        if op == C.LITERAL:
            run += chr(arg).lower()
            if any(w in run for w in words):
                return True
            continue
        rest = items[n + 1 :]
        if op == C.SUBPATTERN:
            return _needs_one(list(arg[-1]) + rest, words, run)
        if op == C.BRANCH:
            return all(_needs_one(list(branch) + rest, words, run) for branch in arg[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
            return _needs_one([*arg[2], (None, None), *rest], words, run)
        run = ""
    return False


@pytest.mark.parametrize(("pattern", "words"), [
    (tagging._NO_COMMENT_ANY, tagging._NO_COMMENT_WORDS),
    (tagging._NO_COMMENT, tagging._NO_COMMENT_WORDS),
    (tagging._WHOLE_PLAN, tagging._PLAN_WORDS),
])
def test_every_alternative_needs_one_of_the_words(pattern: re.Pattern[str], words: re.Pattern[str]) -> None:
    assert words.flags & re.IGNORECASE == pattern.flags & re.IGNORECASE
    needed = _words_of(words)
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    assert _needs_one(parsed, needed), pattern.pattern


def test_the_check_finds_an_alternative_without_the_words() -> None:
    words = ["ikke"]
    assert _needs_one(sre_parse.parse(r"\b(?:ikke\s+mere|intet\s+ikke)\b"), words)
    assert not _needs_one(sre_parse.parse(r"\b(?:ikke\s+mere|slet\s+intet)\b"), words)
    assert not _needs_one(sre_parse.parse(r"\b(?:ikke)?\s+mere\b"), words)
    grown = tagging._NO_COMMENT_ANY.pattern.removesuffix(r")\b") + r"|er\s+os\s+uvedkommende)\b"
    assert not _needs_one(sre_parse.parse(grown, re.IGNORECASE), _words_of(tagging._NO_COMMENT_WORDS))


@pytest.mark.parametrize("text", [
    "Vi har ingen bemærkninger til forslaget.", "Det må byens borgere tage stilling til",
    "Det overlader vi til politikerne.", "De øvrige punkter ligger uden for vores område.",
    "IKKE ANLEDNING TIL BEMÆRKNINGER", "Vi har læst materialet og finder det godt.",
])
def test_the_quick_test_gives_what_the_pattern_gives(text: str) -> None:
    assert bool(tagging._no_comment_any(text)) == bool(tagging._NO_COMMENT_ANY.search(text))
    assert tagging.says_no_comment(text) == bool(
        tagging._NO_COMMENT_ANY.search(text) or tagging._NO_COMMENT.match(text))
