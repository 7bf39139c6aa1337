"""Reading one file, in a worker process: hash, extract, identify, analyse. No database.

`read_job` never raises for a bad file: it returns a `Reading` (whose `response` may carry a
failed status and its Danish message) or a `Refusal` (no row: too large, not a regular file,
unreadable). The parent (`pipeline.collect`) writes what it returns.

E-mails: the worker writes an e-mail's attachments to a spool folder, for the parent to
collect as responses of their own after the e-mail's row ("mail.eml › bilag.pdf").
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import messages as M
from ..analysis import danish as language
from ..dates import letter_date
from ..errors import (
    DamagedAttachment,
    ExtractionError,
    TooLarge,
    UnreadableFile,
    danish,
    is_disk_full,
    os_reason,
)
from ..extract import ExtractedDocument, Limits, extract
from ..extract.email import MAX_DEPTH
from ..model import Response, SenderKind, Status
from ..senders import confidence, detect_sender
from ..store import sha256_file
from . import campaigns, derive, intake
from .discover import check_path, display_name, path_bytes, printable, readable_path


@dataclass
class Attachment:
    """An e-mail's attachment, spooled to a file for the parent to collect."""

    file: str  # display name: "mail.eml › bilag.pdf"
    path: Path
    sha256: str
    size: int
    damaged: bool = False  # arrived with broken base64: recorded as failed, not read


@dataclass
class Job:
    """One file for a worker: a file found on disk, or an attachment spooled by a worker."""

    path: Path
    root: Path | None
    parties: list[str]
    limits: Limits
    spool: Path | None = None
    file: str | None = None  # display name of an attachment
    codebook: dict | None = None  # the themes, so the worker can tag too
    source: str | None = None  # where an attachment came from ("…/mail.eml › bilag.pdf")
    depth: int = 0  # e-mails around it
    damaged: bool = False  # an attachment that arrived damaged (Attachment.damaged)

    @property
    def name(self) -> str:
        return self.file or display_name(self.path)


@dataclass
class Refusal:
    """A file that gets no row, and why (Danish)."""

    path: Path
    file: str
    status: Status
    message: str


@dataclass
class Reading:
    """What a worker learnt from one file: the response to write, and what goes with it."""

    path: Path
    response: Response  # not yet in the archive: id, number and consultation are the store's
    doc: ExtractedDocument | None = None
    analysed: derive.Analysis | None = None  # passages, tags, index terms
    # (sender, the words form letters are compared by), for `links.update_links(known=)`.
    campaign_words: tuple[str | None, np.ndarray] | None = None
    attachments: list[Attachment] = field(default_factory=list)
    disk_full: str | None = None  # where a write met a full disk: the batch must stop

    @property
    def status(self) -> Status:
        return self.response.status

    @property
    def error(self) -> str | None:
        return self.response.error

    @property
    def error_code(self) -> str | None:
        return self.response.error_code

    def fail(self, exc: ExtractionError) -> None:
        self.response.status, self.response.error = Status(exc.status), printable(danish(exc))
        self.response.error_code = exc.code


def draft(job: Job, sha256: str, size: int) -> Response:
    """A response not yet in the archive (the store gives it its id and number)."""
    return Response(
        id=0, consultation_id=0, number=0, file=job.name, sha256=sha256, size=size,
        status=Status.OK, collected="", source_path=job.source or readable_path(job.path),
        path_bytes=None if job.source else path_bytes(job.path),
    )  # fmt: skip


def read_job(job: Job) -> Reading | Refusal:
    """A worker's job: never raises for a bad file.

    The text is analysed too when this process has the Danish layer loaded; a reader
    started before it was loaded leaves that to an `analyse_job` (`needs_analysis`).
    """
    try:
        if job.file is None:
            check_path(job.path, job.root)
        reading = read(job)
        if needs_analysis(reading, job) and language.loaded():
            reading.analysed, reading.campaign_words = analyse_job(text_job(reading, job))
        return reading
    except ExtractionError as exc:
        return Refusal(job.path, job.name, Status(exc.status), printable(danish(exc)))
    except OSError as exc:
        return unreadable(job, exc)


@dataclass
class TextJob:
    """The part of reading a file that needs the Danish layer: its text and sender."""

    text: str
    sender: str | None
    codebook: dict


def needs_analysis(reading: Reading | Refusal, job: Job) -> bool:
    return (
        isinstance(reading, Reading) and reading.analysed is None and job.codebook is not None
        and reading.response.status == Status.OK and reading.doc is not None and not reading.disk_full
    )  # fmt: skip


def text_job(reading: Reading, job: Job) -> TextJob:
    return TextJob(reading.doc.text, reading.response.sender, job.codebook)


def analyse_job(job: TextJob) -> tuple[derive.Analysis, tuple[str | None, np.ndarray]]:
    """Passages, tags and index terms of a text, and the words form letters are compared by
    (here rather than after the last file, where they would be found one response at a time)."""
    words = campaigns.words(job.text, job.sender)
    return derive.analyse_text(job.text, job.codebook), (job.sender, campaigns.token_ids(words))


