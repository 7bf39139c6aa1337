"""The pydantic models that validate a consultation's config (see `hoering.config`).

Apart from `hoering.config` so that reading a config already stored in an archive, which
every command does, does not import pydantic: only a config a person wrote, or a stored one
not in the form this version writes, is validated here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .config import _KEY_PATTERN

_Text = Annotated[str, StringConstraints(strip_whitespace=True)]
_Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_ThemeKey = Annotated[str, StringConstraints(pattern=_KEY_PATTERN)]

_MiB = 1024 * 1024
_GiB = 1024 * _MiB


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class LimitsSpec(_Strict):
    """`[limits]`: caps per file (defaults in `hoering.extract.Limits`). Each bound says why.

    `description` is the Danish "skal være …" phrase the error message uses."""

    # 0 refuses every PDF. 10,000 pages is no letter; a file claiming more is broken or hostile.
    max_pages: int | None = Field(None, ge=1, le=10_000, description="et helt antal sider fra 1 til 10000")
    # Below a second the reader's own start-up overruns it and every file times out. Above a
    # day the supervisor's wait overflows (99999999 raised OverflowError in collect), and a
    # reader stuck for a day is hung, not slow.
    max_seconds: float | None = Field(
        None, ge=1, le=86_400, allow_inf_nan=False, description="et tal fra 1 til 86400 (sekunder; højst et døgn)"
    )
    # A letter is never under a kilobyte of PDF or DOCX; a plain-text one may be, so 1 byte is
    # the floor. Readers hold the whole file in memory, and past 4 GiB max_memory_bytes'
    # default is long exceeded.
    max_bytes: int | None = Field(None, ge=1, le=4 * _GiB, description="et helt antal byte fra 1 til 4294967296 (4 GB)")
    # Same reasoning for the unpacked DOCX/ODT: lxml holds the XML in memory.
    max_uncompressed_bytes: int | None = Field(
        None, ge=1, le=16 * _GiB, description="et helt antal byte fra 1 til 17179869184 (16 GB)"
    )
    # Measured on corpus/responses: 16 MiB fails ordinary DOCX letters (MemoryError), 64 MiB
    # reads them; 128 leaves room. 64 GiB is past any workstation's memory, and RLIMIT_AS
    # takes a C long, so nothing larger is meaningful.
    max_memory_bytes: int | None = Field(
        None, ge=128 * _MiB, le=64 * _GiB, description="et helt antal byte fra 134217728 (128 MB) til 68719476736 (64 GB)"
    )
    # 0 would drop every attachment, which is where most responses by e-mail are.
    max_attachments: int | None = Field(None, ge=1, le=1_000, description="et helt antal bilag fra 1 til 1000")
    # A member stored uncompressed has ratio 1, so below 1 every large member is a "bomb";
    # real bombs inflate thousands of times, so above 10,000 the check is off in effect.
    max_compression_ratio: float | None = Field(
        None, ge=1, le=10_000, allow_inf_nan=False, description="et tal fra 1 til 10000"
    )
    # Tesseract reads poorly below 150 dpi (its docs ask for 300); an A4 page at 600 dpi is
    # already a 35 MB grayscale image, and OCR time grows with the pixels.
    ocr_dpi: int | None = Field(None, ge=150, le=600, description="et helt tal fra 150 til 600 (dpi)")


class ThemeSpec(_Strict):
    label: _Text | None = None
    keywords: list[_Text] = []


class ConfigSpec(_Strict):
    title: _Title
    case_number: _Text | None = None
    committee: _Text | None = None
    department: _Text | None = None
    deadline: dt.date | None = None
    parties: list[_Text] = []
    themes: dict[_ThemeKey, ThemeSpec] = {}
    publish_citizen_names: bool = False
    # Storage limitation (GDPR art. 5(1)(e)): days after the deadline (or, without one, the
    # last collect) until `hoering purge` deletes the consultation. 0 would delete it the day
    # its deadline passed, before the committee met; past a century it is no rule, and a
    # deadline plus a few million days passes year 9999, where Python's dates end.
    delete_after_days: int | None = Field(
        None, ge=1, le=36_500,
        description="et helt antal dage fra 1 til 36500 (100 år), uden anførselstegn, fx delete_after_days = 365",
    )  # fmt: skip
    limits: LimitsSpec = LimitsSpec()
