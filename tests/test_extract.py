"""hoering.extract on real generated PDF, DOCX and text files (see tests/fixtures.py)."""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fixtures import (
    DENSE_DANISH,
    RESPONSE_LMU,
    make_blank_pdf,
    make_corrupt_pdf,
    make_docx,
    make_eml,
    make_encrypted_pdf,
    make_image_pdf,
    make_odt,
    make_ole,
    make_pdf,
    make_rtf,
    make_text,
)

from hoering.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    NeedsConverter,
    NoText,
    NoTextLayer,
    Timeout,
    TooLarge,
    UnsupportedFile,
)
from hoering.extract import Limits, extract, ocr
from hoering.extract.cleanup import is_page_number, rejoin_hyphenation, repeated_lines
from hoering.extract.doc import soffice
from hoering.extract.pdf import Line, paragraphs
from hoering.extract.sniff import sniff

HEADER = "LMU i Job- og Aktivhuset · Aalborg Kommune"
FOOTER = "Job- og Aktivhuset, Sønderbro 2, 9000 Aalborg"


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


# --- sniffing: content decides, not the name ------------------------------------


def test_sniff_decides_by_content(tmp_path):
    pdf = make_pdf(tmp_path / "svar.docx", [["Kort svar."]])
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"X-Gateway: scanned\r\n" * 3 + pdf.read_bytes())
    zip_other = tmp_path / "bilag.docx"
    with zipfile.ZipFile(zip_other, "w") as z:
        z.writestr("noter.txt", "ikke et dokument")
    xlsx = tmp_path / "regneark.pdf"
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    html = make_text(tmp_path / "side.txt", "<!DOCTYPE html><html><body>Hej</body></html>")
    png = tmp_path / "billede.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    expected = {
        pdf: "pdf",
        junk: "pdf",
        make_docx(tmp_path / "word.pdf", ["Hej"]): "docx",
        make_odt(tmp_path / "libre.docx", ["Hej æøå"]): "odt",
        make_rtf(tmp_path / "wordpad.txt", ["Hej æøå"]): "rtf",
        make_ole(tmp_path / "gammel.docx"): "ole",
        make_eml(tmp_path / "mail.txt", "Hej æøå"): "eml",
        make_text(tmp_path / "borger.pdf", "Kære udvalg, jeg er imod."): "txt",
        make_text(tmp_path / "cp.txt", "Kære udvalg, vi bor i Høng.", encoding="cp1252"): "txt",
        make_text(tmp_path / "u16.txt", "Kære udvalg, æøå.", encoding="utf-16"): "txt",
        zip_other: "zip",
        xlsx: "xlsx",
        html: "html",
        png: "image",
        binary: "unknown",
    }
    assert {p.name: sniff(p) for p in expected} == {p.name: f for p, f in expected.items()}


def test_sniff_uses_the_name_only_for_damaged_content(tmp_path):
    garbage = bytes(range(256)) * 8
    (tmp_path / "a.pdf").write_bytes(garbage)
    (tmp_path / "a.docx").write_bytes(garbage)
    docx = make_docx(tmp_path / "b.bin", ["Høringssvar fra Ældrerådet"])
    truncated = tmp_path / "c.bin"
    truncated.write_bytes(docx.read_bytes()[:3000])
    assert sniff(tmp_path / "a.pdf") == "pdf"
    assert sniff(tmp_path / "a.docx") == "docx"
    assert sniff(truncated) == "docx"  # the local file headers still say word/


# --- PDF text ----------------------------------------------------------------------


@pytest.mark.parametrize("spacing", [8.0, 0.0], ids=["paragraph-spacing", "no-spacing"])
def test_pdf_paragraphs_and_headings_one_line_each(tmp_path, spacing):
    doc = extract(make_pdf(tmp_path / "svar.pdf", [RESPONSE_LMU], paragraph_spacing=spacing))
    assert doc.format == "pdf" and doc.pages == 1
    # Wrapped lines are joined into one line per paragraph; the short heading lines that end
    # in ":" and the signature lines stay on their own.
    assert blocks(doc.text) == RESPONSE_LMU


def test_pdf_keeps_danish_letters_in_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Ærø og Søby Å")
    assert decomposed != "Ærø og Søby Å"
    doc = extract(make_pdf(tmp_path / "æøå.pdf", [["Høringssvar fra Ældrerådet på Ærø: æøå ÆØÅ."]]))
    assert doc.text == "Høringssvar fra Ældrerådet på Ærø: æøå ÆØÅ."
    assert unicodedata.is_normalized("NFC", doc.text)


