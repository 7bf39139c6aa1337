"""Render the overview note as Word (DOCX), HTML or Markdown.

Templates see the same variables in every format (the fields of `model.Note`,
plus `note` itself): title, committee, department, case_number, date, deadline,
internal, marking, intro, parties, responses, missing_parties, missing_sentence,
failed, failed_sentence, received_total, counted_total, columns, overview_rows,
overview_totals, legend, themes, emergent_themes, compilation, placeholder. DOCX templates also get `overview_table`, a ready-made
Word table to place with `{{p overview_table }}` (a paragraph of its own). Each theme's
`remarks` and `recommendation` are the paragraphs of "Forvaltningens bemærkninger" and
"indstilling" a person wrote (`hoering remarks`); a template shows `placeholder` when they are
empty (a municipality's own template that only knows `placeholder` keeps working).

Response text is always data. Templates are rendered once; the values are never
parsed as template source. Jinja runs sandboxed (templates may come from users),
HTML is autoescaped, Markdown output escapes every value so it stays literal, and
DOCX values are XML-escaped by docxtpl's autoescape.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import io
import itertools
import re
import threading
import zipfile
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from ..atomic import write_bytes, write_text
from ..errors import NoteTemplateError, UnsupportedNoteFormat
from .build import build_note
from .model import Note
from .template_errors import jinja_problem

if TYPE_CHECKING:
    from ..export import ConsultationExport

FORMATS = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md"}
PACKAGE = "hoering.templates"


def render_note(
    export: ConsultationExport,
    out: Path,
    *,
    template_docx: Path | None = None,
    templates_dir: Path | None = None,
    internal: bool = False,
    today: date | None = None,
    progress=None,
) -> Path:
    """Write the overview note for `export` to `out`; the format follows the suffix.
    `progress(done, total)` is told each response written.

    `template_docx` replaces the packaged Word template (a municipality's letterhead
    with docxtpl tags); `templates_dir` is searched before the packaged templates
    (note.md.j2, note.html.j2, note.css, note.docx). `internal=True` keeps personal
    data and marks every format "Intern – ikke til offentliggørelse". The file is written
    whole or not at all (`hoering.atomic`); an `OutputError` says why not.
    """
    out = Path(out)
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise UnsupportedNoteFormat(out.suffix)
    note = build_note(export, internal=internal, today=today, progress=progress)
    if kind == "docx":
        template = Path(template_docx) if template_docx else None
        if template is None and templates_dir and (Path(templates_dir) / "note.docx").is_file():
            template = Path(templates_dir) / "note.docx"
        render_docx(note, out, template=template)
    elif kind == "html":
        write_text(out, _marked(render_html(note, templates_dir=templates_dir), note, html=True))
    else:
        write_text(out, _marked(render_markdown(note, templates_dir=templates_dir), note, html=False))
    return out


def _marked(text: str, note: Note, *, html: bool) -> str:
    """A note marked internal or draft says so at the top, whatever the user's template does
    (one written before drafts were marked tests `internal` only)."""
    if not note.marking or note.marking in text:
        return text
    if not html:
        return f"**{md_escape(note.marking)}**\n\n{text}"
    line = f'<div class="marking" role="note">{escape(note.marking)}</div>\n'
    body = re.search(r"<body[^>]*>\n?", text, flags=re.IGNORECASE)
    return text[: body.end()] + line + text[body.end() :] if body else line + text


def context(note: Note) -> dict:
    """The template variables: every field of the note at the top level, and `note`."""
    values = {f.name: getattr(note, f.name) for f in dataclasses.fields(note)}
    values["note"] = note
    return values


# --- Jinja (Markdown, HTML) --------------------------------------------------------------


def _load_packaged(name: str):
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        return None
    resource = importlib.resources.files(PACKAGE).joinpath(*path.parts)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8"), None, lambda: True


def environment(
    templates_dir: Path | None = None, *, markdown: bool = False
) -> SandboxedEnvironment:
    """A sandboxed Jinja environment: the user's templates first, then the packaged ones."""
    loaders = []
    if templates_dir is not None:
        loaders.append(FileSystemLoader(str(templates_dir)))
    loaders.append(FunctionLoader(_load_packaged))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml", "html.j2", "htm.j2"), default_for_string=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=md_value if markdown else None,
    )
    env.filters["nl2br"] = nl2br
    env.filters["md"] = md_escape
    return env


