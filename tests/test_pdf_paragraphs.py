"""No PDF paragraph is split mid-sentence, for every PDF the tests make and every PDF in the
corpora (the sample, the development consultations, PDFs attached to their e-mails), through
every route: the text layer, two columns, ragged margins, tight spacing, scans (OCR).

Mid-sentence, defined so that a person would agree: a paragraph of running text (at least
six words: not a name, an address or a title) that ends without a sentence's closing mark
(. ! ? : ; … or a closing quote or parenthesis), followed by a paragraph that starts with a
lower-case word (not "www." or an e-mail address). "Vi har gennem flere år set, at de" /
"unge falder fra, når forløbet …" is one; "Kirsten Abildgaard" / "formand for Handicaprådet"
is a signature, not a sentence; "Transport og cykelparkering" / "Det er svært …" a heading.
"""

from __future__ import annotations

import re
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from fixtures import DENSE_DANISH, PAGE_H, PAGE_W, RESPONSE_LMU, long_letter, make_pdf
from intake_fixtures import OCR_PARAGRAPHS, make_scan_pdf

from hoering.extract import extract, ocr

ROOT = Path(__file__).resolve().parent.parent
_CLOSES = re.compile(r"[.!?:;…\"»”')]$")


def mid_sentence_breaks(text: str) -> list[tuple[str, str]]:
    """Pairs of paragraphs (the end of one, the start of the next) split mid-sentence."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    breaks = []
    for before, after in zip(paragraphs, paragraphs[1:], strict=False):
        first = after.split()[0]
        if (len(before.split()) >= 6 and not _CLOSES.search(before)
                and first[:1].isalpha() and first[:1].islower() and not re.search(r"[.@]\w", first)):  # fmt: skip
            breaks.append((before[-60:], after[:60]))
    return breaks


def test_the_definition():
    assert mid_sentence_breaks("Vi har gennem flere år set, at de\n\nunge falder fra, når forløbet slutter.")
    assert not mid_sentence_breaks("Med venlig hilsen\n\nKirsten Abildgaard\n\nformand for Handicaprådet")
    assert not mid_sentence_breaks("Vi er imod forslaget om at lukke biblioteket.\n\nog så videre")
    assert not mid_sentence_breaks("Den Gamle Skole · Kirkevej 3 · 4600 Solbjerg\n\nwww.solbjerg.dk")


# --- the corpora ------------------------------------------------------------------------------


def _corpus_pdfs(folder: Path) -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() == ".pdf":
            found.append((str(path.relative_to(folder)), path.read_bytes()))
        elif path.suffix.lower() == ".eml":
            message = BytesParser(policy=policy.default).parse(path.open("rb"))
            for part in message.iter_attachments():
                if (part.get_filename() or "").lower().endswith(".pdf"):
                    found.append((f"{path.name} › {part.get_filename()}", part.get_payload(decode=True)))
    return found


@pytest.fixture(scope="module")
def dev001(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dev001")
    subprocess.run([sys.executable, str(ROOT / "tests/data/dev001/make_dev001.py"), str(folder)], check=True,
                   capture_output=True)  # fmt: skip
    return folder


CORPUS_PDFS = _corpus_pdfs(ROOT / "corpus")


def test_the_corpora_have_pdfs():
    assert len(CORPUS_PDFS) >= 15  # the sample's 6, dev002's 11 and an attachment, …


@pytest.mark.parametrize(("name", "data"), CORPUS_PDFS, ids=[name for name, _ in CORPUS_PDFS])
def test_no_corpus_pdf_paragraph_ends_mid_sentence(tmp_path, name, data):
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    assert mid_sentence_breaks(extract(path).text) == []


def test_no_dev001_pdf_paragraph_ends_mid_sentence(tmp_path, dev001):
    pdfs = _corpus_pdfs(dev001)
    assert len(pdfs) >= 6
    for name, data in pdfs:
        path = tmp_path / "x.pdf"
        path.write_bytes(data)
        assert mid_sentence_breaks(extract(path).text) == [], name


# --- the PDFs the tests make --------------------------------------------------------------------


LETTERS = {
    "lmu": RESPONSE_LMU,
    "dense": ["Høringssvar fra Ældrerådet", DENSE_DANISH, DENSE_DANISH.replace("Udvalget", "Rådet"), "Med venlig hilsen", "Ældrerådet"],
    "long": long_letter(6000).split("\n\n"),
    "ocr_text": OCR_PARAGRAPHS,
}
LAYOUTS = {
    "plain": {},
    "tight": {"paragraph_spacing": 0.0},
    "hyphenated": {"hyphenate": True},
    "letterhead": {"letterhead_lines": ["Ældrerådet", "Rådhustorvet 1 · 4300 Holbæk"], "header": "Ældrerådet",
                   "footer": "Ældrerådet · www.holbaek.dk", "page_numbers": True},
}  # fmt: skip


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("letter", list(LETTERS))
def test_no_fixture_pdf_paragraph_ends_mid_sentence(tmp_path, letter, layout):
    path = make_pdf(tmp_path / "x.pdf", [LETTERS[letter]], **LAYOUTS[layout])
    text = extract(path).text
    assert mid_sentence_breaks(text) == []
    # and no paragraph was lost or run into the next one where white space parts them
    if layout != "tight":
        for paragraph in LETTERS[letter]:
            if len(paragraph.split()) >= 6 and not paragraph.endswith(":"):
                assert " ".join(paragraph.split())[:40] in text.replace("\n", " ")


def _two_columns(path: Path, title: str, left: list[str], right: list[str]) -> Path:
    """A page under a full-width title in two columns, as flyers and newsletters are set; the
    left column's last paragraph runs on at the top of the right column."""
    from fixtures import _wrap  # noqa: PLC2701 - the fixtures' own line breaking
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=True)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, PAGE_H - 80, title)
    width = (PAGE_W - 144 - 24) / 2
    lines = [line for paragraph in left for line in [*_wrap(paragraph, "Helvetica", 11, width, False), ""]]
    lines += _wrap(right[0], "Helvetica", 11, width, False)  # begins in the left column
    first_column = lines[: len(lines) - 3]  # the last paragraph breaks over to the right column
    second_column = lines[len(lines) - 3 :] + [""] + [line for p in right[1:] for line in [*_wrap(p, "Helvetica", 11, width, False), ""]]
    c.setFont("Helvetica", 11)
    for x, column in ((72, first_column), (72 + width + 24, second_column)):
        y = PAGE_H - 120
        for line in column:
            if line:
                c.drawString(x, y, line)
            y -= 14 if line else 10
    c.showPage()
    c.save()
    return path


