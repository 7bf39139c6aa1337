"""Pages/s of `hoering collect` against bare pdfplumber / python-docx extraction of the same files.

    python -m bench.collect [--responses 200] [--repeat 3] [--bare-repeat N]

Bare extraction is the obvious alternative: pdfplumber's `extract_text()` per page and
python-docx's paragraphs, no archive. Also timed: the same with pypdfium2 (the PDF library
hoering reads with, bare) and hoering's own `extract()` without an archive. `hoering collect` does everything: hashing, storing
the original, extraction, sender detection, passages, tagging and the search index, one
transaction per file. Each figure is the median of --repeat runs with min–max.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import docx
import pdfplumber
import pypdfium2

from bench.generate import responses
from hoering.extract import extract


def count_pages(folder: Path, manifest: dict) -> int:
    total = 0
    for name, info in manifest["files"].items():
        if info["format"] == "pdf":
            total += len(pypdfium2.PdfDocument(folder / name))
        else:
            total += info["pages"]
    return total


def bare_extraction(folder: Path, manifest: dict) -> float:
    start = time.perf_counter()
    for name, info in manifest["files"].items():
        if info["format"] == "pdf":
            with pdfplumber.open(folder / name) as pdf:
                "\n".join(page.extract_text() or "" for page in pdf.pages)
        else:
            "\n".join(p.text for p in docx.Document(folder / name).paragraphs)
    return time.perf_counter() - start


def bare_pdfium(folder: Path, manifest: dict) -> float:
    """The libraries hoering reads with, bare: pypdfium2's text per page, python-docx's paragraphs."""
    start = time.perf_counter()
    for name, info in manifest["files"].items():
        if info["format"] == "pdf":
            pdf = pypdfium2.PdfDocument(folder / name)
            "\n".join(page.get_textpage().get_text_range() for page in pdf)
            pdf.close()
        else:
            "\n".join(p.text for p in docx.Document(folder / name).paragraphs)
    return time.perf_counter() - start


def hoering_extract(folder: Path, manifest: dict) -> float:
    """hoering's `extract()` alone (readers, cleanup), no archive, no language layer."""
    start = time.perf_counter()
    for name in manifest["files"]:
        extract(folder / name)
    return time.perf_counter() - start


def hoering_collect(folder: Path, workers: int, manifest: dict | None = None) -> float:
    """Seconds of one `collect()` into a fresh archive, in a fresh interpreter: the Danish layer
    is loaded inside the timed call, as in every `hoering collect` run, instead of being
    inherited from an earlier run in this process."""
    names = list(manifest["files"]) if manifest else None
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_collect_once, str(folder), workers, names).result()


def _collect_once(folder: str, workers: int, names: list[str] | None) -> float:
    from hoering.config import load_config
    from hoering.pipeline.collect import collect
    from hoering.store import Archive

    config = load_config(Path(__file__).resolve().parent.parent / "corpus" / "hoering.toml")
    # The response files only: the folder also holds the generator's manifest.json.
    files = [Path(folder) / name for name in names] if names else [Path(folder)]
    with tempfile.TemporaryDirectory() as tmp, Archive(tmp) as archive:
        archive.create_consultation("bench", config)
        start = time.perf_counter()
        report = collect(archive, "bench", files, workers=workers)
        elapsed = time.perf_counter() - start
        assert not report.failures, [f.message for f in report.failures]
    return elapsed


def summary(times: list[float], pages: int) -> str:
    rates = sorted(pages / t for t in times)
    return f"{statistics.median(rates):8.1f} pages/s  (min–max {rates[0]:.1f}–{rates[-1]:.1f})"


def run(n: int = 200, repeat: int = 3, *, bare_repeat: int | None = None, log=None) -> dict:
    """Seconds per run of each way to read the files (lists of `repeat` runs; pdfplumber,
    the slowest by far, `bare_repeat` runs)."""

    def step(message: str) -> None:
        if log:
            log(message)

    folder, manifest = responses(n)
    pages = count_pages(folder, manifest)
    results = {"responses": len(manifest["files"]), "pages": pages}
    step(f"bare pdfplumber/python-docx on {n} files ×{bare_repeat or repeat}")
    results["bare"] = [bare_extraction(folder, manifest) for _ in range(bare_repeat or repeat)]
    step(f"bare pypdfium2/python-docx and hoering extract() ×{repeat}")
    results["bare_pdfium"] = [bare_pdfium(folder, manifest) for _ in range(repeat)]
    results["extract"] = [hoering_extract(folder, manifest) for _ in range(repeat)]
    step("hoering collect: warm-up run")
    hoering_collect(folder, 1, manifest)  # the files in the OS cache, the interpreter's .pyc
    # 1 and 2 workers taken in turns, so a busy spell on this shared machine hits both alike.
    step(f"hoering collect, 1 and 2 workers in turns ×{repeat}")
    results["collect_1"], results["collect_2"] = [], []
    for _ in range(repeat):
        results["collect_1"].append(hoering_collect(folder, 1, manifest))
        results["collect_2"].append(hoering_collect(folder, 2, manifest))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bare-repeat", type=int, help="runs of bare pdfplumber (default --repeat)")
    args = parser.parse_args()
    r = run(args.responses, args.repeat, bare_repeat=args.bare_repeat)
    bare, one, two = (statistics.median(r[k]) for k in ("bare", "collect_1", "collect_2"))
    print(f"{r['responses']} responses, {r['pages']} pages (PDF and DOCX, 1–10 pages each)")
    print(f"bare pdfplumber/python-docx  {summary(r['bare'], r['pages'])}")
    print(f"bare pypdfium2/python-docx   {summary(r['bare_pdfium'], r['pages'])}")
    print(f"hoering extract() alone      {summary(r['extract'], r['pages'])}")
    print(f"hoering collect, 1 worker    {summary(r['collect_1'], r['pages'])}")
    print(f"hoering collect, 2 workers   {summary(r['collect_2'], r['pages'])}")
    print(f"ratio collect(1)/bare: {bare / one:.2f}x   collect(2)/collect(1): {one / two:.2f}x")


if __name__ == "__main__":
    main()
