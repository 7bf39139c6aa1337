"""What each page of the workspace shows, as plain values for its template. No HTTP here and no
SQL: the light reads of `store.overview`, the review state (`hoering.review`), the themes and
publication layers. Templates only place these values (autoescaped); response text is data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .. import review
from ..model import SenderKind, SenderSource, Stance, Status
from ..model.overview import ResponseLine, TagMark
from ..store import Archive
from ..store import audit as audit_store
from ..store import overview as overview_store
from ..store import publication as publication_store

# A stance's mark and its words: the mark is for the eye, the words for everyone (screen
# readers, print, colour blindness): templates show both.
STANCE_MARK = {Stance.AGAINST: "÷", Stance.SUPPORTS: "+", Stance.NEUTRAL: "•"}
STANCES = [Stance.AGAINST, Stance.SUPPORTS, Stance.NEUTRAL]


def stance_label(stance: Stance | str | None) -> str:
    return stance.da if isinstance(stance, Stance) else str(stance or "ukendt")


_STANCE_CLASS = {Stance.AGAINST: "against", Stance.SUPPORTS: "supports", Stance.NEUTRAL: "neutral"}


def stance_class(stance: Stance | str | None) -> str:
    return _STANCE_CLASS.get(stance, "unknown")


# --- 1. Høringer ----------------------------------------------------------------------------


@dataclass
class ConsultationRow:
    slug: str
    title: str
    deadline: dt.date | None
    responses: int
    counted: int
    reviewed: int
    failed: int
    approval: Any  # model.Approval or None


def consultations(archive: Archive) -> list[ConsultationRow]:
    tallies = overview_store.tallies(archive.db)
    rows = []
    for c in archive.consultations():
        tally = tallies.get(c.id)
        state = review.state(archive, c.slug)
        excluded = len(state.excluded)
        total = tally.responses if tally else 0
        rows.append(
            ConsultationRow(
                slug=c.slug,
                title=c.title,
                deadline=c.config.deadline,
                responses=total,
                counted=total - excluded,
                reviewed=len(state.reviewed - set(state.excluded)),
                failed=tally.failed if tally else 0,
                approval=publication_store.approval(archive.db, c.id),
            )
        )
    return rows


# --- 2. Høringen ----------------------------------------------------------------------------


@dataclass
class Filters:
    theme: str = ""
    stance: str = ""
    kind: str = ""
    unreviewed: bool = False
    problems: bool = False

    @classmethod
    def from_query(cls, query: dict[str, str], themes: dict) -> Filters:
        theme = query.get("tema", "")
        stance = query.get("holdning", "")
        kind = query.get("type", "")
        return cls(
            theme=theme if theme in themes else "",
            stance=stance if stance in {s.value for s in Stance} else "",
            kind=kind if kind in {k.value for k in SenderKind} else "",
            unreviewed=query.get("ikke_gennemgaaet") == "1",
            problems=query.get("problemer") == "1",
        )

    @property
    def active(self) -> bool:
        return bool(self.theme or self.stance or self.kind or self.unreviewed or self.problems)


@dataclass
class Problem:
    rank: int  # 0 unreadable, 1 sender or date unsure, 2 a stance the reader guessed
    text: str


@dataclass
class TableRow:
    line: ResponseLine
    reviewed: bool
    excluded: str | None
    problems: list[Problem]

    @property
    def rank(self) -> int:
        return min((p.rank for p in self.problems), default=3)


def problems_of(line: ResponseLine) -> list[Problem]:
    found = []
    if line.status == Status.FAILED:
        found.append(Problem(0, "kunne ikke læses"))
    elif line.status == Status.NEEDS_OCR:
        found.append(Problem(0, "kræver OCR (scannet)"))
    if line.status == Status.OK:
        if not line.sender or line.sender_source in (SenderSource.FILENAME, SenderSource.UNKNOWN):
            found.append(Problem(1, "usikker afsender"))
        if line.received_source == "mtime" or not line.received:
            found.append(Problem(1, "usikker modtagelsesdato"))
        guessed = [m for m in line.marks if m.guessed]
        if guessed:
            found.append(Problem(2, f"holdning gættet ({len(guessed)})"))
    return found


def _matches(row: TableRow, f: Filters) -> bool:
    marks: list[TagMark] = row.line.marks
    if f.theme and not any(m.key == f.theme and (not f.stance or m.stance == f.stance) for m in marks):
        return False
    if f.stance and not f.theme and not any(m.stance == f.stance for m in marks):
        return False
    if f.kind and row.line.sender_kind != f.kind:
        return False
    if f.unreviewed and (row.reviewed or row.excluded is not None):
        return False
    return not (f.problems and not row.problems)


@dataclass
class PartyAnswer:
    party: str
    numbers: list[int]


# Rows on one page of the responses table. A page of 1,000 rows takes some 140 ms to read and
# render (bench/workspace.py) and is more than anyone reads at once; "Vis alle" shows them all.
PAGE_SIZE = 100


@dataclass
class PageLink:
    label: str
    url: str
    current: bool = False


@dataclass
class ConsultationView:
    consultation: Any
    rows: list[TableRow]
    total: int
    shown: int
    counted: int
    reviewed: int
    parties: list[PartyAnswer]
    filters: Filters
    next_unreviewed: int | None
    first: int = 1  # the place of the first row shown, within the filtered rows
    pages: list[PageLink] = field(default_factory=list)


def consultation(archive: Archive, slug: str, query: dict[str, str], lines_of=None) -> ConsultationView:
    """`lines_of(consultation)`: the table's rows, when the caller keeps them (`Workspace`)."""
    c = archive.consultation(slug)
    state = review.state(archive, slug)
    excluded, reviewed = state.excluded, state.reviewed  # properties that build a set: once
    lines = lines_of(c) if lines_of else overview_store.response_lines(archive.db, c.id)
    rows = [
        TableRow(line, line.number in reviewed, excluded.get(line.number), problems_of(line))
        for line in lines
    ]
    filters = Filters.from_query(query, c.config.themes)
    shown = [r for r in rows if _matches(r, filters)]
    # Problems first, the excluded last, otherwise in number order.
    shown.sort(key=lambda r: (r.excluded is not None, r.rank, r.line.number))
    answered: dict[str, list[int]] = {}
    for r in rows:
        if r.line.party and r.excluded is None:
            answered.setdefault(r.line.party, []).append(r.line.number)
    counted = [r for r in rows if r.excluded is None]
    page, links = _paging(query, len(shown), f"/h/{slug}")
    start = (page - 1) * PAGE_SIZE if page else 0
    return ConsultationView(
        consultation=c,
        rows=shown[start : start + PAGE_SIZE] if page else shown,
        total=len(rows),
        shown=len(shown),
        counted=len(counted),
        reviewed=sum(1 for r in counted if r.reviewed),
        parties=[PartyAnswer(p, answered.get(p, [])) for p in c.config.parties],
        filters=filters,
        next_unreviewed=next_unreviewed(rows, 0),
        first=start + 1,
        pages=links,
    )


