"""Party names a letter writes differently from the consultation's list: initials, well-known
abbreviations, a staff committee named by its unit's own word (hoering.parties, hoering.initials).
Precision first: a name two parties could carry matches neither."""

from __future__ import annotations

import pytest

from hoering.initials import derived
from hoering.parties import match_party

VESTBY = ["Ældrerådet", "Handicaprådet", "Grønt Råd Vestby", "Danmarks Naturfredningsforening Vestby",
          "DSR Kreds Vestby", "Vestby Forsyning A/S", "Vestby Sejlklub", "Vestby Erhvervsforum",
          "LMU Den Kommunale Tandpleje", "LMU for Vej, Park og Natur", "Skolebestyrelsen ved Enghave Skole"]  # fmt: skip


@pytest.mark.parametrize(("name", "party"), [
    # A well-known abbreviation, either way round.
    ("DN Vestby", "Danmarks Naturfredningsforening Vestby"),
    ("DN", "Danmarks Naturfredningsforening Vestby"),  # the town most parties share may be left out
    ("Danmarks Naturfredningsforening i Vestby", "Danmarks Naturfredningsforening Vestby"),
    ("Dansk Sygeplejeråd Kreds Vestby", "DSR Kreds Vestby"),
    # The initials of a party's leading words.
    ("GR Vestby", "Grønt Råd Vestby"),
    # A staff committee by its qualifier and the word of its unit no other party has.
    ("LMU Tandplejen", "LMU Den Kommunale Tandpleje"),
    ("LMU, Den Kommunale Tandpleje", "LMU Den Kommunale Tandpleje"),
])  # fmt: skip
def test_a_party_is_known_by_its_initials_and_its_unit(name, party):
    found = match_party(name, VESTBY)
    assert found is not None and found[0] == party, (name, found)


@pytest.mark.parametrize(("name", "parties"), [
    # Two parties with the same initials: neither.
    ("GR Vestby", ["Grønt Råd Vestby", "Grundejernes Råd Vestby", "Vestby Sejlklub"]),
    # Known initials stand for their organisation only, not another with the same letters.
    ("DH Vestby", ["Danmarks Håndboldforbund Vestby", "Vestby Sejlklub"]),
    # Initials before a legal form alone name nothing.
    ("VF A/S", VESTBY),
    # The unit without its committee is not the committee, nor are its staff.
    ("Tandplejen", VESTBY),
    ("Medarbejderne i Tandplejen", VESTBY),
    # Most of the unit's name missing.
    ("LMU Vej", VESTBY),
    # A unit word two parties share.
    ("LMU Tandplejen", ["LMU Den Kommunale Tandpleje", "LMU Tandplejen Nord", "Vestby Sejlklub"]),
    # A person whose initials are a party's: never the party.
    ("Dorte Nørgaard", VESTBY),
    ("D.N.", VESTBY),
    # A place is still not a school board.
    ("Enghave", VESTBY),
])  # fmt: skip
def test_initials_and_units_never_confuse_two_parties(name, parties):
    assert match_party(name, parties) is None


def test_a_known_abbreviation_is_sure_and_derived_initials_are_a_guess():
    assert match_party("DN Vestby", VESTBY)[1] == 100.0
    assert 85.0 <= match_party("GR Vestby", VESTBY)[1] <= 90.0
    assert match_party("DH Vestby", ["Danske Handicaporganisationer Vestby", "Danmarks Håndboldforbund Vestby"]) == (
        "Danske Handicaporganisationer Vestby", 100.0)  # fmt: skip


def test_derived_initials():
    assert derived("Grønt Råd Vestby") == ["GRV", "GR Vestby"]
    assert derived("Grønt Råd") == []  # two letters alone are too short to tell from anything else
    assert derived("Danmarks Naturfredningsforening Vestby") == ["DNV"]  # "DN" is known: not derived
    assert derived("Vestby Forsyning A/S") == []


ROSENHAVEN = ["Ældrerådet", "MED-udvalget på Rosenhaven Tarmholt", "MED-udvalget i Jobcenter Tarmholt",
           "Kirkens Korshær Tarmholt", "Tarmholt Lokalråd", "Forældre med Børn i Tarmholt"]  # fmt: skip


