"""E-mails: saved .eml files (standard library `email`, policy=default), Outlook .msg
(extract-msg) and Outlook's winmail.dat (TNEF, tnefparse).

The body becomes `text` (plain text preferred; an HTML-only mail is turned into text), the
headers go to `metadata` (`from_name`, `from_address`, `to`, `subject`, `date` as an ISO
timestamp in Danish time, `message_id`), and every real attachment comes back in
`attachments` as (safe file name, bytes), which collect stores and reads like any other file
(an attached e-mail too, up to `MAX_DEPTH`). Images the HTML body shows (logos in the
signature, referred to by Content-ID) and unnamed inline images are not attachments; they
are listed in `metadata["skipped_attachments"]`. A named image sent inline (a phone's photo
of a letter) is kept. At most `Limits.max_attachments` are taken.

Quoted history. A reply often carries the mail it answers (the consultation's invitation!)
under "Fra: … Sendt: …" or "-----Original Message-----". When the text above that line has
substance, it is the response and the history is cut (`metadata["quoted_history"]`); when it
is only a covering note, the whole text stays, because then the quoted part is usually a
forwarded response - unless the subject says the mail answers one ("SV:", "RE:"): then the
quoted part is the message answered, and even "Ingen bemærkninger" above it is the response.

Outlook's winmail.dat. Outlook sends rich-text mail as a plain body plus a `winmail.dat`
(application/ms-tnef) that holds the real attachments, and often the body too. Inside an .eml
it is unpacked in place: its files become the mail's attachments and its body is used when
the mail has none of its own. A winmail.dat on its own (webmail shows it as an attachment,
staff save it) is read like an e-mail (`extract_tnef`). One that cannot be unpacked stays an
attachment and fails with a message that says what it is.

Damaged attachments. A mail cut off or mangled on its way arrives with broken base64 in an
attachment. Python's `email` decodes it anyway, as best it can, and only records defects on
the part; the bytes are then garbage (or, when nothing could be decoded, the base64 text
itself, which would be read as a text file). Such an attachment is listed in
`metadata["damaged_attachments"]` and collect records it as a failed response
(DamagedAttachment: ask the sender to send it again) without reading it. Whitespace inside
the base64, which some gateways add, is not damage.

Covering notes. `is_cover_note(text)` says whether a body is only "Hermed vores høringssvar"
with a greeting and a signature (the rule is in its docstring); collect then records the mail with status "cover" and lets
its attachments carry the response (see hoering/collect.py).

Longer than our ~500-line habit: three containers (.eml, .msg, winmail.dat) share one set of
rules for bodies, quoted history, covering notes and attachments, and splitting them by
container would copy those rules into each.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.errors
import email.utils
import html.parser
import logging
import re
import unicodedata
from collections.abc import Container
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from hoering.errors import CorruptFile, DamagedWinmail

from .. import messages as M
from ..greetings import GREETING
from . import Deadline, ExtractedDocument, Limits
from .cleanup import join_blocks, normalize_text
from .forward import forwarded, passes_on

MAX_DEPTH = 3  # an e-mail attached to an e-mail attached to an e-mail
MAX_NAME = 100
_TIMEZONE = "Europe/Copenhagen"


# --- .eml ----------------------------------------------------------------------------


def extract_eml(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    name = path.name
    try:
        with open(path, "rb") as fh:
            message = BytesParser(policy=policy.default).parse(fh)
        deadline.check()
        headers = _eml_headers(message)
        body_part, body, is_html = _eml_body(message)
        attachments, skipped, packed_bodies, damaged = _eml_attachments(
            message, body_part, body if is_html else ""
        )
    except RecursionError as exc:
        raise CorruptFile(name, "for mange indlejrede dele") from exc
    except (LookupError, ValueError, TypeError, AttributeError, IndexError) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc
    text = html_to_text(body) if is_html else body
    if not text.strip() and packed_bodies:  # the body went in winmail.dat only
        text = "\n\n".join(packed_bodies)
    return _document("eml", text, headers, attachments, skipped, limits, damaged)


def _header(message: EmailMessage, key: str) -> str:
    """A header as text; a malformed one falls back to its raw value, never raises."""
    raw = next((v for k, v in message.raw_items() if k.lower() == key.lower()), None)
    if isinstance(raw, str) and _ESCAPED_8BIT.search(raw):
        return _header_8bit(key, raw)
    try:
        value = message.get(key)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # noqa: BLE001 - the header parser gives up on hostile values
        return " ".join(str(raw).split()) if raw is not None else ""


# How the parser keeps a header's raw 8-bit bytes (surrogateescape).
_ESCAPED_8BIT = re.compile("[\udc80-\udcff]")


def _header_8bit(key: str, raw: str) -> str:
    """A header sent as raw 8-bit bytes instead of RFC 2047 encoded-words. The standard
    library reads them as UTF-8 and turns anything else into U+FFFD; mail programs write
    Latin-1 / Windows-1252 too, so those are decoded here (`decode_8bit`) and the result
    parsed like any header (encoded-words, addresses)."""
    try:
        text = decode_8bit(raw.encode("ascii", "surrogateescape"))
    except UnicodeEncodeError:
        text = raw
    text = re.sub(r"[\r\n]", "", text)  # unfold, as the policy does
    try:
        return " ".join(str(policy.default.header_factory(key, text)).split())
    except Exception:  # noqa: BLE001 - the header parser gives up on hostile values
        return " ".join(text.split())


def decode_8bit(data: bytes) -> str:
    """Text whose charset is not declared (or not right): UTF-8 when the bytes are valid
    UTF-8, else Windows-1252, the superset of Latin-1 that Danish mail programs write."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _eml_headers(message: EmailMessage) -> dict:
    from_name, from_address = email.utils.parseaddr(_header(message, "From"))
    when = None
    try:
        date_header = message.get("Date")
        when = getattr(date_header, "datetime", None)
    except Exception:  # noqa: BLE001
        when = None
    if when is None and (raw := _header(message, "Date")):
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            when = None
    return {
        "from_name": normalize_text(from_name).strip(),
        "from_address": from_address.strip().lower(),
        "to": _header(message, "To"),
        "subject": normalize_text(_header(message, "Subject")),
        "date": local_timestamp(when),
        "message_id": _header(message, "Message-ID"),
    }


