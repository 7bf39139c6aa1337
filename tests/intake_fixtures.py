"""Files as responses really arrive (issue 6): e-mails (.eml, Outlook .msg), scans, legacy
Word, and hostile files. Each `make_*` writes `path` and returns it, like tests/fixtures.py.

- `make_mail`: an .eml with a chosen sender, date, body (plain or HTML) and attachments.
- `make_msg`: a real Outlook .msg (an OLE2 compound file with MAPI property streams, written
  with extract-msg's own OLE writer), with attachments.
- `make_scan_pdf` / `make_scan_image`: text set in Helvetica by reportlab, rasterised at
  300 dpi, turned by a fraction of a degree and speckled with noise like a scanner's output,
  then saved as an image-only PDF or as PNG/TIFF/JPEG. Deterministic.
- `make_doc`: a Word 97-2003 .doc, converted from a DOCX by LibreOffice (None without it).
- hostile files: `make_page_bomb_pdf`, `make_deep_pdf`, `make_flate_bomb_pdf`,
  `make_zip_bomb_docx`, `make_entity_bomb_docx`.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from fixtures import PAGE_H, PAGE_W, make_docx, make_pdf

#: A known Danish paragraph for the OCR accuracy measurement.
OCR_PARAGRAPHS = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet har på sit møde den 29. oktober 2018 drøftet forslaget om besparelser på "
    "aktiveringsområdet. Rådet er bekymret for, at færre timer til mentorstøtte vil gå ud "
    "over de borgere, som står længst fra arbejdsmarkedet, og at Haveprojektets hjælp til "
    "ældre med havearbejde og snerydning forsvinder.",
    "Vi opfordrer udvalget til at bevare mentorindsatsen i sin nuværende form og til at "
    "følge op på konsekvenserne for de ældre borgere i løbet af 2019.",
    "Med venlig hilsen",
    "Jørgen Ærø Østergaard, formand for Ældrerådet",
]


# --- e-mails ------------------------------------------------------------------------------


def make_mail(
    path: Path,
    body: str,
    *,
    sender: str = "Karen Nielsen <karen@example.dk>",
    subject: str = "Høringssvar vedr. aktiveringsområdet",
    date: dt.datetime = dt.datetime(2018, 10, 30, 14, 2, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    attachments: Sequence[tuple[str, bytes]] = (),
    html: str | None = None,
    inline_images: Sequence[tuple[str, bytes]] = (),
) -> Path:
    """An e-mail as Outlook or Thunderbird saves it (.eml). `html` adds an HTML alternative
    (and `inline_images` as related parts, as signature logos are sent)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "hoeringer@holbaek.dk"
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{abs(hash((subject, body))) % 10**12}@example.dk>"
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
        for cid, data in inline_images:
            html_part = message.get_payload()[-1]
            html_part.add_related(data, maintype="image", subtype="png", cid=f"<{cid}>")
    for name, data in attachments:
        maintype, subtype = _content_type(name)
        if (maintype, subtype) == ("message", "rfc822"):  # forwarded as an attachment
            from email import policy
            from email.parser import BytesParser

            inner = BytesParser(policy=policy.default).parsebytes(data)
            message.add_attachment(inner, filename=name)
        else:
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(message.as_bytes())
    return path


def _content_type(name: str) -> tuple[str, str]:
    suffix = Path(name).suffix.lower()
    return {
        ".pdf": ("application", "pdf"),
        ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ".odt": ("application", "vnd.oasis.opendocument.text"),
        ".png": ("image", "png"),
        ".eml": ("message", "rfc822"),
        ".dat": ("application", "ms-tnef"),
    }.get(suffix, ("application", "octet-stream"))


