"""Extract the 11 responses of seed 001 into tests/data/seed001_responses.json.

Run once (the JSON is committed; tests never read the seed):

    .venv/bin/python tests/data/make_seed001.py [/work/shared/seeds/001_9a9bd3f5eb046c4c.txt]

The seed is a web transcript of a PDF: every page is flattened onto one line that starts
with the page number and ends with "n/8". The line structure of the letters is lost, so
STRUCTURE below restores it by hand, the way the letters plausibly looked: headings on
their own line ("h"), or paragraphs that start with a snippet ("p"; an inline heading such
as "Vedr. haveprojektet:" stays at the start of its paragraph). The structure was written
from reading the letters, before the tagger was tuned, and is not tuned to the labels.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SEED = Path("/work/shared/seeds/001_9a9bd3f5eb046c4c.txt")
OUT = Path(__file__).with_name("seed001_responses.json")

# Titles of the compilation ("N. <title>"); the secretariat's, not part of the letters.
TITLES = [
    "LMU i Job- og Aktivhuset",
    "LMU i Uddannelseshuset",
    "LMU i Sygedagpengehuset",
    "LMU i Ressourcecenter Aalborg",
    "Høringssvar fra medarbejderne i Ressourcecenter Aalborg",
    "Høringssvar fra medarbejderne i Haveprojektet og Serviceværkstedet",
    "LMU i Virksomhedscentret",
    "Høringssvar fra Ældrerådet",
    "AMU i Job- og Ydelsesafdelingen",
    "Høringssvar fra medarbejderne i AMU i Job- og Ydelsesafdelingen",
    "Høringssvar fra LBR",
]

# ("h", heading) puts a heading on its own line, its text on the next line;
# ("p", snippet) starts a new paragraph at the snippet.
STRUCTURE: dict[int, list[tuple[str, str]]] = {
    1: [
        ("h", "Besparelse på aktiveringsområdet"),
        ("h", "Nedlæggelse af Haveprojektet og Serviceværkstedet:"),
        ("h", "Justering af mentor indsatsen:"),
        ("h", "Kortere aktiveringsforløb:"),
        ("h", "Færre aktiveringstilbud:"),
        ("h", "Nedsætte pris på tilbud:"),
        ("h", "Konvertering af tilbud:"),
    ],
    2: [
        ("p", "Vedr. haveprojektet:"),
        ("p", "Mentorindsatsen:"),
        ("p", "Kortere aktiveringsforløb:"),
        ("p", "Nedsættelse prisen på tilbud:"),
        ("p", "Konvertering af tilbud:"),
        ("p", "Afslutningsvis:"),
    ],
    3: [
        ("h", "Høringssvar vedr. besparelserne på aktiveringsrammen:"),
        ("p", "Der opfordres til, at der først"),
        ("p", "Derudover opfordres der til"),
        ("p", "Men først og fremmest opfordres"),
    ],
    4: [
        ("p", "Medudvalget er meget bevidst"),
        ("p", "Med-udvalget ser ændringen"),
        ("p", "Med-udvalget vil appellere til"),
        ("p", "Med-udvalget vil endvidere opfordre"),
        ("p", "Som det fremgår af indstillingen"),
        ("p", "Samlet en appel"),
    ],
    5: [
        ("p", "De kommende besparelser betyder"),
        ("p", "Kerneopgaven er, at opnå"),
        ("p", "At job eller uddannelse ses"),
        ("p", "At man vælger at skære"),
        ("p", "Som det fremgår af referatet"),
        ("p", "Det er til stor bekymring"),
        ("p", "En så massiv ændring"),
        ("p", "At man ikke længere kan give"),
        ("p", "Samlet vurderes det"),
        ("p", "At være ansat i jobcenterregi"),
    ],
    6: [
        ("p", "Haveprojektet har gjort et stort arbejde"),
        ("p", "Vores deltagerantal"),
        ("p", "Udslusning fra haveprojektet 2017"),
        ("p", "Udslusning fra serviceværkstedet 2017"),
        ("p", "Vi er fortsat parate til at rumme"),
        ("p", "Haveprojektet/Serviceværkstedet er blandt"),
        ("p", "Haveprojektet kunne nemt omstilles"),
        ("p", "Serviceværkstedet fungerer reelt"),
        ("p", "Ser man på udgiften"),
        ("p", "Hvordan sikres det"),
        ("p", "Vi har ca pensionistadresser"),
    ],
    7: [
        ("h", "Nedlæggelse af Haveprojekt og Serviceværksted"),
        ("h", "Justering i mentorindsats"),
        ("p", "Fra Fleksjobenheden, oplever man"),
        ("h", "Aktiveringsforløb af kortere varighed"),
        ("h", "Færre aktiveringstilbud"),
        ("h", "Dialog med leverandører"),
        ("h", "Konvertering til billigere tilbud"),
    ],
    8: [],
    9: [
        ("p", "Det er med beklagelse"),
    ],
    10: [
        ("p", "AMU JYA medarbejdersiden ærgrer sig"),
        ("p", "Aalborg kommune har altid haft"),
        ("p", "AMU JYA medarbejdersiden mener derfor"),
        ("p", "AMU JYA medarbejdersiden mener, at det er yderst"),
        ("p", "Arbejdsbyrden vil alt andet lige"),
        ("p", "AMU JYA medarbejdersiden stiller sig"),
    ],
    11: [
        ("p", "Det lokale beskæftigelsesråd bemærker, at det er en af"),
        ("p", "Det lokale beskæftigelsesråd bemærker, at det er meget"),
        ("p", "Det lokale beskæftigelsesråd opfordrer"),
        ("h", "Desuden blev følgende emner drøftet:"),
        ("p", "Der blev spurgt ind til, hvor"),
        ("p", "Der blev spurgt ind til, om der vil"),
        ("p", "I forhold til besparelserne på mentorområdet"),
        ("p", "I forhold til at aktiveringsforløb"),
        ("p", "Det blev pointeret, at jobcentret har"),
        ("p", "I forhold til aftalen om forenklet"),
        ("p", "Det blev drøftet, om/hvordan"),
        ("p", "I forhold til brugen af virksomhedsrettet"),
        ("p", "Det blev bemærket, at der både"),
        ("p", "Det blev pointeret, at alle ikke"),
        ("p", "Det blev bemærket, at LO gerne"),
        ("p", "Det blev bemærket, at jobcentrets brobygningsforløb"),
        ("p", "I forhold til indstillingens punkt"),
        ("p", "Det blev bemærket, at brugen af anden aktør"),
        ("p", "I forhold til konvertering"),
        ("p", "Rådet diskuterede"),
        ("p", "Der blev opfordret til at tænke FGU"),
    ],
}


def transcript_text(seed: str) -> str:
    """The PDF's pages joined into one string, without page numbers and "n/8" markers."""
    pages = [line for line in seed.splitlines() if re.match(r"^\d \S", line) and len(line) > 200]
    pages = [re.sub(r" \d+/\d+$", "", re.sub(r"^\d+ ", "", page)) for page in pages]
    text = " ".join(pages)
    # A word hyphenated at a line end came through as "udslusnings- procenter"; suspended
    # compounds ("leder- og medarbejdersiden") keep their hyphen.
    return re.sub(r"(\w)- (?!og\b|eller\b|samt\b)([a-zæøå])", r"\1\2", text)


