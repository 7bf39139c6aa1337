"""Accepting suggested themes on letters written to reach each way a new theme can change a
letter's tags: a blanket no-comment (on the other elements, and on the whole proposal), a
heading the new theme shares with another element, a no-comment that names it, a title
line, a one-element letter, the theme in most letters and in one, a campaign of identical
letters, and a letter that endorses another party's whole response. Each theme accepted in
turn (in this process and shared with a forked one) gives what a full re-tag gives."""

from __future__ import annotations

import pytest
from test_accept_stored import all_tags, retagged

from hoering.model import ThemeSuggestion
from hoering.store import Archive
from hoering.store import tags as tag_store

CONFIG = """title = "Nyt bibliotek"
parties = ["Seniorrådet", "Foreningen Bogorm"]
[themes.filial]
label = "Lukning af filialen i Strandby"
keywords = ["filial", "filialen"]
[themes.gebyr]
label = "Højere gebyr for sene afleveringer"
keywords = ["gebyr"]
"""

CAMPAIGN = ("Høringssvar\n\nJeg er imod lukningen af filialen i Strandby. Kortere åbningstider på "
            "hovedbiblioteket kan ikke erstatte den.\n\nMed venlig hilsen\n")

LETTERS = {
    # the endorsed letter names the new theme; the endorsing one does not
    "seniorraadet": "Seniorrådet\n\nHøringssvar om nyt bibliotek\n\nSeniorrådet er imod lukningen af filialen i "
                    "Strandby, som mange ældre går til. Vi er også imod kortere åbningstider, for de ældre "
                    "kommer om formiddagen.\n\nMed venlig hilsen\nSeniorrådet\n",
    "bogorm": "Foreningen Bogorm\n\nHøringssvar\n\nForeningen Bogorm har læst Seniorrådets høringssvar og "
              "tilslutter sig det i sin helhed.\n\nMed venlig hilsen\nForeningen Bogorm\n",
    # blanket no-comments, the new theme named or not
    "blanket_others": "Vi er imod lukningen af filialen. Vi har ingen bemærkninger til de øvrige forslag.\n",
    "blanket_whole": "Vi har gennemgået forslaget og har ingen bemærkninger til det.\n",
    "blanket_named": "Vi støtter et højere gebyr. Åbningstiderne bør ikke ændres.\n\n"
                     "Vi har ingen bemærkninger til de øvrige forslag.\n",
    # headings: one shared by the new theme and another element, one of its own
    "shared_heading": "Filialen og åbningstiderne\n\nVi er imod begge dele, det rammer de ældre.\n\n"
                      "Gebyret\n\nVi har ingen bemærkninger til gebyret.\n",
    "own_heading": "Filialen\n\nVi er imod lukningen.\n\nÅbningstider\n\nVi har ingen bemærkninger til "
                   "åbningstiderne.\n",
    # a no-comment that names it beside another element
    "named_no_comment": "Vi er imod et højere gebyr. Til forslagene om åbningstiderne og filialen har vi ingen "
                        "bemærkninger.\n",
    # the title line names it; a one-element letter
    "title": "Høringssvar vedr. åbningstiderne\n\nVi synes, forslaget er dårligt, og vi er imod det.\n",
    "one_element": "Kortere åbningstider er en dårlig idé. Forslaget rammer børnefamilierne.\n",
    # one hit beside two of another element's, and the sentence after another's hit
    "passing": "Gebyret er for højt, og et højere gebyr rammer børnene. Det gælder også åbningstiderne, "
               "og gebyret skal ned.\n",
    "after_hit": "Vi er imod lukningen af filialen. Kortere åbningstider er heller ikke godt.\n",
    # the element's one hit among sentences on another counts as the part the next sentence
    # rejects, until the new theme is named after it
    "picked_up": "Gebyret er for højt, og et højere gebyr rammer børnene. Lukningen af filialen er også et "
                 "problem for åbningstiderne. Det hænger ikke sammen, og jeg er derfor imod den del af forslaget.\n",
    # the second new theme, in one letter only
    "bogbus": "Vi er imod lukningen af filialen, men en bogbus kunne hjælpe. Bogbussen bør køre hver uge.\n",
    "nothing": "Vi har læst materialet.\n",
    # the opening sentence names the third new theme's act, not its words: it no longer
    # states the point of the element named in the next sentence
    # a short line with a comma under a heading is a heading of the letter's own, ending the
    # element's section, until it names the new theme
    "unmarked": "Filialen\n\nVi er imod lukningen.\n\nMusikskolen, koret og orkestret\n\n"
                "De skal blive i huset, det er vigtigt.\n",
    "act": "Flytningen er en rigtig dårlig idé. Filialen i Strandby skal bevares for enhver del.\n",
}


@pytest.mark.parametrize("shared", [False, True])
def test_each_accepted_theme_tags_as_a_full_retag_would(hoering, archive_dir, tmp_path, monkeypatch, shared):
    from hoering import forked

    if shared:
        monkeypatch.setattr(forked, "LEAST", 1)  # split between this process and a forked one
    folder = tmp_path / "svar"
    folder.mkdir()
    for name, text in LETTERS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    for n in range(6):
        (folder / f"kampagne_{n}.txt").write_text(CAMPAIGN, encoding="utf-8")
    config = tmp_path / "hoering.toml"
    config.write_text(CONFIG, encoding="utf-8")
    hoering("new", "bib", "--config", config)
    hoering("collect", "bib", folder, "-q")
    hoering("tag", "bib", "1", "gebyr", "--stance", "støtter")  # a person's decision, kept on top
    with Archive(archive_dir) as archive, archive.transaction() as db:
        consultation = archive.consultation("bib")
        tag_store.replace_suggestions(db, consultation.id, [
            ThemeSuggestion(1, "Kortere åbningstider", ["åbningstid", "åbningstider"], [1, 2, 3], []),
            ThemeSuggestion(2, "Bogbus", ["bogbus"], [4], []),
            ThemeSuggestion(3, "Lånerkort", ["lånerkort"], [5], []),  # in no letter: blanket no-comments only
            ThemeSuggestion(4, "Flytning af musikskolen", ["musikskole"], [6], []),
        ])  # fmt: skip
    before = all_tags(archive_dir, "bib")
    for n, key in ((1, "aaben"), (2, "bus"), (3, "kort"), (4, "musik")):
        hoering("themes", "bib", "--accept", str(n), "--key", key)
        after = all_tags(archive_dir, "bib")
        assert retagged(archive_dir, "bib") == after, key
    reached = {key: sum(any(t.key == key for t in tags) for tags in after.values()) for key in ("aaben", "bus", "kort")}
    assert reached["aaben"] >= 12 and reached["bus"] >= 1 and reached["kort"] >= 2
    manual = [t for tags in after.values() for t in tags if t.source.value == "manual"]
    assert [(t.key, t.stance.value) for t in manual] == [("gebyr", "støtter")]
    assert any(after[n] != before[n] for n in after)
