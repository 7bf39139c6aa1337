"""Everything the archive knows about a consultation, as one JSON-ready dict.

This is the contract other tools and the note rely on (documented in README.md
and docs/ARCHITECTURE.md). Add fields; never rename or remove one.
"""

from __future__ import annotations

import json
import sqlite3

from .archive import Archive, Consultation

FORMAT_VERSION = 1


def response_dict(row: sqlite3.Row) -> dict:
    metadata = json.loads(row["metadata"] or "{}")
    return {
        "id": row["number"],
        "file": row["file"],
        "sha256": row["sha256"],
        "format": row["format"],
        "status": row["status"],
        "error": row["error"],
        "error_code": row["error_code"],
        "sender": row["sender"],
        "sender_source": row["sender_source"],
        "sender_kind": row["sender_kind"],
        "party": row["party"],
        "received": row["received"],
        "pages": row["pages"],
        "text_chars": row["text_chars"],
        "duplicate_of": row["duplicate_of"],
        "size": row["size"],
        "collected": row["collected"],
        "warnings": metadata.get("warnings", []),
        "text": row["text"],
    }


def missing_parties(consultation: Consultation, rows: list[sqlite3.Row]) -> list[str]:
    """Consulted parties no response has been matched to, in the config's order.

    A party whose file could not be read did answer, so every matched row counts.
    """
    answered = {r["party"] for r in rows if r["party"]}
    return [p for p in consultation.config.parties if p not in answered]


def export_consultation(archive: Archive, slug: str) -> dict:
    consultation = archive.consultation(slug)
    rows = archive.responses(consultation)
    data = {
        "format_version": FORMAT_VERSION,
        "consultation": {"slug": consultation.slug, **consultation.config.to_json()},
        "responses": [response_dict(r) for r in rows],
        "missing_parties": missing_parties(consultation, rows),
    }
    for extend in EXTENSIONS:
        extend(archive, consultation, data)
    return data


# Later capabilities (themes, intake) add their fields here: each takes
# (archive, consultation, data) and adds to `data` in place.
EXTENSIONS: list = []
