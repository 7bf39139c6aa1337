"""Patterns tried only where a match can start, and spaCy's sentencizer made for all tokens at
once, find exactly what the plain versions find."""

from __future__ import annotations

import random

import pytest

from hoering.model import RedactionKind
from hoering.redaction import patterns as P
from hoering.redaction.spans import Found

PIECES = [
    "Skovvej 12", " 2. th.", ", 8000 Aarhus C", "\n", "\n\n", "AB 12 345", "AB12345", "ABC12 345", "DK12345",
    "010190-1234", "0101901234", "010190 1234", "320190-1234", "12 34 56 78", "12-34-56-78", "1234 5678",
    "+45 12345678", "0045 1234 5678", "(+45) 12 34 56 78", "nr. 12345678", "CVR 12345678", "tlf. 1234 5678",
    "2018 2019", "a@b.dk", "jens.hansen@mail.dk", " ", "\u00a0", "1", "-", ".", ",", "Vej 3", "Kongevej 44B",
    "Gammel Kongevej 10, 1. tv", "bor på Vesterbro 44", "adresse: Kirkebakken 2", "9000 Aalborg",
    "4420 Regstrup", "i 4420 Regstrup.", "Bakken 3 st. tv", ",2300 København S", " 12345 Aarhus", "Vej 1-3A",
    "lejl. 4", "dør 2", "Torvet\u00a05", "Side 4", "kr. 12.345.678", "2018-048371", "Hans Jensen", "XX 12",
]


def _everywhere(text: str, addresses: bool) -> list[Found]:
    """`contact_spans` as the patterns find it run at every position (the plain finditer)."""
    spans = [Found(m.start(), m.end(), RedactionKind.EMAIL, P.EMAIL_REMOVED) for m in P._EMAIL.finditer(text)]
    spans += [Found(m.start(), m.end(), RedactionKind.CPR, P.CPR_REMOVED) for m in P._CPR.finditer(text)
              if P._is_cpr_date(m["dd"], m["mm"])]  # fmt: skip
    spans += [Found(m.start(), m.end(), RedactionKind.PHONE, P.PHONE_REMOVED) for m in P._PHONE_PREFIXED.finditer(text)]
    for m in P._PHONE_BARE.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        if P._NOT_A_PHONE_BEFORE.search(before[-16:]) or P._YEARS.fullmatch(m["num"]):
            continue
        sure = not m["num"].isdigit() or bool(P._PHONE_CUE.search(before))
        spans.append(Found(m.start(), m.end(), RedactionKind.PHONE, P.PHONE_REMOVED, sure))
    for m in P._PLATE.finditer(text):
        if m["letters"] not in P._NOT_A_PLATE:
            sure = " " in m.group(0) or "\u00a0" in m.group(0) or bool(P._PLATE_CUE.search(text[max(0, m.start() - 40) : m.start()]))
            spans.append(Found(m.start(), m.end(), RedactionKind.PLATE, P.PLATE_REMOVED, sure))
    if not addresses:
        return spans
    address = RedactionKind.ADDRESS
    for pattern in (P._ADDRESS_BY_STREET, P._ADDRESS_BY_TAIL):
        spans += [Found(m.start(), m.end(), address, P.ADDRESS_REMOVED) for m in pattern.finditer(text)
                  if P._first_word(m.group(0)) not in P._NOT_A_STREET]  # fmt: skip
    spans += [Found(m.start("a"), m.end("a"), address, P.ADDRESS_REMOVED) for m in P._ADDRESS_LINE.finditer(text)
              if P._first_word(m["a"]) not in P._NOT_A_STREET]  # fmt: skip
    for m in P._ADDRESS_BY_CUE.finditer(text):
        group = "a" if m["a"] is not None else "b"
        if P._first_word(m[group]) not in P._NOT_A_STREET:
            spans.append(Found(m.start(group), m.end(group), address, P.ADDRESS_REMOVED))
    spans += [Found(m.start("pt"), m.end("pt"), address, P.ADDRESS_REMOVED) for m in P._POSTCODE_TOWN.finditer(text)]
    from hoering.redaction.lexicon import places

    spans += [Found(m.start(), m.end(), address, P.ADDRESS_REMOVED) for m in P._POSTCODE_PLACE.finditer(text)
              if m["town"] in places()]  # fmt: skip
    return spans


def test_contact_patterns_tried_where_a_match_can_start_find_what_they_find_everywhere():
    rng = random.Random(17)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(6000)]
    found = 0
    for text in texts:
        for addresses in (True, False):
            expected = _everywhere(text, addresses)
            assert P.contact_spans(text, addresses=addresses) == expected, text
            found += len(expected)
    assert found > 10_000  # the mixtures hold addresses, numbers and plates enough


@pytest.mark.parametrize("text", [
    "", " ", ".", "!!", "Hej. ", "a . . b", "\n\n.", "Det er godt!! Ja? Nej. ...", "(Se bilag.) Næste sætning.",
    "“Citat.” Han sagde det. Og så?\n\nOverskrift\nTekst her. Slut", "f.x. i.f.t. fht. mange ting. Også dette!",
])  # fmt: skip
def test_sentence_starts_are_those_of_spacys_sentencizer(text):
    import spacy
    from spacy.attrs import SENT_START

    from hoering.analysis import danish

    if danish.PIPELINE:
        pytest.skip("a trained pipeline's parser sets the sentences")
    ours = danish.nlp()  # registers the fixes' component too
    plain = spacy.blank("da")
    plain.add_pipe("sentencizer")
    plain.add_pipe("hoering_sentence_fixes")
    assert ours(text).to_array([SENT_START]).tolist() == plain(text).to_array([SENT_START]).tolist()
