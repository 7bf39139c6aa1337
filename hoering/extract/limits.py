"""Checks that run before a reader library sees a file, so a hostile file is refused cheaply.

ZIP packages (DOCX, ODT). Before python-docx or odfpy inflates anything, `check_package`
reads only the ZIP's central directory and refuses

- more than `MAX_MEMBERS` members (a directory bomb),
- a declared uncompressed total above `Limits.max_uncompressed_bytes`,
- a member of more than 1 MB that inflates more than `Limits.max_compression_ratio` times
  (ordinary Word XML deflates 5-20 times; a zip bomb a thousand times).

Declared sizes can lie, but Python's `zipfile` never inflates a member past its declared
size (it stops and the CRC check fails), so the declared sizes are a real cap for every
reader that goes through `zipfile`, as python-docx and odfpy do.

XML parts. A DOCX or ODT has no business with a DTD: `check_package` runs every XML part's
prolog through defusedxml, which refuses a DOCTYPE (and so every entity declaration, the
"billion laughs" attack) before the root element. Only the prolog is parsed: the check
stops at the first element, so it costs next to nothing. (lxml, which python-docx uses,
does not resolve external entities and since libxml2 2.12 stops internal entity
amplification by itself; the pre-check makes the refusal explicit and the same for odfpy,
whose SAX parser would expand internal entities.)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from hoering.errors import CorruptFile, TooLarge, UnsafeFile

MAX_MEMBERS = 10_000
_RATIO_FLOOR = 1 << 20  # members smaller than this inflate as much as they like
_XML_SUFFIXES = (".xml", ".rels")


def check_package(path: Path, limits) -> None:
    """Refuse a ZIP-based document that is a bomb or carries a DTD; CorruptFile if not a ZIP."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if len(infos) > MAX_MEMBERS:
                raise TooLarge(name, f"{len(infos)} dele i pakken")
            total = sum(info.file_size for info in infos)
            if total > limits.max_uncompressed_bytes:
                raise TooLarge(
                    name,
                    f"{total / 1e6:.0f} MB, når filen pakkes ud; grænsen er "
                    f"{limits.max_uncompressed_bytes / 1e6:.0f} MB",
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
                    raise TooLarge(name, f"en del af filen fylder {ratio:.0f} gange mere udpakket")
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES) and not info.is_dir():
                    _check_prolog(package, info, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise CorruptFile(name, f"{type(exc).__name__}: {exc}") from exc


class _Root(Exception):
    """Raised at the first element: the prolog held no DTD."""


def _check_prolog(package: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import DefusedXMLParser

    parser = DefusedXMLParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)

    def at_root(*_args) -> None:
        raise _Root

    # The parser's own start handler builds the tree; ours only needs to stop it.
    parser.parser.StartElementHandler = at_root
    try:
        with package.open(info) as member:
            while chunk := member.read(1 << 14):
                parser.feed(chunk)
    except _Root:
        return
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise UnsafeFile(name, f"XML-definitioner i {info.filename}") from exc
    except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError) as exc:
        raise CorruptFile(name, f"{info.filename}: {exc}") from exc
    except Exception:  # noqa: BLE001 - malformed XML: the reader reports it as CorruptFile
        return
