"""Stance per clause aimed at the element, the overall position, no-comment phrasings, and
`hoering eval` with its new measures (small sentences written here, not from any data set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoering.analysis.learned import MIN_EXAMPLES, Example, StanceModel
from hoering.analysis.stance import Target, judge, overall_position
from hoering.analysis.tagging import tag_response
from hoering.cli import main
from hoering.model import Position, Stance

CLOSING = Target.of("Lukning af Solhuset", ["Solhuset"])
SHORTER = Target.of("Kortere forløb", ["forløb"])
FEWER_HOURS = Target.of("Færre pedeltimer; adgang med nøglekort om aftenen", ["pedel", "nøglekort"])
REBUILT = Target.of("Torvet ombygges; 20 boder nedlægges", ["Torvet", "boder"])


@pytest.mark.parametrize(
    "text, target, stance",
    [
        ("Vi kan støtte, at forløbene gøres kortere.", SHORTER, "støtter"),
        ("Vi frygter for kvaliteten, hvis forløbene forkortes.", SHORTER, "imod"),
        ("Jeg protesterer mod lukningen. Bevar Solhuset!", CLOSING, "imod"),
        ("Rådet er bekymret for inklusionen.", CLOSING, "imod"),
        ("Vi kan ikke støtte lukningen.", CLOSING, "imod"),
        # Everyday praise of the thing itself, and its negation.
        ("Kortere forløb: Det er mega fedt.", SHORTER, "støtter"),
        ("Kortere forløb: Det er ikke fedt for de unge.", SHORTER, "imod"),
        ("Vi bakker ikke op om forslaget.", CLOSING, "imod"),
        ("Vi er ikke imod lukningen.", CLOSING, "støtter"),
        ("Vi er ikke bekymrede.", CLOSING, "neutral"),
        ("Vi støtter Solhuset.", CLOSING, "imod"),  # supporting what the element closes
        ("Vi støtter, at Solhuset lukkes.", CLOSING, "støtter"),
        ("Vi forstår ønsket, men vi er bekymrede for børnene.", CLOSING, "imod"),
        ("Vi tager lukningen til efterretning.", CLOSING, "neutral"),
        ("Vi kan acceptere lukningen, hvis personalet flytter med.", CLOSING, "støtter"),
        # "Må ikke" about the element, or pointing back at it, opposes it; about something
        # else it is the writer's argument.
        ("Solhuset må ikke lukke.", CLOSING, "imod"),
        ("Vi har talt om lukningen. Den må ikke ske.", CLOSING, "imod"),
        ("Vi kan støtte, at forløbene gøres kortere. Unge skal ikke sidde stille i et halvt år.", SHORTER,
         "støtter"),
        # Not understanding why it is done opposes it; understanding the wish is a hedge.
        ("Vi forstår heller ikke, hvorfor Solhuset skal lukke.", CLOSING, "imod"),
        ("Vi kan ikke forstå, at forløbene skal være kortere.", SHORTER, "imod"),
        # In a label of several parts, backing what another part brings is backing the element;
        # backing what the cut's part takes away is against it.
        ("Nøglekortet kan vi støtte.", FEWER_HOURS, "støtter"),
        ("Vi støtter pedeltimerne.", FEWER_HOURS, "imod"),
        # The label's other act in the passive names what the element does, not its thing.
        ("Vi støtter ombygningen af Torvet.", REBUILT, "støtter"),
        ("Vi støtter Torvet og dets boder.", REBUILT, "imod"),
        ("Huset har 40 pladser.", CLOSING, "neutral"),
        ("Det kan i værste fald medføre, at familierne flytter.", CLOSING, "imod"),
        ("Jeg beder jer om ikke at lukke huset.", CLOSING, "imod"),
        ("Tag ikke Solhuset fra os.", CLOSING, "imod"),
        ("Det er helt fint med kortere forløb.", SHORTER, "støtter"),
        ("Vi kan ikke anbefale, at forløbene gøres kortere.", SHORTER, "imod"),
        ("Vi anbefaler, at der afsættes flere penge til forløbene.", SHORTER, "neutral"),
        ("Et kortere forløb kan ikke erstatte den faste kontakt.", SHORTER, "imod"),
        # A negation right after a cue and before "at" is the infinitive's, not the cue's.
        ("Det giver god mening ikke at gøre forløbene længere end nødvendigt.", SHORTER, "støtter"),
        ("Det synes jeg er en rigtig dårlig ide.", SHORTER, "imod"),
        ("Det er ikke en dårlig idé at gøre forløbene kortere.", SHORTER, "støtter"),
        # "kan godt" affirms; it is no praise.
        ("Vi kan godt forstå tanken om kortere forløb, men vi er usikre på, om der er tid nok.", SHORTER,
         "neutral"),
        # An embedded question and hearsay assert nothing.
        ("Om kortere forløb er en god løsning, tør vi ikke sige.", SHORTER, "neutral"),
        ("Vi er usikre på, om kortere forløb er godt for borgerne.", SHORTER, "neutral"),
        ("Kortere forløb skulle efter sigende være bedre for borgerne.", SHORTER, "neutral"),
        ("Vi er glade for de kortere forløb.", SHORTER, "støtter"),
        ("Vi er heller ikke glade for de kortere forløb.", SHORTER, "imod"),
        ("Vi er meget glade for Solhuset.", CLOSING, "imod"),  # glad for what the element closes
        ("Vi er i tvivl om de kortere forløb. Jeg kender folk, der er glade for dem.", SHORTER, "neutral"),
        ("Det er godt med kortere forløb.", SHORTER, "støtter"),
        # "Støtte" after a preposition is the help people get, not backing.
        ("Vi er bekymrede for de kortere forløb. Borgerne har brug for støtte hele året.", SHORTER, "imod"),
        ("Vi kan støtte de kortere forløb.", SHORTER, "støtter"),
        ("Det er ikke godt med kortere forløb.", SHORTER, "imod"),
        ("Det er dejligt, at forløbene bliver kortere.", SHORTER, "støtter"),
        # A mark on what others send in describes their letters; the writer's own remarks count.
        ("Der kommer sikkert mange kritiske svar om lukningen af Solhuset.", CLOSING, "neutral"),
        ("Vi har nogle kritiske bemærkninger til lukningen af Solhuset.", CLOSING, "imod"),
        # A condition ends at the sentence: the next sentence's position counts.
        ("Hvis forløbene bliver kortere, skal der være opfølgning. Vi støtter, at forløbene gøres kortere.",
         SHORTER, "støtter"),
        # A fronted condition ends where its main clause begins (verb before subject).
        ("Hvis forløbene bliver kortere, frygter vi for kvaliteten.", SHORTER, "imod"),
        ("Hvis vi var imod kortere forløb, så skulle det nok siges.", SHORTER, "neutral"),
        # A condition runs on through the clauses of its sentence ("…, og at …").
        ("Vi kan som udgangspunkt acceptere kortere forløb, under forudsætning af at de svageste "
         "borgere ikke mister hjælpen, og at ingen bliver ladt alene med problemerne.", SHORTER, "støtter"),
        ("Lukningen kan vi godt leve med.", CLOSING, "støtter"),
        # "beholderen" is a bin, not "beholde" (keep).
        ("Vi støtter, at beholderne stilles ved vejen.", Target.of("Beholdere ved vejen; hentning ophører"),
         "støtter"),
        ("Vi vil gerne beholde Solhuset.", CLOSING, "imod"),
        ("Solhuset skal blive liggende, hvor det ligger.", CLOSING, "imod"),
        ("Besparelsen står ikke mål med ulemperne for børnene.", CLOSING, "imod"),
        # Backing those who would keep what the element takes away is against it.
        ("Vi bakker op om forældrene, der kæmper for at bevare Solhuset.", CLOSING, "imod"),
        ("Vi støtter ønsket om at bevare huset.", CLOSING, "imod"),
        # Not the answer to the problem it is meant to solve.
        ("Lukningen er ikke løsningen på kommunens økonomi.", CLOSING, "imod"),
        # Letting it stay keeps it; letting it become something else does not.
        ("Lad Solhuset blive, hvor det er!", CLOSING, "imod"),
        ("Vi håber, at I vil lade Solhuset blive i byen.", CLOSING, "imod"),
        ("Lad Solhuset blive til et værested for de unge.", CLOSING, "neutral"),
        # An improvement with a word of degree is still one.
        ("Vi ser det som en klar forbedring, at forløbene bliver kortere.", SHORTER, "støtter"),
        # A fronted condition ends where the main clause's verb and subject begin, with a named
        # subject as with a pronoun.
        ("Hvis kommunen alligevel vælger kortere forløb, kan Ældrerådet acceptere det.", SHORTER, "støtter"),
        ("Hvis forløbene bliver kortere, er forældrene bekymrede.", SHORTER, "imod"),
        # Doubting its worth; saying no or yes to it.
        ("Vi er skeptiske over for de kortere forløb.", SHORTER, "imod"),
        ("Vi er ikke skeptiske over for kortere forløb.", SHORTER, "neutral"),
        ("Rådet siger klart nej til lukningen af Solhuset.", CLOSING, "imod"),
        ("Vi siger ja til kortere forløb.", SHORTER, "støtter"),
        # Being (no) adherents of it.
        ("Vi er ikke tilhængere af kortere forløb.", SHORTER, "imod"),
        ("Forældrene er varme tilhængere af kortere forløb.", SHORTER, "støtter"),
        # Making a difference helps; "ingen forskel" is no cue.
        ("At forløbene bliver kortere, gør en stor forskel for os.", SHORTER, "støtter"),
        # Writers who cannot yet judge it are undecided, whatever the hope before it.
        ("Kortere forløb kan være en god idé. Vi har dog svært ved at vurdere forslaget, før vi kender "
         "indholdet.", SHORTER, "neutral"),
        # A cost the household cannot bear is against the rise.
        ("Det bliver 300 kr. om måneden, og det har jeg ikke råd til.", Target.of("Højere takst i klubben",
                                                                                  ["takst"]), "imod"),
        # A stated precondition is the condition of the support, not a second position.
        ("Vi kan tilslutte os kortere forløb. Det er dog en forudsætning for os, at de svageste bevarer "
         "deres hjælp.", SHORTER, "støtter"),
        # Joining another party's letter is no position on the element.
        ("Vi har læst Ældrerådets høringssvar og tilslutter os det.", CLOSING, "neutral"),
        # Adherents and opponents: "(ikke) modstandere af" mirrors "(ikke) tilhængere af".
        ("Forældrene er modstandere af kortere forløb.", SHORTER, "imod"),
        ("Vi er ikke modstandere af kortere forløb.", SHORTER, "støtter"),
        # An objection in the consultation's own word, and its absence.
        ("Foreningen gør hermed indsigelse mod lukningen af Solhuset.", CLOSING, "imod"),
        ("Vi har ingen indsigelser mod kortere forløb.", SHORTER, "støtter"),
        # Asking that another place or way be found is against the one proposed.
        ("Vi opfordrer kommunen til at finde en anden placering til de nye forløb.", SHORTER, "imod"),
        # Plain praise standing alone.
        ("Kortere forløb? Det er rigtig godt.", SHORTER, "støtter"),
        ("Kortere forløb? Det er ikke godt.", SHORTER, "imod"),
        # Offering what it needs backs it.
        ("Foreningen byder gerne ind som bygherre på de nye forløb.", SHORTER, "støtter"),
        ("Vi står gerne til rådighed med frivillige til de kortere forløb.", SHORTER, "støtter"),
        # Taking note of it, however long the object, is an explicit neutral …
        ("Rådet tager forslaget om at lukke det gamle Solhus i byen til efterretning.", CLOSING, "neutral"),
        # … and saying it will not work is against it.
        ("Skal Solhuset lukke? Jeg ved med sikkerhed, at det ikke går.", CLOSING, "imod"),
        ("Kortere forløb? Det går ikke, for børnene når intet.", SHORTER, "imod"),
        # Writers who find it too early to say are undecided.
        ("Vi har sympati for kortere forløb, men det er for tidligt at sige, om de virker.", SHORTER, "neutral"),
    ],
)
def test_clause_stance(text: str, target: Target, stance: str) -> None:
    assert judge([text], target).stance == stance


CLINIC = Target.of("Ny sundhedsklinik med sygeplejerske", ["sundhedsklinik", "klinikken"])


@pytest.mark.parametrize(
    "text, stance",
    [
        # Recommending that the element be done, or done more, backs it …
        ("Det er vores klare anbefaling, at der åbnes et sted med en sygeplejerske uden tidsbestilling.",
         "støtter"),
        ("Vi anbefaler, at klinikken også får en tandlæge.", "støtter"),
        # A pronoun fronted as the object is what was just named.
        ("Jeg har selv brugt en sundhedsklinik i Odense. Det kan jeg varmt anbefale, at byen også får.", "støtter"),
        # Someone's advice, told as a noun, is no recommendation of the writer's.
        ("Borgerne kommer til klinikken efter anbefaling fra egen læge.", "neutral"),
        # … recommending something else is a wish, not a position on it.
        ("Vi anbefaler, at kommunen i stedet styrker den almene praksis.", "neutral"),
        # How hard it is to keep people in a service is no wish to keep anything.
        ("Borgerne er svære at fastholde i almen praksis, så vi kan anbefale klinikken.", "støtter"),
    ],
)
def test_a_recommendation_of_the_element_itself(text: str, stance: str) -> None:
    assert judge([text], CLINIC).stance == stance


def test_taking_note_of_another_elements_reasons_is_no_position_on_this_one() -> None:
    said = ["Vi bakker op om kortere forløb. Vi tager forvaltningens begrundelse for at lukke Solhuset til efterretning."]
    assert judge(said, SHORTER).stance == "støtter"


def test_an_offer_of_talks_is_no_offer_of_help() -> None:
    assert judge(["BUPL står gerne til rådighed for en dialog om kortere forløb."], SHORTER).cues == []


def test_taking_part_in_a_talk_is_no_offer() -> None:
    # "deltager gerne i en dialog om …" offers to talk about another way, not to help it.
    assert judge(["Vi deltager gerne i en dialog om, hvordan pengene kan findes på anden vis."], SHORTER).cues == []


def test_confidence_is_lower_near_the_line() -> None:
    clear = judge(["Vi protesterer og er meget bekymrede. Bevar Solhuset!"], CLOSING)
    hedged = judge(["Vi er umiddelbart ikke imod lukningen."], CLOSING)
    assert 0.5 <= hedged.confidence < clear.confidence <= 1.0


@pytest.mark.parametrize(
    "stances, position",
    [(["imod", "imod"], Position.AGAINST), (["støtter"], Position.SUPPORTS),
     (["imod", "støtter", "neutral"], Position.PARTLY), (["neutral"], Position.NEUTRAL), ([], Position.NEUTRAL)],
)
def test_overall_position(stances: list[str], position: Position) -> None:
    assert overall_position(stances) == position


CODEBOOK = {
    "luk": {"label": "Lukning af Solhuset", "keywords": ["Solhuset"]},
    "takst": {"label": "Højere takst i klubben", "keywords": ["takst", "forældrebetaling"]},
    "bus": {"label": "Færre busture", "keywords": ["bustur", "busture"]},
}


def _states(text: str) -> dict[str, str]:
    return {t.key: t.state.value for t in tag_response(text, CODEBOOK)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi er imod lukningen af Solhuset.\n\nForslaget om højere takst giver ikke anledning til kommentarer.",
         {"luk": "discusses", "takst": "no_comment"}),
        ("Vi er imod lukningen af Solhuset.\n\nTakst:\nIngen bemærkninger.",
         {"luk": "discusses", "takst": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Vi har ingen bemærkninger til de øvrige forslag.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        ("Solhuset må ikke lukke. Vi har ikke bemærkninger til forslagene om takst og busture.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        # Under an element's heading "forslaget" is that element, not the whole proposal.
        ("Lukning af Solhuset\n\nVi er imod lukningen.\n\nHøjere takst i klubben\n\n"
         "Forslaget giver ikke anledning til bemærkninger.",
         {"luk": "discusses", "takst": "no_comment"}),
        ("Højere takst i klubben\n\nVi har ingen kommentarer til forslaget.\n\nFærre busture\n\n"
         "Vi er bekymrede for de færre busture.",
         {"takst": "no_comment", "bus": "discusses"}),
        # Where no heading is in force it is the whole proposal; "de øvrige" points away anywhere.
        ("Vi er imod lukningen af Solhuset.\n\nHøringsmaterialet giver ikke anledning til yderligere "
         "bemærkninger.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        ("Lukning af Solhuset\n\nVi er imod lukningen. Vi har ingen bemærkninger til de øvrige forslag.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        # A no-comment under the element's heading, however it is phrased.
        ("Lukning af Solhuset\n\nVi er imod lukningen.\n\nFærre busture\n\n"
         "Forslaget giver ikke bestyrelsen anledning til kommentarer.",
         {"luk": "discusses", "bus": "no_comment"}),
        # Under a heading of two elements, a no-comment naming one of them is on that one.
        ("Takst og busture\n\nVi har ingen bemærkninger til forslaget om takst. Til de færre busture vil "
         "vi blot bemærke, at børnene skal kunne komme hjem.",
         {"takst": "no_comment", "bus": "discusses"}),
        # A title line names the whole proposal: not a discussion when the body discusses others.
        ("Høringssvar – Solhuset, takst og busture\n\nVi er imod lukningen af Solhuset, som er byens "
         "samlingspunkt.",
         {"luk": "discusses"}),
        ("Høringssvar om Solhuset\n\nVi er meget kede af forslaget og beder udvalget tænke sig om.",
         {"luk": "discusses"}),
        # The sender declines to speak on an element, or leaves it to others.
        ("Vi er imod lukningen af Solhuset. Taksten har vi ikke rigtig nogen holdning til.",
         {"luk": "discusses", "takst": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Taksten og busturene udtaler klubben sig ikke om.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. De færre busture må forældrene selv tage stilling til.",
         {"luk": "discusses", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Til taksten tager vi ikke stilling til det.",
         {"luk": "discusses", "takst": "no_comment"}),
        # A sentence adverbial before the negation; a reason that leaves the element to others.
        ("Vi er imod lukningen af Solhuset.\n\nTaksten\n\nDen fastsættes ikke af klubben, og bestyrelsen "
         "udtaler sig derfor ikke om den.",
         {"luk": "discusses", "takst": "no_comment"}),
        # ... where an earlier clause naming another element is the reason, not the object.
        ("Vi er imod lukningen af Solhuset.\n\nTaksten\n\nDen følger prisen på busturene, og bestyrelsen "
         "udtaler sig derfor ikke om den.",
         {"luk": "discusses", "takst": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Til punktet om taksten har jeg ingen kommentarer, det må "
         "fagfolkene vurdere.",
         {"luk": "discusses", "takst": "no_comment"}),
        # "Det må udvalget vurdere" leaves the element just discussed to others: no blanket.
        ("Om Solhuset skal lukke, er jeg i tvivl. Det må udvalget vurdere.", {"luk": "discusses"}),
        # A whole-proposal no-comment with a pronoun for the proposal, or a compound "…planen".
        ("Vi har læst forslaget til budget 2028 og har ingen bemærkninger til det.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        ("Foreningen har ingen bemærkninger til spareplanen.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        # ... or with the proposal named in the sentence before the pronoun.
        ("Bestyrelsen har gennemgået høringsmaterialet grundigt. Vi har ingen bemærkninger til det.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Vi har talt om taksten. Vi har ingen bemærkninger til det.",
         {"luk": "discusses", "takst": "discusses"}),
        # The sender keeps out of it, or has nothing to say; what a phrase ending on its
        # preposition names follows it directly.
        ("Vi er imod lukningen af Solhuset. Forslaget om færre busture blander bestyrelsen sig ikke i.",
         {"luk": "discusses", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Til det med busturene har jeg ikke noget at sige, vi kører selv.",
         {"luk": "discusses", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Vi har ingen holdning til taksten, da vores børn er store.",
         {"luk": "discusses", "takst": "no_comment"}),
        # "Det er der ikke noget at sige til" (fair enough) is a position, not a no-comment.
        ("Vi er imod lukningen af Solhuset. At taksten stiger, er der ikke noget at sige til.",
         {"luk": "discusses", "takst": "discusses"}),
        # An explicit no-comment outweighs a lone mention elsewhere that takes no position.
        ("Vi er en forening, der også arrangerer busture for de ældre.\n\nVi er imod lukningen af "
         "Solhuset.\n\nFærre busture\n\nHer har vi ingen bemærkninger.",
         {"luk": "discusses", "bus": "no_comment"}),
        # Members of one coordination are named alike: neither is a passing mention.
        ("Vi har læst det hele. Taksten og busturene har jeg ikke noget imod. Højere takst er fint, og en "
         "højere forældrebetaling kan vi betale.",
         {"takst": "discusses", "bus": "discusses"}),
        # The sender declines to hand in remarks at all.
        ("Bestyrelsen har drøftet forslaget, og vi har valgt ikke at afgive bemærkninger til det.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Til taksten afgiver klubben ikke bemærkninger.",
         {"luk": "discusses", "takst": "no_comment"}),
        # A heading of the letter's own with a comma ends the element's section before it.
        ("Lukning af Solhuset\n\nVi er imod lukningen.\n\nHøjere takst i klubben\n\nForslaget giver ikke "
         "anledning til bemærkninger.\n\nDet, vi savner\n\nVi savner en plan for de ældre. De bliver "
         "ofte glemt.",
         {"luk": "discusses", "takst": "no_comment"}),
        # The closing date line ends the last element's section.
        ("Lukning af Solhuset\n\nVi er imod lukningen.\n\nFærre busture\n\nIngen bemærkninger.\n\n"
         "Vesterå, 3. maj 2027\n\nFor bestyrelsen\n\nHanne Dal",
         {"luk": "discusses", "bus": "no_comment"}),
        # Not discussed by the sender: the element fronted, the sentence ending on the participle.
        ("Vi er imod lukningen af Solhuset. Taksten og busturene har foreningen endnu ikke drøftet.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        # ... but another body not having discussed something is a complaint about the process.
        ("Vi er imod lukningen af Solhuset. Kommunen har ikke drøftet taksten med forældrene.",
         {"luk": "discusses", "takst": "discusses"}),
        # The rest lies outside the sender's remit.
        ("Vi er imod lukningen af Solhuset. De øvrige dele af forslaget ligger uden for vores område.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        # A bare "har ingen bemærkninger" in a sentence that names the proposal is on all of it.
        ("Foreningen har gennemgået forslaget og har ingen bemærkninger.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        # ... even where the sender's name shares a word with an element's label.
        ("Klubben har gennemgået forslaget og har ingen bemærkninger.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        # "Resten" is the rest; the opinion the sender lacks may end the sentence.
        ("Vi er imod lukningen af Solhuset. Om resten af forslaget har vi ingen særlig holdning.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
        ("Vi er imod lukningen af Solhuset. Om taksten har jeg ikke rigtig nogen mening.",
         {"luk": "discusses", "takst": "no_comment"}),
        # ... or be followed by its reason after a comma, with the sender as subject.
        ("Vi er imod lukningen af Solhuset. Om busturene har vi ikke nogen mening, vores børn går hjem.",
         {"luk": "discusses", "bus": "no_comment"}),
        # Knowing too little to have an opinion is having none.
        ("Vi er imod lukningen af Solhuset. Om taksten ved jeg alt for lidt til at have en holdning.",
         {"luk": "discusses", "takst": "no_comment"}),
        # Not having taken a position, the element fronted.
        ("Vi er imod lukningen af Solhuset. Busturene har forældrerådet endnu ikke taget stilling til.",
         {"luk": "discusses", "bus": "no_comment"}),
        # What the material read is about names the proposal's subject, not a remark on the element.
        ("Foreningen har gennemgået materialet om Solhuset og busturene og har ingen bemærkninger til "
         "forslaget.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "no_comment"}),
        # ... but a position in the same sentence is one.
        ("Foreningen har gennemgået materialet om busturene og er imod dem. Vi har ingen bemærkninger til "
         "de øvrige forslag.",
         {"luk": "no_comment", "takst": "no_comment", "bus": "discusses"}),
        # ... but "det giver ingen mening" is a criticism.
        ("Vi er imod lukningen af Solhuset. At taksten stiger, giver ingen mening.",
         {"luk": "discusses", "takst": "discusses"}),
        # A heading answered in full by "Ingen kommentarer." ends its section there.
        ("Takst: Ingen kommentarer.\n\nVi vil gerne nævne noget, der ikke står i forslaget. Der mangler "
         "penge til driften af klubben.",
         {"takst": "no_comment"}),
        # "De dele af planen, der …" are the parts the letter leaves aside.
        ("Vi er imod lukningen af Solhuset.\n\nKlubben har ingen kommentarer til de dele af planen, der "
         "handler om de ældre.",
         {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}),
    ],
)
def test_no_comment_phrasings(text: str, expected: dict[str, str]) -> None:
    assert _states(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A position on the whole plan holds for an element the letter takes no position on ...
        ("Højere takst i klubben\n\nEn højere takst rammer familierne.\n\nFærre busture\n\nVi er i tvivl "
         "om, hvordan færre busture skal fungere for de mindste.\n\nVi kan ikke anbefale forslaget.",
         {"takst": "imod", "bus": "imod"}),
        # ... but "denne del af forslaget" is the element just discussed, not the whole plan.
        ("Højere takst i klubben\n\nEn højere takst rammer familierne. Vi kan derfor ikke anbefale denne del "
         "af forslaget.\n\nFærre busture\n\nVi er i tvivl om, hvordan færre busture skal fungere for de "
         "mindste.",
         {"takst": "imod", "bus": "neutral"}),
    ],
)
def test_positions_on_the_whole_plan(text: str, expected: dict[str, str]) -> None:
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == expected


def test_the_learned_model_waits_for_enough_examples() -> None:
    few = [Example(("Vi er imod.",), CLOSING, Stance.AGAINST)] * (MIN_EXAMPLES - 1)
    assert not StanceModel(few).ready
    texts = {Stance.AGAINST: "Vi er stærkt imod og bekymrede.", Stance.SUPPORTS: "Vi støtter varmt.",
             Stance.NEUTRAL: "Huset har plads til mange."}
    many = [Example((texts[s],), CLOSING, s) for s in texts for _ in range(MIN_EXAMPLES // 3 + 1)]
    model = StanceModel(many)
    assert model.ready
    assert model.combine(["Vi støtter varmt."], CLOSING).stance == Stance.SUPPORTS


def _letters(folder: Path) -> None:
    folder.mkdir()
    (folder / "01_a.txt").write_text("Høringssvar\n\nVi er imod lukningen af Solhuset. Parkeringen ved "
                                     "hallen er allerede et stort problem for forældre om morgenen.\n\n"
                                     "Vi har ingen bemærkninger til de øvrige forslag.\n", encoding="utf-8")
    (folder / "02_b.txt").write_text("Høringssvar\n\nVi støtter lukningen af Solhuset, da huset er nedslidt. "
                                     "Parkeringen ved hallen er et problem for forældre, der henter.\n",
                                     encoding="utf-8")


def test_eval_reports_every_measure_beside_the_baseline(tmp_path: Path) -> None:
    folder = tmp_path / "svar"
    _letters(folder)
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Test"\n[themes.luk]\nlabel = "Lukning af Solhuset"\nkeywords = ["Solhuset"]\n'
                      '[themes.takst]\nlabel = "Højere takst"\nkeywords = ["takst"]\n', encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({
        "codebook": {"luk": {"label": "Lukning af Solhuset", "keywords": ["Solhuset"]},
                     "takst": {"label": "Højere takst", "keywords": ["takst"]}},
        "responses": [
            {"n": 1, "file": "01_a.txt", "themes": ["luk"], "themes_no_comment": ["takst"],
             "stance": {"luk": "imod"}, "emergent": []},
            {"n": 2, "file": "02_b.txt", "themes": ["luk"], "themes_no_comment": [],
             "stance": {"luk": "støtter"}, "emergent": []},
        ]}, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    archive = ["--archive", str(tmp_path / "arkiv")]
    assert runner.invoke(main, [*archive, "new", "t", "--config", str(config)]).exit_code == 0
    assert runner.invoke(main, [*archive, "collect", "t", str(folder)]).exit_code == 0
    result = runner.invoke(main, [*archive, "eval", "t", "--labels", str(labels), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stance"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    assert data["no_comment"]["recall"] == 1.0
    assert data["overall"]["correct"] == 2
    assert "stance" in data["baseline"]
    text = runner.invoke(main, [*archive, "eval", "t", "--labels", str(labels)]).output
    assert "Holdning, træfsikkerhed" in text and "enkle regler" in text
    bad = runner.invoke(main, [*archive, "eval", "--learned", f"t={labels}"])
    assert bad.exit_code != 0 and "mindst tre" in bad.output


def test_stances_people_set_train_the_model_that_revises_the_machines(hoering, tmp_path) -> None:
    """Stances set with `hoering tag --stance` are the model's examples; past MIN_EXAMPLES the
    re-tag revises the machine's stances and confidences with it (real archive, real CLI)."""
    from hoering import themes
    from hoering.store import Archive

    folder = tmp_path / "svar"
    folder.mkdir()
    # Twelve letters on three elements, worded so that the rules read most of them neutral.
    words = {"imod": "Det er en rigtig dårlig og uklog vej at gå for {x}.",
             "støtter": "Det er en klog og rigtig god vej at gå for {x}.",
             "neutral": "Vi har noteret planen for {x} og ser frem til at høre mere."}
    wanted = {}
    for i in range(12):
        stance = ["neutral", "støtter", "imod"][i % 3]
        text = "\n\n".join(words[stance].format(x=x) for x in ("Solhuset", "taksten", "bussen"))
        opening = f"Vi skriver som forening nummer {i + 1} i byen."  # no two files alike
        (folder / f"{i + 1:02d}.txt").write_text(f"Høringssvar\n\n{opening}\n\n{text}\n", encoding="utf-8")
        wanted[i + 1] = stance
    config = tmp_path / "hoering.toml"
    config.write_text('title = "Test"\n'
                      '[themes.luk]\nlabel = "Lukning af Solhuset"\nkeywords = ["Solhuset"]\n'
                      '[themes.takst]\nlabel = "Højere takst"\nkeywords = ["taksten"]\n'
                      '[themes.bus]\nlabel = "Færre busser"\nkeywords = ["bussen"]\n', encoding="utf-8")
    hoering("new", "t", "--config", config)
    hoering("collect", "t", folder, "-q")
    for n in range(1, 12):  # the twelfth (against) is left to the machine
        for key in ("luk", "takst", "bus"):
            hoering("tag", "t", n, key, "--stance", wanted[n])
    with Archive() as archive:
        model = themes.stance_model(archive)
        assert model.size == 33, model.size
        assert model.ready
        themes.retag(archive, "t")
        consultation = archive.consultation("t")
        last = archive.response(consultation, 12)
        tags = themes.response_tags(archive, last.id)
    # The rules read "en rigtig dårlig og uklog vej" as neutral; the model learned it is against.
    assert {t.key: t.stance for t in tags} == {"luk": "imod", "takst": "imod", "bus": "imod"}
    assert all(t.source == "auto" and t.confidence is not None for t in tags)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A sentence that reads like a part of the label names the element without its keyword.
        ("Vi er imod, at hallen skal lukke kl. 20 på hverdage.", {"hal": "discusses"}),
        ("Jeg synes ikke, at svømmehallen bør lukke allerede kl. 20.", {"hal": "discusses"}),
        # Not with another number, nor with only one of its words.
        ("Hallen lukker kl. 22 om fredagen, og det er fint.", {}),
        ("Vi kommer i hallen hver tirsdag kl. 20.", {}),
    ],
)
def test_an_element_named_by_its_description(text: str, expected: dict[str, str]) -> None:
    codebook = {"hal": {"label": "Kortere åbningstid (hallen lukker kl. 20)", "keywords": ["åbningstid"]},
                "bus": {"label": "Færre busture", "keywords": ["bustur"]}}
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == expected


