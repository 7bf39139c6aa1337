"""The `hoering` command: parse arguments, call one library function, print (in Danish)."""

from __future__ import annotations

import contextlib
import functools
import json
import signal
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path

import click

from . import search as search_mod
from .atomic import write_text
from .config import load_config, starter_config
from .corrections import set_sender
from .errors import HoeringError, OutputError, danish, is_disk_full
from .export import export_consultation, missing_parties
from .model import Action, ReceivedSource, Response, SenderKind, Stance, TagSource, TagState
from .pipeline import collect as collecting
from .pipeline.discover import discover
from .pipeline.reconcile import reconfigure
from .store import Archive, check_slug

INTERRUPTED_DA = (
    "Afbrudt. Alt, der nåede at blive gemt, er i arkivet; kør samme kommando igen for at gøre "
    "arbejdet færdigt."
)


def fail_in_danish(fn):
    """Library errors become one Danish sentence on stderr and exit code 1, never a traceback.
    An interruption (Ctrl-C, or SIGTERM/SIGHUP, see `run`) unwinds like an error, so open
    transactions roll back and temporary files are removed, and says so in Danish."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except HoeringError as exc:
            raise click.ClickException(exc.message_da()) from exc
        except KeyboardInterrupt:
            click.echo(INTERRUPTED_DA, err=True)
            sys.exit(130)
        except (OSError, sqlite3.Error) as exc:
            # A full disk is for staff to fix, wherever a write met it first; other
            # unexpected errors go on to `run`'s last-resort message.
            if is_disk_full(exc):
                raise click.ClickException(danish(exc)) from exc
            raise

    return wrapper


@contextlib.contextmanager
def output_option(option: str):
    """Name the option that chose an output file (-o, --xlsx) in its error's advice."""
    try:
        yield
    except OutputError as exc:
        exc.option = option
        raise


def _archive(ctx: click.Context) -> Archive:
    return ctx.obj["archive"]()


def _da(value: StrEnum | str) -> str:
    """A vocabulary member's Danish label; a value this version does not know, as stored."""
    return value.da if isinstance(value, StrEnum) else str(value)


def _config_warnings(consultation) -> None:
    """A stored config with a limit this version refuses still opens; say what was dropped."""
    for warning in consultation.config.warnings:
        click.echo(f"ADVARSEL: {warning}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="HOERING_ARCHIVE",
    help="Mappe med arkivet (ellers HOERING_ARCHIVE eller brugerens datamappe).",
)
@click.version_option(package_name="hoering")
@click.pass_context
def main(ctx: click.Context, archive_dir: Path | None) -> None:
    """hoering: høringssvar fra modtagelse til overbliksnotat – og søgning i tidligere høringer."""

    @functools.cache
    def opener() -> Archive:
        try:
            return Archive(archive_dir)
        except HoeringError as exc:
            raise click.ClickException(exc.message_da()) from exc

    ctx.obj = {"archive": opener}


# --- consultations -----------------------------------------------------------


@main.command()
@click.argument("slug")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="TOML-konfiguration.")
@click.option("--title", help="Titel; skriver en konfiguration, du kan rette i.")
@click.pass_context
@fail_in_danish
def new(ctx: click.Context, slug: str, config_path: Path | None, title: str | None) -> None:
    """Opret en høring (eller opdatér den fra --config)."""
    archive = _archive(ctx)
    check_slug(slug)
    if config_path is None and not title:
        raise click.UsageError("Angiv --config FIL eller --title \"Titel\".")
    if config_path is None:
        config_path = Path(f"{slug}.toml")
        if config_path.exists():
            raise click.ClickException(f"{config_path} findes allerede; brug --config {config_path}.")
        write_text(config_path, starter_config(title))
        click.echo(f"Skrev en konfiguration til {config_path}. Ret høringsparter og temaer, og kør:")
        click.echo(f"  hoering config {slug} --config {config_path}")
    config = load_config(config_path)
    if any(c.slug == slug for c in archive.consultations()):
        reconfigure(archive, slug, config)
        click.echo(f"Opdaterede høringen »{slug}«: {config.title}")
    else:
        archive.create_consultation(slug, config)
        click.echo(
            f"Oprettede høringen »{slug}«: {config.title} "
            f"({len(config.parties)} høringsparter, {len(config.themes)} temaer)."
        )


