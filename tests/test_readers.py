"""Collect's readers start before the Danish layer is loaded: what they read without it is
analysed alike afterwards, and workers started later share what the parent loaded since."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest
from fixtures import make_docx, make_pdf

from hoering.analysis import danish
from hoering.config import load_config
from hoering.extract import Limits
from hoering.extract.sandbox import Supervisor
from hoering.pipeline import read as read_mod
from hoering.pipeline.collect import collect
from hoering.pipeline.read import Job, analyse_job, needs_analysis, read_job, text_job
from hoering.store import Archive

FORK = multiprocessing.get_start_method() == "fork"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"

LETTER = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet har drøftet forslaget om besparelser på aktiveringsområdet. Vi er imod, at "
    "mentorindsatsen skæres ned, for borgerne mister den støtte, de har brug for.",
    "Vi foreslår i stedet, at Haveprojektet fortsætter, så ældre kan blive boende i eget hjem.",
    "Med venlig hilsen",
    "Hanne Jensen, formand",
]

_STATE = {"loaded": False}


def _loaded(_) -> bool:
    return _STATE["loaded"]


@pytest.mark.skipif(not FORK, reason="workers share the parent's state only when they are forked")
def test_refork_starts_workers_that_share_what_was_loaded_since():
    with Supervisor(1, hard_seconds=30) as supervisor:
        before = supervisor.submit_many(_loaded, [0, 1])
        _STATE["loaded"] = True
        try:
            supervisor.refork()
            after = supervisor.submit_many(_loaded, [2, 3, 4, 5, 6])
            assert [supervisor.result(t).value for t in before] == [False, False]
            assert [supervisor.result(t).value for t in after] == [True] * 5
        finally:
            _STATE["loaded"] = False
        end = time.monotonic() + 10
        while len(supervisor._workers) > 1 and time.monotonic() < end:
            supervisor.pump(0.05)
        assert len(supervisor._workers) == 1  # the first worker stopped after its jobs
        assert supervisor.restarts == 0


def test_supervisor_refork_keeps_the_deadline_for_jobs_the_first_workers_hold():
    with Supervisor(1, hard_seconds=0.5) as supervisor:
        tickets = supervisor.submit_many(time.sleep, [30, 0.0])
        supervisor.refork()
        later = supervisor.submit(abs, -2)
        assert supervisor.result(tickets[0]).timed_out
        assert supervisor.result(tickets[1]).ok  # moved to the new worker
        assert supervisor.result(later).value == 2


def test_a_text_read_without_the_layer_is_analysed_as_one_read_with_it(tmp_path, monkeypatch):
    path = tmp_path / "svar.pdf"
    make_pdf(path, [LETTER])
    codebook = load_config(CORPUS / "hoering.toml").codebook()
    job = Job(path, tmp_path, ["Ældrerådet"], Limits(), codebook=codebook)
    danish.load()
    whole = read_job(job)
    assert whole.analysed is not None and whole.analysed.tags
    monkeypatch.setattr(read_mod.language, "loaded", lambda: False)
    early = read_job(job)
    assert early.analysed is None and early.campaign_words is None
    assert needs_analysis(early, job)
    early.analysed, early.campaign_words = analyse_job(text_job(early, job))
    assert early.analysed == whole.analysed
    assert early.campaign_words[0] == whole.campaign_words[0]
    assert early.campaign_words[1].tolist() == whole.campaign_words[1].tolist()


def _derived(archive: Archive) -> list[tuple]:
    db: sqlite3.Connection = archive.db
    return [
        tuple(row)
        for query in (
            "SELECT r.file, p.ordinal, p.text, p.tokens FROM passages p JOIN responses r ON r.id = p.response_id "
            "ORDER BY r.file, p.ordinal",
            "SELECT r.file, t.theme, t.state, t.stance, t.evidence, t.triggers, t.cues, t.source, t.confidence "
            "FROM tags t JOIN responses r ON r.id = t.response_id ORDER BY r.file, t.theme",
            "SELECT d.lemmas, d.forms, d.length FROM search_docs d ORDER BY d.lemmas",
            "SELECT r.file, r.status, r.sender, r.campaign FROM responses r ORDER BY r.file",
        )
        for row in db.execute(query)
    ]


def test_collect_by_workers_stores_what_collect_in_one_process_does(tmp_path, monkeypatch):
    """Files read without the layer and analysed apart (as by the first workers), read and
    analysed at once by a worker, and in this process give the same passages, tokens, tags,
    index rows and form-letter links."""
    folder = tmp_path / "ind"
    folder.mkdir()
    for i in range(8):
        words = LETTER if i % 3 else [*LETTER[:2], f"Vi har {i} bemærkninger til budgettet for ældreplejen."]
        if i % 2:
            make_pdf(folder / f"svar {i}.pdf", [words])
        else:
            make_docx(folder / f"svar {i}.docx", words)
    config = load_config(CORPUS / "hoering.toml")
    derived = []
    for workers, isolate, apart in ((1, True, True), (2, True, False), (1, False, False)):
        with monkeypatch.context() as patch, Archive(tmp_path / f"arkiv-{len(derived)}") as archive:
            if apart:  # every worker reads as one started before the layer was loaded
                patch.setattr(read_mod.language, "loaded", lambda: False)
            archive.create_consultation("akt", config)
            report = collect(archive, "akt", [folder], workers=workers, isolate=isolate)
            assert not report.failures
            derived.append(_derived(archive))
    assert derived[0] and derived[0] == derived[1] == derived[2]
