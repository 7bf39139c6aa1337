"""A full disk and unwritable outputs: collect, note and export stop with one Danish sentence that
says what to do; output files are written whole or not at all; the archive stays consistent and
the next run finishes the collect.

Two kinds of fault injection:

- a real small filesystem (tmpfs, mounted for the test): the kernel's own ENOSPC, in the archive,
  the store of original files, the spool of e-mail attachments and the output folder. Mounting
  needs root; the tests skip without it, except under CI (CI=true), where they must run.
- at the boundary, everywhere: SQLite's own SQLITE_FULL from `PRAGMA max_page_count` on the real
  archive, and `os.write` answering ENOSPC after N bytes (as the kernel does when a disk fills).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures import make_docx
from intake_fixtures import make_mail

from hoering.cli import main
from hoering.errors import DiskFull
from hoering.store import Archive

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RESPONSES = sorted(p.name for p in (CORPUS / "responses").iterdir())
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# ZipFile.__del__ retrying a failed write would print "Exception ignored … Traceback".
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")


def run(*args, ok: bool = True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def assert_danish_failure(result, *phrases: str) -> str:
    """Non-zero exit, no traceback, one Danish sentence with `phrases` in it."""
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    output = result.output
    assert "Traceback" not in output and "Uventet fejl" not in output, output
    for phrase in phrases:
        assert phrase in output, output
    return output


def integrity(archive_dir: Path) -> str:
    db = sqlite3.connect(archive_dir / "archive.sqlite")
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def collected_files(archive_dir: Path) -> list[str]:
    db = sqlite3.connect(archive_dir / "archive.sqlite")
    try:
        return [r[0] for r in db.execute("SELECT file FROM responses ORDER BY number")]
    finally:
        db.close()


def leftovers(folder: Path) -> list[str]:
    """Temporary files a failed write must not leave: outputs' and the file store's."""
    return [p.name for p in folder.rglob("*") if p.name.startswith((".hoering-", ".incoming-"))]


# --- a real small filesystem ------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """`small_disk(name, size)` mounts a tmpfs of `size` at tmp_path/name; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str = "disk", size: str = "2m", *, readonly: bool = False) -> Path:
        if os.geteuid() != 0 and not IN_CI:
            pytest.skip("a small filesystem for the test needs root (mount -t tmpfs)")
        point = tmp_path / name
        point.mkdir()
        options = f"size={size}" + (",ro" if readonly else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            if IN_CI:
                pytest.fail(f"mount -t tmpfs failed in CI: {done.stderr}")
            pytest.skip(f"mount -t tmpfs is not allowed here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem under `folder` with a ballast file, leaving `leave` bytes free."""
    ballast = folder / "ballast"
    with open(ballast, "wb", buffering=0) as fh:
        with contextlib.suppress(OSError):
            while fh.write(b"\0" * 4096):
                pass
    size = ballast.stat().st_size
    os.truncate(ballast, max(0, size - leave))
    return ballast


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> Path:
    """An archive with the sample consultation collected (for the output tests)."""
    archive = tmp_path_factory.mktemp("collected") / "arkiv"
    run("--archive", archive, "new", "akt", "--config", CORPUS / "hoering.toml")
    run("--archive", archive, "collect", "-q", "akt", CORPUS / "responses")
    return archive


@pytest.mark.sqlite_only("the SQLite archive's write-ahead log")
def test_a_command_closes_the_archive_when_it_ends(tmp_path, monkeypatch):
    """The last connection to close copies the WAL into the database file, which takes disk
    space: done when the command ends, not by the garbage collector during the next command
    in the same process (which then met a full disk before it had stored a single file)."""
    archive = tmp_path / "arkiv"
    monkeypatch.setenv("HOERING_ARCHIVE", str(archive))
    gc.disable()  # nothing closes the connection but the command itself
    try:
        run("new", "akt", "--config", CORPUS / "hoering.toml")
        wal = archive / "archive.sqlite-wal"
        assert not wal.exists() or wal.stat().st_size == 0
    finally:
        gc.enable()


@pytest.mark.sqlite_only("the SQLite archive on a disk that fills up (a server's disk is its own)")
def test_collect_on_a_full_disk_stops_in_danish_and_the_next_run_finishes(small_disk, monkeypatch):
    disk = small_disk("disk", "4m")
    archive = disk / "arkiv"
    monkeypatch.setenv("HOERING_ARCHIVE", str(archive))
    run("new", "akt", "--config", CORPUS / "hoering.toml")
    ballast = fill(disk, leave=200_000)  # the sample needs ~700 kB: a few files fit

    result = run("collect", "akt", CORPUS / "responses", ok=False)
    assert_danish_failure(
        result,
        "Disken er fuld",
        "Frigør plads og kør kommandoen igen",
        "det, der allerede er indsamlet, er bevaret",
    )
    assert integrity(archive) == "ok"
    first = collected_files(archive)
    assert 0 < len(first) < len(RESPONSES) and first == RESPONSES[: len(first)]
    assert leftovers(archive) == []

    ballast.unlink()  # space freed
    result = run("collect", "akt", CORPUS / "responses")
    assert (
        f"{len(RESPONSES) - len(first)} nye, {len(first)} uændrede, 0 dubletter, 0 med fejl"
        in result.output
    )
    assert collected_files(archive) == RESPONSES  # every file, exactly once
    assert integrity(archive) == "ok"


@pytest.mark.sqlite_only("the SQLite archive on a disk that fills up (a server's disk is its own)")
def test_spool_for_email_attachments_on_a_full_disk(small_disk, tmp_path, monkeypatch):
    """The attachment that could not be spooled is not a warning on a settled e-mail (it would
    never be collected): the e-mail is left for the next run, which takes both."""
    import tempfile

    spool_disk = small_disk("tmp", "1m")
    monkeypatch.setattr(tempfile, "tempdir", str(spool_disk))
    inbox = tmp_path / "ind"
    inbox.mkdir()
    letter = make_docx(
        tmp_path / "uddybning.docx", ["Ældrerådet er imod besparelsen på Haveprojektet."] * 40
    )
    make_mail(
        inbox / "mail.eml", "Se vedhæftede.", attachments=[("uddybning.docx", letter.read_bytes())]
    )
    archive = tmp_path / "arkiv"
    monkeypatch.setenv("HOERING_ARCHIVE", str(archive))
    run("new", "akt", "--config", CORPUS / "hoering.toml")
    ballast = fill(spool_disk, leave=4096)

    result = run("collect", "akt", inbox, ok=False)
    assert_danish_failure(
        result, "Disken er fuld", "»mail.eml«", "den midlertidige mappe", str(spool_disk)
    )
    assert collected_files(archive) == [] and integrity(archive) == "ok"

    ballast.unlink()
    run("collect", "akt", inbox)
    assert collected_files(archive) == ["mail.eml", "mail.eml › uddybning.docx"]


OUTPUTS = [
    ("note", "-o", "notat.html"),
    ("note", "-o", "notat.docx"),
    ("export", "--xlsx", "overblik.xlsx"),
]


def _complete(path: Path) -> None:
    if path.suffix == ".html":
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
    elif path.suffix == ".docx":
        from docx import Document

        assert "Overblik" in "\n".join(p.text for p in Document(str(path)).paragraphs)
    else:
        from openpyxl import load_workbook

        assert load_workbook(path).active.max_row == len(RESPONSES) + 1


@pytest.mark.parametrize(("command", "option", "name"), OUTPUTS)
def test_output_on_a_full_disk_is_whole_or_not_at_all(small_disk, collected, command, option, name):
    disk = small_disk("ud", "1m")
    out = disk / name
    ballast = fill(disk, leave=8192)  # every output is larger: the write fails part-way

    result = run("--archive", collected, command, "akt", option, out, ok=False)
    assert_danish_failure(
        result,
        "Disken er fuld",
        f"»{out}«",
        "Frigør plads",
        f"vælg en anden placering med {option}",
    )
    assert not out.exists() and leftovers(disk) == []

    out.write_bytes(b"forrige udgave")  # a file from before is left as it was
    result = run("--archive", collected, command, "akt", option, out, ok=False)
    assert_danish_failure(result, "Disken er fuld", "Den tidligere fil med samme navn er uændret")
    assert out.read_bytes() == b"forrige udgave" and leftovers(disk) == []
    assert integrity(collected) == "ok"

    ballast.unlink()
    run("--archive", collected, command, "akt", option, out)
    _complete(out)
    assert leftovers(disk) == []


@pytest.fixture
def unwritable(tmp_path, small_disk):
    """A folder no one may write in: read-only permissions, or for root (who ignores them) a
    read-only filesystem."""
    if os.geteuid() == 0:
        yield small_disk("skrivebeskyttet", "64k", readonly=True)
        return
    folder = tmp_path / "skrivebeskyttet"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_export_xlsx_to_an_unwritable_folder(collected, unwritable):
    out = unwritable / "overblik.xlsx"
    result = run("--archive", collected, "export", "akt", "--xlsx", out, ok=False)
    assert_danish_failure(result, f"»{out}« kan ikke gemmes", "anden placering med --xlsx")
    assert not out.exists()


# --- at the boundary: SQLite's own SQLITE_FULL, and os.write ---------------------------------


@pytest.fixture
def archive_page_limit(monkeypatch):
    """`limit(pages)` caps the archive at `pages` pages (PRAGMA max_page_count, per connection):
    SQLite itself then answers SQLITE_FULL. `limit(None)` lifts the cap."""
    real_connect = sqlite3.connect
    cap: dict[str, int | None] = {"pages": None}

    def connect(database, *args, **kwargs):
        db = real_connect(database, *args, **kwargs)
        if cap["pages"] is not None and Path(database).name == "archive.sqlite":
            db.execute(f"PRAGMA max_page_count = {cap['pages']}")
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)

    def limit(pages: int | None) -> None:
        cap["pages"] = pages

    return limit


def page_count(archive_dir: Path) -> int:
    db = sqlite3.connect(archive_dir / "archive.sqlite")
    try:
        return db.execute("PRAGMA page_count").fetchone()[0]
    finally:
        db.close()


@pytest.mark.sqlite_only("the SQLite archive on a disk that fills up (a server's disk is its own)")
def test_collect_when_sqlite_reports_the_archive_full(archive_dir, archive_page_limit):
    run("new", "akt", "--config", CORPUS / "hoering.toml")
    archive_page_limit(page_count(archive_dir) + 20)  # the sample needs ~60 more pages

    result = run("collect", "akt", CORPUS / "responses", ok=False)
    assert_danish_failure(
        result,
        "Disken er fuld",
        f"arkivet i »{archive_dir}«",
        "Frigør plads og kør kommandoen igen",
    )
    assert integrity(archive_dir) == "ok"
    first = collected_files(archive_dir)
    assert 0 < len(first) < len(RESPONSES) and first == RESPONSES[: len(first)]

    archive_page_limit(None)
    run("collect", "akt", CORPUS / "responses")
    assert collected_files(archive_dir) == RESPONSES
    assert integrity(archive_dir) == "ok"


@pytest.mark.sqlite_only("the SQLite archive on a disk that fills up (a server's disk is its own)")
def test_a_transaction_that_fills_the_archive_leaves_it_usable(archive):
    """SQLite rolls back by itself after SQLITE_FULL; a second ROLLBACK must not hide the error."""
    pages = archive.db.execute("PRAGMA page_count").fetchone()[0]
    archive.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull) as caught:
        with archive.transaction() as db:
            db.execute("INSERT INTO blobs (sha256, size, created) VALUES ('a', ?, 'nu')", (1,))
            db.execute("CREATE TABLE ballast (x BLOB)")
            db.execute("INSERT INTO ballast VALUES (zeroblob(100000))")
    assert "Disken er fuld" in caught.value.message_da()
    assert not archive.db.in_transaction
    assert archive.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0  # all or nothing
    archive.db.execute("PRAGMA max_page_count = 1073741823")
    with archive.transaction() as db:
        db.execute("INSERT INTO blobs (sha256, size, created) VALUES ('a', 1, 'nu')")
    with Archive(archive.directory) as again:
        assert again.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextlib.contextmanager
