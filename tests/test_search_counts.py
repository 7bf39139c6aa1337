"""The search index's counts equal a recount of its rows after responses are read again or deleted.

BM25 reads each term's passage count (`search_terms.docs`) and the passages' number and
total length (`search_meta`); a count left high after a passage left the index ranks
every query with that term lower than a fresh index would.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from fixtures import make_docx
from intake_fixtures import make_mail
from pg_harness import raw_db

from hoering.store import Archive, dialect
from hoering.store.migrations import m007_search_counts_exact
from hoering.store.responses import delete_response

CONFIG = """title = "Mentorindsatsen"
[themes.mentor]
label = "Mentorindsatsen"
keywords = ["mentor"]
"""
BODY = (
    "Vi har læst forslaget grundigt og vil gerne kommentere mentorindsatsen. Mentorindsatsen "
    "hjælper mange ledige tilbage i arbejde, og en besparelse vil ramme dem hårdt.\n\n"
    "Vi opfordrer udvalget til at genoverveje forslaget om mentorindsatsen.\n\n"
    "Med venlig hilsen\nKaren Nielsen\n"
)
ATTACHMENT = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet ønsker at bevare mentorindsatsen for de ledige.",
    "Haveprojektet må heller ikke forsvinde.",
]


def recount(db: sqlite3.Connection) -> tuple[Counter, int, int]:
    """Each term's passages, the passages and their total length, counted from the rows."""
    terms: Counter[str] = Counter()
    docs = length = 0
    for lemmas, forms, size in db.execute("SELECT lemmas, forms, length FROM search_docs"):
        terms.update(set(lemmas.split()) | set(forms.split()))
        docs += 1
        length += size
    return terms, docs, length


def assert_counts_exact(archive_dir: Path) -> None:
    with raw_db(archive_dir) as db:
        terms, docs, length = recount(db)
        stored = {t: n for t, n in db.execute("SELECT term, docs FROM search_terms") if n}
        meta = dict(db.execute("SELECT key, value FROM search_meta WHERE key IN ('docs', 'length')"))
        passages = db.execute("SELECT count(*) FROM passages").fetchone()[0]
        if dialect.of(db) == dialect.SQLITE:
            db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    wrong = {t: (stored.get(t, 0), terms[t]) for t in set(stored) | set(terms) if stored.get(t, 0) != terms[t]}
    assert not wrong, f"search_terms.docs (stored, recount) off for {wrong}"
    assert (int(meta["docs"]), int(meta["length"])) == (docs, length)
    assert docs == passages


@pytest.fixture
def mailed(hoering, archive_dir, tmp_path) -> Path:
    """A consultation with one e-mail (a letter of its own) and its attachment, collected."""
    folder = tmp_path / "svar"
    folder.mkdir()
    attachment = make_docx(tmp_path / "bilag.docx", ATTACHMENT)
    make_mail(folder / "svar.eml", BODY, attachments=[("bilag.docx", attachment.read_bytes())])
    config = tmp_path / "c.toml"
    config.write_text(CONFIG, encoding="utf-8")
    hoering("new", "mentor", "--config", config)
    hoering("collect", "mentor", folder)
    assert_counts_exact(archive_dir)
    return folder


def found(hoering, query: str) -> set[int]:
    return {h["response_id"] for h in json.loads(hoering("search", "--json", query).stdout)}


def _response_id(archive_dir: Path, number: int) -> int:
    with Archive(archive_dir) as archive:
        return archive.response(archive.consultation("mentor"), number).id


def test_reread_email_keeps_counts_exact(hoering, archive_dir, mailed):
    email = _response_id(archive_dir, 1)
    with raw_db(archive_dir) as db:
        # As a collect killed between the e-mail's row and its attachments' leaves it.
        db.execute("UPDATE responses SET attachments_pending = 1 WHERE id = ?", (email,))
        before = db.execute("SELECT min(id) FROM passages WHERE response_id = ?", (email,)).fetchone()[0]
    hoering("collect", "mentor", mailed)
    with raw_db(archive_dir) as db:
        after = db.execute("SELECT min(id) FROM passages WHERE response_id = ?", (email,)).fetchone()[0]
        pending = db.execute("SELECT attachments_pending FROM responses WHERE id = ?", (email,)).fetchone()[0]
    assert after > before and not pending  # the e-mail was read again, in place
    assert_counts_exact(archive_dir)
    assert found(hoering, "mentorindsats") == {1, 2}


def test_delete_response_removes_it_and_keeps_counts_exact(hoering, archive_dir, mailed):
    email = _response_id(archive_dir, 1)
    with Archive(archive_dir) as archive, archive.transaction() as db:
        delete_response(db, email)
    with raw_db(archive_dir) as db:
        for table, column in (("passages", "response_id"), ("tags", "response_id"), ("responses", "id")):
            assert db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (email,)).fetchone()[0] == 0
        assert db.execute(
            "SELECT count(*) FROM passage_tags WHERE passage_id NOT IN (SELECT id FROM passages)"
        ).fetchone()[0] == 0
        # "genoverveje" was only in the e-mail: it leaves the vocabulary.
        assert db.execute("SELECT docs FROM search_terms WHERE term = 'genoverveje'").fetchone() is None
    assert_counts_exact(archive_dir)
    assert found(hoering, "mentorindsats") == {2}


@pytest.mark.sqlite_only("an archive as an older version left its SQLite file: a trigger and drifted counts")
def test_migration_recounts_a_drifted_archive(hoering, archive_dir, mailed):
    with raw_db(archive_dir) as db:
        # Counts as the old passage trigger left them: rows gone, counts not lowered.
        db.execute("UPDATE search_terms SET docs = docs + 2 WHERE term = 'mentorindsats'")
        db.execute("INSERT INTO search_terms VALUES ('forsvundet', 'tednuvsrof', 3)")
        db.execute("UPDATE search_meta SET value = value + 5 WHERE key IN ('docs', 'length')")
        db.execute(
            "CREATE TRIGGER search_forget_passage AFTER DELETE ON passages BEGIN SELECT 1; END"
        )
        db.execute("DELETE FROM _migrations WHERE name = ?", (m007_search_counts_exact.__name__,))
    Archive(archive_dir).close()  # opening applies the migration
    with raw_db(archive_dir) as db:
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_forget_passage'").fetchone() is None
    assert_counts_exact(archive_dir)
