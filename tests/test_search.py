"""`hoering search`, `show` and `reindex` over an archive of three real consultations.

The archive is built once per module with the real CLI (`new`, `collect`) from PDF, DOCX
and text files made by tests/fixtures.py; tests that change it work on a copy.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures import RESPONSE_LMU, make_docx, make_pdf

from hoering import search
from hoering.analysis import danish
from hoering.cli import main
from hoering.pipeline import derive as analysis
from hoering.search import engine, indexing
from hoering.store import Archive, search_index
from hoering.store import responses as stored_responses

CONFIG = """title = "{title}"
parties = ["Ældrerådet", "Handicaprådet", "LMU i Job- og Aktivhuset", "Danmarks Naturfredningsforening"]
[themes.mentor]
label = "Mentorindsatsen"
keywords = ["mentor"]
"""

AELDRE = [
    "Høringssvar fra Ældrerådet",
    "Aalborg, den 30. oktober 2018",
    "Ældrerådet er imod besparelserne på aktiveringsområdet. Mentorstøtten til de ældre "
    "ledige og Haveprojektet må ikke forsvinde.",
    "Vi er bekymrede for de ældre borgere, der i dag får hjælp til havearbejde og snerydning.",
]
BORGER_AKT = (
    "Kære udvalg\n\nJeg er imod lukningen af Haveprojektet, som hjælper min mor med "
    "snerydning. Skrevet 28. oktober 2018.\n\nVenlig hilsen\nKaren Nielsen\n"
)
NATUR = [
    "Høringssvar fra Danmarks Naturfredningsforening",
    "København, 3. marts 2021",
    "Søen ved Bakkegården skal beskyttes. I år har vi talt mange fugle ved søen, og en sti "
    "rundt om sø og mose vil forstyrre dem.",
]
LANDMAND = [
    "Høringssvar fra Landboforeningen",
    "Holbæk, 5. marts 2021",
    "En so med grise går på marken hele sommeren. Stien vil efterlade et ar i landskabet, og "
    "soen skal have ro.",
]
HANDICAP = [
    "Høringssvar fra Handicaprådet",
    "Holbæk, den 2. februar 2023",
    "Handicaprådet bakker op om mentorordningen. Mentorer gør en stor forskel for borgere "
    "med handicap, og besparelser på området vil ramme hårdt.",
]
BORGER_MENTOR = (
    "Til udvalget\n\nJeg har selv haft en mentor i to år, og det hjalp mig tilbage i job. "
    "Jeg håber, at justeringen af mentor indsatsen følges tæt. Skrevet 1. februar 2023."
    "\n\nMed venlig hilsen\nPeter Hansen\n"
)


def run(archive_dir: Path, *args, ok: bool = True):
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), *map(str, args)], catch_exceptions=False
    )
    if ok and result.exit_code != 0:
        raise AssertionError(f"hoering {args} failed ({result.exit_code}):\n{result.output}")
    return result


def hits(archive_dir: Path, *args) -> list[dict]:
    return json.loads(run(archive_dir, "search", "--json", *args).stdout)


def found(archive_dir: Path, *args) -> set[tuple[str, int]]:
    return {(h["consultation"], h["response_id"]) for h in hits(archive_dir, *args)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Three consultations, collected with the CLI; returns the archive directory."""
    base = tmp_path_factory.mktemp("search")
    archive_dir = base / "archive"
    consultations = {
        "aktivering": ("Besparelser på aktiveringsområdet", {
            # Dated by its date line (the body's "mødet den 29. oktober" is not the letter's date).
            "01_lmu.pdf": lambda p: make_pdf(p, [["Holbæk, den 29. oktober 2018", *RESPONSE_LMU]],
                                             header="LMU i Job- og Aktivhuset"),
            "02_aeldre.docx": lambda p: make_docx(p, AELDRE),
            "03_borger.txt": lambda p: p.write_text(BORGER_AKT, encoding="utf-8"),
        }),
        "naturpleje": ("Naturpleje ved søerne", {
            "01_natur.pdf": lambda p: make_pdf(p, [NATUR]),
            "02_landbo.docx": lambda p: make_docx(p, LANDMAND),
        }),
        "mentor-2023": ("Mentorindsatsen 2023", {
            "01_handicap.docx": lambda p: make_docx(p, HANDICAP),
            "02_borger.txt": lambda p: p.write_text(BORGER_MENTOR, encoding="utf-8"),
        }),
    }  # fmt: skip
    for slug, (title, files) in consultations.items():
        folder = base / slug
        folder.mkdir()
        for name, make in files.items():
            make(folder / name)
        config = base / f"{slug}.toml"
        config.write_text(CONFIG.format(title=title), encoding="utf-8")
        run(archive_dir, "new", slug, "--config", config)
        run(archive_dir, "collect", slug, folder)
    return archive_dir