def make_tnef(attachments: Sequence[tuple[str, bytes]] = (), *, body: str | None = None,
              rtf_body: str | None = None) -> bytes:  # fmt: skip
    """An Outlook winmail.dat (TNEF, [MS-OXTNEF]) in code page 1252: `attachments` as
    (name, bytes), the body as plain text (attBody) or as compressed RTF in the MAPI
    properties (PR_RTF_COMPRESSED), as Outlook sends rich-text mail."""

    def attribute(level: int, ident: int, data: bytes) -> bytes:  # ident = type << 16 | id
        return struct.pack("<BII", level, ident, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += attribute(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += attribute(1, 0x00069007, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += attribute(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")  # attMessageClass
    if body is not None:
        out += attribute(1, 0x0002800C, body.encode("cp1252") + b"\0")  # attBody
    if rtf_body is not None:
        from compressed_rtf import compress

        packed = compress(rtf_body.encode("cp1252"), compressed=True)
        padded = packed + b"\0" * (-len(packed) % 4)
        # One MAPI property: PT_BINARY (0x0102) PR_RTF_COMPRESSED (0x1009), one value.
        props = struct.pack("<IHHII", 1, 0x0102, 0x1009, 1, len(packed)) + padded
        out += attribute(1, 0x00069003, props)  # attMsgProps
    for name, data in attachments:
        out += attribute(2, 0x00069002, struct.pack("<HIIII", 1, 0xFFFFFFFF, 0, 0, 0))  # attAttachRendData
        out += attribute(2, 0x00018010, name.encode("cp1252") + b"\0")  # attAttachTitle
        out += attribute(2, 0x0006800F, data)  # attAttachData
    return out


def _filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


def _properties(entries: list[tuple[int, int, object]], header: bytes) -> bytes:
    """A MAPI __properties_version1.0 stream: header, then 16 bytes per property."""
    out = bytearray(header)
    for ptype, pid, value in entries:
        tag = (pid << 16) | ptype
        if ptype in (0x001F, 0x0102):  # variable length: the size, data in its own stream
            out += struct.pack("<IIII", tag, 6, len(value), 0)
        else:
            out += struct.pack("<IIQ", tag, 6, value)
    return bytes(out)


def make_msg(
    path: Path,
    body: str,
    *,
    sender_name: str = "Handicaprådet",
    sender_email: str = "handicapraad@holbaek.dk",
    subject: str = "Høringssvar",
    date: dt.datetime = dt.datetime(2018, 10, 31, 9, 30, tzinfo=dt.UTC),
    attachments: Sequence[tuple[str, bytes]] = (),
) -> Path:
    """An Outlook message (.msg) as Outlook's "Gem som" writes it: subject, plain body, sender,
    submit time and attachments by value."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    strings = {
        0x001A: "IPM.Note", 0x0037: subject, 0x1000: body.replace("\n", "\r\n"),
        0x0C1A: sender_name, 0x0C1F: sender_email, 0x5D01: sender_email,
        0x0042: sender_name, 0x0065: sender_email, 0x0E04: "hoeringer@holbaek.dk",
    }  # fmt: skip
    entries: list[tuple[int, int, object]] = []
    for pid, text in strings.items():
        data = text.encode("utf-16-le")
        writer.addEntry(f"__substg1.0_{pid:04X}001F", data)
        entries.append((0x001F, pid, data))
    entries += [(0x0040, 0x0039, _filetime(date)), (0x0040, 0x0E06, _filetime(date))]
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for index, (name, data) in enumerate(attachments):
        base = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(base, storage=True)
        filename = name.encode("utf-16-le")
        writer.addEntry(f"{base}/__substg1.0_3707001F", filename)
        writer.addEntry(f"{base}/__substg1.0_3704001F", filename)
        writer.addEntry(f"{base}/__substg1.0_37010102", data)
        props = [(0x001F, 0x3707, filename), (0x001F, 0x3704, filename), (0x0102, 0x3701, data)]
        props.append((0x0003, 0x3705, 1))  # attached by value
        writer.addEntry(f"{base}/__properties_version1.0", _properties(props, bytes(8)))
    count = len(attachments)
    header = struct.pack("<8sIIII8s", bytes(8), count, count, 0, count, bytes(8))
    writer.addEntry("__properties_version1.0", _properties(entries, header))
    writer.write(str(path))
    return path


# --- scans ----------------------------------------------------------------------------------


def _scanned_pages(paragraphs: Sequence[str], dpi: int, seed: int):
    """Grayscale page images of a printed letter, slightly turned and speckled."""
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        printed = make_pdf(Path(tmp) / "trykt.pdf", [list(paragraphs)], paragraph_spacing=8.0)
        pdf = pdfium.PdfDocument(printed)
        try:
            images = []
            for page in pdf:
                image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                page.close()
                image = image.rotate(0.35, resample=Image.BICUBIC, fillcolor=255)
                pixels = image.load()
                width, height = image.size
                for _ in range(width * height // 400):  # dust and toner specks
                    x, y = rng.randrange(width), rng.randrange(height)
                    pixels[x, y] = rng.choice((0, 90, 200))
                images.append(image)
        finally:
            pdf.close()
    return images


def make_scan_pdf(path: Path, paragraphs: Sequence[str] = OCR_PARAGRAPHS, *, dpi: int = 300, seed: int = 1) -> Path:
    """An image-only PDF, as a scanner or a multifunction printer makes it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True)
    for image in _scanned_pages(paragraphs, dpi, seed):
        c.drawImage(ImageReader(image), 0, 0, width=PAGE_W, height=PAGE_H)
        c.showPage()
    c.save()
    return path


def make_scan_image(path: Path, paragraphs: Sequence[str] = OCR_PARAGRAPHS, *, dpi: int = 300, seed: int = 2) -> Path:
    """A scanned page saved as an image; the format follows the suffix (.png, .tif, .jpg)."""
    image = _scanned_pages(paragraphs, dpi, seed)[0]
    image.save(path, dpi=(dpi, dpi))
    return path


# --- legacy Word ------------------------------------------------------------------------------


def make_doc(path: Path, paragraphs: Sequence[str]) -> Path | None:
    """A Word 97-2003 document (.doc), converted by LibreOffice; None when it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        source = make_docx(Path(tmp) / "svar.docx", paragraphs)
        profile = (Path(tmp) / "profil").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
             "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / "svar.doc", path)
    return path


# --- hostile files ------------------------------------------------------------------------------


def _raw_pdf(objects: Sequence[bytes]) -> bytes:
    """A PDF from object bodies (object 1 the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = _stream(b"BT /F1 12 Tf 72 700 Td (Hoeringssvar fra Handicapraadet: vi er imod.) Tj ET")


def make_page_bomb_pdf(path: Path, pages: int = 200_000) -> Path:
    """A 1 MB PDF that claims 200,000 pages: one page object listed over and over."""
    kids = b" ".join([b"3 0 R"] * pages)
    path.write_bytes(
        _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            _PAGE, _TEXT, _FONT,
        ])  # fmt: skip
    )
    return path


def make_deep_pdf(path: Path, depth: int = 100_000) -> Path:
    """A readable one-page PDF whose catalog holds an array nested 100,000 deep."""
    deep = b"[" * depth + b"]" * depth
    path.write_bytes(
        _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R /Deep " + deep + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE, _TEXT, _FONT,
        ])  # fmt: skip
    )
    return path


