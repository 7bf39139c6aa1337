"""lemmy's rules read from the table on disk give exactly lemmy's readings.

A search query lemmatizes a few words; loading lemmy's rules module costs it 0.3–0.5 s, so a
process that looks up few words reads the same rules from a table written once
(hoering/store/lemma_rules.py). Compared here with lemmy itself on every word of the sample
consultation, a sample of the rules' own suffixes, and odd input.
"""

from __future__ import annotations

import json
import re

import lemmy
import pytest
from conftest import ROOT

from hoering.analysis import danish
from hoering.store import lemma_rules


@pytest.fixture(scope="module")
def lemmatizer():
    return lemmy.load("da")


@pytest.fixture
def table(tmp_path, monkeypatch, lemmatizer):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert lemma_rules.open_table() is None  # not written yet: the caller loads lemmy
    path = lemma_rules.write_table(lemmatizer.rules[""])
    assert path is not None and path.is_relative_to(tmp_path / "cache")
    return lemma_rules.open_table()


def _sample_words(lemmatizer) -> list[str]:
    texts = [r["text"] for r in json.loads((ROOT / "tests" / "data" / "seed001_responses.json").read_text("utf-8"))]
    words = {w.lower() for t in texts for w in re.findall(r"[^\W_]+", t)}
    words |= set(list(lemmatizer.rules[""])[::40])  # the rules' own suffixes, whole words among them
    words |= {"", "a", "æ", "mentorindsatsen", "børnene", "2018", "x" * 1200, "de ældre", " age"}
    return sorted(words)


def test_the_table_reads_every_word_as_lemmy_does(table, lemmatizer):
    words = _sample_words(lemmatizer)
    assert len(words) > 2500
    differ = [w for w in words if table.lemmatize("", w) != lemmatizer.lemmatize("", w)]
    assert not differ, differ[:10]


def test_a_search_process_reads_the_table_and_a_long_job_loads_lemmy(table, monkeypatch):
    monkeypatch.setattr(danish, "_lemmy", None)
    monkeypatch.setattr(danish, "_table", None)
    monkeypatch.setattr(danish, "_table_lookups", 0)
    assert danish._rules() is not None and isinstance(danish._table, lemma_rules.RuleTable)
    assert danish.lemma_candidates("mentorerne")[0] == "mentor"
    monkeypatch.setattr(danish, "_table_lookups", danish.TABLE_LOOKUPS)
    assert danish._rules() is danish._lemmatizer()  # past the limit: lemmy itself


def test_no_table_means_lemmy_as_before(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "empty"))
    monkeypatch.setattr(danish, "_table", None)
    monkeypatch.setattr(danish, "_table_lookups", 0)
    assert lemma_rules.open_table() is None
    assert danish.lemma_candidates("prisen") == ("pris", "prise")


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch, lemmatizer):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert lemma_rules.write_table(lemmatizer.rules[""]) is None
    assert lemma_rules.open_table() is None


def test_installed_versions_are_read_as_importlib_metadata_reads_them():
    """The analyser version (which decides whether the search index is rebuilt) names the
    installed spaCy and lemmy; read from the .dist-info folder names, it must be what
    importlib.metadata gives, for every installed distribution."""
    import importlib.metadata

    names = {d.metadata["Name"] for d in importlib.metadata.distributions()}
    assert {"spacy", "lemmy"} <= {n.lower() for n in names}
    differ = {n: (danish._version(n), importlib.metadata.version(n)) for n in names
              if danish._version(n) != importlib.metadata.version(n)}  # fmt: skip
    assert not differ
    assert danish._version("da_core_news_xx") is None
