"""Elements named by their compound keyword's head alone ("bussen" for "skolebus") or with the
modifier as a prepositional phrase ("klinikken på skolen" for "skoleklinik"); sentences
written here, not from any data set."""

from __future__ import annotations

import pytest

from hoering.analysis import danish
from hoering.analysis.heads import derived_keywords
from hoering.analysis.matching import compile_keyword
from hoering.analysis.tagging import tag_response

# Two elements share the head "klinik"; only one has "bus".
CODEBOOK = {
    "skoler": {"label": "Lukning af skoleklinikkerne", "keywords": ["skoleklinik", "lukning af klinikker"]},
    "central": {"label": "En ny central tandklinik i byen", "keywords": ["centralklinik", "central klinik"]},
    "kørsel": {"label": "Børnene køres til klinikken i skolebus", "keywords": ["skolebus", "buskørsel"]},
    "team": {"label": "Et gadeteam om aftenen", "keywords": ["gadeteam", "mobilt team"]},
}


def discussed(text: str, codebook: dict = CODEBOOK) -> set[str]:
    return {t.key for t in tag_response(text, codebook) if t.state.value == "discusses"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The head alone, where no other element has it.
        ("Vores børn skal ikke sidde i en bus i en time for at komme til tandlæge.", {"kørsel"}),
        ("Vi er glade for tanken om et team, der er ude om aftenen.", {"team"}),
        # The modifier as a prepositional phrase tells the elements that share a head apart,
        # also after a compound ending in the head ("tandklinikken").
        ("Vi er imod, at tandklinikken på Skovlund Skole lukker.", {"skoler"}),
        ("Rådet er imod, at de små klinikker på skolerne lukkes.", {"skoler"}),
        # A head that two elements share names neither alone.
        ("Klinikken skal have bedre åbningstider.", set()),
    ],
)
def test_elements_named_by_the_head_of_their_compound(text: str, expected: set[str]) -> None:
    assert discussed(text) == expected


def test_a_head_shared_with_another_elements_label_is_not_taken_alone() -> None:
    # "bybus" in the evening element's label has the head "bus" too: "bussen" names neither.
    codebook = {
        "skolebus": {"label": "Skolebusserne ophører", "keywords": ["skolebus", "buskørsel"]},
        "aften": {"label": "Færre aftenafgange (sidste bybus kl. 21)", "keywords": ["aftenafgang"]},
    }
    assert discussed("Bussen kommer alt for sjældent.", codebook) == set()
    assert ("bus", False) not in derived_keywords(
        tuple((k, v["label"], tuple(v["keywords"])) for k, v in codebook.items()))["skolebus"]


def test_a_head_is_taken_alone_only_where_the_codebook_uses_it_as_a_word() -> None:
    # "tid" in "åbningstid" is never a word of the element: "en tid" is no opening hour. Nor
    # is a head the label sets the compound against ("i stedet for fysiske besøg").
    codebook = {
        "tider": {"label": "Nye åbningstider", "keywords": ["åbningstid", "aftenåbent"]},
        "skærm": {"label": "Skærmbesøg i stedet for fysiske besøg", "keywords": ["skærmbesøg", "virtuelle besøg"]},
    }
    assert discussed("Vi har svært ved at få en tid hos lægen.", codebook) == set()
    assert discussed("Besøg af den faste hjælper betyder alt for min mor.", codebook) == set()


def test_a_head_that_points_back_at_another_compound_is_not_the_element() -> None:
    # "klubbens" is the senior club just named, not the element's "fritidsklub".
    codebook = {"klub": {"label": "4. klasse overgår til fritidsklub", "keywords": ["fritidsklub", "klubtilbud"]}}
    assert discussed("Byens Seniorklub låner lokalet, og for klubbens medlemmer er det vigtigt.", codebook) == set()
    assert discussed("Vi frygter, at klubben bliver for stor for de yngste.", codebook) == {"klub"}


def test_head_first_phrase_takes_a_compound_ending_in_the_head_but_not_one_starting_with_it() -> None:
    matcher = compile_keyword("klinik på skole", head_first=True)
    assert [m.text(t) for t in ["Tandklinikken på Skovlund Skole lukker."]
            for m in matcher.find(danish.tokens(t))] == ["Tandklinikken på Skovlund Skole"]
    assert matcher.find(danish.tokens("Klinikassistenten på skolen er ny.")) == []


def test_a_position_on_another_element_under_a_heading_is_no_aside() -> None:
    heading = "Lukning af skoleklinikkerne\n\nDe små klinikker er trygge for børnene.\n\n"
    # A sentence that backs or opposes one element alone counts under another's heading ...
    assert "kørsel" in discussed(heading + "Vi kan heller ikke støtte, at eleverne skal køres i skolebus.")
    # ... a single mention that takes no position there is still in passing.
    assert "kørsel" not in discussed(heading + "I dag kommer eleverne med skolebus fra landsbyerne.")
