"""Themes in the archive: the tags, their passage links, a person's corrections, suggestions.

The `tags` table holds the *effective* tags of a response: what the tagger found with a
person's corrections already laid over it (`hoering.analysis.themes.overlay_corrections`),
so every reader sees the same themes. `tag_corrections` keeps those corrections, by response
number, so they survive a re-read and a re-tag. `suggested_themes` holds the last suggestions,
numbered for `themes --accept N`.

Every function takes a connection (the archive's, or a transaction's) and finished records,
and returns records (`hoering.model`). The statements use only SQL that SQLite and
PostgreSQL share (`ON CONFLICT` upserts rather than `INSERT OR REPLACE`), so a second
backend can run them as written; only the `?` placeholders are the driver's business.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..model import CorrectionAction, Status, TagCorrection, TagState, ThemeSuggestion, ThemeTag
from . import records


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- tags ---------------------------------------------------------------------


def replace_tags(db: sqlite3.Connection, response_id: int, tags: Iterable[ThemeTag]) -> None:
    """Make `tags` the response's tags, and link each discussed theme to its passages."""
    db.execute("DELETE FROM tags WHERE response_id = ?", (response_id,))
    db.execute(
        "DELETE FROM passage_tags WHERE passage_id IN (SELECT id FROM passages WHERE response_id = ?)",
        (response_id,),
    )
    for tag in tags:
        db.execute(
            "INSERT INTO tags (response_id, theme, state, stance, evidence, triggers, cues, source, "
            "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (response_id, tag.key, tag.state, tag.stance, _json(tag.evidence), _json(tag.triggers),
             _json(tag.stance_cues), tag.source, tag.confidence),
        )  # fmt: skip
        if tag.state == TagState.DISCUSSES:
            db.executemany(
                "INSERT INTO passage_tags (passage_id, theme) "
                "SELECT id, ? FROM passages WHERE response_id = ? AND ordinal = ? "
                "ON CONFLICT DO NOTHING",
                [(tag.key, response_id, ordinal) for ordinal in tag.passages],
            )


def response_tags(db: sqlite3.Connection, response_id: int) -> list[ThemeTag]:
    """The tags of one response (by row id), in the order they were written."""
    rows = db.execute("SELECT * FROM tags WHERE response_id = ? ORDER BY id", (response_id,))
    return [records.theme_tag(r) for r in rows]


def response_tags_with_passages(db: sqlite3.Connection, response_id: int) -> list[ThemeTag]:
    """The tags of one response with their passages' ordinals (`ThemeTag.passages`) read back
    from the theme links, so that writing them again (`replace_tags`) keeps the links."""
    linked: dict[str, list[int]] = defaultdict(list)
    rows = db.execute(
        "SELECT pt.theme, p.ordinal FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id "
        "WHERE p.response_id = ? ORDER BY p.ordinal",
        (response_id,),
    )
    for theme, ordinal in rows:
        linked[theme].append(ordinal)
    return [dataclasses.replace(t, passages=linked.get(t.key, [])) for t in response_tags(db, response_id)]


def consultation_tags(
    db: sqlite3.Connection, consultation_id: int, *, status: Status | None = None
) -> dict[int, list[ThemeTag]]:
    """The tags of every response of a consultation (with `status`, of those only), by row id."""
    sql = "SELECT t.* FROM tags t JOIN responses r ON r.id = t.response_id WHERE r.consultation_id = ?"
    args: list = [consultation_id]
    if status is not None:
        sql += " AND r.status = ?"
        args.append(status)
    out: dict[int, list[ThemeTag]] = defaultdict(list)
    for row in db.execute(sql + " ORDER BY t.response_id, t.id", args):
        out[row["response_id"]].append(records.theme_tag(row))
    return dict(out)


# --- a person's corrections ---------------------------------------------------------


def stance_decisions(db: sqlite3.Connection) -> list[tuple[int, str, str, list[str]]]:
    """Every stance a person set, in every consultation, as (consultation id, theme, stance,
    the evidence of the tag it was set on): the learned stance model's examples."""
    rows = db.execute(
        "SELECT c.consultation_id, c.theme, c.stance, t.evidence FROM tag_corrections c "
        "JOIN responses r ON r.consultation_id = c.consultation_id AND r.number = c.number "
        "JOIN tags t ON t.response_id = r.id AND t.theme = c.theme "
        "WHERE c.action = 'add' AND c.stance IS NOT NULL ORDER BY c.consultation_id, c.number, c.theme"
    )
    return [(cid, theme, stance, json.loads(evidence)) for cid, theme, stance, evidence in rows]


def presence_decisions(db: sqlite3.Connection) -> list[tuple[int, int, str, bool]]:
    """Every theme a person confirmed, set or removed, in every consultation, as
    (consultation id, response number, theme, whether it is discussed): the learned
    theme-presence model's examples."""
    rows = db.execute(
        "SELECT consultation_id, number, theme, action FROM tag_corrections "
        "ORDER BY consultation_id, number, theme"
    )
    return [(cid, number, theme, action == CorrectionAction.ADD) for cid, number, theme, action in rows]


