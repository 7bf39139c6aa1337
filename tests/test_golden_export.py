"""The export JSON of the bundled sample consultation, byte for byte.

The export is the contract other tools, the note and the spreadsheet read; a refactoring
must not change a byte of it. UPDATE_GOLDEN=1 rewrites the golden file (only for a change
of behaviour that is meant, and then say so in the commit)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from conftest import CORPUS

GOLDEN = Path(__file__).resolve().parent / "golden" / "export-sample.json"


def _stable(text: str) -> str:
    """The export with the one field that depends on when it ran (the collect time) fixed."""
    return re.sub(r'"collected": "[^"]*"', '"collected": "…"', text)


def test_sample_export_is_byte_identical_to_golden(hoering):
    hoering("new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering("collect", "aktivering", CORPUS / "responses", "-j", "1")
    text = _stable(hoering("export", "aktivering", "--json").stdout)
    json.loads(text)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