def test_a_description_may_use_the_head_of_a_compound() -> None:
    codebook = {"aften": {"label": "Færre afgange (sidste bybus kl. 21)", "keywords": ["aftenafgange"]}}
    assert [t.key for t in tag_response("Det er for tidligt, at den sidste bus kører kl. 21.", codebook)] == ["aften"]
    assert tag_response("Den sidste bus kører kl. 23.", codebook) == []


def test_a_sentence_naming_another_element_is_not_this_ones_act() -> None:
    """"lukker" in a sentence about the fee is the shops closing, not Solhuset's closure."""
    text = "Solhuset har 40 pladser.\n\nVi er meget imod den højere takst, når butikkerne lukker kl. 17."
    stances = {t.key: t.stance.value for t in tag_response(text, CODEBOOK)}
    assert stances == {"luk": "neutral", "takst": "imod"}


def test_a_paragraphs_opening_sentence_states_its_point() -> None:
    text = "Vi deler forældrenes bekymring. Taksten stiger med 200 kr. om måneden."
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"takst": "imod"}


def test_a_sentence_turning_to_something_else_does_not_follow_the_element() -> None:
    # "Derimod …" opens on another subject: its praise is not of the closure just opposed.
    text = ("Solhuset må ikke lukke. Derimod synes vi, det er en god idé at spare på administrationen.\n\n"
            "En højere takst er vi imod.")
    assert {t.key: t.stance for t in tag_response(text, CODEBOOK)} == {"luk": "imod", "takst": "imod"}