def test_pdf_paragraph_continues_over_a_page_break(tmp_path):
    paragraphs = [f"Afsnit {n}. {DENSE_DANISH}" for n in range(1, 8)]
    doc = extract(make_pdf(tmp_path / "lang.pdf", [paragraphs], header=HEADER, page_numbers=True))
    assert doc.pages == 2
    assert blocks(doc.text) == paragraphs


def test_pdf_hyphenated_word_is_rejoined(tmp_path):
    text = (
        "Vi bor i Hol\xadbæk og er glade for kommune\xadplanen og for mentor\xadindsatsen i byen."
    )
    doc = extract(make_pdf(tmp_path / "h.pdf", [[text]], hyphenate=True))
    assert (
        doc.text == "Vi bor i Holbæk og er glade for kommuneplanen og for mentorindsatsen i byen."
    )


@pytest.mark.parametrize(
    "source, expected",
    [
        ("LMU i Job-\nog Aktivhuset", "LMU i Job- og Aktivhuset"),
        ("både leder-\nog medarbejdersiden", "både leder- og medarbejdersiden"),
        ("social-\neller sundhedsfaglig", "social- eller sundhedsfaglig"),
        ("nye EU-\nregler", "nye EU-regler"),
        ("i Nord-\nDanmark", "i Nord-Danmark"),
        ("send en e-\nmail", "send en e-mail"),
        ("i perioden 2018-\n2019", "i perioden 2018-2019"),
        ("i Hol-\nbæk Kommune", "i Holbæk Kommune"),
    ],
)
def test_pdf_line_end_hyphens(tmp_path, source, expected):
    doc = extract(make_pdf(tmp_path / "h.pdf", [[f"Vi skriver om {source} i dag."]]))
    assert doc.text == f"Vi skriver om {expected} i dag."


@pytest.mark.parametrize("page_numbers", [True, "{n}/{total}", "- {n} -", "{n}", "Side {n}"])
def test_pdf_running_header_footer_and_page_numbers_leave_the_body(tmp_path, page_numbers):
    pages = [RESPONSE_LMU[:4], RESPONSE_LMU[4:6], RESPONSE_LMU[6:]]
    doc = extract(
        make_pdf(
            tmp_path / "brev.pdf", pages, header=HEADER, footer=FOOTER, page_numbers=page_numbers
        )
    )
    assert doc.pages == 3
    assert blocks(doc.text) == RESPONSE_LMU
    assert doc.letterhead == HEADER
    assert doc.footer == FOOTER


def test_pdf_first_page_letterhead_is_taken_by_position(tmp_path):
    letterhead = ["Ældrerådet", "Kanalstræde 2", "4300 Holbæk"]
    doc = extract(
        make_pdf(
            tmp_path / "brev.pdf",
            [RESPONSE_LMU[:4], RESPONSE_LMU[4:], [DENSE_DANISH]],
            letterhead_lines=letterhead,
            header="Ældrerådet – høringssvar",
            page_numbers=True,
        )
    )
    assert doc.letterhead.splitlines() == [*letterhead, "Ældrerådet – høringssvar"]
    assert blocks(doc.text) == [*RESPONSE_LMU, DENSE_DANISH]


def test_body_top_of_page_one_is_no_letterhead_when_page_two_starts_lower(tmp_path):
    # Page 2 starts two empty lines down: page 1's first lines are above its body, but no
    # white space sets them apart from page 1's body, so they are not a letterhead.
    pdf = make_pdf(tmp_path / "brev.pdf", [RESPONSE_LMU[:4], ["", "", *RESPONSE_LMU[4:]]])
    doc = extract(pdf)
    assert doc.letterhead == ""
    assert blocks(doc.text) == RESPONSE_LMU


def test_one_page_pdf_keeps_its_footer_but_not_its_page_number(tmp_path):
    doc = extract(
        make_pdf(tmp_path / "kort.pdf", [RESPONSE_LMU[:2]], footer=FOOTER, page_numbers="- {n} -")
    )
    assert blocks(doc.text) == [*RESPONSE_LMU[:2], FOOTER]
    assert (doc.letterhead, doc.footer) == ("", "")


