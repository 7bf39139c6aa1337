"""Every word a user sees is Danish, Click's own included, and every mistake says what to do.

Walks every registered command (so a command added later is covered too) and runs each with
wrong input: missing arguments, bad numbers, unknown slugs, themes and responses, paths that
do not exist, malformed and misspelled configs, broken templates and a file that cannot be
replaced (what a note open in Word gives on Windows).
"""

from __future__ import annotations

import ast
import gettext
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner
from conftest import CORPUS, ROOT

from hoering.cli import main
from hoering.cli.danish import DOMAIN, LOCALE_DIR

PO = LOCALE_DIR / "da" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")

# What Click or Python print in English; none of it may reach a user.
ENGLISH = (
    "Usage:", "Error:", "Traceback", "Missing argument", "Missing option", "is not a valid",
    "Options:", "Commands:", "does not exist", "No such", "Try '", "Show this message",
    "Uventet fejl", "[OPTIONS]", "is not one of", "is not in the range", "requires an argument",
)  # fmt: skip
# English that a library's own message would bring along ("File is not a zip file").
ENGLISH_WORDS = re.compile(r"\b(the|is not|could not|cannot|does not|invalid|expected|unexpected|error)\b", re.I)
ENGLISH_METAVARS = re.compile(r"\b(INTEGER|TEXT|PATH|DIRECTORY|FILENAME|FLOAT|RANGE|BOOLEAN|FILE)\b")
# What to do: every message must tell the user an action, in the imperative.
ACTION = re.compile(
    r"\b(Se|Skriv|Tjek|Brug|Ret|Luk|Vælg|Angiv|Opret|Mente du|Indsæt|Frigør|Bed|Kør|Tilføj|"
    r"Sørg|Installér|Kopiér)\b",
    re.IGNORECASE,
)


def commands(group: click.Group = main, prefix: tuple[str, ...] = ()):
    # Through the group's own look-up: `main` imports a command's module when asked for it.
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*prefix, name))


ALL = list(commands())


def invoke(*args, input: str | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def assert_danish(result, *, failed: bool = True) -> str:
    out = result.output
    if failed:
        assert result.exit_code != 0, out
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for english in ENGLISH:
        assert english not in out, f"{english!r} in:\n{out}"
    assert not ENGLISH_WORDS.search(out), f"English in:\n{out}"
    if failed:
        assert ACTION.search(out), f"no advice in:\n{out}"
    return out


# --- the catalogue ---------------------------------------------------------------------------


def _click_messages() -> set[str]:
    """Every msgid the installed Click marks with _() or ngettext()."""
    found = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_click_message_has_a_danish_translation():
    with PO.open("rb") as f:
        catalogue = read_po(f)
    translated = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in catalogue if m.id}
    missing = sorted(_click_messages() - set(translated))
    assert not missing, f"add to {PO.name}: {missing}"
    assert all(translated.values()), "an empty msgstr"


def test_compiled_catalogue_matches_the_po_file():
    with PO.open("rb") as f:
        catalogue = read_po(f)
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0]
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[1]
        else:
            assert compiled.gettext(message.id) == message.string, f"make locale ({message.id!r})"


# --- every command's help ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [p for p, _ in ALL], ids=" ".join)
def test_help_is_danish_with_examples(path):
    out = assert_danish(invoke(*path, "--help"), failed=False)
    assert out.startswith("Brug: hoering"), out
    assert not ENGLISH_METAVARS.search(out), out
    assert "Eksempler:" in out, f"hoering {' '.join(path)} --help has no examples"
    assert f"hoering {' '.join(path)}" in out.split("Eksempler:")[1]


