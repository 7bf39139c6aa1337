from __future__ import annotations

import datetime as dt

import pytest

from hoering.config import load_config, parse_config, starter_config
from hoering.dates import letter_date
from hoering.errors import InvalidConfig


def test_sample_config_loads(tmp_path):
    from conftest import CORPUS

    cfg = load_config(CORPUS / "hoering.toml")
    assert cfg.deadline == dt.date(2018, 11, 1)
    assert len(cfg.parties) == 13
    assert set(cfg.themes) == {"have", "mentor", "kortere", "faerre", "pris", "konvertering"}


def test_starter_config_round_trips(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text(starter_config('Titel med "citat" og æøå'), encoding="utf-8")
    cfg = load_config(path)
    assert cfg.title == 'Titel med "citat" og æøå'
    assert cfg.parties == [] and cfg.themes == {}


@pytest.mark.parametrize(
    "data, words",
    [
        ({}, "title"),
        ({"title": "x", "parties": "Ældrerådet"}, "parties"),
        ({"title": "x", "themes": {"Mentor Støtte": {"label": "x"}}}, "nøgle"),
        ({"title": "x", "titel": "y"}, "ukendt felt"),
        ({"title": "x", "deadline": "1. november"}, "høringsfristen"),
    ],
)
def test_invalid_config_says_what_is_wrong_in_danish(data, words):
    with pytest.raises(InvalidConfig) as err:
        parse_config(data, "test.toml")
    assert words in err.value.message_da()


def test_parties_are_deduplicated_keeping_order():
    cfg = parse_config({"title": "x", "parties": ["B", "A", "b ", "A"]}, "t")
    assert cfg.parties == ["B", "A"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aalborg, den 29. oktober 2018\n\nHøringssvar", dt.date(2018, 10, 29)),
        ("Dato: 30.10.2018\nTil udvalget", dt.date(2018, 10, 30)),
        ("Høringssvar\n" + "tekst " * 200 + "\nAalborg 2018-10-31", dt.date(2018, 10, 31)),
        ("Ingen dato her, kun 2017 og 79,7%", None),
    ],
)
def test_letter_date(text, expected):
    assert letter_date(text) == expected