def test_a_paragraph_goes_on_about_its_element_until_it_names_another() -> None:
    # The position comes two sentences after the element is named.
    text = ("Den højere takst har vi drøftet på to møder i bestyrelsen. Mange familier har i forvejen travlt "
            "med at få hverdagen til at hænge sammen. Vi kan derfor ikke støtte den.\n\n"
            "Færre busture er vi ikke imod.")
    assert {t.key: t.stance for t in tag_response(text, CODEBOOK)} == {"takst": "imod", "bus": "støtter"}


def test_a_one_issue_letters_positions_are_on_its_issue() -> None:
    text = ("Mine to børn går i klubben, og taksten er i dag 300 kr.\n\n"
            "Jeg synes faktisk, det er en god idé, at forældrene betaler lidt mere.")
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"takst": "støtter"}


def test_both_members_of_bade_og_are_named() -> None:
    text = ("Solhuset er byens hjerte, og Solhuset samler alle. Vi beder jer genoverveje både lukningen af "
            "Solhuset og de færre busture.")
    assert set(_states(text)) == {"luk", "bus"}
    # A single mention amid another element's sentences is still a passing one.
    text = "Solhuset er byens hjerte, og Solhuset samler alle. Vi kommer dertil på busture."
    assert set(_states(text)) == {"luk"}


