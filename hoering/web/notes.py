"""The note files the workspace hands out: written by the worker process that builds the note
(`builder.download`), from the same export the `note` command uses, so a download is what
`hoering note` would write; the server only reads the file and sends it."""

from __future__ import annotations

from pathlib import Path

from .workspace import Workspace


def write_download(ws: Workspace, slug: str, *, internal: bool, fmt: str, folder: Path) -> Path:
    """The note (docx, html, md) or the spreadsheet (xlsx), public or internal, written into
    `folder`. Waits while a build runs in the worker."""
    from ..errors import NoteBuildFailed

    path, error = ws.builder.download(slug, internal=internal, fmt=fmt, folder=folder)
    if path is None:
        raise NoteBuildFailed(slug, error or "")
    return Path(path)
