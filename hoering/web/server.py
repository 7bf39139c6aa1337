"""Starting the workspace: the address it listens on, the browser, a busy port said in Danish.

It listens on 127.0.0.1 unless told otherwise; any other address (the network) is refused
until the archive has users with a login, so a review is never open to everyone on the net.
"""

from __future__ import annotations

import errno
import socket
import threading
import webbrowser
from pathlib import Path

from ..errors import PortBusy

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the server starts, so a busy port is our Danish
    message rather than the server's English log line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):
            raise PortBusy(host, port) from exc
        raise
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def needs_login(archive_dir: Path | None, host: str) -> bool:
    """Whether everyone must sign in (the archive has accounts, or single sign-on is set);
    refuses (`LoginRequired`) an address other computers reach when no one would have to."""
    from .. import auth
    from ..store import Archive

    with Archive(archive_dir) as archive:
        auth.require_login_for(archive, host)
        return auth.login_configured(archive)


def serve(
    archive_dir: Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    open_browser: bool = True,
    announce=print,
) -> None:
    import uvicorn

    from .app import create_app

    login = needs_login(archive_dir, host)
    sock = bind(host, port)
    actual = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{actual}/"
    app = create_app(archive_dir, login=login)
    # uvicorn does not rewrite the client's address or scheme from a proxy's headers: the
    # sign-on check needs the proxy's own address, and `security.over_tls` reads
    # X-Forwarded-Proto from the same trusted proxies.
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", proxy_headers=False)
    server = uvicorn.Server(config)
    from .. import messages as M

    announce(M.say(M.WEB_STARTED, url=url))
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    server.run(sockets=[sock])
