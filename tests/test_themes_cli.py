"""Themes through the real CLI on the sample consultation: tags, corrections, suggestions, eval."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS


@pytest.fixture
def sample(hoering):
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    return hoering


def themes_of(data: dict, number: int) -> dict[str, dict]:
    return {t["key"]: t for t in data["responses"][number - 1]["themes"]}


def test_export_has_themes_with_evidence(sample):
    data = sample.export("akt")
    first = themes_of(data, 1)
    assert {"have", "mentor", "kortere"} <= set(first)
    assert first["mentor"]["source"] == "auto"
    assert any("mentor" in p.lower() for p in first["mentor"]["evidence"])
    assert first["mentor"]["triggers"]
    assert "faerre" in data["responses"][0]["themes_no_comment"]
    assert set(data["theme_summaries"]) == set(data["consultation"]["themes"])
    summary = data["theme_summaries"]["have"]
    assert summary and all({"response_id", "sender", "text"} <= set(s) for s in summary)
    assert all(r["summary"] for r in data["responses"])


def test_explain_shows_passages_words_and_cues(sample):
    out = sample("explain", "akt", "2").stdout
    assert "Justering af mentorindsatsen [mentor]: imod/bekymret" in out
    assert "»bekymring«" in out


def test_correction_wins_and_survives_retagging(sample, tmp_path):
    sample("tag", "akt", "6", "mentor", "--stance", "støtter")
    sample("tag", "akt", "1", "pris", "--remove")
    # Re-tagging everything (a config update) keeps the person's decisions.
    sample("config", "akt", "--config", CORPUS / "hoering.toml")
    data = sample.export("akt")
    assert themes_of(data, 6)["mentor"]["source"] == "manual"
    assert themes_of(data, 6)["mentor"]["stance"] == "støtter"
    assert "pris" not in themes_of(data, 1)
    assert "rettet af en person" in sample("explain", "akt", "6").stdout


def test_tag_unknown_theme_is_a_danish_error(sample):
    result = sample("tag", "akt", "1", "parkering", ok=False)
    assert result.exit_code == 1 and "Temaet »parkering« findes ikke" in result.output


def test_suggest_and_accept(sample):
    out = sample("themes", "akt", "--suggest").stdout
    suggestions = sample.export("akt")["suggested_themes"]
    assert suggestions and out.count("Nøgleord:") == len(suggestions)
    staff = next(s for s in suggestions if {"omplacering", "afskedigelse"} & set(s["keywords"]))
    sample("themes", "akt", "--accept", staff["n"], "--key", "omplacering")
    data = sample.export("akt")
    assert "omplacering" in data["consultation"]["themes"]
    tagged = [r["id"] for r in data["responses"] if "omplacering" in themes_of(data, r["id"])]
    assert len(tagged) >= 3
    accepted = next(s for s in data["suggested_themes"] if s["n"] == staff["n"])
    assert accepted["accepted_key"] == "omplacering"
    assert "omplacering" in sample("themes", "akt").stdout


def staff_suggestion(sample) -> dict:
    """The suggestion about staff being moved or dismissed, which the sample always yields."""
    sample("themes", "akt", "--suggest")
    suggestions = sample.export("akt")["suggested_themes"]
    return next(s for s in suggestions if {"omplacering", "afskedigelse"} & set(s["keywords"]))


def test_accept_refuses_a_key_a_config_cannot_hold(sample):
    staff = staff_suggestion(sample)
    result = sample("themes", "akt", "--accept", staff["n"], "--key", "Medarbejdere og afskedigelser", ok=False)
    assert result.exit_code == 1
    assert "»Medarbejdere og afskedigelser« kan ikke bruges" in result.output
    assert "små bogstaver a-z" in result.output and "fx --key" in result.output
    # Nothing was stored, so every command that loads the config still works.
    for command in (("status", "akt"), ("list",), ("config", "akt"), ("themes", "akt")):
        sample(*command)
    data = sample.export("akt")
    assert set(data["consultation"]["themes"]) == {"have", "mentor", "kortere", "faerre", "pris", "konvertering"}
    assert next(s for s in data["suggested_themes"] if s["n"] == staff["n"])["accepted_key"] is None


def test_accepting_a_suggestion_twice_changes_nothing(sample):
    staff = staff_suggestion(sample)
    sample("themes", "akt", "--accept", staff["n"])
    before = sample.export("akt")
    for again in (("--accept", staff["n"]), ("--accept", staff["n"], "--key", "personale")):
        result = sample("themes", "akt", *again, ok=False)
        assert result.exit_code == 1
        assert f"Forslag nr. {staff['n']} er allerede optaget som temaet" in result.output
        assert "intet er ændret" in result.output
    after = sample.export("akt")
    assert after["consultation"]["themes"] == before["consultation"]["themes"]
    assert after["suggested_themes"] == before["suggested_themes"]


def test_eval_against_labels(sample):
    report = json.loads(sample("eval", "akt", "--labels", CORPUS / "labels.json", "--json").stdout)
    # Regression floor on the real extracted corpus (a title heading once hid n=6's mentor passage).
    assert report["micro"]["f1"] >= 0.95
    assert report["baseline"]["micro"]["f1"] < report["micro"]["f1"]
    text = sample("eval", "akt", "--labels", CORPUS / "labels.json").stdout
    assert "mikro-F1" in text


def test_summaries_quote_statements_not_signatures(sample):
    data = sample.export("akt")
    senders = {r["sender"] for r in data["responses"]}
    quoted = [s["text"] for items in data["theme_summaries"].values() for s in items]
    assert quoted and not senders & set(quoted)
    assert all(len(q.split()) >= 5 for q in quoted)
