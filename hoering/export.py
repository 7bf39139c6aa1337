"""Everything the archive knows about a consultation, as one typed value.

`export_consultation(archive, slug)` gathers it once: the consultation, its responses with
their links, themes and résumés, the parties that have not answered, the theme extracts and
the suggested themes. The note, the spreadsheet and `hoering export --json` read that value
and derive nothing again.

`ConsultationExport.to_json()` is the contract other tools rely on (README.md and
docs/ARCHITECTURE.md): add fields, never rename or remove one. `ConsultationExport.from_json`
reads that JSON back (a saved export, or a hand-made one) and fills in what an older or
smaller export leaves out.

In Python a response's public number is `number`; the JSON calls it `id` (and `response_id`,
`response_ids` where it points at responses), which the contract keeps.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .analysis.stance import overall_position
from .config import ConsultationConfig, Theme
from .model import (
    Approval,
    Edit,
    ManualRedaction,
    ReceivedSource,
    Response,
    SenderKind,
    SenderSource,
    Stance,
    Status,
    SuggestionPassage,
    TagSource,
    TagState,
    ThemeSuggestion,
    ThemeTag,
    member,
)
from .parties import missing_parties
from .senders import needs_review
from .store import Archive, Consultation
from .store import publication as publication_store
from .store import review as review_store

FORMAT_VERSION = 1


@dataclass
class ExportedResponse:
    """One response as the export carries it. `number` is its public number (1, 2, 3 …);
    `duplicate_of`, `revision_of`, `via_email` and `campaign` hold numbers too."""

    number: int
    status: Status | str
    file: str | None = None
    sha256: str | None = None
    format: str | None = None
    error: str | None = None
    error_code: str | None = None
    sender: str | None = None
    sender_source: SenderSource | str | None = None
    sender_kind: SenderKind | str | None = SenderKind.ORGANISATION
    party: str | None = None
    sender_confidence: float | None = None  # 0-1, how surely sender and party were read
    received: str | None = None  # ISO date, as stored
    pages: int | None = None
    text_chars: int | None = None
    duplicate_of: int | None = None
    size: int | None = None
    collected: str | None = None
    warnings: list[str] = field(default_factory=list)
    text: str | None = ""
    themes: list[ThemeTag] = field(default_factory=list)
    themes_no_comment: list[str] = field(default_factory=list)
    summary: str = ""
    campaign: int | None = None
    revision_of: int | None = None
    late: bool = False
    via_email: int | None = None
    received_source: ReceivedSource | str | None = None
    ocr: bool = False
    # An e-mail's From header, for the publication rules (`hoering.redaction.publication`): a
    # personal webmail address makes the sender private until a person says otherwise. Not in
    # the JSON (the contract stays as it is): an export read back from JSON has none.
    from_name: str | None = None
    from_address: str | None = None
    # A person's review (`hoering.review`): left out of counts, the note and the spreadsheet
    # with a reason; reviewed; the Vurdering the spreadsheet shows.
    excluded: str | None = None
    reviewed: bool = False
    comment: str = ""

    @classmethod
    def from_response(
        cls, response: Response, themes: list[ThemeTag], no_comment: list[str], summary: str
    ) -> ExportedResponse:
        return cls(
            number=response.number,
            status=response.status,
            file=response.file,
            sha256=response.sha256,
            format=response.format,
            error=response.error,
            error_code=response.error_code,
            sender=response.sender,
            sender_source=response.sender_source,
            sender_kind=response.sender_kind,
            party=response.party,
            sender_confidence=response.sender_confidence,
            received=response.received,
            pages=response.pages,
            text_chars=response.text_chars,
            duplicate_of=response.duplicate_of,
            size=response.size,
            collected=response.collected,
            warnings=response.metadata.get("warnings", []),
            text=response.text,
            themes=themes,
            themes_no_comment=no_comment,
            summary=summary,
            campaign=response.campaign,
            revision_of=response.revision_of,
            late=response.late,
            via_email=response.via_email,
            received_source=response.received_source,
            ocr="ocr" in response.document,
            from_name=response.document.get("from_name") or None,
            from_address=response.document.get("from_address") or None,
        )

    @property
    def sender_review(self) -> bool:
        """Sender or party read too unsurely to go unchecked ("bør gennemses")."""
        return needs_review(self.sender_confidence)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.number,
            "file": self.file,
            "sha256": self.sha256,
            "format": self.format,
            "status": self.status,
            "error": self.error,
            "error_code": self.error_code,
            "sender": self.sender,
            "sender_source": self.sender_source,
            "sender_kind": self.sender_kind,
            "party": self.party,
            "sender_confidence": self.sender_confidence,
            "sender_review": self.sender_review,
            "received": self.received,
            "pages": self.pages,
            "text_chars": self.text_chars,
            "duplicate_of": self.duplicate_of,
            "size": self.size,
            "collected": self.collected,
            "warnings": self.warnings,
            "text": self.text,
            "themes": [t.to_json() for t in self.themes],
            "themes_no_comment": self.themes_no_comment,
            "position": overall_position(t.stance for t in self.themes if t.state == TagState.DISCUSSES).value,
            "summary": self.summary,
            "campaign": self.campaign,
            "revision_of": self.revision_of,
            "late": self.late,
            "via_email": self.via_email,
            "received_source": self.received_source,
            "ocr": self.ocr,
            "excluded": self.excluded,
            "reviewed": self.reviewed,
            "comment": self.comment,
        }


@dataclass
class ThemeExtract:
    """A sentence that represents what the responses say about a theme, and whose it is."""

    number: int | None  # the response's number; None when a hand-made export does not say
    sender: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"response_id": self.number, "sender": self.sender, "text": self.text}


@dataclass
class ConsultationExport:
    slug: str
    config: ConsultationConfig
    responses: list[ExportedResponse]  # in number order
    missing_parties: list[str]  # consulted parties no response is matched to, in the config's order
    theme_summaries: dict[str, list[ThemeExtract]] = field(default_factory=dict)  # per theme key
    suggested_themes: list[ThemeSuggestion] = field(default_factory=list)
    format_version: int = FORMAT_VERSION
    # A person's decisions about what is published (`hoering.publication`). Neither is in the
    # JSON: an export read back from JSON has none, so a note made from it is a draft.
    manual_redactions: list[ManualRedaction] = field(default_factory=list)
    approval: Approval | None = None
    # "Forvaltningens bemærkninger" and "indstilling" per theme key (`hoering.review`).
    remarks: dict[str, Edit] = field(default_factory=dict)
    # What the Danish layer read in the texts for redaction, kept in the archive by
    # `hoering.readings` (`redaction/reading.py`); a note adds what it reads anew. Not in the
    # JSON, not in the fingerprint: it is derived from the texts, like the search index.
    readings: dict[str, list] = field(default_factory=dict, repr=False, compare=False)

    def fingerprint(self) -> str:
        """The hash of everything the note is built from: the export JSON and the manual
        redactions. An approval holds while this stays the same; marking a response as
        reviewed changes nothing published, so it is left out."""
        content = self.to_json()
        for r in content["responses"]:
            r.pop("reviewed", None)
        content["manual_redactions"] = [[m.number, m.text, str(m.action)] for m in self.manual_redactions]
        encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()

    @property
    def approved(self) -> bool:
        """Approved for publication, and nothing the note is built from has changed since."""
        return self.approval is not None and self.approval.fingerprint == self.fingerprint()

    def to_json(self) -> dict[str, Any]:
        """The export JSON (see docs/ARCHITECTURE.md), ready for `json.dumps`."""
        return {
            "format_version": self.format_version,
            "consultation": {"slug": self.slug, **self.config.to_json()},
            "responses": [r.to_json() for r in self.responses],
            "missing_parties": self.missing_parties,
            "theme_summaries": {
                key: [e.to_json() for e in extracts] for key, extracts in self.theme_summaries.items()
            },
            "suggested_themes": [s.to_json() for s in self.suggested_themes],
            "remarks": {
                key: {"text": e.text, "recommendation": e.recommendation} for key, e in self.remarks.items()
            },
        }

    @property
    def counted_responses(self) -> list[ExportedResponse]:
        """The responses not excluded by a person: what the note and spreadsheet show."""
        return [r for r in self.responses if r.excluded is None]

    def without_excluded(self) -> ConsultationExport:
        """The export as the note sees it: excluded responses gone, also from the suggested
        themes' responses and passages (their extracts were made without them)."""
        gone = {r.number for r in self.responses if r.excluded is not None}
        if not gone:
            return self
        suggestions = [
            dataclasses.replace(
                s, numbers=[n for n in s.numbers if n not in gone],
                passages=[p for p in s.passages if p.number not in gone],
            )  # fmt: skip
            for s in self.suggested_themes
        ]
        return dataclasses.replace(self, responses=self.counted_responses, suggested_themes=suggestions)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConsultationExport:
        """An export JSON read back (see "reading an export back" below for what it tolerates)."""
        return _consultation_export(data)


