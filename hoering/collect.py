"""`hoering collect`: from a folder of responses to rows in the archive.

Per file: hash first; the same bytes under the same name are a no-op, under
another name a recorded duplicate. The original is stored byte for byte
before anything else, then read, and its row, passages and index entries are
written in one transaction, so a crash or kill mid-run leaves every file
either fully in the archive or not at all. A bad file gets a status and a
Danish message and the batch goes on.

Reading a file (`prepare`) touches no database, so it runs in worker processes
(`extract.sandbox.Supervisor`: long-lived, killed when a file overruns its time,
which is then recorded as Timeout); writing (`_write`) happens in the parent,
one transaction per file, in the order the files were found.

E-mails: the worker that reads an e-mail writes its attachments to a spool
folder; the parent writes the e-mail's row, then reads and writes each
attachment as a response of its own ("mail.eml › bilag.pdf", `via_email` = the
e-mail's number, numbered right after it), with the rules in `hoering.intake`
(covering notes, inherited sender and date). After the files, one transaction
recomputes the links between responses: late, form-letter campaigns and
revisions (`hoering.revisions.update_links`).

A full disk (the archive, the file store, the attachment spool) stops the batch with
`DiskFull` before the file's row is written: every file written so far is complete, and
the next run collects the rest. Not a per-file failure: every later file would fail too.

Refused without a row (reported, not hashed, not stored): a file over
`max_bytes` (only its size is read), a symlink out of the folder, anything that
is not a regular file. Everything else gets a row, failed or not.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import campaigns, intake
from .analysis import derive as analysis
from .analysis.danish import load as load_danish_layer
from .config import checked_limits
from .dates import letter_date
from .errors import (
    DiskFull,
    ExtractionError,
    ReaderCrashed,
    Timeout,
    TooLarge,
    UnreadableFile,
    UnreadableFolder,
    UnsafePath,
    danish,
    is_disk_full,
    os_reason,
)
from .extract import ExtractedDocument, Limits, extract
from .extract.email import MAX_DEPTH
from .extract.sandbox import InProcess, JobResult, Supervisor
from .senders import detect_sender
from .store import Archive, Consultation, now, sha256_file

# Statuses that mean "read, nothing to retry". "cover": an e-mail that only covers its
# attachments (see hoering.intake).
SETTLED = {"ok", "duplicate", "cover"}
# Files no one means to hand in: editor lock files, OS litter.
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
# Seconds a worker gets beyond the cooperative `max_seconds` before it is killed.
HARD_GRACE = 5.0
# Each reader may grow by `max_memory_bytes`, and one parent writes every file's rows; more
# readers than this have not been measured (the benchmark machine has 2 cores).
MAX_DEFAULT_WORKERS = 4


@dataclass
class FileOutcome:
    path: Path
    file: str
    action: str  # new | unchanged | duplicate | retried | refused
    status: str  # the response's status (ok, failed, needs_ocr, duplicate …)
    number: int | None = None
    message: str | None = None  # Danish

    @property
    def failed(self) -> bool:
        return self.status not in SETTLED


@dataclass
class CollectReport:
    consultation: str
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def failures(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.failed and o.action != "unchanged"]

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


@dataclass
class Attachment:
    """A file that came inside an e-mail, spooled to disk by the worker that read the e-mail."""

    file: str  # "mail.eml › bilag.pdf"
    path: Path
    sha256: str
    size: int


@dataclass
class Prepared:
    """Everything learnt from one file, ready to be written in one transaction."""

    path: Path
    file: str
    sha256: str
    size: int
    status: str = "ok"
    error: str | None = None
    error_code: str | None = None
    doc: ExtractedDocument | None = None
    sender: str | None = None
    sender_source: str | None = None
    sender_kind: str = "organisation"
    party: str | None = None
    party_score: float | None = None
    received: str | None = None
    received_source: str | None = None
    source: str | None = None  # where it came from, when not `path` (an e-mail's attachment)
    analysed: analysis.Analysis | None = None  # passages, tags, index terms (from the worker)
    # (sender, the words form letters are compared by), for `revisions.update_links(known=)`.
    campaign_words: tuple[str | None, np.ndarray] | None = None
    via_email: int | None = None
    attachments: list[Attachment] = field(default_factory=list)
    # Where the worker ran out of disk (an attachment's spool, a reader's temp file): the
    # parent then stops without writing the row, so the next run reads the file again.
    disk_full: str | None = None


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
    source: str | None = None
    depth: int = 0  # e-mails around it


def _readable(name: str) -> str:
    """A file name as text a person can read. Names from an old file share are often
    Latin-1 or Windows-1252 bytes that are not valid UTF-8 ("\xe6ldrer\xe5d.pdf"); Python
    keeps such bytes as surrogate escapes, which no database or terminal takes. Read them
    as Windows-1252 (a superset of Latin-1's letters), so "ældreråd" shows as itself."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def display_name(path: Path) -> str:
    """The file name as staff should see it: readable, no control characters, NFC."""
    name = unicodedata.normalize("NFC", _readable(path.name))
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in name)


