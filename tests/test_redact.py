"""Personal data out of published text: CPR, e-mail, phone, addresses, citizens' names."""

from __future__ import annotations

import pytest

from hoering.redaction import (
    ADDRESS_REMOVED,
    CPR_REMOVED,
    EMAIL_REMOVED,
    NAME_REMOVED,
    PHONE_REMOVED,
    Pseudonyms,
    name_parts,
    redact,
    redact_contact,
)


@pytest.mark.parametrize(
    "cpr",
    [
        "120556-1234",
        "1205561234",
        "120556 1234",
        "120556 - 1234",
        "120556 -1234",
        "120556–1234",
        "290200-4321",
    ],
)
def test_cpr_in_every_spelling(cpr):
    assert redact(f"Mit CPR-nr. er {cpr}, tak.") == f"Mit CPR-nr. er {CPR_REMOVED}, tak."


@pytest.mark.parametrize(
    "text",
    [
        "Sagsnr. 2018-048371",
        "sag 2018048371",  # month 18: not a date
        "dok. 3113991234",  # month 13
        "311399-1234",
        "kr. 12.345.678",
        "ca. 300 mio. kr.",
        "79,7 % og 57%",
        "d. 25. oktober 2018 kl. 13.00",
        "30.10.2018",
        "§§ 2-4 og 1-2 gange",
        "CVR 12345678",
        "CVR-nr. 29189420",
        "i årene 2018 2019",
        "1.000.000 kr",
        "ISBN 978-87-12-34567-8",
    ],
)
def test_numbers_that_are_not_personal_data_survive(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "phone",
    [
        "12345678",
        "12 34 56 78",
        "+45 12345678",
        "0045 1234 5678",
        "+45 12 34 56 78",
        "98 12 34 56",
        "2012 3456",
        "(+45) 98123456",
    ],
)
def test_danish_phone_numbers(phone):
    assert redact(f"Ring på {phone} i dag.") == f"Ring på {PHONE_REMOVED} i dag."
    assert redact(f"Tlf.: {phone}") == f"Tlf.: {PHONE_REMOVED}"


@pytest.mark.parametrize(
    "email", ["karen.soerensen@example.dk", "jens+hoering@mail.aalborg.dk", "A_B-c@x-y.org"]
)
def test_email_addresses(email):
    assert redact(f"Skriv til {email}.") == f"Skriv til {EMAIL_REMOVED}."


@pytest.mark.parametrize(
    "address",
    [
        "Boulevarden 13, 1. th., 9000 Aalborg",
        "Søndergade 4B",
        "Kastetvej 5A, 9000 Aalborg",
        "Vesterbro 44, 2. tv., 9000 Aalborg",
        "Gammel Kongevej 12, 1850 Frederiksberg C",
        "H.C. Andersens Boulevard 2",
        "Niels Bohrs Allé 1",
        "Sønderbro 12, 3. sal",
        "Hasserisgade 12, 9000 Aalborg",
    ],
)
def test_street_addresses_of_citizens(address):
    assert (
        redact(f"Jeg bor på {address} og har en have.")
        == f"Jeg bor på {ADDRESS_REMOVED} og har en have."
    )


def test_postcode_and_town_on_its_own_line():
    text = "Med venlig hilsen\nKaren\nSøndergade 4B\n9000 Aalborg\n"
    assert redact(text) == f"Med venlig hilsen\nKaren\n{ADDRESS_REMOVED}\n{ADDRESS_REMOVED}\n"


@pytest.mark.parametrize(
    "text",
    [
        "Punkt 5 og Bilag 3, jf. Tema 2 og Side 4.",
        "Borger 1 og Borger 2 skrev.",
        "Mødet d. 25. oktober 2018 Familie- og Beskæftigelsesforvaltningen",
        "Udslusning er på 57 % og ca. 400 bor i boligforeninger.",
        "Søndergade er en gade i Aalborg.",
        "LMU i Job- og Aktivhuset 2",
    ],
)
def test_no_false_addresses(text):
    assert redact(text) == text


def test_organisation_addresses_stay_but_numbers_go():
    text = "Ældrerådet, Boulevarden 13, 9000 Aalborg. CPR 120556-1234, tlf. 99 31 31 31."
    assert redact_contact(text, addresses=False) == (
        f"Ældrerådet, Boulevarden 13, 9000 Aalborg. CPR {CPR_REMOVED}, tlf. {PHONE_REMOVED}."
    )


def test_names_become_numbered_citizens():
    text = "Jens Peter Hansen og Mette Jensen skriver. Jens Hansen bor her, og Mettes søster også."
    assert redact(text, names=["Jens Peter Hansen", "Mette Jensen"]) == (
        "Borger 1 og Borger 2 skriver. Borger 1 bor her, og Borger 2's søster også."
    )


def test_name_parts_and_shared_surnames():
    p = Pseudonyms(["Jens Peter Hansen", "Mette Hansen", "Anne-Marie Sørensen"])
    assert p.apply("Jens, Peter og Hansen") == f"Borger 1, Borger 1 og {NAME_REMOVED}"
    assert p.apply("Anne-Marie, Marie Sørensen og fru Sørensens have") == (
        "Borger 3, Borger 3 og fru Borger 3's have"
    )
    assert p.apply("JENS PETER HANSEN") == "Borger 1"
    # Other words that merely contain a name are left alone.
    assert p.apply("Jensen, Hansens Vej er ikke Hansenstræde") == (
        f"Jensen, {NAME_REMOVED}'s Vej er ikke Hansenstræde"
    )


def test_same_name_same_pseudonym_and_unknown_names_get_numbers():
    p = Pseudonyms()
    assert p.add("Inger Nielsen") == "Borger 1"
    assert p.add("") == "Borger 2"
    assert p.add("inger  nielsen") == "Borger 1"
    assert p.add("Bent Kristensen") == "Borger 3"
    assert p.mapping == {"Inger Nielsen": "Borger 1", "Bent Kristensen": "Borger 3"}


def test_name_parts():
    assert name_parts("Anne-Marie van der Sørensen") == ["Anne-Marie", "Anne", "Marie", "Sørensen"]


def test_emails_are_removed_before_names_are_looked_for():
    assert redact("karen.soerensen@example.dk", names=["Karen Sørensen"]) == EMAIL_REMOVED
