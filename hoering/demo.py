"""`hoering demo`: the bundled sample consultation set up, collected and written up in one go.

The sample (corpus/hoering.toml and corpus/responses, shipped in the wheel as package data of
`hoering.sample`) is what a new user tries first, on a PC that has only the installed wheel:
no clone, no make. Re-running it collects nothing twice (collect skips known files) and
writes the notes again.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .config import load_config
from .export import export_consultation
from .pipeline import collect as collecting
from .pipeline.discover import discover
from .pipeline.reconcile import reconfigure
from .store import Archive

SLUG = "aktivering"
SAMPLE_PACKAGE = "hoering.sample"


def default_location() -> Path:
    """The demo's own archive, apart from the user's real one."""
    return Path(platformdirs.user_data_dir("hoering-demo", appauthor=False))


def web_available() -> bool:
    """Whether this installation has the review workspace (`hoering serve`)."""
    return importlib.util.find_spec("hoering.web") is not None


@dataclass
class Demo:
    slug: str
    report: collecting.CollectReport
    docx: Path
    html: Path


def set_up(
    archive: Archive, out_dir: Path, *, workers: int | None = None,
    progress: Callable | None = None,
) -> Demo:  # fmt: skip
    """Register the sample consultation in `archive` (or update it), collect its responses,
    and write the note as DOCX and HTML into `out_dir`."""
    from .note import render_note

    sample = importlib.resources.files(SAMPLE_PACKAGE)
    with importlib.resources.as_file(sample) as folder:
        config = load_config(folder / "hoering.toml")
        if any(c.slug == SLUG for c in archive.consultations()):
            reconfigure(archive, SLUG, config)
        else:
            archive.create_consultation(SLUG, config)
        found = discover([folder / "responses"])
        report = collecting.collect(
            archive, SLUG, found, workers=workers or collecting.default_workers(), progress=progress
        )
    exported = export_consultation(archive, SLUG)
    out_dir.mkdir(parents=True, exist_ok=True)
    docx = render_note(exported, out_dir / "overblik.docx")
    html = render_note(exported, out_dir / "overblik.html")
    return Demo(SLUG, report, docx, html)
