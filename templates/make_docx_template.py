"""Build the default Word template for the overview note: templates/note.docx.

    .venv/bin/python templates/make_docx_template.py

The result is an ordinary Word document with docxtpl tags ({{ }}, {%p %},
{%tr %}) that a municipality can copy into its own letterhead. Headings use
Word's built-in heading styles so the navigation pane works; the overview
table is inserted as a sub-document ({{p overview_table }}) because its
columns depend on the consultation's themes. Variables: see hoering/note/render.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Calibri"
DARK = RGBColor(0x1F, 0x2A, 0x44)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)


def _font(style, size=None, bold=None, italic=None, color=None, name=FONT):
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color


def _paragraph_style(doc, name, base="Normal", **font):
    styles = doc.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    style.base_style = styles[base]
    style.quick_style = True
    _font(style, **font)
    return style


# Word is strict about the order of table/row/cell property elements.
_PROPERTY_ORDER = {
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader tblCellSpacing jc hidden",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
}


def _put(parent, child) -> None:
    """Set `child` on a tblPr/trPr/tcPr, replacing one of the same kind, in schema order."""
    local = lambda el: el.tag.rsplit("}", 1)[-1]  # noqa: E731
    order = _PROPERTY_ORDER[local(parent)].split()
    for old in parent.findall(child.tag):
        parent.remove(old)
    position = order.index(local(child))
    for existing in parent:
        name = local(existing)
        if name in order and order.index(name) > position:
            existing.addprevious(child)
            return
    parent.append(child)


def _widths(table, widths):
    """Fixed column widths that Word and LibreOffice both honour (grid, cells, fixed layout)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _put(table._tbl.tblPr, layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    _put(tbl_pr, borders)


def _shade(cell, fill="E7E9EE"):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _put(tc_pr, shd)


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    _put(tr_pr, el)


def _field(paragraph, instruction, style=None):
    """A Word field (PAGE, NUMPAGES) as one simple field."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _tag(doc, text):
    """A paragraph that holds only a docxtpl {%p … %} tag (removed when rendered)."""
    return doc.add_paragraph(text, style="Normal")


def _themes_block(doc, collection: str):
    _tag(doc, f"{{%p for t in {collection} %}}")
    doc.add_paragraph("{{ t.label }}", style="Heading 2")
    doc.add_paragraph("{{ t.count_sentence }}", style="Normal")
    _tag(doc, "{%p for p in t.passages %}")
    p = doc.add_paragraph(style="Uddrag")
    p.add_run("»{{ p.text }}«")
    attribution = p.add_run(" ({{ p.attribution }})")
    attribution.italic = True
    attribution.font.color.rgb = GREY
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if not t.passages %}")
    doc.add_paragraph("Der er ingen uddrag fra høringssvarene til dette tema.", style="Normal")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if t.no_comment_text %}")
    doc.add_paragraph("{{ t.no_comment_text }}", style="Normal")
    _tag(doc, "{%p endif %}")
    doc.add_paragraph("Forvaltningens bemærkninger", style="Heading 3")
    _tag(doc, "{%p for para in t.remarks %}")
    doc.add_paragraph("{{ para }}", style="Normal")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if not t.remarks %}")
    doc.add_paragraph("{{ placeholder }}", style="Pladsholder")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if t.recommendation %}")
    doc.add_paragraph("Forvaltningens indstilling", style="Heading 3")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for para in t.recommendation %}")
    doc.add_paragraph("{{ para }}", style="Normal")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")


def build(out: Path) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)

    styles = doc.styles
    normal = styles["Normal"]
    _font(normal, size=11, color=RGBColor(0, 0, 0))
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, color, before, after in (
        ("Title", 16, DARK, 6, 12),
        ("Heading 1", 14, DARK, 18, 6),
        ("Heading 2", 12, DARK, 12, 4),
        ("Heading 3", 11, GREY, 8, 2),
    ):
        style = styles[name]
        _font(style, size=size, bold=True, italic=False, color=color)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    # python-docx's Title has a bottom border and a display font; a municipal note wants neither.
    title_ppr = styles["Title"].element.pPr
    if title_ppr is not None:
        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)

    _paragraph_style(doc, "Felt", size=10, bold=True, color=GREY).paragraph_format.space_after = Pt(
        0
    )
    _paragraph_style(doc, "Feltværdi", size=10).paragraph_format.space_after = Pt(0)
    marking = _paragraph_style(doc, "Mærkning", size=11, bold=True, color=RED)
    marking.font.all_caps = True
    uddrag = _paragraph_style(doc, "Uddrag", size=10.5)
    uddrag.paragraph_format.left_indent = Cm(0.6)
    uddrag.paragraph_format.space_after = Pt(4)
    _paragraph_style(doc, "Pladsholder", italic=True, color=GREY)
    _paragraph_style(
        doc, "Bemærkning", size=10, italic=True, color=GREY
    ).paragraph_format.space_after = Pt(3)
    _paragraph_style(doc, "Forklaring", size=9, color=GREY)
    listing = _paragraph_style(doc, "Nummereret", size=11)
    listing.paragraph_format.left_indent = Cm(0.9)
    listing.paragraph_format.first_line_indent = Cm(-0.9)
    listing.paragraph_format.space_after = Pt(2)
    listing.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    bullet = _paragraph_style(doc, "Punkt", size=10.5)
    bullet.paragraph_format.left_indent = Cm(0.6)
    bullet.paragraph_format.first_line_indent = Cm(-0.4)
    bullet.paragraph_format.space_after = Pt(2)
    header_style = _paragraph_style(doc, "Sidehoved", size=9, color=GREY)
    header_style.paragraph_format.space_after = Pt(0)

    # --- page header and footer -------------------------------------------------------
    header = section.header
    hp = header.paragraphs[0]
    hp.style = header_style
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("{{ department }}")
    mark = header.add_paragraph(style="Mærkning")
    mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark.add_run("{{ marking }}")
    footer = section.footer
    fp = footer.paragraphs[0]
    fp.style = header_style
    width = section.page_width - section.left_margin - section.right_margin
    fp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("{{ title }}\tSide ")
    _field(fp, "PAGE")
    fp.add_run(" af ")
    _field(fp, "NUMPAGES")

    # --- header block -------------------------------------------------------------------
    _tag(doc, "{%p if internal %}")
    doc.add_paragraph("{{ marking }}", style="Mærkning")
    _tag(doc, "{%p endif %}")
    block = doc.add_table(rows=4, cols=2)
    block.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(block)
    _widths(block, (Cm(2.4), Cm(14.0)))
    for row, (label, value) in zip(
        block.rows,
        (
            ("Til", "{{ committee }}"),
            ("Fra", "{{ department }}"),
            ("Sagsnr.", "{{ case_number }}"),
            ("Dato", "{{ date }}"),
        ),
        strict=True,
    ):
        row.cells[0].paragraphs[0].style = "Felt"
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].style = "Feltværdi"
        row.cells[1].paragraphs[0].add_run(value)
    doc.add_paragraph("{{ title }}", style="Title")
    _tag(doc, "{%p for paragraph in intro %}")
    doc.add_paragraph("{{ paragraph }}", style="Normal")
    _tag(doc, "{%p endfor %}")

    # --- parties and responses ------------------------------------------------------------
    doc.add_paragraph("Høringsparter og indkomne høringssvar", style="Heading 1")
    doc.add_paragraph("Høringsliste", style="Heading 2")
    doc.add_paragraph(
        "Høringsparterne i alfabetisk orden. ✓ angiver, at der er modtaget høringssvar.",
        style="Normal",
    )
    parties = doc.add_table(rows=4, cols=3, style="Table Grid")
    _widths(parties, (Cm(10.6), Cm(1.6), Cm(4.2)))
    for cell, text in zip(
        parties.rows[0].cells, ("Høringspart", "Svar", "Høringssvar nr."), strict=True
    ):
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        _shade(cell)
    _repeat_header(parties.rows[0])
    parties.rows[1].cells[0].paragraphs[0].add_run("{%tr for p in parties %}")
    for cell, text in zip(
        parties.rows[2].cells, ("{{ p.name }}", "{{ p.mark }}", "{{ p.numbers }}"), strict=True
    ):
        cell.paragraphs[0].add_run(text)
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    parties.rows[2].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    parties.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")

    doc.add_paragraph("Indkomne høringssvar", style="Heading 2")
    _tag(doc, "{%p for r in responses %}")
    doc.add_paragraph("{{ r.number }}.\t{{ r.line }}", style="Nummereret")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if missing_sentence %}")
    p = doc.add_paragraph("{{ missing_sentence }}", style="Normal")
    p.paragraph_format.space_before = Pt(8)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if failed_sentence %}")
    doc.add_paragraph("{{ failed_sentence }}", style="Normal")
    _tag(doc, "{%p endif %}")

    # --- overview -----------------------------------------------------------------------
    doc.add_paragraph("Overblik over temaer", style="Heading 1")
    doc.add_paragraph(
        "Tabellen viser, hvilke af indstillingens elementer og øvrige emner det enkelte høringssvar "
        "omtaler, og med hvilken holdning. Hvert høringssvar tælles én gang.",
        style="Normal",
    )
    doc.add_paragraph("{{p overview_table }}", style="Normal")
    doc.add_paragraph("{{ legend }}", style="Forklaring")
    _tag(doc, "{%p for t in columns %}")
    doc.add_paragraph("•\t{{ t.count_sentence }}", style="Punkt")
    _tag(doc, "{%p endfor %}")

    # --- per theme ------------------------------------------------------------------------
    doc.add_paragraph(
        "Høringssvarenes bemærkninger til indstillingens elementer", style="Heading 1"
    )
    _themes_block(doc, "themes")
    doc.add_paragraph("Emner uden for indstillingen", style="Heading 1")
    _tag(doc, "{%p if emergent_themes %}")
    doc.add_paragraph(
        "Høringssvarene rejser også følgende emner, som ikke er en del af indstillingen.",
        style="Normal",
    )
    _themes_block(doc, "emergent_themes")
    _tag(doc, "{%p else %}")
    doc.add_paragraph("Der er ikke registreret emner uden for indstillingen.", style="Normal")
    _tag(doc, "{%p endif %}")

    # --- text compilation -----------------------------------------------------------------
    doc.add_paragraph("Tekstsamling af de enkelte høringssvar", style="Heading 1")
    _tag(doc, "{%p for e in compilation %}")
    doc.add_paragraph("{{ e.heading }}", style="Heading 2")
    _tag(doc, "{%p for line in e.notes %}")
    doc.add_paragraph("{{ line }}", style="Bemærkning")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if e.summary %}")
    p = doc.add_paragraph(style="Bemærkning")
    p.add_run("Resumé: ").bold = True
    p.add_run("{{ e.summary }}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for paragraph in e.paragraphs %}")
    doc.add_paragraph("{{ paragraph }}", style="Normal")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")

    props = doc.core_properties
    props.title = ""
    props.author = "hoering"
    props.comments = ""
    props.language = "da-DK"
    _set_language(doc, "da-DK")
    doc.save(out)
    return out


def _set_language(doc, lang: str) -> None:
    """Danish proofing for the whole document (docDefaults)."""
    rpr_default = doc.styles.element.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("note.docx")
    print(build(target))
