"""Every Danish sentence hoering prints that is not an error (errors live in `hoering.errors`).

One place for the wording, so a change of phrasing (or a translation) touches one file. Each
entry is a `str.format` template with named fields; `say(TEMPLATE, **fields)` fills it in.
Click's help texts stay beside their options, where click needs them.
"""

from __future__ import annotations


def say(template: str, **fields) -> str:
    return template.format(**fields)


# --- general -----------------------------------------------------------------------------

INTERRUPTED = (
    "Afbrudt. Alt, der nåede at blive gemt, er i arkivet; kør samme kommando igen for at gøre "
    "arbejdet færdigt."
)
WARNING = "ADVARSEL: {warning}"
FAILURE = "FEJL: {message}"
UNKNOWN_SENDER = "(ukendt)"
UNKNOWN_SENDER_LONG = "(ukendt afsender)"

# --- consultations -----------------------------------------------------------------------

NEW_NEEDS_CONFIG = 'Angiv --config FIL eller --title "Titel".'
CONFIG_EXISTS = "{path} findes allerede; brug --config {path}."
STARTER_WRITTEN = "Skrev en konfiguration til {path}. Ret høringsparter og temaer, og kør:"
STARTER_NEXT = "  hoering config {slug} --config {path}"
CONSULTATION_UPDATED = "Opdaterede høringen »{slug}«: {title}"
CONSULTATION_CREATED = "Oprettede høringen »{slug}«: {title} ({parties} høringsparter, {themes} temaer)."
CONFIG_UPDATED = "Opdaterede høringen »{slug}«; {changed} afsendere blev matchet igen, {tagged} svar tagget igen."
NO_CONSULTATIONS = "Arkivet har ingen høringer endnu. Opret en med »hoering new«."
LIST_HEADERS = ["Høring", "Titel", "Svar", "Frist"]

# --- collecting and status ---------------------------------------------------------------

COLLECTING = "Indsamler"
COLLECTED = (
    "Indsamlet til »{slug}«: {new} nye, {unchanged} uændrede, {duplicates} dubletter, "
    "{failed} med fejl."
)
NO_RESPONSES = "Ingen høringssvar endnu. Indsaml med »hoering collect SLUG MAPPE«."
STATUS_HEADERS = ["Nr.", "Afsender", "Type", "Høringspart", "Sider", "Status"]
DUPLICATE_OF = "dublet af nr. {number}"
NOT_ANSWERED = "Har ikke svaret ({count}): {parties}"
ALL_ANSWERED = "Alle høringsparter har svaret."
RESPONSE_ERROR = "Nr. {number}: {error}"
RESPONSE_WARNING = "Nr. {number}, bemærk: {warning}"
ATTACHMENT_OF = ", bilag til nr. {number}"
LATE = ", efter fristen"
LATE_BY_FILE_DATE = ", efter fristen (ifølge filens dato)"
REVISION_OF = ", rettelse af nr. {number}"
FORM_LETTER_OF = ", enslydende (nr. {number})"
FORM_LETTER = ", enslydende"
SENDER_SET = "Nr. {number}: afsender er nu »{sender}«{party}."
SENDER_IS_PARTY = " (høringspart: {party})"
SENDER_NOT_PARTY = " (ikke en høringspart)"
REVISION_NEEDS_CHOICE = "Angiv enten --of NUMMER (svaret erstatter nr. NUMMER) eller --none."
REVISION_NONE = "Nr. {number} er ikke en rettelse; det tælles som et svar for sig."
REVISION_SET = "Nr. {number} er nu en rettelse af nr. {of}; notatet tæller kun den nyeste udgave."

# --- themes --------------------------------------------------------------------------------

