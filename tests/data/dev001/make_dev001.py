"""Development consultation dev001: Egebæk Kommune, "Ny struktur for dagtilbud og
skolefritidsordninger" (fictional), 24 responses as they would arrive at the secretariat.

    python tests/data/dev001/make_dev001.py OUTDIR      # writes the response files into OUTDIR

or, from Python (with tests/ on sys.path or not):

    from make_dev001 import make
    folder = make(tmp_path / "dev001")

The letters were written from the point of view of the people who send them (councils,
boards, staff committees, unions, a company, citizens), without reading the project's
detection rules. Labels are in labels.json next to this file; the consultation config is
hoering.toml. Each file's modification time is set to the day it was received (e-mails also
carry a Date header), so a tool that looks at mtimes sees the arrival order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for fixtures.py

from fixtures import make_docx, make_pdf, make_text  # noqa: E402

CPH = dt.timezone(dt.timedelta(hours=1))  # CET; March 2025 is before summer time
INBOX = "Høringer Børn og Læring <hoering.boernoglaering@egebaek.dk>"


def at(day: int, hour: int = 12, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=CPH)


# ---------------------------------------------------------------------------
# File makers (thin wrappers around tests/fixtures.py)


def _fixed_zip_times(path: Path) -> None:
    """python-docx stamps zip members with the current time; fix them for reproducibility."""
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def pdf(path: Path, paragraphs: Sequence[str], when: dt.datetime, **kw) -> Path:
    make_pdf(path, [list(paragraphs)], created=when, **kw)
    return path


def docx(path: Path, paragraphs: Sequence[str], when: dt.datetime, **kw) -> Path:
    make_docx(path, list(paragraphs), created=when.astimezone(dt.UTC), **kw)
    _fixed_zip_times(path)
    return path


def _attachment_bytes(name: str, maker, paragraphs: Sequence[str], when: dt.datetime, **kw) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return maker(Path(tmp) / name, paragraphs, when, **kw).read_bytes()


def mail(
    path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    when: dt.datetime,
    to: str = INBOX,
    attachments: Sequence[tuple[str, bytes]] = (),
) -> Path:
    """An .eml as Outlook/Thunderbird saves it; deterministic Message-ID."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    digest = hashlib.sha1(f"{sender}|{subject}|{when.isoformat()}".encode()).hexdigest()[:16]
    domain = sender.rsplit("@", 1)[-1].rstrip(">")
    message["Message-ID"] = f"<{digest}@{domain}>"
    message.set_content(body)
    for name, data in attachments:
        if name.lower().endswith(".pdf"):
            maintype, subtype = "application", "pdf"
        else:
            maintype = "application"
            subtype = "vnd.openxmlformats-officedocument.wordprocessingml.document"
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        message.set_boundary(f"=_egebaek_{digest}")
    path.write_bytes(message.as_bytes())
    return path


# ---------------------------------------------------------------------------
# The responses. Each function writes one file into `folder` and returns (path, received).


def r01_aeldreraadet(folder: Path):
    when = at(4, 10, 5)
    return docx(
        folder / "Høringssvar fra Ældrerådet.docx",
        [
            "Høringssvar fra Ældrerådet",
            "Vedr.: Ny struktur for dagtilbud og skolefritidsordninger (sagsnr. 25/01873)",
            "Ældrerådet har behandlet høringsmaterialet på sit møde d. 3/3-25.",
            "Forslagene handler først og fremmest om børn og børnefamilier, og de fleste af dem "
            "giver ikke Ældrerådet anledning til bemærkninger.",
            "Lukning af Børnehuset Kildevang",
            "Ældrerådet vil dog gøre opmærksom på, at Nørre Vedby Seniorklub i dag låner "
            "fællesrummet i Børnehuset Kildevang to eftermiddage om ugen. For mange af klubbens "
            "medlemmer er det det eneste faste mødested i byen, og flere af dem har ikke bil. "
            "Ældrerådet tager lukningen til efterretning, men forventer, at kommunen i god tid "
            "finder andre egnede lokaler til klubben i Nørre Vedby, så tilbuddet ikke forsvinder "
            "sammen med børnehaven.",
            "Ældrerådet har ingen bemærkninger til de øvrige forslag.",
            "Med venlig hilsen",
            "Poul Erik Thomsen\nformand for Ældrerådet",
        ],
        when,
        header="Ældrerådet · Egebæk Kommune · Rådhustorvet 1 · 8790 Egebæk",
        headings=[0, 4],
        author="Ældrerådets sekretær",
    ), when


def r02_handicapraadet(folder: Path):
    when = at(6, 13, 40)
    return pdf(
        folder / "Handicaprådets høringssvar - dagtilbud og SFO.pdf",
        [
            "Egebæk, 6. marts 2025",
            "# Handicaprådets høringssvar: Ny struktur for dagtilbud og skolefritidsordninger",
            "Handicaprådet har drøftet forslaget på sit møde den 5. marts 2025 og afgiver hermed "
            "høringssvar. Rådet har især set på de forslag, der berører børn med handicap og deres "
            "familier.",
            "# Samling af specialgrupperne i Egebæk Børnehus",
            "Handicaprådet kan acceptere, at specialgrupperne Regnbuen og Myretuen samles i Egebæk "
            "Børnehus, hvis der følger de nødvendige ressourcer med, og hvis personalet med "
            "specialpædagogisk uddannelse flytter med børnene. Et større specialmiljø kan give et "
            "stærkere fagligt fællesskab, men det forudsætter, at gruppestørrelsen ikke øges, og at "
            "der er skærmede rum til de børn, som har brug for ro. Rådet vil desuden pege på, at "
            "flere børn får længere transport, og at kørslen bør tilrettelægges, så børnene møder "
            "de samme chauffører hver dag.",
            "# SFO2 ophører – 4. klasse overgår til fritidsklub",
            "Handicaprådet er bekymret for, at børn med særlige behov i 4. klasse ikke kan rummes i "
            "fritidsklubben, hvor der er færre voksne pr. barn og flere selvstyrede aktiviteter end "
            "i SFO. For nogle af disse børn er SFO2 det eneste fritidstilbud, de kan klare. Rådet "
            "anbefaler, at der som minimum sikres et særligt tilrettelagt tilbud til de børn, der "
            "ikke kan profitere af klubben.",
            "# Harmonisering af åbningstider",
            "Ingen bemærkninger.",
            "Handicaprådet har ingen bemærkninger til de øvrige forslag.",
            "Med venlig hilsen",
            "Inger Marie Bach\nformand for Handicaprådet",
        ],
        when,
        letterhead_lines=[
            "Handicaprådet",
            "Egebæk Kommune",
            "Sekretariat: Social og Sundhed, Rådhustorvet 1, 8790 Egebæk",
        ],
        title="Høringssvar",
        author="Handicaprådet",
    ), when


