"""The publication rules of one note: every text it takes from the export, fit to publish.

Published (not `internal`):

* control characters out (every format);
* CPR numbers, e-mail addresses, phone numbers and licence plates out of everyone's text;
* in a private person's text (`publication.publishes_as_citizen`: unknown means private)
  also street addresses, the names of the other people the letter mentions, and special
  categories of personal data tied to a person (health, union membership, religion, ethnic
  origin, sexual orientation);
* in an organisation's text, the names and special categories of people it names by their
  relation ("min søn …", "fru …"); its own signatories and the organisations stay;
* the citizens who wrote are "Borger 1", "Borger 2" … wherever their names occur, unless the
  consultation publishes citizens' names (`publish_citizen_names`).

Internal: only the control characters go.

A response is read whole once (`_full`): what its full text says is a name or a diagnosis is
then also taken out of its résumé and its quoted sentences, where the words that gave it away
("min søn …") may be missing. Everything taken out is recorded as a `Redaction`
(`Redactor.redactions`) for the person who checks the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import ManualAction, Redaction, RedactionKind, SenderSource, Status
from .names import literal_spans, looks_like_person
from .patterns import contact_spans
from .pseudonyms import Pseudonyms
from .publication import publishes_as_citizen
from .reading import Readings, contacts, read_ahead, reading
from .spans import MANUAL_REMOVED, Found, apply, resolve

if TYPE_CHECKING:
    from ..export import ConsultationExport, ExportedResponse

_CONTEXT = 40  # characters either side of a redaction in its record


def redact(text: str, *, names: Sequence[str] = (), addresses: bool = True) -> str:
    """Text fit for publication: contact data removed and each of `names` replaced
    by "Borger 1", "Borger 2" … in the order given.

    `addresses=False` keeps street addresses (organisations' texts); CPR numbers,
    e-mail addresses, phone numbers and licence plates are always removed. The names of
    others and special categories need the whole note's rules: `Redactor`.
    """
    if not text:
        return text
    spans = contact_spans(text, addresses=addresses)
    if names:
        spans += Pseudonyms(names).spans(text)
    return apply(text, resolve(spans, text))


@dataclass
class _Full:
    """What one response's full text gave away, to find again in its other texts."""

    text: str
    spans: list[Found]  # names and special categories in `text`
    words: dict[str, tuple[RedactionKind, str, bool]]  # original -> kind, replacement, sure


class Redactor:
    """The publication rules of one note, for every piece of text it takes from the export
    (see the module docstring). `senders` holds each response's sender as published;
    `redactions` what was taken out so far."""

    UNKNOWN_SENDER = "Ukendt afsender"

    def __init__(self, export: ConsultationExport, *, internal: bool):
        self.internal = internal
        # What the Danish layer read in the texts before (`reading.py`): kept by the export,
        # which the caller may store for the next note; new readings are added to it.
        self.readings: Readings | None = getattr(export, "readings", None)
        self.publish_names = export.config.publish_citizen_names
        self.pseudonyms = None if internal or self.publish_names else Pseudonyms()
        self._responses = {r.number: r for r in export.responses}
        self._citizen = {r.number: publishes_as_citizen(r, self._email(r)) for r in export.responses}
        self._records: dict[tuple, Redaction] = {}
        self._labels: dict[int, str] = {}  # response number -> its citizen's pseudonym
        self._own_names: dict[int, list[str]] = {}  # a sender's name found only in its own texts
        self._full: dict[int, _Full] = {}
        self._clean: dict[int, str] = {}  # response number -> its text, cleaned by `read_ahead`
        # A person's decisions per response number (`hoering redact`): texts always removed,
        # and texts the rules must leave alone.
        self._manual: dict[int, dict[ManualAction, list[re.Pattern]]] = {}
        if not internal:
            for m in export.manual_redactions:
                action = ManualAction(m.action)
                self._manual.setdefault(m.number, {}).setdefault(action, []).append(manual_pattern(m.text))
        # Never taken for a private person: the consulted parties, and the citizens whose
        # names the consultation publishes.
        kept = list(export.config.parties)
        if self.publish_names:
            kept += [n for r in export.responses if self.is_citizen(r) for n in (r.sender, r.from_name) if n]
        self._kept = _literal_pattern(n for n in kept if n and n.strip())
        # Every sender is named before any text is cleaned, in response order, so each
        # citizen's number is fixed and their name is replaced wherever it occurs, also in
        # another response's text.
        self.senders: dict[int, str] = {r.number: self._sender(r) for r in export.responses}

    @property
    def redactions(self) -> list[Redaction]:
        """What the published texts left out so far, in the order met."""
        return list(self._records.values())

    def _own(self, number: int | None) -> set[str] | None:
        """The pseudonyms of those who wrote response `number` (its e-mail's sender too)."""
        if number is None:
            return None
        response = self._responses.get(number)
        email = self._email(response) if response is not None else None
        return {self._labels[n] for n in (number, email.number if email else None) if n in self._labels}

    def _email(self, response: ExportedResponse) -> ExportedResponse | None:
        return self._responses.get(response.via_email) if response.via_email else None

    def is_citizen(self, response: ExportedResponse | None) -> bool:
        """Published as a private person's: unknown means private (`publication`)."""
        if response is None:
            return True
        known = self._citizen.get(response.number)
        return publishes_as_citizen(response, self._email(response)) if known is None else known

    def _sender(self, response: ExportedResponse) -> str:
        name = clean_chars(response.sender).strip()
        if not self.is_citizen(response):
            return name or self.UNKNOWN_SENDER
        if self.pseudonyms is None:
            return self.text(name, number=response.number) or self.UNKNOWN_SENDER
        if looks_like_person(name):
            label = self.pseudonyms.add(name)
        else:
            # Not a person's name: a file name's words ("Mentor"), a household's ("Bakkegården").
            # Only a name the letter itself gave is looked for, and only in this response's texts:
            # registered everywhere, "Mentor" would replace every mentor in the note.
            label = self.pseudonyms.add(None)
            if name and response.sender_source not in (SenderSource.FILENAME, SenderSource.UNKNOWN):
                self._own_names.setdefault(response.number, []).append(name)
        self._labels[response.number] = label
        email = self._email(response)
        for alias in (response.from_name, email.from_name if email else None):
            if alias and looks_like_person(alias) and self.is_citizen(email or response):
                self.pseudonyms.alias(clean_chars(alias).strip(), label)
        if name:
            self._record(response.number, Found(0, len(name), RedactionKind.NAME, label), name, "Afsender: " + name)
        return label

    def read_ahead(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Read the full text and the résumé of every response the note shows for names and
        special categories now, on every core (`reading.read_ahead`), rather than one by one
        as the note asks: the same readings, kept in `readings`, in a fraction of the time."""
        if self.internal or self.readings is None:
            return
        texts = []
        for r in self._responses.values():
            if r.status in (Status.OK, Status.DUPLICATE):
                citizen = self.is_citizen(r)
                self._clean[r.number] = clean_chars(r.text)  # what `_full_reading` reads
                texts += [(self._clean[r.number], citizen), (clean_chars(r.summary), citizen)]
        read_ahead(texts, self.readings, progress)

    # --- text ----------------------------------------------------------------------------

    def text(self, text: str | None, *, citizen: bool = True, number: int | None = None) -> str:
        """`text` fit for this note. `citizen=False`: an organisation's text (its address and
        its signatories stay). `number`: the response the text comes from, so what its full
        text gave away is found here too, and the record says whose it is."""
        text = clean_chars(text)
        if self.internal or not text:
            return text
        spans = contacts(text, citizen, self.readings)
        if self.pseudonyms is not None:
            spans += self.pseudonyms.spans(text, own=self._own(number))
            spans += self._own_name_spans(text, number)
        spans += self._personal(text, citizen, number)
        # Only a guessed span can be one of the kept names: without one there is nothing to look for.
        if self._kept is not None and any(s.kind in _GUESSED for s in spans):
            kept = [(m.start(), m.end()) for m in self._kept.finditer(text)]
            spans = [s for s in spans if not (s.kind in _GUESSED and any(s.start < e and b < s.end for b, e in kept))]
        spans = self._manual_spans(spans, text, number)
        resolved = resolve(spans, text)
        for f in resolved:
            self._record(number, f, text[f.start : f.end], _context(text, f.start, f.end))
        return apply(text, resolved)

    def _manual_spans(self, spans: list[Found], text: str, number: int | None) -> list[Found]:
        """A person's decisions laid over the rules' spans: what is kept stays (a span of the
        rules inside it is dropped), what is removed goes whole, together with any span of
        the rules it overlaps (so no part of either is left standing)."""
        decisions = self._manual.get(number) if number is not None else None
        if not decisions:
            return spans
        kept = [(m.start(), m.end()) for p in decisions.get(ManualAction.KEEP, []) for m in p.finditer(text)]
        spans = [s for s in spans if not any(b <= s.start and s.end <= e for b, e in kept)]
        removed = [(m.start(), m.end()) for p in decisions.get(ManualAction.REDACT, []) for m in p.finditer(text)]
        for start, end in sorted(removed):
            grown = True
            while grown:
                grown = False
                for s in [s for s in spans if s.start < end and start < s.end]:
                    if s.kind == RedactionKind.MANUAL:
                        continue
                    spans.remove(s)
                    start, end, grown = min(start, s.start), max(end, s.end), True
            spans.append(Found(start, end, RedactionKind.MANUAL, MANUAL_REMOVED))
        return spans

    def _own_name_spans(self, text: str, number: int | None) -> list[Found]:
        response = self._responses.get(number) if number is not None else None
        if response is None:
            return []
        email = self._email(response)
        out: list[Found] = []
        for n in (number, email.number if email else None):
            for name in self._own_names.get(n, []):
                for f in literal_spans(text, {name: True}):
                    label = self._labels[n] + ("'s" if f.replacement.endswith("'s") else "")
                    out.append(Found(f.start, f.end, RedactionKind.NAME, label, True, True))
        return out

    def _personal(self, text: str, citizen: bool, number: int | None) -> list[Found]:
        """Names and special categories: read here, and what the response's full text gave away."""
        full = self._full_reading(number)
        if full is not None and full.text == text:
            return list(full.spans)
        spans, _ = _read(text, citizen, self.pseudonyms, self._own(number), self.readings)
        if full is not None and full.words:
            for original, (kind, replacement, sure) in full.words.items():
                for f in literal_spans(text, {original: sure}):
                    base = replacement if kind != RedactionKind.NAME else f.replacement
                    spans.append(Found(f.start, f.end, kind, base, sure))
        return spans

    def _full_reading(self, number: int | None) -> _Full | None:
        if number is None or number not in self._responses:
            return None
        if number not in self._full:
            response = self._responses[number]
            text = self._clean.pop(number, None)
            text = clean_chars(response.text) if text is None else text
            citizen = self.is_citizen(response)
            spans, names = _read(text, citizen, self.pseudonyms, self._own(number), self.readings) if text else ([], {})
            words: dict[str, tuple[RedactionKind, str, bool]] = {}
            for f in spans:
                original = text[f.start : f.end]
                if f.kind != RedactionKind.NAME and len(original) >= 3:
                    words.setdefault(original, (f.kind, f.replacement, f.sure))
            for name, sure in names.items():
                words.setdefault(name, (RedactionKind.NAME, "", sure))
            self._full[number] = _Full(text, spans, words)
        return self._full[number]

    def _record(self, number: int | None, f: Found, original: str, context: str) -> None:
        key = (number, f.kind, original, context)
        if key not in self._records:
            self._records[key] = Redaction(number, f.kind, original, f.replacement, context, f.sure)


_GUESSED = frozenset(RedactionKind) - {RedactionKind.EMAIL, RedactionKind.CPR, RedactionKind.PHONE, RedactionKind.MANUAL,
                                       RedactionKind.PLATE, RedactionKind.ADDRESS}  # fmt: skip


def _read(
    text: str, citizen: bool, pseudonyms: Pseudonyms | None, own: set[str] | None, readings: Readings | None = None
) -> tuple[list[Found], dict[str, bool]]:
    """Other people's names in `text`, every occurrence of each, and the special categories
    tied to them or to the writer; and the names found, each with its single words ({name: sure}).
    What the Danish layer reads is taken from `readings` when it read this text before."""
    read = reading(text, citizen, readings)
    found = read.names
    spans = [n.span for n in found]
    # A name found once ("min søn Magnus") is found everywhere in the text ("Magnus har …").
    again = {n.name: n.span.sure for n in found}
    for n in found:
        for part in n.parts:
            again.setdefault(part, n.span.sure)
    spans += literal_spans(text, again)
    persons = [(s.start, s.end) for s in spans]
    if pseudonyms is not None:
        persons += [(s.start, s.end) for s in pseudonyms.spans(text, own=own)]
    spans += [f for f in (term.found(persons) for term in read.terms) if f is not None]
    return spans, again


def manual_pattern(text: str) -> re.Pattern:
    """A person's text as written, any letter case and spacing, also inside a longer word
    (removing "Jens" also removes it from "Jensen": the safe mistake)."""
    return re.compile(r"\s+".join(re.escape(w) for w in text.split()), re.IGNORECASE)


def _literal_pattern(phrases) -> re.Pattern | None:
    """Any of `phrases` as written (any letter case, any spacing), as whole words."""
    alternatives = sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def clean_chars(text: str | None) -> str:
    # The note's text hygiene; imported here, not at the top, because hoering.note imports us.
    from ..note.text import clean_chars as clean

    return clean(text)


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    window = " ".join(text[lo:hi].split())
    return ("…" if lo else "") + window + ("…" if hi < len(text) else "")
