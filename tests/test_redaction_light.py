"""Redaction's reading of a text from one array of the parse (`redaction.tokens.light`) finds
exactly what reading spaCy's own token objects found: the same names, the same special-category
terms with the same words around them, on citizens' and organisations' letters. And reading a
consultation's texts ahead, shared among processes (`reading.read_ahead`), keeps the same
readings and contact spans as reading them one by one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import redaction_letters as letters

from hoering.analysis.danish import nlp
from hoering.redaction import reading, special
from hoering.redaction.names import find_names
from hoering.redaction.tokens import light

OWN = [
    # A signature of two names on one line, an address block, a CPR number, health words.
    "Kære udvalg\n\nVi er meget imod lukningen. Vores søn Magnus har autisme og er psykisk sårbar, "
    "og hans læge, Hanne Brix, siger det samme.\n\nMed venlig hilsen\nHodan og Karsten Riis\n"
    "Bakkevej 7, st. th.\n4420 Regstrup\nCPR 150348-1236",
    # Phrases split by a line break or two spaces are not the phrase, as spaCy reads them.
    "Min datter Ida er psykisk\nsyg, og min mand  har  cerebral parese. Jeg  er medlem af 3F og\n"
    "af somalisk oprindelse.\n\nHilsen\nFatima Yusuf Hansen",
    # An organisation's letter: its signatories stay, a named relation goes.
    "Høringssvar fra Ældrerådet\n\nFru Jensen, hvis søn er døv, har bedt os skrive. Han er medlem "
    "af FOA.\n\nPå vegne af bestyrelsen\nPreben Dahl, formand\nKarin Søndergaard, kasserer",
    # Sentence starts after abbreviations and a heading line; a genitive; a muslim of etnisk herkomst.
    "Ang. mentorordningen\nJeg har talt m.fl. med Per. Storm's mor er muslim og af etnisk dansk "
    "herkomst, og Yusufs far er flygtning.\n\n\nMvh.\nA. B. Christensen",
    # A private sender quoted by another, contact data, a heading in title case, a union in a
    # sentence with a public role, a hyphen run in an organisation's name.
    "Som Birthe Kjærgaard skrev i sit høringssvar: »Min mand Ole er diabetiker.«\n"
    "Ring på 23 45 67 89 eller skriv til ole.k@mail.dk. Bilen har nummerplade AB 12 345.\n\n"
    "Det Gode Liv For Alle Borgere I Kommunen\nFormand for Ældrerådet, Jørgen Østergaard, er medlem af HK.\n"
    "Dansk Handicap-Forbund og Landsforeningen Autisme støtter os.\nJeg bor på Kirkebakken 2, 1. tv, 4450 Jyderup.",
    "",
    "   \n\n  ",
]


def _letters() -> list[str]:
    items = letters.Items()
    out = []
    for name in dir(letters):
        value = getattr(letters, name)
        if name[:1] in "CO" and name[1:2].isdigit():
            out.append(items.letter("\n\n".join(value) if isinstance(value, list) else value))
    return out


def _spacy_tokens(text: str, citizen: bool) -> list:
    """The reading from spaCy's own objects: `list(doc)`, `Doc.text`, `Doc.sents`."""
    doc = nlp()(text)
    toks = list(doc)
    return reading.Reading(tuple(find_names(doc, text, citizen=citizen, toks=toks)),
                           tuple(special.special_terms(doc, citizen=citizen, toks=toks))).to_json()  # fmt: skip


TEXTS = _letters() + OWN


@pytest.mark.parametrize("citizen", [True, False])
def test_the_light_view_reads_what_spacy_tokens_read(citizen: bool) -> None:
    assert len(TEXTS) > 16
    found = 0
    for text in TEXTS:
        expected = _spacy_tokens(text, citizen)
        assert reading.read(text, citizen).to_json() == expected, text[:60]
        found += len(expected[0]) + len(expected[1])
    assert found > 40  # the letters do name people and special categories


def test_the_light_view_has_spacys_fields() -> None:
    for text in TEXTS:
        doc = nlp()(text)
        toks, sentences = light(doc, text)
        assert [(t.text, t.idx, t.lower_, t.is_alpha, t.is_space, bool(t.is_sent_start)) for t in doc] == [
            (t.text, t.idx, t.lower_, t.is_alpha, t.is_space, t.is_sent_start) for t in toks
        ]
        assert sentences == special._sentences(doc, len(doc))


