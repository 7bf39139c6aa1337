"""The overview note's view model, built once from the export dict.

Every output format (DOCX, HTML, Markdown) renders the same `Note`, so counts,
wording and redaction cannot drift apart between formats. All text that comes
from responses passes through `_Cleaner` here: control characters removed,
personal data redacted and citizens pseudonymised (unless `internal`).
Templates only place the values; they never see raw export text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .redact import Pseudonyms, redact_contact
from .text import (
    abbreviate,
    clean_chars,
    danish_date,
    danish_sort_key,
    join_da,
    lower_first,
    numbers_text,
    parse_date,
    plural,
    split_paragraphs,
)

INTERNAL_MARKING = "Intern – ikke til offentliggørelse"
TITLE_PREFIX = "Overblik over indkomne høringssvar"

STANCE_MARKS = {"imod": "÷", "støtter": "+", "neutral": "•"}
MENTION_MARK = "•"
NO_COMMENT_MARK = "–"
STANCE_LABELS = {"imod": "imod/bekymret", "støtter": "støtter", "neutral": "neutral"}
LEGEND = (
    "÷ = imod/bekymret, + = støtter, • = neutral eller omtaler emnet, "
    "– = ingen kommentarer. Enslydende svar er vist på én linje."
)
PLACEHOLDER = "[Udfyldes af forvaltningen]"


class _Cleaner:
    """Applies the publication rules to every piece of response text."""

    def __init__(self, *, internal: bool, pseudonyms: Pseudonyms | None):
        self.internal = internal
        self.pseudonyms = pseudonyms

    def __call__(self, text: str | None, *, citizen: bool = True) -> str:
        text = clean_chars(text)
        if self.internal or not text:
            return text
        # CPR, e-mail and phone from everyone; addresses only from private persons.
        text = redact_contact(text, addresses=citizen)
        if self.pseudonyms is not None:
            text = self.pseudonyms.apply(text)
        return text


# --- the view model ----------------------------------------------------------------


@dataclass
class Passage:
    text: str
    attribution: str  # "nr. 2, LMU i Uddannelseshuset"
    numbers: list[int]


@dataclass
class ThemeSection:
    number: int
    key: str
    label: str
    short: str  # column header
    emergent: bool  # raised outside the proposal (an accepted suggested theme)
    mentions: int = 0
    against: int = 0
    support: int = 0
    neutral: int = 0
    no_comment: int = 0
    count_sentence: str = ""
    passages: list[Passage] = field(default_factory=list)
    no_comment_text: str = ""


@dataclass
class ResponseEntry:
    number: int
    sender: str
    kind: str  # "organisation" | "citizen"
    kind_label: str  # "Organisation" | "Privatperson"
    party: str | None
    received: date | None
    received_text: str
    late: bool
    status: str
    readable: bool
    error: str
    file: str
    duplicate: bool
    duplicate_of: int | None
    revision_of: int | None
    superseded_by: int | None
    campaign: int | None
    counted: bool  # in the counts: readable, not a duplicate, not superseded
    summary: str
    stances: dict[str, str]  # theme key -> stance ("" = mentioned, no stance)
    no_comment: list[str]
    paragraphs: list[str]
    remarks: list[str] = field(default_factory=list)
    line: str = ""  # "LMU i Job- og Aktivhuset, modtaget 30. oktober 2018 (…)"
    marks: list[str] = field(default_factory=list)  # one per overview column


@dataclass
class PartyRow:
    name: str
    answered: bool
    mark: str  # "✓" or ""
    numbers: str  # "1" or "8 og 12"


@dataclass
class OverviewRow:
    numbers: str
    sender: str
    marks: list[str]
    count: int  # responses the row stands for (a form letter's senders)


@dataclass
class CompilationEntry:
    heading: str  # "3. LMU i Sygedagpengehuset"
    numbers: list[int]
    notes: list[str]  # "Modtaget efter høringsfristen." …
    summary: str
    paragraphs: list[str]


@dataclass
class Note:
    title: str
    consultation_title: str
    committee: str
    department: str
    case_number: str
    date: str
    deadline: str
    internal: bool
    marking: str  # INTERNAL_MARKING or ""
    intro: list[str]
    parties: list[PartyRow]
    responses: list[ResponseEntry]
    missing_parties: list[str]
    missing_sentence: str
    failed: list[ResponseEntry]
    failed_sentence: str
    received_total: int
    counted_total: int
    columns: list[ThemeSection]  # overview columns: themes, then emergent_themes
    overview_rows: list[OverviewRow]
    overview_totals: list[str]
    legend: str
    themes: list[ThemeSection]
    emergent_themes: list[ThemeSection]
    compilation: list[CompilationEntry]
    placeholder: str = PLACEHOLDER


def _party_name(party: object) -> str:
    if isinstance(party, dict):
        return str(party.get("name") or party.get("label") or "")
    return str(party or "")


def build_note(export: dict, *, internal: bool = False, today: date | None = None) -> Note:
    """The note's content from an export dict (see docs/ARCHITECTURE.md)."""
    c = export.get("consultation") or {}
    raw = sorted(export.get("responses") or [], key=lambda r: int(r.get("id") or 0))

    publish_names = bool(c.get("publish_citizen_names"))
    pseudonyms = None
    if not internal and not publish_names:
        pseudonyms = Pseudonyms()
    clean = _Cleaner(internal=internal, pseudonyms=pseudonyms)

    def is_citizen(r: dict | None) -> bool:
        # Unknown kind counts as a private person: redacting too much is the safe mistake.
        return r is None or r.get("sender_kind") != "organisation"

    # Senders first: every citizen gets a number in response order before any text is cleaned.
    senders: dict[int, str] = {}
    for r in raw:
        n = int(r["id"])
        name = clean_chars(r.get("sender")).strip()
        if is_citizen(r) and pseudonyms is not None:
            senders[n] = pseudonyms.add(name)
        elif is_citizen(r):
            senders[n] = clean(name) or "Ukendt afsender"
        else:
            senders[n] = name or "Ukendt afsender"

    # Revisions: the newest of a chain is used; each older one points at it.
    superseded_by: dict[int, int] = {}
    for r in raw:
        if r.get("revision_of"):
            superseded_by[int(r["revision_of"])] = int(r["id"])

    def newest(n: int) -> int:
        seen = set()
        while n in superseded_by and n not in seen:
            seen.add(n)
            n = superseded_by[n]
        return n

    deadline = parse_date(c.get("deadline"))
    theme_defs = c.get("themes") or {}
    accepted = [s for s in export.get("suggested_themes") or [] if s.get("accepted_key")]
    accepted_keys = [str(s["accepted_key"]) for s in accepted]

    columns: list[ThemeSection] = []
    for key, spec in theme_defs.items():
        if key in accepted_keys:
            continue
        label = (spec or {}).get("label") or key
        columns.append(
            ThemeSection(len(columns) + 1, key, label, abbreviate(label), emergent=False)
        )
    for s in accepted:
        key = str(s["accepted_key"])
        label = (theme_defs.get(key) or {}).get("label") or s.get("label") or key
        columns.append(ThemeSection(len(columns) + 1, key, label, abbreviate(label), emergent=True))
    suggested_ids = {
        str(s["accepted_key"]): {int(i) for i in s.get("response_ids") or []} for s in accepted
    }

    # --- responses --------------------------------------------------------------
    entries: list[ResponseEntry] = []
    for r in raw:
        n = int(r["id"])
        citizen = is_citizen(r)
        status = r.get("status") or "ok"
        if status == "cover":
            continue  # a covering e-mail ("Hermed vores høringssvar"): its attachment is the response
        duplicate_of = int(r["duplicate_of"]) if r.get("duplicate_of") else None
        is_duplicate = duplicate_of is not None or status == "duplicate"
        readable = status in ("ok", "duplicate")
        received = parse_date(r.get("received"))
        late = bool(r.get("late")) or bool(deadline and received and received > deadline)
        stances = {}
        for t in r.get("themes") or []:
            if t.get("key"):
                stances[str(t["key"])] = t.get("stance") or ""
        for key, ids in suggested_ids.items():
            if n in ids and key not in stances:
                stances[key] = ""
        no_comment = [str(k) for k in r.get("themes_no_comment") or [] if str(k) not in stances]
        text = clean(r.get("text"), citizen=citizen) if readable else ""
        entry = ResponseEntry(
            number=n,
            sender=senders[n],
            kind="citizen" if citizen else "organisation",
            kind_label="Privatperson" if citizen else "Organisation",
            party=r.get("party") or None,
            received=received,
            received_text=danish_date(received),
            late=late,
            status=status,
            readable=readable,
            error=_failure_reason(r) if not readable else "",
            # A citizen's file name often carries the name; the public note leaves it out.
            file=clean_chars(r.get("file")) if (internal or not citizen) else "",
            duplicate=is_duplicate,
            duplicate_of=duplicate_of,
            revision_of=int(r["revision_of"]) if r.get("revision_of") else None,
            superseded_by=newest(n) if n in superseded_by else None,
            campaign=int(r["campaign"]) if r.get("campaign") not in (None, "") else None,
            counted=readable and not is_duplicate and n not in superseded_by,
            summary=clean(r.get("summary"), citizen=citizen) if readable else "",
            stances=stances,
            no_comment=no_comment,
            paragraphs=split_paragraphs(text),
        )
        entries.append(entry)
    entry_by_number = {e.number: e for e in entries}

    counted = [e for e in entries if e.counted]
    total = len(counted)

    # Form letters: a campaign group of counted responses with two or more members.
    campaigns: dict[int, list[ResponseEntry]] = {}
    for e in counted:
        if e.campaign is not None:
            campaigns.setdefault(e.campaign, []).append(e)
    campaigns = {k: v for k, v in campaigns.items() if len(v) > 1}

    # Remarks and the one-line listing.
    for e in entries:
        if e.late:
            e.remarks.append("modtaget efter høringsfristen")
        if e.duplicate:
            e.remarks.append(f"dublet af nr. {e.duplicate_of}" if e.duplicate_of else "dublet")
        if e.revision_of is not None:
            e.remarks.append(f"revideret udgave af nr. {e.revision_of}")
        if e.superseded_by is not None:
            e.remarks.append(f"erstattet af revideret udgave, nr. {e.superseded_by}")
        if e.counted and e.campaign in campaigns:
            others = [o.number for o in campaigns[e.campaign] if o.number != e.number]
            e.remarks.append(f"enslydende med nr. {numbers_text(others)}")
        if not e.readable:
            e.remarks.append("kunne ikke læses")
        received = f", modtaget {e.received_text}" if e.received_text else ""
        remarks = f" ({'; '.join(e.remarks)})" if e.remarks else ""
        e.line = f"{e.sender}{received}{remarks}"

    # --- themes: marks, counts, passages ---------------------------------------------
    for e in entries:
        e.marks = [
            STANCE_MARKS.get(e.stances[col.key], MENTION_MARK)
            if col.key in e.stances
            else (NO_COMMENT_MARK if col.key in e.no_comment else "")
            for col in columns
        ]
    summaries = export.get("theme_summaries") or {}
    for col in columns:
        for e in counted:
            if col.key in e.stances:
                col.mentions += 1
                stance = e.stances[col.key]
                col.against += stance == "imod"
                col.support += stance == "støtter"
                col.neutral += stance == "neutral"
            elif col.key in e.no_comment:
                col.no_comment += 1
        col.count_sentence = _count_sentence(col, total)
        items = summaries.get(col.key)
        if items is None and col.emergent:
            items = _suggested_passages(accepted, col.key)
        col.passages = _passages(items or [], entry_by_number, senders, clean)
        silent = [e for e in counted if col.key in e.no_comment]
        if silent:
            col.no_comment_text = (
                "Ingen kommentarer til temaet fra "
                + join_da(f"nr. {e.number} ({e.sender})" for e in silent)
                + "."
            )

    # --- the overview table: one row per counted response, form letters on one row ---
    rows: list[OverviewRow] = []
    done: set[int] = set()
    for e in counted:
        if e.campaign in campaigns:
            if e.campaign in done:
                continue
            done.add(e.campaign)
            group = campaigns[e.campaign]
            who = "borgere" if all(g.kind == "citizen" for g in group) else "afsendere"
            rows.append(
                OverviewRow(
                    numbers_text([g.number for g in group]),
                    f"Enslydende svar fra {len(group)} {who}",
                    e.marks,
                    len(group),
                )
            )
        else:
            rows.append(OverviewRow(str(e.number), e.sender, e.marks, 1))
    totals = [str(col.mentions) for col in columns]

    # --- parties ------------------------------------------------------------------------
    parties = [p for p in (_party_name(p) for p in c.get("parties") or []) if p]
    if "missing_parties" in export:
        missing = [_party_name(p) for p in export.get("missing_parties") or []]
    else:
        answered_names = {e.party for e in entries if e.party}
        missing = [p for p in parties if p not in answered_names]
    party_rows = []
    for name in sorted(parties, key=danish_sort_key):
        numbers = [e.number for e in entries if e.party == name]
        answered = name not in missing
        party_rows.append(PartyRow(name, answered, "✓" if answered else "", join_da(numbers)))
    if missing:
        henholdsvis = "henholdsvis " if len(missing) > 1 else ""
        missing_sentence = f"Der er ikke indkommet høringssvar fra {henholdsvis}{join_da(missing)}."
    elif parties:
        missing_sentence = "Der er indkommet høringssvar fra alle høringsparter."
    else:
        missing_sentence = ""

    failed = [e for e in entries if not e.readable]
    failed_sentence = ""
    if failed:
        failed_sentence = (
            f"{len(failed)} høringssvar kunne ikke læses automatisk og indgår derfor ikke i optællingen: "
            + join_da(f"nr. {e.number} ({e.sender})" for e in failed)
            + (". Det skal" if len(failed) == 1 else ". De skal")
            + " læses i originalfilen."
        )

    compilation = _compilation(entries, entry_by_number, campaigns)

    title = (c.get("title") or "").strip()
    note = Note(
        title=f"{TITLE_PREFIX} – {title}" if title else TITLE_PREFIX,
        consultation_title=title,
        committee=c.get("committee") or "",
        department=c.get("department") or "",
        case_number=c.get("case_number") or "",
        date=danish_date(today or date.today()),
        deadline=danish_date(deadline),
        internal=internal,
        marking=INTERNAL_MARKING if internal else "",
        intro=[],
        parties=party_rows,
        responses=entries,
        missing_parties=missing,
        missing_sentence=missing_sentence,
        failed=failed,
        failed_sentence=failed_sentence,
        received_total=len(entries),
        counted_total=total,
        columns=columns,
        overview_rows=rows,
        overview_totals=totals,
        legend=LEGEND,
        themes=[col for col in columns if not col.emergent],
        emergent_themes=[col for col in columns if col.emergent],
        compilation=compilation,
    )
    note.intro = _intro(note, entries, internal=internal, publish_names=publish_names)
    return note


