"""The note's themes: one column and one section per theme, and the overview table.

Columns are the consultation's themes, then the accepted suggestions ("emner uden for
indstillingen"). Only counted responses (readable, not a duplicate, not superseded by a
revision) are counted or quoted, so a form letter counts once per sender but is quoted once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import SenderKind, Stance
from ..redaction import Redactor
from .model import (
    MENTION_MARK,
    NO_COMMENT_MARK,
    STANCE_MARKS,
    OverviewRow,
    Passage,
    ResponseEntry,
    ThemeSection,
)
from .text import (
    abbreviate,
    clean_chars,
    is_statement,
    join_da,
    lower_first,
    numbers_text,
    split_paragraphs,
    standalone,
)

if TYPE_CHECKING:
    from ..export import ConsultationExport, ThemeExtract
    from ..model import SuggestionPassage


def theme_columns(export: ConsultationExport) -> list[ThemeSection]:
    """The overview's columns: the proposal's themes, then those accepted from suggestions."""
    accepted = [s for s in export.suggested_themes if s.accepted_key]
    accepted_keys = [s.accepted_key for s in accepted]
    themes = export.config.themes
    columns: list[ThemeSection] = []
    for key, theme in themes.items():
        if key in accepted_keys:
            continue
        label = theme.label or key
        columns.append(ThemeSection(len(columns) + 1, key, label, abbreviate(label), emergent=False))
    for s in accepted:
        key = s.accepted_key
        label = (themes[key].label if key in themes else "") or s.label or key
        columns.append(ThemeSection(len(columns) + 1, key, label, abbreviate(label), emergent=True))
    return columns


def mark_themes(entries: list[ResponseEntry], columns: list[ThemeSection]) -> None:
    """Each response's mark per column: its stance, a mention, no comment, or nothing."""
    for e in entries:
        e.marks = [
            STANCE_MARKS.get(e.stances[col.key], MENTION_MARK)
            if col.key in e.stances
            else (NO_COMMENT_MARK if col.key in e.no_comment else "")
            for col in columns
        ]


def fill_theme_sections(
    columns: list[ThemeSection],
    entries: list[ResponseEntry],
    export: ConsultationExport,
    redactor: Redactor,
    letters: dict[int, list[ResponseEntry]] | None = None,
) -> None:
    """Per theme: the counts and their sentence, the quoted passages, who had no comment.

    A form letter (`letters`, by campaign) counts once, as its first counted sender, and the
    count sentence says how many senders it stands for."""
    letters = letters or {}
    by_number = {e.number: e for e in entries}
    counted = [e for e in entries if e.counted]
    # The responses the counts count: a form letter's first sender stands for all of them.
    counting = [e for e in counted if e.campaign not in letters or letters[e.campaign][0] is e]
    accepted = [s for s in export.suggested_themes if s.accepted_key]
    for col in columns:
        campaigns = []
        for e in counting:
            if col.key in e.stances:
                col.mentions += 1
                stance = e.stances[col.key]
                col.against += stance == Stance.AGAINST
                col.support += stance == Stance.SUPPORTS
                col.neutral += stance == Stance.NEUTRAL
                if e.campaign in letters:
                    campaigns.append(letters[e.campaign])
            elif col.key in e.no_comment:
                col.no_comment += 1
        col.count_sentence = count_sentence(col, len(counting)) + "".join(
            f" Enslydende svar fra {len(group)} {senders_word(group)} "
            f"(nr. {numbers_text([g.number for g in group])}) er talt som ét." for group in campaigns)
        items = export.theme_summaries.get(col.key)
        if items is None and col.emergent:
            # A theme accepted after the export's extracts were made: its suggestion's passages.
            items = [p for s in accepted if s.accepted_key == col.key for p in s.passages]
        col.passages = quoted_passages(items or [], by_number, redactor)
        silent = [e for e in counted if col.key in e.no_comment]
        if silent:
            col.no_comment_text = (
                "Ingen kommentarer til temaet fra "
                + join_da(f"nr. {e.number} ({e.sender})" for e in silent)
                + "."
            )


def fill_remarks(columns: list[ThemeSection], export: ConsultationExport) -> None:
    """Per theme: the department's remarks and recommendation a person wrote. They are the
    department's own words, so not redacted; characters no format holds are removed."""
    for col in columns:
        edit = export.remarks.get(col.key)
        if edit is not None:
            col.remarks = split_paragraphs(clean_chars(edit.text))
            col.recommendation = split_paragraphs(clean_chars(edit.recommendation))


def count_sentence(col: ThemeSection, total: int) -> str:
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


def quoted_passages(
    items: list[ThemeExtract] | list[SuggestionPassage],
    entries: dict[int, ResponseEntry],
    redactor: Redactor,
) -> list[Passage]:
    """The passages quoted under a theme, each once: a form letter's shared sentence is
    attributed to all its senders, a duplicate's or a superseded revision's is left out.
    A quote is a whole statement: a signature or heading is none, and a sentence that leans
    on the one before it ("Det er vi bekymrede for.") is quoted with it."""
    merged: dict[str, Passage] = {}
    for item in items:
        n = item.number
        entry = entries.get(n) if n is not None else None
        if entry is not None and not entry.counted:
            continue  # a duplicate's or superseded revision's passage is already there once
        citizen = entry is None or entry.kind == SenderKind.CITIZEN
        text = redactor.text(item.text, citizen=citizen, number=n).strip()
        if not text or not is_statement(text):
            continue  # a signature or a heading is no evidence
        if entry is not None:
            text = standalone(text, entry.paragraphs)
        key = " ".join(text.split()).casefold()
        if key in merged:
            if n is not None and n not in merged[key].numbers:
                merged[key].numbers.append(n)
            continue
        merged[key] = Passage(text, "", [n] if n is not None else [])
    for p in merged.values():
        if len(p.numbers) == 1:
            p.attribution = f"nr. {p.numbers[0]}, {redactor.senders[p.numbers[0]]}"
        elif p.numbers:
            p.attribution = f"nr. {numbers_text(p.numbers)}, enslydende"
    return list(merged.values())


def overview_rows(
    counted: list[ResponseEntry], letters: dict[int, list[ResponseEntry]]
) -> list[OverviewRow]:
    """One row per counted response; a form letter's senders share one row."""
    rows: list[OverviewRow] = []
    done: set[int] = set()
    for e in counted:
        if e.campaign in letters:
            if e.campaign in done:
                continue
            done.add(e.campaign)
            group = letters[e.campaign]
            rows.append(
                OverviewRow(
                    numbers_text([g.number for g in group]),
                    f"Enslydende svar fra {len(group)} {senders_word(group)}",
                    e.marks,
                    len(group),
                )
            )
        else:
            rows.append(OverviewRow(str(e.number), e.sender, e.marks, 1))
    return rows


def senders_word(group: list[ResponseEntry]) -> str:
    return "borgere" if all(g.citizen for g in group) else "afsendere"
