"""Write corpus/responses/: seed 001's eleven responses as the PDF and DOCX files that arrived.

Run with the project's venv:  .venv/bin/python corpus/make_corpus.py

The output is deterministic: PDFs are built in reportlab's invariant mode with the
letter's own date as SOURCE_DATE_EPOCH, DOCX files get fixed core properties and fixed
zip timestamps, so re-running yields byte-identical files. The script also refreshes the
"file" field of each response in corpus/labels.json.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed001_letters import LETTERS, Letter  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "responses"
LABELS = HERE / "labels.json"


def letter_time(letter: Letter) -> dt.datetime:
    """The moment the letter was written: its date at 10:00 UTC."""
    return dt.datetime.fromisoformat(letter.date).replace(hour=10, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- PDF

# Compound boundaries the LBR letter may break at. Danish compounds are long and
# reportlab only hyphenates where we tell it to (pyphen is not a dependency).
COMPOUND_HEADS = (
    "beskæftigelses",
    "beskæftigelse",
    "aktiverings",
    "arbejds",
    "arbejde",
    "ledigheds",
    "overførsels",
    "uddannelses",
    "virksomheds",
    "investerings",
    "forvaltnings",
    "helbreds",
    "kvalitets",
    "mentor",
    "brobygnings",
    "differen",
    "kontakt",
    "indstillin",
    "opkvalifi",
    "kerneopga",
    "fællessam",
    "socialøko",
    "aktiv",
    "effekt",
    "mindre",
)


def danish_compound_hyphenator(word: str) -> list[tuple[str, str]]:
    """reportlab hyphenator callable: (head, tail) pairs, longest head first."""
    lower = word.lower()
    pairs = []
    for head in COMPOUND_HEADS:
        if lower.startswith(head) and len(word) - len(head) >= 4:
            pairs.append((word[: len(head)], word[len(head) :]))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _styles(letter: Letter) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName="Helvetica",
        fontSize=letter.font_size,
        leading=round(letter.font_size * 1.4, 1),
        spaceAfter=8,
        hyphenationLang=danish_compound_hyphenator if letter.hyphenate else "",
    )
    return {
        "body": body,
        "plain": ParagraphStyle("plain", parent=body, spaceAfter=0),
        "heading": ParagraphStyle("heading", parent=body, fontName="Helvetica-Bold", spaceAfter=2),
        "title": ParagraphStyle(
            "title", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6
        ),
        "subject": ParagraphStyle("subject", parent=body, fontName="Helvetica-Bold", spaceAfter=12),
        "date": ParagraphStyle("date", parent=body, alignment=TA_RIGHT, spaceAfter=14),
    }


def _letterhead(letter: Letter):
    """onPage callback: the letterhead, drawn before the page's text as Word does."""

    def draw(canvas: Canvas, _doc) -> None:
        if not letter.letterhead:
            return
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 13)
        canvas.setFillColor(HexColor("#1F4E79"))
        canvas.drawString(25 * mm, height - 18 * mm, letter.letterhead[0])
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(HexColor("#555555"))
        for i, line in enumerate(letter.letterhead[1:], start=1):
            canvas.drawString(25 * mm, height - 18 * mm - i * 11, line)
        canvas.setStrokeColor(HexColor("#1F4E79"))
        canvas.line(25 * mm, height - 26 * mm, width - 25 * mm, height - 26 * mm)
        canvas.restoreState()

    return draw