_FAILURE_REASONS = {
    "needs_ocr": "en scanning uden tekst",
    "encrypted": "filen er beskyttet med adgangskode",
    "corrupt": "filen er beskadiget",
    "unsupported": "filformatet kan ikke læses",
    "empty": "filen er tom",
    "no_text": "filen indeholder ingen tekst",
    "too_large": "filen er for stor",
    "timeout": "det tog for lang tid at læse filen",
    "needs_converter": "filen er i et ældre format, der kræver et konverteringsprogram",
}


def _failure_reason(r: dict) -> str:
    """A short reason for the note; the full message (with file names) stays in the archive."""
    code = r.get("error_code") or r.get("status")
    return _FAILURE_REASONS.get(str(code), "filen kunne ikke læses")


def _count_sentence(col: ThemeSection, total: int) -> str:
    subject = lower_first(col.label)
    if col.mentions == 0:
        sentence = f"Ingen af de {total} høringssvar omtaler {subject}."
    else:
        sentence = f"{col.mentions} af {total} høringssvar omtaler {subject}"
        parts = []
        if col.against:
            parts.append(
                f"{col.against} er imod eller {'bekymret' if col.against == 1 else 'bekymrede'}"
            )
        if col.support:
            parts.append(f"{col.support} støtter")
        if col.neutral:
            parts.append(f"{col.neutral} er {'neutral' if col.neutral == 1 else 'neutrale'}")
        sentence += ("; " + join_da(parts) if parts else "") + "."
    if col.no_comment:
        sentence += f" {col.no_comment} har ingen kommentarer til temaet."
    return sentence


