"""`collect`, `status`, `set-sender`, `set-revision`: responses in, and who has answered."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import messages as M
from ..model import Action, ReceivedSource, Response, SenderKind
from ..store import Archive
from .app import archive_of, config_warnings, da, fail_in_danish, format_table, main


@main.command()
@click.argument("slug")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Ingen statuslinje og kun fejl.")
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None,
              help="Antal processer til at læse filer (standard: én pr. kerne, højst 4).")  # fmt: skip
@click.pass_context
@fail_in_danish
def collect(ctx: click.Context, slug: str, paths: tuple[Path, ...], quiet: bool, workers: int | None) -> None:
    """Indsaml høringssvar fra mapper og filer (mapper gennemgås rekursivt).

    \b
    Eksempler:
      hoering collect aktivering Høringssvar/
      hoering collect aktivering "Mail fra borger.msg" -q
    """
    from ..pipeline import collect as collecting
    from ..pipeline.discover import discover

    workers = workers or collecting.default_workers()
    archive = archive_of(ctx)
    config_warnings(archive.consultation(slug))  # and fail early on an unknown slug
    found = discover(paths)
    if not quiet and sys.stderr.isatty():
        with click.progressbar(length=len(found), label=M.COLLECTING, file=sys.stderr) as bar:
            report = collecting.collect(archive, slug, found, progress=lambda o: bar.update(1), workers=workers)
    else:
        report = collecting.collect(archive, slug, found, workers=workers)
    if not quiet:
        click.echo(
            M.say(
                M.COLLECTED, slug=slug, new=report.count(Action.NEW),
                unchanged=report.count(Action.UNCHANGED), duplicates=report.count(Action.DUPLICATE),
                failed=len(report.failures),
            )  # fmt: skip
        )
        click.echo()
        print_status(archive, slug)
    for failure in report.failures:
        click.echo(M.say(M.FAILURE, message=failure.message), err=True)
    if report.failures:
        ctx.exit(1)


@main.command()
@click.argument("slug")
@click.pass_context
@fail_in_danish
def status(ctx: click.Context, slug: str) -> None:
    """Vis høringssvarene og hvem der ikke har svaret.

    \b
    Eksempler:
      hoering status aktivering
    """
    from .retention import retention_warning

    archive = archive_of(ctx)
    config_warnings(archive.consultation(slug))
    warning = retention_warning(archive, slug)
    if warning:
        click.echo(warning, err=True)
    print_status(archive, slug)


def print_status(archive: Archive, slug: str) -> None:
    from ..parties import missing_parties
    from ..review import state as review_state

    consultation = archive.consultation(slug)
    responses = archive.responses(consultation, text=False)
    decided = review_state(archive, slug)
    excluded = decided.excluded
    click.echo(f"{consultation.title} ({slug})")
    if not responses:
        click.echo(M.say(M.NO_RESPONSES, slug=slug))
    else:
        table = []
        for r in responses:
            state = M.say(M.DUPLICATE_OF, number=r.duplicate_of) if r.duplicate_of else da(r.status)
            state += "".join(_intake_notes(r))
            if r.number in decided.reviewed:
                state += M.say(M.NOTE_SEPARATOR, note=M.REVIEWED_MARK)
            if r.number in excluded:
                state = M.say(M.EXCLUDED_MARK, reason=excluded[r.number]) + M.say(M.NOTE_SEPARATOR, note=state)
            table.append(
                [
                    str(r.number),
                    r.sender or M.UNKNOWN_SENDER,
                    da(r.sender_kind),
                    # The party is usually the sender's own name: a tick says so without repeating it.
                    "✓" if r.party and r.party == r.sender else (r.party or "–"),
                    str(r.pages) if r.pages else "",
                    state,
                ]
            )
        click.echo(format_table(M.STATUS_HEADERS, table))
    missing = missing_parties(consultation.config.parties, [r for r in responses if r.number not in excluded])
    click.echo()
    if missing:
        click.echo(M.say(M.NOT_ANSWERED, count=len(missing), parties="; ".join(missing)))
    elif consultation.config.parties:
        click.echo(M.ALL_ANSWERED)
    for r in responses:
        if r.error:
            click.echo(M.say(M.RESPONSE_ERROR, number=r.number, error=r.error))
    # What was read with reservations (a scanned page left out, OCR, attachments not taken):
    # said here, or staff would only find it in the JSON export.
    for r in responses:
        for warning in _warnings(r):
            click.echo(M.say(M.RESPONSE_WARNING, number=r.number, warning=warning))


def _warnings(response: Response) -> list[str]:
    warnings = response.metadata.get("warnings", [])
    return [str(w) for w in warnings] if isinstance(warnings, list) else []


def _intake_notes(r: Response) -> list[str]:
    """E-mail, deadline, form letter and revision marks for the status table."""
    notes = [M.say(M.ATTACHMENT_OF, number=r.via_email)] if r.via_email else []
    if r.late:  # a file's modification time is weak evidence: say so
        notes.append(M.LATE_BY_FILE_DATE if r.received_source == ReceivedSource.MTIME else M.LATE)
    if r.revision_of:
        notes.append(M.say(M.REVISION_OF, number=r.revision_of))
    if r.campaign:
        notes.append(M.say(M.FORM_LETTER_OF, number=r.campaign) if r.campaign != r.number else M.FORM_LETTER)
    return notes


@main.command("set-sender")
@click.argument("slug")
@click.argument("response_id", type=int)
@click.argument("name")
@click.option("--citizen", is_flag=True, help="Afsenderen er en privatperson.")
@click.pass_context
@fail_in_danish
def set_sender_cmd(ctx: click.Context, slug: str, response_id: int, name: str, citizen: bool) -> None:
    """Ret afsenderen af et høringssvar (bevares ved ny indsamling).

    \b
    Eksempler:
      hoering set-sender aktivering 4 "Ældrerådet"
      hoering set-sender aktivering 7 "Jens Hansen" --citizen
    """
    from ..pipeline.corrections import set_sender

    result = set_sender(archive_of(ctx), slug, response_id, name, kind=SenderKind.CITIZEN if citizen else None)
    party = M.say(M.SENDER_IS_PARTY, party=result["party"]) if result["party"] else M.SENDER_NOT_PARTY
    click.echo(M.say(M.SENDER_SET, number=response_id, sender=result["sender"], party=party))


@main.command("set-revision")
@click.argument("slug")
@click.argument("response_id", type=int)
@click.option("--of", "of", type=int, help="Nummeret på det tidligere svar, som dette erstatter.")
@click.option("--none", "none", is_flag=True, help="Svaret er ikke en rettelse af et andet svar.")
@click.pass_context
@fail_in_danish
def set_revision_cmd(ctx: click.Context, slug: str, response_id: int, of: int | None, none: bool) -> None:
    """Ret om et høringssvar er en rettet udgave af et tidligere svar (bevares ved ny indsamling).

    \b
    Eksempler:
      hoering set-revision aktivering 6 --of 2
      hoering set-revision aktivering 6 --none
    """
    from ..pipeline.corrections import set_revision

    if (of is None) == (not none):
        raise click.UsageError(M.REVISION_NEEDS_CHOICE)
    set_revision(archive_of(ctx), slug, response_id, None if none else of)
    if none:
        click.echo(M.say(M.REVISION_NONE, number=response_id))
    else:
        click.echo(M.say(M.REVISION_SET, number=response_id, of=of))
