"""Several people on one shared PostgreSQL archive at once, in real processes.

Four collects of four folders into one consultation while two people edit the same
response's Vurdering with optimistic concurrency (`review.comment(..., expected=rev)`).
Afterwards every file is there exactly once, every saved edit is in the audit log with
its user, a stale edit was refused, and nothing waited forever (every process has a
timeout; a deadlock would show as one).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pg_harness
import pytest

from hoering.store import Archive

pytestmark = pytest.mark.postgresql_only("several processes on one PostgreSQL archive")

CMD = [sys.executable, "-m", "hoering"]
CONFIG = 'title = "Mentorindsatsen"\nparties = ["LMU", "Ældrerådet"]\n[themes.mentor]\nlabel = "Mentor"\nkeywords = ["mentor"]\n'
TIMEOUT = 300

# One editor: saves the Vurdering of response 1 again and again on the revision it last
# read, takes the newer revision when refused, then tries once on a long-gone revision.
EDITOR = r"""
import json, sys
from hoering import review
from hoering.errors import StaleEdit
from hoering.store import Archive

me, rounds = sys.argv[1], int(sys.argv[2])
saved = stale = 0
revision = 0
with Archive() as archive:
    for i in range(rounds):
        try:
            edit = review.comment(archive, "akt", 1, f"{me} skriver udkast {i}", expected=revision)
            revision, saved = edit.revision, saved + 1
        except StaleEdit as exc:
            stale += 1
            revision = exc.current.revision if exc.current is not None else revision
            assert exc.changed_by and "ændret af" in exc.message_da()
    try:
        review.comment(archive, "akt", 1, f"{me} på en gammel udgave", expected=1)
        late = "saved"
    except StaleEdit:
        late = "refused"
print(json.dumps({"saved": saved, "stale": stale, "late": late}))
"""


def _letter(n: int, folder: int) -> str:
    return (
        f"Høringssvar nr. {n} fra mappe {folder}\n\nVi har drøftet forslaget om mentorindsatsen "
        f"og ønsker den bevaret (svar {folder}-{n}).\n\nVenlig hilsen\nAfsender {folder}-{n}\n"
    )


def test_four_collects_and_two_editors_at_once(databases, tmp_path):
    url = pg_harness.url_of(databases.base, databases.new())
    env = {**pg_harness.env_for(tmp_path / "ubrugt"), "HOERING_DATABASE": url}
    config = tmp_path / "akt.toml"
    config.write_text(CONFIG, encoding="utf-8")
    first = tmp_path / "først"
    first.mkdir()
    (first / "00 første.txt").write_text(_letter(0, 0), encoding="utf-8")
    for args in (["new", "akt", "--config", str(config)], ["collect", "akt", str(first), "-q"]):
        subprocess.run([*CMD, *args], env=env, check=True, timeout=TIMEOUT, capture_output=True)

    expected = {"00 første.txt", "fælles.txt"}
    folders = []
    for f in range(1, 5):
        folder = tmp_path / f"mappe{f}"
        folder.mkdir()
        for n in range(6):
            name = f"{f}-{n:02d}.txt"
            (folder / name).write_text(_letter(n, f), encoding="utf-8")
            expected.add(name)
        # The same file in every folder: one row, however the four collects interleave.
        (folder / "fælles.txt").write_text(_letter(99, 0), encoding="utf-8")
        folders.append(folder)

    def user(name: str) -> dict:
        return {**env, "USER": name, "LOGNAME": name}

    collects = [
        subprocess.Popen([*CMD, "collect", "akt", str(folder), "-q", "-j", "1"], env=user(f"indsamler{i}"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for i, folder in enumerate(folders, 1)
    ]  # fmt: skip
    editors = {
        name: subprocess.Popen([sys.executable, "-c", EDITOR, name, "12"], env=user(name),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for name in ("redaktør-a", "redaktør-b")
    }  # fmt: skip
    try:
        for proc in collects:
            _, err = proc.communicate(timeout=TIMEOUT)
            assert proc.returncode == 0, err.decode()
        results = {}
        for name, proc in editors.items():
            out, err = proc.communicate(timeout=TIMEOUT)
            assert proc.returncode == 0, err.decode()
            results[name] = json.loads(out)
    finally:
        for proc in [*collects, *editors.values()]:
            if proc.poll() is None:
                proc.kill()

    with Archive(database=url) as archive:
        files = Counter(r["file"] for r in archive.db.execute("SELECT file FROM responses"))
        assert files == Counter({name: 1 for name in expected}), files
        numbers = [r[0] for r in archive.db.execute("SELECT number FROM responses ORDER BY number")]
        assert numbers == list(range(1, len(expected) + 1))
        log = archive.db.execute(
            "SELECT actor, number FROM audit_log WHERE action = 'comment' ORDER BY id"
        ).fetchall()
        final = archive.db.execute(
            "SELECT text, revision, actor FROM response_comments WHERE number = 1"
        ).fetchone()
    saved = sum(r["saved"] for r in results.values())
    assert len(log) == saved == final["revision"], (results, len(log))
    assert Counter(actor for actor, _ in log) == Counter({n: r["saved"] for n, r in results.items() if r["saved"]})
    assert all(number == 1 for _, number in log)
    assert {r["late"] for r in results.values()} == {"refused"}  # a stale edit never overwrites
    assert final["actor"] in results and final["text"].startswith(final["actor"])
