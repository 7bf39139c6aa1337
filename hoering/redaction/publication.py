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
from .names import looks_like_person

if TYPE_CHECKING:
    from ..export import ExportedResponse

# Personal e-mail services: a letter from one of these is a person's until someone says
# otherwise. The one list: keep additions here.
WEBMAIL_DOMAINS = frozenset("""
gmail.com googlemail.com hotmail.com hotmail.dk hotmail.co.uk outlook.com outlook.dk live.dk
live.com msn.com yahoo.com yahoo.dk ymail.com mail.dk jubii.dk icloud.com me.com mac.com aol.com
protonmail.com proton.me pm.me gmx.com gmx.net gmx.de webspeed.dk stofanet.dk youmail.dk
post.tele.dk mail.tele.dk get2net.dk privat.dk c.dk ofir.dk sol.dk tdcadsl.dk city.dk email.dk
forum.dk fastmail.com zoho.com yandex.com mail.com tutanota.com tuta.io fibianet.dk kabelmail.dk
godmail.dk hotmail.se hotmail.de live.se outlook.de
""".split())


def is_webmail(address: str | None) -> bool:
    """'kem1957@gmail.com' -> True; 'info@aeldreraad.dk' -> False."""
    domain = (address or "").rpartition("@")[2].strip().strip(">").lower()
    return bool(domain) and (domain in WEBMAIL_DOMAINS or any(domain.endswith("." + d) for d in WEBMAIL_DOMAINS))


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