def _render(name: str, note: Note, templates_dir: Path | None, *, markdown: bool = False) -> str:
    env = environment(templates_dir, markdown=markdown)
    try:
        return env.get_template(name).render(context(note))
    except TemplateError as exc:  # includes the sandbox's SecurityError
        source = str(Path(templates_dir) / name) if templates_dir else name
        raise NoteTemplateError(source, jinja_problem(exc)) from exc


def render_html(note: Note, *, templates_dir: Path | None = None) -> str:
    return _render("note.html.j2", note, templates_dir)


def render_markdown(note: Note, *, templates_dir: Path | None = None) -> str:
    text = _render("note.md.j2", note, templates_dir, markdown=True)
    return re.sub(r"\n{3,}", "\n\n", text)


def nl2br(value: object) -> Markup:
    """HTML: escape, then keep line breaks inside a paragraph."""
    return Markup("<br>\n").join(escape(str(value)).split("\n"))


# --- Markdown escaping -----------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(
    r"^(?:(?P<hash>#{1,6})(?=\s|$)|(?P<bullet>[-+])(?=\s|$)|(?P<num>\d{1,9})(?P<dot>[.)])(?=\s|$)"
    r"|(?P<rule>[-=]{2,}\s*$))"
)


def _md_line(line: str) -> str:
    line = line.strip()
    line = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", line))
    m = _MD_LINE_START.match(line)
    if m:
        if m["hash"] or m["bullet"] or m["rule"]:
            line = "\\" + line
        elif m["num"]:
            line = f"{m['num']}\\{line[len(m['num']) :]}"
    return line


def md_escape(value: object) -> str:
    """Text that Markdown shows literally: inline markup escaped, block markers at a
    line start escaped, line breaks inside a paragraph kept as hard breaks."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    lines = [_md_line(line) for line in str(value).split("\n")]
    return "\\\n".join(line for line in lines if line)


def md_value(value: object) -> str:
    """Jinja `finalize` for Markdown: every {{ value }} is escaped unless it is Markup."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return md_escape(value)


# --- DOCX ---------------------------------------------------------------------------------


def render_docx(note: Note, out: Path, *, template: Path | None = None) -> Path:
    """Render with docxtpl inside a Word template (the packaged one unless `template`)."""
    from docxtpl import DocxTemplate

    if template is not None:
        template = Path(template)
        if not template.is_file():
            raise NoteTemplateError(str(template), "filen findes ikke")
        source = template
    else:
        template = Path("note.docx")  # the packaged one, named in messages
        source = io.BytesIO(importlib.resources.files(PACKAGE).joinpath("note.docx").read_bytes())
    try:
        tpl = _template(DocxTemplate)(source)
        tpl.init_docx()
    except Exception as exc:  # python-docx raises several types for a file that is not DOCX
        raise NoteTemplateError(
            str(template), "det er ikke et Word-dokument (DOCX); gem skabelonen i Word som .docx"
        ) from exc
    env = SandboxedEnvironment(autoescape=True)
    if source is template:
        _check_has_fields(tpl, env, template)
    values = _docx_values(note)
    values["note"] = values
    values["overview_table"] = overview_table_xml(note, text_width(tpl))
    try:
        tpl.render(values, jinja_env=env, autoescape=True)
    except TemplateError as exc:
        raise NoteTemplateError(str(template), jinja_problem(exc)) from exc
    doc = tpl.docx
    if note.marking:
        _ensure_marking(doc, note.marking)
    doc.core_properties.title = note.title
    doc.core_properties.subject = note.consultation_title
    doc.core_properties.language = "da-DK"
    buffer = io.BytesIO()
    _save(tpl, buffer)
    return write_bytes(out, buffer.getvalue())


_SAVING = threading.Lock()


