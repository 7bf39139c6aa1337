"""A parsed text's tokens as redaction reads them, without a spaCy object per token.

`names.find_names` and `special.special_terms` read each token's text, offset, lower case,
whether it is letters only, whitespace or a sentence start, and each token's sentence.
Walking a spaCy `Doc` makes a new `Token` object for every token on every walk (and
`Doc.text`, `Doc.sents` walk it again): for a consultation of long letters that was most of
what the first note took. `light` reads the same fields from one `Doc.to_array` call into
plain tuples, with spaCy's own definitions: `lower_` is `str.lower()`, `is_alpha`
`str.isalpha()`, `is_space` `str.isspace()`, a sentence starts at the first token and at
every token whose SENT_START is 1 (as `Doc.sents` splits).
"""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Tok(NamedTuple):
    """The fields of a spaCy `Token` redaction reads, under the same names."""

    text: str
    idx: int
    lower_: str
    is_alpha: bool
    is_space: bool
    is_sent_start: bool


def light(doc: Doc, text: str) -> tuple[list[Tok], list[range]]:
    """The tokens of `doc` (made from `text`), and each token's sentence as a range of token
    indexes (as `special._sentences` gives them)."""
    from spacy.attrs import IDX, LENGTH, SENT_START

    if not len(doc):
        return [], []
    # As signed integers: SENT_START is -1 for "not a start", 0 for "not set". Each field is
    # made for all tokens at once by C-level maps (a Python loop per token cost more than
    # the tokenizer did).
    marks = doc.to_array([IDX, LENGTH, SENT_START]).view("int64")
    idxs = marks[:, 0].tolist()
    words = list(map(text.__getitem__, map(slice, idxs, (marks[:, 0] + marks[:, 1]).tolist())))
    sent = marks[:, 2]
    toks: list[Tok] = list(map(tuple.__new__, repeat(Tok), zip(
        words, idxs, map(str.lower, words), map(str.isalpha, words), map(str.isspace, words),
        (sent > 0).tolist(), strict=True)))  # fmt: skip
    starts = [0, *(i for i in (sent == 1).nonzero()[0].tolist() if i)]
    sentences: list[range] = []
    for a, b in zip(starts, [*starts[1:], len(toks)], strict=True):
        bounds = range(a, b)
        sentences.extend([bounds] * (b - a))
    return toks, sentences
