"""The note files the workspace hands out, from the note it keeps (`Workspace.note`): the
same export the `note` command uses, so a download is what `hoering note` would write."""

from __future__ import annotations

from pathlib import Path

from .workspace import Workspace


def write_download(ws: Workspace, slug: str, *, internal: bool, fmt: str, folder: Path) -> Path:
    """The note (docx, html, md) or the spreadsheet (xlsx), public or internal, written into
    `folder`. Waits for the note when it is being built."""
    from ..note import render_note, write_xlsx

    export = ws.note_now(slug).export
    out = folder / f"notat.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(export, out, internal=internal)
    return render_note(export, out, internal=internal)
