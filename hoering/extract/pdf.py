"""PDF text: pypdfium2 for the text layer, pdfplumber only for ruled tables.

Why two libraries. On the 2-core machine we measure on, pdfplumber's `extract_text()` reads
about 3 pages/s of dense Danish text (pdfminer lays out every glyph in Python), pypdfium2
about 250 pages/s (pdfium, in C) with the same text; `bench/extract.py` measures both. So
the text always comes from pypdfium2: one `get_text_range()` pass per page, plus three char
boxes per line (first char, end of the first word, last char) that place the line on the
page. pdfplumber's layout model earns its cost in one place only: ruled tables, whose cells
pdfium runs together on one line ("3.1 Mentorindsatsen Vi er imod …"). Pages whose vector
graphics form a grid (at least 3 horizontal and 3 vertical rules, counted cheaply from
pdfium's page objects) - and only those - go through pdfplumber's `find_tables()`, and each
table row replaces the pdfium lines inside the table as one "cell | cell" block, as in DOCX.
The letterhead needs no pdfplumber: the char boxes already give every line's position.

Steps:

1. Open (CorruptFile; EncryptedFile when a real password is needed - an empty user password
   opens transparently), page limit (TooLarge), time limit checked per page (Timeout).
2. Per page: lines with positions, count of text characters, images and ruling lines.
3. No text character at all: NoTextLayer when the pages hold images or drawings (a scan,
   status needs_ocr), NoText when they are blank. Scanned pages among text pages are OCR'd
   when Tesseract is installed (`ocr.ocr_pdf_pages`; their blocks go in at their place)
   and named in a warning either way.
4. Running headers and footers. Candidates are the (at most) 3 topmost lines in the top fifth
   and the 3 lowest in the bottom fifth of each page, by position, not by content order
   (producers often draw them first). A candidate that repeats at the same height on at
   least 2 pages and half of the pages (digits ignored: "Side 1 af 3" = "Side 2 af 3") is
   removed from the body and its text goes to `letterhead` (top) or `footer` (bottom);
   lines there that are only a page number ("2", "2/8", "- 2 -", "Side 2 af 8") are dropped,
   in a one-page document too.
5. First-page letterhead: in a document of several pages, lines on page 1 that sit above the
   highest body line of the later pages (Word's "different first page" header) are moved to
   `letterhead`.
6. Ruled tables, as above.
7. Paragraphs. pdfium's text has no blank lines, so the boundaries come from positions; a
   new block starts before a line when
   - the vertical gap to it is more than 1.3 x the document's usual line pitch;
   - its font size differs by more than 15 %, or it starts above the previous line;
   - the previous line is short: the first word of this line would have fitted on it (the
     test a word processor's line breaking implies; it works for ragged and justified text);
   - it starts with a bullet (•, ▪, …);
   - it looks like a heading (short, ends in ":") and the previous line ends a sentence;
   - it or the previous line is a date line ("Holbæk, 1. november 2018": `dates.date_line`).
   But a line of running text that breaks off mid-sentence, followed by a line starting in
   lower case, runs on whatever its length (`cleanup.runs_on`: ragged right margins).
   Two-column pages are read column by column, and each line is measured against its own
   column (`columns.reading_order`).
   Lines of one block are joined with single spaces after `rejoin_hyphenation`, so every
   paragraph and every heading is one line, and blocks are separated by one blank line.
   Known limits: a numbered or dashed list item after a full-width line, and a paragraph
   whose last line happens to be full width with no spacing after it, are joined to what
   follows.

Longer than our ~500-line habit: the text layer, ruled tables, scanned pages inside a text
PDF and the page limits are one reader's decisions about the same pages, in the order they
are taken.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from hoering.errors import CorruptFile, EncryptedFile, NoText, NoTextLayer, TooLarge

from .. import messages as M
from ..dates import date_line
from . import Deadline, ExtractedDocument, Limits
from .cleanup import (
    clean_line,
    is_page_number,
    join_blocks,
    normalize_text,
    rejoin_hyphenation,
    repeated_lines,
    running_key,
    runs_on,
    without_page_number,
)
from .columns import reading_order

EDGE_BAND = 0.2  # top/bottom fraction of the page where running headers/footers live
EDGE_LINES = 3
LETTERHEAD_BAND = 0.3  # page 1's letterhead lives in the top 30 %
MAX_TABLE_PAGES = 25
_BULLET = re.compile(r"^[•●○◦▪■□➢►✓✔‣⁃]")
_PLACEHOLDERS = {"unspecified", "anonymous", "untitled", "(anonymous)", "unknown"}


@dataclass
class Line:
    """One text line as pdfium gives it, with its place on the page (points, y upwards).

    `placed` is False when pdfium's text and char boxes disagree; then left/right/word_right
    count characters instead, and the vertical fields are NaN.
    """

    text: str
    page: int
    left: float = 0.0
    right: float = 0.0
    word_right: float = 0.0  # right edge of the first word
    top: float = math.nan  # top of the first character (font ascent)
    first_bottom: float = math.nan  # bottom of the first character (font descent)
    bottom: float = math.nan  # bottom of the last character (differs after a U+FFFE join)
    size: float = math.nan  # height of the first character's font box
    table: bool = False  # a table row from pdfplumber: always a block of its own
    column: int = 0  # 1, 2: the left or right column of a two-column band (`columns`); 0 else
    col_edge: float = math.nan  # the right edge of its column
    col_left: float = math.nan  # the left edge of its column

    @property
    def placed(self) -> bool:
        return not math.isnan(self.top)


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    height: float = 0.0
    chars: int = 0  # non-blank text characters
    images: int = 0
    drawings: int = 0  # paths and shadings
    grid: bool = False  # enough ruling lines for a table


def extract_pdf(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    name = path.name
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (
            pdfium_c.FPDF_ERR_PASSWORD,
            pdfium_c.FPDF_ERR_SECURITY,
        ):
            raise EncryptedFile(name, str(exc)) from exc
        raise CorruptFile(name, str(exc)) from exc
    warnings: list[str] = []
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptFile(name, "no pages")
        if count > limits.max_pages:
            raise TooLarge(name, f"{count} sider; grænsen er {limits.max_pages} sider")
        pages: list[Page] = []
        unreadable: list[int] = []
        for index in range(count):
            deadline.check()
            try:
                pages.append(_read_page(pdf, index))
            except pdfium.PdfiumError:
                unreadable.append(index + 1)
                pages.append(Page())
        metadata = _metadata(pdf)
    finally:
        pdf.close()

    if len(unreadable) == count:
        raise CorruptFile(name, "no page could be read")
    if unreadable:
        warnings.append(M.say(M.PAGES_UNREADABLE, pages=_page_list(unreadable)))
    if not any(page.chars for page in pages):
        if any(page.images or page.drawings for page in pages):
            raise NoTextLayer(name)
        raise NoText(name)
    scanned = [
        i + 1 for i, page in enumerate(pages) if not page.chars and (page.images or page.drawings)
    ]
    recognised = _recognise_scanned(path, scanned, limits, deadline, warnings, metadata)

    letterhead, footer = strip_running_lines(pages)
    letterhead = first_page_letterhead(pages) + letterhead
    _add_ruled_tables(path, pages, deadline)
    for page in pages:
        if page.lines and all(line.placed for line in page.lines):
            page.lines = reading_order(page.lines)
    # Paragraphs run on across page breaks, but not across a recognised page: its blocks
    # go in between, where the page is.
    blocks: list[str] = []
    run: list[Line] = []
    for index, page in enumerate(pages):
        if index in recognised:
            blocks += paragraphs(run) + recognised[index]
            run = []
        else:
            run += page.lines
    blocks += paragraphs(run)
    return ExtractedDocument(
        format="pdf",
        text=join_blocks(blocks),
        pages=count,
        letterhead="\n".join(_unique(letterhead)),
        footer="\n".join(_unique(footer)),
        metadata=metadata,
        warnings=warnings,
    )


def _recognise_scanned(
    path: Path, scanned: list[int], limits: Limits, deadline: Deadline, warnings: list[str], metadata: dict
) -> dict[int, list[str]]:
    """OCR the scanned pages (numbers from 1) of a PDF that otherwise has text, when
    Tesseract is there; otherwise say which pages are missing."""
    if not scanned:
        return {}
    from . import ocr

    if not ocr.available():
        warnings.append(M.say(M.PAGES_SCANNED_NO_OCR, pages=_page_list(scanned)))
        return {}
    blocks, confidence = ocr.ocr_pdf_pages(path, [n - 1 for n in scanned], limits, deadline)
    warnings.append(M.say(M.PAGES_SCANNED_OCR, pages=_page_list(scanned)))
    empty = [index + 1 for index, found in blocks.items() if not found]
    if empty:
        warnings.append(M.say(M.PAGES_NOT_RECOGNISED, pages=_page_list(empty).lower()))
    metadata["ocr"] = {"language": ocr.LANGUAGE, "pages": scanned, "dpi": limits.ocr_dpi, "confidence": confidence}
    return blocks


# --- reading pages ---------------------------------------------------------------


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    try:
        result = Page(height=page.get_height())
        textpage = page.get_textpage()
        try:
            # On a rotated page the char boxes are not in reading direction: use no positions.
            result.lines, result.chars = _lines(textpage, index, positions=page.get_rotation() == 0)
        finally:
            textpage.close()
        result.images, result.drawings, result.grid = _graphics(page)
        return result
    finally:
        page.close()


_LINE = re.compile(r"[^\r\n]+")


def _lines(
    textpage: pdfium.PdfTextPage, number: int, positions: bool = True
) -> tuple[list[Line], int]:
    count = textpage.count_chars()
    if count <= 0:
        return [], 0
    text = textpage.get_text_range()
    placed = positions and len(text) == count  # else text indexes are not char indexes
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        line = Line(text=normalize_text(stripped), page=number)
        if placed:
            start = len(raw) - len(raw.lstrip())
            end = len(raw.rstrip()) - 1
            space = raw.find(" ", start)
            word_end = space - 1 if 0 <= space <= end else end
            left, first_bottom, _, top = textpage.get_charbox(match.start() + start, loose=True)
            _, bottom, right, _ = textpage.get_charbox(match.start() + end, loose=True)
            word_right = textpage.get_charbox(match.start() + word_end, loose=True)[2]
            line.left, line.right, line.word_right = left, right, word_right
            line.top, line.first_bottom, line.bottom, line.size = (
                top,
                first_bottom,
                bottom,
                top - first_bottom,
            )
        else:
            line.right = len(stripped)
            line.word_right = len(stripped.split()[0])
        lines.append(line)
    return lines, len("".join(text.split()))


def _graphics(page: pdfium.PdfPage) -> tuple[int, int, bool]:
    """(images, drawings, has a ruled grid) from the page objects, without rendering."""
    images = drawings = horizontal = vertical = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))

    def visit(count: int, get, depth: int) -> None:
        nonlocal images, drawings, horizontal, vertical
        for i in range(count):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                images += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_SHADING:
                drawings += 1
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                drawings += 1
                if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
                    continue
                width, height = right.value - left.value, top.value - bottom.value
                if height <= 3 and width >= 15:
                    horizontal += 1
                elif width <= 3 and height >= 8:
                    vertical += 1
                elif width >= 8 and height >= 8 and pdfium_c.FPDFPath_CountSegments(obj) in (4, 5):
                    horizontal, vertical = horizontal + 2, vertical + 2  # a rectangle
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
                visit(
                    pdfium_c.FPDFFormObj_CountObjects(obj),
                    lambda j, form=obj: pdfium_c.FPDFFormObj_GetObject(form, j),
                    depth + 1,
                )

    visit(
        pdfium_c.FPDFPage_CountObjects(page.raw),
        lambda j: pdfium_c.FPDFPage_GetObject(page.raw, j),
        0,
    )
    return images, drawings, horizontal >= 3 and vertical >= 3


# --- running headers and footers, letterhead -------------------------------------


def _edge_windows(page: Page) -> tuple[list[int], list[int], set[int]]:
    """Header and footer candidates of a page: (top window, bottom window, margin lines).

    A window holds the (at most) 3 outermost lines inside the page's top/bottom band, by
    position. Margin lines are the window lines that white space (more than a line's
    height) separates from the body: only those can be running headers or footers, so body
    text that happens to repeat on two identical pages stays. Without positions, the first
    and last lines in content order form the windows and all count as margin lines.
    """
    lines = page.lines
    if not (lines and all(line.placed for line in lines) and page.height > 0):
        top = list(range(len(lines)))[:EDGE_LINES]
        bottom = [i for i in list(range(len(lines)))[-EDGE_LINES:] if i not in top]
        return top, bottom, set(top) | set(bottom)
    order = sorted(range(len(lines)), key=lambda i: -lines[i].top)

    def window(order: list[int], inside, gap) -> tuple[list[int], list[int]]:
        taken = []
        for i in order[:EDGE_LINES]:
            if not inside(lines[i]):
                break
            taken.append(i)
        margin = []
        for k in range(len(taken)):
            following = order[k + 1] if k + 1 < len(order) else None
            if following is None or gap(lines[order[k]], lines[following]):
                margin = taken[: k + 1]
        return taken, margin

    top, top_margin = window(
        order, lambda line: line.first_bottom >= page.height * (1 - EDGE_BAND), _white_between
    )
    bottom, bottom_margin = window(
        order[::-1],
        lambda line: line.top <= page.height * EDGE_BAND,
        lambda lower, upper: _white_between(upper, lower),
    )
    bottom = [i for i in bottom if i not in top]
    return top, bottom, set(top_margin) | set(bottom_margin)


def strip_running_lines(pages: list[Page]) -> tuple[list[str], list[str]]:
    """Remove running headers/footers and page numbers; return (header lines, footer lines).

    Also puts the candidates in reading order: header lines first, footer lines last.
    """
    windows = [_edge_windows(page) for page in pages]

    def candidates(side: int) -> list[list[tuple[str, float | None]]]:
        return [
            [
                (page.lines[i].text, page.lines[i].bottom if page.lines[i].placed else None)
                for i in window[side]
                if i in window[2]
            ]
            for page, window in zip(pages, windows, strict=True)
        ]

    header_keys, footer_keys = repeated_lines(candidates(0)), repeated_lines(candidates(1))
    headers: list[str] = []
    footers: list[str] = []
    for page, (top, bottom, margin) in zip(pages, windows, strict=True):
        dropped: set[int] = set()
        for window, keys, out in ((top, header_keys, headers), (bottom, footer_keys, footers)):
            for i in window:
                text = clean_line(page.lines[i].text)
                if is_page_number(text):
                    dropped.add(i)
                elif i in margin and running_key(text) in keys:
                    dropped.add(i)
                    if rest := without_page_number(text):
                        out.append(rest)
        if all(line.placed for line in page.lines):  # reading order: header, body, footer
            by_position = (
                sorted(top, key=lambda i: -page.lines[i].top),
                sorted(bottom, key=lambda i: -page.lines[i].top),
            )
            middle = [i for i in range(len(page.lines)) if i not in top and i not in bottom]
            order = [*by_position[0], *middle, *by_position[1]]
        else:
            order = list(range(len(page.lines)))
        page.lines = [page.lines[i] for i in order if i not in dropped]
    return headers, footers


def first_page_letterhead(pages: list[Page]) -> list[str]:
    """Take page 1's letterhead out of the body (Word's "different first page" header).

    The letterhead is the block of lines at the top of page 1 (within its top 30 %) that sit
    above the highest body line of the later pages and that white space separates from the
    rest of page 1. Returns its lines, top to bottom.
    """
    if len(pages) < 2 or not pages[0].lines or not all(line.placed for line in pages[0].lines):
        return []
    later = [line.top for page in pages[1:] for line in page.lines if line.placed]
    if not later:
        return []
    body_top = max(later)
    first = pages[0].lines
    order = sorted(range(len(first)), key=lambda i: -first[i].top)
    taken: list[int] = []
    for k, i in enumerate(order[:-1]):
        line = first[i]
        if line.bottom <= body_top + 1 or line.first_bottom < pages[0].height * (
            1 - LETTERHEAD_BAND
        ):
            break
        if _white_between(line, first[order[k + 1]]):
            taken = order[: k + 1]
    if not taken:
        return []
    pages[0].lines = [line for i, line in enumerate(first) if i not in set(taken)]
    return [clean_line(first[i].text) for i in taken]


def _white_between(upper: Line, lower: Line) -> bool:
    """More than a line's height of white space between two lines."""
    return upper.bottom - lower.top > max(upper.size, lower.size)