def test_a_position_on_the_whole_plan_holds_where_an_element_has_none_of_its_own() -> None:
    text = ("Jeg bakker op om planen.\n\nDen højere takst er til at betale for de fleste.\n\n"
            "Vi er dog bekymrede for de færre busture.")
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"takst": "støtter", "bus": "imod"}


def test_an_element_a_position_is_taken_on_is_not_mentioned_in_passing() -> None:
    text = "Solhuset er byens hjerte, og Solhuset samler alle. Vi er ikke imod færre busture om sommeren."
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"luk": "neutral", "bus": "støtter"}


def test_tvaertimod_says_the_contrary_of_a_negated_cue_outright() -> None:
    plain = judge(["Vi er ikke imod kortere forløb."], SHORTER)
    contrary = judge(["Vi er ikke imod kortere forløb – tværtimod."], SHORTER)
    assert plain.stance == contrary.stance == "støtter"
    assert contrary.score >= plain.score + 1.0 and contrary.confidence > plain.confidence
    later = judge(["Vi er ikke imod kortere forløb. Det kan tværtimod give ro i forløbet."], SHORTER)
    assert later.score >= plain.score + 1.0
    # With no cue just before it, "tværtimod" weighs nothing.
    assert judge(["Forløbene er tværtimod lange."], SHORTER).cues == []


