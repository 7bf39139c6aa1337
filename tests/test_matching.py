"""Compound-aware keyword matching: one function decides, everything builds on it."""

from __future__ import annotations

import pytest

from hoering.analysis import danish
from hoering.analysis.matching import (
    KeywordSet,
    Matcher,
    compile_keyword,
    compound_relation,
)


def found(keyword: str, text: str, **options: int) -> list[str]:
    matcher = Matcher(keyword, **options) if options else compile_keyword(keyword)
    return [m.text(text) for m in matcher.find(danish.tokens(text))]


@pytest.mark.parametrize(
    "keyword, word, how",
    [
        ("mentor", "mentor", "lemma"),
        ("mentor", "mentorindsats", "compound-start"),
        ("mentor", "mentorstøtte", "compound-start"),
        ("pris", "prisstigning", "compound-start"),
        ("aktivering", "aktiveringstilbud", "compound-start"),  # linking -s-
        ("indsats", "mentorindsats", "compound-end"),
        ("mentor", "virksomhedsmentor", "compound-end"),
        ("tilbud", "aktiveringstilbud", "compound-end"),
        ("pris", "prisme", None),  # "me" is no word
        ("pris", "oprindelig", None),
        ("pligt", "forpligtelse", None),
        ("pligt", "forpligt", None),  # for- is a prefix, not a word
        ("sats", "indsats", None),
        ("ring", "aktivering", None),  # inside a derivational ending
        ("have", "haverne", None),  # an inflection, not a compound
        ("ledig", "ledighedsydelse", None),  # ledig|hed is a derivation
        ("mentor", "mentorere", None),
        ("tid", "arbejdstid", "compound-end"),
        ("is", "vanis", None),  # two letters are too short to be a compound part
    ],
)
def test_compound_relation(keyword: str, word: str, how: str | None) -> None:
    assert compound_relation(keyword, word) == how


@pytest.mark.parametrize(
    "keyword, text, expected",
    [
        ("mentor", "mentorindsatsen, mentorstøtten og mentorerne",
         ["mentorindsatsen", "mentorstøtten", "mentorerne"]),
        ("mentor", "Et godt redskab (Virksomhedsmentor).", ["Virksomhedsmentor"]),
        ("haveprojekt", "Haveprojektet/Serviceværkstedet og Haveprojektets tal",
         ["Haveprojektet", "Haveprojektets"]),
        ("pris", "prisen, priserne, timepris og prisstigningen",
         ["prisen", "priserne", "timepris", "prisstigningen"]),
        ("forlængelse", "evt. forlængelser", ["forlængelser"]),
        ("snerydning", "haveservice/snerydning", ["snerydning"]),
        ("varighed", "at afkorte varigheden", ["varigheden"]),
        ("leverandør", "Dialog med leverandører", ["leverandører"]),
        ("konvertering", "I forhold til konvertering at tilbud", ["konvertering"]),
    ],
)
def test_single_word_keywords(keyword: str, text: str, expected: list[str]) -> None:
    assert found(keyword, text) == expected


@pytest.mark.parametrize(
    "keyword, text",
    [
        ("pris", "Lyset brydes i et prisme."),
        ("pris", "Den oprindelige plan."),
        ("pligt", "jobcentret har en forpligtigelse og en forpligtelse"),
        ("sats", "en stor indsats"),
        ("mentor", "momentum"),
    ],
)
def test_false_positives_are_not_matched(keyword: str, text: str) -> None:
    assert found(keyword, text) == []


def test_phrase_matches_lemmas_and_a_compound_last_word() -> None:
    assert found("kortere forløb", "kortere forløb og kortere aktiveringsforløb") == [
        "kortere forløb", "kortere aktiveringsforløb"]
    assert found("færre tilbud", "færre aktiveringstilbud") == ["færre aktiveringstilbud"]
    assert found("egne forløb", "at skabe egne forløb") == ["egne forløb"]


def test_phrase_allows_one_word_between_by_default() -> None:
    assert found("færre tilbud", "færre dyre tilbud") == ["færre dyre tilbud"]
    assert found("kortere forløb", "kortere og mere målrettede forløb") == []
    assert found("kortere forløb", "kortere og mere målrettede forløb", max_gap=3) == [
        "kortere og mere målrettede forløb"]


def test_phrase_does_not_cross_a_sentence_or_turn_around() -> None:
    assert found("kortere forløb", "Det bliver kortere. Forløb er noget andet.") == []
    assert found("kortere forløb", "nogle af forløbene kan gøres kortere") == []


def test_irregular_keyword_form_is_not_matched_through_its_lemma() -> None:
    # lemmy lemmatises "færre" to "få"; "få tilbud" (get offers) is not "færre tilbud".
    assert found("færre tilbud", "at få tilbud om job") == []
    # but a regular lemma still matches its inflections
    assert found("kortere forløb", "korte forløb") == ["korte forløb"]


