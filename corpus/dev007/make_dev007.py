"""Development consultation dev007: Vesterå Kommune, "Plan for socialpsykiatrien 2028–2031 –
omlægning af tilbud" (fictional), the responses as they reached Social og Sundhed.

    python corpus/dev007/make_dev007.py OUTDIR                 # writes the response files
    python corpus/dev007/make_dev007.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (councils, staff,
unions, patient and relatives' associations, an NGO, a housing association, the regional
psychiatry, a transport company and citizens), and labelled the way a careful reader labels
them. The file makers are shared with the other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, logo_png, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høring Social og Sundhed <hoering.social@vestera.dk>"
MAILHOSTS = {"relay": "mx2.vestera.dk", "exchange": "VKEXCH01.vestera.local"}
DEADLINE = dt.date(2028, 3, 6)
THEMES = ("fyrtaarnet", "bostotte", "akut", "peer", "engly", "koersel")
D = dt.date
SIGN = "Med venlig hilsen"
TITLE = "Plan for socialpsykiatrien 2028–2031"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2028, month=2, inbox=INBOX, mailhosts=MAILHOSTS)
at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response


# --- councils -----------------------------------------------------------------------------------


@response
def handicapraadet(folder: Path):
    name = "Handicaprådets høringssvar - socialpsykiatriplan.pdf"
    when = at(28, 10, 5)
    pdf(folder / name, [
        "Vesterå Kommune\nSocial og Sundhed\nAtt.: Sekretariatet",
        "Vesterå, 28. februar 2028",
        "# Høringssvar vedrørende Plan for socialpsykiatrien 2028–2031",
        "Handicaprådet har på sit møde den 22. februar drøftet udkastet til plan for "
        "socialpsykiatrien. Rådet anerkender, at planen skal ses i lyset af et stort pres på "
        "økonomien, men vil pege på nogle forhold, hvor borgere med psykiske handicap efter "
        "rådets opfattelse kommer til at betale prisen.",
        "## Kørsel til dag- og aktivitetstilbud",
        "Handicaprådet er imod, at den kommunale kørsel til dag- og aktivitetstilbud ophører. "
        "For mange borgere med svære angstsymptomer er det ikke en realistisk mulighed at tage "
        "offentlig transport, og konsekvensen bliver, at de bliver hjemme. Det er en besparelse, "
        "der flytter udgifterne til andre steder i kommunen.",
        "## Engly",
        "Rådet finder det betænkeligt, at antallet af pladser på Engly reduceres med en fjerdedel. "
        "De borgere, der bor på Engly, har brug for støtte hele døgnet, og vi har svært ved at se, "
        "hvor de seks borgere skal bo i stedet.",
        "## Bostøtte",
        "Handicaprådet kan acceptere, at en del af bostøtten gives som gruppeforløb eller "
        "videobesøg, men kun under forudsætning af, at det altid er borgeren selv, der i samråd "
        "med sin kontaktperson vælger, om støtten skal gives hjemme, i en gruppe eller over "
        "skærmen. Det må ikke blive en generel regel.",
        "## Akutfunktion",
        "Rådet støtter, at akuttelefonen udvides til en døgnåben funktion med akutpladser. Det "
        "har længe været et ønske fra rådets side.",
        "Handicaprådet har ikke bemærkninger til planens øvrige elementer.",
        SIGN,
        "Jens Peter Bisgaard\nformand for Handicaprådet",
    ], when, title="Høringssvar Handicaprådet", author="Handicaprådet",
        letterhead=("Handicaprådet", "Vesterå Kommune · Rådhustorvet 1 · 8690 Vesterå",
                    "handicapraadet@vestera.dk"), right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
                  letter_date=D(2028, 2, 28), received=when,
                  stance={"koersel": "imod", "engly": "imod", "bostotte": "støtter", "akut": "støtter"},
                  condition={"bostotte": "at det altid er borgeren selv, der i samråd med sin "
                             "kontaktperson vælger, om støtten skal gives hjemme, i en gruppe eller "
                             "over skærmen"},
                  no_comment="rest", overall="delvis",
                  note="Letterhead; address block names the recipient. Headings per element. "
                  "'finder det betænkeligt' = imod. Bostøtte: 'kan acceptere ... under forudsætning "
                  "af' = conditional support. Last sentence is a blanket no-comment on the rest "
                  "(fyrtaarnet, peer).")]


@response
def aeldreraadet(folder: Path):
    name = "SV Høring - Plan for socialpsykiatrien.eml"
    when = at(20, 14, 41)
    body = (
        "Til Social og Sundhed\n\n"
        "Ældrerådet har på mødet den 19. februar behandlet høringen om Plan for "
        "socialpsykiatrien 2028-2031.\n\n"
        "Planen vedrører kun i begrænset omfang ældre borgere, og Ældrerådet har derfor valgt "
        "ikke at afgive bemærkninger til den.\n\n"
        "Med venlig hilsen\n\nBirthe Mølgaard\nsekretær for Ældrerådet\n"
        "Vesterå Kommune\n"
    )
    mail(folder / name, sender="Ældrerådet Vesterå <aeldreraadet@vestera.dk>",
         subject="SV: Høring - Plan for socialpsykiatrien 2028-2031", when=when, body=body,
         server="VKEXCH01.vestera.local", mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
                  letter_date=None, received=when, stance={}, no_comment=THEMES,
                  overall="ingen bemærkninger",
                  note="A reply in the mail body: the council chose not to comment on the plan at "
                  "all (no element named) = blanket no-comment on the whole proposal.")]


@response
def udsatteraadet(folder: Path):
    name = "Udsatterådet - høringssvar plan for socialpsykiatri.docx"
    when = at(1, 16, 20, month=3)
    docx(folder / name, [
        "Udsatterådet i Vesterå Kommune",
        "1. marts 2028",
        "# Høringssvar: Plan for socialpsykiatrien 2028–2031",
        "Udsatterådet takker for muligheden for at give sit besyv med. Vi har i rådet især "
        "hæftet os ved de dele af planen, der rammer de borgere, som i forvejen har sværest ved "
        "at finde fodfæste: dem, der ikke passer ind nogen steder.",
        "## Fyrtårnet",
        "Vi er stærkt imod lukningen af Fyrtårnet. Værestedet på Havnegade er for mange det "
        "eneste sted i byen, hvor de kan komme uden at skulle leve op til noget. Aktivitetshuset "
        "er et godt tilbud, men det er et andet tilbud med en anden målgruppe, og mange af "
        "Fyrtårnets brugere vil ikke komme der. Rådet opfordrer udvalget til at droppe "
        "sammenlægningen.",
        "Det gælder ikke mindst de brugere, der både har en psykisk lidelse og drikker eller "
        "ryger hash. De bliver i dag afvist i misbrugsbehandlingen, fordi de er for psykisk syge, "
        "og i psykiatrien, fordi de har et misbrug. Fyrtårnet er et af de få steder, hvor de "
        "bliver mødt som de er, og hvor personalet kan bygge bro til behandling.",
        "## Bostøtte",
        "Vi frygter, at omlægningen af bostøtten til grupper og skærm vil betyde, at de mest "
        "udsatte falder fra. Folk, der ikke åbner døren eller posten, åbner heller ikke et "
        "videoopkald.",
        "## Akutpladser",
        "Det er positivt, at der kommer et sted at gå hen om natten, når det brænder på. Rådet "
        "bakker op om akutfunktionen.",
        "## Ansættelse af medarbejdere med egne erfaringer",
        "Vi glæder os over, at kommunen vil ansætte folk, der selv har været igennem en psykisk "
        "krise. Det giver håb at møde nogen, der er kommet videre.",
        "## Kørsel",
        "Udsatterådet tager forslaget om at stoppe kørslen til efterretning.",
        "Med venlig hilsen",
        "Karina Dahl Jepsen\nforperson, Udsatterådet i Vesterå Kommune",
    ], when, author="Karina Dahl Jepsen", title="Høringssvar Udsatterådet")
    touch(folder / name, when)
    return [label(name, sender="Udsatterådet i Vesterå Kommune", kind="organisation",
                  party="Udsatterådet i Vesterå Kommune", letter_date=D(2028, 3, 1), received=when,
                  stance={"fyrtaarnet": "imod", "bostotte": "imod", "akut": "støtter",
                          "peer": "støtter", "koersel": "neutral"},
                  overall="delvis", emergent=("misbrug",),
                  note="Peer section is headed and written without the keyword words ('folk med "
                  "egne erfaringer', 'selv har været igennem en psykisk krise'). Kørsel: 'tager ... "
                  "til efterretning' = neutral. Psychiatric illness plus alcohol/hash, turned away "
                  "by both systems = misbrug. Engly not mentioned.")]


@response
def lmu(folder: Path):
    name = "Høringssvar fra LMU Socialpsykiatri og Udsatte.eml"
    attachment = "LMU høringssvar socialpsykiatriplan 2028.pdf"
    when = at(2, 9, 12, month=3)
    data = built(pdf, attachment, [
        "# Høringssvar fra LMU Socialpsykiatri og Udsatte",
        "Vedr.: Plan for socialpsykiatrien 2028–2031 (sagsnr. 28/02217)",
        "LMU har drøftet planen på et ekstraordinært møde den 27. februar 2028. Høringssvaret er "
        "udarbejdet i enighed mellem ledelses- og medarbejdersiden, med de forbehold der er "
        "nævnt nedenfor.",
        "## Fyrtårnet og Aktivitetshuset",
        "LMU tager beslutningen om at samle de to tilbud til efterretning. Medarbejderne på "
        "Fyrtårnet ønsker at blive inddraget tidligt i, hvordan det nye hus skal indrettes.",
        "## Bostøtte",
        "Medarbejdersiden er bekymret for omlægningen. Gruppeforløb kræver forberedelse, og "
        "videobesøg kan ikke stå alene. Vi er bekymrede for, at der bliver sat flere borgere på "
        "hver medarbejder, og at det vil øge et i forvejen højt sygefravær.",
        "## Akutfunktion",
        "LMU bakker op om en døgnåben akutfunktion, under forudsætning af at der tilføres "
        "nattevagter, så akutpladserne ikke bemandes ved at trække medarbejdere fra Engly om "
        "natten.",
        "## Peer-medarbejdere og recoveryskole",
        "LMU ser frem til at få peer-medarbejdere ind i teamene og støtter recoveryskolen.",
        "## Engly",
        "LMU kan ikke støtte, at Engly skal ned på 18 pladser. Beboerne på Engly er ikke klar til "
        "at bo i egen bolig, og vi ser allerede i dag borgere, der bliver udskrevet fra "
        "psykiatrisk afdeling uden at der er aftalt noget med os, og som står uden tag over "
        "hovedet. Samarbejdet med regionen om udskrivelser skal fungere, før man skærer ned.",
        "## Kørsel til tilbud",
        "Ingen bemærkninger.",
        "På vegne af LMU\n\nLone Haugaard, centerleder (formand)\n"
        "Morten Skytte, TR for Socialpædagogerne (næstformand)",
    ], at(2, 8, 40, month=3), title="LMU høringssvar", author="Lone Haugaard")
    mail(folder / name, sender="Lone Haugaard <loha@vestera.dk>",
         subject="Høringssvar fra LMU Socialpsykiatri og Udsatte", when=when,
         body="Hej\n\nHermed LMU's høringssvar til planen for socialpsykiatrien.\n\n"
              "Venlig hilsen\nLone Haugaard\nCenterleder, Center for Socialpsykiatri og Udsatte\n"
              "Vesterå Kommune\n",
         attachments=[(attachment, data)], server="VKEXCH01.vestera.local",
         mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    who = dict(sender="LMU Socialpsykiatri og Udsatte", kind="organisation",
               party="LMU Socialpsykiatri og Udsatte", received=when)
    return [
        cover(name, attachment, **who, note="Cover mail from the centre manager, who signs the "
              "attached response as LMU's chair; the speaker is LMU."),
        label(attachment, **who, container=name, letter_date=None,
              stance={"fyrtaarnet": "neutral", "bostotte": "imod", "akut": "støtter",
                      "peer": "støtter", "engly": "imod"},
              condition={"akut": "at der tilføres nattevagter, så akutpladserne ikke bemandes ved "
                         "at trække medarbejdere fra Engly om natten"},
              no_comment=("koersel",), overall="delvis", emergent=("region",),
              note="No date line (only the meeting date in the text). Fyrtårnet: 'tager ... til "
              "efterretning' = neutral. 'kan ikke støtte' = imod. Kørsel heading + 'Ingen "
              "bemærkninger.'. Discharge from the psychiatric ward without agreement = region."),
    ]


@response
def foa(folder: Path):
    name = "FOA Vesterå høringssvar.pdf"
    when = at(3, 13, 30, month=3)
    pdf(folder / name, [
        "Vesterå Kommune\nSocial- og Sundhedsudvalget",
        "3. marts 2028",
        "# FOA's bemærkninger til Plan for socialpsykiatrien 2028–2031",
        "FOA Vesterå organiserer social- og sundhedsassistenter og -hjælpere, der arbejder i "
        "bostøtten og på botilbuddene i kommunen. Vi har spurgt vores medlemmer, og deres svar "
        "er ret entydige.",
        "Omlægningen af bostøtten vil ramme kvaliteten. Vores medlemmer fortæller om borgere, "
        "hvor det afgørende er at komme ind i hjemmet og se, om der er mad i køleskabet og om "
        "medicinen bliver taget. Det kan man ikke se på et videobesøg. FOA er derfor imod denne "
        "del af planen.",
        "Det samme gælder reduktionen på Engly. Seks pladser færre betyder færre stillinger, og "
        "det betyder, at de borgere, der flytter ud, får mindre hjælp, end de har brug for. FOA "
        "opfordrer udvalget til at fastholde de 24 pladser.",
        "FOA er ikke imod, at der ansættes peer-medarbejdere. Men de skal være et supplement og "
        "må ikke erstatte uddannet personale.",
        "Til de øvrige dele af planen har FOA ingen bemærkninger.",
        "Venlig hilsen",
        "Dorthe Lykke Nielsen\nfagligt ansvarlig, Social- og Sundhedssektoren\nFOA Vesterå",
    ], when, title="FOA høringssvar", author="FOA Vesterå",
        letterhead=("FOA Vesterå", "Jernbanegade 12 · 8690 Vesterå · Tlf. 46 97 12 00",
                    "vestera@foa.dk · www.foa.dk/vestera"), right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="FOA Vesterå", kind="organisation", party="FOA Vesterå",
                  letter_date=D(2028, 3, 3), received=when,
                  stance={"bostotte": "imod", "engly": "imod", "peer": "støtter"},
                  no_comment="rest", overall="delvis",
                  note="Letterhead, no headings. Engly: 'fastholde de 24 pladser' = imod the "
                  "reduction. Peer: 'er ikke imod' = støtter (negated opposition), with a "
                  "reservation that is not phrased as a condition. Blanket no-comment on the rest "
                  "(fyrtaarnet, akut, koersel).")]


@response
def socialpaedagogerne(folder: Path):
    name = "Socialpædagogerne Østjylland - høringssvar Vesterå socialpsykiatri.pdf"
    when = at(5, 21, 3, month=3)
    pdf(folder / name, [
        "Socialpædagogerne Østjylland har læst planen med stor interesse. Vi deler ønsket om en "
        "socialpsykiatri, der tager udgangspunkt i borgerens egne mål, men planen hviler i for "
        "høj grad på en forventning om, at borgerne kan klare sig med mindre.",
        "# Botilbuddet Engly",
        "Vi er imod at nedlægge seks pladser på Engly. Ventelisten til botilbud er allerede lang, "
        "og de borgere, der i dag bor på Engly, har komplekse behov. Mange af dem har både en "
        "psykisk lidelse og et forbrug af alkohol eller stoffer, og netop den gruppe har brug for "
        "et sted med personale døgnet rundt, hvor behandling af begge dele kan tænkes sammen.",
        "# Bostøtte",
        "Socialpædagogerne fraråder, at bostøtten i stort omfang flyttes over i grupper og på "
        "skærm. Relationen mellem borger og medarbejder er selve redskabet i arbejdet.",
        "# Døgnåben akutfunktion",
        "Vi støtter oprettelsen af akutpladser. Det vil forhåbentlig mindske antallet af "
        "indlæggelser og af politiets kørsler med borgere i krise.",
        "# De unge",
        "Planen siger meget lidt om de unge. Vi oplever mange 18-årige, der har haft en "
        "støtteperson gennem børne- og ungeområdet, og som står helt alene den dag, de bliver "
        "voksne i systemets øjne. Der bør være en plan for overgangen, så sagen ikke starter "
        "forfra hos en ny sagsbehandler.",
        "# Peer-medarbejdere",
        "Ingen kommentarer til denne del.",
        "Med venlig hilsen\nSocialpædagogerne Østjylland\nKim Bach Iversen, kredsformand",
    ], when, title="Høringssvar", author="Socialpædagogerne Østjylland", columns=2,
        banner=("Socialpædagogerne Østjylland", "Høringssvar: Socialpsykiatriplan 2028–2031"), footer="Socialpædagogerne Østjylland · oestjylland@sl.dk")
    touch(folder / name, when)
    return [label(name, sender="Socialpædagogerne Østjylland", kind="organisation",
                  party="Socialpædagogerne Østjylland", letter_date=None, received=when,
                  stance={"engly": "imod", "bostotte": "imod", "akut": "støtter"},
                  no_comment=("peer",), overall="delvis", emergent=("misbrug", "unge"),
                  note="Two columns under a full-width banner (sender and title); no date line. "
                  "'fraråder' = imod. 'politiets kørsler' is police transport, not the koersel "
                  "element. Fyrtårnet and kørsel not mentioned (no blanket sentence). Dual "
                  "diagnosis = misbrug; 18-year-olds leaving children's services = unge.")]


@response
def sind(folder: Path):
    name = "Høringssvar fra SIND Vesterå.eml"
    attachment = "SIND Vesterå - høringssvar.docx"
    data = built(docx, attachment, [
        "SIND Vesterå\nLandsforeningen for psykisk sundhed",
        "4. marts 2028",
        "# Høringssvar til Plan for socialpsykiatrien 2028–2031",
        "SIND Vesterå har som forening for mennesker med psykisk sårbarhed og deres pårørende "
        "fulgt arbejdet med planen, og vi har følgende bemærkninger.",
        "# Fyrtårnet",
        "Bevar Fyrtårnet! Værestedet er for mange af vores medlemmer grunden til at komme ud af "
        "lejligheden. Et stort hus med mange aktiviteter og et program er ikke det samme som et "
        "sted, hvor man kan sidde med en kop kaffe uden at nogen spørger.",
        "# Bostøtte",
        "Vi er i tvivl om, hvad videobesøg vil betyde. For nogle af vores medlemmer kan det være "
        "en lettelse ikke at skulle have besøg, for andre vil det være endnu en grund til at "
        "isolere sig. Det afhænger helt af, hvordan det bliver brugt, og det står ikke klart i "
        "planen.",
        "# Akutfunktion og recoveryskole",
        "SIND hilser både akutpladserne og recoveryskolen velkommen. Især recoveryskolen er noget, "
        "vores medlemmer længe har efterspurgt.",
        "# Kørsel",
        "Uden kørslen kan en del af vores medlemmer slet ikke komme af sted til deres "
        "dagtilbud. Vi beder udvalget om at bevare ordningen.",
        "# Engly",
        "Forslaget om Engly giver ikke anledning til bemærkninger fra SIND.",
        "# Det, der mangler",
        "Planen nævner næsten ikke de pårørende. Forældre, ægtefæller og søskende er ofte dem, "
        "der opdager, at det går den forkerte vej, men de bliver sjældent hørt. Vi foreslår, "
        "at kommunen laver faste rammer for samarbejdet med de pårørende, også når borgeren er "
        "over 18.",
        "Vi vil også pege på overgangene mellem hospital og hjem. Vores medlemmer fortæller om "
        "at blive sendt hjem fra afdelingen uden at nogen i kommunen vidste det, og om at vente "
        "flere uger på en samtale bagefter.",
        "På vegne af bestyrelsen\nHanne Kjærgaard, formand",
    ], at(4, 19, 0, month=3), author="Hanne Kjærgaard", title="Høringssvar SIND")
    when = at(4, 19, 26, month=3)
    mail(folder / name, sender="SIND Vesterå <vestera@sind.dk>",
         subject="Høringssvar - plan for socialpsykiatrien", when=when,
         body="Kære Social og Sundhed\n\nVedhæftet er SIND Vesterås høringssvar.\n\n"
              "Med venlig hilsen\nHanne Kjærgaard\nformand, SIND Vesterå\n",
         attachments=[(attachment, data)], server="smtp.sind.dk", mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    who = dict(sender="SIND Vesterå", kind="organisation", party="SIND Vesterå", received=when)
    return [
        cover(name, attachment, **who),
        label(attachment, **who, container=name, letter_date=D(2028, 3, 4),
              stance={"fyrtaarnet": "imod", "bostotte": "neutral", "akut": "støtter",
                      "peer": "støtter", "koersel": "imod"},
              no_comment=("engly",), overall="delvis", emergent=("paaroerende", "region"),
              note="'Bevar Fyrtårnet!' = imod the closure. Bostøtte: open doubt ('Vi er i tvivl "
              "om') = neutral. 'bevare ordningen' = imod ending the transport. Engly 'giver ikke "
              "anledning til bemærkninger'. Relatives not heard = paaroerende; sent home from the "
              "ward without the municipality knowing = region."),
    ]


@response
def bedre_psykiatri(folder: Path):
    name = "Bedre Psykiatri Vesterå_høringssvar_marts 2028.pdf"
    when = at(5, 15, 48, month=3)
    pdf(folder / name, [
        "Til Social- og Sundhedsudvalget, Vesterå Kommune",
        "# Høringssvar fra Bedre Psykiatri Vesterå",
        "Bedre Psykiatri er landsforeningen for pårørende til mennesker med psykisk sygdom. "
        "Lokalafdelingen i Vesterå har ca. 140 medlemmer.",
        "Vi vil indledningsvis sige, at vi er glade for den døgnåbne akutfunktion. Som pårørende "
        "ved vi, at kriserne ikke kommer mellem kl. 8 og 15, og at det at kunne ringe om natten "
        "og få et sted at bringe sin søn eller datter hen kan forhindre en tvangsindlæggelse.",
        "Vi er til gengæld meget bekymrede over, at Engly skal skære ned. Flere af vores "
        "medlemmer har et voksent barn, der bor der, og de har kæmpet i årevis for at få "
        "pladsen.",
        "Vi oplever, at de pårørende kun bliver inddraget, når det er gået galt. Vi vil gerne "
        "være en del af løsningen, også når det går godt. Kommunen bør have en pårørendepolitik "
        "for socialpsykiatrien, og medarbejderne bør spørge borgeren, om de pårørende må "
        "inddrages.",
        "Mange pårørende fortæller også om unge, der falder mellem to stole, når de fylder 18 "
        "og skal overgå fra børne- og ungdomspsykiatrien til voksensystemet. De mister deres "
        "faste behandler og støttekontakt på samme tid.",
        "Endelig oplever vores medlemmer, at deres syge familiemedlem udskrives for tidligt og "
        "uden plan, og at kommunen og Psykiatrisk Afdeling ikke taler sammen. Her er der brug for "
        "bedre aftaler.",
        "Vi har ingen bemærkninger til de øvrige forslag.",
        "Venlig hilsen",
        "Poul Erik Damgaard\nformand, Bedre Psykiatri Vesterå",
        "5. marts 2028",
    ], when, title="Høringssvar", author="Poul Erik Damgaard",
        letterhead=("Bedre Psykiatri", "Lokalafdeling Vesterå", "vestera@bedrepsykiatri.dk"))
    touch(folder / name, when)
    return [label(name, sender="Bedre Psykiatri Vesterå", kind="organisation",
                  party="Bedre Psykiatri Vesterå", letter_date=D(2028, 3, 5), received=when,
                  stance={"akut": "støtter", "engly": "imod"}, no_comment="rest", overall="delvis",
                  emergent=("paaroerende", "unge", "region"),
                  note="Letterhead; date line after the signature. Akut discussed as 'den døgnåbne "
                  "akutfunktion'. Engly: 'meget bekymrede' = imod. 'ingen bemærkninger til de "
                  "øvrige forslag' = blanket on fyrtaarnet, bostotte, peer, koersel.")]


@response
def brugerraadet(folder: Path):
    name = "Brugerrådet Fyrtårnet.docx"
    when = at(24, 11, 2)
    docx(folder / name, [
        "Høringssvar fra Brugerrådet ved Værestedet Fyrtårnet",
        "Vi er 6 brugere, der sidder i brugerrådet. Vi har holdt husmøde om planen, og der kom "
        "34 brugere. Alle var imod.",
        "Fyrtårnet må ikke lukke. Det er vores sted. Her kender vi hinanden og personalet, og "
        "her kan man komme, selv når man har en dårlig dag. I Aktivitetshuset skal man melde sig "
        "til hold, og der er mange mennesker. Det kan mange af os ikke klare.",
        "Der er også nogen af os, der drikker eller tager noget. På Fyrtårnet bliver man ikke "
        "smidt ud for det, så længe man opfører sig ordentligt, men i Aktivitetshuset skal man "
        "være helt clean. Hvor skal de så gå hen?",
        "Vi er også kede af, at den lille bus, der henter folk ude fra landsbyerne, skal stoppe. "
        "Så kan de slet ikke komme nogen steder.",
        "Hilsen Brugerrådet\nTina, Jørgen, Ali, Susanne, Per og Malene",
    ], when, author="Fyrtårnet", title="")
    touch(folder / name, when)
    return [label(name, sender="Brugerrådet ved Værestedet Fyrtårnet", kind="organisation",
                  party="Brugerrådet ved Værestedet Fyrtårnet", letter_date=None, received=when,
                  stance={"fyrtaarnet": "imod", "koersel": "imod"}, overall="imod",
                  emergent=("misbrug",),
                  note="Kørsel discussed without its keyword words ('den lille bus, der henter folk "
                  "ude fra landsbyerne'). Drinking/using and Aktivitetshuset's zero tolerance = "
                  "misbrug. Users' first names in the signature: council members, not labelled as "
                  "personal data of a private sender.")]


@response
def korshaer(folder: Path):
    name = "Høringssvar Kirkens Korshær.eml"
    when = at(29, 8, 55)
    body = (
        "Til Social og Sundhed, Vesterå Kommune\n\n"
        "Kirkens Korshær i Vesterå driver varmestuen på Søndergade, og mange af vores gæster "
        "kommer også på Fyrtårnet. Vi vil derfor gerne knytte et par ord til planen.\n\n"
        "Vi håber inderligt, at Fyrtårnet får lov at bestå. Når Fyrtårnet lukker kl. 16, kommer "
        "gæsterne til os, og vi ser hver dag, hvor meget det betyder for dem at have et sted i "
        "dagtimerne med uddannet personale. Vi kan i det hele taget tilslutte os Udsatterådets "
        "bemærkninger om Fyrtårnet.\n\n"
        "En stor del af vores gæster har både psykiske problemer og et alkohol- eller "
        "stofproblem. De bliver sendt frem og tilbage mellem misbrugscentret og psykiatrien, og "
        "ingen tager ansvaret. Vi savner, at planen forholder sig til den gruppe.\n\n"
        "Det er positivt, at der kommer et akuttilbud om natten. Vi vil gerne være med til at "
        "gøre det kendt blandt vores gæster.\n\n"
        "Med venlig hilsen\n\nSøren Hyldgaard\nleder, Kirkens Korshær Vesterå\n"
        "Søndergade 7, 8690 Vesterå\n"
    )
    html = ("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
            + '<p><img src="cid:korshaer.png@kirkenskorshaer.dk" alt="Kirkens Korshær"></p>'
            "</body></html>")
    mail(folder / name, sender="Søren Hyldgaard <vestera@kirkenskorshaer.dk>",
         subject="Høringssvar - plan for socialpsykiatri", when=when, body=body, html=html,
         inline_logo=("korshaer.png", logo_png("Kirkens Korshaer", (150, 20, 35))),
         server="mail.kirkenskorshaer.dk", mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(name, sender="Kirkens Korshær Vesterå", kind="organisation",
                  party="Kirkens Korshær Vesterå", letter_date=None, received=when,
                  stance={"fyrtaarnet": "imod", "akut": "støtter"}, overall="delvis",
                  emergent=("misbrug",),
                  note="Mail body (plain and HTML, with an inline signature logo that is not a response). 'håber inderligt, at Fyrtårnet får lov at bestå' = imod the "
                  "closure (supporting what is cut); also endorses Udsatterådet's remarks on "
                  "Fyrtårnet (same stance). Akut named as 'akuttilbud om natten' (no keyword "
                  "word). Nothing said about the other elements and no blanket sentence.")]


@response
def boligforening(folder: Path):
    name = "Vesterå Boligforening - bemærkninger til plan for socialpsykiatrien.pdf"
    when = at(2, 14, 10, month=3)
    pdf(folder / name, [
        "Vesterå Kommune\nSocial og Sundhed\nRådhustorvet 1\n8690 Vesterå",
        "Dato: 2. marts 2028\nJ.nr.: 2028-114",
        "# Bemærkninger til Plan for socialpsykiatrien 2028–2031",
        "Vesterå Boligforening har ca. 2.300 lejemål i kommunen, og vi har allerede i dag mange "
        "lejere, der modtager støtte fra socialpsykiatrien. Vi har et godt samarbejde med "
        "kommunens medarbejdere, som vi gerne vil bevare.",
        "Planen lægger op til, at seks beboere fra Engly skal flytte i egen bolig. Boligforeningen "
        "kan bakke op om, at flere borgere får mulighed for at bo selvstændigt, men kun hvis der "
        "følger en fast kontaktperson med, som både lejeren og vores ejendomsfunktionærer kan "
        "ringe til, også uden for almindelig arbejdstid.",
        "Vi er til gengæld bekymrede for, at bostøtten i højere grad skal foregå på video. Vores "
        "erfaring er, at problemerne i en lejlighed, som til sidst ender med en udsættelse, først "
        "bliver opdaget, når nogen træder ind ad døren. Vi frygter flere udsættelser og flere "
        "konflikter med naboerne.",
        "Boligforeningen har i øvrigt ingen bemærkninger til planen.",
        SIGN,
        "Anette Brix\ndirektør",
    ], when, title="Bemærkninger", author="Anette Brix",
        letterhead=("Vesterå Boligforening", "Parkvej 40 · 8690 Vesterå · Tlf. 86 44 10 20",
                    "post@vesteraabolig.dk · CVR 12 34 56 78"))
    touch(folder / name, when)
    return [label(name, sender="Vesterå Boligforening", kind="organisation",
                  party="Vesterå Boligforening", letter_date=D(2028, 3, 2), received=when,
                  stance={"engly": "støtter", "bostotte": "imod"},
                  condition={"engly": "at der følger en fast kontaktperson med, som både lejeren "
                             "og ejendomsfunktionærerne kan ringe til, også uden for almindelig "
                             "arbejdstid"},
                  no_comment="rest", overall="delvis",
                  note="Letterhead with the recipient's address block. Engly: 'kan bakke op om ... "
                  "men kun hvis' = conditional support. Bostøtte: 'bekymrede', 'frygter' = imod. "
                  "'har i øvrigt ingen bemærkninger til planen' = blanket on fyrtaarnet, akut, "
                  "peer, koersel.")]


@response
def regionspsykiatrien(folder: Path):
    name = "Høringssvar fra Regionspsykiatrien Vesterå.pdf"
    when = at(6, 15, 5, month=3)
    pdf(folder / name, [
        "Vesterå Kommune\nSocial og Sundhed",
        "6. marts 2028",
        "# Høringssvar – Plan for socialpsykiatrien 2028–2031",
        "Regionspsykiatrien Vesterå takker for invitationen til at kommentere kommunens plan. "
        "Vi har læst den med særligt fokus på de steder, hvor vores opgaver og kommunens mødes.",
        "Vi ser meget positivt på, at kommunen etablerer en døgnåben akutfunktion med to "
        "akutpladser. Det vil give os en mulighed for at undgå nogle indlæggelser og for at "
        "udskrive patienter til et trygt sted, når de ikke længere har brug for sengeafsnittet.",
        "Vi vil gerne benytte lejligheden til at foreslå, at vi sammen ser på arbejdsgangene "
        "ved udskrivelse. Sundhedsaftalen forudsætter en koordinerende indsatsplan, men i "
        "praksis når kommunens medarbejdere ikke altid at være med til udskrivningssamtalen. Et "
        "fast samarbejdsforum på ledelsesniveau vil kunne hjælpe.",
        "Tilsvarende vil vi gerne drøfte overgangen for de unge, der i dag følges i børne- og "
        "ungdomspsykiatrien og som fylder 18 år. Her ser vi, at unge med behov for fortsat "
        "støtte mister kontakten i overgangen.",
        "Reduktionen på Engly tager Regionspsykiatrien til efterretning. Vi går ud fra, at "
        "kommunen sikrer et tilbud til de borgere, der berøres.",
        "Til planens øvrige indsatsområder har vi ikke yderligere bemærkninger.",
        SIGN,
        "Helle Vinding Krogh\nledende overlæge\nRegionspsykiatrien Vesterå",
    ], when, title="Høringssvar", author="Psykiatrien i Region Midtjylland",
        letterhead=("Psykiatrien", "Region Midtjylland · Regionspsykiatrien Vesterå",
                    "Sygehusvej 9 · 8690 Vesterå"), right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Psykiatrien i Region Midtjylland, Regionspsykiatrien Vesterå",
                  kind="organisation",
                  party="Psykiatrien i Region Midtjylland, Regionspsykiatrien Vesterå",
                  letter_date=D(2028, 3, 6), received=when,
                  stance={"akut": "støtter", "engly": "neutral"}, no_comment="rest",
                  overall="støtter", emergent=("region", "unge"),
                  note="Letterhead; arrives on the deadline day (not late). Engly: 'tager ... til "
                  "efterretning' = neutral, so overall = støtter (no imod among the stances). "
                  "'Til planens øvrige indsatsområder ... ikke yderligere bemærkninger' = blanket "
                  "on fyrtaarnet, bostotte, peer, koersel. Discharge and coordination with the "
                  "municipality = region; turning 18 in child psychiatry = unge.")]


@response
def minibusser(folder: Path):
    name = "Kørsel til dagtilbud - høringssvar.eml"
    when = at(8, 7, 48, month=3)
    body = (
        "Til Social- og Sundhedsudvalget\n\n"
        "Vesterå Minibusser har siden 2019 kørt borgere til dag- og aktivitetstilbuddene for "
        "kommunen, og vi har først nu set, at planen for socialpsykiatrien lægger op til at "
        "stoppe ordningen. Vi beklager, at svaret kommer efter fristen.\n\n"
        "Vi skal selvfølgelig gøre opmærksom på, at vi har en interesse i sagen. Men vi vil "
        "alligevel fraråde, at ordningen stopper. Vores chauffører er de samme hver dag, og for "
        "mange passagerer er turen en fast og tryg del af dagen. Chaufførerne er ofte de første, "
        "der opdager, at en passager ikke har det godt, og de giver besked til personalet.\n\n"
        "Hvis besparelsen er nødvendig, vil vi gerne indgå i en dialog om en billigere model, "
        "fx samkørsel med andre kommunale ruter.\n\n"
        "Med venlig hilsen\n\nBo Vestergaard\nindehaver, Vesterå Minibusser ApS\n"
        "Industrivej 22, 8690 Vesterå · tlf. 20 45 67 89\n"
    )
    mail(folder / name, sender="Vesterå Minibusser <kontor@vesteraaminibus.dk>",
         subject="Kørsel til dagtilbud - høringssvar (sendt efter fristen)", when=when, body=body,
         server="smtp.one.com", mailer="Mozilla Thunderbird 115.6")
    touch(folder / name, when)
    return [label(name, sender="Vesterå Minibusser ApS", kind="organisation", party=None,
                  letter_date=None, received=when, stance={"koersel": "imod"}, overall="imod",
                  note="A company not on the consultation list; arrives two days late. 'vil "
                  "alligevel fraråde, at ordningen stopper' = imod. The offer of a cheaper model is "
                  "not support for ending the transport.")]


# --- citizens -----------------------------------------------------------------------------------

CAMPAIGN_OPEN = ("Jeg vil hermed protestere mod, at Værestedet Fyrtårnet skal lukke og flyttes ind "
                 "i Aktivitetshuset.")
CAMPAIGN_BODY = (
    "Fyrtårnet er et fristed for mennesker med psykisk sårbarhed. Her kan man komme uden aftale, "
    "uden tilmelding og uden krav. For mange er det den eneste sociale kontakt i løbet af ugen, "
    "og et stort aktivitetshus kan ikke erstatte det.",
    "Besparelsen er lille, men prisen for de mennesker, der mister deres sted, er stor. Det ender "
    "med flere indlæggelser og mere ensomhed.",
    "Jeg opfordrer Social- og Sundhedsudvalget til at bevare Fyrtårnet som selvstændigt værested.",
)


def _campaign_label(name, sender, when, personal, note):
    return label(name, sender=sender, kind="citizen", letter_date=None, received=when,
                 stance={"fyrtaarnet": "imod"}, overall="imod", campaign="bevar_fyrtaarnet",
                 personal_data=personal, note=note)


@response
def kampagne_1(folder: Path):
    name = "Bevar Fyrtårnet.eml"
    when = at(16, 20, 14)
    body = "\n\n".join(("Til Social- og Sundhedsudvalget", CAMPAIGN_OPEN, *CAMPAIGN_BODY,
                        "Med venlig hilsen\nGitte Rasmussen\nBirkevej 8, 8690 Vesterå")) + "\n"
    mail(folder / name, sender="Gitte Rasmussen <gitterasmussen58@gmail.com>",
         subject="Bevar Fyrtårnet", when=when, body=body, server="mail-sor-f41.google.com")
    touch(folder / name, when)
    return [_campaign_label(name, "Gitte Rasmussen", when, (
        ("name", "Gitte Rasmussen", "text"), ("address", "Birkevej 8, 8690 Vesterå", "text"),
        ("name", "Gitte Rasmussen", "header"), ("email", "gitterasmussen58@gmail.com", "header")),
        "Form letter 'Bevar Fyrtårnet', the plain version.")]


@response
def kampagne_2(folder: Path):
    name = "Høringssvar Fyrtårnet.eml"
    when = at(17, 9, 31)
    body = "\n\n".join((
        "Til Social- og Sundhedsudvalget", CAMPAIGN_OPEN, CAMPAIGN_BODY[0],
        "Jeg ved, hvad jeg taler om. Jeg har selv haft en svær depression, og i næsten to år var "
        "Fyrtårnet det eneste sted, jeg gik hen. Personalet var der, når jeg havde brug for det, "
        "og ellers fik jeg lov at være i fred.",
        *CAMPAIGN_BODY[1:], "Venlig hilsen\nMichael Holt")) + "\n"
    mail(folder / name, sender="Michael Holt <m.holt@outlook.dk>",
         subject="Høringssvar Fyrtårnet", when=when, body=body, server="EUR05-AM6-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [_campaign_label(name, "Michael Holt", when, (
        ("name", "Michael Holt", "text"), ("name", "Michael Holt", "header"),
        ("email", "m.holt@outlook.dk", "header"),
        ("health", "Jeg har selv haft en svær depression", "text")),
        "Form letter with a personal paragraph added (own depression).")]


@response
def kampagne_3(folder: Path):
    name = "Fyrtårnet skal ikke lukke.eml"
    when = at(19, 13, 2)
    body = "\n\n".join((
        "Kære udvalg",
        "Vi vil hermed protestere mod, at Værestedet Fyrtårnet skal lukke og flyttes ind i "
        "Aktivitetshuset.",
        "Fyrtårnet er et fristed for mennesker med psykisk sårbarhed. Her kan man komme uden "
        "aftale, uden tilmelding og uden krav. For mange er det den eneste sociale kontakt i "
        "løbet af ugen, og et stort aktivitetshus kan ikke erstatte det.",
        CAMPAIGN_BODY[1],
        "Vi opfordrer Social- og Sundhedsudvalget til at bevare Fyrtårnet som selvstændigt "
        "værested.",
        "Mange hilsner\nAnne-Mette og Ole Fisker\nStrandvejen 112, 8690 Vesterå")) + "\n"
    mail(folder / name, sender="Ole Fisker <olefisker@mail.dk>", subject="Fyrtårnet skal ikke lukke",
         when=when, body=body, server="smtp.mail.dk")
    touch(folder / name, when)
    return [_campaign_label(name, "Anne-Mette og Ole Fisker", when, (
        ("name", "Anne-Mette og Ole Fisker", "text"),
        ("address", "Strandvejen 112, 8690 Vesterå", "text"), ("name", "Ole Fisker", "header"),
        ("email", "olefisker@mail.dk", "header")),
        "Form letter in the plural, from a couple; sent from the husband's address.")]


@response
def kampagne_4(folder: Path):
    name = "Fyrtårnet - Yasmin Haddad.docx"
    when = at(21, 10, 0)
    docx(folder / name, [
        "Yasmin Haddad\nToftegårdsvej 3, st. th.\n8690 Vesterå",
        "Til Social- og Sundhedsudvalget",
        CAMPAIGN_OPEN,
        CAMPAIGN_BODY[0],
        "Fyrtårnet koster ikke ret meget, men for de mennesker, der mister deres sted, er prisen "
        "stor. Jeg er bange for, at det ender med flere indlæggelser.",
        CAMPAIGN_BODY[2],
        "Med venlig hilsen\nYasmin Haddad",
    ], when, author="Yasmin Haddad")
    touch(folder / name, when)
    return [label(name, sender="Yasmin Haddad", kind="citizen", letter_date=None, received=when,
                  stance={"fyrtaarnet": "imod"}, overall="imod", campaign="bevar_fyrtaarnet",
                  personal_data=(("name", "Yasmin Haddad", "text"),
                                 ("address", "Toftegårdsvej 3, st. th., 8690 Vesterå", "text")),
                  note="Form letter as a Word file handed in at the citizens' service; the money "
                  "paragraph is rewritten in her own words.")]


@response
def mor_engly(folder: Path):
    name = "Scan_01-03-2028_0907.pdf"
    when = at(1, 9, 7, month=3)
    scan_pdf(folder / name, [
        "Kirsten Lund",
        "Præstevænget 16",
        "8690 Vesterå",
        "",
        "                                   Vesterå, den 26. februar 2028",
        "",
        "Til Social- og Sundhedsudvalget",
        "",
        "Angående Engly",
        "",
        "Min søn har boet på Engly i fire år. Han har skizofreni og",
        "har været indlagt mange gange, før han fik sin plads. Siden",
        "har han ikke været indlagt en eneste gang.",
        "",
        "Nu læser jeg i avisen, at seks beboere skal flytte ud. Jeg",
        "er imod. Der er ingen af beboerne, der kan klare sig i egen",
        "lejlighed, og jeg er bange for, at det bliver min søn.",
        "",
        "Jeg vil også sige, at vi forældre aldrig bliver spurgt.",
        "Jeg har ikke hørt noget fra kommunen om planen. Jeg fandt",
        "den selv. Det er os, der samler stumperne op, når det går",
        "galt, og vi burde blive inddraget.",
        "",
        "Venlig hilsen",
        "",
        "Kirsten Lund",
    ], when, seed=28, angle=-0.6)
    touch(folder / name, when)
    return [label(name, sender="Kirsten Lund", kind="citizen", letter_date=D(2028, 2, 26),
                  received=when, stance={"engly": "imod"}, overall="imod", emergent=("paaroerende",),
                  personal_data=(("name", "Kirsten Lund", "text"),
                                 ("address", "Præstevænget 16, 8690 Vesterå", "text"),
                                 ("health", "Han har skizofreni", "text")),
                  note="A letter sent by post and scanned (no text layer); letter dated 26 February, "
                  "received 1 March. The son's diagnosis is a third person's health data. Parents "
                  "never asked = paaroerende.")]


@response
def videresendt(folder: Path):
    name = "VS Høring om bostøtte.eml"
    original = at(23, 22, 47)
    when = at(24, 8, 15)
    body = (
        "Hej\n\nJonas har bedt mig sende hans mail videre som høringssvar, så den kommer det rigtige "
        "sted hen.\n\nVenlig hilsen\nMette Skov\nSagsbehandler, Voksenteamet\nVesterå Kommune\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Jonas Riis <jonasriis99@gmail.com>\n"
        "Sendt: 23. februar 2028 22:47\n"
        "Til: Mette Skov <mesk@vestera.dk>\n"
        "Emne: Høring om bostøtte\n\n"
        "Hej Mette\n\n"
        "Jeg har læst det der med at bostøtten skal være i grupper og på video. Det synes jeg "
        "ikke er en god ide. Rikke kommer hver tirsdag og hjælper mig med post og indkøb og det "
        "er det eneste der gør at jeg kan bo her. Hvis det skal være på video så tror jeg ikke "
        "jeg tager den. Og en gruppe med nogen jeg ikke kender kan jeg slet ikke.\n\n"
        "Da jeg fyldte 18 blev min sag lukket i børneafdelingen og der gik over et halvt år før "
        "jeg fik hjælp igen. Det var der jeg røg ned i det. Det må ikke ske for andre.\n\n"
        "Mvh Jonas\n"
    )
    mail(folder / name, sender="Mette Skov <mesk@vestera.dk>", subject="VS: Høring om bostøtte",
         when=when, body=body, server="VKEXCH01.vestera.local", mailer="Microsoft Outlook 16.0")
    touch(folder / name, when)
    return [label(name, sender="Jonas Riis", kind="citizen", letter_date=None, received=original,
                  stance={"bostotte": "imod"}, overall="imod", emergent=("unge",),
                  personal_data=(("name", "Jonas Riis", "text"), ("name", "Jonas", "text"),
                                 ("email", "jonasriis99@gmail.com", "text"),
                                 ("other", "Da jeg fyldte 18 blev min sag lukket i "
                                  "børneafdelingen", "text")),
                  note="Forwarded by a caseworker (she is not the sender); the citizen wrote to a "
                  "municipal address on 23 February, so received = the original's date. 'ikke er en "
                  "god ide' = imod. Case closed at 18, half a year without help = unge.")]


@response
def borger_stoette(folder: Path):
    name = "Høringssvar - Lars Nygaard.docx"
    when = at(27, 16, 40)
    docx(folder / name, [
        "Lars Nygaard\nEllehaven 5, 1. tv.\n8690 Vesterå",
        "27.02.2028",
        "# Høringssvar til planen for socialpsykiatrien",
        "Der kommer sikkert mange kritiske svar, så jeg vil gerne skrive, at jeg synes, planen "
        "på mange punkter er god.",
        "Jeg har social angst og har haft bostøtte i tre år. For mig vil det være en stor "
        "hjælp at kunne tale med min kontaktperson over computeren nogle af gangene, så jeg ikke "
        "skal gøre lejligheden klar til besøg hver gang. Jeg synes, man skal gøre det.",
        "Jeg har også gået på en recoveryskole i Aarhus, og det var der, jeg for første gang "
        "mødte nogen, der havde været lige så syg som mig og var kommet videre. Det vil jeg "
        "varmt anbefale, at Vesterå også får.",
        "Det er godt med en akuttelefon, der har åbent om natten.",
        "Jeg kommer ikke selv på Fyrtårnet, så det vil jeg ikke udtale mig om.",
        "Venlig hilsen\nLars Nygaard",
    ], when, author="Lars Nygaard", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Lars Nygaard", kind="citizen", letter_date=D(2028, 2, 27),
                  received=when, stance={"bostotte": "støtter", "peer": "støtter", "akut": "støtter"},
                  no_comment=("fyrtaarnet",), overall="støtter",
                  personal_data=(("name", "Lars Nygaard", "text"),
                                 ("address", "Ellehaven 5, 1. tv., 8690 Vesterå", "text"),
                                 ("health", "Jeg har social angst", "text")),
                  note="Bostøtte support is argued through 'tale med min kontaktperson over "
                  "computeren' (the element's keyword word appears only in 'har haft bostøtte'). "
                  "'det vil jeg ikke udtale mig om' on Fyrtårnet = no comment. Engly and kørsel are "
                  "not mentioned.")]


@response
def borger_peer(folder: Path):
    name = "Høringssvar.pdf"
    when = at(3, 22, 10, month=3)
    pdf(folder / name, [
        "Maria Holm Sørensen\nNørregade 21, 2. th.\n8690 Vesterå",
        "Vesterå, 3. marts 2028",
        "Til Social og Sundhed",
        "Jeg skriver, fordi jeg håber at kunne søge en af de nye stillinger som "
        "peer-medarbejder. Jeg har selv været indlagt med bipolar lidelse flere gange og har i "
        "dag været stabil i fire år.",
        "Jeg synes, det er rigtig godt, at kommunen vil ansætte os. Jeg kan dog kun anbefale "
        "det, hvis peer-medarbejderne får en rigtig løn og en rigtig stilling med supervision, "
        "og ikke bare bliver frivillige med et andet navn.",
        "Min erfaring er også, at det svære tidspunkt er dagen, man kommer hjem fra "
        "hospitalet. Sidst jeg blev udskrevet var det en fredag eftermiddag, og der var ingen "
        "i kommunen, der vidste, at jeg var hjemme, før ugen efter.",
        "Venlig hilsen\nMaria Holm Sørensen",
    ], when, title="Høringssvar", author="Maria", right_align=(1,))
    touch(folder / name, when)
    return [label(name, sender="Maria Holm Sørensen", kind="citizen", letter_date=D(2028, 3, 3),
                  received=when, stance={"peer": "støtter"},
                  condition={"peer": "at peer-medarbejderne får en rigtig løn og en rigtig stilling "
                             "med supervision, og ikke bare bliver frivillige med et andet navn"},
                  overall="støtter", emergent=("region",),
                  personal_data=(("name", "Maria Holm Sørensen", "text"),
                                 ("address", "Nørregade 21, 2. th., 8690 Vesterå", "text"),
                                 ("health", "Jeg har selv været indlagt med bipolar lidelse", "text")),
                  note="'kan dog kun anbefale det, hvis' = conditional support. Discharged on a "
                  "Friday without the municipality knowing = region.")]


@response
def far(folder: Path):
    name = "Min søn og planen for psykiatrien.eml"
    when = at(4, 10, 33, month=3)
    body = (
        "Til udvalget\n\n"
        "Min søn er 24 år. Han fik sin første psykose som 19-årig, og han har røget hash siden "
        "han gik i 8. klasse. Han bor i egen lejlighed med bostøtte.\n\n"
        "Jeg er meget bekymret over, at bostøtten skal flyttes over på video og i grupper. Min "
        "søn tager ikke telefonen, når det går dårligt, og han ville aldrig møde op i en gruppe. "
        "Det eneste der virker, er at hans støtteperson banker på.\n\n"
        "Jeg vil også gerne sige, at vi som forældre er helt koblet af. Fordi han er over 18, må "
        "ingen fortælle os noget, og vi finder først ud af, at han er blevet dårlig, når "
        "naboerne ringer. Der burde være en måde, hvor han selv kan give lov til, at vi bliver "
        "orienteret.\n\n"
        "Og så forstår jeg ikke, at han skal vælge mellem psykiatrien og misbrugscentret. Han "
        "er afvist begge steder, fordi han har det andet problem.\n\n"
        "Venlig hilsen\nHenrik Aagaard\n"
    )
    mail(folder / name, sender="Henrik Aagaard <henrik.aagaard@live.dk>",
         subject="Min søn og planen for psykiatrien", when=when, body=body,
         server="EUR03-VI1-obe.outbound.protection.outlook.com")
    touch(folder / name, when)
    return [label(name, sender="Henrik Aagaard", kind="citizen", letter_date=None, received=when,
                  stance={"bostotte": "imod"}, overall="imod",
                  emergent=("paaroerende", "misbrug"),
                  personal_data=(("name", "Henrik Aagaard", "text"),
                                 ("name", "Henrik Aagaard", "header"),
                                 ("email", "henrik.aagaard@live.dk", "header"),
                                 ("health", "Han fik sin første psykose som 19-årig, og han har "
                                  "røget hash", "text")),
                  note="'meget bekymret' = imod. Parents cut off once the son is over 18 = "
                  "paaroerende (not unge: it is about relatives' access, the son is 24). Turned "
                  "away by both psychiatry and addiction treatment = misbrug.")]


CONSULTATION = {
    "title": "Plan for socialpsykiatrien 2028–2031 – omlægning af tilbud",
    "case_number": "28/02217",
    "committee": "Social- og Sundhedsudvalget",
    "from": "Social og Sundhed",
    "municipality": "Vesterå Kommune",
    "sent": "2028-02-07",
    "deadline": "2028-03-06",
}

EMERGENT = {
    "region": {
        "label": "Samarbejdet med regionspsykiatrien ved udskrivning",
        "description": "Borgere, der sendes hjem fra psykiatrisk afdeling uden at kommunen ved "
        "det eller er med til udskrivningssamtalen, ventetid på opfølgning, behov for faste "
        "aftaler mellem region og kommune.",
    },
    "paaroerende": {
        "label": "Inddragelse af pårørende",
        "description": "Forældre, ægtefæller og søskende, der ikke bliver hørt eller orienteret "
        "(især når borgeren er over 18), ønsket om en pårørendepolitik og om samtykke til at "
        "orientere dem.",
    },
    "unge": {
        "label": "Overgangen fra børne- og ungeområdet til voksenområdet",
        "description": "Unge, der mister støtteperson, sagsbehandler eller behandler, når de "
        "fylder 18 og overgår fra børne- og ungdomspsykiatrien og børneområdet til voksensystemet.",
    },
    "misbrug": {
        "label": "Psykisk sygdom og samtidigt misbrug (dobbeltdiagnose)",
        "description": "Borgere med både en psykisk lidelse og et alkohol- eller stofforbrug, der "
        "afvises af både psykiatrien og misbrugsbehandlingen, og som ikke må være i tilbud med "
        "nul-tolerance.",
    },
}

CAMPAIGNS = {
    "bevar_fyrtaarnet": "Enslydende borgerbrev 'Bevar Fyrtårnet' (4 breve: tre e-mails og en "
    "Word-fil; et med et personligt afsnit tilføjet, et i flertal fra et ægtepar, et med "
    "afsnittet om besparelsen omskrevet)",
}


ABOUT = (
    "Reference labels for dev007 (fictional: Vesterå Kommune, 'Plan for socialpsykiatrien "
    "2028–2031 – omlægning af tilbud'), whose files make_dev007.py writes; a held-out set written "
    "without reading hoering's reading rules or the other sets' letters. Same schema as dev002 "
    "(see its labels.json 'about'). One entry per file; role 'cover' = an e-mail whose response "
    "is its attachment (container names the e-mail). letter_date = the letter's own date line or "
    "null; received = the e-mail's Date (for a forwarded e-mail the original's date, when the "
    "citizen wrote to a municipal address), else the day the file arrived (its mtime). stance per "
    "theme: støtter | imod | neutral (concern = imod, opposing a cut = imod, negated opposition "
    "'er ikke imod' = støtter, conditional acceptance = støtter with the condition in condition, "
    "'tager til efterretning' and open doubt = neutral). themes_no_comment = elements named only "
    "to say no comment, or covered by a blanket sentence on the other elements or on the whole "
    "proposal. overall: støtter | imod | delvis (both støtter and imod among the stances) | "
    "neutral | ingen bemærkninger. emergent = keys of topics outside the codebook raised by at "
    "least three responses; a topic one letter alone raises is not labelled. campaign = "
    "form-letter group id. No revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
