"""From files on disk to responses in the archive.

`discover` finds the files, `read` reads one in a worker process (no database), `collect`
orchestrates and writes through `store`, `links` recomputes what connects responses (late,
form letters, revisions), `reconcile` applies an edited config to what is collected.
"""
