"""The sign-off gate, manual redactions and the redaction report, through the real CLI on a
real archive: what the public note and spreadsheet say, and what the audit log keeps."""

from __future__ import annotations

import pytest
from docx import Document
from fixtures import make_text
from openpyxl import load_workbook

from hoering.note import DRAFT_MARKING
from hoering.store import Archive

CITIZEN = (
    "Høringssvar om mentorindsatsen\n\n"
    "Jeg er imod besparelsen på mentorindsatsen. Min mentor Solhøj har hjulpet mig meget. "
    "Bevilling 23456789 udløber i maj. Ring på 22 33 44 55.\n\n"
    "Venlig hilsen\nKarl Erik Madsen\n"
)
ORGANISATION = "Høringssvar\n\nVi støtter forslaget om mentorindsatsen.\n\nMed venlig hilsen\nÆldrerådet\n"


@pytest.fixture
def consultation(hoering, consultation_toml, tmp_path):
    """One citizen's letter with a doubtful redaction (eight digits no word calls a phone
    number); a second folder with an organisation's letter to collect later."""
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    make_text(first / "borger.txt", CITIZEN)
    make_text(later / "aeldreraadet.txt", ORGANISATION)
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", first, "-j", "1")
    return first, later


def marked(hoering, tmp_path) -> dict[str, bool]:
    """Whether each public format carries the draft marking."""
    out = {}
    for suffix in (".md", ".html", ".docx"):
        path = tmp_path / f"notat{suffix}"
        hoering("note", "akt", "-o", path)
        if suffix == ".docx":
            doc = Document(str(path))
            text = "\n".join(p.text for p in doc.sections[0].header.paragraphs + doc.paragraphs[:5])
        else:
            text = path.read_text(encoding="utf-8")[:2000]
        out[suffix] = DRAFT_MARKING.casefold() in text.casefold()
    xlsx = tmp_path / "overblik.xlsx"
    hoering("export", "akt", "--xlsx", xlsx)
    ws = load_workbook(xlsx).active
    out[".xlsx"] = "UDKAST" in ws.title and ws.oddHeader.center.text == DRAFT_MARKING
    return out


def log(archive_dir) -> list:
    with Archive(archive_dir) as archive:
        from hoering.store import audit

        return audit.entries(archive.db, "akt")


def test_gate(hoering, consultation, tmp_path, archive_dir):
    _, later = consultation
    assert all(marked(hoering, tmp_path).values())

    refused = hoering("approve", "akt", ok=False)
    assert refused.exit_code == 1
    assert "tvivlsom" in refused.output and "hoering redactions akt" in refused.output
    assert all(marked(hoering, tmp_path).values())

    hoering("approve", "akt", "--reason", "Bevillingsnummeret er ikke et telefonnummer")
    assert not any(marked(hoering, tmp_path).values())
    (entry,) = [e for e in log(archive_dir) if e.action == "approve"]
    assert "Bevillingsnummeret er ikke et telefonnummer" in entry.detail
    # The internal note is never approved: it stays internal.
    hoering("note", "akt", "-o", tmp_path / "intern.md", "--internal")
    top = (tmp_path / "intern.md").read_text(encoding="utf-8")[:300]
    assert "Intern" in top and DRAFT_MARKING not in top

    # Collecting the same folder again changes nothing; a new file makes it a draft again.
    hoering("collect", "akt", consultation[0], "-j", "1")
    assert not any(marked(hoering, tmp_path).values())
    hoering("collect", "akt", later, "-j", "1")
    assert all(marked(hoering, tmp_path).values())
    assert "ændret siden" in hoering("redactions", "akt").output

    hoering("approve", "akt", "--reason", "igen")
    hoering("approve", "akt", "--withdraw")
    assert all(marked(hoering, tmp_path).values())
    assert [e.action for e in log(archive_dir)][-1] == "withdraw_approval"


def test_reviewed_redactions_let_approval_through(hoering, consultation, tmp_path, archive_dir):
    report = hoering("redactions", "akt").output
    assert "0 tvivlsomme" not in report
    rows = report.splitlines()[4:]  # the table's rows: the doubtful ones first
    doubtful = [row for row in rows if row.startswith("?")]
    assert rows[: len(doubtful)] == doubtful
    assert any("telefonnummer" in row and "23456789" in row for row in doubtful)
    hoering("redactions", "akt", "--reviewed")
    assert "0 tvivlsomme" in hoering("redactions", "akt").output
    # Reviewed is kept by response, kind and text: it survives a re-collect.
    hoering("collect", "akt", consultation[1], "-j", "1")
    hoering("approve", "akt")
    assert not any(marked(hoering, tmp_path).values())
    assert "review_redactions" in [e.action for e in log(archive_dir)]


def test_manual_redact_and_keep_survive_recollect(hoering, consultation, tmp_path, archive_dir):
    first, later = consultation
    hoering("redact", "akt", 1, "solhøj")
    hoering("redact", "akt", 1, "23456789", "--keep")
    hoering("collect", "akt", first, later, "-j", "1")
    hoering("note", "akt", "-o", tmp_path / "n.md")
    text = (tmp_path / "n.md").read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
    assert "Solhøj" not in text and "Min mentor [tekst fjernet] har" in text
    assert "Bevilling 23456789 udløber" in text and "22 33 44 55" not in text

    report = hoering("redactions", "akt").output
    assert "fjernet manuelt" in report and "Nr. 1: »23456789«" in report
    assert "23456789 udløber" not in "".join(r for r in report.splitlines() if r.startswith("?"))

    entries = [e for e in log(archive_dir) if e.action in ("redact", "keep")]
    assert [(e.action, e.number) for e in entries] == [("redact", 1), ("keep", 1)]
    assert not any("olhøj" in e.detail or "23456789" in e.detail for e in log(archive_dir))

    hoering("redact", "akt", 1, "Solhøj", "--undo")
    hoering("note", "akt", "-o", tmp_path / "n.md")
    assert "Min mentor Solhøj har" in (tmp_path / "n.md").read_text(encoding="utf-8")
    assert hoering("redact", "akt", 1, "Solhøj", "--undo", ok=False).exit_code == 1
    assert "står ikke i" in hoering("redact", "akt", 1, "findes ikke", ok=False).output


def test_deleting_a_response_forgets_its_manual_redactions(hoering, consultation, archive_dir):
    hoering("redact", "akt", 1, "Solhøj")
    hoering("delete", "akt", 1, "--yes")
    with Archive(archive_dir) as archive:
        from hoering.store import publication

        assert publication.manual_redactions(archive.db, archive.consultation("akt").id) == []
