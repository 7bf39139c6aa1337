"""Accounts (`users`, m012_users): a name, a role and a password hash. No computing here:
hashing and checking passwords is `hoering.auth`'s."""

from __future__ import annotations

import sqlite3

from ..model import Role, User
from .archive import now


def _role(value: str) -> Role:
    # A role a newer version wrote gives no more than reading here: least privilege.
    try:
        return Role(value)
    except ValueError:
        return Role.READER


def user(db: sqlite3.Connection, name: str) -> tuple[User, str] | None:
    """The user and their stored password hash ('' without a password), or None."""
    row = db.execute("SELECT name, role, password_hash FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    return User(row["name"], _role(row["role"])), row["password_hash"]


def users(db: sqlite3.Connection) -> list[User]:
    rows = db.execute("SELECT name, role FROM users ORDER BY name").fetchall()
    return [User(r["name"], _role(r["role"])) for r in rows]


def count(db: sqlite3.Connection) -> int:
    (n,) = db.execute("SELECT COUNT(*) FROM users").fetchone()
    return int(n)


def add(db: sqlite3.Connection, name: str, role: Role, password_hash: str) -> bool:
    """Add a user; False when the name is taken (nothing changed)."""
    stamp = now()
    cursor = db.execute(
        "INSERT INTO users (name, role, password_hash, created, updated) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO NOTHING",
        (name, str(role), password_hash, stamp, stamp),
    )
    return cursor.rowcount == 1


def set_password_hash(db: sqlite3.Connection, name: str, password_hash: str) -> bool:
    cursor = db.execute(
        "UPDATE users SET password_hash = ?, updated = ? WHERE name = ?", (password_hash, now(), name)
    )
    return cursor.rowcount == 1


def set_role(db: sqlite3.Connection, name: str, role: Role) -> bool:
    cursor = db.execute("UPDATE users SET role = ?, updated = ? WHERE name = ?", (str(role), now(), name))
    return cursor.rowcount == 1


def remove(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount == 1
