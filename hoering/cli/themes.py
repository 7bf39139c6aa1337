"""`explain`, `tag`, `themes`, `eval`: the themes of each response, why, and a person's say."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import messages as M
from ..model import Stance, TagSource, TagState
from .app import archive_of, da, fail_in_danish, format_table, main


@main.command()
@click.argument("slug")
@click.argument("number", metavar="RESPONSE_ID", type=int)
@click.pass_context
@fail_in_danish
def explain(ctx: click.Context, slug: str, number: int) -> None:
    """Vis hvorfor et høringssvar har sine temaer: passager, ord og holdning."""
    from ..themes import response_tags

    archive = archive_of(ctx)
    consultation = archive.consultation(slug)
    response = archive.response(consultation, number)
    click.echo(M.say(M.EXPLAIN_HEAD, number=number, sender=response.sender or M.UNKNOWN_SENDER_LONG))
    tags = response_tags(archive, response.id)
    if not tags:
        click.echo(M.NO_THEMES)
    themes = consultation.config.themes
    for tag in tags:
        label = themes[tag.key].label if tag.key in themes else tag.key
        who = M.BY_A_PERSON if tag.source == TagSource.MANUAL else M.AUTOMATIC
        if tag.state == TagState.NO_COMMENT:
            click.echo(M.say(M.THEME_NO_COMMENT, label=label, key=tag.key, who=who))
        else:
            click.echo(M.say(M.THEME_STANCE, label=label, key=tag.key, stance=da(tag.stance), who=who))
            if tag.confidence is not None:
                flag = f" – {M.REVIEW_FLAG}" if tag.needs_review else ""
                click.echo(M.say(M.CONFIDENCE, confidence=tag.confidence, flag=flag))
        if tag.triggers:
            click.echo(M.say(M.TRIGGER_WORDS, words=", ".join(tag.triggers)))
        if tag.stance_cues:
            click.echo(M.say(M.STANCE_CUES, cues=", ".join(f"»{c}«" for c in tag.stance_cues)))
        for passage in tag.evidence:
            click.echo(M.say(M.EVIDENCE, passage=passage))


@main.command()
@click.argument("slug")
@click.argument("number", metavar="RESPONSE_ID", type=int)
@click.argument("theme")
@click.option("--remove", is_flag=True, help="Fjern temaet fra høringssvaret.")
@click.option("--stance", type=click.Choice([s.value for s in Stance]), help="Sæt holdningen.")
@click.pass_context
@fail_in_danish
def tag(ctx: click.Context, slug: str, number: int, theme: str, remove: bool, stance: str | None) -> None:
    """Ret et tema på et høringssvar (rettelsen vinder altid og bevares)."""
    from ..themes import correct_tag

    chosen = Stance(stance) if stance else None
    correct_tag(archive_of(ctx), slug, number, theme, remove=remove, stance=chosen)
    if remove:
        click.echo(M.say(M.TAG_REMOVED, number=number, theme=theme))
    elif chosen:
        click.echo(M.say(M.TAG_SET_WITH_STANCE, number=number, theme=theme, stance=chosen.da))
    else:
        click.echo(M.say(M.TAG_SET, number=number, theme=theme))


@main.command()
@click.argument("slug")
@click.option("--suggest", "do_suggest", is_flag=True, help="Find emner i svarene uden for temaerne.")
@click.option("--accept", "accept_n", type=int, help="Optag forslag nr. N som tema.")
@click.option("--key", help="Nøgle til det optagne tema (små bogstaver a-z, tal, - og _).")
@click.pass_context
@fail_in_danish
def themes(ctx: click.Context, slug: str, do_suggest: bool, accept_n: int | None, key: str | None) -> None:
    """Vis temaerne med optælling, foreslå nye emner (--suggest) eller optag et (--accept N)."""
    from .. import themes as themes_mod

    archive = archive_of(ctx)
    if accept_n is not None:
        theme = themes_mod.accept(archive, slug, accept_n, key)
        click.echo(M.say(M.SUGGESTION_ACCEPTED, n=accept_n, label=theme.label, key=theme.key))
        return
    consultation = archive.consultation(slug)
    if do_suggest:
        _suggestions(themes_mod.suggest(archive, slug), slug)
        return
    counts = themes_mod.theme_counts(archive, consultation)
    rows = [
        [key, t.label, str(counts[key].discusses), str(counts[key].against), str(counts[key].no_comment)]
        for key, t in consultation.config.themes.items()
    ]
    click.echo(format_table(M.THEME_HEADERS, rows, max_width=50))


def _suggestions(found: list, slug: str) -> None:
    if not found:
        click.echo(M.NO_SUGGESTIONS)
    for s in found:
        accepted = M.say(M.SUGGESTION_ACCEPTED_AS, key=s.accepted_key) if s.accepted_key else ""
        click.echo(M.say(M.SUGGESTION, n=s.n, label=s.label, accepted=accepted))
        click.echo(M.say(M.SUGGESTION_KEYWORDS, keywords=", ".join(s.keywords[:8])))
        click.echo(M.say(M.SUGGESTION_RESPONSES, numbers=", ".join(f"nr. {n}" for n in s.numbers)))
        for number, text in s.passages:
            click.echo(M.say(M.SUGGESTION_PASSAGE, number=number, text=text[:300]))
    if found:
        click.echo(M.say(M.SUGGESTION_NEXT, slug=slug))


@main.command("eval")
@click.argument("slug", required=False)
@click.option("--labels", "labels_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Facit som JSON (som seed001-labels.json).")
@click.option("--learned", "learned_sets", multiple=True, metavar="SLUG=FACIT", help="Lær af de andre høringer og test på hver enkelt (mindst tre; gentag tilvalget).")
@click.option("--json", "as_json", is_flag=True, help="Resultatet som JSON.")
@click.pass_context
@fail_in_danish
def eval_cmd(ctx: click.Context, slug: str | None, labels_path: Path | None, learned_sets: tuple[str, ...], as_json: bool) -> None:
    """Mål temaer, holdninger, »ingen bemærkninger« og nye emner mod et facit, ved siden af enkle regler."""
    from ..measure import evaluate_consultation, evaluate_learned

    if learned_sets:
        sets = [tuple(s.split("=", 1)) for s in learned_sets]
        if len(sets) < 3 or any(len(s) != 2 or not Path(s[1]).is_file() for s in sets):
            raise click.UsageError(M.EVAL_LEARNED_USAGE)
        folds = evaluate_learned(archive_of(ctx), sets)
        if as_json:
            click.echo(json.dumps([f.to_json() for f in folds], ensure_ascii=False, indent=2))
            return
        click.echo(M.EVAL_LEARNED_HEAD)
        for f in folds:
            d = f.to_json()
            click.echo(M.say(M.EVAL_LEARNED_ROW, slug=f.slug, total=f.total, train=f.train_examples,
                             rules=d["rules"] or 0.0, learned=d["learned"] or 0.0))
        return
    if slug is None or labels_path is None:
        raise click.UsageError(M.EVAL_USAGE)
    report = evaluate_consultation(archive_of(ctx), slug, labels_path)
    click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2) if as_json else report.table_da())
