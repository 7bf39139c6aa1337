"""Specific errors, and the one place where they become Danish sentences.

The library raises these; the CLI (and the collect pipeline, which records a
message per failed file) turn them into one Danish sentence that says what
happened and what the user can do. Keep every failure's wording here (other sentences
are in `hoering.messages`).

Longer than our ~500-line habit on purpose: it is the catalogue of everything that can go
wrong, each class a few lines with its sentence; split up, the wording would scatter again.
"""

from __future__ import annotations

import errno
import os
import sqlite3

from .model import Status


class HoeringError(Exception):
    """Base class. `message_da()` is what a secretariat user reads."""

    def message_da(self) -> str:
        return str(self)


# --- consultations and archive ---------------------------------------------


def _did_you_mean(word: str, known) -> str:
    from .didyoumean import closest

    guess = closest(word, known)
    return f"Mente du »{guess}«? " if guess else ""


class ConsultationNotFound(HoeringError):
    """`known`: the slugs in the archive, for a "mente du …?"."""

    def __init__(self, slug: str, known=()):
        super().__init__(slug)
        self.slug, self.known = slug, list(known)

    def message_da(self) -> str:
        return (
            f"Høringen »{self.slug}« findes ikke i arkivet. {_did_you_mean(self.slug, self.known)}"
            "Se de eksisterende høringer med »hoering list«, eller opret den med »hoering new«."
        )


class ConsultationExists(HoeringError):
    def __init__(self, slug: str):
        super().__init__(slug)
        self.slug = slug

    def message_da(self) -> str:
        return (
            f"Høringen »{self.slug}« findes allerede. Brug »hoering config {self.slug} --config FIL« "
            "for at opdatere den."
        )


class ResponseNotFound(HoeringError):
    def __init__(self, slug: str, response_id: int):
        super().__init__(f"{slug}/{response_id}")
        self.slug, self.response_id = slug, response_id

    def message_da(self) -> str:
        return (
            f"Høringssvar nr. {self.response_id} findes ikke i høringen »{self.slug}«. "
            f"Se numrene med »hoering status {self.slug}«."
        )


class SelfRevision(HoeringError):
    def __init__(self, slug: str, response_id: int):
        super().__init__(f"{slug}/{response_id}")
        self.slug, self.response_id = slug, response_id

    def message_da(self) -> str:
        return (
            f"Høringssvar nr. {self.response_id} kan ikke være en rettelse af sig selv. "
            f"Angiv nummeret på det tidligere svar, det erstatter (se »hoering status {self.slug}«)."
        )


class UnknownParty(HoeringError):
    def __init__(self, slug: str, party: str):
        super().__init__(f"{slug}: {party}")
        self.slug, self.party = slug, party

    def message_da(self) -> str:
        return (
            f"»{self.party}« er ikke en høringspart i høringen »{self.slug}«. Skriv navnet, som det står "
            f"på høringslisten (se »hoering config {self.slug}«)."
        )


class InvalidConfig(HoeringError):
    """A config that cannot be used. `problems`: (line or None, Danish sentence) for each
    value in the file that is wrong, when validation found them (hoering/config.py)."""

    def __init__(self, source: str, problem: str, *, problems: list[tuple[int | None, str]] | None = None):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem
        self.problems = problems or []

    def message_da(self) -> str:
        if not self.problems:
            return f"Konfigurationen i {self.source} kan ikke bruges: {self.problem}"
        lines = [
            f"{self.source}, linje {line}: {text}" if line else f"{self.source}: {text}"
            for line, text in self.problems
        ]
        return "\n".join(lines) + "\nKonfigurationen er ikke gemt. Ret filen og kør kommandoen igen."


class InvalidSlug(HoeringError):
    def __init__(self, slug: str):
        super().__init__(slug)
        self.slug = slug

    def message_da(self) -> str:
        return (
            f"»{self.slug}« kan ikke bruges som kortnavn for en høring. Brug små bogstaver, tal og "
            "bindestreg, fx »aktivering-2019«."
        )


