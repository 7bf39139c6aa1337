"""Discover recurring topics outside the codebook: keyword extraction and clustering.

Steps, all deterministic (no random state involved; stable sorts):

1. Passages: the sentences of every paragraph. Sentences, not paragraphs, because one
   paragraph of a letter often touches several topics, and the passages shown to the user
   should be short. A sentence is read in its paragraph: it also carries half the weight of
   its neighbours' keywords.
2. Keywords: lemmas of nouns and compounds. Without a POS tagger, nouns are guessed from stop
   words, length, Danish derivational suffixes (-ing, -else, -hed, -tion ...) and the noun
   inflections seen in the texts ("-en/-et/-erne"); a trained da_core_news pipeline, when
   installed, gives POS tags instead. Verbs join their noun family ("omplacere" ->
   omplacering, "afskedige" -> afskedigelse) and compounds also count their parts
   ("omplaceringsmuligheder" -> omplacering), so Danish morphology does not scatter one
   topic over many rare words. Names (capitalised, never seen in lower case) and nouns of
   every municipal letter (GENERIC_NOUNS) are left out.
3. Codebook: words that match a theme's keywords are not keywords; a passage explained by
   the codebook alone has no keywords and takes no part. The codebook words a topic's
   passages use are shown with it ("pensionist" with "haveprojekt", "snerydning").
4. Keyness: keywords that recur in two or more responses, ranked by frequency x IDF, with
   document frequency counted over responses (plus ``background`` texts, e.g. earlier
   consultations): a topic recurs in a few responses, while words that every response uses
   say nothing about a topic.
5. Clustering (scikit-learn): the top keywords are clustered by the passages they occur in
   (TF-IDF profiles, cosine, average-linkage agglomerative clustering, the number of
   clusters chosen by silhouette). Each keyword cluster is a topic: its passages are the
   sentences that use its keywords; it needs two or more responses; it gets a Danish label
   from its keywords ("Omplacering af medarbejdere") and the two passages closest to its
   centroid, from two responses when possible.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import PassageKind
from . import danish
from .danish import Token
from .matching import compound_relation
from .passages import split_passages
from .tagging import Codebook, compile_codebook

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
NAME_ENTITIES = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE"})  # from trained pipelines
CONTEXT_WEIGHT = 0.5  # share of its paragraph's other keywords a sentence carries


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

    def __init__(self, token_lists: Sequence[Sequence[Token]]) -> None:
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.lower_seen: set[str] = set()
        self.pos: dict[str, Counter[str]] = defaultdict(Counter)
        for toks in token_lists:
            for tok in toks:
                if tok.is_word:
                    self.forms[tok.lemma][tok.lower] += 1
                    if tok.pos:
                        self.pos[tok.lemma][tok.pos] += 1
                    if tok.text[:1].islower():
                        self.lower_seen.add(tok.lemma)
        stops = danish.stop_words()
        self.lemmas = {
            lemma for lemma in self.forms
            if len(lemma) >= 4 and lemma.isalpha() and lemma not in stops
            and lemma in self.lower_seen
        }
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


def _units(texts: Sequence[str]) -> list[_Unit]:
    paragraphs = [(i, p.text) for i, text in enumerate(texts)
                  for p in split_passages(text) if p.kind == PassageKind.PARAGRAPH]
    token_lists = danish.tokens_many(text for _, text in paragraphs)
    out = []
    for n, ((i, text), toks) in enumerate(zip(paragraphs, token_lists, strict=True)):
        for sentence in danish.sentence_tokens(toks):
            out.append(_Unit(i, n, text[sentence[0].start : sentence[-1].end], sentence))
    return out


MIN_WORDS = 6  # shorter sentences are signatures, salutations and headings, not topics
MERGE_SIMILARITY = 0.35  # label vectors (c-TF-IDF) this alike are one topic
CUT_DISTANCE = 0.85  # average-linkage cosine distance at which passage clusters stop joining


def suggest_themes(
    texts: list[str],
    codebook: Codebook,
    *,
    background: Sequence[str] = (),
    max_themes: int = 10,
    max_keywords: int = 24,
) -> list[SuggestedTheme]:
    """Recurring topics in ``texts`` that the codebook does not cover, most widely raised first.

    The passages (sentences) no codebook theme claims are clustered by their noun families
    (TF-IDF, cosine, average linkage cut at `CUT_DISTANCE`); clusters are ranked by the
    number of distinct responses that raise them, labelled by class-based TF-IDF (a
    cluster's words weighed against the whole consultation, so words every response uses
    never label a topic) with the sentence closest to the centre as representative, and
    clusters whose labels are alike are merged. Deterministic: no random state.
    """
    from scipy.sparse import csr_matrix
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.preprocessing import normalize

    units = _units(texts)
    vocab = _Vocabulary([u.tokens for u in units])
    themes = compile_codebook(codebook)
    back_tokens = danish.tokens_many(background) if background else []
    docs: list[list[str]] = []
    context: list[list[str]] = []
    claimed: list[bool] = []
    for unit in units:
        explained: dict[int, str] = {}
        for theme in themes:
            for matcher in theme.matchers:
                for m in matcher.find(unit.tokens):
                    explained.update((n, m.keyword) for n in range(m.start, m.end))
        feats = []
        for n, tok in enumerate(unit.tokens):
            if n in explained or tok.ent_type in NAME_ENTITIES:
                continue
            if not (tok.text[:1].isupper() and tok.lemma not in vocab.lower_seen):
                feats.extend(vocab.features(tok.lemma))
        docs.append(feats)
        context.append(list(dict.fromkeys(explained.values())))
        words = sum(t.is_word for t in unit.tokens)
        claimed.append(bool(explained) or words < MIN_WORDS)

    # Document frequency over the responses (and the background): a word most responses
    # use is the consultation's subject, and never a feature.
    responses_of: dict[str, set[int]] = defaultdict(set)
    for unit, feats in zip(units, docs, strict=True):
        for f in feats:
            responses_of[f].add(unit.response)
    df = {f: len(r) for f, r in responses_of.items()}
    for toks in back_tokens:
        for f in {vocab.family.get(t.lemma, t.lemma) for t in toks} & df.keys():
            df[f] += 1
    n_docs = len(texts) + len(back_tokens)
    most = max(2, len(texts) * 2 // 3)
    vocabulary = sorted(f for f, r in responses_of.items() if 2 <= len(r) <= most)
    column = {f: j for j, f in enumerate(vocabulary)}
    idf = np.array([math.log((1 + n_docs) / (1 + df[f])) + 1 for f in vocabulary])
    free = [i for i, feats in enumerate(docs)
            if not claimed[i] and sum(f in column for f in feats) >= 2]
    if len(free) < 3 or not vocabulary:
        return []
    rows, cols, vals = [], [], []
    for r, i in enumerate(free):
        for f, c in Counter(f for f in docs[i] if f in column).items():
            rows.append(r)
            cols.append(column[f])
            vals.append(float(c))
    counts = csr_matrix((vals, (rows, cols)), shape=(len(free), len(vocabulary)))
    vectors = normalize(counts.multiply(idf).tocsr())
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=CUT_DISTANCE).fit_predict(vectors.toarray())
    clusters: dict[int, list[int]] = defaultdict(list)
    for r, c in enumerate(labels.tolist()):
        clusters[c].append(r)
    groups = [members for _, members in sorted(clusters.items())
              if len({units[free[r]].response for r in members}) >= 2]
    groups = _merge_alike(groups, counts)
    found = []
    for members in groups:
        weights = _class_tfidf(counts, members)
        top = [vocabulary[j] for j in np.argsort(-weights, kind="stable")[:max_keywords] if weights[j] > 0]
        keywords = [k for k in top if len(responses_of[k]) >= 2][:8]
        if not keywords:
            continue
        sub = vectors[members]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        sims = np.asarray(sub @ centroid).ravel()
        order = [free[members[j]] for j in sorted(range(len(members)), key=lambda j: (-sims[j], j))]
        responses = sorted({units[i].response for i in order})
        shown = Counter(w for i in order for w in context[i])
        extra = [w for w, n in shown.most_common(1) if n >= max(2, len(order) / 3)]
        # Ranked by the responses that raise it, each counted by how closely its passages
        # keep to the topic: a loose cluster of everyday words raised everywhere ranks low.
        cohesion = float(np.mean(sims)) / (float(np.linalg.norm(centroid)) or 1.0)
        rank = len(responses) * cohesion
        found.append((-rank, SuggestedTheme(_label(keywords, extra, vocab), keywords, responses,
                                            _representatives(order, units), len(order))))
    found.sort(key=lambda x: (x[0], x[1].label))
    return [theme for _, theme in found[:max_themes]]


def _class_tfidf(counts, members: Sequence[int]) -> np.ndarray:
    """Class-based TF-IDF of one cluster: its word frequencies, weighed by how rare each word
    is in the whole consultation's unclaimed passages (BERTopic's c-TF-IDF)."""
    total = np.asarray(counts.sum(axis=0)).ravel()
    mine = np.asarray(counts[members].sum(axis=0)).ravel()
    average = counts.sum() / max(1, counts.shape[0])
    tf = mine / max(1.0, mine.sum())
    return tf * np.log(1 + average / np.maximum(total, 1e-9) * len(members))


def _merge_alike(groups: list[list[int]], counts) -> list[list[int]]:
    """Clusters whose c-TF-IDF vectors are alike (cosine ≥ MERGE_SIMILARITY) as one, in order."""
    merged: list[list[int]] = []
    vectors: list[np.ndarray] = []
    for members in groups:
        v = _class_tfidf(counts, members)
        v = v / (np.linalg.norm(v) or 1.0)
        for k, other in enumerate(vectors):
            if float(v @ other) >= MERGE_SIMILARITY:
                merged[k] = sorted(merged[k] + members)
                w = _class_tfidf(counts, merged[k])
                vectors[k] = w / (np.linalg.norm(w) or 1.0)
                break
        else:
            merged.append(list(members))
            vectors.append(v)
    return merged


def _topics(units: list[_Unit], docs: list[list[str]], context: list[list[str]],
            keywords: list[str], keyness: dict[str, float], passages_with: Counter[str],
            vocab: _Vocabulary, max_themes: int) -> list[SuggestedTheme]:
    from scipy.sparse import csr_matrix
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import normalize

    column = {k: j for j, k in enumerate(keywords)}
    rows, cols = [], []
    for i, feats in enumerate(docs):
        for f in sorted(set(feats) & column.keys()):
            rows.append(i)
            cols.append(column[f])
    occurs = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(docs), len(keywords)))
    para = csr_matrix(([1.0] * len(units), ([u.paragraph for u in units], range(len(units)))))
    profile = occurs + CONTEXT_WEIGHT * (para.T @ (para @ occurs) - occurs)
    # Passages that use many keywords say less about each (IDF over passages).
    n_passages = occurs.shape[0]
    idf = np.log((1 + n_passages) / (1 + np.asarray((occurs > 0).sum(axis=0)).ravel())) + 1
    vectors = normalize(csr_matrix(profile.multiply(idf)))  # passages x keywords
    by_keyword = normalize(vectors.T.tocsr()).toarray()  # keywords x passages

    best: tuple[float, int, np.ndarray] | None = None
    for k in range(2, len(keywords)):
        labels = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
        labels = labels.fit_predict(by_keyword)
        score = float(silhouette_score(by_keyword, labels, metric="cosine"))
        if best is None or score > best[0] + 1e-9:
            best = (score, k, labels)
    assert best is not None
    labels = best[2]

    found = []
    for c in sorted(set(labels.tolist())):
        members = sorted((keywords[j] for j in np.where(labels == c)[0]),
                         key=lambda k: (-keyness[k], k))
        cols_c = [column[k] for k in members]
        uses = np.asarray((occurs[:, cols_c] > 0).sum(axis=1)).ravel()
        passages = [int(i) for i in np.where(uses > 0)[0]]
        responses = sorted({units[i].response for i in passages})
        if len(responses) < 2:
            continue
        sub = vectors[passages][:, cols_c]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        sims = np.asarray(sub @ centroid).ravel()
        # Representatives: the passages using most of the topic's keywords, then the closest
        # to the centroid.
        order = sorted(range(len(passages)), key=lambda j: (-uses[passages[j]], -sims[j], j))
        closest = [passages[j] for j in order]
        # Codebook words that a fifth of the topic's passages use place it next to a theme.
        shown = Counter(w for i in passages for w in context[i])
        extra = [w for w, n in shown.most_common(2) if n >= max(1, len(passages) / 5)]
        # Salience: specific keywords (IDF over responses) in many passages.
        specificity = float(np.mean([keyness[k] / passages_with[k] for k in members]))
        salience = specificity * math.log2(1 + len(passages))
        found.append((-salience, c, SuggestedTheme(
            _label(members, extra, vocab), list(dict.fromkeys(members + extra))[:8],
            responses, _representatives(closest, units), len(passages))))
    found.sort(key=lambda x: (x[0], x[1]))
    return [theme for *_, theme in found[:max_themes]]


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