def test_identical_pages_keep_their_body_text(tmp_path):
    # Body lines that repeat at the same place on every page are not a running header:
    # nothing separates them from the rest of the body.
    page = [DENSE_DANISH]
    doc = extract(make_pdf(tmp_path / "kopi.pdf", [page, page, page], header=HEADER))
    assert blocks(doc.text) == [DENSE_DANISH] * 3
    assert doc.letterhead == HEADER


def test_pdf_ruled_table_rows_stay_in_place(tmp_path):
    table = [
        ["Afsnit", "Bemærkning"],
        [
            "3.1 Mentorindsatsen",
            "Vi er imod, at mentorindsatsen reduceres, fordi det rammer de svageste borgere i Holbæk.",
        ],
        ["4.2 Økonomi", "Ingen bemærkninger."],
    ]
    doc = extract(
        make_pdf(
            tmp_path / "tabel.pdf", [["Høringssvar fra Handicaprådet", table, "Med venlig hilsen"]]
        )
    )
    assert blocks(doc.text) == [
        "Høringssvar fra Handicaprådet",
        "Afsnit | Bemærkning",
        "3.1 Mentorindsatsen | Vi er imod, at mentorindsatsen reduceres, fordi det rammer de svageste borgere i Holbæk.",
        "4.2 Økonomi | Ingen bemærkninger.",
        "Med venlig hilsen",
    ]


def test_word_hyphenated_over_a_page_break_is_rejoined():
    # pdfium merges a hyphenated line end only within a page; across pages the "-" stays at
    # the end of page 1's last line and the paragraph joiner rejoins the word.
    full = dict(left=72.0, right=520.0, size=12.9)
    lines = [
        Line("Vi har drøftet forslaget og mener, at borgerne i Hol-", 0, word_right=80, top=100, first_bottom=87, bottom=87, **full),
        Line("bæk fortsat skal have en mentor.", 1, word_right=95, top=731, first_bottom=718, bottom=718, **full),
    ]  # fmt: skip
    lines[1].right = 250.0
    assert paragraphs(lines) == [
        "Vi har drøftet forslaget og mener, at borgerne i Holbæk fortsat skal have en mentor."
    ]


def test_pdf_metadata(tmp_path):
    doc = extract(
        make_pdf(
            tmp_path / "m.pdf",
            [["Tekst."]],
            title="Høringssvar fra Ældrerådet",
            author="Søren Æbelø",
            created=dt.date(2018, 10, 30),
        )
    )
    assert doc.metadata["title"] == "Høringssvar fra Ældrerådet"
    assert doc.metadata["author"] == "Søren Æbelø"
    assert doc.metadata["created"] == "2018-10-30"
    assert "subject" not in doc.metadata  # reportlab's placeholder "unspecified" is dropped


def test_pdf_with_empty_user_password_opens(tmp_path):
    doc = extract(make_encrypted_pdf(tmp_path / "aaben.pdf", ""))
    assert blocks(doc.text) == RESPONSE_LMU[:2]


def test_pdf_with_scanned_pages_among_text_pages_warns(tmp_path, monkeypatch):
    monkeypatch.setenv("HOERING_OCR", "off")  # as without Tesseract
    text = pdfium.PdfDocument(make_pdf(tmp_path / "a.pdf", [RESPONSE_LMU[:2], RESPONSE_LMU[2:4]]))
    text.import_pages(pdfium.PdfDocument(make_image_pdf(tmp_path / "b.pdf")))
    text.save(str(tmp_path / "blandet.pdf"))
    doc = extract(tmp_path / "blandet.pdf")
    assert doc.pages == 3
    assert blocks(doc.text) == RESPONSE_LMU[:4]
    assert doc.warnings == [
        "Side 3 er scannet uden tekst; teksten derfra er ikke med (tekstgenkendelse kan tilføje den)."
    ]