def export_consultation(
    archive: Archive, slug: str, *, progress: Callable[[int, int], None] | None = None
) -> ConsultationExport:
    """Everything the archive knows about consultation `slug`, gathered once. `progress(done,
    total)` is told each response read when the summaries are computed (not stored yet)."""
    from .readings import kept_readings

    consultation = archive.consultation(slug)
    responses = archive.responses(consultation)
    review = review_store.state(archive.db, consultation.id)
    excluded = review.excluded
    themes = _theme_findings(archive, consultation, responses, set(excluded), progress)
    exported = []
    for r in responses:
        item = ExportedResponse.from_response(
            r, themes.tags[r.number], themes.no_comment[r.number], themes.summaries.get(r.number, "")
        )
        decided = review.response(r.number)
        item.excluded, item.reviewed = decided.excluded_reason, decided.reviewed
        item.comment = decided.comment.text if decided.comment else ""
        exported.append(item)
    counted = [r for r in responses if r.number not in excluded]
    return ConsultationExport(
        slug=consultation.slug,
        config=consultation.config,
        responses=exported,
        # An excluded response does not answer for its party (it may not be this consultation's).
        missing_parties=missing_parties(consultation.config.parties, counted),
        theme_summaries=themes.extracts,
        suggested_themes=themes.suggestions,
        manual_redactions=publication_store.manual_redactions(archive.db, consultation.id),
        approval=publication_store.approval(archive.db, consultation.id),
        remarks={key: e for key, e in review.themes.items() if e.text or e.recommendation},
        readings=kept_readings(archive, consultation),
    )