def r03_skolebestyrelsen_oestervang(folder: Path):
    when = at(3, 20, 15)
    return docx(
        folder / "Skolebestyrelsen Østervangskolen - høringssvar.docx",
        [
            "Høringssvar fra Skolebestyrelsen ved Østervangskolen",
            "Egebæk, 03.03.2025",
            "Skolebestyrelsen har drøftet forslaget til ny struktur på bestyrelsesmødet den 27. "
            "februar 2025. Vi har valgt at koncentrere os om de dele af forslaget, som vedrører "
            "skolens elever og SFO.",
            "SFO2 og fritidsklub",
            "Vi er imod, at SFO2 nedlægges. Mange af vores elever i 4. klasse er ikke klar til den "
            "frihed, der er i en fritidsklub, og forældrene vil miste den tryghed, der ligger i, at "
            "pædagogerne i SFO kender børnene fra skoledagen. Fritidsklubben Ungehuset ligger "
            "desuden på den anden side af Ringvejen, og det vil betyde, at 9-10-årige skal krydse "
            "en stærkt trafikeret vej alene.",
            "Forældrebetaling i SFO",
            "Skolebestyrelsen kan ikke støtte en forhøjelse af taksten. En stigning på 190 kr. om "
            "måneden rammer især familier med flere børn i SFO, og vi frygter, at nogle forældre "
            "vil melde deres børn ud. Det vil ramme de børn, der har mest brug for et fællesskab "
            "efter skoletid.",
            "Åbningstider",
            "Skolebestyrelsen kan acceptere, at morgenåbningen i SFO flyttes fra kl. 6.30 til kl. "
            "7.00, hvis forældre med et dokumenteret behov fortsat kan få pasning fra kl. 6.30, fx "
            "i samarbejde med Egebæk Børnehus.",
            "Trafik og parkering på Skolevej",
            "Når Egebæk Børnehus åbner ved siden af skolen, og flere børn fra Nørre Vedby skal "
            "køres til Egebæk, bliver trafikken på Skolevej endnu værre om morgenen. Allerede i dag "
            "holder biler i dobbelt række ved kiss-and-ride, og skolepatruljen melder jævnligt om "
            "farlige situationer. Vi opfordrer til, at der laves en samlet trafikplan for Skolevej, "
            "inden den nye struktur træder i kraft.",
            "På skolebestyrelsens vegne",
            "Martin Friis\nformand",
        ],
        when,
        header="Østervangskolen · Skolebestyrelsen",
        headings=[0, 3, 5, 7, 9],
        author="Martin Friis",
    ), when


def r04_skolebestyrelsen_vedby(folder: Path):
    when = at(7, 16, 2)
    return pdf(
        folder / "Høringssvar Nørre Vedby Skole.pdf",
        [
            "Nørre Vedby, den 7. marts 2025",
            "# Skolebestyrelsens høringssvar – Bevar Kildevang!",
            "Skolebestyrelsen ved Nørre Vedby Skole har med stor bekymring læst forslaget til ny "
            "struktur for dagtilbud og skolefritidsordninger. Vi vil i dette høringssvar særligt "
            "forholde os til lukningen af Børnehuset Kildevang og til SFO2.",
            "# Lukning af Børnehuset Kildevang",
            "Vi er imod lukningen af Kildevang. Børnehuset og skolen hænger sammen: næsten alle "
            "vores elever i 0. klasse har gået i Kildevang, og den gode overgang fra børnehave til "
            "skole er en af de ting, forældrene fremhæver, når de vælger at bosætte sig i Nørre "
            "Vedby. Hvis børnene fra treårsalderen skal køres til Egebæk, er det vores erfaring fra "
            "andre landsbyer, at mange familier også vælger skolen i Egebæk. Lukningen af "
            "børnehuset kan derfor på få år true skolens elevgrundlag og dermed hele landsbyens "
            "fremtid.",
            "Besparelsen på Kildevang er i forslaget opgjort til 1,1 mio. kr. årligt, men der er "
            "ikke regnet på udgifterne til den ekstra kørsel eller på konsekvenserne for skolen. "
            "Vi mener, at udvalget skal træffe beslutning på et mangelfuldt grundlag.",
            "# SFO2",
            "Vi frygter, at nedlæggelsen af SFO2 i praksis betyder, at vores elever i 4. klasse "
            "ikke får noget fritidstilbud. Ungehuset ligger i Egebæk, ni kilometer væk, og der går "
            "ingen skolebus om eftermiddagen. Der er ingen cykelsti på Vedbyvej, og vi vil ikke "
            "opfordre 10-årige til at cykle på en landevej med 80 km/t og lastbiler til grusgraven.",
            "# Høringsprocessen",
            "Endelig vil vi påpege, at høringsperioden faldt sammen med vinterferien, og at "
            "borgermødet i Nørre Vedby først blev holdt den 4. marts – knap en uge før "
            "høringsfristen. Det har gjort det svært for bestyrelsen at inddrage forældrene "
            "ordentligt.",
            "Skolebestyrelsen har ingen bemærkninger til de øvrige forslag.",
            "Med venlig hilsen",
            "På vegne af skolebestyrelsen\nLaura Winther, formand",
        ],
        when,
        letterhead_lines=["Nørre Vedby Skole", "Skolebestyrelsen", "Skolegade 4 · Nørre Vedby · 8796 Egebæk"],
        page_numbers="Side {n} af {total}",
        author="Laura Winther",
    ), when


