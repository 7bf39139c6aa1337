"""The note's text compilation (tekstsamling): every response's text, each once.

A form letter is given once, under all its senders; a duplicate, a superseded revision and an
unreadable file get a heading and a note saying where their text is (or that it must be read
in the original file), so every number the note mentions can be found.
"""

from __future__ import annotations

from .model import CompilationEntry, ResponseEntry
from .text import join_da, numbers_text
from .themes import senders_word


def text_compilation(
    entries: list[ResponseEntry], letters: dict[int, list[ResponseEntry]]
) -> list[CompilationEntry]:
    by_number = {e.number: e for e in entries}
    out: list[CompilationEntry] = []
    shown_letters: set[int] = set()
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
            out.append(_heading_only(e, notes))
            continue
        if e.duplicate:
            target = (
                f" af nr. {e.duplicate_of}; teksten er gengivet under nr. {e.duplicate_of}"
                if e.duplicate_of
                else ""
            )
            notes.append(f"Dublet{target}.")
            out.append(_heading_only(e, notes))
            continue
        if e.superseded_by is not None:
            notes.append(
                f"Erstattet af en revideret udgave, nr. {e.superseded_by}, som er gengivet under nr. "
                f"{e.superseded_by}."
            )
            out.append(_heading_only(e, notes))
            continue
        if e.revision_of is not None:
            older = by_number.get(e.revision_of)
            when = f" (modtaget {older.received_text})" if older and older.received_text else ""
            notes.append(
                f"Revideret udgave af høringssvar nr. {e.revision_of}{when}. Den nyeste udgave er "
                "gengivet og indgår i opgørelsen."
            )
        if e.campaign in letters:
            if e.campaign in shown_letters:
                continue
            shown_letters.add(e.campaign)
            out.append(_form_letter(e, letters[e.campaign], notes))
            continue
        out.append(
            CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, e.summary, e.paragraphs)
        )
    return out


def _heading_only(e: ResponseEntry, notes: list[str]) -> CompilationEntry:
    return CompilationEntry(f"{e.number}. {e.sender}", [e.number], notes, "", [])


def _form_letter(
    e: ResponseEntry, group: list[ResponseEntry], notes: list[str]
) -> CompilationEntry:
    """A form letter's text once, from its first counted sender, under all its senders."""
    numbers = [g.number for g in group]
    notes.insert(0, "Afsendere: " + join_da(f"{g.sender} (nr. {g.number})" for g in group) + ".")
    notes.append(f"Teksten er gengivet én gang, fra nr. {e.number}.")
    late = [g.number for g in group if g.late and g is not e]
    if late:
        notes.append(f"Nr. {numbers_text(late)} er modtaget efter høringsfristen.")
    heading = f"{numbers_text(numbers)}. Enslydende høringssvar fra {len(group)} {senders_word(group)}"
    return CompilationEntry(heading, numbers, notes, e.summary, e.paragraphs)
