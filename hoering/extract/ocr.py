"""Scans: text recognition (OCR) with Tesseract's Danish model.

Used for PDFs without a text layer (after `pdf.py` raised NoTextLayer), for the scanned
pages of a PDF that otherwise has one (`ocr_pdf_pages`, called by `pdf.py`), and for images
(PNG, JPEG, TIFF, GIF, WebP). Each page is rendered to grayscale at `Limits.ocr_dpi`
(300 dpi; pypdfium2 for PDFs, Pillow for images), capped at `MAX_PIXELS` so a page with an
absurd media box cannot exhaust memory, and handed to the `tesseract` program, which gives
words with their boxes and confidence (TSV). We call the program directly (no pytesseract):
one subprocess per page with the time that is left on the file's `Deadline`, killed when it
runs over; tesseract runs single-threaded (OMP_THREAD_LIMIT=1) so parallel collect workers
do not fight over the cores.

Layout: from the lines' geometry, as in text PDFs. White space of more than a line's height
starts a block; a line of running text that ends without a full stop, with the next line
starting in lower case, runs on into it (`cleanup.runs_on`), whatever Tesseract's paragraph
numbers say (it splits paragraphs of ragged or slightly rotated scans); otherwise Tesseract's
blocks and paragraphs give the blocks, and inside one a line that ends well before the right
edge ends the block too (the signature lines "Med venlig hilsen" / "Karen
Nielsen" stay apart), and lines are joined as the PDF reader joins them, so the text follows
the `ExtractedDocument` contract. Every OCR'd document carries the warning `OCR_WARNING` and
`metadata["ocr"]` (engine, language, pages, dpi, mean word confidence).

OCR is available when `tesseract` is on PATH and lists the "dan" language; `HOERING_OCR=off`
turns it off. Without it, scans are NoTextLayer (status needs_ocr) with the Danish message
that says what to install.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hoering.errors import CorruptFile, NoText, NoTextLayer, OcrFailed, Timeout, TooLarge

from .. import messages as M
from .. import programs
from . import Deadline, ExtractedDocument, Limits
from .cleanup import join_blocks, normalize_text, rejoin_hyphenation, runs_on

LANGUAGE = "dan"
MAX_PIXELS = 60_000_000  # about A3 at 300 dpi; larger pages are rendered at a lower dpi
OCR_WARNING = M.OCR_READ
LOW_CONFIDENCE = 60.0


def available() -> bool:
    """Tesseract with the Danish model is installed (and not turned off by HOERING_OCR)."""
    if os.environ.get("HOERING_OCR", "").strip().lower() in ("0", "off", "no", "false"):
        return False
    binary = programs.find(programs.TESSERACT)
    return bool(binary) and LANGUAGE in _languages(binary)


@functools.lru_cache(maxsize=4)
def _languages(binary: str) -> frozenset[str]:
    try:
        out = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (out.stdout + out.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


@functools.lru_cache(maxsize=4)
def _version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "tesseract"
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0] if first else "tesseract"


# --- entry points ---------------------------------------------------------------------


def ocr_pdf(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    """The text of a scanned PDF (no text layer), page by page."""
    return _document("pdf", path.name, _recognise_pages(path, None, limits, deadline), limits)


def ocr_pdf_pages(
    path: Path, indexes: list[int], limits: Limits, deadline: Deadline
) -> tuple[dict[int, list[str]], float | None]:
    """Blocks of text of some pages of a PDF (the scanned pages of one that otherwise has a
    text layer), by page index, and the mean word confidence."""
    pages = _recognise_pages(path, indexes, limits, deadline)
    blocks = {index: _blocks(lines) for index, lines in zip(indexes, pages, strict=True)}
    return blocks, _confidence(pages)


def _recognise_pages(
    path: Path, indexes: list[int] | None, limits: Limits, deadline: Deadline
) -> list[list[_Line]]:
    import pypdfium2 as pdfium

    name = path.name
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:  # pdf.py opened it a moment ago; be safe anyway
        raise CorruptFile(name, str(exc)) from exc
    pages: list[list[_Line]] = []
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise TooLarge(name, f"{count} sider; grænsen er {limits.max_pages} sider")
        for index in range(count) if indexes is None else indexes:
            deadline.check()
            page = pdf[index]
            try:
                width, height = page.get_size()
                scale = _scale(width / 72, height / 72, limits.ocr_dpi)
                bitmap = page.render(scale=scale, grayscale=True)
                image = bitmap.to_pil()
            except pdfium.PdfiumError:
                pages.append([])
                continue
            finally:
                page.close()
            pages.append(_recognise(image, deadline, name))
    finally:
        pdf.close()
    return pages


def _confidence(pages: list[list[_Line]]) -> float | None:
    confidences = [conf for page in pages for line in page for conf in line.confidences if conf >= 0]
    return round(statistics.fmean(confidences), 1) if confidences else None


def extract_image(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    """An image of a letter (a phone photo, a scanner's TIFF): OCR each frame."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    name = path.name
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses (DecompressionBombError) above 2x
    try:
        image = Image.open(path)
        image.verify()  # checks the structure without decoding the pixels
        image = Image.open(path)
        frames = getattr(image, "n_frames", 1)
    except Image.DecompressionBombError as exc:
        raise TooLarge(name, "billedet har for mange pixels") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        # Pillow cannot open it: a broken download, or HEIC without a plug-in.
        from hoering.errors import UnsupportedFile

        raise UnsupportedFile(name, "et billede, der ikke kan åbnes") from exc
    if not available():
        raise NoTextLayer(name)
    if frames > limits.max_pages:
        raise TooLarge(name, f"{frames} sider; grænsen er {limits.max_pages} sider")
    pages: list[list[_Line]] = []
    with image:
        for index in range(frames):
            deadline.check()
            try:
                image.seek(index)
                frame = ImageOps.exif_transpose(image.convert("L"))
                dpi = image.info.get("dpi", (limits.ocr_dpi,))[0] or limits.ocr_dpi
                if frame.width * frame.height > MAX_PIXELS:
                    factor = (MAX_PIXELS / (frame.width * frame.height)) ** 0.5
                    frame = frame.resize((int(frame.width * factor), int(frame.height * factor)))
                    dpi = dpi * factor
                elif frame.width < 1500 and dpi < 200:  # a small phone crop: help tesseract
                    frame = frame.resize((frame.width * 2, frame.height * 2))
            except (OSError, ValueError, EOFError) as exc:
                raise CorruptFile(name, f"billedet kan ikke afkodes: {exc}") from exc
            pages.append(_recognise(frame, deadline, name))
    return _document("image", name, pages, limits)


def _scale(width_in: float, height_in: float, dpi: float) -> float:
    """Render scale (pixels per point) for `dpi`, lowered so the page fits in MAX_PIXELS."""
    scale = dpi / 72
    pixels = width_in * dpi * height_in * dpi
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return max(scale, 0.05)


# --- tesseract -------------------------------------------------------------------------


@dataclass
class _Line:
    words: list[str]
    left: int
    right: int
    top: int
    bottom: int
    paragraph: tuple[int, int]  # (block, paragraph) as Tesseract numbered them
    confidences: list[float]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def height(self) -> int:
        return max(self.bottom - self.top, 1)


def _recognise(image, deadline: Deadline, name: str) -> list[_Line]:
    """Run tesseract on one page image: its text lines with boxes, in reading order."""
    binary = programs.find(programs.TESSERACT)
    if not binary:
        raise NoTextLayer(name)
    with tempfile.TemporaryDirectory(prefix="hoering-ocr-") as tmp:
        png = Path(tmp) / "side.png"
        image.save(png, format="PNG")
        remaining = deadline.remaining()
        if remaining <= 0:
            deadline.check()
        try:
            result = subprocess.run(
                [binary, str(png), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"],
                capture_output=True,
                timeout=remaining,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise Timeout(name, f"mere end {deadline.seconds:g} sekunder") from exc
        except OSError as exc:
            raise OcrFailed(name, str(exc)) from exc
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(name, detail[-1] if detail else f"tesseract returnerede {result.returncode}")
    return _lines_from_tsv(result.stdout.decode("utf-8", "replace"))


def _lines_from_tsv(tsv: str) -> list[_Line]:
    lines: dict[tuple[int, int, int], _Line] = {}
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        try:
            if row.get("level") != "5":
                continue
            text = (row.get("text") or "").strip()
            if not text:
                continue
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            left, top = int(row["left"]), int(row["top"])
            right, bottom = left + int(row["width"]), top + int(row["height"])
            conf = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        line = lines.get(key)
        if line is None:
            lines[key] = _Line([text], left, right, top, bottom, key[:2], [conf])
        else:
            line.words.append(text)
            line.left, line.right = min(line.left, left), max(line.right, right)
            line.top, line.bottom = min(line.top, top), max(line.bottom, bottom)
            line.confidences.append(conf)
    return list(lines.values())  # TSV rows come in reading order


def _blocks(lines: list[_Line]) -> list[str]:
    """Join a page's lines into blocks (see the module docstring)."""
    if not lines:
        return []
    rights = sorted(line.right for line in lines)
    edge = rights[int(0.9 * (len(rights) - 1))]
    left = min(line.left for line in lines)
    heights = sorted(line.height for line in lines)
    typical = heights[len(heights) // 2]
    blocks: list[list[_Line]] = []
    for line in lines:
        previous = blocks[-1][-1] if blocks else None
        if previous is None or _starts_block(previous, line, edge, left, typical):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    out = []
    for block in blocks:
        text = normalize_text("\n".join(line.text for line in block))
        out.append(rejoin_hyphenation(text).replace("\n", " "))
    return out


def _starts_block(previous: _Line, line: _Line, edge: int, left: int, typical: int) -> bool:
    if line.top - previous.bottom > 1.2 * typical:
        return True  # white space Tesseract did not see as a paragraph break
    if runs_on(previous.text, line.text):
        return False  # whatever Tesseract's paragraph numbers say
    if line.paragraph != previous.paragraph:
        return True
    first_word = (line.right - line.left) * len(line.words[0]) / max(len(line.text), 1)
    space = 0.4 * typical
    return previous.right + space + first_word < edge - 0.5 * typical


def _document(fmt: str, name: str, pages: list[list[_Line]], limits: Limits) -> ExtractedDocument:
    blocks = [block for page in pages for block in _blocks(page)]
    if not blocks:
        raise NoText(name)
    confidence = _confidence(pages)
    warnings = [OCR_WARNING]
    if confidence is not None and confidence < LOW_CONFIDENCE:
        warnings.append(M.say(M.OCR_UNSURE, confidence=confidence))
    empty = [i + 1 for i, page in enumerate(pages) if not page]
    if empty and len(empty) < len(pages):
        warnings.append(M.say(M.OCR_EMPTY_PAGES, pages=", ".join(map(str, empty))))
    binary = programs.find(programs.TESSERACT) or "tesseract"
    return ExtractedDocument(
        format=fmt,
        text=join_blocks(blocks),
        pages=len(pages),
        metadata={
            "ocr": {
                "engine": _version(binary),
                "language": LANGUAGE,
                "pages": len(pages),
                "dpi": limits.ocr_dpi,
                "confidence": confidence,
            }
        },
        warnings=warnings,
    )
