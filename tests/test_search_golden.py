"""BM25 ranking over a small archive of three consultations, hit for hit.

Which responses a query finds, in which order, with which passage, score and snippet: a
change to how the index is stored or queried must not move any of them. The golden file
was captured before the search code was split into `hoering/search/` and `store/`.
UPDATE_GOLDEN=1 rewrites it (only for a change of ranking that is meant, and then say so in
the commit).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import CORPUS
from fixtures import make_docx

GOLDEN = Path(__file__).resolve().parent / "golden" / "search-ranking.json"

CONFIG = """title = "{title}"
parties = ["Danmarks Naturfredningsforening", "Landboforeningen", "Handicaprådet"]
[themes.mentor]
label = "Mentorindsatsen"
keywords = ["mentor"]
[themes.natur]
label = "Naturen"
keywords = ["sø", "mose", "fugl"]
"""

NATURPLEJE = {
    "01_natur.docx": [
        "Høringssvar fra Danmarks Naturfredningsforening",
        "København, 3. marts 2021",
        "Søen ved Bakkegården skal beskyttes. I år har vi talt mange fugle ved søen, og en sti "
        "rundt om sø og mose vil forstyrre dem.",
        "Vi foreslår, at stien føres uden om mosen, så fuglene får ro i yngletiden.",
    ],
    "02_landbo.docx": [
        "Høringssvar fra Landboforeningen",
        "Holbæk, 5. marts 2021",
        "En so med grise går på marken hele sommeren. Stien vil efterlade et ar i landskabet, og "
        "soen skal have ro.",
    ],
    "03_borger.txt": (
        "Kære udvalg\n\nJeg går tur ved søerne hver dag og er glad for naturplejen. Men "
        "besparelser på plejen af stierne må ikke ramme de ældre borgere, der bruger dem. "
        "Skrevet 1. marts 2021.\n\nVenlig hilsen\nAnne Holm\n"
    ),
}
MENTOR = {
    "01_handicap.docx": [
        "Høringssvar fra Handicaprådet",
        "Holbæk, den 2. februar 2023",
        "Handicaprådet bakker op om mentorordningen. Mentorer gør en stor forskel for borgere "
        "med handicap, og besparelser på området vil ramme hårdt.",
        "Rådet ønsker, at mentorindsatsen evalueres, før den justeres.",
    ],
    "02_borger.txt": (
        "Til udvalget\n\nJeg har selv haft en mentor i to år, og det hjalp mig tilbage i job. "
        "Jeg håber, at justeringen af mentor indsatsen følges tæt. Skrevet 1. februar 2023."
        "\n\nMed venlig hilsen\nPeter Hansen\n"
    ),
    "03_borger.txt": (
        "Til udvalget\n\nHaveprojektet hjalp min far med snerydning, og en mentor fra "
        "jobcentret hjalp min bror. Begge dele bør bevares. Skrevet 3. februar 2023.\n\n"
        "Venlig hilsen\nJens Madsen\n"
    ),
}

QUERIES = [
    ["mentor"],
    ["mentorindsats"],
    ["indsats"],
    ["haveprojekt"],
    ["besparelse"],
    ["ledig"],
    ["mentor", "haveprojekt"],
    ["haveprojekt", "OR", "sø"],
    ['"justering af mentor"'],
    ['"mentor indsats"'],
    ["borger", "-mentor"],
    ["sø"],
    ["so"],
    ["år"],
    ["ar"],
    ["medarbejder", "aktivering"],
    ["mentor", "--consultation", "aktivering"],
    ["mentor", "--kind", "citizen"],
    ["mentor", "--theme", "mentor"],
    ["haveprojekt", "--theme", "have"],
    ["besparelse", "--since", "2021"],
    ["besparelse", "--until", "2019"],
    ["medarbejder", "--party", "LMU"],
    ["mentor", "--sender", "handicap"],
    ["mentor", "--limit", "3"],
]


def _build(hoering, tmp_path: Path) -> None:
    hoering("new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering("collect", "aktivering", CORPUS / "responses", "-j", "1")
    for slug, title, files in (
        ("naturpleje", "Naturpleje ved søerne", NATURPLEJE),
        ("mentor-2023", "Mentorindsatsen 2023", MENTOR),
    ):
        folder = tmp_path / slug
        folder.mkdir()
        for name, content in files.items():
            if isinstance(content, str):
                (folder / name).write_text(content, encoding="utf-8")
            else:
                make_docx(folder / name, content)
        config = tmp_path / f"{slug}.toml"
        config.write_text(CONFIG.format(title=title), encoding="utf-8")
        hoering("new", slug, "--config", config)
        hoering("collect", slug, folder, "-j", "1")


def _ranking(hoering, args: list[str]) -> list[dict]:
    keep = ("consultation", "response_id", "passage", "match", "score", "snippet", "matched")
    hits = json.loads(hoering("search", "--json", *args).stdout)
    return [{k: h[k] for k in keep} for h in hits]


def test_search_ranking_is_identical_to_golden(hoering, tmp_path):
    _build(hoering, tmp_path)
    results = [{"query": q, "hits": _ranking(hoering, q)} for q in QUERIES]
    assert all(r["hits"] for r in results)
    text = json.dumps(results, ensure_ascii=False, indent=1) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert json.loads(text) == json.loads(GOLDEN.read_text(encoding="utf-8"))
