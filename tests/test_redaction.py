"""The published note never shows a citizen's personal data, and still names organisations.

A consultation of citizens' and organisations' letters in every format (tests/redaction_letters.py)
goes through the real CLI: collect, the public note as DOCX, HTML and Markdown, the spreadsheet,
and the internal note. What the letters plant must be gone from every public output; what they
must keep (organisations, places, institutions, signatories) must mostly be there.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from redaction_letters import CONFIG, build

from hoering.model import RedactionKind
from hoering.redaction import is_webmail, looks_like_person


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts).replace("\u2060", "")


def xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)


def present(needle: str, text: str) -> bool:
    """`needle` as a whole word (or words, any spacing) in `text`."""
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", text) is not None


def outputs(hoering, tmp_path: Path, slug: str, *, internal: bool = False) -> dict[str, str]:
    flag = ["--internal"] if internal else []
    out: dict[str, str] = {}
    for suffix in ("docx", "html", "md"):
        path = tmp_path / f"{'intern' if internal else 'notat'}.{suffix}"
        hoering("note", slug, "-o", path, *flag)
        out[suffix] = docx_text(path) if suffix == "docx" else path.read_text(encoding="utf-8")
    xlsx = tmp_path / f"{'intern' if internal else 'overblik'}.xlsx"
    hoering("export", slug, "--xlsx", xlsx, *flag)
    out["xlsx"] = xlsx_text(xlsx)
    # Markdown escapes brackets and a few characters; a leak must not hide behind them.
    out["md"] = out["md"].replace("\\", "")
    return out


@pytest.fixture(scope="module")
def consultation(tmp_path_factory):
    """The consultation collected once, with its public and internal outputs."""
    from click.testing import CliRunner

    from hoering.cli import main

    tmp = tmp_path_factory.mktemp("redaction")
    runner = CliRunner(env={"HOERING_ARCHIVE": str(tmp / "archive")})

    def hoering(*args, ok=True):
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        assert not ok or result.exit_code == 0, result.output
        return result

    items = build(tmp / "svar")
    (tmp / "hoering.toml").write_text(CONFIG, encoding="utf-8")
    hoering("new", "persondata", "--config", tmp / "hoering.toml")
    hoering("collect", "persondata", tmp / "svar", "-j", "1")
    return items, outputs(hoering, tmp, "persondata"), outputs(hoering, tmp, "persondata", internal=True)


def test_the_public_note_leaks_nothing_and_keeps_what_is_public(consultation):
    items, public, internal = consultation
    assert len(items.planted) >= 100 and len(items.keep) >= 30

    leaks: dict[str, list[tuple[str, str]]] = {}
    planted, leaked = Counter(), Counter()
    for kind, text in items.planted:
        planted[kind] += 1
        # A name leaks if any of its words does ("Hodan" of "Hodan og Karsten Riis").
        needles = [text] + ([w for w in re.split(r"[\s.]+", text) if len(w) > 2 and w[0].isupper()] if kind == "navn" else [])
        where = [fmt for fmt, out in public.items() if any(present(n, out) for n in needles)]
        if where:
            leaked[kind] += 1
            leaks.setdefault(kind, []).append((text, ",".join(where)))
    must, kept = Counter(), Counter()
    lost = []
    for kind, text in items.keep:
        must[kind] += 1
        if all(present(text, out) for fmt, out in public.items() if fmt != "xlsx"):
            kept[kind] += 1
        else:
            lost.append((kind, text))

    print("\nlækket/plantet pr. art:")
    for kind in sorted(planted):
        print(f"  {kind:12} {leaked[kind]:3}/{planted[kind]:3}")
    print(f"  {'i alt':12} {sum(leaked.values()):3}/{sum(planted.values()):3}")
    print("bevaret/skal bevares pr. art:")
    for kind in sorted(must):
        print(f"  {kind:12} {kept[kind]:3}/{must[kind]:3}")
    print(f"  {'i alt':12} {sum(kept.values()):3}/{sum(must.values()):3}")
    if lost:
        print("ikke bevaret:", lost)

    assert not leaks, leaks
    assert sum(kept.values()) >= 0.95 * sum(must.values()), lost

    # The internal note keeps everything (the spreadsheet shows no letter text, so not there).
    for kind, text in items.planted + items.keep:
        assert all(present(text, out) for fmt, out in internal.items() if fmt != "xlsx"), (kind, text)


def test_public_note_says_what_was_removed(consultation):
    _, public, _ = consultation
    text = public["md"]
    for marker in ("[helbredsoplysning]", "[fagforeningsforhold]", "[religion]", "[etnisk oprindelse]",
                   "[seksuel orientering]", "[nummerplade fjernet]", "[navn fjernet]", "Borger 1"):  # fmt: skip
        assert marker in text, marker
    assert "følsomme oplysninger" in text


def test_redactions_are_data(tmp_path):
    """The Redactor says what it removed, whose it was and how sure it is."""
    import json

    from hoering.export import ConsultationExport
    from hoering.note import build_note

    export = json.loads((Path(__file__).parent / "data" / "export_sample.json").read_text(encoding="utf-8"))
    export["responses"][15]["text"] += "\n\nMin søn Magnus har ADHD. Bevilling 23456789 udløber i maj."
    note = build_note(ConsultationExport.from_json(export))
    found = {(r.number, r.kind, r.original): r for r in note.redactions}
    assert found[(16, RedactionKind.NAME, "Magnus")].replacement == "[navn fjernet]"
    assert found[(16, RedactionKind.HEALTH, "ADHD")].sure
    assert found[(16, RedactionKind.CPR, "120556-1234")].context.startswith("…")
    assert not found[(16, RedactionKind.PHONE, "23456789")].sure  # 8 digits, no word says "phone"
    assert found[(16, RedactionKind.NAME, "Karen Margrethe Sørensen")].replacement == "Borger 4"
    assert not build_note(ConsultationExport.from_json(export), internal=True).redactions


# --- unknown means private --------------------------------------------------------------------


def test_webmail_and_person_like_names():
    assert is_webmail("kem1957@gmail.com") and is_webmail("x@mail.dk") and is_webmail("a@live.dk")
    assert not is_webmail("info@aeldreraad-holbaek.dk") and not is_webmail(None)
    assert looks_like_person("Karl Erik Madsen") and looks_like_person("Familien Nielsen")
    assert not looks_like_person("Grundejerforeningen Bakkely") and not looks_like_person("FOA Holbæk")
    assert not looks_like_person("Holbæk Boldklub") and not looks_like_person("Bakkely")


def test_a_webmail_sender_taken_for_an_organisation_is_redacted_until_a_person_says_otherwise(
    hoering, tmp_path
):
    from intake_fixtures import make_mail

    folder = tmp_path / "svar"
    folder.mkdir()
    make_mail(
        folder / "mail.eml",
        "Høringssvar fra Bakkegården\n\nVores datter Rosa har autisme og har haft en mentor i to år. "
        "Hendes lærer, Søren Kragh, siger, hun har brug for den.\n\nRing på 23 45 67 89.\n\n"
        "Venlig hilsen\nBakkegården, Skovvej 3, 4300 Holbæk",
        sender="Bakkegården <bakkegaarden4300@gmail.com>",
    )
    (tmp_path / "hoering.toml").write_text(CONFIG, encoding="utf-8")
    hoering("new", "bakke", "--config", tmp_path / "hoering.toml")
    hoering("collect", "bakke", folder)
    detected = hoering.export("bakke")["responses"][0]
    assert detected["sender_kind"] == "organisation"  # the detection's guess

    out = tmp_path / "notat.md"
    hoering("note", "bakke", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert "1. Borger 1" in text
    for private in ("Bakkegården", "Rosa", "autisme", "Søren Kragh", "Skovvej 3", "23 45 67 89"):
        assert not present(private, text), private

    # A person says it is an organisation (no --citizen): it is published as one.
    hoering("set-sender", "bakke", "1", "Bakkegården")
    assert hoering.export("bakke")["responses"][0]["sender_source"] == "manual"
    hoering("note", "bakke", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert "1. Bakkegården" in text and "Borger 1" not in text
    assert "Skovvej 3, 4300 Holbæk" in text  # an organisation's address is public
    # Its letter still names a child and her teacher by their relation: they stay private.
    assert not present("Rosa", text) and not present("Søren Kragh", text) and "23 45 67 89" not in text
    assert "Bakkegården" in text


# --- the rules, one sentence at a time -----------------------------------------------------------


def _published(text: str, *, kind: str = "citizen") -> str:
    from hoering.config import ConsultationConfig
    from hoering.export import ConsultationExport, ExportedResponse
    from hoering.redaction import Redactor

    response = ExportedResponse(number=1, status="ok", sender="Inger Holm", sender_kind=kind,
                                sender_source="title", party="Ældrerådet" if kind == "organisation" else None,
                                text=text)  # fmt: skip
    export = ConsultationExport("x", ConsultationConfig(title="x", parties=["Ældrerådet"]), [response], [])
    redactor = Redactor(export, internal=False)
    return redactor.text(text, citizen=kind == "citizen", number=1)


@pytest.mark.parametrize(
    "text",
    [
        "Per person koster det 300 kr. om måneden.",
        "Storm og sne gør vejene farlige.",
        "Hans mor bor i Aalborg.",
        "Borgere med handicap skal have et tilbud i Holbæk.",
        "Jeg er enig med FOA og 3F i deres høringssvar.",
        "Jeg har talt med formanden for Ældrerådet, Jørgen Østergaard, om Solhøjskolen.",
        "Borgmester Søren Kjærsgaard har lovet et svar.",
        "Landsforeningen Autisme og Kræftens Bekæmpelse er enige.",
        "Vi har brugt Job- og Aktivhuset i Sønderbro og Jobcenter Holbæk.",
        "Forslag 3\nVi er imod, at tilbuddet lukker.",
    ],
)
def test_what_a_citizen_may_say_without_giving_anyone_away(text):
    assert _published(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Min søn Magnus har autisme.", ["Magnus", "autisme"]),
        ("Venlig hilsen\nPeter Holm\nKildemosen 4, Jyderup", ["Kildemosen 4"]),
        ("Vores datter, Ida Marie, går i 2. klasse.", ["Ida", "Marie"]),
        ("Magnus' lærer, Hanne Brix, er god.", ["Magnus", "Hanne", "Brix"]),
        ("Jeg er medlem af FOA.", ["FOA"]),
        ("Min kone er katolik og af polsk oprindelse.", ["katolik", "polsk"]),
        ("Vi bor på Elmevej 3, 4300 Holbæk, og har bilen CX 12 345.", ["Elmevej", "4300", "CX 12 345"]),
        ("Ring på 12 34 56 78 eller +45 1234 5678.", ["12 34 56 78", "1234 5678"]),
        ("Mvh\nInger og Yusuf", ["Inger", "Yusuf"]),
        ("Kære udvalg. I.H. skriver, at I. Holms have er vigtig.", ["Holm"]),
    ],
)
def test_what_a_citizen_gives_away_is_gone(text, gone):
    published = _published(text)
    for word in gone:
        assert word not in published, (word, published)


def test_an_organisation_keeps_its_signatories_but_not_a_relation():
    text = ("Et medlem fortalte om sin datter Freja, der har diabetes.\n\nMed venlig hilsen\n"
            "Jørgen Hansen, formand for Ældrerådet")  # fmt: skip
    published = _published(text, kind="organisation")
    assert "Freja" not in published and "diabetes" not in published
    assert "Jørgen Hansen, formand for Ældrerådet" in published
