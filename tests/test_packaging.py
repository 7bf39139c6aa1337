"""A wheel built from pyproject.toml holds every package of the library."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_package_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "hoering").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
