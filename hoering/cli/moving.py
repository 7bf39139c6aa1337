"""`archive-move`: copy the whole archive to PostgreSQL (or back to a SQLite folder), checked.

The source is the archive every command opens (`--archive`, `--database`, or their
environment variables); `--to` names the target, a postgresql:// URL or a folder. The
library does the work (`store.move`); this module shows it in Danish.
"""

from __future__ import annotations

from pathlib import Path

import click

from .. import messages as M
from ..store import Archive, dialect
from ..store.move import move
from .app import archive_of, fail_in_danish, main, progress_bar


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}".replace(".", ",")
        n /= 1000
    return str(n)


@main.command("archive-move")
@click.option("--to", "target", required=True, metavar="URL|MAPPE",
              help="Målet: postgresql://…-adressen på en tom database, eller en tom mappe (SQLite).")
@click.option("-q", "--quiet", is_flag=True, help="Vis ikke fremdrift.")
@click.pass_context
@fail_in_danish
def archive_move(ctx: click.Context, target: str, quiet: bool) -> None:
    """Flyt hele arkivet til PostgreSQL (eller tilbage til en mappe) og kontrollér kopien.

    Arkivet kopieres; det gamle slettes ikke, før du selv gør det.

    \b
    Eksempler:
      hoering archive-move --to postgresql://hoering@dbserver/hoering
      hoering --database postgresql://hoering@dbserver/hoering archive-move --to C:\\hoering-kopi
    """
    source = archive_of(ctx)
    to_database = dialect.is_database_url(target)
    opened = Archive(database=target) if to_database else Archive(Path(target), database=None)
    with opened as destination:
        if destination.location == source.location:
            click.echo(M.say(M.MOVE_SAME, target=destination.location), err=True)
            ctx.exit(1)
        click.echo(M.say(M.MOVE_START, source=source.location, target=destination.location), err=True)
        bars: dict = {}

        def progress(what: str, done: int, total: int) -> None:
            if what not in bars:
                for _, close in bars.values():
                    close()
                bars[what] = progress_bar(M.MOVE_STEP[what], quiet)
            update, _ = bars[what]
            if update:
                update(done, total)

        try:
            report = move(source, destination, progress=progress)
        finally:
            for _, close in bars.values():
                close()
    click.echo(M.say(
        M.MOVE_DONE, rows=sum(report.tables.values()), tables=len(report.tables),
        originals=report.originals, size=_size(report.bytes),
    ))  # fmt: skip
    for table, rows in sorted(report.tables.items()):
        click.echo(M.say(M.MOVE_TABLE_LINE, table=table, rows=rows))
    click.echo(M.say(M.MOVE_NEXT_DATABASE if to_database else M.MOVE_NEXT_DIRECTORY, target=report.target))
