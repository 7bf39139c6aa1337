"""A person's review: Vurdering, theme remarks, exclusions, dates, campaigns, reviewed marks,
the spreadsheet read back, and theme keys, through the real CLI on the sample consultation."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, Hoering
from fixtures import make_corrupt_pdf, make_pdf
from openpyxl import load_workbook
from pg_harness import raw_db

from hoering import review
from hoering.errors import StaleEdit
from hoering.store import Archive
from hoering.store.audit import acting_as


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> Path:
    """The sample consultation collected once (with one corrupt file); each test gets a copy."""
    root = tmp_path_factory.mktemp("collected")
    folder = root / "svar"
    shutil.copytree(CORPUS / "responses", folder)
    make_corrupt_pdf(folder / "12_beskadiget.pdf")
    old = os.environ.get("HOERING_ARCHIVE")
    os.environ["HOERING_ARCHIVE"] = str(root / "archive")
    try:
        run = Hoering()
        run("new", "akt", "--config", CORPUS / "hoering.toml")
        run("collect", "akt", folder, "-q", ok=False)  # exit 1: the corrupt file
    finally:
        if old is None:
            os.environ.pop("HOERING_ARCHIVE")
        else:
            os.environ["HOERING_ARCHIVE"] = old
    return root


@pytest.fixture
def sample(collected, archive_dir, tmp_path) -> Hoering:
    shutil.copytree(collected / "archive", archive_dir)
    shutil.copytree(collected / "svar", tmp_path / "svar")
    return Hoering()


def response(data: dict, number: int) -> dict:
    return next(r for r in data["responses"] if r["id"] == number)


def note_md(sample: Hoering, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "notat.md"
    sample("note", "akt", "-o", out, *extra)
    return out.read_text(encoding="utf-8")


# --- Vurdering and remarks ------------------------------------------------------------------


def test_comment_is_in_export_xlsx_and_log(sample, tmp_path):
    out = sample("comment", "akt", "3", "Relevant for mentorindsatsen.").stdout
    assert "Nr. 3: vurderingen er gemt (version 1)." in out
    text = tmp_path / "vurdering.txt"
    text.write_text("Første linje.\nAnden linje.\n", encoding="utf-8")
    assert "version 2" in sample("comment", "akt", "3", "--file", text).stdout
    assert response(sample.export("akt"), 3)["comment"] == "Første linje.\nAnden linje."
    sample("export", "akt", "--xlsx", tmp_path / "o.xlsx")
    ws = load_workbook(tmp_path / "o.xlsx").active
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == 3)
    assert row[9] == "Første linje.\nAnden linje."  # Vurdering, after Samlet holdning
    log = sample("log", "akt", "3").stdout
    assert log.count("vurdering skrevet") == 2 and "Første linje" not in log  # never the text
    assert "Loggen har intet om svar nr. 4" in sample("log", "akt", "4").stdout
    assert "Angiv vurderingen" in sample("comment", "akt", "3", ok=False).output
    assert "findes ikke" in sample("comment", "akt", "99", "x", ok=False).output


def test_remarks_and_recommendation_replace_the_placeholder(sample, tmp_path):
    before = note_md(sample, tmp_path)
    placeholders = before.count("Udfyldes af forvaltningen")
    out = sample("remarks", "akt", "mentor", "Forvaltningen fastholder justeringen.\n\nDer følges op i 2020.",
                 "--indstilling", "Forslaget fastholdes.").stdout  # fmt: skip
    assert "Justering af mentorindsatsen" in out and "indstilling" in out
    md = note_md(sample, tmp_path)
    assert md.count("Udfyldes af forvaltningen") == placeholders - 1
    section = md[md.index("### Justering af mentorindsatsen"):]
    section = section[: section.index("\n### ")]
    assert "Forvaltningen fastholder justeringen." in section and "Der følges op i 2020." in section
    assert "#### Forvaltningens indstilling" in section and "Forslaget fastholdes." in section
    assert sample.export("akt")["remarks"]["mentor"] == {
        "text": "Forvaltningen fastholder justeringen.\n\nDer følges op i 2020.",
        "recommendation": "Forslaget fastholdes.",
    }
    # Without --indstilling the recommendation stays; the HTML and DOCX carry the same.
    sample("remarks", "akt", "mentor", "Kortere bemærkning.")
    assert sample.export("akt")["remarks"]["mentor"]["recommendation"] == "Forslaget fastholdes."
    sample("note", "akt", "-o", tmp_path / "n.html")
    assert "Kortere bemærkning." in (tmp_path / "n.html").read_text(encoding="utf-8")
    from docx import Document

    sample("note", "akt", "-o", tmp_path / "n.docx")
    paragraphs = [p.text for p in Document(tmp_path / "n.docx").paragraphs]
    assert "Kortere bemærkning." in paragraphs and "Forslaget fastholdes." in paragraphs
    assert "findes ikke" in sample("remarks", "akt", "ukendt", "x", ok=False).output


def test_concurrent_edits_are_refused_not_lost(archive_dir, sample):
    with Archive(archive_dir) as archive:
        first = review.comment(archive, "akt", 2, "Anna skrev", expected=0)
        with acting_as("bo"):
            second = review.comment(archive, "akt", 2, "Bo skrev", expected=first.revision)
        assert (second.by, second.revision) == ("bo", 2)
        with pytest.raises(StaleEdit) as refused:
            review.comment(archive, "akt", 2, "Anna igen, på version 1", expected=1)
        assert refused.value.changed_by == "bo"
        assert "er ændret af bo kl." in refused.value.message_da() and "siden du åbnede den" in refused.value.message_da()
        with pytest.raises(StaleEdit):  # two who both opened an empty field
            review.comment(archive, "akt", 2, "Også ny", expected=0)
        assert review.state(archive, "akt").response(2).comment.text == "Bo skrev"
        remarks = review.set_remarks(archive, "akt", "have", "A", expected=0)
        review.set_remarks(archive, "akt", "have", "B", expected=remarks.revision)
        with pytest.raises(StaleEdit):
            review.set_remarks(archive, "akt", "have", "C", expected=remarks.revision)
        assert review.state(archive, "akt").theme("have").text == "B"
    log = sample("log", "akt").stdout
    assert "bo " in log and "vurdering skrevet" in log


# --- exclusions, reviewed marks ---------------------------------------------------------------


def test_excluded_responses_leave_counts_note_and_xlsx_but_stay(sample, tmp_path):
    before = sample.export("akt")
    md = note_md(sample, tmp_path)
    assert "Der er i alt modtaget 12 høringssvar." in md
    assert f"5. {response(before, 5)['sender']}" in md
    out = sample("exclude", "akt", "5", "--reason", "Hører til en anden høring").stdout
    assert "Nr. 5 er udeladt" in out
    sample("exclude", "akt", "12", "--reason", "Fejlsendt fil")  # a failed file too
    md = note_md(sample, tmp_path)
    assert "Der er i alt modtaget 10 høringssvar." in md
    sender5 = response(before, 5)["sender"]
    assert f"| {sender5} |  |  |" in md and "kunne ikke læses" not in md  # a party without an answer
    assert f"5. {sender5}" not in md
    status = sample("status", "akt").stdout
    assert "UDELADT: Hører til en anden høring" in status and "UDELADT: Fejlsendt fil" in status
    assert sender5 in status  # still in the archive
    data = sample.export("akt")
    assert response(data, 5)["excluded"] == "Hører til en anden høring" and response(data, 5)["text"]
    assert sender5 in data["missing_parties"]  # its party has not answered this consultation
    assert all(e["response_id"] != 5 for extracts in data["theme_summaries"].values() for e in extracts)
    themes = {line.split()[0]: line.split() for line in sample("themes", "akt").stdout.splitlines()[2:]}
    sample("export", "akt", "--xlsx", tmp_path / "o.xlsx")
    numbers = [r[0] for r in load_workbook(tmp_path / "o.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert 5 not in numbers and 12 not in numbers and len(numbers) == 10
    # Restored: counted again.
    assert "medtaget igen" in sample("include", "akt", "5").stdout
    assert "ikke udeladt" in sample("include", "akt", "5", ok=False).output
    restored = {line.split()[0]: line.split() for line in sample("themes", "akt").stdout.splitlines()[2:]}
    assert sum(int(v[-3]) for v in restored.values()) > sum(int(v[-3]) for v in themes.values())
    assert "Der er i alt modtaget 11 høringssvar." in note_md(sample, tmp_path)
    assert "Skriv, hvorfor" in sample("exclude", "akt", "5", "--reason", "  ", ok=False).output


def test_reviewed_mark(sample):
    assert "markeret som gennemgået" in sample("reviewed", "akt", "4").stdout
    line = next(ln for ln in sample("status", "akt").stdout.splitlines() if ln.startswith("4 "))
    assert "gennemgået" in line
    assert response(sample.export("akt"), 4)["reviewed"] is True
    sample("reviewed", "akt", "4", "--undo")
    line = next(ln for ln in sample("status", "akt").stdout.splitlines() if ln.startswith("4 "))
    assert "gennemgået" not in line


def test_reviewed_mark_does_not_lapse_an_approval_but_a_comment_does(sample):
    sample("approve", "akt", "--reason", "test")
    sample("reviewed", "akt", "1")
    assert "er godkendt af" in sample("redactions", "akt").stdout
    sample("comment", "akt", "1", "Ny vurdering")
    assert "er ændret siden" in sample("redactions", "akt").stdout


# --- dates and campaigns ----------------------------------------------------------------------


def test_set_date_makes_late_and_survives(sample):
    out = sample("set-date", "akt", "2", "2018-11-05").stdout
    assert "modtaget 2018-11-05" in out and "efter høringsfristen" in out
    data = response(sample.export("akt"), 2)
    assert (data["received"], data["received_source"], data["late"]) == ("2018-11-05", "manual", True)
    assert "ikke en dato" in sample("set-date", "akt", "2", "5/11", ok=False).output


def test_campaign_membership_by_hand(sample):
    sample("campaign", "akt", "3", "--of", "4")
    data = sample.export("akt")
    assert response(data, 3)["campaign"] == response(data, 4)["campaign"] == 3
    sample("campaign", "akt", "3", "--none")
    assert response(sample.export("akt"), 3)["campaign"] is None
    assert "enslydende med sig selv" in sample("campaign", "akt", "3", "--of", "3", ok=False).output
    assert "--of N" in sample("campaign", "akt", "3", ok=False).output


# --- every decision survives collect, a new late file and a changed config --------------------------


def test_decisions_survive_recollect_and_config_change(sample, tmp_path):
    folder = tmp_path / "svar"
    sample("comment", "akt", "1", "Vurdering 1")
    sample("remarks", "akt", "have", "Bemærkning til haven", "--indstilling", "Fastholdes")
    sample("exclude", "akt", "12", "--reason", "Fejl")
    sample("reviewed", "akt", "2")
    sample("set-date", "akt", "3", "2018-11-03")
    sample("campaign", "akt", "4", "--of", "8")
    sample("set-sender", "akt", "9", "AMU i Job- og Ydelsesafdelingen")
    sample("tag", "akt", "1", "mentor", "--stance", "støtter")
    before = sample.export("akt")
    late = make_pdf(folder / "13_sent_svar.pdf", [["Høringssvar fra LMU i Jobhuset",
                    "LMU i Jobhuset er imod nedlæggelsen af Haveprojektet."]])  # fmt: skip
    stamp = dt.datetime(2018, 11, 20, 12).timestamp()
    os.utime(late, (stamp, stamp))
    sample("collect", "akt", folder, "-q", ok=False)  # the corrupt file fails again
    config = (CORPUS / "hoering.toml").read_text(encoding="utf-8")
    changed = tmp_path / "changed.toml"
    changed.write_text(
        config.replace("deadline = 2018-11-01", "deadline = 2018-11-02")
        + '\n[themes.nyt]\nlabel = "Et nyt tema"\nkeywords = ["budget"]\n',
        encoding="utf-8",
    )
    sample("config", "akt", "--config", changed)
    after = sample.export("akt")
    assert len(after["responses"]) == 13 and response(after, 13)["late"]
    for number in range(1, 13):
        old, new = response(before, number), response(after, number)
        for field in ("comment", "excluded", "reviewed", "received", "sender", "party", "campaign"):
            assert new[field] == old[field], (number, field)
    assert response(after, 3)["received"] == "2018-11-03" and response(after, 3)["late"]  # still after 2 Nov
    assert response(after, 4)["campaign"] == response(after, 8)["campaign"] == 4
    mentor = next(t for t in response(after, 1)["themes"] if t["key"] == "mentor")
    assert (mentor["stance"], mentor["source"]) == ("støtter", "manual")
    assert after["remarks"]["have"] == {"text": "Bemærkning til haven", "recommendation": "Fastholdes"}
    assert "nyt" in after["consultation"]["themes"]


# --- the spreadsheet read back ------------------------------------------------------------------


def _edit_xlsx(path: Path, out: Path, changes: dict[tuple[int, str], object], extra: list[list] = ()) -> Path:
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for (number, heading), value in changes.items():
        ws.cell(rows[number], header.index(heading) + 1).value = value
    for values in extra:
        ws.append(values)
    wb.save(out)
    return out


def test_review_import_applies_changes_and_reports_conflicts(sample, tmp_path):
    exported = tmp_path / "overblik.xlsx"
    sample("export", "akt", "--xlsx", exported, "--internal")
    wb = load_workbook(exported)
    assert wb["hoering"].sheet_state == "hidden"
    ws = wb.active
    header = [c.value for c in ws[1]]
    stances = {r[0]: r[header.index("Holdning")] for r in ws.iter_rows(min_row=2, values_only=True)}
    line = next(ln for ln in stances[2].splitlines() if ln.endswith("imod/bekymret"))
    label = line.rsplit(":", 1)[0]
    edited = _edit_xlsx(exported, tmp_path / "rettet.xlsx", {
        (1, "Vurdering"): "Tages til efterretning.",
        (2, "Holdning"): stances[2].replace(line, f"{label}: støtter"),
        (3, "Modtaget"): "05-11-2018",
        (4, "Afsender"): "LMU i Jobhuset",
        (6, "Udtaler sig som"): "Hund",
        (7, "Vurdering"): "Min vurdering i Excel",
        (8, "Resumé"): "Mit eget resumé",
    }, extra=[[99, None, "x"], ["abc", None, "y"]])  # fmt: skip
    # Someone else writes response 7's Vurdering after the export: the sheet's is a conflict.
    sample("comment", "akt", "7", "Skrevet i arkivet imens")
    result = sample("review-import", "akt", edited, ok=False)
    assert result.exit_code == 1
    out = result.output
    assert "4 ændringer gemt" in out and "1 konflikter" in out and "2 ukendte rækker" in out
    assert "(nr. 7), Vurdering: konflikt" in out and "Skrevet i arkivet imens" in out
    assert "(nr. 6), Udtaler sig som: ugyldig" in out and "(nr. 8), Resumé: ugyldig" in out
    assert "nr. 99" in out and "»abc«" in out
    data = sample.export("akt")
    assert response(data, 1)["comment"] == "Tages til efterretning."
    assert response(data, 7)["comment"] == "Skrevet i arkivet imens"  # not overwritten
    assert response(data, 3)["received"] == "2018-11-05"
    assert (response(data, 4)["sender"], response(data, 4)["party"]) == ("LMU i Jobhuset", "LMU i Jobhuset")
    key = next(k for k, t in data["consultation"]["themes"].items() if t["label"] == label)
    tag = next(t for t in response(data, 2)["themes"] if t["key"] == key)
    assert (tag["stance"], tag["source"]) == ("støtter", "manual")
    assert "regneark indlæst" in sample("log", "akt").stdout
    # Read again: everything applied is now unchanged; the conflict is still reported.
    again = sample("review-import", "akt", edited, ok=False).output
    assert "0 ændringer gemt" in again and "1 konflikter" in again


def test_review_import_removes_a_theme_and_refuses_other_files(sample, tmp_path):
    exported = tmp_path / "o.xlsx"
    sample("export", "akt", "--xlsx", exported)
    ws = load_workbook(exported).active
    header = [c.value for c in ws[1]]
    cell = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == 1)[header.index("Holdning")]
    first = cell.splitlines()[0]
    edited = _edit_xlsx(exported, tmp_path / "r.xlsx", {(1, "Holdning"): "\n".join(cell.splitlines()[1:])})
    out = sample("review-import", "akt", edited).stdout
    assert "1 ændringer gemt" in out
    label = first.rsplit(":", 1)[0]
    data = sample.export("akt")
    key = next(k for k, t in data["consultation"]["themes"].items() if t["label"] == label)
    assert key not in {t["key"] for t in response(data, 1)["themes"]}
    # A workbook without hoering's hidden sheet, and a file that is no workbook.
    wb = load_workbook(exported)
    del wb["hoering"]
    wb.save(tmp_path / "uden.xlsx")
    assert "skjulte ark" in sample("review-import", "akt", tmp_path / "uden.xlsx", ok=False).output
    (tmp_path / "tekst.xlsx").write_text("ikke et regneark", encoding="utf-8")
    assert "kan ikke indlæses" in sample("review-import", "akt", tmp_path / "tekst.xlsx", ok=False).output


# --- theme keys ---------------------------------------------------------------------------------


def _staff_suggestion(sample: Hoering) -> int:
    sample("themes", "akt", "--suggest")
    return next(s["n"] for s in sample.export("akt")["suggested_themes"] if not s["accepted_key"])


def test_invalid_key_suggests_one_and_leaves_everything_working(sample, tmp_path):
    n = _staff_suggestion(sample)
    refused = sample("themes", "akt", "--accept", n, "--key", "Medarbejdere og afskedigelser", ok=False).output
    assert "--key medarbejdere-og-afskedigelser" in refused and "intet er ændret" in refused
    sample("themes", "akt", "--accept", n, "--key", "medarbejdere")
    again = sample("themes", "akt", "--accept", n, "--key", "andet", ok=False).output
    assert "allerede optaget" in again
    taken = _staff_suggestion(sample)
    assert "findes allerede" in sample("themes", "akt", "--accept", taken, "--key", "mentor", ok=False).output
    for command in (("status", "akt"), ("list",), ("config", "akt"), ("themes", "akt")):
        sample(*command)
    note_md(sample, tmp_path)


def test_stored_invalid_key_is_read_with_a_warning_and_can_be_renamed(sample, archive_dir, tmp_path):
    # An archive written by a version that stored an accepted key unchecked.
    with raw_db(archive_dir) as db:  # the archive's own connection, on either backend
        (config,) = db.execute("SELECT config FROM consultations WHERE slug = 'akt'").fetchone()
        data = json.loads(config)
        data["themes"]["Medarbejdere og afskedigelser"] = {"label": "Medarbejdere", "keywords": ["medarbejder"]}
        db.execute("UPDATE consultations SET config = ? WHERE slug = 'akt'", (json.dumps(data),))
    for command in (("status", "akt"), ("list",), ("config", "akt"), ("themes", "akt")):
        result = sample(*command)
        if command != ("list",):
            assert "nøglen »Medarbejdere og afskedigelser«" in result.stderr
    assert "Medarbejdere" in note_md(sample, tmp_path)
    sample("remarks", "akt", "Medarbejdere og afskedigelser", "Bemærkning")
    out = sample("themes", "akt", "--rename", "Medarbejdere og afskedigelser", "--key", "medarbejdere").stdout
    assert "[medarbejdere]" in out
    result = sample("status", "akt")
    assert "nøglen" not in result.stderr
    assert sample.export("akt")["remarks"]["medarbejdere"]["text"] == "Bemærkning"


def test_discard_rename_and_merge(sample):
    n = _staff_suggestion(sample)
    assert "afvist" in sample("themes", "akt", "--discard", n).stdout
    suggestions = sample("themes", "akt", "--suggest").stdout
    assert "(afvist)" in suggestions
    sample("tag", "akt", "1", "kortere", "--stance", "imod")
    sample("remarks", "akt", "kortere", "Om kortere forløb")
    sample("remarks", "akt", "mentor", "Om mentorer")
    sample("themes", "akt", "--rename", "mentor", "--label", "Mentorindsatsen")
    assert sample.export("akt")["consultation"]["themes"]["mentor"]["label"] == "Mentorindsatsen"
    out = sample("themes", "akt", "--merge", "kortere", "--into", "mentor").stdout
    assert "slået sammen" in out
    data = sample.export("akt")
    assert "kortere" not in data["consultation"]["themes"]
    assert data["remarks"]["mentor"]["text"] == "Om mentorer\n\nOm kortere forløb"
    mentor = next(t for t in response(data, 1)["themes"] if t["key"] == "mentor")
    assert mentor["source"] == "manual"
    assert "sig selv" in sample("themes", "akt", "--merge", "mentor", "--into", "mentor", ok=False).output
    log = sample("log", "akt").stdout
    for action in ("foreslået tema afvist", "tema omdøbt", "temaer slået sammen", "tema rettet"):
        assert action in log


def test_a_theme_added_with_a_chosen_passage(archive_dir, sample):
    from hoering.errors import ManualTextNotInResponse
    from hoering.model import Stance
    from hoering.themes import correct_tag

    with Archive(archive_dir) as archive:
        text = " ".join(archive.response(archive.consultation("akt"), 3).text.split())
        passage = text[100:180].strip()
        with acting_as("karin"):
            correct_tag(archive, "akt", 3, "have", stance=Stance.SUPPORTS, evidence=passage)
        with pytest.raises(ManualTextNotInResponse):
            correct_tag(archive, "akt", 3, "have", evidence="Dette står ikke i svaret")
    tag = next(t for t in response(sample.export("akt"), 3)["themes"] if t["key"] == "have")
    assert (tag["stance"], tag["source"], tag["evidence"][0]) == ("støtter", "manual", passage)
    line = next(ln for ln in sample("log", "akt", "3").stdout.splitlines() if "tema rettet" in ln)
    assert "karin" in line and "valgt passage" in line and passage not in line


# --- an e-mail with attachments: excluded and included as one ---------------------------------


@pytest.fixture
def mailed(archive_dir, tmp_path) -> tuple[Hoering, int, list[int]]:
    """Three letters of the sample and an e-mail with two attachments, collected; returns the
    CLI, the e-mail's number and its attachments' numbers."""
    from intake_fixtures import make_mail

    folder = tmp_path / "indbakke"
    folder.mkdir()
    for name in sorted(p.name for p in (CORPUS / "responses").iterdir())[:3]:
        shutil.copy(CORPUS / "responses" / name, folder / name)
    pdf = make_pdf(tmp_path / "bilag1.pdf", [[
        "Høringssvar fra Fagforeningen Bilagsgruppen",
        "Vi er imod, at mentorindsatsen skæres ned, og at Haveprojektet lukker.",
    ]]).read_bytes()  # fmt: skip
    pdf2 = make_pdf(tmp_path / "bilag2.pdf", [[
        "Uddybende bemærkninger fra Fagforeningen Bilagsgruppen",
        "Prisen på forløbene bør ikke stige; vi foreslår kortere forløb i stedet.",
    ]]).read_bytes()  # fmt: skip
    make_mail(
        folder / "09 mail med bilag.eml", "Hej\n\nHermed vores høringssvar i to bilag.\n\nFagforeningen Bilagsgruppen",
        sender="Fagforeningen Bilagsgruppen <post@bilagsgruppen.dk>",
        attachments=[("svar.pdf", pdf), ("uddybning.pdf", pdf2)],
    )  # fmt: skip
    run = Hoering()
    run("new", "akt", "--config", CORPUS / "hoering.toml")
    run("collect", "akt", folder, "-q")
    data = run.export("akt")
    attachments = sorted(r["id"] for r in data["responses"] if r["via_email"])
    email = {r["via_email"] for r in data["responses"] if r["via_email"]}.pop()
    assert len(attachments) == 2
    return run, email, attachments


def test_excluding_an_email_excludes_its_attachments_and_including_restores_them(mailed, tmp_path):
    run, email, attachments = mailed
    before = run.export("akt")
    counted = sum(1 for r in before["responses"] if r["status"] == "ok")
    md = note_md(run, tmp_path)
    assert "Bilagsgruppen" in md and f"Der er i alt modtaget {counted} høringssvar." in md
    themes_before = run("themes", "akt").stdout

    out = run("exclude", "akt", str(email), "--reason", "Sendt til en anden høring").stdout
    assert f"Nr. {email} er udeladt" in out
    assert f"udeladt sammen med den: nr. {', '.join(map(str, attachments))}" in out
    data = run.export("akt")
    for number in attachments:
        assert response(data, number)["excluded"] == "Sendt til en anden høring"
        assert response(data, number)["text"]  # still in the archive
    md = note_md(run, tmp_path)
    assert "Bilagsgruppen" not in md  # neither the e-mail nor its attachments
    assert f"Der er i alt modtaget {counted - 2} høringssvar." in md
    status = run("status", "akt").stdout
    assert status.count("UDELADT: Sendt til en anden høring") == 3  # the e-mail and both attachments
    assert run("themes", "akt").stdout != themes_before  # counts without the attachments
    for number in attachments:
        assert f"sammen med e-mailen nr. {email}" in run("log", "akt", str(number)).stdout
    # An attachment comes back with its e-mail, not on its own.
    refused = run("include", "akt", str(attachments[0]), ok=False)
    assert refused.exit_code != 0 and f"hoering include akt {email}" in refused.output

    out = run("include", "akt", str(email)).stdout
    assert f"medtaget igen sammen med den: nr. {', '.join(map(str, attachments))}" in out
    data = run.export("akt")
    assert all(response(data, n)["excluded"] is None for n in [email, *attachments])
    md = note_md(run, tmp_path)
    assert "Bilagsgruppen" in md and f"Der er i alt modtaget {counted} høringssvar." in md
    assert run("themes", "akt").stdout == themes_before


def test_an_attachment_excluded_on_its_own_stays_excluded(mailed):
    run, email, attachments = mailed
    run("exclude", "akt", str(attachments[1]), "--reason", "Dubleret bilag")
    out = run("exclude", "akt", str(email), "--reason", "Forkert høring").stdout
    assert f"sammen med den: nr. {attachments[0]}." in out  # the one excluded apart is not listed
    run("include", "akt", str(email))
    data = run.export("akt")
    assert response(data, attachments[0])["excluded"] is None
    assert response(data, attachments[1])["excluded"] == "Dubleret bilag"
