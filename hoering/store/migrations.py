"""Schema migrations: an ordered list of named functions, applied when the archive opens.

Each applied migration is recorded in `_migrations`. Never edit one that has
shipped; append a new function instead. Each runs in its own transaction
together with its `_migrations` row, so a crash leaves either all or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def run_script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()):
        raise ValueError(f"incomplete SQL statement in migration: {buffer!r}")


@migration
def m001_archive(db: sqlite3.Connection) -> None:
    run_script(db,
        """
        CREATE TABLE consultations (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            config TEXT NOT NULL,          -- JSON of the validated config
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        -- Originals are kept byte for byte under files/<sha[:2]>/<sha>; a row
        -- exists only once its file is safely on disk.
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,       -- the public id: 1, 2, 3 … within the consultation
            file TEXT NOT NULL,            -- original file name, as the user saw it
            source_path TEXT,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            size INTEGER NOT NULL,
            format TEXT,
            status TEXT NOT NULL,          -- ok | failed | needs_ocr | duplicate | …
            error TEXT,                    -- Danish message
            error_code TEXT,
            sender TEXT,
            sender_source TEXT,
            sender_kind TEXT NOT NULL DEFAULT 'organisation',
            party TEXT,
            party_score REAL,
            received TEXT,
            received_source TEXT,
            pages INTEGER,
            text TEXT NOT NULL DEFAULT '',
            text_chars INTEGER NOT NULL DEFAULT 0,
            letterhead TEXT NOT NULL DEFAULT '',
            metadata TEXT NOT NULL DEFAULT '{}',   -- JSON: document info, warnings, e-mail headers
            duplicate_of INTEGER,          -- number of the response with the same bytes
            collected TEXT NOT NULL,
            UNIQUE (consultation_id, number)
        );
        CREATE INDEX responses_sha ON responses(consultation_id, sha256);
        -- A person's decisions, which re-collecting and re-tagging never overwrite.
        CREATE TABLE overrides (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,
            field TEXT NOT NULL,           -- sender | sender_kind | party
            value TEXT,
            created TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number, field)
        );
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,            -- heading | paragraph
            heading TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL
        );
        CREATE INDEX passages_response ON passages(response_id, ordinal);
        """
    )


@migration
def m002_themes(db: sqlite3.Connection) -> None:
    run_script(db,
        """
        -- Machine tags are recomputed freely; a person's corrections live in
        -- tag_corrections and are laid over them, so they survive re-tagging.
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            state TEXT NOT NULL,           -- discusses | no_comment
            stance TEXT,                   -- imod | støtter | neutral
            evidence TEXT NOT NULL DEFAULT '[]',   -- JSON: passages that show it
            triggers TEXT NOT NULL DEFAULT '[]',   -- JSON: the words that triggered it
            cues TEXT NOT NULL DEFAULT '[]',       -- JSON: the stance cues
            UNIQUE (response_id, theme)
        );
        CREATE INDEX tags_theme ON tags(theme, response_id);
        -- Which passages are about which theme (for search filters and summaries).
        CREATE TABLE passage_tags (
            passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
            theme TEXT NOT NULL,
            PRIMARY KEY (passage_id, theme)
        );
        CREATE INDEX passage_tags_theme ON passage_tags(theme);
        CREATE TABLE tag_corrections (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,
            theme TEXT NOT NULL,
            action TEXT NOT NULL,          -- add | remove
            stance TEXT,
            created TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number, theme)
        );
        CREATE TABLE suggested_themes (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            n INTEGER NOT NULL,
            label TEXT NOT NULL,
            keywords TEXT NOT NULL,        -- JSON list
            response_numbers TEXT NOT NULL,  -- JSON list
            passages TEXT NOT NULL,        -- JSON list of representative passages
            accepted_key TEXT,
            created TEXT NOT NULL,
            PRIMARY KEY (consultation_id, n)
        );
        """
    )


@migration
def m003_search(db: sqlite3.Connection) -> None:
    """The search index (hoering/search.py): rebuildable data derived from passages."""
    run_script(
        db,
        """
        CREATE TABLE search_meta (
            key TEXT PRIMARY KEY,          -- analyser | docs | length
            value                          -- analyser version; passage and term counts
        );
        INSERT INTO search_meta VALUES ('docs', 0), ('length', 0);
        -- 'empty': no rows yet, the first indexed are current; 'none': passages from
        -- before this migration, so the first search builds the index.
        INSERT INTO search_meta SELECT 'analyser',
            CASE WHEN EXISTS (SELECT 1 FROM passages) THEN 'none' ELSE 'empty' END;
        -- One row per indexed passage: the analysed text FTS5 indexes (external content).
        -- doc = response id << 20 | the passage's place in the response.
        CREATE TABLE search_docs (
            doc INTEGER PRIMARY KEY,
            passage_id INTEGER NOT NULL UNIQUE,
            lemmas TEXT NOT NULL,
            forms TEXT NOT NULL,
            length INTEGER NOT NULL
        );
        CREATE VIRTUAL TABLE search_index USING fts5(
            lemmas, forms,
            content = 'search_docs', content_rowid = 'doc',
            tokenize = 'unicode61 remove_diacritics 0',
            columnsize = 0
        );
        -- The index's vocabulary: prefix and suffix look-ups expand a query word into
        -- its lemma's forms and compounds; docs is the number of passages (for BM25).
        CREATE TABLE search_terms (
            term TEXT PRIMARY KEY,
            rterm TEXT NOT NULL,
            docs INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX search_terms_reversed ON search_terms(rterm);
        -- Search filters read the responses through these indexes, never the text.
        CREATE INDEX responses_search ON responses(
            consultation_id, sender_kind, received, collected, sender, party
        );
        CREATE INDEX responses_search_date ON responses(
            COALESCE(received, substr(collected, 1, 10))
        );
        CREATE INDEX tags_search ON tags(theme, state, response_id);
        -- --sender/--party: any part of the name, in any case (trigram tokens fold Æ/æ
        -- and keep æ/ø/å). External content on responses, kept in step by triggers.
        CREATE VIRTUAL TABLE search_senders USING fts5(
            sender, party, content = 'responses', content_rowid = 'id', tokenize = 'trigram'
        );
        INSERT INTO search_senders (search_senders) VALUES ('rebuild');
        CREATE TRIGGER search_senders_insert AFTER INSERT ON responses BEGIN
            INSERT INTO search_senders (rowid, sender, party) VALUES (new.id, new.sender, new.party);
        END;
        CREATE TRIGGER search_senders_delete AFTER DELETE ON responses BEGIN
            INSERT INTO search_senders (search_senders, rowid, sender, party)
                VALUES ('delete', old.id, old.sender, old.party);
        END;
        CREATE TRIGGER search_senders_update AFTER UPDATE OF sender, party ON responses BEGIN
            INSERT INTO search_senders (search_senders, rowid, sender, party)
                VALUES ('delete', old.id, old.sender, old.party);
            INSERT INTO search_senders (rowid, sender, party) VALUES (new.id, new.sender, new.party);
        END;
        -- A passage deleted by any path (a re-read file, a cascade) leaves the index too.
        CREATE TRIGGER search_forget_passage AFTER DELETE ON passages
        WHEN EXISTS (SELECT 1 FROM search_docs WHERE passage_id = old.id)
        BEGIN
            INSERT INTO search_index (search_index, rowid, lemmas, forms)
                SELECT 'delete', doc, lemmas, forms FROM search_docs WHERE passage_id = old.id;
            UPDATE search_meta SET value = value - 1 WHERE key = 'docs';
            UPDATE search_meta SET value = value
                - (SELECT length FROM search_docs WHERE passage_id = old.id) WHERE key = 'length';
            DELETE FROM search_docs WHERE passage_id = old.id;
        END;
        """
    )


@migration
def m004_tags_source(db: sqlite3.Connection) -> None:
    # tags holds the effective tags; `source` says whether a person decided them.
    db.execute("ALTER TABLE tags ADD COLUMN source TEXT NOT NULL DEFAULT 'auto'")


@migration
def m005_intake(db: sqlite3.Connection) -> None:
    """E-mails, form letters, revisions and deadlines (hoering/pipeline/intake.py,
    campaigns.py, revisions.py). All four hold response numbers or flags, recomputed after
    every collect except `via_email`, which collect writes with the attachment's row."""
    run_script(
        db,
        """
        ALTER TABLE responses ADD COLUMN via_email INTEGER;    -- number of the e-mail it came in
        ALTER TABLE responses ADD COLUMN campaign INTEGER;     -- form letter group: lowest member's number
        ALTER TABLE responses ADD COLUMN revision_of INTEGER;  -- number of the earlier version it revises
        ALTER TABLE responses ADD COLUMN late INTEGER NOT NULL DEFAULT 0;  -- received after the deadline
        CREATE INDEX responses_via_email ON responses(consultation_id, via_email);
        """,
    )


@migration
def m006_one_row_per_file(db: sqlite3.Connection) -> None:
    """The database, not a read before the write, keeps one original per file's bytes.

    Two collects of one folder used to race between the hash look-up and the insert. Rows
    such a race left behind become what they are, recorded duplicates of the first, before
    the unique index is made. `attachments_pending` marks an e-mail whose attachments are
    not all collected yet (a run killed after the e-mail's row), so the next run reads it
    again. `path_bytes` keeps a file name that is not valid UTF-8 byte for byte; `file`
    and `source_path` then hold a readable form of it.
    """
    run_script(
        db,
        """
        UPDATE responses SET
            duplicate_of = (
                SELECT min(o.number) FROM responses o
                WHERE o.consultation_id = responses.consultation_id
                  AND o.sha256 = responses.sha256 AND o.duplicate_of IS NULL
            ),
            status = 'duplicate', error = NULL, error_code = NULL
        WHERE duplicate_of IS NULL AND number > (
            SELECT min(o.number) FROM responses o
            WHERE o.consultation_id = responses.consultation_id
              AND o.sha256 = responses.sha256 AND o.duplicate_of IS NULL
        );
        CREATE UNIQUE INDEX responses_one_original
            ON responses(consultation_id, sha256) WHERE duplicate_of IS NULL;
        ALTER TABLE responses ADD COLUMN attachments_pending INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE responses ADD COLUMN path_bytes BLOB;
        """,
    )


@migration
def m007_search_counts_exact(db: sqlite3.Connection) -> None:
    """The search index's counts equal a recount of its rows again.

    `search_forget_passage` (m003) dropped a deleted passage's index row without lowering
    its terms' passage counts in `search_terms`, so BM25's IDF drifted after every such
    delete. `store.search_index.forget` now removes a response's rows and lowers every
    count in one place, and the trigger goes. The counts are made from `search_docs` again
    (terms counted once per passage, in `lemmas` or `forms`; a term in none is dropped).
    """
    db.execute("DROP TRIGGER IF EXISTS search_forget_passage")
    counts: dict[str, int] = {}
    docs = length = 0
    for lemmas, forms, size in db.execute("SELECT lemmas, forms, length FROM search_docs"):
        docs += 1
        length += size
        for term in set(lemmas.split()) | set(forms.split()):
            counts[term] = counts.get(term, 0) + 1
    db.execute("DELETE FROM search_terms")
    db.executemany(
        "INSERT INTO search_terms (term, rterm, docs) VALUES (?, ?, ?)",
        [(term, term[::-1], n) for term, n in counts.items()],
    )
    db.execute("UPDATE search_meta SET value = ? WHERE key = 'docs'", (docs,))
    db.execute("UPDATE search_meta SET value = ? WHERE key = 'length'", (length,))


@migration
def m008_audit_log(db: sqlite3.Connection) -> None:
    """Who did what to which consultation and response (`store.audit`): deletions now, a
    person's approvals and redactions later. No foreign keys: an entry outlives what it is
    about. `detail` is a short sentence without personal data (never a letter's text, its
    sender or its file name), so the log itself never needs deleting."""
    run_script(
        db,
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,              -- UTC, ISO 8601
            actor TEXT NOT NULL,           -- the operating system's user name
            action TEXT NOT NULL,          -- model.AuditAction
            consultation TEXT,             -- slug, as it was
            number INTEGER,                -- a response's public number
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_consultation ON audit_log(consultation, id);
        """,
    )


@migration
def m009_deletion(db: sqlite3.Connection) -> None:
    """What deleting responses needs from the schema.

    `last_number`: the highest public number a consultation has given out. A new response
    took MAX(number) + 1, so deleting the newest response gave its number to the next file
    collected, and the audit log, the overrides kept by number and an earlier note would
    name the wrong letter; numbers are never given out twice now. `responses_blob`: whether
    any response still uses an original is asked per file when responses are deleted.
    """
    run_script(
        db,
        """
        ALTER TABLE consultations ADD COLUMN last_number INTEGER NOT NULL DEFAULT 0;
        UPDATE consultations SET last_number = COALESCE(
            (SELECT MAX(number) FROM responses WHERE consultation_id = consultations.id), 0);
        CREATE INDEX responses_blob ON responses(sha256);
        """,
    )


@migration
def m010_publication(db: sqlite3.Connection) -> None:
    """A person's decisions about what is published (`store.publication`).

    `approvals`: the public note approved, one row per consultation, with the fingerprint of
    the export it was approved on (a changed export is a draft again). `manual_redactions`:
    a text in one response's published text always removed, or kept although the rules would
    remove it; by number, so it survives re-collects. `reviewed_redactions`: doubtful
    redactions a person accepted, by number, kind and the hash of the removed text.
    """
    run_script(
        db,
        """
        CREATE TABLE approvals (
            consultation_id INTEGER PRIMARY KEY REFERENCES consultations(id),
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,     -- sha256 of the export JSON approved
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE manual_redactions (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,       -- the response's public number
            text TEXT NOT NULL,
            action TEXT NOT NULL,          -- model.ManualAction
            created TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number, text)
        );
        CREATE TABLE reviewed_redactions (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,       -- -1: text that belongs to no one response
            kind TEXT NOT NULL,            -- model.RedactionKind
            original_sha256 TEXT NOT NULL,
            actor TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number, kind, original_sha256)
        );
        """,
    )


@migration
def m011_review(db: sqlite3.Connection) -> None:
    """A person's review of a consultation (`store.review`), kept by response number and theme
    key so it survives re-collects, re-tagging and config changes.

    `response_comments` (Vurdering) and `theme_remarks` ("Forvaltningens bemærkninger" and
    "indstilling") carry a `revision`, raised by one on every save: an editor sends back the
    revision it read, and a save on an older one is refused (several people edit at once).
    `exclusions`: responses left out of counts and the note, kept in the archive.
    `reviewed_responses`: the responses a person has been through. `overrides.actor`: who
    made a correction (sender, received date, campaign …). `tag_corrections.evidence`: the
    passage a person chose when adding a theme. `suggested_themes.discarded`: a suggestion a
    person turned down, so it is not offered again.
    """
    run_script(
        db,
        """
        CREATE TABLE response_comments (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,       -- the response's public number
            text TEXT NOT NULL,
            revision INTEGER NOT NULL,     -- 1 for the first save, one more for each
            actor TEXT NOT NULL,
            at TEXT NOT NULL,              -- UTC, ISO 8601
            PRIMARY KEY (consultation_id, number)
        );
        CREATE TABLE theme_remarks (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            theme TEXT NOT NULL,           -- the theme's key
            text TEXT NOT NULL,
            recommendation TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (consultation_id, theme)
        );
        CREATE TABLE exclusions (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,
            reason TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number)
        );
        CREATE TABLE reviewed_responses (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            number INTEGER NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (consultation_id, number)
        );
        ALTER TABLE overrides ADD COLUMN actor TEXT;
        ALTER TABLE tag_corrections ADD COLUMN evidence TEXT;
        ALTER TABLE suggested_themes ADD COLUMN discarded INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX audit_log_response ON audit_log(consultation, number, id);
        """,
    )


@migration
def m012_users(db: sqlite3.Connection) -> None:
    """Accounts for a shared archive (`store.users`): who may sign in to the review workspace
    and with which role. `password_hash` is an Argon2id hash (never the password); it is empty
    for a user who only signs in through the municipality's single sign-on."""
    run_script(
        db,
        """
        CREATE TABLE users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,            -- model.Role
            password_hash TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        """,
    )