def _suggested_passages(accepted: list[dict], key: str) -> list[dict]:
    out: list[dict] = []
    for s in accepted:
        if str(s.get("accepted_key")) != key:
            continue
        ids = [int(i) for i in s.get("response_ids") or []]
        for p in s.get("passages") or []:
            if isinstance(p, dict):
                out.append(p)
            else:  # a bare string: the response is unknown unless there is only one
                out.append({"response_id": ids[0] if len(ids) == 1 else None, "text": str(p)})
    return out


def _passages(items, entry_by_number, senders, clean) -> list[Passage]:
    merged: dict[str, Passage] = {}
    for item in items:
        if isinstance(item, str):
            item = {"text": item}
        n = item.get("response_id")
        n = int(n) if n not in (None, "") else None
        entry = entry_by_number.get(n) if n is not None else None
        if entry is not None and not entry.counted:
            continue  # a duplicate's or superseded revision's passage is already there once
        text = clean(item.get("text"), citizen=entry is None or entry.kind == "citizen").strip()
        if not text:
            continue
        key = " ".join(text.split()).casefold()
        if key in merged:
            if n is not None and n not in merged[key].numbers:
                merged[key].numbers.append(n)
            continue
        merged[key] = Passage(text, "", [n] if n is not None else [])
    for p in merged.values():
        if len(p.numbers) == 1:
            p.attribution = f"nr. {p.numbers[0]}, {senders[p.numbers[0]]}"
        elif p.numbers:
            p.attribution = f"nr. {numbers_text(p.numbers)}, enslydende"
    return list(merged.values())


