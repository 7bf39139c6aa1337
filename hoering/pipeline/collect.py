"""`hoering collect`: from a folder of responses to rows in the archive.

Per file: hash first; the same bytes under the same name are a no-op, under another name a
recorded duplicate. The original is stored byte for byte before anything else, then read,
and its row, passages and index entries are written in one transaction, so a crash or kill
mid-run leaves every file either fully in the archive or not at all. A bad file gets a
status and a Danish message and the batch goes on.

Reading a file (`pipeline.read`) touches no database, so it runs in worker processes
(`extract.sandbox.Supervisor`: long-lived, killed when a file overruns its time, which is
then recorded as Timeout); writing happens here in the parent, one transaction per file, in
the order the files were found. The workers start before the Danish language layer is
loaded (`pipeline.readers`): a text read before it was there is analysed by a later worker.

E-mails: the worker that reads an e-mail spools its attachments; the parent writes the
e-mail's row (marked `attachments_pending`), then reads and writes each attachment as a
response of its own ("mail.eml › bilag.pdf", `via_email` = the e-mail's number, numbered
right after it) with the rules in `pipeline.intake`, and only then marks the e-mail
complete. A run interrupted in between reads the e-mail again next time, so no attachment
is ever lost. After the files, one transaction recomputes the links between responses:
late, form-letter campaigns and revisions (`pipeline.links`).

Two collects of one folder may run at once: the look-up of rows with the same bytes happens
inside the write transaction, and a unique index keeps one original per bytes.

A full disk (the archive, the file store, the attachment spool) stops the batch with
`DiskFull` before the file's row is written: every file written so far is complete, and the
next run collects the rest. Not a per-file failure: every later file would fail too.

Refused without a row (reported, not hashed, not stored): a file over `max_bytes` (only its
size is read), a symlink out of the folder, anything that is not a regular file, a file or
folder the operating system will not let us read. Everything else gets a row, failed or not.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import checked_limits
from ..endorsements import share_endorsements
from ..errors import (
    DiskFull,
    ExtractionError,
    ReaderCrashed,
    Timeout,
    UnreadableFolder,
    danish,
    os_reason,
)
from ..extract import Limits
from ..extract.sandbox import JobResult
from ..model import SETTLED, Action, Response, Status
from ..store import Archive, Consultation, sha256_file
from ..store import corrections as stored_corrections
from ..store import responses as stored
from . import corrections, derive, intake, links
from .discover import Found, discover, display_name, printable, readable_path
from .read import (
    Attachment,
    Job,
    Reading,
    Refusal,
    analyse_job,
    failed_reading,
    needs_analysis,
    read_job,
    text_job,
)
from .readers import InProcessReaders, Readers

# Seconds a worker gets beyond the cooperative `max_seconds` before it is killed.
HARD_GRACE = 5.0
# Each reader may grow by `max_memory_bytes`, and one parent writes every file's rows; more
# readers than this have not been measured (the benchmark machine has 2 cores).
MAX_DEFAULT_WORKERS = 4


@dataclass
class FileOutcome:
    path: Path
    file: str
    action: Action
    status: Status  # the response's status
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
        return [o for o in self.outcomes if o.failed and o.action != Action.UNCHANGED]

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


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
    paths: Iterable[Path] | Found,
    *,
    progress: Callable[[FileOutcome], None] | None = None,
    workers: int = 1,
    isolate: bool = True,
) -> CollectReport:
    """Collect files and folders (or what `discover` found in them) into consultation `slug`.

    `workers` reader processes read the files (`isolate=False` reads them in this process,
    without the hard time cap: for profiling). `progress` is called once per file found (an
    e-mail's attachments are part of its e-mail) and once per folder that could not be read.
    """
    found = paths if isinstance(paths, Found) else discover(paths)
    try:
        return _collect(archive, slug, found, progress=progress, workers=workers, isolate=isolate)
    except DiskFull as exc:
        raise DiskFull(exc.path, file=exc.file, place=exc.place, collecting=True) from exc


def _collect(archive: Archive, slug: str, found: Found, *, progress, workers: int, isolate: bool) -> CollectReport:
    consultation = archive.consultation(slug)
    limits = consultation_limits(consultation)
    report = CollectReport(slug)

    def done(outcome: FileOutcome) -> None:
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)

    for folder, error in found.unreadable:
        name = readable_path(folder)
        message = printable(danish(UnreadableFolder(name, os_reason(error))))
        done(FileOutcome(folder, name, Action.REFUSED, Status.FAILED, message=message))
    pending = []
    for path, root in found.files:
        # Cheap pre-check so re-collecting a folder does not re-read every file.
        outcome = _unchanged(archive, consultation, path)
        if outcome:
            done(outcome)
        else:
            pending.append((path, root))

    known: dict[int, tuple[str | None, np.ndarray]] = {}  # campaign words from the workers
    if pending:
        with tempfile.TemporaryDirectory(prefix="hoering-bilag-") as spool, _runner(
            isolate, workers, len(pending), limits
        ) as runner:
            writer = _Writer(archive, consultation, runner, report, limits, Path(spool))
            parties, codebook = consultation.config.parties, consultation.config.codebook()
            jobs = [Job(p, r, parties, limits, Path(spool), codebook=codebook) for p, r in pending]
            tickets = runner.submit_many(read_job, jobs)
            writer.upcoming = list(zip(jobs, tickets, strict=True))
            for job, ticket in writer.upcoming:
                outcome = writer.collect(job, ticket)
                if progress:
                    progress(outcome)
            known = writer.campaign_words
    links.relink(archive, consultation, known=known)
    share_endorsements(archive, consultation)  # the endorsed letter may have come in this time
    return report


def _runner(isolate: bool, workers: int, files: int, limits: Limits) -> Readers | InProcessReaders:
    if not isolate:
        return InProcessReaders()
    return Readers(
        min(workers, files),
        hard_seconds=limits.max_seconds + max(HARD_GRACE, limits.max_seconds / 4),
        memory_bytes=limits.max_memory_bytes,
    )


class _Writer:
    """Takes each job's result in order and writes it; collects an e-mail's attachments."""

    def __init__(self, archive, consultation, runner, report, limits, spool):
        self.archive, self.consultation, self.runner = archive, consultation, runner
        self.report, self.limits, self.spool = report, limits, spool
        self.campaign_words: dict[int, tuple[str | None, np.ndarray]] = {}
        self.upcoming: list[tuple[Job, int]] = []  # the files found, in the order they are written
        self._analysis: dict[int, int] = {}  # a file's ticket -> its analysis job's ticket

    def collect(self, job: Job, ticket: int, email: Response | None = None) -> FileOutcome:
        reading = _reading(job, self.runner.result(ticket))
        if needs_analysis(reading, job):  # read by a worker started before the layer was loaded
            self.runner.analysing()
            reading = self._analysed(job, ticket, reading)
        if isinstance(reading, Refusal):
            outcome = FileOutcome(reading.path, reading.file, Action.REFUSED, reading.status, message=reading.message)
            self.report.outcomes.append(outcome)
            return outcome
        if reading.disk_full:
            place = "temp" if reading.disk_full == str(self.spool) else "disk"
            raise DiskFull(reading.disk_full, file=reading.response.file, place=place)
        if email is not None:
            reading.response.via_email = email.number
            intake.inherit(reading.response, email)
        outcome = write(self.archive, self.consultation, reading)
        self.report.outcomes.append(outcome)
        if reading.campaign_words is not None and outcome.number is not None:
            self.campaign_words[outcome.number] = reading.campaign_words
        if reading.attachments and outcome.action in (Action.NEW, Action.RETRIED):
            self._attachments(job, reading)
            with self.archive.transaction() as db:
                stored.attachments_done(db, reading.response.id)
        return outcome

    def _analysed(self, job: Job, ticket: int, reading: Reading) -> Reading | Refusal:
        analysis = self._analysis.pop(ticket, None)
        if analysis is None:
            # This file's, and those of the files after it that are read already, all at
            # once: one at a time, every worker but one would wait for the writes.
            later = [(t, text_job(r, j)) for j, t, r in self._read_ahead() if t not in self._analysis]
            tickets = self.runner.submit_many(analyse_job, [text_job(reading, job)] + [a for _, a in later], front=True)
            analysis = tickets[0]
            self._analysis.update((t, a) for (t, _), a in zip(later, tickets[1:], strict=True))
        result = self.runner.result(analysis)
        if not result.ok:
            return _reading(job, result)
        reading.analysed, reading.campaign_words = result.value
        return reading

    def _read_ahead(self) -> list[tuple[Job, int, Reading]]:
        """The files not yet written whose readings are back and need analysing."""
        out = []
        for job, ticket in self.upcoming:
            result = self.runner.peek(ticket)
            if result is not None and result.ok and needs_analysis(result.value, job):
                out.append((job, ticket, result.value))
        return out

    def _attachments(self, job: Job, email: Reading) -> None:
        source = email.response.source_path or str(email.path)
        jobs = []
        for attachment in email.attachments:
            unchanged = _unchanged_attachment(self.archive, self.consultation, attachment)
            if unchanged:
                self.report.outcomes.append(unchanged)
                continue
            jobs.append(
                Job(
                    attachment.path, None, job.parties, self.limits, self.spool,
                    file=attachment.file, source=f"{source} › {attachment.file.split(' › ')[-1]}",
                    depth=job.depth + 1, codebook=job.codebook, damaged=attachment.damaged,
                )  # fmt: skip
            )
        tickets = self.runner.submit_many(read_job, jobs, front=True)
        for child, ticket in zip(jobs, tickets, strict=True):
            self.collect(child, ticket, email.response)


def _reading(job: Job, result: JobResult) -> Reading | Refusal:
    """The worker's reading, or a failed one when the worker gave none."""
    if result.ok:
        return result.value
    if result.timed_out:
        exc: ExtractionError = Timeout(job.name, "arbejdsprocessen blev stoppet")
    elif result.crashed:  # most often a reader library that ran into the memory cap
        exc = ReaderCrashed(job.name, f"måske brugte den mere hukommelse end tilladt; {result.crashed}")
    else:
        exc = ReaderCrashed(job.name, result.error or "")
    return failed_reading(job, exc)


def _unchanged(archive: Archive, consultation: Consultation, path: Path) -> FileOutcome | None:
    """A file already in the archive under this name with these bytes, and settled (an
    e-mail counts as settled when its attachments are too)."""
    name = display_name(path)
    rows = stored.by_file(archive.db, consultation.id, name)
    if not rows:
        return None
    try:
        size = path.stat().st_size
        candidates = [r for r in rows if r.size == size and r.status in SETTLED]
        if not candidates:
            return None
        sha = sha256_file(path)
    except OSError:
        return None  # the worker meets the same error and reports it by name
    for response in candidates:
        if response.sha256 == sha:
            if _incomplete(archive.db, response):
                return None  # read the e-mail again: its attachments are retried or completed
            return FileOutcome(path, name, Action.UNCHANGED, response.status, response.number)
    return None


def _incomplete(db, email: Response) -> bool:
    """An e-mail whose attachments were cut off by an interrupted run, or failed."""
    return email.attachments_pending or stored.has_unsettled_attachments(db, email.consultation_id, email.number)


def _unchanged_attachment(archive: Archive, consultation: Consultation, attachment: Attachment) -> FileOutcome | None:
    for response in stored.by_file(archive.db, consultation.id, attachment.file):
        if response.sha256 == attachment.sha256 and response.status in SETTLED:
            return FileOutcome(attachment.path, attachment.file, Action.UNCHANGED, response.status, response.number)
    return None


def write(archive: Archive, consultation: Consultation, reading: Reading) -> FileOutcome:
    """Write one file's row, passages, tags and index rows in one transaction."""
    try:
        return _write(archive, consultation, reading)
    except DiskFull as exc:  # name the file that did not fit
        raise DiskFull(exc.path, file=reading.response.file, place=exc.place) from exc


def _write(archive: Archive, consultation: Consultation, reading: Reading) -> FileOutcome:
    response = reading.response
    while True:
        archive.store_file(reading.path, response.sha256)
        with archive.transaction() as db:
            # A deletion (of the last response with these bytes, or of orphans) may have
            # removed the original between the copy and this lock: copy it again, or the
            # row would point at a missing file (store.blobs). Each deletion removes it once.
            if archive.has_file(response.sha256):
                return _write_rows(db, consultation, reading)


def _write_rows(db, consultation: Consultation, reading: Reading) -> FileOutcome:
    """The file's rows, in the write transaction, its original safely on disk."""
    response = reading.response
    # Inside the write lock: a second collect of the same folder sees the first's rows.
    same_bytes = stored.by_hash(db, consultation.id, response.sha256)
    stored.record_blob(db, response.sha256, response.size)
    earlier = next((r for r in same_bytes if r.file == response.file), None)
    if earlier is not None:
        if earlier.status in SETTLED and not (reading.attachments and _incomplete(db, earlier)):
            # Another collect wrote it while this one was reading it.
            return FileOutcome(reading.path, response.file, Action.UNCHANGED, earlier.status, earlier.number)
        # A file that failed before, or an e-mail whose attachments were cut off: read
        # it again in place.
        action = Action.RETRIED
        response.id, response.number = earlier.id, earlier.number
        response.consultation_id = consultation.id
        corrections.apply(response, stored_corrections.overrides(db, consultation.id, earlier.number))
        stored.forget_derived(db, response.id)
        response.attachments_pending = bool(reading.attachments)
        stored.rewrite(db, response.id, response)
    else:
        action = Action.NEW
        original = next((r for r in same_bytes if r.duplicate_of is None), None)
        if original is not None:
            action = Action.DUPLICATE
            _as_duplicate(reading, original.number)
        response.attachments_pending = bool(reading.attachments)
        stored.insert(db, consultation.id, response)
    if response.status == Status.OK and reading.doc is not None:
        derive.analyse_response(db, consultation, response.id, reading.doc.text, reading.analysed)
    return FileOutcome(reading.path, response.file, action, response.status, response.number, response.error)


def _as_duplicate(reading: Reading, original: int) -> None:
    """The same bytes as response `original` under another name: recorded, not read twice."""
    response = reading.response
    response.duplicate_of = original
    response.status, response.error, response.error_code = Status.DUPLICATE, None, None
    response.text, response.text_chars = "", 0
    reading.attachments = []  # the original's e-mail brings them
