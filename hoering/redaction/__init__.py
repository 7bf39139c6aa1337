"""Personal data out of what hoering publishes: the note, its spreadsheet.

    redactor = Redactor(export, internal=False)     # one note's rules
    redactor.text(response.text, citizen=True, number=3)
    redactor.redactions                              # [Redaction(3, "name", "Magnus", …), …]
    redact("Ring på 12 34 56 78")                    # contact data only: "Ring på [telefonnr. fjernet]"

Modules, in the order a text passes them: `patterns.py` (e-mail, CPR, phone, licence plates,
street addresses), `pseudonyms.py` (the citizens who wrote), `names.py` with `lexicon.py` (other people's names),
`special.py` (health, union, religion, ethnic origin, sexual orientation tied to a person);
`spans.py` combines what they found; `publication.py` decides whose text is a private
person's (unknown means private); `redactor.py` applies it all to one export.
"""

from __future__ import annotations

from .names import looks_like_person
from .patterns import redact_contact
from .pseudonyms import Pseudonyms, name_parts
from .publication import WEBMAIL_DOMAINS, is_webmail, publishes_as_citizen
from .redactor import Redactor, redact
from .spans import (
    ADDRESS_REMOVED,
    CPR_REMOVED,
    EMAIL_REMOVED,
    MARKERS,
    NAME_REMOVED,
    PHONE_REMOVED,
    PLATE_REMOVED,
)

__all__ = [
    "ADDRESS_REMOVED",
    "CPR_REMOVED",
    "EMAIL_REMOVED",
    "MARKERS",
    "NAME_REMOVED",
    "PHONE_REMOVED",
    "PLATE_REMOVED",
    "WEBMAIL_DOMAINS",
    "Pseudonyms",
    "Redactor",
    "is_webmail",
    "looks_like_person",
    "name_parts",
    "publishes_as_citizen",
    "redact",
    "redact_contact",
]
