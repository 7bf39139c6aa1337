"""Realistic generated responses for benchmarks: Danish letters recombined from the corpus.

Deterministic (seeded), cached under bench/out/ so repeated runs measure the same files.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests"))

from fixtures import make_docx, make_pdf  # noqa: E402


def danish_sentences() -> list[str]:
    """Sentences from the sample consultation (and the shared seeds when they are beside us)."""
    texts = [r["text"] for r in json.loads((ROOT / "tests" / "data" / "seed001_responses.json").read_text("utf-8"))]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        texts += [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))]
    sentences = []
    for text in texts:
        for s in re.split(r"(?<=[.!?])\s+", text):
            s = " ".join(s.split())
            # Keep what Helvetica/WinAnsi can draw and what reads like prose.
            if 40 <= len(s) <= 400 and all(ord(c) < 256 or c in "–»«" for c in s):
                sentences.append(s)
    return sentences


SENDERS = [
    "Ældrerådet", "Handicaprådet", "Det lokale beskæftigelsesråd (LBR)", "LMU i Job- og Aktivhuset",
    "LMU i Uddannelseshuset", "FOA Aalborg", "3F Aalborg", "Dansk Socialrådgiverforening",
    "Brugerrådet for Jobcentret", "AMU i Job- og Ydelsesafdelingen",
]  # fmt: skip


def letter(rng: random.Random, sentences: list[str], pages: int) -> tuple[str, list[list[str]]]:
    sender = rng.choice(SENDERS)
    body: list[list[str]] = []
    for page in range(pages):
        paragraphs = [f"Høringssvar fra {sender}"] if page == 0 else []
        # ~45 lines of 11 pt text fill an A4 page: about 6 paragraphs of 3 sentences.
        for _ in range(6):
            paragraphs.append(" ".join(rng.choice(sentences) for _ in range(3)))
        body.append(paragraphs)
    body[-1] += ["Med venlig hilsen", f"På vegne af {sender}"]
    return sender, body


def responses(n: int = 200, *, seed: int = 7) -> tuple[Path, dict]:
    """`n` response files (PDF and DOCX, 1–10 pages). Returns the folder and a manifest.

    The letters are drawn in order from one seeded generator, then written by two processes
    (writing the PDFs is most of the time): the same files as one process writes."""
    folder = OUT / f"responses-{n}-{seed}"
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        return folder, json.loads(manifest_path.read_text("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sentences = danish_sentences()
    jobs = []
    for i in range(n):
        pages = rng.randint(1, 10)
        sender, body = letter(rng, sentences, pages)
        pdf = rng.random() < 0.6
        jobs.append((str(folder / f"{i:04d}.{'pdf' if pdf else 'docx'}"), pdf, sender, body, pages))
    manifest = {"files": {}}
    if n >= 50:
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
            written = list(pool.map(_write, jobs, chunksize=16))
    else:
        written = [_write(job) for job in jobs]
    for name, entry in written:
        manifest["files"][name] = entry
    manifest_path.write_text(json.dumps(manifest), "utf-8")
    return folder, manifest


def _write(job: tuple) -> tuple[str, dict]:
    path, pdf, sender, body, pages = job
    if pdf:
        path = make_pdf(Path(path), body, footer=f"{sender} · Aalborg", page_numbers=True)
        return path.name, {"format": "pdf", "pages": None}
    flat = [p for page in body for p in page]
    path = make_docx(Path(path), flat, header=sender, app_pages=pages)
    return path.name, {"format": "docx", "pages": pages}