def _save(tpl, buffer: io.BytesIO) -> None:
    """`tpl.save(buffer)`, deflating at zlib's fastest level: at 1,000 responses the default
    level spent ~0.9 s compressing 20 MB of XML (a fifth of the note), level 1 a quarter of
    that for a file a third larger (4.8 MB instead of 3.6). python-docx opens its zip file
    with the default level and no way to ask for another, so its module's `ZipFile` is
    swapped for the save (under a lock: a web worker may save two notes at once)."""
    from docx.opc import phys_pkg

    with _SAVING:
        original = phys_pkg.ZipFile
        phys_pkg.ZipFile = functools.partial(zipfile.ZipFile, compresslevel=1)
        try:
            tpl.save(buffer)
        finally:
            phys_pkg.ZipFile = original


# A text element (its text is XML-escaped: no "<" inside) holding a line break.
_TEXT_WITH_BREAK = re.compile(r"<w:t(?: [^>]*)?>[^<]*\n[^<]*</w:t>")
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'


def _template(base):
    from docx.oxml.parser import element_class_lookup
    from lxml import etree

    """docxtpl's template class, with its listing step made linear in practice.

    After rendering, docxtpl turns a "\n" inside a text into a line break, and "\t", "\a",
    "\f" into a tab, a new paragraph, a page break carrying the paragraph's and the run's
    properties; it finds them by walking every paragraph, then every run, then every text with
    nested regular expressions and a Python call each: a third of a note's rendering at 1,000
    responses. Without tabs, bells and form feeds in the document (the note's texts never
    have them, `clean_chars`) and without text boxes (paragraphs inside a run), a line break
    needs nothing but its own text element, so only the texts holding one are visited and
    the result is the same XML; otherwise docxtpl's own step runs."""

    class Template(base):
        def resolve_listing(self, xml):
            if "\t" in xml or "\a" in xml or "\f" in xml or "<w:txbxContent" in xml:
                return super().resolve_listing(xml)
            return _TEXT_WITH_BREAK.sub(lambda m: m.group(0).replace("\n", _BREAK), xml)

        def fix_tables(self, xml):
            """The rendered body, parsed as a child of a new copy of the document element.

            docxtpl parses the rendered body alone and then moves it into the template's
            document, and lxml's move walks every node of it again to reconcile its
            namespaces: at 1,000 responses more time than the parse. Parsed in place, with
            python-docx's element classes and docxtpl's parser options, it gives the same
            XML; `map_tree` then makes the new document element the document's. A table with
            more cells in a row than columns in its grid (docxtpl widens it) goes docxtpl's
            own way."""
            root = self.docx._element
            if len(root) != 1 or root[0] is not root.body:
                return super().fix_tables(xml)
            shell = etree.tostring(root.makeelement(root.tag, root.attrib, root.nsmap), encoding="unicode")
            if not shell.endswith("/>"):
                return super().fix_tables(xml)
            # The body's own declarations of the namespaces the document element declares
            # alike are left out, as lxml leaves them out when it moves the body there.
            start = _BODY_START.match(xml)
            if start is None or any(root.nsmap.get(prefix) != uri for prefix, uri in _DECLARATION.findall(start[1])):
                return super().fix_tables(xml)
            xml = "<w:body>" + xml[start.end():]
            parser = etree.XMLParser(recover=True)
            parser.set_element_class_lookup(element_class_lookup)
            document = etree.fromstring(shell[:-2] + ">" + xml + f"</{shell[1:].split(None, 1)[0]}>", parser)
            body = document[0]
            ns = "{" + body.nsmap["w"] + "}"
            for table in body.iter(ns + "tbl"):
                grid = table.find(ns + "tblGrid")
                columns = len(grid.findall(ns + "gridCol")) if grid is not None else 0
                rows = [row.findall(ns + "tc") for row in table.iter(ns + "tr")]
                spans = [sum(_grid_span(cell, ns) for cell in cells) for cells in rows]
                if any(len(cells) > columns for cells in rows) or max(spans, default=0) < columns:
                    return super().fix_tables(xml)
            return body

        def fix_docpr_ids(self, tree):
            # docxtpl's own step, by an XPath object: python-docx's elements take no
            # `namespaces` in their `xpath`.
            from docx.oxml.ns import nsmap

            for element in etree.XPath("//wp:docPr", namespaces=nsmap)(tree):
                self.docx_ids_index += 1
                element.attrib["id"] = str(self.docx_ids_index)

        def map_tree(self, tree):
            document = tree.getparent()
            if document is None:
                return super().map_tree(tree)
            self.docx._element = self.docx._part._element = document
            self.docx._Document__body = None  # python-docx's cached body object, of the old element

    return Template


