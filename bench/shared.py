"""The shared archive: search latency on SQLite and PostgreSQL side by side, and collect
throughput with 1, 2 and 4 concurrent collectors on PostgreSQL against one on SQLite.

    python -m bench.shared [--responses 100000] [--queries 200] [--files 40] [--server URL]

Search: the same generated responses are written into a SQLite archive and a PostgreSQL
one through the same store functions (`store.search_index.add` for the index rows,
batched), then the same queries (bench/search.py's mix, 40 % with a filter) run on both
through `search.search`; p50/p95/max per backend. The texts: `--pool` responses from
bench/search.py's generator (Danish passages from the seeds, analysed in worker
processes), whose passages are then drawn at random, 3–10 per response, into the N
responses (generating and analysing 100,000 afresh takes most of an hour on 2 cores; the
index is the same size and shape, its vocabulary that of the pool). --pool 0 generates
every response.

Collect: `--files` generated letters (bench/generate.py, PDF and DOCX) split over N
`hoering collect` processes started at once into one consultation, wall time from the
first start to the last exit; N = 1, 2, 4 on PostgreSQL and 1 on SQLite.

`--server`: a PostgreSQL URL where databases may be created (default
HOERING_TEST_DATABASE); without one, a throwaway cluster is started from Debian's
postgresql package in a temp directory and stopped at the end.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psycopg

from bench.search import BATCH, SENDERS, THEMES, _make_batch, bench_config, make_queries, pct
from hoering import search
from hoering.model import IndexRow
from hoering.store import Archive, search_index

ROOT = Path(__file__).resolve().parent.parent
CMD = [sys.executable, "-m", "hoering"]


# --- a PostgreSQL server ---------------------------------------------------------------


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    """A URL of a server where databases may be created: `url`, or a throwaway cluster."""
    if url:
        yield url
        return
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not bins:
        raise SystemExit("no PostgreSQL: install Debian's postgresql package or give --server URL")
    bin_dir = bins[-1].parent
    tmp = Path(tempfile.mkdtemp(prefix="hoering-bench-pg-"))
    runas: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(tmp, "postgres")
        runas = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp / "data"
    subprocess.run([*runas, bin_dir / "initdb", "-D", data, "-U", "hoering", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)  # fmt: skip
    subprocess.run([*runas, bin_dir / "pg_ctl", "-D", data, "-l", tmp / "log", "-w", "-o",
                    f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql://hoering@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*runas, bin_dir / "pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def new_database(base: str, name: str) -> str:
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
    return base.rsplit("/", 1)[0] + "/" + name


def drop_database(base: str, name: str) -> None:
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- search at scale ---------------------------------------------------------------------


def _pooled(pool: list[dict], first_id: int, count: int, rng: random.Random) -> list[dict]:
    """Responses drawn from the pool's analysed passages (texts, offsets made whole again)."""
    passages = [(p, a) for r in pool for p, a in zip(r["passages"], r["analysed"], strict=True)]
    out = []
    for rid in range(first_id, first_id + count):
        chosen = [rng.choice(passages) for _ in range(rng.randint(3, 10))]
        texts, placed, at = [], [], 0
        for ordinal, (p, _) in enumerate(chosen):
            placed.append(dataclasses.replace(p, ordinal=ordinal, start=at, end=at + len(p.text)))
            texts.append(p.text)
            at += len(p.text) + 2
        out.append({"id": rid, "text": "\n\n".join(texts), "passages": placed, "analysed": [a for _, a in chosen]})
    return out


