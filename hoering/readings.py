"""A consultation's redaction readings (`redaction/reading.py`), kept in the archive.

Reading every text of a consultation with the Danish layer for the names and special
categories it holds was most of what a note cost; the reading depends only on the text and
whether it is a private person's, so it is stored (`store.readings`, m019) and given to the
next note with the export (`ConsultationExport.readings`). `kept_readings` loads them when
the export is made; `keep_readings` stores them after a note or a spreadsheet added new ones,
keeping only the readings of texts the consultation still holds (a deleted response's go
with it, see `store.deletion`).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from .store import Archive, Consultation
from .store import readings as reading_store

if TYPE_CHECKING:
    from .export import ConsultationExport


def _version() -> str:
    from .redaction.reading import version

    return version()


def kept_readings(archive: Archive, consultation: Consultation) -> dict[str, list]:
    """The readings stored for this consultation by the current rules ({} when none)."""
    return reading_store.kept(archive.db, consultation.id, _version()) or {}


def keep_readings(archive: Archive, export: ConsultationExport, *, before: int | None = None) -> bool:
    """Store the export's readings when a note or spreadsheet added some (`before`: how many it
    held when loaded; None: store in any case). Returns whether it stored."""
    readings = export.readings
    if before is not None and len(readings) == before:
        return False
    texts = {r.text for r in export.responses if r.text} | {r.summary for r in export.responses if r.summary}
    texts |= {e.text for extracts in export.theme_summaries.values() for e in extracts if e.text}
    texts |= {p.text for s in export.suggested_themes for p in s.passages if p.text}
    # The note reads each text as its redaction reads it: free of control characters.
    from .note.text import clean_chars

    hashes = {hashlib.sha256(clean_chars(t).encode("utf-8", "surrogatepass")).hexdigest() for t in texts}
    current = {k: v for k, v in readings.items() if k.split(":", 1)[0] in hashes}
    consultation = archive.consultation(export.slug)
    with archive.transaction() as db:
        reading_store.save(db, consultation.id, _version(), current)
    return True
