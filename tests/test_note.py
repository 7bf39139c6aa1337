"""The overview note (DOCX/HTML/Markdown) and the overview spreadsheet, from an export.

The sample is an export JSON; tests change it as JSON and read it with `typed()`, as a
saved export is read back.

Golden files: UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_note.py  rewrites tests/golden/note.*.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from hoering.errors import NoteTemplateError, UnsupportedNoteFormat
from hoering.export import ConsultationExport
from hoering.note import DRAFT_MARKING, INTERNAL_MARKING, build_note, render_note, write_xlsx
from hoering.note.text import danish_sort_key, join_da, numbers_text

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "export_sample.json"
GOLDEN = HERE / "golden"
TODAY = date(2018, 11, 5)

H1 = [
    "Høringsparter og indkomne høringssvar",
    "Overblik over temaer",
    "Høringssvarenes bemærkninger til indstillingens elementer",
    "Emner uden for indstillingen",
    "Tekstsamling af de enkelte høringssvar",
]
THEME_LABELS = [
    "Nedlæggelse af Haveprojektet og Serviceværkstedet",
    "Justering af mentorindsatsen",
    "Kortere aktiveringsforløb",
    "Færre aktiveringstilbud",
    "Nedsættelse af prisen på tilbud",
    "Konvertering af tilbud",
    "Omplacering og afskedigelse af medarbejdere",
    "Ældre borgere og pensionister, der mister haveservice og snerydning",
]
# Personal data in the sample that must never reach a published note.
PERSONAL = [
    "Karen",
    "Sørensen",
    "120556",
    "karen.soerensen@example.dk",
    "98 12 34 56",
    "Boulevarden 13",
    "Poul Erik Madsen",
    "Madsen",
    "Inger Nielsen",
    "Bent Kristensen",
    "Hasserisgade",
    "Kastetvej 5A",
    "Pedersen",
    "brev_pedersen",
]
typed = ConsultationExport.from_json

INJECTION = (
    "{{ 7*7 }} og {% for x in y %}løkke{% endfor %} og <script>alert(1)</script> "
    "og </w:t></w:r><w:r><w:t>xml og &amp; og {_{ x }_} og **fed** og [link](http://x.dk)"
)


@pytest.fixture
def export() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def docx_text(path: Path) -> str:
    """All text in a DOCX: body paragraphs, tables, headers and footers."""
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts).replace("\u2060", "")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs; UPDATE_GOLDEN=1 rewrites it after review"
    )


# --- golden files -------------------------------------------------------------------------


def test_markdown_golden(export, tmp_path):
    out = render_note(typed(export), tmp_path / "note.md", today=TODAY)
    check_golden("note.md", out.read_text(encoding="utf-8"))


def test_html_golden(export, tmp_path):
    out = render_note(typed(export), tmp_path / "note.html", today=TODAY)
    check_golden("note.html", out.read_text(encoding="utf-8"))


# --- content ---------------------------------------------------------------------------------


def test_counts_unique_responses(export):
    note = build_note(typed(export), today=TODAY)
    assert note.received_total == 18
    # 18 received - 1 duplicate - 1 superseded revision - 1 unreadable scan = 15 letters;
    # the 3 senders of one form letter count once: 13
    assert note.counted_total == 13
    by_key = {c.key: c for c in note.columns}
    assert by_key["have"].count_sentence == (
        "9 af 13 høringssvar omtaler nedlæggelse af Haveprojektet og Serviceværkstedet; "
        "5 er imod eller bekymrede og 4 er neutrale. "
        "Enslydende svar fra 3 borgere (nr. 13–15) er talt som ét."
    )
    # nr. 3 is superseded by nr. 17: counted once
    assert by_key["omplacering"].mentions == 7
    assert by_key["faerre"].count_sentence.endswith("1 har ingen kommentarer til temaet.")
    assert [c.key for c in note.themes] == [
        "have",
        "mentor",
        "kortere",
        "faerre",
        "pris",
        "konvertering",
    ]
    assert [c.key for c in note.emergent_themes] == ["omplacering", "aeldre"]


def test_covering_email_is_not_a_response(export):
    export = copy.deepcopy(export)
    cover = dict(export["responses"][0], id=99, status="cover", file="mail.eml",
                 text="Hermed vores høringssvar.", themes=[], themes_no_comment=[])
    export["responses"].append(cover)
    note = build_note(typed(export), today=TODAY)
    assert note.received_total == 18 and note.counted_total == 13
    assert 99 not in {e.number for e in note.responses}
    assert not note.failed or all(e.number != 99 for e in note.failed)


def test_responses_parties_and_missing(export):
    note = build_note(typed(export), today=TODAY)
    assert note.missing_sentence == (
        "Der er ikke indkommet høringssvar fra henholdsvis LMU i Jobhuset og LMU i Job- og Integrationshuset."
    )
    names = [p.name for p in note.parties]
    assert names == sorted(names, key=danish_sort_key) and names[-1] == "Ældrerådet"
    marks = {p.name: p.mark for p in note.parties}
    assert marks["Ældrerådet"] == "✓" and marks["LMU i Jobhuset"] == ""
    lines = {r.number: r.line for r in note.responses}
    assert "(modtaget efter høringsfristen)" in lines[11]
    assert "dublet af nr. 8" in lines[12]
    assert "kunne ikke læses" in lines[18]
    assert note.failed_sentence.startswith("1 høringssvar kunne ikke læses automatisk")


def test_text_compilation_groups_form_letters_and_revisions(export):
    note = build_note(typed(export), today=TODAY)
    headings = [e.heading for e in note.compilation]
    assert "13–15. Enslydende høringssvar fra 3 borgere" in headings
    assert not any(h.startswith(("14.", "15.")) for h in headings)
    entry = {e.heading: e for e in note.compilation}
    group = entry["13–15. Enslydende høringssvar fra 3 borgere"]
    assert group.notes[0] == "Afsendere: Borger 1 (nr. 13), Borger 2 (nr. 14) og Borger 3 (nr. 15)."
    assert entry["12. Ældrerådet"].paragraphs == []
    assert "Dublet af nr. 8" in entry["12. Ældrerådet"].notes[0]
    assert entry["3. LMU i Sygedagpengehuset"].paragraphs == []
    assert "revideret udgave, nr. 17" in entry["3. LMU i Sygedagpengehuset"].notes[0]
    assert any(
        "Den nyeste udgave er gengivet" in n for n in entry["17. LMU i Sygedagpengehuset"].notes
    )
    failed = entry["18. Borger 5"]
    assert (
        failed.paragraphs == []
        and "kunne ikke læses automatisk (en scanning uden tekst)" in failed.notes[0]
    )
    # Paragraphs are kept, line breaks inside one too.
    assert entry["7. LMU i Virksomhedscentret"].paragraphs[0] == (
        "Nedlæggelse af Haveprojekt og Serviceværksted\n"
        "Sympatitilkendegivelse over for de kolleger, der bliver ramt, men det vil ikke få direkte "
        "betydning for vores målgruppe."
    )


def test_passages_skip_duplicates_and_merge_form_letters(export):
    note = build_note(typed(export), today=TODAY)
    have = next(c for c in note.columns if c.key == "have")
    attributions = [p.attribution for p in have.passages]
    assert attributions.count("nr. 8, Ældrerådet") == 1  # nr. 12 is its duplicate
    assert "nr. 13–15, enslydende" in attributions


def test_danish_helpers():
    assert join_da(["A", "B", "C"]) == "A, B og C"
    assert join_da(["A"]) == "A"
    assert numbers_text([13, 14, 15, 18]) == "13–15 og 18"
    assert sorted(
        ["Ældrerådet", "Aalborg", "Zebra", "Østeråen", "Borger"], key=danish_sort_key
    ) == [
        "Borger",
        "Zebra",
        "Ældrerådet",
        "Østeråen",
        "Aalborg",
    ]


# --- DOCX -----------------------------------------------------------------------------------


def test_docx_structure(export, tmp_path):
    out = render_note(typed(export), tmp_path / "note.docx", today=TODAY)
    doc = Document(str(out))
    styled = [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert styled[0] == (
        "Title",
        "Overblik over indkomne høringssvar – Besparelser på aktiveringsområdet i 2019",
    )
    assert [t for s, t in styled if s == "Heading 1"] == H1
    h2 = [t for s, t in styled if s == "Heading 2"]
    assert h2[:2] == ["Høringsliste", "Indkomne høringssvar"]
    assert h2[2:10] == THEME_LABELS
    assert h2[10] == "1. LMU i Job- og Aktivhuset"
    assert [t for s, t in styled if s == "Heading 3"] == ["Forvaltningens bemærkninger"] * len(
        THEME_LABELS
    )
    # Headings come in the note's order: H1s interleave with their H2s.
    order = [t for s, t in styled if s in ("Heading 1", "Heading 2")]
    assert (
        order.index("Overblik over temaer")
        < order.index(THEME_LABELS[0])
        < order.index("Emner uden for indstillingen")
    )

    header_block = doc.tables[0]
    assert [c.text for c in header_block.columns[0].cells] == ["Til", "Fra", "Sagsnr.", "Dato"]
    assert header_block.cell(0, 1).text == "Beskæftigelsesudvalget"
    assert header_block.cell(2, 1).text == "2018-048371"
    assert header_block.cell(3, 1).text == "5. november 2018"

    overview = next(
        t for t in doc.tables if t.cell(0, 0).text == "Nr." and t.cell(0, 1).text == "Afsender"
    )
    assert [c.text for c in overview.rows[0].cells][2:] == THEME_LABELS
    assert len(overview.rows) == 1 + 13 + 1  # header, 13 rows (form letters on one), totals
    assert overview.rows[-1].cells[2].text == "9"  # the form letter's row counts once
    widths = [c.width for c in overview.rows[0].cells]
    section = doc.sections[0]
    assert sum(
        widths
    ) <= section.page_width - section.left_margin - section.right_margin + 635 * len(widths)

    text = docx_text(out)
    assert (
        "Der er ikke indkommet høringssvar fra henholdsvis LMU i Jobhuset og LMU i Job- og Integrationshuset."
        in text
    )
    assert (
        "11.\tDet lokale beskæftigelsesråd (LBR), modtaget 2. november 2018 (modtaget efter høringsfristen)"
        in text
    )
    assert "[Udfyldes af forvaltningen]" in text
    assert "{{" not in text and "{%" not in text


def test_docx_opens_in_libreoffice(export, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    pdfium = pytest.importorskip("pypdfium2")
    out = render_note(typed(export), tmp_path / "note.docx", today=TODAY)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = pdfium.PdfDocument(str(tmp_path / "note.pdf"))
    assert len(pdf) > 1
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    flat = " ".join(text.split())
    for heading in H1 + ["Høringsliste", "Forvaltningens bemærkninger"]:
        assert heading in flat
    for sender in [
        "LMU i Job- og Aktivhuset",
        "Ældrerådet",
        "Det lokale beskæftigelsesråd (LBR)",
        "Borger 4",
    ]:
        assert sender in flat
    assert "Karen" not in flat


def test_custom_word_template(export, tmp_path):
    template = tmp_path / "brevflet.docx"
    doc = Document()
    doc.add_paragraph("Aalborg Kommune – {{ title }}")
    doc.add_paragraph("{%p for r in responses %}")
    doc.add_paragraph("{{ r.number }}: {{ r.sender }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{{p overview_table }}")
    doc.save(template)

    out = render_note(typed(export), tmp_path / "note.docx", template_docx=template, today=TODAY)
    rendered = Document(str(out))
    lines = [p.text for p in rendered.paragraphs]
    # Not approved: the draft marking goes first, though the template does not place it.
    assert lines[0] == DRAFT_MARKING.upper()
    assert (
        lines[1]
        == "Aalborg Kommune – Overblik over indkomne høringssvar – Besparelser på aktiveringsområdet i 2019"
    )
    assert "1: LMU i Job- og Aktivhuset" in lines and "16: Borger 4" in lines
    assert len([line for line in lines if ": " in line]) == 18
    assert rendered.tables[0].cell(0, 1).text == "Afsender"
    assert "Karen" not in docx_text(out)

    # The template says nothing about "internal"; the note is still marked, in the page header too.
    out = render_note(
        typed(export), tmp_path / "intern.docx", template_docx=template, today=TODAY, internal=True
    )
    rendered = Document(str(out))
    assert INTERNAL_MARKING.upper() in rendered.sections[0].header.paragraphs[0].text
    assert INTERNAL_MARKING.upper() in rendered.paragraphs[0].text
    assert "16: Karen Margrethe Sørensen" in [p.text for p in rendered.paragraphs]


def test_templates_dir_override_and_sandbox(export, tmp_path):
    (tmp_path / "note.md.j2").write_text(
        "Mit notat: {{ title }} ({{ responses|length }} svar)\n", encoding="utf-8"
    )
    out = render_note(typed(export), tmp_path / "note.md", templates_dir=tmp_path, today=TODAY)
    assert out.read_text(encoding="utf-8").startswith(
        f"**{DRAFT_MARKING}**\n\nMit notat: Overblik over indkomne høringssvar"
    )
    # The packaged HTML template is still used, and its include finds the packaged CSS.
    html = render_note(
        typed(export), tmp_path / "note.html", templates_dir=tmp_path, today=TODAY
    ).read_text(encoding="utf-8")
    assert "@page" in html

    (tmp_path / "note.md.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
    )
    with pytest.raises(NoteTemplateError) as info:
        render_note(typed(export), tmp_path / "bad.md", templates_dir=tmp_path, today=TODAY)
    assert "kan ikke bruges" in info.value.message_da()


def test_unsupported_suffix(export, tmp_path):
    with pytest.raises(UnsupportedNoteFormat) as info:
        render_note(typed(export), tmp_path / "note.pdf")
    message = info.value.message_da()
    assert "».pdf«" in message and ".docx" in message and ".md" in message
    assert not (tmp_path / "note.pdf").exists()


def test_missing_or_broken_word_template(export, tmp_path):
    with pytest.raises(NoteTemplateError):
        render_note(typed(export), tmp_path / "note.docx", template_docx=tmp_path / "findes-ikke.docx")
    broken = tmp_path / "broken.docx"
    doc = Document()
    doc.add_paragraph("{{ title ")
    doc.add_paragraph("{% for r in responses %}")
    doc.save(broken)
    with pytest.raises(NoteTemplateError) as info:
        render_note(typed(export), tmp_path / "note.docx", template_docx=broken)
    assert "broken.docx" in info.value.message_da()
    not_docx = tmp_path / "not.docx"
    not_docx.write_text("hej")
    with pytest.raises(NoteTemplateError):
        render_note(typed(export), tmp_path / "note.docx", template_docx=not_docx)


def test_word_template_from_templates_dir(export, tmp_path):
    doc = Document()
    doc.add_paragraph("Fra mappen: {{ committee }}")
    doc.save(tmp_path / "note.docx")
    out = render_note(typed(export), tmp_path / "out.docx", templates_dir=tmp_path, today=TODAY)
    assert Document(str(out)).paragraphs[1].text == "Fra mappen: Beskæftigelsesudvalget"


# --- response text is data, never a template ------------------------------------------------------


@pytest.fixture
def hostile_export(export) -> dict:
    hostile = copy.deepcopy(export)
    first = hostile["responses"][0]
    first["text"] = f"{INJECTION}\n\n# Overskrift\n\n1. ikke en liste | pipe"
    first["summary"] = INJECTION
    first["sender"] = "LMU <b>i</b> {{ Job }}"
    hostile["theme_summaries"]["have"].append({"response_id": 1, "sender": "x", "text": INJECTION})
    hostile["consultation"]["title"] = "Besparelser {{ 6*7 }} <i>"
    return hostile


def test_injection_markdown(hostile_export, tmp_path):
    markdown_it = pytest.importorskip("markdown_it")
    md = render_note(typed(hostile_export), tmp_path / "note.md", today=TODAY).read_text(encoding="utf-8")
    assert "49" not in md and "42" not in md
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "{% for x in y %}" in html
    assert "**fed**" in html and "[link](http://x.dk)" in html
    assert "<h1>Overskrift</h1>" not in html and "# Overskrift" in html
    assert "1. ikke en liste | pipe" in html
    assert "LMU &lt;b&gt;i&lt;/b&gt; {{ Job }}" in html


def test_injection_html(hostile_export, tmp_path):
    html = render_note(typed(hostile_export), tmp_path / "note.html", today=TODAY).read_text(
        encoding="utf-8"
    )
    assert "<script>" not in html and "<b>i</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "{% for x in y %}" in html and "{{ 6*7 }}" in html
    assert "&lt;/w:t&gt;" in html and "&amp;amp;" in html


def test_injection_docx(hostile_export, tmp_path):
    out = render_note(typed(hostile_export), tmp_path / "note.docx", today=TODAY)
    text = docx_text(out)
    assert INJECTION in text
    assert "LMU <b>i</b> {{ Job }}" in text
    assert "Besparelser {{ 6*7 }} <i>" in text
    assert "49" not in text and "42" not in text


# --- personal data -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_published_note_has_no_personal_data(export, tmp_path, suffix):
    out = render_note(typed(export), tmp_path / f"note{suffix}", today=TODAY)
    text = docx_text(out) if suffix == ".docx" else out.read_text(encoding="utf-8")
    for needle in PERSONAL:
        assert needle not in text, needle
    for marker in [
        "Borger 4",
        "[CPR-nr. fjernet]",
        "[e-mail fjernet]",
        "[telefonnr. fjernet]",
        "[adresse fjernet]",
    ]:
        assert marker in text.replace("\\[", "[").replace("\\]", "]"), marker
    assert INTERNAL_MARKING not in text and INTERNAL_MARKING.upper() not in text
    # Named in another response's text: Ældrerådet mentions Karen Sørensen.
    assert "henvendelse fra Borger 4" in text


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_internal_note_is_marked_and_complete(export, tmp_path, suffix):
    out = render_note(typed(export), tmp_path / f"note{suffix}", today=TODAY, internal=True)
    if suffix == ".docx":
        doc = Document(str(out))
        assert INTERNAL_MARKING in "\n".join(p.text for p in doc.sections[0].header.paragraphs)
        text = docx_text(out)
    else:
        text = out.read_text(encoding="utf-8")
        top = text.split("<body>")[-1][:300]  # HTML: first thing in the body; Markdown: first line
        assert INTERNAL_MARKING in top
    assert "Karen Margrethe Sørensen" in text and "120556-1234" in text


def test_publish_citizen_names_keeps_names_not_numbers(export, tmp_path):
    export["consultation"]["publish_citizen_names"] = True
    md = render_note(typed(export), tmp_path / "note.md", today=TODAY).read_text(encoding="utf-8")
    assert "Karen Margrethe Sørensen" in md and "Poul Erik Madsen" in md
    assert (
        "120556" not in md and "karen.soerensen@example.dk" not in md and "Boulevarden 13" not in md
    )


def test_organisation_text_keeps_address_but_not_cpr(export):
    export["responses"][7]["text"] += (
        "\n\nÆldrerådet, Boulevarden 13, 9000 Aalborg. Formand tlf. 99 31 31 31, CPR 010150-1234."
    )
    note = build_note(typed(export), today=TODAY)
    last = next(e for e in note.compilation if e.heading == "8. Ældrerådet").paragraphs[-1]
    assert (
        last
        == "Ældrerådet, Boulevarden 13, 9000 Aalborg. Formand tlf. [telefonnr. fjernet], CPR [CPR-nr. fjernet]."
    )


# --- xlsx --------------------------------------------------------------------------------------


def test_xlsx(export, tmp_path):
    from openpyxl import load_workbook

    export["responses"][1]["summary"] = '=HYPERLINK("http://x.dk", "klik")'
    out = write_xlsx(typed(export), tmp_path / "overblik.xlsx")
    wb = load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header == [
        "Nr.",
        "Modtaget",
        "Afsender",
        "Udtaler sig som",
        "Part",
        "Temaer",
        "Holdning",
        "Samlet holdning",
        "Resumé",
        "Vurdering",
    ]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:J19"
    assert ws.max_row == 19
    assert ws.column_dimensions["I"].width >= 50
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    assert rows[16][2].value == "Borger 4" and rows[16][3].value == "Privatperson"
    assert rows[1][3].value == "Organisation" and rows[1][4].value == "LMU i Job- og Aktivhuset"
    assert rows[1][1].value.date() == date(2018, 10, 24)
    assert "Justering af mentorindsatsen: imod/bekymret" in rows[1][6].value
    assert "Færre aktiveringstilbud: ingen kommentarer" in rows[1][6].value
    assert rows[8][7].value == "imod forslaget" and rows[18][7].value in (None, "")
    assert rows[2][8].data_type == "s" and rows[2][8].value.startswith("=HYPERLINK")
    assert rows[12][8].value.startswith("[Dublet af nr. 8")
    assert rows[18][8].value.startswith("[Kunne ikke læses")
    assert rows[1][9].value in (None, "")
    assert rows[1][8].alignment.wrap_text
    every = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    for needle in PERSONAL:
        assert needle not in every, needle

    internal = load_workbook(write_xlsx(typed(export), tmp_path / "intern.xlsx", internal=True)).active
    assert internal.cell(row=17, column=3).value == "Karen Margrethe Sørensen"
    assert "intern" in internal.title


# --- edge cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx", ".xlsx"])
def test_minimal_export_renders(tmp_path, suffix):
    export = {
        "format_version": 1,
        "consultation": {"title": "Ny skolestruktur", "committee": None, "parties": ["Skolerådet"]},
        "responses": [
            {
                "id": 1,
                "status": "failed",
                "error_code": "corrupt",
                "sender": None,
                "sender_kind": "citizen",
                "text": None,
            },
        ],
    }
    out = tmp_path / f"note{suffix}"
    if suffix == ".xlsx":
        write_xlsx(typed(export), out)
    else:
        render_note(typed(export), out, today=TODAY)
    assert out.stat().st_size > 0
    note = build_note(typed(export), today=TODAY)
    assert note.missing_sentence == "Der er ikke indkommet høringssvar fra Skolerådet."
    assert note.counted_total == 0 and note.compilation[0].heading == "1. Borger 1"


def test_many_themes_fit_the_page(export, tmp_path):
    for i in range(1, 13):
        export["consultation"]["themes"][f"ekstra{i}"] = {
            "label": f"Et ekstra element i indstillingen nummer {i}",
            "keywords": [],
        }
    out = render_note(typed(export), tmp_path / "note.docx", today=TODAY)
    doc = Document(str(out))
    overview = next(t for t in doc.tables if t.cell(0, 0).text == "Nr.")
    assert len(overview.columns) == 2 + 20
    grid = overview._tbl.tblGrid.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"
    )
    section = doc.sections[0]
    text_width_twips = (section.page_width - section.left_margin - section.right_margin) // 635
    assert (
        sum(
            int(g.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w"))
            for g in grid
        )
        <= text_width_twips
    )


def test_late_and_missing_parties_are_the_exports(export):
    # The note takes them as the export says; it does not work them out again.
    export["responses"][0]["received"] = "2018-12-24"  # after the deadline, but not marked late
    export["missing_parties"] = ["Ældrerådet"]
    note = build_note(typed(export), today=TODAY)
    first = next(e for e in note.responses if e.number == 1)
    assert not first.late and "høringsfristen" not in first.line
    assert note.missing_sentence == "Der er ikke indkommet høringssvar fra Ældrerådet."
    assert {p.name for p in note.parties if not p.answered} == {"Ældrerådet"}


def test_a_quote_that_leans_on_the_sentence_before_is_quoted_with_it() -> None:
    from hoering.note.text import is_statement, standalone

    paragraph = "Forslaget betyder, at haveservicen til 300 pensionister ophører. Det er vi bekymrede for."
    assert standalone("Det er vi bekymrede for.", [paragraph]) == (
        "Forslaget betyder, at haveservicen til 300 pensionister ophører. Det er vi bekymrede for.")
    long_one = "Det er svært at se sammenhængen til, at der skal gives færre og kortere forløb."
    assert standalone(long_one, [long_one]) == long_one
    assert not is_statement("Med venlig hilsen")
    assert not is_statement("Karen Jensen, formand")
    assert is_statement("Vi er imod lukningen.")


def test_each_response_line_gives_its_overall_position(export):
    note = build_note(typed(export), today=TODAY)
    lines = {e.number: e.line for e in note.responses}
    assert lines[8].endswith("– samlet: imod forslaget")
    assert "samlet" not in lines[18]  # unreadable: no position
