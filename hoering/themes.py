"""Themes in the archive: machine tags, a person's corrections laid over them, suggestions.

The `tags` table always holds the *effective* tags of a response: what the
tagger found, with the corrections in `tag_corrections` applied on top and
marked `source = 'manual'`. Re-tagging recomputes the machine part and
re-applies the corrections, so a person's decision always wins and is kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from .archive import Archive, Consultation, now
from .config import Theme
from .errors import HoeringError, UnknownTheme
from .suggest import suggest_themes
from .tagging import ThemeTag, tag_responses

STANCES = ("imod", "støtter", "neutral")


class UnknownSuggestion(HoeringError):
    def __init__(self, slug: str, n: int):
        super().__init__(f"{slug}: {n}")
        self.slug, self.n = slug, n

    def message_da(self) -> str:
        return (
            f"Forslag nr. {self.n} findes ikke for høringen »{self.slug}«. "
            f"Se forslagene med »hoering themes {self.slug} --suggest«."
        )


class ThemeKeyTaken(HoeringError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key

    def message_da(self) -> str:
        return f"Der findes allerede et tema med nøglen »{self.key}«. Vælg en anden med --key."


# --- writing tags -------------------------------------------------------------


def _corrections(db: sqlite3.Connection, consultation: Consultation, number: int) -> dict[str, sqlite3.Row]:
    rows = db.execute(
        "SELECT * FROM tag_corrections WHERE consultation_id = ? AND number = ?",
        (consultation.id, number),
    ).fetchall()
    return {r["theme"]: r for r in rows}


def _overlay(tags: list[ThemeTag], corrections: dict[str, sqlite3.Row], order: list[str]) -> list[ThemeTag]:
    by_key = {t.key: t for t in tags}
    for key, correction in corrections.items():
        if correction["action"] == "remove":
            by_key.pop(key, None)
            continue
        found = by_key.get(key)
        stance = correction["stance"] or (found.stance if found and found.state == "discusses" else "neutral")
        by_key[key] = ThemeTag(
            key, "discusses", stance,
            evidence=found.evidence if found else [],
            triggers=found.triggers if found else [],
            source="manual",
            stance_cues=found.stance_cues if found else [],
            passages=found.passages if found else [],
        )  # fmt: skip
    rank = {k: i for i, k in enumerate(order)}
    return sorted(by_key.values(), key=lambda t: (rank.get(t.key, len(rank)), t.key))


def store_tags(
    db: sqlite3.Connection, consultation: Consultation, response: sqlite3.Row | dict, tags: list[ThemeTag]
) -> None:
    """Replace a response's tags with `tags` overlaid by the person's corrections."""
    response_id, number = response["id"], response["number"]
    effective = _overlay(tags, _corrections(db, consultation, number), list(consultation.config.themes))
    db.execute("DELETE FROM tags WHERE response_id = ?", (response_id,))
    db.execute(
        "DELETE FROM passage_tags WHERE passage_id IN (SELECT id FROM passages WHERE response_id = ?)",
        (response_id,),
    )
    for tag in effective:
        db.execute(
            "INSERT INTO tags (response_id, theme, state, stance, evidence, triggers, cues, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                response_id, tag.key, tag.state, tag.stance,
                json.dumps(tag.evidence, ensure_ascii=False), json.dumps(tag.triggers, ensure_ascii=False),
                json.dumps(tag.stance_cues, ensure_ascii=False), tag.source,
            ),
        )  # fmt: skip
        if tag.state == "discusses":
            db.executemany(
                "INSERT OR IGNORE INTO passage_tags (passage_id, theme) "
                "SELECT id, ? FROM passages WHERE response_id = ? AND ordinal = ?",
                [(tag.key, response_id, ordinal) for ordinal in tag.passages],
            )


def retag(archive: Archive, slug: str, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Tag every readable response again (after the codebook changed). Returns the count."""
    consultation = archive.consultation(slug)
    rows = [r for r in archive.responses(consultation) if r["status"] == "ok"]
    codebook = consultation.config.codebook()
    all_tags = tag_responses([r["text"] for r in rows], codebook, progress=progress) if codebook else [[]] * len(rows)
    with archive.transaction() as db:
        for row, tags in zip(rows, all_tags, strict=True):
            store_tags(db, consultation, row, tags)
    return len(rows)


def correct_tag(
    archive: Archive, slug: str, number: int, theme: str, *, remove: bool = False, stance: str | None = None
) -> None:
    """A person's correction: add (or set the stance of) or remove a theme on a response."""
    consultation = archive.consultation(slug)
    if theme not in consultation.config.themes:
        raise UnknownTheme(slug, theme)
    response = archive.response(consultation, number)
    with archive.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO tag_corrections (consultation_id, number, theme, action, stance, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (consultation.id, number, theme, "remove" if remove else "add", None if remove else stance, now()),
        )
        tags = (
            tag_responses([response["text"]], consultation.config.codebook())[0]
            if response["status"] == "ok"
            else []
        )
        store_tags(db, consultation, response, tags)


