"""The workspace's pages (GET) and actions (POST). Each action checks the user's role, calls one
library function as that user (`acting_as`), and answers with a redirect back to its page
(303, so a reload does not post again) — or, when the library refuses, with the page again,
the Danish reason on top and what the person typed still in the form.
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import messages as M
from .. import publication, review
from .. import themes as theme_lib
from ..errors import HoeringError, StaleEdit, danish
from ..model import Stance, User
from ..pipeline import corrections
from ..store.audit import acting_as
from . import pages
from .login import login, login_page, logout
from .notes import write_download
from .render import render
from .workspace import POLL_SECONDS, Workspace

NOTE_FORMATS = {"docx", "html", "md", "xlsx"}


def _ws(request: Request) -> Workspace:
    return request.app.state.workspace


def user_of(request: Request) -> User | None:
    """The person acting: the signed-in user on a shared server (`login.LoginRequired`),
    else the operating system's user."""
    ws = _ws(request)
    if not ws.login:
        return ws.local_user()
    return request.scope.get("hoering_user")


def _saved(request: Request) -> str | None:
    key = request.query_params.get("gemt")
    return M.WEB_SAVED.get(key) if key else None


def page(fn):
    """A GET page: the archive held for its reads, a library error as a Danish page."""

    @functools.wraps(fn)
    def wrapper(request: Request, **extra):
        ws = _ws(request)
        try:
            with ws.use() as archive:
                return fn(request, archive, **extra)
        except HoeringError as exc:
            return render(request, "error.html", {"message": exc.message_da()}, status=404)

    return wrapper


# --- pages ----------------------------------------------------------------------------------


@page
def consultations(request, archive, **extra):
    return render(request, "consultations.html", {"rows": pages.consultations(archive), **extra})


@page
def consultation(request, archive, **extra):
    slug = request.path_params["slug"]
    view = pages.consultation(archive, slug, dict(request.query_params), _ws(request).response_lines)
    return render(request, "consultation.html", {"v": view, "saved": _saved(request), **extra})


@page
def response_page(request, archive, status: int = 200, **extra):
    slug, number = request.path_params["slug"], request.path_params["number"]
    view = pages.response(archive, slug, number)
    return render(request, "response.html", {"v": view, "saved": _saved(request), **extra}, status=status)


@page
def next_unreviewed(request, archive):
    slug = request.path_params["slug"]
    after = int(request.query_params.get("efter") or 0)
    view = pages.consultation(archive, slug, {"side": "alle"}, _ws(request).response_lines)
    number = pages.next_unreviewed(view.rows, after)
    if number is None:
        return RedirectResponse(f"/h/{slug}?{urlencode({'gemt': 'all-reviewed'})}", status_code=303)
    return RedirectResponse(f"/h/{slug}/svar/{number}", status_code=303)


@page
def theme_page(request, archive, status: int = 200, **extra):
    slug, key = request.path_params["slug"], request.path_params["key"]
    view = pages.theme(archive, slug, key)
    return render(request, "theme.html", {"v": view, "saved": _saved(request), **extra}, status=status)


def note_page(request, status: int = 200, **extra):
    ws = _ws(request)
    slug = request.path_params["slug"]
    try:
        with ws.use() as archive:
            consultation = archive.consultation(slug)
        state = ws.note(slug)  # not holding the archive: the build reads on its own connection
        with ws.use() as archive:
            check = pages.checklist(archive, slug, state.build, ws.response_lines)
            approval = publication_store_approval(archive, consultation)
    except HoeringError as exc:
        return render(request, "error.html", {"message": exc.message_da()}, status=404)
    context = {
        "build": state.build, "build_error": state.error, "check": check, "approval": approval,
        "consultation": consultation, "saved": _saved(request), "poll_seconds": POLL_SECONDS, **extra,
    }  # fmt: skip
    return render(request, "note.html", context, status=status)


def publication_store_approval(archive, consultation):
    from ..store import publication as publication_store

    return publication_store.approval(archive.db, consultation.id)


