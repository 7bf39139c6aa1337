"""The overview note (høringsnotat/overblik) and the overview spreadsheet, from the export.

`export` is a `ConsultationExport` (`hoering.export`): made by `export_consultation`, or read
back from its JSON with `ConsultationExport.from_json`.

render_note(export, Path("notat.docx"))      # .docx, .html/.htm or .md
write_xlsx(export, Path("overblik.xlsx"))
redact("Ring på 12 34 56 78")                # "Ring på [telefonnr. fjernet]"

model.py the view model; build.py builds it (themes.py: theme sections and the overview
table; compilation.py: the text compilation); redact.py the publication rules; render.py
and xlsx.py write the formats.
"""

from __future__ import annotations

from ..redaction import Pseudonyms, Redactor, redact, redact_contact
from .build import build_note
from .model import DRAFT_MARKING, INTERNAL_MARKING, Note
from .render import render_docx, render_html, render_markdown, render_note
from .xlsx import write_xlsx

__all__ = [
    "DRAFT_MARKING",
    "INTERNAL_MARKING",
    "Note",
    "Pseudonyms",
    "Redactor",
    "build_note",
    "redact",
    "redact_contact",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_note",
    "write_xlsx",
]
