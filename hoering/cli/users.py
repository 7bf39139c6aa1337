"""`user`: accounts for a shared archive, whose review workspace others reach over the network.

Passwords are typed at a hidden prompt (twice), or read from standard input with
`--password-stdin` for scripts; never given as an argument, where they would end up in the
shell's history and the process list.
"""

from __future__ import annotations

import sys

import click

from .. import auth
from .. import messages as M
from ..model import Role
from .app import archive_of, fail_in_danish, format_table, main

ROLES = click.Choice([r.value for r in Role])


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    while True:
        first = click.prompt(M.PASSWORD_PROMPT, hide_input=True, err=True)
        if first == click.prompt(M.PASSWORD_REPEAT, hide_input=True, err=True):
            return first
        click.echo(M.PASSWORDS_DIFFER, err=True)


@main.group("user")
def user() -> None:
    """Brugere af et fælles arkiv: hvem må logge ind i arbejdsrummet, og hvad må de.

    Roller: læser (læse), sagsbehandler (også rette, kommentere, udelade og anonymisere) og
    godkender (også godkende notatet til offentliggørelse).

    \b
    Eksempler:
      hoering user add abc@egebaek.dk --role sagsbehandler
      hoering user list
      hoering user role abc@egebaek.dk godkender
    """


@user.command("add")
@click.argument("name", metavar="NAVN")
@click.option("--role", "role", type=ROLES, required=True, help="læser, sagsbehandler eller godkender.")
@click.option("--password-stdin", is_flag=True, help="Læs adgangskoden fra standard input (til scripts).")
@click.option("--sso", is_flag=True, help="Ingen adgangskode: brugeren logger ind via kommunens single sign-on.")
@click.pass_context
@fail_in_danish
def add(ctx: click.Context, name: str, role: str, password_stdin: bool, sso: bool) -> None:
    """Opret brugeren NAVN; adgangskoden skrives to gange (den vises ikke).

    \b
    Eksempler:
      hoering user add abc@egebaek.dk --role sagsbehandler
      hoering user add def@egebaek.dk --role godkender --sso
    """
    password = None if sso else _password(password_stdin)
    created = auth.add_user(archive_of(ctx), name, Role(role), password)
    template = M.USER_ADDED_SSO if sso else M.USER_ADDED
    click.echo(M.say(template, name=created.name, role=created.role.da))


@user.command("list")
@click.pass_context
@fail_in_danish
def list_users(ctx: click.Context) -> None:
    """Vis brugerne og deres roller.

    \b
    Eksempler:
      hoering user list
    """
    found = auth.users(archive_of(ctx))
    if not found:
        click.echo(M.NO_USERS)
        return
    click.echo(format_table(M.USER_HEADERS, [[u.name, u.role.da] for u in found]))


@user.command("passwd")
@click.argument("name", metavar="NAVN")
@click.option("--password-stdin", is_flag=True, help="Læs adgangskoden fra standard input (til scripts).")
@click.pass_context
@fail_in_danish
def passwd(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Giv brugeren NAVN en ny adgangskode.

    \b
    Eksempler:
      hoering user passwd abc@egebaek.dk
    """
    auth.set_password(archive_of(ctx), name, _password(password_stdin))
    click.echo(M.say(M.PASSWORD_CHANGED, name=name))


@user.command("role")
@click.argument("name", metavar="NAVN")
@click.argument("role", metavar="ROLLE", type=ROLES)
@click.pass_context
@fail_in_danish
def set_role(ctx: click.Context, name: str, role: str) -> None:
    """Giv brugeren NAVN en anden rolle (læser, sagsbehandler eller godkender).

    \b
    Eksempler:
      hoering user role abc@egebaek.dk godkender
    """
    auth.set_role(archive_of(ctx), name, Role(role))
    click.echo(M.say(M.ROLE_CHANGED, name=name, role=Role(role).da))


@user.command("remove")
@click.argument("name", metavar="NAVN")
@click.pass_context
@fail_in_danish
def remove(ctx: click.Context, name: str) -> None:
    """Fjern brugeren NAVN; hvad brugeren har gjort, står fortsat i loggen.

    \b
    Eksempler:
      hoering user remove abc@egebaek.dk
    """
    auth.remove_user(archive_of(ctx), name)
    click.echo(M.say(M.USER_REMOVED, name=name))