class ArchiveError(HoeringError):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = path, problem

    # What SQLite and the OS say when an archive cannot be opened, and what staff can do.
    _REASONS = (
        ("unable to open database file", "databasefilen kan ikke åbnes; tjek, at mappen findes, og at du har adgang til den"),
        ("database is locked", "et andet hoering-program bruger arkivet lige nu; vent, til det er færdigt, og prøv igen"),
        ("file is not a database", "archive.sqlite i mappen er ikke et hoering-arkiv; vælg den rigtige mappe med --archive"),
        ("Permission denied", "adgang nægtet; bed om adgang til mappen, eller vælg en anden med --archive"),
        ("Read-only file system", "drevet er skrivebeskyttet; vælg en mappe, du kan skrive i, med --archive"),
        ("readonly database", "arkivet er skrivebeskyttet; bed om skriveadgang til mappen"),
    )

    def message_da(self) -> str:
        for english, danish_reason in self._REASONS:
            if english in self.problem:
                return f"Arkivet i »{self.path}« kan ikke åbnes: {danish_reason}."
        return (
            f"Arkivet i »{self.path}« kan ikke åbnes ({self.problem}). Tjek, at mappen er den "
            "rigtige, og at du har adgang til den."
        )


class ArchiveMissing(HoeringError):
    """--archive names a folder without an archive, for a command that needs one."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path

    def message_da(self) -> str:
        return (
            f"Der er intet arkiv i »{self.path}«. Tjek stavningen af --archive (og at et "
            "netværksdrev er tilsluttet); et nyt arkiv oprettes kun af »hoering new« og "
            "»hoering demo«."
        )


class TargetNotEmpty(HoeringError):
    """`archive-move` into an archive that already holds consultations, originals or a log."""

    def __init__(self, location: str):
        super().__init__(location)
        self.location = location

    def message_da(self) -> str:
        return (
            f"Målarkivet {self.location} er ikke tomt. Flyt kun til en ny, tom database eller mappe, "
            "så to arkiver aldrig blandes."
        )


class ArchiveNewer(HoeringError):
    """The archive to move was written by a newer hoering (tables or migrations unknown here)."""

    def __init__(self, location: str, unknown: list[str]):
        super().__init__(f"{location}: {', '.join(unknown)}")
        self.location, self.unknown = location, unknown

    def message_da(self) -> str:
        return (
            f"Arkivet {self.location} er skrevet af en nyere udgave af hoering ({', '.join(self.unknown)}). "
            "Opdatér hoering, og flyt det så."
        )


class ArchiveMoveMismatch(HoeringError):
    """After `archive-move` the target's counts or originals differ from the source's."""

    def __init__(self, location: str, wrong: list[str]):
        super().__init__(f"{location}: {', '.join(wrong)}")
        self.location, self.wrong = location, wrong

    def message_da(self) -> str:
        return (
            f"Kopien i {self.location} stemmer ikke med arkivet: {', '.join(self.wrong[:10])}. "
            "Det oprindelige arkiv er urørt; brug ikke kopien, og kør flytningen igen til et tomt mål."
        )


class ConfirmationRequired(HoeringError):
    """A deletion for good without --yes, and no terminal to ask on (a script, a pipe)."""

    def __init__(self, command: str):
        super().__init__(command)
        self.command = command

    def message_da(self) -> str:
        return (
            "Intet er slettet: en sletning skal bekræftes, og der er ingen terminal at spørge i. "
            f"Tilføj --yes for at slette uden at spørge, fx »{self.command} --yes«."
        )


class UnknownTheme(HoeringError):
    """`slug` None: the key is in no consultation of the archive (a search over all of them).
    `known`: the theme keys there are, for a "mente du …?"."""

    def __init__(self, slug: str | None, key: str, known=()):
        super().__init__(f"{slug}: {key}")
        self.slug, self.key, self.known = slug, key, list(known)

    def message_da(self) -> str:
        guess = _did_you_mean(self.key, self.known)
        if self.slug is None:
            keys = ", ".join(self.known[:20]) + (" …" if len(self.known) > 20 else "")
            known = f"Brug et af arkivets temaer: {keys}." if keys else "Arkivet har ingen temaer endnu; søg uden --theme."
            return f"Temaet »{self.key}« findes ikke i nogen høring i arkivet. {guess}{known}"
        return (
            f"Temaet »{self.key}« findes ikke i høringen »{self.slug}«. {guess}"
            f"Se temaerne med »hoering themes {self.slug}«."
        )


class InvalidThemeKey(HoeringError):
    """A theme key a config cannot hold. `suggestion`: a key made from it that can."""

    def __init__(self, key: str, suggestion: str | None = None):
        super().__init__(key)
        self.key, self.suggestion = key, suggestion

    def message_da(self) -> str:
        example = self.suggestion or "omplacering"
        return (
            f"»{self.key}« kan ikke bruges som nøgle til et tema: en nøgle må kun indeholde små "
            "bogstaver a-z (ikke æ, ø og å), tal, - og _ og skal begynde med et bogstav eller et tal. "
            + (f"Brug fx --key {example}; intet er ændret." if self.suggestion else f"Fx --key {example}.")
        )


class ThemeKeyTaken(HoeringError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key

    def message_da(self) -> str:
        return f"Der findes allerede et tema med nøglen »{self.key}«. Vælg en anden med --key."


class UnknownSuggestion(HoeringError):
    def __init__(self, slug: str, n: int):
        super().__init__(f"{slug}: {n}")
        self.slug, self.n = slug, n

    def message_da(self) -> str:
        return (
            f"Forslag nr. {self.n} findes ikke for høringen »{self.slug}«. "
            f"Se forslagene med »hoering themes {self.slug} --suggest«."
        )


class SuggestionAlreadyAccepted(HoeringError):
    def __init__(self, slug: str, n: int, key: str, label: str):
        super().__init__(f"{slug}: {n} = {key}")
        self.slug, self.n, self.key, self.label = slug, n, key, label

    def message_da(self) -> str:
        return (
            f"Forslag nr. {self.n} er allerede optaget som temaet »{self.label}« [{self.key}]; "
            "intet er ændret."
        )


# The name the review workspace uses for the same refusal.
ThemeAlreadyAccepted = SuggestionAlreadyAccepted


class ThemeMergeSelf(HoeringError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key

    def message_da(self) -> str:
        return f"Temaet »{self.key}« kan ikke slås sammen med sig selv; vælg et andet tema at flytte det ind i."


# --- the review: comments, remarks, exclusions -------------------------------------


class StaleEdit(HoeringError):
    """Someone saved the text after the editor opened it: the editor's change is not saved.
    `what` names the text in Danish ("Vurderingen af høringssvar nr. 3"); `current` is the
    stored text (a `model.Edit`), for the editor to compare with."""

    def __init__(self, changed_by: str, changed_at: str, *, what: str = "Teksten", current=None):
        super().__init__(f"{what}: {changed_by} {changed_at}")
        self.changed_by, self.changed_at, self.what, self.current = changed_by, changed_at, what, current

    def message_da(self) -> str:
        return (
            f"{self.what} er ændret af {self.changed_by} kl. {_local_time(self.changed_at)}, siden du "
            "åbnede den, så din ændring er ikke gemt. Læs den nye tekst, og ret den igen."
        )


def _local_time(stamp: str) -> str:
    """A stored UTC time as the reader's local "10:42", or "10:42 den 2026-12-06" on another day."""
    import datetime as dt

    try:
        at = dt.datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return str(stamp)
    same_day = at.date() == dt.datetime.now().astimezone().date()
    return at.strftime("%H:%M") if same_day else at.strftime("%H:%M den %Y-%m-%d")


