"""Nothing lost, nothing doubled: collect under odd file names, interruptions, concurrent
runs and files it may not read. Real files, the real CLI in fresh processes, a real archive."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from fixtures import make_docx, make_pdf
from intake_fixtures import make_mail
from pg_harness import env_for, integrity_ok, raw_db

from hoering.store import Archive

CMD = [sys.executable, "-m", "hoering"]
LETTER = [
    "Vi har drøftet forslaget om at justere mentorindsatsen.",
    "Vi er bekymrede for, at borgerne mister den støtte, de har brug for.",
]


def _env(archive_dir: Path) -> dict:
    return env_for(archive_dir)


def _files(archive_dir: Path) -> Counter:
    with raw_db(archive_dir) as db:
        return Counter(r[0] for r in db.execute("SELECT file FROM responses"))


def _check_archive(archive_dir: Path) -> list[sqlite3.Row]:
    with Archive(archive_dir) as archive:
        assert integrity_ok(archive)
        rows = archive.db.execute("SELECT * FROM responses ORDER BY number").fetchall()
        assert all(archive.has_file(r["sha256"]) for r in rows)
        return rows


# --- a file name that is not UTF-8 ---------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file names are arbitrary bytes")
def test_latin1_file_name_is_collected_with_the_rest(hoering, consultation_toml, tmp_path, archive_dir):
    folder = tmp_path / "svar"
    folder.mkdir()
    latin1 = os.fsdecode(str(folder).encode() + b"/\xe6ldrer\xe5d.docx")  # "ældreråd" in Latin-1
    make_docx(Path(latin1), ["Høringssvar fra Ældrerådet", *LETTER])
    make_pdf(folder / "lbr.pdf", [["Høringssvar fra LBR", *LETTER]])
    hoering("new", "akt", "--config", consultation_toml)
    result = hoering("collect", "akt", folder)
    assert "2 nye" in result.stdout
    files = {r["file"]: r for r in hoering.export("akt")["responses"]}
    assert set(files) == {"ældreråd.docx", "lbr.pdf"}
    assert files["ældreråd.docx"]["status"] == "ok"
    rows = _check_archive(archive_dir)
    raw = {r["file"]: r["path_bytes"] for r in rows}
    assert raw["ældreråd.docx"].endswith(b"/\xe6ldrer\xe5d.docx")  # the name's bytes are kept
    assert raw["lbr.pdf"] is None
    again = hoering("collect", "akt", folder)
    assert "0 nye, 2 uændrede" in again.stdout


# --- interrupted collects of e-mails with attachments --------------------------------------


@pytest.fixture(scope="module")
def mail_folder(tmp_path_factory) -> tuple[Path, set[str]]:
    """E-mails with attachments (and a plain letter): the files and attachments expected."""
    folder = tmp_path_factory.mktemp("post")
    scratch = tmp_path_factory.mktemp("bilag")
    expected: set[str] = set()
    for i in range(8):
        pdf = make_pdf(scratch / f"svar{i}.pdf", [[f"Høringssvar nr. {i}", *LETTER] + LETTER * 8])
        docx = make_docx(scratch / f"bilag{i}.docx", [f"Bilag {i} til høringssvaret", *LETTER])
        name = f"{i:02d} mail.eml"
        make_mail(
            folder / name,
            "Hermed vores høringssvar, se vedhæftede.\n\nVenlig hilsen\nLMU",
            subject=f"Høringssvar {i}",
            attachments=[(f"svar{i}.pdf", pdf.read_bytes()), (f"bilag{i}.docx", docx.read_bytes())],
        )
        expected |= {name, f"{name} › svar{i}.pdf", f"{name} › bilag{i}.docx"}
    make_pdf(folder / "99 brev.pdf", [["Høringssvar fra Ældrerådet", *LETTER]])
    expected.add("99 brev.pdf")
    return folder, expected


@pytest.fixture(scope="module")
def fresh_archive(tmp_path_factory, mail_folder) -> Path:
    """An archive with the consultation registered and nothing collected, to copy per trial."""
    archive_dir = tmp_path_factory.mktemp("tom") / "archive"
    config = archive_dir.parent / "hoering.toml"
    config.write_text(
        'title = "Mentorindsatsen"\nparties = ["LMU", "Ældrerådet"]\n'
        '[themes.mentor]\nlabel = "Mentorindsatsen"\nkeywords = ["mentor"]\n',
        encoding="utf-8",
    )
    subprocess.run([*CMD, "new", "akt", "--config", str(config)], env=_env(archive_dir), check=True)
    return archive_dir


def _wait_for_row(proc: subprocess.Popen, archive_dir: Path, sql: str, timeout: float = 60) -> bool:
    deadline = time.time() + timeout
    with raw_db(archive_dir) as db:
        while time.time() < deadline and proc.poll() is None:
            try:
                if db.execute(sql).fetchone()[0]:
                    return True
            except sqlite3.OperationalError:
                pass
            time.sleep(0.01)
    return False


def _default_signals() -> None:
    """As in a terminal: a test runner may have started with SIGINT or SIGHUP ignored
    (a background job does), which the child would inherit."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL]