# --- the themes layer ---------------------------------------------------------------------
# Tags, résumés, theme extracts and suggestions come from the themes layer; every call into it
# is in `_theme_findings`, so it is the one place to re-point when that layer moves.


@dataclass
class _ThemeFindings:
    tags: dict[int, list[ThemeTag]]  # by response number: the themes it discusses
    no_comment: dict[int, list[str]]  # by response number: theme keys it says it has no comment on
    summaries: dict[int, str]  # by number, for readable responses only
    extracts: dict[str, list[ThemeExtract]]  # per theme key of the config, in its order
    suggestions: list[ThemeSuggestion]


def _theme_findings(
    archive: Archive,
    consultation: Consultation,
    responses: list[Response],
    excluded: set[int],
    progress=None,
) -> _ThemeFindings:
    # The summariser loads the language layer (when the archive has no summaries of these
    # texts and tags yet): imported only when exporting.
    from .summaries import consultation_summaries
    from .themes import consultation_tags, suggestions

    by_id = consultation_tags(archive, consultation)
    tags = {r.number: by_id.get(r.id, []) for r in responses}
    readable = [r for r in responses if r.status == Status.OK and r.number not in excluded]
    resumes, extracts = consultation_summaries(
        archive, consultation, [r.text for r in readable], [tags[r.number] for r in readable], progress=progress,
        responses=readable,
    )
    summaries = dict(zip((r.number for r in readable), resumes, strict=True))
    return _ThemeFindings(
        tags={
            number: [
                t
                for t in found
                if t.state == TagState.DISCUSSES
            ]
            for number, found in tags.items()
        },  # fmt: skip
        no_comment={n: [t.key for t in found if t.state == TagState.NO_COMMENT] for n, found in tags.items()},
        summaries=summaries,
        extracts={
            key: [
                ThemeExtract(readable[e.response].number, readable[e.response].sender, e.text)
                for e in extracts.get(key, [])
            ]
            for key in consultation.config.themes
        },
        suggestions=suggestions(archive, consultation),
    )



# --- reading an export back -------------------------------------------------------------------
# An export saved by an earlier version, or written by hand, may leave fields out or spell a
# value loosely; it is read as the note has always read it. A missing field takes the value a
# response without it has (no themes, not late, no links), a number may be a string, a party
# may be {"name": …}, a theme extract or a suggestion's passage may be a bare string.


def _consultation_export(data: dict[str, Any]) -> ConsultationExport:
    config = _config(data.get("consultation") or {})
    responses = [
        _response(r) for r in sorted(data.get("responses") or [], key=lambda r: int(r.get("id") or 0))
    ]
    if "missing_parties" in data:
        missing = [_party_name(p) for p in data.get("missing_parties") or []]
    else:  # an export from before the field: as export_consultation computes it
        missing = missing_parties(config.parties, [r for r in responses if r.excluded is None])
    return ConsultationExport(
        slug=str((data.get("consultation") or {}).get("slug") or ""),
        config=config,
        responses=responses,
        missing_parties=missing,
        theme_summaries={
            str(key): [_extract(item) for item in items or []]
            for key, items in (data.get("theme_summaries") or {}).items()
        },
        suggested_themes=[_suggestion(s) for s in data.get("suggested_themes") or []],
        format_version=data.get("format_version", FORMAT_VERSION),
        remarks={
            str(key): Edit(str(e.get("text") or ""), 0, "", "", str(e.get("recommendation") or ""))
            for key, e in (data.get("remarks") or {}).items()
            if isinstance(e, dict)
        },
    )