@pytest.mark.parametrize(("name", "party"), [
    ("MED Rosenhaven", "MED-udvalget på Rosenhaven Tarmholt"),
    ("Lokal-MED Rosenhaven", "MED-udvalget på Rosenhaven Tarmholt"),
    ("LokalMED, Rosenhaven", "MED-udvalget på Rosenhaven Tarmholt"),
    ("MED-udvalget på Rosenhaven", "MED-udvalget på Rosenhaven Tarmholt"),
    ("MED Jobcentret", "MED-udvalget i Jobcenter Tarmholt"),
    ("MED", None),  # two MED committees: neither
    ("LMU Rosenhaven", None),  # another body of the house
    ("Forældre med børn", "Forældre med Børn i Tarmholt"),  # "med" the preposition is no committee
])  # fmt: skip
def test_a_med_committee_is_one_qualifier_however_it_is_written(name, party):
    found = match_party(name, ROSENHAVEN)
    assert (found[0] if found else None) == party


def test_a_unit_is_never_its_med_committee():
    """The unit a MED committee is named for is often the letter's recipient."""
    assert match_party("Jobcenter Tarmholt", ROSENHAVEN) is None
    assert match_party("Rosenhaven", ROSENHAVEN) is None


KRAGSTRUP = ["Ældrerådet", "Handicaprådet", "Udsatterådet i Kragstrup Kommune", "Kragstrup Kommunes Ungdomsråd",
             "FOA Kragstrup", "Kragstrup Lokalråd", "Grundejerforeningen Vænget"]  # fmt: skip


@pytest.mark.parametrize(("name", "party"), [
    # A council of the consultation's own municipality by its short name.
    ("Udsatterådet", "Udsatterådet i Kragstrup Kommune"),
    ("Udsatterådet i Kragstrup", "Udsatterådet i Kragstrup Kommune"),
    ("Kragstrup Kommunes Udsatteråd", "Udsatterådet i Kragstrup Kommune"),
    ("Ungdomsrådet", "Kragstrup Kommunes Ungdomsråd"),
    ("Ungdomsrådet i Kragstrup Kommune", "Kragstrup Kommunes Ungdomsråd"),
])  # fmt: skip
def test_a_council_of_the_own_municipality_goes_by_its_short_name(name, party):
    found = match_party(name, KRAGSTRUP)
    assert found is not None and found[0] == party, (name, found)
    assert 85.0 <= found[1] <= 100.0


@pytest.mark.parametrize(("name", "parties"), [
    # Another municipality's council, by its full name: never the own one's.
    ("Udsatterådet i Vestby Kommune", KRAGSTRUP),
    ("Vestby Kommunes Ungdomsråd", KRAGSTRUP),
    # ... nor a council the list names without a municipality.
    ("Ældrerådet i Vestby Kommune", KRAGSTRUP),
    # Councils of two municipalities in one list: the short name is either's.
    ("Udsatterådet", ["Udsatterådet i Kragstrup Kommune", "Udsatterådet i Vestby Kommune", "FOA Kragstrup"]),
    # Two municipalities named at all: which is the consultation's own is unknown.
    ("Udsatterådet", ["Udsatterådet i Kragstrup Kommune", "Ældrerådet i Vestby Kommune", "FOA Kragstrup"]),
    # The short name shared with a party named without the municipality: the same words, two parties.
    ("Ungdomsrådet i Vestby Kommune", ["Ungdomsrådet", "Kragstrup Kommunes Ungdomsråd"]),
    # The municipality alone, or a word of the council's name, is no council.
    ("Kragstrup Kommune", KRAGSTRUP),
    ("Rådet", KRAGSTRUP),
])  # fmt: skip
def test_councils_of_different_municipalities_are_never_confused(name, parties):
    assert match_party(name, parties) is None, match_party(name, parties)


def test_two_municipalities_councils_each_keep_their_full_name():
    both = ["Udsatterådet i Kragstrup Kommune", "Udsatterådet i Vestby Kommune", "FOA Kragstrup"]
    assert match_party("Udsatterådet i Vestby Kommune", both) == ("Udsatterådet i Vestby Kommune", 100.0)
    assert match_party("Udsatterådet i Kragstrup Kommune", both) == ("Udsatterådet i Kragstrup Kommune", 100.0)
    # The whole name as written still beats its short form.
    assert match_party("Ældrerådet", ["Ældrerådet", "Ældrerådet i Kragstrup Kommune"]) == ("Ældrerådet", 100.0)
