"""Snippets: the part of a passage a hit shows, with the words that matched marked.

The passage is analysed again word by word (`terms.word_terms`, cached), so a word is
marked exactly when its analysed form is one of the query's terms: "Mentorstøtten" for
"mentor", "Haveprojektet fortsætter" for the phrase. The index keeps no offsets; only the
shown hits' passages are read again.
"""

from __future__ import annotations

import unicodedata

from .query import Phrase, Plan, Word
from .terms import tokens, word_terms

SNIPPET_CHARS = 260


class Highlighter:
    """Marks the words of a passage whose analysed form matched, in the original text."""

    def __init__(self, plan: Plan):
        items = [c for g in plan.groups for c in g]
        self.terms = {t for c in items if isinstance(c, Word) for t in c.terms}
        self.phrases = [c.terms for c in items if isinstance(c, Phrase)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        toks = tokens(text)
        flat: list[tuple[str, int]] = []  # (lemma term, token index)
        marked = [False] * len(toks)
        for i, (_, _, lower) in enumerate(toks):
            lemmas, _ = word_terms(lower)
            if self.terms and (lower in self.terms or not self.terms.isdisjoint(lemmas)):
                marked[i] = True
            flat.extend((t, i) for t in lemmas)
        for phrase in self.phrases:
            n = len(phrase)
            for j in range(len(flat) - n + 1):
                if all(flat[j + k][0] == phrase[k] for k in range(n)):
                    for k in range(n):
                        marked[flat[j + k][1]] = True
        spans: list[tuple[int, int]] = []
        for (start, end, _), hit in zip(toks, marked, strict=True):
            if not hit:
                continue
            if spans and text[spans[-1][1] : start].strip() == "" and start - spans[-1][1] <= 1:
                spans[-1] = (spans[-1][0], end)  # a phrase reads as one highlight
            else:
                spans.append((start, end))
        return spans

    def snippet(self, text: str, width: int = SNIPPET_CHARS) -> tuple[list[tuple[str, bool]], list[str]]:
        """(segments of (text, is a matching word), the matching words as written)."""
        text = " ".join(unicodedata.normalize("NFC", text).split())
        spans = self.spans(text)
        matched = list(dict.fromkeys(text[s:e] for s, e in spans))
        lo, hi = 0, len(text)
        if len(text) > width:
            first = spans[0][0] if spans else 0
            lo = max(0, first - width // 3)
            if lo:
                space = text.find(" ", lo)
                lo = space + 1 if 0 <= space < first else lo
            hi = min(len(text), lo + width)
            if hi < len(text):
                space = text.rfind(" ", lo, hi)
                hi = space if space > max(lo, spans[0][1] if spans else lo) else hi
        parts: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
        pos = lo
        for s, e in spans:
            if e <= lo or s >= hi:
                continue
            s, e = max(s, lo), min(e, hi)
            if s > pos:
                parts.append((text[pos:s], False))
            parts.append((text[s:e], True))
            pos = e
        if pos < hi:
            parts.append((text[pos:hi], False))
        if hi < len(text):
            parts.append(("…", False))
        return parts, matched