@migration
def m014_sender_confidence(db: sqlite3.Connection) -> None:
    """How surely a response's sender and party were read (0-1, `senders.confidence`): below
    `senders.REVIEW_BELOW` the review workspace and the export flag it for a person's look.
    Responses collected before have none (not flagged; re-collecting reads them again)."""
    db.execute("ALTER TABLE responses ADD COLUMN sender_confidence REAL")


@migration
def m015_tag_confidence(db: sqlite3.Connection) -> None:
    """How sure the machine was of a tag (0.5–1; NULL for tags from before, and a person's),
    so a low one can be flagged for review after the tags are read back."""
    run_script(db, "ALTER TABLE tags ADD COLUMN confidence REAL;")


@migration
def m016_summaries(db: sqlite3.Connection) -> None:
    """The consultation's résumés and theme extracts, computed once and kept until their
    inputs change (`store.summaries`): `fingerprint` is the sha256 of everything the
    summariser read (texts, tags, its settings and version), so a changed response or tag
    simply misses the cache. Rebuildable data, like the search index."""
    run_script(
        db,
        """
        CREATE TABLE summaries (
            consultation_id INTEGER PRIMARY KEY REFERENCES consultations(id),
            fingerprint TEXT NOT NULL,
            summary TEXT NOT NULL          -- JSON: {"resumes": [...], "extracts": {key: [...]}}
        );
        """,
    )


@migration
def m017_passage_tokens(db: sqlite3.Connection) -> None:
    """Each passage's tokens as the language layer read them (`analysis.stored_tokens`: JSON
    with the analyser's version), written by collect, so re-tagging, accepting a theme and
    suggesting topics need no language layer. Passages from before have none: they are
    read once more when first needed and kept (`themes.tokenised`). Rebuildable data."""
    db.execute("ALTER TABLE passages ADD COLUMN tokens TEXT")


@migration
def m019_redaction_readings(db: sqlite3.Connection) -> None:
    """What the Danish layer read in a consultation's texts for redaction (names, special-
    category terms), kept so the next note need not read them again (`store.readings`).
    One row per consultation: JSON {text key: reading} under the version of the rules that
    read it. Rebuildable data, like the summaries; it names persons, so deleting a response
    for good removes it."""
    run_script(
        db,
        """
        CREATE TABLE redaction_readings (
            consultation_id INTEGER PRIMARY KEY REFERENCES consultations(id),
            version TEXT NOT NULL,
            readings TEXT NOT NULL         -- JSON: {"<sha256 of the text>:<c|o>": reading}
        );
        """,
    )