def test_an_element_that_den_del_af_forslaget_points_back_at_is_not_in_passing() -> None:
    base = "Solhuset er byens hjerte, og Solhuset samler alle, men så kommer vi dertil på busture."
    assert set(_states(base + " Det er vi glade for.")) == {"luk"}
    text = base + " Det hænger ikke sammen, og vi er derfor imod den del af forslaget."
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)}["bus"] == "imod"


def test_forslaget_under_an_elements_heading_is_that_element_not_the_whole_plan() -> None:
    # In a paragraph that names the heading's element.
    text = ("Højere takst i klubben\n\nVi har set på taksten, og det må vi se på.\n\nFærre busture\n\n"
            "Busturene er dyre for klubben. Vi støtter forslaget.")
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"takst": "neutral", "bus": "støtter"}
    # Where no element's heading is in force, it is the whole plan's and holds for both.
    text = "Vi har set på taksten, og det må vi se på.\n\nBusturene er dyre for klubben. Vi støtter forslaget."
    assert {t.key: t.stance.value for t in tag_response(text, CODEBOOK)} == {"takst": "støtter", "bus": "støtter"}


def test_under_a_heading_its_own_labels_words_are_not_another_elements_keywords() -> None:
    # The hall becomes a bus garage: under its heading, the buses are what it takes in.
    codebook = {"hal": {"label": "Hallen lukkes og bliver til busgarage", "keywords": ["hallen"]},
                "bus": {"label": "Færre busture om aftenen", "keywords": ["bus", "busture"]}}
    text = ("Hallen\n\nVi er imod, at hallen bliver garage. Bus efter bus vil holde der, og vi frygter "
            "larmen fra busserne.\n\nFærre busture\n\nVi støtter færre busture om aftenen.")
    tags = {t.key: t for t in tag_response(text, codebook)}
    assert tags["hal"].stance == Stance.AGAINST
    assert tags["bus"].stance == Stance.SUPPORTS