def test_interrupted_collect_completes_every_attachment(mail_folder, fresh_archive, tmp_path):
    """Kill collect at random points while it collects e-mails with attachments, with every
    signal a user or a system sends; the next run leaves each file and attachment exactly once."""
    folder, expected = mail_folder
    rng = random.Random(20261207)
    interrupted = 0
    for trial in range(20):
        archive_dir = tmp_path / f"arkiv{trial}"
        shutil.copytree(fresh_archive, archive_dir)
        env = _env(archive_dir)
        proc = subprocess.Popen(
            [*CMD, "collect", "akt", str(folder), "-q", "-j", "1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_signals,
        )  # fmt: skip
        sql = "SELECT count(*) FROM responses WHERE format = 'eml'"
        if _wait_for_row(proc, archive_dir, sql):
            time.sleep(rng.uniform(0, 0.4))
        signum = SIGNALS[trial % len(SIGNALS)]
        if proc.poll() is None:
            proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)
        interrupted += proc.returncode in (130, -signum)
        # -signum: the signal came as the interpreter was shutting down, after the work.
        assert proc.returncode in (0, 130, -signum), (proc.returncode, stderr.decode())
        if proc.returncode == 130:
            assert "Afbrudt" in stderr.decode() and "Traceback" not in stderr.decode()
        _check_archive(archive_dir)
        finished = subprocess.run(
            [*CMD, "collect", "akt", str(folder), "-q", "-j", "1"], env=env, capture_output=True
        )
        assert finished.returncode == 0, finished.stderr.decode()
        files = _files(archive_dir)
        assert set(files) == expected, f"trial {trial} ({signum.name}): {set(files) ^ expected}"
        assert max(files.values()) == 1, f"trial {trial}: {files}"
        rows = _check_archive(archive_dir)
        assert not any(r["attachments_pending"] for r in rows)
        assert {r["status"] for r in rows} <= {"ok", "cover"}
        shutil.rmtree(archive_dir)
    assert interrupted >= 15, "most collects finished before they could be interrupted"


# --- two collects at once --------------------------------------------------------------------


def test_two_collects_of_one_folder_never_duplicate(fresh_archive, tmp_path):
    folder = tmp_path / "svar"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i:02d}.txt").write_text(
            f"Høringssvar nr. {i}\n\n" + " ".join(LETTER) + f"\n\nVenlig hilsen\nAfsender {i}\n",
            encoding="utf-8",
        )
    (folder / "kopi af 07.txt").write_bytes((folder / "07.txt").read_bytes())  # a real duplicate
    for run in range(10):
        archive_dir = tmp_path / f"arkiv{run}"
        shutil.copytree(fresh_archive, archive_dir)
        env = _env(archive_dir)
        procs = [
            subprocess.Popen(
                [*CMD, "collect", "akt", str(folder), "-q", "-j", "1"], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )  # fmt: skip
            for _ in range(2)
        ]
        for proc in procs:
            _, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr.decode()
        rows = _check_archive(archive_dir)
        assert len(rows) == 31, f"run {run}: {len(rows)} rows"
        assert Counter(r["file"] for r in rows).most_common(1)[0][1] == 1
        originals = Counter(r["sha256"] for r in rows if r["duplicate_of"] is None)
        assert max(originals.values()) == 1
        assert [r["file"] for r in rows if r["duplicate_of"]] == ["kopi af 07.txt"]
        shutil.rmtree(archive_dir)


