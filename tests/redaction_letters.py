"""A consultation full of personal data, for the redaction tests: letters as citizens write them,
and organisations' letters whose names, places and signatories must stay readable.

Inside a letter, ⟦kind|text⟧ marks a piece of personal data that a published note must not show
and ⟪kind|text⟫ something it must keep; `letter()` strips the marks and records the items.
The letters are written as people write, not to the rules: they were written before the rules
were tried on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fixtures import make_docx, make_pdf, make_text
from intake_fixtures import make_mail

_MARK = re.compile(r"⟦(?P<pk>[^|⟧]+)\|(?P<pt>[^⟧]+)⟧|⟪(?P<kk>[^|⟫]+)\|(?P<kt>[^⟫]+)⟫")

CONFIG = """title = "Besparelser på beskæftigelses- og aktiveringsområdet"
case_number = "2018-051122"
committee = "Beskæftigelsesudvalget"
deadline = 2018-11-01
parties = ["Ældrerådet", "Handicaprådet", "LMU i Jobhuset"]
[themes.mentor]
label = "Justering af mentorindsatsen"
keywords = ["mentor", "mentorindsats", "mentorordning"]
[themes.have]
label = "Lukning af Haveprojektet"
keywords = ["haveprojekt", "haveservice", "snerydning"]
"""


@dataclass
class Items:
    planted: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    keep: list[tuple[str, str]] = field(default_factory=list)

    def letter(self, text: str) -> str:
        def strip(m: re.Match) -> str:
            if m["pk"]:
                self.planted.append((m["pk"], m["pt"]))
                return m["pt"]
            self.keep.append((m["kk"], m["kt"]))
            return m["kt"]

        return _MARK.sub(strip, text)


# --- citizens ------------------------------------------------------------------------------------

C1_PDF = """⟦navn|Karl Erik Madsen⟧
⟦adresse|Skovvej 12⟧
⟦adresse|4300 Holbæk⟧

Holbæk, 28. oktober 2018

Høringssvar om besparelser på aktiveringsområdet

Jeg skriver som far til ⟦navn|Ida Marie⟧, der er 9 år og går i 3.b på ⟪institution|Solhøjskolen⟫. Vores datter har ⟦helbred|ADHD⟧, og hun har i to år haft en mentor gennem ⟪institution|Job- og Aktivhuset⟫, som har betydet alt for hende. Hendes klasselærer, ⟦navn|Hanne Brix⟧, siger det samme: uden den faste voksne går det galt.

Min kone ⟦navn|Lise⟧ og jeg er derfor meget bekymrede for besparelsen på mentorindsatsen. ⟪ord|Desuden frygter vi⟫, at ventetiden bliver lang.

⟪ord|Per måned⟫ sparer kommunen et lille beløb, men for os er det hele forskellen.

Ring gerne på tlf. ⟦telefon|+45 23 45 67 89⟧ eller skriv til ⟦email|kem1957@gmail.com⟧.

Med venlig hilsen
⟦navn|Karl Erik Madsen⟧"""

C2_DOCX = [
    "Til Beskæftigelsesudvalget",
    "Høringssvar vedrørende Haveprojektet",
    "Mit navn er ⟦navn|Anne-Marie Jørgensen⟧, og jeg bor på ⟦adresse|Bakkevej 7, st. th.⟧ i ⟦adresse|4420 Regstrup⟧. "
    "Mit CPR-nummer er ⟦cpr|150348-1236⟧, hvis I skal slå mig op.",
    "Min mand ⟦navn|Svend⟧ har ⟦helbred|sklerose⟧ og sidder i ⟦helbred|kørestol⟧. Vi har i seks år fået hjælp til "
    "snerydning og græsslåning fra Haveprojektet. Uden den hjælp kan vi ikke blive i huset.",
    "Vores nabo, ⟦navn|Bente Kjeldsen⟧, har det på samme måde, og hun har bedt mig skrive, at hun er enig.",
    "⟪ord|Storm og glat føre⟫ om vinteren er farligt for os. Derfor beder vi udvalget bevare ordningen.",
    "Telefon: ⟦telefon|59 43 21 87⟧",
    "Venlig hilsen",
    "⟦navn|A.M. Jørgensen⟧",
]

C3_TXT = """Hej

Jeg hedder ⟦navn|Sara⟧ og er alene med ⟦navn|Noah⟧ (4 år) og ⟦navn|Alma⟧ (7 år). Jeg har selv haft en ⟦helbred|depression⟧ og har været glad for min ⟪ord|mentor i Jobcenter Holbæk⟫, som fik mig tilbage på arbejdsmarkedet.

