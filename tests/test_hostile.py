"""Hostile and broken input (issue 6): every case gets a status and a Danish message, the batch
goes on, nothing runs away with memory or time, the archive stays consistent.

Each file is read the way collect reads it: `_prepare_or_refuse` in a supervised worker
process (`hoering.extract.sandbox.Supervisor`), killed if it overruns.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from fixtures import make_corrupt_pdf, make_encrypted_pdf, make_ole, make_pdf
from intake_fixtures import (
    make_deep_pdf,
    make_entity_bomb_docx,
    make_flate_bomb_pdf,
    make_page_bomb_pdf,
    make_zip_bomb_docx,
)

from hoering.config import parse_config
from hoering.extract import Limits
from hoering.extract.sandbox import Supervisor
from hoering.pipeline import collect as collect_mod
from hoering.pipeline import read as read_mod
from hoering.pipeline.read import Job
from hoering.pipeline.read import read_job as _prepare_or_refuse
from hoering.store import Archive

FORK = multiprocessing.get_start_method() == "fork"


@pytest.fixture(scope="module")
def supervisor():
    with Supervisor(1, hard_seconds=30, memory_bytes=Limits().max_memory_bytes) as running:
        yield running


def read(supervisor: Supervisor, path: Path, limits: Limits | None = None):
    result = supervisor.result(
        supervisor.submit(_prepare_or_refuse, Job(path, path.parent, [], limits or Limits()))
    )
    assert result.error is None, result.error  # nothing escaped the per-file error handling
    return result


def _png_bomb(path: Path) -> Path:
    """A 100 KB PNG that claims 100,000 x 100,000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 100_000, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return path


def _odt_entity_bomb(path: Path) -> Path:
    from fixtures import make_odt

    make_odt(path.with_suffix(".tmp"), ["LAUGH"])
    dtd = '<!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {"b" * (i + 1)} "' + ("&" + ("b" * i if i else "a") + ";") * 10 + '">' for i in range(8)
    ) + "]>"
    with zipfile.ZipFile(path.with_suffix(".tmp")) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "content.xml":
                head, _, rest = data.decode().partition("?>")
                data = (head + "?>" + dtd + rest.replace("LAUGH", "&bbbbbbbb;")).encode()
            zout.writestr(info, data)
    path.with_suffix(".tmp").unlink()
    return path


def _rtf_nesting(path: Path) -> Path:
    path.write_bytes(b"{\\rtf1\\ansi " + b"{" * 200_000 + b"Vi er imod." + b"}" * 200_000 + b"}")
    return path


CASES = [
    # name, make, status, error codes, a word the Danish message must hold
    ("afkortet.pdf", make_corrupt_pdf, "failed", {"corrupt"}, "beskadiget"),
    ("krypteret.pdf", lambda p: make_encrypted_pdf(p, "hemmelig"), "failed", {"encrypted"}, "adgangskode"),
    ("krypteret-uden-kode.pdf", lambda p: make_encrypted_pdf(p, ""), "ok", {None}, None),
    ("sidebombe.pdf", make_page_bomb_pdf, "failed", {"too_large"}, "200000 sider"),
    ("dyb.pdf", make_deep_pdf, "ok", {None}, None),
    ("flatebombe.pdf", make_flate_bomb_pdf, "failed", {"crashed", "no_text", "too_large", "corrupt"}, None),
    ("zipbombe.docx", make_zip_bomb_docx, "failed", {"too_large"}, "gange mere udpakket"),
    ("billion-laughs.docx", make_entity_bomb_docx, "failed", {"unsafe"}, "angribe"),
    ("billion-laughs.odt", _odt_entity_bomb, "failed", {"unsafe"}, "angribe"),
    ("billedbombe.png", _png_bomb, "failed", {"too_large"}, "pixels"),
    ("rtf-dybde.rtf", _rtf_nesting, "ok", {None}, None),
    ("tom.pdf", lambda p: p.write_bytes(b""), "failed", {"empty"}, "0 byte"),
    ("program.exe", lambda p: p.write_bytes(b"MZ\x90\x00" + os.urandom(4096)), "failed", {"unsupported"}, "ikke et dokument"),
    ("besked.msg", lambda p: make_ole(p, "msg"), "failed", {"corrupt"}, "beskadiget"),
    ("side.html", lambda p: p.write_text("<!DOCTYPE html><html><body>Hej</body></html>"), "failed", {"unsupported"}, "HTML"),
]


