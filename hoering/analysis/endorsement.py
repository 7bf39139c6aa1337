"""A response that endorses another party's response as a whole shares its positions.

Danish consultation practice: a smaller organisation often writes "Ældre Sagen har læst
Ældrerådets høringssvar og kan tilslutte sig det i sin helhed" and adds a point or two of its
own. The endorsing letter then discusses every element the endorsed letter discusses, with
the same stance, unless it says something of its own about that element (its own reading
wins). The endorsement must be of the whole letter ("i sin helhed", "fuldt ud", "i alle
dele") to cover every element.

An endorsement can also be of another party's remarks on some elements: "FOA kan fuldt ud
tilslutte sig BUPLs bemærkninger om ledelsesstrukturen", or "Til forslagene om A og B har vi
ingen bemærkninger ud over dem, Ældrerådet har givet" (no remarks beyond the council's: the
council's remarks are theirs). Then the elements it names take the endorsed letter's
decision on them: its stance where it discusses them, its no-comment where it has one.

Pure functions over texts and tags; `hoering.endorsements` applies them to the archive.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import TagState, ThemeTag

# Finds candidates cheaply (in SQL, lowercased): every endorsement has one of these.
WHOLE_WORDS = ("helhed", "fuldt ud", "fuldt og helt", "alle dele", "alle punkter", "bemærkninger om",
               "ud over dem", "udover dem", "kommentarer om")
_WHOLE = re.compile(
    r"\bi\s+(?:sin|dets|deres|hele\s+sin)\s+helhed\b|\bfuldt\s+(?:og\s+helt|ud)\b|\bi\s+alle\s+(?:dele|punkter)\b",
    re.I)
_ENDORSE = re.compile(
    r"\b(?:tilslutte[rs]?\s+(?:\w+\s+)?(?:sig|os|mig)|kan\s+(?:\w+\s+)?tilslutte|bakke[rs]?\s+(?:\w+\s+){0,2}?op\s+om"
    r"|støtte[rs]?|er\s+(?:\w+\s+)?enige?\s+i|henholde[rs]?\s+(?:sig|os|mig)\s+til|skrive[rs]?\s+under\s+på)\b",
    re.I)
# A party's name: capitalised words, joined by "for", "i", "på" ("MED-udvalget for Hjemmeplejen").
_NAME = r"[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+(?:(?:for|i|på)\s+)?[A-ZÆØÅ][\wæøåÆØÅ-]*){0,4}"
# Whose letter: "Ældrerådets høringssvar", "høringssvaret fra Ældrerådet".
_LETTER = re.compile(
    rf"\b({_NAME})s\s+(?:høringssvar(?:et)?|svar(?:et)?|udtalelse|bemærkninger|kommentarer)\b"
    rf"|\b(?:høringssvar(?:et)?|svar(?:et)?|udtalelsen?)\s+fra\s+({_NAME})")
# Whose remarks on what: "BUPLs bemærkninger om ledelsesstrukturen".
_REMARKS = re.compile(
    rf"\b({_NAME})s\s+(?:bemærkninger|kommentarer|synspunkter)\s+(?:om|til|vedrørende|angående)\s+(.+)$")
# No remarks beyond another party's: "… ingen bemærkninger ud over dem, Ældrerådet har givet".
_BEYOND = re.compile(
    rf"\b(?:ingen|ikke)\s+(?:\w+\s+)?(?:bemærkninger|kommentarer)\s+ud\s*over\s+(?:dem|de|det),?\s+"
    rf"(?:som\s+|der\s+)?({_NAME})\s+har\s+(?:givet|afgivet|fremsat|skrevet|sendt)", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


@dataclass(frozen=True)
class Endorsement:
    name: str  # the endorsed party as written ("Ældrerådet")
    sentence: str  # the sentence that says it
    scope: str | None = None  # the words that name the elements endorsed; None: the whole letter


def endorsements(text: str) -> list[Endorsement]:
    """The sentences of `text` that endorse another party's response, or its remarks on
    some elements, in order."""
    out = []
    for m in _SENTENCE.finditer(" ".join(text.split())):
        sentence = m.group(0).strip()
        beyond = _BEYOND.search(sentence)
        if beyond is not None:
            out.append(Endorsement(beyond.group(1).strip(), sentence, sentence[: beyond.start()]))
            continue
        if not _ENDORSE.search(sentence):
            continue
        remarks = _REMARKS.search(sentence.rstrip(".!"))
        if remarks is not None and not _WHOLE_OF_IT.match(remarks.group(2)):
            out.append(Endorsement(remarks.group(1).strip(), sentence, remarks.group(2)))
            continue
        letter = _LETTER.search(sentence)
        if letter is not None and _WHOLE.search(sentence):
            out.append(Endorsement((letter.group(1) or letter.group(2)).strip(), sentence))
    return out


# Remarks "til forslaget" are on the whole proposal: an endorsement of the letter.
_WHOLE_OF_IT = re.compile(r"\s*(?:hele\s+)?(?:forslaget|forslagene|planen|høringen|høringsmaterialet)\b", re.I)


def endorsement(text: str) -> Endorsement | None:
    """The first endorsement of another party's whole response in `text`."""
    return next((e for e in endorsements(text) if e.scope is None), None)


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
          order: Sequence[str], named: Sequence[str] = ()) -> list[ThemeTag]:
    """The endorsing response's tags. A whole-letter endorsement: its own, and every element
    the endorsed letter discusses that it does not address itself (neither discussed nor
    declined), with the endorsed letter's stance and the endorsement sentence as evidence.
    An endorsement of remarks on the elements `named`: each of those takes the endorsed
    letter's decision (its stance, or its no-comment where the endorsing letter does not
    discuss the element). In codebook order."""
    by_key = {t.key: t for t in own}
    theirs = {t.key: t for t in endorsed_tags}
    if said.scope is None:
        for tag in endorsed_tags:
            if tag.state == TagState.DISCUSSES and tag.key not in by_key:
                by_key[tag.key] = _shared(tag, said, None)
    for key in named:
        tag = theirs.get(key)
        mine = by_key.get(key)
        if tag is None or (tag.state != TagState.DISCUSSES and mine is not None
                           and mine.state == TagState.DISCUSSES):
            continue
        by_key[key] = _shared(tag, said, mine if mine is not None and mine.state == TagState.DISCUSSES else None)
    rank = {k: i for i, k in enumerate(order)}
    return sorted(by_key.values(), key=lambda t: (rank.get(t.key, len(rank)), t.key))


def _shared(tag: ThemeTag, said: Endorsement, mine: ThemeTag | None) -> ThemeTag:
    """The endorsed letter's decision on an element, as the endorsing letter's: with its own
    evidence where it discusses the element too, else the endorsement sentence."""
    if tag.state != TagState.DISCUSSES:
        return ThemeTag(tag.key, tag.state, tag.stance, [said.sentence], [said.name])
    if mine is not None:
        evidence = [said.sentence] + [e for e in mine.evidence if e != said.sentence]
        return dataclasses.replace(mine, stance=tag.stance, evidence=evidence,
                                   stance_cues=list(tag.stance_cues), confidence=tag.confidence)
    return ThemeTag(tag.key, TagState.DISCUSSES, tag.stance, [said.sentence], [said.name],
                    stance_cues=list(tag.stance_cues), confidence=tag.confidence)
