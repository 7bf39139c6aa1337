"""Legacy Word documents (.doc, Word 97-2003) through LibreOffice.

`soffice --headless --convert-to docx` writes a DOCX into a temporary folder, which is then
read by `docx.py` like any other (after the same zip-bomb and DTD checks). Each conversion
gets its own LibreOffice profile folder, so it neither collides with a LibreOffice the user
has open nor with a parallel collect worker, and runs in its own process session that is
killed when the file's time is up. The input is copied under a plain name first: the
original name may hold characters a command line should not see.

Without LibreOffice the file is NeedsConverter ("LibreOffice"), with a Danish message that
says what to install or how to save the file instead.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from hoering.errors import CorruptFile, NeedsConverter, Timeout

from .. import programs
from . import Deadline, ExtractedDocument, Limits

CONVERTER = "LibreOffice"


def soffice() -> str | None:
    return programs.find(programs.SOFFICE)


def extract_doc(path: Path, limits: Limits, deadline: Deadline) -> ExtractedDocument:
    from .docx import extract_docx
    from .limits import check_package

    name = path.name
    binary = soffice()
    if binary is None:
        raise NeedsConverter(name, CONVERTER)
    with tempfile.TemporaryDirectory(prefix="hoering-doc-") as tmp:
        work = Path(tmp)
        source = work / "svar.doc"
        shutil.copyfile(path, source)
        out = work / "out"
        command = [
            binary,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nofirststartwizard",
            "--convert-to", "docx:MS Word 2007 XML",
            "--outdir", str(out),
            str(source),
        ]  # fmt: skip
        _run(command, deadline, name, home=work)
        converted = out / "svar.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise CorruptFile(name, "LibreOffice kunne ikke konvertere filen")
        check_package(converted, limits)
        doc = extract_docx(converted, limits, deadline)
    doc.format = "doc"
    doc.metadata["converted_with"] = CONVERTER
    return doc


def _run(command: list[str], deadline: Deadline, name: str, home: Path) -> None:
    remaining = deadline.remaining()
    if remaining <= 0:
        deadline.check()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        start_new_session=os.name == "posix",  # soffice starts soffice.bin: kill them together
        env={**os.environ, "HOME": str(home)},
    )
    try:
        process.wait(timeout=remaining)
    except subprocess.TimeoutExpired as exc:
        _kill(process)
        raise Timeout(name, f"mere end {deadline.seconds:g} sekunder") from exc
    except BaseException:  # the supervisor's SIGTERM (SystemExit) or Ctrl-C: no orphans
        _kill(process)
        raise


def _kill(process: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass
    process.wait()