def readable_path(path: Path) -> str:
    """The whole path as `display_name` shows a name (the exact bytes: `_path_bytes`)."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in _readable(str(path)))


def _path_bytes(item: Prepared) -> bytes | None:
    """A path that is not valid UTF-8, byte for byte (None for every other path)."""
    if item.source:
        return None
    raw = os.fsencode(str(item.path))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return None


def _danish(exc: BaseException) -> str:
    """The Danish message, with control characters from hostile file names made harmless
    (an escape sequence in a name must not reach the user's terminal)."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in danish(exc))


def discover(
    paths: Iterable[Path], unreadable: Callable[[Path, OSError], None] | None = None
) -> Iterator[tuple[Path, Path | None]]:
    """Files to collect, each with the folder it was found in (None for a named file).

    Folders are walked recursively in sorted order, so numbering follows the
    file names. Symlinks inside folders are never followed out of the folder.
    A folder that cannot be listed is passed to `unreadable` (its files would
    otherwise be missing without a word).
    """
    for given in paths:
        given = Path(given)
        if given.is_dir():
            root = given.resolve()
            walk = os.walk(given, followlinks=False, onerror=unreadable and _folder_error(unreadable))
            for dirpath, dirnames, filenames in walk:
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith((".", "~$")) or name.lower() in _IGNORED_NAMES:
                        continue
                    yield Path(dirpath) / name, root
        else:
            yield given, None


def _folder_error(unreadable: Callable[[Path, OSError], None]) -> Callable[[OSError], None]:
    def report(error: OSError) -> None:
        unreadable(Path(error.filename or "?"), error)

    return report


def _check_path(path: Path, root: Path | None) -> None:
    if path.is_symlink():
        target = path.resolve()
        if root is not None and not target.is_relative_to(root):
            raise UnsafePath(display_name(path), "det er en genvej (symlink) til en fil uden for mappen")
    if not path.is_file():
        raise UnsafePath(display_name(path), "det er ikke en almindelig fil")


def prepare(
    path: Path,
    parties: list[str],
    limits: Limits,
    *,
    file: str | None = None,
    spool: Path | None = None,
    depth: int = 0,
) -> Prepared:
    """Hash, read and identify one file. No database access (runs in workers).

    `file` names an e-mail's attachment ("mail.eml › bilag.pdf"); `spool` is where an
    e-mail's attachments are written for the parent to collect.
    """
    name = file or display_name(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(name, f"{size / 1e6:.0f} MB; grænsen er {limits.max_bytes / 1e6:.0f} MB")
    sha = sha256_file(path)
    item = Prepared(path=path, file=name, sha256=sha, size=size)
    try:
        item.doc = extract(path, limits)
    except ExtractionError as exc:
        exc.file = name  # the reader names path.name; staff see the display name
        item.status, item.error, item.error_code = exc.status, _danish(exc), exc.code
    except MemoryError:
        exc = TooLarge(name, "der skulle bruges for meget hukommelse")
        item.status, item.error, item.error_code = exc.status, _danish(exc), exc.code
    except Exception as exc:  # a reader library's bug must not stop the batch
        if is_disk_full(exc):  # but a full disk does: every later file would fail too
            item.disk_full = str(getattr(exc, "filename", None) or tempfile.gettempdir())
            return item
        item.status, item.error, item.error_code = "failed", _danish(exc), "internal"
    doc = item.doc or ExtractedDocument(format="unknown", text="")
    guess = detect_sender(doc, name, parties)
    if intake.is_email(item.doc):
        guess = intake.email_sender(doc, guess, parties)
        if intake.is_cover(doc) and spool is not None and depth < MAX_DEPTH:
            item.status = "cover"
        _spool_attachments(item, doc, spool, depth)
        if item.disk_full:
            return item
        if item.status == "cover" and not item.attachments:
            item.status = "ok"  # nothing to carry the response: the body is it
    item.sender, item.sender_source, item.sender_kind = guess.name, guess.source, guess.kind
    item.party, item.party_score = guess.party, guess.score
    when = letter_date(doc.text, doc.letterhead) if item.doc else None
    item.received, item.received_source = intake.received_date(
        item.doc, when, path if file is None else None
    )
    return item


def _spool_attachments(item: Prepared, doc: ExtractedDocument, spool: Path | None, depth: int) -> None:
    """Write an e-mail's attachments where the parent can collect them; keep them out of `doc`."""
    found, doc.attachments = doc.attachments, []
    if not found:
        return
    if spool is None or depth >= MAX_DEPTH:
        doc.warnings.append("Bilagene i denne mail er ikke indsamlet (mailen ligger for dybt i andre mails).")
        return
    for index, (name, data) in enumerate(found):
        display = f"{item.file} › {name}"
        folder = spool / f"{item.sha256[:16]}-{depth}-{index}"
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
                item.disk_full = str(spool)
                return
            doc.warnings.append(f"Bilaget »{name}« kunne ikke gemmes til indsamling ({exc}).")
            continue
        item.attachments.append(
            Attachment(display, target, hashlib.sha256(data).hexdigest(), len(data))
        )


def _prepare_or_refuse(job: Job) -> Prepared | FileOutcome:
    """A worker's job: never raises for a bad file, returns its row or its refusal."""
    name = job.file or display_name(job.path)
    try:
        if job.file is None:
            _check_path(job.path, job.root)
        item = prepare(
            job.path, job.parties, job.limits, file=job.file, spool=job.spool, depth=job.depth
        )
        item.source = job.source
        if item.status == "ok" and item.doc is not None and job.codebook is not None:
            item.analysed = analysis.analyse_text(item.doc.text, job.codebook)
            # Here rather than after the last file, where it would run one response at a time.
            words = campaigns.words(item.doc.text, item.sender)
            item.campaign_words = (item.sender, campaigns.token_ids(words))
        return item
    except ExtractionError as exc:
        return FileOutcome(job.path, name, "refused", exc.status, message=_danish(exc))
    except OSError as exc:
        return FileOutcome(job.path, name, "refused", "failed", message=_danish(UnreadableFile(name, os_reason(exc))))


def consultation_limits(consultation: Consultation) -> Limits:
    """The consultation's `[limits]` over the defaults. Checked against the bounds again here,
    as this is what reaches the readers and the sandbox (a value out of bounds overflowed the
    supervisor's wait), and a config built in Python has not been through parse_config."""
    return Limits(**checked_limits(consultation.config.limits, f"høringen »{consultation.slug}«"))


def default_workers() -> int:
    """Reader processes when staff do not say: one per usable core, at most `MAX_DEFAULT_WORKERS`
    (bench/RESULTS.md: 2 workers read 200 files about 1.4x as fast as one on 2 cores)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(MAX_DEFAULT_WORKERS, cores))


def collect(
    archive: Archive,
    slug: str,
    paths: Iterable[Path],
    *,
    progress: Callable[[FileOutcome], None] | None = None,
    workers: int = 1,
    isolate: bool = True,
) -> CollectReport:
    """Collect files and folders into the consultation `slug`.

    `workers` reader processes read the files (`isolate=False` reads them in this process,
    without the hard time cap: for profiling). `progress` is called once per file found
    (an e-mail's attachments are part of its e-mail).

    A full disk stops the batch with `DiskFull`: every file written so far is complete in
    the archive (one transaction each), and the next run collects the rest.
    """
    try:
        return _collect(archive, slug, paths, progress=progress, workers=workers, isolate=isolate)
    except DiskFull as exc:
        raise DiskFull(exc.path, file=exc.file, place=exc.place, collecting=True) from exc


def _collect(
    archive: Archive,
    slug: str,
    paths: Iterable[Path],
    *,
    progress: Callable[[FileOutcome], None] | None,
    workers: int,
    isolate: bool,
) -> CollectReport:
    consultation = archive.consultation(slug)
    limits = consultation_limits(consultation)
    report = CollectReport(slug)
    pending: list[tuple[Path, Path | None]] = []
    known: dict[int, tuple[str | None, np.ndarray]] = {}  # campaign words from the workers

    def unreadable(folder: Path, error: OSError) -> None:
        name = readable_path(folder)
        message = _danish(UnreadableFolder(name, os_reason(error)))
        outcome = FileOutcome(folder, name, "refused", "failed", message=message)
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)

    for path, root in discover(paths, unreadable):
        # Cheap pre-check so re-collecting a folder does not re-read every file.
        outcome = _unchanged(archive, consultation, path)
        if outcome:
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)
        else:
            pending.append((path, root))

    if pending:
        parties = consultation.config.parties
        with tempfile.TemporaryDirectory(prefix="hoering-bilag-") as spool:
            runner: Supervisor | InProcess
            if isolate:
                # Every readable file goes through the Danish layer (tags, index terms). Loading
                # it here, before the workers fork, means they share one copy (copy-on-write)
                # instead of each spending ~1.7 CPU s and its own memory on loading it: with
                # two workers on two cores that time would be taken from reading.
                load_danish_layer()
                runner = Supervisor(
                    min(workers, len(pending)),
                    hard_seconds=limits.max_seconds + max(HARD_GRACE, limits.max_seconds / 4),
                    memory_bytes=limits.max_memory_bytes,
                )
            else:
                runner = InProcess()
            with runner:
                writer = _Writer(archive, consultation, runner, report, limits, Path(spool))
                codebook = consultation.config.codebook()
                jobs = [Job(p, r, parties, limits, Path(spool), codebook=codebook) for p, r in pending]
                tickets = runner.submit_many(_prepare_or_refuse, jobs)
                for job, ticket in zip(jobs, tickets, strict=True):
                    outcome = writer.collect(job, ticket)
                    if progress:
                        progress(outcome)
                known = writer.campaign_words
    from .revisions import update_links

    with archive.transaction() as db:
        update_links(db, consultation, known=known)
    return report


class _Writer:
    """Takes each job's result in order and writes it; collects an e-mail's attachments."""

    def __init__(self, archive, consultation, runner, report, limits, spool):
        self.archive, self.consultation, self.runner = archive, consultation, runner
        self.report, self.limits, self.spool = report, limits, spool
        self.campaign_words: dict[int, tuple[str | None, np.ndarray]] = {}

    def collect(self, job: Job, ticket: int, email: intake.EmailContext | None = None) -> FileOutcome:
        item = _result_item(job, self.runner.result(ticket), self.consultation.config.parties)
        if isinstance(item, FileOutcome):
            self.report.outcomes.append(item)
            return item
        if item.disk_full:
            place = "temp" if item.disk_full == str(self.spool) else "disk"
            raise DiskFull(item.disk_full, file=item.file, place=place)
        if email is not None:
            item.via_email = email.number
            intake.inherit(item, email)
        outcome = _write(self.archive, self.consultation, item)
        self.report.outcomes.append(outcome)
        if item.campaign_words is not None and outcome.number is not None:
            self.campaign_words[outcome.number] = item.campaign_words
        if item.attachments and outcome.action in ("new", "retried") and outcome.number is not None:
            self._attachments(job, item, outcome.number)
            _attachments_done(self.archive, self.consultation, outcome.number)
        return outcome

    def _attachments(self, job: Job, item: Prepared, number: int) -> None:
        context = intake.EmailContext(
            number, item.sender, item.sender_source, item.sender_kind, item.party,
            item.party_score, item.received, item.received_source,
        )  # fmt: skip
        source = item.source or str(item.path)
        jobs = []
        for attachment in item.attachments:
            unchanged = _unchanged_attachment(self.archive, self.consultation, attachment)
            if unchanged:
                self.report.outcomes.append(unchanged)
                continue
            jobs.append(
                Job(
                    attachment.path, None, job.parties, self.limits, self.spool,
                    file=attachment.file, source=f"{source} › {attachment.file.split(' › ')[-1]}",
                    depth=job.depth + 1, codebook=job.codebook,
                )  # fmt: skip
            )
        tickets = self.runner.submit_many(_prepare_or_refuse, jobs, front=True)
        for child, ticket in zip(jobs, tickets, strict=True):
            self.collect(child, ticket, context)


def _result_item(job: Job, result: JobResult, parties: list[str]) -> Prepared | FileOutcome:
    """The row to write for a job: its value, or a failed row when the worker gave none."""
    if result.ok:
        return result.value
    name = job.file or display_name(job.path)
    if result.timed_out:
        exc: ExtractionError = Timeout(name, "arbejdsprocessen blev stoppet")
    elif result.crashed:  # most often a reader library that ran into the memory cap
        exc = ReaderCrashed(name, f"måske brugte den mere hukommelse end tilladt; {result.crashed}")
    else:
        exc = ReaderCrashed(name, result.error or "")
    try:
        size = job.path.stat().st_size
        sha = sha256_file(job.path)
    except OSError as error:
        message = _danish(UnreadableFile(name, os_reason(error)))
        return FileOutcome(job.path, name, "refused", "failed", message=message)
    item = Prepared(job.path, name, sha, size, exc.status, _danish(exc), exc.code, source=job.source)
    guess = detect_sender(ExtractedDocument(format="unknown", text=""), name, parties)
    item.sender, item.sender_source, item.sender_kind = guess.name, guess.source, guess.kind
    item.party, item.party_score = guess.party, guess.score
    item.received, item.received_source = intake.received_date(
        None, None, job.path if job.file is None else None
    )
    return item


def _unchanged(archive: Archive, consultation: Consultation, path: Path) -> FileOutcome | None:
    """A file already in the archive under this name with these bytes, and settled (an
    e-mail counts as settled when its attachments are too)."""
    name = display_name(path)
    rows = archive.db.execute(
        "SELECT number, status, size, sha256, attachments_pending FROM responses "
        "WHERE consultation_id = ? AND file = ?",
        (consultation.id, name),
    ).fetchall()
    if not rows:
        return None
    try:
        size = path.stat().st_size
        candidates = [r for r in rows if r["size"] == size and r["status"] in SETTLED]
        if not candidates:
            return None
        sha = sha256_file(path)
    except OSError:
        return None  # the worker meets the same error and reports it by name
    for row in candidates:
        if row["sha256"] == sha:
            if row["attachments_pending"] or _unsettled_attachments(archive, consultation, row["number"]):
                return None  # read the e-mail again: its attachments are retried or completed
            return FileOutcome(path, name, "unchanged", row["status"], row["number"])
    return None


def _unsettled_attachments(archive: Archive, consultation: Consultation, number: int) -> bool:
    placeholders = ", ".join("?" * len(SETTLED))
    return bool(
        archive.db.execute(
            f"SELECT 1 FROM responses WHERE consultation_id = ? AND via_email = ? "
            f"AND status NOT IN ({placeholders}) LIMIT 1",
            (consultation.id, number, *sorted(SETTLED)),
        ).fetchone()
    )


def _unchanged_attachment(
    archive: Archive, consultation: Consultation, attachment: Attachment
) -> FileOutcome | None:
    row = archive.db.execute(
        "SELECT number, status FROM responses WHERE consultation_id = ? AND file = ? AND sha256 = ?",
        (consultation.id, attachment.file, attachment.sha256),
    ).fetchone()
    if row and row["status"] in SETTLED:
        return FileOutcome(attachment.path, attachment.file, "unchanged", row["status"], row["number"])
    return None


def _write(archive: Archive, consultation: Consultation, item: Prepared) -> FileOutcome:
    try:
        return _write_one(archive, consultation, item)
    except DiskFull as exc:  # name the file that did not fit
        raise DiskFull(exc.path, file=item.file, place=exc.place) from exc


def _write_one(archive: Archive, consultation: Consultation, item: Prepared) -> FileOutcome:
    """Write one file's row, passages, tags and index rows in one transaction.

    The look-up of rows with the same bytes happens inside the write transaction (BEGIN
    IMMEDIATE holds the write lock), so a second collect of the same folder sees the first's
    rows; the unique index `responses_one_original` makes the database refuse a second
    original all the same.
    """
    archive.store_file(item.path, item.sha256)
    with archive.transaction() as db:
        same_bytes = db.execute(
            "SELECT id, number, file, status, duplicate_of, attachments_pending FROM responses "
            "WHERE consultation_id = ? AND sha256 = ? ORDER BY number",
            (consultation.id, item.sha256),
        ).fetchall()
        earlier_same_name = [r for r in same_bytes if r["file"] == item.file]
        originals = [r for r in same_bytes if r["duplicate_of"] is None]
        db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created) VALUES (?, ?, ?)",
            (item.sha256, item.size, now()),
        )
        if earlier_same_name:
            earlier = earlier_same_name[0]
            number, response_id = earlier["number"], earlier["id"]
            incomplete = earlier["attachments_pending"] or _unsettled_attachments(
                archive, consultation, number
            )
            if _settled(earlier) and not (item.attachments and incomplete):
                # Another collect wrote it while this one was reading it.
                return FileOutcome(item.path, item.file, "unchanged", earlier["status"], number)
            # A file that failed before, or an e-mail whose attachments were cut off: read
            # it again in place.
            action = "retried"
            _apply_overrides(archive, consultation, number, item)
            analysis.forget_response(db, response_id)
            db.execute(
                f"UPDATE responses SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?",
                (*_values(item), response_id),
            )
        else:
            number = _next_number(db, consultation)
            action = "new"
            duplicate_of = originals[0]["number"] if originals else None
            if duplicate_of is not None:
                action = "duplicate"
                item.status, item.error, item.error_code = "duplicate", None, None
                item.attachments = []  # the original's e-mail brings them
            cur = db.execute(
                f"INSERT INTO responses (consultation_id, number, duplicate_of, collected, "
                f"{', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, {', '.join('?' * len(_COLUMNS))})",
                (consultation.id, number, duplicate_of, now(), *_values(item)),
            )
            response_id = cur.lastrowid
        if item.status == "ok" and item.doc is not None:
            analysis.analyse_response(db, consultation, response_id, item.doc.text, item.analysed)
    message = item.error
    return FileOutcome(item.path, item.file, action, item.status, number, message)


def _settled(row) -> bool:
    return row["status"] in SETTLED


def _attachments_done(archive: Archive, consultation: Consultation, number: int) -> None:
    """Every attachment of e-mail `number` is written (or refused): the e-mail is complete."""
    with archive.transaction() as db:
        db.execute(
            "UPDATE responses SET attachments_pending = 0 WHERE consultation_id = ? AND number = ?",
            (consultation.id, number),
        )


_COLUMNS = (
    "file", "source_path", "sha256", "size", "format", "status", "error", "error_code",
    "sender", "sender_source", "sender_kind", "party", "party_score", "received",
    "received_source", "pages", "text", "text_chars", "letterhead", "metadata", "via_email",
    "attachments_pending", "path_bytes",
)  # fmt: skip


def _values(item: Prepared) -> tuple:
    doc = item.doc
    text = doc.text if doc and item.status in ("ok", "cover") else ""
    metadata = {"document": doc.metadata, "warnings": doc.warnings} if doc else {}
    return (
        item.file, item.source or readable_path(item.path), item.sha256, item.size, doc.format if doc else None,
        item.status, item.error, item.error_code, item.sender, item.sender_source,
        item.sender_kind, item.party, item.party_score, item.received, item.received_source,
        doc.pages if doc else None, text, len(text), doc.letterhead if doc else "",
        json.dumps(metadata, ensure_ascii=False, default=str), item.via_email,
        int(bool(item.attachments)), _path_bytes(item),
    )  # fmt: skip


def _next_number(db, consultation: Consultation) -> int:
    row = db.execute(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM responses WHERE consultation_id = ?",
        (consultation.id,),
    ).fetchone()
    return int(row[0])


def _apply_overrides(archive: Archive, consultation: Consultation, number: int, item: Prepared) -> None:
    """A person's corrections win over what was detected, also after a re-read."""
    overrides = archive.overrides(consultation, number)
    if "sender" in overrides:
        item.sender, item.sender_source = overrides["sender"], "manual"
        item.party = overrides.get("party")
        item.party_score = 100.0 if item.party else None
    if "sender_kind" in overrides:
        item.sender_kind = overrides["sender_kind"] or item.sender_kind


def redetect_senders(archive: Archive, slug: str) -> int:
    """Match senders again after the party list changed; a person's overrides are kept.

    E-mails use their headers and attachments inherit from their e-mail as in collect
    (`hoering.intake`); late, campaigns and revisions are recomputed in the same
    transaction, since the deadline or the senders may have changed.
    """
    from .revisions import update_links

    consultation = archive.consultation(slug)
    parties = consultation.config.parties
    fields = ("sender", "sender_source", "sender_kind", "party", "party_score")
    changed = 0
    emails: dict[int, intake.EmailContext] = {}
    with archive.transaction() as db:
        for row in archive.responses(consultation):  # number order: an e-mail before its attachments
            old = tuple(row[c] for c in fields)
            item = Prepared(Path(row["source_path"] or row["file"]), row["file"], row["sha256"], row["size"])
            item.sender, item.sender_source, item.sender_kind, item.party, item.party_score = old
            if not archive.overrides(consultation, row["number"]).get("sender"):
                document = json.loads(row["metadata"] or "{}").get("document") or {}
                doc = ExtractedDocument(
                    format=row["format"] or "unknown", text=row["text"],
                    letterhead=row["letterhead"], metadata=document,
                )  # fmt: skip
                guess = detect_sender(doc, row["file"], parties)
                if intake.is_email(doc):
                    guess = intake.email_sender(doc, guess, parties)
                item.sender, item.sender_source, item.sender_kind = guess.name, guess.source, guess.kind
                item.party, item.party_score = guess.party, guess.score
                if row["via_email"] in emails:
                    intake.inherit(item, emails[row["via_email"]])
            if row["format"] in intake.EMAIL_FORMATS:
                emails[row["number"]] = intake.EmailContext(
                    row["number"], item.sender, item.sender_source, item.sender_kind,
                    item.party, item.party_score, row["received"], row["received_source"],
                )  # fmt: skip
            new = tuple(getattr(item, c) for c in fields)
            if new != old:
                changed += 1
                db.execute(
                    "UPDATE responses SET sender = ?, sender_source = ?, sender_kind = ?, party = ?, "
                    "party_score = ? WHERE id = ?",
                    (*new, row["id"]),
                )
        update_links(db, consultation)
    return changed


def reconfigure(archive: Archive, slug: str, config) -> tuple[int, int]:
    """Apply an edited config: match senders to the new party list and re-tag the themes."""
    from .themes import retag

    archive.update_config(slug, config)
    return redetect_senders(archive, slug), retag(archive, slug)
