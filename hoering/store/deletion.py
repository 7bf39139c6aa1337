"""Deleting for good: the rows a response or a consultation leaves outside `responses`.

`responses.delete_response` removes a response with everything derived from its text
(passages, tags, index rows, counts included). Deleting it for good also removes what a
person decided about it, kept by its number (`overrides`, `tag_corrections`, the manual and
reviewed redactions, its review: Vurdering, exclusion, reviewed mark; and a revision or
campaign override of another response that names it), and, with the last response using it, the
original's `blobs` row. A whole consultation also takes its theme suggestions and its own
row. Each function runs in the caller's transaction (`Archive.erasure()`); the original
files are removed from disk only after it commits (`Archive.remove_files`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator

# Hashes asked about per statement: well under every backend's limit on parameters.
_BATCH = 500


def _batches(hashes: Iterable[str]) -> Iterator[list[str]]:
    wanted = sorted(set(hashes))
    for start in range(0, len(wanted), _BATCH):
        yield wanted[start : start + _BATCH]


def forget_decisions(db: sqlite3.Connection, consultation_id: int, number: int) -> None:
    """A person's decisions about response `number`, and the revision overrides naming it."""
    db.execute("DELETE FROM overrides WHERE consultation_id = ? AND number = ?", (consultation_id, number))
    db.execute(
        "DELETE FROM overrides WHERE consultation_id = ? AND field IN ('revision_of', 'campaign_of') AND value = ?",
        (consultation_id, str(number)),
    )
    # The texts a person named for redaction in it, and its Vurdering, may be personal data:
    # they go with it.
    for table in ("tag_corrections", "manual_redactions", "reviewed_redactions", "response_comments",
                  "exclusions", "reviewed_responses"):
        db.execute(f"DELETE FROM {table} WHERE consultation_id = ? AND number = ?", (consultation_id, number))
    # The cached summaries may quote it, the kept readings name the persons in it: they are
    # computed again without it.
    db.execute("DELETE FROM summaries WHERE consultation_id = ?", (consultation_id,))
    db.execute("DELETE FROM redaction_readings WHERE consultation_id = ?", (consultation_id,))


def delete_consultation_rows(db: sqlite3.Connection, consultation_id: int) -> None:
    """A consultation's own rows, once its responses are deleted (`responses.delete_response`)."""
    for table in ("overrides", "tag_corrections", "suggested_themes", "approvals", "manual_redactions",
                  "reviewed_redactions", "response_comments", "theme_remarks", "exclusions",
                  "reviewed_responses", "summaries", "redaction_readings"):
        db.execute(f"DELETE FROM {table} WHERE consultation_id = ?", (consultation_id,))
    db.execute("DELETE FROM consultations WHERE id = ?", (consultation_id,))


def blob_users(db: sqlite3.Connection, hashes: Iterable[str]) -> dict[str, set[int]]:
    """{sha256: ids of the responses, in any consultation, that use it} for these originals."""
    users: dict[str, set[int]] = {sha: set() for sha in hashes}
    for batch in _batches(users):
        marks = ", ".join("?" * len(batch))
        for sha, response_id in db.execute(f"SELECT sha256, id FROM responses WHERE sha256 IN ({marks})", batch):
            users[sha].add(response_id)
    return users


def delete_blobs(db: sqlite3.Connection, hashes: Collection[str]) -> None:
    """The originals' rows (no response may use them: the foreign key refuses it)."""
    db.executemany("DELETE FROM blobs WHERE sha256 = ?", [(sha,) for sha in hashes])


def blob_hashes(db: sqlite3.Connection, hashes: Iterable[str] | None = None) -> set[str]:
    """Every original with a row; or which of `hashes` have one."""
    if hashes is None:
        return {sha for (sha,) in db.execute("SELECT sha256 FROM blobs")}
    found: set[str] = set()
    for batch in _batches(hashes):
        marks = ", ".join("?" * len(batch))
        found.update(sha for (sha,) in db.execute(f"SELECT sha256 FROM blobs WHERE sha256 IN ({marks})", batch))
    return found


def last_collected(db: sqlite3.Connection, consultation_id: int) -> str | None:
    """When the consultation's newest response was collected (UTC, ISO), or None."""
    (value,) = db.execute(
        "SELECT MAX(collected) FROM responses WHERE consultation_id = ?", (consultation_id,)
    ).fetchone()
    return value
