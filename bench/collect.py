"""Pages/s of `hoering collect` against bare pdfplumber / python-docx extraction of the same files.

    python -m bench.collect [--responses 200] [--repeat 3] [--bare-repeat N]

Bare extraction is the obvious alternative: pdfplumber's `extract_text()` per page and
python-docx's paragraphs, no archive. Also timed: the same with pypdfium2 (the PDF library
hoering reads with, bare) and hoering's own `extract()` without an archive. `hoering collect` does everything: hashing, storing
the original, extraction, sender detection, passages, tagging and the search index, one
transaction per file. Each figure is the median of --repeat runs with min–max.

The runs go in rounds: each round measures the 2-process CPU headroom (`parallel_headroom`),
bare pdfplumber (the first --bare-repeat rounds), then collect with 1 and with 2 workers, so
a busy spell on this shared machine hits a ratio's two sides alike instead of one of them.
The ratios (collect/bare, 2 workers/1 worker against the headroom) are taken per round and
their median reported.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
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


def hoering_collect(folder: Path, workers: int, manifest: dict | None = None, cpu: list | None = None) -> float:
    """Seconds of one `collect()` into a fresh archive, in a fresh interpreter: the Danish layer
    is loaded inside the timed call, as in every `hoering collect` run, instead of being
    inherited from an earlier run in this process. Its CPU seconds (the collecting process
    and its workers) are appended to `cpu`."""
    names = list(manifest["files"]) if manifest else None
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        elapsed, seconds = pool.submit(_collect_once, str(folder), workers, names).result()
    if cpu is not None:
        cpu.append(seconds)
    return elapsed


def _cpu_seconds() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _collect_once(folder: str, workers: int, names: list[str] | None) -> tuple[float, float]:
    from hoering.config import load_config
    from hoering.pipeline.collect import collect
    from hoering.store import Archive

    config = load_config(Path(__file__).resolve().parent.parent / "corpus" / "hoering.toml")
    # The response files only: the folder also holds the generator's manifest.json.
    files = [Path(folder) / name for name in names] if names else [Path(folder)]
    with tempfile.TemporaryDirectory() as tmp, Archive(tmp) as archive:
        archive.create_consultation("bench", config)
        start, cpu = time.perf_counter(), _cpu_seconds()
        report = collect(archive, "bench", files, workers=workers)
        elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
        assert not report.failures, [f.message for f in report.failures]
    return elapsed, cpu


def summary(times: list[float], pages: int) -> str:
    rates = sorted(pages / t for t in times)
    return f"{statistics.median(rates):8.1f} pages/s  (min–max {rates[0]:.1f}–{rates[-1]:.1f})"


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_headroom(n: int = 7_500_000) -> float:
    """Speed-up of 2 processes over 1 on pure-Python CPU work now: the ceiling for 2 workers.

    Timed 1, 2, 2, 1 processes (each burn half as long as one sample used to be), so that load
    rising or falling during the measurement weighs on both sides alike."""
    one = two = 0.0
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [1, 1])  # the pool's processes started outside the timing
        for together in (False, True, True, False):
            start = time.perf_counter()
            if together:
                pool.map(_burn, [n, n], chunksize=1)
                two += time.perf_counter() - start
            else:
                _burn(n)
                one += time.perf_counter() - start
    return 2 * one / two


def run(n: int = 200, repeat: int = 3, *, bare_repeat: int | None = None, log=None) -> dict:
    """Seconds per run of each way to read the files (lists of `repeat` runs; pdfplumber,
    the slowest by far, `bare_repeat` runs), and the headroom of each round."""

    def step(message: str) -> None:
        if log:
            log(message)

    folder, manifest = responses(n)
    pages = count_pages(folder, manifest)
    results = {"responses": len(manifest["files"]), "pages": pages}
    step(f"bare pypdfium2/python-docx and hoering extract() ×{repeat}")
    results["bare_pdfium"] = [bare_pdfium(folder, manifest) for _ in range(repeat)]
    results["extract"] = [hoering_extract(folder, manifest) for _ in range(repeat)]
    step("hoering collect: warm-up run")
    hoering_collect(folder, 1, manifest)  # the files in the OS cache, the interpreter's .pyc
    for key in ("headroom", "bare", "collect_1", "collect_2", "collect_1_cpu", "collect_2_cpu"):
        results[key] = []
    bare_runs = bare_repeat or repeat
    for i in range(max(repeat, bare_runs)):
        step(f"round {i + 1}: headroom, {'bare pdfplumber, ' if i < bare_runs else ''}collect with 1 and 2 workers")
        results["headroom"].append(parallel_headroom())
        if i < bare_runs:
            results["bare"].append(bare_extraction(folder, manifest))
        if i < repeat:
            results["collect_1"].append(hoering_collect(folder, 1, manifest, results["collect_1_cpu"]))
            results["collect_2"].append(hoering_collect(folder, 2, manifest, results["collect_2_cpu"]))
    return results


def ratios(r: dict) -> dict:
    """The targets' ratios, each the median over the rounds of that round's ratio."""
    rounds = range(len(r["collect_1"]))
    vs_bare = [r["bare"][i] / r["collect_1"][i] for i in rounds if i < len(r["bare"])]
    two = [r["collect_1"][i] / r["collect_2"][i] for i in rounds]
    share = [two[i] / r["headroom"][i] for i in rounds]
    return {"vs_bare": statistics.median(vs_bare), "vs_bare_runs": vs_bare,
            "two_vs_one": statistics.median(two), "two_vs_one_runs": two,
            "headroom": statistics.median(r["headroom"]),
            "headroom_share": statistics.median(share), "headroom_share_runs": share}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bare-repeat", type=int, help="runs of bare pdfplumber (default --repeat)")
    args = parser.parse_args()
    r = run(args.responses, args.repeat, bare_repeat=args.bare_repeat, log=lambda m: print(m, flush=True))
    q = ratios(r)
    print(f"{r['responses']} responses, {r['pages']} pages (PDF and DOCX, 1–10 pages each)")
    print(f"bare pdfplumber/python-docx  {summary(r['bare'], r['pages'])}")
    print(f"bare pypdfium2/python-docx   {summary(r['bare_pdfium'], r['pages'])}")
    print(f"hoering extract() alone      {summary(r['extract'], r['pages'])}")
    print(f"hoering collect, 1 worker    {summary(r['collect_1'], r['pages'])}")
    print(f"hoering collect, 2 workers   {summary(r['collect_2'], r['pages'])}")
    for w in (1, 2):
        wall, cpu = statistics.median(r[f"collect_{w}"]), statistics.median(r[f"collect_{w}_cpu"])
        print(f"collect, {w} worker(s): {wall:.2f} s wall, {cpu:.2f} CPU s (collecting process and workers)")
    print("per round: collect(1)/bare " + " ".join(f"{x:.2f}" for x in q["vs_bare_runs"])
          + "; collect(2)/collect(1) " + " ".join(f"{x:.2f}" for x in q["two_vs_one_runs"])
          + "; headroom " + " ".join(f"{x:.2f}" for x in r["headroom"]))  # fmt: skip
    print(f"ratio collect(1)/bare: {q['vs_bare']:.2f}x   collect(2)/collect(1): {q['two_vs_one']:.2f}x "
          f"= {q['headroom_share']:.2f} of the CPU headroom {q['headroom']:.2f}x (medians over the rounds)")
    print(json.dumps({**r, **q}))


if __name__ == "__main__":
    main()