def test_a_line_on_the_senders_remarks_on_the_whole_plan_is_the_letters_title() -> None:
    # The sender's name spells an element ("Solhusets Venner"): its title line scopes nothing.
    text = ("Solhusets Venners bemærkninger til spareplanen\n\nVi har drøftet planen. Vi er imod "
            "lukningen af Solhuset, og vi frygter for børnene. Huset er byens samlingspunkt.\n\nVi forstår heller ikke, "
            "hvorfor der skal være færre busture.")
    assert _states(text) == {"bus": "discusses", "luk": "discusses"}


def test_an_opening_sentence_on_another_elements_act_is_not_this_ones_point() -> None:
    text = ("Vi har læst planen.\n\nVi er stærkt imod lukningen. Huset har plads til alle, også dem, der "
            "kommer med busturene om aftenen.\n\nDe færre busture kan vi godt leve med.\n\nEn højere takst "
            "er også i orden.")
    tags = {t.key: t for t in tag_response(text, CODEBOOK)}
    assert tags["bus"].stance == Stance.SUPPORTS


def test_a_one_issue_letters_position_on_another_elements_act_is_not_on_its_issue() -> None:
    # The letter discusses the fare only (Solhuset is not named); "at det lukker" is the
    # closing's act, so that refusal is no position on the fare.
    text = ("Huset er byens samlingspunkt. Vi kan ikke støtte, at det lukker.\n\n"
            "Vi ser positivt på den højere takst, hvis der er søskenderabat.")
    tags = {t.key: t for t in tag_response(text, CODEBOOK)}
    assert tags["takst"].stance == Stance.SUPPORTS


