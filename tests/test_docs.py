"""The README is the user's manual: every command must be in it, and its set-up must be real."""

from __future__ import annotations

import re

from conftest import ROOT

from hoering.cli import main


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in main.list_commands(None) if f"hoering {name}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_readme_setup_commands_exist_in_makefile():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^make (\w+)", readme, flags=re.M):
        assert re.search(rf"^{target}:", makefile, flags=re.M), target


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make sample" in ci
