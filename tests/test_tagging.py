"""Passages, theme tagging, stance, and the measured regression floor on seed 001."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoering.analysis.evaluate import baseline_tags, evaluate
from hoering.analysis.passages import heading_label, split_passages
from hoering.analysis.stance import find_cues, stance_of
from hoering.analysis.tagging import tag_passages, tag_response, tag_responses

DATA = Path(__file__).parent / "data"
LABELS = json.loads((DATA / "seed001-labels.json").read_text(encoding="utf-8"))
RESPONSES = json.loads((DATA / "seed001_responses.json").read_text(encoding="utf-8"))
TEXTS = {r["n"]: r["text"] for r in RESPONSES}
CODEBOOK = LABELS["codebook"]

# Floor for micro-F1 of "discusses" on seed 001 (measured 0.981; baseline 0.929).
MICRO_F1_FLOOR = 0.90


def states(text: str) -> dict[str, str]:
    return {t.key: t.state for t in tag_response(text, CODEBOOK)}


# --- passages ---------------------------------------------------------------------------


def test_passages_keep_offsets_and_headings() -> None:
    text = (
        "Besparelse på aktiveringsområdet\n"
        "Vi er bekymrede.\n\n"
        "Justering af mentor indsatsen:\n"
        "Mentorerne er vigtige. De hjælper.\n\n"
        "Vedr. haveprojektet: Det bruges kun lidt.\n\n"
        "Et afsnit, der er brudt\nover to linjer i en PDF.\n"
    )
    passages = split_passages(text)
    assert [(p.kind, p.heading, p.text) for p in passages] == [
        ("heading", None, "Besparelse på aktiveringsområdet"),
        ("paragraph", "Besparelse på aktiveringsområdet", "Vi er bekymrede."),
        ("heading", None, "Justering af mentor indsatsen:"),
        ("paragraph", "Justering af mentor indsatsen", "Mentorerne er vigtige. De hjælper."),
        ("heading", None, "Vedr. haveprojektet:"),
        ("paragraph", "Vedr. haveprojektet", "Det bruges kun lidt."),
        ("paragraph", "Vedr. haveprojektet", "Et afsnit, der er brudt\nover to linjer i en PDF."),
    ]
    assert all(text[p.start : p.end] == p.text for p in passages)
    assert [p.ordinal for p in passages] == list(range(len(passages)))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Det synes derfor relevant at stille spørgsmålet: Hvorfor har man ikke valgt det?",
        "Mødet startede kl. 10:30 og sluttede sent.",
        "Vi mener, at: alt skal med.",
    ],
)
def test_colons_in_sentences_are_not_inline_headings(paragraph: str) -> None:
    assert [p.kind for p in split_passages(paragraph)] == ["paragraph"]


def test_heading_label_strips_markers() -> None:
    assert heading_label("1. Nedsætte pris på tilbud:") == "Nedsætte pris på tilbud"


def test_seed_response_structure_is_found() -> None:
    headings = [p.text for p in split_passages(TEXTS[7]) if p.kind == "heading"]
    assert headings == [
        "Nedlæggelse af Haveprojekt og Serviceværksted", "Justering i mentorindsats",
        "Aktiveringsforløb af kortere varighed", "Færre aktiveringstilbud",
        "Dialog med leverandører", "Konvertering til billigere tilbud"]


# --- tagging ----------------------------------------------------------------------------


def test_keywords_compounds_and_evidence() -> None:
    (tag,) = tag_response("Vi er glade for mentorindsatsen. Mentorerne gør det godt.", CODEBOOK)
    assert (tag.key, tag.state, tag.source) == ("mentor", "discusses", "auto")
    assert tag.triggers == ["mentorindsatsen", "Mentorerne"]
    assert tag.evidence == ["Vi er glade for mentorindsatsen. Mentorerne gør det godt."]


def test_a_heading_makes_its_paragraph_about_the_theme() -> None:
    text = "Nedsætte pris på tilbud:\nVigtigt punkt, som alle bakker op om."
    (tag,) = tag_response(text, CODEBOOK)
    assert (tag.key, tag.state, tag.stance) == ("pris", "discusses", "støtter")
    assert tag.triggers == ["pris"]
    assert tag.stance_cues == ["bakker op"]


def test_a_heading_that_reads_like_the_label_counts() -> None:
    # No keyword of the theme in the heading: it is matched against the label by lemma,
    # stem ("nedsætte" ~ "nedsættelse") and compound.
    codebook = {"pris": {"label": "Nedsættelse af prisen på tilbud", "keywords": ["leverandør"]},
                "konv": {"label": "Konvertering af tilbud", "keywords": ["konvertering"]}}
    tags = tag_response("Nedsætte priserne på tilbud:\nDet er vi enige i.", codebook)
    assert [(t.key, t.state, t.triggers) for t in tags] == [
        ("pris", "discusses", ["Nedsætte priserne på tilbud"])]


def test_a_single_label_word_does_not_make_a_heading_match() -> None:
    assert states("Færre aktiveringstilbud til de unge:\nDet er nødvendigt.") == {
        "faerre": "discusses"}  # not "konvertering", whose label also has "tilbud"


@pytest.mark.parametrize(
    "answer",
    ["Ingen kommentarer.", "Ingen bemærkninger", "Intet at bemærke.",
     "Vi har ingen kommentarer hertil.", "ingen kommentarer."],
)
def test_no_comment_under_a_heading(answer: str) -> None:
    assert states(f"Konvertering af tilbud:\n{answer}") == {"konvertering": "no_comment"}


@pytest.mark.parametrize(
    "answer",
    ["Ingen kommentarer, udover at muligheden for forlængelse er nødvendig.",
     "Ingen kommentarer, men vi ønsker en dialog.",
     "Ingen kommentarer konvertering bør ske gradvist."],
)
def test_no_comment_followed_by_a_comment_is_a_comment(answer: str) -> None:
    assert states(f"Konvertering af tilbud:\n{answer}") == {"konvertering": "discusses"}


def test_no_comment_with_only_a_reason_stays_no_comment() -> None:
    text = "Færre aktiveringstilbud:\nIngen kommentarer en naturlig følge af kommende lovændringer."
    assert states(text) == {"faerre": "no_comment"}


def test_naming_a_theme_to_say_no_comment() -> None:
    text = "Vi har ingen bemærkninger til konvertering af tilbud. Mentorerne er vigtige for os."
    assert states(text) == {"mentor": "discusses", "konvertering": "no_comment"}


def test_discussion_anywhere_beats_no_comment() -> None:
    text = ("Konvertering af tilbud:\nIngen kommentarer.\n\n"
            "Afslutningsvis:\nKonvertering af tilbud til egne forløb er en god idé.")
    assert states(text) == {"konvertering": "discusses"}


@pytest.mark.parametrize(
    "text",
    ["Vi sætter stor pris på den gode dialog.",
     "I forlængelse heraf skal nævnes, at samarbejdet er godt.",
     "Til enhver pris skal vi undgå det."],
)
def test_idioms_do_not_trigger_themes(text: str) -> None:
    assert states(text) == {}


def test_a_single_mention_amid_another_theme_is_passing() -> None:
    text = ("Vi kan ikke se rimeligheden i, at haveservice/snerydning nedlægges. "
            "Vi forventer, at haveservice/snerydning udvides. "
            "Vi foreslår, at man ser på prisen, så tilbuddet kan bibeholdes.")
    assert states(text) == {"have": "discusses"}
    reasons = {t.key: t.reason for t in tag_passages(text, CODEBOOK) if t.state == "passing"}
    assert reasons == {"pris": "single mention among sentences about another theme"}


def test_a_single_mention_on_its_own_counts() -> None:
    assert states("Prisen på praktik bør være lavere.") == {"pris": "discusses"}


def test_a_single_mention_under_another_heading_is_passing() -> None:
    text = "Konvertering til billigere tilbud\nAfvejning af pris, kvalitet og effekt er vigtig."
    assert states(text) == {"konvertering": "discusses"}


def test_batch_equals_one_by_one() -> None:
    texts = [TEXTS[1], TEXTS[8]]
    assert tag_responses(texts, CODEBOOK) == [tag_response(t, CODEBOOK) for t in texts]


def test_tags_follow_codebook_order_and_progress_is_reported() -> None:
    calls = []
    (tags,) = tag_responses([TEXTS[7]], CODEBOOK, progress=lambda n, of: calls.append((n, of)))
    assert [t.key for t in tags] == list(CODEBOOK)
    assert calls == [(1, 1)]


# --- stance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Ældrerådet kan ikke se rimeligheden i, at haveservice nedlægges.", "imod"),
        ("Medarbejdersiden udtrykker bekymring for besparelsen.", "imod"),
        ("Vi frygter et stort opsamlingsarbejde.", "imod"),
        ("Med-udvalget er ærgerlige over den voldsomme besparelse.", "imod"),
        ("Alle bakker op omkring at skabe egne forløb.", "støtter"),
        ("Der er enighed om, at det giver god mening.", "støtter"),
        ("Vi bakker ikke op om forslaget.", "imod"),
        ("Vi er ikke bekymrede.", "neutral"),
        ("Tilbuddet bruges af 40 borgere.", "neutral"),
    ],
)
def test_stance(text: str, stance: str) -> None:
    assert stance_of([text])[0] == stance


def test_stance_cues_are_recorded_as_written() -> None:
    assert [c.text for c in find_cues("Vi bakker fuldt op. Dog en vis bekymring.")] == [
        "bakker fuldt op", "bekymring"]


def test_seed_stances() -> None:
    stances = {(n, t.key): t.stance for n, text in TEXTS.items()
               for t in tag_response(text, CODEBOOK)}
    assert stances[(8, "have")] == "imod"
    assert stances[(2, "konvertering")] == "støtter"
    assert stances[(2, "mentor")] == "imod"


# --- measured on seed 001 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def report():  # noqa: ANN201
    tags = tag_responses(list(TEXTS.values()), CODEBOOK)
    return evaluate(dict(zip(TEXTS, tags, strict=True)), LABELS, texts=TEXTS)


def test_seed001_regression_floor(report) -> None:  # noqa: ANN001
    print("\n" + report.table())
    assert report.micro_f1 >= MICRO_F1_FLOOR
    assert report.no_comment_recall == 1.0 and report.no_comment_precision == 1.0
    assert report.baseline is not None and report.micro_f1 > report.baseline.micro_f1


def test_seed001_known_misses_are_the_only_ones(report) -> None:  # noqa: ANN001
    # "færre og kortere aktiveringsforløb" (LBR) names fewer *forløb*, not fewer *tilbud*;
    # no keyword of the theme covers it. Update this list when the tagger gets better.
    assert report.errors == ["n=11 FN faerre"]


def test_evaluation_is_deterministic(report) -> None:  # noqa: ANN001
    tags = tag_responses(list(TEXTS.values()), CODEBOOK)
    again = evaluate(dict(zip(TEXTS, tags, strict=True)), LABELS)
    assert (again.micro_f1_ci, again.macro_f1_ci) == (report.micro_f1_ci, report.macro_f1_ci)
    low, high = report.micro_f1_ci
    assert low <= report.micro_f1 <= high


def test_evaluate_scores_a_perfect_and_an_empty_prediction() -> None:
    labels = {"codebook": {"a": {"label": "A", "keywords": ["a"]}},
              "responses": [{"n": 1, "themes": ["a"], "themes_no_comment": []},
                            {"n": 2, "themes": [], "themes_no_comment": ["a"]}]}
    perfect = {1: baseline_tags("a", labels["codebook"]), 2: []}
    report = evaluate(perfect, labels, draws=50)
    assert report.micro_f1 == 1.0 and report.per_theme["a"].tp == 1
    assert report.no_comment_recall == 0.0
    assert evaluate({}, labels, draws=50).micro_f1 == 0.0


def test_baseline_is_plain_substring_search() -> None:
    tags = baseline_tags("Vi sætter pris på prismer.", CODEBOOK)
    assert [(t.key, t.triggers) for t in tags] == [("pris", ["pris"])]