⟦navn|Noah⟧s pædagog ⟦navn|Jannie⟧ har også sagt, at det har hjulpet hele familien. Jeg er ⟦fagforening|medlem af HK⟧, og de siger, at mentorordningen er vigtig.

Jeg har ikke råd til bus, så jeg kører i min gamle bil (⟦nummerplade|DV 47 219⟧) til alle møderne.

Skriv til ⟦email|sara.k.p@hotmail.com⟧ eller ring ⟦telefon|28913304⟧.

Mvh
⟦navn|Sara Krogh Pedersen⟧
"""

C4_MAIL = """Kære politikere

Jeg er ⟦etnisk|kurder⟧ og kom til Danmark i 1998. Jeg har arbejdet i ⟪sted|Holbæk⟫ i mange år, men nu er jeg ledig.

Min kone ⟦navn|Fatma⟧ er ⟦helbred|gravid⟧, og vi er ⟦religion|muslimer⟧. Vores søn ⟦navn|Emre⟧ går på ⟪institution|Holbæk Ungdomsskole⟫ og har brug for ro derhjemme.

Min sagsbehandler ⟦navn|Kirsten Bak⟧ har lovet mig en mentor. Hvis mentorindsatsen skæres ned, mister jeg den hjælp.

Mit cpr-nr.: ⟦cpr|0212857765⟧
Mobil: ⟦telefon|+4531456789⟧

Venlig hilsen
⟦navn|Ahmad Yilmaz⟧"""

C5_PDF = """⟦navn|Poul Henning Lauridsen⟧
⟦adresse|Ved Kirken 3, 4390 Vipperød⟧

Til udvalget

Jeg har ⟦helbred|kræft⟧ og får ⟦helbred|kemoterapi⟧ på ⟪institution|Holbæk Sygehus⟫ hver anden uge. Min datter ⟦navn|Birthe⟧ kører mig derud i sin bil, ⟦nummerplade|AX 55 123⟧, men hun kan ikke også slå græs og skovle sne.

Jeg har været ⟦fagforening|medlem af 3F⟧ i 40 år og har altid betalt min skat. Jeg er ⟦religion|katolik⟧, og i min kirke siger vi, at man skal hjælpe de svage. Haveprojektet gør netop det.

Min søster i ⟪sted|Aalborg⟫ har en lignende ordning.

Tlf. ⟦telefon|5943 8812⟧ · CPR ⟦cpr|311244-1119⟧

Med venlig hilsen
⟦navn|Poul Henning Lauridsen⟧"""

C6_DOCX = [
    "Høringssvar",
    "Vi er to mødre, ⟦navn|Line⟧ og ⟦navn|Maja⟧, og vi er et ⟦seksuel|lesbisk⟧ par med en søn på 14.",
    "Vores søn ⟦navn|Viggo⟧ er ⟦helbred|udviklingshæmmet⟧ og har gået i ⟪institution|Job- og Aktivhuset⟫ siden sommer. "
    "Hans støttepædagog ⟦navn|Mikkel Holm⟧ har gjort en kæmpe forskel, og vi er imod, at mentorindsatsen skæres.",
    "⟦navn|Viggo⟧ er ikke som andre unge, og han har brug for de samme voksne hver dag.",
    "Men vi forstår godt, at kommunen skal spare. Måske kan man spare på konsulenter i stedet?",
    "⟦adresse|Elmevej 22⟧, ⟦adresse|4300 Holbæk⟧",
    "⟦navn|Line Bech-Andersen⟧ og ⟦navn|Maja Rytter⟧",
]

C7_TXT = """Til Beskæftigelsesudvalget

Jeg er 84 år og bor alene på ⟦adresse|Kirkestræde 4, 1. tv.⟧ Min mand døde sidste år. Jeg har ⟦helbred|Alzheimers⟧ i begyndende grad, siger lægen, og min hjemmehjælper ⟦navn|Dorthe⟧ hjælper mig med at skrive dette brev.

Haveservice har slået mit græs i mange år. Min nevø ⟦navn|Thorvald⟧ bor i ⟪sted|Jyderup⟫ og kan ikke komme hver uge.

Ring til mig på ⟦telefon|40 12 77 31⟧ hvis der er spørgsmål.

Venlig hilsen
⟦navn|Gudrun Thygesen⟧
"""

C8_MAIL = """Hej

Jeg vil gerne sige noget om mentorordningen. Jeg er ⟦seksuel|bøsse⟧ og bor med min kæreste ⟦navn|Jonas⟧ i ⟪sted|Sønderbro⟫. Jeg har ⟦helbred|diabetes⟧ og har haft svært ved at holde et job.

Min svigermor, der er ⟦etnisk|af tyrkisk oprindelse⟧, passer vores hund, når jeg er til møder. Min mor er i ⟦religion|Jehovas Vidner⟧ og har ikke kunnet hjælpe.

