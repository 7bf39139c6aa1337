"""lemmy's Danish rules as a table on disk, for a process that lemmatizes a few words.

lemmy keeps its rules in one Python module (lemmy/rules/da.py, 6 MB, ~100,000 rules for
words without a part of speech); importing it takes 0.3–0.5 s, which a search query (a few
words, and the index terms they may be part of) would otherwise spend on every call. So the
rules hoering uses, those of the word class "" (no part of speech), are written once to an
SQLite file in the user's cache folder, named after the rules file's size and time, and a
process that looks up a few words reads them from there, one indexed look-up per suffix.

`RuleTable.lemmatize` is lemmy's `Lemmatizer.lemmatize("", word)` without a history, on the
same rules: the rule of the longest suffix of the word (the whole word first, down to the
empty suffix) that has one, else the word itself; tests/test_search.py compares the two.
Any failure to read or write the table (no cache folder, a read-only disk) leaves the caller
to load lemmy as before.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path


def _rules_file() -> Path | None:
    """lemmy's Danish rules module, found without importing it."""
    with contextlib.suppress(ImportError, ValueError):
        spec = importlib.util.find_spec("lemmy")
        if spec is not None and spec.submodule_search_locations:
            path = Path(next(iter(spec.submodule_search_locations))) / "rules" / "da.py"
            if path.is_file():
                return path
    return None


def table_path() -> Path | None:
    """Where the table for the installed lemmy lives: a new lemmy gets a new file."""
    source = _rules_file()
    if source is None:
        return None
    import platformdirs

    stat = source.stat()
    folder = Path(platformdirs.user_cache_dir("hoering", appauthor=False))
    return folder / f"lemmy-da-{stat.st_size}-{stat.st_mtime_ns}.sqlite"


_BATCH = 500  # suffixes per query: below SQLite's limit on parameters


class RuleTable:
    """lemmy's rules for words without a part of speech, read from the table file."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def lemmatize(self, word_class: str, full_form: str) -> list[str]:
        if word_class != "":
            raise ValueError("the table holds the rules for words without a part of speech only")
        suffixes = [full_form[start:] for start in range(len(full_form) + 1)]  # longest first
        found: dict[str, str] = {}
        for i in range(0, len(suffixes), _BATCH):  # one query a word, unless it is very long
            batch = suffixes[i : i + _BATCH]
            marks = ",".join("?" * len(batch))
            found.update(self._db.execute(f"SELECT suffix, lemmas FROM rules WHERE suffix IN ({marks})", batch))
        for suffix in suffixes:
            if suffix in found:
                prefix = full_form.rpartition(suffix)[0] if suffix else full_form
                return [prefix + lemma_suffix for lemma_suffix in json.loads(found[suffix])]
        return [full_form]


def open_table() -> RuleTable | None:
    """The table of the installed lemmy, or None when it is not written yet (or unreadable)."""
    path = table_path()
    if path is None or not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db.execute("SELECT 1 FROM rules LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return RuleTable(db)


def write_table(rules: Mapping[str, list[tuple[str, bool]]]) -> Path | None:
    """Write the rules of the word class "" (lemmy's `rules[""]`) as the table, whole or not
    at all (a temporary file renamed into place). Returns the path, or None when it could not
    be written; an existing table is left as it is."""
    path = table_path()
    if path is None or path.is_file():
        return path
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(tmp)
        try:
            db.execute("CREATE TABLE rules (suffix TEXT PRIMARY KEY, lemmas TEXT NOT NULL) WITHOUT ROWID")
            db.executemany(
                "INSERT INTO rules VALUES (?, ?)",
                ((suffix, json.dumps([lemma for lemma, _locked in lemmas], ensure_ascii=False))
                 for suffix, lemmas in rules.items()),
            )  # fmt: skip
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            tmp.unlink()
        return None
    return path