def _compilation(entries, entry_by_number, campaigns) -> list[CompilationEntry]:
    out: list[CompilationEntry] = []
    shown_campaigns: set[int] = set()
    for e in entries:
        notes: list[str] = []
        if e.late:
            notes.append("Modtaget efter høringsfristen.")
        if not e.readable:
            why = f" ({e.error})" if e.error else ""
            where = f" »{e.file}«" if e.file else ""
            notes.append(
                f"Høringssvaret kunne ikke læses automatisk{why}. Det skal læses i originalfilen{where}."
            )
            out.append(CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, "", []))
            continue
        if e.duplicate:
            target = (
                f" af nr. {e.duplicate_of}; teksten er gengivet under nr. {e.duplicate_of}"
                if e.duplicate_of
                else ""
            )
            notes.append(f"Dublet{target}.")
            out.append(CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, "", []))
            continue
        if e.superseded_by is not None:
            notes.append(
                f"Erstattet af en revideret udgave, nr. {e.superseded_by}, som er gengivet under nr. "
                f"{e.superseded_by}."
            )
            out.append(CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, "", []))
            continue
        if e.revision_of is not None:
            older = entry_by_number.get(e.revision_of)
            when = f" (modtaget {older.received_text})" if older and older.received_text else ""
            notes.append(
                f"Revideret udgave af høringssvar nr. {e.revision_of}{when}. Den nyeste udgave er "
                "gengivet og indgår i opgørelsen."
            )
        if e.campaign in campaigns:
            if e.campaign in shown_campaigns:
                continue
            shown_campaigns.add(e.campaign)
            group = campaigns[e.campaign]
            who = "borgere" if all(g.kind == "citizen" for g in group) else "afsendere"
            numbers = [g.number for g in group]
            notes.insert(
                0, "Afsendere: " + join_da(f"{g.sender} (nr. {g.number})" for g in group) + "."
            )
            notes.append(f"Teksten er gengivet én gang, fra nr. {e.number}.")
            late = [g.number for g in group if g.late and g is not e]
            if late:
                notes.append(f"Nr. {numbers_text(late)} er modtaget efter høringsfristen.")
            heading = f"{numbers_text(numbers)}. Enslydende høringssvar fra {len(group)} {who}"
            out.append(CompilationEntry(heading, numbers, notes, e.summary, e.paragraphs))
            continue
        out.append(
            CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, e.summary, e.paragraphs)
        )
    return out


def _intro(
    note: Note, entries: list[ResponseEntry], *, internal: bool, publish_names: bool
) -> list[str]:
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
    facts.append(f"Optællingerne bygger på {note.counted_total} høringssvar.")
    intro.append(" ".join(facts))
    if internal:
        intro.append(
            "Denne udgave er intern og indeholder personoplysninger. Den må ikke offentliggøres; "
            "brug den offentlige udgave af notatet."
        )
    elif any(e.kind == "citizen" for e in entries):
        if publish_names:
            intro.append(
                "CPR-numre, e-mailadresser, telefonnumre og private adresser er fjernet fra svarene."
            )
        else:
            intro.append(
                "Af hensyn til persondata er private personers navne erstattet med »Borger 1«, »Borger 2« "
                "osv., og CPR-numre, e-mailadresser, telefonnumre og private adresser er fjernet."
            )
    return intro