EXPLAIN_HEAD = "Nr. {number}: {sender}"
NO_THEMES = "Ingen temaer fundet."
BY_A_PERSON = "rettet af en person"
AUTOMATIC = "fundet automatisk"
THEME_NO_COMMENT = "\n{label} [{key}]: ingen kommentarer ({who})"
THEME_STANCE = "\n{label} [{key}]: {stance} ({who})"
TRIGGER_WORDS = "  Ord: {words}"
STANCE_CUES = "  Holdning ud fra: {cues}"
EVIDENCE = "  » {passage}"
TAG_REMOVED = "Nr. {number}: temaet »{theme}« er fjernet."
TAG_SET = "Nr. {number}: temaet »{theme}« er sat."
TAG_SET_WITH_STANCE = "Nr. {number}: temaet »{theme}« er sat med holdningen {stance}."
SUGGESTION_ACCEPTED = "Forslag {n} er optaget som temaet »{label}« [{key}] og tagget i alle svar."
NO_SUGGESTIONS = "Ingen tilbagevendende emner uden for temaerne."
EVAL_USAGE = "Angiv høringen og --labels FACIT, eller --learned SLUG=FACIT mindst tre gange."
EVAL_LEARNED_USAGE = "--learned kræver mindst tre høringer, hver som SLUG=FACIT med en facitfil, der findes."
EVAL_LEARNED_HEAD = "Holdning, træfsikkerhed, når hver høring testes med en model lært af de andre:"
EVAL_LEARNED_ROW = "  {slug}: regler {rules:.2f}, regler + lært {learned:.2f} ({total} holdninger; lært af {train})"
REVIEW_FLAG = "bør gennemses"
CONFIDENCE = "  Sikkerhed: {confidence:.0%}{flag}"
SUGGESTION = "\n{n}. {label}{accepted}"
SUGGESTION_ACCEPTED_AS = " (optaget som [{key}])"
SUGGESTION_KEYWORDS = "   Nøgleord: {keywords}"
SUGGESTION_RESPONSES = "   Høringssvar: {numbers}"
SUGGESTION_PASSAGE = "   » (nr. {number}) {text}"
SUGGESTION_NEXT = "\nOptag et forslag som tema med »hoering themes {slug} --accept N«."
THEME_HEADERS = ["Nøgle", "Tema", "Omtaler", "Imod/bekymret", "Ingen kommentarer"]

# --- export and the note -------------------------------------------------------------------

XLSX_WRITTEN = "Skrev regnearket {path}."
XLSX_WRITTEN_INTERNAL = "Skrev regnearket {path} (intern version)."
NOTE_WRITTEN = "Skrev overbliksnotatet {path} (borgeres personoplysninger er fjernet)."
NOTE_WRITTEN_INTERNAL = "Skrev overbliksnotatet {path} (intern version – ikke til offentliggørelse)."

# --- search --------------------------------------------------------------------------------

BUILDING_INDEX = "Bygger søgeindekset"
INDEX_REBUILT = "Søgeindekset blev bygget igen (ny sprogmodel)."
NO_HITS = "Ingen høringssvar matcher »{query}«."
HIT_HEAD = "{n}. {consultation} nr. {number} · {who} · {date}"
HIT_UNDATED = "uden dato"
HIT_SOURCE = "   ({title}; {file}{spread})"
HIT_SPREAD = "; ordene står i forskellige afsnit"
HITS_TRUNCATED = (
    "{shown} svar vist. Søgningen matcher mange afsnit; de {candidates} nyeste er rangeret. "
    "Tilføj flere ord eller et filter (fx --consultation, --since) for at indsnævre."
)
HITS_SHOWN = "{shown} svar vist ({passages} matchende afsnit)."
SHOW_HEAD = "{title} ({slug}), svar nr. {number}"
SHOW_SENDER = "Afsender:    {sender} ({kind})"
SHOW_PARTY = "Høringspart: {party}"
SHOW_FILE = "Fil:         {file}"
SHOW_DATE = "Dato:        {date}"
SHOW_STATUS = "Status:      {state}"
SHOW_ERROR = "Fejl:        {error}"
SHOW_DATE_UNKNOWN = "ukendt"
SHOW_DATE_COLLECTED = "{date} (indsamlet)"
SHOW_NO_TEXT = "(ingen tekst)"
INDEX_BUILT = "Søgeindekset er bygget: {passages} afsnit fra {responses} svar på {seconds:.1f} s."

# --- what a reader noticed (kept with the response, shown by `status` and in the note) -----