class NotExcluded(HoeringError):
    def __init__(self, slug: str, number: int):
        super().__init__(f"{slug}/{number}")
        self.slug, self.number = slug, number

    def message_da(self) -> str:
        return f"Høringssvar nr. {self.number} er ikke udeladt, så intet er ændret."


class ExcludedWithEmail(HoeringError):
    """An attachment left out because its e-mail was: it comes back with the e-mail."""

    def __init__(self, slug: str, number: int, email: int):
        super().__init__(f"{slug}/{number} (e-mail {email})")
        self.slug, self.number, self.email = slug, number, email

    def message_da(self) -> str:
        return (
            f"Høringssvar nr. {self.number} er et bilag til e-mailen nr. {self.email} og er udeladt "
            f"sammen med den. Medtag e-mailen, så kommer bilaget med: "
            f"hoering include {self.slug} {self.email}"
        )


class ReasonRequired(HoeringError):
    def __init__(self, slug: str, number: int):
        super().__init__(f"{slug}/{number}")
        self.slug, self.number = slug, number

    def message_da(self) -> str:
        return (
            f"Skriv, hvorfor høringssvar nr. {self.number} udelades, fx "
            f'»hoering exclude {self.slug} {self.number} --reason "Hører til en anden høring"«.'
        )


class CampaignOfItself(HoeringError):
    def __init__(self, slug: str, number: int):
        super().__init__(f"{slug}/{number}")
        self.slug, self.number = slug, number

    def message_da(self) -> str:
        return (
            f"Høringssvar nr. {self.number} kan ikke være enslydende med sig selv. Angiv nummeret på et "
            f"andet svar i gruppen (se »hoering status {self.slug}«)."
        )


