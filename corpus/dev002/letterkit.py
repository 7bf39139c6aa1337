"""File makers for the development consultations (dev002 on): letters as they arrive.

Every maker is deterministic: fixed PDF dates and document IDs, fixed zip timestamps, fixed
MIME boundaries and Message-IDs, seeded noise in scans. Each file's mtime is set to the
moment it was received, so a tool that sorts by mtime sees the arrival order. A set's
labels, clock and command line are in setkit.py beside this file.

Only the project's own dependencies are used (reportlab and Pillow from the dev extras,
python-docx and odfpy from the main ones).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import re
import zipfile
from collections.abc import Sequence
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

CET = dt.timezone(dt.timedelta(hours=1))


def touch(path: Path, when: dt.datetime) -> Path:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def arrived(maker):
    """`maker` (pdf, docx, ...) with the file's mtime set to its `when`: a letter that arrived as
    it was written."""

    def make(path: Path, blocks, when: dt.datetime, **kw) -> Path:
        return touch(maker(path, blocks, when, **kw), when)

    return make


@contextmanager
def _source_date(when: dt.datetime):
    """reportlab takes the PDF CreationDate from SOURCE_DATE_EPOCH (reproducible builds)."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(when.timestamp()))
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


# ---------------------------------------------------------------------------
# PDF (reportlab platypus)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf(
    path: Path,
    blocks: Sequence[str],
    when: dt.datetime,
    *,
    title: str = "",
    author: str = "",
    letterhead: Sequence[str] = (),
    columns: int = 1,
    banner: Sequence[str] = (),
    tight: bool = False,
    indent: bool = False,
    font: str = "Helvetica",
    size: float = 11.0,
    footer: str = "",
    right_align: Sequence[int] = (),
) -> Path:
    """A letter as Word or InDesign exports it.

    blocks: paragraphs; "# " starts a heading, "## " a bold run-in line; "\\n" is a line break.
    letterhead: lines drawn at the top of page 1 (the sender's letterhead).
    columns: 1, 2 or 3 text columns (a newsletter-style layout); `banner` paragraphs then run
        across the full width above the columns on page 1.
    tight: no space between paragraphs and a leading close to the font size; with `indent`
        each paragraph's first line is indented, as in a book.
    right_align: indexes of blocks set flush right (a date line).
    """
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)
    width, height = A4
    left, right = 68.0, 62.0
    top = 150.0 if letterhead else 72.0
    bottom = 72.0
    leading = size * (1.08 if tight else 1.3)
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=size,
        leading=leading,
        spaceAfter=0 if tight else size * 0.8,
        firstLineIndent=size * 1.6 if indent else 0,
    )
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName=bold,
        fontSize=size + 2,
        leading=(size + 2) * 1.25,
        spaceBefore=size * (0.5 if tight else 0.9),
        spaceAfter=size * (0.2 if tight else 0.5),
        firstLineIndent=0,
    )
    runin = ParagraphStyle("runin", parent=body, fontName=bold, firstLineIndent=0)
    flush_right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)

    def draw_page(canvas, doc):
        canvas.saveState()
        if doc.page == 1 and letterhead:
            canvas.setFont(bold, 15)
            canvas.drawString(left, height - 62, letterhead[0])
            canvas.setFont(font, 8.5)
            for i, line in enumerate(letterhead[1:]):
                canvas.drawString(left, height - 78 - i * 11, line)
            canvas.setLineWidth(0.6)
            canvas.line(left, height - 86 - 11 * max(0, len(letterhead) - 2), width - right,
                        height - 86 - 11 * max(0, len(letterhead) - 2))
        if footer:
            canvas.setFont(font, 8)
            canvas.drawString(left, 40, footer)
        canvas.setFont(font, 8)
        canvas.drawRightString(width - right, 40, f"Side {doc.page}")
        canvas.restoreState()

    usable_w = width - left - right
    gutter = 18.0
    col_w = (usable_w - gutter * (columns - 1)) / columns
    banner_h = 0.0
    if banner:
        banner_h = 40.0 + 22.0 * len(banner)
    first_frames = []
    if banner:
        first_frames.append(
            Frame(left, height - top - banner_h, usable_w, banner_h, id="banner", showBoundary=0)
        )
    for c in range(columns):
        first_frames.append(
            Frame(left + c * (col_w + gutter), bottom, col_w, height - top - bottom - banner_h,
                  id=f"c{c}", showBoundary=0)
        )
    later_frames = [
        Frame(left + c * (col_w + gutter), bottom, col_w, height - 72 - bottom, id=f"l{c}")
        for c in range(columns)
    ]
    with _source_date(when):
        doc = BaseDocTemplate(
            str(path), pagesize=A4, title=title, author=author, creator="Microsoft Word",
            invariant=1, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        )
        doc.addPageTemplates([
            PageTemplate("first", frames=first_frames, onPage=draw_page),
            PageTemplate("later", frames=later_frames, onPage=draw_page),
        ])
        story: list = [NextPageTemplate("later")]
        for text in banner:
            story.append(Paragraph(_escape(text), ParagraphStyle("b", parent=head, fontSize=17,
                                                                 leading=21)))
        if banner:
            story.append(FrameBreak())
        for i, block in enumerate(blocks):
            if block == "":
                story.append(Spacer(1, leading))
                continue
            if block.startswith("## "):
                style, text = runin, block[3:]
            elif block.startswith("# "):
                style, text = head, block[2:]
            else:
                style, text = (flush_right if i in right_align else body), block
            if indent and style is body and (i == 0 or blocks[i - 1].startswith("#")):
                style = ParagraphStyle("noind", parent=body, firstLineIndent=0)
            story.append(Paragraph(_escape(text).replace("\n", "<br/>"), style))
        doc.build(story)
    return path


