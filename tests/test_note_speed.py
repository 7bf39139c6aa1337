"""A note reads each text with the Danish layer once: what redaction read is kept in the
archive and the next note uses it, and gives exactly the note a fresh reading gives.

Commands run in fresh interpreters (as a person runs them), so a module loaded shows what the
command needed (test_speed.run_fresh).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT
from test_speed import run_fresh

from hoering.store import Archive

_COPIES = pytest.mark.sqlite_only("works on copies of one collected archive folder")


def test_readings_are_kept_and_deleted_with_a_response_on_either_backend(hoering, archive_dir, tmp_path):
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    hoering("note", "akt", "-o", tmp_path / "first.md")
    with Archive(archive_dir) as a:
        (count,) = a.db.execute("SELECT COUNT(*) FROM redaction_readings").fetchone()
    assert count == 1
    hoering("note", "akt", "-o", tmp_path / "again.md")
    assert (tmp_path / "again.md").read_text("utf-8") == (tmp_path / "first.md").read_text("utf-8")
    hoering("delete", "akt", "2", "--yes")
    with Archive(archive_dir) as a:
        (count,) = a.db.execute("SELECT COUNT(*) FROM redaction_readings").fetchone()
    assert count == 0


def _kept(archive: Path) -> dict[int, int]:
    """{consultation id: number of kept readings}."""
    import json

    with Archive(archive) as a:
        rows = a.db.execute("SELECT consultation_id, readings FROM redaction_readings").fetchall()
    return {cid: len(json.loads(value)) for cid, value in rows}


def _forget(archive: Path) -> None:
    with Archive(archive) as a, a.transaction() as db:
        db.execute("DELETE FROM redaction_readings")


@_COPIES
def test_a_second_note_reads_no_text_and_is_the_same(sample_copy, tmp_path):
    first = run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "first.html")
    assert first["pipeline_built"]
    kept = _kept(sample_copy)
    assert list(kept.values())[0] >= 11  # every readable response's text, and its résumé
    again = run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "again.html")
    # Neither the summaries nor the redaction read a text again: no spaCy at all.
    assert "spacy" not in again["modules"] and not again["pipeline_built"]
    assert (tmp_path / "again.html").read_text("utf-8") == (tmp_path / "first.html").read_text("utf-8")
    assert _kept(sample_copy) == kept


@_COPIES
def test_kept_readings_give_the_note_a_fresh_reading_gives(sample_copy, tmp_path):
    """A sender made a private person after the first note: that response is read again as a
    citizen's letter, the others come from the archive, and the note equals one made with
    nothing kept (public and spreadsheet alike)."""
    run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "before.docx")
    run_fresh(sample_copy, "set-sender", "akt", "4", "Karl Erik Madsen", "--citizen")
    run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "kept.md")
    run_fresh(sample_copy, "export", "akt", "--xlsx", tmp_path / "kept.xlsx")
    fresh = tmp_path / "fresh"
    shutil.copytree(sample_copy, fresh)
    _forget(fresh)
    report = run_fresh(fresh, "note", "akt", "-o", tmp_path / "fresh.md")
    assert report["pipeline_built"]
    assert (tmp_path / "kept.md").read_text("utf-8") == (tmp_path / "fresh.md").read_text("utf-8")
    assert "Karl Erik Madsen" not in (tmp_path / "kept.md").read_text("utf-8")
    _forget(fresh)
    run_fresh(fresh, "export", "akt", "--xlsx", tmp_path / "fresh.xlsx")
    assert _cells(tmp_path / "kept.xlsx") == _cells(tmp_path / "fresh.xlsx")


def _cells(path: Path) -> list:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [[[c.value for c in row] for row in sheet.iter_rows()] for sheet in book.worksheets]


@_COPIES
def test_deleting_a_response_deletes_the_kept_readings(sample_copy, tmp_path):
    run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "n.md")
    assert _kept(sample_copy)
    run_fresh(sample_copy, "delete", "akt", "2", "--yes")
    assert not _kept(sample_copy)  # they name the persons in its text


@_COPIES
def test_an_internal_note_keeps_nothing(sample_copy, tmp_path):
    run_fresh(sample_copy, "note", "akt", "-o", tmp_path / "n.md", "--internal")
    assert not _kept(sample_copy)


def test_a_reading_survives_its_json():
    from hoering.redaction.reading import Reading, read

    text = ("Min søn Magnus Hansen har ADHD og er medlem af 3F.\n\nVores datter Ida går i skole, "
            "og hun er muslim. Med venlig hilsen\nKaren Jensen")  # fmt: skip
    for citizen in (True, False):
        found = read(text, citizen)
        assert found.names or not citizen
        assert Reading.from_json(found.to_json()) == found


def _stderr_on_a_terminal(archive: Path, *args) -> str:
    """What `hoering --archive ARCHIVE ARGS` writes to stderr when stderr is a terminal."""
    import os

    master, slave = os.openpty()
    try:
        subprocess.run([sys.executable, "-m", "hoering", "--archive", str(archive), *map(str, args)],
                       stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT, check=True, timeout=600)  # fmt: skip
    finally:
        os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end is closed: everything read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@_COPIES
def test_note_and_spreadsheet_show_a_bar_on_a_terminal_only(sample_copy, tmp_path):
    from hoering import messages as M

    shown = _stderr_on_a_terminal(sample_copy, "note", "akt", "-o", tmp_path / "n.docx")
    assert M.SUMMARISING in shown and M.WRITING_NOTE in shown and "100%" in shown
    assert M.WRITING_XLSX in _stderr_on_a_terminal(sample_copy, "export", "akt", "--xlsx", tmp_path / "n.xlsx")
    piped = subprocess.run([sys.executable, "-m", "hoering", "--archive", str(sample_copy), "note", "akt", "-o",
                            str(tmp_path / "m.docx")], capture_output=True, text=True, cwd=ROOT, check=True)  # fmt: skip
    assert M.WRITING_NOTE not in piped.stderr and "%" not in piped.stderr
