"""Discover recurring topics outside the codebook: the passages no theme claims, clustered.

Steps, all deterministic (no random state; stable sorts):

1. Passages: the sentences of every paragraph (headings, title lines without a full stop,
   and sentences under `MIN_WORDS` words left out: signatures, salutations, subject lines).
   A sentence with a codebook keyword is claimed by its theme and takes no part: what is
   left is what the codebook does not cover.
2. Words: lemmas of the content words, grouped by noun family ("omplacere" -> omplacering;
   compounds also count their parts, "omplaceringsmuligheder" -> omplacering). Without a
   POS tagger, nouns are guessed from Danish suffixes and the inflections the texts use (a
   participle used for people, "de pårørende", is a noun too); a
   trained da_core_news pipeline, when installed, gives POS tags. Names, stop words, nouns
   of every municipal letter (GENERIC_NOUNS) and everyday verbs, adverbs and dates
   (COMMON_WORDS) are left out, and so is a word more than two thirds of the responses use
   (the consultation's subject) or only one response uses.
   Words about the consultation itself (høring, frist, inddragelse ...: `PROCESS_WORD`) are
   the letter speaking of itself and no feature, except in a sentence with a word of
   criticism (`CRITICISM`): such complaints about the process are one topic of their own.
   A sentence telling how the letter itself was handled (the proposal or consultation and a
   meeting deliberating on it: `_about_itself`) has no features at all.
3. Clustering (scipy, `clustering.py`): the passages as TF-IDF vectors (IDF over the responses plus
   ``background`` texts, e.g. earlier consultations), cosine, average-linkage agglomerative
   clustering cut at `CUT_DISTANCE` (at most `MAX_CLUSTERED` passages pairwise, the others
   join the nearest cluster); a cluster needs two or more responses.
4. Merging and labels: clusters whose class-based TF-IDF vectors (a cluster's words weighed
   against all unclaimed passages, so words every response uses never label a topic) are
   alike are merged; a topic is named by its top c-TF-IDF nouns ("Parkering af indgang")
   with the sentence closest to its centre as representative. A word its passages use
   mostly inside a position cue of the stance reading ("bekymring", "efterretning") names
   no topic, nor does a word that is no noun (a verb form the lemmatiser kept, "giver").
5. Support: sentences cluster by all their words, so one topic raised in many letters is
   split by the words around it. The nouns a cluster's label names (its first
   `CORE_TERMS` keywords, when two of its responses share them) are its thing: clusters
   sharing one are one topic, and so are two clusters each of which names the other's
   core noun among the keywords it would bring into the codebook; a cluster also takes
   every unclaimed passage that uses them and is as close to its centre as the cut allows.
6. Ranking: by the responses that raise the topic in their own words (a form letter's
   copies count once) times the cluster's cohesion. A cluster whose distinctive nouns are
   mostly one codebook element's words (its label and keywords, and the words at home in
   the sentences it claims, learnt from the consultation) is that element discussed
   without its keywords: it ranks after the new topics.

Measured with `hoering eval` (discovery recall: labelled outside topics among the first
five suggestions): the constants below were chosen on the sample and dev001-003 together
(sample 4/4, dev001 3/4, dev002 3/4, dev003 2/3). The core passages of step 5 took the
ten sets, each alone in its archive, from 23 to 25 of 36, none lower.
"""

from __future__ import annotations

import functools
import gc
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
from scipy.sparse import csr_matrix

from ..model import Passage, PassageKind
from . import danish
from .clustering import average_linkage_labels, normalize_rows
from .danish import Token
from .matching import KeywordSet, compound_relation
from .passages import split_passages
from .stance import AGAINST_CUES, HEDGES, NEUTRAL_CUES, PRESERVE_CUES, SUPPORT_CUES
from .tagging import Codebook, compile_codebook
from .themes import THEME_KEYWORDS

NOUN_SUFFIXES = ("ing", "else", "hed", "tion", "sion", "isme", "ist", "ør", "skab", "dom",
                 "ment", "itet", "ance", "ence", "ur", "gang")
# Adjectives and adverbs (-ig, -lig, -isk, -al ...), participles (-ende, -ede), verbs in -å.
NOT_NOUN_SUFFIXES = ("ig", "lig", "isk", "iske", "som", "bar", "igt", "ligt", "bart", "ært",
                     "vis", "ledes", "ende", "ede", "al", "gå", "stå", "nå", "slå", "få")
# A verb and its noun share a stem ("omplacer|e" / "omplacer|ing").
DERIVATIONS = ("else", "ing", "ning", "ering", "hed", "er", "ere", "e", "t", "et", "ede", "te",
               "s", "es", "ion", "tion", "en", "ne")
ACTION_SUFFIXES = ("ing", "else", "tion", "sion")
# Nouns of Danish municipal letters that never name a topic on their own: a built-in
# background for when no earlier consultations are given (``background`` adds to it).
GENERIC_NOUNS = frozenset(
    """
    aftale behov betydning beslutning borger brug del drøftelse dag erfaring fokus forhold
    forslag forvaltning gang grad gruppe høring høringssvar indsats indstilling kommune
    lederside medarbejderside mening mulighed møde måde måned omfang område opgave punkt
    problem sag sammenhæng side situation sted system tid udgangspunkt udvalg uge vurdering
    ændring år
    """.split()
)
# Before a word for people: plural articles, pronouns and quantifiers ("de", "os", "mange").
PLURAL_BEFORE = frozenset("de os vi I jer dem mange flere alle nogle få andre vores jeres deres".lower().split())
NAME_ENTITIES = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE"})  # from trained pipelines


