"""The workspace's Jinja environment: packaged templates only, autoescaped, and response text
always a value placed in a template, never a template itself."""

from __future__ import annotations

import functools
from enum import StrEnum

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from .. import messages as M
from . import pages


def _da(value) -> str:
    if value is None:
        return ""
    return value.da if isinstance(value, StrEnum) and hasattr(value, "da") else str(value)


def _date(value) -> str:
    from ..note.text import danish_date, parse_date

    parsed = parse_date(value)
    return danish_date(parsed) if parsed else ""


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("hoering.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["da"] = _da
    env.filters["dato"] = _date
    env.globals.update(
        stance_mark=pages.STANCE_MARK,
        stance_label=pages.stance_label,
        stance_class=pages.stance_class,
        stances=pages.STANCES,
        M=M,
    )
    return env


def render(request: Request, name: str, context: dict, *, status: int = 200) -> HTMLResponse:
    from .routes import user_of

    values = {
        "request": request,
        "csrf_token": request.scope.get("csrf_token", ""),
        "user": user_of(request),
        "login": request.app.state.workspace.login,
        "error": None,
        "saved": None,
        "form": {},
        **context,
    }
    html = environment().get_template(name).render(values)
    return HTMLResponse(html, status_code=status)
