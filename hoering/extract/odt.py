"""OpenDocument text (.odt, LibreOffice and others) with odfpy.

`check_package` (limits.py) has refused zip bombs and DTDs before odfpy parses anything.
The body is walked in document order like a DOCX: every paragraph and heading is one block,
lists give one block per item, a table row is one "cell | cell" block (a one-column table is
a layout box whose paragraphs are ordinary blocks), text frames anchored in a paragraph
follow it. Tracked deletions, annotations and footnote bodies are not text the document
shows. Page headers and footers (styles.xml master pages) go to `letterhead` and `footer`;
title, author, dates and page count come from meta.xml.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from hoering.errors import CorruptFile

from . import Deadline, ExtractedDocument, Limits
from .cleanup import (
    clean_line,
    is_page_number,
    join_blocks,
    normalize_text,
    rejoin_hyphenation,
    without_page_number,
)

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

_SKIP = {
    (TEXT, "tracked-changes"), (TEXT, "note-body"), (TEXT, "note-citation"),
    (OFFICE, "annotation"), (OFFICE, "annotation-end"), (TEXT, "bookmark-ref"),
    (TEXT, "soft-page-break"), (TEXT, "sequence-decls"), (TEXT, "variable-decls"),
    (OFFICE, "forms"),
}  # fmt: skip
_PARAGRAPHS = {(TEXT, "p"), (TEXT, "h")}
_CONTAINERS = {
    (TEXT, "list"), (TEXT, "list-item"), (TEXT, "list-header"), (TEXT, "section"),
    (OFFICE, "text"), (TEXT, "index-body"), (TEXT, "table-of-content"),
    (TEXT, "alphabetical-index"), (DRAW, "text-box"), (TABLE, "table-cell"),
}  # fmt: skip
_HEADERS = ("header", "header-first", "header-left")
_FOOTERS = ("footer", "footer-first", "footer-left")


def extract_odt(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    from odf.opendocument import load

    name = path.name
    try:
        document = load(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, AttributeError) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - SAX errors and odfpy's own assertions
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc
    body = document.body if document.body is not None else document.text
    text = join_blocks(_blocks(body, deadline, [0]))
    letterhead, footer = _page_styles(document, deadline)
    metadata, pages = _meta(document)
    return ExtractedDocument(
        format="odt", text=text, pages=pages, letterhead=letterhead, footer=footer, metadata=metadata
    )


def _children(element) -> list:
    return list(getattr(element, "childNodes", []) or [])


def _qname(element):
    return getattr(element, "qname", None)


def _blocks(container, deadline: Deadline, counter: list[int]) -> Iterator[str]:
    for child in _children(container):
        counter[0] += 1
        if counter[0] % 200 == 0:
            deadline.check()
        qname = _qname(child)
        if qname is None or qname in _SKIP:
            continue
        if qname in _PARAGRAPHS:
            text, frames = _paragraph(child)
            yield text
            for frame in frames:
                yield from _blocks(frame, deadline, counter)
        elif qname == (TABLE, "table"):
            yield from _table(child, deadline, counter)
        elif qname in _CONTAINERS or qname[0] == OFFICE:
            yield from _blocks(child, deadline, counter)


def _paragraph(p) -> tuple[str, list]:
    parts: list[str] = []
    frames: list = []

    def walk(element) -> None:
        for child in _children(element):
            if getattr(child, "nodeType", None) == child.TEXT_NODE:
                parts.append(child.data)
                continue
            qname = _qname(child)
            if qname is None or qname in _SKIP:
                continue
            if qname == (TEXT, "s"):
                count = child.getAttrNS(TEXT, "c")
                parts.append(" " * (int(count) if count and count.isdigit() else 1))
            elif qname == (TEXT, "tab"):
                parts.append("\t")
            elif qname == (TEXT, "line-break"):
                parts.append("\n")
            elif qname == (DRAW, "text-box"):
                frames.append(child)
            else:
                walk(child)

    walk(p)
    return rejoin_hyphenation(normalize_text("".join(parts))), frames


def _table(table, deadline: Deadline, counter: list[int]) -> Iterator[str]:
    rows: list[list[str]] = []

    def collect(element) -> None:
        for child in _children(element):
            qname = _qname(child)
            if qname == (TABLE, "table-row"):
                cells = []
                for cell in _children(child):
                    if _qname(cell) == (TABLE, "table-cell"):
                        text = " ".join(
                            " ".join(b.split()) for b in _blocks(cell, deadline, counter) if b.strip()
                        )
                        if text:
                            cells.append(text)
                rows.append(cells)
            elif qname in ((TABLE, "table-header-rows"), (TABLE, "table-rows"), (TABLE, "table-row-group")):
                collect(child)

    collect(table)
    if all(len(row) <= 1 for row in rows):  # a layout box
        for row in rows:
            yield from row
        return
    for row in rows:
        if row:
            yield " | ".join(row)


def _page_styles(document, deadline: Deadline) -> tuple[str, str]:
    heads: list[str] = []
    foots: list[str] = []
    masters = getattr(document, "masterstyles", None)
    for page in _children(masters) if masters is not None else []:
        if _qname(page) != (STYLE, "master-page"):
            continue
        for part in _children(page):
            qname = _qname(part)
            if not qname or qname[0] != STYLE:
                continue
            out = heads if qname[1] in _HEADERS else foots if qname[1] in _FOOTERS else None
            if out is None:
                continue
            for block in _blocks(part, deadline, [0]):
                for line in block.split("\n"):
                    line = "" if is_page_number(line) else without_page_number(clean_line(line))
                    if line and line not in out:
                        out.append(line)
    return "\n".join(heads), "\n".join(foots)


def _meta(document) -> tuple[dict, int | None]:
    metadata: dict = {}
    pages = None
    meta = getattr(document, "meta", None)
    for element in _children(meta) if meta is not None else []:
        qname = _qname(element)
        value = " ".join(normalize_text(str(element)).split()) if qname else ""
        key = {
            (DC, "title"): "title",
            (DC, "subject"): "subject",
            (META, "initial-creator"): "author",
            (DC, "creator"): "last_modified_by",
            (META, "creation-date"): "created",
            (DC, "date"): "modified",
        }.get(qname)
        if key and value:
            metadata[key] = value[:10] if key in ("created", "modified") else value
        if qname == (META, "document-statistic"):
            count = element.getAttrNS(META, "page-count")
            if count and count.isdigit() and int(count) > 0:
                pages = int(count)
    if "author" not in metadata and "last_modified_by" in metadata:
        metadata["author"] = metadata["last_modified_by"]
    return metadata, pages
