"""A response that endorses another party's whole response shares its positions, after a
collect (whichever letter came first), after a re-tag, and under a person's corrections."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoering.analysis.endorsement import endorsement, endorsements, share
from hoering.analysis.tagging import named_elements
from hoering.model import Stance, TagState, ThemeTag
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
[themes.musik]
label = "Musikskolen flytter"
keywords = ["musikskole", "musikskolen"]
"""
ENDORSED = ("Seniorrådet\n\nHøringssvar om nyt bibliotek\n\nSeniorrådet er imod lukningen af filialen i "
            "Strandby, som mange ældre går til. Vi støtter derimod et højere gebyr for sene afleveringer.\n\n"
            "Med venlig hilsen\nSeniorrådet\n")
ENDORSING = ("Foreningen Bogorm\n\nHøringssvar\n\nFor­eningen Bogorm har læst Seniorrådets høringssvar og "
             "tilslutter sig det i sin helhed.\n\nDerudover er vi imod, at musikskolen flytter.\n\n"
             "Med venlig hilsen\nForeningen Bogorm\n").replace("\u00ad", "")


@pytest.mark.parametrize(
    "text, name",
    [("Vi har læst Seniorrådets høringssvar og kan tilslutte os det i sin helhed.", "Seniorrådet"),
     ("Foreningen tilslutter sig høringssvaret fra Handicaprådet i sin helhed.", "Handicaprådet"),
     ("Vi bakker fuldt ud op om Seniorrådets høringssvar.", "Seniorrådet"),
     # one remark of another party, or the proposal as a whole, is no endorsement of a letter
     ("Vi støtter Seniorrådets bemærkninger om gebyret.", None),
     ("Vi bakker fuldt ud op om forslaget.", None)],
)
def test_endorsement_of_a_whole_letter(text: str, name: str | None) -> None:
    found = endorsement(text)
    assert (found.name if found else None) == name


CODEBOOK = {"filial": {"label": "Lukning af filialen i Strandby", "keywords": ["filial", "filialen"]},
            "gebyr": {"label": "Højere gebyr for sene afleveringer", "keywords": ["gebyr"]},
            "musik": {"label": "Musikskolen flytter", "keywords": ["musikskole", "musikskolen"]}}
THEIRS = [ThemeTag("filial", TagState.DISCUSSES, Stance.AGAINST, ["…"], ["filialen"]),
          ThemeTag("gebyr", TagState.NO_COMMENT, Stance.NEUTRAL, ["…"], ["gebyr"])]


@pytest.mark.parametrize(
    "text, name, named",
    [("Foreningen kan fuldt ud tilslutte sig Seniorrådets bemærkninger om filialen.", "Seniorrådet", ["filial"]),
     ("Til forslagene om filialen og gebyret har vi ingen bemærkninger ud over dem, Seniorrådet har givet.",
      "Seniorrådet", ["filial", "gebyr"]),
     ("Vi bakker op om Skolebestyrelsen for Strandby Skoles kommentarer til musikskolen.",
      "Skolebestyrelsen for Strandby Skole", ["musik"])],
)
def test_endorsement_of_remarks_on_some_elements(text: str, name: str, named: list[str]) -> None:
    found = endorsements(text)
    assert [(e.name, named_elements(e.scope or "", CODEBOOK)) for e in found] == [(name, named)]


def test_endorsed_remarks_decide_the_elements_they_name() -> None:
    mine = [ThemeTag("filial", TagState.DISCUSSES, Stance.SUPPORTS, ["Vi tilslutter os."], ["filialen"])]
    said = endorsements("Vi tilslutter os Seniorrådets bemærkninger om filialen og gebyret.")[0]
    shared = {t.key: (t.state.value, t.stance.value) for t in share(mine, THEIRS, said, list(CODEBOOK),
                                                                     ["filial", "gebyr"])}
    # their stance on what both discuss, their no-comment where this letter says nothing itself
    assert shared == {"filial": ("discusses", "imod"), "gebyr": ("no_comment", "neutral")}


def _tags(archive_dir: Path, slug: str) -> dict[str, dict[str, tuple[str, str]]]:
    with Archive(archive_dir) as archive:
        consultation = archive.consultation(slug)
        by_id = tag_store.consultation_tags(archive.db, consultation.id)
        return {r.sender: {t.key: (t.state.value, t.stance.value) for t in by_id.get(r.id, [])}
                for r in archive.responses(consultation)}


@pytest.mark.parametrize("endorsing_first", [True, False])
def test_an_endorsing_letter_shares_the_endorsed_positions(hoering, archive_dir, tmp_path, endorsing_first) -> None:
    config = tmp_path / "hoering.toml"
    config.write_text(CONFIG, encoding="utf-8")
    first, second = tmp_path / "første", tmp_path / "anden"
    first.mkdir()
    second.mkdir()
    (first if endorsing_first else second).joinpath("bogorm.txt").write_text(ENDORSING, encoding="utf-8")
    (second if endorsing_first else first).joinpath("seniorraadet.txt").write_text(ENDORSED, encoding="utf-8")
    hoering("new", "bib", "--config", config)
    hoering("collect", "bib", first, "-q")
    hoering("collect", "bib", second, "-q")
    expected = {"filial": ("discusses", "imod"), "gebyr": ("discusses", "støtter"),
                "musik": ("discusses", "imod")}
    assert _tags(archive_dir, "bib")["Foreningen Bogorm"] == expected
    assert "musik" not in _tags(archive_dir, "bib")["Seniorrådet"]
    # A re-tag gives the same; a person's removal stays on top.
    hoering("new", "bib", "--config", config)
    assert _tags(archive_dir, "bib")["Foreningen Bogorm"] == expected
    number = 1 if endorsing_first else 2
    hoering("tag", "bib", number, "gebyr", "--remove")
    hoering("new", "bib", "--config", config)
    assert "gebyr" not in _tags(archive_dir, "bib")["Foreningen Bogorm"]
