"""The whole benchmark suite: every figure, each beside its baseline, into one RESULTS.md.

    python -m bench            # full run, writes bench/RESULTS.md (under 15 minutes on an idle 2-core machine)
    python -m bench --quick    # smaller sizes, one run each: bench/out/RESULTS-quick.md
    python -m bench --only collect,themes --out /tmp/r.md
    python -m bench --only shared --full   # the shared archive's search at 100,000 responses

Sections (each timed; progress on stderr): collect (bench/collect.py), memory
(bench/memory.py), language (bench/language.py), themes (hoering.evaluate), note
(bench/note.py), scaling and search (bench/scaling.py, which runs bench/search.py), and a
profile of collect (pyinstrument), and the shared archive (bench/shared.py: search on SQLite and
PostgreSQL side by side, concurrent collectors on PostgreSQL). Generated response files are cached in bench/out/;
generating them is timed on its own and counts in the total, not in any figure. Raw
figures also go to bench/out/results.json. A section that fails is reported as failed and
the others still run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import multiprocessing
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import OUT, ROOT

BENCH = ROOT / "bench"
PACKAGES = ("hoering", "spacy", "lemmy", "pypdfium2", "pdfplumber", "python-docx", "docxtpl")
TARGET_COLLECT_VS_BARE = 6.5
TARGET_TWO_WORKERS = 0.9  # of the 2-process CPU headroom measured in the same run


@dataclass
class Config:
    quick: bool
    responses: int = 100  # collect, memory and profile files
    repeat: int = 3  # quick commands, the language layer (2 × repeat - 1)
    # collect with 1 and 2 workers, in turns (after a warm-up run): their spread has stayed
    # within a few per cent, and each run costs ~20 s
    collect_repeat: int = 2
    bare_repeat: int = 1  # pdfplumber: ~50 s a run on 100 files
    note_repeat: int = 2  # bench/note.py's four formats at each size
    words: int = 50_000
    note_sizes: tuple[int, ...] = (100, 1000)
    # 10,000 is timed whole-command in Commands; the suite's 15 minutes do not hold both.
    search_sizes: tuple[int, ...] = (1000, 100_000)
    scaling_repeat: int = 2
    command_sizes: tuple[int, ...] = (100, 1000, 10_000)
    grep_queries: int = 10  # sample above 20,000 responses
    sample: int = 40  # real files collected into each scaling archive
    real_collect: int = 1000
    keep: bool = False  # keep the scaling archives
    shared_responses: int = 10_000  # search on both backends (--full: 100,000)
    shared_files: int = 40  # collected by 1, 2 and 4 concurrent collectors
    results: dict = field(default_factory=dict)  # figures of the sections run so far

    @classmethod
    def make(cls, quick: bool) -> Config:
        if not quick:
            return cls(quick=False)
        return cls(quick=True, responses=40, repeat=1, collect_repeat=1, note_repeat=1, words=20_000,
                   search_sizes=(1000, 3000),
                   sample=10, real_collect=100, shared_responses=1000, shared_files=12,
                   scaling_repeat=1, command_sizes=(100, 300))  # fmt: skip


_T0 = time.perf_counter()


def log(message: str) -> None:
    elapsed = time.perf_counter() - _T0
    print(f"[{int(elapsed // 60):02d}:{elapsed % 60:04.1f}] {message}", file=sys.stderr, flush=True)


# --- figures --------------------------------------------------------------------------


@dataclass
class Runs:
    """Several measurements of one figure."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def fmt(self, spec: str = ",.1f", unit: str = "") -> str:
        """"12.3 s (11.9–13.0, 3 runs)"; a unit "×" is written without a space."""
        v = sorted(self.values)
        unit = unit if unit in ("", "×") else f" {unit}"
        if len(v) == 1:
            return f"{v[0]:{spec}}{unit} (1 run)"
        return f"{self.median:{spec}}{unit} ({v[0]:{spec}}–{v[-1]:{spec}}, {len(v)} runs)"


def rates(amount: float, seconds: list[float]) -> Runs:
    return Runs([amount / s for s in seconds])


def yes(met: bool) -> str:
    return "**met**" if met else "**not met**"


@dataclass
class Section:
    name: str
    title: str
    lines: list[str] = field(default_factory=list)
    figures: dict = field(default_factory=dict)
    summary: list[tuple[str, str, str, str]] = field(default_factory=list)  # figure, ours, base, note
    seconds: float = 0.0
    error: str | None = None

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


