"""`hoering delete`, `purge` and `log`, and the retention warning in `status`.

Registered on `main` when `hoering.cli` imports this module (its last line). Deleting asks
for a confirmation after showing what goes; `--yes` is for scripts, and without a terminal
to ask on and without `--yes` nothing is deleted (`ConfirmationRequired`). The library does
the work (`hoering.retention`); this module shows it in Danish.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys

import click

from . import retention as retention_mod
from .cli import _archive, _da, fail_in_danish, format_table, main
from .errors import ConfirmationRequired
from .model import Deletion, Retention
from .store import Archive, audit

YES_DA = frozenset({"ja", "j", "yes", "y"})


def _confirm(ctx: click.Context, yes: bool, command: str) -> None:
    """Go on with --yes or a "ja" typed at a terminal; else delete nothing."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise ConfirmationRequired(command)
    answer = click.prompt("Slet for altid? Skriv ja for at slette", default="nej", show_default=False)
    if answer.strip().casefold() not in YES_DA:
        click.echo("Intet er slettet.")
        ctx.exit(1)


def _files_da(count: int) -> str:
    return "1 originalfil" if count == 1 else f"{count} originalfiler"


def _files_line(plan: Deletion, tense: str) -> str:
    line = f"Originalfiler: {len(plan.files)} {tense}"
    if plan.kept_files:
        other = "en anden høring" if plan.whole else "et andet svar (i denne eller en anden høring)"
        line += f"; {len(plan.kept_files)} bevares, fordi {other} har den samme fil"
    return line + "."


