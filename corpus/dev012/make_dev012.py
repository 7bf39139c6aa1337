"""Development consultation dev012: Kragelund Kommune, "Hjemløseplan 2027–2030 – fra herberg
til egen bolig" (fictional), the responses as they reached Social og Sundhed.

    python corpus/dev012/make_dev012.py OUTDIR                 # writes the response files
    python corpus/dev012/make_dev012.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, staff at
the shelter, unions, the homeless people's own organisation, a church charity, a housing
association, shopkeepers, house owners, GPs and citizens), and labelled the way a careful
reader labels them. The file makers are shared with dev002 (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import arrived, built, docx, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Social og Sundhed <hoering.social@kragelund.dk>"
MAILHOSTS = {"relay": "mx2.kragelund.dk", "exchange": "KRGEXCH01.kragelund.local"}
DEADLINE = dt.date(2027, 3, 1)
THEMES = ("herberg", "housingfirst", "skaeve", "natcafe", "klinik")
D = dt.date
SIGN = "Med venlig hilsen"
SUBJECT = "Hjemløseplan 2027–2030"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, month=2, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response

pdf_at = arrived(pdf)
docx_at = arrived(docx)


# --- organisations ---------------------------------------------------------------------------


@response
def aeldreraadet(folder: Path):
    name = "Høringssvar fra Ældrerådet.eml"
    when = at(9, 14, 12)
    mail(folder / name, sender="Ældrerådet Kragelund <aeldreraadet@kragelund.dk>", to=INBOX,
         subject="Høringssvar fra Ældrerådet - hjemløseplan", when=when, server="mail.kragelund.dk",
         body=(
             "Til Social og Sundhed\n\n"
             "Ældrerådet har på sit møde den 8. februar gennemgået udkastet til Hjemløseplan "
             "2027-2030.\n\n"
             "Planen giver ikke Ældrerådet anledning til bemærkninger.\n\n"
             "Med venlig hilsen\n\nBirgit Overgaard\nformand for Ældrerådet i Kragelund Kommune\n"
         ))
    return [label(name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
                  received=when, letter_date=None, no_comment="rest",
                  overall="ingen bemærkninger",
                  note="Mail body from the council's municipal address: no remarks on the whole "
                  "plan (blanket on every element).")]


@response
def handicapraadet(folder: Path):
    name = "Handicaprådet - høringssvar hjemløseplan.pdf"
    when = at(15, 10, 40)
    pdf_at(folder / name, [
        "Kragelund Kommune\nSocial og Sundhed\nAtt.: Socialudvalget",
        "15. februar 2027",
        "# Høringssvar vedr. Hjemløseplan 2027–2030",
        "Handicaprådet har drøftet planen på rådets møde den 11. februar. Rådet vil gerne "
        "indlede med at sige, at mange hjemløse borgere også har en funktionsnedsættelse – "
        "fysisk, kognitiv eller psykisk – og at det bør afspejles i alle dele af planen.",
        "Rådet bakker op om, at borgere så vidt muligt skal have deres egen bolig med den "
        "støtte, de har brug for. Det er i tråd med handicapkonventionens artikel 19 om retten "
        "til selv at vælge, hvor og med hvem man vil bo.",
        "Rådet hilser ligeledes de tolv små huse til borgere, der ikke kan trives i en "
        "almindelig opgang, velkommen. Mindst to af husene bør indrettes, så de kan bruges af "
        "en kørestolsbruger.",
        "Sundhedsklinikken kan Handicaprådet støtte, forudsat at lokalerne er fuldt "
        "tilgængelige, og at der kan bestilles tolk, herunder tegnsprogstolk, når det er "
        "nødvendigt.",
        "Rådet vil endelig pege på, at en stor del af målgruppen har en psykiatrisk diagnose, "
        "ofte samtidig med et misbrug. Det kræver et forpligtende samarbejde med "
        "regionspsykiatrien, så borgerne ikke bliver kastebold mellem kommune og region.",
        "Handicaprådet har ikke yderligere bemærkninger til planens øvrige dele.",
        SIGN,
        "Jens Kofoed\nformand for Handicaprådet",
    ], when, letterhead=("Handicaprådet", "Kragelund Kommune · Rådhustorvet 1 · 7340 Kragelund"),
        title="Høringssvar hjemløseplan", author="Handicaprådet", right_align=(1,))
    return [label(name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
                  received=when, letter_date=D(2027, 2, 15),
                  stance={"housingfirst": "støtter", "skaeve": "støtter", "klinik": "støtter"},
                  condition={"klinik": "at lokalerne er fuldt tilgængelige, og at der kan "
                             "bestilles tolk, herunder tegnsprogstolk, når det er nødvendigt"},
                  no_comment="rest", emergent=("psykiatri",), overall="støtter",
                  note="Letterhead, address block, no element headings. Housing First is "
                  "discussed as 'egen bolig med den støtte' (keyword 'egen bolig' present); the "
                  "skæve boliger only as 'de tolv små huse' (no keyword). Closing blanket covers "
                  "herberg and natcafe.")]


@response
def lmu_bakkely(folder: Path):
    name = "LMU Bakkely høringssvar.docx"
    when = at(22, 15, 5)
    docx_at(folder / name, [
        "# Høringssvar fra LMU på Herberget Bakkely",
        "Lokal-MED på Bakkely har drøftet forslaget til hjemløseplan på et ekstraordinært "
        "møde den 17. februar. Vi skriver som de medarbejdere og ledere, der hver dag og hver "
        "nat tager imod de borgere, planen handler om.",
        "## Lukning af Bakkely",
        "LMU kan ikke støtte, at Bakkely lukker. Huset har 30 pladser, og de er fyldt det meste "
        "af året. Mange af vores beboere har prøvet at bo selv – nogle af dem flere gange – og "
        "er kommet tilbage, fordi de ikke kunne holde til ensomheden eller blev sat ud på grund "
        "af restancer. For dem er et sted med personale døgnet rundt ikke et nederlag, men en "
        "nødvendighed.",
        "## Housing First",
        "Vi er ikke modstandere af Housing First. Vi ser gerne, at flere kommer i egen bolig, "
        "og vi ved, at metoden virker for mange. Men vi tvivler på, at der findes de boliger, "
        "planen regner med. Vores beboere står i dag i gennemsnit 14 måneder på venteliste, "
        "og en etværelses til en husleje, man kan betale af kontanthjælp, er næsten ikke til at "
        "opdrive i Kragelund.",
        "## Natcaféen",
        "Vi frygter, at natcaféen bliver det sted, man henviser til, når der ikke længere er en "
        "seng på Bakkely. En stol i en café er ikke et sted at sove, og det er ikke en "
        "løsning for en borger, der har brug for ro og en dør, der kan låses.",
        "## Sundhedsklinik",
        "Vi ser positivt på en klinik, hvor borgerne kan komme uden tid. Vores erfaring er, at "
        "mange først kommer til læge, når det er gået helt galt.",
        "## Borgere med dobbeltdiagnoser",
        "En stor del af vores beboere har både en sindslidelse og et misbrug. De falder i dag "
        "mellem to stole, fordi psykiatrien ikke vil behandle, før misbruget er under kontrol, "
        "og misbrugscentret ikke kan rumme sindslidelsen. Det ændrer en bolig ikke på.",
        "På vegne af LMU\n\nHanne Riis, leder\nMorten Bak, næstformand, medarbejderrepræsentant",
        "Kragelund, 22. februar 2027",
    ], when, author="Hanne Riis", title="Høringssvar LMU Bakkely")
    return [label(name, sender="LMU Herberget Bakkely", kind="organisation",
                  party="LMU Herberget Bakkely", received=when, letter_date=D(2027, 2, 22),
                  stance={"herberg": "imod", "housingfirst": "støtter", "natcafe": "imod",
                          "klinik": "støtter"},
                  emergent=("boligmangel", "psykiatri"), overall="delvis",
                  note="Headings per element plus one of its own. 'kan ikke støtte, at Bakkely "
                  "lukker' = imod. 'ikke modstandere af Housing First' = støtter (negated "
                  "opposition) with a doubt about the housing supply (boligmangel). Natcafé: "
                  "'frygter' = imod. Klinik: 'ser positivt på' = støtter. "
                  "Skæve boliger not mentioned, no blanket sentence. Date line after the "
                  "signature.")]


@response
def foa(folder: Path):
    name = "Høringssvar FOA Kragelund - hjemløseplan.eml"
    attachment = "FOA høringssvar hjemløseplan.pdf"
    when = at(24, 9, 51)
    data = built(pdf, attachment, [
        "Til Socialudvalget i Kragelund Kommune",
        "# FOA Kragelunds høringssvar til Hjemløseplan 2027–2030",
        "FOA Kragelund organiserer bl.a. de social- og sundhedsassistenter, hjemmehjælpere og "
        "servicemedarbejdere, der arbejder på Bakkely og i kommunens bostøtte.",
        "# Lukning af herberget",
        "FOA er imod, at Bakkely lukkes. Lukningen vil koste 14 faste stillinger, og vi har "
        "ikke set en plan for, hvor medarbejderne skal hen. Samtidig forsvinder 30 pladser, "
        "som i dag er de eneste i kommunen med nattevagt.",
        "# Housing First",
        "Vi kan støtte omlægningen til Housing First, hvis normeringen følger med. Det betyder "
        "efter vores opfattelse, at en medarbejder i ICM-teamet højst har 10 borgere, og at de "
        "medarbejdere, der flytter fra Bakkely til bostøtten, får tilbudt efteruddannelse i "
        "metoden.",
        "# Skæve boliger",
        "Ingen bemærkninger.",
        "# Natcafé",
        "Vi har ikke noget at tilføje her.",
        "# Sundhedsklinik",
        "FOA tager etableringen af klinikken til efterretning. Vi går ud fra, at den bemandes "
        "med sundhedsfagligt personale på overenskomst.",
        SIGN,
        "Lone Fisker\nsektorformand, Social- og Sundhedssektoren\nFOA Kragelund",
        "24.02.2027",
    ], when, letterhead=("FOA Kragelund", "Jernbanegade 12 · 7340 Kragelund · tlf. 46 97 22 00"),
        title="Høringssvar", author="Lone Fisker")
    mail(folder / name, sender="Lone Fisker <lone.fisker@foa.dk>", to=INBOX,
         subject="Høringssvar - Hjemløseplan 2027-2030", when=when, server="smtp.foa.dk",
         body="Hej\n\nHermed FOA Kragelunds høringssvar til hjemløseplanen.\n\n"
         "Venlig hilsen\nLone Fisker\nFOA Kragelund\n",
         attachments=[(attachment, data)])
    return [
        cover(name, attachment, sender="FOA Kragelund", kind="organisation", party="FOA Kragelund",
              received=when,
              note="Covering mail from the union's national domain, signed by the sector chair."),
        label(attachment, container=name, sender="FOA Kragelund", kind="organisation",
              party="FOA Kragelund", received=when, letter_date=D(2027, 2, 24),
              stance={"herberg": "imod", "housingfirst": "støtter", "klinik": "neutral"},
              condition={"housingfirst": "at normeringen følger med: højst 10 borgere pr. "
                         "medarbejder i ICM-teamet og efteruddannelse til medarbejderne fra "
                         "Bakkely"},
              no_comment=("skaeve", "natcafe"), overall="delvis",
              note="Letterhead; headings follow the proposal. Skæve boliger 'Ingen "
              "bemærkninger.'; natcafé 'Vi har ikke noget at tilføje her.' (no comment). "
              "Klinik 'tager ... til efterretning' = neutral. Jobs are the union's own concern "
              "(one letter only)."),
    ]


@response
def sand(folder: Path):
    name = "SAND Kragelund - vores svar på hjemløseplanen.pdf"
    when = at(20, 21, 30)
    pdf_at(folder / name, [
        "SAND Kragelund har holdt to møder i varmestuen om planen. Omkring 25 mennesker med "
        "egen erfaring fra gaden og herbergerne var med. Det her er, hvad de sagde.",
        "## Bolig først – ja tak",
        "Housing First er det, SAND har kæmpet for i mange år. Man kan ikke komme ud af et "
        "misbrug eller passe et job, når man ikke ved, hvor man skal sove i nat. Vi støtter "
        "den del af planen helt og holdent.",
        "## Bakkely",
        "Vi er ikke imod, at Bakkely lukker. Ingen af os drømmer om at blive boende på en "
        "sovesal. Men det må kun ske, når der står en bolig klar til hver eneste af dem, der "
        "bor der. Ellers ender de på gaden eller på en sofa.",
        "## Boligerne findes ikke",
        "Det største problem er huslejen. Med kontanthjælp eller førtidspension kan man ikke "
        "betale 6.500 kr. om måneden for en lejlighed. Der bliver bygget i Kragelund, men der "
        "bliver ikke bygget noget, vi kan betale.",
        "## De skæve huse",
        "Endelig! Nogle af os kan ikke bo i en opgang, hvor naboen banker på væggen. De skæve "
        "boliger er et godt tilbud, og vi vil gerne være med til at finde ud af, hvordan de "
        "skal se ud.",
        "## Natcaféen",
        "God idé. Husk at man skal kunne have sin hund med. Mange går ikke ind et sted, hvor "
        "hunden skal blive udenfor.",
        "## Klinikken",
        "Det er rigtig godt. Mange af os har ikke været ved tandlæge eller læge i årevis, fordi "
        "man skal ringe og bestille tid kl. 8.",
        "## De unge",
        "Der kommer flere og flere unge i varmestuen – 18, 19, 20 år – som sover hos venner og "
        "ikke tæller som hjemløse nogen steder. Planen skal også handle om dem.",
        "SAND Kragelund\nkontaktperson: Kim Thorsen",
    ], when, banner=("SAND Kragelund", "Høringssvar: Hjemløseplan 2027–2030"), columns=2,
        title="SAND høringssvar", author="SAND Kragelund")
    return [label(name, sender="SAND Kragelund", kind="organisation", party="SAND Kragelund",
                  received=when, letter_date=None,
                  stance={"housingfirst": "støtter", "herberg": "støtter", "skaeve": "støtter",
                          "natcafe": "støtter", "klinik": "støtter"},
                  condition={"herberg": "at der står en bolig klar til hver eneste af dem, der "
                             "bor på Bakkely, før det lukker"},
                  emergent=("boligmangel", "unge"), overall="støtter",
                  note="Two columns under a full-width banner; no date line. 'Vi er ikke imod, at "
                  "Bakkely lukker' = støtter the closure, with the condition. Dogs in the night "
                  "café raised by this letter only. 'sover hos venner' = young sofa-surfers "
                  "(unge).")]


@response
def korshaer(folder: Path):
    name = "Kirkens Korshær Kragelund - høringssvar.docx"
    when = at(25, 11, 17)
    docx_at(folder / name, [
        "Kragelund, den 25. februar 2027",
        "Til Socialudvalget, Kragelund Kommune",
        "# Høringssvar fra Kirkens Korshær Kragelund",
        "Kirkens Korshær har i over 40 år drevet varmestuen i Sankt Olai Stræde, og vi kender "
        "mange af de mennesker, planen handler om, ved navn.",
        "Vi glæder os over, at kommunen vil åbne et sted om natten. I dag lukker vores "
        "varmestue kl. 17, og vi ved, at mange af vores gæster tilbringer natten i "
        "opgange, i banegårdens venteværelse eller i et telt ved åen. Kirkens Korshær står "
        "gerne til rådighed med frivillige, hvis det kan være til nytte for natcaféen.",
        "Vi er også glade for sundhedsklinikken. Vores frivillige møder ofte gæster med sår, "
        "der ikke er blevet set til, og tænder, der gør ondt.",
        "Hvad angår lukningen af Bakkely, har vi ikke en entydig holdning. Det kommer helt an "
        "på, om der er andre muligheder klar, når de kolde nætter kommer, og det kan vi ikke "
        "vurdere ud fra planen.",
        "Vi vil gerne gøre opmærksom på, at vi i løbet af de sidste par år har set langt flere "
        "unge mennesker i varmestuen end tidligere. Mange af dem har været anbragt uden for "
        "hjemmet som børn og har ingen familie at falde tilbage på, når de fylder 18.",
        "Til de øvrige dele af planen har vi ingen bemærkninger.",
        "Med venlig hilsen\nKirkens Korshær Kragelund\n\nPastor Ellen Damgaard\nformand for "
        "lokalbestyrelsen",
    ], when, author="Ellen Damgaard", title="Høringssvar")
    return [label(name, sender="Kirkens Korshær Kragelund", kind="organisation",
                  party="Kirkens Korshær Kragelund", received=when, letter_date=D(2027, 2, 25),
                  stance={"natcafe": "støtter", "klinik": "støtter", "herberg": "neutral"},
                  no_comment="rest", emergent=("unge",), overall="støtter",
                  note="No headings. The night café is first described without its keyword ('et "
                  "sted om natten'). Bakkely: 'ikke en entydig holdning' = open doubt, neutral. "
                  "Care leavers with no family = unge. Blanket covers housingfirst and skaeve. "
                  "The charity's own 'varmestue' is mentioned as its existing service, not the "
                  "element.")]


@response
def kragebo(folder: Path):
    name = "Kragebo høringssvar hjemløseplan.pdf"
    when = at(26, 13, 2)
    pdf_at(folder / name, [
        "Kragelund Kommune\nSocial og Sundhed\nRådhustorvet 1\n7340 Kragelund",
        "Dato: 26. februar 2027\nJ.nr.: 2027-018",
        "# Høringssvar – Hjemløseplan 2027–2030",
        "Boligforeningen Kragebo har med interesse læst kommunens forslag. Som kommunens "
        "største almene boligorganisation med godt 2.300 lejemål vil vi være en af de "
        "vigtigste samarbejdspartnere, hvis planen skal lykkes.",
        "Vi er positive over for Housing First og vil gerne bidrage med boliger via kommunens "
        "anvisningsret. Det forudsætter dog, at kommunen stiller garanti for istandsættelse "
        "ved fraflytning og for eventuel huslejerestance, som det kendes fra andre kommuner.",
        "Vi skal samtidig være ærlige om, at vi har meget få små og billige lejemål. "
        "Ventelisten til vores 1- og 2-værelses boliger er på flere år, og de nyeste afdelinger "
        "har en husleje, der ligger langt over, hvad en enlig på overførselsindkomst kan "
        "betale.",
        "Når en borger med store problemer flytter ind i en af vores afdelinger, er det vigtigt "
        "for de øvrige beboere, at der er en kontaktperson, de kan ringe til, hvis der opstår "
        "uro eller konflikter i opgangen. Det vil styrke både trivslen og tilliden til "
        "projektet.",
        "Kragebo byder gerne ind som bygherre på de skæve boliger på Teglværksgrunden.",
        "Planens øvrige elementer giver ikke anledning til bemærkninger fra boligforeningens "
        "side.",
        SIGN,
        "Per Lykke\ndirektør",
    ], when, letterhead=("Boligforeningen Kragebo",
                         "Søndergade 40 · 7340 Kragelund · kragebo.dk · CVR 12 34 56 78"),
        title="Høringssvar", author="Per Lykke")
    return [label(name, sender="Boligforeningen Kragebo", kind="organisation",
                  party="Boligforeningen Kragebo", received=when, letter_date=D(2027, 2, 26),
                  stance={"housingfirst": "støtter", "skaeve": "støtter"},
                  condition={"housingfirst": "at kommunen stiller garanti for istandsættelse "
                             "ved fraflytning og for eventuel huslejerestance"},
                  no_comment="rest", emergent=("boligmangel", "tryghed"), overall="støtter",
                  note="Letterhead, address block, date and file number. 'positive over for' with "
                  "'Det forudsætter dog' = conditional support. Skæve boliger: offering to build "
                  "= support. Few cheap small flats = boligmangel; a contact person for the "
                  "other tenants = tryghed. Blanket covers herberg, natcafe, klinik.")]


@response
def grundejer(folder: Path):
    name = "Indsigelse mod skæve boliger på Teglværksgrunden.eml"
    when = at(27, 19, 44)
    mail(folder / name, sender="Grundejerforeningen Teglværkskvarteret <bestyrelsen@teglvaerkskvarteret.dk>",
         to=INBOX, subject="Indsigelse mod skæve boliger på Teglværksgrunden", when=when,
         server="smtp.simply.com", body=(
             "Til Socialudvalget\n\n"
             "Bestyrelsen for Grundejerforeningen Teglværkskvarteret, som repræsenterer 146 "
             "husstande, vil hermed gøre indsigelse mod placeringen af 12 skæve boliger på "
             "Teglværksgrunden.\n\n"
             "Lad os sige det klart: Vi er ikke imod, at der bygges boliger til mennesker, der "
             "har det svært. Men grunden ligger 150 meter fra Teglværksskolen og lige op ad den "
             "sti, som mange af kvarterets børn cykler ad hver morgen. Flere forældre har "
             "allerede spurgt os, om de fremover kan lade deres børn gå alene til skole.\n\n"
             "Vi har erfaring fra andre byer med, at der kan komme uro, kanyler og råben om "
             "natten omkring den slags boliger, og vi kan ikke se, at planen siger noget om, "
             "hvem man som nabo skal henvende sig til, når det sker.\n\n"
             "Vi opfordrer udvalget til at finde en anden placering, længere fra skole og "
             "boligområde.\n\n"
             "På bestyrelsens vegne\n\nKarsten Vilhelmsen\nformand\n"
         ))
    return [label(name, sender="Grundejerforeningen Teglværkskvarteret", kind="organisation",
                  party="Grundejerforeningen Teglværkskvarteret", received=when,
                  letter_date=None, stance={"skaeve": "imod"}, emergent=("tryghed",),
                  overall="imod",
                  note="Mail body. 'ikke imod, at der bygges boliger til mennesker, der har det "
                  "svært' is about housing in general; the element is the 12 skæve boliger ON "
                  "Teglværksgrunden, and the letter objects to that placement = imod. Children "
                  "on the school path, needles, noise, no one to call = tryghed. No other element "
                  "mentioned, no blanket.")]


@response
def handelsstand(folder: Path):
    name = "VS Høringssvar fra Kragelund Handelsstandsforening.eml"
    attachment = "Høringssvar Handelsstandsforeningen.docx"
    when = at(3, 8, 20, month=3)
    data = built(docx, attachment, [
        "# Kragelund Handelsstandsforening",
        "Høringssvar til Hjemløseplan 2027–2030",
        "Handelsstandsforeningen repræsenterer 85 butikker, caféer og liberale erhverv i "
        "Kragelund midtby.",
        "Vi bakker op om, at kommunen vil give hjemløse en rigtig bolig frem for en seng på et "
        "herberg. Det er både mere menneskeværdigt og, så vidt vi forstår, billigere på sigt.",
        "Vi er imidlertid stærkt imod, at natcaféen placeres i Kirkestræde. Kirkestræde er "
        "byens mest besøgte handelsgade, og allerede i dag oplever vores medlemmer, at der "
        "ligger affald og urin i portene om morgenen, og at kunder og ansatte føler sig "
        "utrygge, når de går til og fra bilen efter lukketid. En natcafé med åbent til kl. 7 "
        "vil betyde, at gæsterne forlader stedet netop, når butikkerne åbner.",
        "Vi foreslår i stedet en placering ved Banegårdspladsen eller i tilknytning til "
        "Kirkens Korshærs varmestue.",
        "Forslaget om 12 skæve boliger tager vi til efterretning.",
        "Med venlig hilsen\n\nSusanne Brix\nformand, Kragelund Handelsstandsforening",
    ], at(26, 16, 0), author="Susanne Brix", title="Høringssvar")
    mail(folder / name, sender="Sekretariat <sekretariat@kragelundhandel.dk>",
         to=INBOX, subject="VS: Høringssvar fra Kragelund Handelsstandsforening", when=when,
         server="smtp.one.com", body=(
             "Til rette vedkommende\n\n"
             "Vi kan se, at vores høringssvar fra fredag ikke er gået igennem – det lå i "
             "udbakken. Vi håber, at det stadig kan komme med.\n\n"
             "Venlig hilsen\nMette Krog\nsekretær, Kragelund Handelsstandsforening\n"
         ), attachments=[(attachment, data)])
    return [
        cover(name, attachment, sender="Kragelund Handelsstandsforening", kind="organisation",
              party="Kragelund Handelsstandsforening", received=when,
              note="Covering mail sent two days after the deadline; the secretary says the "
              "letter 'fra fredag' (26 February, the Word file's own timestamp) stuck in the "
              "outbox. 'VS:' is the association's own resend, not a staff forward. Late by its "
              "arrival."),
        label(attachment, container=name, sender="Kragelund Handelsstandsforening",
              kind="organisation", party="Kragelund Handelsstandsforening", received=when,
              letter_date=None,
              stance={"herberg": "støtter", "housingfirst": "støtter", "natcafe": "imod",
                      "skaeve": "neutral"},
              emergent=("tryghed",), overall="delvis",
              note="Word file with the association's name as its first heading; no date line. "
              "Housing First and the closure are supported in one sentence without keywords "
              "for Housing First ('en rigtig bolig frem for en seng på et herberg'). 'stærkt "
              "imod' the night café in Kirkestræde (its placement is the element). Skæve "
              "boliger 'tager vi til efterretning' = neutral. Klinik not mentioned. Received "
              "2 days late."),
    ]


@response
def udsatteraadet(folder: Path):
    name = "Udsatterådets høringssvar - Hjemløseplan 2027-2030.pdf"
    when = at(28, 14, 30)
    pdf_at(folder / name, [
        "28. februar 2027",
        "# Udsatterådets høringssvar til Hjemløseplan 2027–2030",
        "Udsatterådet takker for muligheden for at afgive høringssvar. Rådet har drøftet "
        "planen på to møder og har talt med brugere af varmestuen og beboere på Bakkely.",
        "# 1. Lukning af Herberget Bakkely",
        "Rådet fraråder, at alle 30 pladser lukkes på én gang. Der vil altid være borgere, "
        "som har brug for et akut sted at sove, fx efter en udsættelse eller et brud, og for "
        "nogle vil en bolig ikke være realistisk lige nu. Bevar mindst 10 akutpladser.",
        "# 2. Housing First",
        "Udsatterådet støtter Housing First. Det er godt dokumenteret og giver borgerne et "
        "reelt valg. Rådet vil dog pege på, at der i dag er for få boliger med en husleje, som "
        "målgruppen kan betale, og opfordrer kommunen til at bruge anvisningsretten aktivt og "
        "til at indgå aftaler med private udlejere.",
        "# 3. Skæve boliger",
        "Rådet bakker op.",
        "# 4. Natcafé",
        "Ingen bemærkninger.",
        "# 5. Sundhedsklinik",
        "Det er rådets klare anbefaling, at der etableres et sted, hvor man kan møde en "
        "sygeplejerske eller en læge uden aftale og uden at skulle vise sygesikringskort. "
        "Rådet ser gerne, at tandpleje kommer med.",
        "# Andre forhold",
        "Rådet savner en særlig indsats for de 18–24-årige, der er den gruppe, hvor "
        "hjemløsheden vokser mest. Rådet savner også en klar aftale med regionen om borgere "
        "med både psykisk sygdom og misbrug.",
        "På vegne af Udsatterådet\n\nAnders Holt\nformand",
    ], when, letterhead=("Udsatterådet i Kragelund Kommune", "Sekretariat: Social og Sundhed, Rådhustorvet 1"),
        title="Høringssvar", author="Udsatterådet", right_align=(0,))
    return [label(name, sender="Udsatterådet i Kragelund Kommune", kind="organisation",
                  party="Udsatterådet i Kragelund Kommune", received=when,
                  letter_date=D(2027, 2, 28),
                  stance={"herberg": "imod", "housingfirst": "støtter", "skaeve": "støtter",
                          "klinik": "støtter"},
                  no_comment=("natcafe",), emergent=("boligmangel", "unge", "psykiatri"),
                  overall="delvis",
                  note="Numbered headings follow the proposal. 'fraråder' + 'Bevar mindst 10 "
                  "akutpladser' = imod the closure. Klinik: only the heading carries a keyword; "
                  "the text asks for a nurse or doctor 'uden aftale'. Natcafé 'Ingen "
                  "bemærkninger.'. 'Andre forhold' raises unge and psykiatri; boligmangel sits "
                  "inside the Housing First section.")]


@response
def socialpaedagogerne(folder: Path):
    name = "Socialpædagogerne - høringssvar hjemløseplan.docx"
    when = at(1, 11, 55, month=3)
    docx_at(folder / name, [
        "Socialpædagogerne Kreds Kragelund",
        "Kragelund, 1. marts 2027",
        "# Høringssvar: Hjemløseplan 2027–2030",
        "Socialpædagogerne Kreds Kragelund har følgende bemærkninger til planen.",
        "Med lukningen af Bakkely forsvinder det eneste tilbud i kommunen, hvor der er "
        "socialpædagogisk personale til stede hele døgnet. Vi kan ikke se, at planen erstatter "
        "det, og vi opfordrer udvalget til at droppe lukningen.",
        "Vi anerkender tankegangen bag Housing First, men det er for tidligt at sige, om den "
        "kan bære i Kragelund. Planen lægger op til, at én bostøttemedarbejder følger op til "
        "20 borgere. Erfaringerne fra de kommuner, der har haft succes, bygger på langt "
        "færre. Vi vil gerne se en evaluering efter det første år, før der træffes flere "
        "beslutninger.",
        "Vores medlemmer oplever, at de borgere, der er sværest at hjælpe, har en psykisk "
        "lidelse, som aldrig er blevet udredt. Uden et tæt samarbejde med distriktspsykiatrien "
        "vil hverken bolig eller støtte holde.",
        "Vi ser også med bekymring på, at mange unge, der har været anbragt, står uden tag "
        "over hovedet få måneder efter, at efterværnet er slut.",
        "Vi har i øvrigt ingen kommentarer til planen.",
        "Med venlig hilsen\n\nRikke Fog\nkredsformand",
    ], when, author="Rikke Fog", title="Høringssvar", right_align=(1,))
    return [label(name, sender="Socialpædagogerne Kreds Kragelund", kind="organisation",
                  party="Socialpædagogerne Kreds Kragelund", received=when,
                  letter_date=D(2027, 3, 1),
                  stance={"herberg": "imod", "housingfirst": "neutral"},
                  no_comment="rest", emergent=("psykiatri", "unge"), overall="imod",
                  note="Sender name as the first line of the Word text. 'opfordrer udvalget til at "
                  "droppe lukningen' = imod the closure. Housing First: 'anerkender tankegangen' "
                  "but 'for tidligt at sige' and wants an evaluation = open doubt, neutral. The "
                  "unit of 1:20 is a doubt, not a condition. 'i øvrigt ingen kommentarer' = "
                  "blanket on skaeve, natcafe, klinik. Overall imod (imod + neutral). Received on "
                  "the deadline day.")]


@response
def klu(folder: Path):
    name = "KLU høringssvar - sundhedsklinik.pdf"
    when = at(23, 8, 5)
    pdf_at(folder / name, [
        "Til Social og Sundhed, Kragelund Kommune",
        "# Høringssvar fra Kommunalt Lægeligt Udvalg",
        "Kommunalt Lægeligt Udvalg (KLU) har på sit møde den 21. februar drøftet forslaget om "
        "en sundhedsklinik for hjemløse.",
        "De praktiserende læger i kommunen har i mange år oplevet, at hjemløse borgere er svære "
        "at fastholde i almen praksis. Vi kan derfor godt se behovet for et lettilgængeligt "
        "tilbud og kan anbefale klinikken, under forudsætning af at den ikke bliver et "
        "parallelt lægesystem: borgerne skal fortsat være tilmeldt en praktiserende læge, og "
        "klinikken skal sende epikriser til den læge, borgeren er tilmeldt.",
        "KLU vil samtidig understrege, at mange af klinikkens brugere vil have behov for "
        "psykiatrisk udredning. Det er ikke noget, en sygeplejerske i en drop-in kan løfte, og "
        "der bør derfor laves en fast henvisningsvej til psykiatrien.",
        "Udvalget har ikke bemærkninger til de dele af planen, der handler om boliger og "
        "herberg.",
        "For Kommunalt Lægeligt Udvalg\n\nPeter Nøhr, praktiserende læge\nformand",
    ], when, title="KLU høringssvar", author="Peter Nøhr")
    return [label(name, sender="Kommunalt Lægeligt Udvalg", kind="organisation",
                  party="Kommunalt Lægeligt Udvalg", received=when, letter_date=None,
                  stance={"klinik": "støtter"},
                  condition={"klinik": "at den ikke bliver et parallelt lægesystem: borgerne skal "
                             "fortsat være tilmeldt en praktiserende læge, og klinikken skal sende "
                             "epikriser til den læge, borgeren er tilmeldt"},
                  no_comment=("herberg", "housingfirst", "skaeve"), emergent=("psykiatri",),
                  overall="støtter",
                  note="Plain PDF, no letterhead, no date line. 'kan anbefale ... under "
                  "forudsætning af' = conditional support. The no-comment sentence names 'the "
                  "parts on housing and the shelter' = herberg, housingfirst, skaeve; the night "
                  "café is neither discussed nor covered.")]


# --- citizens: the form letter ---------------------------------------------------------------

CAMPAIGN = (
    "Jeg vil gerne protestere mod, at Herberget Bakkely skal lukke.\n\n"
    "Bakkely er for mange mennesker det eneste sted, hvor de kan være i sikkerhed om natten. "
    "Det er ikke alle, der kan bo alene, og det er ikke alle, der vil have en bolig fra den "
    "ene dag til den anden.\n\n"
    "Kommunen skriver, at beboerne skal have deres egen lejlighed. Men alle ved, at der ikke "
    "er billige lejligheder at få i Kragelund. Så hvor skal de bo, mens de venter?\n\n"
    "Bevar Bakkely!\n\n"
)


@response
def kampagne_1(folder: Path):
    name = "Bevar Bakkely.eml"
    when = at(18, 20, 3)
    mail(folder / name, sender="Lise Mortensen <lisemortensen@gmail.com>", to=INBOX,
         subject="Bevar Bakkely", when=when, server="mail-sor-f41.google.com",
         body=CAMPAIGN + "Venlig hilsen\nLise Mortensen\n")
    return [label(name, sender="Lise Mortensen", kind="citizen", received=when, letter_date=None,
                  stance={"herberg": "imod"}, emergent=("boligmangel",), overall="imod",
                  campaign="bevar_bakkely",
                  personal_data=(("name", "Lise Mortensen", "text"),
                                 ("name", "Lise Mortensen", "header"),
                                 ("email", "lisemortensen@gmail.com", "header")),
                  note="Form letter as sent. 'egen lejlighed' is quoted as the municipality's "
                  "plan and 'ikke alle ... kan bo alene' argues for keeping Bakkely, so the only "
                  "position is on the closure (imod); no cheap flats = boligmangel.")]


@response
def kampagne_2(folder: Path):
    name = "Høringssvar - Bakkely.eml"
    when = at(19, 7, 48)
    personal = ("Jeg boede selv på Bakkely i fire måneder i 2019, efter min skilsmisse. Uden "
                "personalet der var jeg ikke kommet på benene igen.\n\n")
    mail(folder / name, sender="Torben Kjær <t.kjaer@mail.dk>", to=INBOX,
         subject="Høringssvar - Bakkely", when=when, server="smtp.mail.dk",
         body=CAMPAIGN.replace("Bevar Bakkely!", personal + "Bevar Bakkely!")
         + "Med venlig hilsen\nTorben Kjær\nAgervej 7, 7340 Kragelund\n")
    return [label(name, sender="Torben Kjær", kind="citizen", received=when, letter_date=None,
                  stance={"herberg": "imod"}, emergent=("boligmangel",), overall="imod",
                  campaign="bevar_bakkely",
                  personal_data=(("name", "Torben Kjær", "text"),
                                 ("name", "Torben Kjær", "header"),
                                 ("email", "t.kjaer@mail.dk", "header"),
                                 ("address", "Agervej 7, 7340 Kragelund", "text"),
                                 ("other", "Jeg boede selv på Bakkely i fire måneder i 2019, "
                                  "efter min skilsmisse", "text")),
                  note="Form letter with a personal paragraph added (own stay at the shelter).")]


@response
def kampagne_3(folder: Path):
    name = "Bakkely.eml"
    when = at(21, 12, 30)
    body = (CAMPAIGN.replace("Jeg vil gerne", "Vi vil gerne")
            .replace("Så hvor skal de bo", "Hvor skal de så bo"))
    mail(folder / name, sender="Familien Sørensen <sorensen.hjem@outlook.dk>", to=INBOX,
         subject="Bakkely", when=when, server="EUR05-AM6-obe.outbound.protection.outlook.com",
         body=body + "Mange hilsner\nAnne og Jakob Sørensen\n")
    return [label(name, sender="Anne og Jakob Sørensen", kind="citizen", received=when,
                  letter_date=None, stance={"herberg": "imod"}, emergent=("boligmangel",),
                  overall="imod", campaign="bevar_bakkely",
                  personal_data=(("name", "Anne og Jakob Sørensen", "text"),
                                 ("name", "Familien Sørensen", "header"),
                                 ("email", "sorensen.hjem@outlook.dk", "header")),
                  note="Form letter in the plural, one sentence reworded.")]


@response
def kampagne_4(folder: Path):
    name = "Indsigelse Bakkely - Grethe Lund.docx"
    when = at(23, 16, 10)
    docx_at(folder / name, [
        "Grethe Lund\nSkovbrynet 22\n7340 Kragelund",
        "Kragelund Kommune\nSocialudvalget",
        "Kragelund den 23/2 2027",
        *CAMPAIGN.strip().split("\n\n"),
        "Med venlig hilsen\nGrethe Lund",
    ], when, author="Grethe Lund", title="", right_align=(2,))
    return [label(name, sender="Grethe Lund", kind="citizen", received=when,
                  letter_date=D(2027, 2, 23), stance={"herberg": "imod"},
                  emergent=("boligmangel",), overall="imod", campaign="bevar_bakkely",
                  personal_data=(("name", "Grethe Lund", "text"),
                                 ("address", "Skovbrynet 22\n7340 Kragelund", "text")),
                  note="The form letter as a Word letter with sender address block and a date.")]


# --- citizens -------------------------------------------------------------------------------


@response
def scannet_kirkestraede(folder: Path):
    name = "Scan_20270226_0931.pdf"
    when = at(26, 9, 31)
    lines = [
        "Inger Marie Dahl",
        "Kirkestræde 9, 2. th.",
        "7340 Kragelund",
        "",
        "                                       Kragelund 24. februar 2027",
        "",
        "Til Socialudvalget",
        "",
        "Jeg har boet i Kirkestræde i 31 år og har læst i avisen,",
        "at der skal åbne et sted for hjemløse om natten lige under",
        "mine vinduer. Det er jeg meget imod.",
        "",
        "Jeg er 82 år og bor alene. Jeg tør allerede nu ikke gå ud",
        "efter mørkets frembrud, fordi der sidder folk i porten og",
        "drikker. Det bliver ikke bedre af at åbne et natsted.",
        "",
        "Derimod synes jeg, det er en god idé med et sted, hvor de",
        "kan blive set af en sygeplejerske. Det har de brug for.",
        "",
        "Til resten af planen vil jeg ikke udtale mig, det ved jeg",
        "for lidt om.",
        "",
        "Venlig hilsen",
        "",
        "Inger Marie Dahl",
    ]
    touch(scan_pdf(folder / name, lines, when, seed=12, angle=-0.7), when)
    return [label(name, sender="Inger Marie Dahl", kind="citizen", received=when,
                  letter_date=D(2027, 2, 24),
                  stance={"natcafe": "imod", "klinik": "støtter"}, no_comment="rest",
                  emergent=("tryghed",), overall="delvis",
                  personal_data=(("name", "Inger Marie Dahl", "text"),
                                 ("address", "Kirkestræde 9, 2. th.\n7340 Kragelund", "text"),
                                 ("other", "Jeg er 82 år og bor alene", "text")),
                  note="Printed, signed and scanned (no text layer); arrived at the front desk. "
                  "Natcafé only as 'et sted for hjemløse om natten' / 'et natsted' (the keyword "
                  "Kirkestræde is her own address). Klinik without keyword. 'vil jeg ikke udtale "
                  "mig' = blanket no comment on herberg, housingfirst, skaeve.")]


@response
def videresendt(folder: Path):
    name = "VS Til hjemløseplanen.eml"
    original = at(16, 23, 12)
    when = at(17, 9, 2)
    body = (
        "Hej høringspostkasse\n\n"
        "Jeg videresender en mail, som en af mine borgere har sendt til mig som kommentar til "
        "hjemløseplanen. Han har givet lov til, at den indgår som høringssvar.\n\n"
        "Venlig hilsen\nSara Winther\nsagsbehandler, Jobcenter Kragelund\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Michael Juhl <michaeljuhl87@gmail.com>\n"
        "Sendt: 16. februar 2027 23:12\n"
        "Til: Sara Winther <sawi@kragelund.dk>\n"
        "Emne: til hjemløseplanen\n\n"
        "hej Sara\n\n"
        "du spurgte om jeg ville skrive noget til den plan om hjemløse. her er det.\n\n"
        "jeg røg ud hjemmefra da jeg var 19 og boede på sofaer og i en periode i en bil. "
        "ingen regnede mig som hjemløs for jeg havde jo et sted at sove de fleste nætter. "
        "der er mange unge der har det sådan.\n\n"
        "for 3 år siden fik jeg en lille lejlighed og en fast kontaktperson der kom hjem til "
        "mig hver uge og hjalp med post, kommunen og at få styr på gælden. det er derfor jeg "
        "har en lejlighed i dag. det skal flere have.\n\n"
        "og så det med at man kan gå ind til en sygeplejerske uden at ringe først. jeg havde "
        "en betændelse i foden i et halvt år fordi jeg ikke fik ringet til lægen.\n\n"
        "mvh Michael\n"
    )
    mail(folder / name, sender="Sara Winther <sawi@kragelund.dk>", to=INBOX,
         subject="VS: til hjemløseplanen", when=when, body=body)
    return [label(name, sender="Michael Juhl", kind="citizen", received=original,
                  letter_date=None,
                  stance={"housingfirst": "støtter", "klinik": "støtter"},
                  emergent=("unge",), overall="støtter",
                  personal_data=(("name", "Michael Juhl", "header"),
                                 ("name", "Michael", "text"),
                                 ("email", "michaeljuhl87@gmail.com", "header"),
                                 ("other", "jeg røg ud hjemmefra da jeg var 19", "text"),
                                 ("health", "jeg havde en betændelse i foden i et halvt år",
                                  "text")),
                  note="Forwarded by a caseworker (the forwarder is not the sender); received = "
                  "the original's date, written to a municipal address. Housing First and the "
                  "clinic are discussed without any keyword ('en lille lejlighed og en fast "
                  "kontaktperson', 'gå ind til en sygeplejerske uden at ringe først'). The "
                  "original's header lines sit in the body as quoted text.")]


@response
def nabo_teglvaerk(folder: Path):
    name = "Høringssvar hjemløseplan - Jonas Vinther.docx"
    when = at(25, 22, 15)
    docx_at(folder / name, [
        "Høringssvar til Hjemløseplan 2027–2030",
        "Fra: Jonas Vinther, Lergravsvej 3, 7340 Kragelund",
        "Jeg bor på Lergravsvej med min kone og to børn, og vores have grænser op til "
        "Teglværksgrunden. Jeg har fulgt debatten i grundejerforeningen og vil gerne sige, at "
        "jeg – i modsætning til en del af mine naboer – ikke er imod de skæve boliger. Folk "
        "skal bo et sted, og jeg vil hellere have tolv små huse bag haven end en lagerhal.",
        "Når det er sagt, ville det gøre meget for stemningen i kvarteret, hvis kommunen "
        "oprettede et naboråd eller en fast kontakt, som man kan ringe til, hvis der opstår "
        "problemer, og hvis der kom en gadelampe på stien bag grunden. Det vil også gøre det "
        "lettere for os, der bakker op, at tale med dem, der er bange.",
        "Til natcaféen har jeg ingen holdning.",
        "Venlig hilsen\nJonas Vinther",
    ], when, author="Jonas Vinther", title="Høringssvar")
    return [label(name, sender="Jonas Vinther", kind="citizen", received=when, letter_date=None,
                  stance={"skaeve": "støtter"}, no_comment=("natcafe",),
                  emergent=("tryghed",), overall="støtter",
                  personal_data=(("name", "Jonas Vinther", "text"),
                                 ("address", "Lergravsvej 3, 7340 Kragelund", "text"),
                                 ("other", "min kone og to børn", "text")),
                  note="'ikke er imod de skæve boliger' = støtter (negated opposition). The "
                  "neighbour contact and the street light are a wish, not a condition on the "
                  "support (tryghed). 'Til natcaféen har jeg ingen holdning.' = no comment. "
                  "Other elements not mentioned, no blanket.")]


@response
def mor(folder: Path):
    name = "Min søn og hjemløseplanen.eml"
    when = at(28, 10, 6)
    mail(folder / name, sender="Helle Bruun <hellebruun@live.dk>", to=INBOX,
         subject="Min søn og hjemløseplanen", when=when,
         server="EUR03-DB5-obe.outbound.protection.outlook.com",
         mailer="Microsoft Outlook 16.0", body=(
             "Kære politikere i Socialudvalget\n\n"
             "Jeg skriver som mor til en søn på 23, der har skizofreni og et hashmisbrug, og som "
             "det sidste år har boet på Bakkely.\n\n"
             "Han har fået tilbudt en lejlighed to gange. Begge gange gik det galt i løbet af få "
             "uger: han holdt op med at tage sin medicin, der kom klager fra naboerne, og han "
             "endte på gaden igen. Jeg tvivler ikke på, at det kan gå godt for mange at få en "
             "bolig og en støtteperson, men jeg er ikke sikker på, at det er den rigtige vej for "
             "min søn, og jeg synes ikke planen svarer på, hvad der skal ske med dem, det ikke "
             "virker for.\n\n"
             "Bakkely er det eneste sted, hvor han har været stabil. Personalet kender ham, og de "
             "ringer til mig, når det går skidt. Jeg beder jer inderligt om at beholde "
             "Bakkely.\n\n"
             "Det, der virkelig mangler, er at psykiatrien og misbrugsbehandlingen arbejder "
             "sammen. Min søn er blevet afvist i psykiatrisk skadestue, fordi han var påvirket, "
             "og afvist i misbrugscentret, fordi han var for psykotisk. Han er 23, og jeg er "
             "bange for, at han ikke bliver 30, hvis ingen tager ansvaret.\n\n"
             "Venlig hilsen\nHelle Bruun\nEngvej 41, 7340 Kragelund\n"
         ))
    return [label(name, sender="Helle Bruun", kind="citizen", received=when, letter_date=None,
                  stance={"housingfirst": "neutral", "herberg": "imod"},
                  emergent=("psykiatri",), overall="imod",
                  personal_data=(("name", "Helle Bruun", "text"),
                                 ("name", "Helle Bruun", "header"),
                                 ("email", "hellebruun@live.dk", "header"),
                                 ("address", "Engvej 41, 7340 Kragelund", "text"),
                                 ("health", "en søn på 23, der har skizofreni og et hashmisbrug",
                                  "text"),
                                 ("health", "Min søn er blevet afvist i psykiatrisk skadestue",
                                  "text")),
                  note="Housing First discussed without its keywords ('en bolig og en "
                  "støtteperson'): good for many, not sure for her son = open doubt, neutral. "
                  "'beholde Bakkely' = imod the closure. Psychiatry and addiction treatment not "
                  "working together = psykiatri. Her son is 23, but the letter does not raise "
                  "young homeless people as a topic, so unge is not labelled.")]


# --- the set's labels ---------------------------------------------------------------------------

CONSULTATION = {
    "title": "Hjemløseplan 2027–2030 – fra herberg til egen bolig",
    "case_number": "27/00412",
    "committee": "Socialudvalget",
    "from": "Social og Sundhed",
    "municipality": "Kragelund Kommune",
    "sent": "2027-02-01",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "boligmangel": {
        "label": "Mangel på boliger, som målgruppen kan betale",
        "description": "Få små og billige lejligheder, lange ventelister, huslejer over hvad "
        "kontanthjælp og førtidspension rækker til; anvisningsret og private udlejere.",
    },
    "psykiatri": {
        "label": "Psykisk sygdom og misbrug: samarbejde med psykiatrien",
        "description": "Borgere med både sindslidelse og misbrug, der afvises begge steder; "
        "manglende udredning; en fast aftale med regionspsykiatrien.",
    },
    "unge": {
        "label": "Unge hjemløse",
        "description": "18–24-årige, sofasurfere der ikke tælles med, unge der har været anbragt "
        "og står uden bolig, når efterværnet slutter.",
    },
    "tryghed": {
        "label": "Tryghed for naboer og i nærområdet",
        "description": "Naboers og handlendes utryghed, skolevej, kanyler og uro; ønsket om en "
        "fast kontaktperson eller et naboråd, lys på stien.",
    },
}

CAMPAIGNS = {
    "bevar_bakkely": "Enslydende borgerbrev 'Bevar Bakkely' (4 breve: tre e-mails og en "
    "Word-fil; et med et personligt afsnit tilføjet, et i flertal med en sætning omformuleret, "
    "et med afsenderadresse og dato)",
}


ABOUT = (
    "Reference labels for dev012 (fictional: Kragelund Kommune, 'Hjemløseplan 2027–2030 – fra "
    "herberg til egen bolig'), whose files make_dev012.py writes; a held-out set written "
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
