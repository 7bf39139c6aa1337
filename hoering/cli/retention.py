"""`delete`, `purge`, `log`: deleting for good, the retention rule, and who did what.

Deleting asks for a confirmation after showing what goes; `--yes` is for scripts, and without
a terminal to ask on and without `--yes` nothing is deleted (`ConfirmationRequired`). The
library does the work (`hoering.retention`); this module shows it in Danish.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from .. import messages as M
from .. import retention as retention_mod
from ..errors import ConfirmationRequired
from ..model import Deletion, Retention
from ..store import Archive, audit
from .app import archive_of, da, fail_in_danish, format_table, main

YES_DA = frozenset({"ja", "j", "yes", "y"})


def _confirm(ctx: click.Context, yes: bool, command: str) -> None:
    """Go on with --yes or a "ja" typed at a terminal; else delete nothing."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise ConfirmationRequired(command)
    answer = click.prompt(M.CONFIRM_DELETE, default="nej", show_default=False)
    if answer.strip().casefold() not in YES_DA:
        click.echo(M.NOTHING_DELETED)
        ctx.exit(1)


def _files_da(count: int) -> str:
    return M.ONE_FILE if count == 1 else M.say(M.FILES, count=count)


def _files_line(plan: Deletion) -> str:
    line = M.say(M.FILES_LINE, count=len(plan.files))
    if plan.kept_files:
        other = M.KEPT_FOR_CONSULTATION if plan.whole else M.KEPT_FOR_RESPONSE
        line += M.say(M.FILES_KEPT, count=len(plan.kept_files), other=other)
    return line + "."


@main.command()
@click.argument("slug")
@click.argument("number", metavar="[NR]", type=int, required=False)
@click.option("--yes", "-y", is_flag=True, help="Slet uden at spørge (til scripts).")
@click.pass_context
@fail_in_danish
def delete(ctx: click.Context, slug: str, number: int | None, yes: bool) -> None:
    """Slet en høring – eller ét høringssvar (NR) – for altid, med originalfilerne.

    Et svar, der er en e-mail, slettes med de bilag, der kom i den. Det slettede kan ikke
    findes igen; loggen (»hoering log«) beholder kun, hvem der slettede hvad og hvornår.

    \b
    Eksempler:
      hoering delete aktivering 4
      hoering delete aktivering --yes
    """
    archive = archive_of(ctx)
    if number is None:
        plan = retention_mod.plan_consultation(archive, slug)
        _show_consultation_plan(archive, plan)
        _confirm(ctx, yes, f"hoering delete {slug}")
        done = retention_mod.delete_consultation(archive, slug)
        click.echo(
            M.say(M.CONSULTATION_DELETED, slug=slug, responses=len(done.responses), files=_files_da(len(done.files)))
        )
    else:
        plan = retention_mod.plan_response(archive, slug, number)
        _show_response_plan(plan)
        _confirm(ctx, yes, f"hoering delete {slug} {number}")
        done = retention_mod.delete_response(archive, slug, number)
        numbers = retention_mod.numbers_da(done.numbers)
        click.echo(M.say(M.RESPONSES_DELETED, numbers=numbers, slug=slug, files=_files_da(len(done.files))))


def _show_consultation_plan(archive: Archive, plan: Deletion) -> None:
    consultation = archive.consultation(plan.slug)
    click.echo(M.say(M.CONSULTATION_GOES, slug=plan.slug, title=consultation.title, responses=len(plan.responses)))
    click.echo(_files_line(plan))
    click.echo(M.LOG_KEEPS_ONLY)