# --- machine and versions -----------------------------------------------------------------


def _cpu_busy(seconds: float = 2.0) -> float:
    """Share of all CPUs busy (anyone's) over `seconds`, from /proc/stat."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
        idle = values[3] + values[4]
        return sum(values) - idle, sum(values)

    try:
        b0, t0 = sample()
        time.sleep(seconds)
        b1, t1 = sample()
        return (b1 - b0) / max(1, t1 - t0)
    except OSError:
        return float("nan")


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(), "os": platform.platform()}
    try:
        info["cpus_usable"] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass
    for path, key, field_name in (("/proc/cpuinfo", "cpu", "model name"), ("/proc/meminfo", "ram", "MemTotal")):
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(field_name):
                    info[key] = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
    if "ram" in info:
        info["ram"] = f"{int(info['ram'].split()[0]) / 2**20:.1f} GiB"
    try:
        release = dict(
            line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line
        )
        info["distro"] = release.get("PRETTY_NAME", "").strip('"')
    except OSError:
        pass
    return info


def versions() -> dict:
    out = {}
    for package in PACKAGES:
        try:
            out[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            out[package] = "not installed"
    out["sqlite3 (library)"] = sqlite3.sqlite_version
    try:
        out["git commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip() + (" + uncommitted changes" if _dirty() else "")
    except (OSError, subprocess.CalledProcessError):
        pass
    return out


def _dirty() -> bool:
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                            capture_output=True, text=True, check=False)  # fmt: skip
    return bool(status.stdout.strip())


# --- sections --------------------------------------------------------------------------------


def section_generate(cfg: Config, s: Section) -> None:
    from bench.generate import responses

    rows = []
    for n, seed in dict.fromkeys([(cfg.responses, 7), (cfg.sample, 11), (cfg.real_collect, 7)]):
        cached = (OUT / f"responses-{n}-{seed}" / "manifest.json").exists()
        start = time.perf_counter()
        responses(n, seed=seed)
        rows.append(f"| responses({n}, seed={seed}) | {'cached' if cached else f'{time.perf_counter() - start:.1f} s'} |")
        log(f"generate: {n} files (seed {seed}) {'cached' if cached else 'made'}")
    s.add("Deterministic PDF/DOCX responses (bench/generate.py), cached in bench/out/; not part of any figure.", "",
          "| set | generation |", "|---|---|", *rows)  # fmt: skip


def section_collect(cfg: Config, s: Section) -> None:
    from bench import collect as bench_collect

    r = bench_collect.run(cfg.responses, cfg.collect_repeat, bare_repeat=cfg.bare_repeat,
                          log=lambda m: log(f"collect: {m}"))  # fmt: skip
    pages, n = r["pages"], r["responses"]
    ways = [
        ("bare pdfplumber + python-docx (baseline)", "bare"),
        ("bare pypdfium2 + python-docx (hoering's PDF library, bare)", "bare_pdfium"),
        ("hoering `extract()` alone (no archive, no language layer)", "extract"),
        ("**hoering collect, 1 worker**", "collect_1"),
        ("**hoering collect, 2 workers**", "collect_2"),
    ]
    s.add(f"{n} generated responses, {pages} pages (PDF 60 %, DOCX 40 %, 1–10 pages each). "
          "collect = hash, store the original, extract, sender, passages, theme tags, search index, "
          "one transaction per file, then the links between responses; into a fresh archive each run. "
          "Each collect runs in a fresh interpreter, so loading the Danish language layer (done once, "
          "before the reader workers fork) is inside the timed call, as in every `hoering collect`; runs "
          "with 1 and 2 workers alternate, so a busy spell on this shared machine hits both alike. "
          "Each round measures the CPU headroom, bare pdfplumber (the first rounds), then collect with 1 "
          "and 2 workers; each ratio is taken within its round and the median over the rounds reported. "
          "Median (min–max) of the runs; the baseline is measured in the same run.", "",
          "| way | pages/s | responses/s |", "|---|---|---|")  # fmt: skip
    for label, key in ways:
        s.add(f"| {label} | {rates(pages, r[key]).fmt()} | {rates(n, r[key]).fmt()} |")
    bare, pdfium = rates(pages, r["bare"]).median, rates(pages, r["bare_pdfium"]).median
    one, two = rates(pages, r["collect_1"]).median, rates(pages, r["collect_2"]).median
    q = bench_collect.ratios(r)
    ratio, scale, share = q["vs_bare"], q["two_vs_one"], q["headroom_share"]
    headroom = r["headroom"]
    room = Runs(headroom)
    s.add("",
          f"* Target: whole collect ≥ {TARGET_COLLECT_VS_BARE}× bare extraction. collect (1 worker) runs at "
          f"**{ratio:.2f}×** bare pdfplumber/python-docx: {yes(ratio >= TARGET_COLLECT_VS_BARE)}. "
          f"(Against bare pypdfium2, the stricter comparison, it is {one / pdfium:.2f}×: the language "
          "layer, tagging, index and archive writes cost that much more than reading.)",
          f"* Target: 2 workers ≥ {TARGET_TWO_WORKERS}× of the two-process CPU headroom. Measured **{scale:.2f}×** "
          f"one worker, while 2 processes of pure CPU work ran {room.fmt('.2f', '×')} as fast as 1 in the same run "
          f"(other users of this machine take the rest): **{share:.2f}** of the headroom, "
          f"{yes(share >= TARGET_TWO_WORKERS)}. See Profile for what holds collect back, and "
          "Search and scaling for the same ratio over 1,000 files.")  # fmt: skip
    s.figures = {**r, "ratio_vs_bare": ratio, "ratio_vs_pdfium": one / pdfium, "two_vs_one": scale,
                 "parallel_headroom": headroom, "headroom_share": share}  # fmt: skip
    s.summary += [
        ("collect, 1 worker vs bare pdfplumber/python-docx (pages/s)", f"{one:,.1f}", f"{bare:,.1f}",
         f"{ratio:.2f}× (target ≥ {TARGET_COLLECT_VS_BARE}: {yes(ratio >= TARGET_COLLECT_VS_BARE)})"),
        ("collect, 2 workers vs 1 worker (pages/s)", f"{two:,.1f}", f"{one:,.1f}",
         f"{scale:.2f}× = {share:.2f} of the CPU headroom {room.median:.2f}× "
         f"(target ≥ {TARGET_TWO_WORKERS}: {yes(share >= TARGET_TWO_WORKERS)})"),
    ]  # fmt: skip


def _python_module(module: str, *args: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)  # fmt: skip
    if proc.returncode:
        raise RuntimeError(f"{module} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def section_memory(cfg: Config, s: Section) -> None:
    rows = []
    for workers in (1, 2):
        log(f"memory: collect of {cfg.responses} files, {workers} worker(s), in a child process")
        m = _python_module("bench.memory", "--responses", str(cfg.responses), "--workers", str(workers))
        s.figures[f"workers_{workers}"] = m
        rows.append(f"| {workers} | {m['largest_process_mb']:.0f} | {m['parent_mb']:.0f} | {m['workers_mb']:.0f} "
                    f"| {m['tree_peak_mb']:.0f} | {m['wall_s']:.1f} | {m['parent_cpu_s']:.1f} | {m['workers_cpu_s']:.1f} |")
    s.add(f"One collect of the {cfg.responses} files in a fresh child process (bench/memory.py), one run each: "
          "memory varies little between runs. Largest process = `getrusage(RUSAGE_CHILDREN).ru_maxrss`; "
          "tree = the sum over the collecting process and its workers, sampled every 50 ms. "
          "CPU seconds show who does the work: the collecting process (the parent) or its reader workers.", "",
          "| workers | largest process MB | parent MB | largest worker MB | tree peak MB | wall s "
          "| parent CPU s | workers CPU s |", "|---|---|---|---|---|---|---|---|", *rows)  # fmt: skip
    one = s.figures["workers_1"]
    s.summary.append(("peak RSS of a collect (largest process; whole tree, 1 worker)",
                      f"{one['largest_process_mb']:.0f} MB; {one['tree_peak_mb']:.0f} MB", "–",
                      f"parent CPU {one['parent_cpu_s']:.1f} s of {one['wall_s']:.1f} s wall"))  # fmt: skip


def section_language(cfg: Config, s: Section) -> None:
    log("language: bench/language.py in a fresh process")
    r = _python_module("bench.language", "--json", "--words", str(cfg.words), "--repeat", str(2 * cfg.repeat - 1))
    warm, spacy_alone = Runs(r["warm_tokens_per_s"]), Runs(r["spacy_tokens_per_s"])
    s.figures = r
    s.add(f"`danish.tokens_many` (tokens, sentences, lemmas, stop words) over the seed 001 responses repeated to "
          f"{r['words']:,} words ({r['tokens']:,} tokens), backend {r['backend']} ({r['analyser']}). "
          "Baseline: spaCy's blank Danish tokenizer and sentencizer alone, same texts, same run.", "",
          "| figure | value |", "|---|---|",
          f"| **tokens/s, warm** | {warm.fmt(',.0f')} |",
          f"| tokens/s, cold lemma cache | {r['cold_tokens_per_s']:,.0f} (1 run) |",
          f"| baseline: spaCy pipe alone, tokens/s | {spacy_alone.fmt(',.0f')} |",
          f"| lemmy uncached / behind the LRU cache, words/s | {r['lemmy_words_per_s']:,.0f} / "
          f"{r['lemmy_cached_words_per_s']:,.0f} |",
          f"| import / load pipeline + lemmatizer | {r['import_s']:.2f} s / {r['load_s']:.2f} s |",
          f"| tag_responses, 11 seed responses, first / again | {r['tag_first_s']:.3f} s / "
          f"{Runs(r['tag_again_s']).fmt('.3f', 's')} |")  # fmt: skip
    s.summary.append(("language layer, tokens/s (vs spaCy tokenizer alone)", f"{warm.median:,.0f}",
                      f"{spacy_alone.median:,.0f}", f"{warm.median / spacy_alone.median:.2f}×"))  # fmt: skip


def _theme_scores() -> dict:
    """Both evaluations (run in a child process, see section_themes)."""
    from hoering.analysis.evaluate import evaluate
    from hoering.analysis.tagging import tag_responses
    from hoering.config import load_config
    from hoering.pipeline.collect import collect
    from hoering.store import Archive
    from hoering.themes import evaluate_consultation

    data = ROOT / "tests" / "data"
    labels = json.loads((data / "seed001-labels.json").read_text("utf-8"))
    texts = [r["text"] for r in json.loads((data / "seed001_responses.json").read_text("utf-8"))]
    start = time.perf_counter()
    seed = evaluate(tag_responses(texts, labels["codebook"]), labels, texts=texts)
    seconds = time.perf_counter() - start
    config = load_config(ROOT / "corpus" / "hoering.toml")
    with tempfile.TemporaryDirectory(prefix="hoering-bench-") as tmp, Archive(tmp) as archive:
        archive.create_consultation("korpus", config)
        collect(archive, "korpus", [ROOT / "corpus" / "responses"])
        corpus = evaluate_consultation(archive, "korpus", ROOT / "corpus" / "labels.json")
    return {"seed": seed, "corpus": corpus, "seconds": seconds}


def section_themes(cfg: Config, s: Section) -> None:
    # In a child process: this one must not load the language layer, or the reader workers
    # of later collects would inherit it and look faster than a `hoering collect` does.
    log("themes: seed 001 texts, then corpus/responses collected and scored against corpus/labels.json")
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        scores = pool.submit(_theme_scores).result()
    seed, corpus = scores["seed"], scores["corpus"]

    def row(label: str, r) -> str:
        lo, hi = r.micro_f1_ci
        return (f"| {label} | {r.micro_precision:.2f} | {r.micro_recall:.2f} | **{r.micro_f1:.2f}** "
                f"({lo:.2f}–{hi:.2f}) | {r.macro_f1:.2f} |")  # fmt: skip

    s.add("Micro-F1 of \"discusses\" over the labelled responses (95 % bootstrap interval, responses resampled), "
          "next to the naive baseline scored in the same run: a theme is discussed when one of its keywords "
          "occurs as a substring (what a word processor's search would find). Deterministic: one run.", "",
          "| data | P | R | micro-F1 (95 % CI) | macro-F1 |", "|---|---|---|---|---|",
          row(f"seed 001 texts ({seed.responses} responses), hoering", seed),
          row("seed 001 texts, naive keyword baseline", seed.baseline),
          row(f"corpus/responses extracted and collected ({corpus.responses}), hoering", corpus),
          row("corpus/responses, naive keyword baseline", corpus.baseline), "",
          f"Tagging the seed texts took {scores['seconds']:.2f} s (language layer loading included).")  # fmt: skip
    s.figures = {"seed001": {"micro_f1": seed.micro_f1, "baseline": seed.baseline.micro_f1},
                 "corpus": {"micro_f1": corpus.micro_f1, "baseline": corpus.baseline.micro_f1}}  # fmt: skip
    s.summary += [
        ("themes micro-F1, seed 001 (vs naive keywords)", f"{seed.micro_f1:.2f}", f"{seed.baseline.micro_f1:.2f}", ""),
        ("themes micro-F1, extracted corpus (vs naive keywords)", f"{corpus.micro_f1:.2f}",
         f"{corpus.baseline.micro_f1:.2f}", ""),
    ]  # fmt: skip


def section_note(cfg: Config, s: Section) -> None:
    from bench.note import bench as note_bench

    s.add("Rendering the overview note from an export of N responses (bench/note.py: the sample export repeated "
          "with new senders and numbers), once per format per run. No baseline: a note is rendered by hand "
          "otherwise.", "", "| responses | DOCX s | HTML s | Markdown s | xlsx s |", "|---|---|---|---|---|")  # fmt: skip
    for n in cfg.note_sizes:
        log(f"note: {n} responses ×{cfg.note_repeat}")
        runs = [note_bench(n) for _ in range(cfg.note_repeat)]
        cell = {k: Runs([r[k] for r in runs]) for k in ("docx", "html", "md", "xlsx")}
        s.figures[n] = {k: v.values for k, v in cell.items()}
        s.add(f"| {n:,} | " + " | ".join(cell[k].fmt(".2f") for k in ("docx", "html", "md", "xlsx")) + " |")
        s.summary.append((f"note for {n:,} responses, DOCX / HTML (s)",
                          f"{cell['docx'].median:.2f} / {cell['html'].median:.2f}", "–", ""))  # fmt: skip


def section_workspace(cfg: Config, s: Section) -> None:
    from bench import workspace

    n = 300 if cfg.quick else 1000
    results = workspace.run(n, 10 if cfg.quick else 20, log=lambda m: log(f"workspace: {m.strip()}"))
    s.figures = results
    s.add(f"Each page of the review workspace (`hoering serve`) over HTTP, {n:,} responses in the "
          "consultation (bench/workspace.py); median and p95 of the requests. The note is built in the "
          "background once per state of the archive; its first view and its build are timed apart.", "",
          *workspace.render(results))  # fmt: skip
    worst = max(v["p95"] for k, v in results.items() if "cold" not in k)
    s.summary.append((f"workspace pages, p95 of the slowest, {n:,} responses (ms)", f"{worst:.0f}",
                      "–", "met" if worst < workspace.TARGET_MS else "MISSED"))  # fmt: skip


def section_scaling(cfg: Config, s: Section) -> None:
    from bench import scaling

    sizes = {}
    for n in cfg.search_sizes:
        sizes[n] = scaling.at_size(n, repeat=cfg.scaling_repeat, grep_queries=cfg.grep_queries,
                                   sample=cfg.sample, keep=cfg.keep, end_to_end=n == max(cfg.search_sizes))  # fmt: skip
        log(f"scaling: {n:,} done")
    log(f"scaling: collect of {cfg.real_collect} real files into an empty archive")
    real = scaling.real_collect(cfg.real_collect)
    s.figures = {"sizes": {n: {k: v for k, v in r.items() if k != "first_output"} for n, r in sizes.items()},
                 "real_collect": real}  # fmt: skip
    scaling.render(s, sizes, real, cfg.results.get("collect"))


def section_commands(cfg: Config, s: Section) -> None:
    from bench import commands

    real = cfg.results.get("scaling", {}).get("real_collect")
    figures = commands.run(cfg.command_sizes, cfg.repeat, ready={real["n"]: real} if real else None)
    largest = max(cfg.search_sizes)
    big = cfg.results.get("scaling", {}).get("sizes", {}).get(largest, {}).get("end_to_end")
    commands.render(s, figures, big, largest, cfg.results.get("collect"))


# Where collect's time goes, summed over the profile tree (outermost calls of each only).
_PROFILE_PARTS = (
    ("prepare", "reading a file: hash, extract, sender (worker)"),
    ("analyse_text", "analysing its text: passages, tags, index terms (worker)"),
    ("tag_responses", "  of it: theme tagging"),
    ("_load_pipeline", "    of that: loading spaCy and its Danish pipeline (once per collect)"),
    ("_lemmatizer", "    of that: loading lemmy (once per collect)"),
    ("tokens_many", "    of that: the Danish layer (spaCy + lemmy) at work"),
    ("analyse_texts", "  of it: search index terms"),
    ("_write", "writing the rows, tags and index rows (parent)"),
    ("update_links", "links between responses, after the files (parent)"),
)


def _profile_parts(root) -> dict[str, float]:
    totals = dict.fromkeys((name for name, _ in _PROFILE_PARTS), 0.0)

    def walk(frame, inside: frozenset) -> None:
        name = frame.function
        if name in totals and name not in inside:
            totals[name] += frame.time
            inside = inside | {name}
        for child in frame.children:
            walk(child, inside)

    walk(root, frozenset())
    return totals


def _subtree(text: str, marker: str, depth: int = 8) -> list[str]:
    """The lines of a pyinstrument text tree from the frame whose line holds `marker`, shifted
    left, `depth` levels deep."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if marker in line), None)
    if start is None:
        return lines
    indent = len(lines[start]) - len(lines[start].lstrip("│ ├└─"))
    out = [lines[start][indent:]]
    for line in lines[start + 1 :]:
        if len(line) <= indent or line[:indent].rstrip("│ ") != "" or line[indent - 2 : indent] in ("├─", "└─"):
            break  # a sibling or an ancestor of the marked frame
        line = line[indent:]
        if (len(line) - len(line.lstrip("│ ├└─"))) // 3 <= depth:
            out.append(line)
    return out


