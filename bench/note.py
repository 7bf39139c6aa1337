"""How long the overview note takes for a large consultation.

    .venv/bin/python bench/note.py            # 100 and 1,000 responses
    .venv/bin/python bench/note.py 5000

Builds an export with N responses by repeating tests/data/export_sample.json
with varied numbers, senders (new citizens get new names, so pseudonymisation
has work to do), dates and a changed sentence per copy, then prints the seconds
to render DOCX, HTML and Markdown (and the xlsx) once each.
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hoering.export import ConsultationExport  # noqa: E402
from hoering.note import render_note, write_xlsx  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "export_sample.json"
FIRST_NAMES = [
    "Anne",
    "Bo",
    "Camilla",
    "Dorthe",
    "Erik",
    "Frida",
    "Gitte",
    "Henrik",
    "Ida",
    "Jonas",
]
SURNAMES = [
    "Andersen",
    "Bech",
    "Christensen",
    "Dahl",
    "Eriksen",
    "Frost",
    "Glad",
    "Holm",
    "Iversen",
    "Juhl",
]


def scaled_export(n: int) -> dict:
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    template = base["responses"]
    export = copy.deepcopy(base)
    export["responses"] = []
    summaries: dict[str, list] = {key: [] for key in base["theme_summaries"]}
    for number in range(1, n + 1):
        source = template[(number - 1) % len(template)]
        copy_no = (number - 1) // len(template)
        r = copy.deepcopy(source)
        offset = number - source["id"]
        r["id"] = number
        for field in ("duplicate_of", "revision_of"):
            if r.get(field):
                r[field] += offset
        if r.get("campaign"):
            r["campaign"] += copy_no
        if r["sender_kind"] == "citizen":
            name = f"{FIRST_NAMES[number % 10]} {SURNAMES[(number // 10) % 10]} {number}"
            r["text"] = r["text"].replace(source["sender"], name)
            r["sender"] = name
        elif copy_no:
            r["sender"] = f"{source['sender']} ({copy_no + 1})"
            r["party"] = None
        r["text"] += f"\n\nTilføjet i kopi {copy_no}: høringssvar nr. {number}."
        export["responses"].append(r)
        for key, items in base["theme_summaries"].items():
            for item in items:
                if item["response_id"] == source["id"]:
                    summaries[key].append({**item, "response_id": number, "sender": r["sender"]})
    export["theme_summaries"] = summaries
    export["suggested_themes"] = [
        {
            **s,
            "response_ids": [
                r["id"]
                for r in export["responses"]
                if any(t["key"] == s["accepted_key"] for t in r["themes"])
            ],
        }
        for s in base["suggested_themes"]
    ]
    return export


def bench(n: int) -> dict[str, float]:
    export = ConsultationExport.from_json(scaled_export(n))
    timings = {}
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".docx", ".html", ".md"):
            start = time.perf_counter()
            render_note(export, Path(tmp) / f"note{suffix}")
            timings[suffix[1:]] = time.perf_counter() - start
        start = time.perf_counter()
        write_xlsx(export, Path(tmp) / "overblik.xlsx")
        timings["xlsx"] = time.perf_counter() - start
    return timings


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100, 1000]
    print(f"{'responses':>9}  {'docx':>7}  {'html':>7}  {'md':>7}  {'xlsx':>7}   (seconds)")
    for n in sizes:
        t = bench(n)
        print(f"{n:>9}  {t['docx']:>7.2f}  {t['html']:>7.2f}  {t['md']:>7.2f}  {t['xlsx']:>7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