@main.command("config")
@click.argument("slug")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Ny TOML-konfiguration.")
@click.pass_context
@fail_in_danish
def config_cmd(ctx: click.Context, slug: str, config_path: Path | None) -> None:
    """Vis høringens konfiguration, eller opdatér den fra --config."""
    archive = _archive(ctx)
    if config_path is None:
        consultation = archive.consultation(slug)
        _config_warnings(consultation)
        click.echo(consultation.config.to_toml(), nl=False)
        return
    config = load_config(config_path)
    changed, tagged = reconfigure(archive, slug, config)
    click.echo(f"Opdaterede høringen »{slug}«; {changed} afsendere blev matchet igen, {tagged} svar tagget igen.")


@main.command("list")
@click.pass_context
@fail_in_danish
def list_cmd(ctx: click.Context) -> None:
    """List høringerne i arkivet."""
    archive = _archive(ctx)
    consultations = archive.consultations()
    if not consultations:
        click.echo("Arkivet har ingen høringer endnu. Opret en med »hoering new«.")
        return
    rows = []
    for c in consultations:
        responses = archive.responses(c)
        rows.append(
            [c.slug, c.title, str(len(responses)), c.config.deadline.isoformat() if c.config.deadline else ""]
        )
    click.echo(format_table(["Høring", "Titel", "Svar", "Frist"], rows))


# --- collecting ---------------------------------------------------------------


@main.command()
@click.argument("slug")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Ingen statuslinje og kun fejl.")
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None,
              help="Antal processer til at læse filer (standard: én pr. kerne, højst 4).")  # fmt: skip
@click.pass_context
@fail_in_danish
def collect(ctx: click.Context, slug: str, paths: tuple[Path, ...], quiet: bool, workers: int | None) -> None:
    """Indsaml høringssvar fra mapper og filer (mapper gennemgås rekursivt)."""
    workers = workers or collecting.default_workers()
    archive = _archive(ctx)
    _config_warnings(archive.consultation(slug))  # and fail early on an unknown slug
    show_bar = not quiet and sys.stderr.isatty()
    found = discover(paths)
    if show_bar:
        with click.progressbar(length=len(found), label="Indsamler", file=sys.stderr) as bar:
            report = collecting.collect(archive, slug, found, progress=lambda o: bar.update(1), workers=workers)
    else:
        report = collecting.collect(archive, slug, found, workers=workers)
    if not quiet:
        click.echo(
            f"Indsamlet til »{slug}«: {report.count(Action.NEW)} nye, {report.count(Action.UNCHANGED)} "
            f"uændrede, {report.count(Action.DUPLICATE)} dubletter, {len(report.failures)} med fejl."
        )
        click.echo()
        _print_status(archive, slug)
    for failure in report.failures:
        click.echo(f"FEJL: {failure.message}", err=True)
    if report.failures:
        ctx.exit(1)


@main.command()
@click.argument("slug")
@click.pass_context
@fail_in_danish
def status(ctx: click.Context, slug: str) -> None:
    """Vis høringssvarene og hvem der ikke har svaret."""
    archive = _archive(ctx)
    _config_warnings(archive.consultation(slug))
    _print_status(archive, slug)


def _print_status(archive: Archive, slug: str) -> None:
    consultation = archive.consultation(slug)
    responses = archive.responses(consultation)
    click.echo(f"{consultation.title} ({slug})")
    if not responses:
        click.echo("Ingen høringssvar endnu. Indsaml med »hoering collect SLUG MAPPE«.")
    else:
        table = []
        for r in responses:
            state = f"dublet af nr. {r.duplicate_of}" if r.duplicate_of else _da(r.status)
            state += "".join(_intake_notes(r))
            table.append(
                [
                    str(r.number),
                    r.sender or "(ukendt)",
                    _da(r.sender_kind),
                    # The party is usually the sender's own name: a tick says so without repeating it.
                    "✓" if r.party and r.party == r.sender else (r.party or "–"),
                    str(r.pages) if r.pages else "",
                    state,
                ]
            )
        click.echo(format_table(["Nr.", "Afsender", "Type", "Høringspart", "Sider", "Status"], table))
    missing = missing_parties(consultation.config.parties, responses)
    click.echo()
    if missing:
        click.echo(f"Har ikke svaret ({len(missing)}): " + "; ".join(missing))
    elif consultation.config.parties:
        click.echo("Alle høringsparter har svaret.")
    for r in responses:
        if r.error:
            click.echo(f"Nr. {r.number}: {r.error}")
    # What was read with reservations (a scanned page left out, OCR, attachments not taken):
    # said here, or staff would only find it in the JSON export.
    for r in responses:
        for warning in _warnings(r):
            click.echo(f"Nr. {r.number}, bemærk: {warning}")