_BODY_START = re.compile(r'<w:body((?:\s+xmlns:[\w.-]+="[^"]*")*)\s*>')
_DECLARATION = re.compile(r'xmlns:([\w.-]+)="([^"]*)"')


def _grid_span(cell, ns: str) -> int:
    """How many grid columns a table cell spans (as docxtpl counts them)."""
    properties = cell.find(ns + "tcPr")
    span = None if properties is None else properties.find(ns + "gridSpan")
    return 1 if span is None else int(span.get(ns + "val"))


def _check_has_fields(tpl, env, template: Path) -> None:
    """A user's Word template without a single {{ }} or {% %} field would give a note that is
    only the letterhead: refuse it, saying what a template needs."""
    try:
        fields = tpl.get_undeclared_template_variables(env)
    except TemplateError as exc:
        raise NoteTemplateError(str(template), jinja_problem(exc)) from exc
    if not fields:
        raise NoteTemplateError(
            str(template),
            "den har ingen felter, så notatet ville kun være brevpapiret. Indsæt felter som "
            "{{ title }} der, hvor notatets indhold skal stå (se den indbyggede skabelon "
            "note.docx)",
        )


def _docx_text(text: str) -> str:
    # docxtpl turns "{_{", "}_}", "{_%" and "%_}" in its output into "{{" …; a word
    # joiner keeps a response's literal text from being changed that way.
    if "_" in text:
        text = text.replace("{_", "{\u2060_").replace("_}", "_\u2060}").replace("%_", "%\u2060_")
    return text


