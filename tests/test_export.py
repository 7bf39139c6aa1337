"""The typed export: `to_json` is the contract, `from_json` reads it back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from hoering.export import ConsultationExport
from hoering.model import SenderKind, Stance, Status

GOLDEN = Path(__file__).resolve().parent / "golden" / "export-sample.json"


def test_from_json_reads_back_what_to_json_wrote():
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    export = ConsultationExport.from_json(data)
    assert export.to_json() == data
    first = export.responses[0]
    assert first.number == 1 and first.status is Status.OK
    assert first.sender_kind is SenderKind.ORGANISATION
    assert {t.stance for r in export.responses for t in r.themes} <= set(Stance)


def test_from_json_fills_in_what_an_older_export_leaves_out():
    export = ConsultationExport.from_json(
        {
            "consultation": {"title": "Skoler", "parties": ["Skolerådet", {"name": "Elevrådet"}]},
            "responses": [
                {"id": "2", "status": "ok", "party": "Elevrådet", "revision_of": "1"},
                {"id": 1, "sender_kind": "citizen", "themes": [{"key": "x", "stance": ""}]},
            ],
            "suggested_themes": [{"n": 1, "response_ids": [2], "passages": ["Et citat."]}],
        }
    )
    assert [r.number for r in export.responses] == [1, 2]
    assert export.responses[1].revision_of == 1 and export.responses[0].themes[0].stance is None
    assert export.responses[0].status is Status.OK and export.responses[1].sender_kind is None
    assert export.missing_parties == ["Skolerådet"]
    assert export.suggested_themes[0].passages[0].number == 2
