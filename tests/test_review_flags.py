"""Low-confidence machine stances are flagged "bør gennemses" in the export, the spreadsheet
and the review workspace's problems (real letters, a real archive, the real CLI)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from hoering.cli import main
from hoering.model.themes import REVIEW_BELOW
from hoering.store import Archive
from hoering.store import overview as overview_store
from hoering.web.pages import problems_of

LETTERS = {
    1: "Vi er umiddelbart ikke imod lukningen af Solhuset.",  # a cue, but hedged: unsure
    2: "Vi protesterer og er meget bekymrede. Bevar Solhuset!",  # clear
    3: "Solhuset har i dag 40 pladser og åbner klokken syv.",  # no cue at all
}


def test_unsure_stances_are_flagged_everywhere_a_person_looks(tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    folder.mkdir()
    for n, text in LETTERS.items():
        (folder / f"{n:02d}.txt").write_text(f"Høringssvar fra forening {n}\n\n{text}\n", encoding="utf-8")
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Test"\n[themes.luk]\nlabel = "Lukning af Solhuset"\nkeywords = ["Solhuset"]\n',
                      encoding="utf-8")
    runner = CliRunner()
    archive = ["--archive", str(tmp_path / "arkiv")]
    assert runner.invoke(main, [*archive, "new", "t", "--config", str(config)]).exit_code == 0
    assert runner.invoke(main, [*archive, "collect", "t", str(folder)]).exit_code == 0

    exported = json.loads(runner.invoke(main, [*archive, "export", "t", "--json"]).output)
    luk = {r["id"]: next(t for t in r["themes"] if t["key"] == "luk") for r in exported["responses"]}
    assert luk[1]["cues"] and luk[1]["confidence"] < REVIEW_BELOW and luk[1]["review"]
    assert luk[2]["confidence"] >= REVIEW_BELOW and not luk[2]["review"]
    assert not luk[3]["cues"] and luk[3]["review"]

    # The workspace's table marks the same ones and lists them among its problems.
    with Archive(tmp_path / "arkiv") as a:
        lines = overview_store.response_lines(a.db, a.consultation("t").id)
    flagged = {line.number: [m.guessed for m in line.marks] for line in lines}
    assert flagged == {1: [True], 2: [False], 3: [True]}
    stance_problems = {line.number: [p.text for p in problems_of(line) if p.rank == 2] for line in lines}
    assert stance_problems[1] and stance_problems[3] and not stance_problems[2]

    # A person's stance is theirs: never flagged.
    assert runner.invoke(main, [*archive, "tag", "t", "1", "luk", "--stance", "støtter"]).exit_code == 0
    exported = json.loads(runner.invoke(main, [*archive, "export", "t", "--json"]).output)
    first = next(t for t in exported["responses"][0]["themes"] if t["key"] == "luk")
    assert first["source"] == "manual" and not first["review"]
    with Archive(tmp_path / "arkiv") as a:
        marks = overview_store.tag_marks(a.db, a.consultation("t").id)
    assert [m.guessed for m in marks[1]] == [False]