def note_preview(request):
    ws = _ws(request)
    slug = request.path_params["slug"]
    try:
        with ws.use() as archive:
            archive.consultation(slug)
        state = ws.note(slug)
    except HoeringError as exc:
        return render(request, "error.html", {"message": exc.message_da()}, status=404)
    if state.build is None:
        return HTMLResponse(_NOTE_PENDING, headers={"x-hoering-preview": "1"})
    # The note carries its own inline stylesheet: shown in a sandboxed frame with its own policy.
    return HTMLResponse(state.build.html, headers={"x-hoering-preview": "1"})


# No timed refresh (a page that reloads itself is an accessibility failure): the note page
# around it fetches itself again when the note is built.
_NOTE_PENDING = (
    '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Notatet bygges</title></head>'
    "<body><p>Notatet bygges …</p></body></html>"
)


def note_download(request):
    ws = _ws(request)
    slug, variant, fmt = (request.path_params[k] for k in ("slug", "variant", "fmt"))
    if variant not in ("offentligt", "internt") or fmt not in NOTE_FORMATS:
        return render(request, "error.html", {"message": M.WEB_UNKNOWN_DOWNLOAD}, status=404)
    user = user_of(request)
    if user is None:
        return RedirectResponse("/login", status_code=303)
    with tempfile.TemporaryDirectory(prefix="hoering-web-") as tmp:
        try:
            with ws.use() as archive:
                archive.consultation(slug)
            path = write_download(ws, slug, internal=variant == "internt", fmt=fmt, folder=Path(tmp))
        except HoeringError as exc:
            return render(request, "error.html", {"message": exc.message_da()}, status=404)
        data = path.read_bytes()
    name = f"{slug}-notat-{variant}.{fmt}"
    return Response(data, media_type=_DOWNLOAD_TYPES[fmt], headers=_attachment(name))


_DOWNLOAD_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    # Saved, not shown: an HTML note opened from the workspace's origin must not run there.
    "html": "application/octet-stream",
    "md": "text/markdown; charset=utf-8",
}


def _attachment(name: str) -> dict[str, str]:
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return {"content-disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"}


def original(request):
    """The response's original file, found by its number (never by a path from the request),
    always as a download of unknown type: a browser never renders or runs it here."""
    ws = _ws(request)
    slug, number = request.path_params["slug"], request.path_params["number"]
    try:
        with ws.use() as archive:
            r = archive.response(archive.consultation(slug), number)
            stored = archive.has_file(r.sha256)
            if stored and archive.directory is None:  # PostgreSQL: the original is in the database
                data = archive.read_file(r.sha256)
                return Response(data, media_type="application/octet-stream", headers=_attachment(Path(r.file).name))
            path = archive.blob_path(r.sha256) if stored else None
    except HoeringError as exc:
        return render(request, "error.html", {"message": exc.message_da()}, status=404)
    if path is None or not path.is_file():
        return render(request, "error.html", {"message": M.WEB_ORIGINAL_MISSING}, status=404)
    return FileResponse(path, media_type="application/octet-stream", headers=_attachment(Path(r.file).name))


# --- actions --------------------------------------------------------------------------------


def action(*, approve: bool = False, back, keeps_lines: bool = False, changes_line: bool = False):
    """A POST action. `back(request)` is (GET handler, URL) of the page the form is on.
    `keeps_lines`: it writes nothing the responses table shows (`Workspace.keep_lines`);
    `changes_line`: only the row of the response it is on (`Workspace.refresh_line`)."""

    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(request: Request):
            form = dict(await request.form())
            form.pop("csrf_token", None)
            user = user_of(request)
            handler, url = back(request)
            if user is None:
                return RedirectResponse("/login", status_code=303)
            if not (user.may_approve if approve else user.may_edit):
                return await _run(handler, request, status=403, error=M.WEB_NOT_ALLOWED, form=form)
            ws = _ws(request)
            try:
                with ws.use() as archive, acting_as(user.name):
                    before = ws.marker()
                    saved = fn(request, archive, form)
                    if keeps_lines:
                        ws.keep_lines(before)
                    elif changes_line:
                        consultation = archive.consultation(request.path_params["slug"])
                        ws.refresh_line(before, consultation.id, request.path_params["number"])
            except HoeringError as exc:
                status = 409 if isinstance(exc, StaleEdit) else 400
                return await _run(handler, request, status=status, error=exc.message_da(), form=form)
            except ValueError as exc:
                return await _run(handler, request, status=400, error=danish(exc), form=form)
            if isinstance(saved, Response):
                return saved
            target = f"{url}?{urlencode({'gemt': saved})}" if saved else url
            return RedirectResponse(target + _anchor(form), status_code=303)

        return wrapper

    return decorate


