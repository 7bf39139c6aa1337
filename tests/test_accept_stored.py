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
from hoering.analysis.passages import split_passages
from hoering.analysis.tagging import tag_new_theme
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


def test_a_theme_that_appears_only_through_a_blanket_no_comment_tags_as_a_full_retag_would(hoering, archive_dir,
                                                                                          tmp_path):
    """Letters that never name the new theme but have "no comment on the rest" get its
    no-comment tag without their other tags being touched; letters that name it, also
    beside another theme's keywords or under a heading, are tagged again in full."""
    from hoering.model import SuggestionPassage, ThemeSuggestion

    folder = tmp_path / "svar"
    folder.mkdir()
    letters = {
        "01_a.txt": "Høringssvar\n\nVi er imod lukningen af Solhuset, som er byens samlingspunkt.\n\n"
                    "Vi har ingen bemærkninger til de øvrige forslag.\n",
        "02_b.txt": "Vi støtter lukningen af Solhuset, da huset er nedslidt. Forslaget giver i øvrigt "
                    "ikke anledning til bemærkninger.\n",
        "03_c.txt": "Takster\n\nVi har ingen bemærkninger til forslaget.\n\nSolhuset\n\nVi er imod lukningen.\n",
        "04_d.txt": "Vi ønsker flere busture for de ældre, og den højere takst er for meget. Taksten rammer "
                    "de ældre. Vi har ingen bemærkninger til de øvrige forslag.\n",
        "05_e.txt": "Solhuset\n\nVi er imod lukningen af Solhuset. Busturene fra Solhuset er vigtige, "
                    "og taksten for busturene bør ikke stige.\n",
        "06_f.txt": "Vi er kede af den højere takst, som rammer familierne hårdt.\n",
        "07_g.txt": "Vi er imod lukningen af Solhuset, som er byens samlingspunkt.\n\n"
                    "Vi ønsker også flere busture om sommeren.\n",
        "08_h.txt": "Vi er imod lukningen af Solhuset. Flere busture kunne hjælpe de ældre derhen.\n",
    }
    for name, text in letters.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Test"\n[themes.luk]\nlabel = "Lukning af Solhuset"\nkeywords = ["Solhuset"]\n'
                      '[themes.takst]\nlabel = "Højere takst"\nkeywords = ["takst"]\n', encoding="utf-8")
    hoering("new", "sol", "--config", config)
    hoering("collect", "sol", folder, "-q")
    before = all_tags(archive_dir, "sol")
    with Archive(archive_dir) as archive, archive.transaction() as db:
        consultation = archive.consultation("sol")
        tag_store.replace_suggestions(db, consultation.id, [ThemeSuggestion(
            1, "Flere busture", ["bustur"], [4, 5], [SuggestionPassage(4, "Vi ønsker flere busture.")])])
    hoering("themes", "sol", "--accept", "1", "--key", "bus")
    after = all_tags(archive_dir, "sol")
    states = {n: {t.key: t.state.value for t in tags} for n, tags in after.items()}
    assert states[1].get("bus") == "no_comment" and states[2].get("bus") == "no_comment"
    # In letter 4 the one mention sits among sentences about the fare: a passing one.
    assert states[4].get("bus") == "no_comment" and states[5].get("bus") == "discusses"
    assert "bus" not in states[3] and "bus" not in states[6]
    # Only the new theme was added where the letter does not name it.
    assert [t for t in after[1] if t.key != "bus"] == before[1]
    assert after[6] == before[6]
    assert retagged(archive_dir, "sol") == after
    # Letter 7 names it apart from the other themes: its tags are added, the others' stay;
    # letter 8 names it in the sentence after a hit of the closure's, which that sentence's
    # stance no longer takes: the closure is judged again too, the fare is not.
    codebook = {"luk": {"label": "Lukning af Solhuset", "keywords": ["Solhuset"]},
                "takst": {"label": "Højere takst", "keywords": ["takst"]},
                "bus": {"label": "Flere busture", "keywords": ["bustur"]}}
    split = [split_passages(letters[name]) for name in ("08_h.txt", "07_g.txt")]
    read = tag_new_theme(split, [[tokens(p.text) for p in ps] for ps in split], codebook, "bus")
    assert [keys for keys, _ in read] == [{"bus", "luk"}, {"bus"}]
    assert [t.key for t in read[1][1]] == ["bus"] and states[7]["bus"] == "discusses"
    assert [t for t in after[7] if t.key != "bus"] == before[7]


def test_accept_shared_with_a_forked_process_tags_as_a_full_retag_would(collected, archive_dir, monkeypatch):
    """The responses split between this process and a forked one (as at a thousand letters
    on two cores) give the same tags as tagging them here, and as a full re-tag."""
    from hoering import forked

    monkeypatch.setattr(forked, "LEAST", 1)
    hoering = collected("kultur", CORPUS / "dev002" / "hoering.toml", CORPUS / "dev002" / "responses")
    hoering("themes", "kultur", "--suggest")
    first = hoering.export("kultur")["suggested_themes"][0]
    hoering("themes", "kultur", "--accept", first["n"])
    after = all_tags(archive_dir, "kultur")
    assert retagged(archive_dir, "kultur") == after


