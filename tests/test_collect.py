"""`hoering new/collect/status/export/set-sender` over real generated PDF and DOCX files."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fixtures import (
    make_corrupt_pdf,
    make_docx,
    make_encrypted_pdf,
    make_image_pdf,
    make_pdf,
)
from pg_harness import integrity_ok

from hoering.store import Archive

AELDRE = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet har drøftet forslaget om besparelser på aktiveringsområdet.",
    "Vi er bekymrede for de ældre borgere, der i dag får hjælp til havearbejde og snerydning "
    "fra Haveprojektet. Uden den hjælp kan flere få svært ved at blive i egen bolig.",
]
LBR_SIGNATURE_ONLY = [
    "Besparelser på aktiveringsområdet",
    "Rådet finder det vigtigt, at mentorindsatsen fortsat målrettes de borgere, der har størst behov.",
    "Med venlig hilsen",
    "Hanne Jensen",
    "Formand for Det Lokale Beskæftigelsesråd",
]
JA_BODY = [
    "Justering af mentor indsatsen:",
    "Vi ser mentorindsatsen som en betydende indsats for vores borgergruppe i Holbæk og Aalborg.",
]


def by_file(export: dict) -> dict[str, dict]:
    return {r["file"]: r for r in export["responses"]}


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "indbakke"
    (folder / "uge44").mkdir(parents=True)
    make_pdf(folder / "01 titel.pdf", [AELDRE])
    make_docx(folder / "02 signatur.docx", LBR_SIGNATURE_ONLY)
    make_pdf(
        folder / "uge44" / "03 brevhoved.pdf",
        [JA_BODY, ["Vi bakker op om at sikre mest muligt for pengene."]],
        header="LMU i Job- og Aktivhuset · Aalborg Kommune",
        footer="Job- og Aktivhuset, Sønderbro 2, 9000 Aalborg",
        page_numbers=True,
    )
    (folder / "04 borger.txt").write_text(
        "Kære udvalg\n\nJeg er imod lukningen af Haveprojektet, som hjælper min mor med snerydning.\n\n"
        "Venlig hilsen\nKaren Nielsen\n",
        encoding="utf-8",
    )
    return folder


def test_collect_reads_each_format_and_finds_senders(hoering, consultation_toml, inbox):
    hoering("new", "akt", "--config", consultation_toml)
    result = hoering("collect", "akt", inbox)
    assert "4 nye" in result.stdout
    data = hoering.export("akt")
    responses = by_file(data)
    assert [r["id"] for r in data["responses"]] == [1, 2, 3, 4]

    title = responses["01 titel.pdf"]
    assert (title["format"], title["status"], title["sender"], title["sender_source"]) == (
        "pdf", "ok", "Ældrerådet", "title",
    )
    signature = responses["02 signatur.docx"]
    assert signature["format"] == "docx"
    assert signature["party"] == "Det lokale beskæftigelsesråd (LBR)"
    assert signature["sender_source"] == "signature"
    letterhead = responses["03 brevhoved.pdf"]
    assert letterhead["party"] == "LMU i Job- og Aktivhuset"
    assert letterhead["sender_source"] == "letterhead"
    assert letterhead["pages"] == 2
    citizen = responses["04 borger.txt"]
    assert citizen["format"] == "txt"
    assert citizen["sender_kind"] == "citizen"
    assert citizen["party"] is None
    assert sorted(data["missing_parties"]) == ["Handicaprådet", "LMU i Jobhuset"]
    # The status table shows who has not answered.
    assert "Har ikke svaret (2): Handicaprådet; LMU i Jobhuset" in result.stdout


def test_export_contract(hoering, consultation_toml, inbox):
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", inbox)
    data = hoering.export("akt")
    assert data["consultation"]["title"] == "Besparelser på aktiveringsområdet"
    assert data["consultation"]["deadline"] == "2018-11-01"
    assert data["consultation"]["themes"]["mentor"]["keywords"] == ["mentor", "mentorindsats"]
    required = {
        "id", "file", "sha256", "format", "status", "error", "sender", "sender_kind", "party",
        "received", "pages", "text_chars", "duplicate_of",
    }  # fmt: skip
    for response in data["responses"]:
        assert required <= set(response)
        assert len(response["sha256"]) == 64
        assert response["text_chars"] == len(response["text"]) > 0


def test_text_is_clean_in_the_archive(hoering, consultation_toml, inbox):
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", inbox)
    text = by_file(hoering.export("akt"))["03 brevhoved.pdf"]["text"]
    assert "Holbæk" in text and "mentorindsatsen" in text
    assert "Sønderbro" not in text  # the repeated footer
    assert "1/2" not in text and "Side 1" not in text


def test_recollect_is_a_noop_and_new_files_are_added(hoering, consultation_toml, inbox, archive_dir):
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", inbox)
    before = hoering.export("akt")
    again = hoering("collect", "akt", inbox)
    assert "0 nye, 4 uændrede" in again.stdout
    assert hoering.export("akt")["responses"] == before["responses"]

    make_docx(inbox / "05 handicap.docx", ["Høringssvar fra Handicaprådet", "Vi har ingen bemærkninger."])
    third = hoering("collect", "akt", inbox)
    assert "1 nye, 4 uændrede" in third.stdout
    data = hoering.export("akt")
    assert data["responses"][-1]["id"] == 5
    assert data["responses"][-1]["party"] == "Handicaprådet"
    assert data["missing_parties"] == ["LMU i Jobhuset"]


def test_renamed_copy_is_a_recorded_duplicate(hoering, consultation_toml, inbox, archive_dir):
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", inbox)
    shutil.copy(inbox / "01 titel.pdf", inbox / "01 titel (kopi).pdf")
    result = hoering("collect", "akt", inbox)
    assert "1 dubletter" in result.stdout
    copy = by_file(hoering.export("akt"))["01 titel (kopi).pdf"]
    assert copy["duplicate_of"] == 1
    assert copy["status"] == "duplicate"
    assert "dublet af nr. 1" in hoering("status", "akt").stdout
    # Stored once: one blob for the two rows.
    with Archive(archive_dir) as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 4
        original = archive.read_file(copy["sha256"])
    assert original == (inbox / "01 titel.pdf").read_bytes()


def test_bad_files_get_status_and_danish_message_and_batch_goes_on(
    hoering, consultation_toml, tmp_path, monkeypatch
):
    # Without OCR (as when Tesseract is not installed) a scan is needs_ocr; tests/test_intake.py
    # covers the scan read with OCR.
    monkeypatch.setenv("HOERING_OCR", "off")
    folder = tmp_path / "blandet"
    folder.mkdir()
    make_corrupt_pdf(folder / "a_beskadiget.pdf")
    make_encrypted_pdf(folder / "b_krypteret.pdf", "hemmelig")
    (folder / "c_tom.pdf").write_bytes(b"")
    make_image_pdf(folder / "d_scanning.pdf")
    make_docx(folder / "e_word_som_pdf.docx", AELDRE)
    (folder / "e_word_som_pdf.docx").rename(folder / "e_word_som.pdf")
    make_pdf(folder / "f_god.pdf", [JA_BODY])
    (folder / "g_billede.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    hoering("new", "akt", "--config", consultation_toml)
    result = hoering("collect", "akt", folder, ok=False)
    assert result.exit_code == 1
    responses = by_file(hoering.export("akt"))
    expected = {
        "a_beskadiget.pdf": ("failed", "corrupt", "beskadiget"),
        "b_krypteret.pdf": ("failed", "encrypted", "adgangskode"),
        "c_tom.pdf": ("failed", "empty", "tom"),
        "d_scanning.pdf": ("needs_ocr", "needs_ocr", "scanning"),
        "g_billede.png": ("failed", "unsupported", "ikke et dokument"),
    }
    for name, (status, code, words) in expected.items():
        response = responses[name]
        assert (response["status"], response["error_code"]) == (status, code), name
        assert name in response["error"] and words in response["error"], response["error"]
        assert f"FEJL: {response['error']}" in result.stderr
    renamed = responses["e_word_som.pdf"]
    assert (renamed["status"], renamed["format"], renamed["sender"]) == ("ok", "docx", "Ældrerådet")
    assert responses["f_god.pdf"]["status"] == "ok"


def test_failed_file_is_kept_and_retried_in_place(hoering, consultation_toml, tmp_path, archive_dir):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_corrupt_pdf(folder / "svar.pdf")
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", folder, ok=False)
    first = hoering.export("akt")["responses"][0]
    with Archive(archive_dir) as archive:
        assert archive.read_file(first["sha256"]) == (folder / "svar.pdf").read_bytes()
    # Running again re-reads the failed file in place: same number, no second row.
    hoering("collect", "akt", folder, ok=False)
    assert [r["id"] for r in hoering.export("akt")["responses"]] == [1]


def test_status_says_what_was_read_with_reservations(hoering, consultation_toml, tmp_path, monkeypatch):
    monkeypatch.setenv("HOERING_OCR", "off")  # as without Tesseract: the scanned page is missing
    folder = tmp_path / "ind"
    folder.mkdir()
    mixed = pdfium.PdfDocument(make_pdf(tmp_path / "a.pdf", [["Høringssvar fra Ældrerådet", "Vi er imod."]]))
    mixed.import_pages(pdfium.PdfDocument(make_image_pdf(tmp_path / "b.pdf")))
    mixed.save(str(folder / "blandet.pdf"))
    hoering("new", "akt", "--config", consultation_toml)
    out = hoering("collect", "akt", folder).stdout
    assert "Nr. 1, bemærk: Side 2 er scannet uden tekst; teksten derfra er ikke med" in out
    assert "Nr. 1, bemærk: Side 2 er scannet uden tekst" in hoering("status", "akt").stdout


def test_set_sender_survives_recollect_and_config_update(hoering, consultation_toml, inbox):
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", inbox)
    out = hoering("set-sender", "akt", "4", "Handicaprådet").stdout
    assert "Handicaprådet" in out
    hoering("collect", "akt", inbox)
    hoering("config", "akt", "--config", consultation_toml)
    response = hoering.export("akt")["responses"][3]
    assert (response["sender"], response["party"], response["sender_source"]) == (
        "Handicaprådet", "Handicaprådet", "manual",
    )


def test_unknown_consultation_and_response_are_danish_errors(hoering, consultation_toml):
    result = hoering("status", "findes-ikke", ok=False)
    assert result.exit_code == 1
    assert "Høringen »findes-ikke« findes ikke" in result.output
    hoering("new", "akt", "--config", consultation_toml)
    result = hoering("set-sender", "akt", "9", "X", ok=False)
    assert "Høringssvar nr. 9 findes ikke" in result.output


def test_bad_config_is_reported_in_danish(hoering, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "X"\ndeadline = "snart"\n', encoding="utf-8")
    result = hoering("new", "x", "--config", bad, ok=False)
    assert 'bad.toml, linje 2: deadline skal være høringsfristen som en dato' in result.output
    assert 'ikke "snart"' in result.output
    result = hoering("new", "Ugyldigt Navn", "--title", "X", ok=False)
    assert "kan ikke bruges som kortnavn" in result.output


def test_new_with_title_writes_starter_config_and_list(hoering, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hoering("new", "park", "--title", "Ny parkeringspolitik")
    assert (tmp_path / "park.toml").exists()
    assert 'title = "Ny parkeringspolitik"' in (tmp_path / "park.toml").read_text(encoding="utf-8")
    assert "park" in hoering("list").stdout


def test_killed_collect_leaves_consistent_archive(consultation_toml, tmp_path, archive_dir):
    folder = tmp_path / "mange"
    folder.mkdir()
    for i in range(40):
        make_pdf(folder / f"{i:02d}.pdf", [[f"Høringssvar nr. {i} om mentorindsatsen."] + JA_BODY * 20])
    env = {**os.environ, "HOERING_ARCHIVE": str(archive_dir)}
    cmd = [sys.executable, "-m", "hoering"]
    subprocess.run([*cmd, "new", "akt", "--config", str(consultation_toml)], env=env, check=True)
    proc = subprocess.Popen([*cmd, "collect", "akt", str(folder), "-q"], env=env)
    deadline = time.time() + 60
    count = 0
    with Archive(archive_dir) as watcher:
        while time.time() < deadline and proc.poll() is None:
            try:
                count = watcher.db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
            except sqlite3.OperationalError:
                pass
            if count >= 3:
                break
            time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 3 <= count < 40, "the collect finished before it could be killed"

    with Archive(archive_dir) as archive:
        assert integrity_ok(archive)
        rows = archive.db.execute("SELECT number, sha256, status FROM responses").fetchall()
        assert all(archive.has_file(r["sha256"]) for r in rows)
        assert all(r["status"] == "ok" for r in rows)
    finished = subprocess.run([*cmd, "collect", "akt", str(folder), "-q"], env=env)
    assert finished.returncode == 0
    with Archive(archive_dir) as archive:
        numbers = [r[0] for r in archive.db.execute("SELECT number FROM responses ORDER BY number")]
        files = {r[0] for r in archive.db.execute("SELECT file FROM responses")}
    assert numbers == list(range(1, 41))
    assert files == {f"{i:02d}.pdf" for i in range(40)}