# --- reading tags ----------------------------------------------------------------


def response_tags(archive: Archive, response_id: int) -> list[dict]:
    rows = archive.db.execute("SELECT * FROM tags WHERE response_id = ? ORDER BY id", (response_id,))
    return [
        {
            "key": r["theme"],
            "state": r["state"],
            "stance": r["stance"],
            "evidence": json.loads(r["evidence"]),
            "triggers": json.loads(r["triggers"]),
            "cues": json.loads(r["cues"]),
            "source": r["source"],
        }
        for r in rows
    ]


def theme_counts(archive: Archive, consultation: Consultation) -> dict[str, dict[str, int]]:
    """Per theme: responses that discuss it, of them against/worried, and no-comment ones."""
    counts = {k: {"discusses": 0, "imod": 0, "støtter": 0, "no_comment": 0} for k in consultation.config.themes}
    rows = archive.db.execute(
        "SELECT t.theme, t.state, t.stance FROM tags t JOIN responses r ON r.id = t.response_id "
        "WHERE r.consultation_id = ? AND r.status = 'ok'",
        (consultation.id,),
    )
    for row in rows:
        if row["theme"] not in counts:
            continue
        bucket = counts[row["theme"]]
        if row["state"] == "no_comment":
            bucket["no_comment"] += 1
        else:
            bucket["discusses"] += 1
            if row["stance"] in ("imod", "støtter"):
                bucket[row["stance"]] += 1
    return counts


# --- suggested themes --------------------------------------------------------------


def suggest(archive: Archive, slug: str) -> list[dict]:
    """Find recurring topics outside the codebook; store them so `accept` can refer to them by number."""
    consultation = archive.consultation(slug)
    rows = [r for r in archive.responses(consultation) if r["status"] == "ok"]
    background = [
        r["text"]
        for r in archive.db.execute(
            "SELECT text FROM responses WHERE consultation_id != ? AND status = 'ok' ORDER BY id LIMIT 2000",
            (consultation.id,),
        )
    ]
    found = suggest_themes([r["text"] for r in rows], consultation.config.codebook(), background=background)
    previous = {
        r["label"]: r["accepted_key"]
        for r in archive.db.execute(
            "SELECT label, accepted_key FROM suggested_themes WHERE consultation_id = ?", (consultation.id,)
        )
    }
    with archive.transaction() as db:
        db.execute("DELETE FROM suggested_themes WHERE consultation_id = ?", (consultation.id,))
        for n, theme in enumerate(found, start=1):
            passages = [{"response_id": rows[i]["number"], "text": text} for i, text in theme.passages[:2]]
            db.execute(
                "INSERT INTO suggested_themes (consultation_id, n, label, keywords, response_numbers, "
                "passages, accepted_key, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    consultation.id, n, theme.label, json.dumps(theme.keywords, ensure_ascii=False),
                    json.dumps(sorted(rows[i]["number"] for i in theme.responses)),
                    json.dumps(passages, ensure_ascii=False), previous.get(theme.label), now(),
                ),
            )  # fmt: skip
    return suggestions(archive, consultation)


def suggestions(archive: Archive, consultation: Consultation) -> list[dict]:
    rows = archive.db.execute(
        "SELECT * FROM suggested_themes WHERE consultation_id = ? ORDER BY n", (consultation.id,)
    )
    return [
        {
            "n": r["n"],
            "label": r["label"],
            "keywords": json.loads(r["keywords"]),
            "response_ids": json.loads(r["response_numbers"]),
            "passages": json.loads(r["passages"]),
            "accepted_key": r["accepted_key"],
        }
        for r in rows
    ]


def accept(archive: Archive, slug: str, n: int, key: str | None = None) -> Theme:
    """Take suggestion `n` into the codebook and tag it everywhere."""
    consultation = archive.consultation(slug)
    chosen = next((s for s in suggestions(archive, consultation) if s["n"] == n), None)
    if chosen is None:
        raise UnknownSuggestion(slug, n)
    key = key or _key_from(chosen["keywords"], consultation)
    if key in consultation.config.themes:
        raise ThemeKeyTaken(key)
    config = consultation.config
    config.themes[key] = Theme(key, chosen["label"], chosen["keywords"][:6])
    archive.update_config(slug, config)
    with archive.transaction() as db:
        db.execute(
            "UPDATE suggested_themes SET accepted_key = ? WHERE consultation_id = ? AND n = ?",
            (key, consultation.id, n),
        )
    retag(archive, slug)
    return config.themes[key]


def _key_from(keywords: list[str], consultation: Consultation) -> str:
    import re
    import unicodedata

    base = unicodedata.normalize("NFKD", (keywords or ["tema"])[0].lower())
    base = base.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:24] or "tema"
    key, i = base, 2
    while key in consultation.config.themes:
        key, i = f"{base}-{i}", i + 1
    return key


