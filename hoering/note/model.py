"""The overview note's view model: what every format renders, and the words and marks it uses.

Every output format (DOCX, HTML, Markdown) and the spreadsheet render the same `Note`, built
once from a `ConsultationExport` by `hoering.note.build`, so counts, wording and redaction
cannot drift apart between formats. The fields are the template variables users' templates
read (see `render.py`): rename none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Position, Redaction, SenderKind, Stance, Status

INTERNAL_MARKING = "Intern – ikke til offentliggørelse"
# The public note until a person approves it (`hoering approve`), and again once what it is
# built from changes after the approval.
DRAFT_MARKING = "UDKAST – ikke godkendt"
TITLE_PREFIX = "Overblik over indkomne høringssvar"

STANCE_MARKS = {Stance.AGAINST: "÷", Stance.SUPPORTS: "+", Stance.NEUTRAL: "•"}
MENTION_MARK = "•"
NO_COMMENT_MARK = "–"
LEGEND = (
    "÷ = imod/bekymret, + = støtter, • = neutral eller omtaler emnet, "
    "– = ingen kommentarer. Enslydende svar er vist på én linje."
)
PLACEHOLDER = "[Udfyldes af forvaltningen]"
KIND_LABELS = {SenderKind.CITIZEN: "Privatperson", SenderKind.ORGANISATION: "Organisation"}


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
    # "Forvaltningens bemærkninger" and "Forvaltningens indstilling" as paragraphs, from the
    # review (`hoering.review.set_remarks`); empty: the note shows `Note.placeholder`.
    remarks: list[str] = field(default_factory=list)
    recommendation: list[str] = field(default_factory=list)


@dataclass
class ResponseEntry:
    number: int
    sender: str
    kind: SenderKind  # a sender of unknown kind is a citizen here: the safe mistake
    kind_label: str  # "Organisation" | "Privatperson"
    party: str | None
    received: date | None
    received_text: str
    late: bool
    status: Status | str
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
    stances: dict[str, Stance | str]  # theme key -> stance ("" = mentioned, no stance)
    no_comment: list[str]
    paragraphs: list[str]
    comment: str = ""  # the Vurdering a person wrote (the spreadsheet's column)
    remarks: list[str] = field(default_factory=list)
    line: str = ""  # "LMU i Job- og Aktivhuset, modtaget 30. oktober 2018 (…)"
    position: Position = Position.NEUTRAL  # overall position on the proposal, from its stances
    review: list[str] = field(default_factory=list)  # theme keys whose stance "bør gennemses"
    marks: list[str] = field(default_factory=list)  # one per overview column

    @property
    def citizen(self) -> bool:
        return self.kind == SenderKind.CITIZEN


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
    marking: str  # INTERNAL_MARKING, DRAFT_MARKING or ""
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
    draft: bool = False  # the public note, not (or no longer) approved for publication
    # What the published texts left out (`hoering.redaction`), for the person who checks it;
    # empty in the internal note.
    redactions: list[Redaction] = field(default_factory=list)