OCR_READ = "Teksten er genkendt med OCR og kan indeholde fejl."
OCR_UNSURE = (
    "Genkendelsen er usikker (gennemsnitlig sikkerhed {confidence:.0f} %); kontrollér teksten "
    "mod originalen."
)
OCR_EMPTY_PAGES = "Der blev ikke genkendt tekst på side {pages}."
ONE_PAGE = "Side {page}"
PAGES = "Siderne {pages} og {last}"
PAGES_UNREADABLE = "{pages} kunne ikke læses; teksten derfra mangler."
PAGES_SCANNED_NO_OCR = (
    "{pages} er scannet uden tekst; teksten derfra er ikke med (tekstgenkendelse kan tilføje den)."
)
PAGES_SCANNED_OCR = "{pages} er scannet; teksten derfra er genkendt med OCR og kan indeholde fejl."
PAGES_NOT_RECOGNISED = "Der blev ikke genkendt tekst på {pages}."
TOO_MANY_ATTACHMENTS = "Mailen har {count} bilag; kun de første {limit} er indsamlet (ikke: {rest})."
ATTACHMENT_MENTIONED_MISSING = "Mailen henviser til et bilag, men har intet bilag."
ATTACHMENTS_TOO_DEEP = "Bilagene i denne mail er ikke indsamlet (mailen ligger for dybt i andre mails)."
ATTACHMENT_NOT_SPOOLED = "Bilaget »{name}« kunne ikke gemmes til indsamling ({reason})."
STORED_LIMIT_IGNORED = (
    "Den gemte konfiguration for høringen »{slug}«: {problem} Værdien bruges ikke, "
    "standardværdien gælder; ret konfigurationen med »hoering config {slug} --config FIL«."
)

# --- deleting for good, retention and the log ---------------------------------------------

CONFIRM_DELETE = "Slet for altid? Skriv ja for at slette"
NOTHING_DELETED = "Intet er slettet."
ONE_FILE = "1 originalfil"
FILES = "{count} originalfiler"
FILES_LINE = "Originalfiler: {count} slettes"
FILES_KEPT = "; {count} bevares, fordi {other} har den samme fil"
KEPT_FOR_CONSULTATION = "en anden høring"
KEPT_FOR_RESPONSE = "et andet svar (i denne eller en anden høring)"
CONSULTATION_DELETED = "Slettede høringen »{slug}« med {responses} svar og {files}."
RESPONSES_DELETED = "Slettede {numbers} fra høringen »{slug}« og {files}."
CONSULTATION_GOES = (
    "Høringen »{slug}« ({title}) slettes for altid: {responses} svar med tekst, temaer og "
    "søgeindeks, rettelser og temaforslag."
)
LOG_KEEPS_ONLY = "Loggen (»hoering log«) beholder kun, at høringen blev slettet, af hvem og hvornår."
RESPONSES_GO = "Slettes for altid fra høringen »{slug}«:"
DELETE_HEADERS = ["Nr.", "Afsender", "Fil", "Hvad"]
WHAT_EMAIL = "e-mail"
WHAT_RESPONSE = "svar"
WHAT_ATTACHMENT = "bilag til nr. {number}"
WHAT_DUPLICATE = "dublet af nr. {number}"
EMAIL_WITH_ATTACHMENTS = "Nr. {number} er en e-mail: de {count} bilag, der kom i den, slettes med den."
EMAIL_WITH_ATTACHMENT = "Nr. {number} er en e-mail: bilaget, der kom i den, slettes med den."
EMAIL_WITHOUT_ATTACHMENTS = "Nr. {number} er en e-mail uden bilag i arkivet."
ATTACHMENT_STAYS_EMAIL = (
    "Nr. {number} kom som bilag til e-mail nr. {email}, som ikke slettes "
    "(slet den med »hoering delete {slug} {email}«)."
)
CORRECTIONS_GO = "En persons rettelser til svarene (afsender, temaer) slettes også"
SUGGESTIONS_GO = (
    ", og {count} temaforslag, der bygger på dem (kør »hoering themes {slug} --suggest« igen)"
)
STILL_IN_FOLDER = (
    "Ligger filerne stadig i den mappe, der indsamles fra, kommer de med igen ved næste "
    "»hoering collect«: slet dem også dér."
)
RETENTION_RULE = "{days} dage efter {start} {date}"
NOTHING_OVERDUE = "Ingen høringer har en udløbet opbevaringsfrist."
ORPHANS_REMOVED = "Fjernede {files}, som en afbrudt sletning efterlod."
ONE_CONSULTATION = "1 høring"
CONSULTATIONS = "{count} høringer"
OVERDUE = "Opbevaringsfristen er udløbet for {count}, som slettes for altid:"
PURGE_HEADERS = ["Høring", "Titel", "Svar", "Slettes fra", "Regel (delete_after_days)"]
LOG_EMPTY_FOR = "Loggen har intet om høringen »{slug}«."
LOG_EMPTY = "Loggen er tom."
LOG_HEADERS = ["Tidspunkt", "Bruger", "Handling", "Høring", "Nr.", "Beskrivelse"]
RETENTION_PASSED = (
    "ADVARSEL: Opbevaringsfristen for høringen »{slug}« er udløbet: den skulle slettes fra "
    "{due} (delete_after_days = {rule}). Slet den med »hoering delete {slug}«, eller alle "
    "høringer med udløbet frist med »hoering purge«."
)

