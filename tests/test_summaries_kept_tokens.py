"""The summaries of a collected consultation are made from the paragraphs' tokens collect kept,
and are exactly those made by reading the texts again; MMR that looks up a stance cue only
where it can change a pick makes the picks of the exact relevances."""

from __future__ import annotations

import random

import numpy as np
from conftest import CORPUS

from hoering.analysis import summarise
from hoering.model import Status
from hoering.store import Archive
from hoering.summaries import kept_paragraphs
from hoering.themes import consultation_tags


def test_summaries_from_kept_tokens_are_those_of_reading_the_texts(hoering, archive_dir):
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    with Archive(archive_dir) as archive:
        consultation = archive.consultation("akt")
        readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
        by_id = consultation_tags(archive, consultation)
        texts = [r.text for r in readable]
        tags = [by_id.get(r.id, []) for r in readable]
        kept = kept_paragraphs(archive, readable, texts)
        assert len(kept) == len(texts) and all(k is not None for k in kept)
        # A text that no longer splits into the kept passages is read again.
        changed = kept_paragraphs(archive, readable[:1], [texts[0] + "\n\nEt nyt afsnit om noget andet."])
        assert changed == [None]
    read = summarise.summarise_consultation(texts, tags)
    from_kept = summarise.summarise_consultation(texts, tags, paragraphs=kept)
    assert from_kept == read
    assert any(read[0]) and read[1]


def test_mmr_with_cues_settled_on_demand_picks_as_with_every_cue_known():
    rng = random.Random(7)
    for trial in range(200):
        n = rng.randint(1, 40)
        sentences = [summarise._Sentence(rng.randint(0, 4), i, f"s{i}", [], "") for i in range(n)]
        rows = np.array([[rng.choice([0.0, 0.0, rng.random()]) for _ in range(6)] for _ in range(n)])
        norms = np.linalg.norm(rows, axis=1)
        rows = rows / np.where(norms == 0, 1, norms)[:, None]
        group = summarise._Group.__new__(summarise._Group)
        group.rows, group.dense = rows, True
        central = group.relevance()
        if trial % 3 == 0:  # exact ties
            central = np.round(central, 1)
        cue = [rng.random() < 0.3 for _ in range(n)]
        exact = central + [0.1 if c else 0.0 for c in cue]
        settled = []

        def settle(i: int, central=central, cue=cue, settled=settled) -> float:
            settled.append(i)
            return float(central[i] + (0.1 if cue[i] else 0.0))

        k = rng.randint(1, 6)
        assert summarise._mmr(sentences, group, central + 0.1, k, settle) == summarise._mmr(sentences, group, exact, k)
        assert len(set(settled)) <= n


def test_sentences_read_on_every_core_are_those_read_in_one_process(hoering, archive_dir, monkeypatch):
    """`kept_sentences` shares the texts among processes (even a few, here) and gives each
    text's sentences as `_sentences` reads them from the kept paragraphs, a text whose kept
    passages no longer match read again; the summaries made from them are the same."""
    from hoering import summaries

    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    monkeypatch.setattr(summaries, "_LEAST", 1)
    with Archive(archive_dir) as archive:
        consultation = archive.consultation("akt")
        readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
        by_id = consultation_tags(archive, consultation)
        texts = [r.text for r in readable]
        texts[1] += "\n\nEt nyt afsnit om noget andet."
        tags = [by_id.get(r.id, []) for r in readable]
        told = []
        shared = summaries.kept_sentences(archive, readable, texts, lambda done, total: told.append((done, total)))
    alone = summarise._sentences(texts)
    key = [[(s.response, s.position, s.text, s.lemmas, s.paragraph) for s in group] for group in alone]
    assert [[(s.response, s.position, s.text, s.lemmas, s.paragraph) for s in group] for group in shared] == key
    assert sum(map(len, key)) > 20 and told and told[-1][0] <= told[-1][1] == len(texts)
    assert summarise.summarise_consultation(texts, tags, sentences=shared) == summarise.summarise_consultation(texts, tags)