def section_profile(cfg: Config, s: Section) -> None:
    before = (BENCH / "profile_before.txt").read_text("utf-8")
    try:
        from pyinstrument import Profiler
    except ImportError:
        s.add("pyinstrument is not installed (`pip install -e .[dev]`): no profile after.", "", "```",
              before, "```")  # fmt: skip
        return
    from bench.scaling import generated_files
    from hoering.config import load_config
    from hoering.pipeline.collect import collect
    from hoering.store import Archive

    files = generated_files(cfg.responses)
    config = load_config(ROOT / "corpus" / "hoering.toml")
    log(f"profile: collect of {len(files)} files in this process under pyinstrument")
    with tempfile.TemporaryDirectory(prefix="hoering-bench-") as tmp, Archive(tmp) as archive:
        archive.create_consultation("bench", config)
        profiler = Profiler(interval=0.002)
        profiler.start()
        collect(archive, "bench", files, workers=1, isolate=False)
        profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    (OUT / "profile-collect.txt").write_text(text, "utf-8")
    root = profiler.last_session.root_frame()
    parts = _profile_parts(root)
    tree = _subtree(text, " collect  hoering/collect.py")
    rows = [f"| {label} | {parts[name]:.1f} s | {parts[name] / root.time:.0%} |" if parts[name] else
            f"| {label} | – (`{name}` not in the profile: done earlier in this process) | |" for name, label in _PROFILE_PARTS]  # fmt: skip
    memory = cfg.results.get("memory", {})
    one, two = memory.get("workers_1"), memory.get("workers_2")
    split = ""
    for workers, m in ((1, one), (2, two)):
        if m:
            split += (f" With {workers} worker{'s' if workers > 1 else ''} (Peak memory section) the collecting "
                      f"process used {m['parent_cpu_s']:.1f} CPU s and the workers {m['workers_cpu_s']:.1f} CPU s "
                      f"in {m['wall_s']:.1f} s wall.")  # fmt: skip
    s.add(f"pyinstrument (2 ms), `collect(..., isolate=False)` of the {len(files)} generated files in one process "
          f"(reading inline, so the parent's and the workers' work are both visible): {root.time:.1f} s wall "
          "under the profiler. Full tree: bench/out/profile-collect.txt.", "",
          "| part | time | share |", "|---|---|---|", *rows, "")  # fmt: skip
    # The suite's process has usually loaded the layer by now (profile runs last): take the
    # load time a fresh process measured (Language layer section) when the profile lacks it.
    language = cfg.results.get("language", {})
    load = parts["_load_pipeline"] + parts["_lemmatizer"]
    if not load and language.get("load_s"):
        load = language["load_s"]
    serial = load + parts["update_links"]
    collect_runs = cfg.results.get("collect", {})
    if collect_runs.get("collect_1"):
        t1 = statistics.median(collect_runs["collect_1"])
        bound = t1 / ((t1 - serial) / 2 + serial)
        headroom = collect_runs.get("parallel_headroom")
        room = f"{statistics.median(headroom):.2f}×" if headroom else "?"
        s.add(f"**What holds 2 workers back.** Reading and analysing run in the workers. The collecting process "
              f"loads the Danish layer once before the workers fork ({load:.1f} s in a fresh process), writes each file's "
              f"rows as its result comes in, and after the last file computes the links between responses "
              f"({parts['update_links']:.1f} s).{split} The load and the links are serial: with "
              f"{serial:.1f} s of the 1-worker collect's {t1:.1f} s serial, two workers can at best be "
              f"{bound:.2f}× as fast (Amdahl), before the writing, which competes with the two workers for "
              f"the two cores, and before the machine's own limit (2 processes of pure CPU work: {room} in "
              "this run). Over 1,000 files the fixed part weighs less (Search and scaling).", "",
              "Already done: text analysis moved from the parent into the workers; the language "
              "layer loaded once and shared by the workers instead of loaded by each (that cost every run "
              "an extra load on the busy cores); the links step's form-letter search made an exact prefix-"
              "filtered join instead of MinHash-LSH (datasketch's import of scipy alone took about 1 s) and "
              "fed with the words the workers already split. Left: reading files while the layer loads (one "
              "core is idle then), and the parent's SQL (the search vocabulary upserts are the largest part; "
              "see the tree below).", "")  # fmt: skip
    s.add("#### Before (stored in bench/profile_before.txt)", "", "```", before.rstrip(), "```", "",
          "#### After (this run)", "", "```", *tree, "```")  # fmt: skip