def _fb_nord_paragraphs(revised: bool) -> list[str]:
    children = "18" if revised else "14"
    paras = ["# Høringssvar fra forældrebestyrelsen i Dagtilbud Egebæk Nord"]
    if revised:
        paras.append("Rettet version – erstatter vores høringssvar af 3. marts 2025")
        paras.append("Egebæk, 7. marts 2025")
    else:
        paras.append("Egebæk, 3. marts 2025")
    paras += [
        "Forældrebestyrelsen i Dagtilbud Egebæk Nord dækker Børnehuset Kildevang, Solbakken og "
        "dagplejen i den nordlige del af kommunen. Bestyrelsen har drøftet forslaget på et "
        "ekstraordinært møde og har følgende bemærkninger.",
        "# 1. Lukning af Børnehuset Kildevang",
        f"Forældrebestyrelsen er imod, at Kildevang lukker. Kildevang har i dag {children} børn og "
        "en stabil personalegruppe, og forældretilfredsheden er den højeste i området. Et lille "
        "hus er ikke et dårligt hus. Vi frygter, at børnene fra Kildevang bliver en lille gruppe i "
        "et stort og larmende nyt hus, hvor de mister de voksne, de er trygge ved.",
        "# 2. Ny ledelsesstruktur",
        "Vi forstår ønsket om færre og større ledelsesområder, men vi er bekymrede for, at en "
        "områdeleder med ansvar for syv-otte huse ikke vil have tid til at være til stede i husene "
        "og kende børn og forældre. Vi foreslår, at hver institution bevarer en pædagogisk leder "
        "med fast daglig tilstedeværelse.",
        "# 3. Åbningstider",
    ]
    if revised:
        paras.append(
            "Forældrebestyrelsen er imod, at dagtilbuddene fremover lukker kl. 16.00 om fredagen. "
            "På forældremødet den 6. marts gav mange forældre udtryk for, at de ikke kan nå at hente "
            "inden kl. 16, fordi de arbejder i Horsbjerg eller længere væk. Bevar fredagsåbningen "
            "til kl. 17!"
        )
    else:
        paras.append("Ingen bemærkninger.")
    paras += [
        "# 4. Personalet",
        "Det er vores indtryk, at personalet i området allerede er hårdt presset. Der har i det "
        "seneste år været mange vikarer og et højt sygefravær, og flere erfarne pædagoger har søgt "
        "væk. En omstrukturering oven i det risikerer at koste flere gode medarbejdere. Vi "
        "opfordrer udvalget til at se på arbejdsmiljøet, før der ændres på strukturen.",
    ]
    if revised:
        paras += [
            "# 5. Processen",
            "Vi undrer os over, at forældrebestyrelserne ikke er blevet inddraget, før forslaget "
            "blev sendt i høring. Mange forældre hørte først om lukningen af Kildevang gennem "
            "lokalavisen.",
        ]
    paras += [
        "Forældrebestyrelsen har ikke bemærkninger til forslagene om SFO og specialgrupperne.",
        "Med venlig hilsen",
        "Sara Mikkelsen\nformand for forældrebestyrelsen i Dagtilbud Egebæk Nord",
    ]
    return paras


def r05_fb_nord(folder: Path):
    when = at(3, 21, 14)
    attachment = _attachment_bytes(
        "Høringssvar FB Egebæk Nord.pdf", pdf, _fb_nord_paragraphs(False), when, author="Sara"
    )
    return mail(
        folder / "Høringssvar fra forældrebestyrelsen Dagtilbud Egebæk Nord.eml",
        "Hej\n\nHermed høringssvar fra forældrebestyrelsen i Dagtilbud Egebæk Nord, se "
        "vedhæftede.\n\nVenlig hilsen\nSara Mikkelsen\nFormand, forældrebestyrelsen\n",
        sender="Sara Mikkelsen <sara.mikkelsen84@gmail.com>",
        subject="Høringssvar fra forældrebestyrelsen Dagtilbud Egebæk Nord",
        when=when,
        attachments=[("Høringssvar FB Egebæk Nord.pdf", attachment)],
    ), when


def r06_fb_nord_revised(folder: Path):
    when = at(7, 8, 51)
    paras = [p[2:] if p.startswith("# ") else p for p in _fb_nord_paragraphs(True)]
    heads = [i for i, p in enumerate(_fb_nord_paragraphs(True)) if p.startswith("# ")]
    attachment = _attachment_bytes(
        "Høringssvar FB Egebæk Nord - rettet version.docx", docx, paras, when, headings=heads,
        author="Sara Mikkelsen",
    )
    return mail(
        folder / "Rettet version - erstatter vores høringssvar af 3. marts.eml",
        "Hej igen\n\nVi er blevet gjort opmærksomme på en fejl i vores høringssvar af 3. marts "
        "(antallet af børn i Kildevang), og efter forældremødet i går har bestyrelsen også tilføjet "
        "et afsnit om åbningstider. Vedhæftet er den rettede version, som erstatter den første.\n\n"
        "Beklager ulejligheden.\n\nMvh Sara Mikkelsen\nForældrebestyrelsen, Dagtilbud Egebæk Nord\n",
        sender="Sara Mikkelsen <sara.mikkelsen84@gmail.com>",
        subject="Rettet version – erstatter vores høringssvar af 3. marts",
        when=when,
        attachments=[("Høringssvar FB Egebæk Nord - rettet version.docx", attachment)],
    ), when


