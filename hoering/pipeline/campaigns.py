"""Form letters (enslydende høringssvar): responses whose texts are near-identical apart from
names and small edits.

Each response's text is reduced to what a form letter shares: the signature (from the last
greeting, "Med venlig hilsen" …, on) is cut, the sender's own name is taken out wherever it
stands ("Mit navn er Karen Nielsen"), and so are digits, e-mail addresses and punctuation;
what is left is casefolded words. Two responses belong to the same campaign when the Jaccard
similarity of their word 5-shingle sets (as 64-bit hashes) is at least `THRESHOLD`. Pairs at or
above it are joined (union-find), so A~B and B~C put A, B and C in one group even when A and C
differ a little more.

Finding the pairs is an exact similarity join, not an estimate: prefix filtering (Bayardo,
Ma and Srikant, "Scaling up all pairs similarity search", WWW 2007). With the shingles of
every set in one global order, rarest first, two sets with Jaccard >= t must share a shingle
among the first |x| - ceil(t·|x|) + 1 of each; only pairs that do, and whose sizes allow t,
are compared in full. So no pair is ever missed (MinHash-LSH, used before, could miss
some), and the rare shingles a prefix holds make the candidate lists short. It needs no
library beyond numpy; datasketch's MinHash-LSH cost more to import (scipy, about 1 s) than
the whole join on 200 responses, and this runs after every collect.

A group's campaign id is its lowest response number. Cost: about 0.1 s for 200 responses of
1-10 pages, recomputed after every collect (`hoering.revisions.update_links`). Only readable
responses (status "ok") of at least `MIN_WORDS` words take part: short answers such as "Vi
har ingen bemærkninger" from several parties agree by nature and are no campaign. An exact
copy (`duplicate_of`) belongs to its original's campaign. Nothing is ever dropped; this only
labels.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..greetings import GREETING

THRESHOLD = 0.8
SHINGLE = 5
MIN_WORDS = 30

_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Letter:
    number: int
    text: str
    sender: str | None = None
    tokens: list[str] | np.ndarray | None = None  # `words(text, sender)` or their ids, if known


def words(text: str, sender: str | None = None) -> list[str]:
    """The words a form letter shares: no signature, no sender name, no digits."""
    half = len(text) // 2
    greetings = list(GREETING.finditer(text, half))  # a signature is in the second half
    if greetings:
        text = text[: greetings[-1].start()]
    tokens = _WORD.findall((_EMAIL.sub(" ", text) if "@" in text else text).casefold())
    names = {w for w in _WORD.findall((sender or "").casefold()) if len(w) > 1}
    return [w for w in tokens if w not in names] if names else tokens


@functools.lru_cache(maxsize=1 << 18)
def _token_id(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) | 1 << 32  # stable across runs, never 0


def token_ids(tokens: list[str]) -> np.ndarray:
    return np.fromiter((_token_id(t) for t in tokens), dtype=np.uint64, count=len(tokens))


def shingle_hashes(tokens: list[str] | np.ndarray, size: int = SHINGLE) -> np.ndarray:
    """The word `size`-shingles of `tokens` (words, or their `token_ids`), each as a 64-bit
    hash, sorted and unique: a rolling polynomial over stable word ids, so a text gives the
    same hashes in every process."""
    if len(tokens) == 0:
        return np.zeros(0, dtype=np.uint64)
    ids = tokens if isinstance(tokens, np.ndarray) else token_ids(tokens)
    size = min(size, len(ids))
    count = len(ids) - size + 1
    with np.errstate(over="ignore"):
        hashes = np.zeros(count, dtype=np.uint64)
        for offset in range(size):
            hashes = hashes * np.uint64(1_000_003) + ids[offset : offset + count]
        hashes ^= hashes >> np.uint64(29)
        hashes *= np.uint64(0xBF58476D1CE4E5B9)
        hashes ^= hashes >> np.uint64(32)
    return np.unique(hashes)


def shingles(tokens: list[str] | np.ndarray, size: int = SHINGLE) -> set[int]:
    """`shingle_hashes` as a set."""
    return set(shingle_hashes(tokens, size).tolist())


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def campaigns(letters: list[Letter], threshold: float = THRESHOLD) -> dict[int, int]:
    """{response number: campaign id} for every response in a group of two or more."""
    sets: dict[int, np.ndarray] = {}
    for letter in letters:
        tokens = letter.tokens if letter.tokens is not None else words(letter.text, letter.sender)
        if len(tokens) >= MIN_WORDS:
            sets[letter.number] = shingle_hashes(tokens)
    if len(sets) < 2:
        return {}
    parent = {n: n for n in sets}

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in sorted(candidates(sets, threshold)):
        if _jaccard_sorted(sets[a], sets[b]) >= threshold:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in sets:
        groups.setdefault(find(n), []).append(n)
    return {n: min(members) for members in groups.values() if len(members) > 1 for n in members}


def _jaccard_sorted(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard of two sorted unique hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def candidates(sets: dict[int, np.ndarray], threshold: float) -> set[tuple[int, int]]:
    """Every pair (a, b), a < b, that can reach Jaccard `threshold`, and as few others as the
    prefix and size filters allow (see the module docstring)."""
    # Global order: by how many sets hold the shingle, rarest first (ties by value).
    everything = np.concatenate(list(sets.values()))
    values, counts = np.unique(everything, return_counts=True)
    rank_of_value = np.empty(len(values), dtype=np.int64)
    rank_of_value[np.lexsort((values, counts))] = np.arange(len(values))
    index: defaultdict[int, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    # Smaller sets first: a set then only meets earlier ones of at most its own size, and
    # the size filter |earlier| >= t·|this| holds for every pair that can qualify.
    for number in sorted(sets, key=lambda n: (len(sets[n]), n)):
        shingles_ = sets[number]
        size = len(shingles_)
        # The small epsilon keeps e.g. 0.8 * 5 = 4.000000000000001 from shortening the prefix.
        prefix = size - math.ceil(threshold * size - 1e-9) + 1
        ranks = rank_of_value[np.searchsorted(values, shingles_)]
        smallest = np.partition(ranks, prefix - 1)[:prefix] if prefix < size else ranks
        floor = threshold * size - 1e-9
        for rank in smallest.tolist():
            bucket = index[rank]
            for other in bucket:
                if len(sets[other]) >= floor:
                    pairs.add((min(number, other), max(number, other)))
            bucket.append(number)
    return pairs