# --- ruled tables (pdfplumber) ------------------------------------------------------


def _add_ruled_tables(path: Path, pages: list[Page], deadline: Deadline) -> None:
    """Replace the pdfium lines inside ruled tables by one "cell | cell" block per row.

    pdfplumber costs about 0.3 s a page, so at most MAX_TABLE_PAGES pages go through it, and
    none once half the time limit is used: the pdfium text of the rest stands as it is.
    """
    wanted = [i for i, page in enumerate(pages) if page.grid and page.chars][:MAX_TABLE_PAGES]
    if not wanted:
        return
    import pdfplumber

    found: list[tuple[int, tuple[float, float, float, float], list[list[str]]]] = []
    try:
        with pdfplumber.open(path, pages=[i + 1 for i in wanted]) as document:
            for plumber_page in document.pages:
                if deadline.remaining() < deadline.seconds / 2:
                    break
                height = plumber_page.height
                for table in plumber_page.find_tables():
                    x0, top, x1, bottom = table.bbox
                    rows = [
                        [cell for cell in map(_cell_text, row) if cell] for row in table.extract()
                    ]
                    box = (x0, height - bottom, x1, height - top)
                    found.append((plumber_page.page_number - 1, box, [row for row in rows if row]))
    except Exception:  # pdfminer can fail where pdfium did not; the pdfium text then stands
        return
    for index, box, rows in sorted(found, key=lambda t: (t[0], -t[1][3])):
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:  # else a framed paragraph
            _replace_lines(pages[index], index, box, rows)