def test_compound_written_apart_matches_a_compound_keyword() -> None:
    assert found("mentorindsats", "en tæt mentor indsats og Mentor indsatsen") == [
        "mentor indsats", "Mentor indsatsen"]


def test_compounds_can_be_switched_off() -> None:
    text = "mentorindsatsen og mentorerne"
    assert found("mentor", text, max_gap=1, compounds=False) == ["mentorerne"]


def test_match_reports_how_and_where() -> None:
    text = "Vi ser på mentorindsatsen."
    (match,) = compile_keyword("mentor").find(danish.tokens(text))
    assert (match.how, match.char_start, match.char_end) == ("compound-start", 10, 25)
    assert match.keyword == "mentor"



def test_empty_keyword_is_refused() -> None:
    with pytest.raises(ValueError):
        Matcher("  ")


def test_keyword_set_finds_what_each_matcher_finds() -> None:
    # KeywordSet (tagging's one pass over the tokens) must agree with Matcher.find exactly.
    text = (
        "Mentor indsatsen og mentorindsatsen. Færre og kortere forløb, kortere "
        "aktiveringsforløb og færre, kortere forløb. Prisen, timepris og prisme; "
        "haveprojektet/Haveprojektets have. Mentor. Indsats og mentorer."
    )
    toks = danish.tokens(text)
    matchers = [compile_keyword(k) for k in ("mentor", "mentorindsats", "kortere forløb",
                                              "færre tilbud", "pris", "haveprojekt", "indsats")]
    matchers += [Matcher("mentor", compounds=False), Matcher("kortere forløb", max_gap=2)]
    keywords = KeywordSet(matchers)
    expected = [m.find(toks) for m in matchers]
    assert sum(map(len, expected)) > 10
    assert keywords.find_all(toks) == expected
    assert keywords.find_all(toks) == expected  # from the memo


def test_keyword_set_matches_are_find_all_flattened() -> None:
    text = (
        "Mentor indsatsen og mentorindsatsen. Færre og kortere forløb, kortere "
        "aktiveringsforløb og færre, kortere forløb. Prisen, timepris og prisme; "
        "haveprojektet/Haveprojektets have. Mentor. Indsats og mentorer. Intet her."
    )
    toks = danish.tokens(text)
    matchers = [compile_keyword(k) for k in ("mentor", "mentorindsats", "kortere forløb",
                                              "færre tilbud", "pris", "haveprojekt", "indsats", "snerydning")]
    keywords = KeywordSet(matchers)
    flat = [m for found in keywords.find_all(toks) for m in found]
    assert len(flat) > 10
    assert keywords.matches(toks) == flat
    assert keywords.matches(danish.tokens("Ingen af ordene står her.")) == []


def test_phrase_with_a_number_matches_the_number_as_typed() -> None:
    # A number is not a word token, but "rute 7" names one route and no other.
    assert found("rute 7", "Vi vil beholde rute 7 om aftenen.") == ["rute 7"]
    assert found("rute 7", "Rute 17 og rute 8 kører videre.") == []
    text = "Vi vil beholde rute 7 om aftenen."
    matchers = [compile_keyword("rute 7")]
    assert [m.text(text) for m in KeywordSet(matchers).find_all(danish.tokens(text))[0]] == ["rute 7"]


def test_keyword_set_finds_a_phrase_that_starts_with_a_number() -> None:
    # "150 kr." and "24 måneder" open on a number, which is no word token: the one pass over
    # the tokens must still find them where Matcher.find does.
    text = "Det skal koste 150 kr. om måneden, og sunde børn ses hver 24. måned, ikke hver 24 måneder."
    toks = danish.tokens(text)
    matchers = [compile_keyword(k) for k in ("150 kr.", "24 måneder", "måned")]
    expected = [m.find(toks) for m in matchers]
    assert [m.text(text) for m in expected[0]] == ["150 kr."]
    assert [m.text(text) for m in expected[1]] == ["24 måneder"]
    assert KeywordSet(matchers).find_all(toks) == expected
    assert KeywordSet(matchers).matches(toks) == [m for found in expected for m in found]


def test_a_name_of_several_words_does_not_match_a_longer_name() -> None:
    # "Klub Nørremark" is a club; "Nørremarksvej" is a street named after the village.
    assert found("Klub Nørremark", "Mine drenge går i klubben på Nørremarksvej.") == []
    assert found("Klub Nørremark", "Vi vil beholde klubben i Nørremark.") == ["klubben i Nørremark"]
    assert found("Fjordby Svømmehal", "Fjordby Svømmehallen lukker.") == ["Fjordby Svømmehallen"]
    # A phrase of common nouns still ends in a compound ("kortere aktiveringsforløb").
    assert found("kortere forløb", "Vi ønsker kortere aktiveringsforløb.") == ["kortere aktiveringsforløb"]
