"""Throughput of the Danish language layer.

    .venv/bin/python bench/language.py [--words 50000] [--repeat 3] [--json]

Prints: import and load time of the layer; tokens/s of ``danish.tokens_many`` (tokens,
sentences, lemmas) over the seed 001 responses repeated to at least ``--words`` words, cold
(empty lemma cache) and warm, next to spaCy's pipeline alone (median of ``--repeat`` runs
each); lemmy alone, uncached and
cached; and theme tagging of the 11 responses. Run it in a fresh process: the load time is
only meaningful once. ``--json`` prints the figures as one JSON object instead.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(words: int = 50_000, repeat: int = 3) -> dict:
    """The language layer's figures (see the module docstring)."""
    data = ROOT / "tests" / "data"
    responses = json.loads((data / "seed001_responses.json").read_text(encoding="utf-8"))
    labels = json.loads((data / "seed001-labels.json").read_text(encoding="utf-8"))
    texts = [r["text"] for r in responses]
    per_copy = sum(len(t.split()) for t in texts)
    corpus = texts * -(-words // per_copy)  # whole responses, at least `words` words
    out: dict = {"responses": len(corpus), "words": sum(len(t.split()) for t in corpus)}

    start = time.perf_counter()
    from hoering.analysis import danish

    out["import_s"] = time.perf_counter() - start
    start = time.perf_counter()
    out["backend"] = danish.load()
    out["load_s"] = time.perf_counter() - start
    out["analyser"] = danish.ANALYSER_VERSION

    danish.lemma_candidates.cache_clear()
    danish._form.cache_clear()
    start = time.perf_counter()
    out["tokens"] = sum(len(toks) for toks in danish.tokens_many(corpus))
    out["cold_tokens_per_s"] = out["tokens"] / (time.perf_counter() - start)
    warm, spacy_alone = [], []
    for _ in range(repeat):  # alternating, so that both see the same machine
        gc.collect()
        start = time.perf_counter()
        danish.tokens_many(corpus)
        warm.append(out["tokens"] / (time.perf_counter() - start))
        gc.collect()
        start = time.perf_counter()
        docs = list(danish.nlp().pipe(corpus))
        spacy_alone.append(sum(len(d) for d in docs) / (time.perf_counter() - start))
    out["warm_tokens_per_s"], out["spacy_tokens_per_s"] = warm, spacy_alone

    forms = [t.lower_ for d in docs for t in d if t.is_alpha]
    lemmatizer = danish._lemmatizer()
    start = time.perf_counter()
    for form in forms:
        lemmatizer.lemmatize("", form)
    out["lemmy_words_per_s"] = len(forms) / (time.perf_counter() - start)
    danish.lemma_candidates.cache_clear()
    for form in forms:
        danish.lemma_candidates(form)  # fill the cache, then time the cached calls
    start = time.perf_counter()
    for form in forms:
        danish.lemma_candidates(form)
    out["lemmy_cached_words_per_s"] = len(forms) / (time.perf_counter() - start)

    from hoering.analysis.tagging import tag_responses

    tagging = []
    for _ in range(1 + repeat):
        start = time.perf_counter()
        tag_responses(texts, labels["codebook"])
        tagging.append(time.perf_counter() - start)
    out["tag_first_s"], out["tag_again_s"] = tagging[0], tagging[1:]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    r = measure(args.words, args.repeat)
    if args.json:
        print(json.dumps(r))
        return
    print(f"backend: {r['backend']}  ({r['analyser']})")
    print(f"import hoering.analysis.danish: {r['import_s']:.3f} s; load pipeline + lemmatizer: {r['load_s']:.3f} s")
    print(f"corpus: {r['responses']} responses, {r['words']} words, {r['tokens']} tokens")
    print(f"tokens_many cold (empty lemma cache): {r['cold_tokens_per_s']:,.0f} tokens/s")
    warm = sorted(r["warm_tokens_per_s"])
    print(f"tokens_many warm: {statistics.median(warm):,.0f} tokens/s "
          f"(min–max {warm[0]:,.0f}–{warm[-1]:,.0f}, {len(warm)} runs)")
    print(f"spaCy pipe alone (tokenizer + sentences): {statistics.median(r['spacy_tokens_per_s']):,.0f} tokens/s")
    print(f"lemmy uncached: {r['lemmy_words_per_s']:,.0f} words/s")
    print(f"lemmy behind the LRU cache: {r['lemmy_cached_words_per_s']:,.0f} words/s")
    print(f"tag_responses, 11 responses: first {r['tag_first_s']:.3f} s, "
          f"again {statistics.median(r['tag_again_s']):.3f} s")


if __name__ == "__main__":
    main()