@pytest.fixture
def copy(built, tmp_path) -> Path:
    """A private copy of the module's archive, for tests that change it."""
    target = tmp_path / "archive"
    with Archive(built) as archive:
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(built, target)
    return target


def integrity_ok(archive_dir: Path) -> None:
    with Archive(archive_dir) as archive:
        archive.db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        docs = archive.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        passages = archive.db.execute("SELECT count(*) FROM passages").fetchone()[0]
        assert docs == passages
        assert archive.db.execute("SELECT value FROM search_meta WHERE key = 'docs'").fetchone()[0] == docs


# --- the archive is what we think it is ---------------------------------------------------


def test_fixture_archive_is_collected_and_indexed(built):
    statuses = {}
    with Archive(built) as archive:
        for c in archive.consultations():
            for r in archive.responses(c):
                statuses[(c.slug, r.number)] = (r.status, r.sender_kind, r.received)
    assert all(s[0] == "ok" for s in statuses.values()), statuses
    assert statuses[("aktivering", 3)][1] == "citizen"
    assert statuses[("mentor-2023", 1)][2] == "2023-02-02"
    integrity_ok(built)


# --- Danish-aware matching ------------------------------------------------------------


def test_compounds_and_inflections_of_mentor(built):
    result = hits(built, "mentor")
    where = {(h["consultation"], h["response_id"]) for h in result}
    assert where == {("aktivering", 1), ("aktivering", 2), ("mentor-2023", 1), ("mentor-2023", 2)}
    matched = {w.lower() for h in result for w in h["matched"]}
    assert {"mentorindsatsen", "mentorstøtten", "mentorer", "mentor"} <= matched


@pytest.mark.parametrize(
    "query, surface",
    [
        ("mentor", "Mentorer"),
        ("mentor", "Mentorstøtten"),
        ("mentorindsats", "mentorindsatsen"),
        ("haveprojekt", "Haveprojektet"),
        ("besparelse", "besparelserne"),
        ("indsats", "mentorindsatsen"),  # the compound's head: a mentorindsats is an indsats
    ],
)
def test_query_finds_the_surface_form_and_highlights_it(built, query, surface):
    result = hits(built, query, "--limit", "50")
    assert any(surface in h["matched"] for h in result) or any(
        f"»{surface}«" in h["snippet"] for h in result
    ), (query, surface, [h["snippet"] for h in result])


def test_show_each_surface_form_somewhere(built):
    # "mentor" also finds the compound and the plural in the passages that have them.
    snippets = " ".join(h["snippet"] for h in hits(built, "mentor", "--consultation", "mentor-2023"))
    assert "»Mentorer«" in snippets and "»mentorordningen«" in snippets


@pytest.mark.parametrize(
    "query, present, absent",
    [
        ("sø", ("naturpleje", 1), ("naturpleje", 2)),
        ("so", ("naturpleje", 2), ("naturpleje", 1)),
        ("år", ("naturpleje", 1), ("naturpleje", 2)),
        ("ar", ("naturpleje", 2), ("naturpleje", 1)),
    ],
)
def test_aeoa_are_never_folded(built, query, present, absent):
    where = found(built, query, "--consultation", "naturpleje")
    assert present in where and absent not in where


def test_phrases_match_in_order_and_by_lemma(built):
    assert ("aktivering", 1) in found(built, '"justering af mentor"')
    assert found(built, '"mentor justering"') == set()
    # A citizen wrote "justeringen af mentor indsatsen": the same lemmas.
    assert ("mentor-2023", 2) in found(built, '"justering af mentor"')
    snippet = hits(built, '"haveprojektet fortsætter"')[0]["snippet"]
    assert "»Haveprojektet fortsætter«" in snippet


