"""The note the workspace builds in its worker process: the page never waits for it, a build
is never started twice, and a note built from an archive that has changed since is never shown
as the current one. On the real sample archive, the real worker process, no server."""

from __future__ import annotations

import time

import pytest
from web_server import sample_archive

from hoering import review
from hoering.store import Archive, dialect
from hoering.web.workspace import Workspace

SLUG = "aktivering"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return sample_archive(tmp_path_factory.mktemp("note"))[0]


@pytest.fixture
def workspace(archive):
    ws = Workspace(archive)
    yield ws
    ws.close()


def _built(ws: Workspace, timeout: float = 300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = ws.note(SLUG, wait=0.2)
        assert state.error is None, state.error
        if state.build is not None:
            return state.build
    raise AssertionError("the note was not built")


def test_the_page_does_not_wait_and_a_running_build_is_not_started_again(workspace, archive):
    marker = workspace.marker()
    first = workspace.note(SLUG, wait=0)
    assert first.build is None  # said at once: being built (the page answers, the worker builds)
    for _ in range(5):
        assert workspace.note(SLUG, wait=0).build is None
    assert workspace.builds_started == 1
    built = _built(workspace)
    # The build stored the summaries it computed, which moved the archive's marker; nobody else
    # wrote, so the note is taken as the archive as it is, not built a second time. PostgreSQL
    # cannot tell the worker's own write from another's: one more build, which writes nothing.
    assert workspace.builds_started == (1 if workspace.archive.backend == dialect.SQLITE else 2)
    assert workspace.marker() != marker
    assert workspace.note(SLUG, wait=0).build is built
    assert "[Udfyldes af forvaltningen]" in built.html  # the public note, no remarks written yet
    # What redaction read is kept, so the build after the next change reads only new texts.
    from hoering.readings import kept_readings

    with Archive(archive) as other:
        assert kept_readings(other, other.consultation(SLUG))


def test_a_change_while_the_note_builds_is_never_hidden_behind_the_old_note(workspace, archive):
    from hoering import themes
    from hoering.model import Stance

    _built(workspace)
    started = workspace.builds_started
    with Archive(archive) as other:  # another window: `hoering tag …`, then `hoering remarks …`
        # A changed stance changes the summaries' inputs: the build computes and stores them
        # again (it writes), and the remarks are written while it runs.
        themes.correct_tag(other, SLUG, 2, "have", stance=Stance.AGAINST)
        assert workspace.note(SLUG, wait=0).build is None  # the kept note is of the old archive
        time.sleep(0.3)
        review.set_remarks(other, SLUG, "mentor", "Bemærkning skrevet, mens notatet blev bygget.")
        assert workspace.note(SLUG, wait=0).build is None
    built = _built(workspace)  # the first note shown after the changes
    assert "Bemærkning skrevet, mens notatet blev bygget." in built.html
    assert workspace.builds_started >= started + 2  # the stale build's note was not taken