def _canvas_class(letter: Letter):
    """A canvas that adds the page footer ("Side x af y") once the page count is known."""

    class LetterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _height = A4
            self.setFillColor(HexColor("#555555"))
            self.setFont("Helvetica", 8.5)
            if letter.footer == "side_x_af_y":
                self.drawRightString(width - 25 * mm, 12 * mm, f"Side {number} af {total}")
            elif letter.footer == "page":
                self.drawCentredString(width / 2, 12 * mm, str(number))

    return LetterCanvas


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def write_pdf(letter: Letter, path: Path) -> None:
    st = _styles(letter)
    story: list = []
    if letter.top_lines:
        story += [_para(line, st["plain"]) for line in letter.top_lines]
        story.append(Spacer(1, 10 * mm))
    story.append(_para(letter.date_line, st["date"]))
    if letter.title:
        story.append(_para(letter.title, st["title"]))
    if letter.subject:
        story.append(_para(letter.subject, st["subject"]))
    for block in letter.body:
        if block.startswith("# "):
            story.append(_para(block[2:], st["heading"]))
        else:
            story.append(_para(block, st["body"]))
    if letter.closing:
        story.append(Spacer(1, 6 * mm))
        for line in letter.closing:
            story.append(Spacer(1, 4 * mm) if line == "" else _para(line, st["plain"]))

    # reportlab reads SOURCE_DATE_EPOCH for CreationDate/ModDate; invariant fixes the file id.
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(letter_time(letter).timestamp()))
    try:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=25 * mm,
            rightMargin=25 * mm,
            topMargin=(34 if letter.letterhead else 25) * mm,
            bottomMargin=22 * mm,
            title=letter.subject or letter.title or "Høringssvar",
            author=letter.author,
            subject="Høringssvar",
            creator="Microsoft® Word 2016",
            producer="Microsoft® Word 2016",
            invariant=1,
        )
        head = _letterhead(letter)
        doc.build(story, onFirstPage=head, onLaterPages=head, canvasmaker=_canvas_class(letter))
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


# -------------------------------------------------------------------------- DOCX


def _field(paragraph, instruction: str, cached: str) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, as Word saves it."""

    def run_with(child):
        run = paragraph.add_run()
        run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def write_docx(letter: Letter, path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]

    if letter.letterhead:
        header = section.header
        header.is_linked_to_previous = False
        first = header.paragraphs[0]
        run = first.add_run(letter.letterhead[0])
        run.bold = True
        run.font.size = Pt(13)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for line in letter.letterhead[1:]:
            p = header.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(9)

    if letter.footer != "none":
        footer = section.footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        if letter.footer == "side_x_af_y":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run("Side ")
            _field(p, "PAGE", "1")
            p.add_run(" af ")
            _field(p, "NUMPAGES", "1")
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _field(p, "PAGE", "1")

    for line in letter.top_lines:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    date = doc.add_paragraph(letter.date_line)
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if letter.title:
        run = doc.add_paragraph().add_run(letter.title)
        run.bold = True
        run.font.size = Pt(14)
    if letter.subject:
        doc.add_paragraph().add_run(letter.subject).bold = True
    for block in letter.body:
        if block.startswith("# "):
            doc.add_paragraph().add_run(block[2:]).bold = True
        else:
            doc.add_paragraph(block)
    if letter.closing:
        doc.add_paragraph()
        for line in letter.closing:
            doc.add_paragraph(line).paragraph_format.space_after = Pt(0)

    when = letter_time(letter).replace(tzinfo=None)
    props = doc.core_properties
    props.author = letter.author
    props.last_modified_by = letter.author
    props.title = ""
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 2
    props.created = when
    props.modified = when
    props.last_printed = when

    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue(), when))


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite the package with fixed member timestamps (python-docx stamps 'now')."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# ------------------------------------------------------------------------ labels


def update_labels(letters: list[Letter]) -> None:
    """Set each response's "file", "party" and "received" in labels.json, keeping the layout readable."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    by_n = {letter.n: letter for letter in letters}
    for response in labels["responses"]:
        letter = by_n[response["n"]]
        if letter.sender != response["sender"]:
            raise SystemExit(
                f"response {letter.n}: sender {letter.sender!r} != {response['sender']!r}"
            )
        response["file"] = letter.file
        # What collect should read from the letter: its party and its date line.
        response["party"] = letter.sender if letter.sender in labels["consultation"]["parties"] else None
        response["letter_date"] = letter.date
        response["received"] = letter.date
        response.setdefault("campaign", None)
        response.setdefault("revision_of", None)
    responses = labels.pop("responses")
    head = json.dumps(labels, ensure_ascii=False, indent=2)[:-2]  # drop the closing "\n}"
    lines = ",\n    ".join(json.dumps(r, ensure_ascii=False) for r in responses)
    LABELS.write_text(f'{head},\n  "responses": [\n    {lines}\n  ]\n}}\n', encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    wanted = {letter.file for letter in LETTERS}
    for stale in OUT.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    for letter in LETTERS:
        path = OUT / letter.file
        if letter.format == "pdf":
            write_pdf(letter, path)
        else:
            write_docx(letter, path)
        print(f"{letter.file}  ({letter.format}, sender cue: {letter.cue})")
    update_labels(LETTERS)


if __name__ == "__main__":
    main()
