"""Long responses: a 300-page letter goes through export and note whole, and a text over
spaCy's 1,000,000-character limit is read in pieces with offsets into the whole text.

How fast they go is the benchmark's to say (bench/), not a test's: a wall-clock bound fails
on a loaded machine and passes a slow change on a fast one."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import CORPUS
from docx import Document
from fixtures import long_letter, make_text

from hoering.analysis import danish
from hoering.analysis.passages import split_passages
from hoering.analysis.summarise import summarise_response, summarise_themes
from hoering.model import ThemeTag
from hoering.store import Archive


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in split_passages(text) if p.kind == "paragraph"]


# --- summaries: linear in a response's length -------------------------------------------


@pytest.fixture(scope="module")
def letter_1500() -> str:
    """About 1,500 sentences: 250,000 characters, some 80 pages."""
    text = long_letter(250_000, seed=3)
    assert 1400 < len(danish.sentences(text)) < 1700
    return text


def test_resume_of_a_long_response(letter_1500: str) -> None:
    danish.load()
    resume = summarise_response(letter_1500)
    assert resume and len(resume) <= 450
    sentences = re.findall(r".+?afsnit \d+[.!?]", resume)  # every sentence ends so
    assert sentences and all(s.strip() in letter_1500 for s in sentences)


def test_theme_summary_of_a_long_response(letter_1500: str) -> None:
    # The theme is discussed throughout: every paragraph is evidence, as many as sentences.
    evidence = _paragraphs(letter_1500)
    tag = ThemeTag("mentor", "discusses", "neutral", evidence, ["mentor"])
    short = "Vi bakker op om mentorindsatsen, som giver god mening for borgerne i kommunen."
    other = ThemeTag("mentor", "discusses", "støtter", [short], ["mentor"])
    extracts = summarise_themes([letter_1500, short], [[tag], [other]])
    quoted = extracts["mentor"]
    assert len(quoted) == 3
    assert {e.response for e in quoted} == {0, 1}  # a second response is quoted too
    assert all(e.text in letter_1500 for e in quoted if e.response == 0)


def test_export_and_note_of_a_300_page_response(hoering, tmp_path) -> None:
    folder = tmp_path / "svar"
    folder.mkdir()
    text = long_letter(600_000, seed=5)  # about 300 pages of a letter
    make_text(folder / "langt høringssvar.txt", text)
    hoering("new", "lang", "--config", CORPUS / "hoering.toml")
    hoering("collect", "lang", folder, "-q")

    data = hoering.export("lang")
    (response,) = data["responses"]
    assert response["status"] == "ok" and response["text_chars"] > 590_000
    assert response["summary"] and response["summary"].split(", jf.")[0] in text
    assert any(data["theme_summaries"].values())

    hoering("note", "lang", "-o", tmp_path / "x.docx")
    written = "\n".join(p.text for p in Document(str(tmp_path / "x.docx")).paragraphs)
    assert "Høringssvar fra Ældrerådet" in written or "Ældrerådet" in written


# --- the language layer: texts over spaCy's limit ---------------------------------------


def _shifted(tok: danish.Token, by: int) -> danish.Token:
    return dataclasses.replace(tok, start=tok.start + by, end=tok.end + by)


def test_text_over_spacys_limit_is_read_in_pieces() -> None:
    # One block of lines, no blank line: the pieces are cut at line breaks.
    text = long_letter(1_200_000, seed=7, paragraph_break="\n")
    assert len(text) > 1_000_000  # spaCy's nlp.max_length: error E088 before
    toks = danish.tokens(text)
    bounds = danish.piece_bounds(text)
    assert len(bounds) > 10 and all(end - start <= danish.MAX_PIECE_CHARS for start, end in bounds)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.start for t in toks] == sorted(t.start for t in toks)

    # Around a cut, the tokens are those of the stretch of text read on its own: every
    # line ends a sentence, so a stretch of whole lines starts one in both readings.
    cut = bounds[3][0]
    lo = text.rfind("\n", 0, cut - 3000) + 1
    hi = text.find("\n", cut + 3000)
    alone = [_shifted(t, lo) for t in danish.tokens(text[lo:hi])]
    assert [t for t in toks if lo <= t.start < hi] == alone
    around = [t for t in toks if cut - 40 <= t.start < cut + 40]
    assert any(t.start == cut for t in around)
    assert all(t.lemma == danish.lemma(t.text) for t in around)


@pytest.mark.parametrize(
    "paragraph_break", ["\n\n", "\n", " "], ids=["paragraphs", "lines", "one-line"]
)
def test_pieces_give_the_tokens_of_the_whole_text(monkeypatch, paragraph_break: str) -> None:
    text = long_letter(60_000, seed=11, paragraph_break=paragraph_break)
    whole = danish.tokens(text)
    monkeypatch.setattr(danish, "MAX_PIECE_CHARS", 4_000)
    assert len(danish.piece_bounds(text)) > 10
    # Sentence starts included: a cut in the middle of a sentence (no line break to cut
    # at) must not start a new one.
    assert danish.tokens(text) == whole
    assert danish.tokens_many(["Kort tekst.", text]) == [danish.tokens("Kort tekst."), whole]


def test_collect_reads_a_text_file_over_spacys_limit(hoering, archive_dir, tmp_path) -> None:
    folder = tmp_path / "svar"
    folder.mkdir()
    # One paragraph of 1.1 million characters: no blank line to split passages at either.
    make_text(folder / "et afsnit.txt", long_letter(1_100_000, seed=13, paragraph_break="\n"))
    hoering("new", "lang", "--config", CORPUS / "hoering.toml")
    hoering("collect", "lang", folder, "-q")
    with Archive(archive_dir) as archive:
        (response,) = archive.responses(archive.consultation("lang"))
        assert response.status == "ok", response.error
        assert response.text_chars > 1_000_000
        passages = archive.db.execute(
            "SELECT count(*) FROM passages WHERE response_id = ?", (response.id,)
        ).fetchone()[0]
    assert passages >= 1
