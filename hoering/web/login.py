"""Who is using a shared workspace: the login page, the signed session cookie, and the
middleware that sends anyone not signed in to the login page.

On this computer alone (127.0.0.1, no accounts) there is no login: the operating system's user
acts. Once the archive has accounts (`hoering user add`) or the single sign-on header is set
(`hoering.auth`), every page but the login page and the static files needs a signed-in user,
and their role decides what they may do (`User.may_edit`, `User.may_approve`). The session is
Starlette's signed cookie (itsdangerous) under a secret made when the server starts; it holds
only the user's name, and the account is read again on every request, so a changed role or a
removed account takes effect at once.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse

from .. import auth
from .. import messages as M
from ..store import users as user_store
from .render import render

OPEN_PATHS = ("/login", "/static/")


class LoginRequired:
    """Puts the signed-in user into the request (`scope["hoering_user"]`), and sends a request
    without one to the login page."""

    def __init__(self, app, workspace):
        self.app = app
        self.ws = workspace

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.ws.login:
            return await self.app(scope, receive, send)
        user = self._user(scope)
        scope["hoering_user"] = user
        if user is None and not scope["path"].startswith(OPEN_PATHS):
            target = "/login?next=" + quote(scope["path"])
            return await RedirectResponse(target, status_code=303)(scope, receive, send)
        await self.app(scope, receive, send)

    def _user(self, scope):
        request = Request(scope)
        with self.ws.use() as archive:
            client = scope.get("client")
            proxied = auth.user_from_proxy(archive, request.headers, client[0] if client else None)
            if proxied is not None:
                return proxied
            name = scope.get("session", {}).get("user")
            found = user_store.user(archive.db, name) if name else None
        return found[0] if found else None


def _next(request: Request) -> str:
    target = request.query_params.get("next") or "/"
    # Only a path on this site: never an address elsewhere ("//host", "http://…").
    return target if target.startswith("/") and not target.startswith("//") else "/"


def login_page(request: Request):
    return render(request, "login.html", {"next": _next(request)})


async def login(request: Request):
    form = await request.form()
    ws = request.app.state.workspace
    with ws.use() as archive:
        user = auth.authenticate(archive, str(form.get("brugernavn", "")), str(form.get("adgangskode", "")))
    if user is None:
        return render(request, "login.html", {"next": _next(request), "error": M.WEB_LOGIN_FAILED}, status=401)
    request.session.clear()
    request.session["user"] = user.name
    return RedirectResponse(_next(request), status_code=303)


async def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
