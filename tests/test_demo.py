"""`hoering demo`: the sample consultation from the installed package, with nothing else."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hoering.cli import main


def demo(*args, env=None):
    result = CliRunner(env=env).invoke(main, [*map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_sets_up_collects_and_writes_the_note(tmp_path):
    archive = tmp_path / "eksempel"  # does not exist yet: demo may create it
    out = demo("--archive", archive, "demo", "--no-browser", "--no-serve")
    assert "Har ikke svaret (2)" in out
    assert str(archive / "overblik.docx") in out and str(archive / "overblik.html") in out
    assert (archive / "overblik.docx").stat().st_size > 10_000
    assert "Ældrerådet" in (archive / "overblik.html").read_text(encoding="utf-8")
    exported = json.loads(CliRunner().invoke(main, ["--archive", str(archive), "export", "aktivering"]).stdout)
    assert len(exported["responses"]) == 11
    assert all(r["status"] == "ok" for r in exported["responses"])
    # Again: nothing is collected twice.
    demo("--archive", archive, "demo", "--no-browser", "--no-serve")
    again = json.loads(CliRunner().invoke(main, ["--archive", str(archive), "export", "aktivering"]).stdout)
    assert len(again["responses"]) == 11


@pytest.mark.sqlite_only("the demo's own archive is a folder in the user's data directory")
def test_demo_has_its_own_archive_apart_from_the_real_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("HOERING_ARCHIVE", raising=False)
    out = demo("demo", "--no-browser", "--no-serve")
    own = tmp_path / "data" / "hoering-demo"
    assert (own / "archive.sqlite").is_file() and (own / "overblik.docx").is_file()
    assert not (tmp_path / "data" / "hoering").exists()  # the user's real archive is untouched
    assert f'--archive "{own}"' in out