def _cell_text(cell: str | None) -> str:
    return " ".join(rejoin_hyphenation(normalize_text(cell or "")).split())


def _replace_lines(
    page: Page, number: int, box: tuple[float, float, float, float], rows: list[list[str]]
) -> None:
    x0, y0, x1, y1 = box

    def inside(line: Line) -> bool:
        if not line.placed or line.table:
            return False
        x, y = (line.left + line.right) / 2, (line.top + line.bottom) / 2
        return x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1

    covered = [i for i, line in enumerate(page.lines) if inside(line)]
    if covered:
        at = covered[0]
    else:
        at = next(
            (i for i, line in enumerate(page.lines) if line.placed and line.top < y1),
            len(page.lines),
        )
    blocks = [
        Line(
            text=" | ".join(row),
            page=number,
            left=x0,
            right=x1,
            word_right=x1,
            top=y1,
            first_bottom=y0,
            bottom=y0,
            size=0.0,
            table=True,
        )
        for row in rows
    ]
    kept = [line for i, line in enumerate(page.lines) if i not in set(covered)]
    at -= sum(1 for i in covered if i < at)
    page.lines = kept[:at] + blocks + kept[at:]


# --- paragraphs -----------------------------------------------------------------


def paragraphs(lines: list[Line]) -> list[str]:
    """Join lines into blocks (paragraphs, headings, table rows), one string each."""
    body = [line for line in lines if line.placed and not line.table]
    pitch = _line_pitch(body)
    body_size = _percentile([line.size for line in body], 0.5)
    edge = _percentile([line.right for line in body], 0.9)
    left = min((line.left for line in body), default=0.0)
    char_edge = {
        page: _percentile(
            [line.right for line in lines if line.page == page and not line.placed], 0.9
        )
        for page in {line.page for line in lines if not line.placed}
    }
    blocks: list[list[Line]] = []
    for line in lines:
        previous = blocks[-1][-1] if blocks else None
        if previous is not None and previous.column:  # the line above is measured in its column
            line_edge, line_left = previous.col_edge, line.col_left if line.column else left
        else:
            line_edge, line_left = (edge if line.placed else char_edge[line.page]), left
        if (
            previous is None
            or line.table
            or previous.table
            or _starts_block(previous, line, pitch, line_edge, line_left, body_size)
            or (len(blocks[-1]) == 1 and _heading_above_column(previous, line))
            or date_line(previous.text) is not None
            or date_line(line.text) is not None
        ):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return [
        rejoin_hyphenation("\n".join(line.text for line in block)).replace("\n", " ")
        for block in blocks
    ]


