"""Shared fixtures: a temp archive that HOERING_ARCHIVE points at, and the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoering.cli import main
from hoering.store import Archive

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def archive_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "archive"
    monkeypatch.setenv("HOERING_ARCHIVE", str(path))
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