def r07_lmu_nord(folder: Path):
    when = at(5, 11, 30)
    return pdf(
        folder / "LMU Dagtilbud Egebæk Nord - høringssvar.pdf",
        [
            "Dato: 05.03.2025",
            "# LMU's høringssvar vedrørende ny struktur for dagtilbud og SFO",
            "LMU i Dagtilbud Egebæk Nord har behandlet forslaget på et ekstraordinært LMU-møde den "
            "4. marts 2025. Svaret er drøftet med både ledelses- og medarbejdersiden.",
            "# Lukning af Kildevang",
            "LMU er ikke imod, at børnene fra Kildevang samles i Egebæk Børnehus, men er meget "
            "bekymret for, hvordan overgangen bliver for personalet. Medarbejderne i Kildevang har "
            "endnu ikke fået at vide, om de følger med børnene, og usikkerheden fylder meget i "
            "personalegruppen. Vi forventer, at personalet inddrages i planlægningen, og at ingen "
            "afskediges som følge af lukningen.",
            "# Ledelsesstruktur",
            "LMU tager den nye ledelsesstruktur til efterretning. Vi vil dog opfordre til, at den nye "
            "områdeledelse hurtigt får en klar plan for, hvordan MED-strukturen skal se ud, når "
            "områderne lægges sammen.",
            "# Åbningstider",
            "Vi bakker op om de harmoniserede åbningstider. I dag er der meget få børn i husene "
            "efter kl. 16 om fredagen og før kl. 6.30 om morgenen, og de yderste timer binder "
            "personale, som vi hellere vil bruge midt på dagen, hvor alle børnene er der.",
            "# Specialgrupperne",
            "Ingen kommentarer.",
            "Forslagene om SFO2 og forældrebetaling i SFO giver ikke anledning til kommentarer fra "
            "LMU, da de ikke vedrører vores område.",
            "# Arbejdsmiljø",
            "Vi vil afslutningsvis gøre opmærksom på, at sygefraværet i Dagtilbud Egebæk Nord i 2024 "
            "lå på 7,8 pct. En ny struktur må ikke gennemføres på en måde, der yderligere belaster "
            "en i forvejen presset personalegruppe.",
            "For LMU",
            "Helle Kragh, dagtilbudsleder (formand)\nNiels Aagaard, tillidsrepræsentant (næstformand)",
        ],
        when,
        letterhead_lines=["Dagtilbud Egebæk Nord", "Lokalt MED-udvalg (LMU)"],
        footer="Dagtilbud Egebæk Nord · Solbakkevej 2 · 8790 Egebæk",
        page_numbers=True,
    ), when


def r08_med_oestervang(folder: Path):
    when = at(6, 15, 5)
    body = """Til Børn og Læring

Høringssvar fra MED-udvalget på Østervangskolen vedr. ny struktur for dagtilbud og skolefritidsordninger

MED-udvalget har drøftet forslaget på mødet 5. marts.

SFO2: Vi kan ikke støtte, at SFO2 lukker. Der er i dag fem pædagoger og pædagogiske assistenter ansat i SFO2 på Østervangskolen, og forslaget siger intet om, hvad der skal ske med dem. Medarbejderne oplever situationen som meget utryg.

Åbningstider: Den senere morgenåbning i SFO betyder, at flere medarbejdere får delte vagter eller færre timer. Vi kan acceptere den nye morgenåbning under forudsætning af, at ændringen ikke medfører nedsat tid for de ansatte, og at vagtplanerne lægges i samarbejde med TR.

Trivsel: Personalet i SFO har gennem det seneste år haft mange ekstra opgaver i forbindelse med ombygningen af skolen. Vi beder om, at implementeringen tager hensyn til det, så de ansatte ikke brænder ud.

Forældrebetalingen og de øvrige forslag giver ikke anledning til bemærkninger fra MED-udvalget.

Med venlig hilsen
Tina Lassen
Skoleleder, formand for MED-udvalget på Østervangskolen
Østervangskolen, Skolevej 10, 8790 Egebæk
"""
    return mail(
        folder / "Høringssvar - MED Østervangskolen.eml",
        body,
        sender="Tina Lassen <tila@egebaek.dk>",
        subject="Høringssvar - MED Østervangskolen",
        when=when,
    ), when


def r09_bupl(folder: Path):
    when = at(10, 9, 58)
    letter = [
        "10. marts 2025",
        "# Høringssvar: Ny struktur for dagtilbud og skolefritidsordninger i Egebæk Kommune",
        "BUPL Kreds Sydjylland organiserer pædagoger og pædagogiske ledere i Egebæk Kommune og "
        "takker for muligheden for at afgive høringssvar. Vi har drøftet forslaget med vores "
        "tillidsrepræsentanter i dagtilbud og SFO.",
        "# Ledelse tæt på praksis",
        "BUPL er imod, at antallet af dagtilbudsområder reduceres fra fem til tre. Forskningen i "
        "dagtilbudsledelse peger entydigt på, at nærværende pædagogisk ledelse har betydning for "
        "kvaliteten. Med forslaget får en områdeleder ansvar for op til 280 børn og over 70 "
        "medarbejdere, og de pædagogiske ledere i husene får en stor del af deres tid bundet i "
        "administration. Det ledelsesspænd er for stort.",
        "# Kildevang",
        "Vi kan ikke støtte lukningen af Børnehuset Kildevang. Små institutioner er ofte særdeles "
        "gode arbejdspladser med lavt sygefravær, og der er ikke i høringsmaterialet redegjort "
        "for, hvordan personalet skal overgå til andre huse.",
        "# SFO2",
        "BUPL fraråder, at SFO2 nedlægges. SFO2 er et pædagogisk tilbud med uddannede pædagoger, "
        "mens fritidsklubben har en markant lavere normering. Forslaget flytter opgaven fra "
        "pædagoger til et tilbud, hvor børnene i højere grad er overladt til sig selv.",
        "# Specialgrupperne",
        "BUPL kan acceptere en samling af specialgrupperne, under forudsætning af at normeringen i "
        "specialgrupperne fastholdes, og at der afsættes midler til efteruddannelse af det "
        "personale, der flytter.",
        "# Åbningstider og forældrebetaling",
        "BUPL har ingen bemærkninger til forslaget om forældrebetaling. Til de nye åbningstider "
        "vil vi blot bemærke, at ændringer i medarbejdernes arbejdstid skal ske efter reglerne i "
        "overenskomsten og med inddragelse af tillidsrepræsentanterne.",
        "# Rekruttering og arbejdsmiljø",
        "Egebæk Kommune har i dag svært ved at rekruttere uddannede pædagoger, og andelen af "
        "pædagoger i dagtilbuddene er faldet til 52 pct. Vi opfordrer kommunen til at bruge "
        "strukturændringen til at styrke arbejdsmiljøet – ikke til at skabe mere uro for en "
        "presset faggruppe.",
        "Med venlig hilsen",
        "Jakob Riis\nKredsformand, BUPL Kreds Sydjylland",
    ]
    attachment = _attachment_bytes(
        "BUPL høringssvar Egebæk struktur 2025.pdf", pdf, letter, when,
        letterhead_lines=["BUPL Kreds Sydjylland", "Fagforeningen for pædagoger", "sydjylland@bupl.dk · www.bupl.dk"],
        author="BUPL",
    )
    body = (
        "Til Egebæk Kommune, Børn og Læring\n\n"
        "Vedhæftet fremsendes BUPL Kreds Sydjyllands høringssvar vedr. ny struktur for dagtilbud og "
        "skolefritidsordninger (jeres sagsnr. 25/01873).\n\n"
        "Med venlig hilsen\n\nMette Kjær\nFaglig konsulent\nBUPL Kreds Sydjylland\n"
        "Tlf. 35 46 50 00 · www.bupl.dk\n"
    )
    return mail(
        folder / "BUPL Kreds Sydjylland - høringssvar.eml",
        body,
        sender="Mette Kjær <mkj@bupl.dk>",
        subject="Høringssvar fra BUPL - ny struktur for dagtilbud og SFO (sagsnr. 25/01873)",
        when=when,
        attachments=[("BUPL høringssvar Egebæk struktur 2025.pdf", attachment)],
    ), when


