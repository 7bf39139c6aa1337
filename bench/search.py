"""Search latency on a large archive, against `grep -ril` over the same texts.

    python -m bench.search [--responses 100000] [--queries 200] [--workers 2] [--keep DIR]

Builds an archive of N generated responses (Danish passages recombined from the
sentences of /work/shared/seeds/*.txt — or $HOERING_SEEDS — with a word-level trigram
chain, synthetic compounds, headings, 3–10 paragraphs; senders, parties, kinds,
consultations and dates varied). Rows go in directly by SQL in batches of 1,000
responses, through the same functions collect uses: `passages.split_passages`, then
`search.analyse_texts` (in worker processes) and `store.search_index.add`. Theme tags are set
for responses that mention a theme's word, so `--theme` can be timed.

Prints: build time, archive size, p50/p95/max of 200 mixed queries through
`search.search` (single words, compounds and inflected forms, two-word AND, OR, phrases;
40 % with a filter), and the same percentiles for `grep -rilF` over the texts written as
one plain file per response. grep gets the query's first word (or the phrase): it
cannot do AND, lemmas or compounds, so it does less work. At more than 20,000 responses
grep runs on a sample of --grep-queries queries (each takes seconds).
"""

from __future__ import annotations

import argparse
import collections
import glob
import hashlib
import os
import random
import re
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hoering import search
from hoering.analysis import danish
from hoering.analysis.passages import split_passages
from hoering.config import ConsultationConfig
from hoering.model import IndexRow
from hoering.store import Archive, search_index

SEEDS = os.environ.get("HOERING_SEEDS", "/work/shared/seeds")
WORD = re.compile(r"[^\W_]+")
BATCH = 1000
SENDERS = [
    "Ældrerådet", "Handicaprådet", "LMU i Job- og Aktivhuset", "LMU i Jobhuset",
    "Det lokale beskæftigelsesråd (LBR)", "AMU i Ydelsessekretariatet", "FOA", "HK Kommunal",
    "Dansk Socialrådgiverforening", "Integrationsrådet", "Ungdomsskolen", "Søndergårdens Venner",
]  # fmt: skip
HEADINGS = [
    "Justering af mentorindsatsen:", "Haveprojektet:", "Besparelser på aktiveringsområdet",
    "Færre aktiveringstilbud:", "Kortere forløb:", "Økonomi", "Generelle bemærkninger:",
]  # fmt: skip
THEMES = {"mentor": "mentor", "have": "haveprojekt", "okonomi": "besparelse"}


def bench_config(title: str) -> ConsultationConfig:
    """A consultation with THEMES in its codebook: `search --theme` refuses a key no
    consultation has."""
    from hoering.config import Theme

    return ConsultationConfig(title=title, themes={key: Theme(key, key, [word]) for key, word in THEMES.items()})
DOMAIN_WORDS = [
    "mentor", "haveprojekt", "besparelse", "borger", "ledige", "fleksjob", "aktivering",
    "indsats", "uddannelse", "praktik", "virksomhed", "jobcenter", "sygedagpenge",
    "integration", "beskæftigelse", "medarbejder", "ældre", "handicap", "økonomi", "sø",
    "år", "løntilskud", "forløb", "tilbud", "rådgivning", "snerydning", "kommune",
]  # fmt: skip
INFLECTED = [
    "mentorindsatsen", "Mentorer", "besparelserne", "Haveprojektet", "mentorstøtten",
    "borgerne", "aktiveringstilbud", "virksomhederne", "indsatsen", "uddannelsesforløb",
]  # fmt: skip


# --- text generation ---------------------------------------------------------------


def seed_sentences() -> list[str]:
    text = "\n".join(Path(f).read_text(encoding="utf-8") for f in sorted(glob.glob(f"{SEEDS}/*.txt")))
    good = []
    for line in text.splitlines():
        line = " ".join(line.split())
        for s in re.split(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ0-9])", line):
            words = WORD.findall(s)
            if 5 <= len(words) <= 60 and sum(c.isalpha() for c in s) / len(s) > 0.7:
                good.append(s)
    return list(dict.fromkeys(good))