def test_declining_to_speak_with_the_rest_fronted_is_a_blanket_no_comment() -> None:
    text = "Vi er imod lukningen af Solhuset.\n\nTil resten af planen vil jeg ikke udtale mig, det ved jeg for lidt om."
    assert _states(text) == {"luk": "discusses", "takst": "no_comment", "bus": "no_comment"}
    # "vil ikke udtale mig" with nothing fronted names nothing.
    assert _states("Vi er imod lukningen af Solhuset. Mere vil jeg ikke udtale mig.") == {"luk": "discusses"}


def test_the_parts_of_the_plan_a_relative_clause_names_are_those_elements() -> None:
    codebook = {**CODEBOOK, "have": {"label": "Haven ved Solhuset nedlægges", "keywords": ["haven"]}}
    named = ("Vi er imod lukningen af Solhuset.\n\nVi har ikke bemærkninger til de dele af planen, der handler om "
             "takst og busture.")
    assert {t.key: t.state.value for t in tag_response(named, codebook)} == {
        "luk": "discusses", "takst": "no_comment", "bus": "no_comment"}
    # A clause that describes the parts by something no element is called by: every part
    # the letter leaves aside.
    described = ("Vi er imod lukningen af Solhuset.\n\nVi har ikke bemærkninger til de dele af planen, der handler om "
                 "byen og økonomien.")
    assert {t.key: t.state.value for t in tag_response(described, codebook)} == {
        "luk": "discusses", "takst": "no_comment", "bus": "no_comment", "have": "no_comment"}


