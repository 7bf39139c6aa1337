"""Hostile and damaged files as a tester fed them to the real `hoering collect`: each test
builds the file, collects it into a temp archive through the CLI and reads the status and
the Danish message back from `hoering export --json` and `hoering status`.

- a half-written blob (`.incoming-*`) left by a killed collect,
- an e-mail attachment whose base64 is broken,
- an e-mail with 8-bit headers and a NUL byte, and mail saved from a server (Return-Path:,
  Received:, X-…: first),
- a legacy Word file cut off mid-way,
- a DOCX/ODT XML part in UTF-16 or UTF-32 that carries a DTD.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from fixtures import make_docx, make_odt, make_pdf
from intake_fixtures import make_mail

from hoering.errors import UnsafeFile
from hoering.extract import extract
from hoering.extract.sniff import sniff
from hoering.store import Archive, sha256_file

ENTITY_DTD = (
    '<!DOCTYPE root [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
)


def collect(hoering, tmp_path: Path, files: dict[str, bytes]):
    """Collect `files` (name -> bytes) into a new consultation "akt"; (export by file, status)."""
    folder = tmp_path / "indbakke"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Besparelser"\nparties = ["Ældrerådet"]\n', "utf-8")
    hoering("new", "akt", "--config", config)
    hoering("collect", "akt", folder, ok=False)
    responses = {r["file"]: r for r in hoering.export("akt")["responses"]}
    return responses, hoering("status", "akt").stdout


# --- half-written blobs -------------------------------------------------------------------


TWO_DAYS_AGO = time.time() - 2 * 24 * 3600


def _write(path: Path, data: bytes, *, old: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if old:
        os.utime(path, (TWO_DAYS_AGO, TWO_DAYS_AGO))
    return path


@pytest.mark.sqlite_only("the SQLite archive's own store of original files (files/.incoming)")
def test_stale_incoming_blobs_are_removed_when_the_archive_opens(hoering, archive_dir):
    hoering("list")  # creates the archive
    incoming = archive_dir / "files" / ".incoming"
    stale = _write(incoming / "blob-doed", b"%PDF-1.7 halvt skrevet", old=True)  # its collect was killed
    fresh = _write(incoming / "blob-igang", b"%PDF-1.7 under skrivning")  # a collect writing now

    hoering("list")  # any command opens the archive

    assert not stale.exists()
    assert fresh.exists()


@pytest.mark.sqlite_only("the SQLite archive's own store of original files (files/.incoming)")
def test_temp_blobs_older_versions_left_next_to_the_blobs_are_removed_once(hoering, archive_dir):
    hoering("list")
    (archive_dir / "files" / ".incoming").rmdir()  # as an archive written by an older version
    folder = archive_dir / "files" / "ab"
    stale = _write(folder / ".incoming-k2j3h4", b"%PDF-1.7 halvt skrevet", old=True)
    fresh = _write(folder / ".incoming-a8d7f6", b"%PDF-1.7 under skrivning")
    blob = _write(folder / ("ab" + "0" * 62), b"et original", old=True)

    hoering("list")

    assert not stale.exists()
    assert fresh.exists() and blob.exists()
    assert (archive_dir / "files" / ".incoming").is_dir()  # the next opens need not look again


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
@pytest.mark.sqlite_only("the SQLite archive's own store of original files (files/.incoming)")
def test_an_old_temp_blob_that_is_still_being_written_is_kept(archive_dir):
    import fcntl

    Archive(archive_dir).close()
    slow = archive_dir / "files" / ".incoming" / "blob-langsom"
    with open(slow, "wb") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX)  # as store_file holds it while it writes
        writer.write(b"%PDF-1.7 en langsom kopi fra et netvaerksdrev")
        writer.flush()
        os.utime(slow, (TWO_DAYS_AGO, TWO_DAYS_AGO))
        Archive(archive_dir).close()
        assert slow.exists()
    Archive(archive_dir).close()  # the writer is gone: now it is litter
    assert not slow.exists()


@pytest.mark.sqlite_only("the SQLite archive's own store of original files (files/.incoming)")
def test_store_file_leaves_no_temp_file(archive, tmp_path):
    source = _write(tmp_path / "svar.pdf", b"%PDF-1.7 et svar")
    archive.store_file(source, sha256_file(source))
    assert archive.read_file(sha256_file(source)) == source.read_bytes()
    assert list(archive.blobs.incoming.iterdir()) == []


# --- e-mail attachments with broken base64 ----------------------------------------------------


def _break_base64(mail: bytes, how: str) -> bytes:
    """The mail with the base64 body of its PDF attachment damaged."""
    head, sep, rest = mail.partition(b"Content-Type: application/pdf")
    header, blank, body = rest.partition(b"\n\n")
    lines = body.split(b"\n")
    end = next(i for i, line in enumerate(lines) if line.startswith(b"--"))
    encoded = lines[:end]
    if how == "characters":  # a gateway mangled a stretch of it
        encoded[3] = encoded[3][:20] + b"\xe6\xf8\xe5!!%%" + encoded[3][26:]
    elif how == "truncated":  # cut off mid-line, one character past a 4-character group
        encoded = encoded[: len(encoded) // 2]
        encoded[-1] = encoded[-1][:41]
    elif how == "padding":  # a character lost: what follows is shifted, the padding is wrong
        encoded[0] = encoded[0][1:]
    lines[:end] = encoded
    return head + sep + header + blank + b"\n".join(lines)


@pytest.mark.parametrize("how", ["characters", "truncated", "padding"])
def test_attachment_with_broken_base64_is_a_damaged_attachment(hoering, tmp_path, how):
    letter = make_pdf(
        tmp_path / "svar.pdf",
        [["Høringssvar fra Ældrerådet", "Ældrerådet er imod lukningen af Haveprojektet. " * 30]],
    )
    mail = make_mail(tmp_path / "m.eml", "Hermed vores høringssvar.", attachments=[("svar.pdf", letter.read_bytes())])
    responses, status = collect(hoering, tmp_path, {"mail.eml": _break_base64(mail.read_bytes(), how)})

    attachment = responses["mail.eml › svar.pdf"]
    assert (attachment["status"], attachment["error_code"]) == ("failed", "corrupt"), attachment["error"]
    assert "»svar.pdf«" in attachment["error"] and "»mail.eml«" in attachment["error"]
    assert "beskadiget" in attachment["error"] and "sende bilaget igen" in attachment["error"]
    assert attachment["text"] == ""  # no garbage read as text
    assert attachment["error"] in status
    assert responses["mail.eml"]["status"] in ("ok", "cover")


def test_base64_with_stray_whitespace_is_not_damage(hoering, tmp_path):
    letter = make_pdf(tmp_path / "svar.pdf", [["Høringssvar fra Ældrerådet", "Vi er imod lukningen af Haveprojektet."]])
    mail = make_mail(tmp_path / "m.eml", "Hermed vores høringssvar.", attachments=[("svar.pdf", letter.read_bytes())])
    data = re.sub(rb"([A-Za-z0-9+/=]{76})\n", rb"\1 \n", mail.read_bytes())  # trailing blanks, as some gateways add
    responses, _ = collect(hoering, tmp_path, {"mail.eml": data})
    assert responses["mail.eml › svar.pdf"]["status"] == "ok"
    assert "Haveprojektet" in responses["mail.eml › svar.pdf"]["text"]


# --- e-mails with 8-bit headers; mail saved from a server ---------------------------------------


def _server_mail(first: bytes, body: bytes, *, subject: bytes) -> bytes:
    return (
        first
        + b"Received: from mail.example.dk (mail.example.dk [192.0.2.7])\r\n"
        b"\tby mx.holbaek.dk with ESMTPS; Tue, 30 Oct 2018 14:02:05 +0100\r\n"
        b"X-Spam-Status: No\r\n"
        + "From: Søren Ærø <soeren@example.dk>\r\n".encode()  # raw UTF-8, no encoded-word
        + b"Subject: " + subject + b"\r\n"
        b"Date: Tue, 30 Oct 2018 14:02:00 +0100\r\n"
        b"To: hoeringer@holbaek.dk\r\n"
        b"\r\n" + body
    )


BODY_8BIT = (
    "Kære udvalg\r\n\r\nJeg er imod lukningen af Haveprojektet, som hjælper ældre borgere med "
    "havearbejde og snerydning, og jeg håber, at udvalget finder besparelsen et andet sted.\r\n".encode()
    + b"\x00\r\n"
    + "Med venlig hilsen\r\nSøren Ærø\r\n".encode()
)


def test_email_with_8bit_headers_and_a_nul_byte_is_read(hoering, tmp_path):
    data = _server_mail(
        b"Return-Path: <soeren@example.dk>\r\n", BODY_8BIT, subject="Høringssvar om Haveprojektet".encode("latin-1")
    )
    path = tmp_path / "svar.eml"
    path.write_bytes(data)
    assert sniff(path) == "eml"
    assert extract(path).metadata["subject"] == "Høringssvar om Haveprojektet"  # Latin-1
    responses, status = collect(hoering, tmp_path, {"svar.eml": data})
    response = responses["svar.eml"]
    assert (response["status"], response["format"]) == ("ok", "eml"), response["error"]
    assert response["sender"] == "Søren Ærø"
    assert "Jeg er imod lukningen af Haveprojektet" in response["text"] and "\x00" not in response["text"]
    assert "ukendt filtype" not in status


def test_8bit_body_without_a_charset_is_decoded(tmp_path):
    path = tmp_path / "svar.eml"
    for body in ("Søren Ærø er imod lukningen.".encode(), "Søren Ærø er imod lukningen.".encode("latin-1")):
        path.write_bytes(b"From: soeren@example.dk\r\nTo: hoeringer@holbaek.dk\r\nSubject: Svar\r\n\r\n" + body)
        assert extract(path).text == "Søren Ærø er imod lukningen."


@pytest.mark.parametrize(
    "first",
    [
        b"Return-Path: <soeren@example.dk>\r\n",
        b"Received: from relay.example.dk by mail.example.dk; Tue, 30 Oct 2018 14:02:04 +0100\r\n",
        b"X-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n",
        b"X-Mozilla-Keys:\r\n",  # an empty value, as Thunderbird saves it
        b"X-Envelope-From:<soeren@example.dk>\r\n",  # no blank after the colon
        b"Delivered-To: hoeringer@holbaek.dk\r\n",
        b"ARC-Seal: i=1; a=rsa-sha256; t=1540904525; cv=none;\r\n d=example.dk; s=arc\r\n",
        b"DKIM-Signature: v=1; a=rsa-sha256; d=example.dk;\r\n" + b"\th=from:to:subject;\r\n" * 80,
    ],
    ids=["return-path", "received", "x-mozilla", "empty-value", "no-blank", "delivered-to", "arc-seal", "long-dkim"],
)
def test_mail_saved_from_a_server_is_an_email_whatever_header_comes_first(tmp_path, first):
    path = tmp_path / "svar"
    path.write_bytes(_server_mail(first, b"Vi er imod forslaget.\r\n", subject=b"Svar"))
    assert sniff(path) == "eml"


def test_text_that_merely_starts_like_a_header_is_still_text(tmp_path):
    path = tmp_path / "notat.txt"
    path.write_text("Emne: Haveprojektet\nDato: 30. oktober 2018\n\nVi er imod forslaget.\n", "utf-8")
    assert sniff(path) == "txt"


# --- legacy Word cut off mid-way -------------------------------------------------------------------


def _libreoffice_doc(tmp_path: Path) -> bytes:
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is required in CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        source = make_docx(
            Path(tmp) / "svar.docx",
            ["Høringssvar fra Ældrerådet"] + ["Ældrerådet er imod lukningen af Haveprojektet."] * 40,
        )
        subprocess.run(
            [binary, f"-env:UserInstallation={(Path(tmp) / 'profil').as_uri()}", "--headless",
             "--convert-to", "doc", "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return (Path(tmp) / "svar.doc").read_bytes()


def _minimal_doc(tmp_path: Path) -> bytes:
    """A small but well-formed OLE2 compound file (MS-CFB version 3) holding a WordDocument
    stream, laid out as LibreOffice writes it: stream sectors first, directory last."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    stream = ("Høringssvar fra Ældrerådet. " * 400).encode("utf-16-le")[: 16 * 512]
    count = len(stream) // 512  # sectors 1..count; FAT in sector 0; directory after the stream
    directory = count + 1
    fat = [fat_sector] + [i + 2 for i in range(count - 1)] + [end, end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", free, free, child) + bytes(16) + bytes(4) + bytes(16)
            + struct.pack("<IQ", start, size)
        )  # fmt: skip

    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, directory, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0) + struct.pack("<I", free) * 108
    )  # fmt: skip
    entries = entry("Root Entry", 5, end, 0, child=1) + entry("WordDocument", 2, 1, len(stream))
    return header + struct.pack("<128I", *fat) + stream + entries.ljust(512, b"\0")


