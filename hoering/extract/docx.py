"""Word documents (DOCX) with python-docx.

python-docx opens the package (its XML parser does not resolve entities) and gives the
sections, headers and core properties; the text itself comes from walking the body's XML
children in document order, so tables stay where they stand between paragraphs, and text
boxes, content controls and tracked insertions are read while deleted text and field codes
are not.

Tables: every row becomes one block, its non-empty cells joined by " | ". A row is the unit a
reader means ("3.1 Mentorindsatsen | Vi er imod …" in the response forms many parties use),
so it stays one passage for the splitter, the search and the note; one cell per line would
tear the remark from the section it is about. A table with a single column is a layout
box, not a table: its paragraphs come out as ordinary blocks.

Headers and footers of every section (first-page, default and even-page, when Word shows
them) go to `letterhead` and `footer`, one line per paragraph, without repeats.
`pages` comes from docProps/app.xml <Pages>, which Word updates when it saves; documents
written by other programs often carry stale template statistics (Words 0 in a document with
words), and then `pages` is None.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree as SafeET

from hoering.errors import CorruptFile, TooLarge, UnsupportedFile

from . import Deadline, ExtractedDocument, Limits
from .cleanup import (
    clean_line,
    has_words,
    is_page_number,
    join_blocks,
    normalize_text,
    rejoin_hyphenation,
    without_page_number,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"

# Elements whose text is not part of what the document shows.
_SKIP = {
    W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "delText", W + "instrText",
    W + "delInstrText", W + "fldData", MC + "Fallback", W + "footnoteReference",
    W + "endnoteReference", W + "commentReference",
}  # fmt: skip
# Containers that hold body-level blocks (paragraphs, tables) inside them.
_BLOCK_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}


def extract_docx(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    name = path.name
    app_xml = _check_package(path, limits)
    try:
        document = docx.Document(str(path))
    except ValueError as exc:  # python-docx: "file … is not a Word file, content type is …"
        if "not a Word file" in str(exc):
            raise UnsupportedFile(name, "Word-skabelon eller dokument med makroer") from exc
        raise CorruptFile(name, str(exc)) from exc
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        XMLSyntaxError,
        EOFError,
        NotImplementedError,  # a zip compression method Python lacks
    ) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc

    text = join_blocks(_blocks(document.element.body, deadline))
    letterhead, footer = _headers_and_footers(document, deadline)
    return ExtractedDocument(
        format="docx",
        text=text,
        pages=_app_pages(app_xml, text),
        letterhead=letterhead,
        footer=footer,
        metadata=_core_properties(document),
    )


def _check_package(path: Path, limits: Limits) -> bytes | None:
    """Refuse zip bombs and broken zips before python-docx inflates anything; docProps/app.xml."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if sum(info.file_size for info in infos) > limits.max_uncompressed_bytes:
                raise TooLarge(path.name, "for meget indhold, når filen pakkes ud")
            if "word/document.xml" not in package.namelist():
                raise CorruptFile(path.name, "no word/document.xml")
            try:
                with package.open("docProps/app.xml") as member:
                    return member.read(1 << 20)
            except KeyError:
                return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise CorruptFile(path.name, f"{type(exc).__name__}: {exc}") from exc


# --- text in document order --------------------------------------------------------


def _blocks(container, deadline: Deadline) -> Iterator[str]:
    """The blocks (paragraphs, table rows) of a body, header, cell or text box, in order."""
    for count, child in enumerate(container.iterchildren()):
        if count % 200 == 199:
            deadline.check()
        tag = child.tag
        if tag == W + "p":
            text, boxes = _paragraph(child)
            yield text
            for box in boxes:
                yield from _blocks(box, deadline)
        elif tag == W + "tbl":
            yield from _table(child, deadline)
        elif tag in _BLOCK_CONTAINERS:
            yield from _blocks(child, deadline)


def _paragraph(p) -> tuple[str, list]:
    """The text of a w:p, and the text boxes (w:txbxContent) anchored in it."""
    parts: list[str] = []
    boxes: list = []

    def walk(element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "softHyphen":
                parts.append("\xad")
            elif tag == W + "txbxContent":
                boxes.append(child)
            else:
                walk(child)

    walk(p)
    return rejoin_hyphenation(normalize_text("".join(parts))), boxes


def _cells(row) -> Iterator:
    for child in row.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _cells(child)


def _rows(table) -> Iterator:
    for child in table.iterchildren():
        if child.tag == W + "tr":
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _rows(child)


def _table(table, deadline: Deadline) -> Iterator[str]:
    rows = []
    for row in _rows(table):
        cells = [
            [b for b in (" ".join(x.split()) for x in _blocks(cell, deadline)) if b]
            for cell in _cells(row)
        ]
        rows.append([cell for cell in cells if cell])
    if all(len(row) <= 1 for row in rows):  # a layout box: its paragraphs are ordinary text
        for row in rows:
            for cell in row:
                yield from cell
        return
    for row in rows:
        yield " | ".join(" ".join(cell) for cell in row)


# --- headers, footers, properties ---------------------------------------------------


def _headers_and_footers(document, deadline: Deadline) -> tuple[str, str]:
    even_pages = document.settings.odd_and_even_pages_header_footer
    heads: list[str] = []
    foots: list[str] = []
    for section in document.sections:
        first = section.different_first_page_header_footer
        for parts, out in (
            (
                (
                    (section.first_page_header, first),
                    (section.header, True),
                    (section.even_page_header, even_pages),
                ),
                heads,
            ),
            (
                (
                    (section.first_page_footer, first),
                    (section.footer, True),
                    (section.even_page_footer, even_pages),
                ),
                foots,
            ),
        ):
            for story, shown in parts:
                # Linked to the previous section: the text was read there (or there is none).
                if not shown or story.is_linked_to_previous:
                    continue
                try:
                    # `.part` is public but undocumented; the header's own XML root.
                    root = story.part.element
                except KeyError:  # a header reference to a part the package lacks
                    continue
                for block in _blocks(root, deadline):
                    for line in block.split("\n"):
                        # "Side 1 af 1" is the cached result of a PAGE field: no information.
                        line = "" if is_page_number(line) else without_page_number(clean_line(line))
                        if line and line not in out:
                            out.append(line)
    return "\n".join(heads), "\n".join(foots)


def _app_pages(app_xml: bytes | None, text: str) -> int | None:
    if not app_xml:
        return None
    try:
        root = SafeET.fromstring(app_xml)
    except Exception:  # defusedxml raises its own errors besides ParseError; pages are optional
        return None
    pages = root.findtext(_APP + "Pages")
    words = root.findtext(_APP + "Words")
    try:
        count = int(pages) if pages is not None else 0
    except ValueError:
        return None
    if count <= 0 or (words is not None and words.strip() == "0" and has_words(text)):
        return None  # stale template statistics
    return count


def _core_properties(document) -> dict:
    props = document.core_properties
    metadata: dict = {}
    for key, attribute in (
        ("title", "title"),
        ("author", "author"),
        ("subject", "subject"),
        ("last_modified_by", "last_modified_by"),
        ("created", "created"),
        ("modified", "modified"),
    ):
        try:
            value = getattr(props, attribute)
        except (ValueError, TypeError):  # a malformed date in docProps/core.xml
            continue
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, str):
            value = " ".join(normalize_text(value).split())
        if value:
            metadata[key] = value
    return metadata