def test_several_words_mean_all_of_them_unless_or(built):
    # In one passage first; then responses that have them in different passages.
    both = hits(built, "mentor", "haveprojekt")
    assert [(h["consultation"], h["response_id"], h["match"]) for h in both] == [
        ("aktivering", 2, "passage"),
        ("aktivering", 1, "response"),
    ]
    assert "ordene står i forskellige afsnit" in run(built, "search", "mentor haveprojekt").stdout
    either = found(built, "haveprojekt", "OR", "sø")
    assert {("aktivering", 3), ("naturpleje", 1)} <= either
    assert found(built, "haveprojekt sø") == set()
    assert ("aktivering", 3) not in found(built, "haveprojekt -snerydning")
    assert ("aktivering", 3) in found(built, "haveprojekt")


def test_stop_words_alone_do_not_narrow(built):
    assert found(built, "mentor og i at") == found(built, "mentor")


def test_results_name_the_consultation_and_rank_best_first(built):
    result = hits(built, "mentor")
    assert {h["consultation"] for h in result} == {"aktivering", "mentor-2023"}
    scores = [h["score"] for h in result]
    assert scores == sorted(scores, reverse=True)
    assert len({(h["consultation"], h["response_id"]) for h in result}) == len(result)


def test_limit(built):
    assert len(hits(built, "mentor", "--limit", "2")) == 2


# --- filters ---------------------------------------------------------------------------


def test_filter_consultation(built):
    assert {c for c, _ in found(built, "mentor", "--consultation", "aktivering")} == {"aktivering"}
    result = run(built, "search", "mentor", "--consultation", "findes-ikke", ok=False)
    assert result.exit_code == 1 and "findes ikke" in result.output


def test_filter_sender_and_party_ignore_case_also_for_aeoa(built):
    assert found(built, "besparelse", "--sender", "ældrerådet") == {("aktivering", 2)}
    assert found(built, "besparelse", "--sender", "HANDICAP") == {("mentor-2023", 1)}
    assert found(built, "besparelse", "--party", "Ældreråd") == {("aktivering", 2)}
    assert found(built, "besparelse", "--sender", "*") == set()  # glob characters are text


def test_sender_filter_follows_a_corrected_sender(copy):
    run(copy, "set-sender", "mentor-2023", "2", "Mentorforeningen Holbæk")
    assert found(copy, "mentor", "--sender", "mentorforening") == {("mentor-2023", 2)}
    assert found(copy, "mentor", "--sender", "Peter Hansen") == set()
    assert found(copy, "mentor", "--sender", "Ø") == set()  # too short for trigrams: GLOB


def test_filter_kind(built):
    citizens = found(built, "haveprojekt OR mentor", "--kind", "citizen")
    assert citizens == {("aktivering", 3), ("mentor-2023", 2)}
    assert ("aktivering", 3) not in found(built, "haveprojekt", "--kind", "organisation")


def test_filter_dates(built):
    assert {c for c, _ in found(built, "mentor", "--since", "2023-01-01")} == {"mentor-2023"}
    assert {c for c, _ in found(built, "mentor", "--until", "2018")} == {"aktivering"}
    assert found(built, "mentor", "--since", "2019", "--until", "2022-12") == set()
    result = run(built, "search", "mentor", "--since", "i går", ok=False)
    assert result.exit_code == 1 and "ÅÅÅÅ-MM-DD" in result.output


