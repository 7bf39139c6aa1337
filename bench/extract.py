"""Benchmark text extraction: bare pdfplumber vs bare pypdfium2 vs hoering's `extract()`.

    .venv/bin/python bench/extract.py [--pages 10] [--repeat 20]

Generates (in a temp dir) a dense Danish PDF of --pages pages and a mixed batch of about 20
response files (PDF with letterheads, tables, page numbers; DOCX; text; bad files), and prints
pages/s and files/s. Figures only, no assertions: speed depends on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fixtures import (  # noqa: E402
    DENSE_DANISH,
    RESPONSE_LMU,
    make_corrupt_pdf,
    make_docx,
    make_encrypted_pdf,
    make_image_pdf,
    make_pdf,
    make_text,
)

from hoering.errors import ExtractionError  # noqa: E402
from hoering.extract import extract  # noqa: E402


def dense_pdf(path: Path, pages: int) -> Path:
    content = [
        [f"Afsnit {n}. {DENSE_DANISH}"]
        + [DENSE_DANISH.replace("Udvalget", f"Udvalg {n}.{k}") for k in range(4)]
        for n in range(1, pages + 1)
    ]
    make_pdf(
        path,
        content,
        header="Ældrerådet · Holbæk Kommune",
        footer="Ældrerådet, Kanalstræde 2, 4300 Holbæk",
        page_numbers=True,
    )
    return path


def mixed_batch(folder: Path) -> list[Path]:
    files = []
    for i in range(6):
        files.append(
            make_pdf(
                folder / f"{i:02d}_brev.pdf",
                [RESPONSE_LMU, [DENSE_DANISH] * (i % 3)] if i % 2 else [RESPONSE_LMU],
                header="LMU i Job- og Aktivhuset" if i % 2 else None,
                page_numbers=bool(i % 2),
                letterhead_lines=["Ældrerådet", "Kanalstræde 2", "4300 Holbæk"]
                if i % 3 == 0
                else None,
            )
        )
    for i in range(2):
        files.append(
            make_pdf(
                folder / f"1{i}_tabel.pdf",
                [
                    [
                        RESPONSE_LMU[0],
                        [["Afsnit", "Bemærkning"], ["3.1", DENSE_DANISH[:200]], ["4.2", "Ingen."]],
                    ]
                ],
            )
        )
    for i in range(6):
        files.append(
            make_docx(
                folder / f"2{i}_svar.docx",
                RESPONSE_LMU + [DENSE_DANISH] * i,
                header="Handicaprådet",
                footer="Holbæk Kommune",
                table=[["Afsnit", "Bemærkning"], ["3.1", "Vi er imod."]] if i % 2 else None,
            )
        )
    for i in range(3):
        files.append(
            make_text(
                folder / f"3{i}_borger.txt",
                "\n\n".join(RESPONSE_LMU),
                encoding="cp1252" if i else "utf-8",
            )
        )
    files.append(make_docx(folder / "40_word_som.pdf", RESPONSE_LMU))
    files.append(make_image_pdf(folder / "41_scanning.pdf"))
    files.append(make_encrypted_pdf(folder / "42_krypteret.pdf", "hemmelig"))
    files.append(make_corrupt_pdf(folder / "43_beskadiget.pdf"))
    return files


def timed(fn, repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    import pdfplumber
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dense = dense_pdf(folder / "dense.pdf", args.pages)
        pages = len(pdfium.PdfDocument(dense))
        chars = len(extract(dense).text)

        def plumber() -> None:
            with pdfplumber.open(dense) as pdf:
                for page in pdf.pages:
                    page.extract_text()

        def bare_pdfium() -> None:
            pdf = pdfium.PdfDocument(dense)
            for page in pdf:
                page.get_textpage().get_text_range()
            pdf.close()

        t_plumber = timed(plumber, max(1, min(3, args.repeat)))
        t_pdfium = timed(bare_pdfium, args.repeat)
        t_extract = timed(lambda: extract(dense), args.repeat)
        print(f"Dense Danish PDF: {pages} pages, {chars} characters of text")
        print(
            f"  pdfplumber extract_text()  {pages / t_plumber:8.1f} pages/s  ({t_plumber * 1000:7.1f} ms)"
        )
        print(
            f"  pypdfium2 get_text_range() {pages / t_pdfium:8.1f} pages/s  ({t_pdfium * 1000:7.1f} ms)"
        )
        print(
            f"  hoering extract()          {pages / t_extract:8.1f} pages/s  ({t_extract * 1000:7.1f} ms)"
        )
        print(
            f"  extract() is {t_plumber / t_extract:.0f}x faster than pdfplumber, "
            f"{t_extract / t_pdfium:.1f}x the time of bare pypdfium2"
        )

        (folder / "batch").mkdir()
        batch = mixed_batch(folder / "batch")
        outcomes: dict[str, int] = {}

        def run_batch() -> None:
            outcomes.clear()
            for path in batch:
                try:
                    doc = extract(path)
                    key = doc.format
                except ExtractionError as exc:
                    key = exc.code
                outcomes[key] = outcomes.get(key, 0) + 1

        t_batch = timed(run_batch, max(1, args.repeat // 4))
        per_file = {}
        for path in batch:
            per_file[path.name] = timed(lambda p=path: _quiet_extract(p), 3)
        slowest = sorted(per_file.items(), key=lambda kv: -kv[1])[:3]
        print(
            f"Mixed batch: {len(batch)} files ({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))})"
        )
        print(f"  {len(batch) / t_batch:8.1f} files/s  ({t_batch * 1000:7.1f} ms for the batch)")
        print("  slowest: " + ", ".join(f"{name} {t * 1000:.1f} ms" for name, t in slowest))


def _quiet_extract(path: Path) -> None:
    try:
        extract(path)
    except ExtractionError:
        pass


if __name__ == "__main__":
    main()
