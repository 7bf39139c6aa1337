"""RTF documents (WordPad, older Word, some case systems) with striprtf.

RTF is 7-bit text with escapes (\\'e6 for "æ" in the document's code page, \\u230? for
Unicode), so the bytes are read as Latin-1 (every byte maps to one character) and striprtf
decodes the escapes with the code page the document declares (cp1252 when it declares none).
Embedded pictures are dropped by striprtf; header and footer groups are not part of its text.
Each \\par is a paragraph, i.e. one block; title, author and creation date come from the
{\\info} group.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hoering.errors import CorruptFile

from . import Deadline, ExtractedDocument, Limits
from .cleanup import join_blocks, normalize_text, rejoin_hyphenation

_INFO = re.compile(r"\{\\(title|author|subject)\s+([^{}]*)\}")
_CREATED = re.compile(r"\{\\creatim\\yr(\d{4})\\mo(\d{1,2})\\dy(\d{1,2})")
_ESCAPE = re.compile(r"\\'([0-9a-fA-F]{2})")


def rtf_text(raw: str) -> str:
    """The text of RTF markup read as Latin-1 (see the module docstring); striprtf's errors
    (ValueError, KeyError, IndexError, LookupError, RecursionError) pass through."""
    from striprtf.striprtf import rtf_to_text

    return rtf_to_text(raw, encoding="cp1252", errors="replace")


def extract_rtf(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    raw = path.read_bytes().decode("latin-1")
    deadline.check()
    try:
        text = rtf_text(raw)
    except (ValueError, KeyError, IndexError, LookupError, RecursionError) as exc:
        raise CorruptFile(path.name, f"{type(exc).__name__}: {exc}") from exc
    deadline.check()
    text = rejoin_hyphenation(normalize_text(text.replace("\r", "")))
    return ExtractedDocument(format="rtf", text=join_blocks(text.split("\n")), metadata=_info(raw))


def _info(raw: str) -> dict:
    head = raw[:200_000]
    metadata: dict = {}
    for key, value in _INFO.findall(head):
        value = _ESCAPE.sub(lambda m: bytes.fromhex(m.group(1)).decode("cp1252", "replace"), value)
        value = " ".join(normalize_text(value).split())
        if value:
            metadata[key] = value
    if created := _CREATED.search(head):
        try:
            metadata["created"] = dt.date(*map(int, created.groups())).isoformat()
        except ValueError:
            pass
    return metadata