def test_filter_theme_uses_tags_and_passage_tags(copy):
    with Archive(copy) as archive:
        db = archive.db
        ids = {
            (r["slug"], r["number"]): r["id"]
            for r in db.execute(
                "SELECT c.slug, r.number, r.id FROM responses r JOIN consultations c ON c.id = r.consultation_id"
            )
        }
        with archive.transaction():
            db.execute("DELETE FROM passage_tags")  # the themes collect found: set our own
            db.execute("DELETE FROM tags")
            db.execute(
                "INSERT INTO tags (response_id, theme, state) VALUES (?, 'mentor', 'discusses')",
                (ids[("mentor-2023", 1)],),
            )
            db.execute(
                "INSERT INTO tags (response_id, theme, state) VALUES (?, 'mentor', 'no_comment')",
                (ids[("mentor-2023", 2)],),
            )
            passage = db.execute(
                "SELECT id FROM passages WHERE response_id = ? AND text LIKE '%Mentorstøtten%'",
                (ids[("aktivering", 2)],),
            ).fetchone()[0]
            db.execute("INSERT INTO passage_tags (passage_id, theme) VALUES (?, 'mentor')", (passage,))
    assert found(copy, "mentor", "--theme", "mentor") == {("mentor-2023", 1), ("aktivering", 2)}
    # Only the tagged passage of response 2 counts: its snerydning passage is not about mentor.
    assert found(copy, "haveprojekt", "--theme", "mentor") == {("aktivering", 2)}
    assert found(copy, "snerydning", "--theme", "mentor") == set()
    # A key no consultation has is refused, not an empty result that looks like "nothing said".
    refused = run(copy, "search", "mentor", "--theme", "mentr", ok=False)
    assert refused.exit_code == 1
    assert "Temaet »mentr« findes ikke i nogen høring" in refused.output
    assert "Mente du »mentor«?" in refused.output
    # A person's correction wins: removing the theme from a response removes it here.
    with Archive(copy) as archive, archive.transaction() as db:
        cid = db.execute("SELECT id FROM consultations WHERE slug = 'mentor-2023'").fetchone()[0]
        db.execute(
            "INSERT INTO tag_corrections (consultation_id, number, theme, action, stance, created) "
            "VALUES (?, 1, 'mentor', 'remove', NULL, '2024-01-01')", (cid,)
        )
        db.execute(
            "INSERT INTO tag_corrections (consultation_id, number, theme, action, stance, created) "
            "VALUES (?, 2, 'mentor', 'add', NULL, '2024-01-01')", (cid,)
        )
    assert found(copy, "mentor", "--theme", "mentor") == {("mentor-2023", 2), ("aktivering", 2)}


