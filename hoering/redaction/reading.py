"""What the Danish layer reads in one text for redaction, kept so it is read only once.

Redaction needs spaCy for two things only: the names of private persons a text mentions
(`names.find_names`) and its special-category terms with the words around them
(`special.special_terms`). Both depend on nothing but the text and whether it is read as a
private person's letter, so a `Reading` of them can be kept under `key(text, citizen)` and used
again by every later note of an unchanged text: tokenising every letter of a consultation
again was most of the time a note took. What depends on the whole note (the citizens'
pseudonyms, which tie a special-category term to a person) is applied to the reading each
time (`special.Term.tie`), so a kept reading gives exactly the spans a fresh one does.

The contact-data patterns (`patterns.contact_spans`) run over every character of every text;
their spans depend on the text and on whether addresses are wanted, and are kept the same way
(`contacts`).

A reading is stored as JSON (`to_json`/`from_json`) under `version()`, the hash of the rules'
code, the name lists and the Danish layer: a change to any of them reads every text again.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import RedactionKind
from .names import FoundName
from .spans import Found
from .special import Term

# key(text, citizen) -> Reading.to_json(); key(text, addresses) + ":contact" -> contact spans
Readings = MutableMapping[str, list]


@dataclass(frozen=True)
class Reading:
    names: tuple[FoundName, ...]
    terms: tuple[Term, ...]

    def to_json(self) -> list:
        return [
            [[n.span.start, n.span.end, n.span.kind.value, n.span.replacement, n.span.sure, n.span.known,
              n.name, n.parts] for n in self.names],
            [[t.kind.value, t.start, t.stop, t.union, t.cue, t.weak, list(t.near)] for t in self.terms],
        ]  # fmt: skip

    @classmethod
    def from_json(cls, value: list) -> Reading:
        names, terms = value
        return cls(
            tuple(FoundName(Found(s, e, RedactionKind(k), r, sure, known), name, list(parts))
                  for s, e, k, r, sure, known, name, parts in names),
            tuple(Term(RedactionKind(k), s, e, union, cue, weak, tuple(near))
                  for k, s, e, union, cue, weak, near in terms),
        )  # fmt: skip


def read(text: str, citizen: bool) -> Reading:
    """Names and special-category terms in `text` (spaCy's Danish layer)."""
    from ..analysis.danish import nlp
    from .names import find_names
    from .special import special_terms
    from .tokens import light

    doc = nlp()(text)
    toks, sentences = light(doc, text)  # one array read for both, no spaCy object per token
    return Reading(tuple(find_names(doc, text, citizen=citizen, toks=toks)),
                   tuple(special_terms(doc, citizen=citizen, toks=toks, text=text, sentences=sentences)))  # fmt: skip


def key(text: str, citizen: bool) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() + (":c" if citizen else ":o")


def contacts(text: str, addresses: bool, readings: Readings | None) -> list[Found]:
    """`patterns.contact_spans(text, addresses=addresses)`, kept like a reading: the patterns
    run over every character of every text, which a later note need not do again."""
    from .patterns import contact_spans

    if readings is None:
        return contact_spans(text, addresses=addresses)
    k = key(text, addresses) + ":contact"
    kept = readings.get(k)
    if kept is not None:
        return [Found(s, e, RedactionKind(kind), r, sure, known) for s, e, kind, r, sure, known in kept]
    found = contact_spans(text, addresses=addresses)
    readings[k] = _spans_json(found)
    return found


def _spans_json(found: Sequence[Found]) -> list:
    return [[f.start, f.end, f.kind.value, f.replacement, f.sure, f.known] for f in found]


def reading(text: str, citizen: bool, readings: Readings | None) -> Reading:
    """The kept reading of `text`, else a new one (then kept in `readings`)."""
    if readings is None:
        return read(text, citizen)
    k = key(text, citizen)
    kept = readings.get(k)
    if kept is not None:
        return Reading.from_json(kept)
    found = read(text, citizen)
    readings[k] = found.to_json()
    return found


def read_ahead(texts: Sequence[tuple[str, bool]], readings: Readings,
               progress: Callable[[int, int], None] | None = None) -> None:
    """Read each (text, citizen) of `texts` that `readings` does not hold yet and keep its
    reading there, and its contact spans (`contacts(text, citizen, …)`: the redactor asks for
    a private person's addresses exactly where it reads the text as a citizen's), the texts
    shared among the cores (`forked.chunked`): each text's reading is its own, and reading a
    consultation's letters is most of what its first note takes. `progress(done, total)` is
    told, from this process's share, about how many are read."""
    keyed = {key(t, c): (t, c) for t, c in texts if t}
    todo = [(k, item) for k, item in keyed.items() if k not in readings or k + ":contact" not in readings]
    if not todo:
        return
    from ..analysis.danish import nlp
    from ..forked import chunked
    from ..tokenised import tokenised_quietly
    from . import lexicon
    from .patterns import contact_spans
    from .special import _matchers

    # Loaded before a fork, so the processes share them instead of each loading its own.
    _matchers(nlp())
    lexicon.first_names(), lexicon.surnames(), lexicon.places()
    parent = os.getpid()

    def work(a: int, b: int) -> list:
        out = []
        # A letter's parse is hundreds of thousands of small objects with no cycles among
        # them: the cyclic collector, run every few hundred allocations, walked them again
        # and again.
        with tokenised_quietly():
            for i in range(a, b):
                k, (text, citizen) = todo[i]
                found = None if k in readings else read(text, citizen).to_json()
                spans = None if k + ":contact" in readings else contact_spans(text, addresses=citizen)
                out.append((found, None if spans is None else _spans_json(spans)))
                if progress is not None and os.getpid() == parent:
                    # This process reads one share; the others keep about its pace.
                    progress(min(len(todo), (i - a + 1) * len(todo) // max(1, b - a)), len(todo))
        return out

    for (k, _), (found, spans) in zip(todo, chunked(work, len(todo), least=_LEAST), strict=True):
        if found is not None:
            readings[k] = found
        if spans is not None:
            readings[k + ":contact"] = spans


# A long letter takes tens of milliseconds to read: a fork (~10 ms, the readings pickled
# back) pays from a few dozen texts on.
_LEAST = 50


@functools.cache
def version() -> str:
    """The rules' code, the name lists' package and the Danish layer: what a reading depends on."""
    from ..analysis import danish
    from . import lexicon, names, patterns, spans, special, tokens

    digest = hashlib.sha256(danish.ANALYSER_VERSION.encode())
    for package in ("faker", "spacy"):
        try:
            digest.update(f"{package}/{importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    for module in (danish, lexicon, names, patterns, spans, special, tokens):  # patterns: the contact spans
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()