def r10_foa(folder: Path):
    when = at(7, 12, 20)
    return docx(
        folder / "FOA Egebæk - høringssvar struktur dagtilbud.docx",
        [
            "Høringssvar fra FOA Egebæk",
            "Egebæk d. 7. marts 2025",
            "Vedr. ny struktur for dagtilbud og skolefritidsordninger",
            "FOA Egebæk repræsenterer pædagogiske assistenter, pædagogmedhjælpere og dagplejere i "
            "Egebæk Kommune. Vi har følgende bemærkninger til høringsmaterialet.",
            "Åbningstider",
            "Vi frygter, at de nye åbningstider bliver brugt til at skære i timerne for de mange "
            "medarbejdere på deltid. Det er typisk vores medlemmer, der har de tidlige morgenvagter "
            "og de sene eftermiddagsvagter, og færre åbningstimer betyder for mange af dem en lavere "
            "løn. FOA er derfor imod de nye åbningstider. Hvis udvalget alligevel vedtager dem, "
            "forventer vi, at ingen medarbejdere går ned i tid.",
            "Ledelsesstruktur",
            "FOA kan fuldt ud tilslutte sig BUPL Kreds Sydjyllands bemærkninger om "
            "ledelsesstrukturen. Også for vores medlemmer er en nærværende leder i huset afgørende.",
            "Arbejdsmiljø",
            "Vi oplever en stigende arbejdsbelastning blandt vores medlemmer i dagtilbuddene. Flere "
            "fortæller om stressrelateret sygdom, og om at de ikke når at give børnene den omsorg, "
            "de har brug for. Vi opfordrer kommunen til at inddrage arbejdsmiljørepræsentanterne "
            "tidligt i processen.",
            "FOA har ingen bemærkninger til de øvrige forslag.",
            "Med venlig hilsen",
            "Susanne Dahl\nafdelingsformand, FOA Egebæk",
        ],
        when,
        header="FOA Egebæk · Torvegade 22 · 8790 Egebæk · egebaek@foa.dk",
        headings=[0, 4, 6, 8],
        author="Susanne Dahl",
    ), when


def r11_egebaek_plast(folder: Path):
    when = at(6, 14, 31)
    letter = [
        "Til Egebæk Kommune\nBørn og Læring\nAtt.: Børne- og Skoleudvalget\nRådhustorvet 1\n8790 Egebæk",
        "Egebæk, 6. marts 2025",
        "# Høringssvar – åbningstider i dagtilbud",
        "Egebæk Plast A/S har 240 medarbejdere, hvoraf omkring 90 arbejder i treholdsskift med "
        "mødetid kl. 6.00. En stor del af vores yngre medarbejdere har børn i kommunens dagtilbud "
        "og er afhængige af, at børnene kan afleveres, før de møder ind.",
        "Vi er derfor imod, at åbningstiden i dagtilbuddene harmoniseres til kl. 6.30. Allerede i "
        "dag har vi svært ved at rekruttere faglærte medarbejdere til produktionen, og kortere "
        "åbningstider vil gøre det endnu sværere for småbørnsfamilier at arbejde hos os. Vi "
        "opfordrer til, at mindst ét dagtilbud i Egebæk by fortsat åbner kl. 6.00.",
        "Vi har ingen bemærkninger til de øvrige dele af forslaget.",
        "Med venlig hilsen\nEgebæk Plast A/S",
        "Kirsten Holmgaard\nadm. direktør",
    ]
    attachment = _attachment_bytes(
        "Egebaek Plast - hoeringssvar.pdf", pdf, letter, when,
        letterhead_lines=["Egebæk Plast A/S", "Industrivej 8-12 · 8790 Egebæk · CVR 29 41 87 63"],
        footer="www.egebaekplast.dk · Tlf. 75 80 12 00",
    )
    return mail(
        folder / "Høringssvar vedr. åbningstider i dagtilbud.eml",
        "Til Børn og Læring\n\nVedhæftet vores høringssvar til forslaget om ny struktur for "
        "dagtilbud og SFO.\n\nVenlig hilsen\nJesper Nygaard\nHR-chef\nEgebæk Plast A/S\n",
        sender="Jesper Nygaard <jny@egebaekplast.dk>",
        subject="Høringssvar vedr. åbningstider i dagtilbud",
        when=when,
        attachments=[("Egebaek Plast - hoeringssvar.pdf", attachment)],
    ), when