def test_a_head_the_label_uses_alone_names_the_element() -> None:
    # The label has "sygeplejerske", a keyword the compound "gadesygeplejerske".
    codebook = {**CODEBOOK, "klinik": {"label": "Klinik for hjemløse (sygeplejerske og læge)",
                                       "keywords": ["gadesygeplejerske", "klinikken"]}}
    text = "Vi er imod lukningen af Solhuset.\n\nDet er godt, at de kan blive set af en sygeplejerske."
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == {"luk": "discusses", "klinik": "discusses"}
    # Where another keyword uses the head as a word of its own, it is not taken alone.
    codebook["klinik"]["keywords"] = ["gadesygeplejerske", "sygeplejerskeordning"]
    assert "klinik" not in {t.key for t in tag_response(text, codebook)}


def test_what_the_proposal_the_sender_has_seen_is_about_is_no_remark() -> None:
    text = ("Vi har set forslaget om, at busturene bliver færre.\n\n"
            "Vi er imod, at Solhuset lukker. Huset er byens samlingspunkt.")
    assert _states(text) == {"luk": "discusses"}


def test_the_verb_of_a_keyword_noun_in_ing_names_the_elements_act() -> None:
    from hoering.analysis.heads import verbs_of

    assert "betale" in verbs_of("betaling") and "afkoble" in verbs_of("afkobling")
    assert "sammenlægge" in verbs_of("sammenlægning") and verbs_of("bus") == []
    assert verbs_of("opsøgende") == ["opsøge"] and verbs_of("timelønnede") == ["timeløn"]
    assert verbs_of("herberget") == []  # a definite noun is no adjective
    codebook = {**CODEBOOK, "pris": {"label": "Betaling for voksenhold", "keywords": ["betaling", "voksenhold"]}}
    text = "Nu skal vi til at betale 75 kr. i timen for banerne. Det synes jeg er urimeligt."
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == {"pris": "discusses"}
    # Beside another element the verb is as often an idiom: it does not count there.
    text = "Vi er imod, at Solhuset lukker. Det er børnene, der betaler for besparelsen."
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == {"luk": "discusses"}


def test_the_noun_an_adjective_in_ede_is_made_from_names_the_element() -> None:
    codebook = {**CODEBOOK, "ansatte": {"label": "Flere timelønnede medarbejdere", "keywords": ["timelønnede"]}}
    text = "Vi er imod, at Solhuset lukker. Huset er byens samlingspunkt.\n\nVi er også imod, at opgaverne fremover skal løses af unge på timeløn."
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == {"luk": "discusses", "ansatte": "discusses"}


def test_p_is_the_written_abbreviation_of_parkerings() -> None:
    codebook = {**CODEBOOK, "vej": {"label": "Parkvej ombygges; 40 parkeringspladser nedlægges",
                                    "keywords": ["Parkvej", "parkeringspladser"]}}
    text = "Planen vil fjerne næsten alle p-pladser i vores gade. Det siger vi nej til."
    assert {t.key: t.state.value for t in tag_response(text, codebook)} == {"vej": "discusses"}
    assert "vej" not in {t.key for t in tag_response("Vi har en p-skive i bilen.", codebook)}