def _anchor(form: dict) -> str:
    anchor = form.get("anker", "")
    return f"#{anchor}" if anchor.replace("-", "").isalnum() else ""


async def _run(handler, request, **extra):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(handler, request, **extra)


def _response_back(request):
    slug, number = request.path_params["slug"], request.path_params["number"]
    return response_page, f"/h/{slug}/svar/{number}"


def _theme_back(request):
    slug, key = request.path_params["slug"], request.path_params["key"]
    return theme_page, f"/h/{slug}/tema/{key}"


def _suggestion_back(request):
    slug = request.path_params["slug"]
    key = request.query_params.get("fra") or ""
    if key:
        return theme_page_from(key), f"/h/{slug}/tema/{key}"
    return consultation, f"/h/{slug}"


def theme_page_from(key: str):
    def handler(request, **extra):
        request.path_params["key"] = key
        return theme_page(request, **extra)

    return handler


def _note_back(request):
    return note_page, f"/h/{request.path_params['slug']}/notat"


def _slug_number(request) -> tuple[str, int]:
    return request.path_params["slug"], request.path_params["number"]


def _stance(value: str | None) -> Stance | None:
    return Stance(value) if value else None


@action(back=_response_back, changes_line=True)
def act_tag(request, archive, form):
    slug, number = _slug_number(request)
    theme = form.get("tema", "")
    what = form.get("handling", "")
    if what == "fjern":
        theme_lib.correct_tag(archive, slug, number, theme, remove=True)
        return "tag-removed"
    passage = (form.get("tekststykke") or "").strip() or None
    theme_lib.correct_tag(archive, slug, number, theme, stance=_stance(form.get("holdning")), evidence=passage)
    return "tag"


@action(back=_response_back)
def act_sender(request, archive, form):
    slug, number = _slug_number(request)
    corrections.set_sender(
        archive, slug, number, form.get("afsender", ""), kind=form.get("type") or None,
        party=form.get("part") or None,
    )  # fmt: skip
    return "sender"


@action(back=_response_back)
def act_received(request, archive, form):
    slug, number = _slug_number(request)
    review.set_received(archive, slug, number, dt.date.fromisoformat((form.get("modtaget") or "").strip()))
    return "received"


def _other_number(form, field: str) -> int | None:
    """Another response's number from a form field; empty means none (a bad one: ValueError,
    which the action shows in Danish)."""
    value = (form.get(field) or "").strip()
    return int(value) if value else None


@action(back=_response_back)
def act_revision(request, archive, form):
    slug, number = _slug_number(request)
    corrections.set_revision(archive, slug, number, _other_number(form, "rettelse_af"))
    return "revision"


@action(back=_response_back)
def act_campaign(request, archive, form):
    slug, number = _slug_number(request)
    review.set_campaign(archive, slug, number, _other_number(form, "enslydende_med"))
    return "campaign"


@action(back=_response_back, keeps_lines=True)
def act_exclude(request, archive, form):
    slug, number = _slug_number(request)
    review.exclude(archive, slug, number, form.get("begrundelse", ""))
    return "excluded"


@action(back=_response_back, keeps_lines=True)
def act_include(request, archive, form):
    slug, number = _slug_number(request)
    review.include(archive, slug, number)
    return "included"


@action(back=_response_back, keeps_lines=True)
def act_redact(request, archive, form):
    slug, number = _slug_number(request)
    if form.get("fortryd"):
        publication.undo(archive, slug, number, form.get("tekst", ""))
        return "redaction-undone"
    publication.redact(archive, slug, number, form.get("tekst", ""))
    return "redacted"


