"""The language and analysis layer: what hoering reads in a response's text.

Danish tokens and lemmas (`danish`), compound-aware keyword matching (`matching`),
passages (`passages`), theme tags and stances (`tagging`, `stance`), suggested themes
(`suggest`), extractive summaries (`summarise`), measuring the tagger (`evaluate`), and the
derived data written with each response (`derive`).

Nothing here runs SQL: the results are finished records that `hoering.store` writes. This
file imports nothing, so loading one module (the search index needs only `danish` and
`matching`) does not load the others, and `derive`, which calls the search index, does not
make a cycle with it.
"""