# --- delete ----------------------------------------------------------------------------------


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
    """
    archive = _archive(ctx)
    if number is None:
        plan = retention_mod.plan_consultation(archive, slug)
        _show_consultation_plan(archive, plan)
        _confirm(ctx, yes, f"hoering delete {slug}")
        done = retention_mod.delete_consultation(archive, slug)
        click.echo(
            f"Slettede høringen »{slug}« med {len(done.responses)} svar og {_files_da(len(done.files))}."
        )
    else:
        plan = retention_mod.plan_response(archive, slug, number)
        _show_response_plan(plan)
        _confirm(ctx, yes, f"hoering delete {slug} {number}")
        done = retention_mod.delete_response(archive, slug, number)
        click.echo(
            f"Slettede {retention_mod.numbers_da(done.numbers)} fra høringen »{slug}« "
            f"og {_files_da(len(done.files))}."
        )


def _show_consultation_plan(archive: Archive, plan: Deletion) -> None:
    consultation = archive.consultation(plan.slug)
    click.echo(
        f"Høringen »{plan.slug}« ({consultation.title}) slettes for altid: {len(plan.responses)} svar "
        "med tekst, temaer og søgeindeks, rettelser og temaforslag."
    )
    click.echo(_files_line(plan, "slettes"))
    click.echo("Loggen (»hoering log«) beholder kun, at høringen blev slettet, af hvem og hvornår.")


def _show_response_plan(plan: Deletion) -> None:
    going = set(plan.numbers)
    click.echo(f"Slettes for altid fra høringen »{plan.slug}«:")
    rows = []
    for r in plan.responses:
        if r.number == plan.number:
            what = "e-mail" if r.is_email else "svar"
        elif r.via_email in going:
            what = f"bilag til nr. {r.via_email}"
        else:
            what = f"dublet af nr. {r.duplicate_of}"
        rows.append([str(r.number), r.sender or "(ukendt)", r.file, what])
    click.echo(format_table(["Nr.", "Afsender", "Fil", "Hvad"], rows))
    asked = next(r for r in plan.responses if r.number == plan.number)
    attachments = [r for r in plan.responses if r.via_email in going]
    if asked.is_email:
        if attachments:
            click.echo(
                f"Nr. {plan.number} er en e-mail: de {len(attachments)} bilag, der kom i den, slettes med den."
                if len(attachments) > 1
                else f"Nr. {plan.number} er en e-mail: bilaget, der kom i den, slettes med den."
            )
        else:
            click.echo(f"Nr. {plan.number} er en e-mail uden bilag i arkivet.")
    elif asked.via_email is not None:
        click.echo(
            f"Nr. {plan.number} kom som bilag til e-mail nr. {asked.via_email}, som ikke slettes "
            f"(slet den med »hoering delete {plan.slug} {asked.via_email}«)."
        )
    click.echo(_files_line(plan, "slettes"))
    also = "En persons rettelser til svarene (afsender, temaer) slettes også"
    if plan.suggestions_dropped:
        also += (
            f", og {plan.suggestions_dropped} temaforslag, der bygger på dem "
            f"(kør »hoering themes {plan.slug} --suggest« igen)"
        )
    click.echo(also + ".")
    click.echo(
        "Ligger filerne stadig i den mappe, der indsamles fra, kommer de med igen ved næste "
        "»hoering collect«: slet dem også dér."
    )


# --- purge -----------------------------------------------------------------------------------


def _rule_da(rule: Retention) -> str:
    return f"{rule.days} dage efter {rule.counted_from.da} {rule.start.isoformat()}"


@main.command()
@click.option("--yes", "-y", is_flag=True, help="Slet uden at spørge (til scripts).")
@click.pass_context
@fail_in_danish
def purge(ctx: click.Context, yes: bool) -> None:
    """Slet alle høringer, hvis opbevaringsfrist (delete_after_days) er udløbet."""
    archive = _archive(ctx)
    due = retention_mod.overdue(archive)
    if not due:
        click.echo("Ingen høringer har en udløbet opbevaringsfrist.")
        orphans = retention_mod.remove_files(archive, [])
        if orphans:
            click.echo(f"Fjernede {_files_da(orphans)}, som en afbrudt sletning efterlod.")
        return
    rows = [
        [c.slug, c.title, str(len(archive.responses(c))), rule.due.isoformat(), _rule_da(rule)]
        for c, rule in due
    ]
    count = "1 høring" if len(due) == 1 else f"{len(due)} høringer"
    click.echo(f"Opbevaringsfristen er udløbet for {count}, som slettes for altid:")
    click.echo(format_table(["Høring", "Titel", "Svar", "Slettes fra", "Regel (delete_after_days)"], rows))
    _confirm(ctx, yes, "hoering purge")
    done = retention_mod.purge(archive, [c.slug for c, _ in due])
    for d in done:
        click.echo(f"Slettede høringen »{d.slug}« med {len(d.responses)} svar og {_files_da(len(d.files))}.")


# --- log -------------------------------------------------------------------------------------


@main.command("log")
@click.argument("slug", required=False)
@click.option("--limit", type=click.IntRange(1), help="Kun de seneste N hændelser.")
@click.pass_context
@fail_in_danish
def log_cmd(ctx: click.Context, slug: str | None, limit: int | None) -> None:
    """Vis loggen: hvem der har slettet hvad og hvornår (alle høringer, eller kun SLUG)."""
    archive = _archive(ctx)
    entries = audit.entries(archive.db, slug, limit=limit)
    if not entries:
        click.echo(f"Loggen har intet om høringen »{slug}«." if slug else "Loggen er tom.")
        return
    rows = [
        [_local(e.at), e.actor, _da(e.action), e.consultation or "", str(e.number or ""), e.detail]
        for e in entries
    ]
    click.echo(format_table(["Tidspunkt", "Bruger", "Handling", "Høring", "Nr.", "Beskrivelse"], rows))


def _local(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


# --- the retention warning in `status` --------------------------------------------------------


def retention_warning(archive: Archive, slug: str, today: dt.date | None = None) -> str | None:
    """The Danish warning for a consultation past its retention, else None."""
    consultation = archive.consultation(slug)
    rule = retention_mod.retention(archive, consultation)
    if rule is None or not rule.overdue(today or dt.date.today()):
        return None
    return (
        f"ADVARSEL: Opbevaringsfristen for høringen »{slug}« er udløbet: den skulle slettes fra "
        f"{rule.due.isoformat()} (delete_after_days = {_rule_da(rule)}). Slet den med "
        f"»hoering delete {slug}«, eller alle høringer med udløbet frist med »hoering purge«."
    )


def _warn_in_status(command: click.Command) -> None:
    """Print the retention warning before `status`'s table. Hooked in from here because
    `hoering.cli` is being restructured; a call in `status` itself does the same."""
    shown = command.callback

    @functools.wraps(shown)
    @fail_in_danish
    def callback(*args, **kwargs):
        ctx = click.get_current_context()
        warning = retention_warning(_archive(ctx), ctx.params["slug"])
        if warning:
            click.echo(warning, err=True)
        return shown(*args, **kwargs)

    command.callback = callback


_warn_in_status(main.commands["status"])
