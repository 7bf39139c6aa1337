"""The review workspace over plain HTTP: the real `hoering serve` on the sample consultation.
CSRF refusals, security headers, the original's download, the loopback default, a busy port,
login and roles. The browser tests (test_web_browser.py) drive the pages themselves."""

from __future__ import annotations

import json
import re
import socket

import pytest
from web_server import Client, hoering, sample_archive, start_server


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_archive(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def server(sample):
    archive, _ = sample
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
