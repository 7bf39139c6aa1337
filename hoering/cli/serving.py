"""`serve`: the review workspace in the browser."""

from __future__ import annotations

import click

from ..web.server import DEFAULT_HOST, DEFAULT_PORT
from .app import fail_in_danish, main


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True, help="Porten, arbejdsområdet lytter på (0: en ledig).")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Adressen, der lyttes på. Andet end denne computer kræver brugere med login.")
@click.option("--no-browser", is_flag=True, help="Åbn ikke browseren.")
@click.pass_context
@fail_in_danish
def serve(ctx: click.Context, port: int, host: str, no_browser: bool) -> None:
    """Start arbejdsområdet: gennemgå, ret, kommentér og godkend høringssvar i browseren.

    Det lytter kun på denne computer (127.0.0.1), medmindre arkivet har brugere med login.

    \b
    Eksempler:
      hoering serve
      hoering serve --port 8800 --no-browser
      hoering --archive /srv/hoering serve --host 0.0.0.0   (kun med brugere: hoering user add)
    """
    from ..web.server import serve as run_server

    archive = ctx.find_root().params.get("archive_dir")
    run_server(archive, host=host, port=port, open_browser=not no_browser, announce=click.echo)