def _table(rows: list[tuple[str, str]]) -> list[str]:
    return ["| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)]


def write_results(path: Path, cfg: Config, context: dict, sections: list[Section]) -> None:
    m, started = context["machine"], context["started"]
    lines = [
        "# hoering benchmarks", "",
        f"Written by `python -m bench{' --quick' if cfg.quick else ''}` on {started:%Y-%m-%d %H:%M %Z}; the whole "
        f"suite took **{context['total_s'] / 60:.1f} min** (including file generation). Every figure is the "
        "median of its runs with min–max, next to its baseline measured in the same run. Raw figures: "
        "bench/out/results.json.", "",
        "## Machine", "",
        *_table([
            ("CPUs (nproc / usable)", f"{m.get('nproc')} / {m.get('cpus_usable', '?')}"),
            ("CPU model", m.get("cpu", "?")), ("RAM", m.get("ram", "?")), ("Python", m["python"]),
            ("OS", f"{m.get('distro', '')} ({m['os']})"),
            ("load average at start / end", " / ".join(
                "{:.2f}, {:.2f}, {:.2f}".format(*context[k]) for k in ("load_start", "load_end"))),
            ("CPU busy (all users) in the 2 s before the start", f"{context['busy_start']:.0%}"),
        ]), "",
        "The machine is shared: other work running at the same time slows every figure, and above all "
        "the 2-worker one (see the CPU-burn headroom in Collect).", "",
        "## Versions", "", *_table(list(context["versions"].items())), "",
    ]  # fmt: skip
    summary = [row for s in sections for row in s.summary]
    if summary:
        lines += ["## Headline figures", "", "| figure | hoering | baseline | ratio / note |", "|---|---|---|---|",
                  *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in summary), ""]  # fmt: skip
    for s in sections:
        lines += [f"## {s.title}", ""]
        if s.error:
            lines += [f"**Failed**: `{s.error}` (traceback on stderr).", ""]
        lines += [*s.lines, "", f"*Section time: {s.seconds:.0f} s.*", ""]
    lines += ["## Section times", "", "| section | seconds |", "|---|---|",
              *(f"| {s.title} | {s.seconds:.0f} |" for s in sections),
              f"| **total** (including start-up) | **{context['total_s']:.0f}** ({context['total_s'] / 60:.1f} min) |",
              ""]  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), "utf-8")
    raw = {"config": {k: v for k, v in vars(cfg).items() if k != "results"}, "machine": m,
           "versions": context["versions"], "started": started.isoformat(), "total_s": context["total_s"],
           "sections": {s.name: {"seconds": s.seconds, "error": s.error, "figures": s.figures} for s in sections}}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(raw, indent=1, default=str), "utf-8")


