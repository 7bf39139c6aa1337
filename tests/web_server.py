"""The review workspace as the tests use it: the real `hoering serve` in a subprocess on a
port it chooses, over a real archive made from the sample consultation with the real CLI, and
plain HTTP requests against it (no test client in between)."""

from __future__ import annotations

import http.cookiejar
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pg_harness import env_for

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip


def hoering(archive: Path, *args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess (on the suite's backend: `pg_harness.env_for`)."""
    result = subprocess.run(
        [sys.executable, "-m", "hoering", "--archive", str(archive), *map(str, args)],
        capture_output=True, text=True, timeout=600, input=input, env=env_for(archive),
    )  # fmt: skip
    if check and result.returncode != 0:
        raise AssertionError(f"hoering {' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")
    return result


def sample_archive(folder: Path) -> tuple[Path, Path]:
    """A fresh archive with the sample consultation collected; returns it and the folder of
    letters (a copy, so the test can collect it again)."""
    archive, letters = folder / "archive", folder / "letters"
    shutil.copytree(CORPUS / "responses", letters)
    hoering(archive, "new", "aktivering", "--config", CORPUS / "hoering.toml")
    hoering(archive, "collect", "aktivering", letters)
    return archive, letters


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    output: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(archive: Path, *extra: str, env: dict[str, str] | None = None) -> Server:
    """`hoering serve --port 0` (a free port the server picks itself); waits for its address.
    `env`: more of the server's environment. On the suite's backend (`pg_harness.env_for`)."""
    env = {**env_for(archive), "PYTHONUNBUFFERED": "1", **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "hoering", "--archive", str(archive), "serve", "--no-browser", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        found = re.search(r"(http://\S+?)/? ", line)
        if found:
            server = Server(process, found.group(1).rstrip("/"), lines)
            _wait_until_up(server.url)
            return server
    process.kill()
    raise AssertionError("the server did not start:\n" + "".join(lines) + (process.stdout.read() or ""))


def _wait_until_up(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/static/app.css", timeout=5).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


class Client:
    """A user agent with a cookie jar; no redirects followed unless asked."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(self, method: str, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        if body is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=120) as resp:
                return resp.status, dict(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers.items()), exc.read()

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def post(self, path: str, data: dict, **kw):
        return self.request("POST", path, data, **kw)

    def token(self, path: str = "/") -> str:
        """The CSRF token a page's forms carry."""
        _, _, body = self.get(path)
        found = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body)
        assert found, "no CSRF token on " + path
        return found.group(1).decode()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
