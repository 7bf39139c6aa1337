"""The workspace as an ASGI app: routes, static files and the middleware every request passes
(outermost first): security headers, the CSRF check, the session, the login."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from .login import LoginRequired
from .routes import ROUTES
from .security import CSRFProtection, SecurityHeaders, SessionCookie, secure_cookies_configured
from .workspace import Workspace

STATIC = Path(__file__).parent / "static"
SESSION_HOURS = 10  # a working day; then sign in again


def create_app(
    archive_dir: Path | str | None = None, *, login: bool = False, workspace: Workspace | None = None,
    secure_cookies: bool | None = None,
) -> Starlette:  # fmt: skip
    """The app over the archive in `archive_dir` (or the default). `login`: a shared server
    where everyone signs in; False for a one-person workspace on this computer.
    `secure_cookies`: every cookie `Secure` (TLS in front of the server), by default as
    HOERING_SECURE_COOKIES says; otherwise only requests that came over TLS get them so."""
    ws = workspace or Workspace(archive_dir, login=login)
    secure = secure_cookies_configured() if secure_cookies is None else secure_cookies

    @contextlib.asynccontextmanager
    async def lifespan(app):
        ws.builder.start()  # the note's worker process, its imports done before anyone asks
        yield
        ws.close()

    app = Starlette(
        routes=[*ROUTES, Mount("/static", app=StaticFiles(directory=STATIC), name="static")],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(CSRFProtection, secure_cookie=secure),
            Middleware(
                SessionCookie, secret_key=secrets.token_urlsafe(32), session_cookie="hoering_session",
                max_age=SESSION_HOURS * 3600, same_site="strict", secure=secure,
            ),  # fmt: skip
            Middleware(LoginRequired, workspace=ws),
        ],
        lifespan=lifespan,
    )
    app.state.workspace = ws
    return app
