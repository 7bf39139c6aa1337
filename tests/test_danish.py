"""The Danish language layer: tokens, sentences, lemmas, stop words, the chosen backend."""

from __future__ import annotations

import pytest

from hoering.analysis import danish


def test_analyser_version_names_the_backend() -> None:
    assert danish.ANALYSER_VERSION.startswith("hoering-da/")
    if danish.PIPELINE is None:
        assert "spacy-blank-da/" in danish.ANALYSER_VERSION
        assert "lemmy/" in danish.ANALYSER_VERSION
    else:
        assert danish.PIPELINE in danish.ANALYSER_VERSION


def test_pipeline_is_loaded_once() -> None:
    assert danish.nlp() is danish.nlp()


def test_blank_is_forced_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(danish.MODEL_ENV, "blank")
    assert danish._pick_pipeline() is None


def test_trained_pipeline_wins_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(danish.MODEL_ENV, raising=False)
    installed = {"da_core_news_md": "3.8.0"}
    monkeypatch.setattr(danish, "_version", installed.get)
    assert danish._pick_pipeline() == "da_core_news_md"
    monkeypatch.setenv(danish.MODEL_ENV, "da_core_news_lg")
    assert danish._pick_pipeline() is None  # asked for, not installed


def test_tokens_have_offsets_into_the_text() -> None:
    text = "Vedr. haveprojektet: Mentorerne og prisen, ca. 300 mio. kr."
    toks = danish.tokens(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks][:3] == ["Vedr.", "haveprojektet", ":"]
    assert "kr." in [t.text for t in toks]  # Danish abbreviation kept whole


def test_lemmas_are_lowercase_canonical_forms() -> None:
    assert danish.lemmas("Mentorerne og prisen på Haveprojektet") == [
        "mentor", "og", "pris", "på", "haveprojekt"
    ]


def test_lemma_candidates_keep_every_reading_canonical_first() -> None:
    readings = danish.lemma_candidates("prisen")
    assert readings[0] == "pris"
    assert "prise" in readings
    assert danish.lemma_candidates("hus")[0] == "hus"  # a word that is its own lemma


def test_lemmas_are_cached() -> None:
    danish.lemma_candidates("forlængelserne")
    before = danish.lemma_candidates.cache_info().hits
    danish.lemma_candidates("forlængelserne")
    assert danish.lemma_candidates.cache_info().hits == before + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # Abbreviations spaCy does not know must not end a sentence.
        ("Det gælder f.x. de borgere, som kun kan møde få timer. Næste sætning.",
         ["Det gælder f.x. de borgere, som kun kan møde få timer.", "Næste sætning."]),
        ("Men først og fremmest i.f.t. befolkningen. Det er i fht. besparelserne.",
         ["Men først og fremmest i.f.t. befolkningen.", "Det er i fht. besparelserne."]),
        ("Der spares ca. 10 % af ca. 300 mio. kr. i 2018. Det er meget.",
         ["Der spares ca. 10 % af ca. 300 mio. kr. i 2018.", "Det er meget."]),
        # A heading on its own line is a sentence of its own, with or without a colon.
        ("Justering i mentorindsats\nMan oplever, at tilbud om mentor gives.",
         ["Justering i mentorindsats", "Man oplever, at tilbud om mentor gives."]),
        ("Kortere aktiveringsforløb:\nIngen kommentarer.",
         ["Kortere aktiveringsforløb:", "Ingen kommentarer."]),
        # A line wrapped in a PDF is not a sentence end.
        ("Det lokale beskæftigelsesråd bemærker, at det er\nmeget uhensigtsmæssigt.",
         ["Det lokale beskæftigelsesråd bemærker, at det er\nmeget uhensigtsmæssigt."]),
        ("Første afsnit uden punktum\n\nAndet afsnit.", ["Første afsnit uden punktum",
                                                           "Andet afsnit."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert danish.sentences(text) == expected


def test_content_lemmas_drop_stop_words_and_numbers() -> None:
    toks = danish.tokens("Vi har ikke 300 mentorer i Haveprojektet.")
    assert danish.content_lemmas(toks) == ["mentor", "haveprojekt"]


def test_tokens_many_equals_tokens() -> None:
    texts = ["Mentorindsatsen er vigtig.", "Prisen på tilbud bør være lavere."]
    assert danish.tokens_many(texts) == [danish.tokens(t) for t in texts]


def test_whitespace_is_not_a_token() -> None:
    assert all(t.text.strip() for t in danish.tokens("Et  afsnit.\n\n  Et andet.\n"))


def test_tokens_read_from_arrays_equal_spacy_tokens() -> None:
    # tokens() reads offsets and marks as one array (speed); spaCy's Token objects must
    # give the same tokens, case folding and sentence starts included.
    text = ("Overskrift uden punktum\nTekst i.f.t. noget. fht. mere\n\n\tSTRASSE ß İstanbul:\n"
            "næste linje  \n \n Ny sætning.\r\nSidste\u00a0ord")
    doc = danish.nlp()(text)
    assert danish.tokens(text) == danish._doc_tokens(doc)
