"""Development consultation dev004: Nørreskov Kommune, "Busplan 2028 – omlægning af den
kollektive bustrafik" (fictional), the responses as they reached Teknik og Miljø.

    python corpus/dev004/make_dev004.py OUTDIR                 # writes the response files
    python corpus/dev004/make_dev004.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, a youth
council, a school board, staff, a union, associations, the transport company, a business
association and citizens), and labelled the way a careful reader labels them. The file
makers are shared with dev002 and dev003 (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, logo_png, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Teknik og Miljø <hoering.teknik@norreskov.dk>"
MAILHOSTS = {"relay": "mx1.norreskov.dk", "exchange": "NKEXCH02.norreskov.local"}
DEADLINE = dt.date(2027, 10, 4)
THEMES = ("linje12", "aften", "flextur", "skolebus", "seniorkort", "elbusser")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, month=9, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response


# ---------------------------------------------------------------------------
# Consulted parties


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - Busplan 2028.docx"
    when = at(29, 13, 40)
    docx(folder / name, [
        "Nørreskov Kommune\nTeknik og Miljø\nAtt.: Kørselskontoret",
        "Nørreskov, den 29. september 2027",
        "# Ældrerådets høringssvar til Busplan 2028",
        "Ældrerådet har behandlet forslaget til Busplan 2028 på sit møde den 21. september "
        "2027 og har følgende bemærkninger til de enkelte forslag.",
        "# Bybuslinje 12",
        "Linje 12 er den eneste bus, der kører direkte fra Vestbyen til Sygehuset. Mange ældre "
        "i Vestbyen går til faste ambulante kontroller, skal have taget blodprøver eller besøger "
        "en ægtefælle, der er indlagt. Forvaltningen skriver, at man kan tage linje 2 til "
        "Banegården og skifte, eller gå fra stoppestedet på Ringvejen. For en 85-årig med "
        "rollator er 600 meter og et skift ikke nogen lille ting. Ældrerådet kan ikke støtte, "
        "at linje 12 nedlægges.",
        "# Aften- og weekendkørsel",
        "Ældrerådet tager reduktionen af aften- og weekendkørslen til efterretning. De fleste "
        "af vores medborgere er hjemme, inden det bliver mørkt, og vi har forståelse for, at "
        "der ikke skal køre tomme busser rundt.",
        "# Flextur i stedet for rute 231 og 232",
        "Ældrerådet er positivt indstillet over for Flextur, som henter borgeren ved døren, og "
        "som for mange ældre i landsbyerne kan være lettere at bruge end en bus, der holder "
        "ude ved landevejen. Det er dog en forudsætning for rådets opbakning, at en tur ikke "
        "kommer til at koste mere end en almindelig busbillet, og at turen kan bestilles over "
        "telefonen og ikke kun via en app.",
        "# Skolebusser",
        "Ingen bemærkninger.",
        "# Rabat på pensionistkort",
        "Rabatten på pensionistkortet blev indført i 2019 for at få flere ældre til at lade "
        "bilen stå og tage bussen, og det er lykkedes: antallet af pensionistkort er næsten "
        "fordoblet. At fjerne rabatten nu vil ramme de ældre med de mindste indtægter hårdest. "
        "Ældrerådet opfordrer udvalget til at fastholde rabatten.",
        "# Elbusser",
        "Vi bakker op om, at bybusserne skal køre på el. Busserne er stille, de lugter ikke, og "
        "det er godt for luften i midtbyen.",
        "# Stoppestederne",
        "Uanset hvad udvalget beslutter, vil Ældrerådet pege på, at mange stoppesteder i "
        "kommunen mangler en bænk og et læskur. Når bussen kun kommer én gang i timen, skal "
        "man kunne sidde ned og stå i ly, mens man venter.",
        f"{SIGN}\n\nKirsten Dahl Jepsen\nformand for Ældrerådet",
    ], when, header="Ældrerådet · Nørreskov Kommune", author="Kirsten Dahl Jepsen",
        title="Høringssvar Busplan 2028", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2027, 9, 29), received=when,
        stance={"linje12": "imod", "aften": "neutral", "flextur": "støtter",
                "seniorkort": "imod", "elbusser": "støtter"},
        condition={"flextur": "at en tur ikke kommer til at koste mere end en almindelig "
                   "busbillet, og at turen kan bestilles over telefonen og ikke kun via en app"},
        no_comment=("skolebus",), emergent=("tilgaengelighed",), overall="delvis",
        note="Headings follow the proposal; 'Skolebusser' is answered 'Ingen bemærkninger.'. "
        "Aften: 'tager ... til efterretning' with understanding = neutral. Seniorkort: "
        "'fastholde rabatten' = imod the abolition. The closing section on benches and shelters "
        "is accessibility of stops, not a proposal element.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet busplan 2028.pdf"
    when = at(30, 11, 5)
    pdf(folder / name, [
        "Teknik og Miljø\nNørreskov Kommune",
        "30. september 2027",
        "# Høringssvar – Busplan 2028",
        "Handicaprådet har drøftet forslaget til Busplan 2028 på rådets møde den 27. september "
        "2027.",
        "Rådet vil gerne fremhæve forslaget om Flextur i yderområderne. For mange borgere med "
        "et handicap er vejen til og fra stoppestedet den største hindring for at bruge den "
        "kollektive trafik. Flextur henter ved døren og kan tage en kørestol eller en rollator "
        "med. Handicaprådet støtter derfor, at rute 231 og 232 erstattes af Flextur.",
        "Til gengæld er rådet imod, at linje 12 nedlægges. Linjen betjener Nørreskov Sygehus og "
        "bofællesskabet Vestergården, og for borgere med nedsat mobilitet eller en kognitiv "
        "funktionsnedsættelse er et skift på Banegården en reel barriere. For nogle vil et nyt "
        "skift betyde, at de ikke længere kan komme af sted på egen hånd.",
        "Handicaprådet skal samtidig minde om, at en busplan kun virker, hvis man kan komme ind "
        "i bussen. En stor del af stoppestederne uden for bykernen har så lave kantsten, at "
        "rampen ikke kan bruges, og på landruterne er der hverken lydannoncering eller skærme i "
        "busserne. Rådet foreslår, at der afsættes midler til at gøre stoppestederne "
        "tilgængelige i takt med, at planen gennemføres.",
        "Handicaprådet har ikke yderligere bemærkninger til planens øvrige elementer.",
        f"{SIGN}\nPå vegne af Handicaprådet\n\nJonas Brix\nformand",
    ], when, title="Høringssvar Handicaprådet", author="Nørreskov Kommune",
        letterhead=["Handicaprådet", "Nørreskov Kommune · Rådhustorvet 1 · 8870 Nørreskov",
                    "Sekretariat: Social og Sundhed"], right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 9, 30), received=when,
        stance={"flextur": "støtter", "linje12": "imod"}, no_comment="rest",
        emergent=("tilgaengelighed",), overall="delvis",
        note="Letterhead; no headings. The last sentence is a blanket no-comment on the "
        "elements the letter does not discuss (aften, skolebus, seniorkort, elbusser).",
    )]


@response
def ungeraad(folder: Path):
    name = "Høringssvar fra Ungerådet - busplan.eml"
    when = at(1, 16, 42, month=10)
    mail(folder / name, sender="Nørreskov Ungeråd <ungeraad@norreskov.dk>", to=INBOX,
         subject="Høringssvar fra Ungerådet - busplan", when=when, server="smtp.norreskov.dk",
         body="Hej\n\n"
         "Her er Ungerådets høringssvar til busplanen. Vi har snakket om den på vores møde i "
         "tirsdags og har også spurgt rundt på ungdomsuddannelserne.\n\n"
         "Aftenbusserne\n"
         "Vi er meget imod, at den sidste bus går kl. 21. Mange unge har fritidsjob i "
         "butikkerne og på restauranterne, der først lukker kl. 22 eller senere, og vi går til "
         "sport, fester og koncerter i byen. Hvis der ikke går en bus, skal vi enten have et "
         "lift af vores forældre eller cykle hjem. Fra Tarp og Lundby er det 10-12 km på "
         "landevej uden cykelsti og uden lys, og det er ærlig talt farligt i oktober og "
         "november. Behold de sene busser!\n\n"
         "Elbusser\n"
         "Super god idé. Vi går ind for, at kommunen gør noget for klimaet, og det her er et "
         "sted, hvor man faktisk kan se det.\n\n"
         "Skolebusserne\n"
         "Vi kan godt forstå tanken med at lade de yngre elever køre med de almindelige "
         "busser, men vi er lidt usikre på, om der er plads til dem om morgenen, når "
         "gymnasieeleverne også skal med. Bussen mod Nørreskov Gymnasium er allerede fyldt i "
         "dag.\n\n"
         "Pensionistkortet har vi ikke rigtig nogen holdning til.\n\n"
         "Mvh\nNørreskov Ungeråd\nv/ Freja Lind, formand\n")
    return [label(
        name, sender="Nørreskov Ungeråd", kind="organisation", party="Nørreskov Ungeråd",
        letter_date=None, received=when,
        stance={"aften": "imod", "elbusser": "støtter", "skolebus": "neutral"},
        no_comment=("seniorkort",), emergent=("trafiksikkerhed",), overall="delvis",
        note="Mail body from the council's municipal address. 'Behold de sene busser!' = "
        "imod the cut. Skolebus: understands the idea but unsure about room in the morning "
        "buses = open doubt, neutral. 'ikke rigtig nogen holdning til' pensionistkortet = no "
        "comment on that element. Linje 12 and Flextur are not mentioned (no blanket "
        "sentence). Cycling 10-12 km on an unlit road without cycle path = trafiksikkerhed.",
    )]


@response
def skolebestyrelse_hvidbjerg(folder: Path):
    name = "Skolebestyrelsen Hvidbjerg Skole - høringssvar busplan.pdf"
    when = at(27, 19, 20)
    pdf(folder / name, [
        "Skolebestyrelsen har på sit møde den 23. september 2027 drøftet forslaget til Busplan "
        "2028. Vi har særligt set på, hvad planen betyder for skolens 214 elever, hvoraf "
        "omkring 90 i dag kører med skolebus.",
        "## Skolebusserne",
        "Skolebestyrelsen er imod, at skolebussen til Hvidbjerg Skole nedlægges. Skolebussen "
        "kører i dag eleverne fra landsbyerne til skolen på 25 minutter, og chaufføren kender "
        "børnene. Med forslaget skal eleverne fra Tarp med rute 232 til Nørreskov og derfra med "
        "rute 231 ud til Hvidbjerg, og for de mindste elever betyder det et skift på "
        "Banegården i myldretiden. Vi finder det ikke forsvarligt, at en 6-årig skal skifte bus "
        "alene.",
        "## Vejen til stoppestedet",
        "Flere af de nye stoppesteder ligger ved Hvidbjergvej, hvor der køres 80 km/t, og hvor "
        "der hverken er fortov eller cykelsti. I dag stopper skolebussen inde i landsbyerne. "
        "Vi frygter, at børn skal gå langs landevejen i mørke om vinteren. Hvis forslaget "
        "gennemføres, må der som minimum etableres sikre krydsninger og belysning ved "
        "stoppestederne.",
        "## Flextur",
        "Bestyrelsen er ligeledes bekymret for forslaget om Flextur. Mange børn tager i dag "
        "bussen hjem fra SFO eller fritidsaktiviteter efter kl. 16, og Flextur må ikke benyttes "
        "af børn under 10 år uden en voksen.",
        "## Processen",
        "Endelig vil vi påpege, at det eneste borgermøde om planen blev holdt på Rådhuset kl. "
        "15.30 en tirsdag. Det er ikke et tidspunkt, hvor forældre kan deltage, og der blev "
        "ikke holdt noget møde i de berørte landsbyer.",
        "Forslagene om linje 12, aftenkørslen og pensionistkortet vedrører ikke skolens elever "
        "direkte, og dem har skolebestyrelsen ingen bemærkninger til.",
        f"{SIGN}\nPå skolebestyrelsens vegne\n\nMorten Kjærgaard\nformand\n\n"
        "Hvidbjerg, den 27. september 2027",
    ], when, title="Høringssvar busplan", author="Morten Kjærgaard", columns=2,
        banner=["Skolebestyrelsen ved Hvidbjerg Skole", "Høringssvar vedrørende Busplan 2028"])
    touch(folder / name, when)
    return [label(
        name, sender="Skolebestyrelsen ved Hvidbjerg Skole", kind="organisation",
        party="Skolebestyrelsen ved Hvidbjerg Skole", letter_date=D(2027, 9, 27),
        received=when, stance={"skolebus": "imod", "flextur": "imod"},
        no_comment=("linje12", "aften", "seniorkort"),
        emergent=("trafiksikkerhed", "information"), overall="imod",
        note="Two-column layout under a full-width banner with the sender and title; date "
        "line after the signature. One sentence names three elements with no comment; "
        "elbusser is not mentioned at all. Flextur: 'bekymret' = imod. The walk along "
        "Hvidbjergvej (80 km/t, no pavement) is trafiksikkerhed; the 15.30 meeting is "
        "information.",
    )]


LOKALRAAD_PDF = "Høringssvar Hvidbjerg Lokalråd busplan.pdf"


@response
def hvidbjerg_lokalraad(folder: Path):
    name = "Høringssvar busplan 2028 - Hvidbjerg Lokalråd.eml"
    when = at(2, 9, 15, month=10)
    letter_day = at(1, 21, 0, month=10)
    attachment = built(pdf, LOKALRAAD_PDF, [
        "# Høringssvar fra Hvidbjerg Lokalråd",
        "Rute 231 er Hvidbjergs eneste forbindelse til Nørreskov, og lokalrådet har fået flere "
        "henvendelser om forslaget til busplan end om noget andet, siden vindmøllerne ved "
        "Skovgården blev besluttet.",
        "Lokalrådet er imod, at rute 231 nedlægges uden for skoletiden og erstattes af "
        "Flextur. Flextur skal bestilles senest to timer før, den koster mere end bussen for en "
        "almindelig tur til byen, og den kan ikke bruges af dem, der pendler. I dag passer "
        "bussen kl. 6.41 fra Hvidbjerg med toget mod Aarhus kl. 7.12 fra Nørreskov Station, og "
        "bussen kl. 17.05 venter på toget hjem. Flere familier har valgt at bo i Hvidbjerg "
        "netop på grund af den forbindelse. Med Flextur er der ingen garanti for at nå toget, "
        "og så bliver det bil nummer to.",
        "Aftenkørslen inde i Nørreskov by må byens egne borgere tage stilling til.",
        "Vi savner også, at kommunen havde holdt et møde herude. Mange af de ældre i Hvidbjerg "
        "havde ikke set planen, før lokalrådet delte den ud på papir i Brugsen.",
        "Lokalrådet opfordrer Teknik- og Miljøudvalget til at bevare rute 231 med faste "
        "afgange morgen og eftermiddag hele året, også i skoleferierne.",
        "Hvidbjerg, 1. oktober 2027",
        "På vegne af Hvidbjerg Lokalråd\n\nPeter Vestergaard\nformand",
    ], letter_day, title="Høringssvar Hvidbjerg Lokalråd", author="Peter Vestergaard",
        letterhead=["Hvidbjerg Lokalråd",
                    "Hvidbjerg Forsamlingshus · Skolevej 4 · 8873 Hvidbjerg",
                    "www.hvidbjerg-lokalraad.dk"])
    mail(folder / name, sender="Hvidbjerg Lokalråd <kontakt@hvidbjerg-lokalraad.dk>",
         to=INBOX, subject="Høringssvar busplan 2028 - Hvidbjerg Lokalråd", when=when,
         server="mail.one.com",
         body="Til Teknik og Miljø\n\nVedhæftet er Hvidbjerg Lokalråds høringssvar til "
         "Busplan 2028.\n\nVenlig hilsen\nAnne-Mette Holt\nsekretær, Hvidbjerg Lokalråd\n",
         attachments=[(LOKALRAAD_PDF, attachment)])
    return [
        cover(name, LOKALRAAD_PDF, sender="Hvidbjerg Lokalråd", kind="organisation",
              party="Hvidbjerg Lokalråd", received=when,
              note="Covering mail from the association's own domain, signed by its secretary; "
              "the response is the attached PDF."),
        label(
            LOKALRAAD_PDF, sender="Hvidbjerg Lokalråd", kind="organisation",
            party="Hvidbjerg Lokalråd", letter_date=D(2027, 10, 1), received=when,
            container=name, stance={"flextur": "imod"}, no_comment=("aften",),
            emergent=("togforbindelse", "information"), overall="imod",
            note="Letterhead PDF attached to the cover mail; received = the mail's date (2 "
            "October), the letter is dated 1 October. 'bevare rute 231' = imod Flextur. "
            "'Aftenkørslen ... må byens egne borgere tage stilling til' = no comment on aften. "
            "The 6.41 bus meeting the 7.12 train is togforbindelse; no meeting in the "
            "village = information.",
        ),
    ]


@response
def tre_f(folder: Path):
    name = "3F høringssvar Busplan 2028.pdf"
    when = at(30, 15, 12)
    pdf(folder / name, [
        "Nørreskov Kommune\nTeknik og Miljø",
        "30.09.2027",
        "# Høringssvar vedr. Busplan 2028",
        "3F's Transportgruppe organiserer buschaufførerne hos den operatør, der i dag kører "
        "bybusserne og landruterne i Nørreskov Kommune. Vi har drøftet planen med "
        "tillidsrepræsentanterne og har følgende bemærkninger.",
        "## Linje 12",
        "3F tager nedlæggelsen af linje 12 til efterretning. Vi går ud fra, at chaufførerne på "
        "linjen bliver tilbudt kørsel på de øvrige linjer.",
        "## Aften- og weekendkørsel",
        "Her er vi til gengæld dybt bekymrede. Færre aften- og weekendvagter betyder, at mange "
        "chauffører bliver sat ned i timer, og at der kommer flere delte vagter, hvor man kører "
        "tre timer om morgenen og fire timer om eftermiddagen. Det er allerede svært at skaffe "
        "chauffører, og den slags vagtplaner gør det ikke lettere. 3F fraråder, at aften- og "
        "weekendkørslen skæres som foreslået.",
        "## Elbusser",
        "3F er ikke imod elbusser – tværtimod. Chaufførerne får et bedre arbejdsmiljø uden "
        "dieselos og med mindre støj. Men det forudsætter, at der bygges ordentlige "
        "pausefaciliteter med toilet ved ladestationen på Banegården, og at alle chauffører "
        "får uddannelse i de nye busser, inden de sættes i drift.",
        "## Skolebusser og Flextur",
        "Omlægningen af skolekørslen og landruterne vedrører i vidt omfang vognmænd, hvis "
        "chauffører vi ikke organiserer, og her har vi derfor ikke bemærkninger.",
        f"{SIGN}\n3F Nørreskov\n\nKim Rasmussen\nfaglig sekretær, Transportgruppen",
    ], when, title="Høringssvar Busplan 2028", author="Kim Rasmussen",
        letterhead=["3F Nørreskov", "Transportgruppen · Industrivej 12 · 8870 Nørreskov",
                    "Tlf. 88 92 40 00 · norreskov@3f.dk"],
        footer="3F Nørreskov · CVR 12 34 56 78", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="3F Nørreskov, Transportgruppen", kind="organisation",
        party="3F Nørreskov, Transportgruppen", letter_date=D(2027, 9, 30), received=when,
        stance={"linje12": "neutral", "aften": "imod", "elbusser": "støtter"},
        condition={"elbusser": "at der bygges ordentlige pausefaciliteter med toilet ved "
                   "ladestationen på Banegården, og at alle chauffører får uddannelse i de nye "
                   "busser, inden de sættes i drift"},
        no_comment=("skolebus", "flextur"), overall="delvis",
        note="Linje 12 'tager ... til efterretning' = neutral. Aften: 'dybt bekymrede' and "
        "'fraråder' = imod. Elbusser: 'er ikke imod ... – tværtimod' = support, with a "
        "condition ('det forudsætter, at'). Skolebus and Flextur named under one heading only "
        "to say 'her har vi derfor ikke bemærkninger'. Seniorkort not mentioned. The drivers' "
        "working hours are a topic of their own in this one letter only (not an emergent "
        "topic).",
    )]


@response
def lmu_koerselskontoret(folder: Path):
    name = "LMU Kørselskontoret - høringssvar busplan.docx"
    when = at(28, 10, 2)
    docx(folder / name, [
        "# Høringssvar fra LMU for Kørselskontoret og Trafik",
        "LMU har behandlet Busplan 2028 på mødet den 22. september 2027. Vi har gennemgået "
        "forslagene ét for ét.",
        "# 1. Nedlæggelse af linje 12",
        "Ingen bemærkninger.",
        "# 2. Aften- og weekendkørsel",
        "Ingen bemærkninger.",
        "# 3. Flextur i yderområderne",
        "Medarbejderne på Kørselskontoret gør opmærksom på, at Flextur i dag administreres "
        "sammen med den visiterede kørsel. Hvis rute 231 og 232 erstattes af Flextur, vil "
        "antallet af henvendelser fra borgere stige, og vi ved ikke, om det kan løftes med den "
        "nuværende bemanding. Det har ikke været muligt for os at vurdere, om besparelsen på "
        "ruterne opvejes af merudgifterne til Flextur.",
        "# 4. Skolebuskørsel",
        "LMU finder det betænkeligt, at de lukkede skolebusser nedlægges allerede fra august "
        "2028. Kørselskontoret skal udstede skolekort til cirka 600 elever, og der er ikke "
        "afsat tid til den opgave. Samtidig forsvinder en række faste aftaler med lokale "
        "vognmænd, som i dag også kører specialkørsel for os.",
        "# 5. Pensionistkort",
        "Forslaget giver ikke anledning til bemærkninger fra LMU.",
        "# 6. Elbusser",
        "Ingen kommentarer.",
        "Nørreskov, 28. september 2027",
        "For LMU\n\nBirgitte Sand\nleder af Kørselskontoret, formand\n\nLone Hedegaard\n"
        "tillidsrepræsentant, næstformand",
    ], when, header="Nørreskov Kommune · Teknik og Miljø · Kørselskontoret",
        author="Birgitte Sand", title="Høringssvar LMU")
    touch(folder / name, when)
    return [label(
        name, sender="LMU for Kørselskontoret og Trafik", kind="organisation",
        party="LMU for Kørselskontoret og Trafik", letter_date=D(2027, 9, 28), received=when,
        stance={"flextur": "neutral", "skolebus": "imod"},
        no_comment=("linje12", "aften", "seniorkort", "elbusser"), overall="imod",
        note="Numbered headings = the proposal's elements. No comment in three phrasings: "
        "'Ingen bemærkninger.' (twice), 'Forslaget giver ikke anledning til bemærkninger fra "
        "LMU.', 'Ingen kommentarer.'. Flextur: workload and an open question about the "
        "saving, no position = neutral. Skolebus: 'finder det betænkeligt' = imod. The page "
        "header is the municipality's (the LMU sits in it); the title names the sender.",
    )]


@response
def aeldre_sagen(folder: Path):
    name = "Høringssvar - Busplan 2028 (Ældre Sagen).eml"
    when = at(3, 20, 11, month=10)
    mail(folder / name, sender="Ældre Sagen Nørreskov <norreskov@aeldresagen.dk>", to=INBOX,
         subject="Høringssvar - Busplan 2028", when=when, server="smtp.aeldresagen.dk",
         body="Til Teknik og Miljø\n\n"
         "Ældre Sagen i Nørreskov har med stor interesse læst forslaget til Busplan 2028. Vi "
         "har ca. 4.100 medlemmer i kommunen, og mange af dem er afhængige af bussen for at "
         "komme til læge, på sygehuset og ud at handle.\n\n"
         "Pensionistkortet\n"
         "Det er med beklagelse, at vi ser forslaget om at fjerne rabatten på pensionistkortet. "
         "For en folkepensionist uden tillæg er det en mærkbar udgift, når kortet stiger fra "
         "150 til 300 kr. om måneden, og vi frygter, at flere ældre så bliver hjemme. Bevar "
         "pensionistrabatten!\n\n"
         "Linje 12\n"
         "Vi er også bekymrede over nedlæggelsen af linje 12. Sygehuset er netop det sted, hvor "
         "ældre skal hen, og at skulle skifte på Banegården i regnvejr er ikke en rimelig "
         "løsning.\n\n"
         "Flextur\n"
         "Om Flextur er et godt alternativ til rute 231 og 232, tør vi ikke sige. Det kommer "
         "an på prisen og på, hvor lang tid i forvejen man skal bestille. Vi vil opfordre til, "
         "at ordningen evalueres efter et år.\n\n"
         "Stoppesteder\n"
         "Flere af vores medlemmer har gjort opmærksom på, at der mangler bænke ved "
         "stoppestederne på Ringvejen og i Vestbyen. Det bliver kun vigtigere, hvis man "
         "fremover skal gå længere og vente længere.\n\n"
         "Til de øvrige punkter i busplanen har Ældre Sagen ingen bemærkninger.\n\n"
         "Med venlig hilsen\nOle Bæk Thomsen\nFormand, Ældre Sagen Nørreskov\n")
    return [label(
        name, sender="Ældre Sagen Nørreskov", kind="organisation",
        party="Ældre Sagen Nørreskov", letter_date=None, received=when,
        stance={"seniorkort": "imod", "linje12": "imod", "flextur": "neutral"},
        no_comment="rest", emergent=("tilgaengelighed",), overall="imod",
        note="Mail body, Sunday evening before the deadline. 'Bevar pensionistrabatten!' = "
        "imod the abolition. Flextur: 'tør vi ikke sige. Det kommer an på ...' = open doubt, "
        "neutral (not a condition of support). Blanket 'Til de øvrige punkter ... ingen "
        "bemærkninger' covers aften, skolebus, elbusser. Benches at stops = tilgaengelighed.",
    )]


@response
def dh(folder: Path):
    name = "Høringssvar fra DH Nørreskov vedr. Busplan 2028.eml"
    when = at(30, 14, 3)
    paragraphs = [
        "Til Teknik- og Miljøudvalget",
        "DH Nørreskov, der er paraply for 18 handicaporganisationer i kommunen, takker for "
        "muligheden for at afgive høringssvar.",
        "Vi er positive over for overgangen til elbusser på bylinjerne. De nye busser har lavt "
        "gulv i hele bussens længde, plads til to kørestole og både skærme og højttalere, der "
        "annoncerer næste stoppested. Det er en klar forbedring for blinde og svagsynede og "
        "for kørestolsbrugere.",
        "Flextur i yderområderne kan DH acceptere under forudsætning af, at hjælpemidler som "
        "kørestol, rollator og førerhund kan medbringes uden ekstra betaling, og at borgere, "
        "der ikke kan bruge en app, kan bestille turen på telefon.",
        "Vi vil samtidig pege på, at en tilgængelig bus ikke hjælper meget, hvis man ikke kan "
        "komme hen til den. Stoppestederne skal have hævede kantsten, ledelinjer og plads til "
        "at vende en kørestol, og køreplanerne skal kunne læses med skærmlæser.",
        "Busplanens øvrige forslag giver ikke DH anledning til bemærkninger.",
        "Med venlig hilsen\nHanne Lykke Mortensen\nFormand for DH Nørreskov",
    ]
    html = "<html><body>" + "".join(
        "<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs
    ) + '<p><img src="cid:dh-logo.png@handicap.dk" alt="DH"></p></body></html>'
    mail(folder / name, sender="DH Nørreskov <norreskov@handicap.dk>", to=INBOX,
         subject="Høringssvar fra DH Nørreskov vedr. Busplan 2028", when=when,
         server="smtp.handicap.dk", body="\n\n".join(paragraphs) + "\n", html=html,
         inline_logo=("dh-logo.png", logo_png("DH Nørreskov", (0, 84, 140))),
         mailer="Microsoft Outlook 16.0")
    return [label(
        name, sender="DH Nørreskov", kind="organisation", party="DH Nørreskov",
        letter_date=None, received=when,
        stance={"elbusser": "støtter", "flextur": "støtter"},
        condition={"flextur": "at hjælpemidler som kørestol, rollator og førerhund kan "
                   "medbringes uden ekstra betaling, og at borgere, der ikke kan bruge en app, "
                   "kan bestille turen på telefon"},
        no_comment="rest", emergent=("tilgaengelighed",), overall="støtter",
        note="HTML mail with a plain alternative and an inline logo (not a response). "
        "'positive over for' = støtter; 'kan ... acceptere under forudsætning af' = "
        "conditional support. Blanket 'Busplanens øvrige forslag giver ikke ... anledning "
        "til bemærkninger' covers linje12, aften, skolebus, seniorkort.",
    )]


@response
def landdistriktsraadet(folder: Path):
    name = "Landdistriktsrådet - høringssvar Busplan 2028.pdf"
    when = at(4, 8, 31, month=10)
    pdf(folder / name, [
        "Landdistriktsrådet samler 14 lokalråd og landsbyforeninger i kommunen. Rådet "
        "indkaldte lokalrådene til et fællesmøde i Lundby Forsamlingshus den 29. september, "
        "hvor omkring 60 borgere deltog. Dette høringssvar bygger på drøftelserne der.",
        "## Landruterne og Flextur",
        "Landdistriktsrådet opfordrer udvalget til at droppe forslaget om at erstatte rute 231 "
        "og 232 med Flextur. Ruterne er rygraden i den kollektive trafik på landet. En bus med "
        "faste afgange kan man indrette sit liv efter; en Flextur, som skal bestilles, kan man "
        "ikke. På fællesmødet fortalte flere pendlere, at de i dag tager rute 232 til Nørreskov "
        "Station og videre med toget til Viborg, og at de bliver nødt til at tage bilen, hvis "
        "bussen ikke længere er tilrettelagt efter togtiderne.",
        "## Skolebørnene",
        "Rådet deler lokalrådenes bekymring for skolebørnene. Når skolebussen forsvinder, skal "
        "mange børn gå eller cykle hen til et stoppested ved en landevej. Ved Lundby ligger "
        "stoppestedet på den anden side af Viborgvej, og børnene skal krydse vejen uden helle "
        "eller fodgængerovergang.",
        "## Elbusserne",
        "Forslaget om elbusser på bylinjerne tager Landdistriktsrådet til efterretning. Det "
        "har ikke den store betydning uden for Nørreskov by.",
        "## Inddragelse",
        "Mange på fællesmødet følte sig ikke hørt. Planen blev lagt på kommunens hjemmeside og "
        "Facebook, men ikke i Ugeavisen, og flere ældre hørte først om den på mødet. Vi "
        "foreslår, at kommunen fremover holder møder i landdistrikterne, inden en busplan "
        "sendes i høring.",
        "Lundby, den 2. oktober 2027",
        "På Landdistriktsrådets vegne\n\nSøren Høj Andersen\nformand",
    ], when, title="Høringssvar Busplan 2028", author="Søren Høj Andersen", columns=2,
        banner=["Landdistriktsrådet i Nørreskov Kommune", "Høringssvar: Busplan 2028"],
        font="Times-Roman", size=10.5, footer="Landdistriktsrådet i Nørreskov Kommune")
    touch(folder / name, when)
    return [label(
        name, sender="Landdistriktsrådet i Nørreskov Kommune", kind="organisation",
        party="Landdistriktsrådet i Nørreskov Kommune", letter_date=D(2027, 10, 2),
        received=when,
        stance={"flextur": "imod", "skolebus": "imod", "elbusser": "neutral"},
        emergent=("togforbindelse", "trafiksikkerhed", "information"), overall="imod",
        note="Two-column PDF with a banner, Times. Dated Saturday 2 October, arrived Monday 4 "
        "October (file time), the deadline day: not late. 'opfordrer ... til at droppe "
        "forslaget' = imod. Skolebus: 'deler ... bekymring' = imod; the crossing of Viborgvej "
        "is trafiksikkerhed. Elbusser 'tager ... til efterretning' = neutral. Linje 12, aften "
        "and seniorkort are not mentioned.",
    )]


@response
def midttrafik(folder: Path):
    name = "SV Høring - Busplan 2028 for Nørreskov Kommune.eml"
    when = at(24, 9, 47)
    mail(folder / name, sender="Midttrafik, Planlægning <planlaegning@midttrafik.dk>",
         to=INBOX, subject="SV: Høring - Busplan 2028 for Nørreskov Kommune", when=when,
         server="mail.midttrafik.dk", mailer="Microsoft Outlook 16.0",
         body="Kære Teknik og Miljø\n\n"
         "Tak for den fremsendte høring.\n\n"
         "Midttrafik har gennemgået forslaget til Busplan 2028 og har ingen bemærkninger til "
         "det. Vi står naturligvis til rådighed i den videre proces, herunder ved udarbejdelsen "
         "af de nye køreplaner og ved udbuddet af bybuskørslen.\n\n"
         "Venlig hilsen\n\nMette Brøndum\nTrafikplanlægger\nMidttrafik\n")
    return [label(
        name, sender="Midttrafik", kind="organisation", party="Midttrafik", letter_date=None,
        received=when, no_comment="rest", overall="ingen bemærkninger",
        note="Reply to the consultation mail ('SV:'); 'har ingen bemærkninger til det' covers "
        "the whole proposal, so every element is no comment.",
    )]


# ---------------------------------------------------------------------------
# Not consulted: a business association (late)


@response
def erhverv(folder: Path):
    name = "Erhverv Nørreskov - bemærkninger til busplan.pdf"
    when = at(6, 11, 25, month=10)
    pdf(folder / name, [
        "Teknik og Miljø\nNørreskov Kommune\nRådhustorvet 1\n8870 Nørreskov",
        "6. oktober 2027",
        "# Busplan 2028 – bemærkninger fra Erhverv Nørreskov",
        "Erhverv Nørreskov er ikke på høringslisten, men vi tillader os alligevel at sende et "
        "par bemærkninger, da planen har betydning for handelslivet i midtbyen. Vi beklager, "
        "at svaret kommer et par dage efter fristen.",
        "Foreningen kan tilslutte sig, at linje 12 nedlægges. Linjen kører parallelt med linje "
        "2 det meste af vejen, og passagertallet er lavt. Pengene gør mere gavn andre steder.",
        "Vi kan derimod ikke støtte forslaget om at lade den sidste bus køre kl. 21. "
        "Butikkerne i midtbyen har åbent til kl. 20 om fredagen, restauranterne og biografen "
        "har aftenåbent, og en stor del af de ansatte er unge uden bil. Mange af vores "
        "medlemmer har i forvejen svært ved at skaffe personale til aftenvagterne.",
        "Desuden bør busserne passe med togene. Mange medarbejdere kommer med toget fra Aarhus "
        "og Viborg og skal videre med bus ud til erhvervsområdet ved Industrivej. I dag kører "
        "bussen fra stationen fem minutter før toget ankommer, og det burde en ny busplan kunne "
        "rette op på.",
        "Elbusser i bybilledet er positivt for en midtby, der gerne vil være et rart sted at "
        "opholde sig. Dem bakker vi op om.",
        "Skolebuskørslen og pensionistkortet udtaler foreningen sig ikke om.",
        f"{SIGN}\nErhverv Nørreskov\n\nCharlotte Friis\ndirektør",
    ], when, title="Bemærkninger til busplan", author="Charlotte Friis",
        letterhead=["Erhverv Nørreskov",
                    "Erhvervsforeningen for handel og service · Torvegade 8 · 8870 Nørreskov",
                    "www.erhvervnorreskov.dk · Tlf. 97 41 22 10"], right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Erhverv Nørreskov", kind="organisation", party=None,
        letter_date=D(2027, 10, 6), received=when,
        stance={"linje12": "støtter", "aften": "imod", "elbusser": "støtter"},
        no_comment=("skolebus", "seniorkort"), emergent=("togforbindelse",),
        overall="delvis",
        note="Not on the list of consulted parties; late (6 October) and says so. 'kan "
        "tilslutte sig' = støtter; 'kan derimod ikke støtte' = imod; 'bakker vi op om' = "
        "støtter. 'udtaler foreningen sig ikke om' = no comment on skolebus and seniorkort. "
        "Bus departing five minutes before the train arrives = togforbindelse. The recipient's "
        "address block is the municipality's.",
    )]


# ---------------------------------------------------------------------------
# Citizens: a form-letter campaign for line 12


CAMPAIGN_INTRO = "Jeg vil gerne protestere mod forslaget om at nedlægge linje 12."
CAMPAIGN_BODY = (
    "Linje 12 er den eneste bus, der kører direkte mellem Vestbyen og Sygehuset. Vi er mange i "
    "Vestbyen, der bruger den hver dag – til arbejde, til lægen, på sygehuset og for at "
    "besøge familie. Uden linje 12 skal vi skifte på Banegården eller gå den lange vej fra "
    "Ringvejen."
)
CAMPAIGN_MONEY = (
    "Vestbyen har i forvejen de dårligste busforbindelser i byen, og det er ikke rimeligt, at "
    "besparelsen endnu en gang rammer os."
)


def campaign_label(name, *, sender, received, personal_data, note, letter_date=None):
    return label(
        name, sender=sender, kind="citizen", received=received, letter_date=letter_date,
        stance={"linje12": "imod"}, overall="imod", campaign="bevar_linje12",
        personal_data=personal_data, note=note,
    )


@response
def kampagne_kronborg(folder: Path):
    name = "Bevar linje 12.eml"
    when = at(20, 10, 14)
    mail(folder / name, sender="Jytte Kronborg <jyttekronborg@gmail.com>", to=INBOX,
         subject="Bevar linje 12", when=when, server="mail-sor-f41.google.com",
         body=f"Til Teknik- og Miljøudvalget\n\n{CAMPAIGN_INTRO}\n\n{CAMPAIGN_BODY}\n\n"
         "Jeg er 79 år og har ikke bil. Jeg går til kontrol på sygehusets øjenafdeling hver "
         "tredje måned, og i dag kan jeg tage bussen lige til døren.\n\n"
         f"{CAMPAIGN_MONEY}\n\nBevar linje 12!\n\nMed venlig hilsen\nJytte Kronborg\n")
    return [campaign_label(
        name, sender="Jytte Kronborg", received=when,
        personal_data=(("name", "Jytte Kronborg", "text"), ("name", "Jytte Kronborg", "header"),
                       ("email", "jyttekronborg@gmail.com", "header"),
                       ("other", "Jeg er 79 år", "text"),
                       ("health", "Jeg går til kontrol på sygehusets øjenafdeling", "text")),
        note="Campaign base text with a personal paragraph added (age, no car, eye clinic).")]


@response
def kampagne_thygesen(folder: Path):
    name = "Linje 12.eml"
    when = at(21, 22, 3)
    mail(folder / name, sender="Rasmus Thygesen <r.thygesen@hotmail.com>", to=INBOX,
         subject="Linje 12", when=when, server="EUR05-VI1-obe.outbound.protection.outlook.com",
         body=f"Til Teknik- og Miljøudvalget\n\n{CAMPAIGN_INTRO}\n\n{CAMPAIGN_BODY}\n\n"
         "Jeg arbejder som portør på sygehuset og har vagter, der starter kl. 6.30. Linje 12 er "
         "den eneste måde, jeg kan nå det på uden bil.\n\n"
         "Bevar linje 12!\n\nMed venlig hilsen\nRasmus Thygesen\nKastanievej 14, 8870 "
         "Nørreskov\n")
    return [campaign_label(
        name, sender="Rasmus Thygesen", received=when,
        personal_data=(("name", "Rasmus Thygesen", "text"),
                       ("name", "Rasmus Thygesen", "header"),
                       ("email", "r.thygesen@hotmail.com", "header"),
                       ("address", "Kastanievej 14, 8870 Nørreskov", "text")),
        note="Campaign letter with the money paragraph replaced by one about his early shifts "
        "as a hospital porter; address under the name.")]


@response
def kampagne_krogh(folder: Path):
    name = "Høringssvar busplan.eml"
    when = at(23, 17, 36)
    plural = (CAMPAIGN_INTRO.replace("Jeg vil", "Vi vil"))
    mail(folder / name, sender="Lis og Bent Krogh <liskrogh@mail.dk>", to=INBOX,
         subject="Høringssvar busplan", when=when, server="smtp.mail.dk",
         body=f"Til Teknik- og Miljøudvalget\n\n{plural}\n\n{CAMPAIGN_BODY}\n\n"
         f"{CAMPAIGN_MONEY}\n\nBevar linje 12!\n\nMed venlig hilsen\nLis og Bent Krogh\n")
    return [campaign_label(
        name, sender="Lis og Bent Krogh", received=when,
        personal_data=(("name", "Lis og Bent Krogh", "text"),
                       ("name", "Lis og Bent Krogh", "header"),
                       ("email", "liskrogh@mail.dk", "header")),
        note="The campaign letter unchanged except 'Vi vil' for 'Jeg vil'; a couple.")]


@response
def kampagne_demir(folder: Path):
    name = "Bevar linje 12 - Aysel Demir.docx"
    when = at(25, 14, 50)
    docx(folder / name, [
        "Til Teknik- og Miljøudvalget",
        CAMPAIGN_INTRO,
        CAMPAIGN_BODY,
        "Jeg har to små børn og kan ikke få barnevognen med ind og ud af to busser, når vi "
        "skal til børnelægen ved Sygehuset.",
        CAMPAIGN_MONEY,
        "Bevar linje 12!",
        "Med venlig hilsen\nAysel Demir\nVestbyen",
    ], when, author="Aysel Demir", title="")
    touch(folder / name, when)
    return [campaign_label(
        name, sender="Aysel Demir", received=when,
        personal_data=(("name", "Aysel Demir", "text"),),
        note="The campaign letter as a Word file (handed in / saved from the mail by staff; "
        "received = file time), with a personal paragraph about the pram and two small "
        "children.")]


# ---------------------------------------------------------------------------
# Citizens: own letters


@response
def scannet_aagaard(folder: Path):
    name = "Scan_27-09-2027_1012.pdf"
    when = at(27, 10, 12)
    scan_pdf(folder / name, [
        "Gudrun Aagaard",
        "Kirkebakken 3",
        "8873 Hvidbjerg",
        "",
        "Til Teknik- og Miljøudvalget",
        "Nørreskov Kommune",
        "",
        "Hvidbjerg, den 24. september 2027",
        "",
        "Vedr. bussen til Hvidbjerg",
        "",
        "Jeg har boet i Hvidbjerg i 51 år og har aldrig haft kørekort. Bussen",
        "er min forbindelse til byen, til lægen og til min familie.",
        "",
        "Jeg kan ikke støtte, at rute 231 bliver lavet om til Flextur. Jeg har",
        "prøvet Flextur én gang, da jeg skulle til øjenlæge, og jeg ventede 40",
        "minutter på vognen. Man skal ringe i god tid, og jeg har ikke nogen",
        "smartphone til det der app.",
        "",
        "Min søn bor også i Hvidbjerg og tager bussen kl. 6.41 for at nå toget",
        "til Aarhus. Hvis den ikke kører mere, kan han ikke komme på arbejde",
        "uden at købe en bil mere, og det har de ikke råd til.",
        "",
        "Lad nu bussen køre, som den gør.",
        "",
        "Venlig hilsen",
        "",
        "Gudrun Aagaard",
    ], when, seed=11, angle=-0.7)
    touch(folder / name, when)
    return [label(
        name, sender="Gudrun Aagaard", kind="citizen", letter_date=D(2027, 9, 24),
        received=when, stance={"flextur": "imod"}, emergent=("togforbindelse",),
        overall="imod",
        personal_data=(("name", "Gudrun Aagaard", "text"), ("address", "Kirkebakken 3", "text")),
        note="Typed letter handed in at Borgerservice and scanned on 27 September (image "
        "only, no text layer, rotated). Letter dated 24 September. Own address block at the "
        "top (the sender), 'Til Teknik- og Miljøudvalget' below it (the recipient). 'kan ikke "
        "støtte' = imod. Her son's 6.41 bus to the Aarhus train = togforbindelse.",
    )]


@response
def studerende(folder: Path):
    name = "busplanen.eml"
    when = at(29, 22, 47)
    mail(folder / name, sender="Mikkel Thorsen <mikkelthorsen2009@gmail.com>", to=INBOX,
         subject="busplanen", when=when, server="mail-ej1-f52.google.com",
         body="Hej\n\n"
         "Jeg er 18 og bor i Tarp og går på Nørreskov Gymnasium. Jeg har læst at den sidste bus "
         "skal køre kl 21 i fremtiden. Det synes jeg er en rigtig dårlig ide. Jeg har job i "
         "Netto til kl 21.15 tre dage om ugen og så er der ingen bus hjem. Så skal jeg cykle "
         "11 km hjem ad Tarpvej hvor der ikke er nogen cykelsti og bilerne kører stærkt. Det "
         "er ikk sjovt om vinteren når det er mørkt.\n\n"
         "Jeg forstår godt at der skal spares men der må være andre steder at tage pengene.\n\n"
         "Venlig hilsen\nMikkel\n\nSendt fra min iPhone\n")
    return [label(
        name, sender="Mikkel Thorsen", kind="citizen", letter_date=None, received=when,
        stance={"aften": "imod"}, emergent=("trafiksikkerhed",), overall="imod",
        personal_data=(("name", "Mikkel", "text"), ("name", "Mikkel Thorsen", "header"),
                       ("email", "mikkelthorsen2009@gmail.com", "header"),
                       ("other", "Jeg er 18", "text")),
        note="Informal phone mail, signed with the first name only; the full name is in the "
        "From header. 'rigtig dårlig ide' = imod. Cycling home on Tarpvej without a cycle "
        "path in the dark = trafiksikkerhed.",
    )]


@response
def pensionist_holm(folder: Path):
    name = "Høringssvar busplan - Erik Holm.docx"
    when = at(26, 19, 5)
    docx(folder / name, [
        "Erik Holm\nSkovbrynet 21\n8870 Nørreskov",
        "Nørreskov, 26. september 2027",
        "## Høringssvar til Busplan 2028",
        "Jeg har læst busplanen og vil gerne give min mening til kende, for jeg tror, at det "
        "mest er de utilfredse, der skriver.",
        "Jeg synes, det er rigtigt at satse på elbusser. Bybusserne kører mange kilometer hver "
        "dag midt mellem husene, og der er ingen grund til, at de skal køre på diesel. Det "
        "støtter jeg fuldt ud.",
        "Jeg er 74 år og har selv et pensionistkort. Jeg er ikke imod, at rabatten forsvinder. "
        "Vi pensionister har det generelt godt i dag, og jeg vil hellere betale fuld pris end "
        "se ruter blive nedlagt.",
        "Med linje 12 er jeg mere i tvivl. Jeg kan se, at den kører med få passagerer, men jeg "
        "kender også folk i Vestbyen, der er glade for den. Det må udvalget vurdere.",
        "Venlig hilsen\nErik Holm",
    ], when, author="Erik Holm", title="Høringssvar", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Erik Holm", kind="citizen", letter_date=D(2027, 9, 26), received=when,
        stance={"elbusser": "støtter", "seniorkort": "støtter", "linje12": "neutral"},
        overall="støtter",
        personal_data=(("name", "Erik Holm", "text"), ("address", "Skovbrynet 21", "text"),
                       ("other", "Jeg er 74 år", "text")),
        note="Address block at the top is the sender's own. 'Jeg er ikke imod, at rabatten "
        "forsvinder' + reasons = støtter the abolition (negated opposition). Linje 12: 'mere i "
        "tvivl ... Det må udvalget vurdere' = neutral. Overall støtter (two supports, one "
        "neutral).",
    )]


@response
def videresendt_foraelder(folder: Path):
    name = "VS Skolebus og busplan.eml"
    when = at(1, 8, 55, month=10)
    mail(folder / name, sender="Tina Bruun Nielsen <tbn@norreskov.dk>", to=INBOX,
         subject="VS: Skolebus og busplan", when=when, mailer="Microsoft Outlook 16.0",
         body="Til høringsmappen – borgerhenvendelse om busplanen, som er kommet i min "
         "indbakke.\n\n/Tina\n\n"
         "Tina Bruun Nielsen\nKørselskontoret\nTeknik og Miljø, Nørreskov Kommune\n\n"
         "-----Oprindelig meddelelse-----\n"
         "Fra: Louise Mejer <louise.mejer@outlook.dk>\n"
         "Sendt: 29. september 2027 21:32\n"
         "Til: Tina Bruun Nielsen <tbn@norreskov.dk>\n"
         "Emne: Skolebus og busplan\n\n"
         "Hej Tina\n\n"
         "Jeg fik din mailadresse af skolens kontor. Jeg har to børn på Tarp Skole, som i dag "
         "kører med skolebussen.\n\n"
         "Jeg vil bare sige, at jeg faktisk synes, det er en god idé, at skolebørnene "
         "fremover skal køre med de almindelige busser. Vores ældste på 13 kan sagtens finde "
         "ud af det, og så kan de også bruge kortet i fritiden og til at komme ind til byen. "
         "Jeg tror, det gør dem mere selvstændige.\n\n"
         "Det, jeg er utilfreds med, er at vi først hørte om planen, da en anden forælder "
         "delte den i Facebook-gruppen for Tarp. Der kom ikke noget ud på AULA, og mødet på "
         "Rådhuset lå midt i arbejdstiden. Det er ikke en ordentlig måde at inddrage "
         "forældrene på.\n\n"
         "Venlig hilsen\nLouise Mejer\nTarp\n")
    return [label(
        name, sender="Louise Mejer", kind="citizen", letter_date=None,
        received=D(2027, 9, 29), stance={"skolebus": "støtter"},
        emergent=("information",), overall="støtter",
        personal_data=(("name", "Louise Mejer", "text"),
                       ("email", "louise.mejer@outlook.dk", "text")),
        note="Outlook '-----Oprindelig meddelelse-----' forwarded by a Kørselskontoret "
        "employee on 1 October; the parent wrote to her (a municipal address) on 29 "
        "September 21:32, so received is 29 September. Sender = the parent, not the "
        "employee. 'synes, det er en god idé' = støtter. Heard of the plan on Facebook, "
        "nothing on AULA, meeting in working hours = information.",
    )]


@response
def sygeplejerske(folder: Path):
    name = "Busplan høringssvar.pdf"
    when = at(3, 21, 30, month=10)
    pdf(folder / name, [
        "# Høringssvar til Busplan 2028",
        "Fra Sara Winther, Vestergade 40, 2. tv., 8870 Nørreskov",
        "Jeg er sygeplejerske på Nørreskov Sygehus og har aftenvagter, der slutter kl. 23.15. "
        "I dag tager jeg linje 12 hjem, og den sidste afgang passer med vagtskiftet. Med den "
        "nye plan forsvinder både linje 12 og de sene afgange. Jeg frygter, at det bliver "
        "endnu sværere at få personale til aften- og nattevagterne på sygehuset, når man ikke "
        "kan komme hjem uden bil.",
        "Jeg synes, kommunen skal genoverveje både nedlæggelsen af linje 12 og de færre "
        "aftenafgange. Sygehuset har 1.400 ansatte, og mange af os arbejder, når andre har "
        "fri.",
        "Nørreskov, 3. oktober 2027",
        "Sara Winther",
    ], when, title="Høringssvar", author="Sara Winther", right_align=(4,))
    touch(folder / name, when)
    return [label(
        name, sender="Sara Winther", kind="citizen", letter_date=D(2027, 10, 3),
        received=when, stance={"linje12": "imod", "aften": "imod"}, overall="imod",
        personal_data=(("name", "Sara Winther", "text"),
                       ("address", "Vestergade 40, 2. tv., 8870 Nørreskov", "text")),
        note="Plain PDF, 'Fra <name>, <address>' line under the title. 'frygter' and 'skal "
        "genoverveje' = imod both elements.",
    )]


LAURITSEN_DOCX = "Høringssvar - Jørgen Lauritsen.docx"


@response
def koerestol(folder: Path):
    name = "Høringssvar.eml"
    when = at(30, 10, 20)
    attachment = built(docx, LAURITSEN_DOCX, [
        "## Høringssvar vedrørende Busplan 2028",
        "Jeg har sklerose og bruger kørestol, og jeg bor i Vestbyen. Jeg vil gerne kommentere "
        "to ting i planen.",
        "For det første er jeg imod, at linje 12 nedlægges. Jeg kan komme med linje 12 fra "
        "stoppestedet lige uden for min opgang til sygehusets indgang. Hvis jeg skal skifte på "
        "Banegården, skal kørestolen ud og ind af to busser, og det er langtfra sikkert, at der "
        "er plads i den næste.",
        "For det andet er pladsen til kørestole i bybusserne i dag ofte optaget af barnevogne, "
        "og chaufføren kan ikke altid få rampen ned, fordi kantstenen er for lav. Jeg har "
        "flere gange måttet vente på den næste bus. Det bør kommunen se på, inden man begynder "
        "at flytte passagerer fra én linje til en anden.",
        "Elbusserne skulle efter sigende være bedre for kørestolsbrugere. Det håber jeg, men "
        "jeg tror det først, når jeg ser det.",
        "Med venlig hilsen\nJørgen Lauritsen\nBirkealle 7\n8870 Nørreskov",
    ], at(29, 20, 0), author="Jørgen Lauritsen")
    mail(folder / name, sender="Jørgen Lauritsen <jlauritsen@webspeed.dk>", to=INBOX,
         subject="Høringssvar", when=when, server="smtp.webspeed.dk",
         body="Hermed mit høringssvar til busplanen.\n\nMvh Jørgen Lauritsen\n",
         attachments=[(LAURITSEN_DOCX, attachment)])
    return [
        cover(name, LAURITSEN_DOCX, sender="Jørgen Lauritsen", kind="citizen", party=None,
              received=when,
              personal_data=(("name", "Jørgen Lauritsen", "text"),
                             ("name", "Jørgen Lauritsen", "header"),
                             ("email", "jlauritsen@webspeed.dk", "header")),
              note="One-line covering mail; the response is the DOCX."),
        label(
            LAURITSEN_DOCX, sender="Jørgen Lauritsen", kind="citizen", letter_date=None,
            received=when, container=name,
            stance={"linje12": "imod", "elbusser": "neutral"},
            emergent=("tilgaengelighed",), overall="imod",
            personal_data=(("name", "Jørgen Lauritsen", "text"),
                           ("health", "Jeg har sklerose og bruger kørestol", "text"),
                           ("address", "Birkealle 7", "text")),
            note="No date line. 'er jeg imod' = imod. Wheelchair space taken by prams and the "
            "ramp vs low kerbs = tilgaengelighed. Elbusser: 'Det håber jeg, men jeg tror det "
            "først, når jeg ser det' = sceptical hope, neutral.",
        ),
    ]


@response
def opbakning(folder: Path):
    name = "Opbakning til busplanen.eml"
    when = at(22, 7, 58)
    mail(folder / name, sender="Anders Kvist <anders.kvist@live.dk>", to=INBOX,
         subject="Opbakning til busplanen", when=when,
         server="EUR03-DB5-obe.outbound.protection.outlook.com",
         body="Kære udvalg\n\n"
         "Der kommer sikkert mange klager over busplanen, så jeg vil gerne sende lidt "
         "opbakning.\n\n"
         "Jeg bakker op om planen. Det er fornuftigt ikke at køre rundt med næsten tomme "
         "busser om aftenen og om søndagen, og det giver god mening at nedlægge linje 12, når "
         "den følger linje 2 det meste af vejen. De penge, der spares, kan bruges bedre.\n\n"
         "Allerbedst er forslaget om elbusser. Jeg har længe undret mig over, at en kommune "
         "med en klimaplan stadig kører med dieselbusser gennem midtbyen.\n\n"
         "Mvh\nAnders Kvist\nVestbyen\n")
    return [label(
        name, sender="Anders Kvist", kind="citizen", letter_date=None, received=when,
        stance={"aften": "støtter", "linje12": "støtter", "elbusser": "støtter"},
        overall="støtter",
        personal_data=(("name", "Anders Kvist", "text"), ("name", "Anders Kvist", "header"),
                       ("email", "anders.kvist@live.dk", "header")),
        note="'Jeg bakker op om planen' is said of the plan as a whole, but only aften, "
        "linje 12 and elbusser are discussed; Flextur, skolebus and seniorkort are neither "
        "discussed nor declared no comment.",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Busplan 2028 – omlægning af den kollektive bustrafik",
    "case_number": "27/11873",
    "committee": "Teknik- og Miljøudvalget",
    "from": "Teknik og Miljø",
    "municipality": "Nørreskov Kommune",
    "sent": "2027-09-06",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "tilgaengelighed": {
        "label": "Tilgængelige stoppesteder og busser",
        "description": "Bænke og læskure, kantsten og ramper, plads til kørestol og "
        "barnevogn, lydannoncering, ledelinjer og køreplaner, der kan læses med skærmlæser.",
    },
    "trafiksikkerhed": {
        "label": "Trafiksikker vej til og fra bussen",
        "description": "Børn og unge, der skal gå eller cykle langs landeveje uden cykelsti, "
        "fortov eller lys, eller krydse en hovedvej ved stoppestedet.",
    },
    "togforbindelse": {
        "label": "Korrespondance mellem bus og tog",
        "description": "Busser, der passer (eller ikke passer) med togene på Nørreskov "
        "Station, for pendlere til Aarhus og Viborg og for medarbejdere, der kommer med tog.",
    },
    "information": {
        "label": "Information og inddragelse omkring planen",
        "description": "Borgermøde midt i arbejdstiden, ingen møder i landsbyerne, planen "
        "kendt via Facebook frem for Ugeavisen eller AULA.",
    },
}

CAMPAIGNS = {
    "bevar_linje12": "Enslydende borgerbrev 'Bevar linje 12' (4 breve: tre e-mails og en "
    "Word-fil; to med et personligt afsnit tilføjet, et med pengeafsnittet udskiftet, et i "
    "flertal)",
}


ABOUT = (
    "Reference labels for dev004 (fictional: Nørreskov Kommune, 'Busplan 2028 – omlægning af "
    "den kollektive bustrafik'), whose files make_dev004.py writes; a held-out set written "
    "without reading hoering's reading rules or the other sets' letters. Same schema as "
    "dev002 (see its labels.json 'about'). One entry per file; role 'cover' = an e-mail whose "
    "response is its attachment (container names the e-mail). letter_date = the letter's own "
    "date line or null; received = the e-mail's Date (for a forwarded e-mail the original's "
    "date, when the citizen wrote to a municipal address), else the day the file arrived (its "
    "mtime). stance per theme: støtter | imod | neutral (concern = imod, opposing a cut = "
    "imod, negated opposition 'er ikke imod' = støtter, conditional acceptance = støtter with "
    "the condition in condition, 'tager til efterretning' and open doubt = neutral). "
    "themes_no_comment = elements named only to say no comment, or covered by a blanket "
    "sentence on the other elements or on the whole proposal. overall: støtter | imod | "
    "delvis (both støtter and imod among the stances) | neutral | ingen bemærkninger. "
    "emergent = keys of topics outside the codebook raised by at least three responses; a "
    "topic one letter alone raises is not labelled. campaign = form-letter group id. No "
    "revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