@dataclass
class SuggestedTheme:
    """A recurring topic found outside the codebook."""

    label: str
    keywords: list[str]
    responses: list[int]  # indices into the texts
    passages: list[tuple[int, str]]  # two (response index, sentence), most representative first
    size: int  # passages in the cluster


@dataclass
class _Unit:
    response: int
    paragraph: int
    text: str
    tokens: list[Token]


class _Vocabulary:
    """What the texts say about each lemma: its forms, whether it is a noun, its family."""

    def __init__(self, token_lists: Sequence[Sequence[Token]], copies: Sequence[int] | None = None) -> None:
        """`token_lists`: the distinct sentences, `copies[k]` how often sentence k occurs
        (1 each when not given). Which forms a lemma takes is read from the distinct
        sentences (a form letter's thousand copies say nothing new); the POS tags are
        counted over every copy, as the majority tag is a count."""
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.pos: dict[str, Counter[str]] = defaultdict(Counter)
        # Counted as (lemma, form) pairs in one pass over the words (C-level counting),
        # then per lemma, in the order the pairs were first seen.
        # The case of the text's first letter is read once per distinct spelling.
        words = [tok for toks in token_lists for tok in toks if tok.is_word]
        self.lower_seen: set[str] = set()
        for (lemma, lower, text), n in Counter(map(attrgetter("lemma", "lower", "text"), words)).items():
            self.forms[lemma][lower] += n
            if text[:1].islower():
                self.lower_seen.add(lemma)
        tagged: Counter[tuple[str, str]] = Counter()
        for k, toks in enumerate(token_lists):
            found = [(t.lemma, t.pos) for t in toks if t.is_word and t.pos]
            if found:
                n = copies[k] if copies is not None else 1
                for pair in found:
                    tagged[pair] += n
        for (lemma, pos), n in tagged.items():
            self.pos[lemma][pos] = n
        del words
        stops = danish.stop_words()
        self.lemmas = {
            lemma for lemma in self.forms
            if len(lemma) >= 4 and lemma.isalpha() and lemma not in stops
            and lemma in self.lower_seen
        }
        self.people = self._people(token_lists, stops)
        # A word seen as the first part of a compound whose second part is also a word of
        # the texts is a noun ("pensionist" in "pensionistadresse").
        self.modifiers = {
            lemma[:i] for lemma in self.lemmas for i in range(4, len(lemma) - 3)
            if lemma[:i] in self.lemmas and compound_relation(lemma[:i], lemma)
            and (lemma[i:] in self.lemmas or lemma[i + 1 :] in self.lemmas)
        }
        self.nouns = {lemma for lemma in self.lemmas if self._nounish(lemma)}
        self.family = {lemma: self._family(lemma) for lemma in self.lemmas}
        # Nouns whose verb the texts also use ("omplacering"/"omplacere"): real actions.
        self.actions = {
            family for lemma, family in self.family.items()
            if family != lemma and family.endswith(ACTION_SUFFIXES)
        }
        self._features: dict[str, list[str]] = {}

    def _people(self, token_lists: Sequence[Sequence[Token]], stops: frozenset[str]) -> set[str]:
        """Participles used as nouns for people ("de pårørende", "os pårørende", "mange
        studerende") in two or more sentences: after a plural article, pronoun or quantifier
        and before no other content word (else it qualifies that word: "de kommende år")."""
        seen: Counter[str] = Counter()
        for toks in token_lists:
            found = set()
            for k in range(1, len(toks)):
                tok = toks[k]
                if not tok.lower.endswith("ende") or toks[k - 1].lower not in PLURAL_BEFORE:
                    continue
                after = toks[k + 1] if k + 1 < len(toks) else None
                if after is None or not after.is_word or after.lower in stops:
                    found.add(tok.lemma)
            seen.update(found)
        return {lemma for lemma, n in seen.items() if n >= 2}

    def _nounish(self, lemma: str) -> bool:
        if self.pos:  # a trained pipeline tagged the texts
            tags = self.pos.get(lemma)
            return bool(tags) and tags.most_common(1)[0][0] in {"NOUN", "PROPN"}
        if lemma.endswith(NOUN_SUFFIXES):
            return True
        forms = self.forms[lemma]
        if lemma.endswith("e"):
            inflected = any(lemma + s in forms for s in ("n", "ne", "rne", "ns"))
        else:
            stems = (lemma, lemma + lemma[-1])  # "tilbud" -> "tilbuddene"
            endings = ("en", "et", "er", "erne", "ene", "ens", "ets")
            inflected = any(st + s in forms for st in stems for s in endings)
        if inflected:
            return True
        if lemma in self.people:
            return True
        if lemma.endswith(NOT_NOUN_SUFFIXES):
            return False
        if lemma.endswith("e"):
            verb_forms = (lemma + "r", lemma + "s", lemma + "t", lemma[:-1] + "ede",
                          lemma[:-1] + "te")
            if any(f in forms for f in verb_forms):
                return False
            return len(lemma) >= 10 or lemma in self.modifiers
        return lemma in self.modifiers or (len(lemma) >= 9 and not lemma.endswith("t"))

    def _family(self, lemma: str) -> str:
        """The shortest noun of the lemma's derivational family, else the lemma."""
        members = {lemma}
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for suffix in DERIVATIONS:
            if stem + suffix in self.lemmas:
                members.add(stem + suffix)
            if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
                base = lemma[: -len(suffix)]
                members.update(m for m in (base, base + "e") if m in self.lemmas)
        nouns = [m for m in members if m in self.nouns]
        return min(nouns, key=lambda m: (len(m), m)) if nouns else lemma

    def features(self, lemma: str) -> list[str]:
        """Keyword features of one lemma: its noun family and the nouns it compounds."""
        cached = self._features.get(lemma)
        if cached is not None:
            return cached
        out: list[str] = []
        if lemma in self.lemmas and lemma not in GENERIC_NOUNS:
            if self.family[lemma] in self.nouns and self.family[lemma] not in GENERIC_NOUNS:
                out.append(self.family[lemma])
            for i in range(4, len(lemma) - 3):
                for part in (lemma[:i], lemma[i:]):
                    if len(part) >= 5 and part in self.nouns and compound_relation(part, lemma):
                        family = self.family[part]
                        if family not in out and family not in GENERIC_NOUNS:
                            out.append(family)
        self._features[lemma] = out
        return out

    def display(self, lemma: str, *, plural: bool = False) -> str:
        """The lemma, or its indefinite plural when the texts use it ("medarbejdere")."""
        if plural:
            forms = self.forms.get(lemma, Counter())
            for candidate in (lemma + "e", lemma + "er", lemma + "r"):
                if candidate in forms:
                    return candidate
        return lemma


