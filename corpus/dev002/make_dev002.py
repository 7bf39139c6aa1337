"""Development consultation dev002: Solbjerg Kommune, "Besparelser på biblioteker og kultur
2027" (fictional), the responses as they reached the secretariat of Kultur og Fritid.

    python corpus/dev002/make_dev002.py OUTDIR                 # writes the response files
    python corpus/dev002/make_dev002.py OUTDIR --labels FILE   # ... and the reference labels

The letters were written from the senders' point of view (councils, a staff committee,
unions, associations, a company, citizens) without reading hoering's detection rules, and
labelled the way a careful reader labels them. Each response function writes its file(s)
and returns the labels of every file it wrote; labels.json next to this file is the dump.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from letterkit import built, docx, eml, logo_png, odt, pdf, scan_pdf, text, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Kultur og Fritid <kulturogfritid@solbjerg.dk>"
DEADLINE = dt.date(2027, 3, 10)
THEMES = ("filial", "aabent", "musikskole", "tilskud", "gebyr", "arkiv")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE, year=2027, month=3, inbox=INBOX)
at, label, cover, response = SET.at, SET.label, SET.cover, SET.response


# ---------------------------------------------------------------------------
# Consulted parties


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - bibliotek og kultur.docx"
    when = at(1, 15, 20)
    docx(
        folder / name,
        [
            "Solbjerg, den 1. marts 2027",
            "# Ældrerådets høringssvar vedr. besparelser på biblioteker og kultur 2027",
            "Ældrerådet har drøftet høringsmaterialet på sit møde den 24. februar 2027. Rådet "
            "har valgt at koncentrere sig om de forslag, der har størst betydning for kommunens "
            "ældre borgere.",
            "# Hallelev Bibliotek",
            "Ældrerådet er imod, at Hallelev Bibliotek lukker. Biblioteket er for mange ældre i "
            "Hallelev og omegn det sted, hvor de låner bøger, læser avisen og møder andre. En "
            "stor del af de ældre i landsbyerne har ikke bil, og busforbindelsen til Solbjerg er "
            "ringe uden for myldretiden. Bogbussen hver anden torsdag er ikke et reelt "
            "alternativ for borgere, der har svært ved at gå eller stå i kø udendørs.",
            "# Betjent åbningstid",
            "Ældrerådet kan heller ikke støtte, at den betjente åbningstid skæres med 38 timer om "
            "ugen. Mange ældre kommer netop på biblioteket for at få en snak med personalet og "
            "hjælp til at finde bøger, lydbøger og storskriftsbøger. Et bibliotek uden personale "
            "er for denne gruppe ikke et bibliotek.",
            "# Ældre og den digitale verden",
            "Ældrerådet vil i den forbindelse henlede opmærksomheden på, at en betydelig gruppe "
            "ældre borgere ikke har MitID-app, smartphone eller computer. Når flere og flere "
            "kommunale ydelser kun kan klares på nettet, bliver disse borgere afhængige af "
            "pårørende eller må helt undvære. Rådet opfordrer kommunen til altid at have en "
            "vej ind, der ikke kræver digitale færdigheder.",
            "Rådet vil desuden påpege, at fire ugers høringsfrist er for kort for et råd, der "
            "kun holder møde én gang om måneden, og at materialet ikke indeholder nogen "
            "vurdering af, hvad forslagene samlet betyder for ældre borgere.",
            "Ældrerådet har ingen bemærkninger til de øvrige forslag.",
            SIGN,
            "Bent Kofoed\nformand for Ældrerådet",
        ],
        when,
        header="Ældrerådet i Solbjerg Kommune · Torvet 1 · 4600 Solbjerg",
        author="Sekretær for Ældrerådet",
        title="Høringssvar",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2027, 3, 1), received=when,
        stance={"filial": "imod", "aabent": "imod"}, no_comment="rest",
        emergent=("digital", "proces"), overall="imod",
        note="Date line at the top; the meeting date (24 February) is in the body. 'kan heller "
        "ikke støtte' = negated support = imod. The digital paragraph is a general appeal, not "
        "about any proposal element; the four-week deadline and the missing assessment for the "
        "elderly are process critique. Blanket no-comment covers the other four.",
    )]


HANDICAP_PDF = "Handicaprådet - høringssvar bibliotek og kultur.pdf"


def _handicap_pdf(path: Path, when: dt.datetime) -> Path:
    return pdf(
        path,
        [
            "Handicaprådet har behandlet forslagene på sit møde den 3. marts 2027. Rådets "
            "bemærkninger følger forslagenes rækkefølge i høringsmaterialet.",
            "# Hallelev Bibliotek",
            "Handicaprådet er bekymret for lukningen af Hallelev Bibliotek. Filialen er i "
            "dag kommunens mest tilgængelige bibliotek med niveaufri adgang, handicaptoilet og "
            "teleslynge i mødelokalet. Bogbussen har trapper og kan ikke betjene "
            "kørestolsbrugere. Rådet anbefaler, at lukningen ikke gennemføres.",
            "# Åbent bibliotek",
            "Handicaprådet kan acceptere en udvidelse af det åbne bibliotek, hvis der samtidig "
            "sikres fuld tilgængelighed i de selvbetjente timer: automatiske døre, "
            "selvbetjeningsautomater i siddehøjde og skiltning, som også blinde og svagsynede "
            "kan bruge. Det åbne bibliotek kan give borgere med handicap mere fleksible "
            "besøgstider, men kun hvis de kan komme ind og klare sig selv.",
            "# Sammenlægning af musikskole og kulturskole",
            "Forslaget giver ikke anledning til bemærkninger.",
            "# Gebyr for lokalebooking",
            "Ingen bemærkninger.",
            "# Tilgængelig parkering ved Remisen",
            "Handicaprådet vil benytte lejligheden til at gøre opmærksom på, at de to "
            "handicapparkeringspladser foran Kulturhuset Remisen forsvandt, da cykelparkeringen "
            "blev udvidet sidste år. Den nærmeste handicapplads ligger nu ca. 200 meter fra "
            "indgangen, og det afholder borgere med gangbesvær fra at komme til arrangementer. "
            "Rådet beder om, at pladserne genetableres tæt ved indgangen.",
            "Solbjerg, 9/3-2027",
            SIGN,
            "Kirsten Abildgaard\nformand for Handicaprådet",
        ],
        when,
        title="Høringssvar fra Handicaprådet",
        author="Handicaprådet",
        letterhead=["Handicaprådet", "Solbjerg Kommune · Sekretariat: Social og Sundhed",
                    "Torvet 1 · 4600 Solbjerg"],
        columns=2,
        banner=["Høringssvar: Besparelser på biblioteker og kultur 2027"],
        size=10,
    )


@response
def handicapraadet(folder: Path):
    when = at(9, 11, 5)
    touch(_handicap_pdf(folder / HANDICAP_PDF, when), when)
    return [label(
        HANDICAP_PDF, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 3, 9), received=when,
        stance={"filial": "imod", "aabent": "støtter"},
        no_comment=("musikskole", "gebyr"),
        condition={"aabent": "hvis der samtidig sikres fuld tilgængelighed i de selvbetjente "
                   "timer: automatiske døre, selvbetjeningsautomater i siddehøjde og skiltning, "
                   "som også blinde og svagsynede kan bruge"},
        emergent=("parkering",), overall="delvis",
        note="Two-column layout under a full-width title. Date '9/3-2027' above the signature; "
        "the meeting (3 March) is in the first line. Filial: 'er bekymret for' + 'anbefaler, at "
        "lukningen ikke gennemføres' = imod. Åbent bibliotek: conditional acceptance = støtter "
        "with condition. Tilskud and arkiv are not mentioned and there is no blanket sentence, "
        "so they are in neither list.",
    )]


@response
def handicapraadet_kopi(folder: Path):
    # The same file saved twice by a colleague who filed it from two mailboxes.
    name = "Handicaprådet - høringssvar bibliotek og kultur - Kopi.pdf"
    when = at(9, 11, 5)
    touch(_handicap_pdf(folder / name, when), when)
    entry = label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 3, 9), received=when,
        stance={"filial": "imod", "aabent": "støtter"}, no_comment=("musikskole", "gebyr"),
        condition={"aabent": "hvis der samtidig sikres fuld tilgængelighed i de selvbetjente "
                   "timer: automatiske døre, selvbetjeningsautomater i siddehøjde og skiltning, "
                   "som også blinde og svagsynede kan bruge"},
        emergent=("parkering",), overall="delvis", duplicate_of=HANDICAP_PDF,
        note="Byte-identical copy (Windows '- Kopi'); the file without the suffix is the original.",
    )
    return [entry]


@response
def folkeoplysningsudvalget(folder: Path):
    name = "FOU høringssvar.pdf"
    when = at(4, 9, 40)
    pdf(
        folder / name,
        [
            "# Folkeoplysningsudvalgets høringssvar vedr. forslag om besparelser på biblioteker "
            "og kultur 2027",
            "Folkeoplysningsudvalget har på sit møde den 12. februar 2027 drøftet de forslag i "
            "høringsmaterialet, der vedrører det folkeoplysende område, og udvalget har efterfølgende "
            "haft en dialog med foreningerne på et fællesmøde den 25. februar. Udvalget vil gerne "
            "kvittere for, at foreningerne er blevet inddraget tidligt, men må samtidig konstatere, "
            "at to af forslagene rammer foreningslivet hårdt og på en måde, som udvalget ikke kan "
            "anbefale.",
            "Forslaget om at reducere aktivitetstilskuddet og lokaletilskuddet med 10 % vil betyde, "
            "at mange foreninger må hæve kontingentet. Det rammer især børne- og ungdomsafdelingerne "
            "og familier med få midler, og udvalget frygter, at det vil koste medlemmer. Foreningerne "
            "har allerede oplevet stigende udgifter til energi og kørsel, og en del af dem har brugt "
            "deres opsparing. Folkeoplysningsudvalget er imod reduktionen og opfordrer Udvalget for "
            "Kultur og Fritid til at fastholde tilskuddene på det nuværende niveau.",
            "Udvalget finder det også betænkeligt at indføre et gebyr for booking af lokaler. "
            "Efter folkeoplysningsloven skal kommunen stille egnede lokaler vederlagsfrit til "
            "rådighed for folkeoplysende foreninger, og et administrationsgebyr på 75 kr. pr. "
            "booking er efter udvalgets opfattelse i strid med lovens ånd. For en forening, der "
            "booker et lokale hver uge, løber det op i flere tusinde kroner om året. Udvalget "
            "kan derfor ikke støtte forslaget.",
            "Udvalget vil i øvrigt pege på, at foreningernes frivillige trænere og ledere er "
            "usikre på, hvordan de er dækket, hvis der sker en ulykke, når de låser sig ind i "
            "kommunale lokaler uden for åbningstiden. Den kommunale forsikring dækker efter det "
            "oplyste kun ansatte, og mange frivillige har spurgt udvalget, om de selv hæfter. "
            "Det bør kommunen afklare og informere foreningerne om, inden flere lokaler gøres "
            "selvbetjente.",
            "Sammenlægningen af musikskolen og kulturskolen tager udvalget til efterretning.",
            "Folkeoplysningsudvalget har ingen bemærkninger til de øvrige forslag.",
            "Solbjerg, den 4. marts 2027",
            "På vegne af Folkeoplysningsudvalget",
            "Henrik Aagaard, formand",
        ],
        when,
        title="FOU høringssvar",
        author="Henrik Aagaard",
        tight=True,
        indent=True,
        size=10.5,
        font="Times-Roman",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Folkeoplysningsudvalget", kind="organisation",
        party="Folkeoplysningsudvalget", letter_date=D(2027, 3, 4), received=when,
        stance={"tilskud": "imod", "gebyr": "imod", "musikskole": "neutral"},
        no_comment="rest", emergent=("frivillige",), overall="imod",
        note="Tightly set (Times, no space between paragraphs, first-line indents). Meetings on "
        "12 and 25 February are in the body; the letter date is above the signature. Musikskole: "
        "'tager ... til efterretning' = neutral. Frivillige: volunteers' insurance when they let "
        "themselves into municipal rooms, outside any element. Blanket covers filial, aabent, "
        "arkiv.",
    )]


@response
def med_bibliotekerne(folder: Path):
    name = "Høringssvar fra MED-udvalget for Solbjerg Bibliotekerne.eml"
    when = at(8, 16, 47)
    body = (
        "Til Udvalget for Kultur og Fritid\n\n"
        "Høringssvar fra MED-udvalget for Solbjerg Bibliotekerne\n\n"
        "MED-udvalget har drøftet forslagene på et ekstraordinært møde den 2. marts. Vi har "
        "samlet vores bemærkninger nedenfor.\n\n"
        "Betjent åbningstid og åbent bibliotek\n"
        "MED-udvalget er imod, at den betjente åbningstid reduceres med 38 timer om ugen. "
        "Allerede i dag er der perioder, hvor én medarbejder alene står for udlån, "
        "arrangementer og borgerservice-opgaver, og med færre betjente timer vil alenearbejdet "
        "stige. Vi er særligt bekymrede for medarbejdernes sikkerhed om aftenen, når de går fra "
        "betjent til selvbetjent åbningstid og skal bede unge, der ikke vil gå, om at forlade "
        "huset. Erfaringerne fra Vesterby viser, at hærværk og uro i de selvbetjente timer "
        "lægger et stort pres på personalet næste morgen.\n\n"
        "Hallelev Bibliotek\n"
        "Vi er imod lukningen. Filialen har tre faste medarbejdere, som vil skulle flyttes til "
        "Hovedbiblioteket, hvor der i forvejen mangler arbejdspladser.\n\n"
        "Lokalhistorisk Arkiv\n"
        "MED-udvalget er ikke imod, at arkivet flytter ind på Hovedbiblioteket. Det kan "
        "tværtimod give arkivet flere besøgende og give bibliotekets personale en bedre mulighed "
        "for at henvise borgere til arkivets samlinger.\n\n"
        "Frivillige i huset\n"
        "Forslaget forudsætter, at frivillige i højere grad står for arrangementer og "
        "lektiecafé i de selvbetjente timer. Det er der mange gode erfaringer med, men ingen "
        "har kunnet svare os på, hvem der har ansvaret, og om de frivillige er forsikret, hvis "
        "en borger kommer til skade, eller hvis den frivillige selv gør. Det bør være afklaret, "
        "før ordningen udvides.\n\n"
        "Musikskole, tilskud og gebyrer ligger uden for bibliotekernes område, og dem har vi "
        "ingen bemærkninger til.\n\n"
        "På vegne af MED-udvalget\n"
        "Lone Sejer Andersen\n"
        "næstformand, medarbejderside\n"
        "Solbjerg Bibliotekerne\n"
    )
    eml(
        folder / name,
        sender="Lone Sejer Andersen <lsa@solbjerg.dk>",
        to=INBOX,
        subject="Høringssvar fra MED-udvalget for Solbjerg Bibliotekerne",
        when=when,
        body=body,
        server="EXCH01.intern.solbjerg.dk",
        mailer="Microsoft Outlook 16.0",
    )
    touch(folder / name, when)
    return [label(
        name, sender="MED-udvalget for Solbjerg Bibliotekerne", kind="organisation",
        party="MED-udvalget for Solbjerg Bibliotekerne", letter_date=None, received=when,
        stance={"aabent": "imod", "filial": "imod", "arkiv": "støtter"},
        no_comment=("musikskole", "tilskud", "gebyr"), emergent=("frivillige",),
        overall="delvis",
        note="Sent from a staff member's municipal address; the sender is the committee she signs "
        "for. Server-saved (Return-Path/Received first), quoted-printable body. Arkiv: 'ikke imod "
        "... tværtimod' = støtter. The last paragraph names the three remaining elements and says "
        "no comments.",
    )]


@response
def bkf_kreds5(folder: Path):
    name = "BKF Kreds 5 - høringssvar.eml"
    when = at(9, 14, 2)
    paragraphs = [
        "Kære Udvalget for Kultur og Fritid",
        "BKF Kreds 5 repræsenterer bibliotekarer og kulturformidlere i Solbjerg Kommune, og vi "
        "takker for muligheden for at afgive høringssvar.",
        "Åbent bibliotek erstatter ikke bibliotekarer",
        "Vi er stærkt imod forslaget om at skære 38 betjente timer om ugen. Det åbne bibliotek er "
        "et fint supplement, men det kan ikke erstatte den faglige vejledning, "
        "formidlingen til børn og de mange arrangementer, som kræver personale. Færre betjente "
        "timer betyder i praksis færre bibliotekarer.",
        "Lukning af Hallelev Bibliotek",
        "Vi kan ikke støtte lukningen. Hallelev er et af de steder i kommunen, hvor biblioteket "
        "er det sidste offentlige rum.",
        "Borgere, der står uden for det digitale",
        "Hver uge hjælper bibliotekarerne borgere, der ikke kan bruge Digital Post, "
        "Borger.dk eller MitID på egen hånd. Det er ikke en del af vores formelle opgaver, men "
        "når ingen andre gør det, ender de hos os. Bliver der færre bemandede timer, vil de "
        "borgere, der i forvejen har sværest ved det digitale, stå helt alene.",
        "Sammenlægning af musikskole og kulturskole: Ingen bemærkninger.",
        "Vi har ingen bemærkninger til de øvrige forslag.",
        "Med kollegial hilsen",
        "Marianne Tvede\nkredsformand, BKF Kreds 5",
    ]
    plain = "\n\n".join(paragraphs) + "\n\n--\nBKF Kreds 5 · Vesterbrogade 12 · 4000 Roskilde\n"
    html_parts = []
    for p in paragraphs:
        if p in ("Åbent bibliotek erstatter ikke bibliotekarer", "Lukning af Hallelev Bibliotek",
                 "Borgere, der står uden for det digitale"):
            html_parts.append(f"<p><b>{p}</b></p>")
        else:
            html_parts.append("<p>" + p.replace("\n", "<br>") + "</p>")
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">"
        + "".join(html_parts)
        + "<p><img src=\"cid:bkf-logo.png@bkf.dk\" alt=\"BKF\" width=\"160\" height=\"48\"><br>"
        "BKF Kreds 5 · Vesterbrogade 12 · 4000 Roskilde</p></body></html>"
    )
    eml(
        folder / name,
        sender='"BKF Kreds 5" <kreds5@bkf.dk>',
        to=INBOX,
        subject="Høringssvar - besparelser på biblioteker og kultur",
        when=when,
        body=plain,
        html=html,
        inline_logo=("bkf-logo.png", logo_png("BKF KREDS 5", (0, 84, 122))),
        server="smtp.bkf.dk",
    )
    touch(folder / name, when)
    return [label(
        name, sender="BKF Kreds 5", kind="organisation", party="BKF Kreds 5",
        letter_date=None, received=when,
        stance={"aabent": "imod", "filial": "imod"}, no_comment="rest",
        emergent=("digital",), overall="imod",
        note="multipart/alternative (text + HTML) with an inline logo (Content-ID, disposition "
        "inline) in a multipart/related: the logo is not a response. 'Musikskole ...: Ingen "
        "bemærkninger' and the blanket sentence cover the other four.",
    )]


MUSIK_ORIG = "Høringssvar Musikskolens forældreråd_endelig.docx"
MUSIK_REV = "Høringssvar Musikskolens forældreråd.docx"


@response
def musikskole_original(folder: Path):
    mail_name = "Høringssvar fra forældrerådet ved Solbjerg Musikskole.eml"
    when = at(2, 21, 33)
    attachment = built(
        docx, MUSIK_ORIG,
        [
            "Forældrerådet ved Solbjerg Musikskole",
            "Solbjerg, 2. marts 2027",
            "# Høringssvar om sammenlægning af Solbjerg Musikskole og Kulturskolen",
            "Forældrerådet er imod, at Solbjerg Musikskole lægges sammen med Kulturskolen. "
            "Musikskolen har i dag 540 elever og en venteliste på over 80 børn, og den har "
            "gennem mange år opbygget et stærkt miljø med orkestre, kor og sammenspil. Vi frygter, "
            "at musikskolen med én fælles leder for musik, billedkunst og drama mister sin faglige "
            "profil, og at besparelsen på 450.000 kr. i sidste ende tages fra undervisningstimerne.",
            "Vi er også bekymrede for, hvor undervisningen skal foregå. Høringsmaterialet nævner, "
            "at den samlede kulturskole skal have base i Kulturhuset Remisen, men der er ikke "
            "lydisolerede lokaler nok til slagtøj og orkestre.",
            "# Aflevering og afhentning",
            "Allerede i dag er det næsten umuligt at holde ind ved Remisen, når børnene skal "
            "afleveres til undervisning. Der er kun få pladser, og de er optaget af caféens "
            "gæster. Flytter hele musikskolen til Remisen, bliver trafikken ved indkørslen "
            "kaotisk, og forældre vil parkere på fortovet langs Stationsvej.",
            "Forældrerådet opfordrer udvalget til at droppe sammenlægningen.",
            SIGN,
            "På vegne af forældrerådet\nMette Qvist, formand",
        ],
        at(2, 21, 10),
        author="Mette Qvist",
    )
    eml(
        folder / mail_name,
        sender="Mette Qvist <mette.qvist@gmail.com>",
        to=INBOX,
        subject="Høringssvar fra forældrerådet ved Solbjerg Musikskole",
        when=when,
        body=(
            "Hej\n\nHermed høringssvar fra Forældrerådet ved Solbjerg Musikskole, se vedhæftede.\n\n"
            "Venlig hilsen\nMette Qvist\nformand for forældrerådet\n\nSendt fra min iPhone\n"
        ),
        attachments=[(MUSIK_ORIG, attachment)],
        server="mail-sor-f41.google.com",
    )
    touch(folder / mail_name, when)
    pd = (("email", "mette.qvist@gmail.com", "header"),)
    common = dict(
        sender="Forældrerådet ved Solbjerg Musikskole", kind="organisation",
        party="Forældrerådet ved Solbjerg Musikskole", received=when,
    )
    return [
        cover(mail_name, MUSIK_ORIG, letter_date=None, personal_data=pd,
              note="Covering mail from the chair's gmail; the response is the attached DOCX.",
              **common),
        label(
            MUSIK_ORIG, container=mail_name, letter_date=D(2027, 3, 2),
            stance={"musikskole": "imod"}, emergent=("parkering",), overall="imod",
            note="The original, although its file name says 'endelig'; replaced on 9 March by "
            "'Høringssvar Musikskolens forældreråd.docx'. Only the music school is discussed; "
            "no blanket sentence.",
            **common,
        ),
    ]


@response
def musikskole_revision(folder: Path):
    when = at(9, 19, 15)
    docx(
        folder / MUSIK_REV,
        [
            "Forældrerådet ved Solbjerg Musikskole",
            "Solbjerg, den 9. marts 2027",
            "# Revideret høringssvar om sammenlægning af Solbjerg Musikskole og Kulturskolen",
            "Dette svar erstatter vores svar af 2. marts 2027. Efter et møde med kulturchefen den "
            "5. marts har forældrerådet fået svar på flere af vores spørgsmål, og vi har derfor "
            "revideret vores høringssvar.",
            "Forældrerådet kan acceptere, at Solbjerg Musikskole og Kulturskolen lægges sammen pr. "
            "1. august 2027, hvis musikskolen bevarer sine undervisningslokaler på Nørregade, og "
            "hvis besparelsen alene findes på ledelsen og ikke på undervisningstimerne. Musikskolen "
            "har i dag 540 elever og en venteliste på over 80 børn, og det stærke miljø med "
            "orkestre, kor og sammenspil må ikke gå tabt i en større organisation.",
            "# Gebyr for lokaler",
            "Vi er imod gebyret for booking af lokaler. Musikskolens forældreforening booker "
            "hvert år salen i Remisen til forårskoncerten og juleafslutningen, og et gebyr vil "
            "gå direkte fra de penge, vi samler ind til instrumenter.",
            "# Aflevering og afhentning",
            "Allerede i dag er det næsten umuligt at holde ind ved Remisen, når børnene skal "
            "afleveres til undervisning. Der er kun få pladser, og de er optaget af caféens "
            "gæster. Vi beder udvalget sikre, at der bliver afsat korttidsparkering til "
            "aflevering ved indgangen.",
            "Forældrerådet har ikke yderligere bemærkninger.",
            SIGN,
            "På vegne af forældrerådet\nMette Qvist, formand",
        ],
        when,
        author="Mette Qvist",
        title="Revideret høringssvar",
    )
    touch(folder / MUSIK_REV, when)
    return [label(
        MUSIK_REV, sender="Forældrerådet ved Solbjerg Musikskole", kind="organisation",
        party="Forældrerådet ved Solbjerg Musikskole", letter_date=D(2027, 3, 9),
        received=when,
        stance={"musikskole": "støtter", "gebyr": "imod"},
        condition={"musikskole": "hvis musikskolen bevarer sine undervisningslokaler på "
                   "Nørregade, og hvis besparelsen alene findes på ledelsen og ikke på "
                   "undervisningstimerne"},
        emergent=("parkering",), overall="delvis", revision_of=MUSIK_ORIG,
        note="Revision of the attachment 'Høringssvar Musikskolens forældreråd_endelig.docx' "
        "(the file names suggest the opposite order). Letter date 9 March; the body mentions 2 "
        "March (the replaced answer), 5 March (a meeting) and 1 August (start). The position on "
        "the merger moved from imod to conditional support; gebyr is new. 'ikke yderligere "
        "bemærkninger' is a closing formula, not a blanket no-comment on named elements.",
    )]


KS_ORIG = "Kulturelt Samråd - høringssvar.pdf"
KS_REV = "Kulturelt Samråd - høringssvar (rettet).pdf"


@response
def kulturelt_samraad_original(folder: Path):
    when = at(3, 13, 0)
    pdf(
        folder / KS_ORIG,
        [
            "Solbjerg Kommune\nKultur og Fritid\nAtt.: Udvalget for Kultur og Fritid\n"
            "Torvet 1\n4600 Solbjerg",
            "3. marts 2027",
            "# Høringssvar – besparelser på biblioteker og kultur 2027",
            "Kulturelt Samråd i Solbjerg samler 34 kulturforeninger i kommunen, fra kor og "
            "teaterforeninger til kunstforeningen og filmklubben. Samrådet har drøftet "
            "høringsmaterialet med medlemsforeningerne.",
            "## Tilskud til foreningerne",
            "Samrådet er imod, at tilskuddene til de folkeoplysende foreninger skæres med 15 %. "
            "Kulturforeningerne drives af frivillige og lever af små beløb; et tilskud, der "
            "falder, betyder færre koncerter og udstillinger, ikke mere effektiv drift.",
            "## Gebyr for booking af lokaler",
            "Et gebyr for at booke lokaler rammer de små foreninger, som bruger lokalerne til "
            "bestyrelsesmøder og prøver. Samrådet kan ikke anbefale det.",
            "## Sammenlægning af musikskole og kulturskole",
            "Kulturelt Samråd bakker op om sammenlægningen. En samlet kulturskole kan give "
            "børnene adgang til flere kunstarter og styrke samarbejdet med foreningerne.",
            "## Høringsmaterialet",
            "Samrådet savner tal for, hvad de enkelte foreninger vil miste. Uden en oversigt over "
            "tilskuddene forening for forening er det svært for både foreningerne og politikerne "
            "at vurdere konsekvenserne, og fire ugers høring er for kort tid for frivillige "
            "bestyrelser, der mødes en gang om måneden.",
            SIGN,
            "Kulturelt Samråd i Solbjerg\nSusanne Friis, formand",
        ],
        when,
        title="Høringssvar Kulturelt Samråd",
        author="Susanne Friis",
        letterhead=["Kulturelt Samråd i Solbjerg", "c/o Susanne Friis · Skolegade 14 · 4600 Solbjerg"],
        right_align=(1,),
    )
    touch(folder / KS_ORIG, when)
    return [label(
        KS_ORIG, sender="Kulturelt Samråd i Solbjerg", kind="organisation",
        party="Kulturelt Samråd i Solbjerg", letter_date=D(2027, 3, 3), received=when,
        stance={"tilskud": "imod", "gebyr": "imod", "musikskole": "støtter"},
        emergent=("proces",), overall="delvis",
        note="Address block naming the municipality's own units at the top ('Solbjerg Kommune / "
        "Kultur og Fritid / Att.: Udvalget for Kultur og Fritid'): the recipient, not the sender. "
        "Date flush right. Gebyr: 'kan ikke anbefale' = imod. The 15 % figure is the sender's "
        "error, corrected in the revision.",
    )]


@response
def kulturelt_samraad_revision(folder: Path):
    when = at(9, 10, 30)
    pdf(
        folder / KS_REV,
        [
            "Solbjerg Kommune\nKultur og Fritid\nAtt.: Udvalget for Kultur og Fritid\n"
            "Torvet 1\n4600 Solbjerg",
            "# Høringssvar – besparelser på biblioteker og kultur 2027 (rettet version)",
            "Dette svar erstatter vores svar af 3. marts. I det første svar skrev vi fejlagtigt, "
            "at tilskuddene skæres med 15 %; forslaget er en reduktion på 10 %. Samtidig har vi "
            "tilføjet et afsnit om arkivet, som flere medlemsforeninger har bedt os om.",
            "Kulturelt Samråd i Solbjerg samler 34 kulturforeninger i kommunen, fra kor og "
            "teaterforeninger til kunstforeningen og filmklubben. Samrådet har drøftet "
            "høringsmaterialet med medlemsforeningerne.",
            "## Tilskud til foreningerne",
            "Samrådet er imod, at tilskuddene til de folkeoplysende foreninger skæres med 10 %. "
            "Kulturforeningerne drives af frivillige og lever af små beløb; et tilskud, der "
            "falder, betyder færre koncerter og udstillinger, ikke mere effektiv drift.",
            "## Gebyr for booking af lokaler",
            "Et gebyr for at booke lokaler rammer de små foreninger, som bruger lokalerne til "
            "bestyrelsesmøder og prøver. Samrådet kan ikke anbefale det.",
            "## Sammenlægning af musikskole og kulturskole",
            "Kulturelt Samråd bakker op om sammenlægningen. En samlet kulturskole kan give "
            "børnene adgang til flere kunstarter og styrke samarbejdet med foreningerne.",
            "## Lokalhistorisk Arkiv",
            "Samrådet frygter, at arkivets samlinger tager skade i kælderen under "
            "Hovedbiblioteket, hvor der flere gange har været vand på gulvet. Arkivet bør "
            "blive i Den Gamle Skole, indtil der er fundet egnede lokaler over jorden.",
            "## Høringsmaterialet",
            "Samrådet savner tal for, hvad de enkelte foreninger vil miste. Uden en oversigt over "
            "tilskuddene forening for forening er det svært for både foreningerne og politikerne "
            "at vurdere konsekvenserne, og fire ugers høring er for kort tid for frivillige "
            "bestyrelser, der mødes en gang om måneden.",
            "d. 9.3.27",
            SIGN,
            "Kulturelt Samråd i Solbjerg\nSusanne Friis, formand",
        ],
        when,
        title="Høringssvar Kulturelt Samråd rettet",
        author="Susanne Friis",
        letterhead=["Kulturelt Samråd i Solbjerg", "c/o Susanne Friis · Skolegade 14 · 4600 Solbjerg"],
        tight=True,
        size=10,
    )
    touch(folder / KS_REV, when)
    return [label(
        KS_REV, sender="Kulturelt Samråd i Solbjerg", kind="organisation",
        party="Kulturelt Samråd i Solbjerg", letter_date=D(2027, 3, 9), received=when,
        stance={"tilskud": "imod", "gebyr": "imod", "musikskole": "støtter", "arkiv": "imod"},
        emergent=("proces",), overall="delvis", revision_of=KS_ORIG,
        note="'rettet version' in the title and 'Dette svar erstatter vores svar af 3. marts' in "
        "the first paragraph; the letter's own date is 'd. 9.3.27' above the signature. Tightly "
        "set, no space between paragraphs and no indents. Arkiv: 'frygter' + 'bør blive' = imod.",
    )]


@response
def hallelev_lokalraad(folder: Path):
    name = "Hallelev Bibliotek skal bevares.eml"
    when = at(7, 20, 12)
    body = (
        "Til Udvalget for Kultur og Fritid\n\n"
        "Hallelev Lokalråd har med stor skuffelse læst forslaget om at lukke Hallelev Bibliotek "
        "pr. 1. august 2027.\n\n"
        "Biblioteket er det sidste offentlige sted i Hallelev, efter at brugsen lukkede i 2024 "
        "og posthuset længe før det. Her mødes læseklubben, dagplejerne kommer med børnene "
        "hver tirsdag, og skolens elever låner bøger hver uge. Tager man biblioteket, tager "
        "man en af de sidste grunde til, at unge familier vælger at bosætte sig i byen. "
        "Lokalrådet er derfor imod lukningen, og vi opfordrer udvalget til at finde "
        "besparelsen et andet sted.\n\n"
        "Bogbussen er ikke en løsning. Den holder på skolens parkeringsplads hver anden "
        "torsdag i halvanden time, midt i arbejdstiden.\n\n"
        "Mange af byens ældre har hverken smartphone eller computer og får i dag hjælp på "
        "biblioteket til alt fra Digital Post til at bestille tid hos lægen. Hvor skal de gå "
        "hen, når det lukker? Kommunen forudsætter efterhånden, at alle er på nettet, men det "
        "er langt fra virkeligheden i en landsby.\n\n"
        "Til sidst vil vi sige, at det er dårlig stil at sende et så vigtigt forslag i høring "
        "hen over vinterferien. Lokalrådet nåede kun at holde ét borgermøde, og mange hørte "
        "først om forslaget, da høringsfristen næsten var gået.\n\n"
        "Bevar Hallelev Bibliotek!\n\n"
        "Med venlig hilsen\n"
        "Hallelev Lokalråd\n"
        "v/ Jørgen Bech, formand\n"
    )
    eml(
        folder / name,
        sender="hallelev.lokalraad@gmail.com",
        to=INBOX,
        subject="Hallelev Bibliotek skal bevares",
        when=when,
        body=body,
        server="mail-ej1-f54.google.com",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Hallelev Lokalråd", kind="organisation", party="Hallelev Lokalråd",
        letter_date=None, received=when,
        stance={"filial": "imod"}, emergent=("digital", "proces"), overall="imod",
        note="A gmail address without a display name used by the council, which signs as the "
        "council. 'pr. 1. august 2027' and '2024' are body dates; no letter date. The "
        "digital paragraph is about the elderly in general, not a proposal element.",
    )]


@response
def skolebestyrelsen_hallelev(folder: Path):
    name = "Skolebestyrelsen Hallelev Skole.docx"
    when = at(8, 22, 5)
    docx(
        folder / name,
        [
            "# Høringssvar fra Skolebestyrelsen ved Hallelev Skole",
            "Skolebestyrelsen ved Hallelev Skole kan fuldt ud tilslutte sig Hallelev Lokalråds "
            "høringssvar om Hallelev Bibliotek.",
            "Vi vil tilføje, at skolen ikke har sit eget skolebibliotek, men bruger filialen, "
            "som ligger over for skolen. Alle klasser har fast biblioteksdag, og "
            "læsevejlederen bruger bibliotekarens bogsnak i indskolingen. Lukker filialen, skal "
            "skolen etablere et skolebibliotek, og det er der hverken plads eller penge til.",
            "Vi har ingen bemærkninger til sammenlægningen af musikskolen og kulturskolen.",
            "Hallelev, den 8. marts 2027",
            "For skolebestyrelsen\nAnders Krogh\nformand",
        ],
        when,
        author="Anders Krogh",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Skolebestyrelsen ved Hallelev Skole", kind="organisation",
        party="Skolebestyrelsen ved Hallelev Skole", letter_date=D(2027, 3, 8), received=when,
        stance={"filial": "imod"}, no_comment=("musikskole",), overall="imod",
        note="Endorses Hallelev Lokalråd's letter on the library (shares its opposition) and adds "
        "its own reasons. The endorsement is limited to 'om Hallelev Bibliotek', so the "
        "lokalråd's digital and process points are not counted here. Musikskole: explicit no "
        "comment; other elements not mentioned.",
    )]


UNG_PDF = "Ungdomsrådet høringssvar.pdf"


def _ungdomsraad_pdf(path: Path, when: dt.datetime) -> Path:
    return pdf(
        path,
        [
            "Af Solbjerg Ungdomsråd",
            "Vi er 15 unge mellem 14 og 24 år, som er valgt til Solbjerg Ungdomsråd. Vi har "
            "læst forslagene om biblioteker og kultur og snakket med elever fra Solbjerg "
            "Gymnasium og 10. klassecentret om dem.",
            "# Længere åbent på biblioteket",
            "Ungdomsrådet er positive over for at udvide det åbne bibliotek. Mange unge læser "
            "til eksamen om aftenen og i weekenden, og der er ikke ret mange steder i byen, hvor "
            "man kan sidde i ro uden at skulle købe noget. Hvis biblioteket er åbent til kl. 22 "
            "alle dage, bliver det et sted, vi rent faktisk kan bruge.",
            "# Gebyr for at booke lokaler",
            "Vi er imod gebyret. Studiegrupper og elevforeninger booker tit et grupperum på "
            "biblioteket, og 400 kr. er mange penge for en gruppe studerende.",
            "# Musikskole og kulturskole",
            "Vi er lidt i tvivl om sammenlægningen. Det kunne måske give mening med én "
            "kulturskole, men vi har ikke hørt nok om, hvad det betyder for holdene.",
            "# Transport og cykelparkering",
            "Det er svært at komme til Remisen og Hovedbiblioteket, hvis man ikke bor i "
            "Solbjerg by. Cykelstativerne ved Remisen er altid fyldte, og der er ikke lys på "
            "stien fra stationen om aftenen.",
            "Solbjerg Ungdomsråd, marts 2027",
        ],
        when,
        title="Ungdomsrådet høringssvar",
        author="Solbjerg Ungdomsråd",
        columns=2,
        banner=["Unge har brug for steder at være"],
        size=13,
    )


@response
def ungdomsraadet(folder: Path):
    when = at(6, 18, 30)
    _ungdomsraad_pdf(folder / UNG_PDF, when)
    touch(folder / UNG_PDF, when)
    return [label(
        UNG_PDF, sender="Solbjerg Ungdomsråd", kind="organisation", party="Solbjerg Ungdomsråd",
        letter_date=None, received=when,
        stance={"aabent": "støtter", "gebyr": "imod", "musikskole": "neutral"},
        emergent=("parkering",), overall="delvis",
        note="Byline 'Af Solbjerg Ungdomsråd' under the full-width title; two columns, a heading left at the foot of column 1. 'marts 2027' at the "
        "end is a month, not a date: letter_date null. Musikskole: hedged ('lidt i tvivl', "
        "'kunne måske give mening') = neutral. The cycle parking / access paragraph counts as "
        "parkering (getting to and parking at Remisen). Received from the file's arrival.",
    )]


@response
def ungdomsraadet_copy(folder: Path):
    name = "Copy of Ungdomsrådet høringssvar.pdf"
    when = at(6, 18, 30)
    _ungdomsraad_pdf(folder / name, when)
    touch(folder / name, when)
    return [label(
        name, sender="Solbjerg Ungdomsråd", kind="organisation", party="Solbjerg Ungdomsråd",
        letter_date=None, received=when,
        stance={"aabent": "støtter", "gebyr": "imod", "musikskole": "neutral"},
        emergent=("parkering",), overall="delvis", duplicate_of=UNG_PDF,
        note="Byte-identical copy ('Copy of ...', saved from a shared drive).",
    )]


@response
def lokalhistorisk_forening(folder: Path):
    name = "Lokalhistorisk Forening - høringssvar arkivet.pdf"
    when = at(5, 12, 15)
    pdf(
        folder / name,
        [
            "Solbjerg, den 5. marts 2027",
            "# Vedr. flytning af Lokalhistorisk Arkiv",
            "Solbjerg Lokalhistoriske Forening fraråder på det kraftigste, at arkivet flyttes fra "
            "Den Gamle Skole til kælderen under Hovedbiblioteket. Arkivet rummer over 40.000 "
            "fotografier, kirkebøger i kopi og foreningsprotokoller, som kræver et stabilt "
            "indeklima. Kælderen har haft vandskade to gange siden 2019, og der er hverken "
            "affugtning eller brandsikring, der lever op til Arkivernes Landsforenings "
            "anbefalinger. Samtidig vil en nedskæring af arkivarens timer fra 30 til 20 om ugen "
            "betyde, at arkivet kun kan holde åbent for besøgende én dag om ugen.",
            "# De frivillige",
            "Arkivet bliver i dag holdt i live af 22 frivillige, der registrerer billeder og "
            "hjælper besøgende. Foreningen har flere gange spurgt kommunen, om de frivillige er "
            "dækket af kommunens arbejdsskadeforsikring, når de løfter arkivkasser i kommunens "
            "bygninger, uden at få et klart svar. Skal de frivillige arbejde i en kælder med "
            "stejle trapper, må det være på plads først.",
            "# Besøgende og adgang",
            "Ved Den Gamle Skole kan besøgende parkere gratis lige foran døren. Ved "
            "Hovedbiblioteket er der betalingsparkering med to timers grænse, og det er ikke "
            "meget, når man sidder med slægtsforskning.",
            "Foreningen deltager gerne i et møde om alternative lokaler.",
            SIGN,
            "Solbjerg Lokalhistoriske Forening\nErik Hvidberg\nformand",
        ],
        when,
        title="Høringssvar arkivet",
        author="Erik Hvidberg",
        letterhead=["Solbjerg Lokalhistoriske Forening", "Den Gamle Skole · Kirkevej 3 · 4600 Solbjerg",
                    "www.solbjerglokalhistorie.dk"],
        right_align=(0,),
    )
    touch(folder / name, when)
    return [label(
        name, sender="Solbjerg Lokalhistoriske Forening", kind="organisation",
        party="Solbjerg Lokalhistoriske Forening", letter_date=D(2027, 3, 5), received=when,
        stance={"arkiv": "imod"}, emergent=("frivillige", "parkering"), overall="imod",
        note="Letterhead + flush-right date line. 'fraråder på det kraftigste' = imod. "
        "'siden 2019' is a body year. Frivillige: arbejdsskadeforsikring for volunteers; "
        "parkering: paid two-hour parking at Hovedbiblioteket.",
    )]


@response
def oestre_skole(folder: Path):
    name = "SV: Høring - besparelser på biblioteker og kultur.eml"
    when = at(10, 8, 55)
    body = (
        "Til Kultur og Fritid\n\n"
        "Skolebestyrelsen ved Østre Skole har behandlet høringen på mødet i går og har ingen "
        "bemærkninger til forslagene.\n\n"
        "Venlig hilsen\n\n"
        "Pia Brøndum\n"
        "Skolesekretær, Østre Skole\n"
        "på vegne af skolebestyrelsen\n\n"
        "Fra: Kultur og Fritid <kulturogfritid@solbjerg.dk>\n"
        "Sendt: 8. februar 2027 10:00\n"
        "Til: Høringsparter - kultur\n"
        "Emne: Høring - besparelser på biblioteker og kultur\n\n"
        "Kære høringsparter\n\n"
        "Udvalget for Kultur og Fritid har på sit møde den 3. februar besluttet at sende "
        "forslag til besparelser på biblioteker og kultur i høring. Høringsmaterialet er "
        "vedhæftet. Høringsfristen er onsdag den 10. marts 2027 kl. 12.00.\n\n"
        "Med venlig hilsen\nKultur og Fritid\n"
    )
    eml(
        folder / name,
        sender="Pia Brøndum <pibr@solbjerg.dk>",
        to=INBOX,
        subject="SV: Høring - besparelser på biblioteker og kultur",
        when=when,
        body=body,
        server="EXCH02.intern.solbjerg.dk",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Skolebestyrelsen ved Østre Skole", kind="organisation",
        party="Skolebestyrelsen ved Østre Skole", letter_date=None, received=when,
        stance={}, no_comment=THEMES, overall="ingen bemærkninger",
        note="A reply above the quoted consultation letter: the quoted part (with its dates 8 "
        "February, 3 February, 10 March) is the municipality's own text, not the response. The "
        "school secretary writes for the board. On the deadline day: not late.",
    )]


# ---------------------------------------------------------------------------
# Organisations that are not consulted parties


@response
def forfatterforeningen(folder: Path):
    mail_name = "Høringssvar fra Dansk Forfatterforening.eml"
    attachment_name = "DF høringssvar Solbjerg biblioteker 2027.pdf"
    when = at(8, 11, 48)
    attachment = built(
        pdf, attachment_name,
        [
            "Udvalget for Kultur og Fritid\nSolbjerg Kommune",
            "København, 8. marts 2027",
            "# Høringssvar vedrørende besparelser på bibliotekerne i Solbjerg Kommune",
            "Dansk Forfatterforening bakker op om de mange borgere i Hallelev, der kæmper for at "
            "bevare deres bibliotek. Foreningen har fulgt sagen i den lokale presse og hos vores "
            "medlemmer, der har holdt forfatteraftener og skriveværksteder i filialen.",
            "Biblioteksloven forpligter kommunerne til at stille et bibliotekstilbud til rådighed "
            "for alle borgere. Et lokalt bibliotek er for børn i landdistrikterne ofte det første "
            "møde med litteratur, som ikke er skolens pensum. Lukker man Hallelev Bibliotek, "
            "vil børnene i området i praksis ikke have et bibliotek inden for gå- eller "
            "cykelafstand.",
            "Vi er ikke imod det åbne bibliotek som et supplement til de betjente timer. Men det "
            "kan ikke erstatte bibliotekarernes formidling, og en reduktion på 38 betjente "
            "timer om ugen vil ramme litteraturformidlingen til børn og unge hårdt. Foreningen "
            "fraråder derfor, at den betjente åbningstid skæres.",
            SIGN,
            "Dansk Forfatterforening\nLone Ravnsbæk\nnæstformand",
        ],
        at(8, 11, 30),
        title="Høringssvar Solbjerg",
        author="Dansk Forfatterforening",
        letterhead=["Dansk Forfatterforening", "Strandgade 6 · 1401 København K · "
                    "www.danskforfatterforening.dk"],
    )
    eml(
        folder / mail_name,
        sender="Dansk Forfatterforening <df@danskforfatterforening.dk>",
        to=INBOX,
        subject="Høringssvar fra Dansk Forfatterforening",
        when=when,
        body=(
            "Til Solbjerg Kommune\n\nVedhæftet er Dansk Forfatterforenings høringssvar om "
            "besparelser på bibliotekerne.\n\nMed venlig hilsen\n\nJulie Marcussen\n"
            "sekretariatet\nDansk Forfatterforening\nTlf. 32 95 51 00\n"
        ),
        attachments=[(attachment_name, attachment)],
        server="smtp.danskforfatterforening.dk",
    )
    touch(folder / mail_name, when)
    common = dict(sender="Dansk Forfatterforening", kind="organisation", party=None,
                  received=when)
    return [
        cover(mail_name, attachment_name, letter_date=None,
              note="Covering mail from the organisation's own domain, signed by a secretary.",
              **common),
        label(
            attachment_name, container=mail_name, letter_date=D(2027, 3, 8),
            stance={"filial": "imod", "aabent": "imod"}, overall="imod",
            note="The first sentence has the organisation as subject ('Dansk Forfatterforening "
            "bakker op om de mange borgere ..., der kæmper for at bevare deres bibliotek'): "
            "support for those who oppose the closure = imod filial. Aabent: 'ikke imod ... som "
            "et supplement. Men ...' then 'fraråder, at den betjente åbningstid skæres' = imod "
            "(the element is the cut in staffed hours). Address block at the top is the recipient.",
            **common,
        ),
    ]


@response
def remisen_cafe(folder: Path):
    name = "Remisen Café ApS - høringssvar.pdf"
    when = at(5, 16, 0)
    pdf(
        folder / name,
        [
            "Solbjerg Kommune\nKultur og Fritid\nAtt.: Udvalget for Kultur og Fritid\n"
            "Torvet 1, 4600 Solbjerg",
            "Solbjerg, 5. marts 2027",
            "# Høringssvar fra Remisen Café ApS",
            "Remisen Café ApS har siden 2021 drevet caféen i Kulturhuset Remisen og har i dag "
            "seks ansatte, heraf fire unge under 18 år.",
            "Vi er positive over for forslaget om at udvide det åbne bibliotek til kl. 22. Flere "
            "mennesker i huset om aftenen vil gøre det mere trygt og give caféen et bedre "
            "grundlag for at holde åbent længere. Vi deltager gerne i en dialog om, hvordan "
            "caféen kan bidrage til et levende hus i de selvbetjente timer.",
            "Til gengæld er parkeringsforholdene et stort problem. Siden kommunen indførte "
            "betalingsparkering på pladsen bag Remisen, har vi mistet mange af vores "
            "eftermiddagsgæster, især ældre, som ikke kan eller vil betale med app. Vi opfordrer "
            "kommunen til at indføre to timers gratis parkering med p-skive.",
            SIGN,
            "Remisen Café ApS\nJonas Brix\nindehaver",
        ],
        when,
        title="Høringssvar",
        author="Jonas Brix",
        letterhead=["Remisen Café ApS", "Stationsvej 8 · 4600 Solbjerg · CVR 41 22 83 17"],
    )
    touch(folder / name, when)
    return [label(
        name, sender="Remisen Café ApS", kind="organisation", party=None,
        letter_date=D(2027, 3, 5), received=when,
        stance={"aabent": "støtter"}, emergent=("parkering",), overall="støtter",
        note="A private company. The address block 'Solbjerg Kommune / Kultur og Fritid / Att.: "
        "Udvalget for Kultur og Fritid' is the recipient. 'er positive over for' = støtter. The "
        "paid parking (and paying by app) is an outside topic: parkering.",
    )]


@response
def skakklub_webform(folder: Path):
    name = "Høringsportal_svar_2027-03-11_2241.txt"
    when = at(11, 22, 41)
    content = (
        "Solbjerg Kommune - Høringsportalen\n"
        "Høring: Besparelser på biblioteker og kultur 2027\n"
        "Sagsnr.: 27/00318\n"
        "Høringssvar ID: HS-2027-0419\n"
        "Afgivet: 11.03.2027 kl. 22:41\n"
        "\n"
        "Udtaler sig som: Organisation\n"
        "Høringssvar fra: Solbjerg Skakklub\n"
        "Kontaktperson: Preben Lauesen\n"
        "E-mail: kasserer@solbjergskak.dk\n"
        "\n"
        "Høringssvar:\n"
        "Solbjerg Skakklub har spillet i mødelokalet på Hovedbiblioteket hver torsdag siden "
        "1987. Vi er 31 medlemmer, heraf 12 juniorer.\n"
        "\n"
        "Vi er imod både gebyret for at booke lokaler og nedskæringen af tilskuddene. Med et "
        "gebyr på 75 kr. hver torsdag og 10 % mindre i aktivitetstilskud skal vi hæve "
        "kontingentet for juniorerne med næsten en tredjedel, og så mister vi dem.\n"
        "\n"
        "Vores juniortrænere er frivillige. Hvis de fremover selv skal låse op og stå for "
        "lokalet uden personale i huset, vil de gerne vide, om de er forsikret, hvis et barn "
        "falder på trappen.\n"
        "\n"
        "Vi hørte først om forslagene gennem avisen. Foreningerne burde have fået et brev.\n"
        "\n"
        "Vedhæftede filer: (ingen)\n"
    )
    text(folder / name, content, crlf=True)
    touch(folder / name, when)
    return [label(
        name, sender="Solbjerg Skakklub", kind="organisation", party=None,
        letter_date=D(2027, 3, 11), received=when,
        stance={"gebyr": "imod", "tilskud": "imod"}, emergent=("frivillige", "proces"),
        overall="imod",
        personal_data=(("name", "Preben Lauesen", "text"),),
        note="Web-form export (CRLF): 'Høringssvar fra: Solbjerg Skakklub' is the sender, the "
        "contact person is not. 'Afgivet' is both the letter and the arrival date: after the "
        "deadline (late). '1987' is a body year. The contact's name is a private person's data "
        "in an organisation's letter; the club's address is not.",
    )]


# ---------------------------------------------------------------------------
# The form letter "Bevar Hallelev Bibliotek"

CAMPAIGN = "bevar_hallelev"

P_OPEN = ("Jeg skriver til Udvalget for Kultur og Fritid, fordi jeg er imod forslaget om at "
          "lukke Hallelev Bibliotek.")
P_MORE = ("Biblioteket er meget mere end bøger. Det er stedet, hvor børnene fra Hallelev Skole "
          "låner bøger hver uge, hvor strikkeklubben mødes om tirsdagen, og hvor man kan få "
          "hjælp til at printe en flybillet eller finde en opskrift. Hvis biblioteket lukker, er "
          "der ikke længere et offentligt sted i byen, hvor man kan mødes uden at købe noget.")
P_MONEY = ("Besparelsen er ifølge høringsmaterialet 640.000 kr. om året. Det er et lille beløb i "
           "et kulturbudget på over 90 mio. kr., men for Hallelev er det hele forskellen. "
           "Bogbussen, der kommer hver anden torsdag, kan ikke erstatte et bibliotek, der har "
           "åbent hver dag.")
P_CLOSE = ("Jeg opfordrer derfor udvalget til at droppe lukningen og finde pengene et andet "
           "sted. Bevar Hallelev Bibliotek!")


def _plural(p: str) -> str:
    return (p.replace("Jeg skriver", "Vi skriver").replace("fordi jeg er", "fordi vi er")
            .replace("Jeg opfordrer", "Vi opfordrer"))


@response
def campaign_madsen(folder: Path):
    name = "Bevar Hallelev Bibliotek.eml"
    when = at(4, 7, 58)
    personal = ("Jeg er 71 år og har ikke længere bil. Biblioteket ligger 300 meter fra mit hus, "
                "og det er min faste tur tre gange om ugen. Til Solbjerg er der 11 km, og bussen "
                "går kun hver anden time.")
    body = "\n\n".join(["Kære udvalg", P_OPEN, P_MORE, personal, P_MONEY, P_CLOSE,
                        "Venlig hilsen\nKarl Erik Madsen\nHallelev"]) + "\n"
    eml(folder / name, sender="Karl Erik Madsen <kem1957@gmail.com>", to=INBOX,
        subject="Bevar Hallelev Bibliotek", when=when, body=body,
        server="mail-wm1-f48.google.com")
    touch(folder / name, when)
    return [label(
        name, sender="Karl Erik Madsen", kind="citizen", letter_date=None, received=when,
        stance={"filial": "imod"}, overall="imod", campaign=CAMPAIGN,
        personal_data=(("name", "Karl Erik Madsen", "text"), ("name", "Karl Erik Madsen", "header"),
                       ("email", "kem1957@gmail.com", "header"), ("other", "Jeg er 71 år", "text")),
        note="Campaign base text plus one personal paragraph (age, no car). Webmail citizen.",
    )]


@response
def campaign_krogh(folder: Path):
    name = "Hallelev bibliotek.eml"
    when = at(5, 21, 14)
    personal = ("Mine to børn på 6 og 9 år, Emil og Asta, går til læseklub på biblioteket hver "
                "onsdag. Det er der, de har lært at holde af bøger, og det er det eneste "
                "fritidstilbud i byen, de kan gå til selv.")
    body = "\n\n".join(["Hej", P_OPEN, personal, P_MONEY, P_CLOSE,
                        "Mvh\nSofie Krogh"]) + "\n"
    eml(folder / name, sender="Sofie Krogh <sofiekrogh88@hotmail.com>", to=INBOX,
        subject="Hallelev bibliotek", when=when, body=body, cte="base64",
        server="EUR05-DB8-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [label(
        name, sender="Sofie Krogh", kind="citizen", letter_date=None, received=when,
        stance={"filial": "imod"}, overall="imod", campaign=CAMPAIGN,
        personal_data=(("name", "Sofie Krogh", "text"), ("name", "Sofie Krogh", "header"),
                       ("email", "sofiekrogh88@hotmail.com", "header"),
                       ("child_name", "Emil", "text"), ("child_name", "Asta", "text")),
        note="Base64 body. The campaign letter with its second paragraph replaced by one about "
        "her children.",
    )]


BIRTHE = "Høringssvar Birthe Lund.docx"


def _birthe_docx(path: Path, when: dt.datetime) -> Path:
    personal = ("Jeg er selv frivillig på biblioteket og hjælper hver tirsdag nogle af byens ældre "
                "med deres e-Boks, netbank og MitID. Mange af dem har hverken computer eller "
                "smartphone, og de tør ikke bede familien om hjælp hver gang. Hvis biblioteket "
                "lukker, har vi ikke noget sted at sidde.")
    return docx(path, ["Til Udvalget for Kultur og Fritid", P_OPEN, P_MORE, personal, P_MONEY,
                       P_CLOSE, "Med venlig hilsen", "Birthe Lund"], when, author="Birthe")


@response
def campaign_lund(folder: Path):
    when = at(6, 10, 20)
    _birthe_docx(folder / BIRTHE, when)
    touch(folder / BIRTHE, when)
    return [label(
        BIRTHE, sender="Birthe Lund", kind="citizen", letter_date=None, received=when,
        stance={"filial": "imod"}, emergent=("digital",), overall="imod", campaign=CAMPAIGN,
        personal_data=(("name", "Birthe Lund", "text"),),
        note="Campaign letter plus a personal paragraph about helping elderly neighbours with "
        "e-Boks and MitID: digital exclusion in her own words. Signs with her name only.",
    )]


@response
def campaign_lund_dup(folder: Path):
    name = "Høringssvar Birthe Lund(1).docx"
    when = at(6, 10, 20)
    _birthe_docx(folder / name, when)
    touch(folder / name, when)
    return [label(
        name, sender="Birthe Lund", kind="citizen", letter_date=None, received=when,
        stance={"filial": "imod"}, emergent=("digital",), overall="imod", campaign=CAMPAIGN,
        duplicate_of=BIRTHE, personal_data=(("name", "Birthe Lund", "text"),),
        note="Byte-identical second save ('(1)') of the same file.",
    )]


@response
def campaign_riis(folder: Path):
    name = "Hallelev Bibliotek - Riis.pdf"
    when = at(7, 14, 0)
    personal = ("Vi flyttede til Hallelev for fire år siden, netop fordi byen havde skole, "
                "børnehave og bibliotek. Hvis biblioteket lukker, frygter vi, at skolen bliver "
                "den næste, og at byen mister de unge familier.")
    pdf(folder / name,
        [_plural(P_OPEN), P_MORE, personal, P_MONEY, _plural(P_CLOSE),
         "Hallelev, 7. marts 2027",
         "Hanne og Svend Aage Riis\nBygaden 22, 4600 Solbjerg"],
        when, title="", author="Hanne Riis")
    touch(folder / name, when)
    return [label(
        name, sender="Hanne og Svend Aage Riis", kind="citizen", letter_date=D(2027, 3, 7),
        received=when, stance={"filial": "imod"}, overall="imod", campaign=CAMPAIGN,
        personal_data=(("name", "Hanne og Svend Aage Riis", "text"),
                       ("address", "Bygaden 22, 4600 Solbjerg", "text")),
        note="Plural ('vi') version of the campaign letter with a personal paragraph about "
        "settling in the village; PDF with a place-and-date line.",
    )]


CAMPAIGN_VINTHER = "Bevar Hallelev Bibliotek - Thomas Vinther.docx"


@response
def campaign_vinther(folder: Path):
    mail_name = "Høringssvar.eml"
    when = at(9, 23, 51)
    personal = ("Jeg arbejder hjemmefra tre dage om ugen og bruger bibliotekets læsepladser, når "
                "der er for meget larm derhjemme. Det gør flere andre i byen også.")
    attachment = built(docx, CAMPAIGN_VINTHER,
                       ["Til Udvalget for Kultur og Fritid", P_OPEN, P_MORE, personal, P_CLOSE,
                        "Med venlig hilsen", "Thomas Vinther"],
                       at(9, 23, 40), author="Thomas Vinther")
    eml(folder / mail_name, sender="Thomas Vinther <t.vinther@live.dk>", to=INBOX,
        subject="Høringssvar", when=when, body="Se vedhæftede.\n\nThomas\n",
        attachments=[(CAMPAIGN_VINTHER, attachment)],
        server="EUR03-VE1-obe.outbound.protection.outlook.com")
    touch(folder / mail_name, when)
    common = dict(sender="Thomas Vinther", kind="citizen", received=when)
    pd = (("name", "Thomas Vinther", "text"), ("email", "t.vinther@live.dk", "header"))
    return [
        cover(mail_name, CAMPAIGN_VINTHER, letter_date=None, personal_data=pd,
              note="One-line covering mail; the response is the DOCX.", **common),
        label(CAMPAIGN_VINTHER, container=mail_name, letter_date=None,
              stance={"filial": "imod"}, overall="imod", campaign=CAMPAIGN, personal_data=pd[:1],
              note="The campaign letter with the money paragraph replaced by a personal one "
              "(working from home).", **common),
    ]


# ---------------------------------------------------------------------------
# Citizens


PROPOSAL_QUOTE = (
    "»Det foreslås, at den betjente åbningstid på Hovedbiblioteket og filialerne reduceres "
    "med i alt 38 timer om ugen, og at det åbne bibliotek udvides, så bibliotekerne er "
    "tilgængelige med sundhedskort eller MitID fra kl. 7 til 22 alle ugens dage. I de "
    "selvbetjente timer er der ikke personale til stede, men der er videoovervågning. "
    "Forslaget giver en besparelse på 1,1 mio. kr. årligt fra 2028. Erfaringer fra andre "
    "kommuner viser, at det åbne bibliotek især bruges af studerende og børnefamilier.«"
)


@response
def quote_holmgaard(folder: Path):
    name = "Åbent bibliotek - høringssvar.eml"
    when = at(3, 23, 2)
    body = (
        "Hej\n\n"
        "Jeg vil gerne sende et høringssvar om det åbne bibliotek. I høringsmaterialet står der:\n\n"
        + PROPOSAL_QUOTE + "\n\n"
        "Jeg synes, det er et rigtig godt forslag, og jeg støtter det. Jeg læser medicin og "
        "bor hjemme i Solbjerg i weekenderne, og jeg har tit stået foran et lukket bibliotek "
        "lørdag eftermiddag. Det er også helt rimeligt, at man ikke har personale på "
        "arbejde kl. 21 om aftenen for at låne bøger ud til de få, der kommer.\n\n"
        "Mvh Mads Holmgaard\n"
    )
    eml(folder / name, sender="Mads Holmgaard <madsholmgaard@outlook.dk>", to=INBOX,
        subject="Åbent bibliotek - høringssvar", when=when, body=body,
        server="EUR02-AM0-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [label(
        name, sender="Mads Holmgaard", kind="citizen", letter_date=None, received=when,
        stance={"aabent": "støtter"}, overall="støtter",
        personal_data=(("name", "Mads Holmgaard", "text"), ("name", "Mads Holmgaard", "header"),
                       ("email", "madsholmgaard@outlook.dk", "header")),
        note="Quotes the proposal's paragraph at length and then supports it. Shares the quote "
        "with 'Inge-Lise Brandt - åbent bibliotek.docx' but they are not a campaign (own text, "
        "opposite positions).",
    )]


@response
def quote_brandt(folder: Path):
    name = "Inge-Lise Brandt - åbent bibliotek.docx"
    when = at(8, 9, 30)
    docx(
        folder / name,
        [
            "Høringssvar vedr. åbningstider på bibliotekerne",
            "Jeg har læst forslaget, hvor der står følgende:",
            PROPOSAL_QUOTE,
            "Jeg er 78 år og kommer på Hovedbiblioteket to gange om ugen. Jeg kommer for at tale "
            "med bibliotekarerne, som altid finder en god bog til mig. Når der ikke er personale, "
            "er der ikke nogen at spørge, og jeg tør ikke være alene i huset om aftenen med de "
            "unge mennesker. Jeg er imod, at man fjerner personalet.",
            "Jeg synes heller ikke om, at man skal bruge sundhedskort og kode for at komme ind. "
            "Jeg har ikke MitID på telefonen, min søn har sat det op på en lille dims, som jeg "
            "altid glemmer derhjemme. Alt det digitale gør, at man føler sig udenfor.",
            "Solbjerg d. 7/3 2027",
            "Inge-Lise Brandt",
        ],
        when,
        author="Inge-Lise Brandt",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Inge-Lise Brandt", kind="citizen", letter_date=D(2027, 3, 7),
        received=D(2027, 3, 8), stance={"aabent": "imod"}, emergent=("digital",), overall="imod",
        personal_data=(("name", "Inge-Lise Brandt", "text"), ("other", "Jeg er 78 år", "text")),
        note="Quotes the same proposal paragraph as Mads Holmgaard and opposes it; not a "
        "campaign. Letter date 'd. 7/3 2027'; handed in on 8 March (file time), so received is "
        "8 March. The MitID paragraph is about feeling excluded by digital solutions in general "
        "(digital), though it starts from the entrance by health card.",
    )]


@response
def forwarded_winther(folder: Path):
    name = "VS: Musikskolen.eml"
    when = at(5, 10, 3)
    body = (
        "Hej Kultur og Fritid\n\n"
        "Denne mail kom ind i Borgerservices postkasse i morges. Jeg sender den videre, da den "
        "vist er et høringssvar.\n\n"
        "Venlig hilsen\n"
        "Susanne Holt\n"
        "Borgerservice, Solbjerg Kommune\n\n"
        "---------- Videresendt meddelelse ---------\n"
        "Fra: Lars Winther <lars.winther@live.dk>\n"
        "Dato: fre. 5. mar. 2027 kl. 09.12\n"
        "Emne: Musikskolen\n"
        "Til: <borgerservice@solbjerg.dk>\n\n"
        "Til rette vedkommende\n\n"
        "Jeg synes, det er fornuftigt at slå musikskolen og kulturskolen sammen. Min datter går "
        "både til klaver og på billedskolen, og i dag er det to forskellige tilmeldinger, to "
        "forskellige regninger og to forskellige sommerkoncerter. En samlet skole vil gøre det "
        "enklere for familierne.\n\n"
        "Til gengæld er gebyret for at booke lokaler en dårlig idé. Jeg er træner i "
        "badmintonklubben, og vi bruger mødelokalet på biblioteket til forældremøder. Det "
        "skal ikke koste penge.\n\n"
        "Lars Winther\n"
    )
    eml(folder / name, sender="Susanne Holt <suho@solbjerg.dk>", to=INBOX,
        subject="VS: Musikskolen", when=when, body=body, mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(
        name, sender="Lars Winther", kind="citizen", letter_date=None, received=D(2027, 3, 5),
        stance={"musikskole": "støtter", "gebyr": "imod"}, overall="delvis",
        personal_data=(("name", "Lars Winther", "text"), ("email", "lars.winther@live.dk", "text")),
        note="Forwarded by a Borgerservice colleague (Gmail-style 'Videresendt meddelelse'); the "
        "sender is the citizen in the forwarded From line, not the colleague. Same day, so "
        "received is 5 March either way.",
    )]


@response
def forwarded_juul(folder: Path):
    name = "VS Arkivet.eml"
    when = at(8, 8, 17)
    body = (
        "Til høringspostkassen – til sagen om besparelser på biblioteker og kultur.\n\n"
        "/Anne-Mette\n\n"
        "Anne-Mette Dahl\n"
        "Kulturchef\n"
        "Kultur og Fritid, Solbjerg Kommune\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Poul Henning Juul <phjuul@yahoo.dk>\n"
        "Sendt: 6. marts 2027 21:14\n"
        "Til: Anne-Mette Dahl <amda@solbjerg.dk>\n"
        "Emne: Arkivet\n\n"
        "Kære Anne-Mette Dahl\n\n"
        "Jeg har været frivillig på Lokalhistorisk Arkiv i elleve år, og jeg vil gerne sige "
        "tydeligt, at flytningen ned i kælderen under biblioteket er en rigtig dårlig idé. "
        "Kælderen er fugtig, og man kan ikke have gamle fotografier og protokoller stående "
        "dernede. Lad arkivet blive i Den Gamle Skole.\n\n"
        "Vi frivillige er også i tvivl om, hvem der betaler, hvis en af os falder på de stejle "
        "kældertrapper med en arkivkasse i favnen. Vi er jo ikke ansat.\n\n"
        "Og så er der ingen steder at parkere ved biblioteket, når man kommer med en bil fuld af "
        "afleveringer fra et dødsbo.\n\n"
        "Venlig hilsen\n"
        "Poul Henning Juul\n"
    )
    eml(folder / name, sender="Anne-Mette Dahl <amda@solbjerg.dk>", to=INBOX,
        subject="VS: Arkivet", when=when, body=body, server="EXCH02.intern.solbjerg.dk",
        mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(
        name, sender="Poul Henning Juul", kind="citizen", letter_date=None,
        received=D(2027, 3, 6),
        stance={"arkiv": "imod"}, emergent=("frivillige", "parkering"), overall="imod",
        personal_data=(("name", "Poul Henning Juul", "text"),
                       ("email", "phjuul@yahoo.dk", "text")),
        note="Outlook '-----Oprindelig meddelelse-----' forwarded by the head of culture on 8 "
        "March; the citizen wrote to her (a municipal employee) on 6 March 21:14, so the "
        "response reached the municipality on 6 March. Sender = the citizen.",
    )]


@response
def forwarded_sand(folder: Path):
    name = "Fwd: Spareforslag.eml"
    when = at(8, 9, 41)
    body = (
        "Hej høringspostkasse\n\n"
        "Videresender dette, som kom til bibliotekets fælles mail i weekenden.\n\n"
        "Mvh\nKarina Holm\nbibliotekar, Solbjerg Hovedbibliotek\n\n"
        "Begin forwarded message:\n\n"
        "From: Jens Ole Sand <jossand@gmail.com>\n"
        "Subject: Spareforslag\n"
        "Date: 7 March 2027 at 14.22.10 CET\n"
        "To: bibliotek@solbjerg.dk\n\n"
        "Goddag\n\n"
        "Jeg har læst om kommunens spareforslag i Solbjerg Avis og vil gerne give min mening "
        "til kende.\n\n"
        "Det er efter min mening rimeligt, at foreningerne får 10 % mindre i tilskud. "
        "Tilskuddene er steget år efter år, og foreningerne kan sagtens bidrage lidt selv, "
        "ligesom alle andre skal.\n\n"
        "Gebyret for at booke et lokale er derimod noget bureaukratisk pjat. Det koster "
        "sikkert mere at opkræve de 75 kr. end det giver, og det vil bare flytte møderne hjem i "
        "folks stuer. Drop det.\n\n"
        "Med venlig hilsen\nJens Ole Sand\n"
    )
    eml(folder / name, sender="Karina Holm <kaho@solbjerg.dk>", to=INBOX,
        subject="Fwd: Spareforslag", when=when, body=body, server="EXCH01.intern.solbjerg.dk",
        mailer="Apple Mail (2.3774.500.171.1.1)")
    touch(folder / name, when)
    return [label(
        name, sender="Jens Ole Sand", kind="citizen", letter_date=None, received=D(2027, 3, 7),
        stance={"tilskud": "støtter", "gebyr": "imod"}, overall="delvis",
        personal_data=(("name", "Jens Ole Sand", "text"), ("email", "jossand@gmail.com", "text")),
        note="Apple Mail 'Begin forwarded message:' (English headers, Danish text) forwarded by a "
        "librarian on Monday 8 March; the citizen wrote to the library's shared address on "
        "Sunday 7 March, so received is 7 March. Sender = the citizen. 'rimeligt, at "
        "foreningerne får 10 % mindre' = støtter the cut.",
    )]


@response
def scanned_moeller(folder: Path):
    name = "SKM_C250i27030410150.pdf"
    when = at(4, 10, 15)
    scan_pdf(
        folder / name,
        [
            "Grethe Møller",
            "Hallelev Bygade 9",
            "4600 Solbjerg",
            "",
            "Til Kulturudvalget",
            "",
            "Hallelev den 2. marts 2027",
            "",
            "Jeg vil gerne protestere mod at Hallelev Bibliotek",
            "skal lukke. Jeg har brugt biblioteket i 40 år, og",
            "det er det eneste sted, jeg kommer ud og ser andre",
            "mennesker. Bogbussen kan jeg ikke komme op i.",
            "",
            "Jeg har ingen computer og kan ikke finde ud af det",
            "med MitID. Det er damerne på biblioteket, der hjælper",
            "mig med mine papirer fra kommunen og pensionen.",
            "Hvem skal gøre det nu?",
            "",
            "Lad være med at lukke vores bibliotek.",
            "",
            "Venlig hilsen",
            "Grethe Møller",
        ],
        when,
    )
    touch(folder / name, when)
    return [label(
        name, sender="Grethe Møller", kind="citizen", letter_date=D(2027, 3, 2),
        received=D(2027, 3, 4),
        stance={"filial": "imod"}, emergent=("digital",), overall="imod",
        personal_data=(("name", "Grethe Møller", "text"),
                       ("address", "Hallelev Bygade 9", "text")),
        note="A typed letter handed in at Borgerservice and scanned on 4 March (image only, no "
        "text layer, slightly rotated). Letter dated 2 March. Own address block at the top "
        "(the sender), 'Til Kulturudvalget' below it (the recipient).",
    )]


@response
def citizen_koor(folder: Path):
    name = "kor og tilskud.eml"
    when = at(6, 13, 44)
    body = (
        "Til politikerne i kulturudvalget\n\n"
        "Jeg synger i Solbjerg Kammerkor, og vi har fået at vide, at vores tilskud bliver "
        "mindre, hvis forslaget bliver vedtaget. Det synes jeg er forkert. Koret giver fire "
        "gratis koncerter om året i kirkerne og på plejehjemmene, og det kan vi ikke blive ved "
        "med, hvis vi både skal betale mere for noder, dirigent og lokaler.\n\n"
        "Lad være med at skære i tilskuddene til foreningerne!\n\n"
        "Jeg forstår godt, at der skal spares, og jeg har ikke noget imod, at musikskolen og "
        "kulturskolen slås sammen, hvis det kan spare penge på administrationen.\n\n"
        "Hilsen\nBirgit\n"
    )
    eml(folder / name, sender="Birgit Overgaard <birgit.overgaard@yahoo.dk>", to=INBOX,
        subject="kor og tilskud", when=when, body=body)
    touch(folder / name, when)
    return [label(
        name, sender="Birgit Overgaard", kind="citizen", letter_date=None, received=when,
        stance={"tilskud": "imod", "musikskole": "støtter"}, overall="delvis",
        condition={"musikskole": "hvis det kan spare penge på administrationen"},
        personal_data=(("name", "Birgit", "text"), ("name", "Birgit Overgaard", "header"),
                       ("email", "birgit.overgaard@yahoo.dk", "header")),
        note="Signs with her first name only; the full name is in the From header. 'har ikke "
        "noget imod ..., hvis det kan spare penge' = negated opposition with a condition: "
        "conditional support. 'lokaler' in the tilskud paragraph is a cost, not a position on the "
        "booking fee.",
    )]


@response
def citizen_ravn_odt(folder: Path):
    name = "Høringssvar - Niels Ravn.odt"
    when = at(7, 17, 25)
    odt(
        folder / name,
        [
            "Høringssvar til Udvalget for Kultur og Fritid",
            "Fra Niels Ravn, Solbjerg",
            "Jeg vil gerne som skatteyder give udtryk for, at jeg støtter forslagene. Kommunen "
            "skal spare, og det er bedre at spare på mursten og åbningstider end på ældrepleje og "
            "skoler.",
            "# Hallelev Bibliotek",
            "Jeg støtter, at Hallelev Bibliotek lukker. Udlånet er faldet år for år, og de fleste "
            "i Hallelev arbejder alligevel i Solbjerg og kan låne bøger der.",
            "# Åbent bibliotek",
            "Det åbne bibliotek er en god idé. Det virker fint i nabokommunen.",
            "# Lokalhistorisk Arkiv",
            "Det er fornuftigt at samle arkivet og biblioteket under samme tag. Den Gamle Skole "
            "bør sælges.",
            "# Gebyrer",
            "Jeg kan også tilslutte mig gebyret for booking af lokaler, så længe foreningerne "
            "stadig kan bruge lokalerne gratis til deres faste aktiviteter.",
            "7. marts 2027",
            "Niels Ravn",
        ],
        when,
        author="Niels Ravn",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Niels Ravn", kind="citizen", letter_date=D(2027, 3, 7), received=when,
        stance={"filial": "støtter", "aabent": "støtter", "arkiv": "støtter", "gebyr": "støtter"},
        condition={"gebyr": "så længe foreningerne stadig kan bruge lokalerne gratis til deres "
                   "faste aktiviteter"},
        overall="støtter",
        personal_data=(("name", "Niels Ravn", "text"),),
        note="ODT. Explicit support throughout ('støtter', 'god idé', 'fornuftigt', 'kan "
        "tilslutte mig ... så længe ...' = conditional support).",
    )]


@response
def late_kjaer(folder: Path):
    name = "Høringssvar - bibliotek og musikskole.eml"
    when = at(15, 7, 36)
    body = (
        "Kære Udvalget for Kultur og Fritid\n\n"
        "Jeg ved godt, at fristen er overskredet, men jeg håber, I vil læse mit svar alligevel. "
        "Jeg har været indlagt i en periode og har først nu haft overskud til at skrive.\n\n"
        "Jeg har sklerose og sidder i kørestol. Min datter Alma på 11 år har cerebral parese, og "
        "musikskolen er det eneste fritidstilbud, hvor hun bliver mødt af voksne, der ved, "
        "hvordan man tilpasser undervisningen. Hendes cellolærer har arbejdet med hende i fire "
        "år. Jeg er imod, at musikskolen bliver lagt sammen med kulturskolen, for jeg frygter, "
        "at den specialiserede undervisning forsvinder i en større enhed.\n\n"
        "Jeg kan heller ikke støtte, at der skal være færre timer med personale på "
        "biblioteket. For mig er det umuligt at nå hylderne og automaterne uden hjælp.\n\n"
        "Med venlig hilsen\n"
        "Camilla Kjær\n"
        "Søndervang 31, 4600 Solbjerg\n"
        "tlf. 51 84 27 09\n"
    )
    eml(folder / name, sender="Camilla Kjær <camillakjaer@yahoo.com>", to=INBOX,
        subject="Høringssvar - bibliotek og musikskole", when=when, body=body,
        server="sonic309-15.consmr.mail.ne1.yahoo.com")
    touch(folder / name, when)
    return [label(
        name, sender="Camilla Kjær", kind="citizen", letter_date=None, received=when,
        stance={"musikskole": "imod", "aabent": "imod"}, overall="imod",
        personal_data=(
            ("name", "Camilla Kjær", "text"), ("name", "Camilla Kjær", "header"),
            ("email", "camillakjaer@yahoo.com", "header"),
            ("health", "Jeg har været indlagt i en periode", "text"),
            ("health", "Jeg har sklerose og sidder i kørestol", "text"),
            ("child_name", "Alma", "text"), ("health", "cerebral parese", "text"),
            ("address", "Søndervang 31, 4600 Solbjerg", "text"), ("phone", "51 84 27 09", "text"),
        ),
        note="Late (15 March). Personal data for redaction: illness, a child's name and "
        "diagnosis, address, phone.",
    )]


@response
def late_rtf_nordby(folder: Path):
    from letterkit import rtf

    name = "Høringssvar lokalebooking.rtf"
    when = at(12, 9, 0)
    rtf(
        folder / name,
        [
            "Høringssvar fra Nordby Borger- og Beboerforening",
            "Nordby, 11.03.2027",
            "Nordby Borger- og Beboerforening har noteret sig forslaget om et gebyr for booking "
            "af lokaler. Vi er ikke imod, at private, der lejer et lokale til en fødselsdag, "
            "betaler et gebyr, men vi kan ikke støtte, at foreninger skal betale for at booke "
            "lokaler, de i forvejen har ret til at bruge gratis.",
            "Vi har ingen bemærkninger til de øvrige forslag.",
            "Venlig hilsen",
            "Bestyrelsen, Nordby Borger- og Beboerforening",
        ],
    )
    touch(folder / name, when)
    return [label(
        name, sender="Nordby Borger- og Beboerforening", kind="organisation", party=None,
        letter_date=D(2027, 3, 11), received=when,
        stance={"gebyr": "imod"}, no_comment="rest", overall="imod",
        note="RTF from WordPad, arrived 12 March (late). Gebyr: 'ikke imod' (for private hirers) "
        "+ 'kan ikke støtte' (for associations): the proposal's fee covers associations, so the "
        "position on the element is imod. Blanket no-comment covers the other five.",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Besparelser på biblioteker og kultur 2027",
    "case_number": "27/00318",
    "committee": "Udvalget for Kultur og Fritid",
    "from": "Kultur og Fritid",
    "municipality": "Solbjerg Kommune",
    "sent": "2027-02-08",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "parkering": {
        "label": "Parkering og adgang ved Kulturhuset Remisen og Hovedbiblioteket",
        "description": "Handicappladser, betalingsparkering, aflevering af børn, "
        "cykelparkering: at komme til og holde ved kulturhusene.",
    },
    "frivillige": {
        "label": "Frivilliges forsikring og ansvar",
        "description": "Om frivillige (i foreninger, på arkivet, i det åbne bibliotek) er "
        "forsikret og hvem der har ansvaret, når de arbejder i kommunale lokaler.",
    },
    "digital": {
        "label": "Digital udstødelse af ældre og borgere uden it",
        "description": "Borgere uden MitID, smartphone eller computer, som i dag får hjælp på "
        "biblioteket og står alene, når alt skal klares digitalt.",
    },
    "proces": {
        "label": "Kritik af høringsprocessen",
        "description": "Høring i vinterferien, for kort frist for frivillige bestyrelser, "
        "manglende tal i materialet, foreninger der ikke blev orienteret.",
    },
}

CAMPAIGNS = {CAMPAIGN: "Enslydende borgerbrev 'Bevar Hallelev Bibliotek' (5 breve, hvert med et "
             "personligt afsnit tilføjet eller udskiftet; et af dem findes også som dublet)"}


ABOUT = (
    "Reference labels for dev002 (fictional: Solbjerg Kommune, 'Besparelser på biblioteker og "
    "kultur 2027'), whose files make_dev002.py writes. Letters and labels were written "
    "independently of hoering's rules; labels are a careful reader's. One entry per file, "
    "including attachments: role 'cover' = an e-mail whose response is its attachment "
    "(attachments lists it; the cover carries sender and received but no themes), role "
    "'response' = a response (container = the e-mail it came in, or null). Inline images in "
    "e-mails are not files of their own. sender/kind (organisation | citizen)/party (the "
    "consulted party from the config, or null). letter_date = the date the letter bears (its "
    "date line), null if none; received = the day it reached the municipality (the e-mail's "
    "Date; for a forwarded e-mail the original's date, when the citizen wrote to a municipal "
    "address; else the letter date or the day it was handed in); late = received after the "
    "deadline. themes = proposal elements discussed with substance, stance per theme (støtter | "
    "imod | neutral; concern counts as imod, opposing a cut = imod, conditional acceptance = "
    "støtter with the condition quoted in condition, 'tager til efterretning' and hedged "
    "doubt = neutral); themes_no_comment = elements named only to say no comment, or covered by "
    "a blanket 'ingen bemærkninger til de øvrige forslag'. overall = the response's position on "
    "the proposal as a whole (støtter | imod | delvis | neutral | ingen bemærkninger). emergent "
    "= keys of topics outside the codebook. campaign = form-letter group id. revision_of = n "
    "of the response this one replaces; duplicate_of = n of the byte-identical original. "
    "personal_data = private persons' data as written (kind, text, where = text or header); "
    "match after collapsing whitespace."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
