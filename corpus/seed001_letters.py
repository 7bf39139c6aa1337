"""The eleven responses of seed 001 as the letters they were before the secretariat compiled them.

Body texts are the responses' own words from the overview note's "Tekstsamling"
(seeds/001_9a9bd3f5eb046c4c.txt) with the transcript's artefacts removed: page markers
("2/8"), the transcript's page numbers, the note's own numbering, and one hyphenation
("udslusnings- procenter"). Figures the transcript dropped ("Vi har mellem borgere …",
"spares ca kr.") stay dropped: we do not invent numbers. Paragraph breaks are restored
where the text obviously has them; a paragraph starting with "# " is one of the
response's own headings.

Everything around the body (letterheads, dates, signatures, page furniture, people's
names) is invented to make the letters look the way such letters arrive. The names are
fictitious. "Jesper Dahlgaard" is not a signature: he is named in LBR's own text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Letter:
    n: int  # the response's number in the seed's list
    file: str  # name as the secretariat saved it from the e-mail
    sender: str  # the party, as in seed001-labels.json
    cue: str  # which part of the letter names the sender: title | letterhead | signature
    date: str  # ISO date the letter is dated (also the file's creation date)
    date_line: str
    body: list[str]
    title: str | None = None  # bold first line, e.g. "Høringssvar fra Ældrerådet"
    subject: str | None = None  # "Vedr.: …" line under the title
    letterhead: list[str] = field(default_factory=list)  # page header, repeated on every page
    top_lines: list[str] = field(default_factory=list)  # recipient block / org line above the date
    closing: list[str] = field(default_factory=list)  # signature block; "" = blank line
    footer: str = "side_x_af_y"  # side_x_af_y | page | none
    author: str = ""  # document metadata, as Word would fill it in
    hyphenate: bool = False  # PDF only: break long compounds at line ends
    font_size: float = 11.0  # PDF body text; leading is 1.4 times this

    @property
    def format(self) -> str:
        return self.file.rsplit(".", 1)[1].lower()


RECIPIENT = [
    "Familie- og Beskæftigelsesforvaltningen",
    "Job- og Ydelsessekretariatet",
    "Sønderbro 12",
    "9000 Aalborg",
]

LETTERS: list[Letter] = [
    Letter(
        n=1,
        file="01_Høringssvar LMU Job- og Aktivhuset.pdf",
        sender="LMU i Job- og Aktivhuset",
        cue="letterhead",
        date="2018-10-29",
        date_line="Aalborg, den 29. oktober 2018",
        letterhead=[
            "LMU Job- og Aktivhuset",
            "Jobcenter Aalborg · Familie- og Beskæftigelsesforvaltningen",
        ],
        top_lines=RECIPIENT,
        subject="Høringssvar vedr. besparelser på aktiveringsområdet i 2019",
        author="Job- og Aktivhuset",
        font_size=12.5,
        body=[
            "# Besparelse på aktiveringsområdet",
            "Medarbejdersiden giver generelt udtryk for bekymring over besparelsernes betydning for de "
            "kollegaer, som kan blive ramt af nedskæringer.",
            "I Job- og Aktivhuset vægter vi den virksomhedsvendte indsats højt og ser at den særligt "
            "lykkes via en tæt mentor indsats. Vi vurderer fortsat at vores borgergruppe i et omfang "
            "vil have behov for projekttilbud.",
            "# Nedlæggelse af Haveprojektet og Serviceværkstedet:",
            "Anvendes kun i meget begrænset omfang og nedlæggelse vil ikke få betydning for borgere i "
            "JA-huset.",
            "# Justering af mentor indsatsen:",
            "Vi har igennem deltagelse i flere STAR projekter udviklet mentorindsatsen, og ser den som "
            "en betydende indsats i forhold til udvikling og motivering af vores borgergruppe frem mod "
            "beskæftigelse. De borgere, der længst væk fra arbejdsmarkedet, har i høj grad behov for en "
            "tæt og motiverende kontakt for at opnå tro og tillid til at en forandring kan skabes.",
            "Et mentor forløb vil ofte indgå i en indsatsplan for borgere i ressourceforløb efter "
            "anbefaling fra Rehabiliteringsteamet. Mentor indsatsen har afgørende betydning for at "
            "understøtte den virksomhedsrettede indsats.",
            "# Kortere aktiveringsforløb:",
            "Ingen kommentarer, udover at muligheden for forlængelse efter en konkret vurdering er "
            "nødvendig.",
            "# Færre aktiveringstilbud:",
            "Ingen kommentarer en naturlig følge af forventer kommende lovændringer.",
            "# Nedsætte pris på tilbud:",
            "Ingen kommentarer pris på praktik bør være lavere.",
            "# Konvertering af tilbud:",
            "Ingen kommentarer.",
        ],
    ),
    Letter(
        n=2,
        file="02_hoeringssvar_lmu_uddannelseshuset.docx",
        sender="LMU i Uddannelseshuset",
        cue="letterhead",
        date="2018-10-30",
        date_line="Aalborg, den 30. oktober 2018",
        letterhead=["LMU i Uddannelseshuset", "Jobcenter Aalborg"],
        subject="Høringssvar – besparelser på aktiveringsområdet i 2019",
        author="Uddannelseshuset",
        body=[
            "Der har i Uddannelseshuset forud for MED-mødet og forud for godkendelsen i BSU været en "
            "god og åben dialog omkring besparelserne og omfanget af disse. Det er således ikke ukendt "
            "for medarbejderne, at der har været et meget stort sparekrav.",
            "# Vedr. haveprojektet:",
            "I Uddannelseshuset henviser vi færre unge til nytteaktivering, hvorfor det synes naturligt, "
            "at der ikke længere er behov for så mange pladser som hidtil. Dog vil vi påpege, at der "
            "stadig er brug for en vis form for nytteindsats.",
            "Medarbejder forudser problemstillinger i forhold til de ældre borgere, der modtager "
            "haveservice. Det vil kunne medføre udgifter vis serviceloven i stedet for, hvis de skal "
            "fastholdes i egen bolig.",
            "Endvidere giver medarbejdersiden udtryk for, at der bør arbejdes på omplacering af "
            "medarbejderne primært internt i JYA og sekundært generelt i hele Aalborg kommune.",
            "# Mentorindsatsen:",
            "Medarbejdersiden udtrykker bekymring for, om besparelsen på dette område konkret kan få "
            "betydning for mentorkorpset i Uddannelseshuset.",
            "Ledersiden anføre, at i første omgang er besparelsen på dette område primært rettet mod, at "
            "sikre mest muligt for pengene, og se på, om vi har private aktører, hvor vi som alternativt "
            "kan hjemtage indsatsen til egne mentorer, ligesom der skal kigges på den mentorindsats, som "
            "aktuelt udføres i nogle virksomhedspraktikker. (Virksomhedsmentor).",
            "# Kortere aktiveringsforløb:",
            "Der er som udgangspunkt enighed om, at det giver god mening at følge tæt op på tilbuddene, "
            "og at afkorte varigheden hvis muligt. Medarbejdersiden forudser dog et større administrativt "
            "pres på både leder- og medarbejdersiden.",
            "Ledersiden fortæller, at der allerede nu er indført sparringsmøder forud for evt. "
            "forlængelser, og at disse møder netop er lavet, for at undgå ekstra administrativt bøvl. "
            "Medarbejdersiden bakker op herom.",
            "Et andet indspil hertil kunne også være, at fritage flere, f.x. de borgere, som kun kan møde "
            "ganske få timer om ugen/dage om måneden.",
            "# Nedsættelse prisen på tilbud:",
            "Vigtig punkt som alle bakker op om. Dog er det vigtigt samtidig at sikre, at tilbuddene ikke "
            "forringes, og at tilbud fortsat skal give mening for de unge.",
            "# Konvertering af tilbud:",
            "Alle bakker op omkring at forsøge at skabe egne forløb, frem for at anvende de dyreste af de "
            "private tilbud. Det er dog fortsat vigtigt at indholdet matcher de unges behov, og at "
            "medarbejderne klædes grundigt på til de nye opgaver/målgrupper. Samtidig vigtigt at sikre, "
            "at det er gode og indholdsrige tilbud, så både de unge og forældrene føler, at de får et "
            "godt tilbud.",
            "Afslutningsvis: er det vigtigt for medarbejdersiden at nævne, at berørte medarbejdere "
            "forsøges omplaceret.",
        ],
    ),
    Letter(
        n=3,
        file="03_Høringssvar vedr. besparelser på aktiveringsrammen.docx",
        sender="LMU i Sygedagpengehuset",
        cue="signature",
        date="2018-10-30",
        date_line="Aalborg, den 30. oktober 2018",
        author="Birgitte Nørgaard",
        body=[
            "# Høringssvar vedr. besparelserne på aktiveringsrammen:",
            "Det er svært at pege på andre områder/muligheder i fht. besparelserne på aktiveringsrammen. "
            "Det anerkendes, at det er en vanskelig proces, der er i gang for de involverede "
            "medarbejdere.",
            "Der opfordres til, at der først og fremmest kigges på omplaceringsmuligheder for de "
            "medarbejdere, der evt. kommer i overtal både internt i Familie- og "
            "Beskæftigelsesforvaltningen, men også tværforvaltningsmæssigt, hvor der evt. kunne være "
            "nogle relevante muligheder i andre forvaltninger, hvor medarbejderne kan anvende deres "
            "kompetencer.",
            "Derudover opfordres der til, at man i øvrigt anvender de gode erfaringer der er internt i "
            "Jobcentret i fht. at hjælpe berørte medarbejdere, der evt. skal ud og finde andet job som "
            "resultat af besparelserne, eks. fokus på karrierevejledning, mulighed for at søge pulje om "
            "sporskifte, mulighed for at gå til jobsamtaler i arbejdstiden mv.",
            "Men først og fremmest opfordres der til fokus på mulighed for omplacering "
            "tværforvaltningsmæssigt.",
        ],
        closing=[
            "Med venlig hilsen",
            "",
            "Birgitte Nørgaard",
            "På vegne af LMU i Sygedagpengehuset",
        ],
        footer="page",
    ),
    Letter(
        n=4,
        file="04_LMU RCA høringssvar.pdf",
        sender="LMU i Ressourcecenter Aalborg",
        cue="title",
        date="2018-10-30",
        date_line="Aalborg, den 30. oktober 2018",
        title="LMU i Ressourcecenter Aalborg",
        subject="Vedr.: Forslag til besparelser på aktiveringsrammen",
        author="Ressourcecenter Aalborg",
        body=[
            "LMU-RCA har drøftet forslagene til besparelser på aktiveringsrammen. Helt overordnet er "
            "med-udvalget ærgerlige over den voldsomme besparelse, der er lagt op til.",
            "Medudvalget er meget bevidst om, at det er ændrede statslige regler, der medfører "
            "bevillingsnedgang på området. Men vi havde håbet, at byrådet havde valgt at kompensere "
            "besparelsen for at sikre niveauet for indsats.",
            "Med-udvalget ser ændringen i indsatsniveau som et brud med den hidtidige praksis i Aalborg, "
            "hvor der gennem et højt aktivitetsniveau gennem mange år er sikret, at Aalborg kommune har "
            "færre borgere på offentlig forsørgelse, end det alt andet lige måtte forventes i.f.t. "
            "befolkningssammensætning.",
            "Med-udvalget vil appellere til, at det ikke bliver de borgere, der er længst fra "
            "arbejdsmarkedet, der berøres mest af besparelsen. Det er typisk borgere, der har en række "
            "problematikker ud over ledighed, og der kræves ofte en længerevarende indsats for, at "
            "borgeren kan lykkes med at få fodfæste på arbejdsmarkedet eller i uddannelsessystemet. "
            "Med-udvalget vurderer, at en manglende indsats i forhold til denne gruppe af borgere på "
            "blot lidt længere sigt vil medføre, at flere vil hænge fast i kontanthjælpssystemet i "
            "længere tid.",
            "Med-udvalget vil endvidere opfordre til, at det sikres, at kortere forløb ikke medfører "
            "mindre sammenhæng i indsatsen, således at opnået progression ikke understøttes vedvarende.",
            "Som det fremgår af indstillingen vil en gennemførelse af de foreslåede besparelser medføre, "
            "at RCA må sige farvel til en lang række dygtige og kompetente medarbejdere. Medarbejdere, "
            "der er i besiddelse af megen viden og indsigt, der ikke umiddelbart kan erstattes.",
            "Samlet en appel om at prioritere de der har størst behov og dermed også understøtte at "
            "Aalborg fortsat har færre på overførsel end sammenlignelige kommuner.",
        ],
        closing=["På vegne af LMU-RCA", "", "Poul Erik Madsen", "Formand"],
        footer="none",
    ),
    Letter(
        n=5,
        file="05_Høringssvar medarbejderne RCA.pdf",
        sender="Medarbejderne i Ressourcecenter Aalborg",
        cue="title",
        date="2018-10-31",
        date_line="Aalborg, den 31. oktober 2018",
        # Written on the workplace's letterhead, which alone names both LMU and staff.
        letterhead=["Ressourcecenter Aalborg", "Jobcenter Aalborg"],
        title="Høringssvar fra medarbejderne i Ressourcecenter Aalborg",
        author="Medarbejderrepræsentanter RCA",
        body=[
            "Medarbejderne i MED-udvalget, har sammen med medarbejdere i organisationen på RCA, drøftet "
            "de kommende besparelser, og finder det ærgerligt, at den socialfaglige indsats nedjusteres "
            "til et minimum.",
            "De kommende besparelser betyder, at forløbene ændres i længde, ligesom der efter første "
            "tilbud ikke er krav om forsat indsats. For den enkelte betyder det et minimum af "
            "socialfaglig indsats, hvad enten indsatsen finder sted på kontoret, værkstedet, "
            "aktiviteterne eller i haverne. Dette vil medføre længere tid på offentlig forsørgelse.",
            "Kerneopgaven er, at opnå selvforsørgelse, hvad enten det er i job eller i uddannelse, "
            "hvilket borger ikke tidligere selv har formået, hvorfor det også er med stor undren, at man "
            "fratager dem muligheden for en socialfaglig indsats, der medvirker til, at den enkelte "
            "opnår bedre livskvalitet men også ser muligheder i selvforsørgelse og/eller uddannelse.",
            "At job eller uddannelse ses som løsningen på borgers problem, synes at være en fejlagtig "
            "antagelse, da der er tale mennesker med massive problemer. Som eksempel på problemerne kan "
            "nævnes misbrug af alkohol og euforiserende stoffer, seksuelle krænkelser, kriminalitet, "
            "dårlig begavelse m.m. altså problemer ud over ledighed.",
            "At man vælger at skære drastisk ned på aktiveringsforløbenes længde, samt muligheden for "
            "forlængelse, kan medføre, øget pres og stress hos den enkelte borger. Dette vanskeliggør "
            "samarbejdsrelationen yderligere.",
            "Det anbefales derfor, at ønsket om en udførerenhed med stærke socialfaglige kompetencer, "
            "imødekommes, for derved at sikre den socialfaglige indsats, og kortest mulige tid på "
            "offentligt forsørgelse.",
            "Som det fremgår af referatet fra BSU er der lavet aftale med Fokus Folkeoplysning om samme "
            "kerneopgave, med en deadline på et år, herunder en aftale om fastholdelse af den enkelte i "
            "job og uddannelse. Det er os bekendt, at betalingen er anderledes end den "
            "taksfinansiering, der er i Aalborg kommunes udførerenhed, men det undrer i stor grad, at "
            "man ikke tilfører de økonomiske midler til udførerenheden, således det store VI, bliver "
            "endnu stærkere til at sikre tilknytning og fastholde i job og uddannelse.",
            "I forlængelse heraf skal nævnes, at man gennem et stykke tid har oplevet faldende "
            "henvisninger i udførerenheden, og det forbavser, at ledelsen ikke har forholdt sig til "
            "dette faktum?",
            "Det er til stor bekymring, at man påtænker, at lukke projekter, og afskedige personale, med "
            "gode faglige kompetencer og solide erfaringer, samtidigt med, at man henter ressourcer "
            "udefra. Det synes derfor relevant at stille spørgsmålet: Hvorfor har man ikke valgt at "
            "investere i det store VI, til at arbejde med målgruppens tilknytning til arbejdsmarkedet "
            "og uddannelsessystemet, herunder fastholdelse, frem for brug af anden aktør?.",
            "En så massiv ændring af beskæftigelsesindsatsen, giver anledning til at frygte, at der vil "
            "blive et stort opsamlingsarbejde, hvis indsatsen bliver minimal og der bør derfor overvejes "
            "nøje, hvilken og hvordan man fra Aalborg kommunes side ønsker at hjælpe vores udsatte. I "
            "forlængelse heraf anbefales det ligeledes, at man tænker økonomien fra andre forvaltninger "
            "ind i det samlede billede.",
            "At man ikke længere kan give Aalborg kommunes pensionister samme service, som muliggøres i "
            "Haveprojektet kan i værste fald medføre, at den enkelte pensionist ikke længere kan blive i "
            "egen bolig og derved vil udgift til plejehjems bolig stige. I forlængelse her af skal "
            "nævnes gruppen af sårbare unge, som står særligt svagt i forhold til at finde fodfæste i "
            "samfundet, samtidigt med, at der er skåret på behandlingstilbuddene.",
            "Samlet vurderes det, at der er store risici forbundet med de anførte besparelser, og "
            "medarbejderne i RCA opfordrer derfor politikkerne til nøje at overveje, hvordan den "
            "socialfaglige indsats sikres.",
            "At være ansat i jobcenterregi har altid krævet omstillingsevne og fleksibilitet, men at det "
            "nu kræver en accept af minimal socialfaglig indsats, finder vi på ingen måde ordentligt.",
        ],
        closing=["Med venlig hilsen", "", "Medarbejderne i Ressourcecenter Aalborg"],
    ),
    Letter(
        n=6,
        file="06_hoeringssvar_haveprojektet_servicevaerkstedet.docx",
        sender="Medarbejderne i Haveprojektet og Serviceværkstedet",
        cue="title",
        date="2018-10-29",
        date_line="Aalborg, den 29. oktober 2018",
        title="Høringssvar fra medarbejderne i Haveprojektet og Serviceværkstedet",
        author="Haveprojektet",
        body=[
            "I de år Haveprojektet/Serviceværkstedet har eksisteret, har vi haft mange forskellige "
            "målgrupper. Vores daglige arbejde med aktiverede borgere, består både i det praktiske "
            "arbejde i haverne samt motivering til jobsøgning hen imod selvforsørgelse eller start på "
            "uddannelse.",
            "Haveprojektet har gjort et stort arbejde for at gøre de aktiverede til en aktiv del af "
            "samfundet gennem netværk og sociale relationer. Gennem de to projekter lærer de aktiverede "
            "borgere at møde til tiden, tage ansvar, blive mødestabile, samt at møde mennesker i en "
            "professionel sammenhæng.",
            "Vores deltagerantal har altid afspejlet konjunkturerne i samfundet. Vi har i perioder haft "
            "mange indskrevet i projektet, og vi har haft få indskrevet i projektet. Vi har mellem "
            "borgere igennem projektet om året.",
            "Udslusning fra haveprojektet 2017 (og som stadigvæk er uden offentlig forsørgelse efter "
            "5 måneder) - er på 79,7%",
            "Udslusning fra serviceværkstedet 2017 (og som stadigvæk er uden offentlig forsørgelse efter "
            "5 måneder) - er på 57%",
            "Vi er fortsat parate til at rumme ALLE målgrupper - under forudsætning af at husene vil "
            "henvise borgere til os.",
            "Vi er omstillingsparate og fleksible, parate til at øge/fastholde vores positive "
            "udslusningsprocenter, - evt. ved hjælp af at medarbejderne udøver et efterværn - "
            "(mentorfunktion) - til nogle af vores borgere således at de kan fortsætte deres uddannelse "
            "eller job fremadrettet. Ligeledes er vi parate til at gå i gang med at gøre projektet mere "
            "virksomhedsrettet.",
            "Haveprojektet/Serviceværkstedet er blandt de absolut billigste aktiveringsprojekter - og "
            "samtidig har vi nogle at de absolut bedste udslusningsprocenter.",
            "Haveprojektet er Aalborg Kommunes eneste grønne aktiveringsprojekt. En del af vores "
            "deltagere får interesse for en uddannelse inden for de praktiske fag.",
            "Haveprojektet kunne nemt omstilles fra at servicere pensionister til fx at vedligeholde "
            "områderne omkring forsamlingshuse, parkerne i Aalborg kommune, pleje af gravhøje og "
            "krigsmindesmærker - alt selvfølgelig efter aftale med de faglige organisationer.",
            "Serviceværkstedet fungerer reelt som transport/flyttefirma for hele det gamle "
            "projektafsnit, blandt andet kan nævnes tøjvask for Kantinen, madkørsel for Kantinen til "
            "andre projekter og Varmestuer, samt diverse ad hoc opgaver for de andre projekter.",
            "Ser man på udgiften til at drive Haveprojektet/Serviceværkstedet, er der potentiale for "
            "markante besparelser gennem rationalisering af driften. Umiddelbart mener vi, der kan "
            "spares ca kr.",
            "Hvordan sikres det at de projekter, der tager over, kan fastholde Haveprojektets fine "
            "udslusningstal? Og har man medregnet at disse projekter skal udvides (med deraf følgende "
            "forøgede udgifter)?",
            "Lukningen af Serviceværkstedet vil betyde, at der andre steder skal afsættes ressourcer til "
            "opgaver, som daglig tøjvask, daglig madkørsel, udlevering af arbejdstøj til kommunens "
            "praktikanter, samt diverse ad hoc opgaver?",
            "Vi har ca pensionistadresser tilmeldt, hvoraf ca. 400 bor i boligforeninger. Ved en "
            "lukning af Haveprojektet, kan det betyde, at beboerne vil blive sat ud af deres lejemål, "
            "hvis ikke de vedligeholder deres haver.",
            "For de pensionister, der ikke selv kan klare havearbejdet/snerydning eller har råd til at "
            "betale sig fra det, vil en lukning af Haveprojektet betyde, at de ikke længere får ryddet "
            "sne og saltet, fra fortov til hoveddør, så hjemmepleje, læger, ambulance, renovation m. "
            "fl. kan komme sikkert frem.",
        ],
        closing=["Med venlig hilsen", "", "Medarbejderne i Haveprojektet og Serviceværkstedet"],
    ),
    Letter(
        n=7,
        file="07_høringssvar virksomhedscentret.pdf",
        sender="LMU i Virksomhedscentret",
        cue="signature",
        date="2018-10-31",
        date_line="Aalborg, den 31. oktober 2018",
        subject="Høringssvar – besparelser på aktiveringsområdet 2019",
        author="Anders Holm",
        body=[
            "# Nedlæggelse af Haveprojekt og Serviceværksted",
            "Sympatitilkendegivelse over for de kolleger, der bliver ramt, men det vil ikke få direkte "
            "betydning for vores målgruppe.",
            "# Justering i mentorindsats",
            "Man oplever, at tilbud om mentor gives nærmest som standard ved visitation til fleksjob, og "
            "når borgerne modtages i Fleksjobenheden opleves det, hverken fra borger eller "
            "rådgiver/virksomhedskonsulent, et behov svarende til det, der er tilkendegivet fra "
            "rehabiliteringsmøder. Når borgeren overgår til fleksjob, overgår de som udgangspunkt også "
            "til at være jobparate, og derfor er udgangspunktet heller ikke nødvendigvis en "
            "mentorindsats.",
            "Fra Fleksjobenheden, oplever man kun at bevilge mentor, når der virkelig er behov for det. "
            "Man kan dog muligvis forestille sig, at nogle af forløbene kan gøres kortere og mere "
            "målrettede, hvis man har en hurtigere og tættere adgang til mentoren. Nogle gange vil en "
            "forebyggende indsats også give mening.",
            "Tilsvarende er det også et stort problem, at der er så store udfordringer med at bevæge sig "
            "fra mentor til bostøtte, når dette vurderes nødvendigt.",
            "# Aktiveringsforløb af kortere varighed",
            "Vi har længe haft praksis for, at alle aktiveringsforløb over 13 uger skal godkendes af "
            "teamleder. Vi har en meget lav andel af ledighedsydelsesmodtagere, der er i vejlednings- og "
            "opkvalificeringsforløb, og dernæst en endnu lavere andel, der er i tilbud over 13 uger. Vi "
            "tænker derfor ikke dette vil have den store konsekvens for vores målgruppe.",
            "# Færre aktiveringstilbud",
            "Vi aktiverer i forvejen kun som nødstilfælde, når ikke virksomhedsplacering er muligt. "
            "Konsekvensen for os vil være, at vi må fravælge dyre tilbud. Ret og pligt til anden aktør "
            "er lovbestemte tilbud, som vi ikke kan undlade.",
            "# Dialog med leverandører",
            "Altid god ide. Vigtigt med fokus på effekt.",
            "# Konvertering til billigere tilbud",
            "Afvejning af pris, kvalitet og effekt er vigtig.",
        ],
        closing=[
            "Med venlig hilsen",
            "",
            "Anders Holm",
            "Næstformand for LMU i Virksomhedscentret",
        ],
        footer="page",
    ),
    Letter(
        n=8,
        file="08_hoeringssvar_aeldreraadet.docx",
        sender="Ældrerådet",
        cue="title",
        date="2018-10-26",
        date_line="Aalborg, den 26. oktober 2018",
        letterhead=["Aalborg Ældreråd", "Aalborg Kommune"],
        title="Høringssvar fra Ældrerådet",
        subject="Vedr.: Besparelser på aktiveringsområdet – haveservice og snerydning",
        author="Ældrerådet",
        body=[
            "Ældrerådet kan ikke se rimeligheden i, at haveservice/snerydning nedlægges med henblik på, "
            "at borgerne skal blive længst muligt i eget hjem.",
            "Derimod forventer Ældrerådet, at tilbud om haveservice/snerydning udvides til at gælde til "
            "visiterede borgere i hele Aalborg Kommune.",
            "Ældrerådet foreslår, at forvaltningen ser på prisen og evt. muligheder for en justering, "
            "således tilbuddet kan bibeholdes.",
        ],
        closing=["Med venlig hilsen", "", "Knud Erik Sørensen", "formand for Ældrerådet"],
        footer="none",
    ),
    Letter(
        n=9,
        file="09_AMU-JYA_hoeringssvar.pdf",
        sender="AMU i Job- og Ydelsesafdelingen",
        cue="signature",
        date="2018-11-01",
        date_line="Aalborg, den 1. november 2018",
        subject="Høringssvar – besparelser på aktiveringsområdet i 2019",
        author="Lone Bach Pedersen",
        body=[
            "AMU-JYA anerkender og forstår bekymringen i de indkomne høringssvar.",
            "Det er med beklagelse, at situationen er, at der skal ske besparelser på den aktive indsats "
            "for ledige i Aalborg Kommune, og dermed begrænse den aktive indsats som Aalborg altid har "
            "været kendt for.",
            "AMU-JYA beklager ligeledes, at dette medfører, at der skal afskediges dygtige og kompetente "
            "medarbejdere.",
        ],
        closing=[
            "På vegne af AMU i Job- og Ydelsesafdelingen",
            "",
            "Lone Bach Pedersen",
            "Formand",
        ],
        footer="none",
    ),
    Letter(
        n=10,
        file="10_hoeringssvar_medarbejdersiden_AMU_JYA.docx",
        sender="Medarbejderne i AMU i Job- og Ydelsesafdelingen",
        cue="title",
        date="2018-11-01",
        date_line="Aalborg, den 1. november 2018",
        title="Høringssvar fra medarbejderne i AMU i Job- og Ydelsesafdelingen",
        author="AMU JYA medarbejdersiden",
        body=[
            "AMU JYA medarbejdersiden har gennemgået de indkomne høringssvar, og bakker fuldt op om "
            "disse. AMU JYA medarbejdersiden kommenterer ikke på hver enkelt høringssvar, da vi "
            "forventer, at de bliver gennemlæst af de politisk ansvarlige.",
            "AMU JYA medarbejdersiden ærgrer sig over, at besparelser, forringelser, reduktion af "
            "indsatser og afskedigelser af medarbejdere er nødvendigt. Aalborg kommune har altid haft "
            "en Aalborg model, ift. aktivering, og har brugt mange ressourcer på at hjælpe de svage "
            "borgere mod arbejdsmarkedet via uafbrudt aktiv indsats.",
            "AMU JYA medarbejdersiden mener, at der i denne situation er sket et paradigmeskifte, der "
            "gør, at vi ikke længere har samme mulighed for at hjælpe og støtte de svage borgere. Vi er "
            "bekymrede for, at denne gruppe tabes i besparelserne.",
            "AMU JYA medarbejdersiden mener derfor, at både borgerne og medarbejdersiden bliver ramt "
            "hårdt i denne spare øvelse.",
            "AMU JYA medarbejdersiden mener, at det er yderst problematisk, at man i medier etc. "
            "introducerer et stort opslået samarbejde med en ekstern aktør, samtidig at man internt "
            "afskediger personale. AMU JYA medarbejdersiden mener, at det sender et meget uheldigt "
            "signal til personalegruppen, der risikerer at blive ramt af afskedigelse.",
            "AMU JYA medarbejdersiden mener at det er væsentligt, at vi i Aalborg kommune forsøger at "
            "bevare og fastholde vores stabile og dygtige medarbejdere, da mange af de medarbejdere der "
            "risikerer at blive afskediget, har store kompetencer i jobcenterregi.",
            "Arbejdsbyrden vil alt andet lige også blive højere for de tilbageværende medarbejdere, da "
            "der bliver færre til at løse de samme arbejdsopgaver, hvilket ses som værende "
            "problematisk i en i forvejen fortravlet hverdag.",
            "AMU JYA medarbejdersiden stiller sig fortsat kritisk overfor, at besparelsen på "
            "Aktiveringsrammen gennemføres, til trods for, at medarbejderne klart igennem høringssvar "
            "har skitseret de negative konsekvenser af besparelserne på områderne.",
        ],
        closing=["Med venlig hilsen", "", "AMU JYA medarbejdersiden"],
    ),
    Letter(
        n=11,
        file="11_LBR høringssvar besparelser aktivering.pdf",
        sender="Det lokale beskæftigelsesråd (LBR)",
        cue="title",
        date="2018-10-26",
        date_line="Aalborg, den 26. oktober 2018",
        letterhead=[
            "Det Lokale Beskæftigelsesråd",
            "Jobcenter Aalborg · Sønderbro 12 · 9000 Aalborg",
        ],
        title="Høringssvar fra LBR",
        subject="Vedr.: Indstilling om besparelser på aktiveringsområdet i Aalborg Kommune i 2019",
        author="LBR sekretariatet",
        hyphenate=True,
        body=[
            "Det lokale beskæftigelsesråd drøftede på mødet d. 25. oktober 2018 Familie- og "
            "Beskæftigelsesforvaltningens indstilling til Beskæftigelsesudvalget om besparelser på "
            "aktiveringsområdet i Aalborg Kommune i Det lokale beskæftigelsesråd afgiver nedenstående "
            "høringssvar.",
            "Det lokale beskæftigelsesråd bemærker, at det er en af jobcentrets kerneopgaver at sikre, "
            "at virksomhederne har adgang til den nødvendige kvalificerede arbejdskraft. Det er svært at "
            "se sammenhængen til at der skal gives færre og kortere aktiveringsforløb, når "
            "opkvalificering som følge af besparelserne får et mindre fokus.",
            "Det lokale beskæftigelsesråd bemærker, at det er meget uhensigtsmæssigt, at der som følge "
            "af besparelserne vil være nogle ledige, der må forventes at få længere "
            "ledighedsforløb/må forblive i ledighed, da de ikke får mulighed for at få den nødvendige "
            "opkvalificering. Det fremgår af indstillingen, at der som følge af besparelserne må "
            "forventes længere ledighedsforløb.",
            "Det lokale beskæftigelsesråd opfordrer til at det overvejes at lave investeringsmodeller "
            "for at undgå at komme til at spare sig fattig hvad der spares på aktivering kan komme "
            "tilbage som øgede udgifter til forsørgelse og tab på beskæftigelsestilskuddet.",
            "# Desuden blev følgende emner drøftet:",
            "Der blev spurgt ind til, om der i 2018 er uforbrugte aktiveringsmidler. Jesper Dahlgaard "
            "svarede, at aktiveringsrammen samlet udgør ca. 300 mio. kr., og at der i 2018 forventes et "
            "mindreforbrug på ca. 5 mio. kr. Jesper Dahlgaard orienterede endvidere om, at der ikke er "
            "overførselsadgang til næste år, og at der desuden vil være et overløb ind i 2019, inden "
            "effekten er besparelsen er slået fuldt igennem.",
            "Der blev spurgt ind til, hvor de borgere, der i dag aktiveres ved Haveservice og "
            "Serviceværkstedet fremover skal aktiveres. Jesper Dahlgaard svarede, at der pt. er ledig "
            "kapacitet er ledig kapacitet i andre tilbud og i projekter. Derfor vil der skulle "
            "nedlægges aktiveringspladser andre steder, hvis ikke Haveservice og Serviceværkstedet "
            "nedlægges. Desuden pointerede Jesper Dahlgaard, at Haveservice ikke er etableret som en "
            "serviceydelse for borgerne, men at det er et beskæftigelsesprojekt.",
            "Der blev spurgt ind til, om der vil kunne laves et socialøkonomisk projekt med fokus på "
            "haveservice. Jesper Dahlgaard svarede, at det i princippet er muligt, men at det ikke "
            "bliver med jobcentret som primus motor.",
            "I forhold til besparelserne på mentorområdet blev det bemærket, at mentorfunktionen er god, "
            "herunder er et godt redskab i sammenhæng med en virksomhedsrettet indsats. Det blev "
            "bemærket, at besparelsen bør gennemføres med omtanke i forhold til målgruppernes behov og "
            "udfordringer, og at fokus skal skærpes på at mentor skal bruges som led i en "
            "beskæftigelsesindsats. Jesper Dahlgaard bemærkede, at besparelsen er på ca. 10 % af "
            "forbruget på mentor, at jobcentret primært bruger egne ansatte som mentorer, og at "
            "jobcentret laver et kvalitetstjek af mentorindsatsen.",
            "I forhold til at aktiveringsforløb skal have kortere varighed blev det præciseret, at det er "
            "en individuel vurdering ud fra borgerens behov, der skal være afgørende. Desuden blev det "
            "nævnt, at for nogle borgere er virksomhedspraktik et godt redskab, mens det for andre "
            "borgere ikke er det, der er behov for. Derfor er der behov for en differentieret tilgang, "
            "herunder, at det ikke er ledighedens længde, der skal afgøre hvilken indsats borgeren har "
            "behov for.",
            "Det blev pointeret, at jobcentret har en forpligtigelse til at skaffe arbejdskraft til "
            "virksomhederne. Endvidere blev det påpeget, at indsatsen skal tilrettelægges således, at "
            "det der spares på aktiveringsrammen ikke tabes på beskæftigelsestilskuddet.",
            "I forhold til aftalen om forenklet beskæftigelsesindsats præciserede Jesper Dahlgaard, at "
            "Aalborg som frikommune er omfattet af hele aftalen undtagen at a-kasserne kan overtage "
            "ansvaret for kontaktforløbet i de første tre måneder af ledighedsforløbet.",
            "Det blev drøftet, om/hvordan man kan afdække borgerens helbredsmæssige muligheder, herunder "
            "hvilke muligheder der er for at få en uvildig til at vurdere borgeren.",
            "I forhold til brugen af virksomhedsrettet indsats blev det bemærket, at det skal være efter "
            "en individuel vurdering, og at valget af virksomheder skal ske med udgangspunkt i hvor på "
            "arbejdsmarkedet der er mangel på arbejdskraft. Endvidere blev det pointeret, at man skal "
            "undgå, at virksomhederne udnytter systemet.",
            "Det blev bemærket, at der både i indstillingen og i udkastet til beskæftigelsesplan mangler "
            "et fokus på at imødegå manglen på kvalificeret arbejdskraft og hvordan det sikres, at "
            "virksomhederne kan få den kvalificerede arbejdskraft de efterspørger.",
            "Det blev pointeret, at alle ikke skal have det samme aktiveringstilbud, men at indsatsen "
            "afhænger af målgruppen og den enkeltes kvalifikationer og forudsætninger. Dette bør være "
            "udgangspunktet hos den enkelte rådgiver.",
            "Det blev bemærket, at LO gerne bidrager til drøftelser af hvordan fællessamtalerne med de "
            "ledige kan afvikles på fornuftig vis. Jesper Dahlgaard kvitterede herfor, og det blev "
            "aftalt, at der på mødet d. 13. december 2018 gives en orientering om jobcentrets arbejde "
            "med arbejdsgange mv.",
            "Det blev bemærket, at jobcentrets brobygningsforløb ikke dækker alle større uddannelser, og "
            "at det kunne være en god idé at brede det ud. Det blev aftalt, at der på et kommende møde "
            "gives en orientering om indsatsen for modtagere af uddannelseshjælp, herunder en oversigt "
            "over tilbuddene til de unge.",
            "I forhold til indstillingens punkt om at forhandle om nedsættelser af prisen på tilbud blev "
            "det bemærket, at det bør gøres nuanceret.",
            "Det blev bemærket, at brugen af anden aktør for forsikrede ledige bør genovervejes, da "
            "effekterne ikke vurderes at være gode nok.",
            "I forhold til konvertering at tilbud bemærkes det, at det lokale beskæftigelsesråd gerne "
            "bidrager til drøftelser heraf.",
            "Rådet diskuterede behovet for at have differencerede effektmålinger, afhængig af hvilken "
            "målgruppe der er omfattet af et tilbud. LO gav tilsagn om at ville indgå i et eventuelt "
            "arbejde.",
            "Der blev opfordret til at tænke FGU ind i besparelsesøvelsen.",
        ],
        closing=[
            "På vegne af Det Lokale Beskæftigelsesråd",
            "",
            "Jens Ole Kirk",
            "Formand for LBR",
        ],
    ),
]
