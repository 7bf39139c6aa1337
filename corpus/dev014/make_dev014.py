"""Development consultation dev014: Lindholt Kommune, "Plan for specialundervisning og
inklusion 2028–2031" (fictional), the responses as they reached Børn og Skole.

    python corpus/dev014/make_dev014.py OUTDIR                 # writes the response files
    python corpus/dev014/make_dev014.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, a school
board, staff committees, unions, patient and parent associations, a transport company and
citizens), and labelled the way a careful reader labels them. The file makers are shared
with the other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høring Børn og Skole <hoering.boernogskole@lindholt.dk>"
MAILHOSTS = {"relay": "mx2.lindholt.dk", "exchange": "LHEXCH01.lindholt.local"}
DEADLINE = dt.date(2027, 11, 8)
THEMES = ("specialklasse", "ressourcecenter", "visitation", "koersel", "klub")
D = dt.date
SIGN = "Med venlig hilsen"
TITLE = "Plan for specialundervisning og inklusion 2028–2031"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, inbox=INBOX, mailhosts=MAILHOSTS)
label, cover, mail, response = SET.label, SET.cover, SET.mail, SET.response


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """This set names the month first: at(10, 28) is 28 October."""
    return SET.at(day, hour, minute, month)


# ---------------------------------------------------------------------------
# Councils


@response
def handicapraadet(folder: Path):
    name = "Handicaprådets høringssvar - specialundervisning og inklusion.pdf"
    when = at(11, 2, 9, 40)
    blocks = [
        "Lindholt Kommune\nBørn og Skole\nAtt.: Børne- og Skoleudvalget",
        "2. november 2027",
        f"# Høringssvar: {TITLE}",
        "Handicaprådet har drøftet planen på sit møde den 28. oktober 2027. Rådet anerkender, "
        "at antallet af elever i specialtilbud er steget, og at udgifterne er vokset hurtigere end "
        "budgettet. Rådet vil dog understrege, at planen handler om nogle af kommunens mest sårbare "
        "børn, og at besparelser på dette område har konsekvenser langt ud over skoletiden.",
        "# Specialklasserækken på Bøgely Skole",
        "Handicaprådet er imod, at specialklasserækken lukkes. Klasserne fungerer godt, forældrene "
        "er tilfredse, og mange af eleverne har tidligere haft lange forløb med skolevægring bag sig. "
        "Rådet frygter, at en del af dem vil ende hjemme igen, hvis de skal inkluderes i store klasser.",
        "# Ressourcecenter",
        "Et ressourcecenter med ambulante lærere kan være et godt redskab for almenskolerne. Rådet "
        "kan støtte forslaget under forudsætning af, at centrets timer øremærkes til de enkelte "
        "elever og ikke bliver en pulje, som skolerne trækker på efter forgodtbefindende.",
        "# Visitation",
        "Rådet er bekymret for de nye regler. Når skolelederen selv skal dokumentere, at "
        "almenundervisningens muligheder er udtømt, før sagen kan komme i visitationsudvalget, "
        "risikerer man, at børn venter et helt skoleår på det rette tilbud.",
        "# Kørsel",
        "Op til en times kørsel hver vej er for lang tid for børn med fysiske handicap og børn, "
        "der har brug for faste rammer. Rådet opfordrer udvalget til at fastholde den nuværende "
        "grænse på 45 minutter.",
        "# Specialklubben Kastanjen",
        "Bevar åbningstiden til kl. 17. Mange forældre til børn med handicap arbejder allerede på "
        "nedsat tid, og en time mindre i klubben vil for nogle betyde, at de ikke kan passe deres job.",
        "# Øvrigt",
        "Rådet savner en plan for, hvordan almenskolernes lokaler skal indrettes. Elever, der skal "
        "inkluderes, har brug for stille rum, mulighed for at trække sig og skærmede arbejdspladser. "
        "Det findes kun på få af kommunens skoler i dag.",
        f"{SIGN}\n\nLene Bak Thomsen\nformand for Handicaprådet",
    ]
    path = pdf(folder / name, blocks, when, title="Høringssvar", author="Handicaprådet",
               letterhead=["Handicaprådet", "Lindholt Kommune · Rådhustorvet 1 · 8790 Lindholt",
                           "handicapraadet@lindholt.dk"], right_align=(1,))
    touch(path, when)
    return [label(name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
                  received=when, letter_date=D(2027, 11, 2),
                  stance={"specialklasse": "imod", "ressourcecenter": "støtter", "visitation": "imod",
                          "koersel": "imod", "klub": "imod"},
                  condition={"ressourcecenter": "at centrets timer øremærkes til de enkelte elever og "
                             "ikke bliver en pulje, som skolerne trækker på efter forgodtbefindende"},
                  overall="delvis", emergent=("rammer",),
                  note="Letterhead; headings follow the plan. Klub: 'Bevar åbningstiden' = imod the "
                  "cut. Visitation: concern = imod. 'Øvrigt' on quiet rooms = rammer.")]


@response
def integrationsraadet(folder: Path):
    name = "Høringssvar fra Integrationsrådet.eml"
    when = at(10, 29, 20, 14)
    body = (
        "Til Børn og Skole\n\n"
        "Integrationsrådet har på mødet i tirsdags behandlet høringen om specialundervisning og "
        "inklusion.\n\n"
        "Vi er ikke imod de nye visitationsregler, men vi vil gerne gøre opmærksom på, at tosprogede "
        "børn risikerer at blive vurderet forkert, hvis deres sproglige udfordringer forveksles med "
        "indlæringsvanskeligheder. Vi foreslår, at der altid bruges professionel tolk til møderne med "
        "forældrene, og at PPR tester på barnets modersmål, hvor det er muligt.\n\n"
        "Integrationsrådet har ikke bemærkninger til planens øvrige dele.\n\n"
        "Venlig hilsen\nAhmad Rahimi\nnæstformand, Integrationsrådet i Lindholt Kommune\n"
    )
    path = mail(folder / name, sender="Ahmad Rahimi <ahmad.rahimi@lindholt.dk>",
                subject="Høringssvar fra Integrationsrådet - specialundervisning", when=when,
                body=body, server="smtp.lindholt.dk", mailer="Microsoft Outlook 16.0")
    touch(path, when)
    return [label(name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
                  received=when, letter_date=None, stance={"visitation": "støtter"},
                  no_comment="rest", overall="støtter",
                  note="Mail body. 'er ikke imod de nye visitationsregler, men ...' = negated opposition "
                  "= støtter; the 'men' adds a wish (interpreters), not a condition for support. Blanket "
                  "no comment on the rest. Interpreters/mother-tongue testing raised by this letter only.")]


@response
def aeldreraadet(folder: Path):
    name = "SV Høring - plan for specialundervisning.eml"
    when = at(10, 19, 10, 2)
    body = (
        "Kære Børn og Skole\n\n"
        "Tak for høringsmaterialet. Ældrerådet har set på planen på sit møde den 18. oktober og har "
        "ingen bemærkninger.\n\n"
        "Med venlig hilsen\n\nKirsten Overgaard\nsekretær for Ældrerådet\n"
    )
    path = mail(folder / name, sender="Ældrerådet Lindholt <aeldreraadet@lindholt.dk>",
                subject="SV: Høring - plan for specialundervisning og inklusion", when=when,
                body=body, server="smtp.lindholt.dk")
    touch(path, when)
    return [label(name, sender="Ældrerådet", kind="organisation", party="Ældrerådet", received=when,
                  letter_date=None, stance={}, no_comment=THEMES, overall="ingen bemærkninger",
                  note="A reply with no remarks at all: blanket over the whole plan.")]


# ---------------------------------------------------------------------------
# School board, staff, unions


@response
def skolebestyrelsen(folder: Path):
    name = "Skolebestyrelsen Bøgely Skole - høringssvar.docx"
    when = at(11, 4, 21, 30)
    blocks = [
        "# Høringssvar fra skolebestyrelsen ved Bøgely Skole",
        "Lindholt, den 4. november 2027",
        "Skolebestyrelsen har læst planen grundigt og har drøftet den på to møder, det ene sammen "
        "med forældrene fra specialklasserne. Det er en plan, der rammer vores skole hårdt, og vi vil "
        "gerne sige det klart: Vi kan ikke støtte, at specialklasserækken på Bøgely lukkes.",
        "Rækken har eksisteret i 22 år. Den er en del af skolens liv, eleverne er med i morgensang, "
        "til skolefest og i frikvartererne, og mange af vores almenelever har lært noget om "
        "forskellighed, som ingen pjece kan lære dem. Når planen taler om inklusion, er det lidt "
        "paradoksalt, at man lukker et af de steder, hvor inklusionen faktisk lykkes.",
        "Vi er især bekymrede for, hvad der sker med de 31 elever, når de skal skifte. Mange af dem "
        "har brugt år på at opbygge tillid til de voksne omkring dem, og et brud med de faste "
        "lærere og pædagoger kan sætte dem langt tilbage. Hvis lukningen gennemføres, beder vi om, "
        "at ingen elev flytter midt i et skoleår, og at der afsættes tid til besøg og brobygning "
        "inden skiftet.",
        "Hvad angår ressourcecentret, er vi i tvivl om, hvordan det kommer til at fungere i "
        "praksis. Vi har svært ved at se, hvordan en lærer, der kommer nogle timer om ugen, kan "
        "erstatte det, vores elever har i dag. Men vi er åbne for at blive klogere.",
        "Specialklubbens åbningstid ligger uden for skolebestyrelsens område, og vi afstår fra at "
        "udtale os om den.",
        "På skolebestyrelsens vegne\n\nMorten Skovgaard Iversen\nformand",
    ]
    path = docx(folder / name, blocks, when, author="Morten Skovgaard Iversen",
                title="Høringssvar skolebestyrelsen")
    touch(path, when)
    return [label(name, sender="Skolebestyrelsen ved Bøgely Skole", kind="organisation",
                  party="Skolebestyrelsen ved Bøgely Skole", received=when, letter_date=D(2027, 11, 4),
                  stance={"specialklasse": "imod", "ressourcecenter": "neutral"},
                  no_comment=("klub",), overall="imod", emergent=("overgang",),
                  note="Ressourcecenter: open doubt ('i tvivl', 'åbne for at blive klogere') = neutral. "
                  "Klub: 'afstår fra at udtale os' = no comment. The request for no move mid-year and "
                  "bridge-building is a wish on the transition, not a condition of support (they "
                  "oppose). Visitation and kørsel not mentioned, no blanket sentence.")]


@response
def med_boegely(folder: Path):
    name = "MED Bøgely høringssvar specialundervisning.pdf"
    when = at(11, 1, 14, 5)
    blocks = [
        "# MED-udvalget ved Bøgely Skole – høringssvar",
        "MED-udvalget har behandlet planen på et ekstraordinært møde den 27. oktober 2027.",
        "## Lukning af specialklasserækken",
        "Medarbejdersiden er meget ked af forslaget. Specialklasserne er bemandet med nogle af "
        "kommunens mest erfarne medarbejdere, og den viden forsvinder, når teamet spredes. "
        "Medarbejdersiden kan ikke anbefale lukningen. Ledelsen har noteret sig medarbejdernes "
        "synspunkter.",
        "## Ressourcecenter",
        "Udvalget kan tilslutte sig tanken om et ressourcecenter. Hvis centret bemandes med "
        "medarbejdere fra specialklasserne, kan noget af den faglighed, vi er bange for at miste, "
        "blive bevaret og komme flere skoler til gode.",
        "## Inklusion i almenklasserne",
        "Skal flere elever rummes i almenklasserne, skal lærerne klædes på til det. I dag har meget "
        "få af vores almenlærere efteruddannelse i specialpædagogik, og der er ikke afsat midler til "
        "kurser i planen. Det bør der være, hvis planen skal lykkes.",
        "## Øvrige punkter",
        "Vi har ingen kommentarer til visitationsreglerne eller til kørselsordningen.",
        "For MED-udvalget\n\nSøren Holm Andreasen, skoleleder (formand)\n"
        "Camilla Dahl Frederiksen, TR for lærerne (næstformand)",
    ]
    path = pdf(folder / name, blocks, when, title="Høringssvar MED", author="Bøgely Skole")
    touch(path, when)
    return [label(name, sender="MED-udvalget ved Bøgely Skole", kind="organisation",
                  party="MED-udvalget ved Bøgely Skole", received=when, letter_date=None,
                  stance={"specialklasse": "imod", "ressourcecenter": "støtter"},
                  no_comment=("visitation", "koersel"), overall="delvis", emergent=("kompetencer",),
                  note="No date line (the 27 Oct in the text is the meeting date); the file arrived "
                  "1 Nov. Specialklasse: 'kan ikke anbefale' = imod. Klub not mentioned "
                  "(the 'øvrige punkter' sentence names only visitation and kørsel).")]


@response
def laererkreds(folder: Path):
    mail_name = "Høringssvar fra Lindholt Lærerkreds.eml"
    name = "Lindholt Lærerkreds - høringssvar specialplan.pdf"
    when = at(11, 7, 16, 48)
    blocks = [
        "Lindholt Lærerkreds\nkreds 128 i Danmarks Lærerforening",
        "Børne- og Skoleudvalget\nLindholt Kommune",
        "7. november 2027",
        "# Høringssvar om plan for specialundervisning og inklusion",
        "Lindholt Lærerkreds takker for muligheden for at afgive høringssvar. Kredsen deler ønsket "
        "om, at flere børn skal have en god skolegang i deres lokale skole, men planen hviler efter "
        "vores opfattelse på forudsætninger, der ikke holder.",
        "Kredsen er imod lukningen af specialklasserækken på Bøgely Skole. Der er ikke i dag plads "
        "eller ressourcer i almenklasserne til at tage imod eleverne.",
        "Det foreslåede ressourcecenter kan ikke opveje lukningen. En ambulant lærer, der kommer på "
        "skolen en formiddag om ugen, kan give gode råd, men det er klasselæreren, der står alene "
        "med 26 elever resten af ugen. Vi fraråder, at ressourcecentret bygges op på bekostning af "
        "de faste specialtilbud.",
        "Kredsen bakker op om, at visitationen bliver hurtigere, og at sagsbehandlingstiden får en "
        "fast frist. Det har lærerne efterlyst længe.",
        "Hvis inklusionen skal lykkes, skal der investeres i lærernes kompetencer. Kredsen foreslår "
        "en plan for efteruddannelse, så hver skole har mindst to lærere med diplomuddannelse i "
        "specialpædagogik.",
        "Endelig vil vi pege på de fysiske forhold. Flere af kommunens skoler er bygget med store, "
        "åbne læringsmiljøer, hvor der er støj hele dagen. For mange af de elever, planen vil "
        "inkludere, er det uholdbart. Der mangler grupperum og steder, hvor man kan være i fred.",
        "Planens øvrige elementer giver ikke anledning til bemærkninger fra kredsen.",
        f"{SIGN}\n\nHenrik Lund Mortensen\nkredsformand",
    ]
    attachment = built(pdf, name, blocks, when, title="Høringssvar", author="Lindholt Lærerkreds",
                       right_align=(2,))
    body = (
        "Hermed fremsendes Lindholt Lærerkreds' høringssvar vedrørende plan for specialundervisning "
        "og inklusion 2028-2031.\n\n"
        "Venlig hilsen\nHenrik Lund Mortensen\nKredsformand\nLindholt Lærerkreds\n"
        "Tlf. 86 45 12 80\n"
    )
    path = mail(folder / mail_name, sender="Lindholt Lærerkreds <128@dlf.org>",
                subject="Høringssvar - specialundervisning og inklusion", when=when, body=body,
                attachments=[(name, attachment)], server="mail.dlf.org")
    touch(path, when)
    common = dict(sender="Lindholt Lærerkreds", kind="organisation", party="Lindholt Lærerkreds",
                  received=when)
    return [
        cover(mail_name, name, stance={}, **common,
              note="Covering mail; the response is the attached PDF."),
        label(name, container=mail_name, letter_date=D(2027, 11, 7), **common,
              stance={"specialklasse": "imod", "ressourcecenter": "imod", "visitation": "støtter"},
              no_comment="rest", overall="delvis", emergent=("kompetencer", "rammer"),
              note="Ressourcecenter: 'kan ikke opveje' + 'fraråder, at ... på bekostning af de faste "
              "specialtilbud' = imod. Blanket no comment covers kørsel and klub. Letter begins with "
              "the sender's own name lines (no drawn letterhead)."),
    ]


@response
def bupl(folder: Path):
    mail_name = "BUPL Østjylland høringssvar.eml"
    name = "BUPL høringssvar Lindholt specialundervisning.docx"
    when = at(11, 8, 11, 20)
    blocks = [
        "# BUPL Østjyllands høringssvar",
        "Vedr.: Plan for specialundervisning og inklusion 2028–2031, Lindholt Kommune (sagsnr. 27/20415)",
        "BUPL Østjylland har følgende bemærkninger til planen, som især vedrører pædagogernes "
        "arbejde i skole og fritid.",
        "## Kastanjen",
        "BUPL er imod forslaget om, at specialklubben fremover skal lukke kl. 16. Klubben er for "
        "mange af børnene det eneste fritidstilbud, de kan bruge, fordi almindelige klubber og "
        "foreninger ikke kan rumme dem. Besparelsen er lille, men konsekvenserne for familierne er "
        "store. Forslaget betyder desuden, at flere pædagoger går ned i tid.",
        "## Ressourcecentret",
        "Vi kan godt se ideen i et ressourcecenter. BUPL kan bakke op om det, hvis pædagoger får en "
        "plads i centret på lige fod med lærerne. Meget af det, der skal til for at inkludere et barn, "
        "sker i frikvartererne, i overgangen mellem timer og i SFO'en – ikke kun i undervisningen.",
        "## Kompetencer",
        "Pædagogerne i almen-SFO'erne skal have et kompetenceløft, hvis de skal tage imod flere børn "
        "med særlige behov. Det er ikke med i planens økonomi.",
        "Med venlig hilsen\n\nTrine Vestergaard\nfaglig konsulent, BUPL Østjylland",
    ]
    attachment = built(docx, name, blocks, when, author="Trine Vestergaard", title="Høringssvar")
    body = (
        "Til Børn og Skole, Lindholt Kommune\n\n"
        "Vedhæftet BUPL Østjyllands høringssvar. Vi beklager, at det kommer på sidste dagen.\n\n"
        "Mvh\nTrine Vestergaard\nBUPL Østjylland\n"
    )
    path = mail(folder / mail_name, sender="Trine Vestergaard <tve@bupl.dk>",
                subject="Høringssvar Lindholt - specialundervisning og inklusion", when=when, body=body,
                attachments=[(name, attachment)], server="smtp.bupl.dk",
                mailer="Microsoft Outlook 16.0")
    touch(path, when)
    common = dict(sender="BUPL Østjylland", kind="organisation", party="BUPL Østjylland", received=when)
    return [
        cover(mail_name, name, stance={}, **common, note="Covering mail; response attached as DOCX."),
        label(name, container=mail_name, letter_date=None, **common,
              stance={"klub": "imod", "ressourcecenter": "støtter"},
              condition={"ressourcecenter": "at pædagoger får en plads i centret på lige fod med lærerne"},
              overall="delvis", emergent=("kompetencer",),
              note="Received on the deadline day (not late). No date line in the letter. Heading "
              "'Kastanjen' names the club without a keyword; the paragraph uses 'specialklubben'. "
              "Specialklasse, visitation and kørsel not mentioned, no blanket sentence."),
    ]


@response
def skoleledere(folder: Path):
    name = "Høringssvar Skolelederforeningen.docx"
    when = at(11, 5, 8, 15)
    blocks = [
        "Skolelederforeningen i Lindholt",
        "Lindholt, 5. november 2027",
        "# Høringssvar – specialundervisning og inklusion",
        "Skolelederforeningen ser overordnet planen som et nødvendigt og rigtigt skridt. Vi har i "
        "flere år oplevet, at børn sendes ud af deres lokalmiljø, fordi der ikke er hjælp at få på "
        "den skole, de går på.",
        "Vi bakker op om ressourcecentret. Det er præcis den type sparring, skolerne har manglet, "
        "og vi ser frem til at være med til at udvikle det.",
        "Foreningen er positiv over for de nye visitationsregler. Det er rimeligt, at skolen skal "
        "vise, hvad den har prøvet, inden et barn visiteres til et specialtilbud.",
        "Vi er ikke imod, at specialklasserækken på Bøgely lukkes, men vi vil gerne understrege, at "
        "de skoler, der modtager eleverne, skal have pengene med fra første dag.",
        "Det er vigtigt, at planen følges af et reelt kompetenceløft. Lærerne og pædagogerne på "
        "almenskolerne har brug for tid til kurser og vejledning, ellers bliver inklusionen et "
        "ord på papiret.",
        "Vi har ikke bemærkninger til kørselsordningen.",
        f"{SIGN}\nPå foreningens vegne\n\nAnette Juul Kristensen\nformand, skoleleder på Lindholt Midtbyskole",
    ]
    path = docx(folder / name, blocks, when, author="Anette Juul Kristensen", title="Høringssvar")
    touch(path, when)
    return [label(name, sender="Skolelederforeningen i Lindholt", kind="organisation",
                  party="Skolelederforeningen i Lindholt", received=when, letter_date=D(2027, 11, 5),
                  stance={"ressourcecenter": "støtter", "visitation": "støtter", "specialklasse": "støtter"},
                  no_comment=("koersel",), overall="støtter", emergent=("kompetencer",),
                  note="Specialklasse: 'ikke imod ..., men' = negated opposition = støtter; the money "
                  "sentence is a wish, arguably a condition (not labelled as one). The signatory is "
                  "head of Midtbyskole, which is not the sender (that school's board did not answer). "
                  "Klub not mentioned.")]


@response
def lmu_kastanjen(folder: Path):
    name = "LMU Kastanjen - høringssvar.pdf"
    when = at(11, 3, 15, 55)
    blocks = [
        "# Høringssvar fra LMU for Specialklubben Kastanjen",
        "3. november 2027",
        "LMU har drøftet forslaget om at ændre åbningstiden i specialklubben på sit møde den 2. "
        "november. Vi forstår, at der skal findes besparelser, men vi mener ikke, at dette er det "
        "rette sted.",
        "Eftermiddagen fra kl. 16 til 17 er ofte den roligste del af dagen. Her har vi tid til det "
        "enkelte barn, og det er her, mange af børnene er mest parate til at være sammen med andre. "
        "At skære den time væk betyder ikke kun kortere tid – det betyder, at børnene får en mere "
        "hektisk hverdag. LMU anbefaler, at klubben fortsat holder åben til kl. 17.",
        "Vi er også i tvivl om, hvordan de nye kørselsregler skal hænge sammen med tidligere "
        "lukning. Hvis børnene i forvejen sidder op til en time i bil, og klubben lukker kl. 16, "
        "bliver der i praksis meget lidt tid tilbage i klubben. Det vil vi gerne have belyst.",
        "På vegne af LMU\n\nBirgitte Nørgaard, klubleder\nJonas Kragh, tillidsrepræsentant (FOA)",
    ]
    path = pdf(folder / name, blocks, when, title="LMU høringssvar", author="Kastanjen",
               letterhead=["Specialklubben Kastanjen", "Kastanjevej 14 · 8790 Lindholt · tlf. 87 94 31 00"])
    touch(path, when)
    return [label(name, sender="LMU for Specialklubben Kastanjen", kind="organisation",
                  party="LMU for Specialklubben Kastanjen", received=when, letter_date=D(2027, 11, 3),
                  stance={"klub": "imod", "koersel": "neutral"}, overall="imod",
                  note="Letterhead is the club's, the sender is its LMU (title + signature). Klub: "
                  "'anbefaler, at klubben fortsat holder åben til kl. 17' = imod the cut. Kørsel: "
                  "'i tvivl om ... vil gerne have belyst' = open doubt, neutral.")]


# ---------------------------------------------------------------------------
# Associations and a company


@response
def autisme(folder: Path):
    name = "Landsforeningen Autisme Kreds Østjylland - høringssvar Lindholt.pdf"
    when = at(11, 6, 10, 30)
    blocks = [
        "Landsforeningen Autisme, Kreds Østjylland, har læst Lindholt Kommunes plan for "
        "specialundervisning og inklusion med stor bekymring. Vi repræsenterer mange familier i "
        "kommunen, og flere af dem har kontaktet os, efter at planen blev offentliggjort.",
        "# Inklusion er ikke det samme som placering",
        "Børn med autisme har ofte brug for forudsigelighed, små grupper og voksne, der kender dem "
        "godt. Det er netop, hvad specialklasserne på Bøgely Skole tilbyder. Vi er imod, at rækken "
        "lukkes, og vi frygter, at flere børn vil udvikle angst og skolefravær, når de flyttes til "
        "store klasser.",
        "Et skoleskift er for et barn med autisme en meget stor omvæltning. Nye voksne, nye "
        "kammerater, nye veje og nye lyde. Planen siger intet om, hvordan skiftet skal forberedes.",
        "# Visitationen",
        "Vi er bekymrede for de nye visitationsregler. Kravet om, at skolen først skal have "
        "afprøvet tiltag i almenundervisningen i et halvt år, betyder i praksis, at barnet skal "
        "mislykkes, før det får hjælp.",
        "# Kørsel og klub",
        "En transporttid på op til 60 minutter hver vej er ikke forsvarlig for børn, der i forvejen "
        "bruger alle kræfter på at komme igennem skoledagen. Og når specialklubben samtidig lukker en "
        "time tidligere, forsvinder et af de få steder, hvor børnene kan lade op sammen med "
        "jævnaldrende. Vi opfordrer udvalget til at droppe begge forslag.",
        "# Ressourcecentret",
        "Vi tager til efterretning, at kommunen vil oprette et ressourcecenter. Det er for tidligt "
        "at sige, om det vil gøre en forskel for vores målgruppe.",
        "# Skolens fysiske rammer",
        "Mange børn med autisme er overfølsomme for lyd og lys. Hvis de skal gå i almenskolen, skal "
        "der være skærmede pladser, mulighed for høreværn og et sted at gå hen, når det bliver for "
        "meget. Det kræver ombygning og indretning, som ikke er med i planen.",
        "Med venlig hilsen\nPia Hedegaard Lauridsen\nkredsformand",
    ]
    path = pdf(folder / name, blocks, when, title="Høringssvar", author="LA Kreds Østjylland",
               columns=2, banner=["Høringssvar: Plan for specialundervisning og inklusion, Lindholt Kommune"],
               footer="Landsforeningen Autisme · Kreds Østjylland · oestjylland@autismeforening.dk")
    touch(path, when)
    return [label(name, sender="Landsforeningen Autisme, Kreds Østjylland", kind="organisation",
                  party="Landsforeningen Autisme, Kreds Østjylland", received=when, letter_date=None,
                  stance={"specialklasse": "imod", "visitation": "imod", "koersel": "imod", "klub": "imod",
                          "ressourcecenter": "neutral"},
                  overall="imod", emergent=("overgang", "rammer"),
                  note="Two-column layout with a banner title. 'opfordrer udvalget til at droppe begge "
                  "forslag' covers kørsel and klub. Ressourcecenter: 'tager til efterretning' + too "
                  "early to say = neutral. The school-change paragraph = overgang.")]


@response
def adhd(folder: Path):
    name = "ADHD-foreningen Lindholt - høringssvar.eml"
    when = at(11, 6, 19, 2)
    body = (
        "Til Børne- og Skoleudvalget\n\n"
        "ADHD-foreningens lokalafdeling i Lindholt vil gerne kommentere planen for "
        "specialundervisning og inklusion.\n\n"
        "Vi er glade for, at der fremover kommer lærere med specialviden rundt på skolerne. Mange "
        "forældre oplever, at deres barns lærer gør sit bedste, men mangler viden om ADHD, og at "
        "der ikke er nogen at spørge. Det forslag er vi positive over for.\n\n"
        "Med hensyn til kørsel kan vi acceptere en længere køretid, hvis børnene får faste "
        "chauffører og ikke skal køre sammen med skiftende børn hver dag. Uro i bilen om morgenen "
        "smitter af på hele skoledagen.\n\n"
        "Vi er derimod imod at korte åbningstiden i specialklubben. Mange af vores medlemmer er "
        "enlige forsørgere, og de kan ikke nå at hente kl. 16.\n\n"
        "Endelig vil vi bede om, at de børn, der skal skifte skole, får lov at besøge deres nye "
        "klasse flere gange, og at en voksen, de kender, følger dem de første uger. Det er de "
        "første uger, der afgør, om det går godt.\n\n"
        "Venlig hilsen\nKim Østergaard\nformand, ADHD-foreningen, Lokalafdeling Lindholt\n"
    )
    path = mail(folder / name, sender="ADHD Lindholt <lindholt@adhd-lokal.dk>",
                subject="Høringssvar - specialundervisning og inklusion", when=when, body=body,
                server="smtp.one.com")
    touch(path, when)
    return [label(name, sender="ADHD-foreningen, Lokalafdeling Lindholt", kind="organisation",
                  party="ADHD-foreningen, Lokalafdeling Lindholt", received=when, letter_date=None,
                  stance={"ressourcecenter": "støtter", "koersel": "støtter", "klub": "imod"},
                  condition={"koersel": "at børnene får faste chauffører og ikke skal køre sammen "
                             "med skiftende børn hver dag"},
                  overall="delvis", emergent=("overgang",),
                  note="Ressourcecenter discussed without its keywords ('lærere med specialviden rundt "
                  "på skolerne'). Kørsel: 'kan acceptere ..., hvis' = conditional support. Last "
                  "paragraph = overgang. Specialklasse and visitation not mentioned.")]


@response
def skole_og_foraeldre(folder: Path):
    name = "Skole og Forældre Lindholt høringssvar.pdf"
    when = at(11, 8, 22, 41)
    blocks = [
        "Til Børne- og Skoleudvalget, Lindholt Kommune",
        "8. november 2027",
        f"# Høringssvar vedr. {TITLE}",
        "Skole og Forældre Lindholt har følgende bemærkninger.",
        "## Visitation",
        "De nye regler flytter magten væk fra forældrene. Forældre skal kunne bede om en "
        "visitation, også når skolen mener, at den ikke har udtømt sine muligheder. Vi kan ikke "
        "støtte reglerne i den foreslåede form, og vi savner en beskrivelse af forældrenes "
        "klageadgang.",
        "## Kørsel",
        "Det er for lang tid for et barn på 7 år at sidde i bil en time hver vej. Vi ønsker den "
        "nuværende grænse fastholdt.",
        "## Specialklubben",
        "Også her er det forældrene, der betaler prisen. Vi er imod forslaget.",
        "## Øvrigt",
        "Til planens øvrige punkter har vi ikke yderligere at tilføje.",
        "Venlig hilsen\n\nRasmus Bech Poulsen\nformand for Skole og Forældre Lindholt",
    ]
    path = pdf(folder / name, blocks, when, title="Høringssvar", author="Skole og Forældre",
               letterhead=["Skole og Forældre", "Lokalforeningen i Lindholt Kommune"], right_align=(1,))
    touch(path, when)
    return [label(name, sender="Skole og Forældre Lindholt", kind="organisation",
                  party="Skole og Forældre Lindholt", received=when, letter_date=D(2027, 11, 8),
                  stance={"visitation": "imod", "koersel": "imod", "klub": "imod"},
                  no_comment="rest", overall="imod",
                  note="Arrived 22:41 on the deadline day (not late). 'Til planens øvrige punkter har "
                  "vi ikke yderligere at tilføje' = blanket no comment on specialklasse and "
                  "ressourcecenter. Kørsel: 'ønsker den nuværende grænse fastholdt' = imod.")]


@response
def taxa(folder: Path):
    name = "Vedr. høring om skolekørsel.eml"
    when = at(11, 10, 7, 58)
    body = (
        "Goddag\n\n"
        "Vi har fået høringen tilsendt, da vi i dag kører en stor del af specialkørslen for "
        "kommunen.\n\n"
        "Vi tager forslaget om længere køretid til efterretning. Vi vil dog gøre opmærksom på, at "
        "det vil kræve en ny planlægning af ruterne, og at vores nuværende kontrakt løber til "
        "sommeren 2028. Vi hører gerne fra kommunen i god tid, hvis ændringen betyder, at opgaven "
        "skal i udbud igen.\n\n"
        "Resten af planen har vi ikke forudsætninger for at udtale os om.\n\n"
        "Med venlig hilsen\n\nBjarne Munk\nindehaver\nLindholt Taxa & Specialkørsel ApS\n"
        "Industrivej 9, 8790 Lindholt\nCVR 38 41 22 90\n"
    )
    path = mail(folder / name, sender="Lindholt Taxa <kontor@lindholttaxa.dk>",
                subject="Vedr. høring om skolekørsel", when=when, body=body,
                server="smtp.simply.com")
    touch(path, when)
    return [label(name, sender="Lindholt Taxa & Specialkørsel ApS", kind="organisation",
                  party="Lindholt Taxa & Specialkørsel ApS", received=when, letter_date=None,
                  stance={"koersel": "neutral"}, no_comment="rest", overall="neutral",
                  note="Late (10 Nov, deadline 8 Nov). 'tager ... til efterretning' = neutral. 'Resten "
                  "af planen har vi ikke forudsætninger for at udtale os om' = blanket no comment.")]


# ---------------------------------------------------------------------------
# Citizens


@response
def kjaergaard(folder: Path):
    name = "VS Lukning af specialklasserne - bekymret mor.eml"
    original = at(10, 20, 22, 17)
    when = at(10, 21, 8, 36)
    body = (
        "Til høringspostkassen – videresendt efter aftale med forælderen.\n\n"
        "Venlig hilsen\nSøren Holm Andreasen\nSkoleleder, Bøgely Skole\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Mette Kjærgaard <mette.kjaergaard77@gmail.com>\n"
        "Sendt: 20. oktober 2027 22:17\n"
        "Til: Søren Holm Andreasen <sha@lindholt.dk>\n"
        "Emne: Lukning af specialklasserne\n\n"
        "Hej Søren\n\n"
        "Jeg ved ikke, om det er dig, jeg skal skrive til, men jeg håber, du vil sende det videre "
        "til politikerne.\n\n"
        "Vores søn Magnus går i 4. klasse i specialklassen. Han har gået på tre skoler, før han kom "
        "til jer, og det er første gang, han glæder sig til at komme i skole. Nu læser vi, at "
        "klassen skal lukke. Jeg kan ikke beskrive, hvor bange vi er for at miste det, han har fået "
        "hos Lone og Ahmed. Det har taget to år at få ham til at stole på voksne igen, og hvis han "
        "skal starte forfra med nye mennesker, er jeg ikke sikker på, at han klarer det.\n\n"
        "Og hvis han skal til en skole i den anden ende af kommunen, skal han sidde over en time i "
        "en bil hver morgen med børn, han ikke kender. Han bliver køresyg og kommer til at være helt "
        "udkørt, inden dagen er begyndt.\n\n"
        "Jeg beder jer: Lad være med at lukke klassen.\n\n"
        "Mette Kjærgaard\nMosevej 23, Bøgely, 8790 Lindholt\n"
    )
    path = mail(folder / name, sender="Søren Holm Andreasen <sha@lindholt.dk>",
                subject="VS: Lukning af specialklasserne", when=when, body=body,
                server="smtp.lindholt.dk", mailer="Microsoft Outlook 16.0")
    touch(path, when)
    return [label(name, sender="Mette Kjærgaard", kind="citizen", party=None, received=original,
                  letter_date=None, stance={"specialklasse": "imod", "koersel": "imod"},
                  overall="imod", emergent=("overgang",),
                  personal_data=(("name", "Mette Kjærgaard", "text"),
                                 ("address", "Mosevej 23, Bøgely, 8790 Lindholt", "text"),
                                 ("email", "mette.kjaergaard77@gmail.com", "text"),
                                 ("name", "Magnus", "text")),
                  note="Forwarded by the school's head (municipal address); the sender is the "
                  "citizen; received = the original's date (she wrote to a municipal address). Kørsel "
                  "discussed without its keywords ('sidde over en time i en bil'). Starting over with "
                  "new adults = overgang. Staff names Lone and Ahmed are municipal employees.")]


@response
def sandholm(folder: Path):
    name = "Scan_20271027_0912.pdf"
    when = at(10, 27, 9, 12)
    lines = [
        "Poul Erik Sandholm", "Ahornvej 6", "8790 Lindholt", "",
        "Lindholt Kommune", "Børn og Skole", "", "Lindholt 24/10 2027", "",
        "Vedr. høringen om specialundervisningen", "",
        "Jeg er morfar til Ida, som går i Kastanjen efter skole. Min datter",
        "arbejder på plejehjemmet og har fri kl. 16.30. I dag når hun at hente",
        "Ida inden kl. 17. Hvis Kastanjen skal lukke en time før, er der ingen",
        "til at hente hende, for jeg har ikke længere kørekort.", "",
        "Jeg forstår godt, at kommunen skal spare, men det må kunne findes",
        "et andet sted end hos de børn, der har det sværest. Jeg håber,",
        "at politikerne vil lade tiderne være som de er.", "",
        "Venlig hilsen", "", "Poul Erik Sandholm",
    ]
    path = scan_pdf(folder / name, lines, when, seed=14, angle=-0.6)
    touch(path, when)
    return [label(name, sender="Poul Erik Sandholm", kind="citizen", party=None, received=when,
                  letter_date=D(2027, 10, 24), stance={"klub": "imod"}, overall="imod",
                  personal_data=(("name", "Poul Erik Sandholm", "text"),
                                 ("address", "Ahornvej 6, 8790 Lindholt", "text"),
                                 ("name", "Ida", "text")),
                  note="Scanned letter, no text layer. Klub discussed without its keywords "
                  "('Kastanjen skal lukke en time før', 'lade tiderne være som de er').")]


@response
def brix(folder: Path):
    name = "Høringssvar Anne Louise Brix.docx"
    when = at(11, 2, 20, 50)
    blocks = [
        "Anne Louise Brix\nKirkebakken 41\n8790 Lindholt",
        "2. november 2027",
        "# Høringssvar til plan for specialundervisning",
        "Jeg skriver som mor til en dreng i 6. klasse med svær ordblindhed. Han går i almenklasse "
        "og har gjort det hele vejen, og jeg tror, at planen kan hjælpe børn som ham.",
        "Jeg støtter ressourcecentret. Vi har flere gange stået i en situation, hvor hans lærer "
        "gerne ville hjælpe, men ikke vidste hvordan, og hvor vi måtte vente månedsvis på et "
        "møde med PPR. En ambulant lærer, der kan komme ud på skolen, vil gøre en stor forskel.",
        "De nye regler for visitation kan jeg godt acceptere, hvis forældrene bliver inddraget fra "
        "starten og får skriftligt, hvad skolen har prøvet.",
        "Men det hele står og falder med, om lærerne får den rette uddannelse. Min søns lærere har "
        "aldrig fået kursus i it-hjælpemidler eller læsestrategier. Det burde være en selvfølge.",
        "Venlig hilsen\nAnne Louise Brix",
    ]
    path = docx(folder / name, blocks, when, author="Anne Louise Brix", title="Høringssvar",
                right_align=(1,))
    touch(path, when)
    return [label(name, sender="Anne Louise Brix", kind="citizen", party=None, received=when,
                  letter_date=D(2027, 11, 2),
                  stance={"ressourcecenter": "støtter", "visitation": "støtter"},
                  condition={"visitation": "at forældrene bliver inddraget fra starten og får "
                             "skriftligt, hvad skolen har prøvet"},
                  overall="støtter", emergent=("kompetencer",),
                  personal_data=(("name", "Anne Louise Brix", "text"),
                                 ("address", "Kirkebakken 41, 8790 Lindholt", "text")),
                  note="Visitation: 'kan jeg godt acceptere, hvis' = conditional support. Teachers' "
                  "training = kompetencer.")]


@response
def winther(folder: Path):
    mail_name = "Høringssvar fra Jakob Winther.eml"
    name = "høringssvar_winther.pdf"
    when = at(11, 7, 23, 5)
    blocks = [
        "Jakob Winther, Engtoften 2, Hvidkilde, 8790 Lindholt",
        "# Høringssvar",
        "Min datter Freja på 9 år har cerebral parese og går i et specialtilbud i nabokommunen. "
        "I dag kører hun 40 minutter hver vej. At kommunen nu vil gøre det acceptabelt, at børn "
        "kører op til en time, er jeg dybt uenig i. Freja skal have smertestillende, når hun har "
        "siddet for længe, og hun kan ikke selv skifte stilling i bilen.",
        "Jeg vil også gerne nævne, at hvis flere børn med handicap skal gå i deres lokale skole, "
        "skal bygningerne kunne bruges af dem. Hvidkilde Skole har ingen elevator, ingen "
        "handicaptoilet og trapper overalt. Inklusion starter med, at man kan komme ind ad døren.",
        "Til det med ressourcecentret har jeg ingen holdning.",
        "Jakob Winther",
    ]
    attachment = built(pdf, name, blocks, when, title="", author="Jakob")
    body = "Hej\n\nHermed mit høringssvar, se vedhæftede.\n\nJakob Winther\nSendt fra min iPhone\n"
    path = mail(folder / mail_name, sender="Jakob Winther <jakobwinther@hotmail.com>",
                subject="Høringssvar", when=when, body=body, attachments=[(name, attachment)],
                server="outbound.protection.outlook.com", mailer="iPhone Mail (21A351)")
    touch(path, when)
    common = dict(sender="Jakob Winther", kind="citizen", party=None, received=when)
    return [
        cover(mail_name, name, stance={}, **common,
              personal_data=(("name", "Jakob Winther", "text"),
                             ("email", "jakobwinther@hotmail.com", "header")),
              note="Covering mail from a phone."),
        label(name, container=mail_name, letter_date=None, **common,
              stance={"koersel": "imod"}, no_comment=("ressourcecenter",), overall="imod",
              emergent=("rammer",),
              personal_data=(("name", "Jakob Winther", "text"),
                             ("address", "Engtoften 2, Hvidkilde, 8790 Lindholt", "text"),
                             ("name", "Freja", "text"),
                             ("health", "cerebral parese", "text")),
              note="Kørsel: 'dybt uenig i' = imod. Physical access to local schools (elevator, "
              "toilet, stairs) = rammer. 'ingen holdning' to ressourcecentret = no comment."),
    ]


@response
def juhl(folder: Path):
    name = "Høringssvar specialundervisning - Maria Juhl Andersen.eml"
    when = at(11, 5, 21, 12)
    body = (
        "Til Børne- og Skoleudvalget\n\n"
        "Jeg er lærer på Hvidkilde Skole, men skriver her som privatperson og forælder.\n\n"
        "Specialklasserne på Bøgely:\n"
        "Jeg kan leve med en lukning, hvis pengene følger eleverne ud på de skoler, de kommer til, "
        "og ikke forsvinder i den store kasse.\n\n"
        "Ressourcecenter:\n"
        "Et rigtig godt initiativ, som jeg har savnet i mange år.\n\n"
        "Visitation:\n"
        "Ingen bemærkninger.\n\n"
        "Kørsel:\n"
        "Ingen bemærkninger.\n\n"
        "Til sidst: Husk at almenlærerne skal have tid og uddannelse til opgaven. Ét kursus på en "
        "eftermiddag gør det ikke.\n\n"
        "Mvh Maria Juhl Andersen\nSkolebakken 4, Hvidkilde\n"
    )
    path = mail(folder / name, sender="Maria Juhl Andersen <mariajuhl@gmail.com>",
                subject="Høringssvar specialundervisning", when=when, body=body,
                server="mail-ej1-f52.google.com")
    touch(path, when)
    return [label(name, sender="Maria Juhl Andersen", kind="citizen", party=None, received=when,
                  letter_date=None, stance={"specialklasse": "støtter", "ressourcecenter": "støtter"},
                  condition={"specialklasse": "at pengene følger eleverne ud på de skoler, de kommer "
                             "til, og ikke forsvinder i den store kasse"},
                  no_comment=("visitation", "koersel"), overall="støtter", emergent=("kompetencer",),
                  personal_data=(("name", "Maria Juhl Andersen", "text"),
                                 ("address", "Skolebakken 4, Hvidkilde", "text"),
                                 ("email", "mariajuhl@gmail.com", "header")),
                  note="A teacher writing as a private person (kind citizen). Headings in the mail "
                  "body; two answered 'Ingen bemærkninger.'. Specialklasse: 'kan leve med ..., hvis' = "
                  "conditional support. Klub not mentioned.")]


# ---------------------------------------------------------------------------
# Form letter: 'Bevar specialklasserne på Bøgely' (three letters)

CAMPAIGN_TEXT = [
    "Jeg skriver for at protestere mod forslaget om at lukke specialklasserne på Bøgely Skole.",
    "Specialklasserne giver børn, der ikke kan klare sig i en almindelig klasse, en skoledag med "
    "faste voksne, små hold og ro. Mange af børnene har haft lange perioder uden skole, før de kom "
    "til Bøgely. Nu skal de igen skifte lærere og kammerater og starte forfra et nyt sted.",
    "Jeg er også imod, at børnene skal køre op til en time hver vej. Det er tid, de ikke har kræfter til.",
    "Bevar specialklasserne på Bøgely!",
]


def _campaign_label(name, sender, when, letter_date, personal, extra_note=""):
    return label(name, sender=sender, kind="citizen", party=None, received=when,
                 letter_date=letter_date, stance={"specialklasse": "imod", "koersel": "imod"},
                 overall="imod", emergent=("overgang",), campaign="bevar_boegely",
                 personal_data=personal,
                 note="Form letter 'Bevar specialklasserne på Bøgely'. Changing teachers and "
                 "classmates = overgang." + extra_note)


@response
def campaign_1(folder: Path):
    name = "Bevar specialklasserne på Bøgely.eml"
    when = at(10, 25, 19, 3)
    body = "\n\n".join(["Til Børne- og Skoleudvalget", *CAMPAIGN_TEXT,
                        "Med venlig hilsen\nLouise Dam Nielsen\nSkovbrynet 7, 8790 Lindholt"]) + "\n"
    path = mail(folder / name, sender="Louise Dam Nielsen <louisedamnielsen@gmail.com>",
                subject="Bevar specialklasserne på Bøgely", when=when, body=body, server="mail-sor-f41.google.com")
    touch(path, when)
    return [_campaign_label(name, "Louise Dam Nielsen", when, None,
                            (("name", "Louise Dam Nielsen", "text"),
                             ("address", "Skovbrynet 7, 8790 Lindholt", "text"),
                             ("email", "louisedamnielsen@gmail.com", "header")))]


@response
def campaign_2(folder: Path):
    name = "Høringssvar - Bøgely.eml"
    when = at(10, 26, 7, 41)
    text = list(CAMPAIGN_TEXT)
    text[0] = "Vi skriver for at protestere mod forslaget om at lukke specialklasserne på Bøgely Skole."
    text[2] = "Vi er også imod, at børnene skal køre op til en time hver vej. Det er tid, de ikke har kræfter til."
    personal = ("Vores datter går i 2. klasse på Bøgely og har to klassekammerater fra specialklassen "
                "i sin frikvartersgruppe. De er en naturlig del af skolen.")
    body = "\n\n".join(["Kære udvalg", *text[:2], personal, *text[2:],
                        "Hilsen\nTobias og Sanne Falk\nLærkevej 30, Bøgely"]) + "\n"
    path = mail(folder / name, sender="Sanne Falk <sanne.falk@live.dk>",
                subject="Høringssvar - Bøgely", when=when, body=body, server="outbound.protection.outlook.com")
    touch(path, when)
    return [_campaign_label(name, "Tobias og Sanne Falk", when, None,
                            (("name", "Tobias og Sanne Falk", "text"),
                             ("address", "Lærkevej 30, Bøgely", "text"),
                             ("email", "sanne.falk@live.dk", "header")),
                            " Plural ('Vi') and a personal paragraph added.")]


@response
def campaign_3(folder: Path):
    name = "Protest mod lukning af specialklasser.docx"
    when = at(10, 28, 13, 0)
    blocks = ["Henriette Lykke\nBirkealle 12\n8790 Lindholt", "28.10.2027",
              "# Til Børne- og Skoleudvalget", *CAMPAIGN_TEXT, "Henriette Lykke"]
    path = docx(folder / name, blocks, when, author="Henriette Lykke", title="")
    touch(path, when)
    return [_campaign_label(name, "Henriette Lykke", when, D(2027, 10, 28),
                            (("name", "Henriette Lykke", "text"),
                             ("address", "Birkealle 12, 8790 Lindholt", "text")),
                            " Word file, arrived by hand (mtime = the day it was registered).")]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": TITLE,
    "case_number": "27/20415",
    "committee": "Børne- og Skoleudvalget",
    "from": "Børn og Skole",
    "municipality": "Lindholt Kommune",
    "sent": "2027-10-11",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "overgang": {
        "label": "Skoleskift og overgang for de elever, der skal flytte",
        "description": "Brud med faste voksne og kammerater, at starte forfra, besøg og "
        "brobygning inden skiftet, en kendt voksen de første uger, intet skift midt i skoleåret.",
    },
    "kompetencer": {
        "label": "Efteruddannelse og kompetencer hos lærere og pædagoger i almenskolen",
        "description": "Specialpædagogisk efteruddannelse, diplomuddannelse, kurser i "
        "it-hjælpemidler og læsestrategier, kompetenceløft for pædagoger i SFO, midler til kurser.",
    },
    "rammer": {
        "label": "Fysiske rammer og tilgængelighed i almenskolerne",
        "description": "Stille rum, grupperum, skærmede arbejdspladser, støj i åbne "
        "læringsmiljøer, høreværn, elevator, handicaptoilet, ombygning og indretning.",
    },
}

CAMPAIGNS = {
    "bevar_boegely": "Enslydende borgerbrev 'Bevar specialklasserne på Bøgely' (3 breve: to "
    "e-mails og en Word-fil; et i flertal med et personligt afsnit tilføjet)",
}


ABOUT = (
    "Reference labels for dev014 (fictional: Lindholt Kommune, 'Plan for specialundervisning og "
    "inklusion 2028–2031'), whose files make_dev014.py writes; a held-out set written without "
    "reading hoering's reading rules or the other sets' letters. Same schema as dev002 (see its "
    "labels.json 'about'). One entry per file; role 'cover' = an e-mail whose response is its "
    "attachment (container names the e-mail). letter_date = the letter's own date line or null; "
    "received = the e-mail's Date (for a forwarded e-mail the original's date, when the citizen "
    "wrote to a municipal address), else the day the file arrived (its mtime). stance per theme: "
    "støtter | imod | neutral (concern = imod, opposing a cut = imod, negated opposition 'er "
    "ikke imod' = støtter, conditional acceptance = støtter with the condition in condition, "
    "'tager til efterretning' and open doubt = neutral). themes_no_comment = elements named only "
    "to say no comment, or covered by a blanket sentence on the other elements or on the whole "
    "proposal. overall: støtter | imod | delvis (both støtter and imod among the stances) | "
    "neutral | ingen bemærkninger. emergent = keys of topics outside the codebook raised by at "
    "least three responses; a topic one letter alone raises is not labelled. campaign = "
    "form-letter group id. No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