def split_responses(text: str) -> list[str]:
    marker = "Tekstsamling af de enkelte høringssvar:"
    text = text[text.index(marker) + len(marker) :]
    starts = []
    pos = 0
    for n, title in enumerate(TITLES, start=1):
        header = f"{n}. {title} "
        pos = text.index(header, pos)
        starts.append((pos, pos + len(header)))
    bodies = []
    for i, (_, body_start) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        bodies.append(text[body_start:end].strip())
    return bodies


def restore_structure(body: str, markers: list[tuple[str, str]]) -> str:
    pieces: list[str] = []
    pos = 0
    cuts: list[tuple[int, str, str]] = []
    for kind, snippet in markers:
        at = body.index(snippet, pos)
        cuts.append((at, kind, snippet))
        pos = at + len(snippet)
    pos = 0
    pending_heading: str | None = None
    for at, kind, snippet in cuts + [(len(body), "end", "")]:
        chunk = body[pos:at].strip()
        if pending_heading is not None:
            pieces.append(pending_heading + ("\n" + chunk if chunk else ""))
        elif chunk:
            pieces.append(chunk)
        pending_heading = None
        if kind == "h":
            pending_heading = snippet
            pos = at + len(snippet)
        else:
            pos = at
    return "\n\n".join(pieces) + "\n"


def main(argv: list[str]) -> None:
    seed = Path(argv[1]) if len(argv) > 1 else SEED
    bodies = split_responses(transcript_text(seed.read_text(encoding="utf-8")))
    responses = [
        {"n": n, "title": TITLES[n - 1], "text": restore_structure(body, STRUCTURE[n])}
        for n, body in enumerate(bodies, start=1)
    ]
    OUT.write_text(json.dumps(responses, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(responses)} responses to {OUT}")


if __name__ == "__main__":
    main(sys.argv)
