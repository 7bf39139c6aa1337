"""Sender detection (hoering.senders) and party matching (hoering.parties).

Most tests build `ExtractedDocument`s directly; the last ones read the bundled sample
consultation in corpus/ and check the sender of all eleven responses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoering.extract import ExtractedDocument
from hoering.parties import aliases, match_party
from hoering.senders import SenderGuess, detect_sender

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LABELS = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
PARTIES: list[str] = LABELS["consultation"]["parties"]


def doc(*paragraphs: str, letterhead: str = "", footer: str = "") -> ExtractedDocument:
    return ExtractedDocument(
        format="pdf", text="\n\n".join(paragraphs), letterhead=letterhead, footer=footer
    )


BODY = (
    "Vi har drøftet forslaget om besparelser på aktiveringsområdet og er bekymrede for, "
    "at de borgere, der er længst fra arbejdsmarkedet, bliver ramt hårdest."
)
BODY_2 = "Vi opfordrer til, at mentorindsatsen fortsat målrettes dem, der har størst behov."


def without(*names: str) -> list[str]:
    return [p for p in PARTIES if p not in names]


# ------------------------------------------------------------------- match_party


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("Det Lokale Beskæftigelsesråd", "Det lokale beskæftigelsesråd (LBR)"),
        ("Det lokale beskæftigelsesråd (LBR)", "Det lokale beskæftigelsesråd (LBR)"),
        ("LBR", "Det lokale beskæftigelsesråd (LBR)"),
        ("Høringssvar fra LBR", "Det lokale beskæftigelsesråd (LBR)"),
        ("Ældrerådet", "Ældrerådet"),
        ("Ældreråd", "Ældrerådet"),
        ("Aalborg Ældreråd", "Ældrerådet"),
        ("aeldreraadet", "Ældrerådet"),
        ("LMU Job- og Aktivhuset", "LMU i Job- og Aktivhuset"),
        ("lmu job og aktivhuset", "LMU i Job- og Aktivhuset"),
        ("LMU i Uddanelseshuset", "LMU i Uddannelseshuset"),  # a typo
        ("LMU i Jobhuset", "LMU i Jobhuset"),
        ("medarbejderne i Ressourcecenter Aalborg", "Medarbejderne i Ressourcecenter Aalborg"),
        ("LMU i Ressourcecenter Aalborg", "LMU i Ressourcecenter Aalborg"),
        (
            "Medarbejderne i AMU i Job- og Ydelsesafdelingen",
            "Medarbejderne i AMU i Job- og Ydelsesafdelingen",
        ),
        ("AMU i Job- og Ydelsesafdelingen", "AMU i Job- og Ydelsesafdelingen"),
        ("haveprojektet servicevaerkstedet", "Medarbejderne i Haveprojektet og Serviceværkstedet"),
    ],
)
def test_match_party_tolerates_spelling_and_form(name, party):
    found = match_party(name, PARTIES)
    assert found is not None, name
    assert found[0] == party
    assert 85 <= found[1] <= 100


@pytest.mark.parametrize(
    ("name", "parties"),
    [
        # The LMU of one house is not the LMU of another with a similar name.
        ("LMU i Jobhuset", without("LMU i Jobhuset")),
        ("LMU i Job- og Aktivhuset", ["LMU i Jobhuset", "LMU i Job- og Integrationshuset"]),
        ("LMU i Job- og Integrationshuset", ["LMU i Jobhuset", "LMU i Job- og Aktivhuset"]),
        # The staff are not their staff committee, and the other way round.
        (
            "Medarbejderne i Ressourcecenter Aalborg",
            without("Medarbejderne i Ressourcecenter Aalborg"),
        ),
        ("LMU i Ressourcecenter Aalborg", without("LMU i Ressourcecenter Aalborg")),
        (
            "Medarbejderne i AMU i Job- og Ydelsesafdelingen",
            without("Medarbejderne i AMU i Job- og Ydelsesafdelingen"),
        ),
        ("AMU i Job- og Ydelsesafdelingen", without("AMU i Job- og Ydelsesafdelingen")),
        # Ambiguous: both the LMU and the staff of the centre are parties.
        ("Ressourcecenter Aalborg", PARTIES),
        # Not parties at all.
        ("Jobcenter Aalborg", PARTIES),
        ("Familie- og Beskæftigelsesforvaltningen", PARTIES),
        ("Beskæftigelsesudvalget", PARTIES),
        ("Karen Nielsen", PARTIES),
        ("", PARTIES),
        ("Ældrerådet", []),
    ],
)
def test_match_party_refuses_near_misses(name, parties):
    assert match_party(name, parties) is None


def test_match_party_threshold_is_a_parameter():
    assert match_party("Ældrerådet i Aalborg Kommune", PARTIES) is not None
    assert match_party("Ældrerådet i Aalborg Kommune", PARTIES, threshold=99.5) is None


def test_aliases_include_the_parenthesised_acronym():
    assert aliases("Det lokale beskæftigelsesråd (LBR)") == [
        "Det lokale beskæftigelsesråd (LBR)",
        "Det lokale beskæftigelsesråd",
        "LBR",
    ]
    assert aliases("Ældrerådet") == ["Ældrerådet"]
    assert "AMU-JYA" in aliases("AMU i Job- og Ydelsesafdelingen (AMU-JYA)")
    assert match_party("AMU-JYA", ["AMU i Job- og Ydelsesafdelingen (AMU-JYA)"])


# ----------------------------------------------------------------- detect_sender


def test_title_only():
    guess = detect_sender(doc("Høringssvar fra Ældrerådet", BODY), "svar.pdf", PARTIES)
    assert guess == SenderGuess("Ældrerådet", "organisation", "title", "Ældrerådet", 100.0)


def test_title_with_staff_of_a_centre_is_not_its_lmu():
    text = doc("Høringssvar fra medarbejderne i Ressourcecenter Aalborg", BODY)
    guess = detect_sender(text, "05.pdf", PARTIES)
    assert (guess.name, guess.source) == ("Medarbejderne i Ressourcecenter Aalborg", "title")


def test_title_with_staff_of_amu():
    text = doc("Høringssvar fra medarbejderne i AMU i Job- og Ydelsesafdelingen", BODY)
    guess = detect_sender(text, "10.docx", PARTIES)
    assert guess.party == "Medarbejderne i AMU i Job- og Ydelsesafdelingen"


def test_title_followed_by_a_subject():
    text = doc("Høringssvar fra LBR vedr. besparelser på aktiveringsområdet", BODY)
    guess = detect_sender(text, "", PARTIES)
    assert (guess.party, guess.source) == ("Det lokale beskæftigelsesråd (LBR)", "title")


def test_first_line_naming_a_staff_committee_is_a_title():
    text = doc("Aalborg, den 30. oktober 2018", "LMU i Ressourcecenter Aalborg", BODY)
    guess = detect_sender(text, "04_LMU RCA høringssvar.pdf", PARTIES)
    assert (guess.party, guess.source) == ("LMU i Ressourcecenter Aalborg", "title")


def test_letterhead_only():
    text = doc(BODY, BODY_2)
    guess = detect_sender(
        text.__class__(
            format="docx", text=text.text, letterhead="LMU i Uddannelseshuset\nJobcenter Aalborg"
        ),
        "brev.docx",
        PARTIES,
    )
    assert guess == SenderGuess(
        "LMU i Uddannelseshuset", "organisation", "letterhead", "LMU i Uddannelseshuset", 100.0
    )


def test_letterhead_with_separators_and_contact_details():
    letterhead = "Aalborg Ældreråd · Boulevarden 13 · 9000 Aalborg · tlf. 99 31 31 31"
    guess = detect_sender(doc(BODY, letterhead=letterhead), "", PARTIES)
    assert (guess.party, guess.source) == ("Ældrerådet", "letterhead")


def test_letterhead_in_the_first_lines_of_the_text():
    text = doc("Det Lokale Beskæftigelsesråd", "Aalborg, den 26. oktober 2018", BODY)
    guess = detect_sender(text, "", PARTIES)
    assert (guess.party, guess.source) == ("Det lokale beskæftigelsesråd (LBR)", "letterhead")


def test_recipient_address_is_not_the_sender():
    text = doc(
        "Familie- og Beskæftigelsesforvaltningen\nJob- og Ydelsessekretariatet\nSønderbro 12\n9000 Aalborg",
        "Aalborg, den 29. oktober 2018",
        BODY,
        "Med venlig hilsen\n\nLMU i Virksomhedscentret",
    )
    guess = detect_sender(text, "", PARTIES)
    assert (guess.party, guess.source) == ("LMU i Virksomhedscentret", "signature")


def test_title_beats_an_ambiguous_letterhead():
    text = doc("Høringssvar fra medarbejderne i Ressourcecenter Aalborg", BODY)
    text.letterhead = "Ressourcecenter Aalborg\nJobcenter Aalborg"
    guess = detect_sender(text, "", PARTIES)
    assert guess.party == "Medarbejderne i Ressourcecenter Aalborg"


@pytest.mark.parametrize(
    ("closing", "party"),
    [
        (
            "Med venlig hilsen\n\nBirgitte Nørgaard\nPå vegne af LMU i Sygedagpengehuset",
            "LMU i Sygedagpengehuset",
        ),
        ("Med venlig hilsen\n\nKnud Erik Sørensen\nformand for Ældrerådet", "Ældrerådet"),
        (
            "Venlig hilsen\nHanne Jensen\nFormand for Det Lokale Beskæftigelsesråd",
            "Det lokale beskæftigelsesråd (LBR)",
        ),
        (
            "Med venlig hilsen\n\nAnders Holm\nNæstformand for LMU i Virksomhedscentret",
            "LMU i Virksomhedscentret",
        ),
        (
            "På vegne af AMU i Job- og Ydelsesafdelingen\n\nLone Bach Pedersen\nFormand",
            "AMU i Job- og Ydelsesafdelingen",
        ),
        ("Med venlig hilsen\nLMU i Job- og Aktivhuset", "LMU i Job- og Aktivhuset"),
        # The extractor may join the signature's lines into one paragraph.
        (
            "Med venlig hilsen Birgitte Nørgaard På vegne af LMU i Sygedagpengehuset",
            "LMU i Sygedagpengehuset",
        ),
    ],
)
def test_signature_only(closing, party):
    guess = detect_sender(
        doc("Høringssvar vedr. besparelserne", BODY, BODY_2, closing), "x.pdf", PARTIES
    )
    assert (guess.name, guess.kind, guess.source, guess.party) == (
        party,
        "organisation",
        "signature",
        party,
    )


@pytest.mark.parametrize(
    ("filename", "party"),
    [
        ("08_hoeringssvar_aeldreraadet.docx", "Ældrerådet"),
        ("01 Høringssvar LMU Job- og Aktivhuset.pdf", "LMU i Job- og Aktivhuset"),
        ("11_LBR høringssvar besparelser aktivering.pdf", "Det lokale beskæftigelsesråd (LBR)"),
        ("hoeringssvar_lmu_uddannelseshuset.docx", "LMU i Uddannelseshuset"),
        ("07_høringssvar virksomhedscentret.pdf", "LMU i Virksomhedscentret"),
    ],
)
def test_filename_only(filename, party):
    guess = detect_sender(doc(BODY, BODY_2), filename, PARTIES)
    assert (guess.name, guess.source, guess.party) == (party, "filename", party)


def test_filename_without_a_party_is_cleaned_up():
    guess = detect_sender(doc(BODY), "03_hoeringssvar_aeldreraadet.docx", [])
    assert (guess.name, guess.source, guess.party) == ("Ældrerådet", "filename", None)
    # A subject in the file name is not a sender.
    guess = detect_sender(
        doc(BODY), "03_Høringssvar vedr. besparelser på aktiveringsrammen.docx", []
    )
    assert guess.source == "unknown" and guess.name is None


def test_citizen_with_signature():
    text = doc(
        "Kære udvalg",
        "Jeg er imod lukningen af Haveprojektet, som hjælper min mor med snerydning.",
        "Venlig hilsen\nKaren Nielsen",
    )
    guess = detect_sender(text, "04 borger.txt", PARTIES)
    assert guess == SenderGuess("Karen Nielsen", "citizen", "signature", None, 0.0)


def test_citizen_with_address_block_at_the_top():
    text = doc(
        "Jens Peter Hansen\nSkovvej 12\n9000 Aalborg",
        "Aalborg, den 28. oktober 2018",
        "Jeg vil gerne protestere mod, at haveservice nedlægges. Jeg er 84 år og kan ikke selv "
        "rydde sne.",
    )
    guess = detect_sender(text, "mail.pdf", PARTIES)
    assert (guess.name, guess.kind, guess.party) == ("Jens Peter Hansen", "citizen", None)


def test_citizen_title():
    guess = detect_sender(
        doc("Høringssvar fra Karen Nielsen", "Jeg er imod forslaget."), "", PARTIES
    )
    assert (guess.name, guess.kind, guess.source) == ("Karen Nielsen", "citizen", "title")


def test_person_signing_for_an_unknown_organisation_is_an_organisation():
    text = doc(BODY, "Med venlig hilsen\nMette Holm\nFormand for Aalborg Handicapforening")
    guess = detect_sender(text, "", PARTIES)
    assert (guess.name, guess.kind, guess.party) == (
        "Aalborg Handicapforening",
        "organisation",
        None,
    )


def test_title_of_an_organisation_that_is_not_a_party():
    guess = detect_sender(doc("Høringssvar fra Dansk Socialrådgiverforening", BODY), "", PARTIES)
    assert guess == SenderGuess("Dansk Socialrådgiverforening", "organisation", "title", None, 0.0)


def test_a_party_named_anywhere_beats_an_unmatched_title():
    text = doc(
        "Høringssvar fra LMU-RCA", BODY, "På vegne af LMU i Ressourcecenter Aalborg\nPoul Madsen"
    )
    guess = detect_sender(text, "", PARTIES)
    assert (guess.party, guess.source) == ("LMU i Ressourcecenter Aalborg", "signature")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        BODY,
        # Body sentences that start like names must not become senders.
        "AMU-JYA anerkender og forstår bekymringen i de indkomne høringssvar.\n\n" + BODY,
        "Jesper Dahlgaard svarede, at der pt. er ledig kapacitet i andre tilbud.\n\nDet blev aftalt.",
        "Med venlig hilsen",
        "Med venlig hilsen\nFormand",
    ],
)
def test_no_sender_found(text):
    guess = detect_sender(doc(text), "", PARTIES)
    assert guess.name is None
    assert guess.source == "unknown"
    assert guess.party is None


def test_no_crash_without_parties_or_filename():
    assert detect_sender(ExtractedDocument(format="txt", text=""), "").source == "unknown"
    guess = detect_sender(doc("Høringssvar fra Ældrerådet", BODY), "")
    assert (guess.name, guess.party, guess.source) == ("Ældrerådet", None, "title")


def test_first_person_text_without_a_name_is_a_citizen():
    text = doc("Jeg synes ikke, at man skal lukke haveprojektet. Min nabo er afhængig af det.")
    guess = detect_sender(text, "", PARTIES)
    assert (guess.name, guess.kind, guess.source) == (None, "citizen", "unknown")


# ------------------------------------------------------------- the sample corpus


def test_corpus_has_a_file_per_response():
    files = sorted(p.name for p in (CORPUS / "responses").iterdir())
    assert files == [r["file"] for r in LABELS["responses"]]
    assert [f[:3] for f in files] == [f"{n:02d}_" for n in range(1, 12)]
    assert sum(f.endswith(".pdf") for f in files) == 6
    assert sum(f.endswith(".docx") for f in files) == 5


def _read(path: Path) -> ExtractedDocument:
    """The project's extractor; python-docx for DOCX while a format's reader is missing."""
    try:
        from hoering.extract import extract
    except ImportError:
        extract = None
    if extract is not None:
        try:
            return extract(path)
        except ModuleNotFoundError:
            pass  # that format's reader (hoering/extract/<format>.py) is not written yet
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        header = document.sections[0].header
        return ExtractedDocument(
            format="docx",
            text="\n\n".join(p.text for p in document.paragraphs if p.text.strip()),
            letterhead="\n".join(p.text for p in header.paragraphs if p.text.strip()),
        )
    pytest.skip(f"no reader for {path.suffix} yet")


@pytest.mark.parametrize("response", LABELS["responses"], ids=lambda r: r["file"])
def test_corpus_senders(response):
    path = CORPUS / "responses" / response["file"]
    guess = detect_sender(_read(path), path.name, PARTIES)
    assert guess.name == response["sender"]
    assert guess.party == response["sender"]
    assert guess.kind == response["kind"]


@pytest.mark.parametrize("response", LABELS["responses"], ids=lambda r: r["file"])
def test_corpus_senders_without_the_file_name(response):
    """The letters themselves name their sender; the file name is only the last resort."""
    path = CORPUS / "responses" / response["file"]
    guess = detect_sender(_read(path), "", PARTIES)
    assert guess.party == response["sender"]
    assert guess.source in {"title", "letterhead", "signature"}


# ------------------------------------------- letterheads and signatures with a job title

HOSPITAL_PARTIES = [
    "Ældrerådet",
    "Handicaprådet",
    "Hospitalsenheden i Region Nordjylland, Sygehus Vendsyssel",
    "Sygehus Vendsyssel, Medarbejderne",
]
HOSPITAL_BODY = (
    "Sygehus Vendsyssel har med interesse læst forslaget om en ny udskrivningsenhed. Vi ser "
    "gerne, at kommunens sygeplejersker deltager i udskrivningssamtalerne."
)


def test_a_letterhead_over_two_lines_names_the_organisation_and_its_unit():
    text = doc(
        "Hospitalsenheden\nRegion Nordjylland · Sygehus Vendsyssel\nBispensgade 37 · 9800 Hjørring",
        "Hjørring, 4. april 2027",
        HOSPITAL_BODY,
        "Med venlig hilsen\nJonas Krag\nklinikchef\nSygehus Vendsyssel",
    )
    guess = detect_sender(text, "svar.pdf", HOSPITAL_PARTIES)
    assert (guess.party, guess.kind, guess.source) == (
        "Hospitalsenheden i Region Nordjylland, Sygehus Vendsyssel", "organisation", "letterhead",
    )


def test_letterhead_lines_that_name_no_party_together_make_no_organisation():
    text = doc(
        "Karen Holm\nSkovvej 3 · 9800 Hjørring",
        "Jeg er bekymret for, at min mor bliver udskrevet for tidligt. Jeg håber, at I vil lytte.",
        "Med venlig hilsen\nKaren Holm",
    )
    guess = detect_sender(text, "svar.pdf", HOSPITAL_PARTIES)
    assert (guess.name, guess.kind, guess.party) == ("Karen Holm", "citizen", None)


@pytest.mark.parametrize("title", ["indehaver", "partner", "ledende overlæge"])
def test_a_company_named_after_the_job_title_in_a_signature_is_the_sender(title):
    text = doc(
        "Vi kører i dag for kommunen og vil gerne gøre opmærksom på, at ordningen virker godt.",
        f"Med venlig hilsen\n\nPeter Lund\n{title}, Lund Kørsel ApS\nHavnevej 4, 9800 Hjørring · tlf. 98 12 34 56",
    )
    guess = detect_sender(text, "mail.eml", HOSPITAL_PARTIES)
    assert (guess.name, guess.kind, guess.party) == ("Lund Kørsel ApS", "organisation", None)


def test_a_citizen_who_signs_with_her_former_job_title_stays_private():
    text = doc(
        "Jeg har arbejdet på sygehuset i mange år, og jeg mener, at forslaget er en fejl.",
        "Med venlig hilsen\nHanne Bech\npensioneret overlæge",
    )
    guess = detect_sender(text, "", HOSPITAL_PARTIES)
    assert (guess.name, guess.kind, guess.party) == ("Hanne Bech", "citizen", None)


def test_the_organisation_that_has_read_the_proposal_opens_the_letter():
    parties = ["Forældrebestyrelsen ved Solsikken", "Solsikken"]
    letter = doc(
        "Forældrebestyrelsen ved Solsikken har set forslaget igennem og har ingen bemærkninger.",
        "Venlig hilsen\nMette Krogh\nFormand, Solsikken",
    )
    assert detect_sender(letter, "svar.docx", parties).party == "Forældrebestyrelsen ved Solsikken"


COUNCILS = ["Ældrerådet", "Handicaprådet", "Udsatterådet i Kragstrup Kommune", "FOA Kragstrup", "Kragstrup Lokalråd"]
LONG_BODY = [f"{n}. {BODY} {BODY_2}" for n in range(1, 10)]


@pytest.mark.parametrize(("top", "party"), [
    # The council heads its letter with its name and municipality: its letterhead, not the recipient.
    ("Udsatterådet i Kragstrup Kommune", "Udsatterådet i Kragstrup Kommune"),
    ("Udsatterådet", "Udsatterådet i Kragstrup Kommune"),
    # The recipient's block stays the recipient's, though it names the council's municipality.
    ("Til Udsatterådet i Kragstrup Kommune", None),
    ("Socialudvalget i Kragstrup Kommune", None),
    ("Kragstrup Kommune", None),
])  # fmt: skip
def test_a_council_heads_its_letter_with_its_municipality(top, party):
    letter = doc(top, "Sekretariat: Social og Sundhed, Rådhustorvet 1", "28. februar 2027",
                 "Høringssvar til Hjemløseplan 2027–2030", *LONG_BODY, "Med venlig hilsen", "Anders Holt", "formand")  # fmt: skip
    guess = detect_sender(letter, "svar.pdf", COUNCILS)
    assert guess.party == party, guess
    if party is None:
        assert guess.kind.value == "citizen"  # when in doubt, a private person


def test_the_short_name_of_another_municipality_s_council_is_no_party():
    letter = doc("Udsatterådet i Vestby Kommune", "Sekretariat: Rådhuset", *LONG_BODY,
                 "På vegne af Udsatterådet", "Anders Holt", "formand")  # fmt: skip
    assert detect_sender(letter, "svar.pdf", COUNCILS).party is None