def _eml_body(message: EmailMessage) -> tuple[EmailMessage | None, str, bool]:
    """The body part: plain text, unless it is empty and there is HTML."""
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None and (text := _part_text(plain)).strip():
        return plain, text, False
    html_part = message.get_body(preferencelist=("html",))
    if html_part is not None:
        return html_part, _part_text(html_part), True
    return plain, "", False


def _part_text(part: EmailMessage) -> str:
    """The text of a body part in its declared charset; raw 8-bit text that is not in it
    (no charset given, so US-ASCII, or UTF-8 declared and Latin-1 sent) is decoded by
    `decode_8bit` when that loses fewer characters."""
    try:
        content = part.get_content()
        if isinstance(content, bytes):
            raise LookupError
    except (LookupError, UnicodeError, AssertionError, KeyError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("cp1252", errors="replace")
    if "\ufffd" in content:
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            redecoded = decode_8bit(payload)
            if redecoded.count("\ufffd") < content.count("\ufffd"):
                return redecoded
    return content


def _eml_attachments(
    message: EmailMessage, body_part: EmailMessage | None, html_body: str
) -> tuple[list[tuple[str, bytes]], list[str], list[str], set[int]]:
    """(attachments, skipped images, bodies found inside winmail.dat files, the positions in
    attachments of those whose base64 is damaged)."""
    # Images any HTML body shows (also when the plain-text body was read): logos, not attachments.
    markup = html_body + "".join(_part_text(p) for p in message.walk() if p.get_content_type() == "text/html")
    referenced = set(re.findall(r"cid:([^\"'\s>)]+)", markup, re.IGNORECASE))
    found: list[tuple[str, bytes]] = []
    skipped: list[str] = []
    packed_bodies: list[str] = []
    damaged: set[int] = set()
    for part in _leaves(message):
        if part is body_part:
            continue
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if ctype == "message/rfc822":  # a forwarded e-mail: collected as an e-mail of its own
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            name = filename or f"{_header(inner, 'Subject') if isinstance(inner, EmailMessage) else ''}.eml"
            if not name.lower().endswith(".eml"):
                name += ".eml"
            if isinstance(inner, EmailMessage):
                found.append((safe_name(name), inner.as_bytes()))
            elif isinstance(data := part.get_payload(decode=True), bytes):  # wrongly base64'd
                found.append((safe_name(name), data))
            continue
        content_id = (_header(part, "Content-ID") or "").strip("<> ")
        if ctype.startswith("image/") and (
            (content_id and content_id in referenced) or (disposition != "attachment" and not filename)
        ):
            # A logo the HTML shows. (A named photo sent inline, as phones do, is kept.)
            skipped.append(safe_name(filename or content_id or ctype))
            continue
        if disposition != "attachment" and not filename:
            continue  # alternative bodies and other inline text
        data = part.get_payload(decode=True)  # (records the part's base64 defects)
        if not isinstance(data, bytes):
            continue
        if _damaged_base64(part):
            damaged.add(len(found))
        elif ctype == "application/ms-tnef" or is_tnef(data):
            unpacked = unpack_tnef(data)
            if unpacked is not None:
                files, packed_body = unpacked
                found.extend(files)
                if packed_body.strip():
                    packed_bodies.append(packed_body)
                continue  # (one that cannot be unpacked is kept, and fails with its own message)
        found.append((safe_name(filename or f"bilag{_extension(ctype)}"), data))
    return found, skipped, packed_bodies, damaged


_BASE64_DEFECTS = (
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64LengthDefect,
)


def _damaged_base64(part: EmailMessage) -> bool:
    """Whether the part's base64 is broken (see the module docstring). Call it after
    `get_payload(decode=True)`, which is what records the defects."""
    if not any(isinstance(defect, _BASE64_DEFECTS) for defect in part.defects):
        return False
    raw = part.get_payload()
    if not isinstance(raw, str):
        return True
    try:  # only whitespace in the way: the strict decoder takes it once that is gone
        base64.b64decode("".join(raw.split()), validate=True)
    except (binascii.Error, ValueError):
        return True
    return False


def _leaves(message: EmailMessage, depth: int = 0):
    """The non-multipart parts, in order; an attached e-mail is one part, not opened here."""
    if depth > 100:
        raise RecursionError("multipart nested too deep")
    if message.get_content_type() == "message/rfc822" and depth > 0:
        yield message
    elif message.is_multipart():
        for part in message.iter_parts():
            yield from _leaves(part, depth + 1)
    elif depth > 0:
        yield message


# --- .msg (Outlook) ---------------------------------------------------------------------


def extract_msg(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    name = path.name
    try:
        import extract_msg as outlook
    except ImportError as exc:  # pragma: no cover - a dependency
        raise CorruptFile(name, "extract-msg mangler") from exc
    try:
        message = outlook.openMsg(str(path), delayAttachments=False)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds on broken files
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc
    try:
        deadline.check()
        if not hasattr(message, "attachments") or not hasattr(message, "body"):
            from hoering.errors import UnsupportedFile

            raise UnsupportedFile(name, "et Outlook-element, der ikke er en e-mail")
        from_name, from_address = email.utils.parseaddr(_safe(lambda: message.sender) or "")
        when = _safe(lambda: message.date)
        headers = {
            "from_name": normalize_text(from_name).strip(),
            "from_address": from_address.strip().lower(),
            "to": " ".join((_safe(lambda: message.to) or "").split()),
            "subject": normalize_text(_safe(lambda: message.subject) or ""),
            "date": local_timestamp(when if isinstance(when, dt.datetime) else None),
            "message_id": _safe(lambda: message.messageId) or "",
        }
        body = _safe(lambda: message.body) or ""
        html_body = ""
        if not body.strip():
            raw = _safe(lambda: message.htmlBody) or b""
            html_body = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
            body = html_to_text(html_body)
        attachments: list[tuple[str, bytes]] = []
        skipped: list[str] = []
        for index, att in enumerate(_safe(lambda: message.attachments) or []):
            deadline.check()
            filename = (
                _safe(lambda a=att: a.longFilename)
                or _safe(lambda a=att: a.shortFilename)
                or _safe(lambda a=att: a.name)
                or f"bilag-{index + 1}"
            )
            mimetype = _safe(lambda a=att: a.mimetype) or ""
            if _safe(lambda a=att: a.hidden) or (
                mimetype.startswith("image/") and _safe(lambda a=att: a.contentId)
            ):
                skipped.append(safe_name(filename))
                continue
            data = _safe(lambda a=att: a.data)
            if data is not None and not isinstance(data, bytes):  # an attached e-mail
                data = _safe(lambda d=data: d.exportBytes())
                filename = filename if filename.lower().endswith(".msg") else f"{filename}.msg"
            if isinstance(data, bytes):
                attachments.append((safe_name(filename), data))
    finally:
        _safe(message.close)
    return _document("msg", body, headers, attachments, skipped, limits)


def _safe(getter):
    """A property of an extract-msg object, or None when reading it fails."""
    try:
        return getter()
    except Exception:  # noqa: BLE001 - a broken property must not lose the rest of the mail
        return None


# --- winmail.dat (TNEF) -----------------------------------------------------------------

TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
# tnefparse logs every bad checksum of a damaged winmail.dat to stderr; it is reported once,
# as the attachment's error.
logging.getLogger("tnefparse").addHandler(logging.NullHandler())
logging.getLogger("tnefparse").propagate = False


def is_tnef(data: bytes) -> bool:
    return data[:4] == TNEF_SIGNATURE


def unpack_tnef(data: bytes) -> tuple[list[tuple[str, bytes]], str] | None:
    """The files and the body (as text) inside a winmail.dat; None when it cannot be read."""
    from tnefparse import TNEF

    try:
        tnef = TNEF(data, do_checksum=True)
        if not tnef.objects or not all(o.good_checksum for o in tnef.objects):
            return None
        codepage = tnef.codepage or "cp1252"
        files = []
        for index, attachment in enumerate(tnef.attachments):
            content = attachment.data
            if not isinstance(content, bytes) or not content:
                continue
            name = _tnef_name(attachment, codepage) or f"bilag-{index + 1}"
            files.append((safe_name(name), content))
        return files, _tnef_body(tnef, codepage)
    except Exception:  # noqa: BLE001 - a damaged winmail.dat is reported by the caller
        return None


def _tnef_name(attachment, codepage: str) -> str:
    try:
        name = attachment.long_filename()
    except UnicodeDecodeError:  # tnefparse decodes 8-bit names as UTF-8; Outlook writes the code page
        name = getattr(attachment, "_name", b"")
    if isinstance(name, bytes):
        name = name.decode(_codec(codepage), errors="replace")
    return name.strip("\x00 ")


def _tnef_body(tnef, codepage: str) -> str:
    """Plain text first, then HTML, then Outlook's compressed RTF (decompressed by
    compressed-rtf, which extract-msg already needs)."""

    def text_of(value) -> str:
        if isinstance(value, bytes):
            return value.decode(_codec(codepage), errors="replace")
        return value or ""

    if (body := text_of(tnef.body).strip("\x00")).strip():
        return body
    if (markup := text_of(tnef.htmlbody)).strip():
        return html_to_text(markup)
    rtf = tnef.rtfbody
    if isinstance(rtf, bytes) and rtf.lstrip()[:5] == b"{\\rtf":
        from .rtf import rtf_text

        return rtf_text(rtf.decode("latin-1"))
    return ""


def _codec(codepage: str) -> str:
    import codecs

    try:
        return codecs.lookup(codepage).name
    except LookupError:
        return "cp1252"


def extract_tnef(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    """A winmail.dat saved on its own: read like an e-mail without headers."""
    unpacked = unpack_tnef(path.read_bytes())
    if unpacked is None:
        raise DamagedWinmail(path.name)
    deadline.check()
    files, body = unpacked
    return _document("tnef", body, {}, files, [], limits)


# --- shared -----------------------------------------------------------------------------


def _document(
    fmt: str,
    body: str,
    headers: dict,
    attachments: list[tuple[str, bytes]],
    skipped: list[str],
    limits: Limits,
    damaged: Container[int] = (),
) -> ExtractedDocument:
    """`damaged`: positions in `attachments` of attachments that arrived damaged."""
    body = normalize_text(body)
    sent_on = forwarded(body, headers.get("subject") or "")
    if sent_on is not None:
        # The forwarded message is the response: its sender and date, not the forwarder's.
        headers = {
            **headers,
            "forwarded_by": {k: headers.get(k) for k in ("from_name", "from_address", "date", "subject")},
            "from_name": sent_on.from_name, "from_address": sent_on.from_address,
            "date": sent_on.date or headers.get("date"), "subject": sent_on.subject or headers.get("subject"),
        }  # fmt: skip
        body = sent_on.text
    subject = headers.get("subject") or ""
    if sent_on is not None:
        text, quoted = split_quoted(body)
    else:
        text, quoted = split_quoted(body, reply=is_reply(subject), subject=subject)
    warnings: list[str] = []
    limit = int(limits.max_attachments)
    if len(attachments) > limit:
        rest = [n for n, _ in attachments[limit:]]
        names = ", ".join(rest[:10]) + (" …" if len(rest) > 10 else "")
        warnings.append(M.say(M.TOO_MANY_ATTACHMENTS, count=len(attachments), limit=limit, rest=names))
        attachments = attachments[:limit]
    attachments = _unique_names(attachments)
    metadata = {**headers, "attachments": [n for n, _ in attachments]}
    if damaged_names := [n for i, (n, _) in enumerate(attachments) if i in damaged]:
        metadata["damaged_attachments"] = damaged_names
    if skipped:
        metadata["skipped_attachments"] = skipped
    if quoted:
        metadata["quoted_history"] = True
    if not attachments and is_cover_note(text) and mentions_attachment(text):
        warnings.append(M.ATTACHMENT_MENTIONED_MISSING)
    return ExtractedDocument(
        format=fmt,
        text=join_blocks(re.split(r"\n[ \t]*\n", text)),
        metadata=metadata,
        warnings=warnings,
        attachments=attachments,
    )


def local_timestamp(when: dt.datetime | None) -> str | None:
    """An e-mail's time as ISO 8601 in Danish time (a mail sent 23:30 UTC on the deadline
    arrived after it in Denmark)."""
    if when is None:
        return None
    if when.tzinfo is None:
        return when.replace(microsecond=0).isoformat()
    try:
        from zoneinfo import ZoneInfo

        when = when.astimezone(ZoneInfo(_TIMEZONE))
    except Exception:  # noqa: BLE001 - no time zone data (Windows without tzdata)
        pass
    return when.replace(microsecond=0).isoformat()


def safe_name(name: str) -> str:
    """An attachment's file name made harmless: no folders, no control characters, NFC."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    name = " ".join(name.split()).lstrip(". ")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 2] + "…." + suffix) if dot and len(suffix) <= 5 else name[:MAX_NAME]
    return name or "bilag"


def _unique_names(attachments: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    seen: dict[str, int] = {}
    out = []
    for name, data in attachments:
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem} ({seen[key]}).{suffix}" if dot else f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        out.append((name, data))
    return out


def _extension(content_type: str) -> str:
    return {
        "application/pdf": ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
        "application/msword": ".doc",
        "application/vnd.oasis.opendocument.text": ".odt",
        "application/rtf": ".rtf",
        "text/plain": ".txt",
        "image/png": ".png",
        "image/jpeg": ".jpg",
        "image/tiff": ".tif",
    }.get(content_type, "")


# --- the body ----------------------------------------------------------------------------

_QUOTE_START = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|oprindelig meddelelse|videresendt meddelelse|"
    r"forwarded message|videresendt besked)\s*-{2,}.*"
    r"|(?:den|on)\s.{4,120}\s(?:skrev|wrote)\s?.{0,120}:\s*"
    r"|(?:fra|from):\s.+)$",
    re.IGNORECASE,
)
_QUOTE_FOLLOW = re.compile(r"^\s*(?:sendt|sent|dato|date|til|to|emne|subject):\s", re.IGNORECASE)


_REPLY_SUBJECT = re.compile(r"^\s*(?:sv|re|aw|antw)\s*:", re.IGNORECASE)


def is_reply(subject: str) -> bool:
    """A subject that answers a message ("SV: Høring om …", "RE: …")."""
    return bool(_REPLY_SUBJECT.match(subject))


def split_quoted(text: str, reply: bool = False, subject: str = "") -> tuple[str, bool]:
    """(the new text of a reply, whether quoted history was cut) - see the module docstring.
    `reply`: the subject says the mail answers one ("SV:"); then the quoted part is the
    message answered (the invitation), never the sender's own, however short the new text
    ("Vi har ingen bemærkninger"). A quote that the mail says it passes on (`subject` "VS:",
    or "videresender" above it; `forward.passes_on`) is kept whatever is written above it:
    it is the response (a forward whose header `forward.forwarded` could not read)."""
    lines = text.split("\n")
    cut = None
    for i, line in enumerate(lines):
        if _QUOTE_START.match(line):
            if line.lower().lstrip().startswith(("fra:", "from:")):
                if not any(_QUOTE_FOLLOW.match(x) for x in lines[i + 1 : i + 5]):
                    continue
            cut = i
            break
        if line.startswith(">") and all(x.startswith(">") or not x.strip() for x in lines[i:]):
            cut = i
            break
    if cut is None:
        return text, False
    head = "\n".join(lines[:cut]).strip()
    if not head or (is_cover_note(head) and not reply) or passes_on(head, subject):
        return text, False  # a forward: the quoted part is what was sent on
    return head, True


_SALUTATION = re.compile(
    r"^\s*(?:kære|hej|hejsa|goddag|til|att\.?|attention|dear|hi)\b[^.!?]{0,80}[,:!]?\s*$",
    re.IGNORECASE,
)
_COVER_CUE = re.compile(
    r"\b(?:hermed|vedhæft\w*|vedlagt\w*|vedlæg\w*|fremsend\w*|bilag\w*|attach\w*|"
    r"sender\s+(?:vi|jeg)|se\s+venligst)\b",
    re.IGNORECASE,
)
_ATTACHMENT_CUE = re.compile(r"\b(?:vedhæft\w*|vedlagt\w*|vedlæg\w*|bilag\w*|attach\w*)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
COVER_MAX_WORDS = 80
COVER_BARE_WORDS = 15
COVER_SUBSTANCE_WORDS = 12


def cover_body(text: str) -> str:
    """The text without salutation, greeting and signature (what a covering note says)."""
    kept = []
    for line in text.split("\n"):
        if GREETING.match(line):
            break  # the rest is the signature
        if _SALUTATION.match(line) and len(_WORD.findall(line)) <= 6:
            continue
        kept.append(line)
    body = "\n".join(kept).strip()
    head, sep, last = body.rpartition("\n\n")
    if sep and _is_signature_block(last):
        return head.strip()  # signed without a greeting: name and organisation under the text
    return body


_SIGNATURE_LINE = re.compile(r"[A-ZÆØÅ][^.!?:;]{0,60}")
SIGNATURE_MAX_LINES = 4
SIGNATURE_LINE_WORDS = 5


def _is_signature_block(block: str) -> bool:
    """A last paragraph of a few short capitalised lines without sentence punctuation
    ("Jens Otto Bech / Fjordby Lokalråd"): a signature, not something the note says. A
    single line is not enough ("Tak for ordet"), so it takes at least two."""
    lines = [x.strip() for x in block.split("\n") if x.strip()]
    return 2 <= len(lines) <= SIGNATURE_MAX_LINES and all(
        _SIGNATURE_LINE.fullmatch(x) and len(_WORD.findall(x)) <= SIGNATURE_LINE_WORDS for x in lines
    )


# What a mail passed on says of the message itself, not of the matter: that it did not get
# through, lay in the outbox, is sent again, comes late ("Vores høringssvar er ikke gået igennem
# - det lå i udbakken. Vi håber, det stadig kan komme med").
_DELIVERY_CUE = re.compile(
    r"\b(?:gået\s+igennem|kommet\s+(?:frem|igennem)|nået\s+frem|\w*(?:ud|ind)bakke\w*|retur|kvittering\w*|"
    r"modtaget|modtog|sendt|sendte|gensend\w*|igen|for\s+sent|forsink\w*|beklage\w*|fejl\w*|"
    r"(?:komme|nå|nås|tages|blive\s+taget)\s+med|videre|videresend\w*|til\s+orientering)\b",
    re.IGNORECASE,
)
# A sentence that takes a position on the matter is the forwarder's own remark, whatever else it says.
_REMARK_CUE = re.compile(
    r"\b(?:enig\w*|uenig\w*|imod|støtte\w*|bakke\w*\s+op|bekymr\w*|mener|synes|foreslå\w*|opfordr\w*|"
    r"anbefal\w*|kritik\w*|tilføje\w*|understrege\w*|desuden|derudover|i\s+øvrigt)\b",
    re.IGNORECASE,
)


def is_cover_note(text: str, passed_on: bool = False) -> bool:
    """A body that only covers an attachment. Besides salutation, greeting and signature it
    has at most 15 words, or at most 80 words of which at most 12 stand in sentences without
    a covering phrase ("hermed", "vedhæftet", "fremsendes", "bilag", …): "Vedhæftet er
    Ældrerådets høringssvar, som rådet drøftede i går" covers; "Vi er imod besparelsen på
    Haveprojektet, fordi …; vi uddyber i det vedhæftede" has substance of its own.

    `passed_on`: the mail's subject says it forwards a message ("VS:", "Fwd:") that is its
    attachment. Then what the forwarder says of the message's way covers too (it did not get
    through, is sent again, comes late: `_DELIVERY_CUE`), unless the sentence takes a position
    on the matter ("Vi er desuden bekymrede for …"): a forward that adds remarks of its own is
    a response."""
    core = cover_body(text)
    words = len(_WORD.findall(core))
    if words <= COVER_BARE_WORDS:
        return True
    if words > COVER_MAX_WORDS:
        return False
    sentences = re.split(r"(?<=[.!?])\s+|\n+", core)

    def covers(sentence: str) -> bool:
        if _COVER_CUE.search(sentence):
            return True
        return passed_on and bool(_DELIVERY_CUE.search(sentence)) and not _REMARK_CUE.search(sentence)

    substance = sum(len(_WORD.findall(s)) for s in sentences if not covers(s))
    return substance <= COVER_SUBSTANCE_WORDS


def mentions_attachment(text: str) -> bool:
    return bool(_ATTACHMENT_CUE.search(text))


# --- HTML to text -------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "blockquote", "section", "article", "header", "footer", "hr", "pre",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "title", "xml", "o:p"}


class _TextParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "div", "table", "h1", "h2", "h3") else "\n")
        elif tag == "td":
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag in ("p", "div", "table") else "\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(markup: str) -> str:
    """Readable text from an HTML mail body: paragraphs on their own lines, no tags or styles."""
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    text = "".join(parser.parts)  # convert_charrefs: entities are already decoded
    lines = [" ".join(line.split()).strip(" |") for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
