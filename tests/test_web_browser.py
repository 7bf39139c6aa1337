"""The whole review of the sample consultation in a real Chromium (Debian's, driven by
Playwright): correct a sender, change a stance, remove a tag, exclude a response, redact a
span, write the department's remarks for every theme, approve, download the DOCX and read it;
then collect the folder again and check that nothing the person did was lost. Each page is
checked with axe-core (no serious or critical violations), and pages 2-4 are photographed for
the README (docs/screenshots/).

Skipped when Chromium or Playwright is missing, except on CI (CI=true), where that fails.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from web_server import CHROMIUM, CHROMIUM_ARGS, ROOT, hoering, sample_archive, start_server

AXE = Path(__file__).parent / "js" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "screenshots"
ON_CI = os.environ.get("CI") == "true"


def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if ON_CI:
            raise
        pytest.skip("Playwright er ikke installeret")
    if not Path(CHROMIUM).exists():
        if ON_CI:
            pytest.fail(f"{CHROMIUM} mangler (apt-get install chromium)")
        pytest.skip("Chromium er ikke installeret")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _playwright()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_archive(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(sample):
    running = start_server(sample[0])
    yield running
    running.stop()


def _page(browser, server, **options):
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="da-DK", **options
    )
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    # What the security policy blocked (an inline script or style): a page that relies on it
    # is broken for everyone, so it fails the test.
    tab.on("console", lambda m: errors.append(f"{m.text[:60]} at {tab.url}") if "Content Security Policy" in m.text else None)
    tab.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status == 404 else None)
    tab.base = server.url
    tab.errors = errors
    return context, tab


@pytest.fixture
def page(browser, server):
    context, tab = _page(browser, server)
    yield tab
    context.close()
    assert not tab.errors, tab.errors


@pytest.fixture
def axe_page(browser, server):
    """A page where the test may inject axe-core (the workspace's policy forbids any script
    but its own, so only this context bypasses it)."""
    context, tab = _page(browser, server, bypass_csp=True)
    yield tab
    context.close()


def go(page, path: str) -> None:
    page.goto(page.base + path)
    page.wait_for_load_state("networkidle")


def note_built(page) -> None:
    """The note page answers at once, saying the note is being built, and fetches itself
    again until it is: wait for that."""
    page.get_by_text("Notatet bygges").first.wait_for(state="detached", timeout=120_000)


def saved(page, text: str) -> None:
    """The green confirmation an action answers with, after htmx swapped the page in."""
    page.locator(".alert-success", has_text=text).first.wait_for()


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def select_in_text(page, phrase: str) -> None:
    """Select `phrase` in the response text as a person would with the mouse."""
    page.evaluate(
        """phrase => {
            const root = document.getElementById('response-text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(phrase);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + phrase.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                }
            }
            throw new Error('not in the text: ' + phrase);
        }""",
        phrase,
    )


PAGES = {
    "1-hoeringer": "/",
    "2-hoeringen": "/h/aktivering",
    "3-svar": "/h/aktivering/svar/2",
    "4-tema": "/h/aktivering/tema/mentor",
    "5-notatet": "/h/aktivering/notat",
}


def test_every_page_has_no_serious_accessibility_violations(axe_page):
    found = {}
    for name, path in PAGES.items():
        go(axe_page, path)
        if name == "5-notatet":
            found["5-notatet (bygges)"] = axe_violations(axe_page)
            note_built(axe_page)
        found[name] = axe_violations(axe_page)
    print("axe-core serious/critical violations per page:", json.dumps({k: len(v) for k, v in found.items()}))
    assert found == {name: [] for name in found}


def test_keyboard_only_review(page):
    """Skip link, tab to a form, and the shortcut to the next unreviewed response."""
    go(page, "/h/aktivering/svar/1")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Gå til sidens indhold"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.locator("body").press("n")
    page.wait_for_url(re.compile(r"/svar/2$"))


def test_the_whole_review(page, server, sample, tmp_path):
    archive, letters = sample
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    # 2. Høringen: the list, problems first, filters.
    go(page, "/h/aktivering")
    assert page.locator("table.responses tbody tr").count() == 11
    page.select_option("#f-tema", "mentor")
    page.click("button:text('Filtrér')")
    page.wait_for_url(re.compile(r"tema=mentor"))
    assert 0 < page.locator("table.responses tbody tr").count() < 11
    go(page, "/h/aktivering")
    page.screenshot(path=str(SCREENSHOTS / "hoeringen.png"), full_page=False, caret="initial")

    # Correct one sender (response 3) to a name and party a person chose.
    go(page, "/h/aktivering/svar/3")
    page.fill("#sender", "LMU Sygedagpengehuset (rettet af sekretariatet)")
    page.select_option("#party", "LMU i Sygedagpengehuset")
    page.click("button:text('Gem afsender')")
    saved(page, "Afsenderen er rettet")
    assert "rettet af sekretariatet" in page.locator("h1").inner_text()

    # Change one stance (response 2, the garden project: neutral → against) and remove one
    # tag (response 2, prices).
    go(page, "/h/aktivering/svar/2")
    page.select_option("#stance-have", "imod")
    page.locator("section.tag-box", has=page.locator("#tag-have")).locator("button[value=bekraeft]").click()
    saved(page, "Temaet er rettet")
    page.locator("section.tag-box", has=page.locator("#tag-pris")).locator("button[value=fjern]").click()
    saved(page, "Temaet er fjernet")
    assert page.locator("#tag-pris").count() == 0
    assert page.locator("#stance-have").input_value() == "imod"
    # A Vurdering, and the response marked as reviewed.
    page.fill("#comment", "Svaret er læst og vurderet.")
    page.click("button:text('Gem vurdering')")
    saved(page, "Vurderingen er gemt")
    page.evaluate("window.scrollTo(0, 0)")  # the screenshot shows the letter beside its themes
    page.screenshot(path=str(SCREENSHOTS / "svar.png"), full_page=False, caret="initial")
    page.click("button:text-is('Gennemgået')")
    saved(page, "markeret som gennemgået")

    # Redact one span of response 1, chosen by selecting it in the text.
    go(page, "/h/aktivering/svar/1")
    select_in_text(page, "STAR projekter")
    assert page.input_value("#redact-text") == "STAR projekter"
    page.click("button:text('Fjern i det offentlige notat')")
    saved(page, "Teksten fjernes i det offentlige notat")

    # Exclude one response (11) with a reason.
    go(page, "/h/aktivering/svar/11")
    page.fill("#exclude-reason", "Sendt til en anden høring")
    page.click("button:text('Udelad svaret')")
    saved(page, "Svaret er udeladt")

    # 4. Et tema: the department's remarks for every theme.
    themes = json.loads(hoering(archive, "export", "aktivering", "--json").stdout)["consultation"]["themes"]
    for key in themes:
        go(page, f"/h/aktivering/tema/{key}")
        page.fill("#remarks", f"Forvaltningen bemærker om {key}: budgettet fastholdes.")
        page.click("button:text('Gem bemærkninger')")
        saved(page, "Forvaltningens bemærkninger er gemt")
        if key == "mentor":
            page.screenshot(path=str(SCREENSHOTS / "tema.png"), full_page=False, caret="initial")

    # 5. Notatet: approve (reviewing the doubtful redactions first when there are any).
    go(page, "/h/aktivering/notat")
    note_built(page)
    assert page.locator(".alert-warning", has_text="UDKAST").count() == 1
    if page.locator("button[value=gennemgaaet]").count():
        page.click("button[value=gennemgaaet]")
        saved(page, "tvivlsomme fjernelser")
    page.click("button:text('Godkend til offentliggørelse')")
    saved(page, "godkendt til offentliggørelse")
    note_built(page)
    assert page.locator(".alert-success", has_text="Godkendt af").count() == 1
    frame = page.frame_locator("iframe.note-preview")
    assert "UDKAST" not in frame.locator("body").inner_text()

    # Download the public DOCX, and read it.
    with page.expect_download() as info:
        page.click("a:text('Notat (Word), offentligt')")
    docx_path = tmp_path / "notat.docx"
    info.value.save_as(docx_path)
    text, rows = _docx(docx_path)
    assert "rettet af sekretariatet" in text  # the corrected sender
    for key in themes:
        assert f"Forvaltningen bemærker om {key}: budgettet fastholdes." in text
    assert "STAR projekter" not in text  # the redacted span
    assert "spare sig fattig" not in text  # the excluded response's text
    assert "UDKAST" not in text
    assert "Der er i alt modtaget 10" in text.replace("\xa0", " ") or "10 høringssvar" in text
    columns = list(themes)
    # The overview table: number, sender, then one mark per theme in the codebook's order.
    row = next(r for r in rows if r[0] == "2" and len(r) >= 2 + len(columns))
    marks = row[2 : 2 + len(columns)]
    assert marks[columns.index("have")] == "÷"  # the stance changed to against
    assert marks[columns.index("pris")] == ""  # the tag removed

    # Collect the same folder again: nothing the person did is lost.
    hoering(archive, "collect", "aktivering", letters)
    after = json.loads(hoering(archive, "export", "aktivering", "--json").stdout)
    by_number = {r["id"]: r for r in after["responses"]}
    assert by_number[3]["sender"] == "LMU Sygedagpengehuset (rettet af sekretariatet)"
    assert by_number[3]["party"] == "LMU i Sygedagpengehuset"
    stances = {t["key"]: t["stance"] for t in by_number[2]["themes"]}
    assert stances["have"] == "imod" and "pris" not in stances
    go(page, "/h/aktivering/svar/11")
    assert page.locator(".badge", has_text="Udeladt: Sendt til en anden høring").count() == 1
    go(page, "/h/aktivering/svar/1")
    assert page.locator("ul.redactions", has_text="STAR projekter").count() == 1
    go(page, "/h/aktivering/svar/2")
    assert page.input_value("#comment") == "Svaret er læst og vurderet."
    assert page.locator(".badge", has_text="Gennemgået").count() == 1
    for key in themes:
        go(page, f"/h/aktivering/tema/{key}")
        assert page.input_value("#remarks") == f"Forvaltningen bemærker om {key}: budgettet fastholdes."
    go(page, "/h/aktivering/notat")
    note_built(page)
    assert page.locator(".alert-success", has_text="Godkendt af").count() == 1
    log = hoering(archive, "log", "aktivering").stdout
    for done in ("afsender", "udeladt", "godkendt"):
        assert done in log.lower()


def _docx(path: Path) -> tuple[str, list[list[str]]]:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    rows = []
    for table in doc.tables:
        for r in table.rows:
            cells = [c.text.strip() for c in r.cells]
            rows.append(cells)
            parts.extend(cells)
    return "\n".join(parts), rows
