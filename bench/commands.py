"""Every user-facing command as a person runs it: a fresh process, end to end.

    python -m bench.commands [--sizes 100,1000,10000] [--repeat 3]

Archives: 100 and 1,000 generated letters (bench/generate.py, PDF and DOCX of 1–10 pages)
taken in by `hoering new` + `hoering collect` (timed: the collect command; in the suite the
1,000-letter archive is the one Search and scaling collected, `run(ready=…)`); 10,000 = the
1,000-letter consultation copied ten times through the store's own write functions
(`replicate`: rows, passages, tags and index rows as collect writes them, no text read
again), for the commands that do not read every text. Each command runs as
`hoering --archive DIR …` in a new interpreter (`python -m hoering`), its output thrown
away; quick commands `--repeat` times (median), the long ones once. Next to each, in the
same run, its baseline:

* start-up: `python -c pass` (what any command costs before it does anything);
* search: the engine alone (`search.search` in an already warm process) on the same archive;
* note / spreadsheet: the bare library writing the same texts (python-docx: one paragraph per
  response; openpyxl: one row per response), no analysis, no redaction;
* collect: bare pypdfium2 + python-docx text extraction of the same files.

The 100,000-response search figure is timed on Search and scaling's archive (bench/scaling.py).
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import OUT, ROOT, responses

SLUG = "h"
CHEAP = ("status", "show", "list", "config", "themes", "tag", "search")


@dataclass
class Command:
    name: str
    args: Callable[[int], list[str]]  # run index -> arguments after --archive DIR
    expected: str  # growth from 100 to 10,000 responses (or 100 to 1,000)
    quick: bool = True  # repeated; else run once
    target: float | None = None  # seconds at 1,000 responses (issue's target)


# The order is the order they run in: each long command sees what the ones before left.
COMMANDS = [
    Command("status", lambda i: ["status", SLUG], "linear in what it prints (one row per response)", target=0.3),
    Command("show", lambda i: ["show", SLUG, "5"], "constant", target=0.3),
    Command("list", lambda i: ["list"], "constant", target=None),
    Command("config", lambda i: ["config", SLUG], "constant", target=0.3),
    Command("themes", lambda i: ["themes", SLUG], "linear (counts every tag), small", target=None),
    Command("tag", lambda i: ["tag", SLUG, str(10 + i), "mentor", "--stance", "imod"], "constant", target=0.3),
    Command("search", lambda i: ["search", "mentor"], "≤ log N", target=None),
    Command("note (first: summaries computed)", lambda i: ["note", SLUG, "-o", "{tmp}/note.docx"], "linear", quick=False),
    Command("note (again: summaries stored)", lambda i: ["note", SLUG, "-o", "{tmp}/note.docx"], "linear", quick=False,
            target=5.0),  # fmt: skip
    Command("export --xlsx", lambda i: ["export", SLUG, "--xlsx", "{tmp}/note.xlsx"], "linear", quick=False),
    Command("themes --suggest", lambda i: ["themes", SLUG, "--suggest"], "linear (stored tokens; clustering capped)",
            quick=False, target=10.0),
    Command("themes --accept", lambda i: ["themes", SLUG, "--accept", "1"],
            "linear in the responses the new theme concerns (tagged again from stored tokens)",
            quick=False, target=0.3),  # fmt: skip
]
LONG_MAX = 1000  # the long commands run at 100 and 1,000 responses


def log(message: str) -> None:
    print(f"  [commands] {message}", file=sys.stderr, flush=True)


def hoering(*args: str) -> list[str]:
    return [sys.executable, "-m", "hoering", *args]


CPU: list[float] = []  # CPU seconds (user + system) of the last `timed` command and its children


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def compiled() -> None:
    """hoering's bytecode written, as `pip install` writes it: with PYTHONDONTWRITEBYTECODE
    set (as on the benchmark machine) a command would otherwise compile every module it
    imports from source on each run, ~0.1 s that no installed copy pays."""
    compileall.compile_dir(ROOT / "hoering", quiet=1)


def timed(cmd: list[str], *, check: bool = True) -> float:
    """Wall seconds of `cmd` (its CPU seconds go to `CPU`: on a shared machine the wall clock
    also counts waiting for a core, the CPU time does not)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - start
    CPU[:] = [_children_cpu() - cpu]
    if check and proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-1500:]}")
    return seconds


