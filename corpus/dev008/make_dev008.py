"""Development consultation dev008: Havbjerg Kommune, "Facilitetsplan for idræt og bevægelse
2028–2032" (fictional), the responses as they reached Kultur og Fritid.

    python corpus/dev008/make_dev008.py OUTDIR                 # writes the response files
    python corpus/dev008/make_dev008.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, the
leisure committee, sports clubs, staff, a union, school boards, a village council, a youth
council and citizens), and labelled the way a careful reader labels them. The file makers
are shared with the other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, eml, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Kultur og Fritid <kulturogfritid@havbjerg.dk>"
MAILHOSTS = {"relay": "mx2.havbjerg.dk", "exchange": "HBEXCH01.havbjerg.local"}
DEADLINE = dt.date(2028, 3, 27)
THEMES = ("svoemmehal", "timefordeling", "brugerbetaling", "kunstgraes", "selvbetjening",
          "landsbypulje")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2028, month=3, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, response = SET.at, SET.label, SET.cover, SET.response


# --- organisations ------------------------------------------------------------------------------


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - facilitetsplan idræt.docx"
    when = at(20, 14, 5)
    blocks = [
        "Havbjerg Kommune\nKultur og Fritid\nAtt.: Kultur- og Fritidsudvalget",
        "20. marts 2028",
        "# Høringssvar vedr. Facilitetsplan for idræt og bevægelse 2028–2032",
        "Ældrerådet har på sit møde den 14. marts gennemgået forslaget til facilitetsplan. Vi "
        "har fulgt planens opbygning nedenfor.",
        "# 1. Fjordby Svømmehal",
        "Det er med stor beklagelse, at Ældrerådet ser forslaget om at lukke svømmehallen i "
        "Fjordby. Varmtvandsbassinet bruges hver formiddag af pensionistholdene, gigtforeningens "
        "vandgymnastik og mange, der er ved at komme sig efter en ny hofte eller et nyt knæ. "
        "Badelandet i Havbjerg har ikke et tilsvarende varmt bassin, og mange af vores "
        "medborgere har ikke bil. Ældrerådet anbefaler, at Fjordby Svømmehal bevares.",
        "# 2. Fordeling af haltider",
        "Ingen bemærkninger.",
        "# 3. Brugerbetaling for voksenhold",
        "Ældrerådet er bekymret for forslaget. Seniorbadminton, stolegymnastik og "
        "seniordans er hold, hvor deltagerne i forvejen betaler kontingent af en stram "
        "pension. Når foreningerne skal betale for timerne, ender regningen hos medlemmerne, "
        "og vi frygter, at netop de ældre, der har mest gavn af at holde sig i gang, falder fra.",
        "# 4. Kunstgræsbane",
        "Ingen kommentarer.",
        "# 5. Halinspektører og nøglebrik",
        "Ældrerådet tager forslaget til efterretning. Vi går ud fra, at der fortsat er "
        "personale i hallerne i dagtimerne, hvor de fleste seniorhold træner.",
        "# 6. Udendørs bevægelse i landsbyerne",
        "Ældrerådet bakker varmt op om puljen. Redskaber til styrke og balance langs en "
        "motionssti er et godt tilbud til ældre, der ikke kommer i en hal.",
        "# Til sidst",
        "Vi vil gerne gøre opmærksom på forholdene i omklædningsrummene i Havbjerghallen og "
        "Fjordbyhallen. Der mangler bænke med ryglæn og håndgreb ved bruserne, og gulvene er "
        "glatte, når de er våde. Flere af vores medlemmer er faldet. Det bør indgå i planen, "
        "når der alligevel skal bruges penge på hallerne.",
        f"{SIGN}\n\nKirsten Dalgaard\nFormand for Ældrerådet",
    ]
    docx(folder / name, blocks, when, author="Kirsten Dalgaard", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2028, 3, 20), received=when,
        stance={"svoemmehal": "imod", "brugerbetaling": "imod", "selvbetjening": "neutral",
                "landsbypulje": "støtter"},
        no_comment=("timefordeling", "kunstgraes"), overall="delvis",
        emergent=("transport", "omklaedning"),
        note="Headings follow the plan; two answered 'Ingen bemærkninger.' / 'Ingen kommentarer.'. "
        "Svømmehal: 'anbefaler, at ... bevares' = imod the closure. Brugerbetaling: 'bekymret', "
        "'frygter' = imod. Selvbetjening: 'tager ... til efterretning' = neutral. 'mange ... har "
        "ikke bil' (getting to Havbjerg) = transport; benches, grab rails and slippery floors "
        "in the changing rooms = omklaedning.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet facilitetsplan.pdf"
    when = at(22, 9, 40)
    blocks = [
        "Kultur- og Fritidsudvalget\nHavbjerg Kommune",
        "Havbjerg, den 21. marts 2028",
        "# Handicaprådets høringssvar – Facilitetsplan for idræt og bevægelse 2028–2032",
        "Handicaprådet har drøftet planen på rådets møde den 16. marts 2028.",
        "For mennesker med et handicap er det afgørende, at der findes et bassin med varmt vand "
        "og en lift, så man kan komme i og op af vandet uden at blive løftet af andre. Det har "
        "bassinet i Fjordby i dag. Rådet kan ikke støtte, at det lukkes, før der er et "
        "tilsvarende tilbud i Havbjerg, og det er der ikke i planen.",
        "Samtidig vil rådet pege på, at mange af de borgere, der i dag træner i Fjordby, ikke "
        "selv kan køre. Den kommunale kørselsordning kan ikke bestilles til fritidsaktiviteter, "
        "og den almindelige bus til Havbjerg har ikke plads til mere end én kørestol. En "
        "flytning vil i praksis betyde, at flere falder fra.",
        "Rådet ser positivt på puljen til udendørs bevægelse i landsbyerne, under forudsætning "
        "af at stier og redskaber bliver anlagt, så de kan bruges fra en kørestol eller med "
        "rollator, og at der er fast belægning hen til dem.",
        "Endelig skal rådet gøre opmærksom på, at ingen af kommunens haller har et "
        "handicaptoilet og et omklædningsrum, der lever op til nutidens krav. I Havbjerghallen "
        "er det eneste handicaptoilet på 1. sal, og elevatoren har været ude af drift siden "
        "efteråret.",
        "Handicaprådet har ingen bemærkninger til planens øvrige elementer.",
        f"{SIGN}\n\nPoul Erik Brandt\nFormand, Handicaprådet i Havbjerg Kommune",
    ]
    pdf(folder / name, blocks, when, title="Høringssvar facilitetsplan", author="Handicaprådet",
        letterhead=("Handicaprådet", "Havbjerg Kommune · Rådhuspladsen 1 · 6690 Havbjerg",
                    "handicapraadet@havbjerg.dk"), right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2028, 3, 21), received=when,
        stance={"svoemmehal": "imod", "landsbypulje": "støtter"},
        condition={"landsbypulje": "at stier og redskaber bliver anlagt, så de kan bruges fra en "
                   "kørestol eller med rollator, og at der er fast belægning hen til dem"},
        no_comment="rest", overall="delvis", emergent=("transport", "omklaedning"),
        note="Letterhead, no headings. The pool is named 'bassinet i Fjordby' (not a keyword); "
        "'kan ikke støtte, at det lukkes' = imod. 'ser positivt på ..., under forudsætning af' = "
        "conditional support. Transport to Havbjerg (no kørselsordning, one wheelchair space) = "
        "transport; toilets and changing rooms = omklaedning. Last sentence is a blanket "
        "no-comment on timefordeling, brugerbetaling, kunstgraes, selvbetjening.",
    )]


@response
def folkeoplysning(folder: Path):
    name = "Høringssvar fra Folkeoplysningsudvalget.eml"
    when = at(23, 16, 12)
    body = (
        "Til Kultur- og Fritidsudvalget\n\n"
        "Folkeoplysningsudvalget behandlede facilitetsplanen på mødet den 21. marts og afgiver "
        "hermed følgende høringssvar.\n\n"
        "Udvalget bakker op om, at haltiderne fremover fordeles efter antallet af aktive "
        "medlemmer og ikke efter, hvem der havde tiderne sidste år. Den nuværende praksis har "
        "gjort det næsten umuligt for nye foreninger at få en tid, og en gennemsigtig model er "
        "længe ventet.\n\n"
        "Udvalget kan derimod ikke anbefale brugerbetaling for voksenhold. Det strider mod "
        "tankegangen i folkeoplysningsloven, hvor lokaler stilles gratis til rådighed for "
        "foreningerne, og det vil ramme de små foreninger hårdest. Her er det i forvejen svært "
        "at finde kasserere og bestyrelsesmedlemmer, og udvalget hører fra flere formænd, at "
        "opgaverne med fakturaer, bookingsystem og børneattester allerede i dag får frivillige "
        "til at melde fra. En ny opkrævning lægger endnu mere papirarbejde over på dem.\n\n"
        "Kunstgræsbanen ved stadion ser udvalget frem til. Den vil aflaste græsbanerne og give "
        "fodbolden mulighed for at træne hele vinteren.\n\n"
        "Nøglebrik til aften- og weekendtimerne kan udvalget støtte, hvis foreningerne får en "
        "klar instruks om, hvem der har ansvaret for at låse af og for førstehjælp, når der "
        "ikke er personale i huset.\n\n"
        "Lukningen af svømmehallen i Fjordby tager udvalget til efterretning. Udvalget "
        "forventer, at svømmeklubben får tilsvarende tider i Badelandet.\n\n"
        "Puljen til landsbyerne giver ikke anledning til bemærkninger fra udvalgets side.\n\n"
        "På vegne af Folkeoplysningsudvalget\n"
        "Henrik Juul Madsen\nformand\n"
    )
    eml(folder / name, sender="Henrik Juul Madsen <hjm@havbjerg.dk>", to=INBOX,
        subject="Høringssvar fra Folkeoplysningsudvalget - facilitetsplan", when=when, body=body,
        server="mail.havbjerg.dk", **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Folkeoplysningsudvalget", kind="organisation",
        party="Folkeoplysningsudvalget", letter_date=None, received=when,
        stance={"timefordeling": "støtter", "brugerbetaling": "imod", "kunstgraes": "støtter",
                "selvbetjening": "støtter", "svoemmehal": "neutral"},
        condition={"selvbetjening": "hvis foreningerne får en klar instruks om, hvem der har "
                   "ansvaret for at låse af og for førstehjælp, når der ikke er personale i huset"},
        no_comment=("landsbypulje",), overall="delvis", emergent=("frivillige",),
        note="Mail body from the chair's municipal address; the sender is the committee "
        "('På vegne af'). 'kan ikke anbefale' = imod; 'ser ... frem til' = støtter; 'kan ... "
        "støtte, hvis' = conditional. 'tager ... til efterretning' = neutral. 'giver ikke "
        "anledning til bemærkninger' = no comment. Volunteers quitting over paperwork = frivillige.",
    )]


@response
def idraetsraad(folder: Path):
    name = "Havbjerg Idrætsråd - høringssvar facilitetsplan.pdf"
    when = at(24, 11, 30)
    banner = ["Havbjerg Idrætsråd", "Høringssvar om facilitetsplanen"]
    blocks = [
        "## Facilitetsplan for idræt og bevægelse 2028–2032",
        "Idrætsrådet samler 41 foreninger med i alt godt 9.000 medlemmer. Rådets bestyrelse "
        "har holdt et åbent møde for foreningerne den 9. marts, og svaret bygger på den "
        "drøftelse.",
        "## Fordeling af haltider",
        "Idrætsrådet kan acceptere den nye fordelingsmodel, hvis der bliver en overgangsperiode "
        "på mindst én sæson, så ingen forening mister mere end en fjerdedel af sine tider fra "
        "den ene sæson til den næste. Uden en overgang vil flere hold skulle lukke midt i et "
        "forløb.",
        "## Betaling for voksenhold",
        "Foreningerne er klart imod. 75 kr. i timen lyder ikke af meget, men for en mindre "
        "volleyballklub med seks timer om ugen er det over 20.000 kr. om året. Det beløb "
        "kan kun findes ved at hæve kontingentet kraftigt eller lukke hold.",
        "## Personale i hallerne",
        "Forslaget betyder, at der ikke længere er en voksen fra kommunen på stedet om "
        "aftenen og i weekenden. Det er i de timer, vi har stævner med mange børn og "
        "tilskuere. Hvem rydder op, hvem tænder for varmen, og hvem ringer man til, når en "
        "dør ikke kan åbnes kl. 19 en lørdag? Rådet frygter, at opgaverne ender hos de "
        "trænere og holdledere, der i forvejen bruger mange timer om ugen på at holde "
        "foreningslivet kørende. Det er i forvejen den største udfordring i vores foreninger "
        "at skaffe og fastholde frivillige, og mange siger i dag fra, fordi de administrative "
        "krav vokser.",
        "## Kunstgræs",
        "Rådet støtter en kunstgræsbane ved stadion. Den har været ønsket i mange år.",
        "## Svømmehallen",
        "Spørgsmålet om svømmehallen i Fjordby overlader vi til svømmeklubben og de "
        "lokale at svare på.",
        "Med sportslig hilsen\n\nBirgitte Holmgaard\nformand for Havbjerg Idrætsråd",
        "Havbjerg, 23. marts 2028",
    ]
    pdf(folder / name, blocks, when, title="Høringssvar facilitetsplan",
        author="Havbjerg Idrætsråd", columns=2, banner=banner)
    touch(folder / name, when)
    return [label(
        name, sender="Havbjerg Idrætsråd", kind="organisation", party="Havbjerg Idrætsråd",
        letter_date=D(2028, 3, 23), received=when,
        stance={"timefordeling": "støtter", "brugerbetaling": "imod", "selvbetjening": "imod",
                "kunstgraes": "støtter"},
        condition={"timefordeling": "hvis der bliver en overgangsperiode på mindst én sæson, så "
                   "ingen forening mister mere end en fjerdedel af sine tider fra den ene sæson "
                   "til den næste"},
        no_comment=("svoemmehal",), overall="delvis", emergent=("frivillige",),
        note="Two columns under a full-width banner; date line after the signature. Run-in "
        "headings in own words. 'kan acceptere ..., hvis' = conditional support. Selvbetjening is "
        "discussed without its keywords ('ikke længere en voksen fra kommunen på stedet om "
        "aftenen'); 'frygter' = imod. 'overlader vi til svømmeklubben og de lokale at svare på' "
        "= no comment on svoemmehal; landsbypulje not mentioned (no blanket sentence). "
        "Recruiting and keeping volunteers = frivillige.",
    )]


@response
def svoemmeklub(folder: Path):
    mail = "Høringssvar fra Fjordby Svømmeklub.eml"
    name = "Fjordby Svømmeklub høringssvar.pdf"
    when = at(25, 21, 47)
    blocks = [
        "Havbjerg Kommune\nKultur- og Fritidsudvalget",
        "Fjordby, 25. marts 2028",
        "# Bevar Fjordby Svømmehal",
        "Fjordby Svømmeklub har 412 medlemmer, heraf 280 børn. Klubben har brugt svømmehallen "
        "i Fjordby siden den blev bygget i 1974, og næsten alle vores børn lærer at svømme "
        "her.",
        "Bestyrelsen er dybt uenig i forslaget om at lukke hallen. Argumentet er, at "
        "Badelandet i Havbjerg har ledig kapacitet. Det har det om formiddagen, men ikke "
        "mellem kl. 16 og 19, hvor børnene svømmer. Vi har fået oplyst, at vi kan få fire baner "
        "to dage om ugen. I dag har vi hele bassinet fem dage om ugen.",
        "Fra Fjordby til Havbjerg er der 14 km. Bussen går en gang i timen og holder ikke ved "
        "Badelandet, og der er ingen cykelsti det meste af vejen langs Fjordvejen. De fleste "
        "forældre er på arbejde, når børnene skal afsted, så de mindste børn vil i praksis "
        "ikke kunne komme til træning.",
        "Vores trænere er unge frivillige fra byen, mange af dem gymnasieelever. Når "
        "træningen flytter til Havbjerg, skal de bruge en time mere på transport for hver "
        "træning, og vi ved allerede nu, at flere af dem vil stoppe. Uden trænere ingen klub.",
        "Klubben er også imod betalingen for voksenhold. Vores motionister og masters-hold "
        "er med til at betale for børneholdene, og med en timepris på hallen bliver det "
        "svært at holde kontingentet for børnene nede.",
        "Til planens øvrige forslag har klubben ingen bemærkninger.",
        f"{SIGN}\n\nfor bestyrelsen\nTina Rasmussen, formand\nFjordby Svømmeklub",
    ]
    data = built(pdf, name, blocks, when, title="Høringssvar", author="Tina Rasmussen",
                 letterhead=("Fjordby Svømmeklub", "Strandvej 40 · 6692 Fjordby · "
                             "www.fjordbysvoem.dk · CVR 29384756"), right_align=(1,))
    body = (
        "Hej\n\nVedhæftet er Fjordby Svømmeklubs høringssvar til facilitetsplanen.\n\n"
        "Vh. Tina Rasmussen\nFormand, Fjordby Svømmeklub\n"
    )
    eml(folder / mail, sender="Fjordby Svømmeklub <formand@fjordbysvoem.dk>", to=INBOX,
        subject="Høringssvar fra Fjordby Svømmeklub", when=when, body=body,
        attachments=[(name, data)], server="smtp.one.com", **MAILHOSTS)
    touch(folder / mail, when)
    return [
        cover(mail, name, sender="Fjordby Svømmeklub", kind="organisation",
              party="Fjordby Svømmeklub", received=when,
              note="Covering mail from the club's domain; the response is the attached PDF."),
        label(
            name, sender="Fjordby Svømmeklub", kind="organisation", party="Fjordby Svømmeklub",
            letter_date=D(2028, 3, 25), received=when, container=mail,
            stance={"svoemmehal": "imod", "brugerbetaling": "imod"}, no_comment="rest",
            overall="imod", emergent=("transport", "frivillige"),
            note="Letterhead PDF attached. Title 'Bevar Fjordby Svømmehal' and 'dybt uenig' = "
            "imod. 'også imod betalingen' = imod. 14 km, hourly bus, no cycle path, parents at "
            "work = transport; young volunteer coaches who will stop = frivillige. Blanket "
            "no-comment on the rest.",
        ),
    ]


@response
def lmu(folder: Path):
    name = "LMU Kultur og Fritid - høringssvar.docx"
    when = at(21, 13, 0)
    blocks = [
        "# Høringssvar fra LMU for Kultur og Fritid",
        "Facilitetsplan for idræt og bevægelse 2028–2032",
        "LMU har drøftet planen på et ekstraordinært møde den 15. marts 2028. "
        "Medarbejdersiden og ledelsessiden er enige om dette svar.",
        "LMU fraråder, at timerne for halinspektørerne skæres ned. En nøglebrik kan åbne en "
        "dør, men den kan ikke opdage en utæt tagrende, skifte en pære i loftet eller tage sig "
        "af et barn, der er kommet til skade. Inspektørerne laver i dag det daglige tilsyn "
        "og den lette vedligeholdelse i aftentimerne, og det arbejde forsvinder ikke, fordi "
        "der ikke er nogen til at gøre det. Vi forventer, at udgifterne til reparationer vil "
        "stige, og at besparelsen derfor bliver mindre end forudsat.",
        "Lukningen af Fjordby Svømmehal tager LMU til efterretning. Vi forudsætter, at de "
        "fem medarbejdere i Fjordby bliver tilbudt stillinger i Badelandet, og at det sker i "
        "god tid og i dialog med de tillidsvalgte.",
        "LMU har ikke yderligere bemærkninger til planen.",
        "For LMU\nMorten Skov, næstformand (medarbejdersiden)\n"
        "Lene Abildgaard, formand (kultur- og fritidschef)",
    ]
    docx(folder / name, blocks, when, author="Morten Skov")
    touch(folder / name, when)
    return [label(
        name, sender="LMU for Kultur og Fritid", kind="organisation",
        party="LMU for Kultur og Fritid", letter_date=None, received=when,
        stance={"selvbetjening": "imod", "svoemmehal": "neutral"}, no_comment="rest",
        overall="imod",
        note="'fraråder' = imod. Svømmehal: 'tager ... til efterretning' with an expectation "
        "about staff = neutral (the expectation is not a condition of support). 'ikke yderligere "
        "bemærkninger til planen' = blanket no-comment on the rest. The meeting date is not a "
        "letter date.",
    )]


@response
def tre_f(folder: Path):
    name = "Svar på høring - facilitetsplan.eml"
    when = at(24, 8, 55)
    body = (
        "Til Kultur- og Fritidsudvalget\n\n"
        "3F Havbjerg organiserer halinspektører og driftsmedarbejdere i kommunens haller og "
        "svømmehaller og har følgende bemærkninger.\n\n"
        "Vi er imod, at inspektørtimerne om aftenen og i weekenden erstattes af nøglebrikker. "
        "Det betyder i realiteten, at tre fuldtidsstillinger bliver til deltid, og det er "
        "vores medlemmer, der betaler for besparelsen. Det er også et arbejdsmiljøproblem: "
        "de, der er tilbage, skal alene dække flere haller og bliver kaldt ud, når alarmen "
        "går kl. 23.\n\n"
        "3F er ikke imod, at svømningen samles i Badelandet, når de ansatte i Fjordby får "
        "tilbudt job dér på samme vilkår som i dag.\n\n"
        "De andre punkter i planen ligger uden for vores område.\n\n"
        "Med venlig hilsen\nJannik Vestergaard\nFaglig sekretær, 3F Havbjerg\n"
        "Havnegade 12, 6690 Havbjerg\n"
    )
    eml(folder / name, sender="Jannik Vestergaard <jannik.vestergaard@3f.dk>", to=INBOX,
        subject="Svar på høring - facilitetsplan", when=when, body=body,
        server="mail.3f.dk", mailer="Microsoft Outlook 16.0", **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="3F Havbjerg", kind="organisation", party="3F Havbjerg",
        letter_date=None, received=when,
        stance={"selvbetjening": "imod", "svoemmehal": "støtter"},
        condition={"svoemmehal": "at de ansatte i Fjordby får tilbudt job dér på samme vilkår "
                   "som i dag"},
        no_comment="rest", overall="delvis",
        note="Mail body from a union official; sender = the union (signature). 'Vi er imod' = "
        "imod. 'er ikke imod, at svømningen samles ..., når ...' = negated opposition with a "
        "condition = conditional support. 'De andre punkter i planen ligger uden for vores "
        "område' = blanket no-comment on the rest.",
    )]


@response
def skolebestyrelse_fjordby(folder: Path):
    name = "Skolebestyrelsen Fjordby Skole - høringssvar.pdf"
    when = at(26, 19, 20)
    blocks = [
        "Til Kultur- og Fritidsudvalget, Havbjerg Kommune",
        "# Høringssvar fra skolebestyrelsen ved Fjordby Skole",
        "Skolebestyrelsen vil gerne knytte nogle bemærkninger til facilitetsplanen, set fra "
        "skolens og elevernes side.",
        "Fjordby Skoles elever har svømmeundervisning i svømmehallen, som ligger 300 meter fra "
        "skolen. Hvis hallen lukker, skal eleverne med bus til Havbjerg. Det tager 25 minutter "
        "hver vej, og en dobbeltlektion svømning bliver dermed til en halv skoledag. Vi er "
        "også bekymrede for, om de elever, der ikke lærer at svømme i skolen, overhovedet "
        "kommer til det. Skolebestyrelsen opfordrer udvalget til at fastholde svømmehallen i "
        "Fjordby.",
        "Hvis udvalget alligevel beslutter at samle svømningen i Havbjerg, vil vi pege på, at "
        "mange af de store elever cykler til deres fritidsaktiviteter. Fjordvejen har hverken "
        "cykelsti eller lys, og vi vil ikke have, at 12-årige skal cykle der i mørke om "
        "vinteren.",
        "Vi glæder os over puljen til udendørs bevægelse. Skolen og lokalrådet har i forvejen "
        "talt om en motionssti rundt om skolens boldbaner, som både elever og byens borgere "
        "kan bruge.",
        "Kunstgræsbanen i Havbjerg har vi ikke nogen holdning til.",
        "Endelig en bemærkning om omklædningen i Fjordbyhallen: Der er to store fællesrum "
        "med åbne brusere. Mange af de ældste piger vil ikke klæde om eller gå i bad efter "
        "idræt, og flere bliver væk fra timerne. Der er brug for afskærmede brusere og et "
        "par enkeltrum.",
        f"{SIGN}\n\nSkolebestyrelsen ved Fjordby Skole\nAnne-Mette Kjær, formand",
        "26.3.2028",
    ]
    pdf(folder / name, blocks, when, title="Høringssvar", author="Anne-Mette Kjær")
    touch(folder / name, when)
    return [label(
        name, sender="Skolebestyrelsen ved Fjordby Skole", kind="organisation",
        party="Skolebestyrelsen ved Fjordby Skole", letter_date=D(2028, 3, 26), received=when,
        stance={"svoemmehal": "imod", "landsbypulje": "støtter"}, no_comment=("kunstgraes",),
        overall="delvis", emergent=("transport", "omklaedning"),
        note="Plain PDF, date line '26.3.2028' after the signature. 'opfordrer ... til at "
        "fastholde svømmehallen' = imod the closure. 'glæder os over puljen' = støtter. 'har vi "
        "ikke nogen holdning til' = no comment on kunstgraes; timefordeling, brugerbetaling, "
        "selvbetjening not mentioned (no blanket sentence). Bus time for school swimming and "
        "cycling on Fjordvejen = transport; open showers, girls staying away = omklaedning.",
    )]


@response
def skolebestyrelse_havbjerg(folder: Path):
    name = "SV Høring - facilitetsplan for idræt og bevægelse.eml"
    when = at(17, 10, 2)
    body = (
        "Skolebestyrelsen ved Havbjerg Skole har set planen igennem og har ingen bemærkninger.\n\n"
        "Venlig hilsen\nSøren Lykke\nSkolebestyrelsesformand, Havbjerg Skole\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Kultur og Fritid <kulturogfritid@havbjerg.dk>\n"
        "Sendt: 28. februar 2028 10:15\n"
        "Emne: Høring - facilitetsplan for idræt og bevægelse\n\n"
        "Kære høringsparter\n\nKultur- og Fritidsudvalget har på sit møde den 24. februar "
        "besluttet at sende forslag til Facilitetsplan for idræt og bevægelse 2028–2032 i "
        "høring. Høringssvar sendes til kulturogfritid@havbjerg.dk senest mandag den 27. "
        "marts 2028.\n\nMed venlig hilsen\nKultur og Fritid\nHavbjerg Kommune\n"
    )
    eml(folder / name, sender="Søren Lykke <soeren.lykke@skolekom.dk>", to=INBOX,
        subject="SV: Høring - facilitetsplan for idræt og bevægelse", when=when, body=body,
        **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Skolebestyrelsen ved Havbjerg Skole", kind="organisation",
        party="Skolebestyrelsen ved Havbjerg Skole", letter_date=None, received=when,
        stance={}, no_comment="rest", overall="ingen bemærkninger",
        note="'SV:' reply quoting the administration's consultation letter; 'har ingen "
        "bemærkninger' to the whole plan = no comment on every element. The quoted letter is "
        "the municipality's, not the response.",
    )]


@response
def lokalraad(folder: Path):
    mail = "Fjordby Lokalråd.eml"
    name = "Høringssvar Fjordby Lokalråd - svømmehallen.docx"
    when = at(27, 22, 41)
    blocks = [
        "# Fjordby Lokalråd",
        "Høringssvar til Facilitetsplan for idræt og bevægelse 2028–2032",
        "Fjordby Lokalråd har holdt borgermøde i forsamlingshuset den 16. marts. Der kom 140 "
        "mennesker, og der var ikke én, der talte for at lukke svømmehallen.",
        "Svømmehallen er mere end et bassin. Det er stedet, hvor børnefamilier, pensionister "
        "og tilflyttere mødes, og den er en af grundene til, at unge familier vælger at bosætte "
        "sig i Fjordby. Lukker hallen, mister byen endnu et samlingspunkt efter "
        "posthuset og banken. Lokalrådet opfordrer på det kraftigste udvalget til at droppe "
        "lukningen.",
        "Det er ikke realistisk at sende byens børn til Havbjerg. Der er en bus i timen, og "
        "den sidste går hjem kl. 18.40. Forældrene vil skulle køre frem og tilbage, og dem "
        "uden bil er der ingen løsning for.",
        "Vi er positive over for puljen til landsbyerne, selv om 1,2 mio. kr. fordelt på elleve "
        "landsbyer ikke rækker til ret meget. Vi har allerede en plan for en motionssti langs "
        "fjorden og søger gerne.",
        "Brugerbetalingen og fordelingen af haltider har lokalrådet ikke drøftet.",
        "På lokalrådets vegne\nJens Otto Bech\nformand",
    ]
    data = built(docx, name, blocks, when, author="Jens Otto Bech")
    body = (
        "Hermed vores høringssvar. Undskyld at det kommer sent på aftenen, vi havde "
        "bestyrelsesmøde i aften.\n\nJens Otto Bech\nFjordby Lokalråd\n"
    )
    eml(folder / mail, sender="Fjordby Lokalråd <kontakt@fjordby-lokalraad.dk>", to=INBOX,
        subject="Høringssvar", when=when, body=body, attachments=[(name, data)],
        server="smtp.simply.com", **MAILHOSTS)
    touch(folder / mail, when)
    return [
        cover(mail, name, sender="Fjordby Lokalråd", kind="organisation",
              party="Fjordby Lokalråd", received=when,
              note="Covering mail sent on the evening of the deadline; response attached."),
        label(
            name, sender="Fjordby Lokalråd", kind="organisation", party="Fjordby Lokalråd",
            letter_date=None, received=when, container=mail,
            stance={"svoemmehal": "imod", "landsbypulje": "støtter"},
            no_comment=("brugerbetaling", "timefordeling"), overall="delvis",
            emergent=("transport",),
            note="DOCX attached; arrived on the deadline day (not late). 'opfordrer ... til at "
            "droppe lukningen' = imod. 'positive over for puljen, selv om ... ikke rækker' = "
            "støtter (a reservation, not a condition). 'har lokalrådet ikke drøftet' = no "
            "comment on two elements. One bus an hour, last home 18.40, parents driving = "
            "transport.",
        ),
    ]


@response
def ungeraad(folder: Path):
    name = "ungerådets svar.eml"
    when = at(13, 20, 15)
    body = (
        "Hej Kultur og Fritid\n\n"
        "Vi har snakket om facilitetsplanen på vores møde i onsdags. Her er det vi mener:\n\n"
        "- Kunstgræs: Det er mega fedt. Vi har manglet en bane man kan spille på om vinteren "
        "hvor det ikke bare er mudder.\n"
        "- Nøglebrik: Det synes vi er en god idé. Så kan vi unge låse os ind og spille "
        "basket eller bare hænge ud i hallen om aftenen, og det behøver ikke koste en voksen "
        "hver gang.\n"
        "- Haltiderne: Vi er ikke helt sikre på hvad det betyder for os. Det lyder fair at "
        "tælle medlemmer, men hvad med dem der ikke er i en forening og bare vil bruge hallen? "
        "Det må I gerne forklare bedre.\n"
        "- Betaling for voksenhold: det handler ikke om os, så det blander vi os ikke i.\n\n"
        "Og så en ting mere: Hvis man bor i Fjordby eller Nørre Lem og skal til træning i "
        "Havbjerg, går den sidste bus hjem før træningen er slut. Man kan ikke cykle hjem "
        "langs Fjordvejen om vinteren, det er helt mørkt og bilerne kører stærkt.\n\n"
        "Mvh\nHavbjerg Ungeråd\nv/ Frida og Malthe\n"
    )
    eml(folder / name, sender="Havbjerg Ungeråd <ungeraad@havbjerg.dk>", to=INBOX,
        subject="ungerådets svar", when=when, body=body, mailer="iPhone Mail (21E236)",
        **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Havbjerg Ungeråd", kind="organisation", party="Havbjerg Ungeråd",
        letter_date=None, received=when,
        stance={"kunstgraes": "støtter", "selvbetjening": "støtter", "timefordeling": "neutral"},
        no_comment=("brugerbetaling",), overall="støtter", emergent=("transport",),
        note="Informal list in a mail body. 'mega fedt', 'en god idé' = støtter. Haltider: 'ikke "
        "helt sikre', 'lyder fair ..., men' + a question = open doubt, neutral. 'det handler ikke "
        "om os, så det blander vi os ikke i' = no comment. Svømmehal and landsbypulje not "
        "mentioned. Last bus home before training ends, dark road = transport.",
    )]


@response
def haandbold(folder: Path):
    name = "HHK høringssvar facilitetsplan.docx"
    when = at(24, 15, 38)
    blocks = [
        "Havbjerg Håndboldklub",
        "Til Kultur- og Fritidsudvalget",
        "24. marts 2028",
        "# Høringssvar – facilitetsplan",
        "## Haltider",
        "Havbjerg Håndboldklub modsætter sig den nye model. Håndbold er en af de få sportsgrene, "
        "der kun kan spilles på en fuld håndboldbane, og vi kan ikke dele en halvdel af hallen "
        "med badminton, som modellen lægger op til. Modellen tæller medlemmer, men ikke hvor "
        "meget plads en sport kræver. Hvis den vedtages, mister vi efter vores egne beregninger "
        "11 af 34 ugentlige timer.",
        "## Betaling for hold over 25 år",
        "Vi har tre seniorhold og et oldboyshold. Regningen på omkring 40.000 kr. om året vil "
        "vi være nødt til at sende videre til spillerne. Klubben kan ikke støtte forslaget.",
        "## Kunstgræs",
        "Ingen kommentarer.",
        "## Andet",
        "Omklædningsrummene i Havbjerghallen er fra dengang hallen blev bygget. Afløbene "
        "stopper til, der er skimmel i loftet over bruserne, og udeholdene klager over, at "
        "der ikke er varmt vand efter kl. 20. Det er ikke værdigt for en klub, der spiller i "
        "2. division.",
        "Vi vil også gerne sige, at vores trænere og holdledere er frivillige. Mange af dem "
        "bruger allerede 10 timer om ugen i hallen. Hver gang kommunen indfører en ny regel, "
        "er det dem, der skal sætte sig ind i den, og vi har svært ved at finde nye.",
        "Venlig hilsen\nBestyrelsen, Havbjerg Håndboldklub\nKasper Nyholm, formand",
    ]
    docx(folder / name, blocks, when, author="Kasper Nyholm", right_align=(2,))
    touch(folder / name, when)
    return [label(
        name, sender="Havbjerg Håndboldklub", kind="organisation",
        party="Havbjerg Håndboldklub", letter_date=D(2028, 3, 24), received=when,
        stance={"timefordeling": "imod", "brugerbetaling": "imod"}, no_comment=("kunstgraes",),
        overall="imod", emergent=("omklaedning", "frivillige"),
        note="Own name as the first line, no letterhead. 'modsætter sig' = imod; 'kan ikke "
        "støtte' = imod. The brugerbetaling heading uses its own words. 'Kunstgræs: Ingen "
        "kommentarer.' = no comment. Svømmehal, selvbetjening, landsbypulje not mentioned. "
        "Drains, mould, no hot water = omklaedning; volunteer coaches' burden = frivillige.",
    )]


@response
def boldklub(folder: Path):
    name = "Havbjerg Boldklub - høringssvar.pdf"
    when = at(15, 12, 10)
    blocks = [
        "Havbjerg Kommune\nKultur og Fritid",
        "15. marts 2028",
        "# Høringssvar fra Havbjerg Boldklub",
        "Havbjerg Boldklub takker for muligheden for at afgive høringssvar.",
        "Bestyrelsen bakker fuldt op om kunstgræsbanen ved Havbjerg Stadion. Vi har i dag 26 "
        "ungdomshold, som fra november til marts må træne på grusbanen eller aflyse. En "
        "kunstgræsbane vil gøre en stor forskel for vores børne- og ungdomsafdeling. Vi "
        "anbefaler, at der vælges en bane med kork eller et andet organisk fyld, så vi undgår "
        "diskussionen om gummigranulat.",
        "Vi kan også tilslutte os den nye model for fordeling af haltider. Den er mere retfærdig "
        "end den nuværende, hvor de samme klubber har haft de samme tider i tyve år.",
        "Øvrige punkter i planen har vi ikke kommentarer til.",
        f"{SIGN}\n\nLars Gram\nFormand, Havbjerg Boldklub",
    ]
    pdf(folder / name, blocks, when, title="Høringssvar", author="Havbjerg Boldklub",
        letterhead=("HAVBJERG BOLDKLUB", "Stadionvej 8 · 6690 Havbjerg · hbk@havbjergbk.dk",
                    "Stiftet 1921"), right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Havbjerg Boldklub", kind="organisation", party="Havbjerg Boldklub",
        letter_date=D(2028, 3, 15), received=when,
        stance={"kunstgraes": "støtter", "timefordeling": "støtter"}, no_comment="rest",
        overall="støtter",
        note="Letterhead. 'bakker fuldt op om' = støtter; the recommendation on organic infill "
        "is a wish, not a condition. 'kan også tilslutte os' = støtter. 'Øvrige punkter i planen "
        "har vi ikke kommentarer til' = blanket no-comment on the rest.",
    )]


# --- citizens: the form letter ------------------------------------------------------------------

CAMPAIGN_TEXT = (
    "Jeg vil gerne protestere mod forslaget om at lukke Fjordby Svømmehal.",
    "Svømmehallen er hjertet i vores by. Her lærer vores børn at svømme, her træner de "
    "ældre, og her mødes vi på tværs af generationer. Det kan en hal 14 km væk ikke "
    "erstatte.",
    "Besparelsen er lille i kommunens samlede budget, men tabet for Fjordby er stort. "
    "Bevar Fjordby Svømmehal!",
)


@response
def kampagne_1(folder: Path):
    name = "Bevar Fjordby Svømmehal.eml"
    when = at(9, 19, 3)
    body = ("Til Kultur- og Fritidsudvalget\n\n" + "\n\n".join(CAMPAIGN_TEXT)
            + "\n\nMed venlig hilsen\nRikke Thygesen\nStrandvej 17, 6692 Fjordby\n")
    eml(folder / name, sender="Rikke Thygesen <rikke.thygesen@gmail.com>", to=INBOX,
        subject="Bevar Fjordby Svømmehal", when=when, body=body, server="mail-sor.google.com",
        **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Rikke Thygesen", kind="citizen", letter_date=None, received=when,
        stance={"svoemmehal": "imod"}, overall="imod", campaign="bevar_svoemmehal",
        personal_data=(("name", "Rikke Thygesen", "text"), ("address", "Strandvej 17", "text"),
                       ("name", "Rikke Thygesen", "header"),
                       ("email", "rikke.thygesen@gmail.com", "header")),
        note="Campaign base text, unchanged. 'protestere mod', 'Bevar ...!' = imod.",
    )]


@response
def kampagne_2(folder: Path):
    name = "Fjordby svømmehal.eml"
    when = at(10, 7, 48)
    text = list(CAMPAIGN_TEXT)
    text.insert(2, "Jeg er 71 år og har fået nyt knæ sidste år. Genoptræningen i det varme vand "
                "i Fjordby har gjort, at jeg kan gå igen. Jeg har ikke bil og kan ikke tage "
                "bussen til Havbjerg tre gange om ugen.")
    body = ("Hej\n\n" + "\n\n".join(text) + "\n\nVenlig hilsen\nBent Mogensen\n")
    eml(folder / name, sender="Bent Mogensen <bentmogensen@live.dk>", to=INBOX,
        subject="Fjordby svømmehal", when=when, body=body, server="outlook.live.com",
        **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Bent Mogensen", kind="citizen", letter_date=None, received=when,
        stance={"svoemmehal": "imod"}, overall="imod", campaign="bevar_svoemmehal",
        emergent=("transport",),
        personal_data=(("name", "Bent Mogensen", "text"), ("name", "Bent Mogensen", "header"),
                       ("email", "bentmogensen@live.dk", "header"),
                       ("other", "Jeg er 71 år", "text"),
                       ("health", "har fået nyt knæ sidste år", "text")),
        note="Campaign text with a personal paragraph (age, new knee, no car, cannot take the "
        "bus to Havbjerg three times a week = transport).",
    )]


@response
def kampagne_3(folder: Path):
    name = "Høringssvar svømmehal - familien Lund.docx"
    when = at(16, 12, 0)
    blocks = [
        "Familien Lund\nGranvænget 5\n6692 Fjordby",
        "Til Kultur- og Fritidsudvalget",
        "Vi vil gerne protestere mod forslaget om at lukke Fjordby Svømmehal.",
        "Svømmehallen er hjertet i vores by. Her lærer vores børn at svømme, her træner de "
        "ældre, og her mødes vi på tværs af generationer. Det kan en hal 14 km væk ikke "
        "erstatte.",
        "Besparelsen er lille i kommunens samlede budget, men tabet for Fjordby er stort. "
        "Bevar Fjordby Svømmehal!",
        "Venlig hilsen\nMaria og Thomas Lund",
    ]
    docx(folder / name, blocks, when, author="Maria Lund")
    touch(folder / name, when)
    return [label(
        name, sender="Maria og Thomas Lund", kind="citizen", letter_date=None, received=when,
        stance={"svoemmehal": "imod"}, overall="imod", campaign="bevar_svoemmehal",
        personal_data=(("name", "Maria og Thomas Lund", "text"), ("name", "Familien Lund", "text"),
                       ("address", "Granvænget 5", "text")),
        note="Campaign text in the plural ('Vi'), as a Word file handed in at the library "
        "(received = file time). Own address block at the top is the sender's.",
    )]


# --- other citizens -----------------------------------------------------------------------------


@response
def scannet_badminton(folder: Path):
    name = "Scan_0322_093114.pdf"
    when = at(22, 9, 31)
    lines = [
        "Ejnar Vinther",
        "Lærkevej 9",
        "6690 Havbjerg",
        "",
        "Til Kultur- og Fritidsudvalget",
        "",
        "                                Havbjerg 19/3 2028",
        "",
        "Vedr. facilitetsplanen",
        "",
        "Jeg spiller badminton to gange om ugen på",
        "60+ holdet i Havbjerg Motion. Nu læser jeg i",
        "avisen at vi skal til at betale 75 kr. i timen",
        "for banerne. Det synes jeg er urimeligt.",
        "Vi er pensionister og har betalt skat hele",
        "livet. Jeg er imod det forslag.",
        "",
        "Når jeg nu skriver, vil jeg også nævne at",
        "bruserne i Havbjerghallen er kolde om",
        "formiddagen og at det ene toilet har været",
        "låst i et halvt år. Det kan man ikke byde",
        "folk.",
        "",
        "Med venlig hilsen",
        "",
        "Ejnar Vinther",
    ]
    scan_pdf(folder / name, lines, when, seed=31, angle=-0.7)
    touch(folder / name, when)
    return [label(
        name, sender="Ejnar Vinther", kind="citizen", letter_date=D(2028, 3, 19), received=when,
        stance={"brugerbetaling": "imod"}, overall="imod", emergent=("omklaedning",),
        personal_data=(("name", "Ejnar Vinther", "text"), ("address", "Lærkevej 9", "text")),
        note="Typed letter handed in and scanned on 22 March (image only, no text layer). "
        "Letter dated 19/3. 'urimeligt', 'Jeg er imod det forslag' = imod brugerbetaling "
        "(discussed as '75 kr. i timen for banerne'). Cold showers and a locked toilet = "
        "omklaedning.",
    )]


@response
def videresendt_granulat(folder: Path):
    name = "VS Kunstgræsbane og vores børn.eml"
    when = at(14, 8, 22)
    original = at(11, 21, 5)
    body = (
        "Hej Kultur og Fritid\n\n"
        "Jeg videresender denne mail, som jeg har fået fra en forælder. Den er vel ment som et "
        "høringssvar.\n\n"
        "Venlig hilsen\nPernille Dahl\nHalinspektør, Havbjerghallen\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Sanne Østergaard <sanne.oestergaard@hotmail.com>\n"
        "Sendt: 11. marts 2028 21:05\n"
        "Til: Pernille Dahl <pernille.dahl@havbjerg.dk>\n"
        "Emne: Kunstgræsbane og vores børn\n\n"
        "Hej Pernille\n\n"
        "Jeg ved ikke helt hvem jeg skal skrive til, så jeg prøver dig.\n\n"
        "Jeg har læst, at der skal laves en ny bane med kunstigt græs ved stadion. Jeg har "
        "set de baner i Kolding, hvor de små sorte gummikugler ligger overalt, i skoene, i "
        "bilen og i vaskemaskinen, og de ender ude i naturen. Jeg synes ikke, det er en god "
        "idé at lade vores børn lege i det, og jeg kan ikke forstå, at kommunen vil bruge "
        "pengene på det. Lad være med at bygge den, og brug hellere pengene på at lappe "
        "hullerne i de baner vi har.\n\n"
        "Og mens jeg er i gang: Omklædningsrummene ved stadion er i en frygtelig stand, der er "
        "ikke engang en dør på det ene toilet.\n\n"
        "Hilsen Sanne\n(mor til Oliver på U10)\n"
    )
    eml(folder / name, sender="Pernille Dahl <pernille.dahl@havbjerg.dk>", to=INBOX,
        subject="VS: Kunstgræsbane og vores børn", when=when, body=body,
        mailer="Microsoft Outlook 16.0", **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Sanne Østergaard", kind="citizen", letter_date=None, received=original,
        stance={"kunstgraes": "imod"}, overall="imod", emergent=("omklaedning",),
        personal_data=(("name", "Sanne Østergaard", "text"),
                       ("email", "sanne.oestergaard@hotmail.com", "text"),
                       ("name", "Sanne", "text"), ("name", "Oliver", "text")),
        note="Outlook '-----Oprindelig meddelelse-----' forwarded by the hall inspector (a "
        "staff member, not the sender) on 14 March; the parent wrote to her municipal address "
        "on 11 March, so received is 11 March. Kunstgræs is discussed as 'bane med kunstigt "
        "græs' and 'gummikugler' (no keyword); 'synes ikke, det er en god idé', 'Lad være med at "
        "bygge den' = imod. The changing rooms at the stadium = omklaedning.",
    )]


@response
def voksen_spiller(folder: Path):
    name = "Høringssvar.eml"
    when = at(19, 17, 33)
    body = (
        "Kære udvalg\n\n"
        "Jeg spiller volleyball på et motionshold i Havbjerghallen og vil gerne give min "
        "mening til kende, fordi jeg tror, I mest hører fra dem, der er imod.\n\n"
        "Jeg synes, det er rimeligt, at vi voksne betaler et mindre beløb for at bruge "
        "hallerne. Vi har fuldtidsjob, og 75 kr. delt på ti spillere er ingenting. Til gengæld "
        "forventer jeg så, at pengene går til hallerne og ikke forsvinder i kommunekassen.\n\n"
        "Jeg er heller ikke imod at lukke svømmehallen i Fjordby. Den er nedslidt, og det giver "
        "mening at samle kræfterne i Badelandet, som er langt bedre.\n\n"
        "Hvis der skal bruges penge et sted, så er det på omklædningsrummene i Havbjerghallen. "
        "De er fra 1978 og lugter af kælder.\n\n"
        "Venlig hilsen\nNikolaj Brix\nBirkevej 31, Havbjerg\n"
    )
    eml(folder / name, sender="Nikolaj Brix <nbrix@outlook.dk>", to=INBOX, subject="Høringssvar",
        when=when, body=body, server="outlook.office365.com", **MAILHOSTS)
    touch(folder / name, when)
    return [label(
        name, sender="Nikolaj Brix", kind="citizen", letter_date=None, received=when,
        stance={"brugerbetaling": "støtter", "svoemmehal": "støtter"}, overall="støtter",
        emergent=("omklaedning",),
        personal_data=(("name", "Nikolaj Brix", "text"), ("address", "Birkevej 31", "text"),
                       ("name", "Nikolaj Brix", "header"), ("email", "nbrix@outlook.dk", "header")),
        note="'synes, det er rimeligt' = støtter; 'forventer jeg så' is an expectation about "
        "the money, not a condition of support. 'er heller ikke imod at lukke svømmehallen' = "
        "negated opposition = støtter. Changing rooms from 1978 = omklaedning.",
    )]


@response
def traener(folder: Path):
    name = "Kommentarer til facilitetsplanen - Lone Frederiksen.docx"
    when = at(28, 10, 14)
    blocks = [
        "Kommentarer til facilitetsplanen",
        "Jeg har været gymnastiktræner i Havbjerg Gymnastikforening i 14 år og er i dag "
        "ansvarlig for foreningens springhold. Jeg skriver som privatperson.",
        "Jeg forstår godt tanken bag den nye måde at fordele tiderne i hallerne på, men jeg er "
        "i tvivl om, hvordan den vil virke for en forening som vores, hvor mange børn går til "
        "gymnastik i en sæson og så stopper. Tæller man medlemmer i september eller i marts? "
        "Det kan jeg ikke se af planen.",
        "Derimod synes jeg, det er en dårlig idé at gøre os afhængige af en brik i stedet for "
        "en inspektør. Vi har 60 børn og tunge springredskaber, der skal sættes frem og "
        "pakkes væk. Når brikken ikke virker, og det gør den ofte i Nørre Lem-hallen, står vi "
        "med 60 børn i regnvejr og ingen at ringe til.",
        "Og så vil jeg sige, at det bliver sværere og sværere at være frivillig. Jeg har "
        "brugt tre aftener i denne sæson på børneattester, kurser i det nye bookingsystem og "
        "registrering af medlemstal. Hvis kommunen vil have foreningslivet til at overleve, skal "
        "I gøre det nemmere for os, ikke sværere.",
        "Lone Frederiksen\nSkolevej 4, 6690 Havbjerg",
    ]
    docx(folder / name, blocks, when, author="Lone Frederiksen")
    touch(folder / name, when)
    return [label(
        name, sender="Lone Frederiksen", kind="citizen", letter_date=None, received=when,
        stance={"timefordeling": "neutral", "selvbetjening": "imod"}, overall="imod",
        emergent=("frivillige",),
        personal_data=(("name", "Lone Frederiksen", "text"), ("address", "Skolevej 4", "text")),
        note="Word file that arrived the day after the deadline (late). Writes as a private "
        "person although she is a coach. Timefordeling: 'forstår godt tanken ..., men jeg er i "
        "tvivl' = open doubt, neutral. Selvbetjening: 'en brik i stedet for en inspektør', "
        "'en dårlig idé' = imod. Paperwork for volunteers = frivillige.",
    )]


# --- the set ------------------------------------------------------------------------------------

CONSULTATION = {
    "title": "Facilitetsplan for idræt og bevægelse 2028–2032",
    "case_number": "28/02417",
    "committee": "Kultur- og Fritidsudvalget",
    "from": "Kultur og Fritid",
    "municipality": "Havbjerg Kommune",
    "sent": "2028-02-28",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "transport": {
        "label": "At komme til og fra idrætten",
        "description": "Bus, cykel og bil til træning og skolesvømning: busser, der kun går en "
        "gang i timen eller holder op før træningen slutter, veje uden cykelsti og lys, "
        "forældre på arbejde, borgere uden bil eller med kørestol.",
    },
    "omklaedning": {
        "label": "Omklædningsrum, bad og toiletter i hallerne",
        "description": "Nedslidte og kolde bade, skimmel og afløb, låste eller manglende "
        "handicaptoiletter, glatte gulve uden håndgreb, fællesbad som får elever til at blive væk.",
    },
    "frivillige": {
        "label": "De frivillige trænere og ledere",
        "description": "At skaffe og fastholde frivillige; administration, bookingsystem, "
        "børneattester og nye regler, der lægges over på dem; unge trænere, der stopper.",
    },
}

CAMPAIGNS = {
    "bevar_svoemmehal": "Enslydende borgerbrev 'Bevar Fjordby Svømmehal' (3 breve: to e-mails og "
    "en Word-fil; et med et personligt afsnit tilføjet, et i flertal)",
}


ABOUT = (
    "Reference labels for dev008 (fictional: Havbjerg Kommune, 'Facilitetsplan for idræt og "
    "bevægelse 2028–2032'), whose files make_dev008.py writes; a held-out set written without "
    "reading hoering's reading rules or the other sets' letters. Same schema as dev002 and "
    "dev004. One entry per file; role 'cover' = an e-mail whose response is its attachment "
    "(container names the e-mail). letter_date = the letter's own date line or null; received = "
    "the e-mail's Date (for a forwarded e-mail the original's date, when the citizen wrote to a "
    "municipal address), else the day the file arrived (its mtime). stance per theme: støtter | "
    "imod | neutral (concern = imod, opposing a cut = imod, negated opposition 'er ikke imod' = "
    "støtter, conditional acceptance = støtter with the condition in condition, 'tager til "
    "efterretning' and open doubt = neutral). themes_no_comment = elements named only to say no "
    "comment, or covered by a blanket sentence on the other elements or on the whole proposal. "
    "overall: støtter | imod | delvis (both støtter and imod among the stances) | neutral | "
    "ingen bemærkninger. emergent = keys of topics outside the codebook raised by at least "
    "three responses; a topic one letter alone raises is not labelled. campaign = form-letter "
    "group id. No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
