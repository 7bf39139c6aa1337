"""Small, real Danish documents for tests: PDF (reportlab), DOCX (python-docx), text and friends.

Every `make_*` function writes one file at `path` (parent folders must exist) and returns
`path`, so a test reads ``doc = extract(make_pdf(tmp_path / "svar.pdf", [...]))``.
The files are deterministic: the same arguments give byte-identical files (reportlab runs in
invariant mode), which duplicate-detection tests rely on.

PDF layout made by `make_pdf` (A4, points from the bottom-left corner, like a Word letter):

    y 800..740  page 1: `letterhead_lines` (first-page letterhead); other pages: `header`
    y 742..80   body: Helvetica 11 pt, 14 pt leading, left-aligned (ragged right),
                `paragraph_spacing` extra points between paragraphs; long paragraphs wrap
    y 40        `footer`
    y 25        page number (`page_numbers`)

Body content (`pages`): one item per page; an item is either a string (paragraphs separated
by a blank line) or a list whose items are paragraphs (str) or tables (a list of rows, each a
list of cell strings, drawn with a full grid of ruling lines). Inside a paragraph:

- ``"\\n"`` forces a line break within the paragraph (no extra spacing), e.g.
  ``"… i Job-\\nog Aktivhuset"`` puts a real hyphen at a line end;
- ``"\\xad"`` (soft hyphen) marks a hyphenation point: with ``hyphenate=True`` the word is
  split there over two lines with a visible "-" (like Word's automatic hyphenation, which
  always breaks there), without it the soft hyphen is dropped;
- a leading ``"# "`` draws the paragraph bold (a heading).

Content that does not fit flows onto extra pages, so ``len(pages)`` is a minimum page count.
Standard Helvetica uses WinAnsi encoding, so æøåÆØÅ, "·", "–" and "»«" are fine; characters
outside Latin-1/cp1252 (e.g. U+2010) are not.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import zipfile
from collections.abc import Collection, Sequence
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

# ---------------------------------------------------------------------------
# Sample text

#: A realistic response: title line, heading lines ending in ":", long paragraphs that wrap.
RESPONSE_LMU = [
    "Høringssvar fra LMU i Job- og Aktivhuset",
    "LMU i Job- og Aktivhuset har drøftet forslaget om besparelser på aktiveringsområdet på "
    "mødet den 29. oktober 2018, og både leder- og medarbejdersiden står bag dette svar.",
    "Justering af mentor indsatsen:",
    "Vi ser mentorindsatsen som en betydende indsats for vores borgergruppe i Holbæk. Mange af "
    "borgerne har brug for en fast voksen, der kan følge dem til møder i kommunen, hos lægen "
    "og på de første dage i en praktik. Det er vores erfaring, at færre timer til mentor vil "
    "betyde flere afbrudte forløb og dermed flere udgifter på længere sigt.",
    "Haveprojektet:",
    "Vi anbefaler, at Haveprojektet fortsætter i sin nuværende form. Projektet giver ældre "
    "borgere hjælp til havearbejde og snerydning, og deltagerne får arbejdsrytme og et "
    "fællesskab, som er svært at skabe på andre måder.",
    "Med venlig hilsen",
    "Søren Østergård Æbelø, formand for LMU",
]

#: Dense running text for benchmarks: one long paragraph of ordinary Danish prose.
DENSE_DANISH = (
    "Udvalget har bedt om bemærkninger til forslaget om en ny organisering af "
    "beskæftigelsesindsatsen, og vi har drøftet det grundigt i både bestyrelsen og på et "
    "medlemsmøde, hvor næsten halvdelen af medlemmerne deltog. Det er vores klare opfattelse, "
    "at de foreslåede ændringer vil ramme de borgere hårdest, som i forvejen står længst fra "
    "arbejdsmarkedet, og at besparelsen på kort sigt vil blive ædt op af øgede udgifter til "
    "forsørgelse, sundhed og sociale tilbud på længere sigt. Vi foreslår derfor, at kommunen "
    "bevarer den nuværende mentorordning, styrker samarbejdet med de lokale virksomheder og "
    "følger udviklingen tæt med en årlig status til udvalget."
)


def long_letter(chars: int, *, seed: int = 1, paragraph_break: str = "\n\n") -> str:
    """A long response of varied Danish prose, at least ``chars`` characters: the sentences
    of seed 001 recombined into paragraphs of one to six sentences, each sentence given a
    running number ("jf. afsnit 17") so that no two are the same. Paragraphs are separated
    by ``paragraph_break`` (``"\\n"``: one block of lines; ``" "``: one line)."""
    data = Path(__file__).parent / "data" / "seed001_responses.json"
    pool = sorted(
        {
            " ".join(s.split())
            for r in json.loads(data.read_text("utf-8"))
            for s in re.split(r"(?<=[.!?])\s+", r["text"])
            if 40 <= len(" ".join(s.split())) <= 400 and s.rstrip()[-1:] in ".!?"
        }
    )
    rng = random.Random(seed)
    paragraphs: list[str] = ["Høringssvar fra Ældrerådet"]
    size, n = 0, 0
    while size < chars:
        sentences = []
        for _ in range(rng.randint(1, 6)):
            n += 1
            sentence = rng.choice(pool)
            sentences.append(f"{sentence[:-1]}, jf. afsnit {n}{sentence[-1]}")
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + len(paragraph_break)
    return paragraph_break.join(paragraphs) + "\n\nMed venlig hilsen\nÆldrerådet\n"


# ---------------------------------------------------------------------------
# PDF

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN_L = MARGIN_R = 72.0
BODY_TOP, BODY_BOTTOM = 742.0, 80.0
FONT, FONT_BOLD, FONT_SIZE, LEADING = "Helvetica", "Helvetica-Bold", 11.0, 14.0


@contextmanager
def _source_date(created: dt.date | dt.datetime | None):
    """reportlab takes the PDF CreationDate from SOURCE_DATE_EPOCH (reproducible builds)."""
    if created is None:
        yield
        return
    if not isinstance(created, dt.datetime):
        created = dt.datetime(created.year, created.month, created.day, 12, 0)
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def _wrap(text: str, font: str, size: float, width: float, hyphenate: bool) -> list[str]:
    """Greedy word wrap; "\\n" forces a break; soft hyphens split words when hyphenate."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for forced in text.split("\n"):
        words: list[str] = []
        for word in forced.split():
            if "\xad" in word and hyphenate:
                head, _, tail = word.partition("\xad")
                words += [head + "-\n", tail.replace("\xad", "")]
            else:
                words.append(word.replace("\xad", ""))
        line = ""
        for word in words:
            hard_break = word.endswith("\n")
            word = word.rstrip("\n")
            candidate = f"{line} {word}" if line else word
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line)
                candidate = word
            line = candidate
            if hard_break:
                lines.append(line)
                line = ""
        if line or not words:
            lines.append(line)
    return lines