def _starts_block(
    previous: Line, line: Line, pitch: float, edge: float, left: float, body_size: float = math.nan
) -> bool:
    if _BULLET.match(line.text):
        return True
    both_placed = previous.placed and line.placed
    next_column = both_placed and previous.column == 1 and line.column == 2 and previous.page == line.page
    if next_column:  # up to the next column's top: the paragraph may run on, as across a page break
        if abs(previous.size - line.size) > 0.15 * max(previous.size, line.size):
            return True
        space, slack = 0.25 * previous.size, 0.5 * previous.size
    elif both_placed:
        if previous.page == line.page:
            if line.top > previous.top + 1:
                return True  # back up the page: another column or box
            if pitch and previous.bottom - line.first_bottom > pitch * 1.3 * _scale(previous, body_size) + 0.5:
                return True  # white space between paragraphs (a title's lines stand wider apart)
        if previous.left - line.left > 0.25 * (edge - left):
            return True  # after a right-aligned or centred line (a date), or another column
        if abs(previous.size - line.size) > 0.15 * max(previous.size, line.size):
            return True
        space, slack = 0.25 * previous.size, 0.5 * previous.size
    elif previous.placed != line.placed:
        return True
    else:
        space, slack = 1, 1
    first_word = line.word_right - line.left if both_placed else line.word_right
    if previous.right + space + first_word < edge - slack and not runs_on(previous.text, line.text):
        return True  # the first word would have fitted on the previous line (ragged text aside)
    heading = line.text.endswith(":") and len(line.text) <= 100
    if heading and both_placed:
        heading = line.right - line.left < 0.7 * (edge - left)
    return heading and previous.text.rstrip()[-1:] in ".!?:"


