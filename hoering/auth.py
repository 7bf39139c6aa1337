"""Who is using a shared archive: local accounts with Argon2id password hashes, or the name a
trusted reverse proxy (the municipality's single sign-on) passes on; roles decide who may read,
edit and approve.

The review workspace listens on the loopback address by default, where only the person at the
PC can reach it and no login is needed. On any other address it refuses to start unless login
is configured (`require_login_for`), because it would otherwise show every letter to anyone on
the network.

Password hashing is argon2-cffi's (`PasswordHasher`, Argon2id with its current recommended
parameters), not ours.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import unicodedata
from collections.abc import Mapping

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from . import messages as M
from .errors import InvalidUserName, LoginRequired, UserExists, UserNotFound, WeakPassword
from .model import AuditAction, Role, User
from .store import Archive, audit
from .store import users as store

MIN_PASSWORD = 10
MAX_NAME = 64

# The header a reverse proxy sets to the signed-in user's name, e.g. "X-Remote-User"; honoured
# only on requests that come from one of the trusted proxies' addresses (default: this machine),
# since anyone else could send the header themselves.
TRUSTED_HEADER_ENV = "HOERING_TRUSTED_HEADER"
TRUSTED_PROXIES_ENV = "HOERING_TRUSTED_PROXIES"
DEFAULT_TRUSTED_PROXIES = ("127.0.0.1", "::1")

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Checked when the name is unknown, so a wrong name costs as long as a wrong password and
    the time taken does not tell which names exist. Made on first use: hashing is slow on
    purpose, and no other command should pay for it."""
    return _hasher.hash("hoering: no such user")


def _valid_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not name or len(name) > MAX_NAME or any(c.isspace() or not c.isprintable() for c in name):
        raise InvalidUserName(name)
    return name


def _checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(MIN_PASSWORD)
    return password


def add_user(archive: Archive, name: str, role: Role, password: str | None) -> User:
    """A new account. Without a password the user can only come in through the trusted
    proxy header (single sign-on)."""
    name = _valid_name(name)
    hashed = _hasher.hash(_checked_password(password)) if password is not None else ""
    with archive.transaction() as db:
        if not store.add(db, name, role, hashed):
            raise UserExists(name)
        audit.record(db, AuditAction.ADD_USER, None, detail=M.say(M.AUDIT_USER_ADDED, name=name, role=role.da))
    return User(name, role)


def set_password(archive: Archive, name: str, password: str) -> None:
    hashed = _hasher.hash(_checked_password(password))
    with archive.transaction() as db:
        if not store.set_password_hash(db, name, hashed):
            raise UserNotFound(name)
        audit.record(db, AuditAction.CHANGE_PASSWORD, None, detail=M.say(M.AUDIT_PASSWORD_CHANGED, name=name))


def set_role(archive: Archive, name: str, role: Role) -> None:
    with archive.transaction() as db:
        if not store.set_role(db, name, role):
            raise UserNotFound(name)
        audit.record(db, AuditAction.CHANGE_ROLE, None, detail=M.say(M.AUDIT_ROLE_CHANGED, name=name, role=role.da))


def remove_user(archive: Archive, name: str) -> None:
    with archive.transaction() as db:
        if not store.remove(db, name):
            raise UserNotFound(name)
        audit.record(db, AuditAction.REMOVE_USER, None, detail=M.say(M.AUDIT_USER_REMOVED, name=name))


def users(archive: Archive) -> list[User]:
    return store.users(archive.db)


def authenticate(archive: Archive, name: str, password: str) -> User | None:
    """The user, when the name exists and the password is theirs; None otherwise (never says
    which of the two was wrong). A hash made with older parameters is renewed on success."""
    found = store.user(archive.db, unicodedata.normalize("NFC", name.strip()))
    hashed = found[1] if found and found[1] else _dummy_hash()
    try:
        _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if found is None or not found[1]:
        return None
    user = found[0]
    if _hasher.check_needs_rehash(hashed):
        with archive.transaction() as db:
            store.set_password_hash(db, user.name, _hasher.hash(password))
    return user


def trusted_header(environ: Mapping[str, str] | None = None) -> str | None:
    """The single sign-on header's name, when the municipality's proxy passes one."""
    value = (environ if environ is not None else os.environ).get(TRUSTED_HEADER_ENV, "").strip()
    return value or None


def trusted_proxies(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    value = (environ if environ is not None else os.environ).get(TRUSTED_PROXIES_ENV, "")
    listed = tuple(p.strip() for p in value.split(",") if p.strip())
    return listed or DEFAULT_TRUSTED_PROXIES


def user_from_proxy(
    archive: Archive,
    headers: Mapping[str, str],
    client_host: str | None,
    environ: Mapping[str, str] | None = None,
) -> User | None:
    """The user the trusted proxy names, when the request came from that proxy and the name
    has an account here (the account decides the role; single sign-on only says who)."""
    header = trusted_header(environ)
    if header is None or client_host is None or not _is_trusted(client_host, trusted_proxies(environ)):
        return None
    name = next((v for k, v in headers.items() if k.lower() == header.lower()), "").strip()
    if not name:
        return None
    found = store.user(archive.db, unicodedata.normalize("NFC", name))
    return found[0] if found else None


def from_trusted_proxy(client_host: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a request came from one of the trusted proxies (whose headers are believed)."""
    return client_host is not None and _is_trusted(client_host, trusted_proxies(environ))


def _is_trusted(client_host: str, proxies: tuple[str, ...]) -> bool:
    try:
        address = ipaddress.ip_address(client_host)
    except ValueError:
        return False
    for proxy in proxies:
        try:
            if address in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def login_configured(archive: Archive, environ: Mapping[str, str] | None = None) -> bool:
    """Whether anyone reaching the workspace must say who they are: an account exists, or the
    single sign-on header is configured."""
    return trusted_header(environ) is not None or store.count(archive.db) > 0


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def require_login_for(archive: Archive, host: str, environ: Mapping[str, str] | None = None) -> None:
    """Refuse to serve on an address other computers reach unless login is configured."""
    if not is_loopback(host) and not login_configured(archive, environ):
        raise LoginRequired(host)
