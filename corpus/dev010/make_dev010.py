"""Development consultation dev010: Lyngmose Kommune, "Ny struktur for børne- og
ungdomstandplejen" (fictional), the responses as they reached Børn og Skole.

    python corpus/dev010/make_dev010.py OUTDIR                 # writes the response files
    python corpus/dev010/make_dev010.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, school
boards, staff, unions, associations, a bus company, a private dental practice and parents),
and labelled the way a careful reader labels them. The file makers are shared with the other
sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, logo_png, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringssvar Børn og Skole <hoering.boernogskole@lyngmose.dk>"
MAILHOSTS = {"relay": "mx2.lyngmose.dk", "exchange": "LMEXCH01.lyngmose.local"}
DEADLINE = dt.date(2028, 3, 6)
THEMES = ("klinikker", "centralklinik", "transport", "aabningstid", "tandregulering", "prioritering")
D = dt.date
SIGN = "Med venlig hilsen"
SUBJECT = "Høring: Ny struktur for børne- og ungdomstandplejen (sagsnr. 28/02214)"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2028, month=2, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response


# --- councils ---------------------------------------------------------------------------------


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - tandplejen.eml"
    when = at(15, 9, 12)
    mail(folder / name, sender="Ældrerådet i Lyngmose <aeldreraadet@lyngmose.dk>",
         subject="SV: " + SUBJECT, when=when, server="mail.lyngmose.dk",
         body=(
             "Til Børn og Skole\n\n"
             "Ældrerådet har behandlet høringsmaterialet om tandplejen for børn og unge på "
             "sit møde den 14. februar.\n\n"
             "Sagen vedrører ikke rådets område direkte, og Ældrerådet har derfor ingen "
             "bemærkninger til høringen.\n\n"
             "Med venlig hilsen\n\nKirsten Bach\nformand for Ældrerådet i Lyngmose Kommune\n"))
    return [label(name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
                  received=when, letter_date=None, no_comment="rest", overall="ingen bemærkninger",
                  note="A single sentence: no comments on the consultation as a whole (blanket "
                  "over every element).")]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar fra Handicaprådet - børnetandplejen.pdf"
    when = at(27, 14, 5)
    pdf(folder / name, [
        "Lyngmose Kommune\nBørn og Skole\nAtt.: Børne- og Skoleudvalget",
        "27. februar 2028",
        "# Høringssvar vedr. ny struktur for børne- og ungdomstandplejen",
        "Handicaprådet har på sit møde den 22. februar drøftet forslaget om en ny struktur "
        "for tandplejen til børn og unge.",
        "Rådet er imod, at de små klinikker på skolerne lukkes. For mange børn med "
        "handicap, og særligt for børn med autisme eller ADHD, er et besøg hos tandplejen "
        "allerede svært. Det hjælper, at klinikken ligger på den skole, barnet kender, og at "
        "det er den samme tandplejer, der tager imod år efter år. Forsvinder det, risikerer "
        "vi, at flere børn skal i generel bedøvelse for at kunne blive behandlet.",
        "Samtidig er vi bekymrede for, at børnene skal transporteres i skolebus til "
        "Lyngmose. En del af vores børn kan ikke klare en bustur sammen med en hel klasse "
        "uden en voksen, de kender.",
        "Hvis byrådet alligevel beslutter at samle tandplejen i Sundhedshuset, kan "
        "Handicaprådet acceptere det, forudsat at klinikken indrettes med fuld "
        "tilgængelighed, herunder plads til kørestol i behandlingsrummet, og at der "
        "afsættes et skærmet venteværelse til børn, der har brug for ro.",
        "Handicaprådet har ikke bemærkninger til forslagets øvrige dele.",
        "På vegne af Handicaprådet\n\nJens Ole Vestergaard\nformand",
    ], when, letterhead=("Handicaprådet i Lyngmose Kommune",
                         "Rådhustorvet 1 · 7740 Lyngmose · handicapraadet@lyngmose.dk"),
        title="Høringssvar Handicaprådet", author="Handicaprådet", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
                  received=when, letter_date=D(2028, 2, 27),
                  stance={"klinikker": "imod", "transport": "imod", "centralklinik": "støtter"},
                  condition={"centralklinik": "at klinikken indrettes med fuld tilgængelighed, "
                             "herunder plads til kørestol i behandlingsrummet, og at der afsættes "
                             "et skærmet venteværelse til børn, der har brug for ro"},
                  no_comment="rest", overall="delvis", emergent=("tryghed",),
                  note="Letterhead. 'de små klinikker på skolerne' = klinikker without its keywords. "
                  "'bekymrede for' transport = imod. Conditional acceptance of the central clinic "
                  "('kan ... acceptere det, forudsat at') = støtter with condition. Known school and "
                  "same dental nurse for children with autism/ADHD = tryghed. Blanket no-comment "
                  "covers aabningstid, tandregulering, prioritering.")]


@response
def integrationsraadet(folder: Path):
    name = "Integrationsrådet - høringssvar tandpleje.docx"
    when = at(1, 16, 40, month=3)
    docx(folder / name, [
        "Til Børne- og Skoleudvalget",
        "Høringssvar fra Integrationsrådet",
        "# Ny struktur for børne- og ungdomstandplejen",
        "Integrationsrådet takker for muligheden for at give sit besyv med.",
        "Rådet tager til efterretning, at tandplejen samles i Sundhedshuset. Det er vigtigt, "
        "at der er skiltning på flere sprog, så familierne kan finde vej.",
        "Vi ser det som en klar forbedring, at tandplejen fremover holder åbent til kl. 18 "
        "to dage om ugen. Mange forældre i vores målgruppe har arbejde med tidlige eller "
        "skæve vagter, f.eks. i rengøring og på slagteriet, og har svært ved at nå en tid "
        "midt på dagen.",
        "Derimod finder vi det betænkeligt, at børn, som vurderes at have sunde tænder, kun "
        "skal ses hvert andet år. Tandstatus kan ændre sig hurtigt, og i familier, hvor man "
        "ikke er vant til at gå til tandlæge, er det ofte netop det faste, årlige besøg, der "
        "fanger problemerne i tide.",
        "Rådet vil i den forbindelse pege på et problem, som allerede findes i dag: "
        "indkaldelserne kommer som brev i Digital Post og kun på dansk. Flere forældre har "
        "fortalt os, at de ikke har opdaget indkaldelsen, og at barnet derfor er blevet "
        "noteret som udeblevet. Vi foreslår, at tandplejen også sender en sms-påmindelse, og "
        "at der i højere grad bruges tolk ved samtaler med forældrene.",
        "Integrationsrådet har ingen bemærkninger til tandreguleringen.",
        "Med venlig hilsen\nAmina Hassan\nForperson, Integrationsrådet",
    ], when, author="Amina Hassan", title="Høringssvar Integrationsrådet")
    touch(folder / name, when)
    return [label(name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
                  received=when, letter_date=None,
                  stance={"centralklinik": "neutral", "aabningstid": "støtter", "prioritering": "imod"},
                  no_comment=("tandregulering",), overall="delvis", emergent=("kommunikation",),
                  note="'tager til efterretning, at tandplejen samles i Sundhedshuset' = neutral "
                  "centralklinik (the signage wish is not a condition). Opening until 18 called 'en klar forbedring' = støtter. Longer intervals "
                  "for healthy teeth 'betænkeligt' = imod (written without the keywords: 'hvert "
                  "andet år'). Digital Post only in Danish, sms reminders, interpreters = "
                  "kommunikation. Explicit no-comment on tandregulering; the clinics, central "
                  "clinic and transport are not mentioned and no blanket sentence covers them.")]


# --- staff and unions -------------------------------------------------------------------------


@response
def lmu_tandplejen(folder: Path):
    name = "LMU Tandplejen - høringssvar.pdf"
    when = at(29, 11, 30)
    pdf(folder / name, [
        "# Høringssvar fra LMU, Den Kommunale Tandpleje",
        "LMU har drøftet forslaget på et ekstraordinært møde den 26. februar 2028. "
        "Høringssvaret følger forslagets opbygning.",
        "## 1. Lukning af skoleklinikkerne",
        "LMU tager forslaget om at lukke de tre skoleklinikker til efterretning. Vi er klar "
        "over, at klinikkerne er nedslidte, og at udstyret i Havdrup ikke lever op til "
        "nutidens krav.",
        "## 2. Centralklinik i Sundhedshuset",
        "LMU bakker op om en samlet klinik. Det giver et stærkere fagligt miljø, mindre "
        "alenearbejde, bedre mulighed for at dække ind ved sygdom og en fælles "
        "sterilcentral i stedet for tre.",
        "## 3. Kørsel med skolebus",
        "Modellen kan fungere, men kun hvis der altid er en voksen fra skolen med i bussen. "
        "Det kan ikke være tandplejens personale, der skal hente og bringe klasserne.",
        "## 4. Åbningstider",
        "Medarbejderne er ikke tilhængere af de sene åbningstider. Vi har allerede svært ved "
        "at rekruttere tandplejere og klinikassistenter, og vagter til kl. 18 vil gøre det "
        "sværere.",
        "## 5. Tandregulering",
        "Ingen bemærkninger.",
        "## 6. Individuelle intervaller",
        "Det giver fagligt god mening at bruge tiden på de børn, der har størst behov. LMU "
        "støtter forslaget.",
        "## Øvrigt",
        "Vi oplever i dag mange udeblivelser, fordi forældrene ikke åbner deres Digital "
        "Post. Hvis intervallerne bliver længere, bliver det endnu vigtigere, at "
        "indkaldelserne faktisk når frem, f.eks. via sms eller Aula.",
        "For LMU\n\nTina Kjærgaard, næstformand (medarbejdersiden)\n"
        "Henrik Dam, overtandlæge og formand",
    ], when, title="LMU høringssvar", author="Tina Kjærgaard")
    touch(folder / name, when)
    return [label(name, sender="LMU Den Kommunale Tandpleje", kind="organisation",
                  party="LMU Den Kommunale Tandpleje", received=when, letter_date=None,
                  stance={"klinikker": "neutral", "centralklinik": "støtter", "transport": "støtter",
                          "aabningstid": "imod", "prioritering": "støtter"},
                  condition={"transport": "at der altid er en voksen fra skolen med i bussen"},
                  no_comment=("tandregulering",), overall="delvis", emergent=("kommunikation",),
                  note="Headings follow the proposal. Klinikker 'tager ... til efterretning' = "
                  "neutral. Transport 'kan fungere, men kun hvis' = støtter with condition. "
                  "'ikke tilhængere af de sene åbningstider' = imod (negated support). "
                  "Tandregulering 'Ingen bemærkninger.'. Undelivered Digital Post = kommunikation. "
                  "letter_date null: no date line, only the meeting date (26 Feb) in the text.")]


HK_PDF = "HK Kommunal - høringssvar tandplejen.pdf"


@response
def hk_kommunal(folder: Path):
    name = "Høringssvar fra HK Kommunal Lyngmose.eml"
    when = at(3, 13, 2, month=3)
    attachment = built(pdf, HK_PDF, [
        "Lyngmose, den 3. marts 2028",
        "# HK Kommunal Lyngmose: Høringssvar om ny struktur for børne- og ungdomstandplejen",
        "HK Kommunal organiserer klinikassistenterne i Den Kommunale Tandpleje og har "
        "følgende bemærkninger.",
        "Vi kan godt se fordelene ved at samle tandplejen ét sted, og vi kan tilslutte os "
        "en centralklinik i Sundhedshuset under forudsætning af, at samlingen ikke bruges "
        "til at nedlægge stillinger, og at alle nuværende medarbejdere tilbydes en stilling "
        "på den nye klinik.",
        "Vi er imod de udvidede åbningstider. Klinikassistenterne er overvejende kvinder med "
        "børn, og vagter til kl. 18 er svære at få til at hænge sammen med institutioner, "
        "der lukker kl. 17. Vi frygter, at erfarne medarbejdere vil søge væk.",
        "Til de øvrige dele af forslaget har vi ingen bemærkninger.",
        "Med venlig hilsen\n\nSusanne Friis\nfællestillidsrepræsentant, HK Kommunal Lyngmose",
    ], when, letterhead=("HK Kommunal Lyngmose", "Vestergade 22 · 7740 Lyngmose · "
                                                 "lyngmose@hk.dk"),
        title="Høringssvar HK", author="Susanne Friis")
    mail(folder / name, sender="Susanne Friis <susanne.friis@hk.dk>",
         subject="Høringssvar - tandplejen", when=when, server="smtp.hk.dk",
         body="Hej\n\nHermed HK Kommunal Lyngmoses høringssvar vedr. tandplejen, se vedhæftede.\n\n"
         "Venlig hilsen\nSusanne Friis\nHK Kommunal Lyngmose\n",
         attachments=[(HK_PDF, attachment)])
    return [
        cover(name, HK_PDF, sender="HK Kommunal Lyngmose", kind="organisation",
              party="HK Kommunal Lyngmose", received=when,
              note="Covering mail from the union rep; the response is the attached PDF."),
        label(HK_PDF, container=name, sender="HK Kommunal Lyngmose", kind="organisation",
              party="HK Kommunal Lyngmose", received=when, letter_date=D(2028, 3, 3),
              stance={"centralklinik": "støtter", "aabningstid": "imod"},
              condition={"centralklinik": "at samlingen ikke bruges til at nedlægge stillinger, og "
                         "at alle nuværende medarbejdere tilbydes en stilling på den nye klinik"},
              no_comment="rest", overall="delvis",
              note="Letterhead. 'kan tilslutte os ... under forudsætning af' = støtter with "
              "condition. 'er imod' + 'frygter' on the opening hours = imod. Blanket 'Til de "
              "øvrige dele af forslaget har vi ingen bemærkninger' covers klinikker, transport, "
              "tandregulering, prioritering."),
    ]


@response
def laererforening(folder: Path):
    name = "Lærerforeningens høringssvar.eml"
    when = at(4, 10, 18, month=3)
    body = (
        "Til Børne- og Skoleudvalget\n\n"
        "Lyngmose Lærerforening kan ikke anbefale, at eleverne fremover skal fragtes i bus "
        "til Lyngmose for at komme til tandeftersyn.\n\n"
        "Fra Skovlund og Tornby tager turen en god halv time hver vej, og med ventetid på "
        "klinikken er det reelt en hel formiddag, hvor en klasse ikke får den undervisning, "
        "den skal have. Det går ud over fagfagene, og det rammer de elever, der i forvejen "
        "har svært ved at følge med.\n\n"
        "Vi er også meget i tvivl om, hvem der skal være med i bussen. Hvis det er "
        "forventningen, at en lærer tager med, betyder det aflyste timer for andre klasser "
        "eller ekstra vikarudgifter, som skolerne ikke har penge til.\n\n"
        "Foreningen har ingen holdning til åbningstiderne og tandreguleringen, som ligger "
        "uden for vores område.\n\n"
        "Venlig hilsen\n\nMorten Lykke\nkredsformand, Lyngmose Lærerforening\n")
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    html = (f"<html><body style=\"font-family:Calibri\">{paragraphs}"
            "<p><img src=\"cid:dlf.png@dlf.org\" alt=\"DLF\"></p></body></html>")
    mail(folder / name, sender="Lyngmose Lærerforening <123@dlf.org>",
         subject="Høringssvar - tandplejen", when=when, server="mail.dlf.org", body=body,
         html=html, inline_logo=("dlf.png", logo_png("Lyngmose Laererforening", (176, 22, 40))))
    return [label(name, sender="Lyngmose Lærerforening", kind="organisation",
                  party="Lyngmose Lærerforening", received=when, letter_date=None,
                  stance={"transport": "imod"}, no_comment=("aabningstid", "tandregulering"),
                  overall="imod", emergent=("skoletid",),
                  note="HTML mail with an inline logo (not an attachment). 'kan ikke anbefale' the bus = imod transport. A whole morning of lost "
                  "teaching = skoletid. 'ingen holdning til ... uden for vores område' = "
                  "no-comment on aabningstid and tandregulering. Klinikker, centralklinik and "
                  "prioritering not mentioned.")]


# --- schools and associations -----------------------------------------------------------------


@response
def tornby_skolebestyrelse(folder: Path):
    name = "Høringssvar Skolebestyrelsen Tornby Skole.pdf"
    when = at(23, 20, 45)
    pdf(folder / name, [
        "Til Børn og Skole, Lyngmose Kommune",
        "Tornby, 23. februar 2028",
        "# Bevar tandklinikken på Tornby Skole",
        "Skolebestyrelsen ved Tornby Skole har med stor bekymring læst forslaget om at "
        "samle al tandpleje for børn og unge inde i Lyngmose by.",
        "Tandklinikken er en del af skolens hverdag. De små elever går derover to og to i "
        "et frikvarter, de kender tandplejeren og klinikassistenten ved navn, og de "
        "ængstelige børn kan få lov at komme forbi og se stolen, før det er deres tur. Den "
        "tryghed kan en klinik i et sundhedshus 18 km væk ikke give.",
        "Vi kan heller ikke støtte, at eleverne fremover skal køres i bus til eftersyn. En "
        "tur frem og tilbage med ventetid tager let tre lektioner, og det er tid, der "
        "mangler i undervisningen.",
        "Skolebestyrelsen opfordrer derfor udvalget til at fastholde klinikken på Tornby "
        "Skole.",
        "På skolebestyrelsens vegne\n\nLouise Brandt\nformand for skolebestyrelsen",
    ], when, letterhead=("Tornby Skole", "Skolebestyrelsen · Skolevej 4, Tornby · 7740 Lyngmose"),
        title="Høringssvar Tornby Skole", author="Louise Brandt", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Skolebestyrelsen ved Tornby Skole", kind="organisation",
                  party="Skolebestyrelsen ved Tornby Skole", received=when,
                  letter_date=D(2028, 2, 23),
                  stance={"klinikker": "imod", "centralklinik": "imod", "transport": "imod"},
                  overall="imod", emergent=("tryghed", "skoletid"),
                  note="Letterhead of the school (the board is the sender). 'Bevar tandklinikken' "
                  "and 'fastholde klinikken' = imod the closure (opposing the cut). 'samle al "
                  "tandpleje ... inde i Lyngmose by' read with 'stor bekymring' and 'en klinik i "
                  "et sundhedshus 18 km væk ikke give' = imod centralklinik (no keyword but "
                  "'sundhedshus'); one could also read it only as part of the closure. Known "
                  "staff, anxious children = tryghed; three lessons lost = skoletid.")]


@response
def skole_og_foraeldre(folder: Path):
    name = "Skole og Forældre Lyngmose - høringssvar.docx"
    when = at(5, 21, 3, month=3)
    docx(folder / name, [
        "Skole og Forældre Lyngmose",
        "Høringssvar: Ny struktur for børne- og ungdomstandplejen",
        "Vi har som forældreorganisation gennemgået forslaget og har disse kommentarer.",
        "# Åbningstider",
        "Vi hilser det meget velkomment, at man kan få en tid efter arbejde. Det har været et "
        "ønske fra forældrene i mange år.",
        "# Længere tid mellem undersøgelserne",
        "Vi kan godt se idéen i, at børn uden problemer ikke skal indkaldes så tit. Men det "
        "skal være muligt for forældrene selv at bestille en tid i mellemtiden, hvis de er i "
        "tvivl om noget, uden at skulle igennem en lang telefonkø.",
        "# Bussen",
        "Vi er i tvivl om, hvordan kørslen skal fungere i praksis. Hvem følger børnene ind og "
        "ud af klinikken, og hvad med børn, der skal have lavet en fyldning bagefter? Og "
        "hvor meget skoletid går der fra? Vi har brug for at se en beskrivelse, før vi kan "
        "tage stilling.",
        "Resten af forslaget giver ikke anledning til bemærkninger fra vores side.",
        "Venlig hilsen\nBestyrelsen for Skole og Forældre Lyngmose\nv/ Rikke Mortensen",
    ], when, author="Rikke Mortensen", title="Høringssvar")
    touch(folder / name, when)
    return [label(name, sender="Skole og Forældre Lyngmose", kind="organisation",
                  party="Skole og Forældre Lyngmose", received=when, letter_date=None,
                  stance={"aabningstid": "støtter", "prioritering": "støtter", "transport": "neutral"},
                  condition={"prioritering": "at forældrene selv kan bestille en tid i mellemtiden, "
                             "hvis de er i tvivl om noget, uden at skulle igennem en lang telefonkø"},
                  no_comment="rest", overall="støtter", emergent=("skoletid",),
                  note="Headings of its own, not the proposal's keywords ('Længere tid mellem "
                  "undersøgelserne' = prioritering, 'Bussen' = transport). 'kan godt se idéen "
                  "... Men det skal være muligt' = støtter with condition. Transport: open doubt, "
                  "wants a description 'før vi kan tage stilling' = neutral. 'hvor meget skoletid "
                  "går der fra?' = skoletid (a question, lightly raised). Blanket 'Resten af "
                  "forslaget giver ikke anledning til bemærkninger' covers klinikker, "
                  "centralklinik, tandregulering. overall 'støtter': two støtter and one neutral, "
                  "no imod.")]


@response
def skovlund_lokalraad(folder: Path):
    name = "Skovlund Lokalråd - tandplejen.pdf"
    when = at(2, 8, 50, month=3)
    pdf(folder / name, [
        "Skovlund Lokalråd har drøftet forslaget på bestyrelsesmødet i februar og på et "
        "åbent møde i forsamlingshuset, hvor over 60 borgere mødte op.",
        "# Endnu en ting forsvinder fra landsbyen",
        "Først lukkede posthuset, så Brugsen, og nu skal børnenes tandpleje også flytte ind "
        "til byen. Lokalrådet er modstander af, at tandplejen på Skovlund Skole nedlægges. "
        "Klinikken er en del af det, der gør Skovlund til et sted, hvor børnefamilier har "
        "lyst til at bo.",
        "# Bussen er ikke løsningen",
        "Mange af vores børn kører allerede langt i skolebus hver dag. Nu skal de sidde i "
        "bussen igen for at komme til tandplejen i Lyngmose, og de kommer tilbage midt i "
        "tredje lektion. Det er spild af børnenes skoledag.",
        "# Tænk på de mindste",
        "For en 6-årig er det en stor ting at skulle til tandlæge et fremmed sted blandt "
        "fremmede voksne. Her i Skovlund kender børnene 'tandfeen' fra skolegården.",
        "# Hvad vi foreslår",
        "Lad klinikken blive, eventuelt med åbent færre dage om ugen, så der stadig spares. "
        "Vi deltager gerne i et møde med udvalget.",
        "Skovlund Lokalråd, Bente Kragh (formand)",
    ], at(1, 19, month=3), columns=2, banner=("Skovlund Lokalråd: Bevar tandplejen i Skovlund",),
        title="Lokalrådets høringssvar", author="Skovlund Lokalråd", size=10)
    touch(folder / name, when)
    return [label(name, sender="Skovlund Lokalråd", kind="organisation", party="Skovlund Lokalråd",
                  received=when, letter_date=None,
                  stance={"klinikker": "imod", "transport": "imod"},
                  overall="imod", emergent=("skoletid", "tryghed"),
                  note="Two columns with a full-width banner. 'modstander af, at tandplejen på "
                  "Skovlund Skole nedlægges' and 'Lad klinikken blive' = imod klinikker (no "
                  "keyword). 'Bussen er ikke løsningen' = imod transport. Back mid third lesson = "
                  "skoletid; a 6-year-old among strangers vs the known nurse = tryghed. The "
                  "post office/shop lament (rural services) is raised by this letter alone.")]


# --- companies --------------------------------------------------------------------------------


@response
def turistfart(folder: Path):
    name = "Lyngmose Turistfart - bemærkninger til høring.pdf"
    when = at(20, 10, 0)
    pdf(folder / name, [
        "Lyngmose Kommune\nBørn og Skole\nRådhustorvet 1\n7740 Lyngmose",
        "20.02.2028",
        "# Vedr. høring om tandplejen – kørsel af elever",
        "Lyngmose Turistfart A/S har set forslaget om, at elever fra de skoler, hvis klinik "
        "lukker, skal køres til den nye klinik i Sundhedshuset.",
        "Vi er positive over for opgaven. Vi har i dag busser holdende mellem morgen- og "
        "eftermiddagsruterne og kan stille en 40-personers bus med sele til rådighed alle "
        "hverdage mellem kl. 8.30 og 13.30. Køretiden fra Skovlund vil være ca. 30 minutter, "
        "fra Tornby ca. 25 minutter.",
        "Kørslen kan lægges ind som tillæg til den nuværende kontrakt om skolekørsel. Vi "
        "sender gerne et prisoverslag.",
        SIGN + "\n\nLyngmose Turistfart A/S\nPeter Holm, driftschef\nTlf. 97 12 34 56",
    ], when, letterhead=("LYNGMOSE TURISTFART A/S", "Industrivej 9 · 7740 Lyngmose · CVR 12 34 56 78 "
                         "· www.lyngmose-turistfart.dk"), title="Høring tandpleje",
        author="Peter Holm", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Lyngmose Turistfart A/S", kind="organisation",
                  party="Lyngmose Turistfart A/S", received=when, letter_date=D(2028, 2, 20),
                  stance={"transport": "støtter"}, overall="støtter",
                  note="Letterhead; the recipient address block at the top is the municipality. "
                  "'Vi er positive over for opgaven' = støtter transport. Travel times are facts, "
                  "not a concern about lost lessons (not skoletid). The clinic closure and the "
                  "central clinic are mentioned only as the premise, not as positions.")]


TANDLAEGE_DOCX = "Høringssvar Tandlægerne Søndergade.docx"


@response
def tandlaeger(folder: Path):
    name = "Tandplejen - høringssvar fra privat praksis.eml"
    when = at(8, 9, 47, month=3)
    attachment = built(docx, TANDLAEGE_DOCX, [
        "Tandlægerne Søndergade I/S\nSøndergade 14, 7740 Lyngmose",
        "Lyngmose, 6. marts 2028",
        "Til Børne- og Skoleudvalget",
        "## Høringssvar om ny struktur for børne- og ungdomstandplejen",
        "Som privatpraktiserende tandlæger med mange børnefamilier i klinikken vil vi gerne "
        "knytte et par kommentarer til forslaget.",
        "Vi er ikke imod, at børn med sunde tænder indkaldes med længere mellemrum. Det er i "
        "tråd med Sundhedsstyrelsens anbefalinger og den praksis, vi selv følger for voksne.",
        "Vi er derimod bekymrede for de strammere kriterier for tandregulering. Erfaringen "
        "fra andre kommuner er, at de forældre, der har råd, så går til privat "
        "specialtandlæge, mens de andre børn må leve med skæve tænder. Det skaber ulighed. "
        "Vi anbefaler, at de nuværende kriterier fastholdes.",
        "Afslutningsvis gør vi opmærksom på, at forældre efter tandplejeloven kan vælge at "
        "lade barnet behandle i privat praksis. Vi indgår gerne i en dialog om, hvordan vi "
        "kan aflaste den kommunale tandpleje.",
        SIGN + "\nLars Winther og Maja Gram\ntandlæger",
    ], at(6, 17, month=3), author="Maja Gram", right_align=(1,))
    mail(folder / name, sender="Klinikken <klinik@tandlaegerne-sondergade.dk>",
         subject="Høringssvar tandpleje", when=when, server="smtp.one.com",
         body="Til Børn og Skole\n\nVedhæftet er vores høringssvar. Vi beklager, at det kommer "
         "lidt efter fristen.\n\nMvh\nMaja Gram\nTandlægerne Søndergade\n",
         attachments=[(TANDLAEGE_DOCX, attachment)])
    return [
        cover(name, TANDLAEGE_DOCX, sender="Tandlægerne Søndergade I/S", kind="organisation",
              received=when, note="Covering mail from the practice's clinic address, two days after the "
              "deadline (late); the letter itself is dated on the deadline day."),
        label(TANDLAEGE_DOCX, container=name, sender="Tandlægerne Søndergade I/S",
              kind="organisation", received=when, letter_date=D(2028, 3, 6),
              stance={"prioritering": "støtter", "tandregulering": "imod"}, overall="delvis",
              note="A private dental practice, not a consulted party. 'Vi er ikke imod' longer "
              "intervals = støtter (negated opposition). 'bekymrede for' the stricter criteria "
              "and 'de nuværende kriterier fastholdes' = imod tandregulering. Free choice of "
              "private practice is raised by this letter alone (not labelled)."),
    ]


# --- citizens ---------------------------------------------------------------------------------


@response
def videresendt_mor(folder: Path):
    name = "VS Tandplejen i Skovlund.eml"
    original = at(12, 22, 14)
    when = at(14, 8, 31)
    body = (
        "Hej høringspostkassen\n\n"
        "Jeg videresender nedenstående, som kom ind i Borgerservice' postkasse i weekenden. "
        "Det må være tænkt som et høringssvar.\n\n"
        "Venlig hilsen\nAnne Lund\nBorgerservice, Lyngmose Kommune\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Mette Dahl <mettedahl84@gmail.com>\n"
        "Sendt: 12. februar 2028 22:14\n"
        "Til: Borgerservice <borgerservice@lyngmose.dk>\n"
        "Emne: Tandplejen i Skovlund\n\n"
        "Hej\n\n"
        "Jeg har læst i avisen, at tandklinikken på Skovlund Skole skal lukke, og jeg vil "
        "gerne sige, hvad det kommer til at betyde for vores familie.\n\n"
        "Vores søn Elias er 9 år og har autisme. Det har taget tre år og utrolig meget "
        "tålmodighed fra tandplejeren Hanne at få ham til at sidde i stolen. Han kan klare "
        "det, fordi det er det samme rum, den samme lugt og den samme voksne hver gang. Hvis "
        "han skal i en bus med hele klassen ind til et nyt sted, ved jeg med sikkerhed, at "
        "det ikke går. Så ender han med at skulle bedøves på sygehuset.\n\n"
        "Jeg håber virkelig, at I vil lade klinikken blive, eller i det mindste lade Hanne "
        "fortsætte med de børn, der har brug for det.\n\n"
        "Mvh Mette Dahl\nEngvej 7, Skovlund\n")
    mail(folder / name, sender="Anne Lund <anlu@lyngmose.dk>",
         subject="VS: Tandplejen i Skovlund", when=when, body=body)
    return [label(name, sender="Mette Dahl", kind="citizen", received=original, letter_date=None,
                  stance={"klinikker": "imod", "transport": "imod"}, overall="imod",
                  emergent=("tryghed",),
                  personal_data=(("name", "Mette Dahl", "text"), ("email", "mettedahl84@gmail.com",
                                                                    "text"),
                                 ("address", "Engvej 7, Skovlund", "text"),
                                 ("name", "Elias", "text"),
                                 ("health", "Vores søn Elias er 9 år og har autisme", "text")),
                  note="Forwarded by a Borgerservice employee (not the sender); received = the "
                  "citizen's own mail to a municipal address (12 Feb). 'lade klinikken blive' = "
                  "imod klinikker; the bus 'ikke går' = imod transport. Same room, same adult for "
                  "an autistic child = tryghed. The dental nurse's first name (Hanne) is staff, "
                  "not labelled as personal data.")]


@response
def scannet_bedstefar(folder: Path):
    name = "Scan_2028-02-24_1407.pdf"
    when = at(24, 14, 7)
    scan_pdf(folder / name, [
        "Poul Erik Kjeldsen",
        "Havdrupvej 31",
        "7740 Lyngmose",
        "",
        "Til Børne- og Skoleudvalget",
        "",
        "                                   Havdrup, den 21. februar 2028",
        "",
        "Angående tandplejen",
        "",
        "Jeg er morfar til fire børn på Havdrup Skole og har fulgt sagen",
        "om tandplejen i Lyngmose Avis.",
        "",
        "Jeg forstår ikke, at man vil sætte børn på 6-7 år i en bus",
        "til byen for at komme til tandlæge. Det er jeg imod.",
        "",
        "Og at børn kun skal ses hvert andet år, hvis tænderne ser fine ud,",
        "er efter min mening en dårlig idé. Børn skal ses hvert år.",
        "Da jeg var dreng, kom skoletandlægen to gange om året.",
        "",
        "Med venlig hilsen",
        "",
        "Poul Erik Kjeldsen",
    ], when, seed=28, angle=-0.7)
    touch(folder / name, when)
    return [label(name, sender="Poul Erik Kjeldsen", kind="citizen", received=when,
                  letter_date=D(2028, 2, 21),
                  stance={"transport": "imod", "prioritering": "imod"}, overall="imod",
                  personal_data=(("name", "Poul Erik Kjeldsen", "text"),
                                 ("address", "Havdrupvej 31\n7740 Lyngmose", "text")),
                  note="Typed letter handed in and scanned (image only, slightly rotated). Own "
                  "address at top (sender), 'Til Børne- og Skoleudvalget' below (recipient). "
                  "'Det er jeg imod' = imod transport. Every other year for healthy teeth 'en "
                  "dårlig idé' = imod prioritering (no keywords).")]


CAMPAIGN_BASE = (
    "Til Børne- og Skoleudvalget\n\n"
    "{opening} imod, at tandklinikken på Skovlund Skole lukker.\n\n"
    "Børn på 6 år skal ikke sidde i en bus i en time for at komme til tandlæge. Det er "
    "spild af skoletid, og det er utrygt for de mindste.\n\n"
    "{extra}"
    "Bevar tandklinikken i Skovlund!\n\n"
    "Med venlig hilsen\n{name}\n{address}"
)


def _campaign(folder: Path, name: str, when: dt.datetime, sender: str, person: str, email: str,
              address: str, opening: str, extra: str, note: str, subject: str):
    body = CAMPAIGN_BASE.format(opening=opening, extra=extra, name=person, address=address)
    mail(folder / name, sender=sender, subject=subject, when=when, body=body,
         server="smtp.gmail.com" if "gmail" in email else "mail.outlook.com")
    pd = [("name", person, "text"), ("name", person, "header"), ("email", email, "header")]
    if address:
        pd.append(("address", address, "text"))
    return [label(name, sender=person, kind="citizen", received=when, letter_date=None,
                  stance={"klinikker": "imod", "transport": "imod"}, overall="imod",
                  emergent=("skoletid", "tryghed"), campaign="bevar_skovlund",
                  personal_data=tuple(pd), note=note)]


@response
def kampagne_1(folder: Path):
    return _campaign(folder, "Bevar tandklinikken i Skovlund.eml", at(18, 19, 2),
                     "Sofie Nygaard <sofie.nygaard@gmail.com>", "Sofie Nygaard",
                     "sofie.nygaard@gmail.com", "Birkevej 3, Skovlund", "Jeg er", "",
                     "Campaign base text unchanged. 'Bevar ...!' = imod the closure; the bus 'en "
                     "time' = imod transport; lost school time and 'utrygt for de mindste' = "
                     "skoletid and tryghed.", "Bevar tandklinikken i Skovlund")


@response
def kampagne_2(folder: Path):
    return _campaign(folder, "Tandklinikken.eml", at(19, 7, 44),
                     "Kasper Riis <kasperriis@outlook.dk>", "Kasper Riis", "kasperriis@outlook.dk",
                     "", "Vi er som forældre til to børn på skolen",
                     "Vores datter på 7 blev køresyg sidst, de var på tur med bussen, og hun var "
                     "ked af det resten af dagen.\n\n",
                     "Campaign letter in the plural with a personal paragraph (car sickness); no "
                     "address.", "Tandklinikken")


@response
def kampagne_3(folder: Path):
    return _campaign(folder, "Høringssvar tandpleje Skovlund.eml", at(21, 12, 30),
                     "Helle og Torben Søgaard <hts@mail.dk>", "Helle og Torben Søgaard",
                     "hts@mail.dk", "Skovlundvej 118, 7740 Lyngmose", "Vi er", "",
                     "The campaign letter unchanged except 'Vi er'; a couple.",
                     "Høringssvar tandpleje Skovlund")


@response
def kampagne_4(folder: Path):
    return _campaign(folder, "Bevar klinikken.eml", at(26, 16, 3),
                     "Nadia Jensen <nadiajensen@gmail.com>", "Nadia Jensen", "nadiajensen@gmail.com",
                     "Præstegårdsvej 2, Skovlund", "Jeg er",
                     "Jeg arbejder selv på fuld tid og kan ikke tage fri for at følge min søn til "
                     "Sundhedshuset, så han skal med bussen alene med klassen.\n\n",
                     "Campaign letter with a paragraph about her work; she mentions Sundhedshuset "
                     "only as the destination (no position on the central clinic as such).",
                     "Bevar klinikken")


@response
def foraelder_positiv(folder: Path):
    name = "Tandplejen - ros.eml"
    when = at(16, 21, 26)
    mail(folder / name, sender="Jonas Bertelsen <jonas.bertelsen@live.dk>",
         subject="Høringssvar til tandplejen", when=when, server="smtp.live.com",
         body=(
             "Kære udvalg\n\n"
             "Jeg vil bare gerne sige, at jeg synes, forslaget er rigtig godt.\n\n"
             "Som forælder i Lyngmose by med to børn og fuldtidsjob har det altid været et "
             "puslespil at nå tandplejen kl. 10 om formiddagen. At der nu bliver åbent til kl. "
             "18 om tirsdagen og torsdagen gør en stor forskel for os.\n\n"
             "Jeg synes også, det er fornuftigt at samle det hele i Sundhedshuset, hvor der er "
             "parkering, og hvor man kan få alt ordnet på én gang.\n\n"
             "Om tandreguleringen ved jeg for lidt til at have en mening.\n\n"
             "Venlig hilsen\nJonas Bertelsen\n"))
    return [label(name, sender="Jonas Bertelsen", kind="citizen", received=when, letter_date=None,
                  stance={"aabningstid": "støtter", "centralklinik": "støtter"},
                  no_comment=("tandregulering",), overall="støtter",
                  personal_data=(("name", "Jonas Bertelsen", "text"),
                                 ("name", "Jonas Bertelsen", "header"),
                                 ("email", "jonas.bertelsen@live.dk", "header")),
                  note="Plain support: 'forslaget er rigtig godt' (general) and the two elements "
                  "he names. 'ved jeg for lidt til at have en mening' = no-comment on tandregulering. No "
                  "blanket no-comment; klinikker, transport and prioritering are not mentioned.")]


@response
def tandregulering_mor(folder: Path):
    name = "Høringssvar - Charlotte Vinther.pdf"
    when = at(28, 19, 55)
    pdf(folder / name, [
        "Charlotte Vinther\nTjørnevej 12\n7740 Lyngmose",
        "28. februar 2028",
        "Til Børne- og Skoleudvalget",
        "# Høringssvar",
        "Jeg skriver, fordi jeg er meget ked af forslaget om, at færre børn fremover skal "
        "kunne få rettet deres tænder hos kommunen.",
        "Vores datter på 12 har et stort overbid og er blevet drillet med det i flere år. Hun "
        "har lige fået at vide, at hun er tæt på grænsen. Med de nye regler kommer hun "
        "formentlig ikke med, og en behandling hos en privat specialtandlæge koster 30-40.000 "
        "kr., som vi ikke har. Skæve tænder handler ikke kun om udseende, men også om "
        "selvværd og om at kunne tygge ordentligt.",
        "Jeg synes ikke, man skal spare på det her.",
        "Jeg vil også nævne, at vi først hørte om forslaget gennem en anden mor. Vi har "
        "aldrig fået et brev, og beskederne fra tandplejen ligger gemt i Digital Post, som "
        "jeg ærligt talt sjældent åbner. Det ville være meget lettere med en sms.",
        "Venlig hilsen\nCharlotte Vinther",
    ], when, title="Høringssvar", author="Charlotte Vinther", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Charlotte Vinther", kind="citizen", received=when,
                  letter_date=D(2028, 2, 28), stance={"tandregulering": "imod"}, overall="imod",
                  emergent=("kommunikation",),
                  personal_data=(("name", "Charlotte Vinther", "text"),
                                 ("address", "Tjørnevej 12\n7740 Lyngmose", "text"),
                                 ("health", "Vores datter på 12 har et stort overbid", "text")),
                  note="Tandregulering discussed without its keywords ('få rettet deres tænder', "
                  "'overbid', 'skæve tænder'). 'meget ked af' + 'ikke ... spare på det her' = imod. "
                  "Messages hidden in Digital Post, sms wanted = kommunikation.")]


CONSULTATION = {
    "title": "Ny struktur for børne- og ungdomstandplejen",
    "case_number": "28/02214",
    "committee": "Børne- og Skoleudvalget",
    "from": "Børn og Skole",
    "municipality": "Lyngmose Kommune",
    "sent": "2028-02-07",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "tryghed": {
        "label": "Tryghed og kendte ansigter for små og sårbare børn",
        "description": "Børn med angst, autisme eller handicap og de mindste elever, der kan "
        "klare tandplejen, fordi stedet og tandplejeren er kendte; risiko for behandling i "
        "bedøvelse, når det kendte forsvinder.",
    },
    "skoletid": {
        "label": "Tabt undervisningstid",
        "description": "Lektioner og hele formiddage, eleverne mister ved turen til og fra "
        "klinikken, og lærere, der skal følge med i bussen.",
    },
    "kommunikation": {
        "label": "Indkaldelser og kontakt med forældrene",
        "description": "Indkaldelser i Digital Post, som forældre ikke ser eller ikke kan læse; "
        "ønsker om sms-påmindelser, Aula og tolk; udeblivelser som følge heraf.",
    },
}

CAMPAIGNS = {
    "bevar_skovlund": "Enslydende borgerbrev 'Bevar tandklinikken i Skovlund' (4 e-mails: en "
    "uændret, en i flertal med et personligt afsnit, en i flertal, en med et personligt afsnit)",
}


ABOUT = (
    "Reference labels for dev010 (fictional: Lyngmose Kommune, 'Ny struktur for børne- og "
    "ungdomstandplejen'), whose files make_dev010.py writes; a held-out set written without "
    "reading hoering's reading rules or the other sets' letters. Same schema as dev002 and "
    "dev004. One entry per file; role 'cover' = an e-mail whose response is its attachment "
    "(container names the e-mail). letter_date = the letter's own date line or null; received = "
    "the e-mail's Date (for a forwarded e-mail the original's date, when the citizen wrote to a "
    "municipal address), else the day the file arrived (its mtime). stance per theme: støtter | "
    "imod | neutral (concern = imod, opposing a cut = imod, negated opposition 'er ikke imod' = "
    "støtter, negated support 'ikke tilhængere af' = imod, conditional acceptance = støtter with "
    "the condition in condition, 'tager til efterretning' and open doubt = neutral). "
    "themes_no_comment = elements named only to say no comment, or covered by a blanket sentence "
    "on the other elements or on the whole proposal. overall: støtter | imod | delvis (both "
    "støtter and imod among the stances) | neutral | ingen bemærkninger. emergent = keys of "
    "topics outside the codebook raised by at least three responses; a topic one letter alone "
    "raises is not labelled. campaign = form-letter group id. No revisions or duplicates in "
    "this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
