"""Deleting for good (`hoering delete`, `purge`, `log`): nothing of a deleted response is left.

Two real consultations share one identical file; each test runs the real CLI against a real
archive and then reads every table that refers to responses or consultations, the search
index, the file store and the database file's bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from fixtures import make_docx
from intake_fixtures import make_mail
from test_search_counts import assert_counts_exact

from hoering import retention
from hoering.model import RetentionStart, ThemeSuggestion
from hoering.store import Archive
from hoering.store import tags as tag_store
from hoering.store.search_index import DOC_BITS

# What deleting for good leaves in the SQLite file: free pages, the WAL, FTS5's segments,
# files/; the same deletions on PostgreSQL: tests/test_backends.py.
pytestmark = pytest.mark.sqlite_only("reads the SQLite file's bytes, FTS5 segments and files/ directly")

CITIZEN = "Karen Margrethe Kvistgaard"
CITIZEN_TEXT = "Min søn har brug for sin mentor hver uge, ellers mister han fodfæstet i Kvistgaardhuset."
MAIL_BODY = (
    "Til Beskæftigelsesudvalget\n\nVedhæftet vores høringssvar om Strandengsprojektet, som vi "
    "håber udvalget vil bevare.\n\nMed venlig hilsen\nJens Ole Bramsnæs\n"
)
ATTACHMENT = [
    "Høringssvar fra Ældrerådet",
    "Ældrerådet ønsker at bevare Strandengsprojektet og mentorindsatsen for de ledige.",
    "Fjordstiens vedligehold må heller ikke forsvinde.",
]
SHARED = [
    "Høringssvar fra Handicaprådet",
    "Handicaprådet bakker op om haveprojektet og ønsker mentorindsatsen bevaret.",
]
PARK = ["Høringssvar fra LBR", "LBR støtter forslaget om Bålhytten i Skovparken."]
# Words only the letters that are deleted hold (search and the database file are checked for them).
ONLY_DELETED = ("Strandengsprojekt", "Fjordsti", "Kvistgaard", "Bramsn")

CONFIG = """title = "{title}"
case_number = "2024-001234"
deadline = {deadline}
parties = ["Ældrerådet", "Handicaprådet"]
{extra}
[themes.mentor]
label = "Mentorindsatsen"
keywords = ["mentor", "mentorindsats"]
"""


def config(tmp_path: Path, name: str, *, deadline: str = "2018-11-01", extra: str = "") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(CONFIG.format(title=f"Høring {name}", deadline=deadline, extra=extra), encoding="utf-8")
    return path


@pytest.fixture
def two(hoering, tmp_path) -> dict:
    """Consultations "akt" (a citizen's letter and its copy, an e-mail with an attachment, the
    shared file) and "park" (the shared file and a letter of its own), collected."""
    shared = make_docx(tmp_path / "shared.docx", SHARED)
    akt, park = tmp_path / "akt", tmp_path / "park"
    akt.mkdir()
    park.mkdir()
    make_docx(akt / "kvistgaard-borger.docx", ["Til Beskæftigelsesudvalget", CITIZEN_TEXT, "Med venlig hilsen", CITIZEN])
    shutil.copy(akt / "kvistgaard-borger.docx", akt / "kvistgaard-kopi.docx")
    attachment = make_docx(tmp_path / "bilag-aeldreraadet.docx", ATTACHMENT)
    make_mail(akt / "svar-bramsnaes.eml", MAIL_BODY, sender="Jens Ole Bramsnæs <jens@example.dk>",
              attachments=[("bilag-aeldreraadet.docx", attachment.read_bytes())])  # fmt: skip
    shutil.copy(shared, akt / "handicapraadet.docx")
    shutil.copy(shared, park / "handicapraadet.docx")
    make_docx(park / "lbr.docx", PARK)
    hoering("new", "akt", "--config", config(tmp_path, "akt"))
    hoering("new", "park", "--config", config(tmp_path, "park", deadline="2999-01-01"))
    hoering("collect", "akt", akt)
    hoering("collect", "park", park)
    numbers = {r["file"]: r["id"] for r in hoering.export("akt")["responses"]}
    return {"akt": akt, "park": park, "numbers": numbers}


def db_path(archive_dir: Path) -> Path:
    return archive_dir / "archive.sqlite"


def rows_of(archive_dir: Path, slug: str, numbers=None) -> dict:
    """Response ids, numbers and hashes of a consultation (of `numbers` only, when given)."""
    with sqlite3.connect(db_path(archive_dir)) as db:
        rows = db.execute(
            "SELECT r.id, r.number, r.sha256 FROM responses r JOIN consultations c ON c.id = r.consultation_id "
            "WHERE c.slug = ?",
            (slug,),
        ).fetchall()
    db.close()
    rows = [r for r in rows if numbers is None or r[1] in numbers]
    return {"ids": {r[0] for r in rows}, "numbers": {r[1] for r in rows}, "hashes": {r[2] for r in rows}}


def leftovers(archive_dir: Path, consultation_id: int, ids: set[int], numbers: set[int]) -> dict[str, int]:
    """Rows anywhere that still refer to the deleted responses; every count must be 0."""
    found: dict[str, int] = {}
    with sqlite3.connect(db_path(archive_dir)) as db:
        def count(name: str, sql: str, args=()) -> None:
            found[name] = db.execute(sql, args).fetchone()[0]

        id_list, number_list = json.dumps(sorted(ids)), json.dumps(sorted(numbers))
        count("responses", "SELECT count(*) FROM responses WHERE id IN (SELECT value FROM json_each(?))", (id_list,))
        for table in ("passages", "tags"):
            count(table, f"SELECT count(*) FROM {table} WHERE response_id IN (SELECT value FROM json_each(?))", (id_list,))
        count("passage_tags", "SELECT count(*) FROM passage_tags WHERE passage_id NOT IN (SELECT id FROM passages)")
        count("tags (orphans)", "SELECT count(*) FROM tags WHERE response_id NOT IN (SELECT id FROM responses)")
        count("passages (orphans)", "SELECT count(*) FROM passages WHERE response_id NOT IN (SELECT id FROM responses)")
        for table in ("overrides", "tag_corrections"):
            count(table, f"SELECT count(*) FROM {table} WHERE consultation_id = ? "
                  "AND number IN (SELECT value FROM json_each(?))", (consultation_id, number_list))  # fmt: skip
        count("revision overrides", "SELECT count(*) FROM overrides WHERE consultation_id = ? AND field = 'revision_of' "
              "AND CAST(value AS INTEGER) IN (SELECT value FROM json_each(?))", (consultation_id, number_list))  # fmt: skip
        count("links", "SELECT count(*) FROM responses WHERE consultation_id = ? AND (via_email IN (SELECT value FROM "
              "json_each(?1)) OR duplicate_of IN (SELECT value FROM json_each(?1)) OR campaign IN (SELECT value FROM "
              "json_each(?1)) OR revision_of IN (SELECT value FROM json_each(?1)))".replace("?1", "?2"),
              (consultation_id, number_list))  # fmt: skip
        suggested = 0
        for keys, passages in db.execute(
            "SELECT response_numbers, passages FROM suggested_themes WHERE consultation_id = ?", (consultation_id,)
        ):
            mentioned = set(json.loads(keys)) | {p["response_id"] for p in json.loads(passages)}
            suggested += len(mentioned & numbers)
        found["suggested_themes"] = suggested
        docs = [doc for (doc,) in db.execute("SELECT doc FROM search_docs")]
        found["search_docs"] = sum(1 for doc in docs if doc >> DOC_BITS in ids)
        fts = [rowid for (rowid,) in db.execute("SELECT rowid FROM search_index WHERE search_index MATCH 'mentor*'")]
        found["search_index"] = sum(1 for rowid in fts if rowid >> DOC_BITS in ids)
        found["search_senders"] = db.execute(
            "SELECT count(*) FROM search_senders WHERE rowid IN (SELECT value FROM json_each(?))", (id_list,)
        ).fetchone()[0]
    db.close()
    return found


def consultation_id(archive_dir: Path, slug: str) -> int:
    with Archive(archive_dir) as archive:
        return archive.consultation(slug).id


def blob_files(archive_dir: Path) -> set[str]:
    return {p.name for p in (archive_dir / "files").glob("??/*") if len(p.name) == 64}


def blob_rows(archive_dir: Path) -> set[str]:
    with sqlite3.connect(db_path(archive_dir)) as db:
        rows = {sha for (sha,) in db.execute("SELECT sha256 FROM blobs")}
    db.close()
    return rows


def assert_healthy(archive_dir: Path) -> None:
    with sqlite3.connect(db_path(archive_dir)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.execute("INSERT INTO search_senders (search_senders, rank) VALUES ('integrity-check', 1)")
    db.close()
    assert_counts_exact(archive_dir)  # search_terms and search_meta equal a recount; FTS5 integrity
    # Every original with a row is on disk, and every file on disk has a row.
    assert blob_files(archive_dir) == blob_rows(archive_dir)


def archive_bytes(archive_dir: Path) -> bytes:
    """The database and its WAL, lower-cased (the index holds lower-cased terms)."""
    return b"".join(p.read_bytes() for p in archive_dir.glob("archive.sqlite*")).lower()


def search_hits(hoering, *words: str) -> list[dict]:
    return json.loads(hoering("search", "--json", *words).stdout)


def audit_rows(archive_dir: Path) -> list[tuple]:
    with sqlite3.connect(db_path(archive_dir)) as db:
        rows = db.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    db.close()
    return rows


def assert_no_personal_data(text: str) -> None:
    for needle in (CITIZEN, "Kvistgaard", "Bramsnæs", "Strandengsprojektet", "mentor hver uge",
                   "kvistgaard-borger.docx", "svar-bramsnaes.eml", "bilag-aeldreraadet.docx", "Ældrerådet"):  # fmt: skip
        assert needle.casefold() not in text.casefold(), needle


# --- one response ---------------------------------------------------------------------------


def test_deleting_an_email_deletes_its_attachment_and_leaves_nothing_of_either(hoering, archive_dir, two):
    numbers = two["numbers"]
    email, attachment = numbers["svar-bramsnaes.eml"], numbers["svar-bramsnaes.eml › bilag-aeldreraadet.docx"]
    citizen = numbers["kvistgaard-borger.docx"]
    # A person's decisions about the e-mail and its attachment, and a suggestion quoting it.
    hoering("set-sender", "akt", email, "Jens Ole Bramsnæs", "--citizen")
    hoering("tag", "akt", attachment, "mentor", "--stance", "imod")
    hoering("set-revision", "akt", citizen, "--of", attachment)
    cid = consultation_id(archive_dir, "akt")
    with Archive(archive_dir) as archive, archive.transaction() as db:
        tag_store.replace_suggestions(db, cid, [
            ThemeSuggestion(1, "strandeng", ["strandeng"], [attachment, citizen], [(attachment, ATTACHMENT[1])]),
            ThemeSuggestion(2, "haveprojekt", ["haveprojekt"], [numbers["handicapraadet.docx"]], []),
        ])  # fmt: skip
    going = rows_of(archive_dir, "akt", {email, attachment})
    park_before = hoering.export("park")
    assert search_hits(hoering, "Strandengsprojektet")

    result = hoering("delete", "akt", email, "--yes")
    assert "bilag" in result.output and "slettes med den" in result.output  # says what happens to attachments
    assert f"Slettede nr. {min(email, attachment)} og {max(email, attachment)}" in result.output

    left = leftovers(archive_dir, cid, going["ids"], going["numbers"])
    assert not any(left.values()), left
    with sqlite3.connect(db_path(archive_dir)) as db:
        remaining = [s for (s,) in db.execute("SELECT n FROM suggested_themes WHERE consultation_id = ?", (cid,))]
    db.close()
    assert remaining == [2]  # the suggestion built on the attachment went, the other stayed
    assert not blob_files(archive_dir) & going["hashes"] and not blob_rows(archive_dir) & going["hashes"]
    assert_healthy(archive_dir)
    for word in ("Strandengsprojektet", "Fjordstien", "Bramsnæs"):
        assert search_hits(hoering, word) == []
    assert hoering("search", "--sender", "Bramsnæs", "mentor").output.startswith("Ingen høringssvar")
    assert {h["response_id"] for h in search_hits(hoering, "haveprojektet")} == {numbers["handicapraadet.docx"], 1}
    assert hoering.export("park") == park_before
    exported = {r["id"]: r for r in hoering.export("akt")["responses"]}
    assert email not in exported and attachment not in exported
    assert exported[citizen]["revision_of"] is None  # the revision override named a deleted response
    # Not in the database file's free pages, the FTS5 segments or the WAL either.
    data = archive_bytes(archive_dir)
    for word in ("Strandengsprojekt", "Fjordsti", "Bramsn"):
        assert word.lower().encode() not in data, word


def test_deleting_a_letter_deletes_its_copy_and_its_number_is_not_given_again(hoering, archive_dir, two):
    numbers = two["numbers"]
    letter, copy = numbers["kvistgaard-borger.docx"], numbers["kvistgaard-kopi.docx"]
    going = rows_of(archive_dir, "akt", {letter, copy})
    assert len(going["hashes"]) == 1
    highest = max(numbers.values())
    result = hoering("delete", "akt", letter, "--yes")
    assert f"dublet af nr. {letter}" in result.output
    assert not any(leftovers(archive_dir, consultation_id(archive_dir, "akt"), going["ids"], going["numbers"]).values())
    assert not blob_files(archive_dir) & going["hashes"]
    assert search_hits(hoering, "Kvistgaardhuset") == []
    assert_healthy(archive_dir)
    assert b"kvistgaard" not in archive_bytes(archive_dir)

    # The files are still in the folder: the next collect brings them back, under new numbers.
    hoering("collect", "akt", two["akt"])
    back = {r["file"]: r["id"] for r in hoering.export("akt")["responses"]}
    assert back["kvistgaard-borger.docx"] > highest and back["kvistgaard-kopi.docx"] > highest
    assert going["hashes"] <= blob_files(archive_dir)  # the original was copied in again
    assert_healthy(archive_dir)


def test_deleting_an_attachment_keeps_its_email_and_says_how_to_delete_it(hoering, archive_dir, two):
    numbers = two["numbers"]
    email, attachment = numbers["svar-bramsnaes.eml"], numbers["svar-bramsnaes.eml › bilag-aeldreraadet.docx"]
    result = hoering("delete", "akt", attachment, "--yes")
    assert f"kom som bilag til e-mail nr. {email}, som ikke slettes" in result.output
    assert f"hoering delete akt {email}" in result.output
    exported = {r["id"] for r in hoering.export("akt")["responses"]}
    assert email in exported and attachment not in exported
    assert_healthy(archive_dir)


def test_an_unknown_response_is_refused_in_danish(hoering, two):
    result = hoering("delete", "akt", "99", "--yes", ok=False)
    assert result.exit_code == 1 and "Høringssvar nr. 99 findes ikke" in result.output


# --- a whole consultation -------------------------------------------------------------------


def test_deleting_a_consultation_keeps_the_file_another_consultation_shares(hoering, archive_dir, two):
    cid = consultation_id(archive_dir, "akt")
    akt = rows_of(archive_dir, "akt")
    park = rows_of(archive_dir, "park")
    shared = akt["hashes"] & park["hashes"]
    assert len(shared) == 1
    hoering("set-sender", "akt", two["numbers"]["kvistgaard-borger.docx"], CITIZEN, "--citizen")
    hoering("tag", "akt", two["numbers"]["handicapraadet.docx"], "mentor", "--remove")
    park_before = hoering.export("park")

    result = hoering("delete", "akt", "--yes")
    assert "1 bevares, fordi en anden høring har den samme fil" in result.output
    assert "Slettede høringen »akt« med 5 svar" in result.output

    assert not any(leftovers(archive_dir, cid, akt["ids"], akt["numbers"]).values())
    with sqlite3.connect(db_path(archive_dir)) as db:
        for table in ("consultations", "overrides", "tag_corrections", "suggested_themes", "responses"):
            column = "id" if table == "consultations" else "consultation_id"
            assert db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (cid,)).fetchone()[0] == 0, table
    db.close()
    assert shared <= blob_files(archive_dir) and shared <= blob_rows(archive_dir)
    assert not blob_files(archive_dir) & (akt["hashes"] - shared)
    assert_healthy(archive_dir)
    assert hoering.export("park") == park_before
    assert {(h["consultation"], h["response_id"]) for h in search_hits(hoering, "haveprojektet")} == {("park", 1)}
    assert search_hits(hoering, "Kvistgaardhuset") == [] and search_hits(hoering, "Strandengsprojektet") == []
    assert "akt" not in hoering("list").output
    data = archive_bytes(archive_dir)
    for word in ONLY_DELETED:
        assert word.lower().encode() not in data, word

    # The slug can be used again, from nothing.
    hoering("new", "akt", "--config", config(two["akt"].parent, "igen"))
    hoering("collect", "akt", two["akt"])
    assert len(hoering.export("akt")["responses"]) == 5
    assert_healthy(archive_dir)


# --- confirmation and the log ---------------------------------------------------------------


@pytest.mark.parametrize("args", [("delete", "akt"), ("delete", "akt", "1")])
def test_without_yes_and_without_a_terminal_nothing_is_deleted(hoering, archive_dir, two, args):
    before = hoering.export("akt"), blob_files(archive_dir)
    result = hoering(*args, ok=False)
    assert result.exit_code == 1
    assert "Intet er slettet" in result.stderr and f"»hoering {' '.join(args)} --yes«" in result.stderr
    assert "slettes" in result.stdout  # what would have gone was shown
    assert (hoering.export("akt"), blob_files(archive_dir)) == before
    assert audit_rows(archive_dir) == []


def test_the_log_records_deletions_without_personal_data(hoering, archive_dir, two):
    numbers = two["numbers"]
    hoering("delete", "akt", numbers["kvistgaard-borger.docx"], "--yes")
    hoering("delete", "akt", numbers["svar-bramsnaes.eml"], "--yes")
    hoering("delete", "park", "--yes")
    rows = audit_rows(archive_dir)
    assert [(r[3], r[4], r[5]) for r in rows] == [
        ("delete_response", "akt", numbers["kvistgaard-borger.docx"]),
        ("delete_response", "akt", numbers["svar-bramsnaes.eml"]),
        ("delete_consultation", "park", None),
    ]
    assert all(r[2] for r in rows)  # who: the operating system's user
    assert "med dublet" in rows[0][6] and "(e-mail) slettet med bilag" in rows[1][6]
    assert "Sagsnr. 2024-001234" in rows[2][6] and "1 bevaret (bruges af en anden høring)" in rows[2][6]
    assert_no_personal_data(repr(rows))
    shown = hoering("log").output
    assert "svar slettet" in shown and "høring slettet" in shown
    assert_no_personal_data(shown)
    only_park = hoering("log", "park").output
    assert "park" in only_park and "svar slettet" not in only_park
    assert_no_personal_data(archive_bytes(archive_dir).decode("latin-1"))


def test_orphan_files_are_removed_by_the_next_deletion(hoering, archive_dir, two):
    # A deletion interrupted after its commit leaves its original on disk without a row.
    orphan = archive_dir / "files" / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"original of a deleted response")
    stray = archive_dir / "files" / "ab" / "notes.txt"  # not an original: left alone
    stray.write_text("x")
    result = hoering("purge", "--yes")
    assert "Ingen høringer har en udløbet opbevaringsfrist" in result.output
    assert "Fjernede 1 originalfil, som en afbrudt sletning efterlod" in result.output
    assert not orphan.exists() and stray.exists()
    assert audit_rows(archive_dir)[-1][3] == "sweep_files"
    assert_healthy(archive_dir)


# --- retention ------------------------------------------------------------------------------


def test_purge_deletes_the_consultations_past_their_retention_and_no_other(hoering, archive_dir, tmp_path, two):
    # "akt" (deadline 2018-11-01) and "park" (deadline 2999) have no rule; give them one.
    hoering("config", "akt", "--config", config(tmp_path, "akt", extra="delete_after_days = 30"))
    hoering("config", "park", "--config", config(tmp_path, "park", deadline="2999-01-01", extra="delete_after_days = 30"))
    folder = tmp_path / "uden-frist"
    folder.mkdir()
    make_docx(folder / "svar.docx", ["Høringssvar", "Vi støtter mentorindsatsen i Sønderparken."])
    undated = tmp_path / "uden.toml"
    undated.write_text('title = "Uden frist"\ndelete_after_days = 1\n', encoding="utf-8")
    hoering("new", "uden", "--config", undated)
    hoering("collect", "uden", folder)
    park = rows_of(archive_dir, "park")

    warned = hoering("status", "akt")
    assert "ADVARSEL: Opbevaringsfristen for høringen »akt« er udløbet: den skulle slettes fra 2018-12-01" in warned.stderr
    assert "30 dage efter høringsfristen 2018-11-01" in warned.stderr and "hoering purge" in warned.stderr
    assert "Nr." in warned.stdout  # the table still follows
    for slug in ("park", "uden"):  # deadline ahead; collected today, one day to go
        assert "ADVARSEL" not in hoering("status", slug).stderr

    refused = hoering("purge", ok=False)
    assert refused.exit_code == 1 and "»hoering purge --yes«" in refused.stderr
    assert "akt" in refused.stdout and "park" not in refused.stdout
    assert {c["slug"] for c in _consultations(archive_dir)} == {"akt", "park", "uden"}

    result = hoering("purge", "--yes")
    assert "Slettede høringen »akt« med 5 svar" in result.output
    assert {c["slug"] for c in _consultations(archive_dir)} == {"park", "uden"}
    assert rows_of(archive_dir, "park") == park
    assert_healthy(archive_dir)
    entry = audit_rows(archive_dir)[-1]
    assert entry[3:5] == ("purge_consultation", "akt")
    assert "opbevaringsfrist 30 dage efter høringsfristen 2018-11-01" in entry[6]
    assert "Ingen høringer" in hoering("purge", "--yes").output


def _consultations(archive_dir: Path) -> list[dict]:
    with Archive(archive_dir) as archive:
        return [{"slug": c.slug} for c in archive.consultations()]


def test_retention_counts_from_the_deadline_else_the_last_collect(hoering, archive_dir, tmp_path):
    hoering("new", "frist", "--config", config(tmp_path, "frist", extra="delete_after_days = 365"))
    undated = tmp_path / "uden.toml"
    undated.write_text('title = "Uden frist"\ndelete_after_days = 10\n', encoding="utf-8")
    hoering("new", "uden", "--config", undated)
    with Archive(archive_dir) as archive:
        rule = retention.retention(archive, archive.consultation("frist"))
        assert (rule.start, rule.counted_from, rule.due) == (dt.date(2018, 11, 1), RetentionStart.DEADLINE, dt.date(2019, 11, 1))
        assert not rule.overdue(dt.date(2019, 10, 31)) and rule.overdue(dt.date(2019, 11, 1))
        rule = retention.retention(archive, archive.consultation("uden"))
        assert rule.counted_from == RetentionStart.CREATED and rule.start == dt.date.today()
        assert [c.slug for c, _ in retention.overdue(archive, dt.date.today() + dt.timedelta(days=10))] == ["frist", "uden"]
    folder = tmp_path / "svar"
    folder.mkdir()
    make_docx(folder / "svar.docx", ["Høringssvar", "Vi støtter forslaget."])
    hoering("collect", "uden", folder)
    with Archive(archive_dir) as archive:
        assert retention.retention(archive, archive.consultation("uden")).counted_from == RetentionStart.LAST_COLLECT


@pytest.mark.parametrize("value", ["0", "-1", "36501", '"365"', "1.5", "true"])
def test_delete_after_days_must_be_a_whole_number_of_days(hoering, tmp_path, value):
    path = tmp_path / "akt.toml"
    path.write_text(f'title = "Aktivering"\ndelete_after_days = {value}\n', encoding="utf-8")
    result = hoering("new", "akt", "--config", path, ok=False)
    assert result.exit_code == 1
    assert "akt.toml, linje 2: delete_after_days skal være et helt antal dage fra 1 til 36500 (100 år)" in result.output
    assert f"ikke {value}." in result.output


def test_delete_after_days_is_kept_and_a_danish_key_is_recognised(hoering, tmp_path):
    path = tmp_path / "akt.toml"
    path.write_text('title = "Aktivering"\nslet_efter_dage = 365\n', encoding="utf-8")
    assert "Mente du delete_after_days?" in hoering("new", "akt", "--config", path, ok=False).output
    path.write_text('title = "Aktivering"\ndelete_after_days = 365\n', encoding="utf-8")
    hoering("new", "akt", "--config", path)
    assert "delete_after_days = 365" in hoering("config", "akt").output
    assert hoering.export("akt")["consultation"]["delete_after_days"] == 365


def test_an_archive_from_before_keeps_giving_new_numbers(hoering, archive_dir, two):
    from hoering.store.migrations import m009_deletion

    with sqlite3.connect(db_path(archive_dir)) as db:  # as an earlier version left it
        db.execute("DROP INDEX responses_blob")
        db.execute("ALTER TABLE consultations DROP COLUMN last_number")
        db.execute("DELETE FROM _migrations WHERE name = ?", (m009_deletion.__name__,))
    db.close()
    highest = max(two["numbers"].values())
    hoering("delete", "akt", highest, "--yes")  # opening migrates; the newest response goes
    later = two["akt"].parent / "senere"
    later.mkdir()
    make_docx(later / "nyt.docx", ["Høringssvar", "Et nyt svar om Sønderparken."])
    hoering("collect", "akt", later)
    assert {r["file"]: r["id"] for r in hoering.export("akt")["responses"]}["nyt.docx"] == highest + 1