def scan_pdf(path: Path, lines: Sequence[str], when: dt.datetime, *, seed: int = 7,
             angle: float = 0.5) -> Path:
    """A page printed, signed and scanned: one greyscale JPEG per page, no text layer."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font_path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    font = ImageFont.truetype(str(font_path), 27)
    w, h = 1240, 1754  # A4 at 150 dpi
    page = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(page)
    y = 150
    for line in lines:
        if line:
            draw.text((140, y), line, fill=25, font=font)
        y += 40 if line else 30
    rng = random.Random(seed)
    for _ in range(1800):  # toner specks and paper grain
        x, yy = rng.randrange(w), rng.randrange(h)
        draw.point((x, yy), fill=rng.randrange(120, 220))
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=80)
    buffer.seek(0)
    with _source_date(when):
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setCreator("KONICA MINOLTA bizhub C250i")
        c.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    return path


# ---------------------------------------------------------------------------
# DOCX, ODT, RTF, text


def _fixed_zip_times(path: Path, when: dt.datetime) -> None:
    """python-docx and odfpy stamp zip members with the current time; fix them."""
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info), info.compress_type) for info in zin.infolist()]
    stamp = when.astimezone(dt.UTC).timetuple()[:6]
    with zipfile.ZipFile(path, "w") as zout:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = compress
            zout.writestr(info, data)


def docx(
    path: Path,
    blocks: Sequence[str],
    when: dt.datetime,
    *,
    header: str | None = None,
    author: str = "",
    title: str = "",
    right_align: Sequence[int] = (),
) -> Path:
    """A Word letter: "# " starts a heading (Heading 2), "## " a bold line; "\\n" a line break."""
    import docx as pydocx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = pydocx.Document()
    for i, block in enumerate(blocks):
        bold = False
        style = None
        if block.startswith("## "):
            block, bold = block[3:], True
        elif block.startswith("# "):
            block, style = block[2:], "Heading 2"
        para = document.add_paragraph(style=style)
        if i in right_align:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        parts = block.split("\n")
        for k, part in enumerate(parts):
            run = para.add_run(part)
            run.bold = bold or None
            if k < len(parts) - 1:
                run.add_break()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = when.astimezone(dt.UTC).replace(tzinfo=None)
    props.revision = 2
    document.save(str(path))
    _fixed_zip_times(path, when)
    return path


def odt(path: Path, blocks: Sequence[str], when: dt.datetime, *, author: str = "") -> Path:
    """A LibreOffice Writer document (odfpy); "# " headings become Heading 2."""
    from odf import dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, LineBreak, P, Span

    document = OpenDocumentText()
    heading = Style(name="Heading 2", family="paragraph")
    heading.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    document.styles.addElement(heading)
    for block in blocks:
        if block.startswith("# "):
            document.text.addElement(H(outlinelevel=2, stylename=heading, text=block[2:]))
            continue
        para = P()
        for k, part in enumerate(block.split("\n")):
            if k:
                para.addElement(LineBreak())
            para.addElement(Span(text=part))
        document.text.addElement(para)
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    document.meta.addElement(dc.Creator(text=author))
    document.meta.addElement(meta.CreationDate(text=stamp))
    document.meta.addElement(dc.Date(text=stamp))
    document.meta.addElement(meta.Generator(text="LibreOffice/7.6"))
    document.save(str(path))
    _fixed_zip_times(path, when)
    return path


def rtf(path: Path, blocks: Sequence[str]) -> Path:
    """An RTF letter as WordPad writes it (cp1252 escapes for æøå)."""

    def escape(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\line ")
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
        return "".join(out)

    body = "".join(f"\\pard\\sa200\\sl276\\slmult1\\f0\\fs22 {escape(b)}\\par\n" for b in blocks)
    path.write_bytes(
        ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"
         "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n" + body + "}\n").encode("ascii")
    )
    return path


def text(path: Path, content: str, *, encoding: str = "utf-8", crlf: bool = False) -> Path:
    if crlf:
        content = content.replace("\n", "\r\n")
    path.write_bytes(content.encode(encoding))
    return path


def built(maker, name: str, *args, **kw) -> bytes:
    """The bytes of a file made by `maker` under `name` (for e-mail attachments)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return maker(Path(tmp) / name, *args, **kw).read_bytes()