def make_flate_bomb_pdf(path: Path, megabytes: int = 1024) -> Path:
    """A 1 MB PDF whose page content inflates to `megabytes` MB of spaces."""
    data = _deflated_spaces(megabytes)
    path.write_bytes(
        _raw_pdf([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE, _stream(data, b" /Filter /FlateDecode"), _FONT,
        ])  # fmt: skip
    )
    return path


def _deflated_spaces(megabytes: int) -> bytes:
    """A zlib stream of `megabytes` MB of spaces, built from one fully flushed deflate segment
    repeated (independent after Z_FULL_FLUSH), so making a 1 GB bomb takes a fraction of a second."""
    block = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(block, checksum)
    return b"\x78\xda" + segment * megabytes + end + checksum.to_bytes(4, "big")


def _replace_member(source: Path, path: Path, name: str, writer) -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == name:
                bomb = zipfile.ZipInfo(name, date_time=info.date_time)
                bomb.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(bomb, "w", force_zip64=True) as member:
                    writer(member, zin.read(info))
            else:
                zout.writestr(info, zin.read(info))


def make_zip_bomb_docx(path: Path, megabytes: int = 64) -> Path:
    """A DOCX whose word/document.xml inflates to `megabytes` MB (about 300 KB on disk)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = make_docx(Path(tmp) / "svar.docx", ["Høringssvar fra LMU i Jobhuset"])

        def bomb(member, original: bytes) -> None:
            head, _, tail = original.partition(b"<w:body>")
            member.write(head + b"<w:body>")
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
            member.write(tail)

        _replace_member(source, path, "word/document.xml", bomb)
    return path


def make_entity_bomb_docx(path: Path, levels: int = 9) -> Path:
    """A DOCX whose document.xml declares "billion laughs" entities (10^9 copies of "lol")."""
    dtd = '<!DOCTYPE w:document [\n<!ENTITY lol0 "lol">\n'
    for level in range(1, levels + 1):
        dtd += f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">\n'
    dtd += "]>\n"
    with tempfile.TemporaryDirectory() as tmp:
        source = make_docx(Path(tmp) / "svar.docx", ["LAUGH"])

        def laughs(member, original: bytes) -> None:
            xml = original.decode("utf-8")
            declaration, _, rest = xml.partition("?>")
            member.write((declaration + "?>\n" + dtd + rest.replace("LAUGH", f"&lol{levels};")).encode())

        _replace_member(source, path, "word/document.xml", laughs)
    return path
