"""`hoering eval`'s reading scores as a library function: the archive's responses against labels."""

from __future__ import annotations

from pathlib import Path

from .analysis.evaluate import load_labels
from .analysis.evaluate_reading import ReadingReport, evaluate_readings
from .store import Archive


def evaluate_consultation_readings(archive: Archive, slug: str, labels_path: str | Path) -> ReadingReport:
    """Score the consultation's senders, kinds, parties, dates and links against labelled responses."""
    consultation = archive.consultation(slug)
    return evaluate_readings(archive.responses(consultation), load_labels(labels_path))