class ReviewImportUnreadable(HoeringError):
    """The file given to `review-import` is not a spreadsheet `export --xlsx` wrote."""

    def __init__(self, file: str, detail: str = ""):
        super().__init__(f"{file}: {detail}" if detail else file)
        self.file, self.detail = file, detail

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Regnearket »{self.file}« kan ikke indlæses{what}. Brug det regneark, som »hoering export "
            "SLUG --xlsx FIL« har skrevet, gemt som .xlsx, med overskrifterne i første række; intet er ændret."
        )


# --- accounts on a shared archive ---------------------------------------------------


class UserExists(HoeringError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name

    def message_da(self) -> str:
        return (
            f"Der findes allerede en bruger »{self.name}«. Skift adgangskode med "
            f"»hoering user passwd {self.name}« eller rolle med »hoering user role {self.name} ROLLE«."
        )


class UserNotFound(HoeringError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name

    def message_da(self) -> str:
        return f"Der findes ingen bruger »{self.name}«. Se brugerne med »hoering user list«."


class InvalidUserName(HoeringError):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name

    def message_da(self) -> str:
        return (
            f"»{self.name}« kan ikke bruges som brugernavn: brug 1-64 tegn uden mellemrum og "
            "kontroltegn, fx initialer eller e-mailadresse."
        )


class WeakPassword(HoeringError):
    def __init__(self, minimum: int):
        super().__init__(str(minimum))
        self.minimum = minimum

    def message_da(self) -> str:
        return f"Adgangskoden er for kort: brug mindst {self.minimum} tegn. Intet er ændret."


class LoginRequired(HoeringError):
    """The review workspace asked to listen on an address other computers reach, while no
    one has to sign in: it would show every letter to anyone on the network."""

    def __init__(self, host: str):
        super().__init__(host)
        self.host = host

    def message_da(self) -> str:
        return (
            f"Arbejdsrummet kan ikke åbnes på adressen {self.host}, fordi ingen skal logge ind: "
            "så kunne alle på netværket læse høringssvarene. Opret en bruger med "
            "»hoering user add NAVN --role godkender« (eller sæt HOERING_TRUSTED_HEADER bag "
            "kommunens single sign-on), eller brug den lokale adresse 127.0.0.1."
        )


# --- publication: approval and manual redactions ---------------------------------


class ApprovalBlocked(HoeringError):
    """Doubtful redactions not yet reviewed: a person must look at them first."""

    def __init__(self, slug: str, count: int):
        super().__init__(f"{slug}: {count}")
        self.slug, self.count = slug, count

    def message_da(self) -> str:
        what = "1 tvivlsom fjernelse" if self.count == 1 else f"{self.count} tvivlsomme fjernelser"
        return (
            f"Høringen »{self.slug}« er ikke godkendt: det offentlige notat har {what}, som ingen "
            f"har gennemgået. Se dem med »hoering redactions {self.slug}«, ret dem med »hoering "
            f"redact«, og markér dem som gennemgået med »hoering redactions {self.slug} --reviewed«; "
            f'eller godkend alligevel med --reason "begrundelse".'
        )


class ManualTextNotInResponse(HoeringError):
    def __init__(self, slug: str, number: int):
        super().__init__(f"{slug}/{number}")
        self.slug, self.number = slug, number

    def message_da(self) -> str:
        return (
            f"Teksten står ikke i høringssvar nr. {self.number}, så intet er ændret. Skriv den, som "
            f"den står i svaret (store og små bogstaver er ligegyldige); se svaret med »hoering show "
            f"{self.slug} {self.number}«."
        )


class ManualRedactionNotFound(HoeringError):
    def __init__(self, slug: str, number: int):
        super().__init__(f"{slug}/{number}")
        self.slug, self.number = slug, number

    def message_da(self) -> str:
        return (
            f"Der er ingen manuel anonymisering af den tekst i høringssvar nr. {self.number}, så "
            f"intet er fortrudt. Se de manuelle med »hoering redactions {self.slug}«."
        )


# --- files that cannot be read ----------------------------------------------
#
# Each carries the status recorded on the response ("failed", "needs_ocr", …)
# and a sentence that names the file and says what to do.


class ExtractionError(HoeringError):
    status = Status.FAILED
    code = "failed"

    def __init__(self, file: str, detail: str = ""):
        super().__init__(f"{file}: {detail}" if detail else file)
        self.file, self.detail = file, detail

    def message_da(self) -> str:  # pragma: no cover - every subclass overrides
        return f"Filen »{self.file}« kunne ikke læses."


class UnsupportedFile(ExtractionError):
    code = "unsupported"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Filen »{self.file}« er ikke et dokument, som hoering kan læse{what}. "
            "Gem den som PDF eller Word (DOCX) og indsaml den igen."
        )


class EmptyFile(ExtractionError):
    code = "empty"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er tom (0 byte). Bed afsenderen sende høringssvaret igen, "
            "eller find den rigtige fil i mailen."
        )