# --- export ---------------------------------------------------------------------------


def _stored_tags(archive: Archive, response_id: int) -> list[ThemeTag]:
    return [
        ThemeTag(t["key"], t["state"], t["stance"], t["evidence"], t["triggers"], source=t["source"],
                 stance_cues=t["cues"])
        for t in response_tags(archive, response_id)
    ]  # fmt: skip


def export_themes(archive: Archive, consultation: Consultation, data: dict) -> None:
    """Add `themes`, `themes_no_comment`, `summary` per response, and the top-level
    `theme_summaries` and `suggested_themes` to an export (see README)."""
    from .summarise import summarise_consultation

    ids = {r["number"]: r["id"] for r in archive.responses(consultation)}
    readable = [r for r in data["responses"] if r["status"] == "ok"]
    tags_of = {r["id"]: _stored_tags(archive, ids[r["id"]]) for r in data["responses"]}
    summaries, extracts = summarise_consultation(
        [r["text"] for r in readable], [tags_of[r["id"]] for r in readable]
    )
    resumes = dict(zip((r["id"] for r in readable), summaries, strict=True))
    for response in data["responses"]:
        tags = tags_of[response["id"]]
        response["themes"] = [
            {"key": t.key, "stance": t.stance, "evidence": t.evidence, "triggers": t.triggers,
             "cues": t.stance_cues, "source": t.source}
            for t in tags
            if t.state == "discusses"
        ]  # fmt: skip
        response["themes_no_comment"] = [t.key for t in tags if t.state == "no_comment"]
        response["summary"] = resumes.get(response["id"], "")
    data["theme_summaries"] = {
        key: [
            {"response_id": readable[e.response]["id"], "sender": readable[e.response]["sender"], "text": e.text}
            for e in extracts.get(key, [])
        ]
        for key in consultation.config.themes
    }
    data["suggested_themes"] = suggestions(archive, consultation)


# --- measuring ------------------------------------------------------------------------


def evaluate_consultation(archive: Archive, slug: str, labels_path):
    """Score the archive's tags (as a person corrected them) against labelled responses.

    Labelled responses are matched by `file` when the labels name files, else by number.
    """
    from .evaluate import evaluate, load_labels

    consultation = archive.consultation(slug)
    labels = load_labels(labels_path)
    rows = {r["number"]: r for r in archive.responses(consultation)}
    by_file = {r["file"]: n for n, r in rows.items()}
    predicted, texts = {}, {}
    for labelled in labels["responses"]:
        number = by_file.get(labelled.get("file"), labelled["n"]) if labelled.get("file") else labelled["n"]
        row = rows.get(number)
        predicted[labelled["n"]] = _stored_tags(archive, row["id"]) if row else []
        texts[labelled["n"]] = row["text"] if row else ""
    return evaluate(predicted, labels, texts=texts)


def eval_dict(report) -> dict:
    def one(r) -> dict:
        return {
            "per_theme": {
                k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for k, s in r.per_theme.items()
            },
            "micro": {"precision": r.micro_precision, "recall": r.micro_recall, "f1": r.micro_f1,
                      "f1_ci95": list(r.micro_f1_ci)},
            "macro": {"f1": r.macro_f1, "f1_ci95": list(r.macro_f1_ci)},
            "no_comment": {"precision": r.no_comment_precision, "recall": r.no_comment_recall,
                           "accuracy": r.no_comment_accuracy},
            "responses": r.responses,
        }  # fmt: skip

    data = one(report)
    data["errors"] = list(report.errors)
    if report.baseline is not None:
        data["baseline"] = one(report.baseline)
    return data


def format_eval_da(report) -> str:
    """The evaluation as a Danish table: ours beside the naive keyword baseline."""
    base = report.baseline
    lines = [f"{'Tema':<14}{'Præc.':>7}{'Genk.':>7}{'F1':>7}" + ("   | Simpel søgning F1" if base else "")]
    for key, s in report.per_theme.items():
        row = f"{key:<14}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}"
        if base:
            row += f"   | {base.per_theme[key].f1:7.2f}"
        lines.append(row)
    lines.append("")
    for name, r in (("hoering", report), ("simpel søgning", base)):
        if r is None:
            continue
        lines.append(
            f"{name}: mikro-F1 {r.micro_f1:.3f} (95 %-interval {r.micro_f1_ci[0]:.3f}–{r.micro_f1_ci[1]:.3f}), "
            f"makro-F1 {r.macro_f1:.3f} ({r.macro_f1_ci[0]:.3f}–{r.macro_f1_ci[1]:.3f})"
        )
    lines.append(
        f"»Ingen kommentarer«: præcision {report.no_comment_precision:.2f}, genkaldelse "
        f"{report.no_comment_recall:.2f} ({report.responses} høringssvar)"
    )
    return "\n".join(lines)
