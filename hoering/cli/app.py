"""The `hoering` command group and what every command shares: the archive it opens, Danish
errors instead of tracebacks, interruptions that unwind, and the plain-text table."""

from __future__ import annotations

import contextlib
import functools
import signal
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path

import click

from .. import messages as M
from ..errors import ArchiveMissing, HoeringError, OutputError, danish, os_error
from ..store import Archive
from ..store import archive as archive_store
from ..store.archive import DB_NAME
from .commands import COMMANDS
from .danish import DanishGroup, install_catalogue

# Before the decorators below run: Click translates some texts (--help, --version) as they do.
install_catalogue()

# The commands that may start a new archive where --archive points; every other command
# refuses a folder without one, so a typo in the path does not silently start an empty archive.
CREATES_ARCHIVE = {"new", "demo"}


def fail_in_danish(fn):
    """Library errors become one Danish sentence on stderr and exit code 1, never a traceback.
    An interruption (Ctrl-C, or SIGTERM/SIGHUP, see `run`) unwinds like an error, so open
    transactions roll back and temporary files are removed, and says so in Danish."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except HoeringError as exc:
            raise click.ClickException(exc.message_da()) from exc
        except KeyboardInterrupt:
            click.echo(M.INTERRUPTED, err=True)
            sys.exit(130)
        except (OSError, sqlite3.Error) as exc:
            # A full disk, a file in use, a missing folder, a read-only drive: staff can fix
            # these themselves, wherever they were met. Other unexpected errors go on to
            # `run`'s last-resort message.
            known = os_error(exc)
            if known is not None:
                raise click.ClickException(known.message_da()) from exc
            raise

    return wrapper


@contextlib.contextmanager
def output_option(option: str):
    """Name the option that chose an output file (-o, --xlsx) in its error's advice."""
    try:
        yield
    except OutputError as exc:
        exc.option = option
        raise


def archive_of(ctx: click.Context) -> Archive:
    return ctx.obj["archive"]()


def da(value: StrEnum | str) -> str:
    """A vocabulary member's Danish label; a value this version does not know, as stored."""
    return value.da if isinstance(value, StrEnum) else str(value)


def config_warnings(consultation) -> None:
    """A stored config with a limit this version refuses still opens; say what was dropped."""
    for warning in consultation.config.warnings:
        click.echo(M.say(M.WARNING, warning=warning), err=True)


def format_table(headers: list[str], rows: list[list[str]], max_width: int = 52) -> str:
    def cut(value: str) -> str:
        return value if len(value) <= max_width else value[: max_width - 1] + "…"

    # Long names are cut; the last column never is: it says what staff must act on
    # (status, revision, deadline) and may simply run on to the end of the line.
    cells = [[*map(cut, row[:-1]), *row[-1:]] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    widths[-1] = min(widths[-1], max(len(headers[-1]), max_width))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def progress_bar(label: str, quiet: bool):
    """A progress callback drawing a bar on stderr (only on a terminal), and its closer."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    state: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            state["bar"].__enter__()
        bar = state["bar"]
        bar.update(done - bar.pos)

    def close() -> None:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)

    return update, close


@click.group(
    "hoering",
    cls=DanishGroup,
    lazy={name: (f"{__package__}.{module}", line) for name, (module, line) in COMMANDS.items()},
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="HOERING_ARCHIVE",
    help="Mappe med arkivet (ellers HOERING_ARCHIVE eller brugerens datamappe).",
)
@click.option(
    "--database",
    "database",
    metavar="URL",
    help="Fælles arkiv i PostgreSQL, fx postgresql://server/hoering (ellers HOERING_DATABASE; "
    "uden begge bruges arkivmappen).",
)
@click.version_option(package_name="hoering", message="%(prog)s version %(version)s")
@click.pass_context
def main(ctx: click.Context, archive_dir: Path | None, database: str | None) -> None:
    """hoering: høringssvar fra modtagelse til overbliksnotat – og søgning i tidligere høringer.

    \b
    Kom i gang:
      hoering demo                              eksempelhøringen med notat
      hoering new aktivering --title "Besparelser på aktiveringsområdet"
      hoering collect aktivering Høringssvar/   indsaml filerne i mappen
      hoering status aktivering                 hvem har svaret, hvem mangler
      hoering note aktivering -o overblik.docx  overbliksnotatet til udvalget

    Se hjælpen til en kommando med »hoering KOMMANDO --help«.
    """
    # Checked here, before any command runs: a command may hand the folder on (`serve`)
    # rather than open it through `archive_of`.
    typed = ctx.get_parameter_source("archive_dir") == click.core.ParameterSource.COMMANDLINE
    if typed and not database and ctx.invoked_subcommand not in CREATES_ARCHIVE and not ctx.resilient_parsing:
        check_archive_exists(archive_dir)

    @functools.cache
    def opener() -> Archive:
        try:
            # HOERING_DATABASE is read by the archive itself (`store.archive.database_for`).
            return Archive(archive_dir, database=database) if database else Archive(archive_dir)
        except HoeringError as exc:
            raise click.ClickException(exc.message_da()) from exc

    def close() -> None:
        # When the command ends, not whenever the garbage collector gets to it: the last
        # connection to close copies the WAL into the database file, which takes disk space
        # and time that belong to this command, not to whatever runs next in the process.
        if opener.cache_info().currsize:
            opener().close()

    ctx.obj = {"archive": opener}
    ctx.call_on_close(close)


def check_archive_exists(directory: Path) -> None:
    """An --archive typed on the command line must hold an archive (a shared PostgreSQL
    archive, HOERING_DATABASE, has none on disk)."""
    if archive_store.database_for(directory) or (directory / DB_NAME).is_file():
        return
    raise click.ClickException(ArchiveMissing(str(directory)).message_da())


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def run() -> None:  # pragma: no cover - console entry with a last-resort Danish message
    # A service manager's SIGTERM or a closed terminal's SIGHUP would end the process at once,
    # leaving temporary files behind; as an interruption, `finally` blocks run first.
    # A signal the caller chose to ignore (nohup) stays ignored.
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _interrupt)
    try:
        main()
    except Exception as exc:
        click.echo(danish(exc), err=True)
        sys.exit(2)