def unreadable(job: Job, error: OSError) -> Refusal:
    message = printable(danish(UnreadableFile(job.name, os_reason(error))))
    return Refusal(job.path, job.name, Status.FAILED, message)


def read(job: Job) -> Reading:
    """Hash, read and identify one file.

    A `damaged` attachment is not read: whatever the lenient base64 decoder made of it would
    not sniff as what it was, and could be taken for a text file.
    """
    name, limits = job.name, job.limits
    size = job.path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(name, f"{size / 1e6:.0f} MB; grænsen er {limits.max_bytes / 1e6:.0f} MB")
    reading = Reading(job.path, draft(job, sha256_file(job.path), size))
    response = reading.response
    try:
        if job.damaged:
            email_name, _, attachment = name.rpartition(" › ")
            raise DamagedAttachment(name, email_name, attachment)
        reading.doc = extract(job.path, limits)
    except ExtractionError as exc:
        exc.file = name  # the reader names path.name; staff see the display name
        reading.fail(exc)
    except MemoryError:
        reading.fail(TooLarge(name, "der skulle bruges for meget hukommelse"))
    except Exception as exc:  # a reader library's bug must not stop the batch
        if is_disk_full(exc):  # but a full disk does: every later file would fail too
            reading.disk_full = str(getattr(exc, "filename", None) or tempfile.gettempdir())
            return reading
        response.status, response.error, response.error_code = Status.FAILED, printable(danish(exc)), "internal"
    doc = reading.doc or ExtractedDocument(format="unknown", text="")
    guess = detect_sender(doc, name, job.parties)
    if intake.is_email(reading.doc):
        guess = intake.email_sender(doc, guess, job.parties)
        if intake.is_cover(doc) and job.spool is not None and job.depth < MAX_DEPTH:
            response.status = Status.COVER
        _spool_attachments(reading, doc, job.spool, job.depth)
        if reading.disk_full:
            return reading
        if response.status == Status.COVER and not reading.attachments:
            response.status = Status.OK  # nothing to carry the response: the body is it
    identify(response, guess)
    when = letter_date(doc.text, doc.letterhead, intake.arrival(reading.doc, job.path if job.file is None else None)) if reading.doc else None
    response.received, response.received_source = intake.received_date(
        reading.doc, when, job.path if job.file is None else None
    )
    _keep_document(response, reading.doc)
    if when is not None:
        response.metadata["letter_date"] = when.isoformat()
    return reading


def identify(response: Response, guess) -> None:
    """Take the sender, kind and party a `senders.SenderGuess` found."""
    response.sender, response.sender_source = guess.name, guess.source
    response.sender_kind = SenderKind(guess.kind)
    response.party, response.party_score = guess.party, guess.score
    response.sender_confidence = confidence(guess)


def _keep_document(response: Response, doc: ExtractedDocument | None) -> None:
    """The extracted text and what the reader learnt, on the response to write."""
    if doc is None:
        return
    response.format, response.pages, response.letterhead = doc.format, doc.pages, doc.letterhead or ""
    response.metadata = {"document": doc.metadata, "warnings": doc.warnings}
    if response.status in (Status.OK, Status.COVER):
        response.text = doc.text
        response.text_chars = len(doc.text)


def failed_reading(job: Job, exc: ExtractionError) -> Reading | Refusal:
    """The response to write for a job whose worker gave no result (killed, crashed)."""
    try:
        size = job.path.stat().st_size
        sha = sha256_file(job.path)
    except OSError as error:
        return unreadable(job, error)
    reading = Reading(job.path, draft(job, sha, size))
    reading.fail(exc)
    identify(reading.response, detect_sender(ExtractedDocument(format="unknown", text=""), job.name, job.parties))
    reading.response.received, reading.response.received_source = intake.received_date(
        None, None, job.path if job.file is None else None
    )
    return reading


def _spool_attachments(reading: Reading, doc: ExtractedDocument, spool: Path | None, depth: int) -> None:
    """Write an e-mail's attachments where the parent can collect them; keep them out of `doc`."""
    found, doc.attachments = doc.attachments, []
    damaged = set(doc.metadata.get("damaged_attachments", []))
    if not found:
        return
    if spool is None or depth >= MAX_DEPTH:
        doc.warnings.append(M.ATTACHMENTS_TOO_DEEP)
        return
    file, sha256 = reading.response.file, reading.response.sha256
    for index, (name, data) in enumerate(found):
        display = f"{file} › {name}"
        folder = spool / f"{sha256[:16]}-{depth}-{index}"
        # The spooled file is named as the archive shows it, so that readers' error
        # messages name it that way too (unless that is too long for a file name).
        candidates = [display, name, f"bilag-{index + 1}{Path(name).suffix[:10]}"]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / next(c for c in candidates if len(c.encode()) <= 200)
            target.write_bytes(data)
        except OSError as exc:
            if is_disk_full(exc):
                # Not a warning: the e-mail would be recorded as read and the attachment lost.
                reading.disk_full = str(spool)
                return
            doc.warnings.append(M.say(M.ATTACHMENT_NOT_SPOOLED, name=name, reason=exc))
            continue
        reading.attachments.append(
            Attachment(display, target, hashlib.sha256(data).hexdigest(), len(data), name in damaged)
        )

