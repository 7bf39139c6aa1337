"""The review workspace over plain HTTP: the real `hoering serve` on the sample consultation.
CSRF refusals, security headers, the original's download, the loopback default, a busy port,
login and roles. The browser tests (test_web_browser.py) drive the pages themselves."""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.request

import pytest
from web_server import Client, hoering, sample_archive, start_server


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_archive(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(sample, tmp_path_factory):
    """The server over a copy of the sample: the tests that copy the sample for themselves
    copy an archive no server holds open (on PostgreSQL a copy is a database made from it as
    a template, which must have no connections)."""
    import shutil

    archive = tmp_path_factory.mktemp("served") / "archive"
    shutil.copytree(sample[0], archive)
    running = start_server(archive)
    yield running
    running.stop()


def test_listens_on_loopback_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")
    assert "Arbejdsområdet kører på" in "".join(server.output)


def test_every_page_answers_in_danish_with_security_headers(server):
    client = Client(server.url)
    for path in ["/", "/h/aktivering", "/h/aktivering/svar/1", "/h/aktivering/tema/mentor", "/h/aktivering/notat"]:
        status, headers, body = client.get(path)
        assert status == 200, path
        assert b'<html lang="da">' in body
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    # The note preview is the one page shown in a frame: its own page, no script at all.
    status, headers, _ = client.get("/h/aktivering/notat/vis")
    assert status == 200
    assert headers["content-security-policy"].startswith("default-src 'none'")
    assert "frame-ancestors 'self'" in headers["content-security-policy"]


def test_a_post_without_the_csrf_token_is_refused(server):
    path = "/h/aktivering/svar/1/vurdering"
    # No cookie and no token at all: refused, not let through as "not a browser".
    status, _, body = Client(server.url).post(path, {"vurdering": "x"})
    assert status == 403
    assert "sikkerhedsnøglen" in body.decode()
    # The cookie but no token, a wrong token, a token from another browser: all refused.
    client, other = Client(server.url), Client(server.url)
    token = client.token("/h/aktivering/svar/1")
    foreign = other.token("/h/aktivering/svar/1")
    assert client.post(path, {"vurdering": "x"})[0] == 403
    assert client.post(path, {"vurdering": "x", "csrf_token": "0" * 64})[0] == 403
    assert client.post(path, {"vurdering": "x", "csrf_token": foreign})[0] == 403
    assert client.post(path, {"vurdering": "x"}, headers={"Authorization": "Bearer x"})[0] == 403
    # JSON is not a form: refused too.
    assert client.request("POST", path, None, headers={"Content-Type": "application/json"})[0] == 403
    # Nothing was saved by any of them.
    assert "vurdering skrevet" not in hoering(server_archive(server), "log", "aktivering", "1").stdout
    # The right token is accepted (as a form field, and as htmx's header).
    status, headers, _ = client.post(path, {"vurdering": "Godt svar.", "csrf_token": token, "revision": "0"})
    assert status == 303 and headers["location"].startswith("/h/aktivering/svar/1?gemt=comment")


def server_archive(server) -> str:
    cmd = server.process.args
    return cmd[cmd.index("--archive") + 1]


def test_the_original_is_a_download_found_by_number(server):
    client = Client(server.url)
    status, headers, body = client.get("/h/aktivering/svar/1/original")
    assert status == 200
    assert headers["content-type"] == "application/octet-stream"
    assert headers["content-disposition"].startswith("attachment;")
    assert "filename*=UTF-8''01_H%C3%B8ringssvar" in headers["content-disposition"]
    assert headers["x-content-type-options"] == "nosniff"
    assert body[:4] == b"%PDF"
    # A number that does not exist, or anything that is not a number, finds no file.
    assert client.get("/h/aktivering/svar/99/original")[0] == 404
    assert client.get("/h/aktivering/svar/..%2F..%2Farchive.sqlite/original")[0] == 404
    assert client.get("/h/aktivering/svar/1/original?path=/etc/passwd")[2] == body


def test_a_stale_edit_is_refused_with_the_danish_message(server):
    client = Client(server.url)
    path = "/h/aktivering/tema/kortere/bemaerkninger"
    token = client.token("/h/aktivering/tema/kortere")
    first = client.post(path, {"bemaerkninger": "Første udgave.", "revision": "0", "csrf_token": token})
    assert first[0] == 303
    # A second editor who opened the page before that save sends revision 0 again.
    status, _, body = client.post(path, {"bemaerkninger": "Min udgave.", "revision": "0", "csrf_token": token})
    assert status == 409
    text = body.decode()
    assert "er ændret af" in text and "din ændring er ikke gemt" in text
    assert "Min udgave." in text  # what they typed is still in the form


def test_response_text_is_never_template_source(tmp_path, server):
    client = Client(server.url)
    token = client.token("/h/aktivering/svar/2")
    payload = "{{ 7*7 }} <script>alert(1)</script>"
    client.post("/h/aktivering/svar/2/vurdering", {"vurdering": payload, "revision": "0", "csrf_token": token})
    _, _, body = client.get("/h/aktivering/svar/2")
    assert b"{{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert b"<script>alert(1)" not in body


def test_a_busy_port_is_said_in_danish(server, sample):
    port = int(server.url.rsplit(":", 1)[1])
    result = hoering(sample[0], "serve", "--no-browser", "--port", port, check=False)
    assert result.returncode == 1
    assert f"Port {port} på 127.0.0.1 er allerede i brug" in result.stderr


def test_another_address_needs_login(sample):
    result = hoering(sample[0], "serve", "--no-browser", "--host", "0.0.0.0", "--port", "0", check=False)
    assert result.returncode == 1
    assert "ingen skal logge ind" in result.stderr


def test_login_and_roles(tmp_path, sample):
    archive, _ = sample
    shared = tmp_path / "shared"
    import shutil

    shutil.copytree(archive, shared)
    for name, role in (("læser1", "læser"), ("sb1", "sagsbehandler")):
        hoering(shared, "user", "add", name, "--role", role, "--password-stdin", input="hemmeligt-kodeord\n")
    running = start_server(shared)
    try:
        client = Client(running.url)
        status, headers, _ = client.get("/h/aktivering")
        assert status == 303 and headers["location"].startswith("/login")
        assert client.get("/h/aktivering/svar/1/original")[0] == 303  # no file without login
        token = client.token("/login")
        status, _, body = client.post("/login", {"brugernavn": "sb1", "adgangskode": "forkert", "csrf_token": token})
        assert status == 401 and "Forkert brugernavn eller adgangskode" in body.decode()
        # A reader reads, and may not change anything.
        status, headers, _ = client.post("/login?next=/h/aktivering", {"brugernavn": "læser1", "adgangskode": "hemmeligt-kodeord", "csrf_token": token})
        assert status == 303 and headers["location"] == "/h/aktivering"
        assert client.get("/h/aktivering")[0] == 200
        token = client.token("/h/aktivering/svar/1")
        status, _, body = client.post("/h/aktivering/svar/1/vurdering", {"vurdering": "x", "revision": "0", "csrf_token": token})
        assert status == 403 and "Din rolle giver ikke adgang" in body.decode()
        # A caseworker may edit, and the log names them; approving is for an approver.
        client = Client(running.url)
        token = client.token("/login")
        client.post("/login", {"brugernavn": "sb1", "adgangskode": "hemmeligt-kodeord", "csrf_token": token})
        token = client.token("/h/aktivering/svar/1")
        status, _, _ = client.post("/h/aktivering/svar/1/gennemgaaet", {"gennemgaaet": "1", "csrf_token": token})
        assert status == 303
        assert client.post("/h/aktivering/godkend", {"handling": "godkend", "csrf_token": token})[0] == 403
        log = hoering(shared, "log", "aktivering", "1").stdout
        assert re.search(r"sb1.*gennemgået", log)
        # An address elsewhere redirects nowhere: only paths on this site.
        client = Client(running.url)
        token = client.token("/login")
        status, headers, _ = client.post("/login?next=//evil.example/", {"brugernavn": "sb1", "adgangskode": "hemmeligt-kodeord", "csrf_token": token})
        assert headers["location"] == "/"
    finally:
        running.stop()


def _set_cookies(headers_list) -> dict[str, str]:
    return {value.split("=", 1)[0]: value for name, value in headers_list if name.lower() == "set-cookie"}


def _cookie_flags(cookie: str) -> set[str]:
    return {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}


def _raw_get(url: str, path: str, headers: dict | None = None):
    """Every Set-Cookie header of a response (urllib's dict keeps only one)."""
    with urllib.request.urlopen(urllib.request.Request(url + path, headers=headers or {}), timeout=60) as resp:
        return resp.status, resp.headers.items()


def _login(url: str, headers: dict) -> dict[str, str]:
    client = Client(url)
    _, _, body = client.get("/login", headers=headers)
    token = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body).group(1).decode()
    request = urllib.request.Request(
        url + "/login", method="POST", headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
        data=f"brugernavn=sb1&adgangskode=hemmeligt-kodeord&csrf_token={token}".encode(),
    )  # fmt: skip
    for cookie in client.jar:
        request.add_header("Cookie", f"{cookie.name}={cookie.value}")
    try:
        urllib.request.build_opener(_NoRedirects()).open(request, timeout=60)
    except urllib.error.HTTPError as exc:  # the 303 after signing in
        return _set_cookies(exc.headers.items())
    raise AssertionError("no redirect after login")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_cookies_are_httponly_samesite_and_secure_over_tls(tmp_path, sample):
    """The CSRF cookie and the session cookie: HttpOnly and SameSite=Strict always; Secure when
    the request came over TLS (a trusted proxy's X-Forwarded-Proto) or when configured so; a
    header from an untrusted address is not believed."""
    import shutil

    archive, _ = sample
    shared = tmp_path / "shared"
    shutil.copytree(archive, shared)
    hoering(shared, "user", "add", "sb1", "--role", "sagsbehandler", "--password-stdin", input="hemmeligt-kodeord\n")
    tls = {"X-Forwarded-Proto": "https"}
    running = start_server(shared)  # 127.0.0.1, the default trusted proxy: the tests' own address
    try:
        _, headers = _raw_get(running.url, "/login")
        plain = _set_cookies(headers)["hoering_csrf"]
        assert {"httponly", "samesite"} <= _cookie_flags(plain) and "secure" not in _cookie_flags(plain)
        assert "samesite=strict" in plain.lower().replace(" ", "")
        _, headers = _raw_get(running.url, "/login", tls)
        assert "secure" in _cookie_flags(_set_cookies(headers)["hoering_csrf"])
        session = _login(running.url, tls)["hoering_session"]
        assert {"httponly", "samesite", "secure"} <= _cookie_flags(session)
        assert "samesite=strict" in session.lower().replace(" ", "")
        session = _login(running.url, {})["hoering_session"]
        assert {"httponly", "samesite"} <= _cookie_flags(session) and "secure" not in _cookie_flags(session)
    finally:
        running.stop()
    # Proxies elsewhere: this address is not one of them, so its header is not believed.
    running = start_server(shared, env={"HOERING_TRUSTED_PROXIES": "10.9.8.7"})
    try:
        _, headers = _raw_get(running.url, "/login", tls)
        assert "secure" not in _cookie_flags(_set_cookies(headers)["hoering_csrf"])
    finally:
        running.stop()
    # TLS in front of the server, said in the environment: Secure whatever the request says.
    running = start_server(shared, env={"HOERING_SECURE_COOKIES": "1"})
    try:
        _, headers = _raw_get(running.url, "/login")
        assert "secure" in _cookie_flags(_set_cookies(headers)["hoering_csrf"])
        assert "secure" in _cookie_flags(_login(running.url, {})["hoering_session"])
    finally:
        running.stop()