@pytest.mark.skipif(not ocr.available(), reason="Tesseract with the Danish model is not installed")
def test_scanned_page_among_text_pages_is_recognised_in_its_place(tmp_path):
    from intake_fixtures import make_scan_pdf

    scanned = ["Bilag: Ældrerådets bemærkninger", "Vi er imod, at færre ældre får plads i Haveprojektet."]
    doc_pdf = pdfium.PdfDocument(make_pdf(tmp_path / "a.pdf", [RESPONSE_LMU[:2]]))
    doc_pdf.import_pages(pdfium.PdfDocument(make_scan_pdf(tmp_path / "b.pdf", scanned)))
    doc_pdf.import_pages(pdfium.PdfDocument(make_pdf(tmp_path / "c.pdf", [RESPONSE_LMU[2:4]])))
    doc_pdf.save(str(tmp_path / "blandet.pdf"))
    doc = extract(tmp_path / "blandet.pdf")
    found = blocks(doc.text)
    assert found[:2] == RESPONSE_LMU[:2] and found[-2:] == RESPONSE_LMU[2:4]
    middle = " ".join(found[2:-2])
    assert "Ældrerådets bemærkninger" in middle and "Haveprojektet" in middle, found
    assert doc.warnings == ["Side 2 er scannet; teksten derfra er genkendt med OCR og kan indeholde fejl."]
    assert doc.metadata["ocr"]["pages"] == [2]


# --- the sample consultation (corpus/): every letter's text comes out exactly ---------------

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _corpus_letters():
    if not (CORPUS / "seed001_letters.py").exists():
        return []
    sys.path.insert(0, str(CORPUS))
    try:
        from seed001_letters import LETTERS
    finally:
        sys.path.remove(str(CORPUS))
    return LETTERS


@pytest.mark.parametrize("letter", _corpus_letters(), ids=lambda letter: letter.file[:2])
def test_corpus_letters_come_out_block_for_block(letter):
    """Golden test: the blocks of each sample response are the letter's own lines.

    The PDFs have right-aligned dates, bold titles, headings, one-line paragraphs, repeated
    letterheads, "Side 1 af 2" footers and a hyphenated compound; the DOCX files have page
    headers and PAGE fields in their footers.
    """
    doc = extract(CORPUS / "responses" / letter.file)
    body = [b.removeprefix("# ") for b in letter.body]
    titles = [t for t in (letter.title, letter.subject) if t]
    expected = [
        *letter.top_lines,
        letter.date_line,
        *titles,
        *body,
        *[c for c in letter.closing if c],
    ]
    assert blocks(doc.text) == expected
    assert doc.letterhead.splitlines() == list(letter.letterhead)
    assert doc.footer == ""  # only page numbers there


# --- DOCX ----------------------------------------------------------------------------


def test_docx_body_table_headers_and_footers(tmp_path):
    path = make_docx(
        tmp_path / "svar.docx",
        [*RESPONSE_LMU[:4], "Adresse:\nKanalstræde 2\n4300 Holbæk"],
        header="Ældrerådet",
        footer="Holbæk Kommune · Kanalstræde 2 · Side 1 af 2",
        first_page_header="Ældrerådet – brevpapir",
        table=[["Afsnit", "Bemærkning"], ["3.1 Mentor", "Vi er imod."]],
        table_after=1,
        headings={2},
    )
    doc = extract(path)
    assert doc.format == "docx"
    assert (
        blocks(doc.text)
        == [
            *RESPONSE_LMU[:2],
            "Afsnit | Bemærkning",  # the table stays where it stands
            "3.1 Mentor | Vi er imod.",
            *RESPONSE_LMU[2:4],
            "Adresse:\nKanalstræde 2\n4300 Holbæk",  # a soft line break is kept
        ]
    )
    assert doc.letterhead == "Ældrerådet – brevpapir\nÆldrerådet"
    assert doc.footer == "Holbæk Kommune · Kanalstræde 2"


def test_docx_renamed_pdf_is_read_as_docx(tmp_path):
    doc = extract(make_docx(tmp_path / "svar.pdf", ["Høringssvar fra Ældrerådet", "Vi er imod."]))
    assert (doc.format, doc.text) == ("docx", "Høringssvar fra Ældrerådet\n\nVi er imod.")


def test_docx_pages_and_metadata(tmp_path):
    created = dt.datetime(2018, 10, 29, 9, 30, tzinfo=dt.UTC)
    word = extract(
        make_docx(
            tmp_path / "a.docx",
            ["Tekst om Holbæk."],
            app_pages=3,
            title="Høringssvar",
            author="Søren Æbelø",
            created=created,
        )
    )
    assert word.pages == 3
    assert word.metadata["title"] == "Høringssvar"
    assert word.metadata["author"] == "Søren Æbelø"
    assert word.metadata["created"] == "2018-10-29"
    # python-docx's template says <Pages>1</Pages> with <Words>0</Words>: stale, not trusted.
    assert extract(make_docx(tmp_path / "b.docx", ["Tekst om Holbæk."])).pages is None


