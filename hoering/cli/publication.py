"""`approve`, `redact`, `redactions`: a person's sign-off on the public note, and their say
over what it leaves out."""

from __future__ import annotations

import click

from .. import messages as M
from .. import publication
from .app import archive_of, da, fail_in_danish, format_table, main


@main.command()
@click.argument("slug")
@click.option("--withdraw", is_flag=True, help="Træk godkendelsen tilbage (notatet bliver igen et UDKAST).")
@click.option("--reason", help="Godkend trods tvivlsomme fjernelser, der ikke er gennemgået; begrundelsen logges.")
@click.pass_context
@fail_in_danish
def approve(ctx: click.Context, slug: str, withdraw: bool, reason: str | None) -> None:
    """Godkend det offentlige notat og regneark til offentliggørelse (fjerner mærket UDKAST).

    \b
    Eksempler:
      hoering approve aktivering
      hoering approve aktivering --reason "gennemgået på mødet"
      hoering approve aktivering --withdraw
    """
    archive = archive_of(ctx)
    if withdraw:
        gone = publication.withdraw(archive, slug)
        click.echo(M.say(M.WITHDRAWN if gone else M.NOT_APPROVED, slug=slug))
        return
    approval, over = publication.approve(archive, slug, reason=reason)
    click.echo(M.say(M.APPROVED, slug=slug, actor=approval.actor))
    if over:
        click.echo(M.say(M.APPROVED_OVER, count=over))
    click.echo(M.APPROVAL_LAPSES)


@main.command()
@click.argument("slug")
@click.argument("number", metavar="RESPONSE_ID", type=int)
@click.argument("text")
@click.option("--keep", is_flag=True, help="Bevar teksten: de automatiske regler må ikke fjerne den i dette svar.")
@click.option("--undo", is_flag=True, help="Fortryd en tidligere redact eller --keep af teksten.")
@click.pass_context
@fail_in_danish
def redact(ctx: click.Context, slug: str, number: int, text: str, keep: bool, undo: bool) -> None:
    """Fjern en tekst fra et svar i det offentlige notat og regneark (eller bevar den med --keep).

    \b
    Eksempler:
      hoering redact aktivering 4 "Jens Hansen"
      hoering redact aktivering 4 "Ældrerådet" --keep
      hoering redact aktivering 4 "Jens Hansen" --undo
    """
    archive = archive_of(ctx)
    if undo:
        publication.undo(archive, slug, number, text)
        click.echo(M.say(M.UNDONE, number=number))
    else:
        publication.redact(archive, slug, number, text, keep=keep)
        click.echo(M.say(M.KEPT if keep else M.REDACTED, number=number))
    click.echo(M.DECISION_LAPSES)


@main.command()
@click.argument("slug")
@click.option("--reviewed", is_flag=True, help="Markér alle tvivlsomme fjernelser som gennemgået, som de er.")
@click.pass_context
@fail_in_danish
def redactions(ctx: click.Context, slug: str, reviewed: bool) -> None:
    """Vis alt, det offentlige notat fjerner: tvivlsomme først (kun til forvaltningen).

    \b
    Eksempler:
      hoering redactions aktivering
      hoering redactions aktivering --reviewed
    """
    archive = archive_of(ctx)
    if reviewed:
        count = publication.mark_reviewed(archive, slug)
        click.echo(M.say(M.REVIEWED, count=count) if count else M.NOTHING_TO_REVIEW)
        return
    found = publication.report(archive, slug)
    approval = found.approval
    if found.approved and approval:
        click.echo(M.say(M.REPORT_STATE_APPROVED, slug=slug, actor=approval.actor, at=approval.at))
    elif approval:
        click.echo(M.say(M.REPORT_STATE_LAPSED, slug=slug, actor=approval.actor, at=approval.at))
    else:
        click.echo(M.say(M.REPORT_STATE_DRAFT, slug=slug))
    if not found.lines:
        click.echo(M.REPORT_NONE)
    else:
        click.echo(M.say(M.REPORT_COUNTS, total=len(found.lines), doubtful=found.doubtful))
        rows = [
            [
                M.REPORT_DOUBTFUL if line.doubtful else M.REPORT_REVIEWED if line.reviewed else "",
                "" if line.redaction.number is None else str(line.redaction.number),
                da(line.redaction.kind),
                line.redaction.replacement,
                line.redaction.context,
            ]
            for line in found.lines
        ]
        click.echo(format_table(M.REPORT_HEADERS, rows))
        click.echo(M.say(M.REPORT_NEXT, slug=slug))
    if found.kept:
        click.echo(M.REPORT_KEPT)
        for m in found.kept:
            click.echo(M.say(M.REPORT_KEPT_LINE, number=m.number, text=m.text))