def r12_lokalraad(folder: Path):
    when = at(9, 17, 45)
    return pdf(
        folder / "Nørre Vedby Lokalråd.pdf",
        [
            "Nørre Vedby, 9. marts 2025",
            "# Høringssvar fra Nørre Vedby Lokalråd",
            "Nørre Vedby Lokalråd repræsenterer de ca. 1.100 indbyggere i Nørre Vedby og omegn. Vi "
            "holdt borgermøde den 4. marts 2025 med over 120 deltagere, og dette høringssvar bygger "
            "på drøftelserne dér.",
            "# Bevar Kildevang!",
            "Lokalrådet er imod lukningen af Børnehuset Kildevang. Børnehuset er sammen med skolen, "
            "hallen og Brugsen det, der holder liv i byen. I de seneste fem år er 23 børnefamilier "
            "flyttet til Nørre Vedby, og næsten alle har nævnt den korte afstand til børnehave og "
            "skole som en vigtig grund. Lukker Kildevang, sender kommunen et klart signal om, at "
            "landsbyerne ikke prioriteres.",
            "Kommunens egen landdistriktspolitik fra 2022 siger, at der skal være »nære tilbud til "
            "børnefamilier i alle lokalsamfund«. Forslaget er i direkte modstrid med den politik.",
            "# Vejen til Egebæk",
            "Hvis børnene skal passes i Egebæk, vil de fleste familier køre ad Vedbyvej. Vejen har "
            "ingen cykelsti, og der har i de seneste tre år været to alvorlige ulykker ved krydset "
            "ved Vedby Mølle. Lokalrådet har i flere år bedt om en cykelsti, og behovet bliver kun "
            "større, hvis flere børn skal transporteres ind til byen.",
            "# Processen",
            "Vi er skuffede over, at Lokalrådet ikke står på høringslisten, og over at forslaget "
            "først blev præsenteret for borgerne knap en uge før høringsfristen.",
            "Med venlig hilsen",
            "Nørre Vedby Lokalråd\nKarsten Bjerre, formand",
        ],
        when,
        letterhead_lines=["Nørre Vedby Lokalråd", "www.norrevedby.dk"],
    ), when


# --- the form letter ("Bevar Kildevang") -------------------------------------------------


def _campaign(variant: int, signature: str) -> str:
    we = variant == 2  # a couple writing: "vi" instead of "jeg"
    lines = [
        "Bevar Kildevang!",
        ("Vi er imod" if we else "Jeg er imod") + " forslaget om at lukke Børnehuset Kildevang i Nørre Vedby.",
    ]
    para = (
        "Kildevang er en lille børnehave, hvor alle kender hinanden, og hvor børnene har naturen "
        "lige uden for døren. Hvis børnehuset lukker, skal de mindste børn køres ni kilometer til "
        "Egebæk hver dag, og familierne mister et nært tilbud i lokalsamfundet."
    )
    if we:
        para += " Vores to børn har begge gået i Kildevang."
    if variant == 3:
        para += " Og Vedbyvej er i forvejen livsfarlig at færdes på om morgenen, når lastbilerne kører til grusgraven."
    lines.append(para)
    lines.append(
        "En landsby uden børnehave er en landsby, som unge familier ikke flytter til. Lukningen "
        "vil på sigt også true Nørre Vedby Skole."
    )
    lines.append(
        ("Vi opfordrer" if we else "Jeg opfordrer")
        + " Børne- og Skoleudvalget til at droppe forslaget og bevare Kildevang."
    )
    lines.append("Med venlig hilsen\n" + signature)
    return "\n\n".join(lines) + "\n"


def r13_campaign1(folder: Path):
    when = at(4, 19, 2)
    return mail(
        folder / "Bevar Kildevang.eml",
        _campaign(1, "Louise Damgaard"),
        sender="Louise Damgaard <louise.damgaard@gmail.com>",
        subject="Bevar Kildevang",
        when=when,
    ), when


def r14_campaign2(folder: Path):
    when = at(5, 7, 48)
    return mail(
        folder / "Bevar Kildevang (2).eml",
        _campaign(2, "Rasmus og Trine Kjeldsen\nVedbyvej 41, Nørre Vedby"),
        sender="Trine Kjeldsen <kjeldsen.familien@hotmail.com>",
        subject="Høringssvar: Bevar Kildevang!",
        when=when,
    ), when


def r15_campaign3(folder: Path):
    when = at(8, 10, 12)
    return mail(
        folder / "Bevar Kildevang (3).eml",
        _campaign(3, "Hanne Vestergaard"),
        sender="Hanne Vestergaard <hannevestergaard@mail.dk>",
        subject="Bevar Kildevang",
        when=when,
    ), when


def r16_campaign4(folder: Path):
    when = at(9, 21, 33)
    text = _campaign(4, "Peter Lund Sørensen").strip().split("\n\n")
    attachment = _attachment_bytes("Bevar Kildevang.docx", docx, text, when, author="Peter")
    return mail(
        folder / "Høringssvar Kildevang.eml",
        "Hej\n\nHermed mit høringssvar.\n\nMvh Peter\n",
        sender="Peter Lund Sørensen <peterlundsorensen@gmail.com>",
        subject="høringssvar",
        when=when,
        attachments=[("Bevar Kildevang.docx", attachment)],
    ), when


# --- other citizens ------------------------------------------------------------------------


