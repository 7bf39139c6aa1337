"""Development consultation dev011: Bækkeby Kommune, "Ny struktur for klub- og
ungdomsskoleområdet" (fictional), the responses as they reached Børn og Unge.

    python corpus/dev011/make_dev011.py OUTDIR                 # writes the response files
    python corpus/dev011/make_dev011.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, a youth
council, staff, unions, boards, a local council, a housing company, a shop and citizens),
and labelled the way a careful reader labels them. The file makers are shared with the
other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, eml, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Børn og Unge <bornogunge.hoering@baekkeby.dk>"
MAILHOSTS = {"relay": "mx2.baekkeby.dk", "exchange": "BKEXCH01.baekkeby.local"}
DEADLINE = dt.date(2027, 11, 1)
THEMES = ("sammenlaegning", "aabningstid", "kontingent", "personale", "gadeteam", "ungdomsskole")
D = dt.date
SIGN = "Med venlig hilsen"
SUBJECT = "Ny struktur for klub- og ungdomsskoleområdet"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, month=10, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, response = SET.at, SET.label, SET.cover, SET.response


# --- 1 Ældrerådet: nothing to say -----------------------------------------------------------

@response
def aeldreraadet(folder: Path):
    name = "Høringssvar fra Ældrerådet.eml"
    when = at(12, 9, 41)
    eml(folder / name, sender="Ældrerådet Bækkeby <aeldreraadet@baekkeby.dk>", to=INBOX,
        subject=f"Høringssvar fra Ældrerådet - {SUBJECT}", when=when, **MAILHOSTS,
        server="BKEXCH01.baekkeby.local",
        body=(
            "Til Børn og Unge\n\n"
            "Ældrerådet har på sit møde den 11. oktober gennemgået materialet om den nye "
            "struktur for klubberne og ungdomsskolen.\n\n"
            "Sagen ligger uden for det område, rådet normalt udtaler sig om, og Ældrerådet har "
            "derfor ingen bemærkninger til forslaget.\n\n"
            f"{SIGN}\nInger Bach\nsekretær for Ældrerådet\n"
        ))
    touch(folder / name, when)
    return [label(name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
                  received=when, letter_date=None, stance={}, no_comment=THEMES,
                  overall="ingen bemærkninger",
                  note="Mail body from the council's municipal address: no remarks on the "
                  "whole proposal, so every element is no-comment.")]


# --- 2 Handicaprådet -----------------------------------------------------------------------

@response
def handicapraadet(folder: Path):
    name = "Handicaprådets høringssvar - klubstruktur.pdf"
    when = at(27, 14, 5)
    pdf(folder / name, [
        "Bækkeby Kommune\nBørn og Unge\nRådhustorvet 1\n8760 Bækkeby",
        "27. oktober 2027",
        "# Høringssvar vedr. ny struktur for klub- og ungdomsskoleområdet",
        "Handicaprådet har drøftet forslaget på rådets møde den 25. oktober.",
        "Rådet vil gerne pege på, at en del af de børn og unge, der i dag bruger de små klubber "
        "i Tågerup og Nørremark, netop kommer der, fordi stedet er overskueligt. For unge med "
        "autisme, ADHD eller angst kan det være en stor barriere at skulle skifte til et klubhus "
        "med 150 andre unge og mange nye voksne. Vi er derfor bekymrede for, at de mest sårbare "
        "falder fra, når de to klubber lukker, og vi savner en beskrivelse af, hvordan man vil "
        "sikre pladser og rolige rum til de unge, der har brug for det.",
        "Dertil kommer afstanden. Mange af de unge, vi taler om, kan ikke selv tage bussen eller "
        "cykle 8–10 km, og forældrene kan ikke altid køre. Hvis der ikke følger en kørselsordning "
        "med, er tilbuddet i praksis lukket for dem.",
        "Handicaprådet opfordrer også til, at søskenderabatten bevares. Familier med et barn med "
        "handicap har ofte i forvejen store ekstraudgifter.",
        "Til forslagets øvrige elementer har Handicaprådet ikke bemærkninger.",
        f"{SIGN}\n\nKaj Lindvig\nformand for Handicaprådet",
    ], when, title="Høringssvar Handicaprådet", author="Handicaprådet",
        letterhead=["Handicaprådet", "Bækkeby Kommune · Rådhustorvet 1 · 8760 Bækkeby",
                    "handicapraadet@baekkeby.dk"], right_align=[1])
    touch(folder / name, when)
    return [label(name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
                  received=when, letter_date=D(2027, 10, 27),
                  stance={"sammenlaegning": "imod", "kontingent": "imod"}, no_comment="rest",
                  overall="imod", emergent=("saerlige_behov", "transport"),
                  note="Letterhead PDF, no headings. Concern about the two clubs closing = imod "
                  "sammenlaegning; 'søskenderabatten bevares' = imod the cut (kontingent). The last "
                  "sentence is a blanket no-comment on the rest. Quiet rooms for young people with "
                  "autism/ADHD = saerlige_behov; 8-10 km without a driving scheme = transport.")]


# --- 3 Integrationsrådet ----------------------------------------------------------------------

@response
def integrationsraadet(folder: Path):
    name = "Integrationsrådet - høringssvar klubber og ungdomsskole.docx"
    when = at(29, 10, 22)
    docx(folder / name, [
        "Bækkeby Kommune, Børn og Unge",
        "Bækkeby, den 28. oktober 2027",
        "# Integrationsrådets høringssvar",
        "Integrationsrådet takker for muligheden for at udtale sig om den nye struktur.",
        "## Prisen for at gå i klub",
        "Rådet er imod stigningen fra 95 til 150 kr. om måneden. I Lundsted Vest og i "
        "Nørremark bor mange familier med flere børn og en stram økonomi. Når søskenderabatten "
        "samtidig forsvinder, bliver det for en familie med tre børn i klubalderen en stigning på "
        "flere hundrede kroner om måneden. Vi ved fra foreningslivet, at det er de børn, der "
        "stopper først.",
        "## Spisningen",
        "Klubberne serverer i dag aftensmad et par gange om ugen. For nogle af de børn, vi kender, "
        "er det dagens eneste varme måltid, og det er samtidig et sted, hvor de unge sidder sammen "
        "på tværs af baggrund. Det bør ikke forsvinde i den nye struktur, men det står der intet "
        "om i materialet.",
        "## Gadeteamet",
        "Rådet kan støtte et mobilt gadeteam, forudsat at teamet får medarbejdere, der taler de "
        "sprog, de unge og deres forældre taler, og som har tid til at opbygge kontakt til "
        "familierne.",
        "## Ungdomsskolen",
        "Rådet tager forslaget om fælles ledelse af ungdomsskolen og klubberne til efterretning.",
        f"{SIGN}\nAhmad Rahimi\nformand, Integrationsrådet",
    ], when, author="Integrationsrådet", title="Høringssvar", right_align=[1])
    touch(folder / name, when)
    return [label(name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
                  received=when, letter_date=D(2027, 10, 28),
                  stance={"kontingent": "imod", "gadeteam": "støtter", "ungdomsskole": "neutral"},
                  condition={"gadeteam": "at teamet får medarbejdere, der taler de sprog, de unge "
                             "og deres forældre taler, og som har tid til at opbygge kontakt til "
                             "familierne"},
                  overall="delvis", emergent=("maaltid",),
                  note="Own headings, not the proposal's. Ungdomsskole: 'tager ... til "
                  "efterretning' = neutral. The dinners in the clubs = maaltid. "
                  "Sammenlaegning, aabningstid, personale not mentioned and no blanket sentence.")]


# --- 4 Ungerådet ------------------------------------------------------------------------------

@response
def ungeraadet(folder: Path):
    name = "Ungerådets svar.eml"
    when = at(30, 21, 48)
    eml(folder / name, sender="Bækkeby Ungeråd <ungeraad@baekkeby.dk>", to=INBOX,
        subject="Svar fra Ungerådet om klubberne", when=when, **MAILHOSTS,
        mailer="Microsoft Outlook 16.0",
        body=(
            "Hej\n\n"
            "Vi har snakket om klubforslaget på vores sidste møde og i et par af klasserne. Her er "
            "hvad vi mener.\n\n"
            "Det med at lukke om mandagen giver ingen mening for os. Mandag er den dag, hvor der "
            "ikke er træning, og hvor rigtig mange kommer. Og kl. 21 er for tidligt, især for de "
            "store i 8.-9. klasse. Vi synes klubberne skal holde åbent som nu.\n\n"
            "Om klubberne skal lægges sammen er vi lidt delte. Nogle synes det bliver fedt med et "
            "større sted med flere aktiviteter, andre vil hellere have deres egen klub tæt på. Vi "
            "kan ikke rigtig blive enige, så det må I vurdere.\n\n"
            "Hvis klubben i Tågerup lukker, hvordan skal man så komme hjem fra Lundsted kl. 21? "
            "Den sidste bus går 20.15.\n\n"
            "Vi er ikke imod gadeteamet, hvis det er nogen man kan snakke med og ikke bare nogen "
            "der holder øje med en.\n\n"
            "Til sidst: Der er ikke nogen der har spurgt de unge der går i klubberne. Vi vil gerne "
            "være med, når det skal planlægges.\n\n"
            "Mvh\nSofie Lund og Emil Hartvig\nformænd for Bækkeby Ungeråd\n"
        ))
    touch(folder / name, when)
    return [label(name, sender="Bækkeby Ungeråd", kind="organisation", party="Bækkeby Ungeråd",
                  received=when, letter_date=None,
                  stance={"aabningstid": "imod", "sammenlaegning": "neutral", "gadeteam": "støtter"},
                  condition={"gadeteam": "hvis det er nogen man kan snakke med og ikke bare nogen "
                             "der holder øje med en"},
                  overall="delvis", emergent=("transport", "inddragelse"),
                  note="Informal mail body. Closing on Mondays and at 21 = imod aabningstid. "
                  "'lidt delte ... det må I vurdere' = open doubt, neutral. 'ikke imod "
                  "gadeteamet, hvis ...' = negated opposition with a condition = støtter. Last "
                  "bus at 20.15 = transport; nobody asked the young = inddragelse.")]


# --- 5 LMU ------------------------------------------------------------------------------------

@response
def lmu(folder: Path):
    name = "LMU høringssvar - ny klubstruktur.pdf"
    when = at(25, 15, 30)
    pdf(folder / name, [
        "Høringssvar fra LMU for Klub- og Ungdomsskoleområdet",
        "LMU har behandlet forslaget på et ekstraordinært møde den 21. oktober 2027. "
        "Svaret følger forslagets opbygning.",
        "# 1. Sammenlægning af klubberne",
        "LMU kan se de faglige fordele ved større enheder med flere medarbejdere på arbejde ad "
        "gangen og et bredere udbud af aktiviteter. LMU kan bakke op om sammenlægningen under "
        "forudsætning af, at ombygningen af klubhuset i Lundsted er færdig, inden børnene fra "
        "Nørremark flytter ind, og at personalet er med i planlægningen af indretningen.",
        "Vi vil samtidig gøre opmærksom på, at køkkenet i Klub Tågerup i dag laver aftensmad til "
        "op mod 40 unge tre dage om ugen. Der er ikke køkkenfaciliteter til det i Lundsted, og "
        "madordningen bør indgå i ombygningen.",
        "# 2. Åbningstider",
        "Ingen bemærkninger.",
        "# 3. Kontingent",
        "Ingen kommentarer.",
        "# 4. Personale",
        "LMU kan ikke anbefale, at den pædagogiske normering sænkes. Timelønnede ungemedarbejdere "
        "er et godt supplement, men de kan ikke bære ansvaret for konflikter, "
        "underretninger og forældresamarbejde. Forslaget betyder i praksis, at to faste stillinger "
        "nedlægges.",
        "# 5. Gadeteam",
        "LMU er positiv over for et mobilt gadeteam og ser gerne, at teamet forankres i "
        "klubberne, så de unge møder kendte ansigter.",
        "# 6. Ungdomsskole og fælles ledelse",
        "Den fælles ledelse giver ikke anledning til bemærkninger fra LMU.",
        "På vegne af LMU\n\nHenrik Østergaard, leder af Klub Lundsted (formand)\n"
        "Lene Kjær, pædagog (næstformand)",
    ], when, title="LMU høringssvar", author="Klub Lundsted")
    touch(folder / name, when)
    return [label(name, sender="LMU for Klub- og Ungdomsskoleområdet", kind="organisation",
                  party="LMU for Klub- og Ungdomsskoleområdet", received=when,
                  letter_date=None,
                  stance={"sammenlaegning": "støtter", "personale": "imod", "gadeteam": "støtter"},
                  no_comment=("aabningstid", "kontingent", "ungdomsskole"),
                  condition={"sammenlaegning": "at ombygningen af klubhuset i Lundsted er færdig, "
                             "inden børnene fra Nørremark flytter ind, og at personalet er med i "
                             "planlægningen af indretningen"},
                  overall="delvis", emergent=("maaltid",),
                  note="No letterhead and no date line: the only date is the meeting date in the "
                  "first sentence (21 October), so letter_date is null. Headings follow the proposal; three are answered with "
                  "no-comment phrasings. The club kitchen's dinners = maaltid.")]


# --- 6 BUPL (two columns) ---------------------------------------------------------------------

@response
def bupl(folder: Path):
    name = "BUPL Østjylland - høringssvar Bækkeby klubstruktur.pdf"
    when = at(29, 16, 2)
    pdf(folder / name, [
        "Klubberne er mere end et sted at være. De er for mange unge det eneste sted uden for "
        "skolen og hjemmet, hvor en voksen kender dem, ser dem og griber ind, når noget går galt.",
        "Klubpædagogik er et fag. Det handler om at skabe fællesskaber, hvor unge, der ellers står "
        "uden for, får en plads, og om at opdage mistrivsel tidligt – ofte længe før skolen, "
        "sundhedsplejen eller forvaltningen gør det. Det arbejde kræver tid, kontinuitet og "
        "uddannede voksne.",
        "BUPL Østjylland har læst forslaget og drøftet det med vores tillidsrepræsentanter i "
        "klubberne i Bækkeby, Lundsted, Tågerup og Nørremark. Vi har samlet vores væsentligste "
        "bemærkninger nedenfor.",
        "# Færre pædagoger er den forkerte vej",
        "BUPL Østjylland er imod, at de faste pædagogstillinger erstattes af timelønnede "
        "ungemedarbejdere. Unge hjælpere kan meget, men de har hverken uddannelsen eller "
        "ansvaret, når en ung betror sig om vold i hjemmet, eller når en konflikt eskalerer.",
        "Særligt de børn, der har en diagnose eller er i en udsat position, har brug for de samme "
        "voksne fra uge til uge. Det er dem, der mærker det først, når relationerne forsvinder.",
        "# Store klubhuse",
        "Vi fraråder at lukke klubberne i Tågerup og Nørremark. Erfaringen fra andre kommuner er, "
        "at de unge ikke følger med, når klubben flytter, og at de yngste og de mest sårbare "
        "forsvinder først.",
        "# Gadeteam",
        "Et gadeteam kan være en god idé. Vi har dog svært ved at vurdere forslaget, så længe "
        "der ikke står noget om, hvem der skal ansættes, hvordan teamet skal samarbejde med "
        "klubberne, og om det skal finansieres af klubbernes budget.",
        "BUPL står gerne til rådighed for en dialog.",
        "Vi vil også minde om, at en omstrukturering af denne størrelse skal drøftes i MED-"
        "systemet, før den besluttes, og at de berørte medarbejdere skal have god tid til at "
        "finde sig til rette i de nye huse.",
        "Lone Mathiesen\nformand, BUPL Østjylland\n29. oktober 2027",
    ], when, title="Høringssvar", author="BUPL Østjylland", columns=2,
        banner=["BUPL Østjylland", "Høringssvar om klubstrukturen i Bækkeby"])
    touch(folder / name, when)
    return [label(name, sender="BUPL Østjylland", kind="organisation", party="BUPL Østjylland",
                  received=when, letter_date=D(2027, 10, 29),
                  stance={"personale": "imod", "sammenlaegning": "imod", "gadeteam": "neutral"},
                  overall="imod", emergent=("saerlige_behov",),
                  note="Two-column layout under a full-width banner; date line under the "
                  "signature. Gadeteam: 'kan være en god idé ... svært ved at vurdere' = open "
                  "doubt, neutral. Children with a diagnosis needing the same adults = "
                  "saerlige_behov. Kontingent, aabningstid, ungdomsskole not mentioned.")]


# --- 7/8 Lærerkredsen: cover mail and Word attachment -------------------------------------

@response
def laererkreds(folder: Path):
    mail, doc = "VS Høring klub og ungdomsskole - svar fra Bækkeby Lærerkreds.eml", \
        "Bækkeby Lærerkreds høringssvar.docx"
    when = at(31, 19, 12)
    blocks = [
        "Bækkeby Lærerkreds\nKreds 126 i Danmarks Lærerforening",
        "31. oktober 2027",
        "# Høringssvar om ungdomsskolens fremtid i den nye klubstruktur",
        "Kredsstyrelsen har læst forslaget med særlig opmærksomhed på de kolleger, der underviser "
        "i ungdomsskolen om eftermiddagen og aftenen.",
        "Vi frygter, at ungdomsskolen med forslaget bliver et vedhæng til klubberne. Ungdomsskolen "
        "har sit eget formål efter loven, sin egen bestyrelse og et undervisningstilbud, som de "
        "unge vælger til, fordi det er undervisning. Når den lægges ind under klubledelsen i det "
        "nye ungecenter, er der en reel risiko for, at holdene bliver til aktiviteter, og at "
        "lærertimerne bliver de første, der skæres, når budgettet skal gå op. Kredsen kan derfor "
        "ikke støtte den del af forslaget.",
        "Vi er også skeptiske over for, at flere opgaver fremover skal løses af unge på timeløn. "
        "Det gælder også de hold, hvor en lærer i dag har en fast hjælper.",
        "I øvrigt har kredsen ingen bemærkninger til forslaget.",
        f"{SIGN}\nMads Vestergaard\nkredsformand",
    ]
    attachment = built(docx, doc, blocks, when, author="Mads Vestergaard", right_align=[1])
    eml(folder / mail, sender="Bækkeby Lærerkreds <126@dlf.org>", to=INBOX,
        subject="VS: Høring klub og ungdomsskole - svar fra Bækkeby Lærerkreds", when=when,
        **MAILHOSTS, server="mail.dlf.org",
        body=("Hej\n\nHermed kredsens høringssvar, vedhæftet.\n\n"
              "Venlig hilsen\nPia Nørgaard\nkredskontoret, Bækkeby Lærerkreds\n"),
        attachments=[(doc, attachment)])
    (folder / doc).write_bytes(attachment)
    touch(folder / mail, when)
    touch(folder / doc, when)
    common = dict(sender="Bækkeby Lærerkreds", kind="organisation", party="Bækkeby Lærerkreds",
                  received=when)
    return [
        cover(mail, doc, **common, note="Covering mail from the union's domain, sent by the "
              "office; 'VS:' in the subject but nothing is forwarded."),
        label(doc, **common, container=mail, letter_date=D(2027, 10, 31),
              stance={"ungdomsskole": "imod", "personale": "imod"}, no_comment="rest",
              overall="imod",
              note="Personale is discussed only as 'unge på timeløn' (no keyword). 'I øvrigt "
              "har kredsen ingen bemærkninger til forslaget' = blanket no-comment on the rest."),
    ]


# --- 9 Skolebestyrelsen ved Tågerup Skole: scan ---------------------------------------------

@response
def skolebestyrelse(folder: Path):
    name = "Scan_20271026_0913.pdf"
    when = at(26, 9, 13)
    scan_pdf(folder / name, [
        "Skolebestyrelsen ved Tågerup Skole",
        "Skolevej 4, 8762 Tågerup",
        "",
        "Til Børn og Unge, Bækkeby Kommune",
        "",
        "Tågerup, 24. oktober 2027",
        "",
        "Høringssvar: Ny struktur for klub- og ungdomsskoleområdet",
        "",
        "Bevar klubben i Tågerup!",
        "",
        "Klubben ligger 200 meter fra skolen. Børnene går derover, når skolen",
        "slutter, og forældrene ved, hvor de er. Hvis Klub Tågerup lukker, er",
        "der 9 km til Lundsted ad Tågerupvej, som hverken har cykelsti eller",
        "lys. Det vil ingen forældre lade deres 11-årige cykle i november.",
        "",
        "Klubben er også en del af skolens arbejde med trivsel. Vi holder",
        "fælles forældremøder, og klubbens pædagoger deltager i elevsamtaler.",
        "",
        "Ændringen af åbningstiderne har bestyrelsen ikke taget stilling til.",
        "",
        "Med venlig hilsen",
        "",
        "Karina Dam",
        "formand for skolebestyrelsen",
    ], when, seed=11)
    touch(folder / name, when)
    return [label(name, sender="Skolebestyrelsen ved Tågerup Skole", kind="organisation",
                  party="Skolebestyrelsen ved Tågerup Skole", received=when,
                  letter_date=D(2027, 10, 24), stance={"sammenlaegning": "imod"},
                  no_comment=("aabningstid",), overall="imod", emergent=("transport",),
                  note="Scanned letter, no text layer. 'Bevar klubben i Tågerup!' = imod the "
                  "closure. 9 km on Tågerupvej without cycle path or light = transport. 'har "
                  "bestyrelsen ikke taget stilling til' = no comment on aabningstid. 'klubbens "
                  "pædagoger deltager i elevsamtaler' describes today's cooperation, not a "
                  "position on personale.")]


# --- 10/11 Forældrebestyrelsen i Klub Tågerup: cover and letterhead PDF ------------------

@response
def foraeldrebestyrelse(folder: Path):
    mail, doc = "Høringssvar fra forældrebestyrelsen i Klub Tågerup.eml", \
        "Høringssvar Klub Tågerup forældrebestyrelse.pdf"
    when = at(30, 11, 37)
    attachment = built(pdf, doc, [
        "Til Børne- og Ungeudvalget\nBækkeby Kommune",
        "Tågerup, 29. oktober 2027",
        "# Forældrebestyrelsens høringssvar",
        "Forældrebestyrelsen i Klub Tågerup er imod, at klubben lukkes og lægges sammen med "
        "klubben i Lundsted.",
        "Vi fik først besked om forslaget, da det allerede var sendt i høring, og det eneste "
        "informationsmøde blev holdt på rådhuset en tirsdag kl. 16. Det er ikke inddragelse. "
        "Vi havde gerne set, at forældre og børn var blevet hørt, før forslaget blev skrevet.",
        "Klubben er for mange familier i Tågerup det, der får hverdagen til at hænge sammen. "
        "Børnene kan gå fra skolen, og de får aftensmad i klubben tirsdag og torsdag, hvilket "
        "mange forældre med lang pendling er afhængige af. Til Lundsted er der ingen "
        "skolebus, og den offentlige bus går én gang i timen.",
        "Det, der gør vores klub god, er de to voksne, som har været der i mange år og kender "
        "alle børnene og deres forældre. Det tab kan ikke erstattes af unge hjælpere på "
        "timebasis, og vi er bekymrede for, at det bliver konsekvensen af den nye model.",
        "Endelig vil vi bede udvalget om at fastholde søskenderabatten. Vi har familier med tre "
        "børn i klubben.",
        f"{SIGN}\nPå vegne af forældrebestyrelsen\n\nJesper Kragh, formand",
    ], when, title="Høringssvar", author="Jesper Kragh",
        letterhead=["Klub Tågerup – forældrebestyrelsen", "Skolevej 6 · 8762 Tågerup"],
        right_align=[1])
    eml(folder / mail, sender="Jesper Kragh <jesper.kragh@gmail.com>", to=INBOX,
        subject="Høringssvar fra forældrebestyrelsen i Klub Tågerup", when=when, **MAILHOSTS,
        server="mail-sor2.google.com",
        body=("Til Børn og Unge\n\nVedhæftet er forældrebestyrelsens høringssvar vedrørende "
              "klubstrukturen.\n\nVenlig hilsen\nJesper Kragh\nformand for forældrebestyrelsen "
              "i Klub Tågerup\n"),
        attachments=[(doc, attachment)])
    (folder / doc).write_bytes(attachment)
    touch(folder / mail, when)
    touch(folder / doc, when)
    common = dict(sender="Forældrebestyrelsen i Klub Tågerup", kind="organisation",
                  party="Forældrebestyrelsen i Klub Tågerup", received=when)
    pd = (("name", "Jesper Kragh", "header"), ("email", "jesper.kragh@gmail.com", "header"))
    return [
        cover(mail, doc, **common, personal_data=pd,
              note="Sent from the chairman's private Gmail address; the board is the sender."),
        label(doc, **common, container=mail, letter_date=D(2027, 10, 29),
              stance={"sammenlaegning": "imod", "personale": "imod", "kontingent": "imod"},
              overall="imod", emergent=("inddragelse", "maaltid", "transport"),
              note="Letterhead PDF attached. Personale discussed without keywords ('de to "
              "voksne', 'unge hjælpere på timebasis'): concern = imod. 'fastholde "
              "søskenderabatten' = imod the cut. Meeting at 16 on a weekday = inddragelse; "
              "dinner Tuesdays and Thursdays = maaltid; bus once an hour = transport."),
    ]


# --- 12 Fællesrådet for Nørremark ---------------------------------------------------------

@response
def faellesraad(folder: Path):
    name = "Fællesrådet Nørremark - høringssvar.docx"
    when = at(28, 20, 3)
    docx(folder / name, [
        "Fællesrådet for Nørremark\nc/o Birgit Holm, Kirkebakken 12, 8763 Nørremark",
        "Nørremark, 28.10.2027",
        "# Høringssvar fra Fællesrådet for Nørremark",
        "Fællesrådet er naturligvis ked af, at byen mister sin klub, men vi har forståelse "
        "for den økonomiske situation og tager forvaltningens begrundelse for at samle "
        "klubberne til efterretning.",
        "Vi vil dog pege på, at der fra Nørremark ikke er en busforbindelse til Bækkeby efter "
        "kl. 18, og at rute 214 slet ikke kører i weekenden. Uden en løsning på transporten vil "
        "mange af byens unge i praksis ikke have et klubtilbud.",
        "Vi bakker varmt op om et mobilt gadeteam. Der har i det seneste år været uro ved "
        "stationen og hallen om aftenen, og vi tror på, at kendte voksne på gaden kan gøre en "
        "forskel.",
        "Vi må også konstatere, at borgermødet kun blev holdt i Bækkeby. Fællesrådet havde gerne "
        "lagt lokaler til et møde i Nørremark.",
        "Vi har ingen bemærkninger til forslagets øvrige punkter.",
        "Med venlig hilsen\nBirgit Holm\nformand",
    ], when, author="Birgit Holm", header="Fællesrådet for Nørremark")
    touch(folder / name, when)
    return [label(name, sender="Fællesrådet for Nørremark", kind="organisation",
                  party="Fællesrådet for Nørremark", received=when, letter_date=D(2027, 10, 28),
                  stance={"sammenlaegning": "neutral", "gadeteam": "støtter"}, no_comment="rest",
                  overall="støtter", emergent=("transport", "inddragelse"),
                  note="'tager ... til efterretning' with regret = neutral on sammenlaegning. "
                  "Route 214 and no bus after 18 = transport; the meeting only in Bækkeby = "
                  "inddragelse. Blanket no-comment on the rest. The c/o address is the "
                  "association's (its chairman's) - kept as organisation data.")]


# --- 13 Tågerup Købmandsgård (a shop) -------------------------------------------------------

@response
def koebmand(folder: Path):
    name = "Klubberne og de unge ved butikken.eml"
    when = at(18, 7, 55)
    eml(folder / name, sender="Tågerup Købmandsgård <kontor@taagerup-koebmand.dk>", to=INBOX,
        subject="Klubberne og de unge ved butikken", when=when, **MAILHOSTS,
        server="smtp.one.com",
        body=(
            "Kære Børn og Unge\n\n"
            "Vi har læst i Ugeavisen, at kommunen vil ændre klubberne, og vil gerne give vores "
            "besyv med som den butik i byen, der har åbent til kl. 22.\n\n"
            "Allerede i dag samles en flok unge på parkeringspladsen foran butikken, når klubben "
            "lukker. Det går for det meste fint, men der har været hærværk og et par episoder, "
            "hvor personalet er blevet truet. Hvis klubberne fremover lukker en time tidligere og "
            "slet ikke holder åbent om mandagen, er vi ret sikre på, at problemet bliver større. "
            "Det synes vi er en dårlig idé.\n\n"
            "Derimod er vi meget glade for tanken om et team, der er ude på gaden om aftenen og i "
            "weekenden. Det har vi efterlyst længe.\n\n"
            "Venlig hilsen\n"
            "Ole Brandt\n"
            "indehaver, Tågerup Købmandsgård A/S\n"
            "Hovedgaden 21, 8762 Tågerup\n"
        ))
    touch(folder / name, when)
    return [label(name, sender="Tågerup Købmandsgård A/S", kind="organisation", party=None,
                  received=when, letter_date=None,
                  stance={"aabningstid": "imod", "gadeteam": "støtter"}, overall="delvis",
                  note="A company outside the consultation list, mail body. Opening hours "
                  "described as closing an hour earlier and not on Mondays ('en dårlig idé') = "
                  "imod; the street team described as 'et team, der er ude på gaden' (no "
                  "keyword) = støtter. The shop's address is a business address.")]


# --- 14 Bækkeby Boligselskab ----------------------------------------------------------------

@response
def boligselskab(folder: Path):
    name = "Bækkeby Boligselskab - høringssvar.pdf"
    when = at(1, 13, 40, month=11)
    pdf(folder / name, [
        "Bækkeby Kommune\nBørn og Unge",
        "1. november 2027",
        "# Høringssvar – ny struktur på klub- og ungdomsskoleområdet",
        "Bækkeby Boligselskab har afdelinger i både Lundsted Vest og Nørremark og har gennem "
        "boligsociale helhedsplaner et tæt samarbejde med klubberne.",
        "Vi er ikke imod, at klubberne samles i færre og større huse. Et stærkt klubhus i "
        "Lundsted kan blive et godt sted for de unge i vores afdelinger.",
        "Vi er derimod bekymrede for, at klubberne skal holde lukket om mandagen. Vores "
        "ejendomsfunktionærer oplever allerede nu, at opgange og kældre bliver brugt som "
        "opholdssted de aftener, hvor der ikke er et andet sted at gå hen.",
        "Et mobilt gadeteam kan vi støtte, forudsat at teamet også dækker Lundsted Vest fredag "
        "og lørdag aften, og at der bliver et fast samarbejde med vores boligsociale "
        "medarbejdere.",
        f"{SIGN}\n\nTorben Riis\ndirektør",
    ], when, title="Høringssvar", author="Bækkeby Boligselskab",
        letterhead=["Bækkeby Boligselskab", "Stationsvej 40 · 8760 Bækkeby · Tlf. 86 12 40 00",
                    "www.baekkebybolig.dk"], right_align=[1])
    touch(folder / name, when)
    return [label(name, sender="Bækkeby Boligselskab", kind="organisation",
                  party="Bækkeby Boligselskab", received=when, letter_date=D(2027, 11, 1),
                  stance={"sammenlaegning": "støtter", "aabningstid": "imod", "gadeteam": "støtter"},
                  condition={"gadeteam": "at teamet også dækker Lundsted Vest fredag og lørdag "
                             "aften, og at der bliver et fast samarbejde med vores boligsociale "
                             "medarbejdere"},
                  overall="delvis",
                  note="Letterhead; arrived on the deadline day (not late). 'ikke imod, at "
                  "klubberne samles' = støtter; 'bekymrede for ... lukket om mandagen' = imod "
                  "aabningstid (two targets in two sentences).")]


# --- 15 Ungdomsskolebestyrelsen -------------------------------------------------------------

@response
def ungdomsskolebestyrelse(folder: Path):
    name = "Høringssvar Ungdomsskolebestyrelsen.docx"
    when = at(27, 8, 20)
    docx(folder / name, [
        "Ungdomsskolebestyrelsen i Bækkeby Kommune",
        "26. oktober 2027",
        "# Høringssvar",
        "Ungdomsskolebestyrelsen har på sit møde den 25. oktober drøftet forslaget til en ny "
        "struktur.",
        "Bestyrelsen kan tilslutte sig, at ungdomsskolen og klubberne får fælles ledelse i et "
        "ungecenter. Det kan give et mere sammenhængende tilbud til de unge. Det er dog en "
        "forudsætning for bestyrelsen, at ungdomsskolen bevarer sin egen bestyrelse og sit eget "
        "budget til undervisning, så holdtilbuddet ikke udhules.",
        "Bestyrelsen fraråder, at klubkontingentet hæves så markant. Mange af ungdomsskolens "
        "elever går også i klub, og en højere pris vil ramme de samme familier.",
        "Vedrørende personalet har bestyrelsen ikke noget at tilføje.",
        "Bestyrelsen vil gerne opfordre til, at elevrådet i ungdomsskolen og de unge i klubberne "
        "bliver inddraget i arbejdet med at indrette det nye ungecenter. Det er ikke sket i "
        "forberedelsen af forslaget.",
        f"{SIGN}\nSusanne Friis\nformand for ungdomsskolebestyrelsen",
    ], when, author="Ungdomsskolen Bækkeby", title="Høringssvar", right_align=[1])
    touch(folder / name, when)
    return [label(name, sender="Ungdomsskolebestyrelsen", kind="organisation",
                  party="Ungdomsskolebestyrelsen", received=when, letter_date=D(2027, 10, 26),
                  stance={"ungdomsskole": "støtter", "kontingent": "imod"},
                  no_comment=("personale",),
                  condition={"ungdomsskole": "at ungdomsskolen bevarer sin egen bestyrelse og "
                             "sit eget budget til undervisning"},
                  overall="delvis", emergent=("inddragelse",),
                  note="Ungdomsskole: 'kan tilslutte sig ... Det er dog en forudsætning' = "
                  "conditional support. 'ikke noget at tilføje' on personale = no comment. "
                  "Pupils not involved = inddragelse.")]


# --- 16 A citizen's mail forwarded by a staff member ------------------------------------------

@response
def videresendt(folder: Path):
    name = "VS Klubprisen.eml"
    sent = at(14, 22, 51)
    when = at(15, 8, 34)
    eml(folder / name, sender="Anne Vinther <anvi@baekkeby.dk>", to=INBOX,
        subject="VS: Klubprisen", when=when, **MAILHOSTS, server="BKEXCH01.baekkeby.local",
        body=(
            "Til høringspostkassen - kom ind i borgmesterens postkasse, men hører vel til her.\n\n"
            "Venlig hilsen\nAnne Vinther\nBorgmestersekretariatet\n\n"
            "-----Oprindelig meddelelse-----\n"
            "Fra: Mette Bruun <mettebruun77@hotmail.com>\n"
            "Sendt: 14. oktober 2027 22:51\n"
            "Til: Borgmester <borgmester@baekkeby.dk>\n"
            "Emne: Klubprisen\n\n"
            "Kære borgmester\n\n"
            "Jeg er alene med to drenge på 11 og 13, som begge går i klubben på Nørremarksvej. Nu "
            "kan jeg læse, at det skal koste 150 kr. om måneden pr. barn, og at man ikke længere "
            "får rabat, når man har to. Det er 300 kr. om måneden i stedet for 142,50, og det har "
            "jeg ikke råd til. Så må jeg vælge, hvem af dem der skal gå i klub.\n\n"
            "Jeg synes også, I skal tænke på, at mange børn får deres aftensmad i klubben. Min "
            "ældste spiser der om torsdagen, når jeg har aftenvagt.\n\n"
            "Mvh\nMette Bruun\nNørremarksvej 48, 8763 Nørremark\ntlf. 28 41 19 06\n"
        ))
    touch(folder / name, when)
    return [label(name, sender="Mette Bruun", kind="citizen", party=None, received=sent,
                  letter_date=None, stance={"kontingent": "imod"}, overall="imod",
                  emergent=("maaltid",),
                  personal_data=(("name", "Mette Bruun", "text"),
                                 ("email", "mettebruun77@hotmail.com", "text"),
                                 ("address", "Nørremarksvej 48, 8763 Nørremark", "text"),
                                 ("phone", "28 41 19 06", "text"),
                                 ("other", "alene med to drenge på 11 og 13", "text")),
                  note="Forwarded by a staff member (From header = the municipality): the "
                  "citizen in the quoted message is the sender; received = her original date "
                  "(14 October, to a municipal address). Fee and lost sibling discount described "
                  "with figures = imod kontingent. Dinner at the club = maaltid.")]


# --- 17-20 Form letter 'Bevar Klub Tågerup' ---------------------------------------------------

CAMPAIGN_TEXT = [
    "Jeg skriver for at protestere mod forslaget om at lukke Klub Tågerup.",
    "Klubben er et trygt sted for børnene i Tågerup, tæt på skolen og hjemmet. Hvis klubben "
    "lukker, skal børnene cykle 9 km til Lundsted ad en vej uden cykelsti, eller også må "
    "forældrene køre dem. Mange vil i stedet blive hjemme foran skærmen.",
    "En landsby uden klub er en landsby, børnefamilierne fravælger.",
    "Bevar Klub Tågerup!",
]


def _campaign(folder: Path, name: str, who: str, addr: str, street: str, when: dt.datetime,
              extra: str | None = None, plural: bool = False):
    text = list(CAMPAIGN_TEXT)
    if plural:
        text[0] = text[0].replace("Jeg skriver", "Vi skriver")
    if extra:
        text.insert(3, extra)
    body = "Til Børn og Unge\n\n" + "\n\n".join(text) + f"\n\nMed venlig hilsen\n{who}\n{street}\n"
    eml(folder / name, sender=f"{who} <{addr}>", to=INBOX, subject="Bevar Klub Tågerup",
        when=when, **MAILHOSTS, server="smtp.gmail.com" if "gmail" in addr else "mx.yousee.dk",
        body=body)
    touch(folder / name, when)
    return label(name, sender=who, kind="citizen", party=None, received=when, letter_date=None,
                 stance={"sammenlaegning": "imod"}, overall="imod", emergent=("transport",),
                 campaign="bevar_tagerup",
                 personal_data=(("name", who, "header"), ("email", addr, "header"),
                                ("name", who, "text"), ("address", street, "text")),
                 note="Form letter 'Bevar Klub Tågerup' in the mail body. "
                 "9 km without cycle path = transport.")


@response
def kampagne(folder: Path):
    entries = [
        _campaign(folder, "Bevar Klub Tågerup.eml", "Louise Skov", "louiseskov@gmail.com",
                  "Mosevej 3, 8762 Tågerup", at(19, 20, 14)),
        _campaign(folder, "Bevar Klub Tågerup (2).eml", "Thomas og Rikke Mølgaard",
                  "moelgaard.familie@youseemail.dk", "Tågerupvej 117, 8762 Tågerup",
                  at(20, 6, 58), plural=True),
        _campaign(folder, "Bevar Klub Tågerup - Peter Hald.eml", "Peter Hald",
                  "peterhald@gmail.com", "Skolevej 19, 8762 Tågerup", at(22, 17, 30),
                  extra="Min datter har gået i Klub Tågerup i tre år, og det er dér, hun har "
                  "fundet sine venner."),
    ]
    name = "Bevar Klub Tågerup - høringssvar.docx"
    when = at(23, 10, 5)
    docx(folder / name, ["Bækkeby Kommune, Børn og Unge", *CAMPAIGN_TEXT,
                         "Med venlig hilsen\nHanne Juhl\nLindevej 7, 8762 Tågerup"],
         when, author="Hanne Juhl")
    touch(folder / name, when)
    entries.append(label(name, sender="Hanne Juhl", kind="citizen", party=None, received=when,
                         letter_date=None, stance={"sammenlaegning": "imod"}, overall="imod",
                         emergent=("transport",), campaign="bevar_tagerup",
                         personal_data=(("name", "Hanne Juhl", "text"),
                                        ("address", "Lindevej 7, 8762 Tågerup", "text")),
                         note="The form letter as a Word file without a covering mail, no date line "
                         "(received = its mtime). 9 km without cycle path = transport."))
    return entries


# --- 21 A supportive parent (PDF) -------------------------------------------------------------

@response
def foraelder_pdf(folder: Path):
    name = "Høringssvar Rasmus Kjeldsen.pdf"
    when = at(21, 22, 10)
    pdf(folder / name, [
        "Rasmus Kjeldsen\nEngtoften 8\n8760 Bækkeby",
        "Bækkeby, 21. oktober 2027",
        "Høringssvar om klubberne",
        "Jeg har to børn i klub i Bækkeby og vil gerne sige, at jeg synes forslaget overordnet "
        "er fornuftigt.",
        "Klubben i byen er allerede i dag det sted, hvor der sker noget. Når de små klubber "
        "samles med den, bliver der flere børn og voksne og mulighed for flere værksteder, "
        "e-sport og ture. Det kan jeg kun støtte.",
        "Jeg kan også godt se ideen i at lægge ungdomsskolen og klubberne sammen, så de unge kan "
        "tage et hold direkte fra klubben.",
        "Den højere pris kan vi godt leve med, hvis pengene går til flere aktiviteter og ikke "
        "bare til at lukke et hul i budgettet.",
        "Om åbningstiderne har jeg ikke nogen mening, mine børn er hjemme kl. 18 alligevel.",
        "Venlig hilsen\nRasmus Kjeldsen",
    ], when, title="Høringssvar", author="Rasmus Kjeldsen", right_align=[1])
    touch(folder / name, when)
    return [label(name, sender="Rasmus Kjeldsen", kind="citizen", party=None, received=when,
                  letter_date=D(2027, 10, 21),
                  stance={"sammenlaegning": "støtter", "ungdomsskole": "støtter",
                          "kontingent": "støtter"},
                  no_comment=("aabningstid",),
                  condition={"kontingent": "hvis pengene går til flere aktiviteter og ikke bare "
                             "til at lukke et hul i budgettet"},
                  overall="støtter",
                  personal_data=(("name", "Rasmus Kjeldsen", "text"),
                                 ("address", "Engtoften 8, 8760 Bækkeby", "text")),
                  note="Sammenlaegning described as 'de små klubber samles' (no keyword), "
                  "support. 'kan godt se ideen i' = støtter ungdomsskole. 'Den højere pris kan vi "
                  "godt leve med, hvis' = conditional support on kontingent. 'ikke nogen mening' "
                  "on opening hours = no comment.")]


# --- 22 A late parent's mail ------------------------------------------------------------------

@response
def sen_forelder(folder: Path):
    name = "Høringssvar - klub for børn med særlige behov.eml"
    when = at(3, 23, 2, month=11)
    eml(folder / name, sender="Kim Rosendahl <kim.rosendahl@mail.dk>", to=INBOX,
        subject="Høringssvar - klubberne (undskyld, lidt sent)", when=when, **MAILHOSTS,
        server="smtp.mail.dk",
        body=(
            "Hej\n\n"
            "Jeg ved godt, at fristen er overskredet, men håber, I vil læse det alligevel.\n\n"
            "Min søn på 12 har ADHD og går i Klub Nørremark. Det er første gang, han har et "
            "fritidstilbud, han selv vil i. Det skyldes, at der er 25 børn og de samme tre voksne "
            "hver dag. Han kender reglerne, og de voksne ved, hvornår han har brug for at gå "
            "ind i det lille rum og trække vejret.\n\n"
            "Jeg er meget bekymret for, hvad der sker, når han skal gå i et stort klubhus i "
            "Lundsted. Jeg tror ikke, han vil komme afsted, og så sidder han derhjemme igen. Jeg "
            "vil bede jer om at lade Nørremark-klubben blive, eller i det mindste sikre et mindre "
            "og roligt tilbud til de børn, der ikke kan rumme de store rammer.\n\n"
            "Venlig hilsen\nKim Rosendahl\n"
        ))
    touch(folder / name, when)
    return [label(name, sender="Kim Rosendahl", kind="citizen", party=None, received=when,
                  letter_date=None, stance={"sammenlaegning": "imod"}, overall="imod",
                  emergent=("saerlige_behov",),
                  personal_data=(("name", "Kim Rosendahl", "header"),
                                 ("email", "kim.rosendahl@mail.dk", "header"),
                                 ("name", "Kim Rosendahl", "text"),
                                 ("health", "Min søn på 12 har ADHD", "text")),
                  note="Late (3 November, after the 1 November deadline). 'lade "
                  "Nørremark-klubben blive' = imod sammenlaegning. A son with ADHD needing a "
                  "small, calm club = saerlige_behov.")]


CONSULTATION = {
    "title": "Ny struktur for klub- og ungdomsskoleområdet",
    "case_number": "27/20417",
    "committee": "Børne- og Ungeudvalget",
    "from": "Børn og Unge",
    "municipality": "Bækkeby Kommune",
    "sent": "2027-10-04",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "transport": {
        "label": "Transport og afstand til klubben",
        "description": "Børn og unge, der ikke kan komme til et klubhus længere væk: busser, der "
        "holder op om aftenen eller kører sjældent, veje uden cykelsti og lys, forældre, der må "
        "køre, og unge, der ikke selv kan tage bussen.",
    },
    "saerlige_behov": {
        "label": "Børn og unge med særlige behov i de store klubber",
        "description": "Unge med autisme, ADHD, angst eller i en udsat position, som har brug for "
        "små, overskuelige rammer, rolige rum og de samme voksne.",
    },
    "maaltid": {
        "label": "Aftensmad og madordning i klubberne",
        "description": "Klubbernes aftensmad, som for nogle børn er dagens varme måltid og som "
        "forældre med aftenvagt eller lang pendling regner med; køkkenet i det nye klubhus.",
    },
    "inddragelse": {
        "label": "Inddragelse af unge og forældre",
        "description": "De unge, forældrene og lokalsamfundene er ikke blevet spurgt; møder på "
        "rådhuset midt på dagen; ønsket om at være med til at planlægge det nye ungecenter.",
    },
}

CAMPAIGNS = {
    "bevar_tagerup": "Enslydende borgerbrev 'Bevar Klub Tågerup' (4 breve: tre e-mails og en "
    "Word-fil; et i flertal, et med et personligt afsnit tilføjet)",
}


ABOUT = (
    "Reference labels for dev011 (fictional: Bækkeby Kommune, 'Ny struktur for klub- og "
    "ungdomsskoleområdet'), whose files make_dev011.py writes; a held-out set written "
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