def _warnings(response: Response) -> list[str]:
    warnings = response.metadata.get("warnings", [])
    return [str(w) for w in warnings] if isinstance(warnings, list) else []


def _intake_notes(r: Response) -> list[str]:
    """E-mail, deadline, form letter and revision marks for the status table."""
    notes = [f", bilag til nr. {r.via_email}"] if r.via_email else []
    if r.late:  # a file's modification time is weak evidence: say so
        notes.append(", efter fristen" + (" (ifølge filens dato)" if r.received_source == ReceivedSource.MTIME else ""))
    if r.revision_of:
        notes.append(f", rettelse af nr. {r.revision_of}")
    if r.campaign:
        notes.append(f", enslydende (nr. {r.campaign})" if r.campaign != r.number else ", enslydende")
    return notes


def format_table(headers: list[str], rows: list[list[str]], max_width: int = 52) -> str:
    def cut(value: str) -> str:
        return value if len(value) <= max_width else value[: max_width - 1] + "…"

    # Long names are cut; the last column never is: it says what staff must act on
    # (status, revision, deadline) and may simply run on to the end of the line.
    cells = [[*map(cut, row[:-1]), *row[-1:]] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    widths[-1] = min(widths[-1], max(len(headers[-1]), max_width))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


@main.command("set-sender")
@click.argument("slug")
@click.argument("response_id", type=int)
@click.argument("name")
@click.option("--citizen", is_flag=True, help="Afsenderen er en privatperson.")
@click.pass_context
@fail_in_danish
def set_sender_cmd(ctx: click.Context, slug: str, response_id: int, name: str, citizen: bool) -> None:
    """Ret afsenderen af et høringssvar (bevares ved ny indsamling)."""
    result = set_sender(_archive(ctx), slug, response_id, name, kind=SenderKind.CITIZEN if citizen else None)
    party = f" (høringspart: {result['party']})" if result["party"] else " (ikke en høringspart)"
    click.echo(f"Nr. {response_id}: afsender er nu »{result['sender']}«{party}.")


@main.command("set-revision")
@click.argument("slug")
@click.argument("response_id", type=int)
@click.option("--of", "of", type=int, help="Nummeret på det tidligere svar, som dette erstatter.")
@click.option("--none", "none", is_flag=True, help="Svaret er ikke en rettelse af et andet svar.")
@click.pass_context
@fail_in_danish
def set_revision_cmd(ctx: click.Context, slug: str, response_id: int, of: int | None, none: bool) -> None:
    """Ret om et høringssvar er en rettet udgave af et tidligere svar (bevares ved ny indsamling)."""
    from .corrections import set_revision

    if (of is None) == (not none):
        raise click.UsageError("Angiv enten --of NUMMER (svaret erstatter nr. NUMMER) eller --none.")
    set_revision(_archive(ctx), slug, response_id, None if none else of)
    if none:
        click.echo(f"Nr. {response_id} er ikke en rettelse; det tælles som et svar for sig.")
    else:
        click.echo(f"Nr. {response_id} er nu en rettelse af nr. {of}; notatet tæller kun den nyeste udgave.")


# --- themes ----------------------------------------------------------------------


def _stance_da(stance) -> str:
    # A stance this version does not know (a newer one wrote it) is shown as stored.
    return stance.da if isinstance(stance, Stance) else str(stance)


@main.command()
@click.argument("slug")
@click.argument("number", metavar="RESPONSE_ID", type=int)
@click.pass_context
@fail_in_danish
def explain(ctx: click.Context, slug: str, number: int) -> None:
    """Vis hvorfor et høringssvar har sine temaer: passager, ord og holdning."""
    from .themes import response_tags

    archive = _archive(ctx)
    consultation = archive.consultation(slug)
    response = archive.response(consultation, number)
    click.echo(f"Nr. {number}: {response.sender or '(ukendt afsender)'}")
    tags = response_tags(archive, response.id)
    if not tags:
        click.echo("Ingen temaer fundet.")
    themes = consultation.config.themes
    for tag in tags:
        label = themes[tag.key].label if tag.key in themes else tag.key
        who = "rettet af en person" if tag.source == TagSource.MANUAL else "fundet automatisk"
        if tag.state == TagState.NO_COMMENT:
            click.echo(f"\n{label} [{tag.key}]: ingen kommentarer ({who})")
        else:
            click.echo(f"\n{label} [{tag.key}]: {_stance_da(tag.stance)} ({who})")
        if tag.triggers:
            click.echo("  Ord: " + ", ".join(tag.triggers))
        if tag.stance_cues:
            click.echo("  Holdning ud fra: " + ", ".join(f"»{c}«" for c in tag.stance_cues))
        for passage in tag.evidence:
            click.echo("  » " + passage)


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
    from .themes import correct_tag

    chosen = Stance(stance) if stance else None
    correct_tag(_archive(ctx), slug, number, theme, remove=remove, stance=chosen)
    if remove:
        click.echo(f"Nr. {number}: temaet »{theme}« er fjernet.")
    else:
        click.echo(f"Nr. {number}: temaet »{theme}« er sat" + (f" med holdningen {chosen.da}." if chosen else "."))


@main.command()
@click.argument("slug")
@click.option("--suggest", "do_suggest", is_flag=True, help="Find emner i svarene uden for temaerne.")
@click.option("--accept", "accept_n", type=int, help="Optag forslag nr. N som tema.")
@click.option("--key", help="Nøgle til det optagne tema (små bogstaver a-z, tal, - og _).")
@click.pass_context
@fail_in_danish
def themes(ctx: click.Context, slug: str, do_suggest: bool, accept_n: int | None, key: str | None) -> None:
    """Vis temaerne med optælling, foreslå nye emner (--suggest) eller optag et (--accept N)."""
    from . import themes as themes_mod

    archive = _archive(ctx)
    if accept_n is not None:
        theme = themes_mod.accept(archive, slug, accept_n, key)
        click.echo(f"Forslag {accept_n} er optaget som temaet »{theme.label}« [{theme.key}] og tagget i alle svar.")
        return
    consultation = archive.consultation(slug)
    if do_suggest:
        found = themes_mod.suggest(archive, slug)
        if not found:
            click.echo("Ingen tilbagevendende emner uden for temaerne.")
        for s in found:
            accepted = f" (optaget som [{s.accepted_key}])" if s.accepted_key else ""
            click.echo(f"\n{s.n}. {s.label}{accepted}")
            click.echo("   Nøgleord: " + ", ".join(s.keywords[:8]))
            click.echo("   Høringssvar: " + ", ".join(f"nr. {n}" for n in s.numbers))
            for number, text in s.passages:
                click.echo(f"   » (nr. {number}) {text[:300]}")
        if found:
            click.echo(f"\nOptag et forslag som tema med »hoering themes {slug} --accept N«.")
        return
    counts = themes_mod.theme_counts(archive, consultation)
    rows = [
        [key, t.label, str(counts[key].discusses), str(counts[key].against), str(counts[key].no_comment)]
        for key, t in consultation.config.themes.items()
    ]
    click.echo(format_table(["Nøgle", "Tema", "Omtaler", "Imod/bekymret", "Ingen kommentarer"], rows, max_width=50))


@main.command("eval")
@click.argument("slug")
@click.option("--labels", "labels_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Facit som JSON (som seed001-labels.json).")
@click.option("--json", "as_json", is_flag=True, help="Resultatet som JSON.")
@click.pass_context
@fail_in_danish
def eval_cmd(ctx: click.Context, slug: str, labels_path: Path, as_json: bool) -> None:
    """Mål temamærkningen mod et facit: præcision, genkaldelse og F1 pr. tema."""
    from .themes import evaluate_consultation

    report = evaluate_consultation(_archive(ctx), slug, labels_path)
    click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2) if as_json else report.table_da())


