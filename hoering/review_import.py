"""Reading back the overview spreadsheet staff filled in (`hoering review-import`).

`hoering export --xlsx` writes the visible sheet and a hidden one with every cell as exported
(`hoering.note.xlsx`). Each editable cell of the visible sheet is compared three ways: with
the hidden copy (did a person change it?), and the hidden copy with what the archive would
export now (did the archive change since?):

- visible = exported: unchanged, ignored;
- changed, and the archive still says what was exported: applied, through the same library
  functions the CLI and the web app use (`hoering.review`, `pipeline.corrections`,
  `hoering.themes`), each with its audit entry;
- changed, and the archive already says what the sheet says: nothing to do;
- changed, and the archive says something else: a conflict (someone else edited it), reported
  with the response's number and the column, and not applied.

Editable: Vurdering, Modtaget, Afsender, Udtaler sig som, Part and Holdning (one
"Tema: holdning" per line; a line removed takes the theme off, a line added or changed sets
it). A change in another column, a row without a valid number, a number the archive does not
have and a row repeated are reported; nothing is dropped without a line in the report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import messages as M
from .errors import HoeringError, ReviewImportUnreadable
from .export import export_consultation
from .model import AuditAction, ImportLine, ImportOutcome, ImportReport, SenderKind, Stance
from .note import build_note
from .note.model import KIND_LABELS
from .note.xlsx import (
    BASE_SHEET,
    COLUMNS,
    INTERNAL,
    MARKER,
    MENTION_WORD,
    NO_COMMENT_WORDS,
    PUBLIC,
    cell_text,
    rows_as_text,
)
from .store import Archive, audit

NUMBER, RECEIVED, SENDER, KIND, PARTY, THEMES, STANCES, POSITION, SUMMARY, COMMENT = (name for name, _ in COLUMNS)
_READ_ONLY = {THEMES: M.IMPORT_THEMES_COLUMN, POSITION: M.IMPORT_READ_ONLY_COLUMN, SUMMARY: M.IMPORT_READ_ONLY_COLUMN}
_STANCE_WORDS = {
    "imod/bekymret": Stance.AGAINST, "imod": Stance.AGAINST, "bekymret": Stance.AGAINST,
    "støtter": Stance.SUPPORTS, "neutral": Stance.NEUTRAL, MENTION_WORD: None,
}  # fmt: skip
_KINDS = {label.casefold(): kind for kind, label in KIND_LABELS.items()} | {
    "borger": SenderKind.CITIZEN, "organisation": SenderKind.ORGANISATION,
}  # fmt: skip


@dataclass
class _Sheet:
    slug: str
    internal: bool
    base: dict[int, dict[str, str]]  # as exported, by number
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list)  # (Excel row, heading: value)


def import_review(archive: Archive, slug: str, path: Path) -> ImportReport:
    consultation = archive.consultation(slug)
    sheet = _read(path)
    if sheet.slug != slug:
        raise ReviewImportUnreadable(path.name, M.say(M.IMPORT_OTHER_CONSULTATION, slug=sheet.slug))
    note = build_note(export_consultation(archive, slug), internal=sheet.internal)
    current = rows_as_text(note)
    keys = {col.label: col.key for col in note.columns}
    report = ImportReport(file=path.name)
    seen: set[int] = set()
    for row, values in sheet.rows:
        report.rows += 1
        lines = _row(archive, slug, consultation, row, values, sheet, current, keys, seen)
        if lines:
            report.lines.extend(lines)
        else:
            report.unchanged += 1
    problems = len(report.problems) - len(report.conflicts)
    with archive.transaction() as db:
        audit.record(db, AuditAction.REVIEW_IMPORT, slug, None, M.say(
            M.AUDIT_IMPORT, applied=report.applied, conflicts=len(report.conflicts), problems=problems))  # fmt: skip
    return report


# --- reading the workbook ---------------------------------------------------------------------


def _read(path: Path) -> _Sheet:
    from openpyxl import load_workbook

    from .extract import Limits
    from .extract.limits import check_package

    try:
        check_package(path, Limits())  # a zip bomb or a DTD is refused before openpyxl opens it
        wb = load_workbook(path, data_only=True)
    except HoeringError as exc:
        raise ReviewImportUnreadable(path.name, exc.message_da()) from exc
    except Exception as exc:  # openpyxl raises many kinds on a file that is not a workbook
        raise ReviewImportUnreadable(path.name, type(exc).__name__) from exc
    if BASE_SHEET not in wb.sheetnames:
        raise ReviewImportUnreadable(path.name, M.IMPORT_NO_BASE)
    base_rows = [[_text(c) for c in r] for r in wb[BASE_SHEET].iter_rows(values_only=True)]
    if len(base_rows) < 2 or base_rows[0][:1] != [MARKER] or base_rows[0][2:3] not in ([INTERNAL], [PUBLIC]):
        raise ReviewImportUnreadable(path.name, M.IMPORT_NO_BASE)
    headings = base_rows[1]
    base = {}
    for values in base_rows[2:]:
        texts = dict(zip(headings, values, strict=False))
        if texts.get(NUMBER, "").isdigit():
            base[int(texts[NUMBER])] = texts
    sheet = _Sheet(base_rows[0][1], base_rows[0][2] == INTERNAL, base)
    ws = next(w for w in wb.worksheets if w.title != BASE_SHEET)
    rows = ws.iter_rows(values_only=True)
    header = [_text(c).strip() for c in next(rows, ())]
    if NUMBER not in header:
        raise ReviewImportUnreadable(path.name, M.IMPORT_NO_HEADER)
    for index, values in enumerate(rows, start=2):
        if all(v is None or _text(v).strip() == "" for v in values):
            continue  # an empty row, as Excel leaves them
        sheet.rows.append((index, {h: v for h, v in zip(header, values, strict=False) if h}))
    return sheet


def _text(value: object) -> str:
    """A cell as the text the hidden sheet keeps: a date as ISO, a whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


