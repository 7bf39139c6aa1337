"""Everything the archive knows about a consultation, as one JSON-ready dict.

This is the contract other tools and the note rely on (documented in README.md
and docs/ARCHITECTURE.md). Add fields; never rename or remove one.
"""

from __future__ import annotations

import json
import sqlite3

from .store import Archive, Consultation

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


def _themes(archive: Archive, consultation: Consultation, data: dict) -> None:
    from .themes import export_themes  # themes loads the language layer; only when exporting

    export_themes(archive, consultation, data)


# Each capability adds its fields here: a function taking (archive, consultation,
# data) that adds to `data` in place.
EXTENSIONS: list = [_themes]


def _intake(archive: Archive, consultation: Consultation, data: dict) -> None:
    """Issue 6: e-mails, form letters, revisions, deadlines (hoering/intake.py, revisions.py)."""
    rows = archive.db.execute(
        "SELECT number, via_email, campaign, revision_of, late, received_source, metadata "
        "FROM responses WHERE consultation_id = ?",
        (consultation.id,),
    )
    by_number = {r["number"]: r for r in rows}
    for response in data["responses"]:
        row = by_number.get(response["id"])
        if row is None:
            continue
        document = (json.loads(row["metadata"] or "{}").get("document") or {})
        response["campaign"] = row["campaign"]
        response["revision_of"] = row["revision_of"]
        response["late"] = bool(row["late"])
        response["via_email"] = row["via_email"]
        response["received_source"] = row["received_source"]
        response["ocr"] = "ocr" in document


EXTENSIONS.append(_intake)
