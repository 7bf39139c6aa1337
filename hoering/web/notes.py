"""The note as the workspace shows and hands it out: built once per state of the archive
(`Workspace.cached_note`), from the same export the `note` command uses."""

from __future__ import annotations

from pathlib import Path

from .. import publication
from ..export import export_consultation
from .workspace import NoteBuild, Workspace


def note_build(ws: Workspace, slug: str) -> NoteBuild:
    """The public note of `slug` and its redaction report; call holding `ws.use()`."""
    cached = ws.cached_note(slug)
    if cached is not None:
        return cached
    from ..note import build_note, render_html

    marker = ws.marker()
    export = export_consultation(ws.archive, slug)
    note = build_note(export, internal=False)
    report = publication.report_for(ws.archive, slug, export)
    build = NoteBuild(marker, export, note, render_html(note), report)
    ws.keep_note(slug, build)
    return build


def write_download(ws: Workspace, slug: str, *, internal: bool, fmt: str, folder: Path) -> Path:
    """The note (docx, html, md) or the spreadsheet (xlsx), public or internal, written into
    `folder`; call holding `ws.use()`."""
    from ..note import render_note, write_xlsx

    export = note_build(ws, slug).export
    out = folder / f"notat.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(export, out, internal=internal)
    return render_note(export, out, internal=internal)
