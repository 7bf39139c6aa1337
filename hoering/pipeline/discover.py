"""Which files a collect reads: folders walked in a stable order, names made readable.

Folders are walked recursively in sorted order, so numbering follows the file names, except
that a copy comes right after the file it copies ("Svar - Kopi.pdf", "Svar(1).docx",
"Copy of Svar.pdf" after "Svar.pdf"): when the same bytes arrive twice, the first one read is
the original and the copy is recorded as its duplicate, as a person would see it. Symlinks
inside folders are never followed out of the folder. Editor lock files and OS litter are
skipped. A folder that cannot be listed is reported, not skipped in silence: its files would
otherwise be missing without a word.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UnsafePath

# Files no one means to hand in: editor lock files, OS litter.
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


@dataclass
class Found:
    """The files to collect, each with the folder it was found in (None for a named file),
    and the folders that could not be listed."""

    files: list[tuple[Path, Path | None]] = field(default_factory=list)
    unreadable: list[tuple[Path, OSError]] = field(default_factory=list)

    def cannot_list(self, error: OSError) -> None:
        self.unreadable.append((Path(error.filename or "?"), error))

    def __len__(self) -> int:
        return len(self.files) + len(self.unreadable)


def discover(paths: Iterable[Path]) -> Found:
    found = Found()
    for given in paths:
        given = Path(given)
        if not given.is_dir():
            found.files.append((given, None))
            continue
        root = given.resolve()
        for dirpath, dirnames, filenames in os.walk(given, followlinks=False, onerror=found.cannot_list):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames, key=collect_order):
                if name.startswith((".", "~$")) or name.lower() in _IGNORED_NAMES:
                    continue
                found.files.append((Path(dirpath) / name, root))
    return found


_COPY_PREFIX = re.compile(r"^(?:copy\s+of|kopi\s+af)\s+", re.IGNORECASE)
_COPY_SUFFIX = re.compile(
    r"(?:\s*[-–]?\s*(?:kopi|copy)(?:\s*\(\d+\))?|\s*\(\d+\)|\s*[-_]\s*kopi\s*\d*)$", re.IGNORECASE
)


def collect_order(name: str) -> tuple[str, int, str]:
    """Sort key: by name, a copy ("- Kopi", "(1)", "Copy of") right after its original."""
    stem, dot, extension = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    original, copies = stem, 0
    while True:
        shorter = _COPY_SUFFIX.sub("", _COPY_PREFIX.sub("", original)).rstrip()
        if shorter == original or not shorter:
            break
        original, copies = shorter, copies + 1
    return (f"{original}{dot}{extension}", copies, name)


def _readable(name: str) -> str:
    """A file name as text a person can read. Names from an old file share are often
    Latin-1 or Windows-1252 bytes that are not valid UTF-8 ("\\xe6ldrer\\xe5d.pdf"); Python
    keeps such bytes as surrogate escapes, which no database or terminal takes. Read them
    as Windows-1252 (a superset of Latin-1's letters), so "ældreråd" shows as itself."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def printable(text: str) -> str:
    """Control characters from hostile file names made harmless: an escape sequence in a
    name must not reach the user's terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def display_name(path: Path) -> str:
    """The file name as staff should see it: readable, no control characters, NFC."""
    return printable(unicodedata.normalize("NFC", _readable(path.name)))


def readable_path(path: Path) -> str:
    """The whole path as `display_name` shows a name (the exact bytes: `path_bytes`)."""
    return printable(_readable(str(path)))


def path_bytes(path: Path) -> bytes | None:
    """A path that is not valid UTF-8, byte for byte (None for every other path)."""
    raw = os.fsencode(str(path))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return None


def check_path(path: Path, root: Path | None) -> None:
    """Refuse a symlink out of the collected folder, and anything not a regular file."""
    if path.is_symlink():
        target = path.resolve()
        if root is not None and not target.is_relative_to(root):
            raise UnsafePath(display_name(path), "det er en genvej (symlink) til en fil uden for mappen")
    if not path.is_file():
        raise UnsafePath(display_name(path), "det er ikke en almindelig fil")
