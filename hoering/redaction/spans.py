"""What a detector found: a stretch of text to replace, and how the stretches are combined.

Every detector (`patterns`, `names`, `special`) reports `Found` spans on the original text;
`resolve` keeps, where two overlap, the one of the stronger kind (an e-mail address before
the name inside it, an address before the surname in "Hansens Vej 3"), and `apply` writes the
published text. Working on spans of the original, rather than substituting one pattern after
another, is what lets the `Redactor` say exactly what it removed and where.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import RedactionKind

CPR_REMOVED = "[CPR-nr. fjernet]"
EMAIL_REMOVED = "[e-mail fjernet]"
PHONE_REMOVED = "[telefonnr. fjernet]"
ADDRESS_REMOVED = "[adresse fjernet]"
NAME_REMOVED = "[navn fjernet]"
PLATE_REMOVED = "[nummerplade fjernet]"
MANUAL_REMOVED = "[tekst fjernet]"

# Special categories are replaced by what they are, so the sentence still reads.
MARKERS = {
    RedactionKind.CPR: CPR_REMOVED,
    RedactionKind.EMAIL: EMAIL_REMOVED,
    RedactionKind.PHONE: PHONE_REMOVED,
    RedactionKind.ADDRESS: ADDRESS_REMOVED,
    RedactionKind.NAME: NAME_REMOVED,
    RedactionKind.PLATE: PLATE_REMOVED,
    RedactionKind.HEALTH: "[helbredsoplysning]",
    RedactionKind.UNION: "[fagforeningsforhold]",
    RedactionKind.RELIGION: "[religion]",
    RedactionKind.ETHNICITY: "[etnisk oprindelse]",
    RedactionKind.ORIENTATION: "[seksuel orientering]",
    RedactionKind.MANUAL: MANUAL_REMOVED,
}

# Which detector wins an overlap: contact data first (its patterns are the most exact), then
# a known citizen's name, then other names, then the special categories.
_PRIORITY = {
    RedactionKind.MANUAL: -1,  # a person's decision; the Redactor already merged what it overlaps
    RedactionKind.EMAIL: 0,
    RedactionKind.CPR: 1,
    RedactionKind.PHONE: 2,
    RedactionKind.PLATE: 3,
    RedactionKind.ADDRESS: 4,
    RedactionKind.NAME: 5,
}


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: RedactionKind
    replacement: str
    sure: bool = True
    known: bool = False  # a name registered beforehand (a citizen sender): beats a guessed one

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end


def _rank(found: Found) -> tuple:
    return (_PRIORITY.get(found.kind, 6) - (0.5 if found.known else 0), found.start, -(found.end - found.start))


def merge_same(spans: list[Found]) -> list[Found]:
    """Overlapping spans of one kind and replacement become one (an address's street and its
    postcode, found by two patterns)."""
    out: list[Found] = []
    for f in sorted(spans, key=lambda f: (f.kind, f.replacement, f.start)):
        last = out[-1] if out else None
        if last and last.kind == f.kind and last.replacement == f.replacement and f.start < last.end:
            out[-1] = Found(last.start, max(last.end, f.end), f.kind, f.replacement,
                            last.sure and f.sure, last.known or f.known)  # fmt: skip
        else:
            out.append(f)
    return out


def resolve(spans: list[Found], text: str) -> list[Found]:
    """The spans of `text` to apply, in text order, none overlapping."""
    kept: list[Found] = []
    for f in sorted(merge_same(spans), key=_rank):
        if f.end <= f.start:
            continue
        clashes = [k for k in kept if f.overlaps(k)]
        if not clashes:
            kept.append(f)
        elif f.kind == RedactionKind.NAME and len(clashes) == 1 and clashes[0].kind == RedactionKind.NAME:
            # "Anne-Marie Jørgensen" read as one name, "Jørgensen" known as Borger 2: the whole
            # name is Borger 2's, or the first name would be left standing.
            k = clashes[0]
            wider = Found(min(k.start, f.start), max(k.end, f.end), k.kind, k.replacement, k.sure, k.known)
            if not any(wider.overlaps(o) for o in kept if o is not k):
                kept[kept.index(k)] = wider
    kept.sort(key=lambda f: f.start)
    return _join_repeats(kept, text)


def _join_repeats(spans: list[Found], text: str) -> list[Found]:
    # "Marie Sørensen" of "Anne-Marie Sørensen" gives "Borger 3 Borger 3": say it once. Only
    # known names repeat like that; the text between must be blank.
    out: list[Found] = []
    for f in spans:
        last = out[-1] if out else None
        if (last and last.known and f.known and last.replacement == f.replacement
                and not text[last.end : f.start].strip()):
            out[-1] = Found(last.start, f.end, f.kind, f.replacement, last.sure and f.sure, True)
        else:
            out.append(f)
    return out


def apply(text: str, spans: list[Found]) -> str:
    """`text` with each (resolved) span replaced."""
    out: list[str] = []
    done = 0
    for f in spans:
        out.append(text[done : f.start])
        out.append(f.replacement)
        done = f.end
    out.append(text[done:])
    return "".join(out)
