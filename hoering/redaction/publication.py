"""Who is published as a private person: unknown means private.

The sender detection (`hoering.senders`, `hoering.pipeline.intake`) guesses a kind; the note
must not trust a guess that could publish a citizen's personal data. A response is published as
an organisation's only when that is known:

* a person said so: `hoering set-sender` sets `sender_source` to "manual", and a manual
  organisation is trusted (`--citizen` makes it a citizen);
* it is matched to one of the consultation's parties.

Otherwise it is published as a private person's (its text redacted, its sender "Borger N")
when it is detected as a citizen, or when its kind is uncertain: the sender came from the file
name or is unknown, the e-mail (or the e-mail an attachment came with) was sent from a
personal webmail domain, or the sender's name looks like a person's and has no organisation
word. A false "private" costs an organisation its name in the note until someone corrects it;
a false "organisation" publishes a citizen's name, address and health.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import SenderKind, SenderSource
from ..webmail import WEBMAIL_DOMAINS, is_webmail  # noqa: F401 - the one list, re-exported
from .names import looks_like_person

if TYPE_CHECKING:
    from ..export import ExportedResponse

def from_address(response: ExportedResponse, email: ExportedResponse | None = None) -> str | None:
    """The From address of a response's e-mail: its own, or that of the e-mail it came with."""
    return response.from_address or (email.from_address if email is not None else None)


def publishes_as_citizen(response: ExportedResponse, email: ExportedResponse | None = None) -> bool:
    """Whether the note publishes `response` as a private person's (see the module docstring).

    `email` is the e-mail an attachment came with (`via_email`), if any.
    """
    if response.sender_kind != SenderKind.ORGANISATION:
        return True  # a citizen, or a kind this version does not know
    if response.sender_source == SenderSource.MANUAL or response.party:
        return False
    if not (response.sender or "").strip() or response.sender_source in (SenderSource.FILENAME, SenderSource.UNKNOWN):
        return True
    if is_webmail(from_address(response, email)):
        return True
    return looks_like_person(response.sender)
