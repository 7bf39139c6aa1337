"""Accounts on a shared archive: `hoering user …`, password checks, the single sign-on
header, and the rule that the workspace never listens on the network without login."""

from __future__ import annotations

import pytest

from hoering import auth
from hoering.errors import LoginRequired, UserExists, UserNotFound, WeakPassword
from hoering.model import Role
from hoering.store import Archive, audit

PASSWORD = "korrekt hest batteri"


def test_user_add_by_cli_and_sign_in(hoering, archive_dir):
    out = hoering("user", "add", "abc@egebaek.dk", "--role", "sagsbehandler", "--password-stdin",
                  input=PASSWORD + "\n")
    assert "abc@egebaek.dk" in out.output and "sagsbehandler" in out.output
    with Archive(archive_dir) as archive:
        user = auth.authenticate(archive, "abc@egebaek.dk", PASSWORD)
        assert user is not None and user.role is Role.CASEWORKER
        assert user.may_edit and not user.may_approve
        assert auth.authenticate(archive, "abc@egebaek.dk", PASSWORD + "x") is None
        assert auth.authenticate(archive, "ukendt", PASSWORD) is None
        # The hash is stored, never the password.
        stored = archive.db.execute("SELECT password_hash FROM users").fetchone()[0]
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
        assert [e.action for e in audit.entries(archive.db)] == ["add_user"]


def test_user_list_role_passwd_remove(hoering, archive_dir):
    assert "Der er ingen brugere" in hoering("user", "list").output
    hoering("user", "add", "lis", "--role", "læser", "--password-stdin", input=PASSWORD + "\n")
    hoering("user", "role", "lis", "godkender")
    hoering("user", "passwd", "lis", "--password-stdin", input="et andet langt ord\n")
    listed = hoering("user", "list").output
    assert "lis" in listed and "godkender" in listed
    with Archive(archive_dir) as archive:
        assert auth.authenticate(archive, "lis", PASSWORD) is None
        user = auth.authenticate(archive, "lis", "et andet langt ord")
        assert user is not None and user.may_approve
    hoering("user", "remove", "lis")
    with Archive(archive_dir) as archive:
        assert auth.users(archive) == []
        actions = [e.action for e in audit.entries(archive.db)]
    assert actions == ["add_user", "change_role", "change_password", "remove_user"]


def test_refusals_are_danish_and_change_nothing(hoering, archive_dir):
    short = hoering("user", "add", "kim", "--role", "læser", "--password-stdin", input="kort\n", ok=False)
    assert short.exit_code == 1 and "for kort" in short.output
    hoering("user", "add", "kim", "--role", "læser", "--password-stdin", input=PASSWORD + "\n")
    twice = hoering("user", "add", "kim", "--role", "godkender", "--password-stdin", input=PASSWORD + "\n", ok=False)
    assert "findes allerede" in twice.output
    missing = hoering("user", "remove", "kaj", ok=False)
    assert "ingen bruger »kaj«" in missing.output
    with Archive(archive_dir) as archive:
        assert [(u.name, u.role) for u in auth.users(archive)] == [("kim", Role.READER)]
        with pytest.raises(UserExists):
            auth.add_user(archive, "kim", Role.APPROVER, PASSWORD)
        with pytest.raises(UserNotFound):
            auth.set_role(archive, "kaj", Role.APPROVER)
        with pytest.raises(WeakPassword):
            auth.set_password(archive, "kim", "123")


def test_network_address_needs_login(archive):
    auth.require_login_for(archive, "127.0.0.1", environ={})
    auth.require_login_for(archive, "localhost", environ={})
    auth.require_login_for(archive, "::1", environ={})
    for host in ("0.0.0.0", "192.168.1.20", "hoering.egebaek.local"):
        with pytest.raises(LoginRequired) as refused:
            auth.require_login_for(archive, host, environ={})
        assert "127.0.0.1" in refused.value.message_da()
    # Single sign-on configured, or an account made: the network address is allowed.
    auth.require_login_for(archive, "0.0.0.0", environ={"HOERING_TRUSTED_HEADER": "X-Remote-User"})
    auth.add_user(archive, "abc", Role.READER, PASSWORD)
    auth.require_login_for(archive, "0.0.0.0", environ={})


def test_single_sign_on_header_only_from_the_trusted_proxy(archive):
    auth.add_user(archive, "abc@egebaek.dk", Role.APPROVER, None)  # single sign-on only
    env = {"HOERING_TRUSTED_HEADER": "X-Remote-User"}
    headers = {"x-remote-user": "abc@egebaek.dk"}
    user = auth.user_from_proxy(archive, headers, "127.0.0.1", environ=env)
    assert user is not None and user.may_approve
    # Anyone else sending the header is not believed.
    assert auth.user_from_proxy(archive, headers, "10.0.0.7", environ=env) is None
    assert auth.user_from_proxy(archive, headers, "10.0.0.7",
                                environ={**env, "HOERING_TRUSTED_PROXIES": "10.0.0.0/24"}) is not None
    # No header configured, or a name without an account: nobody.
    assert auth.user_from_proxy(archive, headers, "127.0.0.1", environ={}) is None
    assert auth.user_from_proxy(archive, {"X-Remote-User": "ukendt"}, "127.0.0.1", environ=env) is None
    # A single-sign-on account has no password to guess.
    assert auth.authenticate(archive, "abc@egebaek.dk", "") is None
