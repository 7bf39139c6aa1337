"""Form letters (enslydende høringssvar): responses whose texts are near-identical apart from
names and small edits.

Each response's text is reduced to what a form letter shares: the signature (from the last
greeting, "Med venlig hilsen" …, on) is cut, the sender's own name is taken out wherever it
stands ("Mit navn er Karen Nielsen"), and so are digits, e-mail addresses and punctuation;
what is left is casefolded words. Its word 5-shingles go into a MinHash (datasketch, 128
permutations) and an LSH index at `THRESHOLD`; every candidate pair LSH proposes is checked
with the exact Jaccard similarity of the two shingle sets, so the result never depends on
MinHash's estimate. Pairs at or above the threshold are joined (union-find), so A~B and B~C
put A, B and C in one group even when A and C differ a little more.

A group's campaign id is its lowest response number. Only readable responses (status "ok")
of at least `MIN_WORDS` words take part: short answers such as "Vi har ingen bemærkninger"
from several parties agree by nature and are no campaign. An exact copy (`duplicate_of`)
belongs to its original's campaign. Nothing is ever dropped; this only labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

THRESHOLD = 0.8
SHINGLE = 5
MIN_WORDS = 30
NUM_PERM = 128

_GREETING = re.compile(
    r"^\s*(?:med\s+)?(?:venlig(?:st|e)?\s+hilse?n?|mvh\.?|de\s+bedste\s+hilsner|bedste\s+hilsner"
    r"|hilsen|kærlig\s+hilsen|best\s+regards|kind\s+regards)\b",
    re.IGNORECASE | re.MULTILINE,
)
_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Letter:
    number: int
    text: str
    sender: str | None = None


def words(text: str, sender: str | None = None) -> list[str]:
    """The words a form letter shares: no signature, no sender name, no digits."""
    greetings = list(_GREETING.finditer(text))
    if greetings and greetings[-1].start() > len(text) * 0.5:
        text = text[: greetings[-1].start()]
    text = _EMAIL.sub(" ", text)
    names = {w.casefold() for w in _WORD.findall(sender or "") if len(w) > 1}
    return [w for w in (m.casefold() for m in _WORD.findall(text)) if w not in names]


def shingles(tokens: list[str], size: int = SHINGLE) -> set[str]:
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def campaigns(letters: list[Letter], threshold: float = THRESHOLD) -> dict[int, int]:
    """{response number: campaign id} for every response in a group of two or more."""
    sets: dict[int, set[str]] = {}
    for letter in letters:
        tokens = words(letter.text, letter.sender)
        if len(tokens) >= MIN_WORDS:
            sets[letter.number] = shingles(tokens)
    if len(sets) < 2:
        return {}
    parent = {n: n for n in sets}

    def find(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in _candidates(sets, threshold):
        if jaccard(sets[a], sets[b]) >= threshold:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for n in sets:
        groups.setdefault(find(n), []).append(n)
    return {n: min(members) for members in groups.values() if len(members) > 1 for n in members}


def _candidates(sets: dict[int, set[str]], threshold: float) -> set[tuple[int, int]]:
    """Pairs whose MinHash signatures LSH puts in a common bucket."""
    if len(sets) <= 40:  # fewer pairs than it takes to hash them: compare all exactly
        numbers = sorted(sets)
        return {(a, b) for i, a in enumerate(numbers) for b in numbers[i + 1 :]}
    from datasketch import MinHash, MinHashLSH

    # LSH finds pairs around its threshold with some misses; a lower LSH threshold
    # trades a few more exact checks for fewer missed pairs.
    lsh = MinHashLSH(threshold=max(0.5, threshold - 0.15), num_perm=NUM_PERM)
    signatures = {}
    for number, items in sets.items():
        signature = MinHash(num_perm=NUM_PERM, seed=1)
        signature.update_batch([s.encode("utf-8") for s in items])
        signatures[number] = signature
        lsh.insert(number, signature)
    pairs = set()
    for number, signature in signatures.items():
        for other in lsh.query(signature):
            if other != number:
                pairs.add((min(number, other), max(number, other)))
    return pairs