def r17_holm(folder: Path):
    when = at(3, 9, 20)
    return pdf(
        folder / "Høringssvar vedr. specialgrupper.pdf",
        [
            "Til Egebæk Kommune\nBørn og Læring\nAtt.: Dagtilbudschef Lene Bruun\nRådhustorvet 1\n8790 Egebæk",
            "Egebæk, d. 2/3-25",
            "# Høringssvar – samling af specialgrupperne",
            "Vi skriver til jer som forældre til Villads på 4 år, som har infantil autisme og siden "
            "august 2023 har gået i specialgruppen Myretuen i Børnehuset Bøgely.",
            "Det har taget over et år at give Villads en hverdag, hvor han er tryg. Han har brug for "
            "de samme voksne, de samme rum og den samme rytme hver dag, og selv små ændringer kan "
            "give ham flere dage med nedsmeltninger. En flytning til et nyt og meget større hus med "
            "over 150 børn vil være et stort tilbageskridt for ham og for de andre børn i gruppen.",
            "Vi er imod, at specialgrupperne samles i Egebæk Børnehus. Vi forstår godt argumentet om "
            "et stærkere fagligt miljø, men for vores søn er det afgørende, at gruppen er lille og "
            "ligger i et roligt hus. Hvis forslaget alligevel gennemføres, beder vi om, at "
            "flytningen sker med god tid, og at de nuværende voksne følger med børnene.",
            "Vi har ingen bemærkninger til de øvrige forslag.",
            "Med venlig hilsen",
            "Anders Holm og Sofie Holm\nPræstemarken 7, 8790 Egebæk\nTlf. 28 91 44 07",
        ],
        when,
    ), when


def r18_mette(folder: Path):
    when = at(5, 22, 47)
    body = """Hej

Jeg vil gerne give min mening til kende om SFO forslagene.

Jeg synes faktisk det er fint at 4. klasse kommer i klub. Min søn Oliver går i 3. klasse og keder sig allerede nu i SFO, og de fleste af hans kammerater glæder sig til at komme i Ungehuset. Så det bakker jeg op om.

Til gengæld er jeg imod at prisen for SFO skal stige igen. Vi har tre børn og jeg er alene med dem, og 190 kr mere om måneden er altså mange penge for os. Søskenderabatten hjælper ikke nok.

Ring gerne hvis I har spørgsmål, 22 47 18 93.

Mvh Mette

Sendt fra min iPhone
"""
    return mail(
        folder / "sfo.eml",
        body,
        sender="Mette <mette_bk@hotmail.com>",
        subject="sfo",
        when=when,
    ), when


def r19_webform_late(folder: Path):
    when = at(12, 8, 14)
    text = """Høringssvar indsendt via egebaek.dk/hoeringer
Høring: Ny struktur for dagtilbud og skolefritidsordninger
Indsendt: 12.03.2025 kl. 08:14
Navn: Jens Peter Lauridsen
E-mail: jp.lauridsen@outlook.dk
Adresse: Skolevej 14, 8790 Egebæk
Svarer som: Privatperson
Organisation:

Høringssvar:
Jeg bakker op om at samle børnene i Egebæk Børnehus og lukke Kildevang. Det er svært at forsvare at holde et hus åbent til 18 børn, når normeringen er dårligst i de store institutioner inde i byen. Pengene kan bruges bedre dér.

Men hvis der kommer flere biler på Skolevej, SKAL der gøres noget ved parkeringen. Jeg bor på Skolevej, og hver morgen holder forældre ulovligt i indkørsler og på fortovet, og jeg har flere gange set børn næsten blive kørt ned ved fodgængerovergangen. Lav en ordentlig afsætningsplads ved det nye børnehus.

Jeg er klar over at fristen var i mandags, men håber I vil tage det med alligevel.
"""
    return make_text(folder / "formular_hoeringssvar_20250312_0814.txt", text), when


def r20_kasper(folder: Path):
    when = at(8, 13, 26)
    body = """Til Børne- og Skoleudvalget

Jeg er far til Ida, som går i 3.b på Østervangskolen, og skriver som privatperson.

Bevar SFO2! Ida skal efter planen starte i 4. klasse efter sommerferien, og hun er et af de børn, der har brug for voksne omkring sig efter skole. Hun har svært ved at finde ind i nye fællesskaber, og i Ungehuset er det de store fra 6.-7. klasse, der fylder. Jeg er ikke i tvivl om, at hun i stedet ville gå hjem og være alene.

Og så til trafikken: Hvis 4. klasserne skal i Ungehuset, skal de over Ringvejen ved Netto, hvor der ikke er lysregulering. Det er ikke i orden at sende 9-årige over den vej hver dag. Samtidig bliver der endnu mere kaos på Skolevej om morgenen, når Egebæk Børnehus åbner. Der bør laves en trafikplan, før man flytter rundt på børnene.

Venlig hilsen
Kasper Frost
Skovbrynet 3, Egebæk
"""
    return mail(
        folder / "Høringssvar - SFO2 og trafik ved Østervangskolen.eml",
        body,
        sender="Kasper Frost <kasper.frost@gmail.com>",
        subject="Høringssvar - SFO2 og trafik ved Østervangskolen",
        when=when,
    ), when


def r21_camilla(folder: Path):
    when = at(9, 20, 5)
    return docx(
        folder / "Høringssvar Camilla Brink.docx",
        [
            "Høringssvar vedr. ny struktur for dagtilbud",
            "Jeg skriver som privatperson og forælder, men jeg er også uddannet pædagog og har "
            "arbejdet i Børnehuset Solbakken i 11 år.",
            "Jeg kan ikke støtte den nye ledelsesstruktur. I dag har vi en leder i huset, som kender "
            "alle børn og alle forældre, og som træder til, når vi mangler hænder. Med tre store "
            "områder bliver lederen en person, man ser på personalemøder en gang om måneden. Det vil "
            "gå ud over både børnene og os medarbejdere.",
            "Jeg vil også gerne sige noget om, hvordan vi har det som personale. Vi løber stærkt i "
            "forvejen. Vi har haft vikarer på næsten hver stue i vinter, og jeg kender flere "
            "kolleger, der er sygemeldt med stress. Når der så kommer en ny struktur oven i, hvor vi "
            "ikke ved, hvem vores leder bliver, og hvor vi hørte om forslaget på Facebook, før vores "
            "egen ledelse havde fortalt os om det, så er det svært at bevare motivationen.",
            "Jeg synes også, det er en skam med Kildevang, men jeg forstår godt, at det er svært at "
            "drive et så lille hus. Den del tager jeg til efterretning.",
            "Camilla Brink",
        ],
        when,
        headings=[0],
        author="Camilla Brink",
    ), when


