"""`hoering collect`: from a folder of responses to rows in the archive.

Per file: hash first; the same bytes under the same name are a no-op, under
another name a recorded duplicate. The original is stored byte for byte
before anything else, then read, and its row, passages and index entries are
written in one transaction, so a crash or kill mid-run leaves every file
either fully in the archive or not at all. A bad file gets a status and a
Danish message and the batch goes on.

Reading a file (`prepare`) touches no database, so it can run in worker
processes; writing (`_write`) happens in the parent, one transaction per file.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import analysis
from .archive import Archive, Consultation, now, sha256_file
from .dates import letter_date
from .errors import ExtractionError, TooLarge, UnsafePath, danish
from .extract import ExtractedDocument, Limits, extract
from .senders import detect_sender

# Statuses that mean "read, nothing to retry".
SETTLED = {"ok", "duplicate"}
# Files no one means to hand in: editor lock files, OS litter.
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


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


def display_name(path: Path) -> str:
    """The file name as staff should see it: no control characters, NFC."""
    name = unicodedata.normalize("NFC", path.name)
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in name)


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, Path | None]]:
    """Files to collect, each with the folder it was found in (None for a named file).

    Folders are walked recursively in sorted order, so numbering follows the
    file names. Symlinks inside folders are never followed out of the folder.
    """
    for given in paths:
        given = Path(given)
        if given.is_dir():
            root = given.resolve()
            for dirpath, dirnames, filenames in os.walk(given, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith((".", "~$")) or name.lower() in _IGNORED_NAMES:
                        continue
                    yield Path(dirpath) / name, root
        else:
            yield given, None


def _check_path(path: Path, root: Path | None) -> None:
    if path.is_symlink():
        target = path.resolve()
        if root is not None and not target.is_relative_to(root):
            raise UnsafePath(display_name(path), "det er en genvej (symlink) til en fil uden for mappen")
    if not path.is_file():
        raise UnsafePath(display_name(path), "det er ikke en almindelig fil")


def prepare(path: Path, parties: list[str], limits: Limits, archive_files: Path | None = None) -> Prepared:
    """Hash, read and identify one file. No database access (runs in workers)."""
    name = display_name(path)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(name, f"{size / 1e6:.0f} MB; grænsen er {limits.max_bytes / 1e6:.0f} MB")
    sha = sha256_file(path)
    item = Prepared(path=path, file=name, sha256=sha, size=size)
    try:
        item.doc = extract(path, limits)
    except ExtractionError as exc:
        item.status, item.error, item.error_code = exc.status, danish(exc), exc.code
    except Exception as exc:  # a reader library's bug must not stop the batch
        item.status, item.error, item.error_code = "failed", danish(exc), "internal"
    doc = item.doc or ExtractedDocument(format="unknown", text="")
    guess = detect_sender(doc, name, parties)
    item.sender, item.sender_source, item.sender_kind = guess.name, guess.source, guess.kind
    item.party, item.party_score = guess.party, guess.score
    when = letter_date(doc.text, doc.letterhead) if item.doc else None
    if when:
        item.received, item.received_source = when.isoformat(), "letter"
    return item


def _prepare_or_refuse(args: tuple) -> Prepared | FileOutcome:
    path, root, parties, limits = args
    try:
        _check_path(path, root)
        return prepare(path, parties, limits)
    except ExtractionError as exc:
        return FileOutcome(path, display_name(path), "refused", exc.status, message=danish(exc))
    except OSError as exc:
        return FileOutcome(path, display_name(path), "refused", "failed", message=danish(exc))


def collect(
    archive: Archive,
    slug: str,
    paths: Iterable[Path],
    *,
    progress: Callable[[FileOutcome], None] | None = None,
    workers: int = 1,
) -> CollectReport:
    consultation = archive.consultation(slug)
    limits = Limits(**{k: v for k, v in consultation.config.limits.items() if hasattr(Limits, k)})
    report = CollectReport(slug)
    found = list(discover(paths))
    pending: list[tuple[Path, Path | None]] = []
    for path, root in found:
        # Cheap pre-check so re-collecting a folder does not re-read every file.
        outcome = _unchanged(archive, consultation, path)
        if outcome:
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)
        else:
            pending.append((path, root))

    jobs = [(p, r, consultation.config.parties, limits) for p, r in pending]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results: Iterable = pool.map(_prepare_or_refuse, jobs, chunksize=1)
            _write_all(archive, consultation, results, report, progress)
    else:
        _write_all(archive, consultation, map(_prepare_or_refuse, jobs), report, progress)
    return report


def _write_all(archive, consultation, results, report, progress) -> None:
    for result in results:
        outcome = result if isinstance(result, FileOutcome) else _write(archive, consultation, result)
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)


def _unchanged(archive: Archive, consultation: Consultation, path: Path) -> FileOutcome | None:
    """A file already in the archive under this name with these bytes, and settled."""
    name = display_name(path)
    rows = archive.db.execute(
        "SELECT number, status, size, sha256 FROM responses WHERE consultation_id = ? AND file = ?",
        (consultation.id, name),
    ).fetchall()
    if not rows:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    candidates = [r for r in rows if r["size"] == size and r["status"] in SETTLED]
    if not candidates:
        return None
    sha = sha256_file(path)
    for row in candidates:
        if row["sha256"] == sha:
            return FileOutcome(path, name, "unchanged", row["status"], row["number"])
    return None


def _write(archive: Archive, consultation: Consultation, item: Prepared) -> FileOutcome:
    archive.store_file(item.path, item.sha256)
    same_bytes = archive.responses_with_hash(consultation, item.sha256)
    earlier_same_name = [r for r in same_bytes if r["file"] == item.file]
    originals = [r for r in same_bytes if r["duplicate_of"] is None]
    with archive.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created) VALUES (?, ?, ?)",
            (item.sha256, item.size, now()),
        )
        if earlier_same_name:  # a file that failed before: read it again in place
            number, action = earlier_same_name[0]["number"], "retried"
            response_id = earlier_same_name[0]["id"]
            _apply_overrides(archive, consultation, number, item)
            db.execute("DELETE FROM passages WHERE response_id = ?", (response_id,))
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
            cur = db.execute(
                f"INSERT INTO responses (consultation_id, number, duplicate_of, collected, "
                f"{', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, {', '.join('?' * len(_COLUMNS))})",
                (consultation.id, number, duplicate_of, now(), *_values(item)),
            )
            response_id = cur.lastrowid
        if item.status == "ok" and item.doc is not None:
            analysis.analyse_response(db, consultation, response_id, item.doc.text)
    message = item.error
    return FileOutcome(item.path, item.file, action, item.status, number, message)


_COLUMNS = (
    "file", "source_path", "sha256", "size", "format", "status", "error", "error_code",
    "sender", "sender_source", "sender_kind", "party", "party_score", "received",
    "received_source", "pages", "text", "text_chars", "letterhead", "metadata",
)  # fmt: skip


def _values(item: Prepared) -> tuple:
    doc = item.doc
    text = doc.text if doc and item.status == "ok" else ""
    metadata = {"document": doc.metadata, "warnings": doc.warnings} if doc else {}
    return (
        item.file, str(item.path), item.sha256, item.size, doc.format if doc else None,
        item.status, item.error, item.error_code, item.sender, item.sender_source,
        item.sender_kind, item.party, item.party_score, item.received, item.received_source,
        doc.pages if doc else None, text, len(text), doc.letterhead if doc else "",
        json.dumps(metadata, ensure_ascii=False, default=str),
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
    """Match senders again after the party list changed; a person's overrides are kept."""
    consultation = archive.consultation(slug)
    parties = consultation.config.parties
    changed = 0
    with archive.transaction() as db:
        for row in archive.responses(consultation):
            if archive.overrides(consultation, row["number"]).get("sender"):
                continue
            doc = ExtractedDocument(format=row["format"] or "unknown", text=row["text"], letterhead=row["letterhead"])
            guess = detect_sender(doc, row["file"], parties)
            new = (guess.name, guess.source, guess.kind, guess.party, guess.score)
            old = tuple(row[c] for c in ("sender", "sender_source", "sender_kind", "party", "party_score"))
            if new != old:
                changed += 1
                db.execute(
                    "UPDATE responses SET sender = ?, sender_source = ?, sender_kind = ?, party = ?, "
                    "party_score = ? WHERE id = ?",
                    (*new, row["id"]),
                )
    return changed