@pytest.mark.parametrize("path, command", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_every_option_explains_itself(path, command):
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"hoering {' '.join(path)} {param.opts[0]} has no help text"


@pytest.mark.parametrize(
    "path", [p for p, c in ALL if any(a.required for a in c.params if isinstance(a, click.Argument))],
    ids=" ".join,
)  # fmt: skip
def test_missing_arguments_are_named_in_danish(path):
    out = assert_danish(invoke(*path))
    assert "Mangler argumentet" in out and "--help" in out


def test_top_level_help_and_version():
    out = assert_danish(invoke("--help"), failed=False)
    assert "Kommandoer:" in out and "Tilvalg:" in out
    version = importlib.metadata.version("hoering")
    assert invoke("--version").output.strip() == f"hoering version {version}"


def test_a_mistyped_command_gets_a_suggestion():
    assert "Mente du" in assert_danish(invoke("colect"))
    assert "collect" in invoke("colect").output


def test_the_installed_command_is_danish_whatever_the_pc_language(tmp_path):
    exe = Path(sys.executable).with_name("hoering")
    if not exe.exists():
        pytest.skip("no console script next to this Python")
    env = {**os.environ, "LANG": "en_US.UTF-8", "LANGUAGE": "en", "LC_ALL": "C", "HOERING_ARCHIVE": str(tmp_path)}
    done = subprocess.run([exe, "show", "x", "abc"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert "Ugyldig værdi for 'NR'" in done.stderr and "ikke et tal" in done.stderr, done.stderr


# --- wrong input to every kind of command ----------------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """An archive with the sample consultation collected (the real CLI)."""
    path = tmp_path_factory.mktemp("danish") / "archive"
    for args in (("new", "aktivering", "--config", CORPUS / "hoering.toml"),
                 ("collect", "-q", "-j", "1", "aktivering", CORPUS / "responses")):  # fmt: skip
        result = invoke("--archive", path, *args)
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """Bad files a user may hand hoering."""
    base = tmp_path_factory.mktemp("bad")
    (base / "syntaks.toml").write_text('title = "Besparelser\nparties = []\n', encoding="utf-8")
    (base / "dato.toml").write_text('title = "x"\ndeadline = 2018-13-01\n', encoding="utf-8")
    (base / "ukendt.toml").write_text(
        'title = "x"\n[themes.mentor]\nlabel = "Mentor"\nkeyword = ["mentor"]\n[limits]\nmax_page = 3\n',
        encoding="utf-8",
    )
    (base / "tal.toml").write_text('title = "x"\ndelete_after_days = "et år"\n', encoding="utf-8")
    templates = base / "skabeloner"
    templates.mkdir()
    (templates / "note.html.j2").write_text("{% for r in responses %}\n{{ r.sender }}\n", encoding="utf-8")
    import docx

    plain = docx.Document()
    plain.add_paragraph("Aalborg Kommune – brevpapir")
    plain.save(base / "brevpapir.docx")
    (base / "ikke-word.docx").write_text("dette er tekst", encoding="utf-8")
    (base / "mappe.docx").mkdir()
    return base


CASES = {
    # bad numbers
    "show-abc": (("show", "aktivering", "abc"), "ikke et tal"),
    "tag-abc": (("tag", "aktivering", "x", "mentor"), "ikke et tal"),
    "search-limit": (("search", "mentor", "--limit", "0"), "uden for det tilladte interval"),
    "search-limit-text": (("search", "mentor", "--limit", "tyve"), "ikke et tal"),
    "collect-workers": (("collect", "aktivering", "{corpus}", "-j", "0"), "uden for det tilladte interval"),
    "log-limit": (("log", "--limit", "x"), "ikke et tal"),
    "stance": (("tag", "aktivering", "1", "mentor", "--stance", "imode"), "vælg en af"),
    "kind": (("search", "x", "--kind", "borger"), "vælg en af"),
    # unknown consultation, theme, response, suggestion
    "status-slug": (("status", "aktivring"), "Mente du »aktivering«"),
    "show-slug": (("show", "aktivring", "1"), "Mente du »aktivering«"),
    "note-slug": (("note", "aktivring", "-o", "{tmp}/n.docx"), "Mente du »aktivering«"),
    "export-slug": (("export", "aktivring"), "Mente du »aktivering«"),
    "approve-slug": (("approve", "aktivring"), "Mente du »aktivering«"),
    "collect-slug": (("collect", "aktivring", "{corpus}"), "Mente du »aktivering«"),
    "delete-slug": (("delete", "aktivring", "--yes"), "Mente du »aktivering«"),
    "search-slug": (("search", "mentor", "--consultation", "aktivring"), "Mente du »aktivering«"),
    "search-theme": (("search", "mentor", "--theme", "mentr"), "Mente du »mentor«"),
    "tag-theme": (("tag", "aktivering", "1", "mentr"), "Mente du »mentor«"),
    "show-response": (("show", "aktivering", "99"), "nr. 99 findes ikke"),
    "explain-response": (("explain", "aktivering", "99"), "nr. 99 findes ikke"),
    "sender-response": (("set-sender", "aktivering", "99", "Ældrerådet"), "nr. 99 findes ikke"),
    "redact-response": (("redact", "aktivering", "99", "Jens"), "nr. 99 findes ikke"),
    "delete-response": (("delete", "aktivering", "99", "--yes"), "nr. 99 findes ikke"),
    "revision-choice": (("set-revision", "aktivering", "2"), "--of"),
    "accept": (("themes", "aktivering", "--accept", "42"), "Forslag nr. 42"),
    "command": (("stauts",), "Mente du"),
    "delete-no-tty": (("delete", "aktivering", "3"), "--yes"),
    # paths
    "collect-path": (("collect", "aktivering", "{tmp}/Høringssvar"), "findes ikke"),
    "config-missing": (("new", "ny", "--config", "{tmp}/ny.toml"), "findes ikke"),
    "labels-missing": (("eval", "aktivering", "--labels", "{tmp}/facit.json"), "findes ikke"),
    "templates-missing": (("note", "aktivering", "-o", "{tmp}/n.html", "--templates", "{tmp}/ingen"), "findes ikke"),
    "template-missing": (("note", "aktivering", "-o", "{tmp}/n.docx", "--template", "{tmp}/ingen.docx"), "findes ikke"),
    "note-folder": (("note", "aktivering", "-o", "{tmp}/mangler/n.docx"), "findes ikke"),
    "xlsx-folder": (("export", "aktivering", "--xlsx", "{tmp}/mangler/n.xlsx"), "findes ikke"),
    "note-is-folder": (("note", "aktivering", "-o", "{files}/mappe.docx"), "er en mappe"),
    "archive-typo": (("--archive", "{archive}x", "list"), "Der er intet arkiv"),
    # wrong output names
    "xlsx-suffix": (("export", "aktivering", "--xlsx", "{tmp}/oversigt.csv"), ".xlsx"),
    "note-suffix": (("note", "aktivering", "-o", "{tmp}/notat.pdf"), ".docx"),
    # configs
    "toml-syntax": (("new", "ny", "--config", "{files}/syntaks.toml"), "linje 1"),
    "toml-date": (("config", "aktivering", "--config", "{files}/dato.toml"), "linje 2"),
    "config-unknown-keys": (("new", "ny", "--config", "{files}/ukendt.toml"), "Mente du keywords?"),
    "config-type": (("new", "ny", "--config", "{files}/tal.toml"), "delete_after_days skal være"),
    # templates
    "jinja": (("note", "aktivering", "-o", "{tmp}/n.html", "--templates", "{files}/skabeloner"), "{% endfor %}"),
    "docx-no-fields": (("note", "aktivering", "-o", "{tmp}/n.docx", "--template", "{files}/brevpapir.docx"), "ingen felter"),
    "docx-not-word": (("note", "aktivering", "-o", "{tmp}/n.docx", "--template", "{files}/ikke-word.docx"), "ikke et Word-dokument"),
}  # fmt: skip


ARCHIVE_ON_DISK = pytest.mark.sqlite_only("a mistyped --archive is a folder on disk; a PostgreSQL archive is named by its URL")
ON_DISK_ONLY = {"archive-typo"}  # a mistyped --archive is a folder on disk; PostgreSQL is named by URL


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=ARCHIVE_ON_DISK) if c in ON_DISK_ONLY else c for c in CASES]
)
def test_wrong_input_gets_a_danish_message_saying_what_to_do(case, archive, files, tmp_path):
    args, expected = CASES[case]
    fill = {"tmp": tmp_path, "files": files, "corpus": CORPUS / "responses", "archive": archive}
    args = [a.format(**fill) if isinstance(a, str) else a for a in args]
    result = invoke("--archive", archive, *args)
    out = assert_danish(result)
    assert expected in out, out
    if case == "config-unknown-keys":  # every problem, each with its line
        assert "linje 4" in out and "linje 6" in out and "Mente du max_pages?" in out