class Generator:
    """Danish-looking responses: seed sentences and trigram-chain sentences, with compounds."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.sentences = seed_sentences()
        self.chain: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
        nouns: collections.Counter[str] = collections.Counter()
        for s in self.sentences:
            toks = ["<s>", "<s>", *s.split(), "</s>"]
            for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
                self.chain[(a, b)].append(c)
            for w in s.split():
                w = w.strip(".,:;()»«\"'")
                if len(w) >= 5 and w.isalpha() and w.islower():
                    nouns[w] += 1
        self.nouns = [w for w, _ in nouns.most_common(1500)]
        rng = random.Random(1)  # the same compounds in every worker
        self.compounds = [
            rng.choice(self.nouns) + rng.choice(["", "", "s", "e"]) + rng.choice(self.nouns)
            for _ in range(30000)
        ]

    def sentence(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            words = rng.choice(self.sentences).split()
        else:
            a, b, words = "<s>", "<s>", []
            while len(words) < 60:
                c = rng.choice(self.chain[(a, b)])
                if c == "</s>":
                    break
                words.append(c)
                a, b = b, c
        return " ".join(
            rng.choice(self.compounds) if len(w) > 6 and w.isalpha() and w.islower() and rng.random() < 0.06 else w
            for w in words
        )

    def response(self) -> str:
        rng = self.rng
        parts = []
        for _ in range(rng.randint(3, 10)):
            if rng.random() < 0.2:
                parts.append(rng.choice(HEADINGS))
            parts.append(" ".join(self.sentence() for _ in range(rng.randint(1, 4))))
        return "\n\n".join(parts)


def _make_batch(args: tuple[int, int, int]) -> list[dict]:
    """Generate, split and analyse one batch of responses (runs in a worker process)."""
    seed, first_id, count = args
    gen = _generator(seed)
    out = []
    for rid in range(first_id, first_id + count):
        text = gen.response()
        passages = split_passages(text)
        out.append({"id": rid, "text": text, "passages": passages})
    flat = [p.text for r in out for p in r["passages"]]
    analysed = iter(search.analyse_texts(flat))
    for r in out:
        r["analysed"] = [next(analysed) for _ in r["passages"]]
    return out


_GEN: list[Generator] = []


def _generator(seed: int) -> Generator:
    """One generator per worker process, reseeded per batch (deterministic batches)."""
    if not _GEN:
        _GEN.append(Generator(0))
    _GEN[0].rng.seed(seed)
    return _GEN[0]


# --- building the archive -------------------------------------------------------------


def build(directory: Path, n: int, workers: int, texts_dir: Path) -> dict:
    start = time.perf_counter()
    archive = Archive(directory)
    db = archive.db
    n_consultations = max(2, n // 400)
    slugs = []
    for c in range(n_consultations):
        slug = f"hoering-{c + 1:04d}"
        archive.create_consultation(slug, bench_config(f"Høring {c + 1}"))
        slugs.append(slug)
    ids = {r["slug"]: r["id"] for r in db.execute("SELECT id, slug FROM consultations")}
    rng = random.Random(7)
    numbers: collections.Counter[int] = collections.Counter()
    jobs = [(1000 + i, i * BATCH + 1, min(BATCH, n - i * BATCH)) for i in range((n + BATCH - 1) // BATCH)]
    passage_id = 0
    written = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for batch in pool.map(_make_batch, jobs):
            with archive.transaction() as tx:
                docs = []
                for r in batch:
                    # Consultations run one after another, so ids cluster per consultation.
                    c = min(n_consultations - 1, (r["id"] - 1) * n_consultations // n)
                    cid = ids[slugs[c]]
                    numbers[cid] += 1
                    sender = rng.choice(SENDERS) if rng.random() < 0.6 else f"Borger {rng.randint(1, 50000)}"
                    kind = "organisation" if not sender.startswith("Borger") else "citizen"
                    year = 2010 + c * 14 // n_consultations
                    received = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    sha = hashlib.sha256(r["text"].encode()).hexdigest()
                    tx.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?)", (sha, len(r["text"]), "2024-01-01"))
                    tx.execute(
                        "INSERT INTO responses (id, consultation_id, number, file, sha256, size, format, "
                        "status, sender, sender_source, sender_kind, party, received, text, text_chars, "
                        "collected) VALUES (?, ?, ?, ?, ?, ?, 'pdf', 'ok', ?, 'title', ?, ?, ?, ?, ?, ?)",
                        (r["id"], cid, numbers[cid], f"{numbers[cid]:03d}_svar.pdf", sha, len(r["text"]),
                         sender, kind, sender if kind == "organisation" else None, received, r["text"],
                         len(r["text"]), f"{received}T12:00:00+00:00"),
                    )  # fmt: skip
                    lower = r["text"].lower()
                    for key, word in THEMES.items():
                        if word in lower:
                            tx.execute(
                                "INSERT INTO tags (response_id, theme, state) VALUES (?, ?, 'discusses')",
                                (r["id"], key),
                            )
                    for n_in, (p, a) in enumerate(zip(r["passages"], r["analysed"], strict=True)):
                        passage_id += 1
                        tx.execute(
                            "INSERT INTO passages (id, response_id, ordinal, kind, heading, text, start, end) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (passage_id, r["id"], p.ordinal, p.kind, p.heading, p.text, p.start, p.end),
                        )
                        docs.append(IndexRow(r["id"], n_in, passage_id, a))
                    sub = texts_dir / f"{r['id'] // 1000:04d}"
                    sub.mkdir(exist_ok=True)
                    (sub / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
                search_index.add(tx, docs)
            written += len(batch)
            if written % 10000 == 0 or written == n:
                print(f"  {written} svar, {time.perf_counter() - start:.0f} s", flush=True)
    load = time.perf_counter() - start
    with archive.transaction() as tx:
        search.finish_bulk_load(tx)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = time.perf_counter() - start
    archive.close()
    size = sum(f.stat().st_size for f in directory.glob("archive.sqlite*"))
    return {"load": load, "total": total, "size": size, "passages": passage_id, "slugs": slugs}


# --- queries ---------------------------------------------------------------------------


def make_queries(n: int, slugs: list[str], seed: int = 3) -> list[tuple[str, search.Filters, str]]:
    rng = random.Random(seed)
    gen = Generator(5)
    vocab = collections.Counter(
        w.lower() for s in gen.sentences for w in WORD.findall(s) if len(w) >= 5 and w.isalpha()
    )
    stop = danish.stop_words()
    common = [w for w, _ in vocab.most_common(2000) if w not in stop]
    weights = [vocab[w] ** 0.5 for w in common]

    def word() -> str:
        return rng.choice(DOMAIN_WORDS) if rng.random() < 0.5 else rng.choices(common, weights)[0]

    def phrase() -> str:
        words = rng.choice(gen.sentences).split()
        i = rng.randrange(max(1, len(words) - 3))
        return '"' + " ".join(w.strip(".,:;()»«\"'") for w in words[i : i + rng.randint(2, 3)]) + '"'

    def a_filter() -> tuple[search.Filters, str]:
        pick = rng.random()
        if pick < 0.25:
            return search.Filters(consultation=rng.choice(slugs)), "consultation"
        if pick < 0.45:
            return search.Filters(kind=rng.choice(["organisation", "citizen"])), "kind"
        if pick < 0.65:
            year = rng.randint(2010, 2023)
            return search.Filters(since=f"{year}-01-01", until=f"{year + rng.randint(0, 3)}"), "dates"
        if pick < 0.85:
            return search.Filters(sender=rng.choice(["ældrerådet", "Handicap", "LMU", "FOA"])), "sender"
        return search.Filters(theme=rng.choice(list(THEMES))), "theme"

    queries = []
    shapes = ["word"] * 25 + ["random"] * 20 + ["inflected"] * 15 + ["and"] * 20 + ["phrase"] * 10 + ["or"] * 10
    for i in range(n):
        shape = shapes[i % len(shapes)]
        if shape == "word":
            text = rng.choice(DOMAIN_WORDS)
        elif shape == "random":
            text = word()
        elif shape == "inflected":
            text = rng.choice(INFLECTED + gen.compounds[:200])
        elif shape == "and":
            text = f"{word()} {word()}"
        elif shape == "phrase":
            text = phrase()
        else:
            text = f"{word()} OR {word()}"
        filters, label = (a_filter() if rng.random() < 0.4 else (search.Filters(), "none"))
        queries.append((text, filters, f"{shape}/{label}"))
    return queries


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_queries(directory: Path, queries) -> tuple[list[float], list[tuple[float, str, str, int]], float]:
    archive = Archive(directory)
    t = time.perf_counter()
    search.search(archive, "mentor", limit=20)  # loads spaCy and lemmy: the cold start
    cold = time.perf_counter() - t
    times, detail = [], []
    for text, filters, label in queries:
        t = time.perf_counter()
        result = search.search(archive, text, filters, limit=20)
        ms = (time.perf_counter() - t) * 1000
        times.append(ms)
        detail.append((ms, label, text, len(result.hits)))
    archive.close()
    return times, detail, cold


def run_grep(texts_dir: Path, queries, sample: int) -> list[float]:
    times = []
    rng = random.Random(11)
    chosen = queries if sample >= len(queries) else rng.sample(queries, sample)
    for text, _, _ in chosen:
        needle = text.strip('"') if text.startswith('"') else text.split()[0]
        t = time.perf_counter()
        subprocess.run(["grep", "-rilF", "--", needle, str(texts_dir)], capture_output=True, check=False)
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--grep-queries", type=int, default=20, help="grep sample above 20,000 responses")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive here and keep it")
    args = parser.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="hoering-bench-search-"))
    directory, texts_dir = base / "archive", base / "texts"
    reuse = args.keep is not None and (directory / "archive.sqlite").exists()
    print(f"hoering search benchmark: {args.responses} svar, {os.cpu_count()} kerner, {base}")
    if reuse:
        with Archive(directory) as archive:
            slugs = [c.slug for c in archive.consultations()]
            passages = archive.db.execute("SELECT count(*) FROM passages").fetchone()[0]
        size = sum(f.stat().st_size for f in directory.glob("archive.sqlite*"))
        print(f"reusing the archive ({passages} passages, {size / 1e6:.0f} MB)")
    else:
        texts_dir.mkdir(parents=True, exist_ok=True)
        info = build(directory, args.responses, args.workers, texts_dir)
        slugs = info["slugs"]
        print(
            f"index build: {info['total']:.0f} s ({info['load']:.0f} s loading {info['passages']} passages "
            f"with {args.workers} worker processes, {info['total'] - info['load']:.0f} s optimize); "
            f"archive {info['size'] / 1e6:.0f} MB"
        )
    queries = make_queries(args.queries, slugs)
    times, detail, cold = run_queries(directory, queries)
    print(f"first search (loads spaCy + lemmy): {cold * 1000:.0f} ms")
    print(
        f"hoering search, {len(times)} queries: p50 {pct(times, 50):.1f} ms, p95 {pct(times, 95):.1f} ms, "
        f"max {max(times):.1f} ms"
    )
    by_shape: dict[str, list[float]] = collections.defaultdict(list)
    for ms, label, _, _ in detail:
        by_shape[label.split("/")[0]].append(ms)
        by_shape["filter:" + label.split("/")[1]].append(ms)
    for key, values in sorted(by_shape.items()):
        print(f"  {key:20s} n={len(values):3d} p50 {pct(values, 50):6.1f} ms  p95 {pct(values, 95):6.1f} ms")
    print("  slowest:")
    for ms, label, text, hits in sorted(detail, reverse=True)[:5]:
        print(f"    {ms:6.1f} ms  {label:22s} {text!r} ({hits} svar)")
    sample = len(queries) if args.responses <= 20_000 else args.grep_queries
    grep = run_grep(texts_dir, queries, sample) if sample and texts_dir.exists() else []
    if grep:
        print(
            f"grep -rilF, {len(grep)} queries: p50 {pct(grep, 50):.0f} ms, "
            f"p95 {pct(grep, 95):.0f} ms"
        )
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
