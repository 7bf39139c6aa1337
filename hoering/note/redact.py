"""The note's publication rules live in `hoering.redaction`; this name stays for the code and
tests that import them from the note."""

from __future__ import annotations

from ..redaction import (
    ADDRESS_REMOVED,
    CPR_REMOVED,
    EMAIL_REMOVED,
    NAME_REMOVED,
    PHONE_REMOVED,
    PLATE_REMOVED,
    Pseudonyms,
    Redactor,
    name_parts,
    redact,
    redact_contact,
)

__all__ = [
    "ADDRESS_REMOVED",
    "CPR_REMOVED",
    "EMAIL_REMOVED",
    "NAME_REMOVED",
    "PHONE_REMOVED",
    "PLATE_REMOVED",
    "Pseudonyms",
    "Redactor",
    "name_parts",
    "redact",
    "redact_contact",
]