def r22_fb_syd(folder: Path):
    when = at(10, 10, 40)
    return docx(
        folder / "FB Egebæk Syd høringssvar.docx",
        [
            "Forældrebestyrelsen i Dagtilbud Egebæk Syd – høringssvar",
            "10.03.2025",
            "Forældrebestyrelsen har gennemgået forslaget punkt for punkt på vores møde den 25. "
            "februar 2025.",
            "1. Lukning af Børnehuset Kildevang",
            "Vi har forståelse for, at forslaget er svært for familierne i Nørre Vedby. Vi bakker dog "
            "op om, at børnene samles i Egebæk Børnehus, hvor der er bedre fysiske rammer og flere "
            "fagpersoner omkring børnene, og vi glæder os til at byde dem velkommen.",
            "2. Ny ledelsesstruktur",
            "Vi er positive over for tre større dagtilbudsområder, forudsat at der fortsat er en "
            "daglig pædagogisk leder i hvert hus.",
            "3. SFO2 ophører",
            "Ingen bemærkninger.",
            "4. Harmonisering af åbningstider",
            "Ingen bemærkninger.",
            "5. Forældrebetaling i SFO",
            "Ingen bemærkninger.",
            "6. Samling af specialgrupperne",
            "Forslaget giver ikke forældrebestyrelsen anledning til kommentarer.",
            "Øvrige bemærkninger",
            "Egebæk Børnehus ligger ved siden af Østervangskolen på Skolevej, hvor der allerede i dag "
            "er for få parkeringspladser. Vi er bekymrede for sikkerheden, når op mod 150 "
            "børnehavebørn skal afleveres samme sted som skolens elever. Vi beder om, at der "
            "etableres en særskilt afsætningsplads og en sikker gangforbindelse til børnehuset.",
            "For forældrebestyrelsen",
            "Anne-Mette Kruse, formand",
        ],
        when,
        headings=[0, 3, 5, 7, 9, 11, 13, 15],
        author="Anne-Mette Kruse",
    ), when


def r23_integrationsraadet(folder: Path):
    when = at(28, 11, 2, month=2)
    body = """Til Børn og Læring

Integrationsrådet har på sit møde den 27.02.2025 behandlet høringen om ny struktur for dagtilbud og skolefritidsordninger. Rådet har ingen bemærkninger til forslaget.

På vegne af Integrationsrådet

Med venlig hilsen
Lone Bech
Sekretær for Integrationsrådet
Egebæk Kommune
"""
    return mail(
        folder / "Høring - ny struktur for dagtilbud og SFO.eml",
        body,
        sender="Lone Bech <lobe@egebaek.dk>",
        subject="SV: Høring - ny struktur for dagtilbud og SFO",
        when=when,
    ), when


def r24_forwarded_gitte(folder: Path):
    when = at(6, 9, 12)
    body = """Hej Børn og Læring

Vi har modtaget nedenstående i Borgerservice. Jeg går ud fra, at det er et høringssvar til jeres høring om dagtilbudsstrukturen, så jeg sender det videre.

Venlig hilsen
Kirsten Møller
Borgerservice, Egebæk Kommune

-----Oprindelig meddelelse-----
Fra: Gitte <gittenoergaard78@gmail.com>
Sendt: 5. marts 2025 19:40
Til: Borgerservice <borgerservice@egebaek.dk>
Emne: Børnehave i Nørre Vedby

Hej
Jeg ved ikke om det er det rigtige sted at skrive, men jeg har læst i avisen at I vil lukke Kildevang. Det er jeg meget ked af. Min datter Freja har gået der siden hun var 3, og hun har det så godt der. Hvis hun skal flytte til Egebæk, skal jeg op kl. 5 for at nå at aflevere hende før jeg skal på arbejde i Horsbjerg, og hvis I også ændrer åbningstiden til halv syv, kan jeg slet ikke nå det.
I må ikke lukke den. Kan I ikke spare et andet sted?
Min mobil er 61 33 20 85 hvis nogen vil ringe.
Hilsen Gitte
"""
    return mail(
        folder / "VS Børnehave i Nørre Vedby.eml",
        body,
        sender="Borgerservice Egebæk Kommune <borgerservice@egebaek.dk>",
        subject="VS: Børnehave i Nørre Vedby",
        when=when,
    ), when


RESPONSES = [
    r01_aeldreraadet,
    r02_handicapraadet,
    r03_skolebestyrelsen_oestervang,
    r04_skolebestyrelsen_vedby,
    r05_fb_nord,
    r06_fb_nord_revised,
    r07_lmu_nord,
    r08_med_oestervang,
    r09_bupl,
    r10_foa,
    r11_egebaek_plast,
    r12_lokalraad,
    r13_campaign1,
    r14_campaign2,
    r15_campaign3,
    r16_campaign4,
    r17_holm,
    r18_mette,
    r19_webform_late,
    r20_kasper,
    r21_camilla,
    r22_fb_syd,
    r23_integrationsraadet,
    r24_forwarded_gitte,
]


def make(folder: Path) -> Path:
    """Write the 24 response files into `folder` (created if needed) and return it.
    Each file's mtime is the moment it was received."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for build in RESPONSES:
        path, when = build(folder)
        stamp = when.timestamp()
        os.utime(path, (stamp, stamp))
    return folder


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("brug: python tests/data/dev001/make_dev001.py OUTDIR", file=sys.stderr)
        return 2
    folder = make(Path(argv[1]))
    files = sorted(p.name for p in folder.iterdir())
    print(f"{len(files)} filer skrevet i {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