# --- one row --------------------------------------------------------------------------------


def _row(archive, slug, consultation, row, values, sheet, current, keys, seen) -> list[ImportLine]:
    raw = values.get(NUMBER)
    number_text = _text(raw).strip()
    if not number_text.isdigit():
        return [ImportLine(row, None, NUMBER, ImportOutcome.UNKNOWN_ROW, M.say(M.IMPORT_NO_NUMBER, value=number_text))]
    number = int(number_text)
    if number in seen:
        return [ImportLine(row, number, NUMBER, ImportOutcome.UNKNOWN_ROW, M.say(M.IMPORT_DUPLICATE_ROW, number=number))]
    seen.add(number)
    base = sheet.base.get(number)
    if base is None:
        return [ImportLine(row, number, NUMBER, ImportOutcome.UNKNOWN_ROW, M.say(M.IMPORT_NOT_EXPORTED, number=number))]
    changed = {
        h: _text(values[h]).strip() for h in base if h in values and h != NUMBER
        if _text(values[h]).strip() != base[h].strip()
    }  # fmt: skip
    if not changed:
        return []
    lines: list[ImportLine] = []
    now = current.get(number)
    try:
        response = archive.response(consultation, number)
    except HoeringError:
        response = None
    if now is None or response is None:  # excluded or deleted since the export
        gone = M.IMPORT_GONE if response is None else M.IMPORT_EXCLUDED_SINCE
        return [ImportLine(row, number, h, ImportOutcome.CONFLICT, gone) for h in changed]
    for heading, message in _READ_ONLY.items():
        if heading in changed:
            lines.append(ImportLine(row, number, heading, ImportOutcome.INVALID, message))
    ctx = _Row(archive, slug, row, number, base, now, changed, lines)
    ctx.identity(response)
    ctx.received()
    ctx.stances(keys)
    ctx.comment()
    return lines