@action(back=_response_back, keeps_lines=True)
def act_comment(request, archive, form):
    slug, number = _slug_number(request)
    review.comment(archive, slug, number, form.get("vurdering", ""), expected=_revision(form))
    return "comment"


@action(back=_response_back, keeps_lines=True)
def act_reviewed(request, archive, form):
    slug, number = _slug_number(request)
    done = form.get("gennemgaaet") == "1"
    review.set_reviewed(archive, slug, number, done)
    if done and form.get("videre") == "1":
        return RedirectResponse(f"/h/{slug}/naeste?efter={number}", status_code=303)
    return "reviewed" if done else "unreviewed"


@action(back=_theme_back, keeps_lines=True)
def act_remarks(request, archive, form):
    slug, key = request.path_params["slug"], request.path_params["key"]
    review.set_remarks(
        archive, slug, key, form.get("bemaerkninger", ""),
        recommendation=form.get("indstilling", ""), expected=_revision(form),
    )  # fmt: skip
    return "remarks"


@action(back=_suggestion_back)
def act_suggestion(request, archive, form):
    slug, n = request.path_params["slug"], request.path_params["n"]
    what = form.get("handling")
    if what == "forkast":
        theme_lib.discard(archive, slug, n)
        return "discarded"
    key = (form.get("noegle") or "").strip() or None
    theme = theme_lib.accept(archive, slug, n, key)
    if what == "saml":
        theme_lib.merge(archive, slug, theme.key, form.get("ind_i", ""))
        return "merged"
    label = (form.get("navn") or "").strip()
    if label and label != theme.label:
        theme_lib.rename(archive, slug, theme.key, label=label)
    return "accepted"


@action(back=_theme_back)
def act_rename(request, archive, form):
    slug, key = request.path_params["slug"], request.path_params["key"]
    new_key = (form.get("noegle") or "").strip() or None
    theme = theme_lib.rename(archive, slug, key, label=form.get("navn", ""), new_key=new_key)
    if theme.key != key:
        return RedirectResponse(f"/h/{slug}/tema/{theme.key}?gemt=renamed", status_code=303)
    return "renamed"


@action(approve=True, back=_note_back, keeps_lines=True)
def act_approve(request, archive, form):
    slug = request.path_params["slug"]
    if form.get("handling") == "tilbage":
        publication.withdraw(archive, slug)
        return "withdrawn"
    if form.get("handling") == "gennemgaaet":
        publication.mark_reviewed(archive, slug)
        return "redactions-reviewed"
    publication.approve(archive, slug, reason=form.get("begrundelse") or None)
    return "approved"


def _revision(form: dict) -> int | None:
    value = (form.get("revision") or "").strip()
    return int(value) if value.isdigit() else None


ROUTES = [
    Route("/login", login_page),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/", consultations),
    Route("/h/{slug}", consultation),
    Route("/h/{slug}/naeste", next_unreviewed),
    Route("/h/{slug}/svar/{number:int}", response_page),
    Route("/h/{slug}/svar/{number:int}/original", original),
    Route("/h/{slug}/svar/{number:int}/tema", act_tag, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/afsender", act_sender, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/modtaget", act_received, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/rettelse", act_revision, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/enslydende", act_campaign, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/udelad", act_exclude, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/medtag", act_include, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/anonymiser", act_redact, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/vurdering", act_comment, methods=["POST"]),
    Route("/h/{slug}/svar/{number:int}/gennemgaaet", act_reviewed, methods=["POST"]),
    Route("/h/{slug}/tema/{key}", theme_page),
    Route("/h/{slug}/tema/{key}/bemaerkninger", act_remarks, methods=["POST"]),
    Route("/h/{slug}/tema/{key}/navn", act_rename, methods=["POST"]),
    Route("/h/{slug}/forslag/{n:int}", act_suggestion, methods=["POST"]),
    Route("/h/{slug}/notat", note_page),
    Route("/h/{slug}/notat/vis", note_preview),
    Route("/h/{slug}/notat/{variant}.{fmt}", note_download),
    Route("/h/{slug}/godkend", act_approve, methods=["POST"]),
]
