"""Links between a consultation's responses, recomputed after every collect and config change:
late, form-letter campaigns (`pipeline.campaigns`) and revisions.

`update_links(db, consultation)` runs inside a transaction and only writes rows that change.

**Late.** `late` = the received date (see `pipeline.intake` for where it comes from) is after
the consultation's deadline; a response received on the deadline day is on time.

**Revisions.** A response revises an earlier one from the same sender - the same party, or
else the same sender name - when

- it says so: "rettet", "revideret", "opdateret", "korrigeret", "ny version", "v2" … in its
  file name or its e-mail's subject, or "rettet version", "revideret høringssvar",
  "erstatter vores tidligere …", "erstatter vores svar af 3. marts" at the start of its text
  or its e-mail's body; it is then
  linked to the most similar earlier response of that sender, or
- it does not say so, but its text is at least `SIMILAR` alike (Jaccard of word 3-shingles)
  to an earlier response of that sender: a resent, slightly edited answer. Two different
  answers from one party (one about each element of a proposal) stay apart.

"Earlier" is by the evidence: a response that says it is a corrected version is newer than
one that does not (a file named "…_endelig" can be the superseded one), then by received
date, then number; the newer supersedes the older, never the reverse. Only the newest version of a chain is a
candidate, so versions chain (1 <- 4 <- 7). Responses that came in the same e-mail, covering
e-mails and exact duplicates are never linked. The note counts only the newest version.
A person's decision wins: `corrections.set_revision(archive, slug, number, of)` stores an override
(field "revision_of"; "" means "not a revision") that is applied before the rules; and
`review.set_campaign` one (field "campaign_of") laid over the form-letter groups.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import numpy as np

from ..model import Response, Status
from ..store import Archive, Consultation
from ..store import corrections as stored_corrections
from ..store import responses as stored
from . import campaigns

SIMILAR = 0.5
_NAME_CUE = re.compile(
    r"(?<![^\W_])(?:rettet|rettelse|revideret|revision|opdateret|korrigeret|"
    r"ny\s+version|nyt\s+svar|version\s*2|v2|erstatter)(?![^\W_])",
    re.IGNORECASE,
)
_TEXT_CUE = re.compile(
    r"\b(?:(?:rettet|revideret|opdateret|korrigeret|ændret|ny)\s+(?:version|udgave)"
    r"|(?:rettet|revideret|opdateret|korrigeret|nyt)\s+(?:høringssvar|svar)"
    r"|erstatter\s+(?:vores|mit|min|det|den|hermed)\s+(?:\w+\s+){0,2}?(?:høringssvar|svar|brev|udgave|version|tidligere|forrige|første)"
    r"|(?:rettelse|korrektion)\s+til\s+(?:vores|mit|det)"
    r"|(?:tidligere|forrige)\s+fremsendte?\s+(?:høringssvar|svar))",
    re.IGNORECASE,
)
_HEAD = 400


@dataclass
class _Row:
    id: int
    number: int
    status: str
    sender_key: str | None
    received: str
    root: int  # the outermost e-mail it came in (itself when none)
    cue: bool
    words: set[str]


def relink(archive: Archive, consultation: Consultation, known: dict | None = None) -> int:
    """`update_links` in a transaction of its own (after a collect's files)."""
    with archive.transaction() as db:
        return update_links(db, consultation, known=known)


def update_links(
    db: sqlite3.Connection,
    consultation: Consultation,
    known: dict[int, tuple[str | None, np.ndarray]] | None = None,
) -> int:
    """Recompute late, campaign and revision_of for a consultation; returns rows changed.

    `known`: {response number: (sender, `campaigns.token_ids(campaigns.words(text, sender))`)}
    already computed, by collect's workers for the files just read; an entry is used when
    the response's sender is still that sender (a correction or an e-mail's sender may
    have replaced it since).
    """
    known = known or {}
    responses = stored.in_consultation(db, consultation.id)
    deadline = consultation.config.deadline.isoformat() if consultation.config.deadline else None
    late = {r.number: bool(deadline and r.received and r.received[:10] > deadline) for r in responses}
    tokens = {}
    for r in responses:
        sender, ids = known.get(r.number, (None, None))
        if ids is None or sender != r.sender:
            ids = campaigns.token_ids(campaigns.words(r.text or "", r.sender))
        tokens[r.number] = ids
    letters = [
        campaigns.Letter(r.number, r.text, r.sender, tokens[r.number])
        for r in responses
        if r.status == Status.OK
    ]
    campaign = campaigns.campaigns(letters)
    for r in responses:
        if r.duplicate_of is not None and r.duplicate_of in campaign:
            campaign[r.number] = campaign[r.duplicate_of]
    campaign = campaigns_overridden(campaign, _campaign_overrides(db, consultation))
    revision = revisions(responses, _overrides(db, consultation), tokens)
    changes = []
    for r in responses:
        new = (late[r.number], campaign.get(r.number), revision.get(r.number))
        if new != (r.late, r.campaign, r.revision_of):
            changes.append((r.id, *new))
    stored.set_links(db, changes)
    return len(changes)


def _overrides(db: sqlite3.Connection, consultation: Consultation) -> dict[int, int | None]:
    values = stored_corrections.field_overrides(db, consultation.id, "revision_of")
    return {number: int(value) if value else None for number, value in values.items()}


def _campaign_overrides(db: sqlite3.Connection, consultation: Consultation) -> dict[int, int | None]:
    values = stored_corrections.field_overrides(db, consultation.id, "campaign_of")
    return {number: int(value) if value else None for number, value in values.items()}


def campaigns_overridden(campaign: dict[int, int], overrides: dict[int, int | None]) -> dict[int, int]:
    """The automatic form-letter groups ({number: group id}) with a person's decisions laid
    over them: {number: m} puts `number` in `m`'s group (a group of the two when `m` has
    none), {number: None} takes it out of any. A group of one is no group; a group's id is
    its lowest number, as the automatic groups'."""
    groups: dict[int, set[int]] = {}
    for number, group in campaign.items():
        groups.setdefault(group, set()).add(number)
    member_of = {n: g for g, members in groups.items() for n in members}
    for number, of in sorted(overrides.items()):
        old = member_of.pop(number, None)
        if old is not None:
            groups[old].discard(number)
        if of is None or of == number:
            continue
        target = member_of.get(of)
        if target is None:
            target = of
            groups.setdefault(target, set()).add(of)
            member_of[of] = target
        groups.setdefault(target, set()).add(number)
        member_of[number] = target
    result: dict[int, int] = {}
    for members in groups.values():
        if len(members) > 1:
            first = min(members)
            result.update((n, first) for n in members)
    return result


def revisions(
    rows: list[Response], overrides: dict[int, int | None] | None = None, tokens: dict | None = None
) -> dict[int, int]:
    """{number: number of the earlier version it revises} (see the module docstring)."""
    overrides = overrides or {}
    tokens = tokens or {}
    by_number = {r.number: r for r in rows}
    metadata = {r.number: _document(r) for r in rows}
    links: dict[int, int] = {n: v for n, v in overrides.items() if v is not None and n in by_number}
    groups: dict[str, list[_Row]] = {}
    for r in rows:
        if r.status in (Status.COVER, Status.DUPLICATE) or r.duplicate_of is not None:
            continue
        key = (r.party or r.sender or "").casefold().strip() or None
        if key is None:
            continue
        email = by_number.get(r.via_email) if r.via_email else None
        email_meta = metadata.get(email.number, {}) if email else {}
        own = metadata[r.number]
        cue = bool(
            _NAME_CUE.search(re.sub(r"[_\-.]+", " ", r.file or ""))
            or _NAME_CUE.search(own.get("subject") or "")
            or _NAME_CUE.search(email_meta.get("subject") or "")
            or _TEXT_CUE.search((r.text or "")[:_HEAD])
            or (email is not None and _TEXT_CUE.search((email.text or "")[:_HEAD]))
        )
        row = _Row(r.id, r.number, r.status, key, r.received or "", _root(r, by_number), cue, set())
        groups.setdefault(key, []).append(row)
    for members in groups.values():
        if len(members) < 2:
            continue
        for member in members:
            text = by_number[member.number].text or ""
            ids = tokens.get(member.number)
            member.words = campaigns.shingles(ids if ids is not None else campaigns.words(text), 3)
        # Newer last: what says it is a corrected version is newer than what does not,
        # whatever the names or dates suggest; then the later received date; then the number.
        members.sort(key=lambda m: (m.cue, m.received, m.number))
        superseded = {v for v in links.values()}
        for index, member in enumerate(members):
            if member.number in overrides:
                continue
            heads = [
                m for m in members[:index]
                if m.root != member.root and m.number not in superseded
            ]  # fmt: skip
            if not heads:
                continue
            scored = [(campaigns.jaccard(m.words, member.words), m.received, m.number) for m in heads]
            best = max(scored)
            if member.cue or best[0] >= SIMILAR:
                links[member.number] = best[2]
                superseded.add(best[2])
    return links


def _document(response: Response) -> dict:
    return response.document


def _root(row: Response, by_number: dict[int, Response]) -> int:
    seen = set()
    while row.via_email and row.via_email in by_number and row.number not in seen:
        seen.add(row.number)
        row = by_number[row.via_email]
    return row.number
