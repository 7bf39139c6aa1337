"""Form letters (enslydende høringssvar): letters one of which is, for the most part, the
other's text: the same letter sent by several people, each perhaps adding or replacing a
paragraph about themselves, and with their own name and address.

Each response's text is reduced to what a form letter shares: the signature (from the last
greeting, "Med venlig hilsen" …, on) is cut, the sender's own name is taken out wherever it
stands ("Mit navn er Karen Nielsen"), the first person is one word in the singular and the
plural ("jeg"/"vi", "min"/"vores"), and digits, e-mail addresses, punctuation and
quotations (text in quotation marks of `QUOTE_WORDS` words or more: two letters that quote
the same lines of the proposal have not copied each other); what is left is casefolded words.

Two responses belong to the same campaign when the smaller one takes at least `THRESHOLD` of
its word 5-shingles (as 64-bit hashes) from the other - containment, not similarity of the
whole texts, because a citizen who adds a paragraph of their own to a form letter makes the
whole texts differ a lot while the form letter is still all there - and they share at least
`MIN_SHARED` shingles; two letters from one sender are versions (`pipeline.links`), never
a campaign. Pairs at or above it are joined (union-find), so A~B and B~C put A, B
and C in one group. Measured on the development consultations: form letters with one
personal paragraph added or replaced, made plural or singular, keep 0.7-1.0 of the smaller
letter; different letters on the same proposal keep under 0.15.

Finding the pairs is exact, not an estimate, and needs no library beyond numpy (datasketch's
MinHash-LSH, used once, could miss pairs and cost more to import than the join): an inverted
index of the shingles two letters or more share gives each letter's overlap with every other
at once (`overlaps`). Text only one letter has costs nothing. Measured on the shared 2-core
machine: 200 letters of about four pages that share many sentences in about 0.4 s (the prefix
filter used before took 2 s: with shared sentences it filtered nothing); this runs after
every collect.

A group's campaign id is its lowest response number. Only readable responses (status "ok")
of at least `MIN_WORDS` words take part: short answers such as "Vi har ingen bemærkninger"
from several parties agree by nature and are no campaign. An exact copy (`duplicate_of`)
belongs to its original's campaign. Nothing is ever dropped; this only labels.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass

import numpy as np

from ..greetings import GREETING

THRESHOLD = 0.6
SHINGLE = 5
MIN_WORDS = 30
MIN_SHARED = 25
QUOTE_WORDS = 6

_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")
# A form letter is made singular or plural by whoever sends it ("Jeg er imod" / "Vi er imod"):
# the first person counts as one word whatever its number.
_PERSON = {"jeg": "vi", "mig": "os", "min": "vores", "mit": "vores", "mine": "vores", "vor": "vores", "vort": "vores"}
_QUOTATION = re.compile(r"[»“”\"„]([^»«“”\"„\n]{20,}?)[«”“\"]")


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
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    text = _QUOTATION.sub(lambda m: " " if len(m.group(1).split()) >= QUOTE_WORDS else m.group(0), text)
    tokens = [_PERSON.get(w, w) for w in _WORD.findall(text.casefold())]
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
    senders = {letter.number: " ".join((letter.sender or "").casefold().split()) for letter in letters}
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

    for (a, b), common in sorted(overlaps(sets, threshold).items()):
        if senders.get(a) and senders.get(a) == senders.get(b):
            continue  # one sender's versions of a letter are revisions, not a campaign
        if common >= MIN_SHARED:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in sets:
        groups.setdefault(find(n), []).append(n)
    return {n: min(members) for members in groups.values() if len(members) > 1 for n in members}


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    return len(np.intersect1d(a, b, assume_unique=True))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """The share of the smaller of two sorted unique hash arrays that the other holds."""
    if not len(a) or not len(b):
        return 0.0
    return _shared(a, b) / min(len(a), len(b))


def candidates(sets: dict[int, np.ndarray], threshold: float) -> set[tuple[int, int]]:
    """Every pair (a, b), a < b, whose smaller set has at least `threshold` of its shingles in
    the other (see the module docstring); exact, and so every pair with Jaccard >= t too."""
    return set(overlaps(sets, threshold))


def overlaps(sets: dict[int, np.ndarray], threshold: float) -> dict[tuple[int, int], int]:
    """{(a, b): shingles in common} for every pair whose containment reaches `threshold`.

    Counted over an inverted index in numpy: the shingles held by two sets or more, each with
    the sets that hold it; for one set at a time, the holders of its shingles are gathered and
    counted per set (`np.bincount`), which gives its overlap with every other set at once.
    Shingles only one letter has cost nothing, so distinct letters are cheap and only text
    letters share is counted."""
    numbers = list(sets)
    if len(numbers) < 2:
        return {}
    sizes = np.array([len(sets[n]) for n in numbers])
    hashes = np.concatenate([sets[n] for n in numbers])
    owners = np.repeat(np.arange(len(numbers)), sizes)
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    values, starts, counts = np.unique(hashes, return_index=True, return_counts=True)
    shared = counts > 1
    found: dict[tuple[int, int], int] = {}
    for i, number in enumerate(numbers):
        ranks = np.searchsorted(values, sets[number])
        ranks = ranks[shared[ranks]]
        if not len(ranks):
            continue
        first, many = starts[ranks], counts[ranks]
        offsets = np.repeat(first - np.concatenate(([0], np.cumsum(many)[:-1])), many)
        common = np.bincount(owners[offsets + np.arange(many.sum())], minlength=len(numbers))
        common[: i + 1] = 0  # each pair once, never a set with itself
        smaller = np.minimum(sizes, sizes[i])
        # The small epsilon keeps e.g. 0.8 * 5 = 4.000000000000001 from missing a pair.
        for j in np.nonzero(common >= threshold * smaller - 1e-9)[0].tolist():
            if common[j]:
                a, b = sorted((number, numbers[j]))
                found[(a, b)] = int(common[j])
    return found
