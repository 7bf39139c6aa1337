"""`comment`, `remarks`, `exclude`, `include`, `set-date`, `reviewed`, `campaign`,
`review-import`: a person's review of the responses, for scripts and staff who work in Excel
(the web app, `hoering serve`, does the same through `hoering.review`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from .. import messages as M
from .. import review
from .app import archive_of, fail_in_danish, main


class _Date(click.ParamType):
    """A date as YYYY-MM-DD, refused in Danish."""

    name = "ÅÅÅÅ-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(M.say(M.BAD_DATE_ARGUMENT, value=value), param, ctx)


@main.command()
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.argument("text", required=False)
@click.option("--file", "text_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Læs vurderingen fra en tekstfil (UTF-8).")  # fmt: skip
@click.pass_context
@fail_in_danish
def comment(ctx: click.Context, slug: str, number: int, text: str | None, text_file: Path | None) -> None:
    """Skriv vurderingen af et høringssvar (kolonnen Vurdering i regnearket); "" sletter den.

    \b
    Eksempler:
      hoering comment aktivering 7 "Forvaltningen er enig i bekymringen."
      hoering comment aktivering 7 --file vurdering.txt
    """
    if (text is None) == (text_file is None):
        raise click.UsageError(M.COMMENT_NEEDS_TEXT)
    if text_file is not None:
        text = text_file.read_text(encoding="utf-8")
    saved = review.comment(archive_of(ctx), slug, number, text or "")
    click.echo(M.say(M.COMMENT_SAVED if saved.text else M.COMMENT_CLEARED, number=number, revision=saved.revision))


@main.command()
@click.argument("slug")
@click.argument("key", metavar="TEMA")
@click.argument("text")
@click.option("--indstilling", "recommendation", help="Forvaltningens indstilling til temaet (\"\" sletter den).")
@click.pass_context
@fail_in_danish
def remarks(ctx: click.Context, slug: str, key: str, text: str, recommendation: str | None) -> None:
    """Skriv forvaltningens bemærkninger til et tema i notatet (i stedet for »[Udfyldes af forvaltningen]«).

    \b
    Eksempler:
      hoering remarks aktivering mentor "Forvaltningen fastholder forslaget."
      hoering remarks aktivering mentor "…" --indstilling "Forslaget gennemføres."
    """
    archive = archive_of(ctx)
    saved = review.set_remarks(archive, slug, key, text, recommendation=recommendation)
    label = archive.consultation(slug).config.themes[key].label
    click.echo(M.say(M.REMARKS_SAVED, label=label, key=key, revision=saved.revision))
    if recommendation:
        click.echo(M.say(M.RECOMMENDATION_SAVED, label=label))


@main.command()
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.option("--reason", required=True, help="Hvorfor svaret udelades (vises i status og loggen).")
@click.pass_context
@fail_in_danish
def exclude(ctx: click.Context, slug: str, number: int, reason: str) -> None:
    """Udelad et høringssvar af optællinger, notat og regneark (det bliver i arkivet).

    \b
    Eksempler:
      hoering exclude aktivering 12 --reason "Hører til en anden høring"
    """
    attachments = review.exclude(archive_of(ctx), slug, number, reason)
    click.echo(M.say(M.EXCLUDED, number=number, reason=" ".join(reason.split()), slug=slug))
    if attachments:
        click.echo(M.say(M.EXCLUDED_ATTACHMENTS, numbers=", ".join(map(str, attachments))))


@main.command()
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.pass_context
@fail_in_danish
def include(ctx: click.Context, slug: str, number: int) -> None:
    """Medtag et udeladt høringssvar igen.

    \b
    Eksempler:
      hoering include aktivering 12
    """
    attachments = review.include(archive_of(ctx), slug, number)
    click.echo(M.say(M.INCLUDED, number=number))
    if attachments:
        click.echo(M.say(M.INCLUDED_ATTACHMENTS, numbers=", ".join(map(str, attachments))))


@main.command("set-date")
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.argument("date", metavar="ÅÅÅÅ-MM-DD", type=_Date())
@click.pass_context
@fail_in_danish
def set_date(ctx: click.Context, slug: str, number: int, date: dt.date) -> None:
    """Ret datoen, et høringssvar er modtaget (bevares ved ny indsamling).

    \b
    Eksempler:
      hoering set-date aktivering 4 2018-10-29
    """
    archive = archive_of(ctx)
    review.set_received(archive, slug, number, date)
    late = archive.response(archive.consultation(slug), number).late
    click.echo(M.say(M.DATE_SET, number=number, date=date.isoformat(), late=M.DATE_LATE if late else ""))


@main.command()
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.option("--undo", is_flag=True, help="Fjern markeringen.")
@click.pass_context
@fail_in_danish
def reviewed(ctx: click.Context, slug: str, number: int, undo: bool) -> None:
    """Markér et høringssvar som gennemgået (eller fjern markeringen med --undo).

    \b
    Eksempler:
      hoering reviewed aktivering 4
      hoering reviewed aktivering 4 --undo
    """
    review.set_reviewed(archive_of(ctx), slug, number, not undo)
    click.echo(M.say(M.UNMARKED_REVIEWED if undo else M.MARKED_REVIEWED, number=number))


@main.command()
@click.argument("slug")
@click.argument("number", metavar="NR", type=int)
@click.option("--of", "of", type=int, help="Nummeret på et svar i gruppen af enslydende svar.")
@click.option("--none", "none", is_flag=True, help="Svaret hører ikke til nogen gruppe af enslydende svar.")
@click.pass_context
@fail_in_danish
def campaign(ctx: click.Context, slug: str, number: int, of: int | None, none: bool) -> None:
    """Ret om et høringssvar er enslydende med andre (bevares ved ny indsamling).

    \b
    Eksempler:
      hoering campaign aktivering 9 --of 8
      hoering campaign aktivering 9 --none
    """
    if (of is None) == (not none):
        raise click.UsageError(M.CAMPAIGN_NEEDS_CHOICE)
    review.set_campaign(archive_of(ctx), slug, number, None if none else of)
    click.echo(M.say(M.CAMPAIGN_NONE, number=number) if none else M.say(M.CAMPAIGN_SET, number=number, of=of))


@main.command("review-import")
@click.argument("slug")
@click.argument("path", metavar="FIL.xlsx", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
@fail_in_danish
def review_import(ctx: click.Context, slug: str, path: Path) -> None:
    """Indlæs vurderinger og rettelser fra regnearket (»hoering export --xlsx«), rettet i Excel.

    \b
    Eksempler:
      hoering review-import aktivering overblik.xlsx
    """
    report = review.import_review(archive_of(ctx), slug, path)
    click.echo(
        M.say(
            M.IMPORT_SUMMARY, file=path.name, rows=report.rows, applied=report.applied,
            unchanged=report.unchanged, conflicts=len(report.conflicts),
            invalid=report.count("invalid"), unknown=report.count("unknown_row"),
        )  # fmt: skip
    )
    for line in report.lines:
        number = M.say(M.IMPORT_NUMBER, number=line.number) if line.number is not None else ""
        click.echo(
            M.say(M.IMPORT_LINE, row=line.row, number=number, field=line.field, outcome=line.outcome.da,
                  message=line.message).rstrip()
        )  # fmt: skip
    if report.conflicts:
        click.echo(M.IMPORT_NOTHING_LOST)
    if report.problems:
        ctx.exit(1)
