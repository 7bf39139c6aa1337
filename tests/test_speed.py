"""Commands load only what they use, and the summaries are computed once per consultation.

Each command runs in a fresh interpreter (as a person runs it) and reports which modules it
loaded: a module that is already imported costs nothing to ask for again, so only a new
process shows what a command pulls in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT

from hoering.store import Archive

# What the CLI must not import before a command needs it (each costs 0.1–1.5 s to import).
HEAVY = ("spacy", "lemmy", "sklearn", "scipy", "numpy", "pdfplumber", "pypdfium2", "docx", "docxtpl",
         "openpyxl", "jinja2", "faker")  # fmt: skip

_RUN = """
import json, sys
from click.testing import CliRunner
from hoering.cli import main
from hoering.analysis import danish
result = CliRunner().invoke(main, sys.argv[1:], catch_exceptions=False)
print(json.dumps({"exit": result.exit_code, "output": result.output,
                  "modules": sorted({m.split(".")[0] for m in sys.modules}),
                  "hoering": sorted(m for m in sys.modules if m.startswith("hoering.")),
                  "pipeline_built": danish._nlp is not None}))
"""


def run_fresh(archive: Path, *args: str) -> dict:
    """`hoering --archive ARCHIVE ARGS` in a new interpreter: its exit code, output, and the
    top-level modules it loaded."""
    proc = subprocess.run([sys.executable, "-c", _RUN, "--archive", str(archive), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, check=True)  # fmt: skip
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0, report["output"]
    return report


def test_importing_the_cli_loads_no_heavy_library():
    code = "import json, sys, hoering.cli; print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = set(json.loads(proc.stdout))
    # pydantic too: only a command that reads a consultation's config needs it.
    assert not loaded & {*HEAVY, "pydantic"}, sorted(loaded & {*HEAVY, "pydantic"})


@pytest.mark.parametrize(
    "args",
    [("status", "akt"), ("show", "akt", "2"), ("list",), ("config", "akt"), ("themes", "akt"),
     ("tag", "akt", "2", "mentor", "--stance", "neutral"), ("tag", "akt", "3", "have", "--remove")],
)  # fmt: skip
def test_everyday_commands_load_no_language_layer(sample_copy, args):
    report = run_fresh(sample_copy, *args)
    assert not set(report["modules"]) & set(HEAVY), sorted(set(report["modules"]) & set(HEAVY))
    # The stored config is read without validating it again; matching names is for collect.
    assert not set(report["modules"]) & {"pydantic", "rapidfuzz"}, sorted(set(report["modules"]) & {"pydantic", "rapidfuzz"})
    # Only the command's own module of hoering/cli/, and not the export for `status`.
    commands = {m for m in report["hoering"] if m.startswith("hoering.cli.")}
    assert len(commands - {"hoering.cli.app", "hoering.cli.commands", "hoering.cli.danish"}) == 1 + (
        args[0] == "status"  # and delete's module, for its retention warning
    ), sorted(commands)
    assert "hoering.export" not in report["hoering"] and "hoering.search" not in report["hoering"]


def test_search_reads_the_lemma_table_not_lemmy(sample_folder, tmp_path, monkeypatch):
    """A query's words are lemmatized with lemmy's rules read from the table that any process
    which loaded lemmy wrote (hoering/store/lemma_rules.py), not by loading lemmy."""
    import lemmy

    from hoering.store import lemma_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # inherited by the command
    assert lemma_rules.write_table(lemmy.load("da").rules[""]) is not None
    report = run_fresh(sample_folder, "search", "mentorer")
    assert "Mentor" in report["output"] or "mentor" in report["output"]
    assert "lemmy" not in report["modules"] and "hoering.store.lemma_rules" in report["hoering"]
    assert "spacy" not in report["modules"] and not report["pipeline_built"]
    assert "numpy" not in report["modules"] and "pydantic" not in report["modules"]


def test_search_without_the_table_loads_lemmy_and_writes_the_table(sample_folder, tmp_path, monkeypatch):
    from hoering.store import lemma_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = run_fresh(sample_folder, "search", "mentorer")
    assert "lemmy" in first["modules"] and lemma_rules.open_table() is not None
    again = run_fresh(sample_folder, "search", "mentorer")
    assert "lemmy" not in again["modules"] and again["output"] == first["output"]


def _tags(archive: Path, number: int) -> list[dict]:
    from hoering.store import tags as tag_store

    with Archive(archive) as a:
        response = a.response(a.consultation("akt"), number)
        found = tag_store.response_tags_with_passages(a.db, response.id)
    return [{"key": t.key, "state": t.state, "stance": t.stance, "evidence": t.evidence, "triggers": t.triggers,
             "source": t.source, "cues": t.stance_cues, "passages": t.passages} for t in found]  # fmt: skip


@pytest.mark.sqlite_only("works on copies of one collected archive folder")
def test_a_correction_without_retagging_equals_one_with(sample_copy, tmp_path):
    """The quick path (the stored tags, a new correction laid over them) writes what tagging
    the text again and laying every correction over it writes: a second correction of the
    same theme takes the slow path, so the two are compared on the same response."""
    from hoering.analysis.tagging import tag_response
    from hoering.analysis.themes import overlay_corrections
    from hoering.store import tags as tag_store

    run_fresh(sample_copy, "tag", "akt", "2", "faerre", "--stance", "imod")
    run_fresh(sample_copy, "tag", "akt", "2", "mentor", "--remove")
    quick = _tags(sample_copy, 2)
    with Archive(sample_copy) as a:
        consultation = a.consultation("akt")
        response = a.response(consultation, 2)
        machine = tag_response(response.text, consultation.config.codebook())
        corrections = tag_store.response_corrections(a.db, response.id)
        slow = overlay_corrections(machine, corrections, list(consultation.config.themes))
    assert [(t["key"], t["stance"], t["source"], t["evidence"]) for t in quick] == [
        (t.key, t.stance, t.source, t.evidence) for t in slow
    ]
    assert {t["key"]: t["passages"] for t in quick} == {t.key: sorted(t.passages) for t in slow}
    assert "mentor" not in {t["key"] for t in quick}


def _as_tagged_again(archive: Path, number: int) -> list[tuple]:
    """The response's tags as tagging its text again and laying its corrections over it gives."""
    from hoering.analysis.tagging import tag_response
    from hoering.analysis.themes import overlay_corrections
    from hoering.store import tags as tag_store

    with Archive(archive) as a:
        consultation = a.consultation("akt")
        response = a.response(consultation, number)
        machine = tag_response(response.text, consultation.config.codebook())
        corrections = tag_store.response_corrections(a.db, response.id)
        slow = overlay_corrections(machine, corrections, list(consultation.config.themes))
    return [(t.key, t.stance, t.source, t.evidence, t.triggers, sorted(t.passages)) for t in slow]


