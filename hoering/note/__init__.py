"""The overview note (høringsnotat/overblik) and the overview spreadsheet, from the export dict.

render_note(export, Path("notat.docx"))      # .docx, .html/.htm or .md
write_xlsx(export, Path("overblik.xlsx"))
redact("Ring på 12 34 56 78")                # "Ring på [telefonnr. fjernet]"
"""

from __future__ import annotations

from .model import INTERNAL_MARKING, Note, build_note
from .redact import Pseudonyms, redact, redact_contact
from .render import render_docx, render_html, render_markdown, render_note
from .xlsx import write_xlsx

__all__ = [
    "INTERNAL_MARKING",
    "Note",
    "Pseudonyms",
    "build_note",
    "redact",
    "redact_contact",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_note",
    "write_xlsx",
]
