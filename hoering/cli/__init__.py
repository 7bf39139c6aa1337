"""The `hoering` command: parse arguments, call one library function, print (in Danish).

One module per group of commands; each registers its commands on `main` when imported.
"""

from . import collecting, consultations, demo, publication, publishing, retention, searching, themes  # noqa: F401 - registers commands
from .app import fail_in_danish, main, run

__all__ = ["fail_in_danish", "main", "run"]