@pytest.mark.parametrize("make", [_libreoffice_doc, _minimal_doc], ids=["libreoffice", "minimal-ole2"])
def test_truncated_doc_is_damaged_not_unsupported(hoering, tmp_path, make):
    whole = make(tmp_path)
    assert whole.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    responses, status = collect(hoering, tmp_path, {"afkortet.doc": whole[: len(whole) // 2]})
    response = responses["afkortet.doc"]
    assert (response["status"], response["error_code"]) == ("failed", "corrupt"), response["error"]
    assert "»afkortet.doc« er beskadiget" in response["error"] and "ny kopi" in response["error"]
    assert response["error"] in status


def test_a_whole_minimal_doc_is_not_called_truncated(tmp_path):
    from hoering.extract.sniff import ole_kind, ole_truncated

    path = tmp_path / "hel.doc"
    path.write_bytes(_minimal_doc(tmp_path))
    assert ole_kind(path) == "doc" and not ole_truncated(path)


# --- XML parts in UTF-16 and UTF-32 -------------------------------------------------------------


def _with_part(source: Path, target: Path, part: str, encode) -> bytes:
    """The package `source` with its XML `part` re-encoded by `encode(text)`, written to `target`."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == part:
                data = encode(data.decode("utf-8"))
            zout.writestr(info, data)
    return target.read_bytes()


def _dtd(xml: str, encoding: str) -> str:
    """The part with a DTD whose entities the body uses, and its declaration naming `encoding`."""
    declaration, _, rest = xml.partition("?>")
    declaration = re.sub(r"encoding=['\"][^'\"]*['\"]", f'encoding="{encoding}"', declaration)
    return declaration + "?>" + ENTITY_DTD + rest.replace("LAUGH", "&b;")


ENCODINGS = {
    "utf-16le-bom": ("UTF-16", lambda s: s.encode("utf-16")),  # Python writes LE with a BOM
    "utf-16be-bom": ("UTF-16", lambda s: b"\xfe\xff" + s.encode("utf-16-be")),
    "utf-16le-no-bom": ("UTF-16", lambda s: s.encode("utf-16-le")),
    "utf-32-bom": ("UTF-32", lambda s: s.encode("utf-32")),
    "utf-32le-no-bom": ("UTF-32", lambda s: s.encode("utf-32-le")),
    "utf-32be-no-bom": ("UTF-32", lambda s: s.encode("utf-32-be")),
}


def _hostile_package(tmp_path: Path, kind: str, encoding: str) -> tuple[Path, str]:
    """A DOCX or ODT whose main XML part carries an entity DTD and is re-encoded."""
    declared, encode = ENCODINGS[encoding]
    if kind == "docx":
        source, part = make_docx(tmp_path / "kilde.docx", ["LAUGH"]), "word/document.xml"
    else:
        source, part = make_odt(tmp_path / "kilde.odt", ["LAUGH"]), "content.xml"
    path = tmp_path / f"angreb.{kind}"
    _with_part(source, path, part, lambda s: encode(_dtd(s, declared)))
    return path, part


@pytest.mark.parametrize("kind", ["docx", "odt"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_dtd_in_a_non_utf8_xml_part_is_refused(tmp_path, kind, encoding):
    path, part = _hostile_package(tmp_path, kind, encoding)
    with pytest.raises(UnsafeFile) as info:
        extract(path)
    assert part in info.value.message_da() and "angribe" in info.value.message_da()


@pytest.mark.parametrize("kind, encoding", [("docx", "utf-32-bom"), ("odt", "utf-32le-no-bom"), ("docx", "utf-16le-bom")])
def test_collect_records_a_dtd_in_a_utf16_or_utf32_part_as_unsafe(hoering, tmp_path, kind, encoding):
    path, part = _hostile_package(tmp_path, kind, encoding)
    responses, status = collect(hoering, tmp_path, {path.name: path.read_bytes()})
    response = responses[path.name]
    assert (response["status"], response["error_code"]) == ("failed", "unsafe"), response["error"]
    assert f"»{path.name}«" in response["error"] and "angribe" in response["error"] and part in response["error"]
    assert response["error"] in status


def test_utf16_xml_part_without_a_dtd_is_still_read(hoering, tmp_path):
    """OPC (ECMA-376 Part 2, 8.1.4) allows UTF-16 parts; one without a DTD is an ordinary DOCX."""
    source = make_docx(tmp_path / "kilde.docx", ["Ældrerådet er imod lukningen af Haveprojektet."])
    data = _with_part(
        source, tmp_path / "utf16.docx", "word/document.xml",
        lambda s: re.sub(r"encoding=['\"]UTF-8['\"]", 'encoding="UTF-16"', s, flags=re.I).encode("utf-16"),
    )  # fmt: skip
    responses, _ = collect(hoering, tmp_path, {"utf16.docx": data})
    assert responses["utf16.docx"]["status"] == "ok", responses["utf16.docx"]["error"]
    assert "Haveprojektet" in responses["utf16.docx"]["text"]


@pytest.mark.parametrize(
    "head, refused",
    [
        (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document', None),
        (b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><office:document-content', None),
        (b"<?xml version='1.0' encoding='windows-1252'?><w:document", None),
        (b"<w:document xmlns:w='x'>", None),
        ('<?xml version="1.0" encoding="UTF-16"?><w:document'.encode("utf-16"), None),
        (b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE', "UTF-7"),
        (b'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE', "UTF-16"),  # ASCII bytes
        ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE'.encode("utf-16"), "UTF-8"),  # UTF-16 bytes
        (b'<?xml version="1.0" encoding="x-hemmelig"?>', "X-HEMMELIG"),
        (b"\x4c\x6f\xa7\x94\x93\x40\xa5\x85", "EBCDIC"),
        (" <!DOCTYPE w [".encode("utf-32-le"), "UTF-32"),  # blank first: no BOM, no "<"
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "no-declaration", "utf-16", "utf-7", "says-utf-16",
         "says-utf-8", "unknown", "ebcdic", "utf-32-blank-first"],
)  # fmt: skip
def test_which_xml_encodings_the_dtd_check_refuses(head, refused):
    from hoering.extract.limits import _foreign_encoding

    assert _foreign_encoding(head) == refused
