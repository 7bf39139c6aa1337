"""Development consultation dev005: Ravnsø Kommune, "Ny affaldsordning for husholdninger
2028" (fictional), the responses as they reached Klima, Natur og Miljø.

    python corpus/dev005/make_dev005.py OUTDIR                 # writes the response files
    python corpus/dev005/make_dev005.py OUTDIR --labels FILE   # ... and the reference labels

Written as a held-out set: by someone who had not seen hoering's reading rules nor the
letters of the other development sets, from the senders' point of view (the councils, a
staff committee, a union, a housing association, landowners' and local associations, a
nature association, a reuse business and citizens), and labelled the way a careful reader
labels them. The file makers are shared with the other sets (corpus/dev002/letterkit.py).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))

from letterkit import built, docx, pdf, scan_pdf, touch  # noqa: E402
from setkit import ConsultationSet  # noqa: E402

INBOX = "Høringer Klima og Miljø <hoering.klima@ravnsoe.dk>"
MAILHOSTS = {"relay": "mail-in.ravnsoe.dk", "exchange": "RKEXCH01.ravnsoe.local"}
DEADLINE = dt.date(2027, 11, 8)
THEMES = ("toemning", "skel", "storskrald", "genbrugsplads", "affaldsoer", "miljoboks")
D = dt.date
SIGN = "Med venlig hilsen"

SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE,
                      year=2027, inbox=INBOX, mailhosts=MAILHOSTS)
label, cover, mail, response = SET.label, SET.cover, SET.mail, SET.response


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """This set names the month first: at(10, 28) is 28 October."""
    return SET.at(day, hour, minute, month)


# ---------------------------------------------------------------------------
# Councils


@response
def aeldreraadet(folder: Path):
    name = "Ældrerådets høringssvar - ny affaldsordning.docx"
    when = at(10, 28, 14, 5)
    docx(folder / name, [
        "Ravnsø Kommune\nKlima, Natur og Miljø\nAtt.: Klima- og Miljøudvalget",
        "28. oktober 2027",
        "# Høringssvar fra Ældrerådet: Ny affaldsordning for husholdninger 2028",
        "Ældrerådet har behandlet forslaget på sit møde den 25. oktober 2027 og har følgende "
        "bemærkninger. Vi følger forslagets opbygning.",
        "# Tømning hver tredje uge",
        "Ældrerådet tager forslaget om at tømme rest- og madaffald hver tredje uge til "
        "efterretning. Mange ældre bor alene og fylder ikke spanden på tre uger, så for dem "
        "betyder ændringen ikke så meget. Vi vil dog bede forvaltningen holde øje med, om der "
        "kommer klager over lugt i sommermånederne.",
        "# Beholderne stilles ved skel",
        "Her er Ældrerådet bekymret. En del ældre kan ikke selv trække en fyldt beholder 30-40 "
        "meter ud til vejen, og slet ikke om vinteren, når der er sne og glat. Ordningen med "
        "dispensation lyder fornuftig på papiret, men erfaringen er, at mange ældre ikke søger, "
        "fordi de ikke vil være til besvær. Vi foreslår, at alle over 75 år og borgere, der "
        "får praktisk hjælp, automatisk får beholderen hentet på grunden.",
        "# Storskrald og haveaffald",
        "Ældrerådet kan ikke anbefale, at storskrald og haveaffald fremover kun hentes mod "
        "betaling. Mange ældre har hverken bil eller trailer og kan ikke selv køre på "
        "genbrugspladsen. 150 kr. pr. gang er mange penge for en folkepensionist, og vi ønsker "
        "den nuværende ordning med fire gratis afhentninger om året fastholdt.",
        "# Lukning af Kærby Genbrugsplads",
        "Kærby Genbrugsplads bør bevares. For de ældre i den nordlige del af kommunen bliver "
        "der ellers op mod 20 km til den nærmeste plads.",
        "# Affaldsøer i etageboliger og tæt-lav",
        "Ingen bemærkninger.",
        "# Miljøboks",
        "Det er en god idé, at farligt affald og batterier kan hentes ved huset. Det støtter "
        "Ældrerådet.",
        "# Information om den nye ordning",
        "Til sidst vil Ældrerådet opfordre til, at information om den nye ordning sendes ud på "
        "papir til alle husstande og ikke kun via appen og kommunens hjemmeside. Mange ældre "
        "bruger ikke appen, og sorteringsvejledningen skal kunne hænge på køleskabet.",
        "På Ældrerådets vegne",
        "Kirsten Brøndum\nformand for Ældrerådet",
    ], when, author="Kirsten Brøndum", title="Høringssvar Ældrerådet", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Ældrerådet", kind="organisation", party="Ældrerådet",
        letter_date=D(2027, 10, 28), received=when,
        stance={"toemning": "neutral", "skel": "imod", "storskrald": "imod",
                "genbrugsplads": "imod", "miljoboks": "støtter"},
        no_comment=("affaldsoer",), overall="delvis", emergent=("information",),
        note="Headings follow the proposal. Tømning: 'tager ... til efterretning' = neutral. "
        "Skel: 'bekymret' = imod. Storskrald: 'kan ikke anbefale' and 'fastholdt' (keep the "
        "free collections) = imod the cut. Genbrugsplads: 'bør bevares' = imod the closure. "
        "Affaldsøer: heading + 'Ingen bemærkninger.'. The last section (information on paper, "
        "not only the app) is outside the codebook.",
    )]


@response
def handicapraadet(folder: Path):
    name = "Høringssvar Handicaprådet - affaldsordning 2028.pdf"
    when = at(11, 2, 10, 40)
    pdf(folder / name, [
        "Til Klima- og Miljøudvalget",
        "Ravnsø, 2. november 2027",
        "# Høringssvar vedrørende ny affaldsordning for husholdninger",
        "Handicaprådet har på sit møde den 1. november drøftet forslaget til ny affaldsordning. "
        "Rådet har særligt set på, hvad ordningen betyder for borgere med fysiske og kognitive "
        "funktionsnedsættelser.",
        "Rådet kan acceptere, at affaldsbeholderne som udgangspunkt skal stilles ved skel på "
        "tømningsdagen, under forudsætning af at borgere, der på grund af et handicap ikke selv "
        "kan flytte beholderen, fortsat får den hentet på grunden, og at en dispensation gælder, "
        "så længe behovet er der, uden at borgeren skal søge igen hvert år.",
        "Rådet er derimod bekymret for de fælles affaldsøer. Indkastene på nedgravede "
        "containere sidder ofte så højt og kræver så mange kræfter, at en kørestolsbruger eller "
        "en person med nedsat gribefunktion ikke kan bruge dem. Afstanden fra opgangen til "
        "affaldsøen må heller ikke blive for lang. Rådet beder om, at tilgængelighed bliver et "
        "krav, før der etableres affaldsøer, og at Handicaprådet inddrages i placeringen.",
        "Endelig vil rådet pege på, at sorteringsvejledninger og breve om ordningen bør findes "
        "i en letlæst udgave med tydelige billeder, så borgere med kognitive vanskeligheder "
        "eller ordblindhed også kan sortere rigtigt.",
        "Handicaprådet har ikke bemærkninger til forslagets øvrige elementer.",
        SIGN,
        "Peter Skaarup\nformand for Handicaprådet",
    ], when, title="Høringssvar Handicaprådet", author="Handicaprådet",
        letterhead=["Handicaprådet i Ravnsø Kommune",
                    "Sekretariat: Social og Sundhed · Rådhustorvet 1 · 8795 Ravnsø",
                    "handicapraadet@ravnsoe.dk"],
        right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Handicaprådet", kind="organisation", party="Handicaprådet",
        letter_date=D(2027, 11, 2), received=when,
        stance={"skel": "støtter", "affaldsoer": "imod"},
        condition={"skel": "at borgere, der på grund af et handicap ikke selv kan flytte "
                   "beholderen, fortsat får den hentet på grunden, og at en dispensation "
                   "gælder, så længe behovet er der, uden at borgeren skal søge igen hvert år"},
        no_comment="rest", overall="delvis", emergent=("information",),
        note="Letterhead, no headings. Skel: 'kan acceptere ... under forudsætning af' = "
        "conditional support. Affaldsøer: 'bekymret' (access for wheelchair users) = imod. "
        "Easy-read guides with pictures = information. The last sentence is a blanket "
        "no-comment on toemning, storskrald, genbrugsplads and miljoboks.",
    )]


@response
def integrationsraadet(folder: Path):
    name = "Høringssvar fra Integrationsrådet.eml"
    when = at(11, 3, 16, 22)
    mail(folder / name, sender="Integrationsrådet Ravnsø <integrationsraadet@ravnsoe.dk>",
         subject="Høringssvar fra Integrationsrådet – ny affaldsordning", when=when,
         server="RKEXCH01.ravnsoe.local", body=(
             "Til Klima- og Miljøudvalget\n\n"
             "Integrationsrådet har drøftet forslaget til ny affaldsordning på rådsmødet den "
             "27. oktober og sender hermed vores høringssvar.\n\n"
             "Mange af de borgere, rådet repræsenterer, bor i etageboliger i Søndervang og "
             "Ravnsø Øst. Vi er positive over for, at der kommer affaldsøer i boligområderne. "
             "I dag står der overfyldte containere i flere gårde, og en fælles løsning med "
             "faste pladser kan gøre det mere overskueligt og rent.\n\n"
             "Vi ser dog et stort behov for bedre vejledning. Sorteringen er svær, hvis man ikke "
             "læser dansk godt, og mange har aldrig sorteret affald i ti fraktioner før. Vi "
             "foreslår, at vejledningen laves på arabisk, somali, ukrainsk, tigrinya og "
             "engelsk, og at der kommer tydelige billeder på containerne. Rådets medlemmer vil "
             "gerne hjælpe med at holde møder i boligområderne.\n\n"
             "Rådet frygter også, at betaling for storskrald fører til, at flere sofaer, "
             "madrasser og møbler bliver stillet ved containerne eller i opgangen. Det ser vi "
             "allerede i dag, og det bliver ikke bedre, hvis det koster penge at komme af med "
             "tingene.\n\n"
             "Til de øvrige dele af forslaget har rådet ingen kommentarer.\n\n"
             "Venlig hilsen\nNadia Hamdan\nFormand for Integrationsrådet i Ravnsø Kommune\n"))
    touch(folder / name, when)
    return [label(
        name, sender="Integrationsrådet", kind="organisation", party="Integrationsrådet",
        letter_date=None, received=when,
        stance={"affaldsoer": "støtter", "storskrald": "imod"},
        no_comment="rest", overall="delvis", emergent=("information", "dumping"),
        note="Mail body from the council's municipal address. 'positive over for' affaldsøer "
        "= støtter. Storskrald: 'frygter' that paid collection means furniture left by the "
        "containers = imod, and that is also the dumping topic. Sorting guides in other "
        "languages and pictures = information. Blanket 'Til de øvrige dele ... ingen "
        "kommentarer' covers toemning, skel, genbrugsplads, miljoboks.",
    )]


@response
def ungeraadet(folder: Path):
    name = "SV Høring ny affaldsordning.eml"
    when = at(10, 20, 19, 12)
    mail(folder / name, sender="Ravnsø Ungeråd <ungeraad@ravnsoe.dk>",
         subject="SV: Høring: Ny affaldsordning for husholdninger 2028", when=when,
         server="RKEXCH01.ravnsoe.local", body=(
             "Hej\n\n"
             "Ungerådet har snakket om forslaget på vores møde i tirsdags. Vi har ingen "
             "bemærkninger til det.\n\n"
             "Mvh\nEmil Thorsen\nForperson, Ravnsø Ungeråd\n\n"
             "-----Oprindelig meddelelse-----\n"
             "Fra: Høringer Klima og Miljø <hoering.klima@ravnsoe.dk>\n"
             "Sendt: 11. oktober 2027 09:02\n"
             "Til: Ravnsø Ungeråd <ungeraad@ravnsoe.dk>\n"
             "Emne: Høring: Ny affaldsordning for husholdninger 2028\n\n"
             "Klima- og Miljøudvalget har på sit møde den 6. oktober 2027 besluttet at sende "
             "forslag til ny affaldsordning for husholdninger 2028 i høring. Forslaget og "
             "bilag findes på ravnsoe.dk/hoeringer.\n\n"
             "Høringsfristen er mandag den 8. november 2027 kl. 12.00. Høringssvar sendes til "
             "denne postkasse med sagsnummer 27/20415 i emnefeltet.\n\n"
             "Med venlig hilsen\nKlima, Natur og Miljø\nRavnsø Kommune\n"))
    touch(folder / name, when)
    return [label(
        name, sender="Ravnsø Ungeråd", kind="organisation", party="Ravnsø Ungeråd",
        letter_date=None, received=when, stance={}, no_comment=THEMES,
        overall="ingen bemærkninger",
        note="A reply to the consultation mail: 'Vi har ingen bemærkninger til det' on the "
        "whole proposal, with the municipality's own letter quoted below it (not the "
        "council's words).",
    )]


@response
def aeldre_sagen(folder: Path):
    name = "Ældre Sagen Ravnsø høringssvar.pdf"
    when = at(10, 29, 11, 30)
    pdf(folder / name, [
        "## Ældre Sagen Ravnsø",
        "Til Klima- og Miljøudvalget, Ravnsø Kommune",
        "29.10.2027",
        "# Høringssvar om ny affaldsordning",
        "Ældre Sagen Ravnsø har læst Ældrerådets høringssvar og kan tilslutte os det i sin "
        "helhed.",
        "Vi vil gerne understrege to ting. For det første skal ældre, som ikke kan trække deres "
        "beholder ud til vejen, ikke selv skulle søge om at få den hentet. Det bør ske "
        "automatisk, når kommunen i forvejen ved, at borgeren får hjælp i hjemmet. For det "
        "andet er 150 kr. for at få hentet en gammel sofa eller en trailer haveaffald for meget "
        "for mange pensionister. Ældre Sagen ønsker, at de gratis afhentninger bevares.",
        SIGN,
        "Inge Lise Vestergaard\nformand, Ældre Sagen Ravnsø",
    ], when, title="Høringssvar", author="Inge Lise Vestergaard", right_align=(2,))
    touch(folder / name, when)
    return [label(
        name, sender="Ældre Sagen Ravnsø", kind="organisation", party="Ældre Sagen Ravnsø",
        letter_date=D(2027, 10, 29), received=when,
        stance={"toemning": "neutral", "skel": "imod", "storskrald": "imod",
                "genbrugsplads": "imod", "miljoboks": "støtter"},
        overall="delvis",
        note="Endorses Ældrerådet's response 'i sin helhed', so it shares that letter's "
        "positions (toemning neutral, genbrugsplads imod, miljoboks støtter); it repeats two "
        "in its own words: skel (having to apply to get the bin fetched = imod, no keyword) "
        "and storskrald ('de gratis afhentninger bevares' = imod the cut). Ældrerådet's "
        "no-comment on affaldsøer and its information topic are not labelled here: this "
        "letter does not raise them.",
    )]


# ---------------------------------------------------------------------------
# Staff and union


@response
def lmu(folder: Path):
    name = "Høringssvar LMU Affald og Genbrug.docx"
    when = at(11, 1, 8, 55)
    docx(folder / name, [
        "# Høringssvar fra LMU for Affald og Genbrug",
        "Vedr.: Ny affaldsordning for husholdninger 2028 (sag 27/20415)",
        "LMU for Affald og Genbrug har drøftet forslaget på et ekstraordinært møde den 29. "
        "oktober 2027. Både ledelse og medarbejdere har deltaget, og høringssvaret er enigt.",
        "Vi bakker fuldt op om, at spandene fremover skal stå ude ved vejen, når bilen kommer. "
        "I dag går vores chauffører og skraldemænd mange kilometer om dagen op og ned ad lange "
        "indkørsler, ofte over grus, fliser og trapper, og det slider på knæ og ryg. Ændringen "
        "er det største løft af arbejdsmiljøet, vi har set i mange år.",
        "LMU er ikke imod, at rest- og madaffald kun hentes hver tredje uge, når borgerne "
        "sorterer mere fra. Det giver færre kørsler og mere luft i ruterne.",
        "Lukningen af Kærby Genbrugsplads tager LMU til efterretning. Vi går ud fra, at de to "
        "medarbejdere på pladsen tilbydes arbejde på Ravnsø Genbrugsplads, hvor åbningstiden "
        "jo skal udvides.",
        "Til storskrald, affaldsøer og miljøboks har LMU ikke noget at tilføje.",
        "For LMU",
        "Henrik Dahl, driftsleder (formand)\nMaja Sønderby, tillidsrepræsentant (næstformand)",
    ], when, header="Ravnsø Kommune · Affald og Genbrug", author="Henrik Dahl",
        title="Høringssvar LMU")
    touch(folder / name, when)
    return [label(
        name, sender="LMU for Affald og Genbrug", kind="organisation",
        party="LMU for Affald og Genbrug", letter_date=None, received=when,
        stance={"skel": "støtter", "toemning": "støtter", "genbrugsplads": "neutral"},
        no_comment=("storskrald", "affaldsoer", "miljoboks"), overall="støtter",
        note="Skel is discussed without its words ('spandene ... skal stå ude ved vejen'): "
        "'bakker fuldt op' = støtter. Tømning: 'er ikke imod' = støtter. Genbrugsplads: "
        "'tager ... til efterretning' = neutral (the expectation about the two employees is "
        "not a condition of support). One sentence names three elements to say nothing to "
        "add. Overall støtter: two supports and a neutral. No date line.",
    )]


TREF_PDF = "3F Ravnsø - høringssvar affaldsordning.pdf"


@response
def tref(folder: Path):
    name = "Høringssvar fra 3F Ravnsø.eml"
    when = at(11, 5, 13, 48)
    attachment = built(pdf, TREF_PDF, [
        "Klima- og Miljøudvalget\nRavnsø Kommune",
        "5. november 2027",
        "# Høringssvar: Ny affaldsordning for husholdninger 2028",
        "3F Ravnsø organiserer størstedelen af de renovationsarbejdere, der kører affald i "
        "kommunen, både i kommunens egen ordning og hos entreprenøren i den sydlige del. Vi har "
        "drøftet forslaget med vores tillidsrepræsentanter.",
        "Vi støtter forslaget om, at beholderne skal stå ved skel. Det har vi arbejdet for i "
        "mange år. Arbejdstilsynet har gentagne gange påpeget de tunge træk, og ordningen vil "
        "forebygge nedslidning.",
        "Derimod er vi imod, at tømningen ændres til hver tredje uge. Det er ikke en besparelse, "
        "der kommer af sig selv: Færre tømninger betyder færre ruter og dermed færre hænder, og "
        "vi frygter, at det ender med afskedigelser. Hertil kommer, at beholderne bliver "
        "tungere og mere ildelugtende, når de står i tre uger.",
        "3F ønsker ligeledes, at Kærby Genbrugsplads bevares med den nuværende bemanding. "
        "Pladsen er en god arbejdsplads, og der er ikke regnet på, om der kommer mere kø og mere "
        "arbejde på pladsen i Ravnsø.",
        "Miljøboksen og affaldsøerne har vi ingen kommentarer til.",
        SIGN,
        "Lone Kjærsgaard\nfaglig sekretær\n3F Ravnsø",
    ], when, title="Høringssvar 3F", author="Lone Kjærsgaard",
        letterhead=["3F Ravnsø", "Grøn Gruppe og Transportgruppen · Jernbanegade 12 · "
                    "8795 Ravnsø · ravnsoe@3f.dk"], right_align=(1,))
    mail(folder / name, sender="Lone Kjærsgaard <lone.kjaersgaard@3f.dk>",
         subject="Høringssvar - ny affaldsordning (sag 27/20415)", when=when,
         server="smtp.3f.dk", mailer="Microsoft Outlook 16.0", body=(
             "Hej\n\nHermed 3F Ravnsøs høringssvar vedr. den nye affaldsordning, se vedhæftede."
             "\n\nMed venlig hilsen\nLone Kjærsgaard\nFaglig sekretær, 3F Ravnsø\n"),
         attachments=[(TREF_PDF, attachment)])
    touch(folder / name, when)
    return [
        cover(name, TREF_PDF, sender="3F Ravnsø", kind="organisation", party="3F Ravnsø",
              received=when, note="Covering mail from the union secretary; the response is "
              "the attached letterhead PDF."),
        label(
            TREF_PDF, sender="3F Ravnsø", kind="organisation", party="3F Ravnsø",
            letter_date=D(2027, 11, 5), received=when, container=name,
            stance={"skel": "støtter", "toemning": "imod", "genbrugsplads": "imod"},
            no_comment=("miljoboks", "affaldsoer"), overall="delvis",
            note="'Vi støtter' skel; 'er imod' tømning (jobs, heavier bins); 'ønsker ... at "
            "Kærby Genbrugsplads bevares' = imod the closure. Miljøboks and affaldsøer named "
            "together to say no comments. Storskrald is not mentioned.",
        ),
    ]


# ---------------------------------------------------------------------------
# Associations


@response
def dn(folder: Path):
    name = "DN Ravnsø - høringssvar affaldsordningen.pdf"
    when = at(11, 6, 10, 15)
    pdf(folder / name, [
        "Til Ravnsø Kommune, Klima- og Miljøudvalget. Ravnsø, 6. november 2027.",
        "# Mere genbrug, ikke mindre",
        "DN Ravnsø er glad for, at kommunen vil gøre det lettere at komme af med farligt "
        "affald. Miljøboksen er et godt tiltag, som vi støtter fuldt ud. Batterier og "
        "spraydåser hører ikke til i restaffaldet, og ordningen vil forhåbentlig også få "
        "flere små elektronikting ud af skufferne og tilbage i kredsløbet.",
        "Tømning hver tredje uge kan foreningen godt bakke op om, hvis madaffaldet fortsat "
        "hentes hver 14. dag. Det er madaffaldet, der lugter, og det er vigtigt, at borgerne "
        "ikke mister lysten til at sortere det fra.",
        "# Lukningen i Kærby",
        "Vi er til gengæld imod at lukke Kærby Genbrugsplads. For mange husstande i den "
        "nordlige del af kommunen bliver der en køretur på over 30 km frem og tilbage. Det "
        "giver mere trafik og mere CO2, og det trækker i den forkerte retning i en kommune, der "
        "har vedtaget en klimaplan.",
        "Vi frygter også, at betaling for afhentning af storskrald og haveaffald får flere til "
        "at køre haveaffaldet ud i skovbrynet eller smide et gammelt køleskab i en grøftekant. "
        "Vores medlemmer samler hvert forår affald i naturen, og vi finder allerede i dag "
        "møbler og bildæk i Lindved Skov.",
        "# Et genbrugstorv i Ravnsø",
        "DN Ravnsø foreslår, at kommunen indretter et genbrugstorv på pladsen i Ravnsø, hvor "
        "borgerne kan stille brugbare møbler, cykler og legetøj, som andre kan tage med hjem, "
        "og at der stilles lokaler til rådighed for en reparationscafé. Det sparer både penge "
        "og ressourcer.",
        "Forslaget om, at beholderne skal stilles ved skel, blander foreningen sig ikke i.",
        "For bestyrelsen\nSøren Vibe, formand\nDanmarks Naturfredningsforening Ravnsø",
    ], when, title="Høringssvar DN Ravnsø", author="DN Ravnsø", columns=2,
        banner=["Danmarks Naturfredningsforening Ravnsø",
                "Høringssvar: ny affaldsordning 2028"])
    touch(folder / name, when)
    return [label(
        name, sender="Danmarks Naturfredningsforening Ravnsø", kind="organisation",
        party="Danmarks Naturfredningsforening Ravnsø", letter_date=D(2027, 11, 6),
        received=when,
        stance={"miljoboks": "støtter", "toemning": "støtter", "genbrugsplads": "imod",
                "storskrald": "imod"},
        condition={"toemning": "hvis madaffaldet fortsat hentes hver 14. dag"},
        no_comment=("skel",), overall="delvis", emergent=("dumping", "genbrug"),
        note="Two columns under a full-width banner; the date is inside the first line. "
        "Tømning: 'kan ... godt bakke op om, hvis' = conditional support. Storskrald: "
        "'frygter' dumping in the woods = imod, and the dumping topic. The reuse square and "
        "repair café = genbrug. Skel: 'blander foreningen sig ikke i' = no comment. "
        "Affaldsøer not mentioned.",
    )]


@response
def boligforening(folder: Path):
    name = "Ravnsø Boligforening - høringssvar.pdf"
    when = at(11, 4, 15, 2)
    pdf(folder / name, [
        "Ravnsø Kommune\nKlima, Natur og Miljø\nRådhustorvet 1\n8795 Ravnsø",
        "4. november 2027",
        "# Høringssvar – ny affaldsordning 2028",
        "Ravnsø Boligforening har 1.240 lejemål fordelt på ni afdelinger. "
        "Organisationsbestyrelsen har behandlet høringsmaterialet, og vi har desuden haft "
        "forslaget på dagsordenen i afdelingsbestyrelserne i Søndervang og Kløvermarken.",
        "Boligforeningen går ind for fælles affaldsøer i vores afdelinger. Vi kan tilslutte os "
        "forslaget under forudsætning af, at kommunen betaler etableringen af øerne og ikke "
        "lægger udgiften over på lejerne via huslejen, og at placeringen aftales med den "
        "enkelte afdelingsbestyrelse.",
        "Storskrald er et stort problem i almene boliger. Når beboere flytter, bliver der "
        "efterladt møbler og hvidevarer i kældre og ved containerne, og vores "
        "ejendomsfunktionærer bruger allerede i dag mange timer på at rydde op. Hvis "
        "afhentning skal bestilles og betales pr. gang, frygter vi, at det bliver endnu værre. "
        "Vi foreslår, at boligafdelinger fortsat kan få hentet storskrald efter en fast ordning "
        "uden betaling pr. afhentning.",
        "Ændringen af tømningsfrekvensen giver ikke anledning til bemærkninger, da vores "
        "afdelinger allerede har containere, der tømmes efter behov.",
        SIGN,
        "Birgit Østergaard\nformand for organisationsbestyrelsen",
        "Jesper Lund\ndirektør",
    ], when, title="Høringssvar affaldsordning", author="Ravnsø Boligforening",
        letterhead=["Ravnsø Boligforening",
                    "Søndervang 2 · 8795 Ravnsø · Tlf. 86 12 40 00 · post@ravnsoe-bolig.dk"],
        right_align=(1,), footer="Ravnsø Boligforening · CVR 18 44 21 07")
    touch(folder / name, when)
    return [label(
        name, sender="Ravnsø Boligforening", kind="organisation",
        party="Ravnsø Boligforening", letter_date=D(2027, 11, 4), received=when,
        stance={"affaldsoer": "støtter", "storskrald": "imod"},
        condition={"affaldsoer": "at kommunen betaler etableringen af øerne og ikke lægger "
                   "udgiften over på lejerne via huslejen, og at placeringen aftales med den "
                   "enkelte afdelingsbestyrelse"},
        no_comment=("toemning",), overall="delvis", emergent=("dumping",),
        note="Letterhead. Affaldsøer: 'går ind for' and 'kan tilslutte os ... under "
        "forudsætning af' = support with a condition. Storskrald: 'frygter' more furniture "
        "left in basements and by the containers = imod, and the dumping topic. Tømning: "
        "'giver ikke anledning til bemærkninger' (with a reason) = no comment.",
    )]


@response
def grundejere(folder: Path):
    name = "Høringssvar - Fællesrådet for grundejerforeninger.eml"
    when = at(11, 7, 21, 43)
    mail(folder / name, sender="Ole Bach <formand@grundejer-ravnsoe.dk>",
         subject="Høringssvar vedr. affaldsordning 2028", when=when,
         server="smtp.simply.com", mailer="Mozilla Thunderbird", body=(
             "Til Klima- og Miljøudvalget\n\n"
             "Fællesrådet for Grundejerforeninger i Ravnsø repræsenterer 34 "
             "grundejerforeninger med ca. 4.100 husstande. Bestyrelsen har drøftet forslaget "
             "og skal hermed afgive følgende høringssvar.\n\n"
             "1. Fællesrådet er imod, at skraldebilen fremover kun skal komme hver 21. dag. En "
             "familie med små børn kan ikke have madaffald og bleer stående i tre uger, og slet "
             "ikke i juli og august. Borgerne får mindre service for de samme penge, og vi "
             "opfordrer udvalget til at beholde den nuværende ordning.\n\n"
             "2. Fællesrådet kan ikke støtte kravet om, at beholderne skal stilles ved skel. I "
             "mange af vores udstykninger ligger husene ved lange private fællesveje og "
             "stikveje, hvor der er 50-100 meter ud til den vej, bilen kører på. Det er "
             "urimeligt at kræve, at folk trækker beholderne så langt, og beholderne kommer til "
             "at stå og spærre fortovene hele dagen.\n\n"
             "3. Fællesrådet er ikke imod miljøboksen. Vi går ud fra, at den kan stå i "
             "carporten eller skuret.\n\n"
             "4. Vi vil opfordre til, at kommunen tager kontakt til de grundejerforeninger, der "
             "har private fællesveje, før ordningen træder i kraft.\n\n"
             "Med venlig hilsen\nOle Bach\nFormand, Fællesrådet for Grundejerforeninger i "
             "Ravnsø\n"))
    touch(folder / name, when)
    return [label(
        name, sender="Fællesrådet for Grundejerforeninger i Ravnsø", kind="organisation",
        party="Fællesrådet for Grundejerforeninger i Ravnsø", letter_date=None,
        received=when,
        stance={"toemning": "imod", "skel": "imod", "miljoboks": "støtter"},
        overall="delvis",
        note="Sent on a Sunday evening from the chairman's association address. Tømning is "
        "discussed without its words ('skraldebilen ... kun skal komme hver 21. dag'): 'er "
        "imod' and 'beholde den nuværende ordning'. Skel: 'kan ikke støtte' = imod. "
        "Miljøboks: 'er ikke imod' = støtter. Point 4 (contact the associations) is a "
        "one-letter remark, not a topic.",
    )]


@response
def landdistrikt(folder: Path):
    name = "Landdistriktsrådet - høringssvar ny affaldsordning.docx"
    when = at(11, 3, 9, 20)
    docx(folder / name, [
        "## Landdistriktsrådet i Ravnsø Kommune",
        "Ravnsø, den 2. november 2027",
        "# Høringssvar til forslag om ny affaldsordning",
        "Landdistriktsrådet har gennemgået forslaget med særligt blik for, hvad det betyder "
        "for landsbyerne og det åbne land.",
        "# Bevar Kærby Genbrugsplads!",
        "Genbrugspladsen i Kærby er den eneste i den nordlige halvdel af kommunen. Lukker den, "
        "bliver der op til 25 km til Ravnsø fra Højmark og Stenholt. Det rammer landsbyerne "
        "hårdt, og det er endnu et eksempel på, at service flytter ind til byen. "
        "Landdistriktsrådet opfordrer udvalget til at droppe lukningen og i stedet se på "
        "kortere åbningstider i Kærby, hvis der skal spares.",
        "# Storskrald og haveaffald",
        "På landet har de fleste store haver og læhegn. Hvis hver afhentning af haveaffald "
        "koster 150 kr., og der samtidig bliver længere til en genbrugsplads, er vi bange for, "
        "at haveaffald og skrald ender i grøfter, skove og på markveje. Rådet kan derfor ikke "
        "anbefale denne del af forslaget.",
        "# Beholdere ved skel",
        "Vi er i tvivl om, hvordan kravet om at stille beholderen ved skel skal fungere på "
        "landejendomme, hvor der kan være flere hundrede meter ud til vejen. Vi kan ikke se, om "
        "der er tænkt på det, og vi vil gerne have svar, før beslutningen træffes.",
        "Vedrørende de øvrige forslag har Landdistriktsrådet ingen bemærkninger.",
        "På vegne af Landdistriktsrådet",
        "Anders Mølgaard\nformand",
    ], when, author="Anders Mølgaard", title="Høringssvar")
    touch(folder / name, when)
    return [label(
        name, sender="Landdistriktsrådet i Ravnsø Kommune", kind="organisation",
        party="Landdistriktsrådet i Ravnsø Kommune", letter_date=D(2027, 11, 2),
        received=when,
        stance={"genbrugsplads": "imod", "storskrald": "imod", "skel": "neutral"},
        no_comment="rest", overall="imod", emergent=("dumping",),
        note="'Bevar Kærby Genbrugsplads!' as a heading and 'droppe lukningen' = imod the "
        "closure. Storskrald: 'bange for' dumping, 'kan ikke anbefale' = imod; dumping topic. "
        "Skel: 'Vi er i tvivl om' with a question = open doubt, neutral. Blanket 'Vedrørende "
        "de øvrige forslag ... ingen bemærkninger' covers toemning, affaldsoer, miljoboks. "
        "Dated 2 November, arrived 3 November.",
    )]


KAERBY_DOCX = "Kærby Lokalråd - høringssvar genbrugspladsen.docx"


@response
def kaerby(folder: Path):
    name = "Høringssvar fra Kærby Lokalråd.eml"
    when = at(11, 8, 7, 51)
    attachment = built(docx, KAERBY_DOCX, [
        "# Kærby Lokalråds høringssvar",
        "Kærby, 7. november 2027",
        "Lokalrådet holdt den 1. november et åbent møde i forsamlingshuset, hvor over 90 "
        "borgere fra Kærby og omegn mødte op. Der var én ting, alle var enige om: "
        "Genbrugspladsen skal blive liggende.",
        "Pladsen på Møllevej er meget mere end et sted at komme af med affald. Der er et lille "
        "skur, hvor man kan stille ting, som andre kan tage med hjem, og det bliver brugt "
        "flittigt. Barnevogne, havemøbler, bøger og værktøj finder nye ejere hver uge. Det "
        "forsvinder, hvis pladsen lukker, og vi kan ikke se, at der er planlagt noget "
        "tilsvarende i Ravnsø.",
        "Mange her har ikke lyst til at køre 20 km med en trailer fuld af grene. Vi er sikre "
        "på, at nogle i stedet vil læsse af i plantagen eller ved p-pladsen ved skoven, og det "
        "er der allerede nogle, der gør.",
        "Vi har forståelse for, at kommunen skal spare, men lukningen sparer ifølge "
        "høringsmaterialet kun 640.000 kr. om året. Det står ikke mål med ulemperne for "
        "borgerne i den nordlige del af kommunen.",
        "Lokalrådet har ikke yderligere bemærkninger til planen.",
        "På lokalrådets vegne",
        "Jens Overgaard, formand\nBente Rask, sekretær",
    ], at(11, 7, 20, 30), author="Bente Rask", title="Høringssvar Kærby Lokalråd")
    mail(folder / name, sender="Kærby Lokalråd <kontakt@kaerby-lokalraad.dk>",
         subject="Høringssvar 27/20415 - Kærby Lokalråd", when=when, server="smtp.one.com",
         body=(
             "Kære Klima- og Miljøudvalg\n\n"
             "Vedhæftet er Kærby Lokalråds høringssvar til forslaget om ny affaldsordning. Vi "
             "håber, I vil læse det, inden I beslutter noget om pladsen.\n\n"
             "Venlig hilsen\nBente Rask\nsekretær i Kærby Lokalråd\n"),
         attachments=[(KAERBY_DOCX, attachment)])
    touch(folder / name, when)
    return [
        cover(name, KAERBY_DOCX, sender="Kærby Lokalråd", kind="organisation",
              party="Kærby Lokalråd", received=when,
              note="Covering mail sent on the morning of the deadline; the response is the "
              "attached DOCX."),
        label(
            KAERBY_DOCX, sender="Kærby Lokalråd", kind="organisation", party="Kærby Lokalråd",
            letter_date=D(2027, 11, 7), received=when, container=name,
            stance={"genbrugsplads": "imod"}, no_comment="rest", overall="imod",
            emergent=("genbrug", "dumping"),
            note="'Genbrugspladsen skal blive liggende' and 'står ikke mål med ulemperne' = "
            "imod the closure. The swap shed = genbrug; unloading branches in the plantation "
            "= dumping. 'ikke yderligere bemærkninger til planen' = blanket no-comment on "
            "the other five elements.",
        ),
    ]


@response
def genbyg(folder: Path):
    name = "Genbyg Ravnsø ApS - bemærkninger til affaldsordning.pdf"
    when = at(11, 10, 14, 30)
    pdf(folder / name, [
        "Ravnsø Kommune\nKlima- og Miljøudvalget",
        "10. november 2027",
        "# Bemærkninger til forslag om ny affaldsordning",
        "Vi er klar over, at høringsfristen er overskredet, men vi er først for nylig blevet "
        "opmærksomme på forslaget og håber, at udvalget alligevel vil se på vores "
        "bemærkninger.",
        "Genbyg Ravnsø har i seks år solgt brugte døre, vinduer, møbler og byggematerialer, som "
        "ellers ville være endt som affald. Vi synes, det er fornuftigt, at storskrald "
        "fremover skal bestilles. Så ved man på forhånd, hvad der skal hentes, og kan sortere "
        "det fra, der kan bruges igen.",
        "Vi tilbyder gerne at samarbejde med kommunen om en ordning, hvor hele møbler og "
        "brugbare materialer fra storskraldet og fra genbrugspladsen bliver sat til side og "
        "solgt videre i stedet for at blive kørt til forbrænding. Lignende aftaler findes i "
        "flere andre kommuner.",
        SIGN,
        "Mads Kirkegaard\nindehaver",
    ], when, title="Bemærkninger", author="Mads Kirkegaard",
        letterhead=["GENBYG RAVNSØ ApS",
                    "Brugte byggematerialer og møbler · Industrivej 14 · 8795 Ravnsø",
                    "CVR 41 22 90 17 · www.genbyg-ravnsoe.dk"], right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Genbyg Ravnsø ApS", kind="organisation", party=None,
        letter_date=D(2027, 11, 10), received=when,
        stance={"storskrald": "støtter"}, overall="støtter", emergent=("genbrug",),
        note="Not a consulted party; arrived two days after the deadline (late). "
        "Storskrald: 'fornuftigt, at storskrald fremover skal bestilles' = støtter (it says "
        "nothing about the fee). Reselling usable furniture and materials = genbrug. "
        "'genbrugspladsen' here is the place in general, not the closure in Kærby.",
    )]


# ---------------------------------------------------------------------------
# Citizens: the form letter


CAMPAIGN_BODY = (
    "Til Klima- og Miljøudvalget\n\n"
    "{jeg} vil hermed gøre indsigelse mod forslaget om, at rest- og madaffald kun skal tømmes "
    "hver tredje uge.\n\n"
    "Allerede i dag er vores beholder fuld, før skraldebilen kommer. Med tre uger mellem hver "
    "tømning vil der om sommeren være lugt, fluer og maddiker, og det vil tiltrække rotter. "
    "{penge}\n\n"
    "{extra}"
    "{jeg} opfordrer udvalget til at fastholde tømning hver 14. dag.\n\n"
    "Med venlig hilsen\n{navn}\n{adresse}\n"
)
PENGE = "Det er ikke rimeligt, når affaldsgebyret samtidig ikke bliver mindre."


def campaign_text(navn: str, adresse: str, *, plural: bool = False, penge: str = PENGE,
                  extra: str = "") -> str:
    return CAMPAIGN_BODY.format(
        jeg="Vi" if plural else "Jeg", penge=penge,
        extra=extra + "\n\n" if extra else "", navn=navn, adresse=adresse)


def _campaign_label(name, sender, when, personal, note, letter_date=None):
    return label(
        name, sender=sender, kind="citizen", letter_date=letter_date, received=when,
        stance={"toemning": "imod"}, overall="imod", campaign="nej_tredje_uge",
        personal_data=personal, note=note)


@response
def kampagne_mikkelsen(folder: Path):
    name = "Indsigelse mod tømning hver 3. uge.eml"
    when = at(10, 26, 20, 4)
    mail(folder / name, sender="Hanne Mikkelsen <hanne.mikkelsen@hotmail.com>",
         subject="Indsigelse mod tømning hver 3. uge", when=when,
         server="EUR05-AM6-obe.outbound.protection.outlook.com",
         body=campaign_text("Hanne Mikkelsen", "Stenholtvej 22, 8795 Ravnsø"))
    touch(folder / name, when)
    return [_campaign_label(
        name, "Hanne Mikkelsen", when,
        (("name", "Hanne Mikkelsen", "text"), ("address", "Stenholtvej 22", "text"),
         ("name", "Hanne Mikkelsen", "header"),
         ("email", "hanne.mikkelsen@hotmail.com", "header")),
        "The form letter's base text: 'gøre indsigelse mod' and 'fastholde tømning hver 14. "
        "dag' = imod.")]


@response
def kampagne_friis(folder: Path):
    name = "Affald hver tredje uge - nej tak.eml"
    when = at(10, 27, 6, 58)
    mail(folder / name, sender="Louise Friis <louisefriis87@gmail.com>",
         subject="Affald hver tredje uge - nej tak", when=when, server="mail-sor-f41.google.com",
         body=campaign_text(
             "Louise og Kasper Friis", "Kløvervej 5, Højmark, 8795 Ravnsø", plural=True,
             extra="Vi har tvillinger på et år, så der kommer bleer i skraldespanden hver "
             "eneste dag. Tre uger kan slet ikke lade sig gøre for os."))
    touch(folder / name, when)
    return [_campaign_label(
        name, "Louise og Kasper Friis", when,
        (("name", "Louise og Kasper Friis", "text"), ("address", "Kløvervej 5", "text"),
         ("other", "Vi har tvillinger på et år", "text"), ("name", "Louise Friis", "header"),
         ("email", "louisefriis87@gmail.com", "header")),
        "The form letter in the plural ('Vi'), signed by both, sent from her address, with "
        "a paragraph of their own added (one-year-old twins, nappies).")]


@response
def kampagne_ahlgren(folder: Path):
    name = "Høringssvar affaldsordning.eml"
    when = at(10, 29, 12, 37)
    mail(folder / name, sender="Torben Ahlgren <t.ahlgren@stofanet.dk>",
         subject="Høringssvar affaldsordning", when=when, server="smtp.stofanet.dk",
         body=campaign_text(
             "Torben Ahlgren", "Engtoften 8, 8795 Ravnsø",
             penge="Og så skal man huske, at mange af os i forvejen betaler over 3.000 kr. om "
             "året for at få hentet skrald."))
    touch(folder / name, when)
    return [_campaign_label(
        name, "Torben Ahlgren", when,
        (("name", "Torben Ahlgren", "text"), ("address", "Engtoften 8", "text"),
         ("name", "Torben Ahlgren", "header"), ("email", "t.ahlgren@stofanet.dk", "header")),
        "The form letter with its money sentence replaced by his own.")]


@response
def kampagne_damgaard(folder: Path):
    name = "Indsigelse - tømning af affald.docx"
    when = at(11, 4, 11, 5)
    body = campaign_text(
        "Lis Damgaard", "Toftegårdsvej 3, Højmark\n8795 Ravnsø",
        extra="Jeg har KOL og kan ikke tåle lugten fra en fyldt skraldespand, når jeg går "
        "forbi den ved hoveddøren.")
    blocks = ["Højmark, 3. november 2027"] + body.rstrip("\n").split("\n\n")
    docx(folder / name, blocks, when, author="Lis Damgaard", title="Indsigelse")
    touch(folder / name, when)
    return [_campaign_label(
        name, "Lis Damgaard", when,
        (("name", "Lis Damgaard", "text"), ("address", "Toftegårdsvej 3", "text"),
         ("health", "Jeg har KOL", "text")),
        "The form letter as a Word file with a date line and a health paragraph added; "
        "dated 3 November, arrived 4 November.", letter_date=D(2027, 11, 3))]


# ---------------------------------------------------------------------------
# Citizens: their own letters


@response
def scannet_bisgaard(folder: Path):
    name = "Scan_2027-11-02_0931.pdf"
    when = at(11, 2, 9, 31)
    scan_pdf(folder / name, [
        "Erling Bisgaard",
        "Lindvedvej 41",
        "8795 Ravnsø",
        "",
        "Ravnsø Kommune",
        "Klima- og Miljøudvalget",
        "",
        "Lindved, 31. oktober 2027",
        "",
        "Vedr. skraldespande ved vejen",
        "",
        "Jeg har læst i Ravnsø Avis, at vi nu selv skal trække",
        "skraldespanden ud til vejen. Jeg er 84 år og går med",
        "rollator efter en hofteoperation, og der er 40 meter ned",
        "ad en grusvej fra mit hus. Det kan jeg simpelthen ikke.",
        "",
        "Jeg synes, det er forkert, at man skal søge om lov til at",
        "få hjælp, når det har fungeret fint i 30 år. Skraldemanden",
        "har altid hentet spanden, og det vil jeg gerne have, at han",
        "bliver ved med.",
        "",
        "Og hvem skal så hente mit haveaffald, når jeg ikke har bil?",
        "Jeg kan ikke betale 150 kr. hver gang.",
        "",
        "Venlig hilsen",
        "",
        "Erling Bisgaard",
    ], when, seed=11, angle=-0.7)
    touch(folder / name, when)
    return [label(
        name, sender="Erling Bisgaard", kind="citizen", letter_date=D(2027, 10, 31),
        received=when, stance={"skel": "imod", "storskrald": "imod"}, overall="imod",
        personal_data=(("name", "Erling Bisgaard", "text"), ("address", "Lindvedvej 41", "text"),
                       ("other", "Jeg er 84 år", "text"),
                       ("health", "går med rollator efter en hofteoperation", "text")),
        note="Typed letter handed in and scanned (image only, no text layer, slightly "
        "rotated). Skel discussed without its words ('selv skal trække skraldespanden ud "
        "til vejen', 'søge om lov til at få hjælp'): wants the collector to keep fetching it "
        "= imod. Storskrald via 'haveaffald' and '150 kr.' = imod. Own address block above "
        "the recipient's.",
    )]


@response
def videresendt_holm(folder: Path):
    name = "VS lossepladsen i Kærby.eml"
    when = at(10, 26, 9, 14)
    mail(folder / name, sender="Line Mortensen <lmo@ravnsoe.dk>",
         subject="VS: lossepladsen i Kærby", when=when, server="RKEXCH01.ravnsoe.local",
         mailer="Microsoft Outlook 16.0", body=(
             "Hej\n\n"
             "Videresender denne mail fra en borger. Den er vist ment som høringssvar til "
             "affaldsordningen.\n\n"
             "Venlig hilsen\nLine Mortensen\nBorgerservice, Ravnsø Kommune\n\n"
             "-----Oprindelig meddelelse-----\n"
             "Fra: Gitte Holm <gitte.holm@mail.dk>\n"
             "Sendt: 25. oktober 2027 19:47\n"
             "Til: Borgerservice <borgerservice@ravnsoe.dk>\n"
             "Emne: lossepladsen i Kærby\n\n"
             "Hej\n\n"
             "Jeg har hørt, at I vil lukke lossepladsen ude ved Kærby. Det synes jeg er en "
             "rigtig dårlig idé. Jeg bruger den næsten hver weekend om sommeren med grene og "
             "græs, og den er det eneste sted, vi kan komme af med tingene uden at køre helt "
             "til Ravnsø.\n\n"
             "I skal ikke blive overraskede, hvis der kommer til at ligge mere skrald i "
             "skovene og langs vejene, hvis den lukker. Der er jo allerede nogle, der smider "
             "deres ting derude nu.\n\n"
             "Mvh Gitte Holm\nBakkevej 9, Kærby\n"))
    touch(folder / name, when)
    return [label(
        name, sender="Gitte Holm", kind="citizen", letter_date=None,
        received=D(2027, 10, 25), stance={"genbrugsplads": "imod"}, overall="imod",
        emergent=("dumping",),
        personal_data=(("name", "Gitte Holm", "text"), ("email", "gitte.holm@mail.dk", "text"),
                       ("address", "Bakkevej 9", "text")),
        note="Forwarded by a Borgerservice employee (not the sender). The citizen wrote to a "
        "municipal address on 25 October, so received = the original's date. Genbrugsplads "
        "discussed without its words ('lossepladsen ude ved Kærby'): 'en rigtig dårlig idé' "
        "= imod. More rubbish in the woods = dumping.",
    )]


@response
def noergaard(folder: Path):
    name = "Høringssvar affald - familien Nørgaard.docx"
    when = at(11, 5, 21, 10)
    docx(folder / name, [
        "Mette og Rasmus Nørgaard\nSøndervang 14, 3. th.\n8795 Ravnsø",
        "Ravnsø, 5. november 2027",
        "# Høringssvar til ny affaldsordning",
        "Vi bor i en lejlighed i Søndervang og vil gerne sige, at vi synes, det er rigtig godt, "
        "at der kommer store containere nede i jorden ved blokkene. I dag står der 14 "
        "plastikspande i gården, som altid flyder, og det lugter. Vi håber, det sker hurtigt.",
        "Miljøboksen er også en god idé. Vi har en skuffe fuld af gamle batterier og en "
        "ødelagt elkedel, som vi aldrig har fået afleveret.",
        "Noget, vi savner i forslaget, er et sted, hvor man kan aflevere ting, der stadig "
        "virker, så andre kan bruge dem. Fx en byttehylde eller et reparationsværksted i "
        "Ravnsø, hvor man kan få hjælp til at lappe en cykel eller sy et par bukser.",
        "Vi har ingen holdning til genbrugspladsen i Kærby, da vi ikke har bil.",
        "Venlig hilsen",
        "Mette og Rasmus Nørgaard",
    ], when, author="Mette Nørgaard", right_align=(1,))
    touch(folder / name, when)
    return [label(
        name, sender="Mette og Rasmus Nørgaard", kind="citizen", letter_date=D(2027, 11, 5),
        received=when, stance={"affaldsoer": "støtter", "miljoboks": "støtter"},
        no_comment=("genbrugsplads",), overall="støtter", emergent=("genbrug",),
        personal_data=(("name", "Mette og Rasmus Nørgaard", "text"),
                       ("address", "Søndervang 14, 3. th.", "text")),
        note="Affaldsøer discussed without its words ('store containere nede i jorden ved "
        "blokkene') = støtter. Byttehylde and repair workshop = genbrug. 'ingen holdning til "
        "genbrugspladsen i Kærby' = no comment on that element.",
    )]


SKOV_PDF = "Høringssvar P.E. Skov.pdf"


@response
def skov(folder: Path):
    name = "Høringssvar - affaldsordning.eml"
    when = at(11, 6, 16, 3)
    attachment = built(pdf, SKOV_PDF, [
        "Poul Erik Skov\nHøjmarkvej 112\n8795 Ravnsø",
        "6. november 2027",
        "# Høringssvar: Ny affaldsordning for husholdninger 2028",
        "Jeg bor på en landejendom lidt uden for Højmark, og min indkørsel er 220 meter lang. "
        "Jeg har læst forslaget grundigt og har disse bemærkninger.",
        "Kravet om at beholderne skal stå ved skel, kan jeg godt leve med, hvis kommunen vil "
        "lave en fast standplads med fliser ved vejen, så spandene ikke vælter ned i grøften. "
        "Det er rimeligt nok, at skraldebilen ikke skal køre ind ad private grusveje.",
        "Jeg er ikke tilfreds med, at storskrald og haveaffald skal koste 150 kr. pr. "
        "afhentning. Det straffer dem, der bor langt fra alting. Jeg er også imod at lukke "
        "Kærby Genbrugsplads, som er den plads, jeg bruger.",
        "Tømning hver tredje uge og miljøboksen har jeg ikke noget imod.",
        "Venlig hilsen",
        "Poul Erik Skov",
    ], when, title="Høringssvar", author="Poul Erik Skov", right_align=(1,))
    mail(folder / name, sender="Poul Erik Skov <pe.skov@jubii.dk>",
         subject="Høringssvar - affaldsordning", when=when, server="smtp.jubii.dk",
         body="Til Klima- og Miljøudvalget\n\nHermed mit høringssvar.\n\nMvh Poul Erik Skov\n",
         attachments=[(SKOV_PDF, attachment)])
    touch(folder / name, when)
    return [
        cover(name, SKOV_PDF, sender="Poul Erik Skov", kind="citizen", received=when,
              personal_data=(("name", "Poul Erik Skov", "text"),
                             ("name", "Poul Erik Skov", "header"),
                             ("email", "pe.skov@jubii.dk", "header")),
              note="One-line covering mail; the response is the attached PDF."),
        label(
            SKOV_PDF, sender="Poul Erik Skov", kind="citizen", letter_date=D(2027, 11, 6),
            received=when, container=name,
            stance={"skel": "støtter", "storskrald": "imod", "genbrugsplads": "imod",
                    "toemning": "støtter", "miljoboks": "støtter"},
            condition={"skel": "hvis kommunen vil lave en fast standplads med fliser ved "
                       "vejen, så spandene ikke vælter ned i grøften"},
            overall="delvis",
            personal_data=(("name", "Poul Erik Skov", "text"),
                           ("address", "Højmarkvej 112", "text")),
            note="Skel: 'kan jeg godt leve med, hvis' = conditional support. Storskrald: "
            "'ikke tilfreds med' = imod. Genbrugsplads: 'er også imod at lukke' = imod. "
            "'har jeg ikke noget imod' on tømning and miljøboks = støtter (negated "
            "opposition, one sentence, two elements). Affaldsøer not mentioned.",
        ),
    ]


@response
def demir(folder: Path):
    name = "Kommentarer til affaldsordningen.eml"
    when = at(11, 1, 18, 26)
    mail(folder / name, sender="Aysel Demir <aysel.demir@outlook.dk>",
         subject="Kommentarer til affaldsordningen", when=when,
         server="EUR03-DB5-obe.outbound.protection.outlook.com", body=(
             "Hej\n\n"
             "Jeg har et par kommentarer til den nye affaldsordning.\n\n"
             "Hver tredje uge kan måske gå for os, vi er kun to i huset, men jeg er ikke helt "
             "sikker på, hvordan det går med madaffaldet om sommeren. Det må vi se.\n\n"
             "Det største problem er egentlig, at det er svært at finde ud af, hvad der skal i "
             "hvilken spand. Min mor bor hos os og læser ikke dansk, og klistermærkerne på "
             "spandene er slidt af. Kan I ikke lave nye mærker med billeder og en folder på "
             "tyrkisk og andre sprog?\n\n"
             "Til det med at stille spandene ved skel har jeg ikke noget at sige, det gør vi "
             "allerede.\n\n"
             "Venlig hilsen\nAysel Demir\nRugvænget 3, Ravnsø\n"))
    touch(folder / name, when)
    return [label(
        name, sender="Aysel Demir", kind="citizen", letter_date=None, received=when,
        stance={"toemning": "neutral"}, no_comment=("skel",), overall="neutral",
        emergent=("information",),
        personal_data=(("name", "Aysel Demir", "text"), ("address", "Rugvænget 3", "text"),
                       ("other", "Min mor bor hos os og læser ikke dansk", "text"),
                       ("name", "Aysel Demir", "header"),
                       ("email", "aysel.demir@outlook.dk", "header")),
        note="Tømning: 'kan måske gå ... men jeg er ikke helt sikker ... Det må vi se' = "
        "open doubt, neutral. Labels with pictures and a leaflet in Turkish = information. "
        "Skel: 'har jeg ikke noget at sige' = no comment.",
    )]


@response
def lindhardt(folder: Path):
    name = "Ros til forslaget om ny affaldsordning.eml"
    when = at(10, 19, 7, 40)
    text = (
        "Kære udvalg\n\n"
        "Jeg vil bare sige, at jeg synes, forslaget til ny affaldsordning er rigtig godt. Vi "
        "sorterer alt i vores husstand, og restaffaldsspanden er højst halvt fuld efter to "
        "uger, så tømning hver tredje uge er helt fint for os. Det er også fornuftigt at spare "
        "på kørslen.\n\n"
        "Miljøboksen bakker jeg også op om, og det er kun rimeligt, at man selv stiller spanden "
        "ud til vejen. Det gør man jo de fleste andre steder i landet.\n\n"
        "Med venlig hilsen\nJakob Lindhardt\nEgevej 17, Ravnsø\n")
    html = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
    ) + "</body></html>"
    mail(folder / name, sender="Jakob Lindhardt <jakob@lindhardt.net>",
         subject="Ros til forslaget om ny affaldsordning", when=when,
         server="smtp.fastmail.com", body=text, html=html)
    touch(folder / name, when)
    return [label(
        name, sender="Jakob Lindhardt", kind="citizen", letter_date=None, received=when,
        stance={"toemning": "støtter", "miljoboks": "støtter", "skel": "støtter"},
        overall="støtter",
        personal_data=(("name", "Jakob Lindhardt", "text"), ("address", "Egevej 17", "text"),
                       ("name", "Jakob Lindhardt", "header"),
                       ("email", "jakob@lindhardt.net", "header")),
        note="Plain text with an HTML alternative. Support for the whole proposal and three "
        "elements; skel without its words ('man selv stiller spanden ud til vejen').",
    )]


# ---------------------------------------------------------------------------


CONSULTATION = {
    "title": "Ny affaldsordning for husholdninger 2028",
    "case_number": "27/20415",
    "committee": "Klima- og Miljøudvalget",
    "from": "Klima, Natur og Miljø",
    "municipality": "Ravnsø Kommune",
    "sent": "2027-10-11",
    "deadline": DEADLINE.isoformat(),
}

EMERGENT = {
    "information": {
        "label": "Information og sorteringsvejledning",
        "description": "Vejledning på papir og ikke kun i app, letlæst udgave med billeder, "
        "vejledning på andre sprog, nye mærkater på spandene.",
    },
    "dumping": {
        "label": "Henkastet affald og ulovlig dumpning",
        "description": "Møbler og storskrald stillet ved containere og i kældre, haveaffald og "
        "skrald læsset af i skove, plantager og grøfter, når afhentning koster penge eller "
        "pladsen lukker.",
    },
    "genbrug": {
        "label": "Genbrug og reparation af brugbare ting",
        "description": "Byttehylde, byttehus eller genbrugstorv, reparationscafé, salg af "
        "brugbare møbler og materialer i stedet for forbrænding.",
    },
}

CAMPAIGNS = {
    "nej_tredje_uge": "Enslydende borgerbrev mod tømning hver tredje uge (4 breve: tre "
    "e-mails og en Word-fil; ét i flertal med et personligt afsnit, ét med pengesætningen "
    "udskiftet, ét med dato og et helbredsafsnit)",
}


ABOUT = (
    "Reference labels for dev005 (fictional: Ravnsø Kommune, 'Ny affaldsordning for "
    "husholdninger 2028'), whose files make_dev005.py writes; a held-out set written without "
    "reading hoering's reading rules or the other sets' letters. Same schema as dev002 (see "
    "its labels.json 'about'). One entry per file; role 'cover' = an e-mail whose response is "
    "its attachment (container names the e-mail). letter_date = the letter's own date line or "
    "null; received = the e-mail's Date (for a forwarded e-mail the original's date, when the "
    "citizen wrote to a municipal address), else the day the file arrived (its mtime). stance "
    "per theme: støtter | imod | neutral (concern = imod, opposing a cut = imod, negated "
    "opposition 'er ikke imod' / 'har ikke noget imod' = støtter, conditional acceptance = "
    "støtter with the condition in condition, 'tager til efterretning' and open doubt = "
    "neutral). A response that endorses another party's letter 'i sin helhed' shares that "
    "letter's stances. themes_no_comment = elements named only to say no comment, or covered "
    "by a blanket sentence on the other elements or on the whole proposal. overall: støtter | "
    "imod | delvis (both støtter and imod among the stances) | neutral | ingen bemærkninger. "
    "emergent = keys of topics outside the codebook raised by at least three responses; a "
    "topic one letter alone raises is not labelled. campaign = form-letter group id. No "
    "revisions or duplicates in this set."
)


if __name__ == "__main__":
    SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)
