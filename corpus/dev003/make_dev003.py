"""Development consultation dev003: Vesterå Kommune, "Omlægning af hjemmeplejen og
plejecentrene 2027" (fictional), the responses as they reached Sundhed og Omsorg.

    python corpus/dev003/make_dev003.py OUTDIR                 # writes the response files
    python corpus/dev003/make_dev003.py OUTDIR --labels FILE   # ... and the reference labels

Written from the senders' point of view (councils, user councils, staff, unions, patient
associations, two companies, citizens and relatives) without reading hoering's rules, and
labelled the way a careful reader labels them. The file makers are shared with dev002
(corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import docx, pdf, text, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Sundhed og Omsorg <hoering.sundhed@vestera.dk>"
MAILHOSTS = {"relay": "mx2.vestera.dk", "exchange": "VKEX01.vestera.local"}
DEADLINE = dt.date(2027, 5, 10)
THEMES = ("rengoering", "madservice", "dagcenter", "plejecenter", "skaermbesoeg", "klippekort")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, month=5, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, mail, response = SET.at, SET.label, SET.mail, SET.response


# ---------------------------------------------------------------------------
# Consulted parties


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådet - høringssvar omlægning af hjemmeplejen.docx"
    when = at(6, 14, 10)
    docx(
        folder / name,
        [
            "Vesterå, den 6. maj 2027",
            "# Ældrerådets høringssvar – omlægning af hjemmeplejen og plejecentrene 2027",
            "Ældrerådet har behandlet høringsmaterialet på sit møde den 28. april 2027 og har "
            "desuden holdt et åbent dialogmøde med borgerne i Nørreby den 3. maj. Rådet forstår, "
            "at der skal findes 10,6 mio. kr. på ældreområdet, men finder, at flere af forslagene "
            "rammer de svageste ældre hårdest.",
            "# Rengøring hver tredje uge",
            "Ældrerådet er imod forslaget. Rengøring hver anden uge er allerede et minimum, og for "
            "borgere med KOL, allergi eller inkontinens er det et spørgsmål om sundhed, ikke om "
            "komfort. Rådet frygter flere indlæggelser.",
            "# Madservice",
            "Ældrerådet kan acceptere, at maden leveres som kølemad, under forudsætning af at "
            "borgere, der ikke selv kan varme maden, fortsat får varm mad hver dag, og at der "
            "fortsat er valgfrihed mellem mindst tre retter.",
            "# Dagcenter Lyngbo",
            "Rådet er imod lukningen. Brugerne af Lyngbo har i gennemsnit 14 km længere til "
            "Vesterå Aktivitetscenter, og for mange betyder en lang tur i bus, at dagen er "
            "ødelagt, før den er begyndt.",
            "# Plejecenter Birkelund",
            "Ingen bemærkninger.",
            "# Skærmbesøg",
            "Ældrerådet er ikke imod skærmbesøg, når borgeren selv ønsker det. Rådet er til "
            "gengæld imod, at skærmbesøg erstatter fysiske besøg for borgere, der ikke har sagt "
            "ja til det, og ønsker, at borgeren altid kan sige nej.",
            "# Klippekort",
            "Klippekortet er den eneste tid, hvor den ældre selv bestemmer, hvad hjælpen skal "
            "bruges til – en gåtur, en tur på kirkegården, at få skrevet et brev. Ældrerådet "
            "opfordrer til at bevare ordningen.",
            "# Pårørende",
            "Rådet oplever, at pårørende, ofte selv over 70 år, tager mere og mere over. Når "
            "kommunen skærer, er det ægtefæller og børn, der betaler prisen med deres eget "
            "helbred og arbejdsliv.",
            SIGN,
            "Else Marie Dahl\nformand for Ældrerådet i Vesterå Kommune",
        ],
        when,
        header="Ældrerådet · Vesterå Kommune · Rådhuspladsen 2 · 6600 Vesterå",
        author="Ældrerådet",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2027, 5, 6), received=when,
        stance={"rengoering": "imod", "madservice": "støtter", "dagcenter": "imod",
                "skaermbesoeg": "imod", "klippekort": "imod"},
        no_comment=("plejecenter",),
        condition={"madservice": "under forudsætning af at borgere, der ikke selv kan varme "
                   "maden, fortsat får varm mad hver dag, og at der fortsat er valgfrihed mellem "
                   "mindst tre retter"},
        emergent=("paaroerende", "transport"), overall="delvis",
        note="Meetings on 28 April and 3 May in the body; the letter date is at the top. "
        "Skærmbesøg: 'ikke imod ..., når borgeren selv ønsker det' but 'imod, at skærmbesøg "
        "erstatter fysiske besøg' for those who have not agreed: the proposal replaces visits, so "
        "the position on the element is imod. Klippekort: 'opfordrer til at bevare' = imod the "
        "abolition. Lyngbo's bus trip is transport.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet.pdf"
    when = at(7, 9, 30)
    pdf(
        folder / name,
        [
            "# Handicaprådets høringssvar",
            "Vedr.: Omlægning af hjemmeplejen og plejecentrene 2027",
            "Handicaprådet har på sit møde den 4. maj drøftet forslagene.",
            "Skærmbesøg kan for nogle borgere med fysisk handicap være en gevinst, fordi de "
            "slipper for at vente på et besøg på et bestemt tidspunkt. Handicaprådet støtter "
            "derfor skærmbesøg, hvis det er frivilligt for borgeren, og hvis der altid følger "
            "oplæring og teknisk hjælp med.",
            "Rådet er bekymret for rengøring hver tredje uge. For borgere i kørestol, der ikke "
            "selv kan nå at tørre op eller tømme skraldespande, vil hjemmet hurtigt blive "
            "utilgængeligt og usikkert.",
            "Handicaprådet vil også gøre opmærksom på, at Flexturs priser er steget kraftigt, og "
            "at borgere med handicap i yderområderne i dag har svært ved at komme til "
            "genoptræning og læge. Omlægningerne må ikke gøre transporten endnu længere.",
            "Forslagene om madservice, Dagcenter Lyngbo, Plejecenter Birkelund og klippekortet "
            "giver ikke anledning til bemærkninger fra Handicaprådet.",
            "Vesterå, 7. maj 2027",
            SIGN,
            "Torben Vinding\nformand",
        ],
        when,
        title="Høringssvar",
        author="Handicaprådet",
        letterhead=["Handicaprådet i Vesterå Kommune", "Rådhuspladsen 2 · 6600 Vesterå"],
    )
    touch(folder / name, when)
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 5, 7), received=when,
        stance={"skaermbesoeg": "støtter", "rengoering": "imod"},
        no_comment=("madservice", "dagcenter", "plejecenter", "klippekort"),
        condition={"skaermbesoeg": "hvis det er frivilligt for borgeren, og hvis der altid følger "
                   "oplæring og teknisk hjælp med"},
        emergent=("transport",), overall="delvis",
        note="Signed only 'formand' under the letterhead and the genitive title. One sentence "
        "names four elements as giving no occasion for comment.",
    )]


@response
def pr_birkelund(folder: Path):
    name = "Bruger- og pårørenderådet Birkelund.pdf"
    when = at(9, 20, 45)
    pdf(
        folder / name,
        [
            "Vesterå Kommune\nSundhed og Omsorg\nAtt.: Sundheds- og Ældreudvalget\n"
            "Rådhuspladsen 2\n6600 Vesterå",
            "Vesterå, den 9. maj 2027",
            "# Høringssvar fra Bruger- og pårørenderådet på Plejecenter Birkelund",
            "Bruger- og pårørenderådet er dybt bekymret over forslaget om at lukke afdeling Egen "
            "med 14 plejeboliger. For beboerne er Birkelund deres hjem. Mange af dem har demens, "
            "og en flytning til et andet plejecenter kan betyde, at de mister de sidste faste "
            "holdepunkter, de har. Vi har set det før: efter en flytning går det ofte hurtigt "
            "ned ad bakke.",
            "Rådet er imod lukningen af afdeling Egen og opfordrer udvalget til at fastholde de "
            "14 plejeboliger. Ventelisten til en plejebolig er i forvejen på over 30 borgere.",
            "Vi vil også pege på, at der allerede i dag er for mange forskellige medarbejdere "
            "på Birkelund. Om aftenen og i weekenderne er det ofte vikarer, som ikke kender "
            "beboerne, og de pårørende oplever at skulle forklare de samme ting igen og igen.",
            "Mange af os pårørende kommer på Birkelund hver dag for at hjælpe med at spise og "
            "gå ture. Flytter vores kære til et plejecenter 20 km væk, kan vi ikke længere gøre "
            "det, og så er der ingen til at tage over.",
            "Rådet har ingen bemærkninger til de øvrige forslag.",
            SIGN,
            "På vegne af Bruger- og pårørenderådet\nLis Haugaard, formand",
        ],
        when,
        title="Høringssvar",
        author="Lis Haugaard",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Bruger- og pårørenderådet på Plejecenter Birkelund", kind="organisation",
        party="Bruger- og pårørenderådet på Plejecenter Birkelund",
        letter_date=D(2027, 5, 9), received=when,
        stance={"plejecenter": "imod"}, no_comment="rest",
        emergent=("kontinuitet", "paaroerende"), overall="imod",
        note="Address block naming the municipality's own units at the top. 'dybt bekymret' "
        "and 'imod lukningen' = imod.",
    )]


@response
def brugerraad_lyngbo(folder: Path):
    name = "Bevar Lyngbo.eml"
    when = at(3, 11, 20)
    body = (
        "Til Sundheds- og Ældreudvalget\n\n"
        "Brugerrådet ved Dagcenter Lyngbo har holdt møde med brugerne og personalet om "
        "forslaget om at lukke dagcentret. Der var 31 til mødet, og ikke én talte for lukningen.\n\n"
        "Lyngbo er et lille sted, hvor alle kender hinanden. Mange af brugerne bor alene og har "
        "ingen andre faste aftaler i ugen end deres to dage i Lyngbo. Vesterå Aktivitetscenter "
        "er et godt sted, men det er stort og larmende, og for borgere med begyndende demens er "
        "det svært at finde sig til rette der.\n\n"
        "Hertil kommer turen. I dag kører bussen fra Nørreby til Lyngbo på ti minutter. Til "
        "Vesterå tager det tre kvarter med opsamling i alle landsbyerne, og flere af brugerne "
        "kan ikke holde til at sidde så længe i en bus.\n\n"
        "Brugerrådet er derfor imod lukningen. Bevar Lyngbo!\n\n"
        "Venlig hilsen\n"
        "Brugerrådet ved Dagcenter Lyngbo\n"
        "Kaj Mortensen, formand\n"
    )
    mail(folder / name, sender="Kaj Mortensen <kajmortensen@mail.dk>", to=INBOX,
         subject="Bevar Lyngbo", when=when, body=body, server="smtp.mail.dk")
    touch(folder / name, when)
    return [label(
        name, sender="Brugerrådet ved Dagcenter Lyngbo", kind="organisation",
        party="Brugerrådet ved Dagcenter Lyngbo", letter_date=None, received=when,
        stance={"dagcenter": "imod"}, emergent=("transport",), overall="imod",
        note="The chair's private address; the council signs. Transport: the bus ride.",
    )]


@response
def med_hjemmeplejen(folder: Path):
    name = "MED Hjemmeplejen - høringssvar.docx"
    when = at(7, 13, 0)
    docx(
        folder / name,
        [
            "# Høringssvar fra MED-udvalget for Hjemmeplejen",
            "MED-udvalget har drøftet forslagene på mødet den 29. april 2027. Medarbejdersiden "
            "og ledelsessiden står sammen om dette høringssvar.",
            "Rengøring hver 3. uge: MED-udvalget tager forslaget til efterretning. Vi vil dog "
            "pege på, at medarbejderne i forvejen bruger tid på at forklare borgerne, hvorfor "
            "der ikke bliver gjort mere rent.",
            "Skærmbesøg: MED-udvalget bakker op om forslaget. Skærmbesøg til medicinpåmindelse "
            "frigiver tid til de borgere, der har brug for fysisk pleje, og mindsker kørslen.",
            "Klippekort: Vi kan ikke støtte, at klippekortet afskaffes. Det er i klippekorttiden, "
            "at medarbejderne oplever at gøre en forskel, og mange kolleger nævner netop den "
            "halve time som grunden til, at de bliver i faget.",
            "Madservice, dagcenter og plejecenter: Ingen bemærkninger.",
            "Vi vil desuden gøre opmærksom på, at hjemmeplejen i dag har 14 ubesatte stillinger. "
            "Det betyder mange vikarer og mange forskellige ansigter hos den enkelte borger, "
            "og det er det, borgerne klager mest over. Det bør udvalget have med i sine "
            "overvejelser.",
            "7/5-2027",
            "For MED-udvalget\nJette Brandt, områdeleder (formand)\nSøren Holm, FOA-tillidsrepræsentant "
            "(næstformand)",
        ],
        when,
        author="Jette Brandt",
    )
    touch(folder / name, when)
    return [label(
        name, sender="MED-udvalget for Hjemmeplejen", kind="organisation",
        party="MED-udvalget for Hjemmeplejen", letter_date=D(2027, 5, 7), received=when,
        stance={"rengoering": "neutral", "skaermbesoeg": "støtter", "klippekort": "imod"},
        no_comment=("madservice", "dagcenter", "plejecenter"),
        emergent=("kontinuitet",), overall="delvis",
        note="'X: ...' headings inline. Rengøring: 'tager ... til efterretning' + an observation = "
        "neutral. 'Madservice, dagcenter og plejecenter: Ingen bemærkninger.' Signed by both "
        "chair and vice-chair for the committee. Date '7/5-2027' above the signatures.",
    )]


FOA_PDF = "FOA Vesterå høringssvar ældreområdet.pdf"


@response
def foa(folder: Path):
    mail_name = "Høringssvar fra FOA Vesterå.eml"
    when = at(10, 11, 58)
    from letterkit import built

    attachment = built(
        pdf, FOA_PDF,
        [
            "# FOA Vesterå: Høringssvar til omlægning af hjemmeplejen og plejecentrene",
            "FOA Vesterå organiserer social- og sundhedshjælpere og -assistenter, ernæringsassistenter "
            "og rengøringsassistenter i Vesterå Kommune.",
            "FOA kan fuldt ud tilslutte sig MED-udvalget for Hjemmeplejens bemærkninger om "
            "klippekortet.",
            "FOA er imod lukningen af afdeling Egen på Plejecenter Birkelund. Der er i forvejen "
            "for få plejeboliger, og lukningen vil øge presset på de øvrige afdelinger og på "
            "hjemmeplejen, som skal tage sig af de borgere, der venter.",
            "Vi frygter, at rengøring hver tredje uge fører til flere arbejdsskader, fordi "
            "medarbejderne skal gøre rent i hjem, der er blevet mere beskidte, på samme tid som "
            "før.",
            "Endelig vil vi påpege, at rekrutteringen er den største udfordring på ældreområdet. "
            "Når borgerne møder en ny vikar hver uge, går tilliden tabt, og når de faste "
            "medarbejdere skal oplære vikarerne, går det ud over dem.",
            "Vesterå, 10. maj 2027",
            SIGN,
            "Pia Sand Nielsen\nafdelingsformand, FOA Vesterå",
        ],
        at(10, 11, 40),
        title="FOA høringssvar",
        author="FOA Vesterå",
        letterhead=["FOA Vesterå", "Jernbanegade 11 · 6600 Vesterå · vestera@foa.dk"],
    )
    mail(folder / mail_name, sender='"FOA Vesterå" <vestera@foa.dk>', to=INBOX,
         subject="Høringssvar fra FOA Vesterå", when=when,
         body=("Til Sundhed og Omsorg\n\nHermed FOA Vesterås høringssvar.\n\n"
               "Venlig hilsen\nMichael Friis\nfaglig konsulent\nFOA Vesterå\n"),
         attachments=[(FOA_PDF, attachment)], server="mail.foa.dk")
    touch(folder / mail_name, when)
    common = dict(sender="FOA Vesterå", kind="organisation", party="FOA Vesterå",
                  received=when)
    cover = label(mail_name, role="cover", attachments=(FOA_PDF,), letter_date=None,
                  note="Covering mail from the union's own domain signed by a consultant; the "
                  "letter in the attachment is signed by the chair.", **common)
    return [cover, label(
        FOA_PDF, container=mail_name, letter_date=D(2027, 5, 10),
        stance={"klippekort": "imod", "plejecenter": "imod", "rengoering": "imod"},
        emergent=("kontinuitet",), overall="imod",
        note="Klippekort by endorsement of the MED committee's comments (MED: 'kan ikke støtte, "
        "at klippekortet afskaffes') = imod. Rengøring: 'frygter' (work injuries) = imod. On "
        "the deadline day: not late.",
        **common,
    )]


@response
def dsr(folder: Path):
    name = "DSR Kreds Syddanmark - Vesterå.pdf"
    when = at(5, 15, 30)
    pdf(
        folder / name,
        [
            "Dansk Sygeplejeråd Kreds Syddanmark har med interesse læst Vesterå Kommunes forslag "
            "og vil knytte bemærkninger til to af dem.",
            "Vi kan ikke anbefale, at skærmbesøg erstatter fysiske besøg ved medicinpåmindelse. "
            "Sygeplejerskerne ser hver dag, at medicinfejl opdages ved et fysisk besøg: "
            "pilleæsker, der ikke er tømt, borgere, der er forvirrede eller dehydrerede. Det "
            "ser man ikke på en skærm.",
            "Lukningen af 14 plejeboliger på Birkelund kommer samtidig med, at flere borgere "
            "udskrives tidligere fra sygehuset med komplekse behov. Kredsen er bekymret for, "
            "at det vil føre til flere genindlæggelser.",
            "Kredsen har ikke bemærkninger til de øvrige forslag.",
            "Odense, 5. maj 2027",
            SIGN,
            "Dorthe Boe Danbjørg\nkredsformand",
        ],
        when,
        title="Høringssvar",
        author="DSR",
        letterhead=["Dansk Sygeplejeråd Kreds Syddanmark", "Vestre Stationsvej 2 · 5000 Odense C"],
        tight=True,
    )
    touch(folder / name, when)
    return [label(
        name, sender="Dansk Sygeplejeråd Kreds Syddanmark", kind="organisation",
        party="Dansk Sygeplejeråd Kreds Syddanmark", letter_date=D(2027, 5, 5), received=when,
        stance={"skaermbesoeg": "imod", "plejecenter": "imod"}, no_comment="rest",
        overall="imod",
        note="Organisation as the subject of the first sentence, letterhead, 'kredsformand'. "
        "'Kredsen har ikke bemærkninger til de øvrige forslag' = blanket no-comment.",
    )]


@response
def aeldre_sagen(folder: Path):
    name = "Ældre Sagen Vesterå.docx"
    when = at(8, 10, 0)
    docx(
        folder / name,
        [
            "Ældre Sagen Vesterå",
            "Høringssvar vedr. omlægning af hjemmeplejen",
            "Ældre Sagen i Vesterå har 4.100 medlemmer, og vi har fået rigtig mange henvendelser "
            "om forslagene. Vores bemærkninger følger her.",
            "Rengøring er ikke luksus. Vi kan ikke støtte, at der kun skal gøres rent hver "
            "tredje uge.",
            "Varm mad hver dag er for mange ældre dagens faste holdepunkt og en anledning til et "
            "kort besøg. Kølemad, der skal varmes i mikroovn, bliver ofte stående i køleskabet. "
            "Vi er imod omlægningen af madservice og opfordrer til at fastholde den daglige "
            "udbringning af varm mad.",
            "Klippekortet bør bevares. Det er den eneste fleksible tid i hjemmeplejen.",
            "Mange af vores medlemmer er selv pårørende. De fortæller om ægtefæller, der ikke "
            "sover om natten af bekymring, og om voksne børn, der bruger deres ferie på at gøre "
            "rent hos mor. Forslagene vil lægge endnu mere over på dem.",
            "Til forslagene om Lyngbo, Birkelund og skærmbesøg har vi ingen bemærkninger ud over "
            "dem, Ældrerådet har givet.",
            "Vesterå, d. 8. maj 2027",
            "Hans Jørgen Kirk\nformand, Ældre Sagen Vesterå",
        ],
        when,
        author="Hans Jørgen Kirk",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Ældre Sagen Vesterå", kind="organisation", party="Ældre Sagen Vesterå",
        letter_date=D(2027, 5, 8), received=when,
        stance={"rengoering": "imod", "madservice": "imod", "klippekort": "imod",
                "dagcenter": "imod", "skaermbesoeg": "imod"},
        no_comment=("plejecenter",),
        emergent=("paaroerende",), overall="imod",
        note="'Til forslagene om Lyngbo, Birkelund og skærmbesøg har vi ingen bemærkninger ud "
        "over dem, Ældrerådet har givet' = an endorsement of Ældrerådet's comments on those "
        "three: dagcenter imod, skaermbesoeg imod (as Ældrerådet), plejecenter no comment "
        "(Ældrerådet: 'Ingen bemærkninger'). A reader who takes the sentence as a plain no-comment "
        "would put all three in themes_no_comment; this is the set's hardest case. 'Klippekortet "
        "bør bevares' = imod the abolition.",
    )]


@response
def alzheimer(folder: Path):
    name = "alzheimerforeningen_hoeringssvar.txt"
    when = at(10, 22, 15)
    content = (
        "Høringssvar fra Alzheimerforeningen Vesterå\n"
        "\n"
        "Alzheimerforeningen Vesterå vil gerne kommentere to af forslagene.\n"
        "\n"
        "Dagcenter Lyngbo har en særlig demensgruppe tre dage om ugen. For mennesker med demens "
        "er genkendelighed alt, og det tager måneder at falde til et nyt sted. Foreningen er "
        "imod lukningen.\n"
        "\n"
        "Skærmbesøg er ikke egnet til mennesker med demens. De forstår ofte ikke, hvem der "
        "taler til dem fra skærmen, og mange vil ikke tage deres medicin, fordi en skærm siger "
        "det. Foreningen opfordrer til, at borgere med en demensdiagnose undtages.\n"
        "\n"
        "Det er de pårørende, der bærer det tungeste læs, når et menneske får demens. Hver "
        "gang et tilbud forsvinder, bliver ægtefællen mere alene med opgaven, og vi ser mange "
        "pårørende gå ned med stress.\n"
        "\n"
        "Med venlig hilsen\n"
        "Alzheimerforeningen Vesterå\n"
        "Bodil Kragh\n"
        "10.05.2027\n"
    )
    text(folder / name, content, encoding="cp1252", crlf=True)
    touch(folder / name, when)
    return [label(
        name, sender="Alzheimerforeningen Vesterå", kind="organisation",
        party="Alzheimerforeningen Vesterå", letter_date=D(2027, 5, 10), received=when,
        stance={"dagcenter": "imod", "skaermbesoeg": "imod"}, emergent=("paaroerende",),
        overall="imod",
        note="Plain text in cp1252 with CRLF. Skærmbesøg: 'ikke egnet' + asks that people with "
        "dementia be exempted = imod (for that group; no support stated for others). Date below "
        "the signature. Received 22:15 on the deadline day: not late.",
    )]


@response
def frivilligcenter(folder: Path):
    name = "Høring - omlægning af hjemmeplejen.eml"
    when = at(27, 9, 12, month=4)
    body = (
        "Kære Sundhed og Omsorg\n\n"
        "Tak for høringsmaterialet. Frivilligcenter Vesterå har læst det, og det giver ikke "
        "anledning til bemærkninger fra vores side.\n\n"
        "Venlig hilsen\n"
        "Ulla Bisgaard\n"
        "Frivilligcenter Vesterå\n"
        "www.frivilligvestera.dk\n"
    )
    mail(folder / name, sender="Frivilligcenter Vesterå <info@frivilligvestera.dk>", to=INBOX,
         subject="SV: Høring - omlægning af hjemmeplejen og plejecentrene", when=when, body=body,
         server="send.one.com")
    touch(folder / name, when)
    return [label(
        name, sender="Frivilligcenter Vesterå", kind="organisation", party="Frivilligcenter Vesterå",
        letter_date=None, received=when, stance={}, no_comment=THEMES,
        overall="ingen bemærkninger",
        note="'det giver ikke anledning til bemærkninger' about the whole material: no comment "
        "on every element.",
    )]


# ---------------------------------------------------------------------------
# Companies


@response
def madhus(folder: Path):
    name = "Vesterå Madhus ApS - høringssvar.pdf"
    when = at(4, 16, 5)
    pdf(
        folder / name,
        [
            "Vesterå Kommune\nSundhed og Omsorg\nAtt.: Sundheds- og Ældreudvalget\n"
            "Rådhuspladsen 2\n6600 Vesterå",
            "4. maj 2027",
            "# Høringssvar vedrørende madservice",
            "Vesterå Madhus ApS har leveret varm mad til kommunens borgere siden 2016. Vi "
            "leverer i dag 420 måltider om dagen og har 23 ansatte.",
            "Vi fraråder, at den daglige levering af varm mad erstattes af kølemad. Vores "
            "chauffører er for mange borgere dagens eneste besøg, og de sætter tallerkenen på "
            "bordet, ser om borgeren har spist gårsdagens mad og giver besked til hjemmeplejen, "
            "hvis noget er galt. Den funktion forsvinder med ugentlig levering af kølemad.",
            "Vi deltager gerne i en dialog om, hvordan besparelsen kan findes på anden vis.",
            SIGN,
            "Vesterå Madhus ApS\nRikke Lauridsen\nadm. direktør",
        ],
        when,
        title="Høringssvar",
        author="Rikke Lauridsen",
        letterhead=["Vesterå Madhus ApS", "Industrivej 14 · 6600 Vesterå · CVR 36 51 20 48"],
        right_align=(1,),
    )
    touch(folder / name, when)
    return [label(
        name, sender="Vesterå Madhus ApS", kind="organisation", party=None,
        letter_date=D(2027, 5, 4), received=when, stance={"madservice": "imod"},
        overall="imod",
        note="A private company; the address block names the municipality's units. 'fraråder' = "
        "imod.",
    )]


@response
def carescreen(folder: Path):
    name = "CareScreen - bemærkninger til høring.docx"
    when = at(9, 8, 45)
    docx(
        folder / name,
        [
            "CareScreen ApS",
            "Til Sundheds- og Ældreudvalget, Vesterå Kommune",
            "Bemærkninger til forslaget om skærmbesøg",
            "CareScreen ApS leverer skærmløsninger til 19 kommuner og bakker op om Vesterå "
            "Kommunes forslag om at bruge skærmbesøg til medicinpåmindelse og tryghedsopkald. "
            "Erfaringerne fra andre kommuner viser, at borgerne hurtigt vænner sig til "
            "skærmbesøgene, og at de sjældent bliver aflyst eller forsinket, som fysiske besøg "
            "kan blive det.",
            "Vi vil anbefale, at kommunen afsætter tid til oplæring af både borgere og "
            "medarbejdere i de første måneder.",
            "Vi har ingen bemærkninger til de øvrige forslag.",
            "Aarhus, 9. maj 2027",
            "Med venlig hilsen\nMorten Skov\nsalgschef",
        ],
        when,
        author="Morten Skov",
    )
    touch(folder / name, when)
    return [label(
        name, sender="CareScreen ApS", kind="organisation", party=None,
        letter_date=D(2027, 5, 9), received=when, stance={"skaermbesoeg": "støtter"},
        no_comment="rest", overall="støtter",
        note="A supplier: 'bakker op om' = støtter; the recommendation on training is advice, "
        "not a condition. The salesperson signs for the company.",
    )]


# ---------------------------------------------------------------------------
# Citizens and relatives


@response
def datter_rengoering(folder: Path):
    name = "Rengøring hos min mor.eml"
    when = at(2, 21, 40)
    body = (
        "Hej\n\n"
        "Min mor er 88 år og bor alene i Nørreby. Hun får i dag gjort rent hver anden uge, og "
        "allerede nu er det mig, der tager støvsugeren frem hver weekend, når jeg kører de 60 km "
        "derover. Hvis det bliver hver tredje uge, ved jeg ikke, hvordan jeg skal nå det ved "
        "siden af mit arbejde og mine egne børn. Jeg er simpelthen imod forslaget.\n\n"
        "Det er heller ikke til at vide, hvem der kommer. Sidste måned var der fem forskellige "
        "hjælpere, og hver gang skal min mor forklare, hvor tingene står.\n\n"
        "Mvh\n"
        "Tina Bruun\n"
    )
    mail(folder / name, sender="Tina Bruun <tinabruun@gmail.com>", to=INBOX,
         subject="Rengøring hos min mor", when=when, body=body, server="mail-lf1-f44.google.com")
    touch(folder / name, when)
    return [label(
        name, sender="Tina Bruun", kind="citizen", letter_date=None, received=when,
        stance={"rengoering": "imod"}, emergent=("paaroerende", "kontinuitet"), overall="imod",
        personal_data=(("name", "Tina Bruun", "text"), ("name", "Tina Bruun", "header"),
                       ("email", "tinabruun@gmail.com", "header"),
                       ("other", "Min mor er 88 år og bor alene i Nørreby", "text")),
        note="A relative writing about her mother: sender is the daughter (citizen).",
    )]


@response
def borger_koelemad(folder: Path):
    name = "Høringssvar Aage Thomsen.docx"
    when = at(5, 10, 30)
    docx(
        folder / name,
        [
            "Til Sundheds- og Ældreudvalget",
            "Jeg har fået mad fra kommunen i tre år, efter min kone døde. Den varme mad, der "
            "kommer ved middagstid, er noget, jeg ser frem til. Jeg har prøvet kølemaden, da jeg "
            "var på aflastning, og den smager af ingenting, når den er varmet i mikroovnen. Jeg "
            "vil gerne bede jer om at lade være med at ændre madordningen.",
            "Jeg kan ikke længere køre bil, og Flexturen til genoptræningen koster mig 96 kr. hver "
            "vej. Det er mange penge af en folkepension.",
            "Vesterå, den 5. maj",
            "Aage Thomsen",
        ],
        when,
        author="Aage",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Aage Thomsen", kind="citizen", letter_date=D(2027, 5, 5), received=when,
        stance={"madservice": "imod"}, emergent=("transport",), overall="imod",
        personal_data=(("name", "Aage Thomsen", "text"),
                       ("other", "efter min kone døde", "text")),
        note="'den 5. maj' without a year: the year is the consultation's. 'bede jer om at lade "
        "være med at ændre madordningen' = imod.",
    )]


@response
def borger_skatteyder(folder: Path):
    name = "hoeringssvar_jensen.txt"
    when = at(6, 7, 5)
    content = (
        "Høringssvar - omlægning af hjemmeplejen\n\n"
        "Jeg synes, forslagene er fornuftige. Kommunen har ikke flere penge, og der bliver flere "
        "ældre hvert år.\n\n"
        "Rengøring hver tredje uge er fint for de fleste, og dem, der har brug for mere, kan "
        "selv købe det. Kølemad er også helt fint, det spiser vi selv derhjemme. Skærmbesøg er "
        "fremtiden, og det er spild af tid at køre ud til folk for at minde dem om en pille.\n\n"
        "Klippekortet ved jeg ikke nok om til at have en mening.\n\n"
        "Jørn Jensen, Vesterå\n"
    )
    text(folder / name, content)
    touch(folder / name, when)
    return [label(
        name, sender="Jørn Jensen", kind="citizen", letter_date=None, received=when,
        stance={"rengoering": "støtter", "madservice": "støtter", "skaermbesoeg": "støtter"},
        no_comment=("klippekort",), overall="støtter",
        personal_data=(("name", "Jørn Jensen", "text"),),
        note="Support in plain words ('fornuftige', 'fint', 'fremtiden'). 'ved jeg ikke nok om "
        "til at have en mening' names the element without taking a position: counted as no "
        "comment.",
    )]


@response
def borger_tvivl(folder: Path):
    name = "madservice og skærm.eml"
    when = at(8, 16, 22)
    body = (
        "Til udvalget\n\n"
        "Jeg er ikke sikker på, at kølemad er så slemt, som mange siger. Min nabo får det og er "
        "egentlig godt tilfreds. Men jeg kan ikke vurdere, om det passer for alle.\n\n"
        "Skærmbesøg vil jeg gerne prøve, hvis jeg stadig kan få besøg, når jeg har brug for "
        "det. Jeg har en iPad i forvejen.\n\n"
        "Det, der virkelig bekymrer mig, er, at visitatoren ikke har været her i to år, og "
        "at der aldrig er den samme hjælper to gange i træk.\n\n"
        "Venlig hilsen\n"
        "Ruth Nygaard\n"
    )
    mail(folder / name, sender="ruth.nygaard@outlook.dk", to=INBOX,
         subject="madservice og skærm", when=when, body=body,
         server="EUR04-HE1-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [label(
        name, sender="Ruth Nygaard", kind="citizen", letter_date=None, received=when,
        stance={"madservice": "neutral", "skaermbesoeg": "støtter"},
        condition={"skaermbesoeg": "hvis jeg stadig kan få besøg, når jeg har brug for det"},
        emergent=("kontinuitet",), overall="delvis",
        personal_data=(("name", "Ruth Nygaard", "text"), ("email", "ruth.nygaard@outlook.dk",
                                                           "header")),
        note="Madservice hedged both ways ('ikke sikker på, at ... er så slemt' / 'kan ikke "
        "vurdere') = neutral. Skærmbesøg: willing to try with a condition = støtter. The "
        "visitation remark is not counted as a topic of its own (one response only).",
    )]


@response
def lyngbo_bruger(folder: Path):
    name = "Lyngbo - Inger Holst.pdf"
    when = at(4, 12, 0)
    pdf(
        folder / name,
        [
            "Nørreby d. 1.5.2027",
            "Til Sundheds- og Ældreudvalget",
            "Jeg har gået i Lyngbo hver tirsdag og torsdag, siden jeg fik min blodprop for fire "
            "år siden. Der har jeg lært at gå igen, og der har jeg mine veninder. Jeg vil ikke "
            "til Vesterå. Jeg kan ikke tåle at sidde i bussen så længe, og jeg kender ingen "
            "derinde.",
            "Lad os beholde Lyngbo.",
            "Inger Holst",
        ],
        when,
        author="",
        font="Times-Roman",
        size=12,
    )
    touch(folder / name, when)
    return [label(
        name, sender="Inger Holst", kind="citizen", letter_date=D(2027, 5, 1), received=when,
        stance={"dagcenter": "imod"}, emergent=("transport",), overall="imod",
        personal_data=(("name", "Inger Holst", "text"),
                       ("health", "siden jeg fik min blodprop for fire år siden", "text")),
        note="A short printed letter handed in on 4 May (file time); dated 'd. 1.5.2027' at the "
        "top. 'Lad os beholde Lyngbo' = imod the closure.",
    )]


@response
def forwarded_visitator(folder: Path):
    name = "VS Birkelund - min far.eml"
    when = at(6, 8, 3)
    body = (
        "Sender videre til høringen.\n\n"
        "Venlig hilsen\n"
        "Anja Lund\n"
        "Visitator, Visitation og Hjælpemidler\n"
        "Vesterå Kommune\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Michael Dam <michaeldam71@hotmail.com>\n"
        "Sendt: 5. maj 2027 19:47\n"
        "Til: Anja Lund <anlu@vestera.dk>\n"
        "Emne: Birkelund - min far\n\n"
        "Hej Anja\n\n"
        "Tak for snakken i går. Som jeg sagde, er jeg meget imod, at afdeling Egen lukker. Min "
        "far Holger har boet der i to år, og han har Parkinson og demens. Han kender "
        "personalet, og det er det eneste, der giver ham ro. En flytning vil være en katastrofe "
        "for ham.\n\n"
        "Jeg kommer der tre gange om ugen efter arbejde. Hvis han flytter til Søgården, er det "
        "en time hver vej, og det kan jeg ikke.\n\n"
        "Kan du sende dette videre til politikerne?\n\n"
        "Michael\n"
    )
    mail(folder / name, sender="Anja Lund <anlu@vestera.dk>", to=INBOX,
         subject="VS: Birkelund - min far", when=when, body=body, server="VKEX02.vestera.local",
         mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(
        name, sender="Michael Dam", kind="citizen", letter_date=None, received=D(2027, 5, 5),
        stance={"plejecenter": "imod"}, emergent=("paaroerende",), overall="imod",
        personal_data=(("name", "Michael Dam", "text"), ("email", "michaeldam71@hotmail.com", "text"),
                       ("name", "Michael", "text"), ("name", "Holger", "text"),
                       ("health", "han har Parkinson og demens", "text")),
        note="Outlook forward by a visitator (not the sender); the citizen wrote to her on 5 May, "
        "forwarded on 6 May. The father's name and diagnosis are personal data.",
    )]


@response
def borger_klippekort(folder: Path):
    name = "Klippekort.docx"
    when = at(9, 14, 20)
    docx(
        folder / name,
        [
            "Høringssvar",
            "Jeg hedder Kirsten og er 79 år. Jeg får hjemmehjælp to gange om ugen.",
            "Min halve time om ugen fra klippekortet bruger jeg til at komme på kirkegården "
            "til min mands grav. Det kan jeg ikke selv, og jeg har ingen familie her i byen. "
            "Den tur er det, jeg glæder mig til hele ugen. Tag ikke klippekortet fra os.",
            "De andre forslag har jeg ikke nogen mening om.",
            "Kirsten Lauritzen",
        ],
        when,
        author="Kirsten",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Kirsten Lauritzen", kind="citizen", letter_date=None, received=when,
        stance={"klippekort": "imod"}, no_comment="rest", overall="imod",
        personal_data=(("name", "Kirsten", "text"), ("name", "Kirsten Lauritzen", "text"),
                       ("other", "er 79 år", "text")),
        note="'Tag ikke klippekortet fra os' = imod. 'De andre forslag har jeg ikke nogen mening "
        "om' is a blanket no comment in a citizen's words.",
    )]


@response
def late_aegtefaelle(folder: Path):
    name = "Høringssvar (for sent) - skærmbesøg og dagcenter.eml"
    when = at(12, 10, 14)
    body = (
        "Til Sundheds- og Ældreudvalget\n\n"
        "Undskyld, at mit svar kommer for sent. Min mand Svend har Alzheimers og har været "
        "indlagt med en lungebetændelse, så jeg har ikke haft tid før nu.\n\n"
        "Svend går i demensgruppen i Lyngbo tre dage om ugen. De dage er de eneste, hvor jeg kan "
        "sove lidt om eftermiddagen og handle ind. Jeg er selv 76 og har et dårligt hjerte. Hvis "
        "Lyngbo lukker, og han skal køre til Vesterå, vil han ikke kunne klare turen, og så har "
        "jeg ham alene hele ugen. Jeg beder jer om ikke at lukke Lyngbo.\n\n"
        "Skærmbesøg kan han slet ikke forstå. Han tror, det er fjernsynet.\n\n"
        "Venlig hilsen\n"
        "Grete Sørensen\n"
        "Skovvej 4, Nørreby\n"
        "Tlf. 40 18 77 32\n"
    )
    mail(folder / name, sender="Grete Sørensen <gretesorensen@live.dk>", to=INBOX,
         subject="Høringssvar (for sent) - skærmbesøg og dagcenter", when=when, body=body,
         server="EUR01-VE1-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [label(
        name, sender="Grete Sørensen", kind="citizen", letter_date=None, received=when,
        stance={"dagcenter": "imod", "skaermbesoeg": "imod"},
        emergent=("paaroerende", "transport"), overall="imod",
        personal_data=(
            ("name", "Grete Sørensen", "text"), ("name", "Grete Sørensen", "header"),
            ("email", "gretesorensen@live.dk", "header"), ("name", "Svend", "text"),
            ("health", "har Alzheimers og har været indlagt med en lungebetændelse", "text"),
            ("health", "har et dårligt hjerte", "text"),
            ("address", "Skovvej 4, Nørreby", "text"), ("phone", "40 18 77 32", "text")),
        note="Late (12 May). A spouse-carer: pårørende burden and the journey to Vesterå. "
        "Skærmbesøg: 'kan han slet ikke forstå' = against it for him (imod). The husband's first "
        "name is a relative's name, to be redacted like the sender's.",
    )]


@response
def late_personale(folder: Path):
    name = "Høringssvar fra en SOSU-assistent.pdf"
    when = at(11, 6, 50)
    pdf(
        folder / name,
        [
            "Høringssvar – som privatperson",
            "Jeg skriver som privatperson, men jeg har arbejdet 22 år i hjemmeplejen i Vesterå.",
            "Jeg er ikke imod skærmbesøg til de borgere, der er friske og selv kan tage deres "
            "medicin. Men jeg kan ikke støtte, at afdeling Egen på Birkelund lukker; vi har ikke "
            "plejeboliger nok, og de borgere, der venter, bliver passet af hjemmeplejen om "
            "natten med tre besøg, hvor de burde have personale døgnet rundt.",
            "Det største problem er, at vi ikke kan skaffe folk. Jeg kører ofte med en ny vikar, "
            "og borgerne spørger, om de aldrig får de samme hjælpere igen.",
            "Vesterå den 10. maj 2027",
            "Susanne Kjeldsen",
        ],
        when,
        author="Susanne Kjeldsen",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Susanne Kjeldsen", kind="citizen", letter_date=D(2027, 5, 10),
        received=when, stance={"skaermbesoeg": "støtter", "plejecenter": "imod"},
        emergent=("kontinuitet",), overall="delvis",
        condition={"skaermbesoeg": "til de borgere, der er friske og selv kan tage deres medicin"},
        personal_data=(("name", "Susanne Kjeldsen", "text"),
                       ("workplace", "arbejdet 22 år i hjemmeplejen i Vesterå", "text")),
        note="'som privatperson' although a care worker: citizen. Dated on the deadline but "
        "received 11 May (late). Skærmbesøg: 'ikke imod ... til de borgere, der er friske' = "
        "limited support with a scope condition; plejecenter: 'kan ikke støtte' = imod.",
    )]


@response
def noerreby_lokalraad(folder: Path):
    name = "Nørreby Lokalråd om Lyngbo.docx"
    when = at(7, 19, 30)
    docx(
        folder / name,
        [
            "# Et dagcenter i gåafstand",
            "Af Nørreby Lokalråd",
            "Nørreby Lokalråd har fulgt debatten om Dagcenter Lyngbo tæt. Lyngbo er ikke kun et "
            "dagcenter; det er også der, pensionistforeningen holder banko, og der, byens ældre "
            "mødes til fællesspisning om fredagen. Lokalrådet opfordrer til at droppe lukningen.",
            "Skal de ældre fra Nørreby i stedet til Vesterå, er de afhængige af den kollektive "
            "trafik, og den er blevet dårligere for hvert år. Den sidste bus hjem går kl. 16.10, "
            "og der er ingen direkte forbindelse fra Toftlund og Bøgeskov.",
            "Nørreby, 7. maj 2027",
            "Nørreby Lokalråd\nv/ Niels Erik Post",
        ],
        when,
        author="Niels Erik Post",
    )
    touch(folder / name, when)
    return [label(
        name, sender="Nørreby Lokalråd", kind="organisation", party=None,
        letter_date=D(2027, 5, 7), received=when, stance={"dagcenter": "imod"},
        emergent=("transport",), overall="imod",
        note="Byline 'Af Nørreby Lokalråd' under a title that names no sender; not a consulted "
        "party. 'opfordrer til at droppe lukningen' = imod.",
    )]


@response
def paaroerende_birkelund_betinget(folder: Path):
    name = "Afdeling Egen.eml"
    when = at(9, 17, 2)
    body = (
        "Til Sundheds- og Ældreudvalget\n\n"
        "Min svigermor bor på afdeling Egen. Vi kan godt forstå, at afdelingen skal lukke, da "
        "den ligger i den gamle fløj med små værelser og delte badeværelser. Vi er ikke imod "
        "lukningen, hvis beboerne får lov at flytte samlet til en anden afdeling på Birkelund "
        "og beholder deres faste personale.\n\n"
        "Vi har ingen bemærkninger til de andre forslag.\n\n"
        "Venlig hilsen\n"
        "Lene og Bo Kristiansen\n"
    )
    mail(folder / name, sender="Bo Kristiansen <bo.kristiansen@yahoo.dk>", to=INBOX,
         subject="Afdeling Egen", when=when, body=body,
         server="sonic304-22.consmr.mail.ir2.yahoo.com")
    touch(folder / name, when)
    return [label(
        name, sender="Lene og Bo Kristiansen", kind="citizen", letter_date=None, received=when,
        stance={"plejecenter": "støtter"}, no_comment="rest", overall="støtter",
        condition={"plejecenter": "hvis beboerne får lov at flytte samlet til en anden afdeling på "
                   "Birkelund og beholder deres faste personale"},
        personal_data=(("name", "Lene og Bo Kristiansen", "text"),
                       ("name", "Bo Kristiansen", "header"),
                       ("email", "bo.kristiansen@yahoo.dk", "header")),
        note="'Vi er ikke imod lukningen, hvis ...' = conditional acceptance (støtter with the "
        "condition). Blanket no-comment for the rest.",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Omlægning af hjemmeplejen og plejecentrene 2027",
    "case_number": "27/04410",
    "committee": "Sundheds- og Ældreudvalget",
    "from": "Sundhed og Omsorg",
    "municipality": "Vesterå Kommune",
    "sent": "2027-04-12",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "paaroerende": {
        "label": "Pårørendes belastning",
        "description": "Ægtefæller og voksne børn, der tager over, når hjælpen skæres; stress, "
        "eget helbred, arbejdsliv.",
    },
    "kontinuitet": {
        "label": "Mange forskellige hjælpere, vikarer og rekruttering",
        "description": "Manglende kontinuitet i hjemmeplejen og på plejecentret: vikarer, "
        "ubesatte stillinger, borgere der møder nye ansigter.",
    },
    "transport": {
        "label": "Transport og kørsel for ældre",
        "description": "Lange busture, Flextur-priser, transport til genoptræning og læge.",
    },
}


ABOUT = (
    "Reference labels for dev003 (fictional: Vesterå Kommune, 'Omlægning af hjemmeplejen og "
    "plejecentrene 2027'), whose files make_dev003.py writes; same schema as dev002 (see its "
    "labels.json 'about'). One entry per file; role 'cover' = an e-mail whose response is its "
    "attachment. letter_date = the letter's own date line or null; received = the e-mail's "
    "Date (for a forwarded e-mail the original's date), else the day the file arrived. "
    "stance per theme: støtter | imod | neutral (concern = imod, opposing a cut = imod, "
    "conditional acceptance = støtter with the condition in condition, 'tager til "
    "efterretning' and open doubt = neutral). themes_no_comment = elements named only to say "
    "no comment or covered by a blanket sentence. overall: støtter | imod | delvis | neutral | "
    "ingen bemærkninger. emergent = keys of topics outside the codebook. No campaigns, "
    "revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT)