def _layout(pages: Sequence, hyphenate: bool, paragraph_spacing: float) -> list[list[tuple]]:
    """Place body content: a list of physical pages, each a list of drawing operations."""
    width = PAGE_W - MARGIN_L - MARGIN_R
    physical: list[list[tuple]] = []
    for page in pages:
        items = page.split("\n\n") if isinstance(page, str) else list(page)
        ops: list[tuple] = []
        physical.append(ops)
        y = BODY_TOP - FONT_SIZE
        for item in items:
            if isinstance(item, str):
                font = FONT_BOLD if item.startswith("# ") else FONT
                text = item[2:] if item.startswith("# ") else item
                for line in _wrap(text, font, FONT_SIZE, width, hyphenate):
                    if y < BODY_BOTTOM:
                        ops = []
                        physical.append(ops)
                        y = BODY_TOP - FONT_SIZE
                    ops.append(("text", MARGIN_L, y, line, font))
                    y -= LEADING
            else:  # a table: rows of cells, full grid
                rows = [list(r) for r in item]
                ncols = max(len(r) for r in rows)
                col_w = width / ncols
                for row in rows:
                    cells = [_wrap(c, FONT, FONT_SIZE, col_w - 8, False) for c in row]
                    height = max(len(c) for c in cells) * LEADING + 6
                    if y - height < BODY_BOTTOM:
                        ops = []
                        physical.append(ops)
                        y = BODY_TOP - FONT_SIZE
                    top = y + FONT_SIZE
                    for col, cell in enumerate(cells):
                        for k, line in enumerate(cell):
                            ops.append(
                                (
                                    "text",
                                    MARGIN_L + col * col_w + 4,
                                    y - 2 - k * LEADING,
                                    line,
                                    FONT,
                                )
                            )
                    bottom = top - height
                    ops.append(("line", MARGIN_L, top, MARGIN_L + width, top))
                    ops.append(("line", MARGIN_L, bottom, MARGIN_L + width, bottom))
                    for col in range(ncols + 1):
                        x = MARGIN_L + col * col_w
                        ops.append(("line", x, top, x, bottom))
                    y = bottom - FONT_SIZE - 2
            y -= paragraph_spacing
    return physical


