"""Shared fixtures: a temp archive that HOERING_ARCHIVE points at, and the real CLI.

With `HOERING_TEST_DATABASE` set (a PostgreSQL server, see tests/pg_harness.py) every
archive a test opens is a fresh PostgreSQL database instead of a SQLite file; tests about
the SQLite file itself are marked `sqlite_only` with the reason, and skipped there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pg_harness
import pytest
from click.testing import CliRunner

import hoering.store.archive as archive_module
from hoering.cli import main
from hoering.store import Archive

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): about the SQLite file itself; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only(reason): needs HOERING_TEST_DATABASE")


@pytest.fixture(scope="session", autouse=True)
def databases():
    """The PostgreSQL test databases (None: the suite runs on SQLite)."""
    base = pg_harness.server_url()
    if not base:
        yield None
        return
    try:
        dbs = pg_harness.Databases(base)
        dbs.make_template()
    except Exception as exc:  # a server named but not there fails the run, never skips it
        pytest.exit(f"HOERING_TEST_DATABASE={base}: no PostgreSQL to test on ({exc})", returncode=3)
    original = archive_module.database_for
    archive_module.database_for = dbs.for_directory
    pg_harness.ACTIVE = dbs
    try:
        yield dbs
    finally:
        archive_module.database_for = original
        pg_harness.ACTIVE = None
        dbs.close()


@pytest.fixture(autouse=True)
def _backend(request, databases, tmp_path):
    if databases is None:
        marker = request.node.get_closest_marker("postgresql_only")
        if marker:
            # `make test` runs the suite on SQLite first (HOERING_TEST_BACKEND=sqlite), then on
            # PostgreSQL, where these run; any other run under CI without a server is a failure.
            if os.environ.get("CI") == "true" and os.environ.get("HOERING_TEST_BACKEND") != "sqlite":
                pytest.fail("CI runs every test: set HOERING_TEST_DATABASE (.ci/run starts a server)")
            pytest.skip(f"needs PostgreSQL (HOERING_TEST_DATABASE): {marker.args[0] if marker.args else ''}")
        yield
        return
    marker = request.node.get_closest_marker("sqlite_only")
    if marker:
        pytest.skip(f"SQLite only: {marker.args[0] if marker.args else ''}")
    yield
    base = tmp_path.resolve()
    for directory, name in list(databases.by_dir.items()):
        if directory.is_relative_to(base):
            databases.drop(name)


@pytest.fixture
def archive_dir(tmp_path, monkeypatch, databases) -> Path:
    path = tmp_path / "archive"
    monkeypatch.setenv("HOERING_ARCHIVE", str(path))
    if databases is not None:  # the real CLI in a subprocess opens the same database
        monkeypatch.setenv("HOERING_DATABASE", databases.reserve(path))
    return path


@pytest.fixture
def archive(archive_dir) -> Archive:
    with Archive(archive_dir) as a:
        yield a


class Hoering:
    """Runs the real `hoering` command in-process, against the temp archive."""

    def __init__(self):
        self.runner = CliRunner()

    def __call__(self, *args: str, ok: bool = True, input: str | None = None):
        result = self.runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
        if ok and result.exit_code != 0:
            raise AssertionError(f"hoering {' '.join(map(str, args))} failed ({result.exit_code}):\n{result.output}")
        return result

    def export(self, slug: str) -> dict:
        return json.loads(self("export", slug, "--json").stdout)


@pytest.fixture
def hoering(archive_dir) -> Hoering:
    return Hoering()


@pytest.fixture
def consultation_toml(tmp_path) -> Path:
    """A small consultation config with the parties the fixture letters come from."""
    path = tmp_path / "hoering.toml"
    path.write_text(
        """title = "Besparelser på aktiveringsområdet"
case_number = "2018-048371"
committee = "Beskæftigelsesudvalget"
deadline = 2018-11-01
parties = ["Ældrerådet", "Det lokale beskæftigelsesråd (LBR)", "LMU i Job- og Aktivhuset",
           "Handicaprådet", "LMU i Jobhuset"]
[themes.mentor]
label = "Justering af mentorindsatsen"
keywords = ["mentor", "mentorindsats"]
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory) -> Path:
    """The sample consultation collected once per module into an archive folder, by the CLI
    in its own process (as a person runs it); tests that change it work on `sample_copy`."""
    base = tmp_path_factory.mktemp("sample") / "archive"
    for args in (("new", "akt", "--config", CORPUS / "hoering.toml"), ("collect", "akt", CORPUS / "responses", "-q")):
        subprocess.run([sys.executable, "-m", "hoering", "--archive", str(base), *map(str, args)],
                       check=True, capture_output=True, cwd=ROOT)  # fmt: skip
    return base


@pytest.fixture
def sample_copy(sample_folder, tmp_path) -> Path:
    target = tmp_path / "archive"
    shutil.copytree(sample_folder, target)
    return target
