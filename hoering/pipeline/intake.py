"""Per-file intake rules for e-mails and their attachments: sender, date, covering notes.

Decisions (see also docs/ARCHITECTURE.md, "Intake"):

- **Sender of an e-mail.** The body is read like a letter first (`detect_sender`); a party
  named there wins. Otherwise the From header's display name is matched against the parties;
  otherwise an organisation the letter signs for (its title, letterhead, or a name with an
  organisation word) stays, whoever's address sent it (a board's chair at her gmail);
  otherwise the header's name and domain decide: an organisation's name at its own domain
  ("Kreds 7" <kreds7@…>) is that organisation, not a person the text mentions; a person's
  name, a first name or any name at a personal webmail domain (`hoering.webmail`) is a
  citizen, named as the header names them; a bare address is a citizen too (so the published
  note leaves it out). A forwarded mail's From is the original sender's (`extract.forward`).
- **Covering notes.** An e-mail whose body is only a covering note ("Hermed vores
  høringssvar", greeting, signature; `extract.email.is_cover_note`) and that has at least
  one attachment is recorded with status **"cover"** (a mail passed on, "VS:", also when its
  note only says how the message went: "it did not get through, here it is again"): its row
  keeps the body, headers and sender, it is not a response (no passages, themes or search
  entries; the note does not count it), and it is not a missing-party issue either (its
  party has answered through the attachment). The attachments are the responses. An e-mail with a real body is a response
  itself, and so is each attachment.
- **Attachments inherit** the e-mail's sender, party and kind when their own text names no
  party and the e-mail does, or when their own text names nobody (`sender_source` "email").
  `via_email` holds the e-mail's number; `file` reads "mail.eml › bilag.pdf".
- **Received date**, in this order: the e-mail's Date header (for an attachment, its
  e-mail's; in Danish time; for a forwarded mail, the original's), the letter's own date
  (its date line, `hoering.dates`), the file's modification time; the source is recorded in
  `received_source` ("email", "letter", "mtime"). The mtime is weak evidence (copying a file
  sets it), which is why it comes last and is named - except that a letter is handed in on
  or after the day it is dated: an mtime from that day to `ARRIVAL_DAYS` days later is when
  it arrived (a scan made two days after the letter was written), one outside that window
  is a copy's and the letter's date is used.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..extract import ExtractedDocument
from ..extract.email import is_cover_note
from ..extract.forward import is_forward_subject
from ..model import EMAIL_FORMATS, ReceivedSource, Response, SenderKind, SenderSource
from ..parties import match_party
from ..senders import SenderGuess, has_org_word, is_people
from ..webmail import is_webmail

ARRIVAL_DAYS = 14


def is_email(doc: ExtractedDocument | None) -> bool:
    return doc is not None and doc.format in EMAIL_FORMATS


def email_sender(doc: ExtractedDocument, guess: SenderGuess, parties: list[str]) -> SenderGuess:
    """Who sent an e-mail: the body's guess and the From header (see the module docstring)."""
    if guess.party:
        return guess
    header = (doc.metadata.get("from_name") or "").strip().strip("'\"")
    address = (doc.metadata.get("from_address") or "").strip()
    for candidate in (header, address.split("@")[0].replace(".", " ") if address else ""):
        found = match_party(candidate, parties) if candidate and parties else None
        if found:
            return SenderGuess(found[0], SenderKind.ORGANISATION, SenderSource.EMAIL, found[0], round(found[1], 1))
    body_org = guess.kind == SenderKind.ORGANISATION and guess.name and guess.source != SenderSource.FILENAME
    if body_org and (has_org_word(guess.name) or guess.source in (SenderSource.TITLE, SenderSource.LETTERHEAD)):
        return guess  # the letter signs for an organisation, whoever's address sent it
    webmail = is_webmail(address)
    personal = bool(header) and (is_people(header) or bool(_FIRST_NAME.fullmatch(header)))
    if header and not personal and not webmail and not _is_address(header):
        # An organisation's own name and domain ("Kreds 7" <kreds7@…>): not the person it mentions.
        return SenderGuess(header, SenderKind.ORGANISATION, SenderSource.EMAIL)
    if guess.name and guess.kind == SenderKind.CITIZEN and guess.source != SenderSource.FILENAME:
        return guess
    if webmail or personal or (header or address) and not header:
        # A person's name, a webmail address or a bare address: a private person (the note
        # then leaves the name out), named as the header names them.
        name = header if header and not _is_address(header) else address
        return SenderGuess(name, SenderKind.CITIZEN, SenderSource.EMAIL)
    if guess.name and guess.source != SenderSource.FILENAME:
        return guess
    if header:
        kind = SenderKind.ORGANISATION if has_org_word(header) else SenderKind.CITIZEN
        return SenderGuess(header, kind, SenderSource.EMAIL)
    return guess


_FIRST_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


def _is_address(text: str) -> bool:
    return "@" in text


def is_cover(doc: ExtractedDocument | None) -> bool:
    """An e-mail that only covers its attachments (status "cover"). A mail passed on ("VS:")
    whose body forwards nothing is the forwarder's own note on the attached message: what it
    says of the message's way covers too (`is_cover_note`'s `passed_on`)."""
    if not (is_email(doc) and doc.attachments):
        return False
    meta = doc.metadata or {}
    passed_on = "forwarded_by" not in meta and is_forward_subject(meta.get("subject") or "")
    return is_cover_note(doc.text, passed_on=passed_on)


def inherit(attachment: Response, email: Response) -> None:
    """Give an attachment its e-mail's sender and date where it has none of its own."""
    own_party = bool(attachment.party)
    nobody = attachment.sender is None or attachment.sender_source in (SenderSource.UNKNOWN, SenderSource.FILENAME)
    if (not own_party and email.party) or (nobody and email.sender):
        attachment.sender, attachment.sender_kind = email.sender, email.sender_kind
        attachment.party, attachment.party_score = email.party, email.party_score
        attachment.sender_confidence = email.sender_confidence
        attachment.sender_source = SenderSource.EMAIL
    if email.received and email.received_source == ReceivedSource.EMAIL:
        attachment.received, attachment.received_source = email.received, ReceivedSource.EMAIL
    elif not attachment.received and email.received:
        attachment.received, attachment.received_source = email.received, email.received_source


def received_date(doc: ExtractedDocument | None, letter: dt.date | None, path: Path | None):
    """(ISO date, source) by the order in the module docstring, or (None, None)."""
    if is_email(doc) and doc.metadata.get("date"):
        return doc.metadata["date"][:10], ReceivedSource.EMAIL
    saved = _modified(path)
    if letter:
        if saved is not None and letter <= saved <= letter + dt.timedelta(days=ARRIVAL_DAYS):
            return saved.isoformat(), ReceivedSource.MTIME  # handed in after it was written
        return letter.isoformat(), ReceivedSource.LETTER
    if saved is not None:
        return saved.isoformat(), ReceivedSource.MTIME
    return None, None


def arrival(doc: ExtractedDocument | None, path: Path | None) -> dt.date | None:
    """The day a file came in as far as the file itself says (its e-mail's date, else its
    modification time): the year of a letter's date line that gives none."""
    if is_email(doc) and doc.metadata.get("date"):
        try:
            return dt.date.fromisoformat(doc.metadata["date"][:10])
        except ValueError:
            return None
    return _modified(path)


def _modified(path: Path | None) -> dt.date | None:
    if path is None:
        return None
    try:
        return dt.date.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return None