def make_pdf(
    path: Path,
    pages: Sequence[str] | Sequence[Sequence[str | Sequence[Sequence[str]]]],
    *,
    header: str | None = None,
    footer: str | None = None,
    page_numbers: bool | str = False,
    letterhead_lines: Sequence[str] | None = None,
    encrypt_password: str | None = None,
    hyphenate: bool = False,
    paragraph_spacing: float = 8.0,
    title: str | None = None,
    author: str | None = None,
    created: dt.date | dt.datetime | None = None,
) -> Path:
    """A text PDF laid out like a letter (see the module docstring for the layout).

    header: drawn at the top of every page (pages 2.. when `letterhead_lines` is given:
        Word's "different first page"). footer: bottom of every page.
    page_numbers: True for "Side 1 af 3", or a format string with {n} and {total}, e.g.
        "{n}/{total}", "- {n} -", "{n}".
    letterhead_lines: lines at the top of page 1 only (sender's letterhead).
    encrypt_password: encrypt with this user password ("" = encrypted, opens without one).
    title / author / created: the PDF document info (CreationDate defaults to 2000-01-01).
    The header and footer are drawn before the body, as reportlab's onPage does, so a reader
    that trusts content order sees them first.
    """
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    physical = _layout(pages, hyphenate, paragraph_spacing)
    total = len(physical)
    encrypt = None
    if encrypt_password is not None:
        encrypt = StandardEncryption(encrypt_password, ownerPassword=encrypt_password + "-ejer")
    with _source_date(created):
        c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True, encrypt=encrypt)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for n, ops in enumerate(physical, start=1):
        if letterhead_lines and n == 1:
            for i, line in enumerate(letterhead_lines):
                c.setFont(FONT_BOLD if i == 0 else FONT, 10)
                c.drawString(MARGIN_L, 800 - i * 13, line)
        elif header:
            c.setFont(FONT, 9)
            c.drawString(MARGIN_L, 800, header)
        if footer:
            c.setFont(FONT, 9)
            c.drawString(MARGIN_L, 40, footer)
        if page_numbers:
            fmt = "Side {n} af {total}" if page_numbers is True else page_numbers
            c.setFont(FONT, 9)
            c.drawCentredString(PAGE_W / 2, 25, fmt.format(n=n, total=total))
        c.setLineWidth(0.5)
        for op in ops:
            if op[0] == "text":
                _, x, y, line, font = op
                c.setFont(font, FONT_SIZE)
                c.drawString(x, y, line)
            else:
                c.line(*op[1:])
        c.showPage()
    c.save()
    return path


def make_encrypted_pdf(
    path: Path, password: str = "hemmelig", pages: Sequence | None = None
) -> Path:
    """A PDF that needs `password` to open ("" gives one that opens without a password)."""
    return make_pdf(path, pages or [RESPONSE_LMU[:2]], encrypt_password=password)