class CorruptFile(ExtractionError):
    code = "corrupt"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er beskadiget og kan ikke åbnes. Bed afsenderen om en ny kopi, "
            "eller prøv at åbne og gemme den igen i Word eller en PDF-læser."
        )


class DamagedWinmail(CorruptFile):
    """Outlook's winmail.dat (TNEF) that cannot be unpacked."""

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er Outlooks pakke med bilag (winmail.dat), men den er beskadiget "
            "og kan ikke pakkes ud. Bed afsenderen sende bilagene igen som almindelige vedhæftede "
            "filer (i Outlook: send mailen som HTML eller almindelig tekst, ikke RTF)."
        )


class DamagedAttachment(CorruptFile):
    """An e-mail's attachment that did not arrive whole: its base64 transfer encoding is
    broken (the mail was cut off or mangled on its way)."""

    def __init__(self, file: str, email: str, attachment: str):
        super().__init__(file, "bilagets base64-kodning er beskadiget")
        self.email, self.attachment = email, attachment

    def message_da(self) -> str:
        return (
            f"Bilaget »{self.attachment}« i mailen »{self.email}« er beskadiget: det kom ikke "
            "helt igennem, da mailen blev sendt, så det kan ikke læses. Bed afsenderen sende "
            "bilaget igen."
        )


class EncryptedFile(ExtractionError):
    code = "encrypted"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er beskyttet med adgangskode. Bed afsenderen om en version uden "
            "adgangskode, eller åbn den med koden og gem en ubeskyttet kopi."
        )


class NoTextLayer(ExtractionError):
    """A scan: pages but no text. Recorded as needs_ocr, not as a plain failure."""

    status = Status.NEEDS_OCR
    code = "needs_ocr"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er en scanning uden tekst. Installér tekstgenkendelse "
            "(Tesseract med dansk sprogmodel: tesseract-ocr og tesseract-ocr-dan) og kør "
            "»hoering collect« igen, eller indtast teksten manuelt."
        )


class NoText(ExtractionError):
    """A document that opened fine but holds no words."""

    code = "no_text"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« indeholder ingen tekst. Kontrollér, at det er den rigtige fil, "
            "eller bed afsenderen sende høringssvaret igen."
        )


class TooLarge(ExtractionError):
    code = "too_large"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Filen »{self.file}« er for stor til at blive læst sikkert{what}. Kontrollér filen; "
            "grænserne kan hæves i konfigurationen (limits)."
        )


class Timeout(ExtractionError):
    code = "timeout"

    def message_da(self) -> str:
        return (
            f"Det tog for lang tid at læse filen »{self.file}«, så den blev sprunget over. "
            "Kontrollér filen; tidsgrænsen kan hæves i konfigurationen (limits)."
        )


class NeedsConverter(ExtractionError):
    """A format we read only through an external program that is not installed."""

    code = "needs_converter"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« er i et ældre format, der kræver {self.detail or 'et konverteringsprogram'}. "
            "Installér det, eller gem filen som DOCX eller PDF, og indsaml den igen."
        )


class UnsafePath(ExtractionError):
    code = "unsafe_path"

    def message_da(self) -> str:
        return (
            f"Filen »{self.file}« blev ikke læst: {self.detail or 'stien peger uden for mappen'}. "
            "Kopiér selve filen ind i mappen og indsaml igen."
        )