# --- export --------------------------------------------------------------------


@main.command()
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Alt om høringen som JSON (standard).")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False, path_type=Path), help="Skriv oversigtsregnearket (én række pr. høringssvar).")
@click.option("--internal", is_flag=True, help="Uden anonymisering (kun til sagen, ikke til offentliggørelse).")
@click.pass_context
@fail_in_danish
def export(ctx: click.Context, slug: str, as_json: bool, xlsx_path: Path | None, internal: bool) -> None:
    """Udskriv alt, arkivet ved om høringen, som JSON – eller skriv regnearket med --xlsx."""
    exported = export_consultation(_archive(ctx), slug)
    if xlsx_path:
        from .note import write_xlsx

        with output_option("--xlsx"):
            write_xlsx(exported, xlsx_path, internal=internal)
        click.echo(f"Skrev regnearket {xlsx_path}" + (" (intern version)." if internal else "."))
    if as_json or not xlsx_path:
        click.echo(json.dumps(exported.to_json(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("slug")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Notatets fil: .docx, .html eller .md.")
@click.option("--template", "template_docx", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Kommunens egen Word-skabelon (.docx med {{ }}-felter).")
@click.option("--templates", "templates_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Mappe med egne Jinja-skabeloner, der bruges før de indbyggede.")
@click.option("--internal", is_flag=True, help="Uden anonymisering, mærket »Intern – ikke til offentliggørelse«.")
@click.pass_context
@fail_in_danish
def note(ctx: click.Context, slug: str, out: Path, template_docx: Path | None, templates_dir: Path | None, internal: bool) -> None:
    """Skriv overbliksnotatet til udvalget (DOCX, HTML eller Markdown efter filendelsen)."""
    from .note import render_note

    exported = export_consultation(_archive(ctx), slug)
    with output_option("-o"):
        render_note(
            exported, out, template_docx=template_docx, templates_dir=templates_dir, internal=internal
        )
    kind = "intern version – ikke til offentliggørelse" if internal else "borgeres personoplysninger er fjernet"
    click.echo(f"Skrev overbliksnotatet {out} ({kind}).")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def run() -> None:  # pragma: no cover - console entry with a last-resort Danish message
    # A service manager's SIGTERM or a closed terminal's SIGHUP would end the process at once,
    # leaving temporary files behind; as an interruption, `finally` blocks run first.
    # A signal the caller chose to ignore (nohup) stays ignored.
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _interrupt)
    try:
        main()
    except Exception as exc:
        click.echo(danish(exc), err=True)
        sys.exit(2)


# --- search ----------------------------------------------------------------------


def _progress_bar(label: str, quiet: bool):
    """A progress callback drawing a bar on stderr (only on a terminal), and its closer."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    state: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            state["bar"].__enter__()
        bar = state["bar"]
        bar.update(done - bar.pos)

    def close() -> None:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)

    return update, close


# Words of a query may start with "-" (leave out) and are not options.
@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--consultation", metavar="SLUG", help="Kun i denne høring.")
@click.option("--sender", metavar="NAVN", help="Kun svar fra afsendere, hvis navn indeholder NAVN.")
@click.option("--party", metavar="NAVN", help="Kun svar fra høringsparter, hvis navn indeholder NAVN.")
@click.option("--theme", metavar="NØGLE", help="Kun afsnit om temaet (temaets nøgle, fx mentor).")
@click.option("--since", metavar="DATO", help="Kun svar fra denne dato (ÅÅÅÅ-MM-DD) og senere.")
@click.option("--until", metavar="DATO", help="Kun svar til og med denne dato (ÅÅÅÅ-MM-DD).")
@click.option("--kind", type=click.Choice(["organisation", "citizen"]), help="Kun organisationer eller borgere.")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True, help="Højst så mange svar.")
@click.option("--json", "as_json", is_flag=True, help="Resultatet som JSON (en liste af fund).")
@click.pass_context
@fail_in_danish
def search(ctx: click.Context, query: tuple[str, ...], as_json: bool, limit: int, **filters) -> None:
    """Søg i alle høringer: de bedste afsnit først, med høring, svarnummer og afsender.

    Flere ord betyder alle ordene; skriv OR mellem ord for et af dem, "citationstegn" om en
    frase og -ord for at udelukke et ord. Sammensatte ord og bøjninger findes også:
    »mentor« finder »mentorindsatsen« og »Mentorer«.
    """
    archive = _archive(ctx)
    progress, close = _progress_bar("Bygger søgeindekset", as_json)
    try:
        if search_mod.ensure_index(archive, progress=progress) and not as_json:
            click.echo("Søgeindekset blev bygget igen (ny sprogmodel).", err=True)
    finally:
        close()
    text = " ".join(query)
    result = search_mod.search(archive, text, search_mod.Filters(**filters), limit=limit)
    if as_json:
        click.echo(json.dumps([h.to_json() for h in result.hits], ensure_ascii=False, indent=2))
        return
    if not result.hits:
        click.echo(f"Ingen høringssvar matcher »{result.query.text}«.")
        return
    bold = sys.stdout.isatty()
    for n, hit in enumerate(result.hits, 1):
        who = hit.sender or "(ukendt afsender)"
        if hit.party and hit.party != hit.sender:
            who += f" ({hit.party})"
        head = f"{n}. {hit.consultation} nr. {hit.number} · {who} · {hit.date or 'uden dato'}"
        click.echo(click.style(head, bold=True) if bold else head)
        if bold:
            snippet = "".join(click.style(t, bold=True) if hl else t for t, hl in hit.snippet)
        else:
            snippet = hit.snippet_text()
        click.echo(f"   {snippet}")
        spread = "; ordene står i forskellige afsnit" if hit.match == "response" else ""
        click.echo(f"   ({hit.consultation_title}; {hit.file}{spread})")
    click.echo()
    shown = f"{len(result.hits)} svar"
    if result.truncated:
        click.echo(
            f"{shown} vist. Søgningen matcher mange afsnit; de {search_mod.CANDIDATES} nyeste er "
            "rangeret. Tilføj flere ord eller et filter (fx --consultation, --since) for at indsnævre."
        )
    else:
        click.echo(f"{shown} vist ({result.matching_passages} matchende afsnit).")


@main.command()
@click.argument("slug")
@click.argument("response_id", type=int)
@click.pass_context
@fail_in_danish
def show(ctx: click.Context, slug: str, response_id: int) -> None:
    """Vis et helt høringssvar: afsender, høringspart, fil, dato, status og teksten."""
    r = search_mod.show_response(_archive(ctx), slug, response_id)
    state = f"dublet af nr. {r['duplicate_of']}" if r["duplicate_of"] else _da(r["status"])
    date = r["date"] or "ukendt"
    if r["date"] and r["date_source"] == "collected":
        date += " (indsamlet)"
    click.echo(f"{r['consultation_title']} ({r['consultation']}), svar nr. {r['response_id']}")
    click.echo(f"Afsender:    {r['sender'] or '(ukendt)'} ({_da(r['sender_kind'])})")
    click.echo(f"Høringspart: {r['party'] or '–'}")
    click.echo(f"Fil:         {r['file']}")
    click.echo(f"Dato:        {date}")
    click.echo(f"Status:      {state}")
    if r["error"]:
        click.echo(f"Fejl:        {r['error']}")
    click.echo()
    click.echo(r["text"] or "(ingen tekst)")


@main.command()
@click.option("--quiet", "-q", is_flag=True, help="Ingen statuslinje.")
@click.pass_context
@fail_in_danish
def reindex(ctx: click.Context, quiet: bool) -> None:
    """Byg søgeindekset forfra ud fra arkivets tekster (fx efter en ny sprogmodel)."""
    progress, close = _progress_bar("Bygger søgeindekset", quiet)
    try:
        report = search_mod.rebuild(_archive(ctx), progress=progress)
    finally:
        close()
    if not quiet:
        click.echo(
            f"Søgeindekset er bygget: {report.passages} afsnit fra {report.responses} svar "
            f"på {report.seconds:.1f} s."
        )


from . import cli_retention  # noqa: E402,F401 - registers its commands