def make_corrupt_pdf(path: Path) -> Path:
    """A real PDF cut off in the middle (a broken download): starts with %PDF-, no xref."""
    make_pdf(path, [RESPONSE_LMU])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_image_pdf(
    path: Path, text: str = "Høringssvar fra Ældrerådet\nVi er imod forslaget."
) -> Path:
    """A one-page scan: the page is a single image of Danish text, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    for i, line in enumerate(text.splitlines()):
        draw.text((60, 60 + i * 70), line, fill=0, font=font)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True)
    c.drawImage(
        ImageReader(image), 40, PAGE_H - 260, width=PAGE_W - 80, height=(PAGE_W - 80) * 400 / 1240
    )
    c.showPage()
    c.save()
    return path


def make_blank_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages hold nothing at all (no text, no image)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# DOCX


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    header: str | None = None,
    footer: str | None = None,
    first_page_header: str | None = None,
    table: Sequence[Sequence[str]] | None = None,
    table_after: int | None = None,
    headings: Collection[int] = (),
    title: str = "",
    author: str = "",
    created: dt.datetime | None = None,
    app_pages: int | None = None,
) -> Path:
    """A Word document made with python-docx (any file name works, e.g. "svar.pdf").

    paragraphs: body paragraphs in order ("\\n" inside one becomes a line break).
    header / footer: the section's default header and footer text.
    first_page_header: turns on "different first page" and puts this in page 1's header.
    table: rows of cells, inserted after paragraph number `table_after` (0-based; default:
        after the last paragraph).
    headings: indexes into `paragraphs` that get the "Heading 2" style.
    title / author / created: core properties (python-docx's template would otherwise say
        author "python-docx"; created defaults to 2018-10-30 10:00 UTC).
    app_pages: write <Pages> (and a matching word count) to docProps/app.xml as Word does;
        None keeps python-docx's template statistics (Pages 1, Words 0: stale).
    """
    import docx

    document = docx.Document()
    body_items: list = []
    for i, text in enumerate(paragraphs):
        style = "Heading 2" if i in headings else None
        para = document.add_paragraph(style=style)
        for k, part in enumerate(text.split("\n")):
            run = para.add_run(part)
            if k < text.count("\n"):
                run.add_break()
        body_items.append(para)
    if table:
        ncols = max(len(r) for r in table)
        t = document.add_table(rows=len(table), cols=ncols)
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        if table_after is not None and table_after + 1 < len(body_items):
            body_items[table_after + 1]._p.addprevious(t._tbl)
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    if first_page_header is not None:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page_header
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = created or dt.datetime(2018, 10, 30, 10, 0, tzinfo=dt.UTC)
    props.revision = 1
    document.save(str(path))
    if app_pages is not None:
        words = sum(len(p.split()) for p in paragraphs)
        _rewrite_zip_member(
            path,
            "docProps/app.xml",
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties"><Template>Normal.dotm</Template>'
                f"<Pages>{app_pages}</Pages><Words>{words}</Words>"
                "<Application>Microsoft Office Word</Application></Properties>"
            ).encode(),
        )
    return path


def _rewrite_zip_member(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, content in members:
            zout.writestr(info, data if info.filename == name else content)


# ---------------------------------------------------------------------------
# Text and other formats (for sniffing; later issues add readers for them)


def make_text(path: Path, text: str, *, encoding: str = "utf-8", bom: bool = False) -> Path:
    """A plain-text file; encoding e.g. "utf-8", "cp1252", "utf-16" (which writes a BOM)."""
    data = text.encode(encoding)
    if bom and encoding.replace("-", "").lower() == "utf8":
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def make_odt(path: Path, paragraphs: Sequence[str]) -> Path:
    """A real OpenDocument text (LibreOffice) made with odfpy."""
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for text in paragraphs:
        document.text.addElement(P(text=text))
    document.save(str(path))
    return path


def make_rtf(path: Path, paragraphs: Sequence[str]) -> Path:
    """A minimal RTF document (cp1252 escapes for æøå), as WordPad writes."""

    def escape(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
        return "".join(out)

    body = "".join(f"{escape(p)}\\par\n" for p in paragraphs)
    path.write_bytes(
        ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\n" + body + "}").encode(
            "ascii"
        )
    )
    return path


def make_eml(
    path: Path,
    body: str,
    *,
    sender: str = "Karen Nielsen <karen@example.dk>",
    subject: str = "Høringssvar vedr. aktiveringsområdet",
    attachments: Sequence[tuple[str, bytes]] = (),
) -> Path:
    """An e-mail as saved from a mail program (.eml), optionally with attachments."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "hoeringer@holbaek.dk"
    message["Subject"] = subject
    message["Date"] = "Tue, 30 Oct 2018 14:02:00 +0100"
    message["Message-ID"] = "<20181030140200.1@example.dk>"
    message.set_content(body)
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    path.write_bytes(message.as_bytes())
    return path


def make_ole(path: Path, kind: str = "doc") -> Path:
    """Only the look of an OLE2 compound file, enough for sniffing, not a readable one.

    kind: "doc" (legacy Word), "msg" (Outlook) or "encrypted" (a password-protected
    .docx, which Office stores as an OLE file with an EncryptedPackage stream); the
    directory entry name that tells them apart is written in UTF-16 as in the real thing.
    """
    stream = {
        "doc": "WordDocument",
        "msg": "__substg1.0_0037001F",
        "encrypted": "EncryptedPackage",
    }[kind]
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(
        header
        + "Root Entry".encode("utf-16-le")
        + bytes(54)
        + stream.encode("utf-16-le")
        + bytes(2000)
    )
    return path
