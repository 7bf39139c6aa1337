"""Files written for the user (the note, the spreadsheet, a starter config): whole or not at all.

The bytes go to a temporary file in the target's own folder (so the final rename
stays on one filesystem), are flushed to disk, and only then renamed over the
target with `os.replace`, which is atomic. On any failure - a full disk, a kill -
the temporary file is removed and a file of the same name from before is left as
it was. A killed process can still leave a temporary file behind; it is hidden
(leading dot) and named `.hoering-<target>.<random>.tmp`, so it is plainly ours.

Callers render into memory first (a note or a spreadsheet is at most a few MB).
That also keeps zipfile-based writers (python-docx, openpyxl) away from a file
that fails mid-write: their ZipFile retries the write from `__del__` and prints a
traceback.

OS errors become the specific errors in `hoering.errors` (`output_error`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from .errors import output_error

TEMP_PREFIX = ".hoering-"
TEMP_SUFFIX = ".tmp"
# Room for the random part and the suffix within the usual 255-byte name limit.
_MAX_NAME_BYTES = 200


def temp_name(target: Path) -> str:
    name = target.name.encode("utf-8", "surrogateescape")[:_MAX_NAME_BYTES].decode(
        "utf-8", "ignore"
    )
    return f"{TEMP_PREFIX}{name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write `data` to `target` atomically; raises an `OutputError` naming `target`."""
    target = Path(target)
    existed = target.is_file()
    tmp = target.parent / temp_name(target)
    fd = None
    replacing = False
    try:
        # 0o666 less the umask, like any new file (mkstemp's 0o600 would hide a note
        # from colleagues); an existing file keeps its permissions.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        if existed:
            with contextlib.suppress(OSError):
                os.fchmod(fd, stat.S_IMODE(target.stat().st_mode))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        os.close(fd)
        fd = None
        replacing = True
        os.replace(tmp, target)
    except BaseException as exc:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise output_error(exc, str(target), existed=existed, replacing=replacing) from exc
        raise
    _fsync_folder(target.parent)
    return target


def write_text(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(target, text.encode(encoding))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible on every OS or filesystem, and not needed
    for correctness (the file is complete either way)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