class UnreadableFile(ExtractionError):
    """The operating system would not let hoering read the file (permissions, a file that
    vanished while the folder was read, a network share that went away)."""

    code = "unreadable"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Filen »{self.file}« kan ikke læses{what}. Sørg for, at du har adgang til filen "
            "(eller kopiér den til en mappe, du har adgang til), og kør collect igen."
        )


class UnreadableFolder(ExtractionError):
    """A folder inside the collected folder that cannot be listed: its files are not collected."""

    code = "unreadable_folder"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Mappen »{self.file}« kan ikke åbnes{what}, så filerne i den er ikke indsamlet. "
            "Sørg for, at du har adgang til mappen, og kør collect igen."
        )


def os_reason(error: OSError) -> str:
    """Why the operating system said no, in Danish."""
    if isinstance(error, PermissionError):
        return "adgang nægtet"
    if isinstance(error, FileNotFoundError):
        return "filen findes ikke længere"
    return error.strerror or type(error).__name__


def danish(exc: BaseException) -> str:
    """The Danish sentence for any exception; unknown errors still get a useful one."""
    if isinstance(exc, HoeringError):
        return exc.message_da()
    known = os_error(exc)
    if known is not None:
        return known.message_da()
    if is_disk_full(exc):
        return DiskFull(getattr(exc, "filename", None) or "", place="disk").message_da()
    if type(exc).__module__.startswith("psycopg") and type(exc).__name__ in ("OperationalError", "InterfaceError"):
        # The shared archive's server went away mid-command (a restart, the network): every
        # transaction that did not commit was rolled back by the server.
        return (
            f"Forbindelsen til det fælles arkiv (PostgreSQL) blev afbrudt: {str(exc).strip()}. Det, der "
            "ikke nåede at blive gemt, er rullet tilbage; prøv igen, når databasen svarer."
        )
    return f"Uventet fejl ({type(exc).__name__}): {exc}. Kontakt den, der driver hoering."


class FileInUse(HoeringError):
    """The operating system refused access to a file or folder: on Windows most often a file
    open in Word or Excel (a sharing violation is reported as access denied), else missing
    permissions."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path

    def message_da(self) -> str:
        where = f"»{self.path}«" if self.path else "en fil"
        return (
            f"Adgang nægtet til {where}. Er filen åben i et andet program (fx Word eller Excel)? "
            "Luk den, og kør kommandoen igen; hjælper det ikke, så bed om adgang til filen og mappen."
        )


class PathMissing(HoeringError):
    def __init__(self, path: str):
        super().__init__(path)
        self.path = path

    def message_da(self) -> str:
        where = f"»{self.path}«" if self.path else "Filen eller mappen"
        return (
            f"{where} findes ikke. Tjek stavningen, at mappen findes, og at et netværksdrev er "
            "tilsluttet; kør så kommandoen igen."
        )


class ReadOnlyDrive(HoeringError):
    def __init__(self, path: str):
        super().__init__(path)
        self.path = path

    def message_da(self) -> str:
        where = f"»{self.path}«" if self.path else "Stedet"
        return (
            f"{where} ligger på et skrivebeskyttet drev (fx en cd, et låst USB-drev eller et "
            "netværksdrev kun til læsning). Vælg en placering, du kan skrive på."
        )


def os_error(exc: BaseException) -> HoeringError | None:
    """The specific error for an OSError (or SQLite error) staff can act on: a full disk, a
    file in use or without access, a missing file or folder, a read-only drive. None for
    anything else."""
    path = str(getattr(exc, "filename", None) or "")
    if is_disk_full(exc):
        return DiskFull(path, place="disk")
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
            return ReadOnlyDrive(path)
        return None
    if not isinstance(exc, OSError):
        return None
    if exc.errno == errno.EROFS:
        return ReadOnlyDrive(path)
    if isinstance(exc, PermissionError):
        return FileInUse(path)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return PathMissing(path)
    return None


# --- a full disk, and the files the user asked for -------------------------------
#
# A full disk is not a bug to report but something staff can fix themselves, so
# it gets its own sentence wherever it happens: the archive (SQLite's SQLITE_FULL,
# which also comes from a quota), the store of original files, the spool of e-mail
# attachments, and the note or spreadsheet being written.

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC or EDQUOT from the OS, SQLite's SQLITE_FULL (its primary code, 13), or
    PostgreSQL's class 53 disk_full (a shared archive's server ran out of room)."""
    if getattr(exc, "sqlstate", None) == "53100":
        return True
    if isinstance(exc, OSError):
        return exc.errno in _DISK_FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF == sqlite3.SQLITE_FULL
        return "database or disk is full" in str(exc)
    return False


