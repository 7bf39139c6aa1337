"""`export`, `note`: everything about a consultation as JSON or a spreadsheet, and the note."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import click

from .. import messages as M
from .app import archive_of, fail_in_danish, main, output_option, progress_bar


def _exported(ctx: click.Context, slug: str):
    """The consultation's export, with a bar while its summaries are computed (not stored yet)."""
    from ..export import export_consultation

    progress, close = progress_bar(M.SUMMARISING, False)
    with _closing(close):
        return export_consultation(archive_of(ctx), slug, progress=progress)


@contextlib.contextmanager
def _closing(close):
    try:
        yield
    finally:
        close()


@main.command()
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Alt om høringen som JSON (standard).")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False, path_type=Path), help="Skriv oversigtsregnearket (én række pr. høringssvar).")
@click.option("--internal", is_flag=True, help="Uden anonymisering (kun til sagen, ikke til offentliggørelse).")
@click.pass_context
@fail_in_danish
def export(ctx: click.Context, slug: str, as_json: bool, xlsx_path: Path | None, internal: bool) -> None:
    """Udskriv alt, arkivet ved om høringen, som JSON – eller skriv regnearket med --xlsx.

    \b
    Eksempler:
      hoering export aktivering --json > aktivering.json
      hoering export aktivering --xlsx oversigt.xlsx
    """

    exported = _exported(ctx, slug)
    if xlsx_path:
        from ..note import write_xlsx
        from ..readings import keep_readings

        progress, close = progress_bar(M.WRITING_XLSX, False)
        before = len(exported.readings)
        with output_option("--xlsx"), _closing(close):
            write_xlsx(exported, xlsx_path, internal=internal, progress=progress)
        keep_readings(archive_of(ctx), exported, before=before)
        click.echo(M.say(M.XLSX_WRITTEN_INTERNAL if internal else M.XLSX_WRITTEN, path=xlsx_path))
    if as_json or not xlsx_path:
        click.echo(json.dumps(exported.to_json(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("slug")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Notatets fil: .docx, .html eller .md.")
@click.option("--template", "template_docx", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Kommunens egen Word-skabelon (.docx med {{ }}-felter).")
@click.option("--templates", "templates_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Mappe med egne Jinja-skabeloner, der bruges før de indbyggede.")
@click.option("--internal", is_flag=True, help="Uden anonymisering, mærket »Intern – ikke til offentliggørelse«.")
@click.pass_context
@fail_in_danish
def note(ctx: click.Context, slug: str, out: Path, template_docx: Path | None, templates_dir: Path | None, internal: bool) -> None:
    """Skriv overbliksnotatet til udvalget (DOCX, HTML eller Markdown efter filendelsen).

    \b
    Eksempler:
      hoering note aktivering -o overblik.docx
      hoering note aktivering -o overblik.html --internal
      hoering note aktivering -o overblik.docx --template kommunens-brevpapir.docx
    """
    from ..note import render_note
    from ..readings import keep_readings

    exported = _exported(ctx, slug)
    before = len(exported.readings)
    progress, close = progress_bar(M.WRITING_NOTE, False)
    with output_option("-o"), _closing(close):
        render_note(
            exported, out, template_docx=template_docx, templates_dir=templates_dir, internal=internal,
            progress=progress,
        )  # fmt: skip
    keep_readings(archive_of(ctx), exported, before=before)
    click.echo(M.say(M.NOTE_WRITTEN_INTERNAL if internal else M.NOTE_WRITTEN, path=out))
