"""What else names an element whose keyword is a compound: its head alone, or its head with
the modifier as a prepositional phrase.

Danish letters name a compound's thing by its head once the context is clear ("bussen" for
"skolebussen", "teamet" for "gadeteamet") and turn a compound's modifier into a
prepositional phrase ("klinikken på skolen" for "skoleklinikken", "rabat til søskende"). So
a codebook keyword "skolebus" also stands for:

* its head alone ("bus"), where the codebook uses the head as a word of the element in its
  own right (the same element's "buskørsel" or "mobilt team" has it), so that a split of
  letters that is no word ("skole" in "musikskole" -> "ole") or a head that the element
  does not mean by itself ("tid" in "åbningstid") is never taken; and only where no other
  element has that head (a keyword or label word that is it or ends in it: "bybus" in the
  evening element's label keeps "bus" from the school-bus element, "centralklinik" keeps
  "klinik" from "skoleklinik");
* the head (or a compound ending in it, "tandklinikken") followed by a preposition and the
  modifier ("klinik på skole"): the modifier tells the elements that share the head apart.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from . import danish
from .matching import compile_keyword, compound_relation

# The prepositions a compound's modifier takes when it is spelt out: "klinikken på skolen",
# "teamet på gaden", "bussen til skolen", "rabat for søskende", "klinikken ved skolen".
PREPOSITIONS = ("på", "ved", "i", "til", "for")

Entry = tuple[str, str, tuple[str, ...]]  # key, label, keywords


def _lemmas_of_keywords(keywords: Sequence[str]) -> list[tuple[str, ...]]:
    return [w.lemmas for k in keywords for w in compile_keyword(k).words]


def _phrase_heads(keywords: Sequence[str]) -> list[tuple[str, ...]]:
    """The lemmas of each keyword's head word: a word's own, a phrase's last word ("mobilt
    team"), or the word before its preposition ("fordeling af tider": a distribution)."""
    out = []
    for keyword in keywords:
        words = compile_keyword(keyword).words
        at = next((i for i, w in enumerate(words) if i and w.form in PREPOSITIONS + ("af", "med", "om")), len(words))
        out.append(words[at - 1].lemmas)
    return out


def _heads(keywords: Sequence[str], label: str) -> list[tuple[str, str, bool]]:
    """(head, modifier, named) of each single-word compound keyword whose head the element's
    other keywords use as a word (alone, or as a compound's first part); named: the label
    names the element by that compound."""
    stops = danish.stop_words()
    in_label = {lemma for t in danish.light_tokens(label) if t.is_word for lemma in (t.lower, *t.lemmas)}
    words = _phrase_heads(keywords)
    anywhere = _lemmas_of_keywords(keywords) + [tuple(in_label)]
    out: list[tuple[str, str, bool]] = []
    for keyword in keywords:
        matcher = compile_keyword(keyword)
        if len(matcher.words) != 1:
            continue
        for lemma in matcher.words[0].lemmas:
            for i in range(3, len(lemma) - 2):
                head = lemma[i:]
                if head in stops or compound_relation(head, lemma) != "compound-end":
                    continue
                attested = any(
                    other != lemma and (other == head or compound_relation(head, other) == "compound-start")
                    for lemmas in words for other in lemmas
                )
                # A head any keyword or the label uses as a word: a split of letters that is
                # no word ("mentorind|sats") never is.
                used = any(other != lemma and (other == head or compound_relation(head, other) == "compound-start")
                           for lemmas in anywhere for other in lemmas)
                if not used:
                    continue
                modifier = lemma[:i]
                if modifier.endswith("s") and len(modifier) > 4:  # linking -s-: "åbnings|tid"
                    modifier = modifier[:-1]
                if all((h, m) != (head, modifier) for h, m, _ in out):
                    # The label names the element by the compound, and not by the head with
                    # another modifier ("Skærmbesøg i stedet for fysiske besøg": the
                    # element sets the compound against the plain head).
                    # So does a label that uses the head alone and not the compound ("… (sygeplejerske
                    # og gadelæge)" beside the keyword "gadesygeplejerske"), where no other keyword
                    # uses it (in "betjent åbningstid" beside "selvbetjent" it is another word's modifier).
                    compound_in_label = bool(in_label & set(matcher.words[0].lemmas))
                    in_keywords = any(other != lemma and (other == head or compound_relation(head, other) == "compound-start")
                                      for lemmas in _lemmas_of_keywords(keywords) for other in lemmas)
                    named = (attested and compound_in_label and head not in in_label) or (
                        not in_keywords and head in in_label and not compound_in_label)
                    out.append((head, modifier, named))
    return out


