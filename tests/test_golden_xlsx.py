"""The overview spreadsheet, cell by cell, against golden files.

`hoering export --xlsx` of the bundled sample consultation (published and internal), and the
spreadsheet of tests/data/export_sample.json, which has what the sample lacks: citizens, a
duplicate, a form letter, a revision, a late and an unreadable response. Each cell's value,
type and number format is compared; a restructuring must not change one.
UPDATE_GOLDEN=1 rewrites the golden files (only for a change of behaviour that is meant, and
then say so in the commit)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import CORPUS
from openpyxl import load_workbook

from hoering.export import ConsultationExport
from hoering.note import write_xlsx

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"


def cells(path: Path) -> dict:
    """What staff see in the workbook: the sheet's title and every cell."""
    wb = load_workbook(path)
    ws = wb.active
    rows = [
        [
            [
                c.value.isoformat() if hasattr(c.value, "isoformat") else c.value,
                c.data_type,
                c.number_format,
            ]
            for c in row
        ]
        for row in ws.iter_rows()
    ]
    return {"sheet": ws.title, "title": wb.properties.title, "header": ws.oddHeader.center.text, "rows": rows}


def check_golden(name: str, value: dict) -> None:
    """Compare as JSON with one spreadsheet row per line, so a difference reads as a row."""
    path = GOLDEN / name
    lines = ["{"]
    for n, (version, sheet) in enumerate(value.items()):
        rows = sheet.pop("rows")
        lines.append(f"{json.dumps(version)}: {json.dumps(sheet, ensure_ascii=False)[:-1]}, \"rows\": [")
        lines.append(",\n".join(json.dumps(row, ensure_ascii=False) for row in rows))
        lines.append("]}" + ("," if n < len(value) - 1 else ""))
    text = "\n".join(lines) + "\n}\n"
    json.loads(text)
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_sample_xlsx_is_golden(hoering, tmp_path):
    hoering("new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering("collect", "aktivering", CORPUS / "responses", "-j", "1")
    hoering("export", "aktivering", "--xlsx", tmp_path / "overblik.xlsx")
    hoering("export", "aktivering", "--xlsx", tmp_path / "intern.xlsx", "--internal")
    check_golden(
        "xlsx-sample.json",
        {"published": cells(tmp_path / "overblik.xlsx"), "internal": cells(tmp_path / "intern.xlsx")},
    )


def test_export_sample_xlsx_is_golden(tmp_path):
    export = ConsultationExport.from_json(
        json.loads((HERE / "data" / "export_sample.json").read_text(encoding="utf-8"))
    )
    check_golden(
        "xlsx-export-sample.json",
        {
            "published": cells(write_xlsx(export, tmp_path / "overblik.xlsx")),
            "internal": cells(write_xlsx(export, tmp_path / "intern.xlsx", internal=True)),
        },
    )
