"""`new`, `config`, `list`: registering a consultation and its config."""

from __future__ import annotations

from pathlib import Path

import click

from .. import messages as M
from ..store import check_slug
from ..store import responses as stored
from .app import archive_of, config_warnings, fail_in_danish, format_table, main, progress_bar


@main.command()
@click.argument("slug")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="TOML-konfiguration.")
@click.option("--title", help="Titel; skriver en konfiguration, du kan rette i.")
@click.pass_context
@fail_in_danish
def new(ctx: click.Context, slug: str, config_path: Path | None, title: str | None) -> None:
    """Opret en høring (eller opdatér den fra --config).

    \b
    Eksempler:
      hoering new aktivering --title "Besparelser på aktiveringsområdet"
      hoering new aktivering --config aktivering.toml
    """
    from ..atomic import write_text
    from ..config import load_config, starter_config
    from ..pipeline.reconcile import reconfigure

    archive = archive_of(ctx)
    check_slug(slug)
    if config_path is None and not title:
        raise click.UsageError(M.NEW_NEEDS_CONFIG)
    if config_path is None:
        config_path = Path(f"{slug}.toml")
        if config_path.exists():
            raise click.ClickException(M.say(M.CONFIG_EXISTS, path=config_path))
        write_text(config_path, starter_config(title, slug, config_path.name))
        click.echo(M.say(M.STARTER_WRITTEN, path=config_path))
        click.echo(M.say(M.STARTER_NEXT, slug=slug, path=config_path))
    config = load_config(config_path)
    if any(c.slug == slug for c in archive.consultations()):
        progress, close = progress_bar(M.RETAGGING, False)
        try:
            reconfigure(archive, slug, config, progress=progress)
        finally:
            close()
        click.echo(M.say(M.CONSULTATION_UPDATED, slug=slug, title=config.title))
    else:
        archive.create_consultation(slug, config)
        click.echo(
            M.say(
                M.CONSULTATION_CREATED, slug=slug, title=config.title,
                parties=len(config.parties), themes=len(config.themes),
            )  # fmt: skip
        )


@main.command("config")
@click.argument("slug")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Ny TOML-konfiguration.")
@click.pass_context
@fail_in_danish
def config_cmd(ctx: click.Context, slug: str, config_path: Path | None) -> None:
    """Vis høringens konfiguration, eller opdatér den fra --config.

    \b
    Eksempler:
      hoering config aktivering
      hoering config aktivering --config aktivering.toml
    """
    archive = archive_of(ctx)
    if config_path is None:
        consultation = archive.consultation(slug)
        config_warnings(consultation)
        click.echo(consultation.config.to_toml(), nl=False)
        return
    from ..config import load_config
    from ..pipeline.reconcile import reconfigure

    config = load_config(config_path)
    progress, close = progress_bar(M.RETAGGING, False)
    try:
        changed, tagged = reconfigure(archive, slug, config, progress=progress)
    finally:
        close()
    click.echo(M.say(M.CONFIG_UPDATED, slug=slug, changed=changed, tagged=tagged))


@main.command("list")
@click.pass_context
@fail_in_danish
def list_cmd(ctx: click.Context) -> None:
    """List høringerne i arkivet.

    \b
    Eksempler:
      hoering list
    """
    archive = archive_of(ctx)
    consultations = archive.consultations()
    if not consultations:
        click.echo(M.NO_CONSULTATIONS)
        return
    counts = stored.counts(archive.db)
    rows = [
        [c.slug, c.title, str(counts.get(c.id, 0)), c.config.deadline.isoformat() if c.config.deadline else ""]
        for c in consultations
    ]
    click.echo(format_table(M.LIST_HEADERS, rows))