def disk_fills_after(nbytes: int):
    """`os.write` writes `nbytes` in all, then answers ENOSPC, as the kernel does on a full disk."""
    real_write = os.write
    left = [nbytes]

    def write(fd, data):
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real_write(fd, bytes(memoryview(data)[: left[0]]))
        left[0] -= written
        return written

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "write", write)
        yield


@pytest.mark.parametrize(("command", "option", "name"), OUTPUTS)
def test_output_when_the_write_runs_out_of_space(collected, tmp_path, command, option, name):
    out = tmp_path / name
    for before in (None, b"forrige udgave"):
        if before is not None:
            out.write_bytes(before)
        with disk_fills_after(4096):
            result = run("--archive", collected, command, "akt", option, out, ok=False)
        assert_danish_failure(
            result, "Disken er fuld", f"»{out}«", f"vælg en anden placering med {option}"
        )
        assert (out.read_bytes() if out.exists() else None) == before
        assert leftovers(tmp_path) == []
    run("--archive", collected, command, "akt", option, out)
    _complete(out)


def test_note_into_a_missing_folder(collected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--archive", collected, "note", "akt", "-o", "missing/folder/x.html", ok=False)
    assert_danish_failure(
        result,
        "Mappen »missing/folder« findes ikke",
        "»x.html«",
        "Opret den, eller vælg en anden placering med -o.",
    )
    assert not (tmp_path / "missing").exists()


def test_new_writes_its_starter_config_whole(archive_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with disk_fills_after(10):
        result = run("new", "akt", "--title", "Besparelser", ok=False)
    assert_danish_failure(result, "Disken er fuld", "»akt.toml«")
    assert not (tmp_path / "akt.toml").exists() and leftovers(tmp_path) == []


def test_any_disk_full_error_gets_the_danish_sentence():
    from hoering.errors import danish, is_disk_full

    assert danish(OSError(errno.ENOSPC, "No space left on device", "/data/x")).startswith(
        "Disken er fuld: der kunne ikke gemmes mere i »/data/x«. Frigør plads og kør kommandoen igen"
    )
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not is_disk_full(OSError(errno.EIO, "Input/output error"))