Jeg er ⟦fagforening|medlem af Dansk Metal⟧, og min tillidsmand siger, at mentorerne er guld værd.

⟦email|mads.holm1980@outlook.dk⟧ / ⟦telefon|0045 2233 4455⟧
Min bil: ⟦nummerplade|CK90118⟧. Personnummer ⟦cpr|0707801234⟧.

⟦navn|Mads Holm⟧"""

C9_PDF = """Høringssvar fra familien ⟦navn|Nielsen⟧

Vi har tvillinger, ⟦navn|Asger⟧ og ⟦navn|Clara⟧, på 11 år. ⟦navn|Clara⟧ har ⟦helbred|cerebral parese⟧, og ⟦navn|Asger⟧ er ⟦helbred|ordblind⟧. Begge har haft gavn af Haveprojektet, hvor de var med deres morfar.

Vi er ⟦religion|troende⟧ og bruger meget tid i vores frikirke, men vi har også brug for kommunen.

⟦navn|Tina⟧ er ⟦fagforening|organiseret i BUPL⟧ og arbejder i en børnehave. ⟦navn|Henrik⟧ er ledig og har en mentor, og det har givet ham modet tilbage.

Adresse: ⟦adresse|Ågade 9, 4300 Holbæk⟧ · tlf. ⟦telefon|2233 4411⟧

Kærlig hilsen
⟦navn|Henrik og Tina Nielsen⟧"""

C10_DOCX = [
    "Kære udvalg",
    "Mit barnebarn ⟦navn|Magnus⟧ har fået en mentor, efter at hans far ⟦navn|Rasmus⟧ fik ⟦helbred|skizofreni⟧ og "
    "ikke kunne tage sig af ham. ⟦navn|Magnus⟧' mor er ⟦etnisk|grønlænder⟧ og bor i Nuuk.",
    "Hans sagsbehandler, ⟦navn|Pia Lund⟧, har været en stor støtte, og det samme har mentoren i ⟪institution|Job- og Aktivhuset⟫.",
    "Jeg har skrevet til borgmester ⟪underskriver|Christina Krzyrosiak Hansen⟫ om det samme.",
    "Jeg bor på ⟦adresse|Lindevænget 14⟧ og kan kontaktes på ⟦email|ellen.juhl@mail.dk⟧.",
    "Med venlig hilsen",
    "⟦navn|Ellen Margrethe Juhl⟧",
]

C11_TXT = """TIL UDVALGET!

Jeg, ⟦navn|Jens-Peter Bundgaard⟧, CPR ⟦cpr|120463-2211⟧, protesterer mod besparelsen på mentorindsatsen. Jeg lider af en ⟦helbred|angstlidelse⟧ og var indlagt på ⟦helbred|psykiatrisk⟧ afdeling i foråret.

Min læge, dr. ⟦navn|Lone Eskildsen⟧, har skrevet det i min journal. Min kone ⟦navn|Yvonne⟧ er ⟦helbred|blind⟧ og kan ikke klare det hele selv.

⟦navn|Bundgaard⟧s mentor har været det eneste lyspunkt.

Kontakt: ⟦email|jpb@mail.dk⟧ / ⟦telefon|61 55 02 19⟧
⟦navn|J.P. Bundgaard⟧
"""

C12_MAIL = """Hej med jer

Vi er en familie på fem fra ⟪sted|Tølløse⟫. Vores ældste, ⟦navn|Freja⟧, har ⟦helbred|epilepsi⟧ og får ⟦helbred|medicin⟧ tre gange om dagen. Hendes lærer ⟦navn|Bodil Krag⟧ siger, at hun har gavn af en fast voksen.

Vores yngste, ⟦navn|William⟧, er ⟦etnisk|etnisk somalier⟧ ligesom sin far, og han taler ⟦etnisk|somalisk⟧ derhjemme. Han er ⟦religion|muslim⟧ og går til koranskole om lørdagen.

Vi bor på ⟦adresse|Søndergade 41⟧ lige over for ⟪institution|Tølløse Skole⟫.

Mange hilsner
⟦navn|Hodan og Karsten Riis⟧
⟦telefon|22 33 44 55⟧"""

# --- organisations -------------------------------------------------------------------------------

O1_DOCX = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet har drøftet forslaget om besparelser på aktiveringsområdet på sit møde den 25. oktober.",
    "Haveprojektet hjælper ældre i ⟪sted|Tølløse⟫, ⟪sted|Jyderup⟫ og ⟪sted|Vipperød⟫ med snerydning og græsslåning. "
    "Mange af brugerne er ⟪emne|borgere med demens⟫ eller bor på ⟪institution|Plejecenter Solgårdens⟫ naboveje.",
    "Vi er enige med ⟪organisation|Ældre Sagen⟫ i, at ordningen skal bevares.",
    "Med venlig hilsen",
    "⟪underskriver|Jørgen Ærø Østergaard⟫, formand for Ældrerådet",
]

O2_PDF = """Høringssvar fra Handicaprådet