def test_two_columns_are_read_column_by_column(tmp_path):
    left = [DENSE_DANISH, "Vi er imod gebyret for at booke lokaler, fordi studiegrupper og elevforeninger "
            "booker tit et grupperum på biblioteket, og 400 kr. er mange penge for en gruppe studerende."]  # fmt: skip
    right = ["Det er svært at komme til Remisen og Hovedbiblioteket, hvis man ikke bor i byen, og der er "
             "ikke lys på stien fra stationen om aftenen, så mange unge bliver hjemme.",
             "Ungdomsrådet opfordrer udvalget til at tænke de unge med, når pengene fordeles."]  # fmt: skip
    text = extract(_two_columns(tmp_path / "to.pdf", "Unge har brug for steder at være", left, right)).text
    assert mid_sentence_breaks(text) == []
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    assert paragraphs[0] == "Unge har brug for steder at være"
    assert paragraphs[1:] == [" ".join(p.split()) for p in [*left, *right]]


def test_a_ragged_scan_is_one_paragraph_per_paragraph(tmp_path):
    if not ocr.available():
        pytest.skip("Tesseract with Danish is not installed")
    path = make_scan_pdf(tmp_path / "scan.pdf")
    text = extract(path).text
    assert mid_sentence_breaks(text) == []
    assert "færre timer til mentorstøtte vil gå ud over de borgere" in " ".join(text.split())