def section_shared(cfg: Config, s: Section) -> None:
    from bench import shared

    log(f"shared: {cfg.shared_responses} responses on SQLite and PostgreSQL; {cfg.shared_files} files collected")
    result = shared.run(cfg.shared_responses, 200, cfg.shared_files, None)
    s.figures.update(result)
    s.add("The same generated responses written into a SQLite and a PostgreSQL archive through the same store "
          "functions, the same 200 queries on both, taken in turns (bench/shared.py). Collect: the generated "
          "files split over N `hoering collect` processes started at once into one consultation; wall time. "
          "PostgreSQL: a throwaway local cluster (or HOERING_TEST_DATABASE's server).", "",
          *shared.report(result))  # fmt: skip
    search, collect = result["search"], result["collect"]
    s.summary.append((f"search p50/p95 at {search['responses']:,} responses, PostgreSQL vs SQLite (ms)",
                      f"{search['postgresql']['p50']:.1f} / {search['postgresql']['p95']:.1f}",
                      f"{search['sqlite']['p50']:.1f} / {search['sqlite']['p95']:.1f}", "same results"))  # fmt: skip
    s.summary.append(("collect, 4 collectors on PostgreSQL vs 1 on SQLite (files/s)",
                      f"{collect['files'] / collect['postgresql_4']:.2f}",
                      f"{collect['files'] / collect['sqlite_1']:.2f}",
                      f"1 / 2 collectors on PostgreSQL: {collect['files'] / collect['postgresql_1']:.2f} / "
                      f"{collect['files'] / collect['postgresql_2']:.2f}"))  # fmt: skip