# --- archives ----------------------------------------------------------------------------------


def collected(n: int, directory: Path, workers: int = 2) -> float:
    """A new archive with consultation SLUG holding n generated letters; returns the seconds
    `hoering collect` took (end to end, fresh process)."""
    folder, manifest = responses(n, seed=7)
    files = [str(folder / name) for name in manifest["files"]]  # not the manifest itself
    subprocess.run(hoering("--archive", str(directory), "new", SLUG, "--config", str(ROOT / "corpus" / "hoering.toml")),
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    return timed(hoering("--archive", str(directory), "collect", "-q", "-j", str(workers), SLUG, *files))


def replicate(directory: Path, times: int) -> None:
    """Consultation SLUG's responses `times - 1` more times, with the rows collect derives from
    each (passages, tags with their passage links, search index rows), written through the
    store's functions, one transaction per copy of the whole set."""
    from hoering.model import Analysed, Passage, PassageKind
    from hoering.search.indexing import analyser_version
    from hoering.store import Archive, search_index
    from hoering.store import passages as passage_store
    from hoering.store import responses as stored
    from hoering.store import tags as tag_store

    with Archive(directory) as archive:
        consultation = archive.consultation(SLUG)
        source = archive.responses(consultation)
        derived = []
        for r in source:
            passages = [Passage(p["ordinal"], p["heading"], p["text"], p["start"], p["end"], PassageKind(p["kind"]))
                        for p in archive.passages(r.id)]  # fmt: skip
            analysed = [Analysed(lemmas, forms, length) for lemmas, forms, length in archive.db.execute(
                "SELECT d.lemmas, d.forms, d.length FROM search_docs d JOIN passages p ON p.id = d.passage_id "
                "WHERE p.response_id = ? ORDER BY d.doc", (r.id,))]  # fmt: skip
            tokens = [p["tokens"] for p in archive.passages(r.id)]  # as collect stored them (m017)
            derived.append((passages, tag_store.response_tags_with_passages(archive.db, r.id), analysed, tokens))
        version = analyser_version()
        for k in range(1, times):
            with archive.transaction() as db:
                for original, (passages, tags, analysed, tokens) in zip(source, derived, strict=True):
                    r = dataclasses.replace(original, id=None, number=None, file=f"kopi{k}-{original.file}")
                    # One original per bytes in a consultation: each copy stands for other bytes
                    # (a `blobs` row without a file: no command timed here opens an original).
                    r.sha256 = hashlib.sha256(f"{original.sha256}:{k}".encode()).hexdigest()
                    stored.record_blob(db, r.sha256, r.size)
                    stored.insert(db, consultation.id, r)
                    passage_store.add_passages(db, r.id, passages, tokens)
                    tag_store.replace_tags(db, r.id, tags)
                    ids = [pid for pid, _ in search_index.passages_to_index(db, r.id)]
                    if len(ids) == len(analysed):
                        search_index.replace_response(db, r.id, list(zip(ids, analysed, strict=True)), analyser=version)


# --- baselines ---------------------------------------------------------------------------------

_BARE_DOCX = """
import sqlite3, sys
import docx
db = sqlite3.connect(sys.argv[1])
document = docx.Document()
for (text,) in db.execute("SELECT text FROM responses ORDER BY number"):
    document.add_paragraph(text)
document.save(sys.argv[2])
"""
_BARE_XLSX = """
import sqlite3, sys
import openpyxl
db = sqlite3.connect(sys.argv[1])
book = openpyxl.Workbook()
sheet = book.active
for row in db.execute("SELECT number, sender, text FROM responses ORDER BY number"):
    sheet.append([row[0], row[1], row[2][:32000]])
book.save(sys.argv[2])
"""
_ENGINE = """
import json, statistics, sys, time
from hoering import search
from hoering.store import Archive
archive = Archive(sys.argv[1])
search.search(archive, "mentor", search.Filters())
times = []
for _ in range(7):
    start = time.perf_counter()
    search.search(archive, "mentor", search.Filters())
    times.append(time.perf_counter() - start)
print(json.dumps(statistics.median(times)))
"""


def _python(code: str, *args: str) -> float:
    return timed([sys.executable, "-c", code, *args])


def engine_seconds(directory: Path) -> float:
    proc = subprocess.run([sys.executable, "-c", _ENGINE, str(directory)], cwd=ROOT, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bare_extraction(n: int) -> float:
    from bench.collect import bare_pdfium

    folder, manifest = responses(n, seed=7)
    return bare_pdfium(folder, manifest)


# --- the run -----------------------------------------------------------------------------------


@dataclass
class Figures:
    sizes: list[int]
    startup: list[float] = field(default_factory=list)
    times: dict = field(default_factory=dict)  # command -> size -> [seconds]
    cpu: dict = field(default_factory=dict)  # command -> size -> [CPU seconds]
    baselines: dict = field(default_factory=dict)  # command -> size -> seconds
    search_100k: dict = field(default_factory=dict)


def run(sizes: tuple[int, ...] = (100, 1000, 10_000), repeat: int = 3, *, work: Path | None = None,
        ready: dict[int, dict] | None = None) -> dict:
    """Every command at every size. `ready`: archives already collected by `hoering collect`
    (Search and scaling's real collect: {n: {"archive", "seconds", "cpu"}}), used as they are
    instead of collecting the same files again."""
    ready = ready or {}
    work = work or OUT / "commands"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    fig = Figures(list(sizes))
    compiled()
    fig.startup = [timed([sys.executable, "-c", "pass"]) for _ in range(5)]
    archives: dict[int, Path] = {}
    for n in sorted(sizes):
        directory = work / f"archive-{n}"
        if n in ready and Path(ready[n]["archive"]).is_dir():
            log(f"{n:,}: the archive Search and scaling collected ({ready[n]['seconds']:.0f} s)")
            shutil.move(ready[n]["archive"], directory)
            fig.times.setdefault("collect", {})[n] = [ready[n]["seconds"]]
            fig.cpu.setdefault("collect", {})[n] = [ready[n]["cpu"]]
            fig.baselines.setdefault("collect", {})[n] = bare_extraction(n)
            shutil.copytree(directory, work / f"collected-{n}")
        elif n <= LONG_MAX:
            log(f"{n:,}: hoering collect of {n:,} generated letters")
            fig.times.setdefault("collect", {})[n] = [collected(n, directory)]
            fig.cpu.setdefault("collect", {})[n] = list(CPU)
            fig.baselines.setdefault("collect", {})[n] = bare_extraction(n)
            # The commands change the archive (corrections, an accepted theme): bigger ones
            # are copied from it as collected.
            shutil.copytree(directory, work / f"collected-{n}")
        else:
            log(f"{n:,}: the {LONG_MAX:,}-letter archive copied {n // LONG_MAX}× through the store")
            shutil.copytree(work / f"collected-{LONG_MAX}", directory)
            replicate(directory, n // LONG_MAX)
        archives[n] = directory
        _time_commands(fig, n, directory, repeat)
    shutil.rmtree(work, ignore_errors=True)
    return {"sizes": fig.sizes, "startup": fig.startup, "times": fig.times, "cpu": fig.cpu,
            "baselines": fig.baselines}  # fmt: skip


def _time_commands(fig: Figures, n: int, directory: Path, repeat: int) -> None:
    db = directory / "archive.sqlite"
    with tempfile.TemporaryDirectory(prefix="hoering-bench-") as tmp:
        for command in COMMANDS:
            if not command.quick and n > LONG_MAX:
                continue
            runs = repeat if command.quick else 1
            seconds, cpu = [], []
            for i in range(runs):
                args = [a.replace("{tmp}", tmp) for a in command.args(i)]
                seconds.append(timed(hoering("--archive", str(directory), *args)))
                cpu += CPU
            fig.times.setdefault(command.name, {})[n] = seconds
            fig.cpu.setdefault(command.name, {})[n] = cpu
            log(f"{n:,}: {command.name}: {statistics.median(seconds):.2f} s ({statistics.median(cpu):.2f} CPU s)")
        fig.baselines.setdefault("search", {})[n] = engine_seconds(directory)
        if n <= LONG_MAX:
            fig.baselines.setdefault("note", {})[n] = _python(_BARE_DOCX, str(db), f"{tmp}/bare.docx")
            fig.baselines.setdefault("xlsx", {})[n] = _python(_BARE_XLSX, str(db), f"{tmp}/bare.xlsx")


def search_end_to_end(directory: Path, repeat: int = 5) -> dict:
    """`hoering search` in a fresh process on a (large) archive, with the engine alone."""
    words = ["mentor", "besparelse", "borger aktivering", "haveprojekt", "ledige"]
    compiled()
    seconds, cpu = [], []
    for i in range(repeat):
        seconds.append(timed(hoering("--archive", str(directory), "search", *words[i % len(words)].split())))
        cpu += CPU
    return {"seconds": seconds, "cpu": cpu, "engine": engine_seconds(directory),
            "startup": timed([sys.executable, "-c", "pass"])}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(run(tuple(int(s) for s in args.sizes.split(",")), args.repeat), indent=1))


if __name__ == "__main__":
    main()


# --- the report (used by bench/run.py) -----------------------------------------------------------

_BASELINE = {"search": "search", "note (first: summaries computed)": "note", "note (again: summaries stored)": "note",
             "export --xlsx": "xlsx", "collect": "collect"}  # fmt: skip
_BASELINE_NAME = {"search": "engine alone, warm process", "note": "bare python-docx, same texts",
                  "xlsx": "bare openpyxl, same texts", "collect": "bare pypdfium2 + python-docx"}  # fmt: skip


def _cell(values: list[float] | None) -> str:
    if not values:
        return "–"
    v = sorted(values)
    med = statistics.median(v)
    return f"{med:.2f}" if len(v) == 1 else f"{med:.2f} ({v[0]:.2f}–{v[-1]:.2f})"


def _expected(kind: str, first: int, last: int) -> tuple[float, str]:
    """The ratio of the times between sizes `first` and `last` that `kind` of growth allows."""
    if kind.startswith("linear"):
        return last / first, f"≤ ×{last / first:g} (linear)"
    if kind.startswith("≤ log"):
        return 1.1, "≈ ×1 (start-up dominates; log N engine)"
    return 1.1, "≈ ×1 (constant)"


def _verdict(observed: float, allowed: float) -> str:
    if observed <= allowed * 1.1:
        return "as expected" if observed >= allowed / 3 or allowed <= 1.1 else "below (start-up dominates)"
    return f"**grows faster** (×{observed / allowed:.2f} the expected)"


def render(section, figures: dict, big: dict | None, big_n: int, collect_figures: dict | None) -> None:
    """The whole-command table, the growth, and the targets into a bench/run.py Section."""
    sizes = sorted(int(n) for n in figures["sizes"])
    times = {name: {int(n): v for n, v in per.items()} for name, per in figures["times"].items()}
    cpu = {name: {int(n): v for n, v in per.items()} for name, per in figures.get("cpu", {}).items()}
    bases = {name: {int(n): v for n, v in per.items()} for name, per in figures["baselines"].items()}
    startup = statistics.median(figures["startup"])
    expected = {c.name: c.expected for c in COMMANDS} | {"collect": "linear"}
    mid = 1000 if 1000 in sizes else sizes[-1]
    header = ("| command | " + " | ".join(f"{n:,}: wall s" for n in sizes) + " | " + " | ".join(f"{n:,}: CPU s" for n in sizes)
              + f" | baseline at {mid:,} (wall s) | growth observed (CPU) | expected | verdict |")  # fmt: skip
    rows = [header, "|---" * (2 * len(sizes) + 5) + "|"]
    for name in ["collect", *[c.name for c in COMMANDS]]:
        if name not in times:
            continue
        per = times[name]
        spent = cpu.get(name, per)  # growth from the CPU time: waiting for a core is not the command's
        have = [n for n in sizes if n in per]
        first, last = have[0], have[-1]
        observed = statistics.median(spent[last]) / statistics.median(spent[first])
        allowed, text = _expected(expected[name], first, last)
        base_key = _BASELINE.get(name)
        base = bases.get(base_key, {}).get(mid) if base_key else None
        base_cell = f"{base:.3f} ({_BASELINE_NAME[base_key]})" if base is not None else f"{startup:.3f} (`python -c pass`)"
        rows.append(f"| `{name}` | " + " | ".join(_cell(per.get(n)) for n in sizes) + " | " +
                    " | ".join(_cell(cpu.get(name, {}).get(n)) for n in sizes) +
                    f" | {base_cell} | ×{observed:.2f} ({first:,}→{last:,}) | {text} | {_verdict(observed, allowed)} |")  # fmt: skip
    section.add(
        "Each command as a person types it: `hoering --archive DIR …` in a new interpreter, end to end, its "
        "output discarded (bench/commands.py). Archives: 100 and 1,000 generated letters (PDF/DOCX, 1–10 "
        "pages, ~13,000 characters each) taken in by `hoering collect` (2 workers; timed: the `collect` row); "
        "10,000 = the 1,000-letter consultation copied ten times through the store's write functions (no "
        "text read again), for the commands that do not read every text. The long commands (note, "
        "spreadsheet, suggestions, accepting one) run once at 100 and 1,000; the quick ones "
        f"{len(figures['times'].get('status', {}).get(sizes[0], [0]))} times (median, min–max). Run in this "
        "order on one archive per size: a correction (`tag`) and an accepted theme change what follows. "
        f"Interpreter start-up alone (`python -c pass`) took {startup:.3f} s in this run. Wall = what the "
        "person waits; CPU = user + system seconds of the command's processes (`getrusage`), which on this "
        "shared machine leaves out the time spent waiting for a core that other users held.", "",
        *rows, "",
        "Growth: the median at the largest size the command ran at over the median at 100 responses, "
        "against what the work allows (a quick command is mostly start-up, so ×1; a note is linear in the "
        "responses it writes).",
    )  # fmt: skip
    if big:
        med = statistics.median(big["seconds"])
        section.add("", f"`hoering search` at {big_n:,} responses (Search and scaling's archive), a fresh process "
                    f"per query, {len(big['seconds'])} queries: median **{med:.3f} s** "
                    f"({min(big['seconds']):.3f}–{max(big['seconds']):.3f}), CPU "
                    f"{statistics.median(big.get('cpu') or [float('nan')]):.3f} s; the engine alone "
                    f"{big['engine'] * 1000:.1f} ms, interpreter start-up {big['startup']:.3f} s.")  # fmt: skip
    section.figures = {**figures, "search_big": big}

    def at(name: str, n: int = mid, source: dict = times) -> float | None:
        values = source.get(name, {}).get(n)
        return statistics.median(values) if values else None

    def row(label: str, value: float | None, limit: float, note: str = "", spent: float | None = None) -> None:
        if value is None:
            return
        met = "**met**" if value <= limit else "**not met**"
        on_cpu = f" ({spent:.2f} CPU s)" if spent is not None else ""
        section.summary.append((label, f"{value:.2f} s{on_cpu}", f"{startup:.2f} s (`python -c pass`)",
                                f"target ≤ {limit:g} s: {met}{note}"))  # fmt: skip

    note_first, note_again = at("note (first: summaries computed)"), at("note (again: summaries stored)")
    small = at("note (again: summaries stored)", sizes[0])
    growth = f"; ×{note_again / small:.1f} from {sizes[0]:,} (×{mid / sizes[0]:g} the responses)" if note_again and small else ""
    again_cpu, small_cpu = at("note (again: summaries stored)", mid, cpu), at("note (again: summaries stored)", sizes[0], cpu)
    if again_cpu and small_cpu:
        growth += f"; CPU ×{again_cpu / small_cpu:.1f}"
    row(f"`note` DOCX at {mid:,}, summaries stored", note_again, 5.0, growth, again_cpu)
    row(f"`note` DOCX at {mid:,}, first (summaries computed)", note_first, 5.0, "",
        at("note (first: summaries computed)", mid, cpu))
    if big:
        row(f"`search` end to end at {big_n:,} (median)", statistics.median(big["seconds"]), 0.3, "",
            statistics.median(big["cpu"]) if big.get("cpu") else None)
    for name in ("status", "show", "tag", "config", "themes --accept"):
        row(f"`{name}` at {mid:,}", at(name), 0.3, "", at(name, mid, cpu))
    row(f"`themes --suggest` at {mid:,}", at("themes --suggest"), 10.0, "", at("themes --suggest", mid, cpu))
