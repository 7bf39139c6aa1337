"""Development consultation dev006: Egebæk Kommune, "Vintertjeneste og vejvedligeholdelse
2028–2031 – serviceniveau og budgettilpasning" (fictional), the responses as they reached Vej og Park.

    python corpus/dev006/make_dev006.py OUTDIR                 # writes the response files
    python corpus/dev006/make_dev006.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, staff, a
union, associations, a utility, a contractor, a residents' association and citizens), and
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

INBOX = "Vej og Park <vejpark@egebaek.dk>"
MAILHOSTS = {"relay": "mx2.egebaek.dk", "exchange": "EGBEXCH01.egebaek.local"}
DEADLINE = dt.date(2028, 5, 10)
THEMES = ("klasse3", "cykelstier", "snehjaelp", "materielgaard", "saltlage", "asfalt")
D = dt.date
TOWN = "6990 Egebæk"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2028, month=5, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response

pdf_file = arrived(pdf)
docx_file = arrived(docx)


# ---------------------------------------------------------------------------
# Consulted parties and other organisations


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - vintertjeneste 2028-2031.docx"
    when = at(3, 9, 40)
    blocks = [
        "Til Teknik- og Miljøudvalget",
        "Egebæk, 2. maj 2028",
        "# Ældrerådets høringssvar: Vintertjeneste og vejvedligeholdelse 2028–2031",
        "Ældrerådet har behandlet høringsmaterialet på sit møde den 27. april. Rådet har "
        "forståelse for, at Vej og Park skal finde besparelser, men vil pege på, at glat føre er "
        "et af de største problemer for ældre om vinteren. Et fald på isen kan betyde et brækket "
        "håndled eller en hofte, og mange ældre bliver hjemme, når de ikke tør gå ud.",
        "## Boligveje i klasse III",
        "Rådet er bekymret for, at de mindre veje først skal ryddes, når der er faldet mere end "
        "10 cm sne, og at de slet ikke saltes. Det er netop på de veje, mange ældre bor, og "
        "hjemmeplejen og madudbringningen skal også kunne komme frem.",
        "## Cykelstier langs skolevejene",
        "Ingen bemærkninger.",
        "## Snehjælpsordningen",
        "Ældrerådet kan ikke anbefale, at snehjælpsordningen nedlægges. Ordningen koster ikke "
        "mange penge, men den betyder meget for de ca. 300 pensionister, der bruger den, og som "
        "ikke selv kan skovle sne. Rådet opfordrer udvalget til at fastholde ordningen.",
        "## Materielgården",
        "Ingen bemærkninger.",
        "## Saltlage og vejrstationer",
        "Ældrerådet tager forvaltningens redegørelse for saltlagen til efterretning. Vi går ud "
        "fra, at fortovene ved plejecentrene og sundhedshuset fortsat bliver prioriteret.",
        "## Asfaltpuljen",
        "Vi frygter, at udskydelsen af nye slidlag på stier og fortove vil give flere "
        "faldulykker. Revner og huller er svære at se, især i mørke, og når der ligger blade "
        "eller sne.",
        "## Sneen ved indkørslerne",
        "Til sidst vil rådet gøre opmærksom på et problem, som ikke står i forslaget: Når "
        "sneploven har været forbi, ligger der ofte en høj, hårdt pakket vold af sne for "
        "indkørslen og ud mod fortovskanten. Den kan en ældre borger ikke selv fjerne, og med "
        "rollator er det umuligt at komme forbi.",
        "Med venlig hilsen\nBirthe Lauridsen\nFormand for Ældrerådet",
    ]
    docx_file(folder / name, blocks, when, header="Ældrerådet i Egebæk Kommune",
              author="Birthe Lauridsen", title="Høringssvar vintertjeneste", right_align=(1,))
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2028, 5, 2), received=when,
        stance={"klasse3": "imod", "snehjaelp": "imod", "saltlage": "neutral", "asfalt": "imod"},
        no_comment=("cykelstier", "materielgaard"), emergent=("snevolde",), overall="imod",
        note="Word letter with the proposal's elements as headings; two are answered 'Ingen "
        "bemærkninger.'. Snehjælp: 'kan ikke anbefale, at ... nedlægges' and 'fastholde "
        "ordningen' = imod the cut. Saltlage: 'tager ... til efterretning' = neutral. Asfalt: "
        "'frygter' = imod. The last heading (snow walls left by the plough) is outside the codebook.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet - vintertjeneste og vejvedligeholdelse.pdf"
    when = at(1, 11, 5)
    blocks = [
        "30. april 2028",
        "# Høringssvar fra Handicaprådet",
        "Handicaprådet har drøftet forslaget om vintertjeneste og vejvedligeholdelse 2028–2031 "
        "på rådets møde den 24. april 2028.",
        "Rådet vil gerne kvittere for, at cykelstier og fortove langs skolevejene nu skal ryddes "
        "før skoletid. Det er til gavn for alle børn, også de børn med handicap, der går eller "
        "kører i kørestol til skole, og rådet bakker op om den del af forslaget.",
        "Derimod er rådet imod, at snehjælpsordningen afskaffes. For en borger i kørestol eller "
        "med nedsat syn er et fortov med sne ikke bare besværligt, men ufremkommeligt, og mange "
        "af de borgere, der i dag får hjælp, har hverken familie eller økonomi til at betale en "
        "privat snerydder. Ordningen er for nogle forskellen på at kunne komme ud af huset eller ej.",
        "Rådet finder det også betænkeligt, at boligvejene fremover først ryddes ved 10 cm sne. "
        "Selv få centimeter sne gør det meget svært at køre i el-kørestol eller at gå med stok.",
        "Når der ryddes, bør kommunen sikre, at sneen ikke lægges op ved fodgængerfelterne og "
        "ved kantstenssænkningerne. Bunker af sne her spærrer vejen for kørestole og rollatorer, "
        "og de bliver ofte liggende i ugevis.",
        "Handicaprådet har ingen bemærkninger til forslagets øvrige elementer.",
        "På Handicaprådets vegne\nJens Ole Mikkelsen\nformand",
    ]
    pdf_file(folder / name, blocks, when, title="Høringssvar", author="Handicaprådet",
             letterhead=["Handicaprådet", "Egebæk Kommune · Rådhustorvet 1 · " + TOWN,
                         "Sekretariat: Social og Sundhed · handicapraadet@egebaek.dk"],
             right_align=(0,))
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2028, 4, 30), received=when,
        stance={"cykelstier": "støtter", "snehjaelp": "imod", "klasse3": "imod"},
        no_comment="rest", emergent=("snevolde",), overall="delvis",
        note="Letterhead PDF, no headings. Klasse3: 'finder det ... betænkeligt' = imod. Snow "
        "piled at crossings and lowered kerbs = snevolde. The blanket last sentence covers "
        "materielgaard, saltlage, asfalt.",
    )]


@response
def ungdomsraad(folder: Path):
    name = "høringssvar fra ungdomsrådet (vintertjeneste).eml"
    when = at(6, 19, 42)
    mail(folder / name, sender="Egebæk Ungdomsråd <ungdomsraad@egebaek.dk>", to=INBOX,
         subject="høringssvar fra ungdomsrådet (vintertjeneste)", when=when,
         mailer="Microsoft Outlook 16.0",
         body="Hej\n\n"
         "Ungdomsrådet har snakket om vinterplanen på vores møde i sidste uge. Her er hvad vi "
         "mener:\n\n"
         "Det er super godt, at cykelstierne på skolevejene bliver ryddet inden kl. 7. Mange af "
         "os cykler 5-8 km til skole eller gymnasiet, og sidste vinter måtte flere af os ud på "
         "kørebanen, fordi stien ikke var ryddet. Så det støtter vi 100 %.\n\n"
         "Men det giver ikke meget mening at rydde stierne, hvis hullerne i dem ikke bliver "
         "lappet. Stien langs Ribevej har været ødelagt i flere år, og når der står vand eller "
         "sne i hullerne, kan man ikke se dem. Vi synes ikke, man skal spare på det.\n\n"
         "Noget andet er lyset. Stien fra Lundgård Skole ud til Højvangen er kulsort om morgenen, "
         "fordi halvdelen af lamperne gik i stykker før jul og endnu ikke er blevet "
         "skiftet. Det er utrygt at cykle der, især alene.\n\n"
         "Mvh\nUngdomsrådet\nv/ Sara Nørgaard (formand)\n")
    return [label(
        name, sender="Egebæk Ungdomsråd", kind="organisation", party="Egebæk Ungdomsråd",
        letter_date=None, received=when,
        stance={"cykelstier": "støtter", "asfalt": "imod"},
        emergent=("belysning",), overall="delvis",
        note="Mail body in a young person's register. Asfalt is discussed without its keywords "
        "(holes in the path not mended, 'ikke ... spare på det') = imod. Broken street lamps on "
        "the school path = belysning. No blanket sentence: the other elements are not mentioned.",
    )]


@response
def skolebestyrelse(folder: Path):
    name = "Lundgård Skole - skolebestyrelsens høringssvar vintertjeneste.pdf"
    when = at(8, 15, 20)
    blocks = [
        "# Høringssvar fra skolebestyrelsen ved Lundgård Skole",
        "Egebæk, den 8. maj 2028",
        "Skolebestyrelsen har på sit møde den 3. maj drøftet forslaget om vintertjeneste og "
        "vejvedligeholdelse.",
        "Vi er glade for, at skolevejene får førsteprioritet, og vi støtter, at cykelstier og "
        "fortove langs dem ryddes og saltes, inden eleverne møder ind. Det vil gøre det muligt "
        "for flere forældre at lade deres børn cykle hele året.",
        "Vi er mere i tvivl om forslaget for de mindre veje. En stor del af vores elever bor i "
        "villakvartererne omkring skolen og skal først ad de små veje, før de når skolevejen. Om "
        "det bliver et problem, at de veje først ryddes ved 10 cm sne, kan vi ikke vurdere på "
        "forhånd – det afhænger nok af vinteren. Vi vil foreslå, at ændringen evalueres efter "
        "den første vinter.",
        "Endelig vil vi gøre opmærksom på, at flere af gadelamperne på stien gennem "
        "Lundgårdparken har været slukket det meste af vinteren. Når det er mørkt både til og "
        "fra skole, er det ikke nok, at stien er ryddet – man skal også kunne se, hvor man går.",
        "Til de øvrige dele af forslaget har skolebestyrelsen ingen kommentarer.",
        "På vegne af skolebestyrelsen\nMette Brandt Holm\nformand",
    ]
    pdf_file(folder / name, blocks, when, title="Høringssvar", author="Mette Brandt Holm",
             right_align=(1,))
    return [label(
        name, sender="Skolebestyrelsen ved Lundgård Skole", kind="organisation",
        party="Skolebestyrelsen ved Lundgård Skole", letter_date=D(2028, 5, 8), received=when,
        stance={"cykelstier": "støtter", "klasse3": "neutral"},
        no_comment="rest", emergent=("belysning",), overall="støtter",
        note="Klasse3: 'mere i tvivl', 'kan vi ikke vurdere på forhånd' plus a wish for an "
        "evaluation = open doubt, neutral. Street lamps off on the school path = belysning. "
        "Blanket 'Til de øvrige dele af forslaget ... ingen kommentarer' covers snehjaelp, "
        "materielgaard, saltlage, asfalt. Overall støtter (one support, one neutral).",
    )]


@response
def lmu(folder: Path):
    name = "Høringssvar LMU Materielgården.docx"
    when = at(4, 13, 15)
    blocks = [
        "# Høringssvar fra LMU Materielgården",
        "4. maj 2028",
        "LMU har behandlet høringen på et ekstraordinært møde den 2. maj. Medarbejderne på "
        "Materielgården har fulgt arbejdet med vinterplanen tæt, og vi har følgende "
        "bemærkninger til de enkelte punkter.",
        "## Klasse III-veje",
        "LMU tager ændringen af serviceniveauet på boligvejene til efterretning. Det er en "
        "politisk prioritering.",
        "## Skoleveje og cykelstier",
        "Ingen kommentarer.",
        "## Snehjælpsordningen",
        "Ordningen administreres ikke af Materielgården, og LMU udtaler sig derfor ikke om den.",
        "## Byruterne",
        "LMU kan bakke op om, at vi selv kører byruterne, under forudsætning af at der følger "
        "det nødvendige mandskab og materiel med. I dag har vi ikke chauffører nok til at dække "
        "en vagtplan døgnet rundt i en hård vinter, og det må ikke ende med, at de nuværende "
        "medarbejdere skal tage flere vagter.",
        "## Saltlage",
        "Vi har kørt forsøg med saltlage på to ruter i vinteren 2026/27, og erfaringerne er "
        "gode. Saltet bliver liggende på vejen i stedet for at blæse ud i rabatten. LMU "
        "støtter overgangen.",
        "## Asfaltpuljen",
        "LMU kan ikke støtte, at puljen til nye slidlag skæres. Vejene forfalder hurtigere, når "
        "der ikke lægges nyt slidlag til tiden, og det er vores folk, der i stedet skal lappe "
        "huller med koldasfalt – et arbejde, der både er dyrere og giver et dårligere resultat.",
        "## Andet",
        "Chaufførerne oplever hver vinter, at vand løber ud over vejen og fryser, fordi "
        "rendestensbrøndene er fyldt med blade og grus. Det giver glatte pletter, som vi ikke "
        "kan salte os ud af. LMU foreslår, at brøndene tømmes om efteråret, inden "
        "vintertjenesten starter.",
        "For LMU Materielgården\nLone Birk, formand\nKim Lassen, næstformand (medarbejdersiden)",
    ]
    docx_file(folder / name, blocks, when, header="Egebæk Kommune · Vej og Park · Materielgården",
              author="Kim Lassen", title="Høringssvar LMU", right_align=(1,))
    return [label(
        name, sender="LMU Materielgården", kind="organisation", party="LMU Materielgården",
        letter_date=D(2028, 5, 4), received=when,
        stance={"klasse3": "neutral", "materielgaard": "støtter", "saltlage": "støtter",
                "asfalt": "imod"},
        condition={"materielgaard": "at der følger det nødvendige mandskab og materiel med"},
        no_comment=("cykelstier", "snehjaelp"), emergent=("afvanding",), overall="delvis",
        note="Headings per element. Klasse3 'tager ... til efterretning' = neutral. Cykelstier "
        "'Ingen kommentarer.'; snehjælp 'udtaler sig derfor ikke om den' = no comment. Byruterne: "
        "'kan bakke op om ..., under forudsætning af' = conditional support. Asfalt 'kan ikke støtte' = imod. Clogged gullies = afvanding.",
    )]


@response
def tre_f(folder: Path):
    name = "Høringssvar fra 3F Egebæk.eml"
    attachment = "3F Egebæk - høringssvar vintertjeneste 2028-2031.pdf"
    when = at(9, 14, 12)
    blocks = [
        "Egebæk, 9. maj 2028",
        "Til Teknik- og Miljøudvalget\nEgebæk Kommune",
        "# Høringssvar – vintertjeneste og vejvedligeholdelse 2028–2031",
        "3F Egebæk organiserer chaufførerne og vejarbejderne på Materielgården og en stor del af "
        "de chauffører, der i dag kører vintertjeneste for de private entreprenører.",
        "Vi ser positivt på, at kommunen vil hjemtage snerydningen på byruterne. Det giver faste "
        "stillinger med ordentlige vilkår i stedet for tilkaldevagter hos underleverandører, og "
        "det giver kommunen bedre styr på beredskabet. Vi opfordrer til, at de chauffører, der i "
        "dag kører ruterne for entreprenørerne, tilbydes ansættelse.",
        "3F er heller ikke imod at gå over til saltlage. Vi vil dog opfordre til, at de nye "
        "spredere og påfyldningsanlæg indrettes, så chaufførerne ikke udsættes for saltdampe og "
        "tunge løft, og at der sættes tid af til oplæring, før systemet tages i brug.",
        "Forbundet har ikke yderligere bemærkninger til høringsmaterialet.",
        "Med venlig hilsen\nTorben Kragh\nFaglig sekretær, 3F Egebæk",
    ]
    data = built(pdf, attachment, blocks, when, title="Høringssvar", author="Torben Kragh",
                 letterhead=["3F Egebæk", "Grønningen 12 · " + TOWN + " · egebaek@3f.dk · tlf. 70 30 08 41"],
                 right_align=(0,))
    mail(folder / name, sender="Torben Kragh <torben.kragh@3f.dk>", to=INBOX,
         subject="Høringssvar fra 3F Egebæk", when=when, server="smtp.3f.dk",
         body="Til Vej og Park\n\nHermed fremsendes 3F Egebæks høringssvar vedr. vintertjeneste og "
         "vejvedligeholdelse 2028-2031.\n\nVenlig hilsen\nTorben Kragh\nFaglig sekretær\n3F Egebæk\n"
         "Tlf. 70 30 08 41\n",
         attachments=[(attachment, data)])
    who = dict(sender="3F Egebæk", kind="organisation", party="3F Egebæk", received=when)
    return [
        cover(name, attachment, **who),
        label(attachment, container=name, letter_date=D(2028, 5, 9), **who,
              stance={"materielgaard": "støtter", "saltlage": "støtter"},
              no_comment="rest", overall="støtter",
              note="Letterhead PDF attached to a short covering mail from the union secretary. "
              "'ser positivt på' = støtter. Saltlage: 'heller ikke imod' = støtter; the working "
              "environment requests are wishes, not a condition of the support. 'ikke yderligere "
              "bemærkninger til høringsmaterialet' read as a blanket no comment on klasse3, "
              "cykelstier, snehjaelp, asfalt."),
    ]


@response
def cyklistforbundet(folder: Path):
    name = "Cyklistforbundet Egebæk - høringssvar vinter.pdf"
    when = at(7, 10, 0)
    blocks = [
        "Cyklistforbundet i Egebæk har ca. 260 medlemmer, og de fleste af os cykler hele året. Vi "
        "har læst forslaget med stor interesse.",
        "# Skolevejene først",
        "Vi hilser det velkommen, at cykelstierne langs skolevejene rykker op i første "
        "prioritet. Det har vi ønsket i mange år. Vi vil dog gerne have, at de andre hovedstier, "
        "fx stien langs Ribevej og pendlerstien mod Holmstrup, får samme prioritet, fordi mange "
        "pendler ad dem.",
        "Hvad ændringen for boligvejene kommer til at betyde for cyklisterne, er svært at sige "
        "på forhånd. Mange børn cykler de første par hundrede meter på en boligvej, før de når "
        "stien, så det vil vi følge nøje den første vinter.",
        "# Når vejen ryddes, fyldes stien",
        "Et tilbagevendende problem er, at sneploven på kørebanen skubber sneen ind på den "
        "nyryddede sti. Så står man om morgenen over for en kant af isklumper, der er værre end "
        "sneen selv. Ruterne bør planlægges, så vej og sti ryddes i den rigtige rækkefølge.",
        "# Huller og revner",
        "Vi er imod, at asfaltpuljen beskæres. En cyklist mærker hvert eneste hul, og et hul "
        "fyldt med vand er en faldulykke, der venter på at ske. Flere stier har allerede i dag "
        "revner på tværs, der kan vælte en cykel med smalle dæk.",
        "# Saltlage",
        "Saltlage giver efter vores erfaring et bedre greb på stierne end tørsalt, der bare "
        "ligger som løse korn og knaser under dækket. Vi støtter forslaget.",
        "# Lys på stierne",
        "Endelig savner vi, at belysningen er med i planen. En ryddet sti er ikke meget værd, "
        "hvis man ikke kan se isen. Flere lamper langs stien ved Egebækken har været i stykker "
        "i over et år.",
        "Cyklistforbundet Egebæk\nv/ Anders Thygesen, formand",
    ]
    pdf_file(folder / name, blocks, when, title="Høringssvar", author="Cyklistforbundet Egebæk",
             columns=2, banner=["Høringssvar fra Cyklistforbundet Egebæk"])
    return [label(
        name, sender="Cyklistforbundet Egebæk", kind="organisation",
        party="Cyklistforbundet Egebæk", letter_date=None, received=when,
        stance={"cykelstier": "støtter", "klasse3": "neutral", "asfalt": "imod",
                "saltlage": "støtter"},
        emergent=("snevolde", "belysning"), overall="delvis",
        note="Two columns under a full-width banner, no date line (received = the day it was "
        "saved). The plough pushing snow and ice lumps onto the cleared path = snevolde. "
        "'savner ... belysningen' = belysning. Klasse3: 'svært at sige på forhånd ... vil vi følge "
        "nøje' = open doubt, neutral. Snehjaelp and materielgaard are not mentioned (no blanket "
        "sentence).",
    )]


@response
def dn(folder: Path):
    name = "Høringssvar DN Egebæk - vintertjeneste.eml"
    when = at(10, 21, 55)
    mail(folder / name, sender="DN Egebæk <egebaek@dn.dk>", to=INBOX,
         subject="Høringssvar: Vintertjeneste og vejvedligeholdelse 2028-2031 (sag 28/04417)",
         when=when, server="mail.dn.dk",
         body="Til Teknik og Miljø, Vej og Park\n\n"
         "Danmarks Naturfredningsforening Egebæk afgiver hermed høringssvar til forslaget om "
         "vintertjeneste og vejvedligeholdelse 2028-2031.\n\n"
         "Saltlage og vejrstationer\n"
         "DN bakker varmt op om overgangen til saltlage og om at lade udkaldet styre af "
         "vejrstationerne. Erfaringer fra andre kommuner viser, at saltforbruget kan reduceres "
         "med op mod en tredjedel, og at mindre salt ender i vandløb, grøfter og levende hegn "
         "langs vejene.\n\n"
         "De mindre veje\n"
         "Vi kan også støtte, at boligvejene ikke længere saltes. Salt skader træer og hække og "
         "er hårdt ved hundepoter, og lidt sne på en villavej er efter vores opfattelse et "
         "rimeligt serviceniveau.\n\n"
         "Vejvand\n"
         "Samtidig vil vi opfordre kommunen til at se på vandet fra vejene. Mange grøfter langs "
         "landevejene er groet til, og når vejbrøndene ikke bliver renset, løber vejvandet – med "
         "salt og olie – direkte ud på markerne og i Egebækken. Det hænger tæt sammen med "
         "klimatilpasningen, som kommunen ellers har gode planer for.\n\n"
         "Om byruterne køres af kommunens egne folk eller af private vognmænd, har foreningen "
         "ingen holdning til. Forslaget om asfaltpuljen giver ikke DN anledning til "
         "bemærkninger.\n\n"
         "Med venlig hilsen\nKaren Bisgaard\nFormand, DN Egebæk\n")
    return [label(
        name, sender="Danmarks Naturfredningsforening Egebæk", kind="organisation",
        party="Danmarks Naturfredningsforening Egebæk", letter_date=None, received=when,
        stance={"saltlage": "støtter", "klasse3": "støtter"},
        no_comment=("materielgaard", "asfalt"), emergent=("afvanding",), overall="støtter",
        note="Sent late on the deadline day (not late). Klasse3: supports the cut (no salt on "
        "residential roads) = støtter. Overgrown ditches and uncleaned road gullies = afvanding. "
        "Two single no-comments: 'har foreningen ingen holdning til' (materielgaard, named as "
        "who drives the city routes) and 'giver ikke DN anledning til bemærkninger' (asfalt). "
        "Cykelstier and snehjaelp are not mentioned.",
    )]


@response
def aeldre_sagen(folder: Path):
    name = "Vintertjeneste - bemærkninger fra Ældre Sagen Egebæk.eml"
    when = at(8, 10, 3)
    mail(folder / name, sender="Ældre Sagen Egebæk <egebaek@aeldresagen.dk>", to=INBOX,
         subject="Vintertjeneste - bemærkninger fra Ældre Sagen Egebæk", when=when,
         server="smtp.aeldresagen.dk",
         body="Kære Vej og Park\n\n"
         "Ældre Sagen Egebæk har følgende bemærkninger til forslaget til ny vintertjeneste.\n\n"
         "Vi er stærkt imod, at snehjælpen bliver lukket. Ordningen skal bevares! Mange af vores "
         "medlemmer er over 80 år og bor alene i eget hus. Hvis de falder på fortovet, fordi de "
         "selv har forsøgt at skovle, bliver det langt dyrere for kommunen end de ca. 400.000 "
         "kr., ordningen koster om året.\n\n"
         "Vi er heller ikke glade for, at de små stikveje og villaveje skal vente, til der "
         "ligger mere end en håndsbredde sne, før de bliver ryddet. Det er der, de ældre bor, og "
         "hjemmeplejen kommer ikke frem i en lille elbil.\n\n"
         "Og så et ønske: Når man ringer til kommunen for at høre, hvornår ens vej bliver "
         "ryddet, er det svært at få et svar. Kunne man lave en oversigt på hjemmesiden, hvor man "
         "kan se, hvor sneplovene har været, og hvornår de kommer? Mange ældre har ikke en "
         "smartphone, så det skal også kunne klares over telefonen.\n\n"
         "Ældre Sagen har ikke bemærkninger til de øvrige forslag.\n\n"
         "Venlig hilsen\nPoul Erik Damgaard\nFormand for Ældre Sagen Egebæk\n")
    return [label(
        name, sender="Ældre Sagen Egebæk", kind="organisation", party="Ældre Sagen Egebæk",
        letter_date=None, received=when,
        stance={"snehjaelp": "imod", "klasse3": "imod"},
        no_comment="rest", emergent=("information",), overall="imod",
        note="'Ordningen skal bevares!' = imod the cut. Klasse3 is discussed without its "
        "keywords ('små stikveje og villaveje', 'en håndsbredde sne'); 'heller ikke glade for' = "
        "imod. Asking where the ploughs have been and whom to call = information. Blanket "
        "sentence covers cykelstier, materielgaard, saltlage, asfalt.",
    )]


@response
def dh(folder: Path):
    name = "Høringssvar DH Egebæk.eml"
    attachment = "DH Egebæk høringssvar vintertjeneste.docx"
    when = at(10, 11, 20)
    blocks = [
        "# Høringssvar fra DH Egebæk",
        "Vintertjeneste og vejvedligeholdelse 2028–2031",
        "10. maj 2028",
        "DH Egebæk, der samler 16 handicaporganisationer i kommunen, kan fuldt ud tilslutte sig "
        "Handicaprådets høringssvar og vil her kun uddybe et enkelt punkt.",
        "Når der er ryddet, ligger der ofte en vold af sne langs kantstenen, som gør det umuligt "
        "at komme fra fortovet ud til en bil, en taxa eller handicapkørslen. For en borger i "
        "kørestol virker den som en mur. Vi foreslår, at det skrives ind i ruteplanerne, at "
        "sneen fjernes ved handicapparkeringspladser, stoppesteder og indgange til offentlige "
        "bygninger, når der er ryddet.",
        "Med venlig hilsen\nSusanne Friis\nFormand, DH Egebæk",
    ]
    data = built(docx, attachment, blocks, when, author="Susanne Friis", title="Høringssvar",
                 right_align=(2,))
    mail(folder / name, sender="Susanne Friis <susanne.friis@dh-egebaek.dk>", to=INBOX,
         subject="Høringssvar DH Egebæk", when=when, server="smtp.one.com",
         body="Hej\n\nHermed DH Egebæks høringssvar om vintertjeneste og vejvedligeholdelse.\n\n"
         "Venlig hilsen\nSusanne Friis\nDH Egebæk\n",
         attachments=[(attachment, data)])
    who = dict(sender="DH Egebæk", kind="organisation", party="DH Egebæk", received=when)
    return [
        cover(name, attachment, **who),
        label(attachment, container=name, letter_date=D(2028, 5, 10), **who,
              stance={"cykelstier": "støtter", "snehjaelp": "imod", "klasse3": "imod"},
              no_comment="rest", emergent=("snevolde",), overall="delvis",
              note="Endorses Handicaprådet's response in full ('kan fuldt ud tilslutte sig') "
              "and so shares its positions (cykelstier støtter, snehjaelp and klasse3 imod) and "
              "its blanket no comment on the other elements (materielgaard, saltlage, asfalt); "
              "its own text is only about snow walls at the kerb = snevolde. Ambiguous by "
              "nature: a reader may count only the letter's own words."),
    ]


@response
def kjaergaard(folder: Path):
    name = "Kjærgaard Entreprise - bemærkninger til høring om vintertjeneste.pdf"
    when = at(11, 16, 45)
    blocks = [
        "Egebæk, den 11. maj 2028",
        "Til Teknik- og Miljøudvalget\nEgebæk Kommune\nRådhustorvet 1\n" + TOWN,
        "## Vedr.: Høring om vintertjeneste og vejvedligeholdelse 2028–2031 (sag 28/04417)",
        "Kjærgaard Entreprise har kørt vintertjeneste for Egebæk Kommune i 22 år, i dag på syv "
        "af byens ruter. Vi har først for nylig fået kendskab til høringen og beder om, at vores "
        "bemærkninger alligevel kommer med.",
        "Vi fraråder på det kraftigste, at kommunen selv overtager byruterne. Forvaltningens "
        "beregning tager ikke højde for, at vores maskiner bruges til andet arbejde resten af "
        "året, og at kommunen i dag kun betaler for dem, når der er udkald. Skal Materielgården "
        "have det samme beredskab, skal den købe maskiner, der står stille ni måneder om året.",
        "Dertil kommer, at vores chauffører kender ruterne og bor i området. De er ude på "
        "vejene senest 30 minutter efter et udkald, også kl. 3 om natten.",
        "Hvis udvalget alligevel vælger at hjemtage ruterne, beder vi om at blive inddraget i en "
        "overgangsordning, så vi ikke står tilbage med maskiner, der ikke er betalt af.",
        "Til de andre punkter i høringen har vi ingen bemærkninger.",
        "Med venlig hilsen\nJesper Kjærgaard\nDirektør",
    ]
    pdf_file(folder / name, blocks, when, title="Høring vintertjeneste", author="Jesper Kjærgaard",
             letterhead=["KJÆRGAARD ENTREPRISE ApS",
                         "Vognmand · Vintertjeneste · Jord og kloak",
                         "Industrivej 7 · " + TOWN + " · CVR 31842057 · www.kjaergaard-entreprise.dk"],
             right_align=(0,))
    return [label(
        name, sender="Kjærgaard Entreprise ApS", kind="organisation", party=None,
        letter_date=D(2028, 5, 11), received=when,
        stance={"materielgaard": "imod"}, no_comment="rest", overall="imod",
        note="A contractor who was not among the consulted parties; arrived the day after the "
        "deadline (late). 'fraråder på det kraftigste' = imod; the request for a transition "
        "scheme if the council goes ahead is not support. Blanket 'Til de andre punkter i "
        "høringen har vi ingen bemærkninger' covers the other five elements.",
    )]


@response
def faellesraadet(folder: Path):
    name = "Høringssvar Fællesrådet for Landsbyerne - vintertjeneste.docx"
    when = at(9, 18, 30)
    blocks = [
        "# Høringssvar fra Fællesrådet for Landsbyerne i Egebæk Kommune",
        "9. maj 2028",
        "Fællesrådet repræsenterer 14 landsbyer og lokalråd i kommunen. Vi har drøftet forslaget "
        "med lokalrådene, og der er stor bekymring i landsbyerne.",
        "Næsten alle veje i landsbyerne er lokalveje i klasse III. Med forslaget kan der gå et "
        "helt døgn eller mere, før de bliver ryddet, og i mellemtiden kan børn ikke komme til "
        "bussen, og hjemmeplejen ikke ud til de ældre. Det kan Fællesrådet ikke acceptere.",
        "Vi opfordrer også udvalget til at droppe hjemtagelsen af byruterne. Det er de samme "
        "lokale vognmænd og landmænd, der rydder byruterne og vores veje ude på landet. Mister "
        "de byruterne, er der en reel risiko for, at de ikke længere vil have maskiner stående "
        "til landruterne, og så står landsbyerne uden nogen, der kan rykke ud.",
        "Vi er skeptiske over for saltlage på de smalle veje. Lagen skal ud, før glatføret "
        "kommer, og vejrudsigterne rammer ofte ved siden af ude på landet, hvor det fryser "
        "tidligere end i byen.",
        "Fællesrådet kan acceptere, at nye slidlag udskydes nogle år, hvis huller og sætninger "
        "fortsat udbedres, så snart de bliver anmeldt.",
        "Prioriteringen af skolevejene tager vi til efterretning, men vi gør opmærksom på, at "
        "der stort set ingen cykelstier er i landdistrikterne.",
        "Endelig to ting, som ikke står i forslaget. Grøfterne langs landsbyvejene bliver ikke "
        "renset, og når de er fyldt op, løber vandet ind over vejen og fryser. Og så ville det "
        "hjælpe meget, hvis man kunne få en sms eller se på et kort, hvornår der er udkald, så "
        "man ved, om man skal vente på ploven eller selv tage traktoren frem.",
        "Med venlig hilsen\nFællesrådet for Landsbyerne i Egebæk Kommune\nNiels Ravn Hansen, "
        "formand",
    ]
    docx_file(folder / name, blocks, when, author="Niels Ravn Hansen", title="Høringssvar",
              right_align=(1,))
    return [label(
        name, sender="Fællesrådet for Landsbyerne i Egebæk Kommune", kind="organisation",
        party="Fællesrådet for Landsbyerne i Egebæk Kommune", letter_date=D(2028, 5, 9),
        received=when,
        stance={"klasse3": "imod", "materielgaard": "imod", "saltlage": "imod",
                "asfalt": "støtter", "cykelstier": "neutral"},
        condition={"asfalt": "hvis huller og sætninger fortsat udbedres, så snart de bliver anmeldt"},
        emergent=("afvanding", "information"), overall="delvis",
        note="No headings. Klasse3 'kan ... ikke acceptere' = imod. 'opfordrer ... til at "
        "droppe hjemtagelsen' = imod. Saltlage 'skeptiske over for' = imod (concern). Asfalt "
        "'kan acceptere ..., hvis' = conditional support. Cykelstier 'tager vi til efterretning' "
        "= neutral. Ditches not cleaned = afvanding; an SMS or map of call-outs = information. "
        "Snehjaelp not mentioned.",
    )]


@response
def forsyning(folder: Path):
    name = "Egebæk Forsyning - høringssvar vintertjeneste og vejvedligeholdelse.eml"
    when = at(7, 13, 30)
    mail(folder / name, sender="Henrik Dalsgaard <hda@egebaekforsyning.dk>", to=INBOX,
         cc="Kundeservice <post@egebaekforsyning.dk>",
         subject="Høringssvar - vintertjeneste og vejvedligeholdelse 2028-2031", when=when,
         server="smtp.egebaekforsyning.dk",
         body="Til Egebæk Kommune, Vej og Park\n\n"
         "Egebæk Forsyning takker for muligheden for at kommentere forslaget.\n\n"
         "Forsyningen kan støtte overgangen til saltlage, såfremt doseringen styres efter "
         "målingerne fra vejvejrstationerne, så der samlet bruges mindre salt end i dag. Salt "
         "fra vejene ender i regnvandssystemet og i sidste ende i recipienterne, og det er et "
         "problem for de vandløb, der i forvejen ikke er i god tilstand.\n\n"
         "Vi vil samtidig gøre opmærksom på snitfladen mellem vejmyndigheden og forsyningen. "
         "Det er kommunen som vejmyndighed, der skal holde rendestensbrøndene fri for blade og "
         "sand, mens forsyningen har ansvaret for ledningerne. Vi ser hvert år, at tilstoppede "
         "brønde giver vand på vejene, som fryser til is om natten, og som ved skybrud løber ind "
         "i kældrene. En fælles plan for oprensning af brøndene vil gavne både vintertjenesten "
         "og klimatilpasningen.\n\n"
         "Forsyningen har i øvrigt ingen bemærkninger til forslaget.\n\n"
         "Med venlig hilsen\n\nHenrik Dalsgaard\nAfdelingsleder, Spildevand\n"
         "Egebæk Forsyning A/S\nÅvej 2, " + TOWN + "\nwww.egebaekforsyning.dk\n")
    return [label(
        name, sender="Egebæk Forsyning A/S", kind="organisation", party="Egebæk Forsyning A/S",
        letter_date=None, received=when,
        stance={"saltlage": "støtter"},
        condition={"saltlage": "såfremt doseringen styres efter målingerne fra "
                   "vejvejrstationerne, så der samlet bruges mindre salt end i dag"},
        no_comment="rest", emergent=("afvanding",), overall="støtter",
        note="From a named employee at the utility's domain; the signature names the company. "
        "Conditional support of saltlage. Clogged gullies and the division of responsibility = "
        "afvanding. 'har i øvrigt ingen bemærkninger til forslaget' after one discussed element "
        "= blanket no comment on the other five.",
    )]


@response
def grundejerforening(folder: Path):
    name = "Scan_20280507_0912.pdf"
    when = at(7, 9, 12)
    lines = [
        "Grundejerforeningen Vestervang",
        "",
        "                                              Egebæk, 6. maj 2028",
        "",
        "Egebæk Kommune",
        "Vej og Park",
        "",
        "Høringssvar vedr. vintertjeneste",
        "",
        "Bestyrelsen har på vegne af foreningens 86 husstande drøftet",
        "kommunens forslag til vintertjeneste og vejvedligeholdelse.",
        "",
        "Vi er imod, at vores veje fremover først bliver ryddet, når der",
        "ligger 10 cm sne. Vestervang ligger på en bakke, og allerede ved",
        "et par centimeter sne kan man ikke komme op ad vejen i bil.",
        "",
        "Vi har desuden et problem med den sne, som ploven efterlader.",
        "Hver gang der er ryddet, må beboerne skovle en meterhøj vold væk",
        "fra indkørslen, før de kan komme ud. Det kan de ældre beboere",
        "ikke klare selv.",
        "",
        "Og når vi nu skriver: Vejene i Vestervang er ikke blevet lagt om",
        "i over 25 år. Der er revner og huller overalt, og kanterne smuldrer.",
        "Vi forstår ikke, at der skal spares endnu mere på det.",
        "",
        "Med venlig hilsen",
        "",
        "Finn Sørensen",
        "formand",
    ]
    touch(scan_pdf(folder / name, lines, when, seed=61, angle=-0.6), when)
    return [label(
        name, sender="Grundejerforeningen Vestervang", kind="organisation", party=None,
        letter_date=D(2028, 5, 6), received=when,
        stance={"klasse3": "imod", "asfalt": "imod"},
        emergent=("snevolde",), overall="imod",
        note="Printed, signed and handed in; scanned the next morning (image only, no text "
        "layer; file named by the scanner). A residents' association, not a consulted party. "
        "Asfalt discussed without keywords (roads not relaid in 25 years, 'spares endnu mere på "
        "det') = imod. The snow wall at the driveway = snevolde.",
    )]


@response
def integrationsraadet(folder: Path):
    name = "Høring vintertjeneste - Integrationsrådet.eml"
    when = at(26, 9, 15, month=4)
    mail(folder / name, sender="Integrationsrådet <integrationsraadet@egebaek.dk>", to=INBOX,
         subject="SV: Høring: Vintertjeneste og vejvedligeholdelse 2028-2031", when=when,
         mailer="Microsoft Outlook 16.0",
         body="Til Vej og Park\n\n"
         "Integrationsrådet har på sit møde den 25. april drøftet høringen om vintertjeneste og "
         "vejvedligeholdelse og har ingen bemærkninger til forslaget.\n\n"
         "Med venlig hilsen\nAhmad Rahimi\nFormand for Integrationsrådet\n")
    return [label(
        name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
        letter_date=None, received=when, no_comment="rest", overall="ingen bemærkninger",
        note="A reply to the consultation letter with no comments on the whole proposal: every "
        "element is no comment.",
    )]


# ---------------------------------------------------------------------------
# Citizens: a form-letter campaign "Bevar snehjælpen" and single letters

CAMPAIGN_TEXT = (
    "Jeg vil gerne protestere mod forslaget om at nedlægge snehjælpsordningen.\n\n"
    "Jeg er pensionist og kan ikke selv rydde fortovet foran mit hus. Snehjælpen har gjort, at "
    "jeg kan blive boende og komme trygt ud om vinteren. Ordningen koster kommunen meget lidt, "
    "men betyder alt for os, der bruger den.\n\n"
    "Jeg opfordrer udvalget til at bevare snehjælpen.\n\n"
)


def citizen_pd(name: str, address: str, email: str | None = None, *, header: bool = True,
               extra: tuple[tuple[str, str, str], ...] = ()) -> tuple[tuple[str, str, str], ...]:
    found = [("name", name, "text"), ("address", address, "text")]
    if email and header:
        found += [("name", name, "header"), ("email", email, "header")]
    return tuple(found) + extra


@response
def juhl(folder: Path):
    name = "Bevar snehjælpen.eml"
    when = at(28, 16, 2, month=4)
    person, address, email = "Inger Marie Juhl", "Møllevej 14, " + TOWN, "inger.juhl@mail.dk"
    mail(folder / name, sender=f"{person} <{email}>", to=INBOX, subject="Bevar snehjælpen",
         when=when, server="smtp.mail.dk",
         body="Til Teknik- og Miljøudvalget\n\n" + CAMPAIGN_TEXT
         + f"Med venlig hilsen\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=when,
        stance={"snehjaelp": "imod"}, overall="imod", campaign="bevar_snehjaelp",
        personal_data=citizen_pd(person, address, email),
        note="The form letter as circulated: 'protestere mod' and 'bevare snehjælpen' = imod.",
    )]


@response
def kofoed(folder: Path):
    name = "Høringssvar - snehjælp.eml"
    when = at(29, 10, 47, month=4)
    person, address, email = "Hans og Ruth Kofoed", "Bøgelunden 3, " + TOWN, "kofoed.hr@gmail.com"
    text = (
        "Vi vil gerne protestere mod forslaget om at nedlægge snehjælpsordningen.\n\n"
        "Vi er pensionister og kan ikke selv rydde fortovet foran vores hus. Snehjælpen har "
        "gjort, at vi kan blive boende og komme trygt ud om vinteren. Ordningen koster kommunen "
        "meget lidt, men betyder alt for os, der bruger den.\n\n"
        "Ruth har fået ny hofte i efteråret og må for alt i verden ikke falde.\n\n"
        "Vi opfordrer udvalget til at bevare snehjælpen.\n\n"
    )
    mail(folder / name, sender=f"Hans Kofoed <{email}>", to=INBOX, subject="Høringssvar - snehjælp",
         when=when, server="mail-sor1.google.com",
         body="Til Teknik- og Miljøudvalget\n\n" + text + f"Venlig hilsen\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=when,
        stance={"snehjaelp": "imod"}, overall="imod", campaign="bevar_snehjaelp",
        personal_data=(("name", person, "text"), ("address", address, "text"),
                       ("name", "Hans Kofoed", "header"), ("email", email, "header"),
                       ("health", "Ruth har fået ny hofte i efteråret", "text")),
        note="The form letter in the plural from a couple, with a personal paragraph added (a "
        "health detail). The From header names only the husband; the letter is signed by both.",
    )]


@response
def basse(folder: Path):
    name = "VS Snehjælp.eml"
    original = at(2, 8, 31)
    when = at(4, 9, 5)
    person, address, email = "Erling Basse", "Ahornvej 9, " + TOWN, "erling.basse@jubii.dk"
    text = CAMPAIGN_TEXT.replace(
        "Jeg opfordrer udvalget",
        "Og så synes jeg heller ikke, det er i orden, at vores vej kun bliver ryddet, når der "
        "ligger 10 cm sne. Jeg har ikke kunnet komme ud med bilen flere dage i træk sidste "
        "vinter.\n\nJeg opfordrer udvalget")
    mail(folder / name, sender="Lene Holt <leho@egebaek.dk>", to=INBOX, subject="VS: Snehjælp",
         when=when, mailer="Microsoft Outlook 16.0",
         body="Hej Vej og Park\n\n"
         "Videresender denne, da det må være et høringssvar til vintertjenesten. Borgeren har "
         "skrevet til Borgerservice.\n\n"
         "Venlig hilsen\nLene Holt\nBorgerservice, Egebæk Kommune\n\n"
         "-----Oprindelig meddelelse-----\n"
         f"Fra: {person} <{email}>\n"
         "Sendt: 2. maj 2028 08:31\n"
         "Til: Borgerservice <borgerservice@egebaek.dk>\n"
         "Emne: Snehjælp\n\n"
         "Til Teknik- og Miljøudvalget\n\n" + text + f"Med venlig hilsen\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=original,
        stance={"snehjaelp": "imod", "klasse3": "imod"}, overall="imod",
        campaign="bevar_snehjaelp",
        personal_data=(("name", person, "text"), ("address", address, "text"),
                       ("email", email, "text")),
        note="Forwarded by a Borgerservice employee (who is not the sender); the citizen wrote "
        "to a municipal address on 2 May, so received = the original's date. The form letter "
        "with a paragraph added on klasse3 ('ikke ... i orden' = imod).",
    )]


@response
def lind(folder: Path):
    name = "snehjælp.eml"
    when = at(3, 20, 14)
    person, address, email = "Gudrun Lind", "Præstevænget 27, " + TOWN, "gudrunlind@hotmail.com"
    text = CAMPAIGN_TEXT.replace(
        "Ordningen koster kommunen meget lidt, men betyder alt for os, der bruger den.",
        "Det er en lille ordning i kommunens budget, men for os, der bruger den, er den helt "
        "afgørende.")
    mail(folder / name, sender=f"{person} <{email}>", to=INBOX, subject="snehjælp", when=when,
         server="smtp.outlook.com",
         body="Til Teknik- og Miljøudvalget\n\n" + text + f"Venlig hilsen\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=when,
        stance={"snehjaelp": "imod"}, overall="imod", campaign="bevar_snehjaelp",
        personal_data=citizen_pd(person, address, email),
        note="The form letter with one sentence reworded.",
    )]


@response
def vinther(folder: Path):
    name = "Høringssvar vinterplan - Per Vinther.pdf"
    when = at(5, 17, 50)
    person, address, email = "Per Vinther", "Skovbrynet 8, " + TOWN, "per.vinther@outlook.dk"
    blocks = [
        f"{person}\n{address}\n{email}",
        "5. maj 2028",
        "# Høringssvar til vinterplanen",
        "Jeg cykler 11 km hver vej til arbejde året rundt og har et par bemærkninger.",
        "Det er positivt, at cykelstierne ved skolerne bliver ryddet tidligt. Men jeg kan ikke "
        "se fornuften i saltlagen. Sidste vinter blev der kørt lage på stien langs Ribevej som "
        "forsøg, og når den fryser igen om natten, er stien glattere end før. Jeg har selv været "
        "tæt på at vælte to gange. Jeg vil derfor opfordre til, at man bliver ved med at strø "
        "salt eller grus på stierne.",
        "Et andet forhold er, at man aldrig ved, om stien er ryddet, før man er kørt hjemmefra. "
        "Det må være muligt at lægge et kort på nettet, der viser, hvilke stier der er ryddet og "
        "saltet, sådan som man kan i andre kommuner.",
        f"Venlig hilsen\n{person}",
    ]
    pdf_file(folder / name, blocks, when, title="Høringssvar", author=person, right_align=(1,))
    return [label(
        name, sender=person, kind="citizen", letter_date=D(2028, 5, 5), received=when,
        stance={"cykelstier": "støtter", "saltlage": "imod"}, overall="delvis",
        emergent=("information",),
        personal_data=(("name", person, "text"), ("address", address, "text"),
                       ("email", email, "text")),
        note="Saltlage: 'kan ikke se fornuften i' plus the wish to keep spreading salt or grit "
        "= imod. A map of cleared paths = information.",
    )]


@response
def mogensen(folder: Path):
    name = "Vintertjeneste - kommentarer.eml"
    when = at(6, 7, 55)
    person, address, email = "Lars Mogensen", "Nørremarken 10, " + TOWN, "lars.mogensen@live.dk"
    mail(folder / name, sender=f"{person} <{email}>", to=INBOX, subject="Vintertjeneste - kommentarer",
         when=when, server="smtp.live.com",
         body="Hej\n\n"
         "Jeg har læst forslaget til ny vintertjeneste og vil gerne komme med et par "
         "kommentarer.\n\n"
         "Jeg bor på en lille sidevej i Nørremarken, og jeg kan godt leve med, at vi først bliver "
         "ryddet efter de store veje, hvis det ikke betyder, at vi skal vente i flere døgn. Det "
         "skal være sådan, at alle veje er ryddet inden for et døgn efter, at det er holdt op "
         "med at sne.\n\n"
         "Til punktet om Materielgården har jeg ingen kommentarer, det må fagfolkene vurdere.\n\n"
         "Til gengæld vil jeg gøre opmærksom på kloakristen ud for nr. 12 og 14. Den er stoppet "
         "hver vinter, og så står vandet som en sø på tværs af vejen og fryser til en "
         "skøjtebane. Jeg har ringet flere gange, uden at der er sket noget.\n\n"
         f"Mvh\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=when,
        stance={"klasse3": "støtter"},
        condition={"klasse3": "at alle veje er ryddet inden for et døgn efter, at det er holdt "
                   "op med at sne"},
        no_comment=("materielgaard",), emergent=("afvanding",), overall="støtter",
        personal_data=citizen_pd(person, address, email),
        note="Klasse3 without its keywords ('en lille sidevej', 'ryddet efter de store veje'): "
        "'kan godt leve med ..., hvis' = conditional support. 'Til punktet om Materielgården "
        "har jeg ingen kommentarer' = single no comment. A blocked drain grate = afvanding.",
    )]


@response
def thomsen(folder: Path):
    name = "Brev til kommunen om snehjælp.docx"
    when = at(2, 11, 30)
    person, address, phone = "Else Marie Thomsen", "Kirkestræde 5, " + TOWN, "23 41 87 90"
    blocks = [
        f"{person}\n{address}\nTlf. {phone}",
        "Egebæk, den 1. maj 2028",
        "Til Vej og Park",
        "Jeg er 84 år og går med rollator efter en blodprop for to år siden. Jeg har haft "
        "snehjælp i fire vintre og har været meget glad for den. Nu kan jeg læse i avisen, at "
        "den skal nedlægges.",
        "Jeg synes, det er en forkert beslutning. Jeg har ingen børn i nærheden, og naboerne er "
        "unge mennesker, der kører tidligt på arbejde. Hvem skal så rydde fortovet?",
        "Det værste er i øvrigt ikke sneen på fortovet, men den mur af sne, som kommunens store "
        "plov efterlader ved min havelåge. Den er hård som beton, og den kan hverken jeg eller "
        "snehjælperen flytte.",
        "Og så vil jeg gerne vide, hvem man skal ringe til, når der ikke er ryddet. Sidste "
        "vinter ringede jeg tre gange til rådhuset og blev hver gang stillet videre.",
        f"Venlig hilsen\n{person}",
    ]
    docx_file(folder / name, blocks, when, author="Else Marie Thomsen", title="", right_align=(1,))
    return [label(
        name, sender=person, kind="citizen", letter_date=D(2028, 5, 1), received=when,
        stance={"snehjaelp": "imod"}, emergent=("snevolde", "information"), overall="imod",
        personal_data=(("name", person, "text"), ("address", address, "text"),
                       ("phone", phone, "text"), ("other", "Jeg er 84 år", "text"),
                       ("health", "går med rollator efter en blodprop for to år siden", "text")),
        note="A Word letter (brought in by a relative and saved the next day). 'en forkert "
        "beslutning' = imod the cut. The wall of snow at the garden gate = snevolde; whom to "
        "call when nothing is cleared = information.",
    )]


@response
def andersen(folder: Path):
    name = "Vintertjeneste.eml"
    when = at(30, 22, 10, month=4)
    person, address, email = "Mikkel Bech Andersen", "Engvej 3, " + TOWN, "mba@privat.dk"
    mail(folder / name, sender=f"Mikkel Bech Andersen <{email}>", to=INBOX, subject="Vintertjeneste",
         when=when, server="smtp.privat.dk",
         body="Til udvalget\n\n"
         "Som skatteyder vil jeg bare sige, at jeg synes, forslaget er fornuftigt. Det er "
         "rimeligt, at de store veje og skolevejene kommer først, og at boligvejene må vente lidt. "
         "Man kan jo godt selv tage en skovl.\n\n"
         "Jeg har heller ikke noget imod, at asfaltpuljen skæres et par år, når der nu skal "
         "spares. Det er bedre end at skære på skolerne.\n\n"
         f"Venlig hilsen\n{person}\n{address}\n")
    return [label(
        name, sender=person, kind="citizen", letter_date=None, received=when,
        stance={"cykelstier": "støtter", "klasse3": "støtter", "asfalt": "støtter"},
        overall="støtter", personal_data=citizen_pd(person, address, email),
        note="Support of the proposal as a whole ('forslaget er fornuftigt'), of the priority "
        "of school roads and of the cut for residential roads ('rimeligt'). Asfalt: 'har heller "
        "ikke noget imod' = støtter (negated opposition). 'skolevejene' is read as the "
        "cykelstier element (paths and pavements along the school roads).",
    )]


@response
def kragelund(folder: Path):
    name = "Høringssvar vintertjeneste.eml"
    attachment = "Høringssvar Sofie Kragelund.pdf"
    when = at(9, 20, 30)
    person, address, email = "Sofie Kragelund", "Hyldevej 22, " + TOWN, "sofie.kragelund@gmail.com"
    blocks = [
        f"{person}, {address}",
        "9. maj 2028",
        "# Høringssvar – vintertjeneste",
        "Jeg er mor til tre børn på 6, 9 og 12 år, og vi bor i Egebæk Øst.",
        "Jeg er ikke imod, at kommunen prioriterer cykelstierne på skolevejene – tværtimod. Men "
        "mine børn skal først 600 meter ad vores egen vej og Hyldevej, før de når en skolevej, "
        "og de veje skal efter forslaget hverken saltes eller ryddes, før der ligger 10 cm sne. "
        "Det hænger ikke sammen, og jeg er derfor imod den del af forslaget. Der er heller ingen "
        "gadelys på det sidste stykke af Hyldevej, så om vinteren går de i mørke begge veje.",
        "Jeg vil også foreslå, at kommunen giver besked, fx på Aula eller via sms, når der er "
        "glat føre, og vejene ikke er nået at blive ryddet. Så kan vi forældre nå at køre "
        "børnene i stedet.",
        f"Med venlig hilsen\n{person}",
    ]
    data = built(pdf, attachment, blocks, when, title="Høringssvar", author=person,
                 right_align=(1,))
    mail(folder / name, sender=f"{person} <{email}>", to=INBOX, subject="Høringssvar vintertjeneste",
         when=when, server="mail-ej1.google.com",
         body=f"Hej\n\nVedhæftet mit høringssvar om vintertjenesten.\n\nVenlig hilsen\n{person}\n",
         attachments=[(attachment, data)])
    who = dict(sender=person, kind="citizen", received=when)
    return [
        cover(name, attachment, **who,
              personal_data=(("name", person, "text"), ("name", person, "header"),
                             ("email", email, "header"))),
        label(attachment, container=name, letter_date=D(2028, 5, 9), **who,
              stance={"cykelstier": "støtter", "klasse3": "imod"}, overall="delvis",
              emergent=("information", "belysning"),
              personal_data=(("name", person, "text"), ("address", address, "text"),
                             ("other", "mor til tre børn på 6, 9 og 12 år", "text")),
              note="'ikke imod ... tværtimod' = støtter cykelstier; 'imod den del af forslaget' "
              "= imod klasse3 (a negated and a plain position in one paragraph, on two "
              "targets). No street lights on the last stretch = belysning. A warning on Aula or by "
              "SMS when roads are not yet cleared = information."),
    ]


# ---------------------------------------------------------------------------
# The reference labels

CONSULTATION = {
    "title": "Vintertjeneste og vejvedligeholdelse 2028–2031 – serviceniveau og budgettilpasning",
    "case_number": "28/04417",
    "committee": "Teknik- og Miljøudvalget",
    "from": "Teknik og Miljø, Vej og Park",
    "municipality": "Egebæk Kommune",
    "sent": "2028-04-12",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "snevolde": {
        "label": "Snevolde efter sneploven",
        "description": "Sne og is, som ploven skubber op i volde foran indkørsler og havelåger, "
        "langs kantsten, ved fodgængerfelter og ind på nyryddede stier.",
    },
    "information": {
        "label": "Information om rydning og glatføre",
        "description": "At kunne se eller få besked om, hvor og hvornår der ryddes og saltes "
        "(kort på nettet, sms, Aula), og at kunne få svar på telefonen.",
    },
    "belysning": {
        "label": "Belysning på stier og skoleveje",
        "description": "Gadelamper, der er slukket eller i stykker på stier og skoleveje, så "
        "det er mørkt og utrygt og isen ikke kan ses.",
    },
    "afvanding": {
        "label": "Afvanding: grøfter og rendestensbrønde",
        "description": "Tilstoppede rendestensbrønde, kloakriste og tilgroede grøfter, så "
        "vandet står på vejen og fryser, eller løber ud i vandløb og kældre.",
    },
}

CAMPAIGNS = {
    "bevar_snehjaelp": "Enslydende borgerbrev 'Bevar snehjælpen' (4 e-mails: en som "
    "omdelt, en i flertal med et personligt afsnit, en videresendt fra Borgerservice med et "
    "afsnit om boligvejene tilføjet, en med én sætning omskrevet)",
}


ABOUT = (
    "Reference labels for dev006 (fictional: Egebæk Kommune, 'Vintertjeneste og "
    "vejvedligeholdelse 2028–2031 – serviceniveau og budgettilpasning'), whose files "
    "make_dev006.py writes; a held-out set written without reading hoering's reading rules or "
    "the other sets' letters. Same schema as dev002 (see its labels.json 'about'). One entry "
    "per file; role 'cover' = an e-mail whose response is its attachment (container names the "
    "e-mail). letter_date = the letter's own date line or null; received = the e-mail's Date "
    "(for a forwarded e-mail the original's date, when the citizen wrote to a municipal "
    "address), else the day the file arrived (its mtime). stance per theme: støtter | imod | "
    "neutral (concern = imod, opposing a cut = imod, supporting a cut = støtter, negated "
    "opposition 'er ikke imod' = støtter, conditional acceptance = støtter with the condition "
    "in condition, 'tager til efterretning' and open doubt = neutral). A response that endorses "
    "another party's response shares its stances and no-comments. themes_no_comment = elements "
    "named only to say no comment, or covered by a blanket sentence on the other elements or "
    "on the whole proposal. overall: støtter | imod | delvis (both støtter and imod among the "
    "stances) | neutral | ingen bemærkninger. emergent = keys of topics outside the codebook "
    "raised by at least three responses; a topic one letter alone raises is not labelled. "
    "campaign = form-letter group id. personal_data = private persons' data as written (where "
    "= text or header). No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
