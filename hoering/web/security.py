"""What every request and response of the workspace passes through: the CSRF check and the
security headers. Pure ASGI middleware, so nothing a route does can step around it.

CSRF: a double-submit token bound to the server. The browser holds a random nonce in an
HttpOnly, SameSite=Strict cookie (Secure when the request came over TLS, `over_tls`); every form carries `csrf_token`, the HMAC of that nonce under
a secret made when the server starts (htmx sends the same value as `X-CSRF-Token`). Every
request that is not GET/HEAD/OPTIONS is refused with 403 unless the token matches — with no
exception for requests without cookies or with an Authorization header (the well-kept
`asgi-csrf` lets those through, which is why this is our own, 60 lines). A cookie an attacker
managed to plant does not help: without the server's secret its token cannot be computed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl

from .. import messages as M

COOKIE = "hoering_csrf"
FIELD = "csrf_token"
HEADER = b"x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_FORM_BYTES = 2 * 1024 * 1024  # a Vurdering or bemærkninger text is far below this

# The workspace loads only its own files; the note preview is the one page shown in a frame,
# its own (see `PREVIEW_HEADERS`).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-src 'self'; frame-ancestors 'none'"
)
# The note as published carries its own stylesheet inline (it is a file people save);
# shown inside the workspace in a sandboxed frame with no script at all.
PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
PREVIEW_HEADERS = [
    (b"content-security-policy", PREVIEW_CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"referrer-policy", b"no-referrer"),
]
PREVIEW_MARK = b"x-hoering-preview"


# Cookies carry `Secure` when the request came over TLS: the scheme the server saw, or a
# reverse proxy's X-Forwarded-Proto when the request came from one of HOERING_TRUSTED_PROXIES
# (the proxies whose sign-on header is believed, `auth.from_trusted_proxy`), or always when
# the environment says TLS is in front of the server (HOERING_SECURE_COOKIES=1).
SECURE_COOKIES_ENV = "HOERING_SECURE_COOKIES"


def secure_cookies_configured(environ=None) -> bool:
    import os

    value = (environ if environ is not None else os.environ).get(SECURE_COOKIES_ENV, "")
    return value.strip().lower() in ("1", "true", "ja", "yes")


def over_tls(scope, configured: bool = False) -> bool:
    from ..auth import from_trusted_proxy

    if configured or scope.get("scheme") in ("https", "wss"):
        return True
    forwarded = dict(scope.get("headers") or []).get(b"x-forwarded-proto", b"").decode("latin-1")
    if forwarded.split(",")[0].strip().lower() != "https":
        return False
    client = scope.get("client")
    return from_trusted_proxy(client[0] if client else None)


class SessionCookie:
    """Starlette's signed session cookie (itsdangerous), HttpOnly and SameSite=Strict, with
    `Secure` per request: Starlette fixes that flag when the middleware is made, so there is
    one of each and the request's scheme chooses."""

    def __init__(self, app, *, secret_key: str, secure: bool = False, **options):
        from starlette.middleware.sessions import SessionMiddleware

        options.setdefault("same_site", "strict")
        self.plain = SessionMiddleware(app, secret_key=secret_key, https_only=False, **options)
        self.tls = SessionMiddleware(app, secret_key=secret_key, https_only=True, **options)
        self.secure = secure

    async def __call__(self, scope, receive, send):
        chosen = self.tls if over_tls(scope, self.secure) else self.plain
        await chosen(scope, receive, send)


class SecurityHeaders:
    """Sets the headers above on every response (a route marks the note preview)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(event):
            if event["type"] == "http.response.start":
                headers = [(k, v) for k, v in event.get("headers", []) if k.lower() != PREVIEW_MARK]
                preview = len(headers) != len(event.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = PREVIEW_HEADERS if preview else HEADERS
                headers += [(k, v) for k, v in extra if k not in names]
                event = {**event, "headers": headers}
            await send(event)

        await self.app(scope, receive, send_with_headers)


class CSRFProtection:
    """Refuses every unsafe request without the right token (see the module docstring)."""

    def __init__(self, app, *, secret: bytes | None = None, secure_cookie: bool = False):
        self.app = app
        self.secret = secret or secrets.token_bytes(32)
        self.secure_cookie = secure_cookie

    def token_for(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        nonce = _cookie(scope, COOKIE)
        fresh = not nonce or len(nonce) > 100
        if fresh:
            nonce = secrets.token_urlsafe(32)
        token = self.token_for(nonce)
        scope = {**scope, "csrf_token": token}

        if scope["method"] not in SAFE_METHODS:
            if fresh:
                return await _refuse(send, 403, M.WEB_CSRF_REFUSED)
            sent = dict(scope.get("headers") or []).get(HEADER, b"").decode("latin-1")
            if sent and hmac.compare_digest(sent, token):
                return await self.app(scope, receive, send)
            body, replay = await _read_body(receive)
            if body is None:
                return await _refuse(send, 413, M.WEB_FORM_TOO_LARGE)
            form = dict(parse_qsl(body.decode("utf-8", "replace"))) if _is_form(scope) else {}
            if not hmac.compare_digest(form.get(FIELD, ""), token):
                return await _refuse(send, 403, M.WEB_CSRF_REFUSED)
            return await self.app(scope, replay, send)

        async def send_with_cookie(event):
            if event["type"] == "http.response.start" and fresh:
                cookie = f"{COOKIE}={nonce}; Path=/; HttpOnly; SameSite=Strict"
                if over_tls(scope, self.secure_cookie):
                    cookie += "; Secure"
                event = {**event, "headers": [*event.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send(event)

        await self.app(scope, receive, send_with_cookie)


def _cookie(scope, name: str) -> str | None:
    raw = dict(scope.get("headers") or []).get(b"cookie")
    if not raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw.decode("latin-1"))
    except Exception:  # a malformed Cookie header is no token
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def _is_form(scope) -> bool:
    content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
    return content_type.split(b";", 1)[0].strip().lower() == b"application/x-www-form-urlencoded"


async def _read_body(receive):
    """The whole body (None past `MAX_FORM_BYTES`) and a `receive` that plays it again."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None, receive
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _refuse(send, status: int, message: str) -> None:
    from markupsafe import escape

    body = (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Afvist</title></head>'
        f"<body><main><h1>Afvist</h1><p>{escape(message)}</p></main></body></html>"
    ).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})
