"""The workspace as an ASGI app: routes, static files and the middleware every request passes."""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from .routes import ROUTES
from .security import CSRFProtection, SecurityHeaders
from .workspace import Workspace

STATIC = Path(__file__).parent / "static"


def create_app(archive_dir: Path | str | None = None, *, login=None, workspace: Workspace | None = None) -> Starlette:
    """The app over the archive in `archive_dir` (or the default). `login`: the login settings
    of a shared server; None for a one-person workspace on this computer."""
    ws = workspace or Workspace(archive_dir, login=login)
    app = Starlette(
        routes=[*ROUTES, Mount("/static", app=StaticFiles(directory=STATIC), name="static")],
        middleware=[Middleware(SecurityHeaders), Middleware(CSRFProtection)],
        on_shutdown=[ws.close],
    )
    app.state.workspace = ws
    return app