SECTIONS: dict[str, tuple[str, Callable[[Config, Section], None]]] = {
    "generate": ("File generation", section_generate),
    "collect": ("Collect", section_collect),
    "memory": ("Peak memory", section_memory),
    "language": ("Language layer", section_language),
    "themes": ("Themes", section_themes),
    "note": ("Note", section_note),
    "workspace": ("Review workspace", section_workspace),
    "scaling": ("Search and scaling", section_scaling),
    "commands": ("Whole commands", section_commands),
    "profile": ("Profile", section_profile),
    "shared": ("Shared archive (PostgreSQL)", section_shared),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    parser.add_argument("--out", type=Path, help="default bench/RESULTS.md (--quick: bench/out/RESULTS-quick.md)")
    parser.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    parser.add_argument("--keep", action="store_true", help="keep the scaling archives in bench/out/")
    parser.add_argument("--full", action="store_true", help="the shared archive's search at 100,000 responses")
    args = parser.parse_args(argv)
    cfg = Config.make(args.quick)
    cfg.keep = args.keep
    if args.full:
        cfg.shared_responses = 100_000
    out = args.out or (OUT / "RESULTS-quick.md" if args.quick else BENCH / "RESULTS.md")
    chosen = list(SECTIONS) if not args.only else [x.strip() for x in args.only.split(",")]
    unknown = [x for x in chosen if x not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections: {', '.join(unknown)}")
    started = dt.datetime.now().astimezone()
    log(f"hoering benchmark suite ({'quick' if cfg.quick else 'full'}): {', '.join(chosen)} → {out}")
    context = {"machine": machine(), "versions": versions(), "started": started,
               "load_start": os.getloadavg(), "busy_start": _cpu_busy()}  # fmt: skip
    sections: list[Section] = []
    for name in chosen:
        title, runner = SECTIONS[name]
        section = Section(name, title)
        log(f"== {title}")
        start = time.perf_counter()
        try:
            runner(cfg, section)
        except Exception as exc:  # noqa: BLE001 - one failed section must not lose the others
            section.error = f"{type(exc).__name__}: {exc}"
            traceback.print_exc()
        section.seconds = time.perf_counter() - start
        cfg.results[name] = section.figures
        sections.append(section)
        log(f"   {title}: {section.seconds:.0f} s" + (f" — FAILED: {section.error}" if section.error else ""))
    context["load_end"] = os.getloadavg()
    context["total_s"] = time.perf_counter() - _T0
    write_results(out, cfg, context, sections)
    log(f"wrote {out}; total {context['total_s'] / 60:.1f} min")