def test_accept_judges_again_only_the_themes_it_can_change_and_tags_as_a_full_retag_would(hoering, archive_dir,
                                                                                          tmp_path):
    """Letters written to reach each way a new theme can change another's tag: a heading it
    shares, a blanket no-comment, the sentence after another theme's hit, a one-element
    letter's sentence on "forslaget" (which goes to the one element only while it is the
    only one), a person's correction of a theme judged again; one new theme in most letters
    and one in a single letter. Every accept gives what a full re-tag gives."""
    from hoering.model import ThemeSuggestion

    folder = tmp_path / "svar"
    folder.mkdir()
    letters = [
        "Solhuset og busturene\n\nVi er imod begge dele, det rammer de ældre.\n",
        "Vi er imod lukningen af Solhuset. Vi har ingen bemærkninger til de øvrige forslag.\n",
        "Vi er imod lukningen af Solhuset. Busturene er også vigtige for os.\n",
        "Vi er imod lukningen af Solhuset. Forslaget er dårligt. Vi ønsker flere busture.\n",
        "Vi støtter lukningen af Solhuset, da huset er nedslidt.\n\nBusturene bør bevares, og taksten "
        "må ikke stige.\n",
        "Takster\n\nDen højere takst rammer familierne. Vi foreslår i stedet færre busture.\n",
        "Vi er kede af den højere takst. Busturene og caféen i Solhuset er vores faste holdepunkt.\n",
        "Solhuset\n\nVi er imod lukningen.\n\nBusture\n\nVi har ingen bemærkninger til busturene.\n",
        "Vi er imod lukningen af Solhuset, som er byens samlingspunkt.\n",
        "Vi er imod lukningen af Solhuset. Busturene fra Solhuset er vigtige, og taksten for "
        "busturene bør ikke stige.\n",
        "Vi ønsker flere busture om sommeren. Taksten er for høj. Busturene er vigtige for de ældre.\n",
        "Vi er imod lukningen af Solhuset.\n\nDet gælder også for taksten.\n\nBusturene er vigtige, og "
        "flere busture vil hjælpe de ældre.\n",
        "Taksten er for høj.\n\nVi er imod lukningen af Solhuset.\n\nDet gælder også for taksten.\n\n"
        "Busturene er vigtige, og flere busture vil hjælpe de ældre.\n",
    ]
    for n, text in enumerate(letters, 1):
        (folder / f"{n:02}.txt").write_text(text, encoding="utf-8")
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Test"\n[themes.luk]\nlabel = "Lukning af Solhuset"\nkeywords = ["Solhuset"]\n'
                      '[themes.takst]\nlabel = "Højere takst"\nkeywords = ["takst"]\n', encoding="utf-8")
    hoering("new", "sol", "--config", config)
    hoering("collect", "sol", folder, "-q")
    hoering("tag", "sol", "3", "luk", "--stance", "støtter")  # a person's stance on a theme judged again
    with Archive(archive_dir) as archive, archive.transaction() as db:
        consultation = archive.consultation("sol")
        tag_store.replace_suggestions(db, consultation.id, [
            ThemeSuggestion(1, "Flere busture", ["bustur"], [3, 4, 5, 6, 7, 8, 10], []),
            ThemeSuggestion(2, "Caféen", ["café"], [7], []),
        ])  # fmt: skip
    before = all_tags(archive_dir, "sol")
    hoering("themes", "sol", "--accept", "1", "--key", "bus")
    after = all_tags(archive_dir, "sol")
    assert sum(any(t.key == "bus" for t in tags) for tags in after.values()) >= 6
    assert [t for t in after[9] if t.key != "bus"] == before[9]
    luk = next(t for t in after[3] if t.key == "luk")
    assert luk.stance.value == "støtter" and luk.source.value == "manual"
    assert retagged(archive_dir, "sol") == after
    hoering("themes", "sol", "--accept", "2", "--key", "cafe")
    after = all_tags(archive_dir, "sol")
    assert any(t.key == "cafe" for t in after[7])
    assert retagged(archive_dir, "sol") == after

    codebook = {"luk": {"label": "Lukning af Solhuset", "keywords": ["Solhuset"]},
                "takst": {"label": "Højere takst", "keywords": ["takst"]},
                "bus": {"label": "Flere busture", "keywords": ["bustur"]}}
    split = [split_passages(letters[n]) for n in (0, 2, 3, 8, 10, 11, 12)]
    read = tag_new_theme(split, [[tokens(p.text) for p in ps] for ps in split], codebook, "bus")
    # A shared heading: all judged again; the sentence after the closure's hit and the
    # one-element letter's "forslaget": the closure too; a letter without it: itself alone.
    # Two of its hits around the fare's one: where that one opens its sentence it counts
    # all the same (the fare is judged again for the sentence after it); where it does not,
    # it becomes a passing mention, and all are judged again; unless the fare is discussed
    # elsewhere in the letter too: then only its own evidence and stance change.
    assert [keys for keys, _ in read][:6] == [None, {"bus", "luk"}, {"bus", "luk"}, {"bus"}, {"bus", "takst"}, None]
    assert read[6][0] is not None and {"bus", "takst"} <= read[6][0]
    assert [t.key for t in read[5][1]] == ["luk", "bus"]
