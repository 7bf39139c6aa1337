"""A consultation config has the right types or is refused in Danish; stored configs still open.

Each test writes a real TOML file and runs the real CLI against a temp archive."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3

import pytest
from conftest import CORPUS
from fixtures import make_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from hoering.config import (
    ConsultationConfig,
    is_theme_key,
    load_config,
    stored_as_written,
    validated_stored_config,
)
from hoering.config_schema import LimitsSpec
from hoering.errors import InvalidConfig
from hoering.extract import Limits
from hoering.pipeline.collect import consultation_limits
from hoering.store import Archive

HEAD = 'title = "Besparelser på aktiveringsområdet"\nparties = ["Ældrerådet"]\n'


def write(tmp_path, body: str, name: str = "aktivering.toml"):
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def refused(hoering, *args) -> str:
    """The command fails with the Danish sentence, not a traceback."""
    result = hoering(*args, ok=False)
    assert result.exit_code == 1, result.output
    assert "Uventet fejl" not in result.output and "Traceback" not in result.output
    return result.output


def slugs(archive_dir) -> list[str]:
    with Archive(archive_dir) as archive:
        return [c.slug for c in archive.consultations()]


@pytest.mark.parametrize("value", ['"nej"', '"false"', '"ja"', "0"])
def test_publish_citizen_names_must_be_a_toml_boolean(hoering, archive_dir, tmp_path, value):
    # bool("nej") is True: citizens' names were published while the note said they were removed.
    path = write(tmp_path, f"\npublish_citizen_names = {value}\n")
    output = refused(hoering, "new", "akt", "--config", path)
    assert (
        f"aktivering.toml, linje 4: publish_citizen_names skal være true eller false (uden anførselstegn), "
        f"ikke {value}." in output
    )
    assert slugs(archive_dir) == []  # nothing registered


def test_a_refused_config_leaves_the_consultation_as_it_was(hoering, tmp_path):
    hoering("new", "akt", "--config", write(tmp_path, "publish_citizen_names = false\n", "ok.toml"))
    output = refused(hoering, "config", "akt", "--config", write(tmp_path, 'publish_citizen_names = "nej"\n'))
    assert "Konfigurationen er ikke gemt" in output
    assert hoering.export("akt")["consultation"]["publish_citizen_names"] is False
    hoering("config", "akt", "--config", write(tmp_path, "publish_citizen_names = true\n", "ja.toml"))
    assert hoering.export("akt")["consultation"]["publish_citizen_names"] is True


def test_max_seconds_beyond_a_day_is_refused_not_a_crash(hoering, archive_dir, tmp_path):
    # 99999999 overflowed the supervisor's wait in collect ("timeout is too large").
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, "[limits]\nmax_seconds = 99999999\n"))
    assert "linje 4: max_seconds i [limits] skal være et tal fra 1 til 86400" in output
    assert "ikke 99999999" in output
    assert slugs(archive_dir) == []


@pytest.mark.parametrize("value", ["0", "-1", "10.5", '"10"', "true"])
def test_max_pages_must_be_a_positive_whole_number(hoering, tmp_path, value):
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, f"[limits]\nmax_pages = {value}\n"))
    assert f"linje 4: max_pages i [limits] skal være et helt antal sider fra 1 til 10000, ikke {value}." in output


@pytest.mark.parametrize("key", ["max_seconds", "max_bytes", "max_uncompressed_bytes", "max_memory_bytes",
                                 "max_attachments", "max_compression_ratio", "ocr_dpi"])  # fmt: skip
def test_no_limit_may_be_zero_or_negative(hoering, tmp_path, key):
    for value in ("0", "-5"):
        output = refused(hoering, "new", "akt", "--config", write(tmp_path, f"[limits]\n{key} = {value}\n"))
        assert f"{key} i [limits] skal være" in output


def test_a_typo_in_limits_is_reported_with_the_key_meant(hoering, tmp_path):
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, "[limits]\nmax_page = 10\n"))
    assert "aktivering.toml, linje 4: ukendt felt max_page i [limits]. Mente du max_pages?" in output


def test_an_unknown_top_level_key_is_reported_with_the_key_meant(hoering, tmp_path):
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, "deadlin = 2018-11-01\n"))
    assert "aktivering.toml, linje 3: ukendt felt deadlin. Mente du deadline?" in output
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, "frist = 2018-11-01\n"))
    assert "ukendt felt frist. Mente du deadline?" in output


def test_an_unknown_key_in_a_theme_is_reported_not_dropped(hoering, tmp_path):
    body = '[themes.mentor]\nlabel = "Mentorindsatsen"\nkeyword = ["mentor"]\n'
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, body))
    assert "linje 5: ukendt felt keyword i [themes.mentor]. Mente du keywords?" in output


def test_every_problem_is_reported_at_once(hoering, tmp_path):
    body = 'deadline = "2018-11-01"\npublish_citizen_names = "false"\n[limits]\nmax_pages = 0\n'
    output = refused(hoering, "new", "akt", "--config", write(tmp_path, body))
    lines = [line for line in output.splitlines() if "aktivering.toml, linje" in line]
    assert [re.search(r"linje \d+", line).group() for line in lines] == ["linje 3", "linje 4", "linje 6"]
    assert 'deadline skal være høringsfristen som en dato uden anførselstegn' in lines[0]


def test_the_sample_config_still_loads(hoering, archive_dir):
    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    consultation = hoering.export("akt")["consultation"]
    assert consultation["deadline"] == "2018-11-01" and len(consultation["parties"]) == 13


def test_limit_bounds_cover_every_limit_and_its_default():
    assert set(LimitsSpec.model_fields) == {f.name for f in dataclasses.fields(Limits)}
    LimitsSpec.model_validate({f.name: f.default for f in dataclasses.fields(Limits)})


def test_limits_set_in_python_are_checked_before_they_reach_the_sandbox(archive):
    config = ConsultationConfig(title="X", limits={"max_seconds": 99999999})
    consultation = archive.create_consultation("akt", config)
    consultation.config.limits = {"max_seconds": 99999999}  # as if built in Python, bypassing parse_config
    with pytest.raises(InvalidConfig) as err:
        consultation_limits(consultation)
    assert "max_seconds i [limits] skal være et tal fra 1 til 86400" in err.value.message_da()


# The JSON an earlier version stored for a config with publish_citizen_names = "nej", a typo
# and an overflowing limit in it (its parse_config(...).to_json(), verbatim).
STORED_BEFORE = (
    '{"title": "Aktivering 2019", "case_number": "2018-048371", "deadline": "2018-11-01", '
    '"parties": ["Ældrerådet"], "publish_citizen_names": true, '
    '"limits": {"max_seconds": 99999999, "max_page": 10, "max_pages": 500.0}, '
    '"themes": {"mentor": {"label": "Justering af mentorindsatsen", "keywords": ["mentor"]}}, '
    '"committee": null, "department": null}'
)


@pytest.mark.sqlite_only("a config an earlier version stored, written into the SQLite file by hand")
def test_an_archive_made_before_still_opens_and_collects(hoering, archive_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # `new --title` writes akt.toml here
    hoering("new", "akt", "--title", "Aktivering 2019")
    with Archive(archive_dir) as archive:
        path = archive.db.execute("PRAGMA database_list").fetchone()[2]
    with sqlite3.connect(path) as db:
        db.execute("UPDATE consultations SET config = ? WHERE slug = 'akt'", (STORED_BEFORE,))
    db.close()

    listed = hoering("list")
    assert "Aktivering 2019" in listed.output and "2018-11-01" in listed.output
    shown = hoering("config", "akt")
    assert "ADVARSEL: Den gemte konfiguration for høringen »akt«: max_seconds i [limits]" in shown.stderr
    assert "ukendt felt max_page i [limits]" in shown.stderr
    assert "max_pages = 500\n" in shown.stdout and "max_seconds" not in shown.stdout

    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    make_docx(inbox / "aeldreraadet.docx", ["Høringssvar fra Ældrerådet", "Vi støtter mentorindsatsen."])
    collected = hoering("collect", "akt", inbox)
    assert "1 nye" in collected.output and "ADVARSEL" in collected.stderr
    exported = hoering.export("akt")
    assert exported["consultation"]["deadline"] == "2018-11-01"
    assert [r["status"] for r in exported["responses"]] == ["ok"]
    # What was stored is left alone until someone saves a corrected config.
    with sqlite3.connect(path) as db:
        assert json.loads(db.execute("SELECT config FROM consultations").fetchone()[0])["limits"]["max_page"] == 10
    db.close()


# Values a stored config's fields may hold: what this version writes, and what a hand or an
# earlier version could have left (untrimmed text, wrong types, empty, None, odd keys).
_TEXT = st.one_of(st.text(max_size=6), st.sampled_from([" a", "a ", "\u00a0x", "x\x1c", "", "Ældrerådet", "ældrerådet"]))
_ANY = st.one_of(st.none(), st.booleans(), st.integers(-2, 40_000), st.floats(0, 10), _TEXT, st.lists(_TEXT, max_size=3))
_THEME = st.one_of(
    st.fixed_dictionaries({}, optional={"label": st.one_of(st.none(), _TEXT, _ANY), "keywords": st.one_of(
        st.lists(_TEXT, max_size=3), _ANY)}),  # fmt: skip
    st.dictionaries(st.sampled_from(["label", "keywords", "nøgleord"]), _ANY, max_size=2),
    _ANY,
)
_WORD = st.sampled_from(["Ældrerådet", "ældrerådet", "LMU i Jobhuset", "mentor", "", "x"])
# What this version writes: valid values in their stored form ...
_WRITTEN = st.fixed_dictionaries(
    {"title": st.sampled_from(["Aktivering 2019", "X"]), "parties": st.lists(_WORD, max_size=4),
     "publish_citizen_names": st.booleans(),
     "themes": st.dictionaries(st.sampled_from(["mentor", "have", "x-1", "a_b"]), st.fixed_dictionaries(
         {"label": st.one_of(st.none(), _WORD), "keywords": st.lists(_WORD, max_size=3)}), max_size=3)},
    optional={"case_number": st.one_of(st.none(), _WORD), "committee": st.one_of(st.none(), _WORD),
              "department": st.one_of(st.none(), _WORD),
              "deadline": st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
              "delete_after_days": st.one_of(st.none(), st.integers(1, 36_500)), "limits": st.just({})},
)  # fmt: skip
_FIELDS = ["title", "case_number", "committee", "department", "deadline", "parties", "themes",
           "publish_citizen_names", "delete_after_days", "limits", "titel"]  # fmt: skip
_ODD = st.one_of(
    _ANY, st.sampled_from(["20181101", "2018-11-01T00:00", "1. nov", {"max_pages": 500}]),
    st.dictionaries(st.sampled_from(["mentor", "Mentor", "a b", "æ"]), _THEME, max_size=2),
)  # fmt: skip
# ... and the same with one field as a hand or an earlier version could have left it.
_STORED = st.one_of(
    _WRITTEN,
    st.tuples(_WRITTEN, st.sampled_from(_FIELDS), _ODD).map(lambda t: {**t[0], t[1]: t[2]}),
    st.tuples(_WRITTEN, st.sampled_from(_FIELDS)).map(lambda t: {k: v for k, v in t[0].items() if k != t[1]}),
)


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(_STORED)
def test_a_stored_config_read_without_validating_is_what_validating_it_gives(data):
    """Every command reads the stored config; the form this version writes is taken without
    pydantic (`stored_as_written`). Whatever it takes must be exactly what validation gives;
    what it refuses is validated in full."""
    fast = stored_as_written(data)
    try:
        slow = validated_stored_config(data, "akt")
    except InvalidConfig:
        assert fast is None, data
        return
    if fast is not None:
        assert fast == slow and fast.warnings == slow.warnings == []
    # What this version writes is always read the fast way (unless it sets limits).
    again = stored_as_written(slow.to_json())
    if not slow.limits and not slow.warnings and all(is_theme_key(k) for k in slow.themes):
        assert again == slow


def test_the_sample_config_as_stored_is_read_without_pydantic():
    config = load_config(CORPUS / "hoering.toml")
    stored = json.loads(json.dumps(config.to_json()))
    assert stored_as_written(stored) == config == validated_stored_config(stored, "akt")