Handicaprådet er imod, at mentorindsatsen justeres. Mentorerne er særligt vigtige for ⟪emne|borgere med handicap⟫ og for ⟪emne|børn med autisme⟫, som har brug for faste voksne.

Vi støtter os til erfaringer fra ⟪organisation|Dansk Handicap Forbund⟫, ⟪organisation|Landsforeningen Autisme⟫ og ⟪organisation|Kræftens Bekæmpelse⟫.

Et medlem af rådet fortalte om sin søn ⟦navn|Oliver⟧, der har ⟦helbred|hjerneskade⟧ efter en ulykke og kom i job via ⟪institution|Job- og Aktivhuset⟫ i ⟪sted|Sønderbro⟫.

Med venlig hilsen

⟪underskriver|Birgitte Nørgaard⟫
Næstformand for Handicaprådet"""

O3_MAIL = """Hej

LMU i Jobhuset har følgende høringssvar.

Vi er bekymrede for, at færre mentortimer betyder flere afbrudte forløb. ⟪institution|Jobcenter Holbæk⟫ har gode erfaringer med mentorer, og samarbejdet med ⟪organisation|FOA⟫ har været godt.

Medarbejderne i ⟪sted|Vipperød⟫ og ⟪sted|Holbæk⟫ frygter afskedigelser.

Med venlig hilsen
⟪underskriver|Lars Kjær⟫, tillidsrepræsentant for FOA
⟪underskriver|Susanne Vinther⟫, leder af Jobhuset
LMU i Jobhuset"""

O4_TXT = """Høringssvar fra Holbæk Boldklub

⟪organisation|Holbæk Boldklub⟫ har 600 medlemmer, og mange af vores frivillige trænere er kommet i job via mentorordningen. Vi træner på ⟪institution|Holbæk Stadion⟫ og samarbejder med ⟪institution|Tølløse Skole⟫ om fritidsjob.

Vi håber, udvalget vil bevare mentorindsatsen.

På vegne af bestyrelsen
⟪underskriver|Preben Dahl⟫, formand
⟪underskriver|Karin Søndergaard⟫, kasserer
"""


def build(folder: Path) -> Items:
    """The consultation's files in `folder`, and what they plant and what must stay."""
    items = Items()
    folder.mkdir(parents=True, exist_ok=True)
    make_pdf(folder / "01 brev fra borger.pdf", [items.letter(C1_PDF)])
    make_docx(folder / "02_hoeringssvar.docx", [items.letter(p) for p in C2_DOCX])
    make_text(folder / "03 svar.txt", items.letter(C3_TXT))
    make_mail(folder / "04 mail.eml", items.letter(C4_MAIL), sender="Ahmad Yilmaz <ahmad.y@gmail.com>",
              subject="Mentor")  # fmt: skip
    make_pdf(folder / "05 scannet brev.pdf", [items.letter(C5_PDF)])
    make_docx(folder / "06 høringssvar mentor.docx", [items.letter(p) for p in C6_DOCX])
    make_text(folder / "07 brev.txt", items.letter(C7_TXT), encoding="cp1252")
    make_mail(folder / "08 mail.eml", items.letter(C8_MAIL), sender="Mads H <mads.holm1980@outlook.dk>",
              subject="Mentorordningen")  # fmt: skip
    make_pdf(folder / "09 familien.pdf", [items.letter(C9_PDF)])
    make_docx(folder / "10 brev.docx", [items.letter(p) for p in C10_DOCX])
    make_text(folder / "11 protest.txt", items.letter(C11_TXT))
    make_mail(folder / "12 mail.eml", items.letter(C12_MAIL), sender="Karsten Riis <riis.familie@live.dk>",
              subject="Høringssvar")  # fmt: skip
    make_docx(folder / "13 aeldreraadet.docx", [items.letter(p) for p in O1_DOCX])
    make_pdf(folder / "14 handicapraadet.pdf", [items.letter(O2_PDF)])
    make_mail(folder / "15 lmu.eml", items.letter(O3_MAIL), sender="LMU i Jobhuset <lmu.jobhuset@holbaek.dk>",
              subject="Høringssvar fra LMU i Jobhuset")  # fmt: skip
    make_text(folder / "16 boldklub.txt", items.letter(O4_TXT))
    return items