def save_correction(db: sqlite3.Connection, correction: TagCorrection) -> None:
    """Record a correction; it replaces an earlier one on the same response and theme."""
    db.execute(
        "INSERT INTO tag_corrections (consultation_id, number, theme, action, stance, created, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (consultation_id, number, theme) DO UPDATE SET "
        "action = excluded.action, stance = excluded.stance, created = excluded.created, "
        "evidence = excluded.evidence",
        (correction.consultation_id, correction.number, correction.theme, correction.action,
         correction.stance, correction.created, correction.evidence),
    )  # fmt: skip


def corrections(db: sqlite3.Connection, consultation_id: int) -> dict[int, list[TagCorrection]]:
    """Every correction in a consultation, by response number."""
    rows = db.execute(
        "SELECT * FROM tag_corrections WHERE consultation_id = ? ORDER BY number, theme",
        (consultation_id,),
    )
    out: dict[int, list[TagCorrection]] = defaultdict(list)
    for row in rows:
        out[row["number"]].append(records.tag_correction(row))
    return dict(out)


def response_corrections(db: sqlite3.Connection, response_id: int) -> list[TagCorrection]:
    """The corrections of one response, found by its row id (they are kept by number)."""
    rows = db.execute(
        "SELECT c.* FROM tag_corrections c JOIN responses r "
        "ON r.consultation_id = c.consultation_id AND r.number = c.number "
        "WHERE r.id = ? ORDER BY c.theme",
        (response_id,),
    )
    return [records.tag_correction(r) for r in rows]


# --- suggested themes ----------------------------------------------------------------


def replace_suggestions(
    db: sqlite3.Connection, consultation_id: int, suggestions: Sequence[ThemeSuggestion]
) -> None:
    """Make `suggestions` the consultation's suggestions (the earlier ones go)."""
    db.execute("DELETE FROM suggested_themes WHERE consultation_id = ?", (consultation_id,))
    for s in suggestions:
        passages = [{"response_id": number, "text": text} for number, text in s.passages]
        db.execute(
            "INSERT INTO suggested_themes (consultation_id, n, label, keywords, response_numbers, "
            "passages, accepted_key, created, discarded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (consultation_id, s.n, s.label, _json(s.keywords), json.dumps(s.numbers),
             _json(passages), s.accepted_key, s.created, int(s.discarded)),
        )  # fmt: skip


def suggestions(db: sqlite3.Connection, consultation_id: int) -> list[ThemeSuggestion]:
    rows = db.execute(
        "SELECT * FROM suggested_themes WHERE consultation_id = ? ORDER BY n", (consultation_id,)
    )
    return [records.suggestion(r) for r in rows]


def suggestion(db: sqlite3.Connection, consultation_id: int, n: int) -> ThemeSuggestion | None:
    row = db.execute(
        "SELECT * FROM suggested_themes WHERE consultation_id = ? AND n = ?", (consultation_id, n)
    ).fetchone()
    return None if row is None else records.suggestion(row)


def mark_accepted(db: sqlite3.Connection, consultation_id: int, n: int, key: str) -> None:
    """Record that suggestion `n` became the theme `key`."""
    db.execute(
        "UPDATE suggested_themes SET accepted_key = ?, discarded = 0 WHERE consultation_id = ? AND n = ?",
        (key, consultation_id, n),
    )


def mark_discarded(db: sqlite3.Connection, consultation_id: int, n: int) -> None:
    db.execute(
        "UPDATE suggested_themes SET discarded = 1 WHERE consultation_id = ? AND n = ?", (consultation_id, n)
    )


def rekey_accepted(db: sqlite3.Connection, consultation_id: int, old: str, new: str) -> None:
    """Suggestions accepted as theme `old` now point at `new` (renamed or merged)."""
    db.execute(
        "UPDATE suggested_themes SET accepted_key = ? WHERE consultation_id = ? AND accepted_key = ?",
        (new, consultation_id, old),
    )


def rekey_corrections(db: sqlite3.Connection, consultation_id: int, old: str, new: str) -> None:
    """A person's corrections on theme `old` move to `new`; where a response has corrections
    on both, the one on `new` wins (it was made about the theme that stays)."""
    db.execute(
        "DELETE FROM tag_corrections WHERE consultation_id = ? AND theme = ? AND number IN "
        "(SELECT number FROM tag_corrections WHERE consultation_id = ? AND theme = ?)",
        (consultation_id, old, consultation_id, new),
    )
    db.execute(
        "UPDATE tag_corrections SET theme = ? WHERE consultation_id = ? AND theme = ?",
        (new, consultation_id, old),
    )