class DiskFull(HoeringError):
    """Nothing more could be written. `place`: archive, temp (a reader's working folder) or disk.

    Every write to the archive is a transaction and every stored file is renamed into
    place only when complete, so what was written before is kept: `collecting` says so
    in collect's words.
    """

    def __init__(
        self, path: str, *, file: str | None = None, place: str = "archive", collecting: bool = False
    ):
        super().__init__(f"{path}: {file}" if file else path)
        self.path, self.file, self.place, self.collecting = path, file, place, collecting

    def message_da(self) -> str:
        if self.place == "archive":
            where = f"i arkivet i »{self.path}«"
        elif self.place == "temp":
            where = f"i den midlertidige mappe »{self.path}«"
        else:
            where = f"i »{self.path}«" if self.path else "på disken"
        if self.file:
            what = f"»{self.file}« kunne ikke gemmes {where}"
        else:
            what = f"der kunne ikke gemmes mere {where}"
        kept = "indsamlet" if self.collecting else "gemt i arkivet"
        return (
            f"Disken er fuld: {what}. Frigør plads og kør kommandoen igen; "
            f"det, der allerede er {kept}, er bevaret."
        )


class OutputError(HoeringError):
    """A file the user asked for (the note, the spreadsheet) could not be written.

    Outputs are written whole or not at all (`hoering.atomic`), so nothing half-written is
    left, and a file of the same name from before is unchanged (`existed`). `option` is the
    CLI's option for the file (-o, --xlsx), named in the advice when set.
    """

    def __init__(self, path: str, detail: str = "", *, existed: bool = False):
        super().__init__(f"{path}: {detail}" if detail else path)
        self.path, self.detail, self.existed = path, detail, existed
        self.option: str | None = None
        self.read_only = False  # the drive, not the folder's permissions (EROFS)

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path) or "."

    def _elsewhere(self) -> str:
        return "vælg en anden placering" + (f" med {self.option}" if self.option else "")

    def _kept(self) -> str:
        return " Den tidligere fil med samme navn er uændret." if self.existed else ""

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Filen »{self.path}« kunne ikke gemmes{what}. "
            f"Prøv igen, eller {self._elsewhere()}.{self._kept()}"
        )


class OutputDiskFull(OutputError):
    def message_da(self) -> str:
        return (
            f"Disken er fuld, så »{self.path}« kunne ikke gemmes. "
            f"Frigør plads og kør kommandoen igen, eller {self._elsewhere()}.{self._kept()}"
        )


class OutputFolderMissing(OutputError):
    def message_da(self) -> str:
        return (
            f"Mappen »{self.folder}« findes ikke, så »{os.path.basename(self.path)}« kan ikke "
            f"gemmes der. Opret den, eller {self._elsewhere()}."
        )


class OutputNotWritable(OutputError):
    """No permission to write in the folder, or the folder is on a read-only drive."""

    def message_da(self) -> str:
        if self.read_only:
            elsewhere = self._elsewhere()
            why, advice = "drevet er skrivebeskyttet", elsewhere[0].upper() + elsewhere[1:]
        else:
            why = "du ikke har lov til at skrive i mappen"
            advice = f"Bed om skriveadgang, eller {self._elsewhere()}"
        return (
            f"»{self.path}« kan ikke gemmes, fordi {why} (»{self.folder}«). "
            f"{advice}.{self._kept()}"
        )


class OutputInUse(OutputError):
    """The finished file could not replace the old one: on Windows, the old one is open
    (in Word, Excel, a preview pane)."""

    def message_da(self) -> str:
        return (
            f"»{self.path}« kan ikke overskrives, fordi filen er åben i et andet program "
            f"(fx Word eller Excel) eller er skrivebeskyttet. Luk filen og kør kommandoen igen, "
            f"eller {self._elsewhere()}.{self._kept()}"
        )


class OutputIsFolder(OutputError):
    def message_da(self) -> str:
        return f"»{self.path}« er en mappe, ikke en fil. Angiv et filnavn i mappen."