def _docx_with_body_xml(path, xml: str):
    """A DOCX whose body is the given WordprocessingML paragraphs."""
    from docx.oxml import parse_xml

    make_docx(path, ["Første afsnit."])
    import docx

    document = docx.Document(str(path))
    body = document.element.body
    namespaces = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    wrapper = parse_xml(f"<w:body {namespaces}>{xml}</w:body>")
    for element in list(wrapper):
        body.sectPr.addprevious(element)
    document.save(str(path))
    return path


def test_docx_tracked_changes_text_boxes_and_hyphens(tmp_path):
    path = _docx_with_body_xml(
        tmp_path / "xml.docx",
        "<w:p><w:r><w:t>Vi bor i Hol</w:t></w:r><w:r><w:softHyphen/><w:t>bæk og i Job</w:t></w:r>"
        "<w:r><w:noBreakHyphen/><w:t xml:space='preserve'> og Aktivhuset.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space='preserve'>Vi er </w:t></w:r>"
        "<w:del><w:r><w:delText>ikke </w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t xml:space='preserve'>helt </w:t></w:r></w:ins>"
        "<w:r><w:t>enige.</w:t></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>Tekst i en boks.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Tekst i en boks.</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Tekst i et indholdsfelt.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    assert blocks(extract(path).text) == [
        "Første afsnit.",
        "Vi bor i Holbæk og i Job- og Aktivhuset.",
        "Vi er helt enige.",
        "Tekst i en boks.",  # once, though Word stores a text box twice
        "Tekst i et indholdsfelt.",
    ]


def test_docx_single_column_table_is_a_layout_box(tmp_path):
    doc = extract(
        make_docx(
            tmp_path / "boks.docx",
            ["Indledning."],
            table=[["Vi er imod forslaget."], ["Med venlig hilsen"]],
        )
    )
    assert blocks(doc.text) == ["Indledning.", "Vi er imod forslaget.", "Med venlig hilsen"]


# --- plain text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", False), ("utf-8", True), ("cp1252", False), ("utf-16", False)],
)
def test_text_encodings_and_newlines(tmp_path, encoding, bom):
    text = "Kære udvalg\r\n\r\n\r\nJeg er imod lukningen af Haveprojektet i Høng.\r\n\r\nVenlig hilsen\r\nKaren Ærø\r\n"
    doc = extract(make_text(tmp_path / "borger.txt", text, encoding=encoding, bom=bom))
    assert doc.format == "txt"
    assert (
        doc.text
        == "Kære udvalg\n\nJeg er imod lukningen af Haveprojektet i Høng.\n\nVenlig hilsen\nKaren Ærø"
    )


def test_text_is_nfc_and_rejoins_hyphenation(tmp_path):
    text = unicodedata.normalize("NFD", "Vi bor i Hol-\nbæk, tæt på Job-\nog Aktivhuset.")
    doc = extract(make_text(tmp_path / "nfd.txt", text))
    assert doc.text == "Vi bor i Holbæk, tæt på Job- og Aktivhuset."


# --- errors --------------------------------------------------------------------------


def _garbage(path):
    path.write_bytes(bytes(range(256)) * 16)
    return path


def _bad_xml_docx(path):
    make_docx(path, ["Tekst."])
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>ikke afsluttet"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _truncated_docx(path):
    make_docx(path, RESPONSE_LMU)
    path.write_bytes(path.read_bytes()[:5000])
    return path


def _page_numbers_only(path):
    return make_pdf(path, [["1"], ["2"]], page_numbers=True)


def _empty_docx(path):
    return make_docx(path, ["", "  "], header="Ældrerådet")


