"""Click in Danish: its own texts through gettext, and the command classes every command uses.

Click marks every sentence it prints with `gettext` (the process-wide domain, language chosen
by the `LANGUAGE` environment variable, as GNU gettext does). hoering's users read Danish on
PCs whose language settings say nothing useful to gettext (Windows sets no `LANG`), so at
start-up the domain is hoering's own catalogue (`hoering/locale/da/LC_MESSAGES/hoering.mo`,
compiled from the `.po` beside it) and the language is Danish for this process.

What gettext cannot reach is set here instead: the `[OPTIONS]` placeholder and the type names
Click shows for option values (`INTEGER`, `PATH`, …), and "mente du …?" for a mistyped command.
Every command registered with `@main.command()` gets these classes, so a new command is in
Danish too; tests/test_danish_cli.py walks them all.
"""

from __future__ import annotations

import gettext
import importlib
import os
from collections.abc import Mapping
from pathlib import Path

import click

from .. import messages as M
from ..didyoumean import closest

DOMAIN = "hoering"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def install_catalogue() -> None:
    """Make Click's own messages Danish for the rest of the process (idempotent)."""
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    # gettext picks the language from LANGUAGE before LC_ALL/LC_MESSAGES/LANG; hoering
    # speaks only Danish, whatever the PC's own settings say.
    os.environ["LANGUAGE"] = "da"


# Click shows an option's value by its type's English name; these are the Danish ones.
_METAVARS = {
    "integer": "TAL",
    "integer range": "TAL",
    "float": "TAL",
    "float range": "TAL",
    "text": "TEKST",
    "boolean": "JA|NEJ",
    "path": "STI",
    "file": "FIL",
    "directory": "MAPPE",
    "filename": "FIL",
    "datetime": "DATO",
    "uuid": "UUID",
}


def _metavar(param: click.Parameter) -> str | None:
    kind = param.type
    if isinstance(kind, click.Path):
        if not kind.file_okay:
            return "MAPPE"
        return "FIL" if not kind.dir_okay else "STI"
    return _METAVARS.get(getattr(kind, "name", ""))


# Arguments by their name, as every command names them: the Danish word shown in the usage
# line and in "Mangler argumentet …", and what to write.
_ARGUMENTS = {
    "slug": ("HØRING", "Skriv høringens kortnavn, fx aktivering; se dem med »hoering list«."),
    "response_id": ("NR", "Skriv svarets nummer, fx 3; se numrene med »hoering status {slug}«."),
    "number": ("NR", "Skriv svarets nummer, fx 3; se numrene med »hoering status {slug}«."),
    "paths": ("STI", "Skriv en mappe eller fil med høringssvar, fx Høringssvar/."),
    "name": ("NAVN", 'Skriv navnet, i anførselstegn hvis det har mellemrum, fx "Ældrerådet".'),
    "text": ("TEKST", 'Skriv teksten i anførselstegn, fx "Jens Hansen".'),
    "theme": ("TEMA", "Skriv temaets nøgle, fx mentor; se dem med »hoering themes {slug}«."),
    "query": ("SØGEORD", "Skriv et eller flere ord at søge efter, fx mentor."),
}


class _Explained(click.ParamType):
    """An argument's type, with a Danish sentence on what to write when it is missing."""

    def __init__(self, inner: click.ParamType, hint: str):
        self.inner, self.hint, self.name = inner, hint, inner.name

    def convert(self, value, param, ctx):
        return self.inner.convert(value, param, ctx)

    def get_missing_message(self, param: click.Parameter, ctx: click.Context | None) -> str:
        # The consultation is usually given already (it comes first): name it in the advice.
        slug = (ctx.params.get("slug") if ctx else None) or "HØRING"
        return self.hint.format(slug=slug)

    def shell_complete(self, ctx, param, incomplete):
        return self.inner.shell_complete(ctx, param, incomplete)


def _danish_params(params: list[click.Parameter]) -> None:
    for param in params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            param.metavar = _metavar(param)
        elif isinstance(param, click.Argument) and param.name in _ARGUMENTS:
            word, hint = _ARGUMENTS[param.name]
            if param.metavar is None or param.metavar in {"RESPONSE_ID", "[NR]"}:
                shown = word if param.required else f"[{word}]"
                param.metavar = f"{shown}..." if param.nargs == -1 else shown
            param.type = _Explained(param.type, hint)


class DanishCommand(click.Command):
    """A command whose usage line, argument names and option value names are Danish."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[TILVALG]")
        super().__init__(*args, **kwargs)
        _danish_params(self.params)


class DanishGroup(click.Group):
    """The `hoering` group: Danish usage, and "mente du …?" for an unknown command.

    `lazy`: command name -> (module, one-line help). A command's module is imported when
    the command is looked up (it registers itself on the group then), so a command loads
    only its own module; the help lists every command from the one-line helps alone."""

    command_class = DanishCommand

    def __init__(self, *args, lazy: Mapping[str, tuple[str, str]] | None = None, **kwargs):
        kwargs.setdefault("options_metavar", "[TILVALG]")
        kwargs.setdefault("subcommand_metavar", "KOMMANDO [ARGUMENTER]...")
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})
        _danish_params(self.params)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            importlib.import_module(self.lazy[cmd_name][0])
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # As click's own, with a command not yet imported shortened from its stored line:
        # the same text its docstring would give, and no module imported to show it.
        commands = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name)
            if command is None and name in self.lazy:
                command = click.Command(name, help=self.lazy[name][1])
            if command is not None and not command.hidden:
                commands.append((name, command))
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section(gettext.gettext("Commands")):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in commands])

    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            name = args[0] if args else ""
            error = exc
            no_such = getattr(click.exceptions, "NoSuchCommand", None)
            if no_such is not None and isinstance(exc, no_such) and not exc.possibilities:
                # Click suggests among the commands imported so far: among all of them instead.
                error = no_such(name, possibilities=self.list_commands(ctx), ctx=ctx)
            # Newer Click suggests a close command itself (translated); older Click does not.
            if not getattr(error, "possibilities", None):
                guess = closest(name, self.list_commands(ctx)) if name else None
                if guess and not name.startswith("-"):
                    error.message = f"{error.message} {M.say(M.DID_YOU_MEAN_COMMAND, command=guess)}"
            raise error from None


DanishGroup.group_class = DanishGroup
