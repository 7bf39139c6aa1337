"""The archive: the only code that speaks SQL.

`Archive` opens one archive (the SQLite database and the store of original files) and
hands out typed records (`hoering.model`); the modules beside it each own the tables of
one concern. Nothing outside this package runs a statement or reads a row.
"""

from .archive import Archive, Consultation, check_slug, default_location, now, sha256_file

__all__ = ["Archive", "Consultation", "check_slug", "default_location", "now", "sha256_file"]
