"""The `hoering` command: parse arguments, call one library function, print (in Danish).

One module per group of commands; each registers its commands on `main` when imported.
"""

from . import (  # noqa: F401 - registers commands
    collecting,
    consultations,
    demo,
    publication,
    publishing,
    retention,
    review,
    searching,
    serving,
    themes,
    users,
)
from .app import fail_in_danish, main, run

__all__ = ["fail_in_danish", "main", "run"]