@pytest.mark.parametrize("name, make, status, codes, words", CASES, ids=[c[0] for c in CASES])
def test_hostile_file_gets_a_status_and_a_danish_message(supervisor, tmp_path, name, make, status, codes, words):
    path = tmp_path / name
    make(path)
    start = time.monotonic()
    result = read(supervisor, path)
    if result.crashed:  # the worker died (the memory cap): collect records ReaderCrashed
        assert "crashed" in codes
        return
    item = result.value
    assert (item.status, item.error_code) in {(status, c) for c in codes}, item.error
    if words:
        assert f"»{name}«" in item.error and words in item.error, item.error
    assert time.monotonic() - start < 20


def test_zip_total_size_is_capped_before_the_reader_opens_it(supervisor, tmp_path):
    from fixtures import make_docx

    path = make_docx(tmp_path / "stor.docx", ["Hej"])
    with zipfile.ZipFile(path, "a") as package:  # 3 MB of incompressible media
        package.writestr("word/media/image1.bin", os.urandom(3_000_000))
    item = read(supervisor, path, Limits(max_uncompressed_bytes=2_000_000)).value
    assert (item.status, item.error_code) == ("failed", "too_large")
    assert "når filen pakkes ud" in item.error


def _consultation(archive: Archive, limits: dict | None = None) -> None:
    archive.create_consultation(
        "akt", parse_config({"title": "Test", "parties": ["Ældrerådet"], "limits": limits or {}}, "test")
    )


