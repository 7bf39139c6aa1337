"""`demo`: the sample consultation set up, collected and written up, and the workspace opened."""

from __future__ import annotations

import sys

import click

from .. import messages as M
from ..store import Archive
from .app import fail_in_danish, main


@main.command()
@click.option("--no-browser", is_flag=True, help="Åbn ikke browseren (arbejdsområdet eller notatet).")
@click.option("--no-serve", is_flag=True, help="Start ikke arbejdsområdet; stop, når notatet er skrevet.")
@click.pass_context
@fail_in_danish
def demo(ctx: click.Context, no_browser: bool, no_serve: bool) -> None:
    """Prøv hoering på eksempelhøringen: opret den, indsaml de 11 svar, skriv notatet og åbn det.

    Eksemplet får sit eget arkiv (eller det, --archive peger på), så dit rigtige arkiv ikke
    berøres. Kør den igen når som helst.

    \b
    Eksempler:
      hoering demo
      hoering --archive C:\\hoering-eksempel demo --no-browser --no-serve
    """
    from .. import demo as demo_mod  # collect's imports only when the demo runs
    from .collecting import print_status

    given = ctx.find_root().params.get("archive_dir")
    archive_dir = given or demo_mod.default_location()
    click.echo(M.say(M.DEMO_SETTING_UP, archive=archive_dir))
    with Archive(archive_dir) as archive:
        result = demo_mod.set_up(archive, archive_dir)
        click.echo()
        print_status(archive, result.slug)
    for failure in result.report.failures:
        click.echo(M.say(M.FAILURE, message=failure.message), err=True)
    click.echo()
    click.echo(M.say(M.DEMO_NOTE_WRITTEN, docx=result.docx, html=result.html))
    click.echo(M.say(M.DEMO_NEXT, archive=archive_dir, slug=result.slug))
    if not no_serve and demo_mod.web_available():
        from ..web.server import serve as run_server

        click.echo(M.DEMO_SERVING)
        run_server(archive_dir, open_browser=not no_browser, announce=click.echo)
    elif not no_browser and sys.stdout.isatty():
        click.launch(str(result.html))
