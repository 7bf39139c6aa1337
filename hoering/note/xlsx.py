"""The overview spreadsheet: one row per response, for staff to assess (Vurdering).

Columns follow what municipal consultation portals export (cf. Aarhus Kommune):
Nr., Modtaget, Afsender, Udtaler sig som, Part, Temaer, Holdning (a machine stance of low
confidence marked "bør gennemses"), Samlet holdning, Resumé, Vurdering.
The same view model as the note, so the same redaction rules apply.

Staff who work in Excel fill in Vurdering and correct the received date, the sender, its
kind, the party and the themes' stances (one "Tema: holdning" per line in Holdning), and read
the sheet back (`hoering review-import`, `hoering.review_import`). For that the workbook
carries a second, hidden sheet (`BASE_SHEET`): the consultation's slug and every row's cells
as they were exported, so reading it back can tell a cell a person changed from one the
archive changed since (a conflict) without guessing.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_bytes
from ..errors import UnsupportedSpreadsheetFormat
from ..messages import REVIEW_FLAG
from ..model import Stance
from .build import build_note
from .model import Note

if TYPE_CHECKING:
    from ..export import ConsultationExport

COLUMNS = (
    ("Nr.", 6),
    ("Modtaget", 12),
    ("Afsender", 34),
    ("Udtaler sig som", 16),
    ("Part", 30),
    ("Temaer", 40),
    ("Holdning", 40),
    ("Samlet holdning", 18),
    ("Resumé", 70),
    ("Vurdering", 40),
)
_MAX_CELL = 32_000  # Excel holds 32,767 characters in a cell

# The hidden sheet read back by `review-import`: first row MARKER, the slug, "intern" or
# "offentlig"; then the headings and every row as exported.
BASE_SHEET = "hoering"
MARKER = "hoering-regneark-1"
INTERNAL = "intern"
PUBLIC = "offentlig"
NO_COMMENT_WORDS = "ingen kommentarer"
MENTION_WORD = "omtaler"


def cell_text(value: object) -> str:
    """A cell's text as the workbook holds it (illegal characters out, cut to Excel's limit)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:_MAX_CELL]


def write_xlsx(export: ConsultationExport, out: Path, *, internal: bool = False, progress=None) -> Path:
    """Write the overview spreadsheet for `export` to `out` (.xlsx), whole or not at all.
    `progress(done, total)` is told each response written."""
    if Path(out).suffix.lower() != ".xlsx":
        raise UnsupportedSpreadsheetFormat(str(out))
    note = build_note(export, internal=internal, progress=progress)
    return write_note_xlsx(note, Path(out), slug=export.slug)


def _rows(note: Note):
    labels = {col.key: col.label for col in note.columns}
    for e in note.responses:
        themes = [labels.get(k, k) for k in e.stances]
        stances = [f"{labels.get(k, k)}: {_stance_words(s)}" + (f" ({REVIEW_FLAG})" if k in e.review else "")
                   for k, s in e.stances.items()]
        stances += [f"{labels.get(k, k)}: {NO_COMMENT_WORDS}" for k in e.no_comment]
        notes = []
        if e.remarks:
            remarks = "; ".join(e.remarks)
            notes.append(f"[{remarks[:1].upper()}{remarks[1:]}]")
        if not e.readable and e.error:
            notes.append(f"Kunne ikke læses: {e.error}.")
        if e.summary:
            notes.append(e.summary)
        yield (
            e.number,
            e.received,
            e.sender,
            e.kind_label,
            e.party or "",
            "\n".join(themes),
            "\n".join(stances),
            e.position.da if e.readable else "",
            "\n".join(notes),
            e.comment,
        )


def _stance_words(stance: Stance | str) -> str:
    """The stance in staff's words; a mention without a stance is "omtaler"."""
    return stance.da if isinstance(stance, Stance) else MENTION_WORD


def rows_as_text(note: Note) -> dict[int, dict[str, str]]:
    """{response number: {column heading: the cell's text}}, as the hidden sheet keeps them
    (a date as ISO); what `review-import` compares a sheet read back with."""
    out = {}
    for values in _rows(note):
        texts = {}
        for (heading, _), value in zip(COLUMNS, values, strict=True):
            if value is None:
                texts[heading] = ""
            elif hasattr(value, "isoformat"):
                texts[heading] = value.isoformat()
            else:
                texts[heading] = cell_text(value)
        out[values[0]] = texts
    return out


def write_note_xlsx(note: Note, out: Path, *, slug: str | None = None) -> Path:
    """The workbook; with `slug`, also the hidden sheet `review-import` reads back."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Høringssvar (intern)" if note.internal else "Høringssvar (UDKAST)" if note.draft else "Høringssvar"
    ws.append([name for name, _ in COLUMNS])
    header_fill = PatternFill("solid", fgColor="E7E9EE")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    wrap = Alignment(vertical="top", wrap_text=True)
    for values in _rows(note):
        row = ws.max_row + 1
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_CELL]
                # Text from responses is data: "=HYPERLINK(…)" must not become a formula.
                cell.data_type = "s"
            else:
                cell.value = value
            cell.alignment = wrap
        ws.cell(row=row, column=2).number_format = "DD-MM-YYYY"
    for index, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{ws.max_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if note.marking:
        ws.oddHeader.center.text = note.marking
        ws.oddHeader.center.color = "C00000"
    if slug is not None:
        _base_sheet(wb, note, slug)
    wb.properties.title = f"{note.marking}: {note.title}" if note.draft else note.title
    wb.properties.language = "da-DK"
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_bytes(out, buffer.getvalue())


def _base_sheet(wb, note: Note, slug: str) -> None:
    ws = wb.create_sheet(BASE_SHEET)
    ws.sheet_state = "hidden"
    rows = [[MARKER, slug, INTERNAL if note.internal else PUBLIC], [name for name, _ in COLUMNS]]
    rows += [[texts[name] for name, _ in COLUMNS] for texts in rows_as_text(note).values()]
    for values in rows:
        row = ws.max_row + 1 if ws.max_row > 1 or ws.cell(1, 1).value is not None else 1
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column)
            cell.value = str(value)
            cell.data_type = "s"  # never a formula, whatever a letter says