Analysed = tuple[Sequence[Passage], Sequence[Sequence[Token]]]  # a response's passages and their tokens


def analyse(texts: Sequence[str]) -> list[Analysed]:
    """Passages and tokens of texts, as collect stores them (`hoering.tokenised` reads them back)."""
    passages = [split_passages(text) for text in texts]
    flat = danish.tokens_many(p.text for ps in passages for p in ps)
    out, pos = [], 0
    for ps in passages:
        out.append((ps, flat[pos : pos + len(ps)]))
        pos += len(ps)
    return out


def _units(analysed: Sequence[Analysed]) -> list[_Unit]:
    out = []
    n = 0
    for i, (passages, toks) in enumerate(analysed):
        for passage, ptoks in zip(passages, toks, strict=True):
            if passage.kind != PassageKind.PARAGRAPH:
                continue
            for sentence in danish.sentence_tokens(ptoks):
                out.append(_Unit(i, n, passage.text[sentence[0].start : sentence[-1].end], sentence))
            n += 1
    return out


# Everyday Danish verbs, adverbs and dates, which a topic is never about (the stop list has
# the function words); nouns, adjectives and the other verbs all help to cluster.
COMMON_WORDS = frozenset(
    """
    tage give gøre komme sige mene synes finde kende bruge holde sætte lægge stå ligge vise
    ofte gerne både altid aldrig allerede stadig måske derfor heller egentlig virkelig faktisk
    bemærkning kommentar anledning høringsmateriale ekstraordinær
    januar februar marts april maj juni juli august september oktober november december
    mandag tirsdag onsdag torsdag fredag lørdag søndag
    """.split()
)
MIN_WORDS = 6  # shorter sentences are signatures, salutations and headings, not topics

# Words about the consultation itself: the hearing, its deadline and period, who was
# involved and told, the material decided on. In a letter they are mostly about the letter
# ("Bestyrelsen har drøftet høringsmaterialet"), which is no topic; with a word of
# criticism in the same sentence they are a complaint about the process ("høringsfristen
# er for kort", "vi er ikke blevet inddraget"), a topic of nearly every consultation that
# the proposal's codebook never has. Such sentences form one topic of their own.
PROCESS_WORD = re.compile(
    r"^(?:høring\w*|\w*frist(?:en)?|proces(?:sen)?|inddrage\w*|borgermøde\w*|dialogmøde\w*"
    r"|orienter\w*|beslutningsgrundlag\w*|\w+ferie(?:n)?|høringsperiode\w*)$"
)
CRITICISM = re.compile(
    r"\b(?:ikke|aldrig|for\s+(?:kort|sent|lidt|hurtigt)|først|sent|knap|undre\w*|skuffe\w*|kriti\w*"
    r"|mangl\w*|dårlig\w*|svært|uheldig\w*|beklage\w*|utilfreds\w*|kritisabel\w*)\b",
    re.IGNORECASE,
)
PROCESS_FEATURE = "høringsproces"
# How the writer stands on what is proposed ("vi protesterer mod", "er bekymrede for", "kan
# ikke anbefale", "tager til efterretning", "har forståelse for"): the cues the stance reading
# uses. A position is taken on a topic and is never its name, so a word used mostly inside
# such cues does not label a topic ("Bekymring af …", "… og efterretning").
# "til efterretning" is a noted position however far its verb stands ("tager forslaget om at
# lukke de tre klinikker til efterretning").
POSITION = re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in (*SUPPORT_CUES, *AGAINST_CUES, *PRESERVE_CUES,
                                                                   *NEUTRAL_CUES, HEDGES.pattern,
                                                                   "til efterretning")) + r")\b",
                      re.IGNORECASE)
MERGE_SIMILARITY = 0.35  # label vectors (c-TF-IDF) this alike are one topic
CUT_DISTANCE = 0.9  # average-linkage cosine distance at which passage clusters stop joining
MAX_CLUSTERED = 2000  # passages clustered pairwise; more join the clusters of these