def test_too_large_file_is_refused_without_being_read(tmp_path, monkeypatch):
    """Decision: a file over max_bytes gets no row: only its size is read (stat), it is not
    hashed and not stored, and collect reports it (FEJL) each time it is seen."""
    folder = tmp_path / "ind"
    folder.mkdir()
    huge = folder / "kæmpe.pdf"
    with open(huge, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse
    make_pdf(folder / "lille.pdf", [["Høringssvar fra Ældrerådet", "Vi er imod."]])
    touched: list[Path] = []
    real_sha = collect_mod.sha256_file
    monkeypatch.setattr(collect_mod, "sha256_file", lambda p: touched.append(Path(p)) or real_sha(p))
    monkeypatch.setattr(read_mod, "sha256_file", lambda p: touched.append(Path(p)) or real_sha(p))
    with Archive(tmp_path / "arkiv") as archive:
        _consultation(archive)
        report = collect_mod.collect(archive, "akt", [folder], isolate=False)
        refused = [o for o in report.outcomes if o.file == "kæmpe.pdf"]
        assert [(o.action, o.status) for o in refused] == [("refused", "failed")]
        assert "for stor" in refused[0].message and "210 MB" in refused[0].message
        assert huge not in touched
        assert [r.file for r in archive.responses(archive.consultation("akt"))] == ["lille.pdf"]
        if archive.files_dir is None:  # PostgreSQL: the originals are rows
            assert len(list(archive.blobs.hashes())) == 1
        else:
            stored = [p for p in archive.files_dir.rglob("*") if ".incoming" not in p.parts]
            assert len(stored) == 2  # one folder, one file (files/.incoming/ holds only temp files)


def test_symlink_out_of_the_folder_is_not_followed(tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    secret = make_pdf(tmp_path / "hemmelig.pdf", [["Fortroligt."]])
    (folder / "genvej.pdf").symlink_to(secret)
    (folder / "sub").mkdir()
    inside = make_pdf(folder / "sub" / "svar.pdf", [["Høringssvar fra Ældrerådet."]])
    (folder / "genvej-inde.pdf").symlink_to(inside)
    (tmp_path / "udenfor").mkdir()
    (folder / "mappe-link").symlink_to(tmp_path / "udenfor", target_is_directory=True)
    make_pdf(tmp_path / "udenfor" / "skjult.pdf", [["Må ikke læses."]])
    with Archive(tmp_path / "arkiv") as archive:
        _consultation(archive)
        report = collect_mod.collect(archive, "akt", [folder])
        outcomes = {o.file: o for o in report.outcomes}
        assert outcomes["genvej.pdf"].action == "refused"
        assert "symlink" in outcomes["genvej.pdf"].message
        assert "skjult.pdf" not in outcomes  # symlinked folders are not walked
        files = {r.file for r in archive.responses(archive.consultation("akt"))}
        assert files == {"svar.pdf", "genvej-inde.pdf"}  # a link inside the folder is fine


def test_names_with_separators_and_control_characters(tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_pdf(folder / "a\\..\\b.pdf", [["Vi er imod."]])
    make_pdf(folder / "linje\nskift\x1b[2J.pdf", [["Vi er for."]])
    make_corrupt_pdf(folder / "ond\x1b]0;hej\x07.pdf")  # a terminal escape in a failing file's name
    with Archive(tmp_path / "arkiv") as archive:
        _consultation(archive)
        report = collect_mod.collect(archive, "akt", [folder])
        rows = {r.file: r for r in archive.responses(archive.consultation("akt"))}
    assert sorted(rows) == ["a\\..\\b.pdf", "linje\ufffdskift\ufffd[2J.pdf", "ond\ufffd]0;hej\ufffd.pdf"]
    bad = rows["ond\ufffd]0;hej\ufffd.pdf"]
    assert bad.error_code == "corrupt" and "»ond\ufffd]0;hej\ufffd.pdf«" in bad.error
    assert all(o.message is None or o.message.isprintable() for o in report.outcomes)


# --- the hard time cap ---------------------------------------------------------------------


from hoering.extract.text import extract_text as _read_text  # noqa: E402 - before patching


def _hang(path, limits, deadline):
    if "haenger" in path.name:
        time.sleep(600)  # a reader stuck in C code never checks its Deadline
    if "crash" in path.name:
        os.kill(os.getpid(), signal.SIGSEGV)
    return _read_text(path, limits, deadline)


@pytest.mark.skipif(not FORK, reason="the patched reader reaches workers only when they are forked")
def test_a_file_that_hangs_is_killed_and_the_batch_goes_on(tmp_path, monkeypatch):
    from hoering.extract import text

    monkeypatch.setattr(text, "extract_text", _hang)
    monkeypatch.setattr(collect_mod, "HARD_GRACE", 0.5)
    folder = tmp_path / "ind"
    folder.mkdir()
    for name in ("1 før.txt", "2 haenger.txt", "3 crash.txt", "4 efter.txt"):
        (folder / name).write_text(f"Høringssvar fra Ældrerådet ({name})\n\nVi er imod forslaget.\n", "utf-8")
    with Archive(tmp_path / "arkiv") as archive:
        _consultation(archive, {"max_seconds": 1})
        start = time.monotonic()
        report = collect_mod.collect(archive, "akt", [folder])
        elapsed = time.monotonic() - start
        rows = {r.file: r for r in archive.responses(archive.consultation("akt"))}
    assert elapsed < 15
    assert [o.action for o in report.outcomes] == ["new"] * 4
    assert rows["1 før.txt"].status == rows["4 efter.txt"].status == "ok"
    hung = rows["2 haenger.txt"]
    assert (hung.status, hung.error_code) == ("failed", "timeout")
    assert "Det tog for lang tid at læse filen »2 haenger.txt«" in hung.error
    crashed = rows["3 crash.txt"]
    assert (crashed.status, crashed.error_code) == ("failed", "crashed")
    assert "»3 crash.txt«" in crashed.error


def test_supervisor_kills_overruns_and_keeps_order(tmp_path):
    with Supervisor(2, hard_seconds=0.5) as supervisor:
        tickets = supervisor.submit_many(time.sleep, [0.0, 30, 0.0, 0.1])
        results = [supervisor.result(t) for t in tickets]
        assert [r.timed_out for r in results] == [False, True, False, False]
        assert supervisor.restarts == 1
        # The replacement worker works.
        assert supervisor.result(supervisor.submit(abs, -3)).value == 3
