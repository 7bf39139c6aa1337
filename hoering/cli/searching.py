"""`search`, `show`, `reindex`: what was said in every earlier consultation."""

from __future__ import annotations

import json
import sys

import click

from .. import messages as M
from ..model import SenderKind
from .app import archive_of, da, fail_in_danish, main, progress_bar


# Words of a query may start with "-" (leave out) and are not options.
@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--consultation", metavar="SLUG", help="Kun i denne høring.")
@click.option("--sender", metavar="NAVN", help="Kun svar fra afsendere, hvis navn indeholder NAVN.")
@click.option("--party", metavar="NAVN", help="Kun svar fra høringsparter, hvis navn indeholder NAVN.")
@click.option("--theme", metavar="NØGLE", help="Kun afsnit om temaet (temaets nøgle, fx mentor).")
@click.option("--since", metavar="DATO", help="Kun svar fra denne dato (ÅÅÅÅ-MM-DD) og senere.")
@click.option("--until", metavar="DATO", help="Kun svar til og med denne dato (ÅÅÅÅ-MM-DD).")
@click.option("--kind", type=click.Choice([k.value for k in SenderKind]), help="Kun organisationer eller borgere.")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True, help="Højst så mange svar.")
@click.option("--json", "as_json", is_flag=True, help="Resultatet som JSON (en liste af fund).")
@click.pass_context
@fail_in_danish
def search(ctx: click.Context, query: tuple[str, ...], as_json: bool, limit: int, **filters) -> None:
    """Søg i alle høringer: de bedste afsnit først, med høring, svarnummer og afsender.

    Flere ord betyder alle ordene; skriv OR mellem ord for et af dem, "citationstegn" om en
    frase og -ord for at udelukke et ord. Sammensatte ord og bøjninger findes også:
    »mentor« finder »mentorindsatsen« og »Mentorer«.

    \b
    Eksempler:
      hoering search mentor
      hoering search "kortere forløb" --theme mentor --since 2018-01-01
      hoering search mentor -handicap --consultation aktivering
    """
    from .. import search as search_mod  # `show` in this module needs none of it

    archive = archive_of(ctx)
    progress, close = progress_bar(M.BUILDING_INDEX, as_json)
    try:
        if search_mod.ensure_index(archive, progress=progress) and not as_json:
            click.echo(M.INDEX_REBUILT, err=True)
    finally:
        close()
    result = search_mod.search(archive, " ".join(query), search_mod.Filters(**filters), limit=limit)
    if as_json:
        click.echo(json.dumps([h.to_json() for h in result.hits], ensure_ascii=False, indent=2))
        return
    if not result.hits:
        click.echo(M.say(M.NO_HITS, query=result.query.text))
        return
    _print_hits(result)


def _print_hits(result) -> None:
    from ..search import CANDIDATES

    bold = sys.stdout.isatty()
    for n, hit in enumerate(result.hits, 1):
        who = hit.sender or M.UNKNOWN_SENDER_LONG
        if hit.party and hit.party != hit.sender:
            who += f" ({hit.party})"
        head = M.say(
            M.HIT_HEAD, n=n, consultation=hit.consultation, number=hit.number, who=who,
            date=hit.date or M.HIT_UNDATED,
        )  # fmt: skip
        click.echo(click.style(head, bold=True) if bold else head)
        if bold:
            snippet = "".join(click.style(t, bold=True) if hl else t for t, hl in hit.snippet)
        else:
            snippet = hit.snippet_text()
        click.echo(f"   {snippet}")
        spread = M.HIT_SPREAD if hit.match == "response" else ""
        click.echo(M.say(M.HIT_SOURCE, title=hit.consultation_title, file=hit.file, spread=spread))
    click.echo()
    if result.truncated:
        click.echo(M.say(M.HITS_TRUNCATED, shown=len(result.hits), candidates=CANDIDATES))
    else:
        click.echo(M.say(M.HITS_SHOWN, shown=len(result.hits), passages=result.matching_passages))


@main.command()
@click.argument("slug")
@click.argument("response_id", type=int)
@click.pass_context
@fail_in_danish
def show(ctx: click.Context, slug: str, response_id: int) -> None:
    """Vis et helt høringssvar: afsender, høringspart, fil, dato, status og teksten.

    \b
    Eksempler:
      hoering show aktivering 3
    """
    archive = archive_of(ctx)
    consultation = archive.consultation(slug)
    r = archive.response(consultation, response_id)
    state = M.say(M.DUPLICATE_OF, number=r.duplicate_of) if r.duplicate_of else da(r.status)
    if r.received:
        date = r.received
    elif r.collected:
        date = M.say(M.SHOW_DATE_COLLECTED, date=r.collected[:10])
    else:
        date = M.SHOW_DATE_UNKNOWN
    click.echo(M.say(M.SHOW_HEAD, title=consultation.title, slug=consultation.slug, number=r.number))
    click.echo(M.say(M.SHOW_SENDER, sender=r.sender or M.UNKNOWN_SENDER, kind=da(r.sender_kind)))
    click.echo(M.say(M.SHOW_PARTY, party=r.party or "–"))
    click.echo(M.say(M.SHOW_FILE, file=r.file))
    click.echo(M.say(M.SHOW_DATE, date=date))
    click.echo(M.say(M.SHOW_STATUS, state=state))
    if r.error:
        click.echo(M.say(M.SHOW_ERROR, error=r.error))
    click.echo()
    click.echo(r.text or M.SHOW_NO_TEXT)


@main.command()
@click.option("--quiet", "-q", is_flag=True, help="Ingen statuslinje.")
@click.pass_context
@fail_in_danish
def reindex(ctx: click.Context, quiet: bool) -> None:
    """Byg søgeindekset forfra ud fra arkivets tekster (fx efter en ny sprogmodel).

    \b
    Eksempler:
      hoering reindex
    """
    from .. import search as search_mod

    progress, close = progress_bar(M.BUILDING_INDEX, quiet)
    try:
        report = search_mod.rebuild(archive_of(ctx), progress=progress)
    finally:
        close()
    if not quiet:
        click.echo(
            M.say(M.INDEX_BUILT, passages=report.passages, responses=report.responses, seconds=report.seconds)
        )