def output_error(exc: OSError, path: str, *, existed: bool = False, replacing: bool = False) -> OutputError:
    """The specific error for an OSError met while writing the output file `path`.
    `replacing`: the new file was written and only the rename over the old one failed."""
    if is_disk_full(exc):
        return OutputDiskFull(path, existed=existed)
    if isinstance(exc, IsADirectoryError):
        return OutputIsFolder(path)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return OutputFolderMissing(path)
    if replacing and existed and isinstance(exc, PermissionError):
        # The folder took the new file, so it is not the folder's permissions: the old
        # file is locked (Windows: open in Word) or protected.
        return OutputInUse(path, existed=existed)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        error = OutputNotWritable(path, existed=existed)
        error.read_only = exc.errno == errno.EROFS
        return error
    return OutputError(path, f"{type(exc).__name__}: {exc.strerror or exc}", existed=existed)


# --- the overview note (hoering/note) -------------------------------------------


class UnsupportedNoteFormat(HoeringError):
    allowed = (".docx", ".html", ".htm", ".md")

    def __init__(self, suffix: str):
        super().__init__(suffix or "(ingen endelse)")
        self.suffix = suffix

    def message_da(self) -> str:
        what = f"»{self.suffix}«" if self.suffix else "en fil uden endelse"
        return (
            f"Notatet kan ikke gemmes som {what}. Brug en af endelserne "
            f"{', '.join(self.allowed[:-1])} eller {self.allowed[-1]}, fx »-o notat.docx«."
        )


class UnsupportedSpreadsheetFormat(HoeringError):
    """The spreadsheet is always .xlsx: a file named .csv or .xls would not open as one."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path

    def message_da(self) -> str:
        suffix = os.path.splitext(self.path)[1]
        what = f"»{suffix}«" if suffix else "en fil uden endelse"
        return (
            f"Regnearket kan ikke gemmes som {what}: det er altid et Excel-regneark. "
            f"Brug endelsen .xlsx, fx »--xlsx oversigt.xlsx«."
        )


class NoteTemplateError(HoeringError):
    """A user's note template is missing, broken, or does something a template may not."""

    def __init__(self, template: str, problem: str):
        super().__init__(f"{template}: {problem}")
        self.template, self.problem = template, problem

    def message_da(self) -> str:
        return (
            f"Skabelonen »{self.template}« kan ikke bruges: {self.problem}. Ret skabelonen, "
            "eller lad være med at angive den for at bruge standardskabelonen."
        )


# --- intake: e-mails, scans, hostile files ----------------------------------------------


class UnsafeFile(ExtractionError):
    """A document built to attack its reader (XML entity expansion, a DTD in an Office part)."""

    code = "unsafe"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Filen »{self.file}« blev ikke læst, fordi den indeholder konstruktioner, som kan "
            f"bruges til at angribe programmer{what}. Bed afsenderen om en ny kopi, gemt som PDF "
            "eller almindelig Word (DOCX)."
        )


class ReaderCrashed(ExtractionError):
    """The process reading the file died (a crash inside a reader library, or out of memory)."""

    code = "crashed"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Programmet, der læser filen »{self.file}«, gik ned{what}, så filen blev sprunget "
            "over. Kontrollér filen, eller bed afsenderen om en ny kopi i PDF eller Word (DOCX)."
        )


class OcrFailed(ExtractionError):
    """Tesseract is installed but could not read the scan."""

    status = Status.NEEDS_OCR
    code = "ocr_failed"

    def message_da(self) -> str:
        what = f" ({self.detail})" if self.detail else ""
        return (
            f"Tekstgenkendelsen (OCR) af scanningen »{self.file}« mislykkedes{what}. "
            "Bed om en bedre scanning eller en version med tekst, eller indtast teksten manuelt."
        )


# --- the review workspace (`hoering serve`) -------------------------------------------------


class PortBusy(HoeringError):
    def __init__(self, host: str, port: int):
        super().__init__(f"{host}:{port}")
        self.host, self.port = host, port

    def message_da(self) -> str:
        from . import messages as M

        return M.say(M.WEB_PORT_BUSY, host=self.host, port=self.port)


class NoteBuildFailed(HoeringError):
    """The workspace could not build a consultation's note; `reason` is the Danish sentence of
    what stopped it."""

    def __init__(self, slug: str, reason: str):
        super().__init__(f"{slug}: {reason}")
        self.slug, self.reason = slug, reason

    def message_da(self) -> str:
        return f"Notatet for »{self.slug}« kunne ikke laves: {self.reason}"