def _has_head(head: str, words: Sequence[tuple[str, ...]]) -> bool:
    # Any word that ends in the head, short first parts too ("by|bus"): a head another
    # element may mean is better not taken alone.
    return any(w == head or (w.endswith(head) and compound_relation(head, w) != "compound-start")
               for lemmas in words for w in lemmas)


_VOWELS = frozenset("aeiouyæøå")


def verbs_of(keyword: str) -> list[str]:
    """The words a derived keyword is made from, which name the same act or thing: the verb
    of a noun in -ing ("betaling" -> "betale", "afkobling" -> "afkoble", "sammenlægning" ->
    "sammenlægge") or of a present participle ("opsøgende" -> "opsøge"), and the noun of an
    adjective in -et/-ede made from it ("timelønnede" -> "timeløn"). Danish letters name an
    element by the base word as often as by the derivation ("vi skal til at betale 75 kr. i
    timen", "unge på timeløn"). A stem that ends in one consonant after one vowel may double
    it before -e; a form that is no word matches nothing."""
    word = keyword.lower()
    if " " in word or len(word) < 7:
        return []
    if word.endswith("ende"):
        return [word[:-3]]
    for suffix in ("ede", "et"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            return [stem[:-1]]  # "timeløn|n|ede"
    if not word.endswith("ing"):
        return []
    stem = word[:-3]
    if word.endswith("ning") and stem[-2:-1] not in _VOWELS and len(stem) > 4:
        stem = stem[:-1]  # "udbring|ning", "sammenlæg|ning"
    out = [stem + "e"]
    if stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3:-2] not in _VOWELS and not stem.endswith("er"):
        out.append(stem + stem[-1] + "e")
    return out


@functools.lru_cache(maxsize=256)
def derived_keywords(entries: tuple[Entry, ...]) -> dict[str, tuple[tuple[str, bool], ...]]:
    """Per element key, the keywords its compound keywords' heads give: ``(keyword,
    head_first)``, a head alone (False) or a head, preposition and modifier (True)."""
    heads = {key: _heads(keywords, label) for key, label, keywords in entries}
    vocabulary = {
        key: _lemmas_of_keywords(keywords) + [t.lemmas for t in danish.light_tokens(label) if t.is_word]
        for key, label, keywords in entries
    }
    out: dict[str, tuple[tuple[str, bool], ...]] = {}
    for key, _, keywords in entries:
        own = {lemma for k in keywords if len(words := compile_keyword(k).words) == 1 for lemma in words[0].lemmas}
        found: list[tuple[str, bool]] = []
        for head, modifier, named in heads[key]:
            shared = any(other != key and _has_head(head, words) for other, words in vocabulary.items())
            if named and not shared and head not in own and (head, False) not in found:
                found.append((head, False))
            found += [(f"{head} {p} {modifier}", True) for p in PREPOSITIONS if (f"{head} {p} {modifier}", True) not in found]
        for keyword in keywords:
            for verb in verbs_of(keyword):
                # A verb two elements' nouns give names neither.
                if not any(other != key and verb in (v for k in kw for v in verbs_of(k)) for other, _, kw in entries) \
                        and (verb, False) not in found:
                    found.append((verb, False))
        out[key] = tuple(found)
    return out
