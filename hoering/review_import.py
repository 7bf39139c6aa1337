"""Reading back the overview spreadsheet staff filled in (`hoering review-import`)."""

from __future__ import annotations

from pathlib import Path

from .model import ImportReport
from .store import Archive


def import_review(archive: Archive, slug: str, path: Path) -> ImportReport:  # pragma: no cover - next commit
    raise NotImplementedError
