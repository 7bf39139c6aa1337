"""Theme discovery and extractive summaries on seed 001."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoering.analysis.evaluate import discovery
from hoering.analysis.suggest import SuggestedTheme, suggest_themes
from hoering.analysis.summarise import (
    summarise_response,
    summarise_responses,
    summarise_themes,
    theme_summaries_with_senders,
)
from hoering.analysis.tagging import tag_responses

DATA = Path(__file__).parent / "data"
LABELS = json.loads((DATA / "seed001-labels.json").read_text(encoding="utf-8"))
RESPONSES = json.loads((DATA / "seed001_responses.json").read_text(encoding="utf-8"))
TEXTS = [r["text"] for r in RESPONSES]
CODEBOOK = LABELS["codebook"]


@pytest.fixture(scope="module")
def suggestions() -> list[SuggestedTheme]:
    return suggest_themes(TEXTS, CODEBOOK)


def _find(suggestions: list[SuggestedTheme], word: str) -> SuggestedTheme:
    matches = [s for s in suggestions if word in s.keywords]
    assert matches, f"no suggestion with {word!r}: {[s.label for s in suggestions]}"
    return matches[0]


def test_outside_topics_of_the_sample_are_among_the_first_five(suggestions: list[SuggestedTheme]) -> None:
    # Measured: 3 of the 4 labelled outside topics raised by 3+ responses (omplacering,
    # aeldre, udsatte); the floor leaves room for a change of one.
    found = discovery([{i + 1 for i in s.responses} for s in suggestions], LABELS)
    assert found.hits >= 2, found.found
    assert found.found["omplacering"] is not None


def test_discovery_is_deterministic() -> None:
    first = suggest_themes(TEXTS, CODEBOOK)
    again = suggest_themes(list(TEXTS), dict(CODEBOOK))
    assert [(s.label, s.responses, s.passages) for s in first] == [(s.label, s.responses, s.passages) for s in again]


def test_suggestions_are_outside_the_codebook(suggestions: list[SuggestedTheme]) -> None:
    codebook_words = {k for theme in CODEBOOK.values() for k in theme["keywords"]}
    for theme in suggestions:
        assert theme.keywords[0] not in codebook_words
        assert len(theme.responses) >= 2
        assert 1 <= len(theme.passages) <= 2
        for response, text in theme.passages:
            assert text in TEXTS[response]


def test_suggestions_are_deterministic(suggestions: list[SuggestedTheme]) -> None:
    assert suggest_themes(TEXTS, CODEBOOK) == suggestions


def test_background_texts_are_accepted() -> None:
    background = ["Borgerne i kommunen får tilbud om aktivering og mentorstøtte. " * 3]
    themes = suggest_themes(TEXTS, CODEBOOK, background=background, max_themes=3)
    assert 1 <= len(themes) <= 3


def test_too_little_text_suggests_nothing() -> None:
    assert suggest_themes(["Ingen bemærkninger.", "Vi bakker op."], CODEBOOK) == []


# --- summaries --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tags():  # noqa: ANN201
    return tag_responses(TEXTS, CODEBOOK)


def test_theme_summaries_are_attributed_and_diverse(tags) -> None:  # noqa: ANN001
    summaries = summarise_themes(TEXTS, tags, per_theme=3)
    assert set(summaries) <= set(CODEBOOK)
    for key, extracts in summaries.items():
        assert 1 <= len(extracts) <= 3
        assert len({e.text for e in extracts}) == len(extracts)  # no repeats
        for e in extracts:
            assert e.text in TEXTS[e.response]
            assert key in {t.key for t in tags[e.response] if t.state == "discusses"}
    # several responses discuss "kortere": the summary quotes three different ones
    assert len({e.response for e in summaries["kortere"]}) == 3
    assert not any(e.text.startswith("Ingen kommentarer") for x in summaries.values() for e in x)


def test_theme_summaries_are_deterministic(tags) -> None:  # noqa: ANN001
    assert summarise_themes(TEXTS, tags) == summarise_themes(TEXTS, tags)


def test_response_resumes_are_short_and_in_the_responses_words() -> None:
    resumes = summarise_responses(TEXTS)
    assert len(resumes) == len(TEXTS)
    for text, resume in zip(TEXTS, resumes, strict=True):
        assert resume and len(resume) <= 700
        assert set(resume.split()) <= set(text.split())  # extractive: its own words
    assert resumes[7].startswith("Ældrerådet kan ikke se rimeligheden")  # the point first
    single = summarise_response(TEXTS[7])
    assert single.startswith("Ældrerådet kan ikke se rimeligheden")


def test_export_shape_of_theme_summaries(tags) -> None:  # noqa: ANN001
    senders = [r["title"] for r in RESPONSES]
    shaped = theme_summaries_with_senders(summarise_themes(TEXTS, tags), senders)
    first = shaped["have"][0]
    assert set(first) == {"response_id", "sender", "text"}
    assert first["sender"] == senders[first["response_id"] - 1]


def test_complaints_about_the_process_are_one_topic_and_letters_about_themselves_none() -> None:
    # Invented letters: three complain about the consultation in different words, three only
    # say how they read it; the proposal (a closing library) is the codebook's one element.
    complaint = [
        "Vi må påpege, at høringsfristen på tre uger er alt for kort for en frivillig forening.",
        "Det er kritisabelt, at borgerne ikke blev inddraget, før forslaget blev sendt i høring.",
        "Høringsperioden lå i sommerferien, og borgermødet blev først holdt dagen før fristen.",
    ]
    about_itself = [
        "Bestyrelsen har drøftet høringsmaterialet på sit møde og afgiver hermed følgende høringssvar.",
        "Rådet har behandlet høringen på mødet i går og takker for muligheden for at svare.",
        "Vi har læst høringsmaterialet grundigt og vil gerne give vores mening til kende herunder.",
    ]
    body = "Lukningen af biblioteket i Hallelev vil ramme byens ældre og børnefamilier hårdt."
    texts = [f"{c}\n\n{body}" for c in complaint] + [f"{a}\n\n{body}" for a in about_itself]
    codebook = {"bibliotek": {"label": "Lukning af biblioteket i Hallelev", "keywords": ["bibliotek"]}}
    found = suggest_themes(texts, codebook)
    process = [s for s in found if "høringsproces" in s.keywords]
    assert len(process) == 1 and process[0].responses == [0, 1, 2]
    # The letters speaking of themselves share words (høringsmateriale, møde) but no topic.
    assert not any(len({3, 4, 5} & set(s.responses)) >= 2 for s in found)


def test_a_letter_telling_how_it_was_handled_is_no_topic() -> None:
    # Invented letters: three open by saying who deliberated the proposal and when (no word
    # for the consultation process itself), then each raises street lighting.
    preambles = [
        "Skolebestyrelsen ved Nordskolen har på sit møde den 3. maj drøftet forslaget om vintertjeneste.",
        "Skolebestyrelsen har drøftet forslaget på sit møde den 28. april og behandlet det grundigt.",
        "Forældreforeningen ved skolen har på sit møde den 2. maj drøftet og behandlet forslaget.",
        "Skolens elevråd har på sit møde i april behandlet forslaget og drøftet det med skolens ledelse.",
    ]
    lighting = [
        "Gadelamperne langs stien til hallen er slukket, så det er mørkt og utrygt om morgenen.",
        "Flere gadelamper på stien ved hallen har været i stykker hele vinteren, og det er mørkt.",
        "Om morgenen er stien mørk, fordi gadelamperne er slukket, og isen kan ikke ses.",
    ]
    body = "Vi er imod, at vintertjenesten på vejene i landsbyerne skæres ned."
    others = [
        "Vintertjenesten bør fortsætte som i dag, siger vi som beboere i Hallelev.",
        "Det er vigtigt, at vintertjenesten kommer tidligt ud på vejene om morgenen.",
        "Vi håber, udvalget vil lytte til borgerne om vintertjenesten i år.",
    ]
    texts = [f"{p}\n\n{light}\n\n{body}" for p, light in zip(preambles, [*lighting, ""], strict=True)] + others
    codebook = {"vinter": {"label": "Vintertjenesten skæres ned", "keywords": ["vintertjeneste"]}}
    found = suggest_themes(texts, codebook)
    for s in found:
        for _, text in s.passages:
            assert text not in preambles, s.label
    assert any(len({0, 1, 2} & set(s.responses)) == 3 and "gadelampe" in " ".join(s.keywords) for s in found)


def test_an_element_discussed_without_its_keywords_ranks_after_new_topics() -> None:
    # Invented letters: each defends the snow-help scheme by its keyword, then speaks of it
    # as "ordningen" and of pensioners and pavements (the words of its label); three also
    # raise a topic outside the codebook (blocked drains).
    scheme = [
        ("Vi protesterer mod, at snehjælpen ophører.",
         "Ordningen er en tryghed for pensionister, der ikke selv kan rydde fortovet."),
        ("Bevar snehjælpsordningen.",
         "Uden ordningen må pensionister selv rydde fortovet, og det kan de ikke."),
        ("Snehjælpen må ikke nedlægges.",
         "For os pensionister er ordningen den eneste måde at få ryddet fortovet."),
        ("Vi er imod, at snehjælpen forsvinder.",
         "Ordningen koster lidt, men pensionister med dårlig ryg kan ikke rydde fortovet."),
        ("Behold snehjælpen.",
         "Vi pensionister har brug for ordningen, for vi kan ikke selv rydde fortovet."),
        ("Snehjælpen skal fortsætte.",
         "Ordningen betyder, at pensionister trygt kan komme ud, når fortovet er ryddet."),
    ]
    drains = [
        "Rendestensbrøndene på Bakkevej er fulde af blade og grus fra efteråret, så kældrene oversvømmes.",
        "Når rendestensbrøndene ikke tømmes, står vandet i store pytter ved busstoppestedet om natten.",
        "Tilstoppede rendestensbrønde giver vand på cykelstien, som fryser til is om natten.",
        "", "", "",
    ]
    texts = [f"{a} {b}\n\n{d}".strip() for (a, b), d in zip(scheme, drains, strict=True)]
    texts += ["Vi støtter forslaget om snehjælpen som helhed og har ikke yderligere at tilføje her."] * 5
    codebook = {"snehjaelp": {"label": "Snehjælpsordningen (rydning af fortov for pensionister) ophører",
                              "keywords": ["snehjælp", "snehjælpsordning"]}}
    found = suggest_themes(texts, codebook)
    talk = [k for k, s in enumerate(found) if "ordning" in s.keywords[:2]]
    drain = [k for k, s in enumerate(found) if any(w.startswith("rendestensbrønd") or w == "brønd" for w in s.keywords)]
    assert drain, [s.label for s in found]
    assert talk and talk[0] > drain[0], [s.label for s in found]  # offered still, after the new topic


def test_a_topic_is_every_response_that_raises_its_nouns() -> None:
    # Invented letters: six of twelve raise parking, each in other words around it (one of
    # them about the school run); the sentence clusters split them by those words, the topic
    # named by "parkering" counts them all.
    parking = [
        "Parkeringen ved hallen er et stort problem om aftenen, når forældrene henter efter træning.",
        "Der er alt for få parkeringspladser ved hallen, og de to handicappladser forsvinder med forslaget.",
        "Vi bruger lang tid på at finde parkering, når vi kommer med rollator og kørestol til koncerterne.",
        "Parkeringen ved indgangen er fuld hver lørdag, og mange gæster holder ulovligt på græsset.",
        "Uden parkering tæt på indgangen kan vores ældre medlemmer ikke komme til koncerterne om aftenen.",
        "Trafikken og parkeringen omkring skolen om morgenen er farlig for de mindste børn på cykel.",
    ]
    other = [
        "Koret øver hver tirsdag, og vi har brug for et lokale med klaver og plads til fyrre sangere.",
        "Om morgenen kører bussen for sjældent, og de ældre må vente længe i kulden ved stoppestedet.",
        "Forældrene på skolen bakker op om musikskolen, og børnene glæder sig til koncerterne hver jul.",
        "Den lokale købmand og caféen mister kunder, hvis huset lukker, og byen bliver mere øde.",
        "Vores medlemmer er frivillige og bruger mange timer på at passe huset og holde haven.",
        "Mange unge familier er flyttet til byen de seneste år, fordi her er liv og aktiviteter.",
        "Biblioteket i huset er det eneste sted, hvor de ældre kan låne bøger og læse avisen.",
        "Vi holder generalforsamling i huset hvert forår, og det kan ikke flyttes til Solbjerg.",
        "Spejderne mødes i kælderen hver onsdag og har ingen andre lokaler i byen.",
        "Huset blev bygget for frivillige midler i 1978, og mange har givet arbejdskraft til det.",
        "Lukningen sparer kun få penge, men koster byen meget mere i tabt liv og fællesskab.",
        "Jeg går til yoga i huset to gange om ugen og møder der mine naboer.",
    ]
    body = "Vi er imod, at kulturhuset i Hallelev lukker, for huset er byens samlingssted."
    texts = [f"{body}\n\n{p}\n\n{o}" for p, o in zip(parking, other, strict=False)]
    texts += [f"{body}\n\n{o}" for o in other[len(parking):]]
    codebook = {"kulturhus": {"label": "Lukning af kulturhuset i Hallelev", "keywords": ["kulturhus"]}}
    found = suggest_themes(texts, codebook)
    topic = [s for s in found if s.keywords[0] == "parkering"]
    assert topic and topic[0].responses == [0, 1, 2, 3, 4, 5], [(s.label, s.responses) for s in found]


def test_a_participle_for_people_is_a_noun_and_one_before_a_noun_is_not() -> None:
    from hoering.analysis.suggest import _units, _Vocabulary, analyse

    texts = ["Det går ud over de pårørende, der bærer det tungeste læs i de kommende år.",
             "Vi ser mange pårørende, som går ned med stress, og de kommende måneder bliver hårde.",
             "Os pårørende er aldrig blevet hørt, når plejen ændres."]
    vocab = _Vocabulary([u.tokens for u in _units(analyse(texts))])
    assert "pårørende" in vocab.nouns
    assert "kommende" not in vocab.nouns


def test_clusters_naming_each_others_thing_are_one_topic() -> None:
    from hoering.analysis.suggest import _merge_named_alike

    relatives, spouses, parking = [0, 1], [2, 3], [4, 5]
    cores = {id(relatives): ["pårørende"], id(spouses): ["ægtefælle", "pris"], id(parking): ["parkering"]}
    said = {id(relatives): {"pårørende", "ægtefælle", "weekend"}, id(spouses): {"ægtefælle", "pris", "pårørende"},
            id(parking): {"parkering", "pårørende"}}
    # Parking names the relatives among its words, but they do not name parking: two topics.
    assert _merge_named_alike([relatives, spouses, parking], cores, said) == [[0, 1, 2, 3], [4, 5]]


def test_words_of_a_position_taken_name_no_topic() -> None:
    from hoering.analysis.suggest import _stance_words, _units, analyse

    texts = ["Vi er meget bekymrede for ventetiden på genoptræning.",
             "Bekymringen for ventetiden er stor blandt vores medlemmer, og vi protesterer mod forslaget.",
             "Ventetiden på genoptræning er allerede lang."]
    units = _units(analyse(texts))
    found = _stance_words(range(len(units)), units, lambda tok: [tok.lemma] if tok.is_word else [])
    assert {"bekymre", "protestere"} & found or {"bekymret", "protesterer"} & found, found
    assert "ventetid" not in found and "genoptræning" not in found


def test_a_suggestion_brings_no_words_of_worry_into_the_codebook() -> None:
    # Invented letters: four worry about the waiting time for rehabilitation, each in its own
    # words; accepted, a keyword "bekymring" would claim every worried sentence of the texts.
    worry = [
        "Vi er dybt bekymrede for ventetiden på genoptræning, som allerede i dag er flere uger.",
        "Ældrerådet er bekymret for, at ventetiden på genoptræning bliver endnu længere.",
        "Jeg er meget bekymret for ventetiden til genoptræning efter min hofteoperation.",
        "Vores bekymring er ventetiden på genoptræning, for musklerne forsvinder hurtigt.",
    ]
    other = [
        "Bussen til Nordby kører kun to gange om dagen, og det er for lidt.",
        "Parkeringen ved centret er fuld hver formiddag, når holdene starter.",
        "Vi har gode erfaringer med de frivillige besøgsvenner i området.",
        "Caféen i centret er et vigtigt mødested for mange enlige ældre.",
    ]
    body = "Vi er imod, at træningscentret i Nordby lukker."
    texts = [f"{body}\n\n{w}\n\n{o}" for w, o in zip(worry, other, strict=True)]
    texts += [f"{body}\n\n{o}" for o in other]
    codebook = {"center": {"label": "Lukning af træningscentret i Nordby", "keywords": ["træningscenter"]}}
    found = suggest_themes(texts, codebook)
    topic = [s for s in found if "ventetid" in s.keywords or "genoptræning" in s.keywords]
    assert topic, [(s.label, s.keywords) for s in found]
    assert not [k for s in found for k in s.keywords if k.startswith("bekymr")], [(s.label, s.keywords) for s in found]
    assert "bekymr" not in topic[0].label.lower()
