"""A response that endorses another party's response as a whole shares its positions.

Danish consultation practice: a smaller organisation often writes "Ældre Sagen har læst
Ældrerådets høringssvar og kan tilslutte sig det i sin helhed" and adds a point or two of its
own. The endorsing letter then discusses every element the endorsed letter discusses, with
the same stance, unless it says something of its own about that element (its own reading
wins). The endorsement must be of the whole letter ("i sin helhed", "fuldt ud", "i alle
dele"): backing one remark of another party ("Vi støtter Ældrerådets bemærkninger om
prisen") is a position on that element, read as any other.

Pure functions over texts and tags; `hoering.endorsements` applies them to the archive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import TagState, ThemeTag

# Finds candidates cheaply (in SQL, lowercased): every endorsement has one of these.
WHOLE_WORDS = ("helhed", "fuldt ud", "fuldt og helt", "alle dele", "alle punkter")
_WHOLE = re.compile(
    r"\bi\s+(?:sin|dets|deres|hele\s+sin)\s+helhed\b|\bfuldt\s+(?:og\s+helt|ud)\b|\bi\s+alle\s+(?:dele|punkter)\b",
    re.I)
_ENDORSE = re.compile(
    r"\b(?:tilslutte[rs]?\s+(?:\w+\s+)?(?:sig|os|mig)|kan\s+(?:\w+\s+)?tilslutte|bakke[rs]?\s+(?:\w+\s+){0,2}?op\s+om"
    r"|støtte[rs]?|er\s+(?:\w+\s+)?enige?\s+i|henholde[rs]?\s+(?:sig|os|mig)\s+til|skrive[rs]?\s+under\s+på)\b",
    re.I)
_NAME = r"[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*){0,3}"
# Whose letter: "Ældrerådets høringssvar", "høringssvaret fra Ældrerådet".
_LETTER = re.compile(
    rf"\b({_NAME})s\s+(?:høringssvar(?:et)?|svar(?:et)?|udtalelse)\b"
    rf"|\b(?:høringssvar(?:et)?|svar(?:et)?|udtalelsen?)\s+fra\s+({_NAME})")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


@dataclass(frozen=True)
class Endorsement:
    name: str  # the endorsed party as written ("Ældrerådet")
    sentence: str  # the sentence that says it


def endorsement(text: str) -> Endorsement | None:
    """The first sentence of `text` that endorses another party's whole response."""
    for m in _SENTENCE.finditer(" ".join(text.split())):
        sentence = m.group(0).strip()
        if not (_WHOLE.search(sentence) and _ENDORSE.search(sentence)):
            continue
        letter = _LETTER.search(sentence)
        if letter is not None:
            return Endorsement((letter.group(1) or letter.group(2)).strip(), sentence)
    return None


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def endorsed(name: str, own: int, candidates: Sequence[tuple[int, Sequence[str | None]]]) -> list[int]:
    """Which of `candidates` (an id and the names it goes by: party, sender) wrote the
    endorsed letter: a name that is the one written, or starts with it ("Ældre Sagen" for
    "Ældre Sagen Ravnsø"). Not `own`, nor a letter of the endorsing party itself."""
    wanted = _key(name)
    own_names = {_key(n) for i, names in candidates if i == own for n in names if n}
    found = []
    for i, names in candidates:
        keys = {_key(n) for n in names if n}
        if i == own or keys & own_names:
            continue
        if any(k == wanted or k.startswith(wanted + " ") for k in keys):
            found.append(i)
    return found


def share(own: Sequence[ThemeTag], endorsed_tags: Sequence[ThemeTag], said: Endorsement,
          order: Sequence[str]) -> list[ThemeTag]:
    """The endorsing response's tags: its own, and every element the endorsed letter
    discusses that it does not address itself (neither discussed nor declined), with the
    endorsed letter's stance and the endorsement sentence as evidence. In codebook order."""
    by_key = {t.key: t for t in own}
    for tag in endorsed_tags:
        if tag.state != TagState.DISCUSSES or tag.key in by_key:
            continue
        by_key[tag.key] = ThemeTag(tag.key, TagState.DISCUSSES, tag.stance, [said.sentence], [said.name],
                                   stance_cues=list(tag.stance_cues), confidence=tag.confidence)
    rank = {k: i for i, k in enumerate(order)}
    return sorted(by_key.values(), key=lambda t: (rank.get(t.key, len(rank)), t.key))
