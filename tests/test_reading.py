"""Reading a letter the way a person does: sender, kind, date, version, form letter, e-mail
structure. Each rule is tried on small letters the tests write, most through the real
`hoering collect` into a real archive; the development consultations measure the rules as a
whole (`hoering eval`, at the end)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest
from fixtures import make_docx, make_pdf, make_text
from intake_fixtures import make_mail

from hoering.analysis.evaluate_reading import evaluate_readings, normalise_sender
from hoering.dates import date_line, letter_date
from hoering.extract import ExtractedDocument, extract
from hoering.parties import match_party
from hoering.pipeline import campaigns
from hoering.pipeline.discover import collect_order
from hoering.senders import (
    REVIEW_BELOW,
    SenderGuess,
    confidence,
    detect_sender,
    has_org_word,
    is_people,
)

ROOT = Path(__file__).resolve().parent.parent
CET = dt.timezone(dt.timedelta(hours=1))
PARTIES = ["Ældrerådet", "Seniorrådet", "Idrætsrådet", "Forældrerådet ved Solbjerg Musikskole",
           "MED-udvalget i Jobcenter Egebæk", "Dansk Sygeplejeråd Kreds Syd", "Skolebestyrelsen ved Vestskolen"]  # fmt: skip
BODY = ("vi har læst forslaget om at lukke biblioteket i Vestby og er bekymrede for, hvad det betyder "
        "for de ældre borgere, som bruger det hver uge.")  # fmt: skip


def config(tmp_path: Path, parties=PARTIES, deadline: str = "2027-03-10") -> Path:
    path = tmp_path / "hoering.toml"
    path.write_text(f'title = "Besparelser på kultur"\ndeadline = {deadline}\nparties = {json.dumps(parties, ensure_ascii=False)}\n', "utf-8")
    return path


def collect(hoering, tmp_path: Path, folder: Path, parties=PARTIES) -> dict[str, dict]:
    hoering("new", "k", "--config", config(tmp_path, parties))
    hoering("collect", "k", folder, ok=False)
    return {r["file"]: r for r in hoering.export("k")["responses"]}


def letter(*paragraphs: str, letterhead: str = "") -> ExtractedDocument:
    return ExtractedDocument(format="docx", text="\n\n".join(paragraphs), letterhead=letterhead)


def server_mail(path: Path, sender: str, body: str, *, subject: str = "Høringssvar",
                date: str = "Mon, 09 Mar 2027 10:00:00 +0100") -> Path:
    """An e-mail as a mail server saves it: Return-Path and Received first, quoted-printable."""
    import quopri
    from email.header import Header
    from email.utils import formataddr, parseaddr

    name, address = parseaddr(sender)
    sender = formataddr((str(Header(name, "utf-8").encode()) if not name.isascii() else name, address))
    head = (f"Return-Path: <{address}>\r\nReceived: from mx.example.net by mx.kommune.dk; {date}\r\n"
            f"DKIM-Signature: v=1; a=rsa-sha256; d=example.net\r\nFrom: {sender}\r\nTo: hoering@kommune.dk\r\n"
            f"Subject: {Header(subject, 'utf-8').encode()}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")  # fmt: skip
    path.write_bytes(head.encode("ascii") + quopri.encodestring(body.encode("utf-8")).replace(b"\n", b"\r\n"))
    return path


# --- server-saved e-mails -----------------------------------------------------------------


def test_a_server_saved_mail_is_read_as_an_email_and_decoded(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    server_mail(folder / "svar.eml", "Karl Erik Madsen <kem1957@gmail.com>",
                "Til udvalget\n\nVi er særligt bekymrede for lukningen af biblioteket. Det er et sted, hvor man mødes.\n\n"
                "Dato 1. februar 2027 blev forslaget sendt ud.\n\nMed venlig hilsen\nKarl Erik Madsen\n")  # fmt: skip
    (response,) = collect(hoering, tmp_path, folder).values()
    assert response["format"] == "eml"
    assert "særligt bekymrede" in response["text"] and "=C3" not in response["text"]
    assert "Return-Path" not in response["text"] and "DKIM" not in response["text"]
    assert (response["received"], response["received_source"]) == ("2027-03-09", "email")
    assert (response["sender"], response["sender_kind"]) == ("Karl Erik Madsen", "citizen")


# --- the From header ------------------------------------------------------------------------


def test_the_from_header_name_and_domain_decide_person_or_organisation(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    # A union's own name and domain: not the member the text mentions, nor the signing person.
    make_mail(folder / "1 kreds.eml", "Kære udvalg\n\nVi har læst forslaget. Vores medlem Hanne Jensen har gjort os "
              "opmærksom på, at arbejdsmiljøet bliver ringere, og det er vi bekymrede for.\n\nMed venlig hilsen\n"
              "Peter Olsen\nKredsformand", sender='"Kreds 7" <kreds7@dlf.org>')  # fmt: skip
    # A private person at a webmail address, whose text names someone: a citizen, as the header names him.
    make_mail(folder / "2 karl.eml", "Hej\n\nJeg er imod at lukke biblioteket. Karl bruger det hver dag, og jeg "
              "synes, det er forkert.\n\nHilsen\nKarl", sender="Karl Erik Madsen <kem1957@gmail.com>")  # fmt: skip
    # A board's chair writing from her private address: the letter signs for the board.
    make_mail(folder / "3 bestyrelse.eml", "Kære udvalg\n\nSkolebestyrelsen ved Vestskolen er imod lukningen af "
              "biblioteket, som eleverne bruger hver uge.\n\nMed venlig hilsen\nPå vegne af skolebestyrelsen\n"
              "Sara Mikkelsen, formand", sender="Sara Mikkelsen <sara.m84@gmail.com>")  # fmt: skip
    # A first name alone at a webmail address.
    make_mail(folder / "4 mette.eml", "Hej\n\nJeg synes ikke, I skal lukke biblioteket. Mine børn låner bøger der.\n\n"
              "Mette", sender="Mette <mette_bk@hotmail.com>")  # fmt: skip
    found = collect(hoering, tmp_path, folder)
    assert (found["1 kreds.eml"]["sender"], found["1 kreds.eml"]["sender_kind"]) == ("Kreds 7", "organisation")
    assert (found["2 karl.eml"]["sender"], found["2 karl.eml"]["sender_kind"]) == ("Karl Erik Madsen", "citizen")
    assert found["3 bestyrelse.eml"]["party"] == "Skolebestyrelsen ved Vestskolen"
    assert (found["4 mette.eml"]["sender"], found["4 mette.eml"]["sender_kind"]) == ("Mette", "citizen")


# --- the recipient is not the sender; one organisation is never another -----------------------


def test_the_address_block_is_never_the_sender():
    doc = letter("Egebæk Kommune", "Jobcenter Egebæk", "Att.: Udvalget", "Rådhustorvet 1", "8790 Egebæk",
                 "Egebæk, den 9. marts 2027", "Høringssvar om åbningstider",
                 "Som virksomhed med 140 ansatte er vi bekymrede for kortere åbningstider i dagtilbuddene.",
                 "Med venlig hilsen", "Egebæk Plast A/S", "Kirsten Holmgaard, adm. direktør")  # fmt: skip
    guess = detect_sender(doc, "svar.pdf", PARTIES)
    assert guess.party is None and guess.name == "Egebæk Plast A/S" and guess.kind == "organisation"
    til = letter("Til Solbjerg Kommune", "Kultur og Fritid", "Att.: Udvalget for Kultur og Fritid",
                 "Vi skriver, fordi " + BODY, "Med venlig hilsen", "Anders Holm og Sofie Holm")  # fmt: skip
    assert detect_sender(til, "x.pdf", PARTIES).name == "Anders Holm og Sofie Holm"


def test_an_organisation_above_the_address_block_is_the_letterhead():
    doc = letter("Vestby Tømrer ApS", "Til Sundheds- og Ældreudvalget, Vesterå Kommune", "Bemærkninger til forslaget",
                 "Vestby Tømrer ApS bygger om for ældre i hele kommunen, og vi " + BODY[3:],
                 "Med venlig hilsen", "Morten Skov", "salgschef")  # fmt: skip
    assert (detect_sender(doc, "x.docx", PARTIES).name, detect_sender(doc, "x.docx", PARTIES).kind) == (
        "Vestby Tømrer ApS", "organisation")
    titled = letter("Høringssvar til Udvalget for Kultur og Fritid", "Jeg er imod, fordi " + BODY, "Niels Ravn")
    assert (detect_sender(titled, "x.odt", PARTIES).name, detect_sender(titled, "x.odt", PARTIES).kind) == (
        "Niels Ravn", "citizen")


@pytest.mark.parametrize(("name", "party"), [
    ("Forældrerådet", None),  # alike as strings, not word for word: never Ældrerådet
    ("Jobcentrets MED-udvalg", None),
    ("Ældrerådet", "Ældrerådet"),
    ("Musikskolens forældreråd ved Solbjerg Musikskole", "Forældrerådet ved Solbjerg Musikskole"),
])  # fmt: skip
def test_a_party_match_never_maps_one_organisation_onto_another(name, party):
    found = match_party(name, PARTIES)
    assert (found[0] if found else None) == party


TOWN_PARTIES = ["Ældrerådet", "DH Vesterbjerg", "Ældre Sagen Vesterbjerg", "Vesterbjerg Ungdomsråd", "Cyklistforbundet Vesterbjerg",
                "Skolebestyrelsen ved Bakke Skole", "Skolebestyrelsen ved Enghave Skole", "Lokalrådet i Vesterbjerg Kommune"]  # fmt: skip


@pytest.mark.parametrize(("name", "party"), [
    ("Vesterbjerg", None),  # the town most parties are named after is no party's distinctive word
    ("Vesterbjerg Kommune", None),
    ("DH Vesterbjerg", "DH Vesterbjerg"),
    ("Skolebestyrelsen ved Bakke", "Skolebestyrelsen ved Bakke Skole"),  # "Skole" is shared: little weight
    ("Ældre Sagen", "Ældre Sagen Vesterbjerg"),  # a name may leave out the town most parties share ...
    ("Cyklistforbundet", "Cyklistforbundet Vesterbjerg"),
    ("Enghave", None),  # ... but a place is not a school board: two parties' words are not the town's
    ("Skolebestyrelsen", None),
])  # fmt: skip
def test_a_shorter_name_must_hold_the_distinctive_words_of_a_party(name, party):
    found = match_party(name, TOWN_PARTIES)
    assert (found[0] if found else None) == party


def test_unsure_readings_are_flagged_for_review(hoering, tmp_path):
    assert confidence(SenderGuess("Ældrerådet", party="Ældrerådet", score=100.0)) >= REVIEW_BELOW
    assert confidence(SenderGuess("Ældrerådet", party="Ældrerådet", score=86.0)) < REVIEW_BELOW
    assert confidence(SenderGuess("Svar fra Vestby", source="filename")) < REVIEW_BELOW
    assert confidence(SenderGuess(None)) == 0.0
    folder = tmp_path / "ind"
    folder.mkdir()
    make_docx(folder / "1 ældrerådet.docx", ["Høringssvar fra Ældrerådet", "Ældrerådet er imod, at " + BODY])
    make_docx(folder / "2 anonym.docx", ["Vi er imod forslaget, fordi " + BODY])
    found = collect(hoering, tmp_path, folder)
    assert found["1 ældrerådet.docx"]["sender_review"] is False and found["1 ældrerådet.docx"]["sender_confidence"] >= 0.95
    assert found["2 anonym.docx"]["sender_review"] is True
    # A person's decision is sure.
    hoering("set-sender", "k", "2", "Seniorrådet")
    assert hoering.export("k")["responses"][1]["sender_review"] is False


# --- senders a person reads at once ------------------------------------------------------------


@pytest.mark.parametrize(("paragraphs", "sender"), [
    (["Skolebestyrelsens høringssvar til Udvalget for Kultur", "Vi " + BODY], "Skolebestyrelsen"),
    (["Seniorrådets bemærkninger", "Rådet " + BODY[3:]], "Seniorrådet"),
    (["Unge har brug for steder at være", "Af Egebæk Kommunes Ungdomsråd", "Vi " + BODY], "Egebæk Kommunes Ungdomsråd"),
    (["Dansk Sygeplejeråd Kreds Syd bakker op om forslaget, men " + BODY], "Dansk Sygeplejeråd Kreds Syd"),
    (["Idrætsrådet har drøftet forslaget på sit møde, og " + BODY], "Idrætsrådet"),
])  # fmt: skip
def test_senders_named_by_genitive_titles_bylines_and_opening_sentences(paragraphs, sender):
    guess = detect_sender(letter(*paragraphs, "Med venlig hilsen", "Jens Hansen"), "svar.docx", PARTIES)
    assert (guess.name, guess.kind) == (sender, "organisation")


def test_a_web_form_names_its_sender_in_its_fields():
    form = letter("Høringssvar indsendt via kommune.dk/hoeringer", "Navn: Jens Peter Lauridsen",
                  "E-mail: jp@outlook.dk", "Svarer som: Privatperson", "Organisation:", "Høringssvar:", "Jeg " + BODY[3:])  # fmt: skip
    assert (detect_sender(form, "formular.txt", PARTIES).name, detect_sender(form, "", PARTIES).kind) == (
        "Jens Peter Lauridsen", "citizen")
    club = letter("Afgivet: 11.03.2027 kl. 22:41", "Navn: Bo Nielsen", "Organisation: Solbjerg Skakklub",
                  "Høringssvar fra Solbjerg Skakklub", "Vi " + BODY)  # fmt: skip
    guess = detect_sender(club, "formular.txt", PARTIES)
    assert (guess.name, guess.kind) == ("Solbjerg Skakklub", "organisation")


@pytest.mark.parametrize("name", ["Vestby Lærerkreds", "Grundejerforeningen Bakken", "Remisen Café ApS",
                                  "MED-udvalget", "Idrætsrådet", "Bestyrelsen", "Kreds 7", "BUPL", "3F Holmstrup"])  # fmt: skip
def test_organisation_words_are_never_a_citizen(name):
    assert has_org_word(name) and not is_people(name)
    guess = detect_sender(letter("Jeg synes, at " + BODY, "Med venlig hilsen", name), "svar.docx", [])
    assert (guess.name, guess.kind) == (name, "organisation")


@pytest.mark.parametrize("name", ["Karl Erik Madsen", "Rasmus og Trine Kjeldsen", "Anders Holm og Sofie Holm",
                                  "Inge-Lise Brandt"])  # fmt: skip
def test_people_and_households_are_citizens(name):
    assert is_people(name) and not has_org_word(name)
    guess = detect_sender(letter("Vi er imod, fordi " + BODY, name, "Bygaden 22, 4600 Solbjerg"), "svar.docx", [])
    assert (guess.name, guess.kind) == (name, "citizen")


def test_a_letter_in_the_first_person_singular_signed_by_a_person_is_hers():
    """"vi" for the neighbours and a district under the name do not make a citizen an organisation."""
    doc = letter("Til Udvalget for Kultur og Fritid", "Jeg vil gerne protestere mod at lukke biblioteket i Nordby.",
                 "Vi er mange i Nordby, der bruger det hver uge, og vi har ingen bil. Det rammer os hårdt.",
                 "Jeg har to børn, som låner bøger der hver lørdag.", "Med venlig hilsen", "Maria Petersen", "Nordby")  # fmt: skip
    guess = detect_sender(doc, "Bevar biblioteket - Maria Petersen.docx", PARTIES)
    assert (guess.name, guess.kind) == ("Maria Petersen", "citizen")


INITIAL_PARTIES = ["Ældrerådet", "Grønt Råd Vestby", "Danmarks Naturfredningsforening Vestby", "Vestby Sejlklub",
                   "LMU Den Kommunale Tandpleje", "Vestby Erhvervsforum"]  # fmt: skip


def test_a_party_named_by_its_initials_or_its_unit_is_read_as_that_party(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_mail(folder / "dn.eml", "Kære udvalg\n\nVi er imod, fordi " + BODY + "\n\nVenlig hilsen\nAnne Dahl\n"
              "Formand, DN Vestby\nvestby@dn.dk\n", sender="DN Vestby <vestby@dn.dk>", subject="Bemærkninger")  # fmt: skip
    make_docx(folder / "lmu.docx", ["Høringssvar fra LMU, Den Kommunale Tandpleje", "LMU har drøftet forslaget, og " + BODY,
                                    "For LMU", "Tina Kjær, næstformand"])  # fmt: skip
    make_docx(folder / "opening.docx", ["Danmarks Naturfredningsforening i Vestby sender hermed vores bemærkninger.",
                                        "Vi er imod, fordi " + BODY, "Med venlig hilsen", "Bestyrelsen"])  # fmt: skip
    # A citizen whose initials are a party's, in a file named by them: hers, never the party's.
    make_docx(folder / "Høringssvar DN.docx", ["Jeg er imod, fordi " + BODY, "Jeg bor selv tæt på.",
                                               "Med venlig hilsen", "Dorte Nørgaard"])  # fmt: skip
    found = collect(hoering, tmp_path, folder, parties=INITIAL_PARTIES)
    assert found["dn.eml"]["party"] == "Danmarks Naturfredningsforening Vestby"
    assert found["lmu.docx"]["party"] == "LMU Den Kommunale Tandpleje"
    assert found["opening.docx"]["party"] == "Danmarks Naturfredningsforening Vestby"
    citizen = found["Høringssvar DN.docx"]
    assert (citizen["sender"], citizen["sender_kind"], citizen["party"]) == ("Dorte Nørgaard", "citizen", None)


@pytest.mark.parametrize(("title", "party"), [
    ("Høringssvar fra Danmarks Naturfredningsforening, Vestby afdeling", "Danmarks Naturfredningsforening Vestby"),
    ("Høringssvar fra LMU, Den Kommunale Tandpleje", "LMU Den Kommunale Tandpleje"),
    ("Høringssvar fra Ældrerådet, vedr. biblioteket", "Ældrerådet"),
    ("Høringssvar fra Grønt Råd Vestby, Vestby Sejlklub", "Grønt Råd Vestby"),  # two names: the first
])  # fmt: skip
def test_a_title_comma_may_introduce_the_senders_branch_or_unit(title, party):
    guess = detect_sender(letter(title, "Vi " + BODY, "Med venlig hilsen", "Jens Hansen"), "svar.docx", INITIAL_PARTIES)
    assert guess.party == party


def test_a_date_line_never_names_the_sender():
    parties = [*TOWN_PARTIES, "Vesterbjerg Handicapråd"]
    doc = letter("Høringssvar om biblioteket", "Vi er imod, at " + BODY, "Vesterbjerg, 3. marts 2027",
                 "Lone og Per Berg")
    guess = detect_sender(doc, "svar.pdf", parties)
    assert (guess.name, guess.kind, guess.party) == ("Lone og Per Berg", "citizen", None)


def test_a_name_beside_a_person_with_a_job_title_is_the_organisation_he_signs_for():
    doc = letter("Handel Vestby er ikke høringspart, men vi sender alligevel nogle bemærkninger.",
                 "Vi " + BODY, "Med venlig hilsen", "Handel Vestby", "Peter Krogh", "direktør")  # fmt: skip
    guess = detect_sender(doc, "bemærkninger.pdf", PARTIES)
    assert (guess.name, guess.kind) == ("Handel Vestby", "organisation")
    for signature in (["Peter Krogh", "direktør", "Handel Vestby"], ["Peter Krogh", "direktør, Handel Vestby"],
                      ["Peter Krogh", "Direktør", "Glasværket"]):  # fmt: skip
        guess = detect_sender(letter("Vi " + BODY, "Med venlig hilsen", *signature), "svar.pdf", PARTIES)
        assert (guess.name, guess.kind) == (signature[-1].split(", ")[-1], "organisation")
    household = letter("Vi " + BODY, "Med venlig hilsen", "Rasmus Kjeldsen", "Trine Kjeldsen")
    assert detect_sender(household, "svar.pdf", PARTIES).kind == "citizen"


def test_when_in_doubt_the_sender_is_a_private_person():
    # A name without an organisation word beside a person's signature: where she lives, not who sends.
    doc = letter("Vi er imod, at " + BODY, "Med venlig hilsen", "Jonas Bjerg", "Strandby")
    assert (detect_sender(doc, "svar.docx", PARTIES).name, detect_sender(doc, "svar.docx", PARTIES).kind) == (
        "Jonas Bjerg", "citizen")
    for filename in ("svar.docx", "Vejplan 2029.pdf"):  # nobody named; a file name alone makes no organisation
        assert detect_sender(letter("Vi er imod, at " + BODY), filename, PARTIES).kind == "citizen"
    titled = detect_sender(letter("Vejplan 2029 – bemærkninger fra Vestby Handelsstandsforening", "Vi " + BODY),
                           "x.pdf", PARTIES)  # fmt: skip
    assert (titled.name, titled.kind, titled.source) == ("Vestby Handelsstandsforening", "organisation", "title")
    # Written as "jeg" and signed by a person: hers, though her file is named after a council ...
    mine = letter("Jeg er imod, at " + BODY, "Jeg har selv brugt det i mange år.", "Med venlig hilsen", "Hanne Moos")
    assert detect_sender(mine, "Høringssvar Seniorrådet.docx", PARTIES).kind == "citizen"
    # A first name alone signs a letter written as "jeg".
    signed = detect_sender(letter("Jeg er imod, at " + BODY, "Jeg er vred.", "Hilsen Malthe"), "svar.docx", PARTIES)
    assert (signed.name, signed.kind) == ("Malthe", "citizen")
    # ... unless she signs in an office of one.
    chair = letter("Jeg er imod, at " + BODY, "Jeg har selv brugt det i mange år.", "Med venlig hilsen",
                   "Hanne Moos", "formand for Seniorrådet")  # fmt: skip
    assert (detect_sender(chair, "svar.docx", PARTIES).party, detect_sender(chair, "svar.docx", PARTIES).kind) == (
        "Seniorrådet", "organisation")


def test_a_unit_named_under_its_organisation_is_the_party_that_names_both():
    parties = ["Ældrerådet", "DH Holmstrup", "3F Holmstrup, Byggegruppen", "HK Holmstrup, Kommunalgruppen"]
    doc = letter("3F Holmstrup", "Byggegruppen · Havnevej 3 · 6100 Holmstrup", "Tlf. 70 30 03 00 · holmstrup@3f.dk",
                 "Holmstrup Kommune", "Teknik og Miljø", "Høringssvar vedr. vejplanen", "Vi " + BODY,
                 "Med venlig hilsen", "3F Holmstrup", "Lars Bech", "faglig sekretær, Byggegruppen")  # fmt: skip
    guess = detect_sender(doc, "3F høringssvar.pdf", parties)
    assert (guess.name, guess.party, guess.kind) == ("3F Holmstrup, Byggegruppen",) * 2 + ("organisation",)
    header = letter("Vi " + BODY, "Med venlig hilsen", "Dorthe Lind", letterhead="HK Holmstrup\nKommunalgruppen")
    assert detect_sender(header, "svar.docx", parties).party == "HK Holmstrup, Kommunalgruppen"


# --- the letter's date ---------------------------------------------------------------------------


def test_the_letter_date_is_its_date_line_not_a_date_it_mentions():
    text = "\n\n".join(["Høringssvar", "Dette svar erstatter vores svar af 3. marts 2027, hvor et tal var forkert.",
                        "Udvalget mødes den 12. februar 2027.", "Egebæk, den 9. marts 2027", "Med venlig hilsen", "Rådet"])  # fmt: skip
    assert letter_date(text) == dt.date(2027, 3, 9)
    assert letter_date("Pr. 1. august 2027 lukker filialen.\n\nVi er imod.") is None
    # A date line without a year is in the year the letter came in (or the year before).
    assert letter_date("Vi er imod.\n\nVesterå, den 5. maj\n\nAage Thomsen", near=dt.date(2027, 5, 6)) == dt.date(2027, 5, 5)
    assert letter_date("Vi er imod.\n\nden 28. december", near=dt.date(2027, 1, 3)) == dt.date(2026, 12, 28)
    assert letter_date("Vi er imod.\n\nVesterå, den 5. maj") is None
    assert letter_date("Solbjerg, marts 2027\n\nVi er imod.") is None
    for line, day in [("Solbjerg d. 7/3 2027", (2027, 3, 7)), ("d. 2/3-25", (2025, 3, 2)), ("9/3-2027", (2027, 3, 9)),
                      ("d. 9.3.27", (2027, 3, 9)), ("Afgivet: 11.03.2027 kl. 22:41", (2027, 3, 11)),
                      ("3. marts 2027", (2027, 3, 3))]:  # fmt: skip
        assert date_line(line) == dt.date(*day), line


def test_a_date_line_shares_its_line_with_a_header_or_the_subject_run_into_it():
    assert letter_date("Grønt Råds høringssvar\n\nKulturplan 2027–2030 · 10. marts 2027\n\nVi er imod.") == dt.date(2027, 3, 10)
    assert letter_date("Kulturplan\t\t10. marts 2027\n\nVi er imod.") == dt.date(2027, 3, 10)
    assert letter_date("Poul Hansen\n\nVestby, den 21. februar 2027 Angående biblioteket\n\nJeg er imod.") == dt.date(2027, 2, 21)
    assert letter_date("Vestby, den 21. februar 2027 Vedr. biblioteket\n\nJeg er imod.") == dt.date(2027, 2, 21)
    # Dates the letter talks about stay out, whatever follows them.
    assert letter_date("Vi mødtes den 3. marts 2027 vedr. biblioteket.\n\nJeg er imod.") is None
    assert letter_date("Vedr. mødet 3. marts 2027\n\nJeg er imod.") is None
    assert letter_date("Borgermøde · Rådhuset\n\nJeg er imod.") is None


def test_a_scanned_date_is_read_through_ocr_noise():
    assert letter_date("Poul Hansen\n\nVestby, den 2l. fehruar 2O27\n\nJeg er imod.") == dt.date(2027, 2, 21)
    assert letter_date("Jeg er imod.\n\nVestby d. 3. rnarts 2027\n\nPoul Hansen") == dt.date(2027, 3, 3)
    assert letter_date("Odense, den 1O. 0ktober 2027\n\nJeg er imod.") == dt.date(2027, 10, 10)
    # A name is not a number, and a word that is no month stays one.
    assert letter_date("Ole Olsen\n\nVestby, den 3. Pinse 2027\n\nJeg er imod.") is None
    # The letter's own clean date line wins over a repaired one further down.
    assert letter_date("Vestby, den 3. marts 2027\n\nJeg er imod.\n\nVestby, den l. rnaj 2O27") == dt.date(2027, 3, 3)


def test_received_is_the_mtime_when_the_letter_came_in_after_it_was_written(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_docx(folder / "a.docx", ["Vestby, den 2. marts 2027", "Vi er imod, fordi " + BODY, "Med venlig hilsen", "Vestby Lokalråd"])
    make_docx(folder / "b.docx", ["Vestby, den 2. marts 2027", "Vi er imod, fordi " + BODY, "Med venlig hilsen", "Østby Lokalråd"])
    os.utime(folder / "a.docx", (dt.datetime(2027, 3, 4, 10).timestamp(),) * 2)  # scanned in two days later
    os.utime(folder / "b.docx", (dt.datetime(2027, 9, 1, 10).timestamp(),) * 2)  # a copy made months later
    found = collect(hoering, tmp_path, folder)
    assert (found["a.docx"]["received"], found["a.docx"]["received_source"]) == ("2027-03-04", "mtime")
    assert (found["b.docx"]["received"], found["b.docx"]["received_source"]) == ("2027-03-02", "letter")


# --- revisions point from the newer to the older --------------------------------------------------


def test_the_corrected_version_replaces_the_original_whatever_the_names_say(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    original = ["Høringssvar fra Idrætsrådet", "Idrætsrådet er imod gebyret for lokaler, fordi foreningerne "
                "i forvejen har mistet 12 procent af tilskuddet.", "Med venlig hilsen", "Idrætsrådet"]  # fmt: skip
    corrected = ["Høringssvar fra Idrætsrådet", "Revideret høringssvar. Dette erstatter vores svar af 2. marts.",
                 original[1].replace("12", "10"), "Med venlig hilsen", "Idrætsrådet"]  # fmt: skip
    # The names suggest the wrong order: "_endelig" sorts and reads as the last word.
    make_docx(folder / "svar idrætsrådet_endelig.docx", original)
    make_docx(folder / "svar idrætsrådet.docx", corrected)
    for name in ("svar idrætsrådet_endelig.docx", "svar idrætsrådet.docx"):  # the same day
        os.utime(folder / name, (dt.datetime(2027, 3, 5, 10).timestamp(),) * 2)
    found = collect(hoering, tmp_path, folder)
    newer, older = found["svar idrætsrådet.docx"], found["svar idrætsrådet_endelig.docx"]
    assert newer["revision_of"] == older["id"] and older["revision_of"] is None


# --- form letters with a personal paragraph ---------------------------------------------------------


FORM = [
    "Bevar Vestby Bibliotek!",
    "Jeg er imod forslaget om at lukke Vestby Bibliotek. Biblioteket er byens eneste offentlige mødested, "
    "hvor børn, ældre og foreninger kommer hver eneste uge.",
    "Hvis biblioteket lukker, skal de mindste børn og de ældre køre ni kilometer for at låne en bog, og "
    "bogbussen kan ikke erstatte et bibliotek med åbent hver dag.",
    "Jeg opfordrer udvalget til at droppe forslaget og finde pengene et andet sted i kulturbudgettet.",
]
PROPOSAL = ("»Det foreslås, at den betjente åbningstid på Hovedbiblioteket og filialerne reduceres med i alt 38 "
            "timer om ugen, og at det åbne bibliotek udvides, så bibliotekerne er tilgængelige fra kl. 7 til 22 "
            "alle ugens dage, og at der i de selvbetjente timer ikke er personale til stede.«")  # fmt: skip


def test_form_letters_with_a_personal_paragraph_are_one_campaign_and_quotes_are_not(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_docx(folder / "1 borger.docx", [*FORM, "Med venlig hilsen", "Louise Damgaard"])
    plural = [p.replace("Jeg er", "Vi er").replace("Jeg opfordrer", "Vi opfordrer") for p in FORM]
    make_docx(folder / "2 borger.docx", [*plural[:2], "Vores to børn har begge gået til lektiecafé der hver onsdag.",
                                         *plural[2:], "Med venlig hilsen", "Rasmus og Trine Kjeldsen"])  # fmt: skip
    make_docx(folder / "3 borger.docx", [*FORM[:2], "Vejen til byen er livsfarlig at cykle på for en dreng på ti år.",
                                         FORM[3], "Med venlig hilsen", "Hanne Vestergaard"])  # fmt: skip
    # Two citizens quote the same lines of the proposal and go opposite ways: no campaign.
    make_docx(folder / "4 citat.docx", ["Jeg har læst forslaget, hvor der står:", PROPOSAL,
                                        "Det er jeg imod. Uden personale tør jeg ikke gå derind om aftenen, og jeg har ikke MitID.",
                                        "Med venlig hilsen", "Inge-Lise Brandt"])  # fmt: skip
    make_docx(folder / "5 citat.docx", ["I forslaget står der:", PROPOSAL,
                                        "Det synes jeg er en god idé. Som studerende vil jeg gerne kunne læse på biblioteket sent.",
                                        "Med venlig hilsen", "Mads Holmgaard"])  # fmt: skip
    found = collect(hoering, tmp_path, folder)
    groups = {name: r["campaign"] for name, r in found.items()}
    assert groups["1 borger.docx"] == groups["2 borger.docx"] == groups["3 borger.docx"] == found["1 borger.docx"]["id"]
    assert groups["4 citat.docx"] is None and groups["5 citat.docx"] is None


def test_containment_keeps_the_smaller_letter_whole():
    base = " ".join(FORM)
    longer = base + " " + " ".join(["Min mor bor alene og har brug for biblioteket for at se andre mennesker."] * 1)
    a = campaigns.shingle_hashes(campaigns.words(base))
    b = campaigns.shingle_hashes(campaigns.words(longer))
    assert campaigns.containment(a, b) == 1.0


# --- e-mail structure -----------------------------------------------------------------------------


def test_an_inline_logo_is_not_a_response_even_when_the_plain_body_is_read(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    html = "<p>Kære udvalg</p><p>Kreds 5 er imod gebyret.</p><p><img src=\"cid:logo@kreds.dk\"></p>"
    make_mail(folder / "kreds.eml", "Kære udvalg\n\nKreds 5 er imod gebyret for lokaler, fordi foreningerne i forvejen "
              "har mistet tilskud.\n\nMed venlig hilsen\nKreds 5", sender="Kreds 5 <kreds5@bkf.dk>", html=html,
              inline_images=[("logo@kreds.dk", b"\x89PNG\r\n\x1a\n" + bytes(100))])  # fmt: skip
    found = collect(hoering, tmp_path, folder)
    assert list(found) == ["kreds.eml"]


@pytest.mark.parametrize("marker", [
    "---------- Videresendt meddelelse ---------\nFra: Gitte <gitte78@gmail.com>\nDato: ons. 5. mar. 2025 kl. 19.40\n"
    "Emne: Børnehave\nTil: <borgerservice@egebaek.dk>",
    "-----Oprindelig meddelelse-----\nFra: Gitte <gitte78@gmail.com>\nSendt: 5. marts 2025 19:40\n"
    "Til: Borgerservice <borgerservice@egebaek.dk>\nEmne: Børnehave",
    "Begin forwarded message:\n\nFrom: Gitte <gitte78@gmail.com>\nSubject: Børnehave\nDate: 5 March 2025 at 19.40.10 CET\n"
    "To: borgerservice@egebaek.dk",
])  # fmt: skip
def test_a_forwarded_mail_is_the_response_and_its_original_sender_the_sender(hoering, tmp_path, marker):
    folder = tmp_path / "ind"
    folder.mkdir()
    body = (f"Hej Børn og Læring\n\nVi har modtaget nedenstående i Borgerservice, så jeg sender det videre.\n\n"
            f"Venlig hilsen\nKirsten Møller\nBorgerservice, Egebæk Kommune\n\n{marker}\n\nHej\nJeg har læst i avisen, "
            "at I vil lukke Kildevang. Min datter har gået der siden hun var 3, og hun har det så godt der.\n"
            "Hilsen Gitte\n")  # fmt: skip
    make_mail(folder / "VS Børnehave.eml", body, sender="Borgerservice Egebæk Kommune <borgerservice@egebaek.dk>",
              date=dt.datetime(2025, 3, 6, 9, 12, tzinfo=CET))  # fmt: skip
    (response,) = collect(hoering, tmp_path, folder).values()
    assert "Kildevang" in response["text"] and "Kirsten Møller" not in response["text"]
    assert (response["sender"], response["sender_kind"], response["received"]) == ("Gitte", "citizen", "2025-03-05")


def test_a_copy_is_the_duplicate_not_the_original(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    for name in ("Svar Ældrerådet.pdf",):
        make_pdf(folder / name, [["Høringssvar fra Ældrerådet", "Ældrerådet er imod, at " + BODY]])
    data = (folder / "Svar Ældrerådet.pdf").read_bytes()
    for copy in ("Svar Ældrerådet - Kopi.pdf", "Copy of Svar Ældrerådet.pdf", "Svar Ældrerådet(1).pdf"):
        (folder / copy).write_bytes(data)
    found = collect(hoering, tmp_path, folder)
    original = found["Svar Ældrerådet.pdf"]
    assert original["status"] == "ok" and original["duplicate_of"] is None
    for copy in ("Svar Ældrerådet - Kopi.pdf", "Copy of Svar Ældrerådet.pdf", "Svar Ældrerådet(1).pdf"):
        assert (found[copy]["status"], found[copy]["duplicate_of"]) == ("duplicate", original["id"])
    assert sorted(["b.pdf", "a - Kopi.pdf", "a.pdf"], key=collect_order) == ["a.pdf", "a - Kopi.pdf", "b.pdf"]


# --- the evaluation ------------------------------------------------------------------------------


def test_eval_scores_the_readings_against_labels(hoering, tmp_path):
    folder = tmp_path / "ind"
    folder.mkdir()
    make_docx(folder / "a.docx", ["Vestby, den 2. marts 2027", "Høringssvar fra Ældrerådet", "Ældrerådet er imod, at " + BODY])
    make_text(folder / "b.txt", "Jeg er imod, fordi " + BODY + "\n\nMed venlig hilsen\nKarl Erik Madsen\n")
    collect(hoering, tmp_path, folder)
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"codebook": {}, "responses": [
        {"n": 1, "file": "a.docx", "sender": "Ældrerådet", "kind": "organisation", "party": "Ældrerådet",
         "letter_date": "2027-03-02", "campaign": None, "revision_of": None},
        {"n": 2, "file": "b.txt", "sender": "Karl Erik Madsen", "kind": "organisation", "party": "Seniorrådet",
         "letter_date": None, "campaign": None, "revision_of": None},
    ]}, ensure_ascii=False), "utf-8")  # fmt: skip
    report = json.loads(hoering("eval", "k", "--labels", labels, "--json").stdout)["reading"]
    assert (report["sender"]["right"], report["sender"]["total"]) == (2, 2)
    assert (report["kind"]["right"], report["kind"]["total"]) == (1, 2)  # the label says organisation
    assert (report["party_precision"]["right"], report["party_precision"]["total"]) == (1, 1)
    assert (report["party_recall"]["right"], report["party_recall"]["total"]) == (1, 2)
    assert report["letter_date"]["value"] == 1.0
    text = hoering("eval", "k", "--labels", labels).stdout
    assert "Afsender" in text and "Høringspart, præcision" in text and "Brevets dato" in text
    assert normalise_sender("Det Lokale Beskæftigelsesråd (LBR).") == normalise_sender("det lokale beskæftigelsesråd (lbr)")
    assert evaluate_readings([], {"responses": []}).labelled == 0


@pytest.mark.parametrize(("folder", "labels", "maker"), [
    ("corpus/responses", "corpus/labels.json", None),
    (None, "tests/data/dev001/labels.json", "tests/data/dev001/make_dev001.py"),
    (None, "corpus/dev002/labels.json", "corpus/dev002/make_dev002.py"),
    (None, "corpus/dev003/labels.json", "corpus/dev003/make_dev003.py"),
    (None, "corpus/dev004/labels.json", "corpus/dev004/make_dev004.py"),
    (None, "corpus/dev005/labels.json", "corpus/dev005/make_dev005.py"),
    (None, "corpus/dev006/labels.json", "corpus/dev006/make_dev006.py"),
    (None, "corpus/dev007/labels.json", "corpus/dev007/make_dev007.py"),
    (None, "corpus/dev008/labels.json", "corpus/dev008/make_dev008.py"),
    (None, "corpus/dev009/labels.json", "corpus/dev009/make_dev009.py"),
    (None, "corpus/dev010/labels.json", "corpus/dev010/make_dev010.py"),
    (None, "corpus/dev011/labels.json", "corpus/dev011/make_dev011.py"),
    (None, "corpus/dev012/labels.json", "corpus/dev012/make_dev012.py"),
])  # fmt: skip
def test_the_development_consultations_reach_the_targets(hoering, tmp_path, folder, labels, maker):
    """The issue's bar: sender >= 95 %, kind 100 %, party precision 100 % and recall >= 95 %,
    dates >= 95 %, revision direction 100 %, campaign pairs >= 95 %, every covering mail read
    as one."""
    import subprocess

    if maker:
        folder = tmp_path / "set"
        subprocess.run([sys.executable, str(ROOT / maker), str(folder)], check=True, capture_output=True)
    else:
        folder = ROOT / folder
    config = ROOT / labels.replace("labels.json", "hoering.toml")
    hoering("new", "d", "--config", config)
    hoering("collect", "d", folder, ok=False)
    r = json.loads(hoering("eval", "d", "--labels", ROOT / labels, "--json").stdout)["reading"]

    def at_least(key: str, bar: float) -> None:
        if r[key]["total"]:
            assert r[key]["value"] >= bar, (key, r[key], r["errors"])

    at_least("sender", 0.95)
    at_least("kind", 1.0)
    at_least("party_precision", 1.0)
    at_least("party_recall", 0.95)
    at_least("letter_date", 0.95)
    at_least("received", 0.95)
    at_least("revision_direction", 1.0)
    at_least("campaign_precision", 0.95)
    at_least("campaign_recall", 0.95)
    at_least("duplicates", 1.0)
    at_least("covers", 1.0)
    assert r["found"] == r["labelled"] and not r["extra"], r["errors"]


def test_extract_reads_a_server_saved_mail(tmp_path):
    path = server_mail(tmp_path / "a.eml", "Kreds 7 <kreds7@dlf.org>", "Vi er imod.\n")
    assert extract(path).format == "eml"
