"""The citizens who wrote: "Borger 1", "Borger 2" … wherever their names occur.

`Pseudonyms` numbers private citizens in response order and finds each one's full name (any
letter case), "first last" of a longer name, each identifying part alone (a first name, the
surname), initials before the surname ("K.E. Madsen") and the genitive ("Madsens"). A part
shared by two citizens cannot say who is meant and becomes "[navn fjernet]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import RedactionKind
from . import lexicon
from .names import FAMILY, INITIALS_BEFORE, PARTICLES
from .patterns import LETTER
from .spans import NAME_REMOVED, Found

_NAME_TOKEN = re.compile(rf"[{LETTER}][{LETTER}'’]*(?:-[{LETTER}][{LETTER}'’]*)*")


def name_parts(name: str) -> list[str]:
    """The words of a personal name that identify the person on their own.

    "Anne-Marie Sørensen" -> ["Anne-Marie", "Anne", "Marie", "Sørensen"].
    """
    parts: list[str] = []
    for token in _NAME_TOKEN.findall(name):
        pieces = [token] + (token.split("-") if "-" in token else [])
        for piece in pieces:
            if len(piece) >= 2 and piece.lower() not in PARTICLES and piece not in parts:
                parts.append(piece)
    return parts


def _identifying(part: str) -> bool:
    """A part of a registered name worth looking for alone: not "Familien", not an
    organisation word (a webmail sender's name may be anything)."""
    lower = part.lower()
    return lower not in FAMILY and lower not in lexicon.NOT_NAME and not lower.endswith(lexicon.ORG_ENDINGS)


class Pseudonyms:
    """Private citizens' names -> "Borger 1", "Borger 2" … in the order registered.

    `apply(text)` replaces each full name (any letter case), "first last" of a
    longer name, and each identifying part of it (case as written, or all
    capitals), also with a genitive "s" and with initials before it ("K.E. Madsen").
    A part shared by two citizens ("Hansen") cannot say who is meant and becomes
    "[navn fjernet]".
    """

    def __init__(self, names: Iterable[str | None] = (), *, label: str = "Borger"):
        self.label = label
        self._labels: dict[str, str] = {}  # normalised full name -> label
        self._spellings: dict[str, str] = {}  # normalised full name -> as first written
        self._count = 0
        self._pattern: re.Pattern | None = None
        self._full: dict[str, str] = {}
        self._parts: dict[str, str] = {}
        self._owners: dict[str, set[str]] = {}
        self._starts: set[str] = set()
        for name in names:
            self.add(name)

    @staticmethod
    def _key(name: str) -> str:
        return " ".join(name.split()).casefold()

    def add(self, name: str | None) -> str:
        """Register a name and return its pseudonym; the same name always gets the same one.

        An empty name (an unknown citizen) still gets a number of its own.
        """
        key = self._key(name or "")
        if key and key in self._labels:
            return self._labels[key]
        self._count += 1
        label = f"{self.label} {self._count}"
        if key:
            self.alias(name or "", label)
        return label

    def alias(self, name: str, label: str) -> None:
        """Another name the same person goes by (an e-mail's display name beside the signature)."""
        key = self._key(name)
        if key and key not in self._labels:
            self._labels[key] = label
            self._spellings[key] = " ".join(name.split())
            self._pattern = None

    def get(self, name: str | None) -> str | None:
        return self._labels.get(self._key(name or ""))

    @property
    def mapping(self) -> dict[str, str]:
        """{name as written: pseudonym}."""
        return {self._spellings[k]: v for k, v in self._labels.items()}

    def _compile(self) -> None:
        full: dict[str, str] = {}
        owners: dict[str, set[str]] = {}
        for key, label in self._labels.items():
            spelled = self._spellings[key]
            full[key] = label
            tokens = [t for t in spelled.split() if t.lower() not in PARTICLES]
            if len(tokens) >= 3:  # "Jens Peter Hansen" -> also "Jens Hansen"
                full.setdefault(self._key(f"{tokens[0]} {tokens[-1]}"), label)
            for part in name_parts(spelled):
                if not _identifying(part):
                    continue
                for spelling in {part, part.upper()}:
                    owners.setdefault(spelling, set()).add(label)
        self._full = full
        self._owners = owners
        self._parts = {p: (next(iter(o)) if len(o) == 1 else NAME_REMOVED) for p, o in owners.items()}
        full_alts = "|".join(
            r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(full, key=len, reverse=True)
        )
        part_alts = "|".join(re.escape(p) for p in sorted(self._parts, key=len, reverse=True))
        alternatives = [f"(?P<full>(?i:{full_alts}))"] if full_alts else []
        if part_alts:
            alternatives.append(f"(?P<part>{part_alts})")
        self._pattern = re.compile(
            rf"(?<![{LETTER}\d@.])(?:{'|'.join(alternatives)})(?P<gen>s|'s|’s)?(?![{LETTER}\d@])"
        )
        # First words of everything the pattern can match: a cheap set lookup per word
        # decides where the (long) alternation is tried at all.
        self._starts = {
            re.split(r"[\s-]", alt, maxsplit=1)[0].casefold() for alt in list(full) + list(self._parts)
        }

    def spans(self, text: str, *, own: set[str] | None = None) -> list[Found]:
        """Where the registered names stand in `text`, each with its pseudonym.

        `own`: the pseudonyms of the people who wrote `text`. A full name is theirs wherever it
        stands; a first name or a surname alone is only taken for theirs in their own text
        (another letter's "Erik" is anyone's, and the name rules judge it there).
        """
        if not text or not self._labels:
            return []
        if self._pattern is None:
            self._compile()
        out: list[Found] = []
        done = 0
        for word in re.finditer(rf"[{LETTER}]+", text):
            if word.start() < done:
                continue
            w = word.group(0).casefold()
            if w not in self._starts and not (w.endswith("s") and w[:-1] in self._starts):
                continue
            m = self._pattern.match(text, word.start())
            if m is None:
                continue
            if m["full"] is not None:
                label = self._full.get(self._key(m["full"]), NAME_REMOVED)
            elif own is not None and not (self._owners[m["part"]] & own):
                done = m.end()
                continue
            else:
                label = self._parts[m["part"]]
            start = m.start()
            initials = INITIALS_BEFORE.search(text, max(0, start - 10), start)
            if m["part"] is not None and initials:
                start = initials.start()  # "K.E. Madsen"
            out.append(Found(start, m.end(), RedactionKind.NAME, label + ("'s" if m["gen"] else ""), True, True))
            done = m.end()
        return out

    def apply(self, text: str) -> str:
        from .spans import apply, resolve

        return apply(text, resolve(self.spans(text), text)) if text else text