def _paging(query: dict[str, str], count: int, path: str) -> tuple[int, list[PageLink]]:
    """The page asked for (0: all of them) and the links to the others, filters kept."""
    from urllib.parse import urlencode

    last = max(1, -(-count // PAGE_SIZE))
    asked = query.get("side", "1")
    page = 0 if asked == "alle" else min(max(int(asked), 1), last) if asked.isdigit() else 1
    if last == 1:
        return (page or 1), []

    def url(value) -> str:
        return f"{path}?{urlencode({**{k: v for k, v in query.items() if k not in ('side', 'gemt')}, 'side': value})}#svar"

    links = [PageLink(f"Side {n}", url(n), n == page) for n in range(1, last + 1)]
    links.append(PageLink("Vis alle", url("alle"), page == 0))
    return page, links


def next_unreviewed(rows: list[TableRow], after: int) -> int | None:
    """The first response after number `after` (then from the start) not yet reviewed."""
    return _next_waiting([r.line.number for r in rows if not r.reviewed and r.excluded is None], after)


def _next_waiting(waiting: list[int], after: int) -> int | None:
    waiting = sorted(waiting)
    later = [n for n in waiting if n > after]
    return (later or waiting or [None])[0]


# --- 3. Et høringssvar ------------------------------------------------------------------------


@dataclass
class Highlight:
    key: str
    label: str
    stance: Stance | str | None


@dataclass
class Segment:
    text: str
    highlights: list[Highlight] = field(default_factory=list)
    ends: list[Highlight] = field(default_factory=list)  # evidence that ends here: its label


def highlighted(text: str, tags: list, labels: dict[str, str]) -> list[Segment]:
    """The response text cut where a theme's evidence starts and ends, each piece with the
    themes whose evidence covers it. Evidence is found by its text (the export's passages)."""
    spans = []
    for tag in tags:
        for evidence in tag.evidence:
            at = text.find(evidence) if evidence else -1
            if at >= 0:
                spans.append((at, at + len(evidence), Highlight(tag.key, labels.get(tag.key, tag.key), tag.stance)))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [h for s, e, h in spans if s <= start and end <= e]
        ending = [h for s, e, h in spans if e == end]
        segments.append(Segment(text[start:end], covering, ending))
    return segments


@dataclass
class ResponseView:
    consultation: Any
    response: Any
    tags: list
    untagged_themes: list
    segments: list[Segment]
    review: Any  # model.review.ResponseReview
    overrides: dict
    redactions: list
    log: list
    previous: int | None
    next: int | None
    next_unreviewed: int | None
    numbers: list[int]
    attachments: list[int]  # when it is an e-mail: the attachments that came with it


def response(archive: Archive, slug: str, number: int) -> ResponseView:
    from ..themes import response_tags

    c = archive.consultation(slug)
    r = archive.response(c, number)
    tags = [t for t in response_tags(archive, r.id) if t.state == "discusses"]
    labels = {k: t.label for k, t in c.config.themes.items()}
    state = review.state(archive, slug)
    numbers = overview_store.numbers(archive.db, c.id)
    done = state.reviewed | set(state.excluded)
    at = numbers.index(number)
    return ResponseView(
        consultation=c,
        response=r,
        tags=tags,
        untagged_themes=[t for k, t in c.config.themes.items() if k not in {tag.key for tag in tags}],
        segments=highlighted(r.text or "", tags, labels),
        review=state.response(number),
        overrides=archive.overrides(c, number),
        redactions=[m for m in publication_store.manual_redactions(archive.db, c.id) if m.number == number],
        log=audit_store.entries(archive.db, slug, number=number),
        previous=numbers[at - 1] if at > 0 else None,
        next=numbers[at + 1] if at + 1 < len(numbers) else None,
        next_unreviewed=_next_waiting([n for n in numbers if n not in done and n != number], number),
        numbers=numbers,
        attachments=state.attachments_of(number),
    )


# --- 4. Et tema -----------------------------------------------------------------------------


@dataclass
class StanceGroup:
    stance: Stance
    passages: list  # model.overview.ThemePassage


@dataclass
class ThemeView:
    consultation: Any
    theme: Any
    groups: list[StanceGroup]
    counted: int
    excluded: list  # ThemePassage of excluded responses, not counted
    remarks: Any  # model.review.Edit
    suggestions: list


def theme(archive: Archive, slug: str, key: str) -> ThemeView:
    from ..errors import UnknownTheme
    from ..themes import suggestions

    c = archive.consultation(slug)
    if key not in c.config.themes:
        raise UnknownTheme(slug, key)
    state = review.state(archive, slug)
    excluded = state.excluded
    passages = overview_store.theme_passages(archive.db, c.id, key)
    counted = [p for p in passages if p.number not in excluded]
    groups = [StanceGroup(s, [p for p in counted if p.stance == s]) for s in STANCES]
    return ThemeView(
        consultation=c,
        theme=c.config.themes[key],
        groups=groups,
        counted=len(counted),
        excluded=[p for p in passages if p.number in excluded],
        remarks=state.theme(key),
        suggestions=[s for s in suggestions(archive, c) if not s.accepted_key],
    )


# --- 5. Notatet -----------------------------------------------------------------------------


@dataclass
class Checklist:
    unreviewed: list[int]
    failed: list[int]
    doubtful_redactions: int | None  # None while the note is being built
    redactions: int | None
    themes_without_remarks: list  # config.Theme

    @property
    def clear(self) -> bool:
        return not (self.unreviewed or self.failed or self.doubtful_redactions or self.themes_without_remarks)


def checklist(archive: Archive, slug: str, built, lines_of=None) -> Checklist:
    """`built`: the note as the worker built it (`builder.BuiltNote`), None while it is built."""
    c = archive.consultation(slug)
    state = review.state(archive, slug)
    every = lines_of(c) if lines_of else overview_store.response_lines(archive.db, c.id)
    excluded, reviewed = state.excluded, state.reviewed
    lines = [line for line in every if line.number not in excluded]
    return Checklist(
        unreviewed=[line.number for line in lines if line.number not in reviewed],
        failed=[line.number for line in lines if line.status in (Status.FAILED, Status.NEEDS_OCR)],
        doubtful_redactions=built.doubtful if built is not None else None,
        redactions=built.redactions if built is not None else None,
        themes_without_remarks=[t for k, t in c.config.themes.items() if not state.theme(k).text.strip()],
    )
