"""Long responses: a 300-page letter goes through export and note in seconds."""

from __future__ import annotations

import re
import time

import pytest
from conftest import CORPUS
from docx import Document
from fixtures import long_letter, make_text

from hoering import danish
from hoering.passages import split_passages
from hoering.summarise import summarise_response, summarise_themes
from hoering.tagging import ThemeTag

# The old MMR took 24 s at 800 sentences and minutes at 1,600: any of these bounds is 10x
# what the linear version needs on a slow machine, and far below the old times.
SECONDS = 10


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in split_passages(text) if p.kind == "paragraph"]


# --- summaries: linear in a response's length -------------------------------------------


@pytest.fixture(scope="module")
def letter_1500() -> str:
    """About 1,500 sentences: 250,000 characters, some 80 pages."""
    text = long_letter(250_000, seed=3)
    assert 1400 < len(danish.sentences(text)) < 1700
    return text


def test_resume_of_a_long_response_takes_seconds(letter_1500: str) -> None:
    danish.load()
    started = time.perf_counter()
    resume = summarise_response(letter_1500)
    assert time.perf_counter() - started < SECONDS
    assert resume and len(resume) <= 450
    sentences = re.findall(r".+?afsnit \d+[.!?]", resume)  # every sentence ends so
    assert sentences and all(s.strip() in letter_1500 for s in sentences)


def test_theme_summary_of_a_long_response_takes_seconds(letter_1500: str) -> None:
    # The theme is discussed throughout: every paragraph is evidence, as many as sentences.
    evidence = _paragraphs(letter_1500)
    tag = ThemeTag("mentor", "discusses", "neutral", evidence, ["mentor"])
    short = "Vi bakker op om mentorindsatsen, som giver god mening for borgerne i kommunen."
    other = ThemeTag("mentor", "discusses", "støtter", [short], ["mentor"])
    started = time.perf_counter()
    extracts = summarise_themes([letter_1500, short], [[tag], [other]])
    assert time.perf_counter() - started < SECONDS
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

    started = time.perf_counter()
    data = hoering.export("lang")
    assert time.perf_counter() - started < 3 * SECONDS
    (response,) = data["responses"]
    assert response["status"] == "ok" and response["text_chars"] > 590_000
    assert response["summary"] and response["summary"].split(", jf.")[0] in text
    assert any(data["theme_summaries"].values())

    started = time.perf_counter()
    hoering("note", "lang", "-o", tmp_path / "x.docx")
    assert time.perf_counter() - started < 3 * SECONDS
    written = "\n".join(p.text for p in Document(str(tmp_path / "x.docx")).paragraphs)
    assert "Høringssvar fra Ældrerådet" in written or "Ældrerådet" in written
