"""`explain`, `tag`, `themes`, `eval`: the themes of each response, why, and a person's say."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import messages as M
from ..model import Stance, TagSource, TagState
from .app import archive_of, config_warnings, da, fail_in_danish, format_table, main


@main.command()
@click.argument("slug")
@click.argument("number", metavar="RESPONSE_ID", type=int)
@click.pass_context
@fail_in_danish
def explain(ctx: click.Context, slug: str, number: int) -> None:
    """Vis hvorfor et høringssvar har sine temaer: passager, ord og holdning.

    \b
    Eksempler:
      hoering explain aktivering 3
    """
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
    """Ret et tema på et høringssvar (rettelsen vinder altid og bevares).

    \b
    Eksempler:
      hoering tag aktivering 3 mentor --stance imod
      hoering tag aktivering 3 mentor --remove
    """
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
@click.option("--key", help="Nøgle til det optagne eller omdøbte tema (små bogstaver a-z, tal, - og _).")
@click.option("--discard", "discard_n", type=int, help="Afvis forslag nr. N (det foreslås ikke igen).")
@click.option("--rename", "rename_key", metavar="TEMA", help="Omdøb temaet: ny nøgle med --key, ny titel med --label.")
@click.option("--label", help="Ny titel til temaet (med --rename).")
@click.option("--merge", "merge_key", metavar="TEMA", help="Slå temaet sammen med temaet i --into.")
@click.option("--into", "into_key", metavar="TEMA", help="Temaet, der slås sammen med (med --merge).")
@click.pass_context
@fail_in_danish
def themes(
    ctx: click.Context, slug: str, do_suggest: bool, accept_n: int | None, key: str | None,
    discard_n: int | None, rename_key: str | None, label: str | None, merge_key: str | None, into_key: str | None,
) -> None:  # fmt: skip
    """Vis temaerne med optælling, foreslå nye emner (--suggest), optag (--accept N) eller afvis
    (--discard N) et forslag, omdøb (--rename) eller slå temaer sammen (--merge … --into …).

    \b
    Eksempler:
      hoering themes aktivering
      hoering themes aktivering --suggest
      hoering themes aktivering --accept 2 --key omplacering
      hoering themes aktivering --merge faerre --into mentor
    """
    from .. import themes as themes_mod

    archive = archive_of(ctx)
    if accept_n is not None:
        theme = themes_mod.accept(archive, slug, accept_n, key)
        click.echo(M.say(M.SUGGESTION_ACCEPTED, n=accept_n, label=theme.label, key=theme.key))
        return
    if discard_n is not None:
        themes_mod.discard(archive, slug, discard_n)
        click.echo(M.say(M.SUGGESTION_DISCARDED, n=discard_n))
        return
    if rename_key is not None:
        if key is None and label is None:
            raise click.UsageError(M.RENAME_NEEDS_CHOICE)
        theme = themes_mod.rename(archive, slug, rename_key, label=label, new_key=key)
        click.echo(M.say(M.THEME_RENAMED, old=rename_key, label=theme.label, key=theme.key))
        return
    if merge_key is not None or into_key is not None:
        if merge_key is None or into_key is None:
            raise click.UsageError(M.MERGE_NEEDS_BOTH)
        theme = themes_mod.merge(archive, slug, merge_key, into_key)
        click.echo(M.say(M.THEMES_MERGED, source=merge_key, label=theme.label, key=theme.key))
        return
    consultation = archive.consultation(slug)
    if do_suggest:
        _suggestions(themes_mod.suggest(archive, slug), slug)
        return
    config_warnings(consultation)
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
        accepted = accepted or (M.SUGGESTION_DISCARDED_MARK if s.discarded else "")
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
    """Mål temaer, holdninger, »ingen bemærkninger«, nye emner og aflæsningen af hvert brev mod et facit.

    \b
    Eksempler:
      hoering eval aktivering --labels facit.json
      hoering eval --learned a=a.json --learned b=b.json --learned c=c.json
    """
    from ..evaluation import evaluate_consultation_readings
    from ..measure import evaluate_consultation, evaluate_learned

    archive = archive_of(ctx)
    if learned_sets:
        sets = [tuple(s.split("=", 1)) for s in learned_sets]
        if len(sets) < 3 or any(len(s) != 2 or not Path(s[1]).is_file() for s in sets):
            raise click.UsageError(M.EVAL_LEARNED_USAGE)
        folds = evaluate_learned(archive, sets)
        if as_json:
            click.echo(json.dumps([f.to_json() for f in folds], ensure_ascii=False, indent=2))
            return
        click.echo(M.EVAL_LEARNED_HEAD)
        for f in folds:
            d = f.to_json()
            rules, learned = ("–" if v is None else f"{v:.2f}" for v in (d["rules"], d["learned"]))
            click.echo(M.say(M.EVAL_LEARNED_ROW, slug=f.slug, total=f.total, train=f.train_examples,
                             rules=rules, learned=learned))
        click.echo(M.EVAL_LEARNED_THEMES_HEAD)
        for f in folds:
            click.echo(M.say(M.EVAL_LEARNED_THEMES_ROW, slug=f.slug, pairs=f.theme_pairs,
                             train=f.theme_train_examples, rules=f.theme_rules_f1, learned=f.theme_learned_f1))
        return
    if slug is None or labels_path is None:
        raise click.UsageError(M.EVAL_USAGE)
    report = evaluate_consultation(archive, slug, labels_path)
    reading = evaluate_consultation_readings(archive, slug, labels_path)
    if as_json:
        click.echo(json.dumps({**report.to_json(), "reading": reading.to_json()}, ensure_ascii=False, indent=2))
    else:
        click.echo(report.table_da())
        click.echo("")
        click.echo(reading.table_da())