@pytest.mark.parametrize(
    "name, make, error",
    [
        ("tom.pdf", lambda p: p.write_bytes(b""), EmptyFile),
        ("beskadiget.pdf", make_corrupt_pdf, CorruptFile),
        ("støj.pdf", _garbage, CorruptFile),
        ("støj.docx", _garbage, CorruptFile),
        ("xml.docx", _bad_xml_docx, CorruptFile),
        ("afkortet.docx", _truncated_docx, CorruptFile),
        ("krypteret.pdf", lambda p: make_encrypted_pdf(p, "hemmelig"), EncryptedFile),
        ("krypteret.docx", lambda p: make_ole(p, "encrypted"), EncryptedFile),
        ("scanning.pdf", make_image_pdf, NoTextLayer),
        ("blank.pdf", make_blank_pdf, NoText),
        ("sidetal.pdf", _page_numbers_only, NoText),
        ("tom.docx", _empty_docx, NoText),
        # Only the look of an OLE file (fixtures.make_ole): a damaged .doc / .msg. Real ones,
        # ODT, RTF and e-mails are read since issue 6 (tests/test_intake.py).
        ("gammel.doc", lambda p: make_ole(p, "doc"), CorruptFile if soffice() else NeedsConverter),
        ("besked.msg", lambda p: make_ole(p, "msg"), CorruptFile),
        ("data.bin", _garbage, UnsupportedFile),
    ],
)
def test_errors(tmp_path, monkeypatch, name, make, error):
    monkeypatch.setenv("HOERING_OCR", "off")  # the scan: needs_ocr as without Tesseract
    path = tmp_path / name
    make(path)
    with pytest.raises(error) as info:
        extract(path)
    assert type(info.value) is error
    assert info.value.file == name
    assert name in info.value.message_da()


def test_scan_is_recorded_as_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setenv("HOERING_OCR", "off")  # as without Tesseract; OCR: tests/test_intake.py
    with pytest.raises(NoTextLayer) as info:
        extract(make_image_pdf(tmp_path / "scan.pdf"))
    assert (info.value.status, info.value.code) == ("needs_ocr", "needs_ocr")


def test_unsupported_says_what_the_file_is(tmp_path):
    xlsx = tmp_path / "svar.docx"
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFile) as info:
        extract(xlsx)
    assert "Excel-regneark" in info.value.message_da()


def test_limits(tmp_path):
    pdf = make_pdf(tmp_path / "tre.pdf", [["Side et."], ["Side to."], ["Side tre."]])
    with pytest.raises(TooLarge, match="3 sider"):
        extract(pdf, Limits(max_pages=2))
    with pytest.raises(TooLarge) as info:
        extract(pdf, Limits(max_bytes=100))
    assert info.value.file == "tre.pdf"
    with pytest.raises(Timeout):
        extract(pdf, Limits(max_seconds=0))
    docx = make_docx(tmp_path / "bombe.docx", ["Tekst."])
    with pytest.raises(TooLarge):
        extract(docx, Limits(max_uncompressed_bytes=1000))


# --- cleanup functions -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hol\ufffebæk", "Holbæk"),  # pdfium's mark for a line-end hyphen
        ("Job\ufffeog Aktivhuset", "Job- og Aktivhuset"),
        ("leder\ufffeog medarbejdersiden", "leder- og medarbejdersiden"),
        ("EU\uffferegler", "EU-regler"),
        ("kom\xad\nmunen", "kommunen"),
        ("kom\xadmunen", "kommunen"),
        ("Hol-\nbæk", "Holbæk"),
        ("Job-\nog Aktivhuset", "Job- og Aktivhuset"),
        ("Job- og Aktivhuset", "Job- og Aktivhuset"),
        ("punkt -\nnæste", "punkt -\nnæste"),
        ("Nord-\nDanmark", "Nord-Danmark"),
    ],
)
def test_rejoin_hyphenation(text, expected):
    assert rejoin_hyphenation(text) == expected


@pytest.mark.parametrize(
    "line", ["2", "2/8", "2 / 8", "Side 2 af 8", "side 2", "- 2 -", "– 12 –", "Page 2 of 8", "(3)"]
)
def test_page_numbers(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2018", "Side 2 af forslaget", "Med venlig hilsen", "2. oktober"])
def test_not_page_numbers(line):
    assert not is_page_number(line)


def test_repeated_lines_need_half_the_pages_at_the_same_place():
    pages = [[("Ældrerådet", 800.0), ("Side 1 af 4", 25.0)], [("Ældrerådet", 800.5), ("Side 2 af 4", 25.0)],
             [("Ældrerådet", 700.0)], [("Andet", 800.0)]]  # fmt: skip
    assert repeated_lines(pages) == {"ældrerådet", "side # af #"}
    assert repeated_lines(pages[:1]) == set()
