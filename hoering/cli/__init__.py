"""The `hoering` command: parse arguments, call one library function, print (in Danish).

One module per group of commands; each registers its commands on `main` when imported, and
`main` imports a command's module only when that command runs (see `commands.COMMANDS`).
"""

from .app import fail_in_danish, main, run

__all__ = ["fail_in_danish", "main", "run"]