def _immutable(path: Path):
    """A file the OS refuses to replace even for root (chattr +i): what a note open in Word is
    on Windows. None where the filesystem or user cannot do it."""
    if shutil.which("chattr") is None:
        return None
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    return path if done.returncode == 0 else None


@pytest.mark.parametrize("option, name", [("-o", "overblik.docx"), ("--xlsx", "oversigt.xlsx")])
def test_a_file_in_use_says_close_it(archive, tmp_path, option, name):
    target = tmp_path / name
    target.write_bytes(b"the version the committee has open")
    if _immutable(target) is None:
        pytest.skip("chattr +i is not possible here (not root, or the filesystem has no attributes)")
    try:
        command = "note" if option == "-o" else "export"
        out = assert_danish(invoke("--archive", archive, command, "aktivering", option, target))
        assert "åben i et andet program" in out and "Luk filen" in out
        assert "uændret" in out
        assert target.read_bytes() == b"the version the committee has open"
        assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=False)


def test_os_errors_each_have_their_own_advice(tmp_path):
    import errno

    from hoering.errors import danish, output_error

    in_use = output_error(PermissionError(errno.EACCES, "denied"), "n.docx", existed=True, replacing=True)
    folder = output_error(PermissionError(errno.EACCES, "denied"), "n.docx", existed=True)
    read_only = output_error(OSError(errno.EROFS, "read-only"), "n.docx")
    full = output_error(OSError(errno.ENOSPC, "full"), "n.docx")
    missing = output_error(FileNotFoundError(errno.ENOENT, "missing"), "mangler/n.docx")
    sentences = [e.message_da() for e in (in_use, folder, read_only, full, missing)]
    assert "åben i et andet program" in sentences[0]
    assert "skrive i mappen" in sentences[1]
    assert "skrivebeskyttet" in sentences[2]
    assert "Disken er fuld" in sentences[3]
    assert "findes ikke" in sentences[4]
    assert len(set(sentences)) == 5
    # Outside an output: a real PermissionError from the OS, and a missing file.
    for exc in (PermissionError(errno.EACCES, "denied", str(tmp_path / "x")),
                FileNotFoundError(errno.ENOENT, "missing", str(tmp_path / "y")),
                OSError(errno.EROFS, "read-only", "/cdrom/z")):  # fmt: skip
        sentence = danish(exc)
        assert "Uventet" not in sentence and ACTION.search(sentence), sentence


@ARCHIVE_ON_DISK
def test_a_new_archive_is_made_only_by_new(tmp_path):
    typo = tmp_path / "arkiv-med-tyrefejl"
    for args in (("list",), ("search", "mentor"), ("status", "aktivering"), ("purge", "--yes")):
        assert "Der er intet arkiv" in assert_danish(invoke("--archive", typo, *args))
    assert not typo.exists()
    created = invoke("--archive", typo, "new", "akt", "--config", CORPUS / "hoering.toml")
    assert created.exit_code == 0, created.output
    assert invoke("--archive", typo, "list").exit_code == 0


def test_readme_quick_start_for_staff_is_three_lines_or_fewer():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    staff = readme.split("## Install", 1)[1].split("```", 2)[1]
    lines = [line for line in staff.splitlines()[1:] if line.strip() and not line.lstrip().startswith("#")]
    assert 1 <= len(lines) <= 3, lines
    assert any("hoering demo" in line for line in lines)


