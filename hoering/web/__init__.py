"""The review workspace (`hoering serve`): a local web app where staff check, correct, comment
on and sign off a consultation in the browser.

Starlette with Jinja templates (autoescaped), progressive enhancement with htmx (every form is
a plain form first), the look of Det Fælles Designsystem (DKFDS, vendored under `static/`).
`app.py` assembles it; `security.py` holds the CSRF check and the security headers every
request passes; `pages.py` builds what each page shows; `routes.py` the pages and actions;
`notes.py` the note it shows and hands out; `server.py` starts it.
"""

from .app import create_app

__all__ = ["create_app"]
