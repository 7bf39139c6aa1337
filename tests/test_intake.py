"""Intake as it really arrives (issue 6): e-mails with attachments, Outlook messages, ODT, RTF,
scans, legacy Word, form letters, revised versions, late responses - and hostile files, all in
one folder collected in one run.

OCR and .doc conversion are exercised for real when Tesseract (with "dan") and LibreOffice
are installed, as in CI; without them the same files must come out as needs_ocr and
needs_converter.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from fixtures import make_corrupt_pdf, make_docx, make_encrypted_pdf, make_pdf, make_text
from intake_fixtures import (
    OCR_PARAGRAPHS,
    make_deep_pdf,
    make_doc,
    make_entity_bomb_docx,
    make_flate_bomb_pdf,
    make_mail,
    make_msg,
    make_page_bomb_pdf,
    make_scan_image,
    make_scan_pdf,
    make_tnef,
    make_zip_bomb_docx,
)
from pg_harness import integrity_ok

from hoering.extract import extract, ocr
from hoering.extract.doc import soffice
from hoering.extract.email import html_to_text, is_cover_note, is_reply, safe_name, split_quoted
from hoering.pipeline import campaigns
from hoering.store import Archive

OCR = ocr.available()
SOFFICE = soffice() is not None
CET = dt.timezone(dt.timedelta(hours=1))

PARTIES = [
    "Ældrerådet", "Handicaprådet", "LMU i Jobhuset", "Det lokale beskæftigelsesråd (LBR)",
    "LMU i Job- og Aktivhuset", "Integrationsrådet",
]  # fmt: skip

CONFIG = """title = "Besparelser på aktiveringsområdet"
deadline = 2018-11-01
parties = {parties}
"""

AELDRE = [
    "Holbæk, den 29. oktober 2018",
    "Høringssvar fra Ældrerådet",
    "Ældrerådet har drøftet forslaget om besparelser på aktiveringsområdet og er bekymret for "
    "Haveprojektet, som hjælper ældre borgere med havearbejde og snerydning.",
]
#: An attachment whose own text names no sender: it inherits the e-mail's.
NAMELESS = [
    "Bemærkninger til forslaget om besparelser",
    "Vi kan ikke støtte, at mentorindsatsen skæres ned. Mange borgere har brug for en fast "
    "voksen, der kan følge dem til møder og i praktik, og færre timer betyder flere afbrudte "
    "forløb.",
]
FORM_LETTER = (
    "Jeg skriver til udvalget, fordi jeg er meget bekymret for forslaget om at lukke "
    "Haveprojektet. Projektet hjælper ældre og handicappede borgere i hele kommunen med "
    "havearbejde, snerydning og små praktiske opgaver, og det giver deltagerne en fast "
    "hverdag med arbejdsrytme og fællesskab. Hvis projektet lukker, mister både de ældre og "
    "deltagerne noget, som ikke kan erstattes af andre tilbud. Jeg opfordrer derfor udvalget "
    "til at bevare Haveprojektet i sin nuværende form og finde besparelsen et andet sted."
)
INTEGRATION = [
    "Høringssvar fra Integrationsrådet",
    "Integrationsrådet mener, at sprogundervisningen skal fortsætte sideløbende med "
    "praktikken, og at mentorordningen er afgørende for nyankomne borgere. Vi foreslår, at "
    "besparelsen findes i administrationen i stedet.",
    "Med venlig hilsen",
    "Integrationsrådet",
]


def config_file(tmp_path: Path, parties=PARTIES, name: str = "hoering.toml") -> Path:
    path = tmp_path / name
    path.write_text(CONFIG.format(parties=json.dumps(parties, ensure_ascii=False)), "utf-8")
    return path


def by_file(export: dict) -> dict[str, dict]:
    return {r["file"]: r for r in export["responses"]}


def pdf_bytes(tmp_path: Path, paragraphs, name: str = "x.pdf", **kwargs) -> bytes:
    return make_pdf(tmp_path / name, [paragraphs], **kwargs).read_bytes()


def docx_bytes(tmp_path: Path, paragraphs, name: str = "x.docx") -> bytes:
    return make_docx(tmp_path / name, paragraphs).read_bytes()


# --- the whole inbox, in one run ------------------------------------------------------------


def build_inbox(tmp_path: Path) -> tuple[Path, dict[str, tuple]]:
    """A folder with every format and every hostile case. Returns it and, per file name as the
    archive shows it, (status, error_code) - or ("refused", None) for files that get no row."""
    work = tmp_path / "work"
    work.mkdir()
    folder = tmp_path / "indbakke"
    folder.mkdir()
    expected: dict[str, tuple] = {}

    def expect(name: str, status: str, code: str | None = None) -> None:
        expected[name] = (status, code)

    make_pdf(folder / "01 ældrerådet.pdf", [AELDRE])
    expect("01 ældrerådet.pdf", "ok")
    make_mail(
        folder / "02 mail med bilag.eml",
        "Hej\n\nHermed vores høringssvar.\n\nMed venlig hilsen\nLMU i Jobhuset",
        sender="LMU i Jobhuset <lmu.jobhuset@holbaek.dk>",
        attachments=[("høringssvar.pdf", pdf_bytes(work, NAMELESS))],
    )
    expect("02 mail med bilag.eml", "cover")
    expect("02 mail med bilag.eml › høringssvar.pdf", "ok")
    make_mail(
        folder / "03 borger mail.eml",
        "Kære udvalg\n\nJeg er imod lukningen af Haveprojektet, som hjælper min mor med "
        "snerydning og havearbejde hver uge. Uden projektet kan hun ikke blive boende.\n\n"
        "Venlig hilsen\nKaren Nielsen\nSkovvej 3, 4300 Holbæk",
        date=dt.datetime(2018, 11, 3, 8, 15, tzinfo=CET),
    )
    expect("03 borger mail.eml", "ok")
    make_msg(
        folder / "04 outlook.msg",
        "Til Beskæftigelsesudvalget\n\nVedhæftet er Handicaprådets høringssvar.\n\nVenlig hilsen\nSekretariatet",
        sender_name="Handicaprådet",
        # Its own words: the same text from two senders would be a form letter.
        attachments=[("svar.docx", docx_bytes(work, [
            "Rådet er bekymret for, at borgere med handicap mister den faste kontakt til en mentor, "
            "når timerne skæres ned, og at flere derfor falder ud af deres praktik.",
            "Rådet ønsker en status om et år."]))],  # fmt: skip
    )
    expect("04 outlook.msg", "cover")
    expect("04 outlook.msg › svar.docx", "ok")
    from fixtures import make_odt, make_rtf

    make_odt(folder / "05 libreoffice.odt", [
        "Høringssvar fra Det lokale beskæftigelsesråd (LBR)",
        "LBR bakker op om at sikre mest muligt for pengene, men mentorindsatsen bør bevares.",
    ])  # fmt: skip
    expect("05 libreoffice.odt", "ok")
    make_rtf(folder / "06 wordpad.rtf", [
        "Kære politikere",
        "Jeg synes, det er forkert at skære i hjælpen til de svageste borgere i kommunen.",
        "Med venlig hilsen", "Per Sørensen",
    ])  # fmt: skip
    expect("06 wordpad.rtf", "ok")
    make_scan_pdf(folder / "07 scanning.pdf")
    expect("07 scanning.pdf", *(("ok", None) if OCR else ("needs_ocr", "needs_ocr")))
    make_scan_image(folder / "08 foto.png", [
        "Kære udvalg",
        "Jeg vil gerne sige, at mentorordningen har hjulpet min søn tilbage i arbejde. "
        "Den må ikke forsvinde.",
        "Venlig hilsen", "Jens Hansen",
    ])  # fmt: skip
    expect("08 foto.png", *(("ok", None) if OCR else ("needs_ocr", "needs_ocr")))
    if make_doc(folder / "09 gammel.doc", ["Høringssvar fra LMU i Job- og Aktivhuset", "Vi har ingen bemærkninger til forslaget."]):
        expect("09 gammel.doc", "ok")
    for i, (name, sender, suffix) in enumerate(
        [("Anna Jensen", "10 enslydende 1", "docx"), ("Bo Larsen", "11 enslydende 2", "pdf"),
         ("Cecilie Holm", "12 enslydende 3", "txt")]  # fmt: skip
    ):
        text = FORM_LETTER.replace("meget bekymret", "meget bekymret" if i != 1 else "dybt bekymret")
        paragraphs = ["Kære udvalg", text, "Med venlig hilsen", name]
        path = folder / f"{sender}.{suffix}"
        if suffix == "docx":
            make_docx(path, paragraphs)
        elif suffix == "pdf":
            make_pdf(path, [paragraphs])
        else:
            make_text(path, "\n\n".join(paragraphs[:2]) + "\n\nMed venlig hilsen\n" + name + "\n")
        expect(path.name, "ok")
    make_pdf(folder / "13 integrationsrådet.pdf", [INTEGRATION])
    expect("13 integrationsrådet.pdf", "ok")
    revised = [INTEGRATION[0], INTEGRATION[1].replace("administrationen", "den centrale administration"), *INTEGRATION[2:]]
    make_pdf(folder / "14 integrationsrådet rettet version.pdf", [revised])
    expect("14 integrationsrådet rettet version.pdf", "ok")

    # Hostile and broken input.
    make_corrupt_pdf(folder / "20 afkortet.pdf")
    expect("20 afkortet.pdf", "failed", "corrupt")
    make_encrypted_pdf(folder / "21 krypteret.pdf", "hemmelig")
    expect("21 krypteret.pdf", "failed", "encrypted")
    make_pdf(folder / "22 krypteret uden kode.pdf", [["Kort svar", "Vi bakker op om forslaget."]], encrypt_password="")
    expect("22 krypteret uden kode.pdf", "ok")
    make_page_bomb_pdf(folder / "23 sidebombe.pdf")
    expect("23 sidebombe.pdf", "failed", "too_large")
    make_deep_pdf(folder / "24 dyb.pdf")
    expect("24 dyb.pdf", "ok")
    make_flate_bomb_pdf(folder / "25 flatebombe.pdf")
    expect("25 flatebombe.pdf", "failed", {"crashed", "no_text", "too_large", "corrupt"})
    make_zip_bomb_docx(folder / "26 zipbombe.docx")
    expect("26 zipbombe.docx", "failed", "too_large")
    make_entity_bomb_docx(folder / "27 billion laughs.docx")
    expect("27 billion laughs.docx", "failed", "unsafe")
    make_pdf(folder / "28 navn\x07med\\styretegn.pdf", [["Vi støtter forslaget."]])
    expect("28 navn\ufffdmed\\styretegn.pdf", "ok")
    outside = tmp_path / "uden for"
    outside.mkdir()
    make_pdf(outside / "hemmelig.pdf", [["Fortroligt notat, som ikke er et høringssvar."]])
    (folder / "29 genvej.pdf").symlink_to(outside / "hemmelig.pdf")
    expect("29 genvej.pdf", "refused", "unsafe_path")
    (folder / "30 tom.pdf").write_bytes(b"")
    expect("30 tom.pdf", "failed", "empty")
    with open(folder / "31 kæmpe.pdf", "wb") as huge:  # sparse: 200 MB that take no disk
        huge.write(b"%PDF-1.7\n")
        huge.truncate(200 * 1024 * 1024)
    expect("31 kæmpe.pdf", "refused", "too_large")
    (folder / "32 program.exe").write_bytes(b"MZ\x90\x00\x03" + bytes(range(256)) * 64)
    expect("32 program.exe", "failed", "unsupported")
    os.mkfifo(folder / "33 fifo")
    expect("33 fifo", "refused", "unsafe_path")
    make_mail(
        folder / "34 farlige bilag.eml",
        "Se vedhæftede.",
        sender="Ukendt <x@example.com>",
        attachments=[
            ("../../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n"),
            ("..\\..\\evil.docx", make_zip_bomb_docx(work / "bombe.docx", megabytes=65).read_bytes()),
            ("bilag\x1b[31m.pdf", pdf_bytes(work, NAMELESS, "afkortet.pdf")[:1200]),
        ],
    )
    expect("34 farlige bilag.eml", "cover")
    expect("34 farlige bilag.eml › passwd", "ok")
    expect("34 farlige bilag.eml › evil.docx", "failed", "too_large")
    expect("34 farlige bilag.eml › bilag[31m.pdf", "failed", "corrupt")
    return folder, expected


def test_the_whole_inbox_in_one_run(hoering, tmp_path, archive_dir):
    # A consultation collected before: nothing about it may change.
    earlier = tmp_path / "tidligere"
    earlier.mkdir()
    make_pdf(earlier / "svar.pdf", [AELDRE])
    make_mail(earlier / "mail.eml", "Hermed vores svar.", attachments=[("bilag.pdf", pdf_bytes(tmp_path, NAMELESS, "e.pdf"))])
    hoering("new", "tidligere", "--config", config_file(tmp_path, name="tidligere.toml"))
    hoering("collect", "tidligere", earlier)
    before = hoering.export("tidligere")

    folder, expected = build_inbox(tmp_path)
    hoering("new", "akt", "--config", config_file(tmp_path))
    result = hoering("collect", "akt", folder, ok=False)
    assert result.exit_code == 1  # some files could not be read, and the batch went on

    data = hoering.export("akt")
    responses = by_file(data)
    for name, (status, code) in expected.items():
        if status == "refused":
            assert name not in responses, name
            assert f"»{name}«" in result.stderr, name
            continue
        response = responses[name]
        codes = code if isinstance(code, set) else {code}
        assert response["status"] == status and response["error_code"] in codes, (name, response["status"], response["error"])
        if status in ("failed", "needs_ocr"):
            assert f"»{name}«" in response["error"], response["error"]
            assert f"FEJL: {response['error']}" in result.stderr
    assert set(responses) == {n for n, (s, _) in expected.items() if s != "refused"}

    # E-mails: one response per covering e-mail, from the attachment, which inherits.
    mail = responses["02 mail med bilag.eml"]
    attachment = responses["02 mail med bilag.eml › høringssvar.pdf"]
    assert attachment["via_email"] == mail["id"] and attachment["id"] == mail["id"] + 1
    assert (attachment["sender"], attachment["party"], attachment["sender_source"]) == (
        "LMU i Jobhuset", "LMU i Jobhuset", "email",
    )  # fmt: skip
    assert (attachment["received"], attachment["received_source"]) == ("2018-10-30", "email")
    outlook = responses["04 outlook.msg › svar.docx"]
    assert outlook["party"] == "Handicaprådet" and outlook["via_email"] == responses["04 outlook.msg"]["id"]
    citizen = responses["03 borger mail.eml"]
    assert (citizen["sender"], citizen["sender_kind"], citizen["received"]) == ("Karen Nielsen", "citizen", "2018-11-03")
    assert citizen["late"] is True and attachment["late"] is False
    assert "LMU i Jobhuset" not in data["missing_parties"]

    # Formats.
    assert responses["05 libreoffice.odt"]["party"] == "Det lokale beskæftigelsesråd (LBR)"
    assert responses["06 wordpad.rtf"]["sender"] == "Per Sørensen"
    if OCR:
        scan = responses["07 scanning.pdf"]
        assert scan["ocr"] and scan["party"] == "Ældrerådet"
        assert "Teksten er genkendt med OCR og kan indeholde fejl." in scan["warnings"]
        assert "mentor" in responses["08 foto.png"]["text"]
    if SOFFICE:
        assert responses["09 gammel.doc"]["format"] == "doc"
        assert responses["09 gammel.doc"]["party"] == "LMU i Job- og Aktivhuset"

    # Form letters, revisions.
    letters = [responses["10 enslydende 1.docx"], responses["11 enslydende 2.pdf"], responses["12 enslydende 3.txt"]]
    assert {r["campaign"] for r in letters} == {letters[0]["id"]}
    assert all(r["campaign"] is None for r in data["responses"] if r not in letters), [(r["file"], r["campaign"]) for r in data["responses"] if r["campaign"]]
    assert responses["14 integrationsrådet rettet version.pdf"]["revision_of"] == responses["13 integrationsrådet.pdf"]["id"]
    assert sum(1 for r in data["responses"] if r["revision_of"]) == 1

    # Hostile names are shown harmlessly; the archive is whole.
    assert "28 navn\ufffdmed\\styretegn.pdf" in responses
    assert responses["34 farlige bilag.eml › passwd"]["text"].startswith("root:x")
    with Archive(archive_dir) as archive:
        assert integrity_ok(archive)
        rows = archive.db.execute("SELECT sha256, size FROM responses").fetchall()
        for row in rows:
            assert len(archive.read_file(row["sha256"])) == row["size"]
        stored = (
            set(archive.blobs.hashes()) if archive.files_dir is None
            else {p.name for p in archive.files_dir.rglob("*") if p.is_file()}
        )  # fmt: skip
        assert stored == {row["sha256"] for row in rows}  # nothing half-written, nothing extra
    assert hoering.export("tidligere") == before

    # Collecting again changes nothing and reads nothing that was settled.
    again = hoering("collect", "akt", folder, ok=False)
    assert re.search(r"0 nye, \d+ uændrede", again.stdout)
    assert [r for r in hoering.export("akt")["responses"]] == data["responses"]


# --- e-mails -------------------------------------------------------------------------------


def test_cover_note_detection():
    assert is_cover_note("Hej\n\nHermed vores høringssvar.\n\nMed venlig hilsen\nAnne Berg\nLMU")
    assert is_cover_note("Se vedhæftede.")
    assert is_cover_note("")
    assert is_cover_note(
        "Kære Beskæftigelsesudvalg\n\nVedhæftet fremsendes Ældrerådets høringssvar vedrørende "
        "besparelser på aktiveringsområdet, som rådet drøftede på sit møde i går.\n\nMvh\nSekretær"
    )
    assert not is_cover_note(
        "Kære udvalg\n\nJeg er imod lukningen af Haveprojektet, som hjælper min mor med snerydning og "
        "havearbejde hver uge. Uden projektet kan hun ikke blive boende i sit hus, og det vil koste "
        "kommunen mere i sidste ende.\n\nVenlig hilsen\nKaren"
    )


def test_email_body_with_substance_and_attachment_gives_two_responses(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    body = (
        "Kære udvalg\n\nÆldrerådet er imod besparelsen på Haveprojektet, fordi de ældre mister "
        "hjælpen til snerydning, og fordi projektet giver deltagerne arbejdsrytme og fællesskab. "
        "Vi uddyber i det vedhæftede.\n\nMed venlig hilsen\nÆldrerådet"
    )
    make_mail(folder / "mail.eml", body, sender="Ældrerådet <aeldre@holbaek.dk>",
              attachments=[("uddybning.docx", docx_bytes(tmp_path, NAMELESS))])  # fmt: skip
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    mail, attachment = hoering.export("akt")["responses"]
    assert mail["status"] == "ok" and mail["party"] == "Ældrerådet" and "Haveprojektet" in mail["text"]
    assert attachment["status"] == "ok" and attachment["party"] == "Ældrerådet"
    assert attachment["file"] == "mail.eml › uddybning.docx" and attachment["via_email"] == 1


def test_email_sender_from_header_and_html_body(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    html = (
        "<html><head><style>p {color: red}</style></head><body><p>Kære udvalg</p>"
        "<p>Vi kan ikke støtte forslaget om at skære i mentorindsatsen, da det rammer "
        "borgere med handicap særligt hårdt.</p><p><img src=\"cid:logo1\"></p></body></html>"
    )
    make_mail(folder / "html.eml", "", sender="Handicaprådet <handicap@holbaek.dk>", html=html,
              inline_images=[("logo1", b"\x89PNG\r\n\x1a\n" + bytes(100))])  # fmt: skip
    path = folder / "html.eml"
    # A plain part exists but is empty: the HTML alternative gives the text.
    doc = extract(path)
    assert doc.attachments == [] and doc.metadata["skipped_attachments"] == ["logo1"]
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    (response,) = hoering.export("akt")["responses"]
    assert response["party"] == "Handicaprådet" and response["sender_source"] == "email"
    assert "mentorindsatsen" in response["text"] and "color" not in response["text"]


def test_html_to_text():
    text = html_to_text("<p>Første&nbsp;afsnit &amp; mere</p><div>Andet<br>linje</div><script>x()</script>")
    assert text == "Første afsnit & mere\n\nAndet\nlinje"


def test_reply_with_quoted_invitation_keeps_only_the_new_text():
    reply = (
        "Kære udvalg\n\nLBR mener, at mentorindsatsen skal bevares, og at besparelsen bør findes i "
        "administrationen. Vi deltager gerne i et møde om sagen.\n\nMvh\nLBR\n\n"
        "Fra: Holbæk Kommune <hoeringer@holbaek.dk>\nSendt: 15. oktober 2018 10:00\n"
        "Til: LBR\nEmne: Høring om besparelser\n\nHermed sendes forslaget i høring ..."
    )
    text, cut = split_quoted(reply)
    assert cut and "Hermed sendes forslaget" not in text and "administrationen" in text
    forward = "Til orientering.\n\n-----Original Message-----\nFrom: Borger\nSent: ...\n\nJeg er imod."
    assert split_quoted(forward) == (forward, False)  # a forward: the quoted part is the response


def test_a_short_reply_is_the_response_not_the_invitation_it_quotes():
    reply = (
        "Grundejerforeningen Solbakken har ingen bemærkninger til forslaget.\n\nHilsen\nPer Holm\n\n"
        "-----Oprindelig meddelelse-----\nFra: Teknik og Miljø <tm@kommune.dk>\n"
        "Sendt: 3. maj 2027 09:00\nEmne: Høring om trafikplan\n\nKære høringsparter\n\n"
        "Forslaget sendes hermed i høring.\n\nMed venlig hilsen\nTeknik og Miljø"
    )
    # A reply ("SV:") answers the quoted message: its short new text is the whole response.
    text, cut = split_quoted(reply, reply=True)
    assert cut and "Solbakken" in text and "Teknik og Miljø" not in text
    # Without the reply subject a short head may cover a forwarded response: all is kept.
    assert split_quoted(reply) == (reply, False)
    assert is_reply("SV: Høring om trafikplan") and is_reply("RE: x") and not is_reply("VS: x")


def test_a_cover_note_signed_without_a_greeting():
    assert is_cover_note(
        "Hermed vores høringssvar. Beklager at det kommer sent, vi holdt bestyrelsesmøde i går "
        "aftes.\n\nKirsten Dahl\nBeboerforeningen Engparken"
    )
    # A last line that is a sentence of its own is no signature.
    assert not is_cover_note(
        "Hermed vores høringssvar. Vi mener at stien langs åen skal bevares, og at cykelbroen skal "
        "flyttes mod syd.\n\nTak for ordet, det var alt"
    )


RESENT = (
    "Til rette vedkommende\n\nVi kan se, at vores høringssvar fra i går ikke er gået igennem, da det "
    "stod i udbakken. Vi håber, at det stadig kan nå med.\n\nVenlig hilsen\nBirthe Lund\n"
    "sekretær, Ældrerådet"
)
RESENT_WITH_REMARKS = (
    "Til rette vedkommende\n\nVores høringssvar er vist ikke gået igennem i går. Vi vil desuden "
    "gerne understrege, at rådet er meget bekymret for lukningen af Haveprojektet og beder udvalget "
    "finde besparelsen et andet sted.\n\nVenlig hilsen\nBirthe Lund\nsekretær, Ældrerådet"
)


def test_a_forward_whose_note_only_says_how_the_message_went_covers_it():
    # Passed on ("VS:"): a note on the message's way (did not get through, comes late) covers.
    assert is_cover_note(RESENT, passed_on=True)
    assert is_cover_note("Hej\n\nBeklager, vi glemte bilaget i mailen i går, så her kommer den igen "
                         "med rådets svar, som det blev sendt.\n\nMvh\nPer", passed_on=True)  # fmt: skip
    # A mail that passes nothing on says the same only as a letter would: it is read as one.
    assert not is_cover_note(RESENT)
    # A forward that adds remarks of its own on the matter is a response.
    assert not is_cover_note(RESENT_WITH_REMARKS, passed_on=True)
    assert not is_cover_note(
        "Hej\n\nJeg sender igen, for jeg synes ikke, at I har forstået, hvor meget Haveprojektet betyder "
        "for de ældre i vores by, og hvor svært det bliver at klare haven uden hjælp.\n\nMvh\nPer",
        passed_on=True,
    )


def test_a_forwarded_response_whose_note_only_resends_it_is_a_covering_mail(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    letter = docx_bytes(tmp_path, AELDRE, "svar.docx")
    make_mail(folder / "vs.eml", RESENT, sender="Ældrerådet <aeldreraadet@holbaek.dk>",
              subject="VS: Høringssvar fra Ældrerådet", attachments=[("Høringssvar.docx", letter)])  # fmt: skip
    make_mail(folder / "vs2.eml", RESENT_WITH_REMARKS, sender="Ældrerådet <aeldreraadet@holbaek.dk>",
              subject="Fwd: Høringssvar", attachments=[("Svar.docx", docx_bytes(tmp_path, NAMELESS, "b.docx"))])  # fmt: skip
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    rows = by_file(hoering.export("akt"))
    assert rows["vs.eml"]["status"] == "cover"
    assert rows["vs.eml › Høringssvar.docx"]["party"] == "Ældrerådet"
    assert rows["vs.eml › Høringssvar.docx"]["status"] == "ok"
    # Remarks of its own: the forwarding mail is a response beside its attachment.
    assert rows["vs2.eml"]["status"] == "ok" and "Haveprojektet" in rows["vs2.eml"]["text"]
    assert rows["vs2.eml › Svar.docx"]["party"] == "Ældrerådet"


ORIGINAL = (
    "Hej Sara\n\nJeg er imod at Haveprojektet lukker. Min mor får hjælp til haven hver uge, og uden "
    "den kan hun ikke blive boende.\n\nmvh Michael Juhl"
)
PASSING_ON = (
    "Hej høringspostkasse\n\nJeg videresender en mail, som en borger har sendt til mig. Han har givet "
    "lov til, at den indgår som høringssvar til sagen om aktiveringsområdet.\n\nVenlig hilsen\n"
    "Sara Winther\nsagsbehandler, Jobcentret\n\n"
)


@pytest.mark.parametrize("header", [
    "Den tirs. 23. okt. 2018 kl. 23.12 skrev Michael Juhl <michael.juhl@gmail.com>:",
    "On 23 Oct 2018, at 23:12, Michael Juhl <michael.juhl@gmail.com> wrote:",
    "On Tue, Oct 23, 2018 at 11:12 PM Michael Juhl <michael.juhl@gmail.com> wrote:",
])  # fmt: skip
@pytest.mark.parametrize("subject", ["VS: Haveprojektet", "Haveprojektet"])
def test_a_forward_quoted_the_way_a_reply_quotes_is_the_original_s(tmp_path, header, subject):
    quoted = "\n".join("> " + line for line in ORIGINAL.split("\n"))
    path = make_mail(tmp_path / "vs.eml", PASSING_ON + header + "\n\n" + quoted,
                     sender="Sara Winther <sawi@holbaek.dk>", subject=subject)  # fmt: skip
    doc = extract(path)
    assert doc.metadata["from_name"] == "Michael Juhl" and doc.metadata["from_address"] == "michael.juhl@gmail.com"
    assert doc.metadata["date"][:10] == "2018-10-23" and doc.metadata["forwarded_by"]["from_name"] == "Sara Winther"
    assert "Haveprojektet lukker" in doc.text and "sagsbehandler" not in doc.text


def test_a_quote_the_mail_passes_on_reaches_the_archive_without_a_header(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    quoted = "\n".join("> " + line for line in ORIGINAL.split("\n"))
    make_mail(folder / "vs.eml", PASSING_ON + quoted, sender="Sara Winther <sawi@holbaek.dk>", subject="VS: Haveprojektet")
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    (row,) = hoering.export("akt")["responses"]
    assert "Haveprojektet lukker" in row["text"]


@pytest.mark.parametrize(("header", "subject"), [
    ("-----Oprindelig meddelelse-----\nFra: Teknik og Miljø <tm@holbaek.dk>\nSendt: 15. oktober 2018 10:00\n"
     "Emne: Høring om besparelser", "SV: Høring om besparelser"),
    ("Den 15. okt. 2018 kl. 10.00 skrev Teknik og Miljø <tm@holbaek.dk>:", "Høring om besparelser"),
])  # fmt: skip
def test_a_reply_to_what_it_calls_nedenstaaende_is_no_forward(tmp_path, header, subject):
    body = ("Grundejerforeningen Solbakken har ingen bemærkninger til nedenstående.\n\nHilsen\nPer Holm\n\n"
            + header + "\n\nKære høringsparter\n\nForslaget sendes hermed i høring.\n\nMed venlig hilsen\nTeknik og Miljø")  # fmt: skip
    doc = extract(make_mail(tmp_path / "sv.eml", body, sender="Per Holm <per@solbakken.dk>", subject=subject))
    assert doc.metadata["from_name"] == "Per Holm" and "forwarded_by" not in doc.metadata
    assert "ingen bemærkninger" in doc.text


def test_attachment_names_are_made_safe():
    assert safe_name("../../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\evil.docx") == "evil.docx"
    assert safe_name("bilag\x1b[31m\n.pdf") == "bilag[31m.pdf"
    assert safe_name("...") == "bilag"
    assert len(safe_name("a" * 300 + ".pdf")) <= 100 and safe_name("a" * 300 + ".pdf").endswith(".pdf")


def test_msg_is_read_with_sender_date_and_attachments(tmp_path):
    path = make_msg(
        tmp_path / "besked.msg",
        "Hermed Handicaprådets svar.\n\nVenlig hilsen\nHandicaprådet",
        attachments=[("svar.pdf", pdf_bytes(tmp_path, NAMELESS))],
    )
    doc = extract(path)
    assert doc.format == "msg"
    assert doc.metadata["from_name"] == "Handicaprådet"
    assert doc.metadata["date"] == "2018-10-31T10:30:00+01:00"  # 09:30 UTC, in Danish time
    assert [name for name, _ in doc.attachments] == ["svar.pdf"]
    assert doc.attachments[0][1][:5] == b"%PDF-"


def test_outlook_winmail_dat_is_unpacked_into_its_email(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    # Outlook's rich-text mail: a short plain body, the real attachment inside winmail.dat,
    # its name in code page 1252.
    packed = make_tnef([("Høringssvar fra Handicaprådet.pdf", pdf_bytes(tmp_path, NAMELESS))])
    make_mail(folder / "outlook.eml", "Hermed vores høringssvar.\n\nMed venlig hilsen\nHandicaprådet",
              sender="Handicaprådet <hr@holbaek.dk>", attachments=[("winmail.dat", packed)])  # fmt: skip
    # A winmail.dat someone saved from webmail and put in the folder.
    (folder / "winmail.dat").write_bytes(
        make_tnef([("svar.docx", docx_bytes(tmp_path, NAMELESS))], body="Se vedhæftede.")
    )
    # A damaged one: kept as an attachment, and it says what it is.
    make_mail(folder / "skadet.eml", "Hermed vores svar.", sender="Ældrerådet <ae@holbaek.dk>",
              attachments=[("winmail.dat", make_tnef()[:6] + b"\x01" * 40)])  # fmt: skip
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder, ok=False)
    rows = {r["file"]: r for r in hoering.export("akt")["responses"]}
    assert rows["outlook.eml"]["status"] == "cover"
    letter = rows["outlook.eml › Høringssvar fra Handicaprådet.pdf"]
    assert letter["status"] == "ok" and letter["party"] == "Handicaprådet" and "mentorindsatsen" in letter["text"]
    assert "outlook.eml › winmail.dat" not in rows
    assert rows["winmail.dat"]["status"] == "cover"
    assert rows["winmail.dat › svar.docx"]["status"] == "ok"
    damaged = rows["skadet.eml › winmail.dat"]
    assert damaged["status"] == "failed" and "winmail.dat" in damaged["error"] and "Outlook" in damaged["error"]


def test_winmail_dat_body_is_used_when_the_mail_has_none(tmp_path):
    rtf = r"{\rtf1\ansi\ansicpg1252 {\fonttbl\f0 Calibri;}\f0 Handicapr\'e5det er imod lukningen af Haveprojektet.\par}"
    for packed in (make_tnef(body="Handicaprådet er imod lukningen af Haveprojektet."), make_tnef(rtf_body=rtf)):
        path = make_mail(tmp_path / "tom.eml", "", sender="Handicaprådet <hr@holbaek.dk>",
                         attachments=[("winmail.dat", packed)])  # fmt: skip
        doc = extract(path)
        assert "Handicaprådet er imod lukningen af Haveprojektet." in doc.text, doc.text
        assert doc.attachments == []


def test_nested_email_attachments_are_collected(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    inner = make_mail(tmp_path / "inner.eml", "Se vedhæftede.", sender="Integrationsrådet <ir@holbaek.dk>",
                      attachments=[("svar.pdf", pdf_bytes(tmp_path, NAMELESS))])  # fmt: skip
    make_mail(folder / "videresendt.eml", "Til orientering, se bilag.", sender="Kollega <k@holbaek.dk>",
              attachments=[("inner.eml", inner.read_bytes())])  # fmt: skip
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    rows = hoering.export("akt")["responses"]
    assert [r["file"] for r in rows] == [
        "videresendt.eml", "videresendt.eml › inner.eml", "videresendt.eml › inner.eml › svar.pdf",
    ]  # fmt: skip
    assert [r["status"] for r in rows] == ["cover", "cover", "ok"]
    assert rows[2]["via_email"] == 2 and rows[1]["via_email"] == 1
    assert rows[2]["party"] == "Integrationsrådet"


def test_failed_attachment_is_retried_when_its_email_is_collected_again(hoering, tmp_path, monkeypatch):
    folder = tmp_path / "ind"
    folder.mkdir()
    scan = make_scan_pdf(tmp_path / "scan.pdf", ["Høringssvar fra Ældrerådet", "Vi er imod forslaget."])
    make_mail(folder / "mail.eml", "Hermed vores svar.", attachments=[("scan.pdf", scan.read_bytes())])
    hoering("new", "akt", "--config", config_file(tmp_path))
    monkeypatch.setenv("HOERING_OCR", "off")
    hoering("collect", "akt", folder, ok=False)
    assert [r["status"] for r in hoering.export("akt")["responses"]] == ["cover", "needs_ocr"]
    if not OCR:
        return
    monkeypatch.delenv("HOERING_OCR")
    hoering("collect", "akt", folder)
    rows = hoering.export("akt")["responses"]
    assert [(r["id"], r["status"]) for r in rows] == [(1, "cover"), (2, "ok")]
    assert rows[1]["party"] == "Ældrerådet"


# --- ODT, RTF, .doc ------------------------------------------------------------------------------


def test_odt_with_table_header_and_metadata(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P, Span

    document = OpenDocumentText()
    layout = PageLayout(name="pl")
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(text="LMU i Jobhuset · Holbæk Kommune"))
    footer = Footer()
    footer.addElement(P(text="Side 1"))
    master.addElement(header)
    master.addElement(footer)
    document.masterstyles.addElement(master)
    document.text.addElement(H(outlinelevel=1, text="Høringssvar"))
    paragraph = P(text="Vi er ")
    paragraph.addElement(Span(text="imod"))
    paragraph.addText(" forslaget.")
    document.text.addElement(paragraph)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for cells in (["Element", "Bemærkning"], ["3.1 Mentor", "Bør bevares"]):
        row = TableRow()
        for cell_text in cells:
            cell = TableCell()
            cell.addElement(P(text=cell_text))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    from odf import dc, meta

    document.meta.addElement(dc.Title(text="Høringssvar fra LMU"))
    document.meta.addElement(meta.InitialCreator(text="Hanne Jensen"))
    document.meta.addElement(meta.CreationDate(text="2018-10-30T10:00:00"))
    document.meta.addElement(meta.DocumentStatistic(pagecount="1"))
    path = tmp_path / "svar.odt"
    document.save(str(path))
    doc = extract(path)
    assert doc.format == "odt"
    assert doc.text.split("\n\n") == [
        "Høringssvar", "Vi er imod forslaget.", "Element | Bemærkning", "3.1 Mentor | Bør bevares",
    ]  # fmt: skip
    assert doc.letterhead == "LMU i Jobhuset · Holbæk Kommune"
    assert doc.footer == ""  # only a page number
    assert doc.metadata == {"title": "Høringssvar fra LMU", "author": "Hanne Jensen", "created": "2018-10-30"}
    assert doc.pages == 1


def test_rtf_escapes_and_metadata(tmp_path):
    path = tmp_path / "svar.rtf"
    path.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}{\\info{\\title H\\'f8ringssvar}"
        b"{\\author \\'c6ldrer\\'e5det}{\\creatim\\yr2018\\mo10\\dy30}}\n"
        b"H\\'f8ringssvar fra \\'c6ldrer\\'e5det\\par\nVi er imod \\u8211? helt imod.\\par\n}"
    )
    doc = extract(path)
    assert doc.text == "Høringssvar fra Ældrerådet\n\nVi er imod – helt imod."
    assert doc.metadata == {"title": "Høringssvar", "author": "Ældrerådet", "created": "2018-10-30"}


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed")
def test_doc_is_converted_with_libreoffice(tmp_path):
    path = make_doc(tmp_path / "gammel.doc", ["Høringssvar fra Handicaprådet", "Vi er imod forslaget."])
    doc = extract(path)
    assert (doc.format, doc.metadata["converted_with"]) == ("doc", "LibreOffice")
    assert doc.text == "Høringssvar fra Handicaprådet\n\nVi er imod forslaget."


def test_doc_without_libreoffice_needs_a_converter(tmp_path, monkeypatch):
    from fixtures import make_ole

    from hoering.errors import NeedsConverter
    from hoering.extract import doc as doc_module

    monkeypatch.setattr(doc_module, "soffice", lambda: None)
    with pytest.raises(NeedsConverter) as info:
        extract(make_ole(tmp_path / "gammel.doc", "doc"))
    assert "LibreOffice" in info.value.message_da() and info.value.status == "failed"


# --- scans ------------------------------------------------------------------------------------


def char_accuracy(recognised: str, truth: str) -> float:
    """Characters right / total: 1 - Levenshtein distance / length of the truth."""
    from rapidfuzz.distance import Levenshtein

    a, b = " ".join(recognised.split()), " ".join(truth.split())
    return 1 - Levenshtein.distance(a, b) / len(b)


@pytest.mark.skipif(not OCR, reason="Tesseract with Danish is not installed")
def test_ocr_accuracy_on_a_danish_scan(tmp_path):
    doc = extract(make_scan_pdf(tmp_path / "scan.pdf"))
    accuracy = char_accuracy(doc.text, "\n".join(OCR_PARAGRAPHS))
    print(f"\nOCR accuracy (scan PDF, 300 dpi): {accuracy:.4f}")
    assert accuracy >= 0.97
    assert doc.text.split("\n\n")[0] == "Høringssvar fra Ældrerådet"
    # The signature stays two blocks (sender detection reads them).
    assert doc.text.split("\n\n")[-2:] == ["Med venlig hilsen", OCR_PARAGRAPHS[-1]]
    assert doc.metadata["ocr"]["language"] == "dan" and doc.warnings[0] == ocr.OCR_WARNING
    for suffix in ("png", "tif", "jpg"):
        image = extract(make_scan_image(tmp_path / f"scan.{suffix}"))
        assert image.format == "image"
        assert char_accuracy(image.text, "\n".join(OCR_PARAGRAPHS)) >= 0.95, suffix


def test_scans_without_ocr_need_ocr(tmp_path, monkeypatch):
    from hoering.errors import NoTextLayer

    monkeypatch.setenv("HOERING_OCR", "off")
    assert not ocr.available()
    for path in (make_scan_pdf(tmp_path / "scan.pdf"), make_scan_image(tmp_path / "scan.png")):
        with pytest.raises(NoTextLayer) as info:
            extract(path)
        assert info.value.status == "needs_ocr" and "tesseract-ocr-dan" in info.value.message_da()


def test_broken_image_is_not_a_document(tmp_path):
    from hoering.errors import UnsupportedFile

    path = tmp_path / "billede.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFile):
        extract(path)


# --- form letters, revisions, deadlines ------------------------------------------------------------


def test_campaigns_group_near_identical_letters_and_ignore_short_ones():
    import random

    rng = random.Random(3)
    base = FORM_LETTER.split()
    letters = []
    for n in range(1, 61):
        words = list(base)
        if n % 2:  # a small edit
            words[rng.randrange(len(words))] = "meget"
        name = f"Borger{n} Efternavn{n}"
        letters.append(campaigns.Letter(n, f"Kære udvalg\n\nMit navn er {name}. {' '.join(words)}\n\nMed venlig hilsen\n{name}", name))
    letters.append(campaigns.Letter(61, " ".join(reversed(base)), "X"))
    letters += [campaigns.Letter(62, "Vi har ingen bemærkninger.", "A"), campaigns.Letter(63, "Vi har ingen bemærkninger.", "B")]
    groups = campaigns.campaigns(letters)
    assert {groups[n] for n in range(1, 61)} == {1}
    assert 61 not in groups and 62 not in groups and 63 not in groups


def test_campaign_candidates_miss_no_pair_a_brute_force_comparison_finds():
    import itertools
    import random

    import numpy as np

    rng = random.Random(5)
    for _ in range(30):
        # Sets drawn from a small universe, many of them near copies of one another.
        base = [rng.sample(range(400), rng.randint(5, 60)) for _ in range(4)]
        sets = {}
        for n in range(1, 41):
            items = set(rng.choice(base))
            for _ in range(rng.randint(0, 6)):
                (items.add if rng.random() < 0.5 else items.discard)(rng.randrange(400))
            if items:
                sets[n] = np.array(sorted(items), dtype=np.uint64)
        threshold = rng.choice([0.5, 0.7, 0.8, 0.9])
        truth = {
            (a, b) for a, b in itertools.combinations(sorted(sets), 2)
            if campaigns.jaccard(set(sets[a].tolist()), set(sets[b].tolist())) >= threshold
        }  # fmt: skip
        found = campaigns.candidates(sets, threshold)
        assert truth <= found, (threshold, truth - found)
        assert len(found) < len(sets) * (len(sets) - 1) // 2  # it does filter


def test_revisions_same_sender(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_pdf(folder / "1 integration.pdf", [INTEGRATION])
    # The same party about something else: not a revision.
    make_pdf(folder / "2 integration tillæg.pdf", [[
        "Høringssvar fra Integrationsrådet", "Vedrørende Haveprojektet ønsker rådet, at flere "
        "nyankomne får plads i projektet, da det giver dansk sprogtræning i praksis.",
        "Med venlig hilsen", "Integrationsrådet",
    ]])  # fmt: skip
    # Resent with small edits, no word about it: a revision of 1 by similarity.
    make_pdf(folder / "3 integration igen.pdf", [INTEGRATION[:2] + ["Vi foreslår, at besparelsen findes i administrationen."] + INTEGRATION[3:]])
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    rows = hoering.export("akt")["responses"]
    assert [r["revision_of"] for r in rows] == [None, None, 1]
    # A person's decision wins and survives collecting again.
    assert "ikke en rettelse" in hoering("set-revision", "akt", "3", "--none").stdout
    assert "rettelse af nr. 1" in hoering("set-revision", "akt", "2", "--of", "1").stdout
    hoering("collect", "akt", folder)
    assert [r["revision_of"] for r in hoering.export("akt")["responses"]] == [None, 1, None]
    status = hoering("status", "akt").stdout
    assert "rettelse af nr. 1" in status, status
    # Mistakes get a Danish message and change nothing.
    for args, says in ((["2", "--of", "2"], "af sig selv"), (["2", "--of", "9"], "nr. 9 findes ikke"),
                       (["2"], "--of NUMMER"), (["2", "--of", "1", "--none"], "--of NUMMER")):  # fmt: skip
        result = hoering("set-revision", "akt", *args, ok=False)
        assert result.exit_code != 0 and says in result.output, result.output
    assert [r["revision_of"] for r in hoering.export("akt")["responses"]] == [None, 1, None]


def test_late_follows_the_deadline_and_its_changes(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_mail(folder / "a.eml", "Vi er imod forslaget om at lukke Haveprojektet, fordi de ældre mister hjælpen.",
              date=dt.datetime(2018, 11, 1, 23, 30, tzinfo=dt.UTC))  # 00:30 on 2 November in Denmark  # fmt: skip
    make_pdf(folder / "b.pdf", [["Holbæk, 1. november 2018", "Vi er imod forslaget."]])
    make_pdf(folder / "c.pdf", [["Vi er imod forslaget."]])
    os.utime(folder / "c.pdf", (dt.datetime(2018, 10, 20, 12).timestamp(),) * 2)
    hoering("new", "akt", "--config", config_file(tmp_path))
    hoering("collect", "akt", folder)
    rows = hoering.export("akt")["responses"]
    assert [(r["received"], r["received_source"], r["late"]) for r in rows] == [
        ("2018-11-02", "email", True), ("2018-11-01", "letter", False), ("2018-10-20", "mtime", False),
    ]  # fmt: skip
    moved = tmp_path / "ny.toml"
    moved.write_text(CONFIG.format(parties="[]").replace("2018-11-01", "2018-10-25"), "utf-8")
    hoering("config", "akt", "--config", moved)
    assert [r["late"] for r in hoering.export("akt")["responses"]] == [True, True, False]


@pytest.mark.sqlite_only("an archive an earlier version left: its SQLite file made by hand")
def test_migration_adds_the_columns_to_an_existing_archive(tmp_path):
    from hoering.store.migrations import MIGRATIONS

    path = tmp_path / "gammelt"
    path.mkdir()
    db = sqlite3.connect(path / "archive.sqlite", isolation_level=None)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    for fn in MIGRATIONS:
        if fn.__name__ == "m005_intake":
            break
        db.execute("BEGIN")
        fn(db)
        db.execute("INSERT INTO _migrations VALUES (?, 'x')", (fn.__name__,))
        db.execute("COMMIT")
    db.close()
    with Archive(path) as archive:
        columns = {r[1] for r in archive.db.execute("PRAGMA table_info(responses)")}
    assert {"via_email", "campaign", "revision_of", "late"} <= columns
