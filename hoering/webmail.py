"""Personal e-mail services: a letter from one of these is a private person's until someone
says otherwise. Sender detection (`pipeline.intake`) and publication (`redaction.publication`)
both read this one list; keep additions here. Kept apart so that reading a file does not import
the redaction rules."""

from __future__ import annotations

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
