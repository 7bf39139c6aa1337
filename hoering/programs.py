"""Where the external programs are: Tesseract (OCR of scans) and LibreOffice (legacy .doc,
the note as PDF).

Their Windows installers do not put them on PATH, so a municipal PC that has them installed
would otherwise read no scans. The order: the `HOERING_TESSERACT` / `HOERING_SOFFICE`
variable (the program, or the folder it is in), then PATH, then each program's standard
install folders (Program Files for all users, the user's own AppData\\Local\\Programs for a
per-user install, /Applications and Homebrew on a Mac).

`install_locations` is pure path arithmetic over an environment mapping, so the Windows
rules are tested on any OS with `PureWindowsPath`.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

TESSERACT = "tesseract"
SOFFICE = "soffice"

# The variable that names each program, and the names it goes by on PATH.
_VARIABLE = {TESSERACT: "HOERING_TESSERACT", SOFFICE: "HOERING_SOFFICE"}
_NAMES = {TESSERACT: ("tesseract",), SOFFICE: ("soffice", "libreoffice")}

# Folders below Program Files / AppData\Local\Programs (Windows) where the installers put them:
# UB Mannheim's Tesseract build (the one Tesseract's documentation points Windows users to),
# and LibreOffice's own MSI.
_WINDOWS = {
    TESSERACT: ("Tesseract-OCR", "tesseract.exe"),
    SOFFICE: ("LibreOffice\\program", "soffice.exe"),
}
_MAC = {
    TESSERACT: ("/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract"),
    SOFFICE: ("/Applications/LibreOffice.app/Contents/MacOS/soffice",),
}


def install_locations(program: str, environ: Mapping[str, str], platform: str) -> list[PurePath]:
    """The standard places `program` is installed on `platform` (a `sys.platform` value)."""
    if platform == "win32":
        folder, exe = _WINDOWS[program]
        roots = [environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        if local := environ.get("LOCALAPPDATA"):
            roots.append(str(PureWindowsPath(local) / "Programs"))
        found: list[PurePath] = []
        for root in filter(None, roots):
            path = PureWindowsPath(root) / folder / exe
            if path not in found:
                found.append(path)
        return found
    if platform == "darwin":
        return [PurePosixPath(p) for p in _MAC[program]]
    return []


def _given(value: str, program: str, platform: str) -> Path | None:
    """The program a variable names: the file itself, or the folder holding it."""
    path = Path(value.strip().strip('"')).expanduser()
    if path.is_dir():
        exe = _WINDOWS[program][1] if platform == "win32" else _NAMES[program][0]
        path = path / exe
    return path if path.is_file() else None


def find(program: str, environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The path of `program` (TESSERACT or SOFFICE), or None when it is not installed."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if value := environ.get(_VARIABLE[program]):
        given = _given(value, program, platform)
        return str(given) if given else None  # a variable set wrongly must not be ignored quietly
    for name in _NAMES[program]:
        if found := shutil.which(name, path=environ.get("PATH")):
            return found
    for location in install_locations(program, environ, platform):
        if Path(location).is_file():
            return str(location)
    return None
