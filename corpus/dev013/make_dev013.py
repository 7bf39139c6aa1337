"""Development consultation dev013: Ålykke Kommune, "Ny madservice til ældre – centralkøkken og
kølemad" (fictional), the responses as they reached Sundhed og Omsorg.

    python corpus/dev013/make_dev013.py OUTDIR                 # writes the response files
    python corpus/dev013/make_dev013.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, staff
committees, unions, associations, a relatives' council, a user council, a private meal
supplier and citizens), and labelled the way a careful reader labels them. The file makers
are shared with the other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Sundhed og Omsorg <hoering.omsorg@aalykke.dk>"
MAILHOSTS = {"relay": "mx2.aalykke.dk", "exchange": "AKEXCH01.aalykke.local"}
DEADLINE = dt.date(2027, 11, 29)
THEMES = ("centralkoekken", "koelemad", "priser", "menuvalg", "spisevenner")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, month=11, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response


# ---------------------------------------------------------------------------
# Councils


@response
def aeldreraadet(folder: Path) -> list[dict]:
    name = "Ældrerådets høringssvar - madservice.docx"
    when = at(22, 9, 40)
    touch(docx(folder / name, [
        "Ålykke Kommune\nSundhed og Omsorg\nAtt.: Ældre- og Sundhedsudvalget",
        "22. november 2027",
        "# Høringssvar fra Ældrerådet: Ny madservice til ældre",
        "Ældrerådet har på sit møde den 17. november drøftet forslaget om en ny madservice. "
        "Rådet vil indledningsvis understrege, at maden er en af de ting, der betyder allermest "
        "for livskvaliteten, når man er gammel og svækket. Vi har derfor gennemgået forslaget "
        "punkt for punkt.",
        "# Centralkøkken",
        "Ældrerådet tager til efterretning, at plejecentrenes egne køkkener nedlægges, og at al "
        "mad fremover skal laves i et centralkøkken i Ålykke. Vi forstår de økonomiske og "
        "hygiejnemæssige argumenter, men vil følge udviklingen tæt.",
        "# Levering tre gange om ugen",
        "Her kan Ældrerådet ikke støtte forvaltningens forslag. Mange af de borgere, der i dag får "
        "varm mad bragt ud hver dag, er meget svage, og en del har svært ved selv at varme en "
        "bakke i mikrobølgeovnen – synet er dårligt, hænderne vil ikke, eller hukommelsen svigter. "
        "Hvem skal sikre, at maden bliver varmet og spist?",
        "# Priser",
        "Rådet kan acceptere den nye pris på 67 kr. for en hovedret, forudsat at prisen ikke "
        "stiger yderligere de næste to år, og at borgere med den laveste pension fortsat kan få "
        "hjælp via personligt tillæg.",
        "# Menuvalg",
        "Vi ønsker at fastholde de fem retter at vælge imellem. Når man kun kan spise lidt, er det "
        "afgørende, at man får noget, man har lyst til. Ældre, der spiser for lidt, taber sig, "
        "mister muskelkraft og falder oftere – det vil koste kommunen mere, end der spares.",
        "# Spisevenner i aktivitetscentrene",
        "Ældrerådet bakker varmt op om spisefællesskaberne. Ensomhed ved måltidet er et stort "
        "problem, og det er en god idé at samle folk om et fælles bord på aktivitetscentrene.",
        f"{SIGN}\n\nKirsten Brøndum\nformand for Ældrerådet",
    ], when, author="Ældrerådet", right_align=(1,)), when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2027, 11, 22), received=when,
        stance={"centralkoekken": "neutral", "koelemad": "imod", "priser": "støtter",
                "menuvalg": "imod", "spisevenner": "støtter"},
        condition={"priser": "at prisen ikke stiger yderligere de næste to år, og at borgere med "
                   "den laveste pension fortsat kan få hjælp via personligt tillæg"},
        overall="delvis", emergent=("opvarmning", "ernaering"),
        note="Headings follow the proposal. Centralkøkken: 'tager til efterretning' = neutral. "
        "'fastholde de fem retter' = imod the cut in menu choices. Heating the tray (sight, hands, "
        "memory) = opvarmning; eating too little, weight loss, falls = ernaering.",
    )]


@response
def handicapraadet(folder: Path) -> list[dict]:
    name = "Handicaprådet - høringssvar madservice.pdf"
    when = at(24, 14, 5)
    touch(pdf(folder / name, [
        "24. november 2027",
        "# Høringssvar vedr. ny madservice",
        "Handicaprådet har behandlet sagen om den nye madservice på rådets møde i november.",
        "Rådet er bekymret for, hvordan borgere med nedsat funktionsevne skal klare at få maden "
        "leveret kun tre gange om ugen. Kølemaden kommer i vakuumpakkede bakker, som skal "
        "opbevares korrekt i køleskabet og åbnes og opvarmes af borgeren selv. For en borger med "
        "gigt i hænderne, lammelser efter en blodprop eller et stærkt nedsat syn er det ikke en "
        "lille ting. Rådet frygter, at en del vil springe måltider over.",
        "For mange borgere med handicap er chaufføren, der kommer med maden, også den eneste, de "
        "ser i løbet af dagen. Det daglige besøg giver en tryghed, som forsvinder med forslaget.",
        "Spisevennerne på aktivitetscentrene kan Handicaprådet gå ind for, under forudsætning af "
        "at der tilbydes kørsel, og at lokalerne og toiletterne er tilgængelige for "
        "kørestolsbrugere.",
        "Handicaprådet har ikke bemærkninger til forslagets øvrige elementer.",
        f"{SIGN}\n\nLone Skafte\nformand",
    ], when, title="Høringssvar Handicaprådet", author="Handicaprådet",
        letterhead=("Handicaprådet i Ålykke Kommune", "Sekretariat: Sundhed og Omsorg · "
                    "Torvet 1 · 5690 Ålykke"), right_align=(0,)), when)
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 11, 24), received=when,
        stance={"koelemad": "imod", "spisevenner": "støtter"},
        condition={"spisevenner": "at der tilbydes kørsel, og at lokalerne og toiletterne er "
                   "tilgængelige for kørestolsbrugere"},
        no_comment="rest", overall="delvis", emergent=("opvarmning", "daglig_kontakt"),
        note="Letterhead, no element headings. 'er bekymret for' levering tre gange om ugen = imod "
        "koelemad. Spisevenner: 'kan gå ind for, under forudsætning af' = conditional støtter. "
        "Blanket 'ikke bemærkninger til forslagets øvrige elementer' covers centralkoekken, priser, "
        "menuvalg. Trays to open and heat = opvarmning; the driver as the only visitor = daglig_kontakt.",
    )]


@response
def integrationsraadet(folder: Path) -> list[dict]:
    name = "Høringssvar fra Integrationsrådet.eml"
    when = at(26, 20, 12)
    mail(folder / name, sender="Integrationsrådet <integrationsraadet@aalykke.dk>",
         subject="Høringssvar fra Integrationsrådet – madservice", when=when, server="smtp.aalykke.dk",
         body=(
             "Til Sundhed og Omsorg\n\n"
             "Integrationsrådet har drøftet forslaget om ny madservice på vores møde den 25. november "
             "og vil gerne komme med et par bemærkninger.\n\n"
             "Vi er ikke imod, at kommunen samler madproduktionen ét sted. Det kan give en mere ensartet "
             "kvalitet, og det giver mening for os.\n\n"
             "Til gengæld er vi bekymrede for, at der fremover kun skal være to hovedretter at vælge "
             "imellem. I dag kan ældre borgere med muslimsk baggrund som regel finde en ret uden "
             "svinekød blandt de fem. Hvis der kun er to retter, og den ene er med svinekød, står de "
             "tilbage med ét valg eller ingenting. Rådet opfordrer til, at der altid er en ret uden "
             "svinekød, og at man overvejer halal-kød.\n\n"
             "Spisevennerne er en sympatisk tanke. Vi er dog i tvivl om, hvorvidt ældre fra "
             "vores miljøer vil bruge tilbuddet, hvis der ikke tages hensyn til sprog og mad. Det "
             "vil vi gerne være med til at drøfte.\n\n"
             "Venlig hilsen\n"
             "Hamid Rahimi\n"
             "Formand for Integrationsrådet, Ålykke Kommune\n"
         ))
    return [label(
        name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
        letter_date=None, received=when,
        stance={"centralkoekken": "støtter", "menuvalg": "imod", "spisevenner": "neutral"},
        overall="delvis",
        note="Mail body from the council's municipal address. 'Vi er ikke imod, at kommunen samler "
        "madproduktionen ét sted' = negated opposition = støtter centralkoekken (no keyword). "
        "Concern about two dishes = imod menuvalg. Spisevenner: sympathetic but in doubt whether used "
        "= neutral. Pork-free/halal raised only here (not labelled). Koelemad and priser not "
        "mentioned, no blanket sentence.",
    )]


# ---------------------------------------------------------------------------
# Staff and unions


@response
def med_udvalget(folder: Path) -> list[dict]:
    name = "MED-udvalget Sundhed og Omsorg - høringssvar.pdf"
    when = at(25, 15, 30)
    touch(pdf(folder / name, [
        "# MED-udvalget for Sundhed og Omsorg",
        "## Høringssvar: Ny madservice til ældre (sag 27/20415)",
        "MED-udvalget har drøftet forslaget på et ekstraordinært møde den 23. november 2027. "
        "Medarbejdersiden og ledelsessiden står sammen bag dette svar, bortset fra hvor andet er "
        "nævnt.",
        "## Køkkenerne",
        "Medarbejdersiden er dybt bekymret over, at der ikke længere skal laves mad på "
        "plejecentrene. Der er i dag 23 medarbejdere i de fire køkkener. Det er uklart, hvor mange "
        "der tilbydes stilling i det nye køkken på Industrivej, og hvad der sker med dem, der ikke "
        "kan møde kl. 6 om morgenen langt fra deres bopæl. Ledelsessiden deler bekymringen for "
        "medarbejderne, men anerkender de driftsmæssige fordele.",
        "Begge parter vil gerne pege på, at duften af mad og lyden af gryder er en del af hverdagen "
        "på et plejecenter. Beboerne følger med i, hvad der skal spises, og nogle hjælper til med "
        "at skrælle kartofler. Det er svært at erstatte med en bakke, der varmes op.",
        "## Levering af mad til hjemmeboende",
        "MED-udvalget tager omlægningen til kølemad til efterretning.",
        "## Priser og menuvalg",
        "Forslagene om nye priser og færre retter giver ikke anledning til bemærkninger fra "
        "MED-udvalget.",
        "## Spisevenner",
        "MED-udvalget ser positivt på spisefællesskaberne og på, at aktivitetscentrene får en "
        "større rolle.",
        "På vegne af MED-udvalget\n\nSøren Kaae, næstformand (medarbejdersiden)\n"
        "Anette Graversen, formand (ledelsessiden)",
    ], when, title="Høringssvar MED", author="MED Sundhed og Omsorg"), when)
    return [label(
        name, sender="MED-udvalget for Sundhed og Omsorg", kind="organisation",
        party="MED-udvalget for Sundhed og Omsorg", letter_date=None, received=when,
        stance={"centralkoekken": "imod", "koelemad": "neutral", "spisevenner": "støtter"},
        no_comment=("priser", "menuvalg"), overall="delvis",
        emergent=("medarbejdere", "maaltidsoplevelse"),
        note="Bold run-in headings. No date line (only the meeting date, 23 November, in the first "
        "sentence), so letter_date is null. Centralkøkken discussed as 'der ikke længere skal laves mad på plejecentrene' "
        "(no keyword); 'dybt bekymret' = imod (management side only acknowledges advantages, the "
        "joint letter's position is concern). Koelemad: 'tager ... til efterretning' = neutral. "
        "'giver ikke anledning til bemærkninger' = no comment on priser and menuvalg. Staff "
        "numbers, 6 o'clock shifts = medarbejdere; smell of food, residents peeling potatoes = "
        "maaltidsoplevelse.",
    )]


@response
def lmu_egevang(folder: Path) -> list[dict]:
    attachment = "LMU Egevang høringssvar.docx"
    name = "VS høring madservice - LMU Egevang.eml"
    when = at(27, 11, 2)
    data = built(docx, attachment, [
        "Høringssvar fra LMU, Plejecenter Egevang",
        "Egevang, 26.11.2027",
        "LMU på Plejecenter Egevang har læst forslaget om den nye madservice med stor "
        "bekymring, og vi vil opfordre udvalget til at lade køkkenet på Egevang blive, hvor "
        "det er.",
        "Vores ernæringsassistenter kender beboerne. De ved, hvem der skal have sin grød lidt "
        "tyndere, hvem der kun spiser, hvis der er brun sovs, og hvem der har tabt sig de sidste "
        "uger. De laver ekstra mellemmåltider og energitæt mad til de beboere, der er ved at blive "
        "underernærede. Den viden forsvinder, når maden kommer i kasser fra Industrivej.",
        "Et plejecenter er et hjem. Når man går gennem gangen kl. 11 og dufter frikadeller, ved man, "
        "at det snart er frokost – også selv om man har demens og ikke kan læse et ur. Det er en del "
        "af det at bo her.",
        "Vi er også bekymrede for vores kolleger i køkkenet. Flere har været her i over 20 år og "
        "har ikke kørekort, og Industrivej ligger ikke på en buslinje.",
        "Til de øvrige dele af forslaget har LMU ingen bemærkninger.",
        "For LMU\nBente Rask, leder\nMaria Holt, TR",
    ], when - dt.timedelta(days=1), author="Bente Rask", right_align=(1,))
    mail(folder / name, sender="Bente Rask <bera@aalykke.dk>",
         subject="VS: høring madservice - LMU Egevang", when=when,
         body=("Hej\n\nHermed LMU på Egevangs høringssvar, vedhæftet.\n\n"
               "Venlig hilsen\nBente Rask\nCenterleder, Plejecenter Egevang\nTlf. 6352 1180\n"),
         attachments=[(attachment, data)])
    common = dict(sender="LMU Plejecenter Egevang", kind="organisation", party="LMU Plejecenter Egevang",
                  received=when)
    return [
        cover(name, attachment, **common,
              note="Covering mail from the centre manager's municipal address on behalf of the LMU; "
              "the response is the attached DOCX."),
        label(attachment, **common, letter_date=D(2027, 11, 26), role="response", container=name,
              stance={"centralkoekken": "imod"}, no_comment="rest", overall="imod",
              emergent=("ernaering", "maaltidsoplevelse", "medarbejdere"),
              note="No headings, no element keyword: 'lade køkkenet på Egevang blive, hvor det er' = "
              "imod centralkoekken (supporting what is cut). Mellemmåltider, underernærede beboere = "
              "ernaering; smell of frikadeller, a home = maaltidsoplevelse; colleagues without driving "
              "licence = medarbejdere. Blanket 'Til de øvrige dele ... ingen bemærkninger' = koelemad, "
              "priser, menuvalg, spisevenner no comment."),
    ]


@response
def foa(folder: Path) -> list[dict]:
    name = "FOA Ålykke høringssvar madservice.pdf"
    when = at(28, 10, 15)
    touch(pdf(folder / name, [
        "Ålykke Kommune\nSundhed og Omsorg\nTorvet 1\n5690 Ålykke",
        "Ålykke, den 28. november 2027",
        "# FOA Ålykkes høringssvar om ny madservice",
        "FOA Ålykke organiserer både køkkenmedarbejderne på plejecentrene og social- og "
        "sundhedshjælperne i hjemmeplejen. Forslaget rammer begge grupper.",
        "FOA er imod nedlæggelsen af køkkenerne på plejecentrene. Forslaget betyder, at en række "
        "stillinger nedlægges eller flyttes til centralkøkkenet, og vi har ikke fået svar på, om "
        "alle vil blive tilbudt en stilling, eller om der bliver tale om afskedigelser. Vi forventer, "
        "at forvaltningen inddrager tillidsrepræsentanterne, før der træffes beslutning.",
        "FOA kan heller ikke anbefale, at den daglige udbringning af varm mad afløses af kølemad "
        "tre gange om ugen. I praksis bliver det hjemmeplejen, der skal varme maden for de borgere, "
        "der ikke selv kan. Det tager tid, som ikke er afsat i besøgene, og det er ikke regnet med "
        "i forslagets økonomi.",
        "Vores medlemmer i hjemmeplejen oplever i øvrigt ofte, at madudbringeren er den, der "
        "opdager, at en borger er faldet eller ikke har det godt. Den funktion mister man.",
        f"{SIGN}\n\nJannie Thomsen\nafdelingsformand, FOA Ålykke",
    ], when, title="Høringssvar FOA Ålykke", author="FOA Ålykke",
        letterhead=("FOA Ålykke", "Fagforeningen for offentligt ansatte · Vestergade 12 · 5690 Ålykke · "
                    "aalykke@foa.dk"), right_align=(1,)), when)
    return [label(
        name, sender="FOA Ålykke", kind="organisation", party="FOA Ålykke",
        letter_date=D(2027, 11, 28), received=when,
        stance={"centralkoekken": "imod", "koelemad": "imod"}, overall="imod",
        emergent=("medarbejdere", "opvarmning", "daglig_kontakt"),
        note="Letterhead; address block to the municipality. 'er imod nedlæggelsen' = imod; "
        "'kan heller ikke anbefale' = imod koelemad. Jobs, dismissals = medarbejdere; home care must "
        "heat the food = opvarmning; the driver discovers falls = daglig_kontakt. Priser, menuvalg, "
        "spisevenner not mentioned, no blanket sentence.",
    )]


@response
def kost_ernaering(folder: Path) -> list[dict]:
    name = "Kost og Ernæringsforbundet - høringssvar Ålykke.docx"
    when = at(29, 16, 48)
    touch(docx(folder / name, [
        "Høringssvar – ny madservice i Ålykke Kommune",
        "Kost & Ernæringsforbundet takker for muligheden for at afgive høringssvar. Forbundet "
        "organiserer ernæringsassistenter, professionsbachelorer i ernæring og sundhed og "
        "kliniske diætister.",
        "Et moderne produktionskøkken kan sagtens levere mad af høj kvalitet. Vi kan derfor "
        "støtte omlægningen, forudsat at køkkenet bemandes med kostfagligt uddannet personale, "
        "og at de nuværende ernæringsassistenter tilbydes at følge med.",
        "Vi er heller ikke imod cook-chill som metode. Kølemad, der er produceret og håndteret "
        "korrekt, er fuldt på højde med mad, der holdes varm i flere timer under udbringningen.",
        "Til gengæld fraråder vi kraftigt at skære ned til to hovedretter. Ældre med lille appetit "
        "spiser mere, når de selv har valgt maden, og kommunen har i forvejen mange borgere i "
        "ernæringsmæssig risiko. Færre valg vil føre til mindre indtag og flere, der taber sig "
        "uønsket. Vi anbefaler, at der som minimum også er en energi- og proteinrig ret hver dag.",
        "Vi gør desuden opmærksom på, at plejecentrene uden eget køkken mister den kostfaglige "
        "kompetence tæt på beboerne. Der bør fortsat være en ernæringsassistent eller diætist "
        "tilknyttet hvert center.",
        "Med venlig hilsen\nKost & Ernæringsforbundet\nRikke Dam, faglig konsulent",
    ], when, author="Rikke Dam", title="Høringssvar Ålykke"), when)
    return [label(
        name, sender="Kost & Ernæringsforbundet", kind="organisation", party="Kost & Ernæringsforbundet",
        letter_date=None, received=when,
        stance={"centralkoekken": "støtter", "koelemad": "støtter", "menuvalg": "imod"},
        condition={"centralkoekken": "at køkkenet bemandes med kostfagligt uddannet personale, og at "
                   "de nuværende ernæringsassistenter tilbydes at følge med"},
        overall="delvis", emergent=("ernaering", "medarbejdere"),
        note="No date line; arrived on the deadline day. 'Et moderne produktionskøkken ... kan "
        "støtte omlægningen, forudsat at' = conditional støtter. 'heller ikke imod cook-chill' = "
        "negated opposition = støtter koelemad ('heller ikke' is an additive negation, not "
        "opposition). 'fraråder kraftigt at skære ned til to hovedretter' = imod menuvalg. "
        "Ernæringsmæssig risiko, weight loss, protein = ernaering; staff following the move and "
        "kostfaglig kompetence = medarbejdere.",
    )]


# ---------------------------------------------------------------------------
# Associations


@response
def aeldre_sagen(folder: Path) -> list[dict]:
    name = "Ældre Sagen Ålykke - høringssvar.pdf"
    when = at(27, 13, 20)
    touch(pdf(folder / name, [
        "Ældre Sagen har spurgt sine medlemmer i Ålykke, hvad de mener om den nye madservice. Over "
        "200 svarede, og budskabet er ikke til at tage fejl af.",
        "# Varm mad hver dag",
        "Ældre Sagen Ålykke er imod, at den daglige udbringning afskaffes. Et varmt måltid, der "
        "kommer til døren ved middagstid, er for mange det faste holdepunkt i dagen, og for "
        "nogle er buddet det eneste menneske, de taler med. Mange af vores medlemmer fortæller, at "
        "de er usikre på, hvordan bakkerne skal varmes, og hvor længe maden kan holde sig.",
        "# Prisen",
        "Prisen stiger fra 58 til 67 kr. for en hovedret. Det er en stigning på over 15 procent "
        "samtidig med, at borgeren får færre leveringer og færre valg. Det finder vi urimeligt, og "
        "vi opfordrer udvalget til at fastholde den nuværende pris.",
        "# Valgmuligheder",
        "To retter er for lidt. Mange ældre spiser i forvejen for lidt, og hvis retten ikke "
        "falder i ens smag, bliver den stående. Behold de fem retter.",
        "# Hvor maden laves",
        "Om maden laves i et centralkøkken eller på plejecentrene, har vi ikke nogen holdning til, "
        "så længe den smager godt.",
        "# Spisevenner",
        "Her er vi positive. Vi stiller gerne frivillige til rådighed som værter ved "
        "fællesspisningen i aktivitetscentrene.",
        "Ældre Sagen Ålykke\nLokalkomiteen\nv/ Ole Bech Nielsen, formand",
    ], when, title="Ældre Sagen Ålykke", author="Ældre Sagen Ålykke", columns=2,
        banner=("Ældre Sagen Ålykke", "Høringssvar: Ny madservice til ældre · november 2027")), when)
    return [label(
        name, sender="Ældre Sagen Ålykke", kind="organisation", party="Ældre Sagen Ålykke",
        letter_date=None, received=when,
        stance={"koelemad": "imod", "priser": "imod", "menuvalg": "imod", "spisevenner": "støtter"},
        no_comment=("centralkoekken",), overall="delvis",
        emergent=("daglig_kontakt", "opvarmning", "ernaering"),
        note="Two-column PDF with a full-width banner ('november 2027', no date line). 'er imod, at "
        "den daglige udbringning afskaffes' = imod koelemad; 'fastholde den nuværende pris' = imod "
        "priser; 'Behold de fem retter' = imod menuvalg; 'Her er vi positive' = støtter spisevenner. "
        "'har vi ikke nogen holdning til, så længe den smager godt' = no comment on centralkoekken. "
        "The bud as the only person to talk to = daglig_kontakt; unsure how to heat trays = "
        "opvarmning; eating too little = ernaering.",
    )]


@response
def paaroerende_solgaarden(folder: Path) -> list[dict]:
    attachment = "Pårørenderådet Solgården - høringssvar.pdf"
    name = "Høringssvar madservice.eml"
    when = at(20, 19, 55)
    data = built(pdf, attachment, [
        "Pårørenderådet ved Plejecenter Solgården",
        "20. november 2027",
        "# Høringssvar om den nye madservice",
        "Vi er en gruppe pårørende til beboere på Solgården, og vi skriver, fordi vi er meget "
        "kede af forslaget om, at der ikke længere skal laves mad i huset.",
        "Vores mødre, fædre og ægtefæller har ikke ret meget tilbage af det liv, de havde. Men "
        "de kan stadig glæde sig til maden. Når køkkenet summer om formiddagen, og der dufter af "
        "stegt flæsk eller æblekage, kommer der liv i fællesstuen. Vi har set beboere, der ellers "
        "ikke spiser meget, tage om igen, fordi de selv har kunnet følge med i, hvad der blev lavet.",
        "Køkkenpersonalet på Solgården kender vores pårørende og laver små portioner, ekstra fløde "
        "i suppen og et stykke kage om eftermiddagen til dem, der er ved at tabe sig. Vi frygter, "
        "at flere vil blive underernærede, når maden kommer færdig udefra.",
        "Vi beder derfor udvalget om at bevare køkkenet på Solgården.",
        "Om der skal være to eller fem retter, har vi ingen kommentarer til – på Solgården spiser "
        "beboerne alligevel det, der bliver lavet den dag.",
        "På vegne af Pårørenderådet\nLisbeth Kjær, formand",
    ], when, right_align=(1,), author="Lisbeth Kjær")
    mail(folder / name, sender="Lisbeth Kjær <lisbeth.kjaer@outlook.dk>", subject="Høringssvar madservice",
         when=when, server="outbound.protection.outlook.com",
         body=("Kære Sundhed og Omsorg\n\nVedhæftet er høringssvar fra Pårørenderådet ved Plejecenter "
               "Solgården.\n\nMvh Lisbeth Kjær\n"),
         attachments=[(attachment, data)])
    common = dict(sender="Pårørenderådet ved Plejecenter Solgården", kind="organisation",
                  party="Pårørenderådet ved Plejecenter Solgården", received=when)
    pd = (("name", "Lisbeth Kjær", "header"), ("email", "lisbeth.kjaer@outlook.dk", "header"))
    return [
        cover(name, attachment, **common, personal_data=pd,
              note="Covering mail from the chair's private address; the council is the sender."),
        label(attachment, **common, letter_date=D(2027, 11, 20), role="response", container=name,
              stance={"centralkoekken": "imod"}, no_comment=("menuvalg",), overall="imod",
              emergent=("maaltidsoplevelse", "ernaering"),
              personal_data=(("name", "Lisbeth Kjær", "text"),),
              note="Centralkøkken never named: 'der ikke længere skal laves mad i huset', 'bevare "
              "køkkenet på Solgården' = imod. Smell of food, life in the common room = "
              "maaltidsoplevelse; small portions, losing weight, underernærede = ernaering. 'Om der "
              "skal være to eller fem retter, har vi ingen kommentarer til' = no comment on menuvalg "
              "(with a reason). Koelemad, priser, spisevenner not mentioned."),
    ]


@response
def dh(folder: Path) -> list[dict]:
    name = "Høring - ny madservice.eml"
    when = at(29, 8, 31)
    mail(folder / name, sender="DH Ålykke <aalykke@handicap.dk>", subject="SV: Høring - ny madservice",
         when=when, server="mail.handicap.dk",
         body=("Til Sundhed og Omsorg\n\n"
               "DH Ålykke har gennemgået høringsmaterialet om ny madservice til ældre og har ingen "
               "bemærkninger til forslaget.\n\n"
               "Med venlig hilsen\nPia Lund\nDH Ålykke\n"))
    return [label(
        name, sender="DH Ålykke", kind="organisation", party="DH Ålykke", letter_date=None,
        received=when, no_comment=THEMES, overall="ingen bemærkninger",
        note="A response with no remarks at all: blanket no comment on the whole proposal.",
    )]


@response
def brugerraad_lyngbo(folder: Path) -> list[dict]:
    name = "Scan_Lyngbo_20271124.pdf"
    when = at(24, 10, 2)
    touch(scan_pdf(folder / name, [
        "Brugerrådet ved Aktivitetscentret Lyngbo",
        "Lyngbovej 40, 5690 Ålykke",
        "",
        "Til Ældre- og Sundhedsudvalget",
        "",
        "Ålykke 21. november 2027",
        "",
        "Høringssvar om madservice",
        "",
        "Brugerrådet har drøftet forslaget på vores møde den 19. november.",
        "",
        "Vi glæder os over, at aktivitetscentrene skal have",
        "spisevenner. Mange af vores brugere bor alene og spiser",
        "alene, og her kommer de gerne. Det kræver dog, at der er",
        "plads i vores lille køkken til at anrette maden, og at",
        "kommunen sørger for kørsel for dem, der ikke kan tage bussen.",
        "",
        "Til forslaget om centralkøkken og de nye priser har",
        "brugerrådet ingen bemærkninger.",
        "",
        "Med venlig hilsen",
        "",
        "Erik Nørgaard",
        "formand for brugerrådet",
    ], when, seed=13, angle=-0.7), when)
    return [label(
        name, sender="Brugerrådet ved Aktivitetscentret Lyngbo", kind="organisation",
        party="Brugerrådet ved Aktivitetscentret Lyngbo", letter_date=D(2027, 11, 21), received=when,
        stance={"spisevenner": "støtter"},
        condition={"spisevenner": "at der er plads i vores lille køkken til at anrette maden, og at "
                   "kommunen sørger for kørsel for dem, der ikke kan tage bussen"},
        no_comment=("centralkoekken", "priser"), overall="støtter",
        note="Scanned letter, no text layer. 'Vi glæder os over ... Det kræver dog' = støtter with a "
        "condition. Named no-comment on centralkoekken and priser. Transport to the centre is raised "
        "here and by Handicaprådet only (two responses, not labelled).",
    )]


# ---------------------------------------------------------------------------
# A company


@response
def madhuset(folder: Path) -> list[dict]:
    name = "Høringssvar Madhuset Fyn ApS.pdf"
    when = at(26, 9, 10)
    touch(pdf(folder / name, [
        "Ålykke Kommune\nSundhed og Omsorg",
        "26. november 2027",
        "# Høringssvar vedrørende ny madservice",
        "Madhuset Fyn ApS er i dag godkendt leverandør under frit valg i Ålykke Kommune og leverer "
        "mad til ca. 140 borgere i kommunen.",
        "Vi har leveret kølemad tre gange om ugen i tolv år, og vores erfaring er, at det fungerer "
        "godt for langt de fleste borgere. Vi støtter derfor kommunens forslag om at gå over til "
        "kølemad.",
        "Vi hilser det også velkommen, at prisen for kommunens egen mad nu kommer til at afspejle "
        "de faktiske omkostninger. Den hidtidige pris har gjort det vanskeligt for private "
        "leverandører at konkurrere på lige vilkår.",
        "Beslutningen om at samle produktionen i ét køkken tager vi til efterretning; det er "
        "kommunens egen sag, hvordan den organiserer sin produktion.",
        "Vi vil dog gerne opfordre til, at kommunen fortsat sikrer borgerne frit valg af "
        "leverandør, og at det nye centralkøkken i lighed med os bruger råvarer fra lokale "
        "leverandører, hvor det er muligt.",
        f"{SIGN}\n\nMadhuset Fyn ApS\nKarsten Vinther, direktør",
    ], when, title="Høringssvar", author="Karsten Vinther",
        letterhead=("MADHUSET FYN", "Madhuset Fyn ApS · Håndværkervej 7 · 5700 Svendborg · CVR 31 45 88 20"),
        right_align=(1,)), when)
    return [label(
        name, sender="Madhuset Fyn ApS", kind="organisation", party=None,
        letter_date=D(2027, 11, 26), received=when,
        stance={"koelemad": "støtter", "priser": "støtter", "centralkoekken": "neutral"},
        overall="støtter",
        note="Not a consulted party; letterhead. 'Vi støtter' = støtter koelemad; 'hilser det "
        "velkommen, at prisen ... afspejle de faktiske omkostninger' = støtter priser; "
        "'tager vi til efterretning' = neutral centralkoekken. Frit valg and local produce raised "
        "here (local produce also by one citizen: not labelled). Overall støtter (support and a "
        "neutral, no opposition).",
    )]


# ---------------------------------------------------------------------------
# Citizens


@response
def inger_holm(folder: Path) -> list[dict]:
    name = "Maden.eml"
    when = at(9, 17, 44)
    mail(folder / name, sender="Inger Holm <ingerholm1941@mail.dk>", subject="Maden",
         when=when, server="smtp.mail.dk", mailer="Microsoft Outlook 16.0",
         body=("Til dem det vedkommer\n\n"
               "Jeg har læst i avisen at vi ikke længere skal have mad hver dag. Jeg er 86 år og "
               "har fået mad fra kommunen i fire år. Jeg kan ikke stå ved komfuret mere, for jeg har "
               "dårlig ryg og har svært ved at se tallene på mikroovnen. Min datter bor i Aarhus.\n\n"
               "Når manden kommer med maden kl. 12, så ved jeg at dagen er begyndt. Han spørger altid "
               "hvordan det går, og en gang var det ham der ringede efter hjælp da jeg var faldet i "
               "entreen. Hvem skal se til mig nu?\n\n"
               "Og så skal man kun kunne vælge mellem to retter. Jeg spiser ikke fisk, så mange dage "
               "bliver det nok bare til en rugbrødsmad. Jeg har allerede tabt mig 4 kilo siden "
               "foråret, siger lægen.\n\n"
               "Jeg håber I tænker jer godt om.\n\n"
               "Venlig hilsen\nInger Holm\nSkovbrynet 3, st. tv.\n5690 Ålykke\n"))
    pd = (("name", "Inger Holm", "header"), ("email", "ingerholm1941@mail.dk", "header"),
          ("name", "Inger Holm", "text"), ("address", "Skovbrynet 3, st. tv.\n5690 Ålykke", "text"),
          ("other", "Jeg er 86 år", "text"),
          ("health", "jeg har dårlig ryg og har svært ved at se", "text"),
          ("health", "Jeg har allerede tabt mig 4 kilo siden foråret, siger lægen", "text"))
    return [label(
        name, sender="Inger Holm", kind="citizen", letter_date=None, received=when,
        stance={"koelemad": "imod", "menuvalg": "imod"}, overall="imod",
        emergent=("opvarmning", "daglig_kontakt", "ernaering"), personal_data=pd,
        note="Early (read about it in the paper). No element keyword for koelemad ('ikke længere "
        "skal have mad hver dag', 'Hvem skal se til mig nu?') = imod; 'kun kunne vælge mellem to "
        "retter' with the consequence = imod menuvalg. Microwave numbers = opvarmning; the driver "
        "who found her after a fall = daglig_kontakt; weight loss = ernaering.",
    )]


@response
def poul_erik(folder: Path) -> list[dict]:
    attachment = "Høringssvar madservice PEM.docx"
    name = "høringssvar.eml"
    when = at(23, 21, 3)
    data = built(docx, attachment, [
        "Poul Erik Madsen\nKirkevænget 18\n5690 Ålykke",
        "Ålykke d. 23/11-2027",
        "Vedr. ny madservice",
        "Jeg er pensionist og har madservice, fordi jeg har været syg og ikke kan lave mad selv. "
        "Jeg har intet imod at få maden i køleskabet, det klarer jeg fint.",
        "Men at prisen skal op på 67 kr. kan jeg ikke forstå. Det er næsten 2.000 kr. om måneden, "
        "og det er mange penge, når man kun har folkepension og et lille tillæg. Jeg synes ikke "
        "det er rimeligt, at det er os der skal betale for kommunens besparelser.",
        "Spisevennerne er ikke noget for mig, jeg spiser helst i fred, men det kan sikkert være "
        "godt for andre.",
        "Til resten har jeg ikke noget at tilføje.",
        "Venlig hilsen\nPoul Erik Madsen",
    ], when, author="PEM", right_align=(1,))
    mail(folder / name, sender="Poul Erik Madsen <pem.kirkevaenget@gmail.com>",
         subject="høringssvar", when=when, server="mail-sor-f41.google.com",
         body="Se vedhæftede\n\nPoul Erik\n", attachments=[(attachment, data)])
    common = dict(sender="Poul Erik Madsen", kind="citizen", received=when)
    return [
        cover(name, attachment, **common,
              personal_data=(("name", "Poul Erik Madsen", "header"),
                             ("email", "pem.kirkevaenget@gmail.com", "header"), ("name", "Poul Erik", "text")),
              note="Two-line covering mail; the response is the DOCX."),
        label(attachment, **common, letter_date=D(2027, 11, 23), role="response", container=name,
              stance={"koelemad": "støtter", "priser": "imod", "spisevenner": "neutral"},
              no_comment="rest", overall="delvis",
              personal_data=(("name", "Poul Erik Madsen", "text"),
                             ("address", "Kirkevænget 18\n5690 Ålykke", "text"),
                             ("health", "fordi jeg har været syg og ikke kan lave mad selv", "text"),
                             ("other", "når man kun har folkepension og et lille tillæg", "text")),
              note="'intet imod at få maden i køleskabet' = negated opposition = støtter koelemad "
              "(no keyword). 'kan jeg ikke forstå ... ikke rimeligt' = imod priser. Spisevenner: not "
              "for me but maybe good for others = neutral. 'Til resten har jeg ikke noget at tilføje' "
              "= blanket no comment on centralkoekken and menuvalg."),
    ]


@response
def hanne_forwarded(folder: Path) -> list[dict]:
    name = "VS Min far på Solgården og maden.eml"
    original = at(15, 22, 18)
    when = at(17, 8, 52)
    mail(folder / name, sender="Mette Winther <mewi@aalykke.dk>",
         subject="VS: Min far på Solgården og maden", when=when, server="smtp.aalykke.dk",
         body=("Til høringspostkassen – borgeren har skrevet til visitationen, men det er et "
               "høringssvar. Videresendt med hendes accept.\n\n"
               "Mette Winther\nVisitator, Sundhed og Omsorg\n\n"
               "-----Oprindelig meddelelse-----\n"
               "Fra: Hanne Vestergaard <hanne.vestergaard@jubii.dk>\n"
               "Sendt: 15. november 2027 22:18\n"
               "Til: Visitationen <visitation@aalykke.dk>\n"
               "Emne: Min far på Solgården og maden\n\n"
               "Hej\n\n"
               "Min far på 91 bor på Solgården og har en svær demens. Han kan ikke længere sige, "
               "når han er sulten, men når han mærker duften fra køkkenet, går han selv hen mod "
               "spisestuen. Det er et af de få tidspunkter, hvor han virker tryg.\n\n"
               "Nu læser jeg, at køkkenet skal lukke, og at maden skal laves i et stort køkken "
               "på Industrivej. Det synes jeg er en rigtig dårlig idé. Han har tabt sig meget det "
               "seneste år, og personalet har kæmpet for at få ham til at spise. Jeg er bange for, "
               "at han holder op med at spise helt.\n\n"
               "Jeg håber, at det her kan komme med som et høringssvar.\n\n"
               "Venlig hilsen\nHanne Vestergaard\n"))
    return [label(
        name, sender="Hanne Vestergaard", kind="citizen", letter_date=None, received=original,
        stance={"centralkoekken": "imod"}, overall="imod",
        emergent=("maaltidsoplevelse", "ernaering"),
        personal_data=(("name", "Hanne Vestergaard", "text"),
                       ("email", "hanne.vestergaard@jubii.dk", "text"),
                       ("other", "Min far på 91 bor på Solgården", "text"),
                       ("health", "har en svær demens", "text"),
                       ("health", "Han har tabt sig meget det seneste år", "text")),
        note="Forwarded by a municipal visitator (not the sender); the citizen wrote to "
        "visitation@aalykke.dk on 15 November = received. 'rigtig dårlig idé' = imod centralkoekken. "
        "Smell from the kitchen guiding a resident with dementia = maaltidsoplevelse; weight loss = "
        "ernaering. Staff name in the forwarding header is not personal data of the sender.",
    )]


# The form letter: a citizens' group's text, sent by mail, once with a personal line added,
# once in the plural, once typed into a Word file.
VARM_MAD = (
    "Jeg vil hermed protestere mod forslaget om, at ældre i Ålykke Kommune fremover kun skal have "
    "mad bragt ud tre gange om ugen.\n\n"
    "{personal}"
    "Et varmt måltid hver dag er ikke luksus. For mange ældre er madudbringningen det eneste faste "
    "besøg i løbet af dagen, og det er tit chaufføren, der opdager, hvis noget er galt.\n\n"
    "Kølemad i køleskabet hjælper ikke den, der ikke kan finde ud af at varme den, eller som "
    "glemmer at den står der.\n\n"
    "Bevar den daglige udbringning af varm mad!\n\n"
)


def campaign_entry(name, sender, when, pd, note, letter_date=None, **kw):
    return label(name, sender=sender, kind="citizen", letter_date=letter_date, received=when,
                 stance={"koelemad": "imod"}, overall="imod", emergent=("daglig_kontakt", "opvarmning"),
                 campaign="varm_mad", personal_data=pd, note=note, **kw)


@response
def campaign_1(folder: Path) -> list[dict]:
    name = "Bevar den daglige varme mad.eml"
    when = at(12, 10, 5)
    mail(folder / name, sender="Gitte Søndergaard <gitte.sondergaard@gmail.com>",
         subject="Bevar den daglige varme mad", when=when, server="mail-wr1-f49.google.com",
         body=VARM_MAD.format(personal="") + "Med venlig hilsen\nGitte Søndergaard\nToftevej 9, 5690 Ålykke\n")
    return [campaign_entry(name, "Gitte Søndergaard", when,
                           (("name", "Gitte Søndergaard", "header"), ("email", "gitte.sondergaard@gmail.com", "header"),
                            ("name", "Gitte Søndergaard", "text"), ("address", "Toftevej 9, 5690 Ålykke", "text")),
                           "Form letter, unchanged text. 'Bevar den daglige udbringning' = imod koelemad.")]


@response
def campaign_2(folder: Path) -> list[dict]:
    name = "Høringssvar - madservice.eml"
    when = at(13, 14, 30)
    mail(folder / name, sender="Aksel Jepsen <aksel.jepsen@stofanet.dk>", subject="Høringssvar - madservice",
         when=when, server="smtp.stofanet.dk",
         body=VARM_MAD.format(personal=(
             "Min kone får selv mad fra kommunen, og jeg kan se hvad det betyder for hende at der "
             "kommer en forbi hver dag.\n\n")) + "Hilsen\nAksel Jepsen\n")
    return [campaign_entry(name, "Aksel Jepsen", when,
                           (("name", "Aksel Jepsen", "header"), ("email", "aksel.jepsen@stofanet.dk", "header"),
                            ("name", "Aksel Jepsen", "text"),
                            ("other", "Min kone får selv mad fra kommunen", "text")),
                           "Form letter with a personal paragraph about his wife.")]


@response
def campaign_3(folder: Path) -> list[dict]:
    name = "Protest mod kølemad.eml"
    when = at(14, 9, 12)
    text = VARM_MAD.format(personal="").replace("Jeg vil hermed", "Vi vil hermed")
    mail(folder / name, sender="Else og Bent Lauridsen <ebl@privat.dk>", subject="Protest mod kølemad",
         when=when, server="smtp.privat.dk",
         body=text + "Venlig hilsen\nElse og Bent Lauridsen\nMøllebakken 22\n5690 Ålykke\n")
    return [campaign_entry(name, "Else og Bent Lauridsen", when,
                           (("name", "Else og Bent Lauridsen", "header"), ("email", "ebl@privat.dk", "header"),
                            ("name", "Else og Bent Lauridsen", "text"),
                            ("address", "Møllebakken 22\n5690 Ålykke", "text")),
                           "Form letter in the plural, signed by a couple.")]


@response
def campaign_4(folder: Path) -> list[dict]:
    name = "Høringssvar Kaj Brandt.docx"
    when = at(16, 11, 0)
    blocks = ["Kaj Brandt\nSkolegade 5, 1. th.\n5690 Ålykke", "16. november 2027"]
    blocks += [p for p in VARM_MAD.format(personal="").split("\n\n") if p]
    blocks += ["Venlig hilsen\nKaj Brandt"]
    touch(docx(folder / name, blocks, when, author="Kaj Brandt", right_align=(1,)), when)
    return [campaign_entry(name, "Kaj Brandt", when,
                           (("name", "Kaj Brandt", "text"), ("address", "Skolegade 5, 1. th.\n5690 Ålykke", "text")),
                           "Form letter typed into a Word file with an address block and a date line.",
                           letter_date=D(2027, 11, 16))]


@response
def birthe_knud(folder: Path) -> list[dict]:
    name = "Birthe og Knud Falk - madservice.pdf"
    when = at(19, 15, 0)
    touch(pdf(folder / name, [
        "Birthe og Knud Falk\nRosenvænget 41\n5690 Ålykke",
        "Ålykke, 18. november 2027",
        "Høringssvar til den nye madservice",
        "Vi er begge over 80 og har fået mad fra kommunen, siden Knud fik sin hofte opereret. Vi "
        "vil gerne sige, at vi synes forslaget er fornuftigt.",
        "To retter er rigeligt for os. Vi tager alligevel altid den samme slags mad, og det har "
        "været spild, at køkkenet skulle lave fem forskellige retter hver dag.",
        "Vi er ikke imod at få maden tre gange om ugen, så længe den smager, som den gør i dag, og "
        "der fortsat er en kartoffel og sovs til.",
        "Den nye pris tager vi til efterretning. Det er dyrere, men alting er blevet dyrere.",
        "Spisevennerne vil vi gerne prøve. Vi kommer i forvejen på Nørrevang til gymnastik om "
        "tirsdagen, så det passer os fint.",
        "Med venlig hilsen\nBirthe og Knud Falk",
    ], when, author="Knud Falk", right_align=(1,)), when)
    return [label(
        name, sender="Birthe og Knud Falk", kind="citizen", letter_date=D(2027, 11, 18), received=when,
        stance={"menuvalg": "støtter", "koelemad": "støtter", "priser": "neutral", "spisevenner": "støtter"},
        condition={"koelemad": "at den smager, som den gør i dag, og der fortsat er en kartoffel og sovs til"},
        overall="støtter",
        personal_data=(("name", "Birthe og Knud Falk", "text"), ("address", "Rosenvænget 41\n5690 Ålykke", "text"),
                       ("other", "Vi er begge over 80", "text"),
                       ("health", "siden Knud fik sin hofte opereret", "text")),
        note="Plain PDF, no letterhead. 'To retter er rigeligt' = støtter the reduction. 'ikke imod "
        "..., så længe' = negated opposition with a condition = støtter with condition. Pris: 'tager "
        "vi til efterretning' = neutral. Centralkøkken: 'spild, at køkkenet skulle lave fem "
        "forskellige retter' is about menu choices, not the kitchen move; centralkoekken not discussed "
        "(the opening 'forslaget er fornuftigt' is a general verdict, not a position on it).",
    )]


@response
def jens_kromann(folder: Path) -> list[dict]:
    name = "Kommentar til madservice-forslaget.eml"
    when = at(30, 7, 58)
    mail(folder / name, sender="Jens Kromann <jens@kromann-mail.dk>",
         subject="Kommentar til madservice-forslaget", when=when, server="smtp.kromann-mail.dk",
         body=("Goddag\n\n"
               "Jeg har været kok i 35 år, de sidste 12 i et storkøkken, og vil gerne give min mening "
               "til kende, selv om jeg kan se at fristen var i går.\n\n"
               "At samle produktionen er det eneste rigtige. Fire små køkkener, der hver især skal "
               "leve op til fødevarekontrollens krav, er dyrt og sårbart ved sygdom. Det har "
               "forvaltningen ret i.\n\n"
               "Kølemad kan være lige så god som varm mad, hvis kølekæden overholdes hele vejen ud til "
               "borgerens køleskab. Det skal der følges op på, ellers går det galt.\n\n"
               "Hvor mange retter man skal kunne vælge imellem, skal jeg ikke blande mig i.\n\n"
               "Jeg vil til sidst opfordre til, at man køber ind hos fynske producenter. Det giver "
               "bedre råvarer og en mad, borgerne kan genkende.\n\n"
               "Med venlig hilsen\nJens Kromann\nStrandvejen 102\n5690 Ålykke\n"))
    return [label(
        name, sender="Jens Kromann", kind="citizen", letter_date=None, received=when,
        stance={"centralkoekken": "støtter", "koelemad": "støtter"},
        condition={"koelemad": "at kølekæden overholdes hele vejen ud til borgerens køleskab"},
        no_comment=("menuvalg",), overall="støtter",
        personal_data=(("name", "Jens Kromann", "header"), ("email", "jens@kromann-mail.dk", "header"),
                       ("name", "Jens Kromann", "text"), ("address", "Strandvejen 102\n5690 Ålykke", "text")),
        note="Late (the day after the deadline). 'At samle produktionen er det eneste rigtige' = "
        "støtter centralkoekken (no keyword). Kølemad 'kan være lige så god ..., hvis kølekæden "
        "overholdes' = conditional støtter. 'skal jeg ikke blande mig i' = no comment on menuvalg. "
        "Local produce (also Madhuset) raised by two responses: not labelled.",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Ny madservice til ældre – centralkøkken og kølemad",
    "case_number": "27/20415",
    "committee": "Ældre- og Sundhedsudvalget",
    "from": "Sundhed og Omsorg",
    "municipality": "Ålykke Kommune",
    "sent": "2027-11-01",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "ernaering": {
        "label": "Underernæring og vægttab",
        "description": "Ældre, der spiser for lidt og taber sig, mellemmåltider og energitæt kost, "
        "borgere i ernæringsmæssig risiko, fald og tab af muskelkraft.",
    },
    "opvarmning": {
        "label": "Borgere, der ikke selv kan varme og håndtere maden",
        "description": "Dårligt syn, gigt, lammelser eller demens, mikrobølgeovn og vakuumbakker; "
        "hjemmeplejen, der skal varme maden.",
    },
    "daglig_kontakt": {
        "label": "Det daglige besøg ved madudbringningen",
        "description": "Chaufføren som eneste daglige besøg, der ser til borgeren og opdager fald "
        "eller sygdom; tryghed og fast holdepunkt i dagen.",
    },
    "medarbejdere": {
        "label": "Køkkenmedarbejdernes forhold",
        "description": "Stillinger, der nedlægges eller flyttes, afskedigelser, mødetid og transport "
        "til det nye køkken, kostfagligt personale og tillidsrepræsentanter.",
    },
    "maaltidsoplevelse": {
        "label": "Måltidet og madlavningen som en del af hverdagen på plejecentret",
        "description": "Duften af mad, livet omkring køkkenet, beboere der følger med i eller "
        "hjælper til med madlavningen, plejecentret som et hjem.",
    },
}

CAMPAIGNS = {
    "varm_mad": "Enslydende borgerbrev 'Bevar den daglige varme mad' (4 breve: tre e-mails og en "
    "Word-fil; et med et personligt afsnit tilføjet, et i flertal)",
}


ABOUT = (
    "Reference labels for dev013 (fictional: Ålykke Kommune, 'Ny madservice til ældre – "
    "centralkøkken og kølemad'), whose files make_dev013.py writes; a held-out set written "
    "without reading hoering's reading rules or the other sets' letters. Same schema as "
    "dev002 (see its labels.json 'about'). One entry per file; role 'cover' = an e-mail whose "
    "response is its attachment (container names the e-mail). letter_date = the letter's own "
    "date line or null; received = the e-mail's Date (for a forwarded e-mail the original's date, when the "
    "citizen wrote to a municipal address), else the day the file arrived (its mtime). stance per "
    "theme: støtter | imod | neutral (concern = imod, opposing a cut = imod, negated opposition "
    "'er ikke imod' = støtter, conditional acceptance = støtter with the condition in condition, "
    "'tager til efterretning' and open doubt = neutral). themes_no_comment = elements named only "
    "to say no comment, or covered by a blanket sentence on the other elements or on the whole "
    "proposal. overall: støtter | imod | delvis (both støtter and imod among the stances) | "
    "neutral | ingen bemærkninger. emergent = keys of topics outside the codebook raised by at "
    "least three responses; a topic one or two letters alone raise is not labelled. campaign = "
    "form-letter group id. No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