FILTERS = [
    search.Filters(consultation="aktivering"),
    search.Filters(sender="ældrerådet"),
    search.Filters(sender="Ø"),
    search.Filters(party="LMU"),
    search.Filters(kind="citizen"),
    search.Filters(since="2019"),
    search.Filters(until="2018-10"),
    search.Filters(theme="mentor"),
    search.Filters(theme="mentor", kind="organisation", since="2018"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(k for k, v in vars(f).items() if v))
@pytest.mark.parametrize("query", ["mentor", "haveprojekt OR sø", '"justering af"'])
def test_every_way_to_apply_a_filter_gives_the_same_result(built, monkeypatch, filters, query):
    """Listed response ids, read directly or tested in the FTS query, or tested per passage."""
    def where(result):
        return {(h.consultation, h.number, h.passage) for h in result.hits}

    with Archive(built) as archive:
        results = []
        for cost_python, listed in ((0.0, 10_000), (1e9, 10_000), (1.0, 0)):
            monkeypatch.setattr(engine, "_COST_PYTHON", cost_python)
            monkeypatch.setattr(engine, "LIST_RESPONSES", listed)
            results.append(where(search.search(archive, query, filters)))
    assert results[0] == results[1] == results[2]


def test_filters_combine(built):
    assert found(
        built, "mentor", "--consultation", "mentor-2023", "--kind", "organisation", "--since", "2023"
    ) == {("mentor-2023", 1)}


# --- hostile input -------------------------------------------------------------------------

HOSTILE = [
    '"', '"mentor', 'mentor"', '""', '" "', "*", "mentor*", "**mentor", "NEAR(mentor haveprojekt)",
    "NEAR", "-", "--", "-mentor", "^mentor", "mentor^2", ":", "lemmas:mentor", "forms : mentor",
    "{lemmas forms}: mentor", "(mentor", "mentor)", "()", "'; DROP TABLE responses; --",
    "x' OR '1'='1", "OR", "AND", "NOT", "mentor OR", "OR OR mentor", "mentor AND NOT",
    "mentor NOT", "\\", "%", "_", "%mentor%", "a" * 400, "søøøøø", "mentor\x00haveprojekt",
    "🙂 mentor", "search_index", "rank MATCH 1", "1=1", "mentor; SELECT * FROM responses",
    "ELLER", "IKKE mentor", "mentor " * 60, "§ 17, stk. 2",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_results_or_a_danish_message(built, query):
    result = run(built, "search", query, ok=False)
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        assert "Søgningen" in result.output and "Traceback" not in result.output
    else:
        assert "høringssvar matcher" in result.output or "svar vist" in result.output
    as_json = run(built, "search", "--json", query, ok=False)
    if as_json.exit_code == 0:
        assert isinstance(json.loads(as_json.stdout), list)


def test_hostile_queries_leave_the_archive_intact(built):
    run(built, "search", "'; DROP TABLE responses; --", ok=False)
    with Archive(built) as archive:
        assert archive.db.execute("SELECT count(*) FROM responses").fetchone()[0] == 7
    assert found(built, "mentor")


def test_queries_are_parsed_safely():
    q = search.parse('mentor "justering af" -have OR NOT x ELLER')
    assert [[i.text for i in g] for g in q.groups] == [["mentor"], ['"justering af"']]
    assert [i.text for i in q.excluded] == ["have", "x"]
    assert search.parse('"abc def').groups[0][0].words == ("abc", "def")  # unbalanced quote
    with pytest.raises(search.InvalidQuery):
        search.parse("*** -- ()")
    with pytest.raises(search.InvalidQuery) as exc:
        search.parse("-mentor")
    assert "udelukker" in exc.value.message_da()


# --- output ----------------------------------------------------------------------------


def test_json_shape(built):
    result = hits(built, "haveprojekt")
    assert result
    for hit in result:
        assert {"consultation", "response_id", "file", "sender", "score", "snippet"} <= hit.keys()
        assert isinstance(hit["response_id"], int) and isinstance(hit["score"], float)
        assert "»" in hit["snippet"]
    lmu = next(h for h in result if (h["consultation"], h["response_id"]) == ("aktivering", 1))
    assert (lmu["file"], lmu["sender"], lmu["date"]) == ("01_lmu.pdf", "LMU i Job- og Aktivhuset", "2018-10-29")


def test_terminal_output_names_consultation_number_sender_date(built):
    out = run(built, "search", "snerydning").stdout
    assert "aktivering nr. 3 · Karen Nielsen · 2018-10-28" in out
    assert "»snerydning«" in out  # not a terminal: markers instead of bold
    assert "Ingen høringssvar matcher" in run(built, "search", "zebra").stdout


def test_snippet_segments_mark_the_matching_words(built):
    with Archive(built) as archive:
        result = search.search(archive, "haveprojekt", search.Filters(consultation="aktivering"))
    marked = {t for h in result.hits for t, hl in h.snippet if hl}
    assert "Haveprojektet" in marked
    assert all(not hl or "aveprojekt" in t for h in result.hits for t, hl in h.snippet)


def test_show_prints_header_and_text(built):
    out = run(built, "show", "aktivering", "2").stdout
    for line in ("Afsender:    Ældrerådet", "Høringspart: Ældrerådet", "Fil:         02_aeldre.docx",
                 "Dato:        2018-10-30", "Status:      læst"):  # fmt: skip
        assert line in out
    assert "Mentorstøtten til de ældre ledige og Haveprojektet" in out
    missing = run(built, "show", "aktivering", "99", ok=False)
    assert missing.exit_code == 1 and "findes ikke" in missing.output


# --- keeping the index in step --------------------------------------------------------------


def test_searchable_right_after_collect_without_a_rebuild(tmp_path, monkeypatch):
    archive_dir = tmp_path / "a"
    folder = tmp_path / "in"
    folder.mkdir()
    make_docx(folder / "svar.docx", HANDICAP)
    config = tmp_path / "c.toml"
    config.write_text(CONFIG.format(title="Test"), encoding="utf-8")
    run(archive_dir, "new", "t", "--config", config)
    run(archive_dir, "collect", "t", folder)

    def no_rebuild(*a, **k):
        raise AssertionError("collect left the index out of date")

    monkeypatch.setattr(indexing, "rebuild", no_rebuild)
    assert found(archive_dir, "mentorordning") == {("t", 1)}
    integrity_ok(archive_dir)


def test_index_rows_are_written_in_the_responses_transaction(copy):
    with Archive(copy) as archive:
        consultation = archive.consultation("aktivering")
        before = archive.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        with pytest.raises(RuntimeError), archive.transaction() as db:
            # Bytes of its own: one original per bytes in a consultation (a unique index).
            db.execute("INSERT INTO blobs (sha256, size, created) VALUES ('0' || hex(randomblob(31)), 1, '')")
            rid = db.execute(
                "INSERT INTO responses (consultation_id, number, file, sha256, size, status, collected) "
                "SELECT ?, 99, 'x.txt', sha256, 1, 'ok', '2024-01-01' FROM blobs WHERE created = ''",
                (consultation.id,),
            ).lastrowid
            analysis.analyse_response(db, consultation, rid, "Zebraordet står her.")
            assert db.execute("SELECT count(*) FROM search_docs").fetchone()[0] > before
            raise RuntimeError("the file's transaction fails")
        assert archive.db.execute("SELECT count(*) FROM search_docs").fetchone()[0] == before
    assert found(copy, "zebraordet") == set()
    integrity_ok(copy)


def test_reread_file_leaves_no_stale_index_rows(built, copy):
    with Archive(copy) as archive, archive.transaction() as db:
        rid = db.execute(
            "SELECT r.id FROM responses r JOIN consultations c ON c.id = r.consultation_id "
            "WHERE c.slug = 'aktivering' AND r.number = 2"
        ).fetchone()[0]
        # A row as an older read might have left it, then the file is marked for re-reading.
        db.execute(
            "INSERT INTO passages (response_id, ordinal, kind, text, start, end) "
            "VALUES (?, 50, 'paragraph', 'Zebraordet fra en gammel læsning.', 0, 10)",
            (rid,),
        )
        search.index_response(db, rid)
        db.execute("UPDATE responses SET status = 'failed' WHERE id = ?", (rid,))
    assert found(copy, "zebraordet") == {("aktivering", 2)}
    folder = copy.parent / "aktivering-igen"
    folder.mkdir()
    shutil.copy(built.parent / "aktivering" / "02_aeldre.docx", folder)  # same name, same bytes
    out = run(copy, "collect", "aktivering", folder).stdout
    assert "0 nye" in out
    assert found(copy, "zebraordet") == set()
    assert ("aktivering", 2) in found(copy, "mentorstøtte")
    integrity_ok(copy)


def test_forget_response_removes_its_rows(copy):
    with Archive(copy) as archive, archive.transaction() as db:
        rid = db.execute(
            "SELECT r.id FROM responses r JOIN consultations c ON c.id = r.consultation_id "
            "WHERE c.slug = 'naturpleje' AND r.number = 1"
        ).fetchone()[0]
        stored_responses.forget_derived(db, rid)
        docs = db.execute("SELECT docs FROM search_terms WHERE term = 'bakkegård'").fetchone()
    assert docs is None or docs[0] == 0
    assert ("naturpleje", 1) not in found(copy, "sø")
    integrity_ok(copy)


def test_reindex_command(copy):
    out = run(copy, "reindex").stdout
    assert "Søgeindekset er bygget: " in out and "fra 7 svar" in out
    integrity_ok(copy)
    assert ("aktivering", 1) in found(copy, "mentor")


def test_automatic_reindex_when_the_analyser_version_changes(copy, monkeypatch):
    with Archive(copy) as archive:
        old = search_index.analyser(archive.db)
    assert old == search.analyser_version()
    monkeypatch.setattr(danish, "ANALYSER_VERSION", "hoering-da/999 test")
    result = run(copy, "search", "mentor")
    assert "Søgeindekset blev bygget igen" in result.stderr
    assert "aktivering nr. 1" in result.stdout
    with Archive(copy) as archive:
        assert search_index.analyser(archive.db) == search.analyser_version() != old
    assert "bygget igen" not in run(copy, "search", "mentor").stderr  # only once
    integrity_ok(copy)


def test_archive_from_before_the_index_is_built_on_first_search(copy):
    with Archive(copy) as archive, archive.transaction() as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        db.execute("DELETE FROM search_docs")
        db.execute("DELETE FROM search_terms")
        db.execute("UPDATE search_meta SET value = 'none' WHERE key = 'analyser'")
        db.execute("UPDATE search_meta SET value = 0 WHERE key IN ('docs', 'length')")
    assert ("aktivering", 1) in found(copy, "mentor")
    integrity_ok(copy)


def test_candidates_are_capped_and_the_result_says_so(built):
    with Archive(built) as archive:
        capped = search.search(archive, "mentor", candidates=2)
        full = search.search(archive, "mentor")
    assert capped.truncated and capped.matching_passages == 2
    assert not full.truncated and full.matching_passages >= 4


def test_migration_keeps_the_fts_table_safe_from_raw_sql(built):
    # The index is external content over search_docs: reading it needs no passages join.
    with sqlite3.connect(built / "archive.sqlite") as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    assert "remove_diacritics 0" in sql and "content" in sql