@pytest.mark.sqlite_only("works on copies of one collected archive folder")
@pytest.mark.parametrize("first, second", [
    (("--stance", "imod"), ("--stance", "støtter")),  # the person changes their mind
    (("--stance", "imod"), ("--stance", "imod")),  # the same correction again
    (("--remove",), ("--remove",)),
    (("--remove",), ("--stance", "neutral")),  # the machine's evidence is needed again
    ((), ("--stance", "imod")),
])  # fmt: skip
def test_a_second_correction_of_a_theme_loads_no_numpy_and_equals_tagging_again(sample_copy, first, second):
    """A person's correction always wins, so a second one on the same response and theme
    needs the machine's stance only when it sets none: it is laid over the stored tags, or
    over the response's stored tokens tagged again, without the learned model's libraries."""
    run_fresh(sample_copy, "tag", "akt", "2", "mentor", *first)
    report = run_fresh(sample_copy, "tag", "akt", "2", "mentor", *second)
    assert not set(report["modules"]) & set(HEAVY), sorted(set(report["modules"]) & set(HEAVY))
    quick = [(t["key"], t["stance"], t["source"], t["evidence"], t["triggers"], sorted(t["passages"]))
             for t in _tags(sample_copy, 2)]  # fmt: skip
    assert quick == _as_tagged_again(sample_copy, 2)
    assert ("mentor" in {t[0] for t in quick}) == (second != ("--remove",))


def _stored_summaries(archive: Path) -> list[str]:
    with Archive(archive) as a:
        return [row[0] for row in a.db.execute("SELECT fingerprint FROM summaries")]


def test_summaries_are_computed_once_and_again_when_a_tag_changes(sample_copy):
    first = run_fresh(sample_copy, "export", "akt", "--json")
    # Computed from the tokens collect kept: no language layer for the summaries.
    assert "scipy" in first["modules"] and not first["pipeline_built"]
    again = run_fresh(sample_copy, "export", "akt", "--json")
    assert "spacy" not in again["modules"] and "lemmy" not in again["modules"]
    assert "scipy" not in again["modules"]  # read back, not computed
    assert json.loads(again["output"]) == json.loads(first["output"])

    run_fresh(sample_copy, "tag", "akt", "2", "faerre", "--stance", "imod")
    changed = run_fresh(sample_copy, "export", "akt", "--json")
    assert "scipy" in changed["modules"]  # a tag changed: the stored summaries no longer fit
    data = json.loads(changed["output"])
    assert any(t["key"] == "faerre" for t in data["responses"][1]["themes"])


@pytest.mark.sqlite_only("reads the summaries table of a copied archive folder")
def test_summaries_are_stored_once_per_consultation_state(sample_copy):
    assert _stored_summaries(sample_copy) == []
    run_fresh(sample_copy, "export", "akt", "--json")
    (stored,) = _stored_summaries(sample_copy)
    run_fresh(sample_copy, "export", "akt", "--json")
    assert _stored_summaries(sample_copy) == [stored]
    run_fresh(sample_copy, "tag", "akt", "2", "faerre", "--stance", "imod")
    run_fresh(sample_copy, "export", "akt", "--json")
    assert _stored_summaries(sample_copy) not in ([stored], [])


@pytest.mark.sqlite_only("works on copies of one collected archive folder")
def test_deleting_a_response_deletes_the_stored_summaries(sample_copy):
    run_fresh(sample_copy, "export", "akt", "--json")
    with Archive(sample_copy) as a:
        assert a.db.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == 1
    run_fresh(sample_copy, "delete", "akt", "2", "--yes")
    with Archive(sample_copy) as a:
        assert a.db.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == 0


def test_a_listing_reads_the_responses_without_their_texts(hoering, archive_dir):
    """`status` lists a thousand letters: it reads every column but the texts, and the records
    are those of a full read with the text left empty."""
    import dataclasses

    hoering("new", "akt", "--config", CORPUS / "hoering.toml")
    hoering("collect", "akt", CORPUS / "responses", "-q")
    with Archive(archive_dir) as a:
        consultation = a.consultation("akt")
        full = a.responses(consultation)
        listed = a.responses(consultation, text=False)
    assert len(full) == 11 and all(r.text for r in full if r.status == "ok")
    assert [dataclasses.replace(r, text="") for r in full] == listed
