"""Development consultation dev009: Fjordhede Kommune, "Klimatilpasningsplan 2028–2033 – vand
i byen og ved fjorden" (fictional), the responses as they reached Klima, Vej og Natur.

    python corpus/dev009/make_dev009.py OUTDIR                 # writes the response files
    python corpus/dev009/make_dev009.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, staff, the
utility, a dike association, landowners, green associations, a developer and citizens), and
labelled the way a careful reader labels them. The file makers are shared with the other
sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import arrived, built, docx, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Klimatilpasning høring <klimahoering@fjordhede.dk>"
MAILHOSTS = {"relay": "mx2.fjordhede.dk", "exchange": "FKEXCH01.fjordhede.local"}
DEADLINE = dt.date(2028, 3, 13)
THEMES = ("dige", "regnvand", "skybrudsvej", "engen", "sandsaekke", "byggestop")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2028, month=3, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response

pdf_at = arrived(pdf)
docx_at = arrived(docx)


# ---------------------------------------------------------------------------
# Consulted parties


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar klimatilpasningsplan.docx"
    when = at(7, 10, 15)
    docx_at(folder / name, [
        "Fjordhede Kommune\nKlima, Vej og Natur\nSagsnr. 28/01942",
        "Fjordhede, den 6. marts 2028",
        "# Høringssvar fra Ældrerådet – Klimatilpasningsplan 2028–2033",
        "Ældrerådet har på sit møde den 1. marts drøftet udkastet til klimatilpasningsplan. "
        "Rådet anerkender, at kommunen må gøre noget, når vi oplever flere skybrud og højere "
        "vandstand i fjorden. Vores bemærkninger følger planens afsnit.",
        "# Udbringning af sandsække og pumper",
        "Her er Ældrerådet meget bekymret. Mange ældre bor alene og kan ikke selv bære "
        "sandsække eller låne og slæbe en pumpe hjem. Ordningen har hjulpet mange i Nørrebyen "
        "ved skybruddene i 2024 og 2026. Ældrerådet ønsker, at ordningen fastholdes, i hvert "
        "fald for borgere over 70 år og for borgere, der modtager hjemmehjælp.",
        "# Parkvej som skybrudsvej",
        "Ældrerådet kan støtte omdannelsen af Parkvej, forudsat at der fortsat er "
        "handicapparkering og mulighed for at blive sat af ved lægehuset på hjørnet af "
        "Parkvej og Torvegade.",
        "# Stormflodsdiget",
        "Rådet tager planen for diget til efterretning. Vi går ud fra, at der bliver taget "
        "hensyn til de pensionister langs Fjordvej, der kan få svært ved at betale deres andel.",
        "# Regnvand og afkobling",
        "Ingen bemærkninger.",
        "# Andet",
        "Flere af vores medlemmer fortæller, at de har vand i kælderen, selv når det ikke har "
        "regnet, fordi grundvandet står højt i den nederste del af byen. Det står der intet om i "
        "planen, og det bør kommunen se på.",
        "Ældrerådet har ingen bemærkninger til planens øvrige dele.",
        f"{SIGN}\nBirthe Vestergaard\nformand for Ældrerådet",
    ], when, author="Birthe Vestergaard", right_align=(1,))
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2028, 3, 6), received=when,
        stance={"sandsaekke": "imod", "skybrudsvej": "støtter", "dige": "neutral"},
        condition={"skybrudsvej": "at der fortsat er handicapparkering og mulighed for at blive "
                   "sat af ved lægehuset på hjørnet af Parkvej og Torvegade"},
        no_comment="rest", emergent=("grundvand",), overall="delvis",
        note="Headings follow the plan. Sandsække: 'meget bekymret' + 'ønsker, at ordningen "
        "fastholdes' = imod the cut. Parkvej: 'kan støtte ..., forudsat at' = conditional "
        "støtter. Dige: 'tager ... til efterretning' = neutral (the wish about pensioners is a "
        "hope, not a condition). Regnvand: heading + 'Ingen bemærkninger.'; engen and byggestop "
        "by the closing blanket sentence. Basements wet from high groundwater = grundvand.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet - klimatilpasning.pdf"
    when = at(9, 14, 2)
    pdf_at(folder / name, [
        "9. marts 2028",
        "Til Klima- og Miljøudvalget",
        "# Handicaprådets høringssvar vedrørende Klimatilpasningsplan 2028–2033",
        "Handicaprådet har behandlet planen på rådets møde den 7. marts 2028.",
        "Rådet finder det betænkeligt, at kommunen ikke længere vil rykke ud og hjælpe med at "
        "sikre boliger, når DMI varsler skybrud eller forhøjet vandstand. Borgere i kørestol, "
        "borgere med nedsat syn og borgere med en psykisk funktionsnedsættelse har ikke en "
        "reel mulighed for selv at klare det, og de har ofte ikke et netværk, der kan træde til.",
        "Rådet er også bekymret for den nye indretning af Parkvej. Når vejen skal lede vand "
        "på overfladen, bliver der render og forskelle i niveau, som er svære at passere med "
        "rollator og kørestol, og det er uklart, hvor de handicapparkeringspladser, der "
        "forsvinder, skal genetableres. Rådet skal opfordre til, at Parkvej ikke ombygges, før "
        "der foreligger en plan for tilgængeligheden, som rådet har haft mulighed for at se.",
        "Rådet har ikke bemærkninger til planen i øvrigt.",
        f"{SIGN}\n\nKaren Mølgaard\nForperson, Handicaprådet",
    ], when, letterhead=("Fjordhede Kommune", "Handicaprådet", "Rådhustorvet 1 · 7690 Fjordhede"),
        title="Høringssvar Handicaprådet", author="Handicaprådet", right_align=(0,))
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2028, 3, 9), received=when,
        stance={"sandsaekke": "imod", "skybrudsvej": "imod"},
        no_comment="rest", overall="imod",
        note="Letterhead is the municipality's own (the council's secretariat); the sender is the "
        "council. Sandsække discussed without its keywords ('ikke længere vil rykke ud og hjælpe "
        "med at sikre boliger'); 'finder det betænkeligt' = imod the cut. Parkvej: 'bekymret' + "
        "'opfordre til, at Parkvej ikke ombygges, før ...' = imod (a demand to postpone, not an "
        "acceptance). 'Rådet har ikke bemærkninger til planen i øvrigt' = blanket on the rest. "
        "Accessibility of the rebuilt street is raised only here and by Ældrerådet's condition, "
        "so not an emergent topic.",
    )]


@response
def groent_raad(folder: Path):
    name = "Grønt Råd - høringssvar klimatilpasningsplanen.pdf"
    when = at(10, 16, 40)
    pdf_at(folder / name, [
        "Grønt Råd i Fjordhede samler 14 foreninger og har drøftet klimatilpasningsplanen på "
        "to møder i februar. Vi har følgende bemærkninger.",
        "## Vand skal have plads",
        "Grønt Råd støtter helhjertet, at Lystrup Enge igen får lov at blive våd. Engen var "
        "oprindelig en strandeng, og et regnvandsbassin her giver både plads til vandet og "
        "bedre forhold for vadefugle og padder. Vi foreslår, at kommunen samtidig laver en "
        "plejeplan for området.",
        "Vi bakker ligeledes op om kravet om afkobling af tagvand i Nørrebyen. Vand, der kan "
        "blive på egen grund, skal ikke ud i kloakken.",
        "## Grønne gader",
        "Omdannelsen af Parkvej er et godt eksempel på, hvordan klimatilpasning kan gøre byen "
        "grønnere. Grønt Råd er positiv over for projektet og håber, at det bliver det første "
        "af flere.",
        "## Diget",
        "Et dige langs Fjordvej kan Grønt Råd acceptere, hvis det anlægges som et grønt dige "
        "med græs og adgang for gående, og ikke som en betonmur, der lukker byen ude fra "
        "fjorden.",
        "## Byg ikke, hvor vandet kommer",
        "Det er klogt at sige nej til nye boliger under kote 2,5. Grønt Råd har i mange år "
        "advaret mod byggeriet på Havnefronten, og vi er glade for, at det nu opgives.",
        "Til sandsækkeordningen har Grønt Råd ingen kommentarer.",
        "På vegne af Grønt Råd\nJens Overgaard, formand",
    ], when, banner=("Grønt Råds høringssvar", "Klimatilpasningsplan 2028–2033 · 10. marts 2028"),
        columns=2, title="Grønt Råds høringssvar", author="Grønt Råd")
    return [label(
        name, sender="Grønt Råd", kind="organisation", party="Grønt Råd",
        letter_date=D(2028, 3, 10), received=when,
        stance={"engen": "støtter", "regnvand": "støtter", "skybrudsvej": "støtter",
                "dige": "støtter", "byggestop": "støtter"},
        condition={"dige": "at det anlægges som et grønt dige med græs og adgang for gående, og "
                   "ikke som en betonmur, der lukker byen ude fra fjorden"},
        no_comment=("sandsaekke",), overall="støtter",
        note="Two-column newsletter layout with the title and date in a banner across the top. "
        "Dige: 'kan ... acceptere, hvis' = conditional støtter. Parkvej discussed under 'Grønne "
        "gader' as 'Omdannelsen af Parkvej'; 'er positiv over for' = støtter. Sandsække: "
        "single-element no comment ('ingen kommentarer').",
    )]


@response
def lmu(folder: Path):
    name = "Høringssvar fra LMU Vej, Park og Natur.eml"
    when = at(8, 9, 31)
    mail(folder / name, sender="Torben Kjær <tokj@fjordhede.dk>", to=INBOX,
         subject="Høringssvar fra LMU Vej, Park og Natur", when=when,
         body="Til Klima- og Miljøudvalget\n\n"
         "LMU for Vej, Park og Natur har drøftet klimatilpasningsplanen på mødet den 5. marts.\n\n"
         "Udbringning af sandsække og pumper: LMU tager til efterretning, at opgaven ophører. "
         "Medarbejderne har gennem flere år kørt ud om natten ved varsler, og det har været en "
         "belastning for vagtordningen. Vi forudsætter, at medarbejderne bliver orienteret i god "
         "tid, og at borgerne får klar besked.\n\n"
         "Lystrup Enge: Medarbejderne er ikke imod, at engen bruges til at holde på vandet. Den "
         "er i forvejen svær at slå, når den står våd det halve år.\n\n"
         "Parkvej: Ingen kommentarer.\n\n"
         "Afkobling af tagvand giver ikke anledning til bemærkninger fra LMU.\n\n"
         "LMU vil gerne gøre opmærksom på noget, der ikke står i planen: Der er ikke sat penge "
         "eller timer af til den daglige drift. Allerede i dag når vi ikke at rense riste og "
         "brønde i efteråret, og mange af de kommunale grøfter langs landevejene er groet til. "
         "Når det regner kraftigt, står vandet på vejene, fordi det ikke kan komme væk. Nye "
         "anlæg som render og bassiner skal også passes, og det kræver flere hænder.\n\n"
         "På vegne af LMU\n"
         "Torben Kjær, næstformand (medarbejdersiden)\n"
         "Lise Brandt, formand (ledelsessiden)\n")
    return [label(
        name, sender="LMU for Vej, Park og Natur", kind="organisation",
        party="LMU for Vej, Park og Natur", letter_date=None, received=when,
        stance={"sandsaekke": "neutral", "engen": "støtter"},
        no_comment=("skybrudsvej", "regnvand"), emergent=("vedligehold",), overall="støtter",
        note="Mail body from a staff representative's municipal address; the sender is the LMU. "
        "Sandsække: 'tager til efterretning' = neutral (the 'forudsætter' sentence is about "
        "informing staff, not a condition of acceptance). Engen: 'er ikke imod' = støtter "
        "(negated opposition). Parkvej: 'Ingen kommentarer'; afkobling: 'giver ikke anledning "
        "til bemærkninger'. Dige and byggestop are neither discussed nor covered by a blanket. "
        "Drains, ditches and upkeep of new works = vedligehold.",
    )]


@response
def forsyning(folder: Path):
    name = "Fjordhede Forsyning - høringssvar KTP 2028-2033.pdf"
    when = at(10, 11, 5)
    pdf_at(folder / name, [
        "Fjordhede Kommune\nKlima, Vej og Natur\nRådhustorvet 1\n7690 Fjordhede",
        "Dato: 10.03.2028\nJournalnr.: FF-2028-117",
        "# Høringssvar – Klimatilpasningsplan 2028–2033",
        "Fjordhede Forsyning A/S takker for muligheden for at afgive høringssvar.",
        "Forsyningen bakker op om planens hovedgreb, hvor regnvand i Nørrebyen så vidt muligt "
        "håndteres lokalt, og hvor kravet om afkobling af tagvand gennemføres i takt med "
        "separatkloakeringen frem mod 2031. Det vil aflaste fællessystemet og mindske "
        "overløb til fjorden markant.",
        "Vi ser ligeledes positivt på Parkvej som skybrudsvej og på anvendelsen af Lystrup "
        "Enge som forsinkelsesbassin. Begge dele indgår i Forsyningens egen "
        "skybrudsmodellering, og Forsyningen er klar til at medfinansiere de dele af "
        "anlæggene, der kan indgå i takstfinansieringen.",
        "Forsyningen vil samtidig gøre opmærksom på, at en stor del af henvendelserne om vand i "
        "kældre i Nørrebyen skyldes et højtstående grundvandsspejl og ikke kloakken. Problemet "
        "med stigende grundvand ligger uden for Forsyningens ansvarsområde og bør have sin egen "
        "plads i kommunens plan.",
        "Øvrige dele af planen giver ikke Forsyningen anledning til bemærkninger.",
        f"{SIGN}\n\nMette Riis\nAfdelingschef, Spildevand og Klima\nFjordhede Forsyning A/S",
    ], when, letterhead=("FJORDHEDE FORSYNING A/S", "Vandværksvej 4 · 7690 Fjordhede · CVR 31 22 45 87",
                         "www.fjordhedeforsyning.dk"),
        title="Høringssvar KTP 2028-2033", author="Mette Riis")
    return [label(
        name, sender="Fjordhede Forsyning A/S", kind="organisation",
        party="Fjordhede Forsyning A/S", letter_date=D(2028, 3, 10), received=when,
        stance={"regnvand": "støtter", "skybrudsvej": "støtter", "engen": "støtter"},
        no_comment="rest", emergent=("grundvand",), overall="støtter",
        note="Company letterhead; address block names the recipient. 'bakker op om', 'ser "
        "ligeledes positivt på' = støtter. Groundwater in basements outside the utility's "
        "responsibility = grundvand. 'Øvrige dele ... giver ikke ... anledning til bemærkninger' "
        "= blanket on dige, sandsaekke, byggestop.",
    )]


DIGELAG_PDF = "Høringssvar Fjordhede Havnedigelag.pdf"


@response
def digelag(folder: Path):
    name = "Høring - klimatilpasningsplan, digelagets svar.eml"
    when = at(12, 20, 47)
    attachment = built(pdf, DIGELAG_PDF, [
        "Fjordhede, 12. marts 2028",
        "# Fjordhede Havnedigelags bemærkninger til klimatilpasningsplanen",
        "Bestyrelsen for Fjordhede Havnedigelag har gennemgået planen og drøftet den med "
        "medlemmerne på et ekstraordinært medlemsmøde den 2. marts, hvor 86 af lagets 212 "
        "medlemmer deltog.",
        "Digelaget har i mange år arbejdet for en bedre beskyttelse mod stormflod, og vi er "
        "enige i, at det nuværende dige langs Fjordvej ikke er tilstrækkeligt. Men vi kan ikke "
        "anbefale udvalget at vedtage planen for diget i den foreliggende form. At grundejerne "
        "skal betale 40 procent, svarer for mange husstande til et beløb mellem 60.000 og "
        "120.000 kr. Diget beskytter hele midtbyen, havnen og kommunens egne veje, og det er "
        "urimeligt, at regningen lægges på de ca. 200 husstande, der tilfældigvis bor ud til "
        "vandet.",
        "Hertil kommer, at flere medlemmer allerede har fået varsel om højere præmier eller "
        "undtagelser i deres husforsikring, og at ejendomsmæglerne fortæller, at huse på "
        "Fjordvej er blevet sværere at sælge. En ekstra regning oven i dette vil ramme hårdt.",
        "Digelaget forstår heller ikke, hvorfor byggeriet på Havnefronten skal opgives. Når "
        "diget er bygget, vil arealet være lige så godt beskyttet som resten af midtbyen, og "
        "boligerne kunne have været med til at finansiere diget.",
        "Digelaget deltager gerne i et møde med forvaltningen om en anden fordeling af "
        "udgifterne.",
        f"{SIGN}\nFor bestyrelsen\nHenrik Juul Andersen\nFormand, Fjordhede Havnedigelag",
    ], when, title="Høringssvar Fjordhede Havnedigelag", author="Henrik Juul Andersen",
        right_align=(0,))
    mail(folder / name, sender="Henrik Juul Andersen <formand@havnedigelaget.dk>", to=INBOX,
         subject="Høring - klimatilpasningsplan, digelagets svar", when=when,
         server="smtp.one.com",
         body="Til Klima- og Miljøudvalget\n\n"
         "Vedhæftet digelagets høringssvar. Det er godkendt af hele bestyrelsen.\n\n"
         "Venlig hilsen\nHenrik Juul Andersen\nformand, Fjordhede Havnedigelag\n",
         attachments=[(DIGELAG_PDF, attachment)])
    return [
        cover(name, DIGELAG_PDF, sender="Fjordhede Havnedigelag", kind="organisation",
              party="Fjordhede Havnedigelag", received=when,
              note="Covering mail from the association's domain signed by its chairman; the "
              "response is the PDF."),
        label(
            DIGELAG_PDF, sender="Fjordhede Havnedigelag", kind="organisation",
            party="Fjordhede Havnedigelag", letter_date=D(2028, 3, 12), received=when,
            container=name, stance={"dige": "imod", "byggestop": "imod"},
            emergent=("forsikring",), overall="imod",
            note="Agrees a better dike is needed but 'kan ikke anbefale ... i den foreliggende "
            "form' because of the 40 % payment = imod the element as proposed. 'forstår heller "
            "ikke, hvorfor byggeriet på Havnefronten skal opgives' = imod. Insurance premiums "
            "and houses hard to sell = forsikring.",
        ),
    ]


@response
def grundejerforening(folder: Path):
    name = "Grundejerforeningen Lystrup Strand høringssvar.docx"
    when = at(11, 15, 20)
    docx_at(folder / name, [
        "Grundejerforeningen Lystrup Strand\nc/o Susanne Holt, Strandengen 9, 7690 Fjordhede",
        "11. marts 2028",
        "# Høringssvar til klimatilpasningsplanen",
        "Grundejerforeningen Lystrup Strand repræsenterer 74 husstande, hvoraf de fleste "
        "ligger direkte op til Lystrup Enge.",
        "# Lystrup Enge",
        "Foreningen er imod, at engen skal bruges som opsamlingssted for regnvand fra byen. Vi "
        "frygter, at vandet vil stå i ugevis efter et skybrud, at det vil lugte, og at der "
        "kommer myg og rotter tæt på vores huse. Regnvandet fra byen er ikke rent, det er vand "
        "fra veje og parkeringspladser. Vi opfordrer udvalget til at finde en anden placering "
        "længere væk fra beboelse.",
        "Allerede i dag har mange af vores medlemmer vand i kælderen i de våde måneder. Vi er "
        "bange for, at et bassin lige ved siden af vil presse grundvandet endnu højere op.",
        "Mange af os har desuden købt hus her for naturen og udsigten. Hvis området kommer på "
        "kommunens kort som oversvømmelsesområde, frygter vi, at husene falder i værdi, og at "
        "forsikringsselskaberne vil kræve mere eller helt sige nej.",
        "# Afkobling af tagvand",
        "Foreningen kan acceptere kravet om afkobling, under forudsætning af at kommunen giver "
        "et tilskud til de husstande, der skal grave op, og at fristen bliver mindst fem år.",
        f"{SIGN}\nPå bestyrelsens vegne\nSusanne Holt\nformand",
    ], when, author="Susanne Holt", right_align=(1,))
    return [label(
        name, sender="Grundejerforeningen Lystrup Strand", kind="organisation",
        party="Grundejerforeningen Lystrup Strand", letter_date=D(2028, 3, 11), received=when,
        stance={"engen": "imod", "regnvand": "støtter"},
        condition={"regnvand": "at kommunen giver et tilskud til de husstande, der skal grave "
                   "op, og at fristen bliver mindst fem år"},
        emergent=("grundvand", "forsikring"), overall="delvis",
        note="The c/o address block at the top is the sender's. Engen: 'er imod', 'frygter', "
        "'opfordrer til ... en anden placering' = imod. Afkobling: 'kan acceptere ..., under "
        "forudsætning af' = conditional støtter. Basements + groundwater = grundvand; house "
        "values and insurers = forsikring. No blanket sentence: the other four elements are "
        "simply not discussed.",
    )]


@response
def dn(folder: Path):
    name = "DN Fjordhede - bemærkninger til klimatilpasningsplan.eml"
    when = at(13, 23, 12)
    body = (
        "Kære Klima- og Miljøudvalg\n\n"
        "Danmarks Naturfredningsforening i Fjordhede sender hermed vores bemærkninger til "
        "Klimatilpasningsplan 2028–2033.\n\n"
        "Vi er glade for planen for Lystrup Enge. At give vandet plads i et lavtliggende "
        "område, der i forvejen var vådt, er den rigtige vej at gå, og det kan blive et "
        "løft for naturen, hvis der samtidig gives plads til at engen kan græsses ekstensivt.\n\n"
        "DN er ikke imod et nyt dige, men vi vil opfordre til, at det placeres så langt inde i "
        "land som muligt, så strandengen foran får lov at blive oversvømmet naturligt.\n\n"
        "Vi støtter fuldt ud, at der ikke skal bygges nyt i de områder, der ligger under kote "
        "2,5. Det er ikke klimatilpasning at bygge boliger, som om 30 år skal beskyttes med "
        "mure og pumper.\n\n"
        "Venlig hilsen\n"
        "Anne-Mette Dahl\n"
        "Formand, DN Fjordhede\n"
        "fjordhede@dn.dk\n"
    )
    mail(folder / name, sender="DN Fjordhede <fjordhede@dn.dk>", to=INBOX,
         subject="DN Fjordhede - bemærkninger til klimatilpasningsplan", when=when,
         server="mail.dn.dk", body=body)
    return [label(
        name, sender="Danmarks Naturfredningsforening Fjordhede", kind="organisation",
        party="Danmarks Naturfredningsforening Fjordhede", letter_date=None, received=when,
        stance={"engen": "støtter", "dige": "støtter", "byggestop": "støtter"},
        overall="støtter",
        note="Mail body, sent 23:12 on the deadline day (not late). 'Vi er glade for planen for "
        "Lystrup Enge' = støtter. 'er ikke imod et nyt dige, men vi vil opfordre til' a "
        "placement = støtter with a wish (negated opposition; the wish is advice, not a "
        "condition). Byggestop: 'støtter fuldt ud'. The 'kote 2,5' / 'lavtliggende' words are "
        "used for both engen and byggestop sentences; read by sentence.",
    )]


@response
def landbo(folder: Path):
    name = "Høringssvar Fjordhede Landboforening.pdf"
    when = at(13, 13, 55)
    pdf_at(folder / name, [
        "Klima- og Miljøudvalget\nFjordhede Kommune",
        "13. marts 2028",
        "# Vedr. Klimatilpasningsplan 2028–2033",
        "Fjordhede Landboforening har følgende bemærkninger til planen.",
        "Planen lægger op til, at Lystrup Enge fremover skal oversvømmes, når byen har for "
        "meget vand. En del af arealet drives i dag af tre af vores medlemmer som græsning og "
        "høslæt. Landboforeningen kan ikke støtte, at landbrugsjord bruges til at løse byens "
        "problemer uden forudgående aftale med lodsejerne og uden fuld erstatning. Vi må "
        "samtidig konstatere, at planen ikke siger noget om, hvordan vandet skal komme væk fra "
        "engen igen.",
        "Det undrer os i det hele taget, at planen taler om nye anlæg, når kommunen gennem "
        "mange år har forsømt det, der allerede findes. Lindå er ikke blevet oprenset "
        "ordentligt i over ti år, rørene under landevejene er stoppet til, og de kommunale "
        "grøfter står fulde af siv. Mange af de oversvømmelser, vores medlemmer oplever på "
        "markerne, ville kunne undgås, hvis vandløb og grøfter blev holdt.",
        "Landboforeningen har ingen kommentarer til de dele af planen, der handler om byen og "
        "havnen.",
        f"{SIGN}\n\nNiels Erik Bech\nFormand\nFjordhede Landboforening\nLandbrugsvej 2, 7690 Fjordhede",
    ], when, letterhead=("Fjordhede Landboforening", "Landbrugsvej 2 · 7690 Fjordhede · tlf. 96 11 42 00"),
        title="Høringssvar klimatilpasningsplan", author="Fjordhede Landboforening",
        right_align=(1,))
    return [label(
        name, sender="Fjordhede Landboforening", kind="organisation",
        party="Fjordhede Landboforening", letter_date=D(2028, 3, 13), received=when,
        stance={"engen": "imod"}, no_comment="rest", emergent=("vedligehold",),
        overall="imod",
        note="Letterhead. 'kan ikke støtte ... uden forudgående aftale og uden fuld erstatning' "
        "= imod (phrased as a refusal, not as acceptance on a condition). Lindå, pipes and "
        "ditches not maintained = vedligehold. 'ingen kommentarer til de dele af planen, der "
        "handler om byen og havnen' is a blanket no-comment read as covering every other "
        "element (dige, regnvand, skybrudsvej, sandsaekke, byggestop are all town/harbour "
        "measures) — a reader could hesitate on sandsaekke, which is a service, not a place.",
    )]


@response
def lokalraad(folder: Path):
    name = "Nørrebyens Lokalråd høringssvar.pdf"
    when = at(12, 10, 0)
    pdf_at(folder / name, [
        "# Nørrebyens Lokalråd – høringssvar",
        "Klimatilpasningsplanen har været drøftet på et velbesøgt beboermøde i "
        "Nørreby-hallen den 28. februar og efterfølgende i lokalrådet.",
        "Vi er klar over, at Nørrebyen er den del af Fjordhede, der har haft flest "
        "oversvømmelser, og vi er glade for, at der endelig sker noget. Men der er dele af "
        "planen, som beboerne er meget utilfredse med.",
        "Det gælder først og fremmest planen om at lave vores hovedgade om til en kanal for "
        "vand og samtidig fjerne næsten alle p-pladser. Butikkerne i gaden lever af kunder, der "
        "kører hertil, og mange ældre beboere har ikke andre steder at stille bilen. Lokalrådet "
        "siger klart nej til den del af planen i sin nuværende udformning.",
        "Kravet om, at hver husejer skal lede vandet fra tagrenderne væk på egen grund, er vi "
        "mere i tvivl om. Nogle har store haver og kan sagtens, andre bor i rækkehuse med fem "
        "kvadratmeter gård. Vi ved ikke, om det kan lade sig gøre, og vil bede forvaltningen "
        "undersøge det nærmere, før der træffes beslutning.",
        "Sandsækkeordningen skal bevares. Ved skybruddet i august 2026 var det kommunens folk "
        "med sække og pumper, der reddede en stor del af kældrene i Nørrebyen.",
        "Til slut: I mange kældre står vandet, også når det ikke regner. Beboerne oplever, at "
        "grundvandet er steget, efter at de gamle utætte kloakker blev udskiftet. Det bør "
        "undersøges.",
        "På vegne af Nørrebyens Lokalråd\nPeter Skov Nielsen, formand\n12. marts 2028",
    ], when, title="Høringssvar Nørrebyens Lokalråd", author="Peter Skov Nielsen")
    return [label(
        name, sender="Nørrebyens Lokalråd", kind="organisation", party="Nørrebyens Lokalråd",
        letter_date=D(2028, 3, 12), received=when,
        stance={"skybrudsvej": "imod", "regnvand": "neutral", "sandsaekke": "imod"},
        emergent=("grundvand",), overall="imod",
        note="Date line under the signature. Parkvej discussed without its keywords ('vores "
        "hovedgade ... en kanal for vand', 'p-pladser'); 'siger klart nej' = imod. Afkobling "
        "discussed without keywords ('lede vandet fra tagrenderne væk på egen grund'); 'mere i "
        "tvivl', 'vil bede forvaltningen undersøge' = neutral. 'Sandsækkeordningen skal "
        "bevares' = imod the cut. Wet basements from groundwater = grundvand. Overall imod "
        "(two imod, one neutral).",
    )]


@response
def erhvervsforum(folder: Path):
    name = "Klimatilpasningsplan - høringssvar.eml"
    when = at(1, 8, 44)
    mail(folder / name, sender="Fjordhede Erhvervsforum <info@fjordhede-erhverv.dk>", to=INBOX,
         subject="Klimatilpasningsplan - høringssvar", when=when, server="smtp.simply.com",
         body="Til rette vedkommende\n\n"
         "Fjordhede Erhvervsforum har modtaget høringen om klimatilpasningsplanen og har ingen "
         "bemærkninger.\n\n"
         "Med venlig hilsen\nCamilla Thrane\nsekretariatsleder\nFjordhede Erhvervsforum\n")
    return [label(
        name, sender="Fjordhede Erhvervsforum", kind="organisation",
        party="Fjordhede Erhvervsforum", letter_date=None, received=when,
        no_comment="rest", overall="ingen bemærkninger",
        note="A response with no remarks at all: 'har ingen bemærkninger' = no comment on every "
        "element.",
    )]


# ---------------------------------------------------------------------------
# A developer (not consulted)


@response
def havnefronten(folder: Path):
    name = "Havnefronten Fjordhede ApS - høringssvar.pdf"
    when = at(13, 15, 30)
    pdf_at(folder / name, [
        "Fjordhede Kommune\nKlima- og Miljøudvalget",
        "Aarhus, 13. marts 2028",
        "# Høringssvar vedrørende forbud mod byggeri under kote 2,5 og Havnefronten",
        "Havnefronten Fjordhede ApS har siden 2023 arbejdet sammen med kommunen om 140 boliger "
        "på den tidligere værftsgrund. Der er udarbejdet lokalplanforslag, og selskabet har "
        "afholdt betydelige udgifter til projektering og jordbundsundersøgelser.",
        "Vi protesterer mod, at projektet nu opgives gennem en klimatilpasningsplan, uden at "
        "selskabet er blevet hørt forinden. Projektet er fra start tegnet med sokkelkote 3,1 og "
        "med en terrænhævning, der gør bebyggelsen robust over for stormflod frem mod år 2120. "
        "Et generelt forbud tager ikke hensyn til, at man kan bygge klimasikkert.",
        "Selskabet hilser til gengæld diget langs Fjordvej velkommen og er indstillet på at "
        "bidrage til det, hvis projektet kan fortsætte.",
        "Selskabet forbeholder sig sin retsstilling.",
        f"{SIGN}\nHavnefronten Fjordhede ApS\n\nMads Lykke\nAdm. direktør",
    ], when, letterhead=("HAVNEFRONTEN FJORDHEDE ApS", "Åboulevarden 22, 3. · 8000 Aarhus C · CVR 40 91 22 10"),
        title="Høringssvar Havnefronten", author="Mads Lykke", right_align=(1,))
    return [label(
        name, sender="Havnefronten Fjordhede ApS", kind="organisation", party=None,
        letter_date=D(2028, 3, 13), received=when,
        stance={"byggestop": "imod", "dige": "støtter"}, overall="delvis",
        note="A developer that was not on the consultation list. 'protesterer mod' = imod. "
        "'hilser ... velkommen' = støtter the dike; the offer to contribute 'hvis projektet kan "
        "fortsætte' is an offer, not a condition on the support.",
    )]


# ---------------------------------------------------------------------------
# Citizens: the form letter "Red Lystrup Enge"

CAMPAIGN_1 = (
    "Jeg vil hermed protestere mod planen om at lave Lystrup Enge om til et regnvandsbassin.",
    "Engen er et af de sidste åbne naturområder tæt på byen. Her går vi tur, her leger "
    "børnene, og her kan man se viber og storke om foråret. Når engen står under vand med "
    "beskidt vand fra byens veje, er det slut med det.",
    "Byens regnvand må løses i byen, hvor det opstår, og ikke ved at ødelægge engen.",
    "Red Lystrup Enge!",
)


@response
def kampagne_1(folder: Path):
    name = "Red Lystrup Enge.eml"
    when = at(3, 19, 12)
    mail(folder / name, sender="Hanne Bisgaard <hannebisgaard@gmail.com>", to=INBOX,
         subject="Red Lystrup Enge", when=when, server="mail-sor-f41.google.com",
         body="Til Klima- og Miljøudvalget\n\n" + "\n\n".join(CAMPAIGN_1)
         + "\n\nMed venlig hilsen\nHanne Bisgaard\nStrandengen 21, 7690 Fjordhede\n")
    return [label(
        name, sender="Hanne Bisgaard", kind="citizen", letter_date=None, received=when,
        stance={"engen": "imod"}, overall="imod", campaign="red_engen",
        personal_data=(("name", "Hanne Bisgaard", "text"), ("name", "Hanne Bisgaard", "header"),
                       ("email", "hannebisgaard@gmail.com", "header"),
                       ("address", "Strandengen 21, 7690 Fjordhede", "text")),
        note="The campaign letter as the base text. 'protestere mod' = imod.",
    )]


@response
def kampagne_2(folder: Path):
    name = "Lystrup Enge.eml"
    when = at(4, 8, 3)
    text = list(CAMPAIGN_1)
    text.insert(2, "Jeg går selv på engen med min hund hver morgen og har gjort det i 20 år. "
                "Jeg har aldrig set den så fuld af fugle som sidste forår.")
    mail(folder / name, sender="Ole Frandsen <ole.frandsen@mail.dk>", to=INBOX,
         subject="Lystrup Enge", when=when, server="smtp.mail.dk",
         body="\n\n".join(text) + "\n\nVenlig hilsen\nOle Frandsen\n")
    return [label(
        name, sender="Ole Frandsen", kind="citizen", letter_date=None, received=when,
        stance={"engen": "imod"}, overall="imod", campaign="red_engen",
        personal_data=(("name", "Ole Frandsen", "text"), ("name", "Ole Frandsen", "header"),
                       ("email", "ole.frandsen@mail.dk", "header")),
        note="Campaign letter with a personal paragraph (walks his dog on the meadow).",
    )]


@response
def kampagne_3(folder: Path):
    name = "Red engen - høringssvar.eml"
    when = at(6, 21, 40)
    text = [s.replace("Jeg vil", "Vi vil") for s in CAMPAIGN_1[:2]] + [
        "Vi mener, at regnvandet skal håndteres i byen, hvor det falder, ikke på engen.",
        CAMPAIGN_1[3],
    ]
    mail(folder / name, sender="Jesper og Maria Lund <lundfamilien@outlook.dk>", to=INBOX,
         subject="Red engen - høringssvar", when=when,
         server="EUR05-VI1-obe.outbound.protection.outlook.com",
         body="Hej\n\n" + "\n\n".join(text)
         + "\n\nHilsen\nJesper og Maria Lund\nEngvej 4\n")
    return [label(
        name, sender="Jesper og Maria Lund", kind="citizen", letter_date=None, received=when,
        stance={"engen": "imod"}, overall="imod", campaign="red_engen",
        personal_data=(("name", "Jesper og Maria Lund", "text"),
                       ("name", "Jesper og Maria Lund", "header"),
                       ("email", "lundfamilien@outlook.dk", "header"),
                       ("address", "Engvej 4", "text")),
        note="Campaign letter in the plural with the third paragraph reworded.",
    )]


# ---------------------------------------------------------------------------
# Other citizens


@response
def scan(folder: Path):
    name = "Scan_14-03-2028_0931.pdf"
    when = at(14, 9, 31)
    scan_pdf(folder / name, [
        "Knud Erik Poulsen",
        "Strandgade 17",
        "7690 Fjordhede",
        "",
        "Til Fjordhede Kommune, Klima- og Miljøudvalget",
        "",
        "                                              Fjordhede 11.3.2028",
        "",
        "Angående klimaplanen",
        "",
        "Jeg har boet i Strandgade i 46 år og har haft vand i kælderen fire",
        "gange. Hver gang har kommunen været der med sandsække og en pumpe, og",
        "det har jeg været meget taknemmelig for. Nu læser jeg i avisen, at det",
        "skal stoppe. Det er jeg stærkt imod. Jeg er 81 år og kan ikke selv",
        "hente sække på genbrugspladsen.",
        "",
        "Jeg vil også sige, at det meste af vandet kunne undgås, hvis kommunen",
        "bare rensede ristene i Strandgade. De er fulde af blade hele efteråret,",
        "og jeg har ringet om det mange gange uden at der sker noget.",
        "",
        "Med venlig hilsen",
        "",
        "Knud Erik Poulsen",
    ], when, seed=19, angle=-0.7)
    touch(folder / name, when)
    return [label(
        name, sender="Knud Erik Poulsen", kind="citizen", letter_date=D(2028, 3, 11),
        received=when, stance={"sandsaekke": "imod"}, emergent=("vedligehold",),
        overall="imod",
        personal_data=(("name", "Knud Erik Poulsen", "text"),
                       ("address", "Strandgade 17", "text"),
                       ("other", "Jeg er 81 år", "text")),
        note="Typed letter handed in and scanned on 14 March (image only): late, the day after "
        "the deadline, though dated 11 March. Own address block at the top, recipient below. "
        "'Det er jeg stærkt imod' = imod the cut. Leaf-filled drains never cleaned = "
        "vedligehold.",
    )]


@response
def videresendt(folder: Path):
    name = "VS Klimaplanen og vores kloak.eml"
    when = at(9, 8, 12)
    body = (
        "Til høringspostkassen – videresendt fra borger, som skrev direkte til mig.\n\n"
        "Venlig hilsen\nRikke Hald\nIngeniør, Klima, Vej og Natur\nFjordhede Kommune\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Thomas Brink <thomasbrink@yahoo.dk>\n"
        "Sendt: 7. marts 2028 22:05\n"
        "Til: Rikke Hald <rih@fjordhede.dk>\n"
        "Emne: Klimaplanen og vores kloak\n\n"
        "Hej Rikke\n\n"
        "Tak for snakken ved borgermødet. Som lovet skriver jeg lige, hvad jeg mener.\n\n"
        "Vi fik for tre år siden lavet nyt kloak og dræn for ca. 60.000 kr., efter at "
        "kommunen selv anbefalede det. Nu står der i planen, at vi inden 2031 skal grave "
        "haven op igen og lave faskine. Det synes jeg simpelthen ikke er rimeligt, og jeg er "
        "imod, at det bliver et krav for dem af os, der allerede har gjort noget.\n\n"
        "Og så en ting mere: da vi fik vand i kælderen i 2026, satte forsikringen "
        "selvrisikoen op til 10.000 kr. og skrev, at næste skade måske ikke bliver dækket. "
        "Hvis kommunen vil hjælpe, så tal med forsikringsselskaberne.\n\n"
        "Mvh Thomas Brink\nAsylgade 12\n"
    )
    mail(folder / name, sender="Rikke Hald <rih@fjordhede.dk>", to=INBOX,
         subject="VS: Klimaplanen og vores kloak", when=when, body=body)
    return [label(
        name, sender="Thomas Brink", kind="citizen", letter_date=None,
        received=D(2028, 3, 7), stance={"regnvand": "imod"}, emergent=("forsikring",),
        overall="imod",
        personal_data=(("name", "Thomas Brink", "text"),
                       ("email", "thomasbrink@yahoo.dk", "text"),
                       ("address", "Asylgade 12", "text")),
        note="Outlook '-----Oprindelig meddelelse-----' forwarded by an engineer in the "
        "department on 9 March; the citizen wrote to her (a municipal address) on 7 March, so "
        "received is 7 March. Sender = the citizen. Afkobling discussed as 'grave haven op "
        "igen og lave faskine' without keywords; 'er imod, at det bliver et krav' = imod. "
        "Insurance excess raised / cover refused = forsikring.",
    )]


@response
def borger_docx(folder: Path):
    name = "Høringssvar klimaplan - Lene Skovgaard.docx"
    when = at(5, 17, 50)
    docx_at(folder / name, [
        "Lene Skovgaard\nHavnegade 3, 1. th.\n7690 Fjordhede",
        "5. marts 2028",
        "# Høringssvar til klimatilpasningsplanen",
        "Jeg bor i Havnegade og var en af dem, der fik vand ind i stuen ved stormfloden i "
        "januar 2027. Derfor vil jeg gerne sige tak for, at der endelig kommer et ordentligt "
        "dige. Det kan ikke gå hurtigt nok.",
        "Jeg forstår til gengæld ikke beslutningen om at droppe boligerne ved den gamle havn. "
        "Fjordhede mangler boliger til unge, og hvis diget alligevel bygges, kan jeg ikke se "
        "fornuften i at lade grunden ligge tom. Jeg synes, det er forkert.",
        "Om resten af planen har jeg ingen særlig mening.",
        "Venlig hilsen\nLene Skovgaard",
    ], when, author="Lene Skovgaard", right_align=(1,))
    return [label(
        name, sender="Lene Skovgaard", kind="citizen", letter_date=D(2028, 3, 5), received=when,
        stance={"dige": "støtter", "byggestop": "imod"}, no_comment="rest", overall="delvis",
        personal_data=(("name", "Lene Skovgaard", "text"),
                       ("address", "Havnegade 3, 1. th.", "text")),
        note="Word file (saved from a mail by staff; received = file time). 'sige tak for, at "
        "der endelig kommer et ordentligt dige' = støtter. Byggestop discussed without "
        "keywords ('droppe boligerne ved den gamle havn'); 'Jeg synes, det er forkert' = imod. "
        "'Om resten af planen har jeg ingen særlig mening' = an informal blanket no-comment.",
    )]


FJORDVEJ_PDF = "Høringssvar Fjordvej 41.pdf"


@response
def borger_cover(folder: Path):
    name = "Høringssvar vedr. dige.eml"
    when = at(10, 7, 25)
    attachment = built(pdf, FJORDVEJ_PDF, [
        "# Høringssvar vedrørende diget på Fjordvej",
        "Fra Birgit og Allan Nørgaard, Fjordvej 41, 7690 Fjordhede",
        "Vi har boet på Fjordvej i 31 år. Vi er begge pensionister og har ikke 90.000 kr. "
        "liggende til et dige. Vi er bekymrede for, at vi bliver nødt til at sælge huset for "
        "at betale vores andel, og vi ved ikke, om nogen vil købe det.",
        "Banken har allerede sagt nej til at låne os penge med huset som sikkerhed, fordi "
        "forsikringsselskabet har taget stormflodsskader ud af dækningen. Det er ikke vores "
        "skyld, at vandet stiger.",
        "Vi beder udvalget om at lade kommunen betale diget, sådan som man gør med veje og "
        "kloakker.",
        "Birgit og Allan Nørgaard\n9. marts 2028",
    ], when, title="Høringssvar", author="Allan Nørgaard")
    mail(folder / name, sender="Allan Nørgaard <allan.norgaard@jubii.dk>", to=INBOX,
         subject="Høringssvar vedr. dige", when=when, server="smtp.jubii.dk",
         body="Hej\n\nHermed vores høringssvar.\n\nAllan Nørgaard\n",
         attachments=[(FJORDVEJ_PDF, attachment)])
    return [
        cover(name, FJORDVEJ_PDF, sender="Birgit og Allan Nørgaard", kind="citizen", party=None,
              received=when,
              personal_data=(("name", "Allan Nørgaard", "text"),
                             ("name", "Allan Nørgaard", "header"),
                             ("email", "allan.norgaard@jubii.dk", "header")),
              note="One-line covering mail; the response is the PDF."),
        label(
            FJORDVEJ_PDF, sender="Birgit og Allan Nørgaard", kind="citizen", letter_date=D(2028, 3, 9),
            received=when, container=name, stance={"dige": "imod"},
            emergent=("forsikring",), overall="imod",
            personal_data=(("name", "Birgit og Allan Nørgaard", "text"),
                           ("address", "Fjordvej 41, 7690 Fjordhede", "text"),
                           ("other", "Vi er begge pensionister", "text")),
            note="'bekymrede for' paying their share + 'beder ... lade kommunen betale' = imod "
            "the dike as proposed (the 40 % payment is part of the element). Insurer dropped "
            "storm-surge cover, house may not sell = forsikring. Date line under the signature.",
        ),
    ]


@response
def familie_pdf(folder: Path):
    name = "Parkvej - høringssvar.pdf"
    when = at(8, 21, 15)
    pdf_at(folder / name, [
        "# Høringssvar om klimatilpasningsplanen",
        "Vi er en familie med to børn, der bor på Parkvej, og vi vil gerne bakke op om planen "
        "for vores gade. Vi har mistet en bil og haft kloakvand i kælderen ved skybruddet i "
        "2026, så vi vil hellere undvære parkeringen foran huset end opleve det igen. Med træer "
        "og grønne render bliver gaden også et bedre sted at vokse op.",
        "Vi synes også, det er en god idé, at regnvandet fra tagene skal blive på grundene.",
        "Men det hjælper ikke meget, hvis vejbrøndene ikke bliver tømt. Ved skybruddet stod "
        "vandet højt på Parkvej, fordi brøndene var stoppet til af grus og blade, og der var "
        "ingen, der havde renset dem siden sommeren før.",
        "Venlig hilsen\nSofie og Kasper Møller\nParkvej 30",
    ], when, title="Høringssvar", author="Sofie Møller")
    return [label(
        name, sender="Sofie og Kasper Møller", kind="citizen", letter_date=None, received=when,
        stance={"skybrudsvej": "støtter", "regnvand": "støtter"}, emergent=("vedligehold",),
        overall="støtter",
        personal_data=(("name", "Sofie og Kasper Møller", "text"),
                       ("address", "Parkvej 30", "text")),
        note="Plain PDF without a date line (received = file time). 'bakke op om planen for "
        "vores gade' = støtter the skybrudsvej (Parkvej named only as their street). 'en god "
        "idé' = støtter. Street gullies not emptied = vedligehold.",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Klimatilpasningsplan 2028–2033 – vand i byen og ved fjorden",
    "case_number": "28/01942",
    "committee": "Klima- og Miljøudvalget",
    "from": "Klima, Vej og Natur",
    "municipality": "Fjordhede Kommune",
    "sent": "2028-02-14",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "grundvand": {
        "label": "Stigende grundvand og vand i kældre",
        "description": "Kældre, der står våde, også når det ikke regner; grundvand, der er "
        "steget, og som hverken planen eller forsyningen tager sig af.",
    },
    "forsikring": {
        "label": "Forsikring og husenes værdi",
        "description": "Højere præmier og selvrisiko, skader der ikke længere dækkes, huse der "
        "falder i værdi eller ikke kan sælges eller belånes.",
    },
    "vedligehold": {
        "label": "Drift og vedligehold af riste, brønde, grøfter og vandløb",
        "description": "Riste og vejbrønde fulde af blade, tilgroede grøfter, Lindå ikke "
        "oprenset, ingen penge eller mandskab til at passe nye anlæg.",
    },
}

CAMPAIGNS = {
    "red_engen": "Enslydende borgerbrev 'Red Lystrup Enge' (3 e-mails: én uændret, én med et "
    "personligt afsnit, én i flertal med tredje afsnit omskrevet)",
}


ABOUT = (
    "Reference labels for dev009 (fictional: Fjordhede Kommune, 'Klimatilpasningsplan "
    "2028–2033 – vand i byen og ved fjorden'), whose files make_dev009.py writes; a held-out "
    "set written without reading hoering's reading rules or the other sets' letters. Same "
    "schema as dev002/dev004. One entry per file; role 'cover' = an e-mail whose response is "
    "its attachment (container names the e-mail). letter_date = the letter's own date line or "
    "null; received = the e-mail's Date (for a forwarded e-mail the original's date, when the "
    "citizen wrote to a municipal address), else the day the file arrived (its mtime). stance "
    "per theme: støtter | imod | neutral (concern = imod, opposing a cut = imod, negated "
    "opposition 'er ikke imod' = støtter, conditional acceptance = støtter with the condition "
    "in condition, 'tager til efterretning' and open doubt = neutral). themes_no_comment = "
    "elements named only to say no comment, or covered by a blanket sentence on the other "
    "elements or on the whole proposal. overall: støtter | imod | delvis (both støtter and "
    "imod among the stances) | neutral | ingen bemærkninger. emergent = keys of topics "
    "outside the codebook raised by at least three responses; a topic one letter alone raises "
    "is not labelled. campaign = form-letter group id. No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