@dataclass
class _Row:
    archive: Archive
    slug: str
    row: int
    number: int
    base: dict[str, str]
    now: dict[str, str]
    changed: dict[str, str]
    lines: list[ImportLine]

    def _line(self, heading: str, outcome: ImportOutcome, message: str) -> None:
        self.lines.append(ImportLine(self.row, self.number, heading, outcome, message))

    def _settled(self, heading: str) -> bool:
        """Whether the change to `heading` is done with: a conflict (reported) or already so
        in the archive. False: it is to be applied."""
        new, old, now = self.changed[heading], self.base[heading].strip(), self.now.get(heading, "").strip()
        if now == new:
            return True
        if now != old:
            self._line(heading, ImportOutcome.CONFLICT, M.say(M.IMPORT_CONFLICT, now=now, sheet=new))
            return True
        return False

    def _apply(self, heading: str, action, message: str) -> None:
        try:
            action()
        except HoeringError as exc:
            self._line(heading, ImportOutcome.INVALID, exc.message_da())
        else:
            self._line(heading, ImportOutcome.APPLIED, message)

    def identity(self, response) -> None:
        """Sender, kind and party: one correction (`set_sender`), of the cells not in conflict."""
        from .pipeline.corrections import MATCH, set_sender

        todo = [h for h in (SENDER, KIND, PARTY) if h in self.changed and not self._settled(h)]
        if not todo:
            return
        kind = None
        if KIND in todo:
            kind = _KINDS.get(self.changed[KIND].casefold())
            if kind is None:
                self._line(KIND, ImportOutcome.INVALID, M.say(M.IMPORT_BAD_KIND, value=self.changed[KIND]))
                todo.remove(KIND)
                if not todo:
                    return
        name = self.changed[SENDER] if SENDER in todo else (response.sender or "")
        if PARTY in todo:
            party = self.changed[PARTY] or None
        else:
            party = MATCH if SENDER in todo else response.party
        if not name.strip():
            for h in todo:
                self._line(h, ImportOutcome.INVALID, M.IMPORT_NO_SENDER)
            return
        try:
            set_sender(self.archive, self.slug, self.number, name, kind=kind, party=party)
        except HoeringError as exc:
            for h in todo:
                self._line(h, ImportOutcome.INVALID, exc.message_da())
            return
        for h in todo:
            self._line(h, ImportOutcome.APPLIED, M.say(M.IMPORT_APPLIED, old=self.base[h], new=self.changed[h]))

    def received(self) -> None:
        from .review import set_received

        if RECEIVED not in self.changed:
            return
        value = self.changed[RECEIVED]
        date = _date(value)
        if date is None:
            self._line(RECEIVED, ImportOutcome.INVALID, M.say(M.IMPORT_BAD_DATE, value=value))
            return
        # The same date written another way (30.10.2018) is no change.
        self.changed[RECEIVED] = date.isoformat()
        if date.isoformat() == self.base[RECEIVED] or self._settled(RECEIVED):
            return
        self._apply(RECEIVED, lambda: set_received(self.archive, self.slug, self.number, date),
                    M.say(M.IMPORT_APPLIED, old=self.base[RECEIVED], new=date.isoformat()))  # fmt: skip

    def stances(self, keys: dict[str, str]) -> None:
        """Holdning, theme by theme: each changed line is its own change (and conflict)."""
        from .themes import correct_tag

        if STANCES not in self.changed:
            return
        sheet, bad = _stance_lines(self.changed[STANCES])
        if bad:
            self._line(STANCES, ImportOutcome.INVALID, M.say(M.IMPORT_BAD_STANCE, value=bad))
            return
        base, _ = _stance_lines(self.base[STANCES])
        now, _ = _stance_lines(self.now.get(STANCES, ""))
        for label in list(base) + [k for k in sheet if k not in base]:
            old, new = base.get(label), sheet.get(label)
            if old == new:
                continue
            heading = f"{STANCES} ({label})"
            if now.get(label) == new:
                continue
            if now.get(label) != old:
                self._line(heading, ImportOutcome.CONFLICT,
                           M.say(M.IMPORT_CONFLICT, now=now.get(label) or "–", sheet=new or "–"))  # fmt: skip
                continue
            key = keys.get(label)
            if key is None:
                self._line(heading, ImportOutcome.INVALID, M.say(M.IMPORT_UNKNOWN_THEME, value=label))
                continue
            if new == NO_COMMENT_WORDS:
                self._line(heading, ImportOutcome.INVALID, M.IMPORT_NO_COMMENT_BY_HAND)
                continue
            remove = new is None
            stance = None if remove else _STANCE_WORDS[new]
            self._apply(heading, lambda k=key, r=remove, s=stance: correct_tag(
                self.archive, self.slug, self.number, k, remove=r, stance=s),
                M.say(M.IMPORT_APPLIED, old=old or "–", new=new or "–"))  # fmt: skip

    def comment(self) -> None:
        from .review import comment, state

        if COMMENT not in self.changed or self._settled(COMMENT):
            return
        stored = state(self.archive, self.slug).response(self.number).comment
        # The revision read now: a save by someone else between this read and the write is
        # refused (StaleEdit), and reported, like any other conflict.
        revision = stored.revision if stored else 0
        new = self.changed[COMMENT]
        try:
            comment(self.archive, self.slug, self.number, new, expected=revision)
        except HoeringError as exc:
            self._line(COMMENT, ImportOutcome.CONFLICT, exc.message_da())
        else:
            self._line(COMMENT, ImportOutcome.APPLIED, M.say(M.IMPORT_APPLIED, old=self.base[COMMENT], new=new))


def _stance_lines(text: str) -> tuple[dict[str, str], str]:
    """{theme label: stance word} from a Holdning cell; the first line that cannot be read."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        label, colon, word = line.rpartition(":")
        word = " ".join(word.replace(f"({M.REVIEW_FLAG})", "").split()).casefold()  # the machine's doubt
        if not colon or not label.strip() or (word not in _STANCE_WORDS and word != NO_COMMENT_WORDS):
            return out, line
        out[label.strip()] = word if word != "imod" and word != "bekymret" else "imod/bekymret"
    return out, ""


_DATE_FORMS = ("%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y", "%d.%m.%y")


def _date(value: str) -> dt.date | None:
    value = value.strip()
    for form in _DATE_FORMS:
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    return None