def test_the_matchers_are_skipped_only_where_they_find_nothing() -> None:
    phrases, patterns = special._matchers(nlp())
    matched = 0
    for text in TEXTS:
        doc = nlp()(text)
        needs_phrases, needs_patterns = special._may_match({t.lower_ for t in doc})
        matched += bool(phrases(doc)) + bool(patterns(doc))
        assert needs_phrases or not phrases(doc), text[:60]
        assert needs_patterns or not patterns(doc), text[:60]
    assert matched >= 3


def test_reading_ahead_in_processes_keeps_the_readings_of_one_by_one(monkeypatch) -> None:
    texts = [(t, c) for t in TEXTS for c in (True, False)]
    one_by_one = {reading.key(t, c): reading.read(t, c).to_json() for t, c in texts if t}
    # The contact spans too, as `reading.contacts` keeps them (addresses in a citizen's text).
    contacts: dict[str, list] = {}
    for t, c in texts:
        if t:
            reading.contacts(t, c, contacts)
    assert any(contacts.values())
    monkeypatch.setattr(reading, "_LEAST", 1)  # share even these few among the processes
    told = []
    ahead: dict[str, list] = {}
    reading.read_ahead(texts, ahead, lambda done, total: told.append((done, total)))
    assert ahead == one_by_one | contacts
    assert told and told[-1][0] <= told[-1][1] == len(one_by_one)
    before = dict(ahead)
    reading.read_ahead(texts, ahead, lambda done, total: told.append("again"))
    assert ahead == before and "again" not in told  # nothing left to read


def test_a_note_read_ahead_is_the_note_read_one_by_one(monkeypatch) -> None:
    import dataclasses
    import json
    from datetime import date
    from pathlib import Path

    from hoering.export import ConsultationExport
    from hoering.note import build_note

    sample = json.loads((Path(__file__).parent / "data" / "export_sample.json").read_text(encoding="utf-8"))
    export = ConsultationExport.from_json(sample)
    monkeypatch.setattr(reading, "_LEAST", 1)  # shared among the processes even for these few
    told: list[tuple[int, int]] = []
    ahead = build_note(dataclasses.replace(export, readings={}), today=date(2018, 11, 5),
                       progress=lambda done, total: told.append((done, total)))  # fmt: skip
    # No readings to keep: nothing is read ahead, every text is read when the note asks.
    one_by_one = build_note(dataclasses.replace(export, readings=None), today=date(2018, 11, 5))
    assert ahead.redactions == one_by_one.redactions and ahead.redactions
    assert [(e.sender, e.summary, e.paragraphs) for e in ahead.responses] == [
        (e.sender, e.summary, e.paragraphs) for e in one_by_one.responses
    ]
    # The bar only moves forward and ends full.
    assert told and all(a[0] <= b[0] for a, b in zip(told, told[1:], strict=False))
    assert told[-1][0] == told[-1][1] == len(export.responses)


GOLDEN = Path(__file__).parent / "golden" / "redaction-readings.json"


def test_the_readings_are_those_the_rules_made_before_they_were_made_faster() -> None:
    """Every reading and contact span of the letters above, as the rules read them before the
    walks over every token were cut to the tokens that can matter (the golden was written by
    that code). UPDATE_GOLDEN=1 rewrites it, only for an intended change of what is found."""
    found: dict[str, list] = {}
    for text in TEXTS:
        if text:
            for citizen in (True, False):
                found[reading.key(text, citizen)] = reading.read(text, citizen).to_json()
                reading.contacts(text, citizen, found)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert found == expected
    # The letters hold each kind of thing the rules look for.
    kinds = {n[2] for k, v in found.items() if not k.endswith(":contact") for n in v[0]}
    kinds |= {t[0] for k, v in found.items() if not k.endswith(":contact") for t in v[1]}
    kinds |= {s[2] for k, v in found.items() if k.endswith(":contact") for s in v}
    assert {"name", "health", "union", "ethnicity", "religion", "cpr", "phone", "email", "address", "plate"} <= kinds