def _scale(line: Line, body_size: float) -> float:
    """How much wider than body lines a line of this size stands from the next."""
    return max(1.0, line.size / body_size) if body_size and not math.isnan(body_size) else 1.0


def _heading_above_column(previous: Line, line: Line) -> bool:
    """A line of its own at a column's foot, a few words with no punctuation, and a capital at
    the next column's top: a heading over what follows, not the start of its sentence."""
    return (
        previous.column == 1 and line.column == 2 and len(previous.text.split()) <= 6
        and not re.search(r"[.,;:!?]$", previous.text) and line.text[:1].isupper()
    )  # fmt: skip


def _line_pitch(lines: list[Line]) -> float:
    """The distance from one line of a paragraph to the next.

    A low percentile, not the median: in a letter of one-line paragraphs most gaps between
    consecutive lines are paragraph gaps.
    """
    gaps = [
        a.bottom - b.first_bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and 0.6 * a.size < a.bottom - b.first_bottom < 2.5 * a.size
    ]
    return _percentile(gaps, 0.2)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(q * (len(values) - 1) + 0.5))]


# --- metadata and helpers --------------------------------------------------------


def _metadata(pdf: pdfium.PdfDocument) -> dict:
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return {}
    metadata: dict = {}
    for key in ("Title", "Author", "Subject", "Keywords", "Creator", "Producer"):
        value = " ".join(normalize_text(info.get(key, "")).split())
        if value and value.casefold() not in _PLACEHOLDERS:
            metadata[key.lower()] = value
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        if date := pdf_date(info.get(key, "")):
            metadata[name] = date
    return metadata


def pdf_date(value: str) -> str | None:
    """ "D:20181030141500+01'00'" (or an ISO date) -> "2018-10-30"; None if unparseable."""
    match = re.match(r"\s*(?:D:)?(\d{4})-?(\d{2})?-?(\d{2})?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _page_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return M.say(M.ONE_PAGE, page=numbers[0])
    return M.say(M.PAGES, pages=", ".join(map(str, numbers[:-1])), last=numbers[-1])


def _unique(lines: list[str]) -> list[str]:
    seen, out = set(), []
    for line in lines:
        key = running_key(line)
        if key not in seen:
            seen.add(key)
            out.append(line)
    return out
