"""Decide a file's format from its content, not its name.

`sniff(path)` returns one of:

    "pdf"    %PDF- within the first 1024 bytes (readers allow leading junk, so do we),
             unless the file is a ZIP or OLE container
    "docx"   ZIP with word/document.xml (also .docm/.dotx: same part)
    "odt"    ZIP whose `mimetype` member is application/vnd.oasis.opendocument.text
    "xlsx", "pptx", "zip"   other ZIP packages
    "rtf"    starts with {\\rtf
    "ole"    OLE2 compound file (D0 CF 11 E0): legacy .doc, .xls or an Outlook .msg
             (`ole_kind` tells which; `ole_truncated` whether it was cut off)
    "tnef"   Outlook's winmail.dat (78 9F 3E 22)
    "eml"    an e-mail: starts with RFC 822 header lines (From:, Subject:, Received: …), in any
             order and any number (mail saved from a server starts with Return-Path:,
             Received:, DKIM and X- headers); decided on the bytes, before the text check,
             because header values may be raw 8-bit (UTF-8 or Latin-1) and the body may
             hold anything, a NUL byte included
    "html"   an HTML page
    "image"  PNG, JPEG, GIF, TIFF, WebP, HEIC
    "txt"    decodes as UTF-8 (BOM or not), UTF-16 with a BOM, or cp1252, and is printable
    "unknown"

The name only breaks ties when the content is damaged beyond recognition: a ZIP that does not
open, or unreadable bytes, in a file called *.docx is "docx", in *.pdf is "pdf", so that the
reader reports the file as damaged (CorruptFile) rather than as an unknown kind of file.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

HEAD_BYTES = 64 * 1024

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
)
_MAIL_HEADERS = {
    b"from", b"to", b"cc", b"subject", b"date", b"received", b"return-path", b"message-id",
    b"mime-version", b"content-type", b"reply-to", b"delivered-to", b"sender", b"x-mailer",
    b"thread-topic", b"thread-index", b"x-ms-exchange-organization-authas", b"x-received",
    b"dkim-signature", b"arc-seal", b"authentication-results", b"x-original-to",
    b"envelope-to", b"x-mozilla-status",
}  # fmt: skip
# RFC 5322 field name: printable US-ASCII except the colon. The value may be empty
# ("X-Mozilla-Keys:") and need not start with a blank ("X-Envelope-From:<…>").
_HEADER_LINE = re.compile(rb"^([!-9;-~]{1,76}):")
_SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".odt": "odt"}


def sniff(path: Path) -> str:
    """The format of the file at `path`, decided by its content (see the module docstring)."""
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    # Containers first: a ZIP or OLE file may hold a PDF stored near its start.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path, head)
    if head.startswith(_OLE):
        return "ole"
    if head.startswith(b"\x78\x9f\x3e\x22"):  # TNEF: Outlook's winmail.dat
        return "tnef"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image"
    if _looks_like_email(head):
        return "eml"
    text = decode_head(head)
    if text is not None:
        if re.match(r"\s*(<!doctype html|<html)", text[:1000], re.IGNORECASE):
            return "html"
        return "txt"
    return _SUFFIX_FORMATS.get(path.suffix.lower(), "unknown")


def _sniff_zip(path: Path, head: bytes) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                with z.open("mimetype") as member:
                    mimetype = member.read(100).strip()
                if mimetype == _ODT_MIMETYPE:
                    return "odt"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            return "zip"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        # Damaged: the local file headers at the start still name the parts.
        if b"word/" in head:
            return "docx"
        if _ODT_MIMETYPE in head[:200]:
            return "odt"
        return _SUFFIX_FORMATS.get(path.suffix.lower(), "zip")


def _looks_like_email(head: bytes) -> bool:
    """RFC 822 headers from the first line to the first blank line, at least two of them
    well known. Only the header block is looked at: its values may be 8-bit, and nothing
    is assumed about the body. A block longer than `head` counts when all of it so far is
    headers (the last line may be cut off by the window, so it is left out)."""
    lines = head.split(b"\n")
    if not head.endswith(b"\n"):
        lines = lines[:-1]
    if lines and lines[0].startswith(b"From "):  # mbox separator line
        lines = lines[1:]
    known = 0
    for index, raw in enumerate(lines):
        line = raw.rstrip(b"\r")
        if not line:
            break
        if b"\x00" in line:
            return False
        if line[:1] in (b" ", b"\t"):  # folded continuation
            if index == 0:
                return False
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        if match.group(1).lower() in _MAIL_HEADERS:
            known += 1
    return known >= 2


def decode_head(head: bytes) -> str | None:
    """The start of a file as text if it is text: UTF-8, UTF-16 with BOM, else cp1252.

    Text means: no NUL bytes (outside UTF-16) and at least 95 % printable characters.
    """
    if not head:
        return ""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = head[: len(head) - len(head) % 2].decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if _printable(text) else None
    if b"\x00" in head:
        return None
    text = None
    for cut in range(4):  # the 64 KiB window may end inside a multi-byte character
        try:
            text = head[: len(head) - cut].decode("utf-8-sig")
            break
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:
                break
    if text is None:
        text = head.decode("cp1252", errors="replace")
    return text if _printable(text) else None


def _printable(text: str) -> bool:
    if not text:
        return True
    good = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r\f")
    bad = text.count("\ufffd")
    return (good - bad) / len(text) >= 0.95


_OLE_STREAMS = (
    ("encrypted", "EncryptedPackage"),  # a password-protected .docx/.xlsx is an OLE file
    ("msg", "__substg1.0_"),
    ("doc", "WordDocument"),
    ("xls", "Workbook"),
)


def ole_kind(path: Path) -> str:
    """What an OLE2 file holds, from its directory entry names (UTF-16): "encrypted"
    (password-protected Office Open XML), "msg" (Outlook), "doc", "xls" or "ole"."""
    needles = [(kind, name.encode("utf-16-le")) for kind, name in _OLE_STREAMS]
    longest = max(len(n) for _, n in needles)
    found: set[str] = set()
    tail = b""
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            window = tail + chunk
            found.update(kind for kind, needle in needles if needle in window)
            tail = window[-longest:]
    for kind, _ in _OLE_STREAMS:
        if kind in found:
            return kind
    return "ole"


# MS-CFB (OLE2) sector markers; sector numbers below _MAXREGSECT are real sectors.
_MAXREGSECT = 0xFFFFFFFA
_FREESECT = 0xFFFFFFFF


def ole_truncated(path: Path) -> bool:
    """Whether an OLE2 file ends before sectors its header and allocation table (FAT) say
    are in use: a .doc or .msg cut off in a download or a copy. Damaged, so the sender must
    send it again - not an unknown kind of file because its directory, usually written last,
    is gone. A header that is not a real MS-CFB header proves nothing and gives False (the
    reader reports such a file). Reads the header and the FAT only: 4 bytes per 512-byte
    sector, 0.8 MB for a 100 MB file."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        header = f.read(512)
        if len(header) < 512:
            return True
        byte_order, shift = struct.unpack_from("<HH", header, 28)
        if byte_order != 0xFFFE or shift not in (9, 12):
            return False
        sector = 1 << shift
        fat_count, first_dir = struct.unpack_from("<II", header, 44)
        first_minifat, _, first_difat, difat_count = struct.unpack_from("<IIII", header, 60)

        def missing(number: int) -> bool:  # sector `number` starts at (number + 1) * sector
            return number < _MAXREGSECT and (number + 1) * sector >= size

        def read_sector(number: int) -> tuple[int, ...]:
            f.seek((number + 1) * sector)
            data = f.read(sector)
            return struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4])

        if missing(first_dir) or missing(first_minifat) or missing(first_difat):
            return True
        fat_sectors = [n for n in struct.unpack_from("<109I", header, 76) if n < _MAXREGSECT]
        difat, hops = first_difat, 0
        while difat < _MAXREGSECT and hops < min(difat_count, size // sector):
            if missing(difat):
                return True
            values = read_sector(difat)
            fat_sectors += [n for n in values[:-1] if n < _MAXREGSECT]
            difat, hops = values[-1], hops + 1
        fat_sectors = fat_sectors[:fat_count]
        if any(missing(n) for n in fat_sectors):
            return True
        last_used = -1  # the highest sector the FAT gives to a stream or to itself
        for index, number in enumerate(fat_sectors):
            values = read_sector(number)
            for i in range(len(values) - 1, -1, -1):
                if values[i] != _FREESECT:
                    last_used = index * (sector // 4) + i
                    break
        return missing(last_used)