def _config(c: dict[str, Any]) -> ConsultationConfig:
    themes = {}
    for key, spec in (c.get("themes") or {}).items():
        spec = spec or {}
        # An unlabelled theme keeps "" here: the note decides what to show instead.
        themes[str(key)] = Theme(str(key), spec.get("label") or "", list(spec.get("keywords") or []))
    return ConsultationConfig(
        title=c.get("title") or "",
        case_number=c.get("case_number") or None,
        committee=c.get("committee") or None,
        department=c.get("department") or None,
        deadline=_date(c.get("deadline")),
        parties=[name for name in map(_party_name, c.get("parties") or []) if name],
        themes=themes,
        publish_citizen_names=bool(c.get("publish_citizen_names")),
        delete_after_days=_number(c.get("delete_after_days")),
        limits=dict(c.get("limits") or {}),
    )


def _response(r: dict[str, Any]) -> ExportedResponse:
    ids = {name: _number(r.get(name)) for name in ("duplicate_of", "revision_of", "via_email")}
    return ExportedResponse(
        number=int(r.get("id") or 0),
        status=member(Status, r.get("status") or Status.OK),
        file=r.get("file"),
        sha256=r.get("sha256"),
        format=r.get("format"),
        error=r.get("error"),
        error_code=r.get("error_code"),
        sender=r.get("sender"),
        sender_source=member(SenderSource, r.get("sender_source")),
        # No kind stays None: the note treats it as a private person's (the safe mistake).
        sender_kind=member(SenderKind, r.get("sender_kind")),
        party=r.get("party") or None,
        sender_confidence=r.get("sender_confidence"),
        received=r.get("received"),
        pages=r.get("pages"),
        text_chars=r.get("text_chars"),
        size=r.get("size"),
        collected=r.get("collected"),
        warnings=list(r.get("warnings") or []),
        text=r.get("text"),
        themes=[
            ThemeTag(
                str(t["key"]),
                TagState.DISCUSSES,
                member(Stance, t.get("stance") or None),
                list(t.get("evidence") or []),
                list(t.get("triggers") or []),
                source=member(TagSource, t.get("source") or TagSource.AUTO),
                stance_cues=list(t.get("cues") or []),
                confidence=float(t["confidence"]) if t.get("confidence") is not None else None,
            )
            for t in r.get("themes") or []
            if t.get("key")
        ],
        themes_no_comment=[str(k) for k in r.get("themes_no_comment") or []],
        summary=r.get("summary") or "",
        # Form letters are grouped under their first member's number, which may be 0 by hand.
        campaign=int(r["campaign"]) if r.get("campaign") not in (None, "") else None,
        late=bool(r.get("late")),
        received_source=member(ReceivedSource, r.get("received_source")),
        ocr=bool(r.get("ocr")),
        excluded=str(r["excluded"]) if r.get("excluded") else None,
        reviewed=bool(r.get("reviewed")),
        comment=str(r.get("comment") or ""),
        **ids,
    )


def _extract(item: dict[str, Any] | str) -> ThemeExtract:
    if isinstance(item, str):
        return ThemeExtract(None, None, item)
    return ThemeExtract(_number(item.get("response_id"), zero=True), item.get("sender"), item.get("text") or "")


def _suggestion(s: dict[str, Any]) -> ThemeSuggestion:
    numbers = [int(i) for i in s.get("response_ids") or []]
    passages = []
    for p in s.get("passages") or []:
        if isinstance(p, dict):
            passages.append(SuggestionPassage(_number(p.get("response_id"), zero=True), p.get("text") or ""))
        else:  # a bare string: whose it is is known only when one response raised the topic
            passages.append(SuggestionPassage(numbers[0] if len(numbers) == 1 else None, str(p)))
    return ThemeSuggestion(
        n=int(s.get("n") or 0),
        label=s.get("label") or "",
        keywords=list(s.get("keywords") or []),
        numbers=numbers,
        passages=passages,
        accepted_key=str(s["accepted_key"]) if s.get("accepted_key") else None,
        discarded=bool(s.get("discarded")),
    )


def _number(value: Any, *, zero: bool = False) -> int | None:
    """A response number; empty (and 0, which no response has, unless `zero`) is none."""
    if value in (None, "") or (not zero and not value):
        return None
    return int(value)


def _party_name(party: Any) -> str:
    if isinstance(party, dict):
        return str(party.get("name") or party.get("label") or "")
    return str(party or "")


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
