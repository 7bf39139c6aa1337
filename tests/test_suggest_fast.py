"""`themes --suggest` without scikit-learn's import and from stored tokens read as rows: the same
clusters, the same numbers and the same suggestions as before."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import CORPUS
from scipy.sparse import csr_matrix
from sklearn.cluster import AgglomerativeClustering
from sklearn.preprocessing import normalize

from hoering.analysis import stored_tokens
from hoering.analysis.clustering import average_linkage_labels, normalize_rows
from hoering.analysis.danish import tokens
from hoering.analysis.suggest import _units, _Vocabulary, analyse, suggest_themes
from hoering.model import Status
from hoering.store import Archive
from hoering.themes import suggest
from hoering.tokenised import tokenised


def _vectors(seed: int, rows: int, cols: int) -> csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, cols)) * (rng.random((rows, cols)) < 0.15)
    dense[3] = 0.0  # an empty row stays empty
    return csr_matrix(dense)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_normalize_rows_is_scikit_learns_to_the_last_bit(seed: int) -> None:
    matrix = _vectors(seed, 60, 40)
    ours, theirs = normalize_rows(matrix), normalize(matrix)
    assert (ours.indptr == theirs.indptr).all() and (ours.indices == theirs.indices).all()
    assert ours.data.tobytes() == theirs.data.tobytes()


@pytest.mark.parametrize("seed, threshold", [(1, 0.9), (2, 0.7), (3, 0.95), (4, 0.5)])
def test_average_linkage_labels_are_scikit_learns(seed: int, threshold: float) -> None:
    v = normalize(_vectors(seed, 120, 30))
    distance = np.clip(1.0 - (v @ v.T).toarray(), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    expected = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                       distance_threshold=threshold).fit_predict(distance)
    labels = average_linkage_labels(distance, threshold)
    assert len(set(labels)) > 1
    assert labels == expected.tolist()


def test_token_rows_have_the_tokens_fields() -> None:
    text = "Vi frygter for kvaliteten, hvis mentorindsatsen skæres. Bevar haveprojektet!"
    toks = tokens(text)
    rows = stored_tokens.decode_rows(text, stored_tokens.encode(toks))
    fields = [f for f in stored_tokens.TokenRow._fields]
    assert rows is not None and len(rows) == len(toks)
    assert [tuple(getattr(t, f) for f in fields) for t in toks] == [tuple(r) for r in rows]
    foreign = stored_tokens.encode(toks).replace(stored_tokens.danish.ANALYSER_VERSION, "other/0", 1)
    assert stored_tokens.decode_rows(text, foreign) is None
    assert stored_tokens.decode_rows(text, None) is None


def test_suggestions_from_stored_rows_are_those_from_the_texts(hoering, archive_dir) -> None:
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    with Archive(archive_dir) as archive:
        consultation = archive.consultation("akt")
        readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
        codebook = consultation.config.codebook()
        analysed = [(a.passages, a.tokens) for a in tokenised(archive, readable, rows=True)]
        assert all(isinstance(t, stored_tokens.TokenRow) for _, toks in analysed for ptoks in toks for t in ptoks)
        stored = suggest_themes(None, codebook, analysed=analysed, subject=consultation.config.title)
        texts = [r.text for r in readable if r.text.strip()]
        fresh = suggest_themes(texts, codebook, subject=consultation.config.title)
    assert len(stored) >= 3
    assert stored == fresh


def test_the_command_decodes_paragraphs_once_and_suggests_what_the_texts_give(hoering, archive_dir, tmp_path) -> None:
    # A letter sent again as a text file with a line added shares all but one paragraph
    # with the first: each shared paragraph is decoded once, for both.
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    with Archive(archive_dir) as archive:
        letter = archive.responses(archive.consultation("akt"))[0].text
    again = tmp_path / "igen"
    again.mkdir()
    (again / "sendt_igen.txt").write_text(letter + "\n\nVi sender vores svar igen, da vi ikke har hørt fra jer.\n",
                                          encoding="utf-8")
    hoering("collect", "akt", again, "-q")
    with Archive(archive_dir) as archive:
        consultation = archive.consultation("akt")
        readable = [r for r in archive.responses(consultation) if r.status == Status.OK]
        assert len(readable) == 12
        fresh = suggest_themes([r.text for r in readable], consultation.config.codebook(),
                               subject=consultation.config.title)
        stored = suggest(archive, "akt")
    assert len(stored) >= 3
    assert [(s.label, s.keywords, s.numbers) for s in stored] == [
        (f.label, f.keywords, [readable[i].number for i in f.responses]) for f in fresh
    ]


LETTERS = [
    "Vi er bekymrede for parkeringen ved hallen. Der er for få p-pladser, når der er kamp om lørdagen. "
    "Forældrene holder i rabatten, og børnene går på vejen.",
    "Skolebussen kører for tidligt om morgenen. Børnene venter ved stoppestedet i mørke, "
    "og der er ingen cykelsti langs landevejen.",
    "Parkeringsforholdene ved skolen er dårlige. Forældrene holder i rabatten, og børnene går på vejen.",
]


def test_the_vocabulary_of_the_distinct_sentences_is_that_of_every_copy() -> None:
    units = _units(analyse(LETTERS + LETTERS[:2]))  # two letters twice: their sentences copied
    copies: dict[str, int] = {}
    for u in units:
        copies[u.text] = copies.get(u.text, 0) + 1
    distinct = list({u.text: u for u in reversed(units)}.values())[::-1]
    assert len(distinct) < len(units)
    every = _Vocabulary([u.tokens for u in units])
    once = _Vocabulary([u.tokens for u in distinct], [copies[u.text] for u in distinct])
    assert every.lemmas == once.lemmas and every.nouns == once.nouns and every.family == once.family
    assert every.pos == once.pos and every.lower_seen == once.lower_seen and every.modifiers == once.modifiers
    assert {k: list(v) for k, v in every.forms.items()} == {k: list(v) for k, v in once.forms.items()}


@pytest.mark.parametrize("n", [1, 3, 10])
def test_ranking_the_first_topics_only_gives_what_ranking_all_gives(n: int) -> None:
    # Topics are visited from the highest rank they could reach down; the visit stops early
    # and must still give the same topics in the same order as ranking every one of them.
    from hoering.analysis.suggest import SuggestedTheme, _top

    rng = np.random.default_rng(7)
    found, own = [], {}
    for k in range(40):
        responses = sorted(rng.choice(100, size=int(rng.integers(2, 30)), replace=False).tolist())
        members = [k]
        own[k] = int(rng.integers(1, len(responses) + 1))
        cohesion = float(rng.choice([0.5, 0.75, 1.0]))
        found.append((members, cohesion, SuggestedTheme(f"Emne {k % 7}", [], responses, [], 1)))
    visited = []

    def own_words(members):
        visited.append(members[0])
        return own[members[0]]

    expected = sorted(found, key=lambda x: (-own[x[0][0]] * x[1], x[2].label))[:n]
    assert _top(found, n, own_words) == [theme for _, _, theme in expected]
    assert len(visited) < len(found)  # the point: not every topic's responses are counted
