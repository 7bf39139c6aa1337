"""Tesseract and LibreOffice are found where their installers put them, not only on PATH."""

from __future__ import annotations

import os
import stat
from pathlib import PurePosixPath, PureWindowsPath

from hoering import programs

WINDOWS_ENV = {
    "ProgramFiles": r"C:\Program Files",
    "ProgramW6432": r"C:\Program Files",
    "ProgramFiles(x86)": r"C:\Program Files (x86)",
    "LOCALAPPDATA": r"C:\Users\anna\AppData\Local",
}


def test_windows_install_folders_of_tesseract():
    assert programs.install_locations(programs.TESSERACT, WINDOWS_ENV, "win32") == [
        PureWindowsPath(r"C:\Program Files\Tesseract-OCR\tesseract.exe"),
        PureWindowsPath(r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe"),
        PureWindowsPath(r"C:\Users\anna\AppData\Local\Programs\Tesseract-OCR\tesseract.exe"),
    ]


def test_windows_install_folders_of_libreoffice():
    found = programs.install_locations(programs.SOFFICE, WINDOWS_ENV, "win32")
    assert found[0] == PureWindowsPath(r"C:\Program Files\LibreOffice\program\soffice.exe")
    assert PureWindowsPath(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe") in found


def test_windows_without_program_files_variables_has_no_guesses():
    # A stripped environment (a service account): nothing is invented from nothing.
    assert programs.install_locations(programs.SOFFICE, {}, "win32") == []
    only_local = {"LOCALAPPDATA": r"D:\Profiler\bo\AppData\Local"}
    assert programs.install_locations(programs.TESSERACT, only_local, "win32") == [
        PureWindowsPath(r"D:\Profiler\bo\AppData\Local\Programs\Tesseract-OCR\tesseract.exe")
    ]


def test_mac_and_linux_locations():
    assert PurePosixPath("/Applications/LibreOffice.app/Contents/MacOS/soffice") in programs.install_locations(
        programs.SOFFICE, {}, "darwin"
    )
    assert programs.install_locations(programs.TESSERACT, {}, "linux") == []


def _program(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_variable_names_the_program_or_its_folder(tmp_path):
    exe = _program(tmp_path / "Tesseract-OCR" / "tesseract")
    env = {"PATH": "", "HOERING_TESSERACT": str(exe)}
    assert programs.find(programs.TESSERACT, env, "linux") == str(exe)
    env["HOERING_TESSERACT"] = str(exe.parent)
    assert programs.find(programs.TESSERACT, env, "linux") == str(exe)


def test_a_wrong_variable_is_not_silently_replaced_by_path(tmp_path):
    on_path = _program(tmp_path / "bin" / "soffice")
    env = {"PATH": str(on_path.parent), "HOERING_SOFFICE": str(tmp_path / "nowhere" / "soffice")}
    assert programs.find(programs.SOFFICE, env, "linux") is None
    del env["HOERING_SOFFICE"]
    assert programs.find(programs.SOFFICE, env, "linux") == str(on_path)


def test_not_installed_is_none(tmp_path):
    assert programs.find(programs.TESSERACT, {"PATH": str(tmp_path)}, "linux") is None


def test_the_real_environment_finds_what_is_on_path():
    import shutil

    on_path = shutil.which("tesseract")
    if on_path and not os.environ.get("HOERING_TESSERACT"):
        assert programs.find(programs.TESSERACT) == on_path
