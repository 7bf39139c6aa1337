"""Plain text files: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 (Windows).

Lines are kept as they are (a citizen's "Venlig hilsen" / "Karen Nielsen" must stay two
lines); blocks are separated by one blank line; words hyphenated over a line end are joined.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import Deadline, ExtractedDocument, Limits
from .cleanup import join_blocks, normalize_text, rejoin_hyphenation


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for the bytes of a text file."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, …)
        return data.decode("latin-1"), "latin-1"


def extract_text(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    text, encoding = decode(path.read_bytes())
    deadline.check()
    text = rejoin_hyphenation(normalize_text(text))
    blocks = re.split(r"\n[ \t]*\n", text)
    return ExtractedDocument(
        format="txt", text=join_blocks(blocks), metadata={"encoding": encoding}
    )