def _docx_values(value):
    """Plain dicts/lists/strings for docxtpl, with every string made DOCX-safe."""
    # The common exact types first: a note has a hundred thousand values at 1,000 responses.
    kind = type(value)
    if kind is str:
        return _docx_text(value)
    if kind is list:
        return [_docx_values(v) for v in value]
    if kind is int or kind is bool or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _docx_values(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _docx_values(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_docx_values(v) for v in value]
    if isinstance(value, str):
        return _docx_text(value)
    return value


def _ensure_marking(doc, marking: str) -> None:
    """An internal or draft note says so at the top of every page, whatever the user's
    template does."""
    from docx.shared import Pt, RGBColor

    def add(paragraph_parent) -> None:
        firsts = _first_paragraphs(doc, 1) if paragraph_parent is doc else paragraph_parent.paragraphs[:1]
        first = firsts[0] if firsts else None
        p = (
            first.insert_paragraph_before()
            if first is not None
            else paragraph_parent.add_paragraph()
        )
        run = p.add_run(marking.upper())
        run.bold = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    for index, section in enumerate(doc.sections):
        header = section.header
        if index > 0 and header.is_linked_to_previous:
            continue
        if marking.casefold() not in "\n".join(p.text for p in header.paragraphs).casefold():
            add(header)
    if marking.casefold() not in "\n".join(p.text for p in _first_paragraphs(doc, 5)).casefold():
        add(doc)


def _first_paragraphs(doc, n: int) -> list:
    """`doc.paragraphs[:n]` without a proxy object for every paragraph of a long note."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    return [Paragraph(p, doc._body) for p in itertools.islice(body.iterchildren(qn("w:p")), n)]


# --- the overview table (built in code, because its columns follow the themes) ----------------

_MARK_COLOURS = {"÷": "C00000", "+": "2E7D32"}


class WordXml(str):
    """A piece of WordprocessingML that docxtpl places as it is (not escaped)."""

    def __html__(self) -> str:
        return str(self)


def text_width(tpl) -> int:
    """The template's text width in EMU (page width minus margins)."""
    section = tpl.get_docx().sections[0]
    try:
        return int(section.page_width - section.left_margin - section.right_margin)
    except TypeError:  # a template without a page size
        return 16 * 360_000


def overview_table_xml(note: Note, available: int) -> WordXml:
    """The responses × themes table as a Word table (<w:tbl>), `available` EMU wide.

    Theme columns are narrow with their labels rotated (read bottom to top), so a
    dozen themes still fit a portrait page; the sender column takes the rest. The
    header row repeats on every page. Written as WordprocessingML directly (a
    thousand rows through python-docx take seconds); it refers to no styles, so it
    looks right in any template. Child elements follow the schema's order.
    """
    from .text import abbreviate

    cm = 360_000  # EMU
    columns = note.columns
    n = len(columns)
    nr_width = int(1.3 * cm)
    theme_width = (
        int(min(1.3 * cm, max(0.6 * cm, (available - nr_width - 4.5 * cm) / n))) if n else 0
    )
    if n and nr_width + 3 * cm + n * theme_width > available:  # very many themes: squeeze
        theme_width = int(max(0.4 * cm, (available - nr_width - 3 * cm) / n))
    sender_width = max(3 * cm, available - nr_width - n * theme_width)
    widths = [int(w) // 635 for w in [nr_width, sender_width] + [theme_width] * n]  # EMU -> twips
    # Rotated labels run along the header row's height; wrap into as many lines as the width holds.
    lines = max(1, int(theme_width / (0.42 * cm)))

    def cell(
        width,
        text,
        *,
        bold=False,
        size=18,
        align=None,
        colour=None,
        fill=None,
        rotate=False,
        valign=None,
    ):
        rpr = ("<w:b/>" if bold else "") + (f'<w:color w:val="{colour}"/>' if colour else "")
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        ppr = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        ppr += f'<w:jc w:val="{align}"/>' if align else ""
        tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        tcpr += '<w:textDirection w:val="btLr"/>' if rotate else ""
        tcpr += f'<w:vAlign w:val="{valign}"/>' if valign else ""
        run = ""
        if text:
            run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{xml_escape(_docx_text(text))}</w:t></w:r>'
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr>{ppr}</w:pPr>{run}</w:p></w:tc>"

    def row(cells, *, header=False, height=None):
        trpr = "<w:cantSplit/>"
        trpr += f'<w:trHeight w:val="{height}" w:hRule="atLeast"/>' if height else ""
        trpr += "<w:tblHeader/>" if header else ""
        return f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>"

    shade, total_shade = "E7E9EE", "F3F4F6"
    head = [
        cell(widths[0], "Nr.", bold=True, fill=shade),
        cell(widths[1], "Afsender", bold=True, fill=shade),
    ]
    head += [
        cell(
            widths[2 + i],
            abbreviate(c.label, 24 * lines),
            bold=True,
            size=16,
            fill=shade,
            rotate=True,
            valign="bottom",
        )
        for i, c in enumerate(columns)
    ]
    rows = [row(head, header=True, height=int(4.2 * cm) // 635)]
    for r in note.overview_rows:
        cells = [cell(widths[0], r.numbers), cell(widths[1], r.sender)]
        cells += [
            cell(
                widths[2 + i],
                mark,
                bold=True,
                size=20,
                align="center",
                colour=_MARK_COLOURS.get(mark),
                valign="center",
            )
            for i, mark in enumerate(r.marks)
        ]
        rows.append(row(cells))
    totals = [cell(widths[0], "", fill=total_shade)]
    totals.append(cell(widths[1], f"I alt (af {note.counted_total})", bold=True, fill=total_shade))
    totals += [
        cell(widths[2 + i], t, bold=True, align="center", fill=total_shade)
        for i, t in enumerate(note.overview_totals)
    ]
    rows.append(row(totals))

    border = 'w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"'
    borders = "".join(
        f"<w:{edge} {border}/>" for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl_pr = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return WordXml(f"<w:tbl>{tbl_pr}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