# --- publication: approval, manual redactions, the redaction report ----------------------------

APPROVED = "Høringen »{slug}« er godkendt til offentliggørelse af {actor}. Notat og regneark er ikke længere mærket UDKAST."
APPROVED_OVER = (
    "Godkendt trods {count} tvivlsomme fjernelser, der ikke er gennemgået; begrundelsen er skrevet i loggen."
)
APPROVAL_LAPSES = (
    "Godkendelsen bortfalder, hvis høringen ændres (nye svar, rettelser, manuel anonymisering): "
    "så er notatet igen et UDKAST."
)
WITHDRAWN = "Godkendelsen af »{slug}« er trukket tilbage; notat og regneark er igen mærket UDKAST."
NOT_APPROVED = "Høringen »{slug}« var ikke godkendt; intet er ændret."
REDACTED = "Nr. {number}: teksten fjernes fra det offentlige notat og regneark, overalt i svaret."
KEPT = "Nr. {number}: teksten fjernes ikke af de automatiske regler i svaret."
UNDONE = "Nr. {number}: den manuelle beslutning om teksten er fortrudt."
DECISION_LAPSES = "Er høringen godkendt, bortfalder godkendelsen: notatet er igen et UDKAST."
REPORT_STATE_APPROVED = "Høringen »{slug}« er godkendt af {actor} ({at})."
REPORT_STATE_LAPSED = "Høringen »{slug}« blev godkendt af {actor} ({at}), men er ændret siden: notatet er et UDKAST."
REPORT_STATE_DRAFT = "Høringen »{slug}« er ikke godkendt: notatet er et UDKAST."
REPORT_NONE = "Det offentlige notat fjerner intet."
REPORT_COUNTS = "{total} fjernelser i det offentlige notat; {doubtful} tvivlsomme er ikke gennemgået."
REPORT_HEADERS = ["", "Nr.", "Art", "Erstattet med", "Sammenhæng"]
REPORT_DOUBTFUL = "?"
REPORT_REVIEWED = "ok"
REPORT_NEXT = (
    "Tvivlsomme (?) først. Ret med »hoering redact {slug} NR \"tekst\"« (fjern) eller "
    "»--keep« (bevar); godkend resten, som de er, med »hoering redactions {slug} --reviewed«."
)
REPORT_KEPT = "Bevaret efter en persons beslutning:"
REPORT_KEPT_LINE = "  Nr. {number}: »{text}«"
REVIEWED = "{count} tvivlsomme fjernelser er markeret som gennemgået."
NOTHING_TO_REVIEW = "Der er ingen tvivlsomme fjernelser at gennemgå."

# The audit log's descriptions: what was done, never the text (it may be personal data).
AUDIT_APPROVED = "Det offentlige notat er godkendt."
AUDIT_APPROVED_OVER = "Det offentlige notat er godkendt trods {count} tvivlsomme fjernelser. Begrundelse: {reason}"
AUDIT_WITHDRAWN = "Godkendelsen er trukket tilbage."
AUDIT_REDACTED = "En tekst i svar nr. {number} fjernes manuelt fra det offentlige notat."
AUDIT_KEPT = "En tekst i svar nr. {number} bevares i det offentlige notat, selv om reglerne fjerner den."
AUDIT_UNDONE = "En manuel anonymisering i svar nr. {number} er fortrudt."
AUDIT_REVIEWED = "{count} tvivlsomme fjernelser godkendt, som de er."