def _batches(n: int, workers: int, pool_size: int) -> Iterator[list[dict]]:
    jobs = [(1000 + i, i * BATCH + 1, min(BATCH, n - i * BATCH)) for i in range((n + BATCH - 1) // BATCH)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        if not pool_size:
            yield from pool.map(_make_batch, jobs)
            return
        size = min(pool_size, n)
        made = [r for b in pool.map(_make_batch, [(1000 + i, 1, min(BATCH, size - i * BATCH))
                                                  for i in range((size + BATCH - 1) // BATCH)]) for r in b]  # fmt: skip
    rng = random.Random(13)
    for _, first, count in jobs:
        yield _pooled(made, first, count, rng)


def build(archives: list[Archive], n: int, workers: int, pool_size: int = 0) -> dict:
    """The same generated responses into every archive, batch by batch."""
    start = time.perf_counter()
    n_consultations = max(2, n // 400)
    slugs = [f"hoering-{c + 1:04d}" for c in range(n_consultations)]
    for archive in archives:
        for slug in slugs:
            archive.create_consultation(slug, bench_config(f"Høring {slug}"))
    ids = {r["slug"]: r["id"] for r in archives[0].db.execute("SELECT id, slug FROM consultations")}
    rng = random.Random(7)
    numbers: collections.Counter[int] = collections.Counter()
    passage_id = written = 0
    seconds = [0.0] * len(archives)
    for batch in _batches(n, workers, pool_size):
        blobs, responses, tags, passages, docs = [], [], [], [], []
        for r in batch:
            c = min(n_consultations - 1, (r["id"] - 1) * n_consultations // n)
            cid = ids[slugs[c]]
            numbers[cid] += 1
            sender = rng.choice(SENDERS) if rng.random() < 0.6 else f"Borger {rng.randint(1, 50000)}"
            kind = "organisation" if not sender.startswith("Borger") else "citizen"
            year = 2010 + c * 14 // n_consultations
            received = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            sha = hashlib.sha256(r["text"].encode()).hexdigest()
            blobs.append((sha, len(r["text"]), "2024-01-01"))
            responses.append((r["id"], cid, numbers[cid], f"{numbers[cid]:03d}_svar.pdf", sha, len(r["text"]),
                              sender, kind, sender if kind == "organisation" else None, received, r["text"],
                              len(r["text"]), f"{received}T12:00:00+00:00"))  # fmt: skip
            lower = r["text"].lower()
            tags += [(r["id"], key) for key, word in THEMES.items() if word in lower]
            for n_in, (p, a) in enumerate(zip(r["passages"], r["analysed"], strict=True)):
                passage_id += 1
                passages.append((passage_id, r["id"], p.ordinal, p.kind, p.heading, p.text, p.start, p.end))
                docs.append(IndexRow(r["id"], n_in, passage_id, a))
        for k, archive in enumerate(archives):
            t = time.perf_counter()
            with archive.transaction() as tx:
                tx.executemany("INSERT INTO blobs VALUES (?, ?, ?) ON CONFLICT DO NOTHING", blobs)
                tx.executemany(
                    "INSERT INTO responses (id, consultation_id, number, file, sha256, size, format, "
                    "status, sender, sender_source, sender_kind, party, received, text, text_chars, "
                    "collected) VALUES (?, ?, ?, ?, ?, ?, 'pdf', 'ok', ?, 'title', ?, ?, ?, ?, ?, ?)",
                    responses,
                )
                tx.executemany("INSERT INTO tags (response_id, theme, state) VALUES (?, ?, 'discusses')", tags)
                tx.executemany(
                    'INSERT INTO passages (id, response_id, ordinal, kind, heading, text, start, "end") '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    passages,
                )
                search_index.add(tx, docs)
            seconds[k] += time.perf_counter() - t
        written += len(batch)
        if written % 10000 == 0 or written == n:
            print(f"  {written} svar, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    for k, archive in enumerate(archives):
        t = time.perf_counter()
        with archive.transaction() as tx:
            search.finish_bulk_load(tx)
        if archive.backend != "sqlite":
            # What autovacuum does after a load this size: planner statistics, the GIN index's
            # pending list merged (as FTS5's optimize merges its segments).
            archive.db.execute("VACUUM ANALYZE")
            from hoering.store import schema

            schema.reset_identities(archive.db)
        seconds[k] += time.perf_counter() - t
    return {"slugs": slugs, "passages": passage_id, "write_seconds": seconds}


def run_queries(archive: Archive, queries) -> list[float]:
    search.search(archive, "mentor", limit=20)  # the language layer loaded: not timed
    times = []
    for text, filters, _ in queries:
        t = time.perf_counter()
        search.search(archive, text, filters, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    return times


def search_side_by_side(base: str, n: int, n_queries: int, workers: int, pool_size: int = 4000) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="hoering-bench-shared-"))
    name = f"hoering_bench_search_{os.getpid()}"
    url = new_database(base, name)
    try:
        with Archive(tmp / "archive", database=None) as lite, Archive(database=url) as pg:
            info = build([lite, pg], n, workers, pool_size)
            queries = make_queries(n_queries, info["slugs"])
            # Taken in turns, so a busy spell on a shared machine hits both alike.
            out: dict = {"responses": n, "passages": info["passages"], "queries": len(queries)}
            times = {"sqlite": [], "postgresql": []}
            half = len(queries) // 2
            for part in (queries[:half], queries[half:]):
                times["sqlite"] += run_queries(lite, part)
                times["postgresql"] += run_queries(pg, part)
            sizes = {"sqlite": sum(f.stat().st_size for f in (tmp / "archive").glob("archive.sqlite*")),
                     "postgresql": pg.db.execute("SELECT pg_database_size(current_database())").fetchone()[0]}  # fmt: skip
            for backend, values in times.items():
                out[backend] = {"p50": pct(values, 50), "p95": pct(values, 95), "max": max(values),
                                "write_s": info["write_seconds"][backend == "postgresql"], "bytes": sizes[backend]}  # fmt: skip
            return out
    finally:
        drop_database(base, name)
        shutil.rmtree(tmp, ignore_errors=True)


# --- concurrent collects --------------------------------------------------------------------


def collect_concurrently(files: list[Path], collectors: int, env: dict) -> float:
    """Wall seconds for `collectors` processes collecting `files` (split evenly) into one
    consultation of the archive `env` names."""
    config = ROOT / "corpus" / "hoering.toml"
    subprocess.run([*CMD, "new", "bench", "--config", str(config)], env=env, check=True, capture_output=True)
    groups = [files[i::collectors] for i in range(collectors)]
    start = time.perf_counter()
    procs = [subprocess.Popen([*CMD, "collect", "bench", *map(str, g), "-q", "-j", "1"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for g in groups]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise RuntimeError(err.decode())
    return time.perf_counter() - start


def collect_side_by_side(base: str, n_files: int) -> dict:
    from bench.generate import responses

    folder, manifest = responses(n_files)
    files = [folder / name for name in manifest["files"]]
    out: dict = {"files": len(files)}
    env = {k: v for k, v in os.environ.items() if k not in ("HOERING_DATABASE", "HOERING_ARCHIVE")}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite_1"] = collect_concurrently(files, 1, {**env, "HOERING_ARCHIVE": str(Path(tmp) / "a")})
    for collectors in (1, 2, 4):
        name = f"hoering_bench_collect_{os.getpid()}_{collectors}"
        url = new_database(base, name)
        try:
            out[f"postgresql_{collectors}"] = collect_concurrently(files, collectors, {**env, "HOERING_DATABASE": url})
            with Archive(database=url) as archive:
                rows = archive.db.execute("SELECT count(*), count(DISTINCT file) FROM responses").fetchone()
            assert rows[0] == rows[1] == len(files), rows  # every file exactly once
        finally:
            drop_database(base, name)
    return out


def report(result: dict) -> list[str]:
    lines = []
    if "search" in result:
        s = result["search"]
        lines += [f"Search, {s['responses']:,} responses ({s['passages']:,} passages), {s['queries']} queries:",
                  "| backend | p50 ms | p95 ms | max ms | load s | size MB |", "|---|---|---|---|---|---|"]  # fmt: skip
        for backend in ("sqlite", "postgresql"):
            b = s[backend]
            lines.append(f"| {backend} | {b['p50']:.1f} | {b['p95']:.1f} | {b['max']:.1f} | "
                         f"{b['write_s']:.0f} | {b['bytes'] / 1e6:.0f} |")  # fmt: skip
    if "collect" in result:
        c = result["collect"]
        lines += ["", f"Collect, {c['files']} files into one consultation (wall time, files/s):",
                  "| archive | collectors | seconds | files/s |", "|---|---|---|---|"]  # fmt: skip
        for key, label in (("sqlite_1", ("SQLite", 1)), ("postgresql_1", ("PostgreSQL", 1)),
                           ("postgresql_2", ("PostgreSQL", 2)), ("postgresql_4", ("PostgreSQL", 4))):  # fmt: skip
            lines.append(f"| {label[0]} | {label[1]} | {c[key]:.1f} | {c['files'] / c[key]:.2f} |")
    return lines


def run(responses: int, queries: int, files: int, url: str | None, workers: int = 2, pool: int = 4000) -> dict:
    with server(url or os.environ.get("HOERING_TEST_DATABASE")) as base:
        result: dict = {}
        if responses:
            result["search"] = search_side_by_side(base, responses, queries, workers, pool)
        if files:
            result["collect"] = collect_side_by_side(base, files)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool", type=int, default=4000, help="responses generated afresh (0: all)")
    parser.add_argument("--server", help="PostgreSQL URL where databases may be created")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    result = run(args.responses, args.queries, args.files, args.server, args.workers, args.pool)
    print("\n".join(report(result)))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