def suggest_themes(
    texts: list[str] | None,
    codebook: Codebook,
    *,
    background: Sequence[str] = (),
    subject: str = "",
    max_themes: int = 10,
    max_keywords: int = 24,
    analysed: Sequence[Analysed] | None = None,
    background_tokens: Sequence[Sequence[Token]] | None = None,
) -> list[SuggestedTheme]:
    """Recurring topics in ``texts`` that the codebook does not cover, most widely raised first.
    ``subject`` (the consultation's title) names what every response is about: its words
    are no topic's.

    The passages (sentences) no codebook theme claims are clustered by their noun families
    (TF-IDF, cosine, average linkage cut at `CUT_DISTANCE`); clusters are ranked by the
    number of distinct responses that raise them, labelled by class-based TF-IDF (a
    cluster's words weighed against the whole consultation, so words every response uses
    never label a topic) with the sentence closest to the centre as representative, and
    clusters whose labels are alike are merged. Deterministic: no random state.
    """
    if analysed is None:
        analysed = analyse(texts or [])
    if background_tokens is None:
        background_tokens = [[t for ptoks in toks for t in ptoks] for _, toks in analyse(background)] \
            if background else []
    # Millions of token objects are alive and none of what is made here forms a cycle: the
    # cyclic collector, run every few hundred allocations, would walk them all again and
    # again (about a quarter of the time at 1,000 responses).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _suggest(analysed, codebook, background_tokens, subject, max_themes, max_keywords)
    finally:
        if enabled:
            gc.enable()


