"""Accepting a suggested theme from what the archive holds: the passages' tokens collect
stored, only the responses the new theme may concern tagged again, no language layer, and
the same tags as tagging every text again."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT

from hoering import themes
from hoering.analysis import stored_tokens
from hoering.analysis.danish import tokens
from hoering.store import Archive
from hoering.store import tags as tag_store


def all_tags(archive_dir, slug: str) -> dict[int, list]:
    with Archive(archive_dir) as archive:
        consultation = archive.consultation(slug)
        by_id = tag_store.consultation_tags(archive.db, consultation.id)
        return {r.number: by_id.get(r.id, []) for r in archive.responses(consultation)}


def retagged(archive_dir, slug: str) -> dict[int, list]:
    with Archive(archive_dir) as archive:
        themes.retag(archive, slug)
    return all_tags(archive_dir, slug)


@pytest.fixture
def collected(hoering):
    def collect(slug: str, config, folder):
        hoering("new", slug, "--config", config)
        hoering("collect", slug, folder, "-q")
        return hoering

    return collect


@pytest.mark.parametrize("slug, config, folder", [
    ("akt", CORPUS / "hoering.toml", CORPUS / "responses"),
    ("kultur", CORPUS / "dev002" / "hoering.toml", CORPUS / "dev002" / "responses"),
])  # fmt: skip
def test_accepted_theme_tags_as_a_full_retag_would(collected, archive_dir, slug, config, folder):
    hoering = collected(slug, config, folder)
    hoering("themes", slug, "--suggest")
    suggestions = hoering.export(slug)["suggested_themes"]
    assert len(suggestions) >= 3
    for s in suggestions[:3]:  # each accepted in turn: every accept sees the ones before
        hoering("themes", slug, "--accept", s["n"])
        after_accept = all_tags(archive_dir, slug)
        key = next(x for x in hoering.export(slug)["suggested_themes"] if x["n"] == s["n"])["accepted_key"]
        assert any(t.key == key for tags in after_accept.values() for t in tags)
        assert retagged(archive_dir, slug) == after_accept


def test_accept_and_suggest_load_no_language_pipeline(collected, archive_dir):
    hoering = collected("akt", CORPUS / "hoering.toml", CORPUS / "responses")
    script = (
        "import sys\n"
        "from hoering.store import Archive\n"
        "from hoering import themes\n"
        f"a = Archive({str(archive_dir)!r})\n"
        "found = themes.suggest(a, 'akt')\n"
        "themes.accept(a, 'akt', found[0].n)\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert any(t.key for tags in all_tags(archive_dir, "akt").values() for t in tags)
    hoering("status", "akt")


def test_an_archive_without_stored_tokens_gets_them_once(collected, archive_dir):
    hoering = collected("akt", CORPUS / "hoering.toml", CORPUS / "responses")
    with Archive(archive_dir) as archive, archive.transaction() as db:
        db.execute("UPDATE passages SET tokens = NULL")  # as an archive from before they were kept
    hoering("themes", "akt", "--suggest")
    with Archive(archive_dir) as archive:
        rows = archive.db.execute("SELECT text, tokens FROM passages").fetchall()
    assert rows and all(r[1] for r in rows)
    text, encoded = rows[0]
    assert stored_tokens.decode(text, encoded) == tokens(text)
    staff = next(s for s in hoering.export("akt")["suggested_themes"]
                 if {"omplacering", "afskedigelse"} & set(s["keywords"]))  # fmt: skip
    hoering("themes", "akt", "--accept", staff["n"], "--key", "omplacering")
    assert retagged(archive_dir, "akt") == all_tags(archive_dir, "akt")


def test_stored_tokens_round_trip_and_another_analyser_is_not_trusted():
    text = "Vi frygter for kvaliteten, hvis mentorindsatsen skæres. Bevar haveprojektet!"
    toks = tokens(text)
    assert stored_tokens.decode(text, stored_tokens.encode(toks)) == toks
    foreign = stored_tokens.encode(toks).replace(stored_tokens.danish.ANALYSER_VERSION, "other/0", 1)
    assert stored_tokens.decode(text, foreign) is None
    assert stored_tokens.decode(text, None) is None