def test_serve_binds_before_starting(tmp_path, sample):
    """`--port 0` picks a free port, and the address printed is the one that answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        probe.listen(1)
        taken = probe.getsockname()[1]
        result = hoering(sample[0], "serve", "--no-browser", "--port", taken, check=False)
    assert result.returncode == 1 and "allerede i brug" in result.stderr


def test_suggested_themes_keys_are_checked(tmp_path, sample):
    """Accepting a suggested theme: an invalid key is refused in Danish and changes nothing;
    a valid one becomes a theme; accepting the same suggestion again is refused."""
    import shutil

    archive = tmp_path / "themes"
    shutil.copytree(sample[0], archive)
    hoering(archive, "themes", "aktivering", "--suggest")
    running = start_server(archive)
    try:
        client = Client(running.url)
        _, _, page = client.get("/h/aktivering/tema/mentor")
        found = re.search(rb'action="/h/aktivering/forslag/(\d+)\?fra=mentor"', page)
        if found is None:
            pytest.skip("the sample gave no suggested themes")
        n = found.group(1).decode()
        token = client.token("/h/aktivering/tema/mentor")
        path = f"/h/aktivering/forslag/{n}?fra=mentor"
        status, _, body = client.post(path, {"handling": "accepter", "noegle": "Medarbejdere og afskedigelser", "csrf_token": token})
        assert status == 400 and "kan ikke bruges som nøgle" in body.decode()
        themes = json.loads(hoering(archive, "export", "aktivering", "--json").stdout)["consultation"]["themes"]
        assert "medarbejdere" not in themes and len(themes) == 6
        status, headers, _ = client.post(path, {"handling": "accepter", "noegle": "medarbejdere", "navn": "Medarbejdere", "csrf_token": token})
        assert status == 303
        assert client.get("/h/aktivering/tema/medarbejdere")[0] == 200
        status, _, body = client.post(path, {"handling": "accepter", "noegle": "medarbejdere2", "csrf_token": token})
        assert status == 400 and "allerede optaget" in body.decode()
    finally:
        running.stop()


def test_a_theme_added_to_a_chosen_passage_shows_it_as_evidence(server):
    client = Client(server.url)
    token = client.token("/h/aktivering/svar/3")
    passage = "Det anerkendes, at det er en vanskelig proces"
    status, _, _ = client.post("/h/aktivering/svar/3/tema", {
        "tema": "faerre", "holdning": "imod", "tekststykke": passage, "handling": "tilfoej", "csrf_token": token,
    })  # fmt: skip
    assert status == 303
    _, _, body = client.get("/h/aktivering/svar/3")
    text = body.decode()
    assert f'<mark class="evidence stance-against">{passage}</mark>' in text
    assert 'id="tag-faerre"' in text and "rettet af en person" in text
    # A passage that is not in the letter is refused in Danish, and nothing is added.
    status, _, body = client.post("/h/aktivering/svar/3/tema", {
        "tema": "pris", "holdning": "imod", "tekststykke": "ord der ikke står i svaret", "handling": "tilfoej",
        "csrf_token": token,
    })  # fmt: skip
    assert status == 400 and "Teksten står ikke i høringssvar nr. 3" in body.decode()
    assert 'id="tag-pris"' not in client.get("/h/aktivering/svar/3")[2].decode()


def test_excluding_an_email_in_the_workspace_excludes_its_attachments(tmp_path):
    """The e-mail's page excludes it with its attachments: out of the counts on the pages and
    out of the note; an attachment's page points to the e-mail, and including the e-mail
    brings them back."""
    import shutil

    from fixtures import make_pdf
    from intake_fixtures import make_mail
    from web_server import CORPUS

    folder, archive = tmp_path / "indbakke", tmp_path / "archive"
    folder.mkdir()
    for name in sorted(p.name for p in (CORPUS / "responses").iterdir())[:2]:
        shutil.copy(CORPUS / "responses" / name, folder / name)
    letters = [
        ["Høringssvar fra Fagforeningen Bilagsgruppen", "Vi er imod, at mentorindsatsen skæres ned."],
        ["Uddybning fra Fagforeningen Bilagsgruppen", "Prisen på forløbene bør ikke stige."],
    ]
    make_mail(
        folder / "03 mail.eml", "Hej\n\nHermed vores svar.\n\nFagforeningen Bilagsgruppen",
        sender="Fagforeningen Bilagsgruppen <post@bilagsgruppen.dk>",
        attachments=[(f"bilag{i}.pdf", make_pdf(tmp_path / f"b{i}.pdf", [p]).read_bytes()) for i, p in enumerate(letters)],
    )  # fmt: skip
    hoering(archive, "new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering(archive, "collect", "aktivering", folder)
    data = json.loads(hoering(archive, "export", "aktivering", "--json").stdout)
    attachments = sorted(r["id"] for r in data["responses"] if r["via_email"])
    email = data["responses"][attachments[0] - 1]["via_email"]
    total = len(data["responses"])
    running = start_server(archive)
    try:
        client = Client(running.url)
        status, _, body = client.get(f"/h/aktivering/svar/{email}")
        assert f"Bilagene, der kom med e-mailen (nr. {attachments[0]}, {attachments[1]})" in body.decode()
        token = client.token(f"/h/aktivering/svar/{email}")
        status, _, _ = client.post(f"/h/aktivering/svar/{email}/udelad", {"begrundelse": "Forkert høring", "csrf_token": token})
        assert status == 303
        page = client.get("/h/aktivering")[2].decode()
        assert f"{total - 3} svar tæller med" in page
        assert "(+3 udeladt)" in client.get("/")[2].decode()
        page = client.get(f"/h/aktivering/svar/{attachments[1]}")[2].decode()
        assert f"Udeladt sammen med <a href=\"/h/aktivering/svar/{email}\">e-mailen nr. {email}</a>" in page
        assert "/medtag" not in page  # it comes back with the e-mail, not on its own
        status, _, body = client.post(f"/h/aktivering/svar/{attachments[1]}/medtag", {"csrf_token": token})
        assert status == 400 and f"hoering include aktivering {email}" in body.decode()
        status, _, _ = client.post(f"/h/aktivering/svar/{email}/medtag", {"csrf_token": token})
        assert status == 303
        assert f"{total} svar tæller med" in client.get("/h/aktivering")[2].decode()
        assert "Udeladt" not in client.get(f"/h/aktivering/svar/{attachments[1]}")[2].decode()
    finally:
        running.stop()


def test_the_table_is_kept_after_a_decision_but_read_again_after_a_change_elsewhere(tmp_path, sample):
    """A Vurdering changes no row of the responses table, so the kept rows serve the next view;
    a corrected stance changes one row, read again; a sender corrected in another window (the
    CLI, another connection) shows at once."""
    import shutil

    archive = tmp_path / "archive"
    shutil.copytree(sample[0], archive)
    running = start_server(archive)
    try:
        client = Client(running.url)
        assert "Ny afsender fra kommandolinjen" not in client.get("/h/aktivering")[2].decode()
        token = client.token("/h/aktivering/svar/4")
        assert client.post("/h/aktivering/svar/4/vurdering", {"vurdering": "Læst.", "csrf_token": token})[0] == 303
        assert client.post("/h/aktivering/svar/4/gennemgaaet", {"gennemgaaet": "1", "csrf_token": token})[0] == 303
        page = client.get("/h/aktivering")[2].decode()
        assert re.search(r"/svar/4\">4</a>.*?<span class=\"sr-only\">Gennemgået</span>", page, re.S)
        # A theme's stance corrected here: that row is read again, the others are kept.
        before = client.get("/h/aktivering")[2].decode()
        assert not re.search(r"/svar/4\">4</a>(?:(?!</tr>).)*?mentor<span class=\"sr-only\">: imod/bekymret \(rettet\)", before, re.S)
        form = {"tema": "mentor", "holdning": "imod", "handling": "bekraeft", "csrf_token": token}
        assert client.post("/h/aktivering/svar/4/tema", form)[0] == 303
        page = client.get("/h/aktivering")[2].decode()
        assert re.search(r"/svar/4\">4</a>(?:(?!</tr>).)*?mentor<span class=\"sr-only\">: imod/bekymret \(rettet\)", page, re.S)
        hoering(archive, "set-sender", "aktivering", "4", "Ny afsender fra kommandolinjen")
        assert "Ny afsender fra kommandolinjen" in client.get("/h/aktivering")[2].decode()
    finally:
        running.stop()


def test_the_workspace_on_the_archive_of_the_test_run(archive_dir, tmp_path):
    """On the suite's backend (a PostgreSQL database in its PostgreSQL pass, `archive_dir`):
    every page, an original, a decision, the note built and downloaded."""
    import shutil
    import time

    from web_server import CORPUS

    letters = tmp_path / "letters"
    shutil.copytree(CORPUS / "responses", letters)
    hoering(archive_dir, "new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering(archive_dir, "collect", "aktivering", letters)
    running = start_server(archive_dir)
    try:
        client = Client(running.url)
        for path in ["/", "/h/aktivering", "/h/aktivering/svar/2", "/h/aktivering/tema/mentor", "/h/aktivering/notat"]:
            assert client.get(path)[0] == 200, path
        status, headers, body = client.get("/h/aktivering/svar/2/original")
        assert status == 200 and headers["content-type"] == "application/octet-stream" and body
        token = client.token("/h/aktivering/svar/11")
        assert client.post("/h/aktivering/svar/11/udelad", {"begrundelse": "Prøve", "csrf_token": token})[0] == 303
        assert "10 svar tæller med" in client.get("/h/aktivering")[2].decode()
        deadline = time.monotonic() + 300
        while "Notatet bygges" in (page := client.get("/h/aktivering/notat")[2].decode()):
            assert time.monotonic() < deadline, "the note was not built"
            time.sleep(0.5)
        assert "UDKAST" in page and "kunne ikke laves" not in page
        status, _, body = client.get("/h/aktivering/notat/offentligt.docx")
        assert status == 200 and body[:2] == b"PK"
    finally:
        running.stop()