def _show_response_plan(plan: Deletion) -> None:
    going = set(plan.numbers)
    click.echo(M.say(M.RESPONSES_GO, slug=plan.slug))
    rows = []
    for r in plan.responses:
        if r.number == plan.number:
            what = M.WHAT_EMAIL if r.is_email else M.WHAT_RESPONSE
        elif r.via_email in going:
            what = M.say(M.WHAT_ATTACHMENT, number=r.via_email)
        else:
            what = M.say(M.WHAT_DUPLICATE, number=r.duplicate_of)
        rows.append([str(r.number), r.sender or M.UNKNOWN_SENDER, r.file, what])
    click.echo(format_table(M.DELETE_HEADERS, rows))
    asked = next(r for r in plan.responses if r.number == plan.number)
    attachments = [r for r in plan.responses if r.via_email in going]
    if asked.is_email:
        if len(attachments) > 1:
            click.echo(M.say(M.EMAIL_WITH_ATTACHMENTS, number=plan.number, count=len(attachments)))
        elif attachments:
            click.echo(M.say(M.EMAIL_WITH_ATTACHMENT, number=plan.number))
        else:
            click.echo(M.say(M.EMAIL_WITHOUT_ATTACHMENTS, number=plan.number))
    elif asked.via_email is not None:
        click.echo(M.say(M.ATTACHMENT_STAYS_EMAIL, number=plan.number, email=asked.via_email, slug=plan.slug))
    click.echo(_files_line(plan))
    also = M.CORRECTIONS_GO
    if plan.suggestions_dropped:
        also += M.say(M.SUGGESTIONS_GO, count=plan.suggestions_dropped, slug=plan.slug)
    click.echo(also + ".")
    click.echo(M.STILL_IN_FOLDER)


def _rule_da(rule: Retention) -> str:
    return M.say(M.RETENTION_RULE, days=rule.days, start=rule.counted_from.da, date=rule.start.isoformat())


@main.command()
@click.option("--yes", "-y", is_flag=True, help="Slet uden at spørge (til scripts).")
@click.pass_context
@fail_in_danish
def purge(ctx: click.Context, yes: bool) -> None:
    """Slet alle høringer, hvis opbevaringsfrist (delete_after_days) er udløbet.

    \b
    Eksempler:
      hoering purge
      hoering purge --yes
    """
    archive = archive_of(ctx)
    due = retention_mod.overdue(archive)
    if not due:
        click.echo(M.NOTHING_OVERDUE)
        orphans = retention_mod.remove_files(archive, [])
        if orphans:
            click.echo(M.say(M.ORPHANS_REMOVED, files=_files_da(orphans)))
        return
    rows = [
        [c.slug, c.title, str(len(archive.responses(c))), rule.due.isoformat(), _rule_da(rule)]
        for c, rule in due
    ]
    count = M.ONE_CONSULTATION if len(due) == 1 else M.say(M.CONSULTATIONS, count=len(due))
    click.echo(M.say(M.OVERDUE, count=count))
    click.echo(format_table(M.PURGE_HEADERS, rows))
    _confirm(ctx, yes, "hoering purge")
    for d in retention_mod.purge(archive, [c.slug for c, _ in due]):
        click.echo(M.say(M.CONSULTATION_DELETED, slug=d.slug, responses=len(d.responses), files=_files_da(len(d.files))))


@main.command("log")
@click.argument("slug", required=False)
@click.argument("number", metavar="[NR]", type=int, required=False)
@click.option("--limit", type=click.IntRange(1), help="Kun de seneste N hændelser.")
@click.pass_context
@fail_in_danish
def log_cmd(ctx: click.Context, slug: str | None, number: int | None, limit: int | None) -> None:
    """Vis loggen: hvem der gjorde hvad og hvornår (alle høringer, kun SLUG, eller kun svar NR i SLUG).

    
    Eksempler:
      hoering log
      hoering log aktivering --limit 20
      hoering log aktivering 7
    """
    archive = archive_of(ctx)
    entries = audit.entries(archive.db, slug, number=number, limit=limit)
    if not entries:
        if number is not None:
            click.echo(M.say(M.LOG_EMPTY_FOR_RESPONSE, slug=slug, number=number))
        else:
            click.echo(M.say(M.LOG_EMPTY_FOR, slug=slug) if slug else M.LOG_EMPTY)
        return
    rows = [
        [_local(e.at), e.actor, da(e.action), e.consultation or "", str(e.number or ""), e.detail]
        for e in entries
    ]
    click.echo(format_table(M.LOG_HEADERS, rows))


def _local(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def retention_warning(archive: Archive, slug: str, today: dt.date | None = None) -> str | None:
    """The Danish warning for a consultation past its retention, else None."""
    consultation = archive.consultation(slug)
    rule = retention_mod.retention(archive, consultation)
    if rule is None or not rule.overdue(today or dt.date.today()):
        return None
    return M.say(M.RETENTION_PASSED, slug=slug, due=rule.due.isoformat(), rule=_rule_da(rule))