@pytest.mark.sqlite_only("an archive an earlier version left: its SQLite file edited by hand")
def test_migration_turns_raced_copies_into_duplicates(archive_dir, consultation_toml, hoering, tmp_path):
    """An archive that an earlier version let two collects race in opens with the extra
    rows as recorded duplicates of the first, and the unique index in place."""
    folder = tmp_path / "svar"
    folder.mkdir()
    (folder / "a.txt").write_text("Vi støtter forslaget om mentorindsatsen.\n", encoding="utf-8")
    hoering("new", "akt", "--config", consultation_toml)
    hoering("collect", "akt", folder)
    with sqlite3.connect(archive_dir / "archive.sqlite") as db:
        db.execute("DROP INDEX responses_one_original")
        db.execute("DELETE FROM _migrations WHERE name = 'm006_one_row_per_file'")
        db.execute("ALTER TABLE responses DROP COLUMN attachments_pending")
        db.execute("ALTER TABLE responses DROP COLUMN path_bytes")
        db.execute(
            "INSERT INTO responses (consultation_id, number, file, sha256, size, status, collected) "
            "SELECT consultation_id, 2, file, sha256, size, status, collected FROM responses"
        )
    rows = _check_archive(archive_dir)
    assert [(r["number"], r["status"], r["duplicate_of"]) for r in rows] == [
        (1, "ok", None), (2, "duplicate", 1),
    ]  # fmt: skip
    with sqlite3.connect(archive_dir / "archive.sqlite") as db, pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO responses (consultation_id, number, file, sha256, size, status, collected) "
            "SELECT consultation_id, 3, 'b.txt', sha256, size, status, collected FROM responses "
            "WHERE number = 1"
        )


# --- files and folders it may not read ----------------------------------------------------


def _without_root_override() -> list[str]:
    """As root, run the command without the capabilities that let root read any file,
    so file modes count as for any user (CI runs as root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        if os.environ.get("CI") == "true":
            pytest.fail("setpriv (util-linux) is needed to test permissions as root")
        pytest.skip("setpriv (util-linux) is not installed")
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", "--"]


def test_unreadable_folder_and_file_are_reported_and_fail(tmp_path, consultation_toml):
    base = tmp_path / "fælles"
    base.mkdir()
    folder = base / "svar"
    (folder / "lukket").mkdir(parents=True)
    make_pdf(folder / "lukket" / "skjult.pdf", [["Høringssvar", *LETTER]])
    make_pdf(folder / "åben.pdf", [["Høringssvar fra Ældrerådet", *LETTER]])
    make_pdf(folder / "låst.pdf", [["Høringssvar fra LBR", *LETTER]])
    archive_dir = base / "archive"
    shutil.copy(consultation_toml, base / "hoering.toml")
    (folder / "lukket").chmod(0o000)
    (folder / "låst.pdf").chmod(0o000)
    prefix = _without_root_override()
    env = _env(archive_dir)
    run = lambda *args: subprocess.run([*prefix, *CMD, *args], env=env, capture_output=True, text=True)  # noqa: E731
    assert run("new", "akt", "--config", str(base / "hoering.toml")).returncode == 0
    result = run("collect", "akt", str(folder), "-j", "1")
    assert result.returncode == 1, result.stderr
    assert "Uventet fejl" not in result.stderr and "Traceback" not in result.stderr
    assert "Mappen »" in result.stderr and "lukket" in result.stderr and "kan ikke åbnes" in result.stderr
    assert "Filen »låst.pdf« kan ikke læses (adgang nægtet)" in result.stderr
    assert "2 med fejl" in result.stdout
    assert _files(archive_dir) == Counter({"åben.pdf": 1})
