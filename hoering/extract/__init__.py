"""Text extraction: one small interface, extractors chosen by content, not by file name.

`extract(path, limits)` returns an `ExtractedDocument` or raises one of the
`hoering.errors.ExtractionError` subclasses (`file` is always `path.name`):

    sniff.py    the format, from the bytes (a DOCX renamed .pdf is read as DOCX)
    pdf.py      pypdfium2 text layer; pdfplumber only for ruled tables
    docx.py     python-docx: body in document order, headers/footers, properties
    text.py     UTF-8 / UTF-16 / cp1252 plain text
    cleanup.py  NFC, hyphenation, page numbers, running headers/footers, block layout
    email.py    e-mails: .eml (standard library) and Outlook .msg (extract-msg); the body is
                the text, attachments come back in `attachments` and are collected as files
    odt.py      OpenDocument text (odfpy); rtf.py  RTF (striprtf)
    doc.py      legacy Word .doc through LibreOffice (`soffice --convert-to docx`)
    ocr.py      scans: PDF pages without text and images, through Tesseract ("dan")
    limits.py   checks before a reader opens a file: zip bombs, DTDs in XML parts
    sandbox.py  a hard time cap: extraction in worker processes that are killed on overrun

`ExtractedDocument.text` is a list of blocks separated by exactly one blank line: each
paragraph, heading ("Justering af mentor indsatsen:") and table row ("cell | cell") is one
block, normally on one line; soft line breaks inside a DOCX paragraph and the lines of a
plain-text file are kept as single newlines. Page headers/footers and page numbers are not in
the text; header text is in `letterhead`, footer text in `footer`.

Fallback chain for PDFs: text layer (pypdfium2) -> OCR when Tesseract with the Danish model
is installed (`ocr.py`; the text is marked with a warning and `metadata["ocr"]`) ->
NoTextLayer (status needs_ocr) with a Danish message. Pages without text in an otherwise
readable PDF give a warning instead. Images (PNG, JPEG, TIFF, …) are scans: OCR, or
NoTextLayer. `HOERING_OCR=off` turns OCR off (scans are then recorded as needs_ocr).
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from hoering.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    NoText,
    NoTextLayer,
    Timeout,
    TooLarge,
    UnsupportedFile,
)

from .cleanup import has_words


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile file from running away with memory or time."""

    max_bytes: int = 100 * 1024 * 1024  # a 200 MB "response" is refused
    max_pages: int = 500
    max_seconds: float = 60.0
    max_uncompressed_bytes: int = 200 * 1024 * 1024  # DOCX/ODT zip bombs
    max_compression_ratio: float = 200.0  # a zip member that inflates more is a bomb
    max_attachments: int = 50  # per e-mail; the rest are listed in a warning
    max_memory_bytes: int = 1024 * 1024 * 1024  # address space a worker may add (Linux)
    ocr_dpi: int = 300


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
        self.seconds, self.file = float(seconds), file
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise Timeout(self.file, f"mere end {self.seconds:g} sekunder")


# Shown inside UnsupportedFile's Danish sentence: "… ikke et dokument, som hoering kan læse (…)".
_UNSUPPORTED = {
    "ole": "ældre Office-fil, hverken Word (.doc) eller Outlook (.msg)",
    "ole-xls": "et ældre Excel-regneark (.xls)",
    "html": "en HTML-side",
    "image": "et billede, der ikke kan åbnes",
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
    if fmt == "ole":
        if sniff.ole_truncated(path):  # before ole_kind: the cut may have taken the directory
            raise CorruptFile(name, "filen er afkortet")
        kind = sniff.ole_kind(path)
        if kind == "encrypted":
            raise EncryptedFile(name, "krypteret Office-dokument")
        fmt = {"msg": "msg", "doc": "doc", "ole": "ole"}.get(kind, f"ole-{kind}")
    reader = _READERS.get(fmt)
    if reader is None:
        raise UnsupportedFile(name, _UNSUPPORTED.get(fmt, _UNSUPPORTED["unknown"]))
    module, function = reader
    if fmt in ("docx", "odt"):
        from .limits import check_package

        check_package(path, limits)
    read = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    try:
        doc = read(path, limits, deadline)
    except NoTextLayer:
        from . import ocr

        if fmt != "pdf" or not ocr.available():
            raise
        doc = ocr.ocr_pdf(path, limits, deadline)
    if not has_words(doc.text) and not doc.attachments:
        raise NoText(name)
    return doc


# format -> (module, function): each reader takes (path, limits, deadline).
_READERS = {
    "pdf": ("pdf", "extract_pdf"),
    "docx": ("docx", "extract_docx"),
    "txt": ("text", "extract_text"),
    "eml": ("email", "extract_eml"),
    "msg": ("email", "extract_msg"),
    "tnef": ("email", "extract_tnef"),
    "odt": ("odt", "extract_odt"),
    "rtf": ("rtf", "extract_rtf"),
    "doc": ("doc", "extract_doc"),
    "image": ("ocr", "extract_image"),
}


def preload() -> None:
    """Import the readers of the usual formats and their libraries now, so that worker
    processes forked afterwards share them instead of each importing them for its first file."""
    for module in ("sniff", "limits", "pdf", "docx"):
        importlib.import_module(f"{__name__}.{module}")
    importlib.import_module("docx")  # python-docx, imported by the DOCX reader when it runs


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.0f} MB" if size >= 10e6 else f"{size / 1e6:.1f} MB".replace(".", ",")
