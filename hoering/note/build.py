"""The overview note's content, built once from a `ConsultationExport`.

`build_note` reads the export as it is (late, links and missing parties are the export's, never
worked out again here) and goes through named steps: the publication rules, the theme columns,
one entry per response, the form letters, each response's line, the theme sections, the
overview table, the parties, the unreadable files, the text compilation and the introduction.
All text from responses passes through the `Redactor` (`redact.py`): control characters removed,
personal data redacted and citizens pseudonymised unless `internal`. Templates only place the
values; they never see raw export text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from ..analysis.stance import overall_position
from ..model import Position, Redaction, RedactionKind, SenderKind, Status
from ..redaction import NAME_REMOVED, Redactor
from .compilation import text_compilation
from .model import (
    DRAFT_MARKING,
    INTERNAL_MARKING,
    KIND_LABELS,
    LEGEND,
    TITLE_PREFIX,
    Note,
    PartyRow,
    ResponseEntry,
    ThemeSection,
)
from .text import (
    clean_chars,
    danish_date,
    danish_sort_key,
    join_da,
    numbers_text,
    parse_date,
    plural,
    split_paragraphs,
)
from .themes import fill_remarks, fill_theme_sections, mark_themes, overview_rows, theme_columns

if TYPE_CHECKING:
    from ..export import ConsultationExport, ExportedResponse


def build_note(
    export: ConsultationExport, *, internal: bool = False, today: date | None = None, progress=None
) -> Note:
    """The note's content from the export (see docs/ARCHITECTURE.md). Responses a person
    excluded are not in it at all: not counted, not listed, not quoted. `progress(done,
    total)` is told each response written (reading it for personal data is most of the work)."""
    # Approval is of the whole export, exclusions included; the rest sees only what counts.
    approved = export.approved
    export = export.without_excluded()
    config = export.config
    redactor = Redactor(export, internal=internal)
    # Reading the texts for personal data, all at once and on every core, is most of the
    # work: the first part of the bar; writing the entries the rest.
    total = len(export.responses)
    redactor.read_ahead(_part(progress, total, 0, _READING))
    columns = theme_columns(export)
    entries = response_entries(export, columns, redactor, internal=internal, progress=_part(progress, total, _READING, 1))
    counted = [e for e in entries if e.counted]
    letters = form_letters(counted)
    describe_responses(entries, letters)
    mark_themes(entries, columns)
    fill_theme_sections(columns, entries, export, redactor, letters)
    fill_remarks(columns, export)
    failed = [e for e in entries if not e.readable]
    title = config.title.strip()
    # The internal note is never approved for publication: it is marked internal, always.
    draft = not internal and not approved
    note = Note(
        title=f"{TITLE_PREFIX} – {title}" if title else TITLE_PREFIX,
        consultation_title=title,
        committee=config.committee or "",
        department=config.department or "",
        case_number=config.case_number or "",
        date=danish_date(today or date.today()),
        deadline=danish_date(config.deadline),
        internal=internal,
        marking=INTERNAL_MARKING if internal else DRAFT_MARKING if draft else "",
        intro=[],
        parties=party_rows(config.parties, export.missing_parties, entries),
        responses=entries,
        missing_parties=export.missing_parties,
        missing_sentence=missing_sentence(config.parties, export.missing_parties),
        failed=failed,
        failed_sentence=failed_sentence(failed),
        received_total=len(entries),
        counted_total=len(counted) - sum(len(group) - 1 for group in letters.values()),
        columns=columns,
        overview_rows=overview_rows(counted, letters),
        overview_totals=[str(col.mentions) for col in columns],
        legend=LEGEND,
        themes=[col for col in columns if not col.emergent],
        emergent_themes=[col for col in columns if col.emergent],
        compilation=text_compilation(entries, letters),
        draft=draft,
    )
    note.redactions = redactor.redactions
    note.intro = introduction(note, internal=internal, publish_names=config.publish_citizen_names)
    return note


_READING = 0.8  # of the bar


def _part(progress, total: int, lo: float, hi: float):
    """`progress` told (done, of) as the share from `lo` to `hi` of `total` steps."""
    if progress is None:
        return None
    return lambda done, of: progress(int(total * (lo + (hi - lo) * done / max(1, of))), total)


# --- responses ---------------------------------------------------------------------------------


def response_entries(
    export: ConsultationExport,
    columns: list[ThemeSection],
    redactor: Redactor,
    *,
    internal: bool,
    progress=None,
) -> list[ResponseEntry]:
    """One entry per response, in number order; a covering e-mail ("Hermed vores
    høringssvar") is none: its attachment is the response."""
    superseded_by = _superseded_by(export.responses)
    # An accepted suggestion counts as mentioned by the responses that raised it.
    raised = {s.accepted_key: set(s.numbers) for s in export.suggested_themes if s.accepted_key}
    entries = []
    for done, r in enumerate(export.responses, 1):
        if r.status != Status.COVER:
            entries.append(_entry(r, superseded_by, raised, redactor, internal=internal))
        if progress:
            progress(done, len(export.responses))
    return entries


def _entry(
    r: ExportedResponse,
    superseded_by: dict[int, int],
    raised: dict[str, set[int]],
    redactor: Redactor,
    *,
    internal: bool,
) -> ResponseEntry:
    n = r.number
    citizen = redactor.is_citizen(r)
    readable = r.status in (Status.OK, Status.DUPLICATE)
    duplicate = r.duplicate_of is not None or r.status == Status.DUPLICATE
    received = parse_date(r.received)
    stances = {t.key: t.stance or "" for t in r.themes}
    for key, numbers in raised.items():
        if n in numbers and key not in stances:
            stances[key] = ""
    kind = SenderKind.CITIZEN if citizen else SenderKind.ORGANISATION
    text = redactor.text(r.text, citizen=citizen, number=n) if readable else ""
    return ResponseEntry(
        number=n,
        sender=redactor.senders[n],
        kind=kind,
        kind_label=KIND_LABELS[kind],
        party=r.party or None,
        received=received,
        received_text=danish_date(received),
        late=r.late,
        status=r.status,
        readable=readable,
        error=failure_reason(r) if not readable else "",
        # A citizen's file name often carries the name; the public note leaves it out.
        file=clean_chars(r.file) if (internal or not citizen) else "",
        duplicate=duplicate,
        duplicate_of=r.duplicate_of,
        revision_of=r.revision_of,
        superseded_by=superseded_by[n] if n in superseded_by else None,
        campaign=r.campaign,
        counted=readable and not duplicate and n not in superseded_by,
        summary=redactor.text(r.summary, citizen=citizen, number=n) if readable else "",
        stances=stances,
        no_comment=[k for k in r.themes_no_comment if k not in stances],
        paragraphs=split_paragraphs(text),
        position=overall_position(t.stance for t in r.themes if t.stance) if readable else Position.NEUTRAL,
        review=[t.key for t in r.themes if t.needs_review],
        # A person's own words for staff: never redacted, but kept free of control characters.
        comment=clean_chars(r.comment),
    )


def _superseded_by(responses: list[ExportedResponse]) -> dict[int, int]:
    """Per revised response, the newest revision of its chain: the one the note uses."""
    revised_by = {r.revision_of: r.number for r in responses if r.revision_of}

    def newest(n: int) -> int:
        seen = set()
        while n in revised_by and n not in seen:
            seen.add(n)
            n = revised_by[n]
        return n

    return {n: newest(n) for n in revised_by}


_FAILURE_REASONS = {
    Status.NEEDS_OCR: "en scanning uden tekst",
    "encrypted": "filen er beskyttet med adgangskode",
    "corrupt": "filen er beskadiget",
    "unsupported": "filformatet kan ikke læses",
    "empty": "filen er tom",
    "no_text": "filen indeholder ingen tekst",
    "too_large": "filen er for stor",
    "timeout": "det tog for lang tid at læse filen",
    "needs_converter": "filen er i et ældre format, der kræver et konverteringsprogram",
}


def failure_reason(r: ExportedResponse) -> str:
    """A short reason for the note; the full message (with file names) stays in the archive."""
    code = r.error_code or r.status
    return _FAILURE_REASONS.get(str(code), "filen kunne ikke læses")


def form_letters(counted: list[ResponseEntry]) -> dict[int, list[ResponseEntry]]:
    """Form letters: per campaign, its counted responses, when there are two or more."""
    groups: dict[int, list[ResponseEntry]] = {}
    for e in counted:
        if e.campaign is not None:
            groups.setdefault(e.campaign, []).append(e)
    return {k: v for k, v in groups.items() if len(v) > 1}


def describe_responses(entries: list[ResponseEntry], letters: dict[int, list[ResponseEntry]]) -> None:
    """Each response's remarks and its one line in the list of responses."""
    for e in entries:
        if e.late:
            e.remarks.append("modtaget efter høringsfristen")
        if e.duplicate:
            e.remarks.append(f"dublet af nr. {e.duplicate_of}" if e.duplicate_of else "dublet")
        if e.revision_of is not None:
            e.remarks.append(f"revideret udgave af nr. {e.revision_of}")
        if e.superseded_by is not None:
            e.remarks.append(f"erstattet af revideret udgave, nr. {e.superseded_by}")
        if e.counted and e.campaign in letters:
            others = [o.number for o in letters[e.campaign] if o.number != e.number]
            e.remarks.append(f"enslydende med nr. {numbers_text(others)}")
        if not e.readable:
            e.remarks.append("kunne ikke læses")
        received = f", modtaget {e.received_text}" if e.received_text else ""
        remarks = f" ({'; '.join(e.remarks)})" if e.remarks else ""
        position = f" – samlet: {e.position.da}" if e.readable and e.position != Position.NEUTRAL else ""
        e.line = f"{e.sender}{received}{remarks}{position}"


# --- parties, failures, introduction ------------------------------------------------------------


def party_rows(parties: list[str], missing: list[str], entries: list[ResponseEntry]) -> list[PartyRow]:
    """The consulted parties in Danish alphabetical order, with the numbers of their responses."""
    rows = []
    for name in sorted(parties, key=danish_sort_key):
        numbers = [e.number for e in entries if e.party == name]
        answered = name not in missing
        rows.append(PartyRow(name, answered, "✓" if answered else "", join_da(numbers)))
    return rows


def missing_sentence(parties: list[str], missing: list[str]) -> str:
    if missing:
        henholdsvis = "henholdsvis " if len(missing) > 1 else ""
        return f"Der er ikke indkommet høringssvar fra {henholdsvis}{join_da(missing)}."
    if parties:
        return "Der er indkommet høringssvar fra alle høringsparter."
    return ""


def failed_sentence(failed: list[ResponseEntry]) -> str:
    if not failed:
        return ""
    return (
        f"{len(failed)} høringssvar kunne ikke læses automatisk og indgår derfor ikke i optællingen: "
        + join_da(f"nr. {e.number} ({e.sender})" for e in failed)
        + (". Det skal" if len(failed) == 1 else ". De skal")
        + " læses i originalfilen."
    )


def introduction(note: Note, *, internal: bool, publish_names: bool) -> list[str]:
    entries = note.responses
    intro = [
        "I dette notat er der dels lavet en oversigt over de indkomne høringssvar og et overblik over, "
        "hvad svarene siger om indstillingens elementer, dels en tekstsamling, så svarene er samlet i "
        "dette notat. Under hvert tema er der plads til forvaltningens bemærkninger."
    ]
    facts = []
    if note.deadline:
        facts.append(f"Høringsfristen var {note.deadline}.")
    facts.append(f"Der er i alt modtaget {note.received_total} høringssvar.")
    details = []
    duplicates = sum(1 for e in entries if e.duplicate)
    superseded = sum(1 for e in entries if e.superseded_by is not None)
    late = sum(1 for e in entries if e.late)
    if duplicates:
        details.append(plural(duplicates, "dublet", "dubletter"))
    if superseded:
        details.append(f"{superseded} erstattet af en revideret udgave")
    if note.failed:
        details.append(f"{len(note.failed)}, der ikke kunne læses automatisk")
    if details:
        facts.append("Heraf " + join_da(details) + ".")
    if late:
        facts.append(f"{late} høringssvar er modtaget efter høringsfristen.")
    campaigns = Counter(e.campaign for e in entries if e.counted and e.campaign is not None)
    letters = sum(1 for size in campaigns.values() if size > 1)
    facts.append(f"Optællingerne bygger på {note.counted_total} høringssvar"
                 + (f"; enslydende svar er talt som ét ({plural(letters, 'kampagne', 'kampagner')})."
                    if letters else "."))
    intro.append(" ".join(facts))
    if internal:
        intro.append(
            "Denne udgave er intern og indeholder personoplysninger. Den må ikke offentliggøres; "
            "brug den offentlige udgave af notatet."
        )
    elif any(e.citizen for e in entries):
        if publish_names:
            intro.append(
                "CPR-numre, e-mailadresser, telefonnumre og private adresser er fjernet fra svarene."
            )
        else:
            intro.append(
                "Af hensyn til persondata er private personers navne erstattet med »Borger 1«, »Borger 2« "
                "osv., og CPR-numre, e-mailadresser, telefonnumre og private adresser er fjernet."
            )
    if not internal and any(_beyond_contact(r) for r in note.redactions):
        intro.append(
            "Andre private personers navne og følsomme oplysninger (om fx helbred, fagforeningsforhold, "
            "religion, etnisk oprindelse og seksuel orientering) er også fjernet."
        )
    return intro


def _beyond_contact(r: Redaction) -> bool:
    """Taken out beyond what the sentence on citizens says: another person's name, a special
    category, a licence plate."""
    return r.kind.special or r.kind == RedactionKind.PLATE or r.replacement.startswith(NAME_REMOVED)