# ---------------------------------------------------------------------------
# E-mail


def logo_png(label: str, colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 48), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 155, 43), outline=(255, 255, 255), width=2)
    draw.text((14, 16), label, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


_MIME = {
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".odt": ("application", "vnd.oasis.opendocument.text"),
    ".png": ("image", "png"),
    ".jpg": ("image", "jpeg"),
}


def eml(
    path: Path,
    *,
    sender: str,
    to: str,
    subject: str,
    when: dt.datetime,
    body: str,
    cte: str = "quoted-printable",
    server: str | None = None,
    html: str | None = None,
    inline_logo: tuple[str, bytes] | None = None,
    attachments: Sequence[tuple[str, bytes]] = (),
    cc: str | None = None,
    mailer: str | None = None,
    extra: Sequence[tuple[str, str]] = (),
    relay: str = "mx01.solbjerg.dk",
    exchange: str = "EXCH03.intern.solbjerg.dk",
) -> Path:
    """An .eml as a mail program or the mail server saves it.

    server: the sending host; when given, the file starts with Return-Path and Received
        lines, as messages exported from the server do (and as Outlook's "save as" does not);
        relay / exchange: the receiving municipality's mail hosts named in those lines.
    html: an HTML alternative of the body; inline_logo: (filename, png) shown in the HTML by
        Content-ID, with Content-Disposition inline (a signature logo, not a response).
    """
    address = re.search(r"<([^>]+)>", sender)
    from_addr = address.group(1) if address else sender.strip()
    domain = from_addr.rsplit("@", 1)[-1]
    digest = hashlib.sha1(f"{sender}|{subject}|{when.isoformat()}".encode()).hexdigest()[:20]
    stamp = format_datetime(when)
    message = EmailMessage()
    if server:
        arrive = format_datetime(when + dt.timedelta(seconds=4))
        message["Return-Path"] = f"<{from_addr}>"
        message["Received"] = (
            f"from {relay} (10.41.2.15) by {exchange} (10.41.2.23) "
            f"with Microsoft SMTP Server id 15.2.1544.11; {arrive}"
        )
        message["Received"] = (
            f"from {server} ({server} [185.{int(digest[:2], 16)}.{int(digest[2:4], 16)}.17]) "
            f"by {relay} (Postfix) with ESMTPS id {digest[:11].upper()} "
            f"for <{re.search(r'<([^>]+)>', to).group(1) if '<' in to else to}>; {stamp}"
        )
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = stamp
    message["Message-ID"] = f"<{digest}@{domain}>"
    if mailer:
        message["X-Mailer"] = mailer
    for name, value in extra:
        message[name] = value
    message.set_content(body, cte=cte)
    if html is not None:
        message.add_alternative(html, subtype="html", cte="quoted-printable")
        if inline_logo is not None:
            name, data = inline_logo
            html_part = message.get_payload()[1]
            html_part.add_related(
                data, maintype="image", subtype="png", cid=f"<{name}@{domain}>",
                filename=name, disposition="inline",
            )
    for name, data in attachments:
        maintype, subtype = _MIME[Path(name).suffix.lower()]
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for i, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{digest[:12]}")
    path.write_bytes(message.as_bytes())
    return path
