"""Throughput of the Danish language layer.

    .venv/bin/python bench/language.py [--words 50000]

Prints: import and load time of the layer; tokens/s of ``danish.tokens_many`` (tokens,
sentences, lemmas) over the seed 001 responses repeated to at least ``--words`` words, cold
(empty lemma cache) and warm; lemmy alone, uncached and cached; and theme tagging of the 11
responses. Run it in a fresh process: the load time is only meaningful once.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    args = parser.parse_args()

    data = ROOT / "tests" / "data"
    responses = json.loads((data / "seed001_responses.json").read_text(encoding="utf-8"))
    labels = json.loads((data / "seed001-labels.json").read_text(encoding="utf-8"))
    texts = [r["text"] for r in responses]
    words = sum(len(t.split()) for t in texts)
    corpus = texts * -(-args.words // words)  # whole responses, at least --words words

    start = time.perf_counter()
    from hoering import danish

    imported = time.perf_counter() - start
    start = time.perf_counter()
    backend = danish.load()
    loaded = time.perf_counter() - start
    print(f"backend: {backend}  ({danish.ANALYSER_VERSION})")
    print(f"import hoering.danish: {imported:.3f} s; load pipeline + lemmatizer: {loaded:.3f} s")
    print(f"corpus: {len(corpus)} responses, {sum(len(t.split()) for t in corpus)} words")

    danish.lemma_candidates.cache_clear()
    danish._form.cache_clear()
    for label in ("cold (empty lemma cache)", "warm"):
        start = time.perf_counter()
        tokens = sum(len(toks) for toks in danish.tokens_many(corpus))
        elapsed = time.perf_counter() - start
        print(f"tokens_many {label}: {tokens} tokens in {elapsed:.2f} s "
              f"= {tokens / elapsed:,.0f} tokens/s")

    start = time.perf_counter()
    docs = list(danish.nlp().pipe(corpus))
    elapsed = time.perf_counter() - start
    tokens = sum(len(d) for d in docs)
    print(f"spaCy pipe alone (tokenizer + sentences): {tokens / elapsed:,.0f} tokens/s")

    forms = [t.lower_ for d in docs for t in d if t.is_alpha]
    lemmatizer = danish._lemmatizer()
    start = time.perf_counter()
    for form in forms:
        lemmatizer.lemmatize("", form)
    elapsed = time.perf_counter() - start
    print(f"lemmy uncached: {len(forms) / elapsed:,.0f} words/s")
    danish.lemma_candidates.cache_clear()
    for form in forms:
        danish.lemma_candidates(form)  # fill the cache, then time the cached calls
    start = time.perf_counter()
    for form in forms:
        danish.lemma_candidates(form)
    elapsed = time.perf_counter() - start
    print(f"lemmy behind the LRU cache: {len(forms) / elapsed:,.0f} words/s")

    from hoering.tagging import tag_responses

    for label in ("first", "again"):
        start = time.perf_counter()
        tag_responses(texts, labels["codebook"])
        print(f"tag_responses, 11 responses ({label}): {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
