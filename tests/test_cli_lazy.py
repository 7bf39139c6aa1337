"""The `hoering` group imports a command's module only when that command runs, yet its help
lists every command, and a mistyped command is still answered with the closest one.

Each check that counts imported modules runs in a fresh interpreter: a module imported once
stays imported, so only a new process shows what a command pulls in.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import click
from click.testing import CliRunner
from conftest import ROOT

import hoering.cli
from hoering.cli import main
from hoering.cli.commands import COMMANDS

_MODULES = """
import json, sys
from click.testing import CliRunner
from hoering.cli import main
result = CliRunner().invoke(main, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "output": result.output,
                  "modules": sorted(m for m in sys.modules if m.startswith("hoering.cli."))}))
"""


def fresh(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _MODULES, *args], capture_output=True, text=True, cwd=ROOT,
                          check=True)  # fmt: skip
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _all_command_modules() -> list[str]:
    return [f"hoering.cli.{m.name}" for m in pkgutil.iter_modules(hoering.cli.__path__)]


def test_every_registered_command_is_in_the_map_with_its_own_module_and_line():
    for name in _all_command_modules():
        importlib.import_module(name)
    registered = {name: command for name, command in main.commands.items()}
    assert sorted(registered) == sorted(COMMANDS), "a command module registers a command COMMANDS does not list"
    for name, command in registered.items():
        module, line = COMMANDS[name]
        assert command.callback.__module__ == f"hoering.cli.{module}", name
        assert line == command.get_short_help_str(limit=10**6), f"the line of `{name}` differs from its docstring"


def test_the_help_lists_every_command_without_importing_one():
    report = fresh("--help")
    assert report["exit"] == 0
    loaded = set(report["modules"]) - {"hoering.cli.app", "hoering.cli.commands", "hoering.cli.danish"}
    assert not loaded, sorted(loaded)
    for name in _all_command_modules():
        importlib.import_module(name)
    # With every command imported, click's own help text for them: the same page.
    assert report["output"] == CliRunner().invoke(main, ["--help"]).output
    listed = report["output"].split("Kommandoer:")[1]
    assert all(f"  {name} " in listed for name in COMMANDS)


def test_a_command_imports_its_own_module_only():
    report = fresh("list", "--help")
    assert report["exit"] == 0 and "List høringerne" in report["output"]
    assert set(report["modules"]) - {"hoering.cli.app", "hoering.cli.commands", "hoering.cli.danish"} == {
        "hoering.cli.consultations"
    }


def test_a_mistyped_command_is_answered_with_the_closest_of_all_commands():
    # None of the commands is imported when the name is looked up.
    report = fresh("stauts", "akt")
    assert report["exit"] == 2
    assert "Mente du 'status'?" in report["output"]
    report = fresh("serach", "mentor")
    assert "Mente du" in report["output"] and "'search'" in report["output"]
    assert fresh("user", "lsit")["output"].count("Mente du 'list'?") == 1


def test_an_unknown_command_far_from_every_name_gets_no_guess():
    report = fresh("xyzzy")
    assert report["exit"] == 2 and "xyzzy" in report["output"] and "Mente du" not in report["output"]


def test_subcommands_of_a_lazy_group_resolve():
    ctx = click.Context(main)
    user = main.get_command(ctx, "user")
    assert isinstance(user, click.Group) and {"add", "list", "passwd", "role", "remove"} <= set(user.commands)


def test_every_model_name_is_found_where_the_lazy_map_says():
    """`hoering.model` imports a record's module when the record is first asked for: each
    name of `__all__` is in the map, and each comes from the module the map names."""
    import hoering.model as model

    assert sorted(model.__all__) == sorted(model._WHERE)
    for name, module in model._WHERE.items():
        value = getattr(model, name)
        assert getattr(importlib.import_module(f"hoering.model.{module}"), name) is value, name
