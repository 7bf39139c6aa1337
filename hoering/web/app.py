"""The workspace as an ASGI app: routes, static files and the middleware every request passes
(outermost first): security headers, the CSRF check, the session, the login."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from .login import LoginRequired
from .routes import ROUTES
from .security import CSRFProtection, SecurityHeaders
from .workspace import Workspace

STATIC = Path(__file__).parent / "static"
SESSION_HOURS = 10  # a working day; then sign in again


def create_app(archive_dir: Path | str | None = None, *, login: bool = False, workspace: Workspace | None = None) -> Starlette:
    """The app over the archive in `archive_dir` (or the default). `login`: a shared server
    where everyone signs in; False for a one-person workspace on this computer."""
    ws = workspace or Workspace(archive_dir, login=login)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        ws.builder.start()  # the note's worker process, its imports done before anyone asks
        yield
        ws.close()

    app = Starlette(
        routes=[*ROUTES, Mount("/static", app=StaticFiles(directory=STATIC), name="static")],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(CSRFProtection),
            Middleware(
                SessionMiddleware, secret_key=secrets.token_urlsafe(32), session_cookie="hoering_session",
                max_age=SESSION_HOURS * 3600, same_site="strict", https_only=False,
            ),  # fmt: skip
            Middleware(LoginRequired, workspace=ws),
        ],
        lifespan=lifespan,
    )
    app.state.workspace = ws
    return app