def _suggest(analysed: Sequence[Analysed], codebook: Codebook, background_tokens: Sequence[Sequence[Token]],
             subject: str, max_themes: int, max_keywords: int) -> list[SuggestedTheme]:
    n_texts = len(analysed)
    units = _units(analysed)
    # A sentence read the same way again (a form letter's copies, a standard phrase) gives
    # the same features: each distinct reading is worked out once. The text fixes the
    # tokens; their readings (lemmas, entities) may depend on the context, so they are
    # part of the key.
    readings = attrgetter("lemmas", "ent_type")
    first: dict[tuple, int] = {}  # a reading -> its number among the distinct ones
    reading_of: list[int] = []
    distinct: list[_Unit] = []
    copies: list[int] = []
    for unit in units:
        key = (unit.text, tuple(map(readings, unit.tokens)))
        k = first.get(key)
        if k is None:
            k = first[key] = len(distinct)
            distinct.append(unit)
            copies.append(0)
        copies[k] += 1
        reading_of.append(k)
    del first
    vocab = _Vocabulary([u.tokens for u in distinct], copies)
    themes = compile_codebook(codebook)
    back_tokens = background_tokens
    docs: list[list[str]] = []
    context: list[list[str]] = []
    claimed: list[bool] = []
    process: list[bool] = []  # a complaint about the consultation process
    stops = danish.stop_words()
    subject_tokens = danish.light_tokens(subject)
    subject_words = {vocab.family.get(t.lemma, t.lemma) for t in subject_tokens if t.is_word} | {
        t.lemma for t in subject_tokens if t.is_word}
    # Every codebook keyword over every sentence in one pass (the matches and their order
    # of `matcher.find` per matcher, which took minutes at 1,000 responses).
    keywords_of_codebook = KeywordSet([matcher for theme in themes for matcher in theme.matchers])
    # A token's features depend only on these of its fields, and a consultation's two
    # million tokens have some tens of thousands of distinct ones: each is worked out once.
    token_features: dict[tuple[str, str, bool], list[str]] = {}

    def features_of(tok: Token) -> list[str]:
        key = (tok.text, tok.lemma, tok.is_word)
        found = token_features.get(key)
        if found is None:
            found = []
            if not (tok.text[:1].isupper() and tok.lemma not in vocab.lower_seen):
                found = vocab.features(tok.lemma)
                if not found and tok.is_word and tok.lemma.isalpha() and len(tok.lemma) >= 3 \
                        and tok.lower not in stops and tok.lemma not in stops \
                        and tok.lemma not in GENERIC_NOUNS and tok.lemma not in COMMON_WORDS:
                    found = [vocab.family.get(tok.lemma, tok.lemma)]
                found = [f for f in found if f not in subject_words and f not in COMMON_WORDS]
            token_features[key] = found
        return found

    known = token_features.get
    is_process = _Memo(lambda word: bool(PROCESS_WORD.match(word)))

    def _read_unit(unit: _Unit) -> tuple[list[str], bool, list[str], bool]:
        explained: dict[int, str] = {}
        for m in keywords_of_codebook.matches(unit.tokens):
            explained.update((n, m.keyword) for n in range(m.start, m.end))
        feats: list[str] = []
        words = 0
        process_words = []
        for n, tok in enumerate(unit.tokens):
            if not tok.is_word:  # punctuation and numbers: no word, no feature
                continue
            words += 1
            if is_process[tok.lemma]:
                process_words.append(tok.lemma)
            if n in explained or tok.ent_type in NAME_ENTITIES:
                continue
            found = known((tok.text, tok.lemma, tok.is_word))
            feats.extend(features_of(tok) if found is None else found)
        title = words < 12 and not unit.text.rstrip().endswith((".", "!", "?"))
        complaint = bool(process_words) and not title and words >= MIN_WORDS and bool(CRITICISM.search(unit.text))
        if complaint:
            feats = [PROCESS_FEATURE, PROCESS_FEATURE, *process_words, *feats]
        else:  # the letter speaking of itself: not what a topic is about
            feats = [f for f in feats if not is_process[f]]
            if _about_itself(unit.tokens):
                feats = []
        return ([f for f in feats if not _generic(f)], complaint, list(dict.fromkeys(explained.values())),
                not complaint and (bool(explained) or words < MIN_WORDS or title))

    read = [_read_unit(unit) for unit in distinct]
    for k in reading_of:
        done = read[k]
        docs.append(done[0])
        process.append(done[1])
        context.append(done[2])
        claimed.append(done[3])

    # Document frequency over the responses (and the background): a word most responses
    # use is the consultation's subject, and never a feature.
    responses_of: dict[str, set[int]] = defaultdict(set)
    pairs = {(unit.response, id(feats)): feats for unit, feats in zip(units, docs, strict=True)}
    for (response, _), feats in pairs.items():  # a sentence a response repeats, once
        for f in feats:
            responses_of[f].add(response)
    df = {f: len(r) for f, r in responses_of.items()}
    for toks in back_tokens:
        for f in {vocab.family.get(t.lemma, t.lemma) for t in toks} & df.keys():
            df[f] += 1
    n_docs = n_texts + len(back_tokens)
    most = max(2, n_texts * 2 // 3)
    vocabulary = sorted(f for f, r in responses_of.items() if 2 <= len(r) <= most)
    column = {f: j for j, f in enumerate(vocabulary)}
    idf = np.array([math.log((1 + n_docs) / (1 + df[f])) + 1 for f in vocabulary])
    sufficient: dict[int, bool] = {}  # per distinct sentence (its features list, kept alive in docs)

    def enough(feats: list[str]) -> bool:
        found = sufficient.get(id(feats))
        if found is None:
            found = sufficient[id(feats)] = sum(f in column for f in feats) >= 2
        return found

    free = [i for i, feats in enumerate(docs) if process[i] or (not claimed[i] and enough(feats))]
    if len(free) < 3 or not vocabulary:
        return []
    rows, cols, vals = [], [], []
    # Passages with one features list (a sentence read once for all its copies) have one
    # row of counts and one shape: a topic's near copies are compared once per shape.
    shape_of: dict[int, int] = {}
    shape: list[int] = []
    row_of: dict[int, list[tuple[int, float]]] = {}
    for r, i in enumerate(free):
        key = id(docs[i])
        counted = row_of.get(key)
        if counted is None:
            counted = row_of[key] = [(column[f], float(c)) for f, c in Counter(f for f in docs[i] if f in column).items()]
            shape_of[key] = len(shape_of)
        shape.append(shape_of[key])
        for j, c in counted:
            rows.append(r)
            cols.append(j)
            vals.append(c)
    counts = csr_matrix((vals, (rows, cols)), shape=(len(free), len(vocabulary)))
    vectors = normalize_rows(csr_matrix(counts.multiply(idf)))
    complaints = [r for r, i in enumerate(free) if process[i]]
    others = [r for r, i in enumerate(free) if not process[i]]
    clusters: dict[int, list[int]] = defaultdict(list)
    if len(others) >= 2:
        # Average linkage needs every pair's distance (n² memory and more time): beyond
        # MAX_CLUSTERED passages an even spread of them is clustered (every k-th, in order)
        # and each other passage joins the cluster whose centre it is closest to, when as
        # close as the cut allows.
        stride = -(-len(others) // MAX_CLUSTERED)
        sample = others[::stride]
        v = vectors[sample]
        distance = np.clip(1.0 - (v @ v.T).toarray(), 0.0, None)
        np.fill_diagonal(distance, 0.0)
        labels = average_linkage_labels(distance, CUT_DISTANCE)
        for r, c in zip(sample, labels, strict=True):
            clusters[c].append(r)
        clustered = set(sample)
        rest = [r for r in others if r not in clustered]
        if rest:
            keys = sorted(clusters)
            centres = normalize_rows(csr_matrix(np.vstack([np.asarray(vectors[clusters[k]].mean(axis=0)) for k in keys])))
            sims = (vectors[rest] @ centres.T).toarray()
            best = sims.argmax(axis=1)
            for r, j, sim in zip(rest, best.tolist(), sims.max(axis=1).tolist(), strict=True):
                if sim >= 1.0 - CUT_DISTANCE:
                    clusters[keys[j]].append(r)
            for k in keys:
                clusters[k].sort()
    groups = [members for _, members in sorted(clusters.items())
              if len({units[free[r]].response for r in members}) >= 2]
    class_tfidf = _ClassTfidf(counts)
    groups = _merge_alike(groups, class_tfidf)
    if len({units[free[r]].response for r in complaints}) >= 2:
        groups.append(complaints)
    element_words = _element_vocabularies(themes, units, docs, context, claimed, vocab)
    row_feats = [set(docs[i]) for i in free]
    rows_with: dict[str, list[int]] = defaultdict(list)  # a feature -> the unclaimed rows using it
    for r in others:
        for f in row_feats[r]:
            rows_with[f].append(r)

    def keywords_of(weights: np.ndarray) -> list[str]:
        top = [vocabulary[j] for j in np.argsort(-weights, kind="stable")[:max_keywords] if weights[j] > 0]
        # Named by its nouns first: a topic is a thing ("parkering"), not "tager" or "hurtigt".
        top = [k for k in top if k in vocab.nouns] + [k for k in top if k not in vocab.nouns]
        return [k for k in top if len(responses_of[k]) >= 2][:8]

    cores = {id(members): _core_nouns(members, keywords_of(class_tfidf(members)), vocab.nouns, free, units, row_feats)
             for members in groups if members is not complaints}
    said = {id(members): set(keywords_of(class_tfidf(members))[:THEME_KEYWORDS])
            for members in groups if members is not complaints}
    groups = _merge_named_alike(groups, cores, said)
    found = []
    talk = []  # clusters that are a codebook element's talk without its keywords
    ordered: dict[int, tuple[list[int], list[str]]] = {}  # a theme's passages, nearest first; its context
    for members in groups:
        weights = class_tfidf(members)
        keywords = keywords_of(weights)
        if not keywords:
            continue
        if members is not complaints:
            core = _core_nouns(members, keywords, vocab.nouns, free, units, row_feats)
            members = _with_core_passages(members, core, rows_with, vectors)
        sub = vectors[members]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        sims = np.asarray(sub @ centroid).ravel()
        order = [free[members[j]] for j in sorted(range(len(members)), key=lambda j: (-sims[j], j))]
        responses = sorted({units[i].response for i in order})
        shown = Counter(w for i in order for w in context[i])
        extra = [w for w, n in shown.most_common(1) if n >= max(2, len(order) / 3)]
        # Ranked by the responses that raise it in their own words (a form letter's copies
        # count once), times how closely its passages keep to the topic: a loose cluster of
        # everyday words raised everywhere ranks low.
        cohesion = float(np.mean(sims)) / (float(np.linalg.norm(centroid)) or 1.0)
        if members is complaints:  # one topic by the rule of reading, not by shared words
            cohesion = 1.0
        theme = SuggestedTheme(_label(keywords, extra, vocab), keywords, responses,
                               _representatives(order, units), len(order))
        ordered[id(theme)] = (order, extra)
        is_talk = members is not complaints and _element_talk(weights, vocabulary, element_words, vocab.nouns)
        (talk if is_talk else found).append((members, cohesion, theme))
    own = functools.partial(_own_words, free=free, units=units, vectors=vectors, shape=shape)
    new = _top(found, max_themes, own)
    chosen = new + _top(talk, max_themes - len(new), own) if len(new) < max_themes else new
    for theme in chosen:
        # Named by its content words: the nouns that are no position taken ("bekymring",
        # "efterretning"); a verb form the lemmatiser left as its own lemma ("giver",
        # "kender") is no noun and names nothing. Read for the topics shown only.
        order, extra = ordered[id(theme)]
        stance_words = _stance_words(order[:STANCE_SAMPLE], units, features_of)
        named = [k for k in theme.keywords if k in vocab.nouns and k not in stance_words] \
            or [k for k in theme.keywords if k not in stance_words] or theme.keywords
        theme.label = _label(named, extra, vocab)
        # Nor are they keywords: accepted, the topic would claim every sentence of worry.
        theme.keywords = [k for k in theme.keywords if k not in stance_words] or theme.keywords
    return chosen


STANCE_SAMPLE = 100  # a topic's passages nearest its centre read for the stance words in them


def _stance_words(order: Sequence[int], units: Sequence[_Unit], features_of) -> set[str]:
    """The features that the passages use mostly inside a position cue (each distinct
    sentence once)."""
    uses: Counter[str] = Counter()
    in_cues: Counter[str] = Counter()
    for text, toks in dict((units[i].text, units[i].tokens) for i in order).items():
        cues = [(m.start(), m.end()) for m in POSITION.finditer(text)]
        at = toks[0].start if toks else 0
        for tok in toks:
            if not tok.is_word:
                continue
            found = features_of(tok)
            uses.update(found)
            if cues and any(a <= tok.start - at < b for a, b in cues):
                in_cues.update(found)
    return {f for f, n in in_cues.items() if 2 * n > uses[f]}


CORE_TERMS = 2  # a topic's label names its first two keywords: the nouns that make it the topic


def _core_nouns(members: Sequence[int], keywords: Sequence[str], nouns: set[str], free: Sequence[int],
                units: Sequence[_Unit], row_feats: Sequence[set[str]]) -> list[str]:
    """The nouns a cluster's label names (its first `CORE_TERMS` keywords) that two or more
    of its responses use: the thing the topic is about."""
    inside: dict[str, set[int]] = defaultdict(set)
    for r in members:
        for f in row_feats[r]:
            inside[f].add(units[free[r]].response)
    return [k for k in keywords[:CORE_TERMS] if k in nouns and len(inside[k]) >= 2]


def _merge_named_alike(groups: list[list[int]], cores: dict[int, list[str]],
                       said: dict[int, set[str]]) -> list[list[int]]:
    """Clusters about the same thing as one, in order: sharing a core noun (each takes in
    the passages of that noun anyway, `_with_core_passages`, and two suggestions named by
    the same noun are one topic offered twice), or each naming the other's thing among the
    keywords it would bring into the codebook (`said`): "Pårørende" with "ægtefælle" among
    its words and "Ægtefæller og priser" with "pårørende" among its are one topic split by
    the words around it, and accepting either would claim the other's passages."""
    merged: list[list[int]] = []
    named: list[set[str]] = []
    words: list[set[str]] = []
    for members in groups:
        core = set(cores.get(id(members), ()))
        mine = said.get(id(members), set())
        for k, other in enumerate(named):
            if core & other or (core & words[k] and other & mine):
                merged[k] = sorted(merged[k] + members)
                other |= core
                words[k] |= mine
                break
        else:
            # Kept as the same object: the complaints cluster is known by its identity.
            merged.append(members)
            named.append(core)
            words.append(set(mine))
    return merged


def _with_core_passages(members: list[int], core: Sequence[str], rows_with: dict[str, list[int]],
                        vectors) -> list[int]:
    """A cluster with every other unclaimed passage that uses one of its core nouns and is as
    close to the cluster's centre as the clustering cut allows.

    Sentences are clustered by all their words, so one topic raised in many letters is
    split over several clusters by the words around it ("the plough leaves a wall of snow
    at my gate", "a ridge of snow along the kerb"), and each part looks as small as a loose
    cluster of everyday words. A topic is a thing: the nouns its label names, when two or
    more of its responses use them, are what it is about, and every response that uses them
    in a passage no element claims (on the topic, not merely naming the word) raises it."""
    extra = sorted(set().union(*(rows_with.get(k, ()) for k in core)) - set(members))
    if not extra:
        return members
    centre = np.asarray(vectors[members].mean(axis=0)).ravel()
    centre = centre / (np.linalg.norm(centre) or 1.0)
    sims = np.asarray(vectors[extra] @ centre).ravel()
    return sorted(members + [r for r, sim in zip(extra, sims.tolist(), strict=True) if sim >= 1.0 - CUT_DISTANCE])


def _top(found: Sequence[tuple[list[int], float, SuggestedTheme]], n: int, own_words) -> list[SuggestedTheme]:
    """The `n` topics of highest rank (own-word responses times cohesion; ties by label).

    Counting a topic's responses in their own words compares its passages pairwise, the
    costliest step at a thousand responses, so topics are visited from the highest possible
    rank down (all their responses counted) and the visit stops when no topic left can reach
    the n-th rank found: the same `n`, in the same order, as ranking every topic."""
    order = sorted(range(len(found)), key=lambda k: (-len(found[k][2].responses) * found[k][1], found[k][2].label, k))
    ranked: list[tuple[float, str, int]] = []  # (-rank, label, position): ties keep their order
    for k in order:
        members, cohesion, theme = found[k]
        if len(ranked) >= n and len(theme.responses) * cohesion < -ranked[n - 1][0]:
            break
        ranked.append((-own_words(members) * cohesion, theme.label, k))
        ranked.sort()
    return [found[k][2] for _, _, k in ranked[:n]]


class _Memo(dict):
    """A one-argument function's results, each computed once."""

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key):
        value = self[key] = self.function(key)
        return value


COPY_SIMILARITY = 0.9  # passages this alike are one text copied (a campaign's form letter)


def _own_words(members: Sequence[int], free: Sequence[int], units: Sequence[_Unit], vectors,
               shape: Sequence[int]) -> int:
    """Responses that raise a topic, a response counted only when one of its passages is not
    a near copy of a passage of a response counted before it."""
    responses: set[int] = set()
    by_response: dict[int, list[int]] = defaultdict(list)
    # Passages of one shape (identical rows) are compared once: a form letter's thousand
    # copies are one row of the comparison, not a thousand.
    unique: dict[int, int] = {}
    kept: list[int] = []
    for r in members:
        k = unique.get(shape[r])
        if k is None:
            k = unique[shape[r]] = len(kept)
            kept.append(r)
        by_response[units[free[r]].response].append(k)
    # The cluster's passages once, and each response's similarities to all of them in one
    # product (slicing the growing set of counted rows per response was quadratic in
    # scipy calls: half of `--suggest` at 1,000 responses).
    sub = vectors[kept]
    gram = (sub @ sub.T).toarray() if len(kept) <= GRAM_MAX else None
    subt = sub.T.tocsr() if gram is None else None
    if gram is not None:
        # Each shape's highest similarity to a shape of a counted response, kept up to date
        # as responses are counted (the same values as the rows' maxima over counted columns).
        best = np.full(len(kept), -np.inf)
        for response in sorted(by_response):
            rows = by_response[response]
            if responses and (best[rows] >= COPY_SIMILARITY).all():
                continue
            responses.add(response)
            best = np.maximum(best, gram[:, rows].max(axis=1))
        return len(responses)
    counted = np.zeros(len(kept), dtype=bool)  # shapes of passages of counted responses
    for response in sorted(by_response):
        rows = by_response[response]
        if counted.any():
            sims = (sub[rows] @ subt).toarray()
            if (sims[:, counted].max(axis=1) >= COPY_SIMILARITY).all():
                continue
        responses.add(response)
        counted[rows] = True
    return len(responses)


GRAM_MAX = 3000  # a cluster's passages compared all at once up to this many (72 MB)


class _ClassTfidf:
    """Class-based TF-IDF of clusters: a cluster's word frequencies, weighed by how rare each
    word is in the whole consultation's unclaimed passages (BERTopic's c-TF-IDF). The whole
    consultation's sums are taken once, not once per cluster."""

    def __init__(self, counts) -> None:
        self.counts = counts
        self.total = np.asarray(counts.sum(axis=0)).ravel()
        self.average = counts.sum() / max(1, counts.shape[0])

    def __call__(self, members: Sequence[int]) -> np.ndarray:
        mine = np.asarray(self.counts[members].sum(axis=0)).ravel()
        tf = mine / max(1.0, mine.sum())
        return tf * np.log(1 + self.average / np.maximum(self.total, 1e-9) * len(members))


def _merge_alike(groups: list[list[int]], class_tfidf: _ClassTfidf) -> list[list[int]]:
    """Clusters whose c-TF-IDF vectors are alike (cosine ≥ MERGE_SIMILARITY) as one, in order."""
    merged: list[list[int]] = []
    vectors: list[np.ndarray] = []
    for members in groups:
        v = class_tfidf(members)
        v = v / (np.linalg.norm(v) or 1.0)
        for k, other in enumerate(vectors):
            if float(v @ other) >= MERGE_SIMILARITY:
                merged[k] = sorted(merged[k] + members)
                w = class_tfidf(merged[k])
                vectors[k] = w / (np.linalg.norm(w) or 1.0)
                break
        else:
            merged.append(list(members))
            vectors.append(v)
    return merged


def _representatives(ordered: Sequence[int], units: Sequence[_Unit]) -> list[tuple[int, str]]:
    """The two passages closest to the centroid, from two responses when possible."""
    first = units[ordered[0]]
    rest = [units[i] for i in ordered[1:]]
    other = next((u for u in rest if u.response != first.response), rest[0] if rest else None)
    return [(first.response, first.text)] + ([(other.response, other.text)] if other else [])


def _label(keywords: Sequence[str], context: Sequence[str], vocab: _Vocabulary) -> str:
    """A Danish label from a topic's keywords ("Omplacering af medarbejdere").

    An action noun whose verb the texts also use ("omplacering", "omplacere") and a thing
    make "<action> af <things>"; otherwise "<word> og <word>". A one-keyword topic is paired with the codebook word its passages
    use most ("Pensionister og snerydning"), which places it next to the proposal.
    """
    top: list[str] = []
    for word in keywords:
        if not any(word.startswith(t) or t.startswith(word) for t in top):
            top.append(word)
    context = [w for w in context if not compound_relation(top[0], w.split()[-1])]
    if len(top) == 1 and context:
        return f"{vocab.display(top[0], plural=True).capitalize()} og {context[0]}"
    if len(top) == 1:
        return vocab.display(top[0], plural=True).capitalize()
    actions = [w for w in top[:3] if w in vocab.actions]
    things = [w for w in top[:3] if not w.endswith(ACTION_SUFFIXES)]
    if actions and things:
        return f"{actions[0].capitalize()} af {vocab.display(things[0], plural=True)}"
    first, second = (vocab.display(w, plural=not w.endswith(ACTION_SUFFIXES)) for w in top[:2])
    return f"{first.capitalize()} og {second}"


LETTER_WORDS = frozenset("bestyrelse medlem følgende".split())  # who writes, and "the following"


@functools.lru_cache(maxsize=65_536)
def _generic(feature: str) -> bool:
    """A noun every municipal letter uses, or a compound whose head names the body that
    writes ("forældrebestyrelse", a kind of bestyrelse): no topic's name."""
    if feature in GENERIC_NOUNS or feature in LETTER_WORDS:
        return False if feature == PROCESS_FEATURE else True
    return any(compound_relation(g, feature) == "compound-end" for g in LETTER_WORDS)


# The letter speaking of its own handling: the consultation or the proposal (or the
# letter's own reply) together with a word for meeting and deliberating on it
# ("Skolebestyrelsen har på sit møde den 3. maj drøftet forslaget", "Rådet har behandlet
# høringen og har ingen bemærkninger"). Such a sentence says who read the proposal and when,
# never what a topic is about; a complaint about the process is read before this.
ITSELF_SUBJECT = re.compile(r"^(?:høring\w*|\w*forslag(?:et|ene)?|høringsmateriale\w*|sag(?:en)?|oplæg(?:get)?)$")
# Forms, not lemmas: "behandlingen" (a treatment) and "møder op" (turns up) are no meeting.
ITSELF_HANDLING = re.compile(
    r"^(?:drøft(?:e|er|et|ede|else|elsen)|behandl(?:et|ede)|gennemgået|gennemgik|forelagt|\w*møde(?:t)?)$")


def _about_itself(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.is_word]
    return any(ITSELF_SUBJECT.match(t.lemma) or ITSELF_SUBJECT.match(t.lower) for t in words) \
        and any(ITSELF_HANDLING.match(t.lower) for t in words)


def _element_vocabularies(themes, units: Sequence[_Unit], docs: Sequence[list[str]],
                          context: Sequence[list[str]], claimed: Sequence[bool],
                          vocab: _Vocabulary) -> list[set[str]]:
    """Each codebook element's own words, learnt from this consultation: the words of its
    label and keywords, and the words at home in the sentences it claims (used there by at
    least two responses, and by at least as many there as in the sentences no element
    claims). A response may discuss an element without its keywords ("ryddes først ved 10
    centimeter", "ordningen"): the words are still the element's."""
    theme_of: dict[str, list[int]] = defaultdict(list)
    for k, theme in enumerate(themes):
        for keyword in dict.fromkeys(m.keyword for m in theme.matchers):
            theme_of[keyword].append(k)
    inside: list[dict[str, set[int]]] = [defaultdict(set) for _ in themes]
    outside: dict[str, set[int]] = defaultdict(set)
    for unit, feats, keywords, taken in zip(units, docs, context, claimed, strict=True):
        owners = {k for keyword in keywords for k in theme_of.get(keyword, ())}
        for f in feats:
            if owners:
                for k in owners:
                    inside[k][f].add(unit.response)
            elif not taken:
                outside[f].add(unit.response)
    out = []
    for k, theme in enumerate(themes):
        words = {f for f, rs in inside[k].items() if len(rs) >= 2 and len(rs) >= len(outside.get(f, ()))}
        for text in (theme.label, *(m.keyword for m in theme.matchers)):
            for tok in danish.light_tokens(text):
                if tok.is_word:
                    words.update(vocab.features(tok.lemma))
                    words.add(vocab.family.get(tok.lemma, tok.lemma))
        out.append(words)
    return out


TALK_TERMS = 8  # a cluster's distinctive terms looked at, as many as name a topic


def _element_talk(weights: np.ndarray, vocabulary: Sequence[str], element_words: Sequence[set[str]],
                  nouns: set[str]) -> bool:
    """Whether a cluster's distinctive terms (its top c-TF-IDF weight) are mostly one
    element's words: that element discussed without its keywords, not a new topic. A topic
    is a thing, so its nouns weigh (the verbs and adjectives when it has none): "ordningen
    koster kommunen meget lidt" is about the scheme, whatever it costs."""
    top = [j for j in np.argsort(-weights, kind="stable")[:TALK_TERMS] if weights[j] > 0]
    top = [j for j in top if vocabulary[j] in nouns] or top
    total = float(sum(weights[j] for j in top))
    if not total:
        return False
    return any(sum(weights[j] for j in top if vocabulary[j] in words) > total / 2 for words in element_words)
