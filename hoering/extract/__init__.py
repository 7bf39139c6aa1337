"""Text extraction: one small interface, extractors chosen by content, not by file name.

`extract(path, limits)` returns an `ExtractedDocument` or raises one of the
`hoering.errors.ExtractionError` subclasses (`file` is always `path.name`):

    sniff.py    the format, from the bytes (a DOCX renamed .pdf is read as DOCX)
    pdf.py      pypdfium2 text layer; pdfplumber only for ruled tables
    docx.py     python-docx: body in document order, headers/footers, properties
    text.py     UTF-8 / UTF-16 / cp1252 plain text
    cleanup.py  NFC, hyphenation, page numbers, running headers/footers, block layout

`ExtractedDocument.text` is a list of blocks separated by exactly one blank line: each
paragraph, heading ("Justering af mentor indsatsen:") and table row ("cell | cell") is one
block, normally on one line; soft line breaks inside a DOCX paragraph and the lines of a
plain-text file are kept as single newlines. Page headers/footers and page numbers are not in
the text; header text is in `letterhead`, footer text in `footer`.

Fallback chain for PDFs: text layer (pypdfium2) -> OCR when Tesseract is installed (a later
issue; `ocr.py`) -> NoTextLayer (status needs_ocr) with a Danish message. Pages without text
in an otherwise readable PDF give a warning instead.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from hoering.errors import EmptyFile, EncryptedFile, NoText, Timeout, TooLarge, UnsupportedFile

from .cleanup import has_words


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile file from running away with memory or time."""

    max_bytes: int = 100 * 1024 * 1024  # a 200 MB "response" is refused
    max_pages: int = 500
    max_seconds: float = 60.0
    max_uncompressed_bytes: int = 200 * 1024 * 1024  # DOCX/ODT zip bombs


@dataclass
class ExtractedDocument:
    format: str  # "pdf" | "docx" | "txt" | "eml" | "msg" | "odt" | "rtf" | "doc"
    text: str  # cleaned body text; paragraphs separated by one blank line
    pages: int | None = None
    # Text that identifies the sender but is not the body: DOCX headers,
    # repeated PDF page headers (letterheads), footers.
    letterhead: str = ""
    footer: str = ""
    metadata: dict = field(default_factory=dict)  # title, author, created, date, …
    warnings: list[str] = field(default_factory=list)  # Danish, shown to the user
    # E-mail and similar containers: documents inside, each extracted the same way.
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


class Deadline:
    """A cooperative time limit: readers call `check()` between pages and parts.

    It cannot interrupt a single call into pdfium or lxml that hangs; a caller that needs a
    hard limit runs `extract` in a worker process it can kill.
    """

    def __init__(self, seconds: float, file: str):
        self.seconds, self.file = seconds, file
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise Timeout(self.file, f"mere end {self.seconds:g} sekunder")


# Shown inside UnsupportedFile's Danish sentence: "… ikke et dokument, som hoering kan læse (…)".
_UNSUPPORTED = {
    "odt": "OpenDocument-tekst (ODT) kan ikke læses endnu",
    "rtf": "RTF-dokumenter kan ikke læses endnu",
    "ole": "ældre Office-fil (.doc, .xls eller Outlook .msg)",
    "ole-doc": "ældre Word-dokument (.doc) kan ikke læses endnu",
    "ole-msg": "Outlook-beskeder (.msg) kan ikke læses endnu",
    "ole-xls": "et ældre Excel-regneark (.xls)",
    "eml": "e-mails (.eml) kan ikke læses endnu",
    "html": "en HTML-side",
    "image": "et billede",
    "xlsx": "et Excel-regneark",
    "pptx": "en PowerPoint-præsentation",
    "zip": "et ZIP-arkiv",
    "unknown": "ukendt filtype",
}


def extract(path: Path, limits: Limits | None = None) -> ExtractedDocument:
    """Read one response file: its text, letterhead/footer and metadata.

    The format is decided by content (`sniff.sniff`), never by the file name. Raises an
    `ExtractionError` subclass named after what went wrong; its `file` is `path.name`.
    """
    from . import sniff

    path = Path(path)
    limits = limits or Limits()
    name = path.name
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(name)
    if size > limits.max_bytes:
        raise TooLarge(name, f"{_megabytes(size)}; grænsen er {_megabytes(limits.max_bytes)}")
    fmt = sniff.sniff(path)
    deadline = Deadline(limits.max_seconds, name)
    if fmt == "pdf":
        from .pdf import extract_pdf

        doc = extract_pdf(path, limits, deadline)
    elif fmt == "docx":
        from .docx import extract_docx

        doc = extract_docx(path, limits, deadline)
    elif fmt == "txt":
        from .text import extract_text

        doc = extract_text(path, limits, deadline)
    elif fmt == "ole":
        kind = sniff.ole_kind(path)
        if kind == "encrypted":
            raise EncryptedFile(name, "krypteret Office-dokument")
        raise UnsupportedFile(name, _UNSUPPORTED.get(f"ole-{kind}", _UNSUPPORTED["ole"]))
    else:
        raise UnsupportedFile(name, _UNSUPPORTED.get(fmt, _UNSUPPORTED["unknown"]))
    if not has_words(doc.text):
        raise NoText(name)
    return doc


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.0f} MB" if size >= 10e6 else f"{size / 1e6:.1f} MB".replace(".", ",")
