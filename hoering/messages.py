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
DEMO_SETTING_UP = "Opretter eksempelhøringen i arkivet {archive} og indsamler de 11 høringssvar …"
DEMO_NOTE_WRITTEN = "Overbliksnotatet er skrevet:\n  {docx}\n  {html}"
DEMO_NEXT = (
    "Prøv fx:\n"
    '  hoering --archive "{archive}" search mentor\n'
    '  hoering --archive "{archive}" show {slug} 8\n'
    '  hoering --archive "{archive}" themes {slug}'
)
DEMO_SERVING = "Åbner arbejdsområdet, hvor svarene kan gennemgås (stop det med Ctrl+C) …"
DID_YOU_MEAN_COMMAND = "Mente du »hoering {command}«? Se alle kommandoer med »hoering --help«."

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
NO_RESPONSES = "Ingen høringssvar endnu. Indsaml med »hoering collect {slug} MAPPE«."
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
EVAL_LEARNED_ROW = "  {slug}: regler {rules}, regler + lært {learned} ({total} holdninger; lært af {train})"
EVAL_LEARNED_THEMES_HEAD = "Temaer, mikro-F1, når hver høring testes med en model lært af de andre:"
EVAL_LEARNED_THEMES_ROW = ("  {slug}: regler {rules:.3f}, regler + lært {learned:.3f} "
                           "({pairs} par af svar og tema; lært af {train})")
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
SUMMARISING = "Læser svarene til resuméerne"
WRITING_NOTE = "Skriver notatet"
WRITING_XLSX = "Skriver regnearket"
RETAGGING = "Finder temaerne i svarene igen"
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
STORED_THEME_KEY_INVALID = (
    "Den gemte konfiguration for høringen »{slug}«: temaet »{label}« har nøglen »{key}«, som en "
    "konfiguration ikke kan have (kun små bogstaver a-z, tal, - og _). Temaet bruges, som det er; "
    "giv det en gyldig nøgle med »hoering themes {slug} --rename \"{key}\" --key NY-NØGLE«."
)
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
LOG_EMPTY_FOR_RESPONSE = "Loggen har intet om svar nr. {number} i høringen »{slug}«."
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

# --- moving an archive between SQLite and PostgreSQL (`archive-move`) -------------------------

MOVE_START = "Flytter arkivet {source} til {target} …"
MOVE_STEP = {
    "originals": "Kopierer originalfiler",
    "tables": "Kopierer tabeller",
    "verify": "Kontrollerer originalfiler",
}
MOVE_DONE = "Arkivet er flyttet og kontrolleret: {rows} rækker i {tables} tabeller og {originals} originalfiler ({size})."
MOVE_TABLE_LINE = "  {table}: {rows}"
MOVE_NEXT_DATABASE = "Brug det fælles arkiv med »--database {target}« eller HOERING_DATABASE={target}."
MOVE_NEXT_DIRECTORY = "Brug arkivet med »--archive {target}« (uden HOERING_DATABASE)."
MOVE_SAME = "Kilde og mål er det samme arkiv ({target}); intet er flyttet."

# --- the review: Vurdering, remarks, exclusions, dates, campaigns, the spreadsheet read back -----

COMMENT_SAVED = "Nr. {number}: vurderingen er gemt (version {revision})."
COMMENT_CLEARED = "Nr. {number}: vurderingen er slettet (version {revision})."
REMARKS_SAVED = "Forvaltningens bemærkninger til »{label}« [{key}] er gemt (version {revision})."
RECOMMENDATION_SAVED = "Forvaltningens indstilling til »{label}« er gemt."
EXCLUDED = "Nr. {number} er udeladt af optællinger, notat og regneark (begrundelse: {reason}). Det er stadig i arkivet; fortryd med »hoering include {slug} {number}«."
INCLUDED = "Nr. {number} er medtaget igen i optællinger, notat og regneark."
EXCLUDED_ATTACHMENTS = "Bilagene, der kom med e-mailen, er udeladt sammen med den: nr. {numbers}."
INCLUDED_ATTACHMENTS = "Bilagene, der kom med e-mailen, er medtaget igen sammen med den: nr. {numbers}."
DATE_SET = "Nr. {number}: modtaget {date} (rettet manuelt){late}."
DATE_LATE = "; det er efter høringsfristen"
MARKED_REVIEWED = "Nr. {number} er markeret som gennemgået."
UNMARKED_REVIEWED = "Nr. {number} er ikke længere markeret som gennemgået."
CAMPAIGN_SET = "Nr. {number} hører til de enslydende svar med nr. {of}."
CAMPAIGN_NONE = "Nr. {number} hører ikke til nogen gruppe af enslydende svar."
CAMPAIGN_NEEDS_CHOICE = "Angiv enten --of N (nummeret på et svar i gruppen) eller --none."
COMMENT_NEEDS_TEXT = "Angiv vurderingen som tekst eller med --file FIL (ikke begge)."
EXCLUDED_MARK = "UDELADT: {reason}"
REVIEWED_MARK = "gennemgået"

IMPORT_SUMMARY = (
    "Indlæste »{file}«: {rows} rækker; {applied} ændringer gemt, {unchanged} rækker uændrede, "
    "{conflicts} konflikter, {invalid} ugyldige, {unknown} ukendte rækker."
)
IMPORT_LINE = "  Række {row}{number}, {field}: {outcome}. {message}"
IMPORT_NUMBER = " (nr. {number})"
IMPORT_NOTHING_LOST = "Intet i arkivet er overskrevet af konflikterne: ret dem i arkivet eller i et nyt regneark."
IMPORT_CONFLICT = "Ændret i arkivet siden regnearket blev lavet (nu: »{now}«); regnearkets »{sheet}« er ikke gemt."
IMPORT_APPLIED = "»{old}« → »{new}«."
IMPORT_NO_NUMBER = "Rækken har intet gyldigt svarnummer i kolonnen Nr. (»{value}«); den er ikke læst."
IMPORT_NO_RESPONSE = "Der er intet høringssvar nr. {number} i høringen."
IMPORT_DUPLICATE_ROW = "Svar nr. {number} står i flere rækker; kun den første er læst."
IMPORT_BAD_KIND = "»{value}« er ikke en afsendertype; skriv Organisation eller Privatperson."
IMPORT_BAD_STANCE = "»{value}« kan ikke læses som temaer og holdninger; skriv én pr. linje som »Tema: imod/bekymret«, »Tema: støtter« eller »Tema: neutral«."
IMPORT_UNKNOWN_THEME = "Temaet »{value}« findes ikke i høringen."
IMPORT_BAD_DATE = "»{value}« er ikke en dato; skriv den som 30-10-2018."

# The audit log's descriptions of a review: what was done, never the text.
AUDIT_COMMENT = "Vurderingen af svar nr. {number} er gemt (version {revision})."
AUDIT_REMARKS = "Forvaltningens bemærkninger til temaet {key} er gemt (version {revision})."
AUDIT_EXCLUDED = "Svar nr. {number} er udeladt. Begrundelse: {reason}"
AUDIT_INCLUDED = "Svar nr. {number} er medtaget igen."
AUDIT_EXCLUDED_WITH_EMAIL = "Svar nr. {number} er udeladt sammen med e-mailen nr. {email}, som det kom med."
AUDIT_INCLUDED_WITH_EMAIL = "Svar nr. {number} er medtaget igen sammen med e-mailen nr. {email}."
AUDIT_RECEIVED = "Modtagelsesdatoen for svar nr. {number} er rettet til {date}."
AUDIT_REVIEWED_RESPONSE = "Svar nr. {number} er markeret som gennemgået."
AUDIT_UNREVIEWED_RESPONSE = "Svar nr. {number} er ikke længere markeret som gennemgået."
AUDIT_CAMPAIGN = "Svar nr. {number} hører til de enslydende svar med nr. {of}."
AUDIT_CAMPAIGN_NONE = "Svar nr. {number} hører ikke til nogen gruppe af enslydende svar."
AUDIT_SENDER = "Afsenderen af svar nr. {number} er rettet."
AUDIT_REVISION = "Svar nr. {number} er angivet som revideret udgave af nr. {of}."
AUDIT_REVISION_NONE = "Svar nr. {number} er angivet som ikke en revideret udgave."
AUDIT_TAG_REMOVED = "Temaet {key} er fjernet fra svar nr. {number}."
AUDIT_TAG_SET = "Temaet {key} er sat på svar nr. {number} ({stance})."
AUDIT_TAG_EVIDENCE = "Temaet {key} er sat på svar nr. {number} ({stance}) med en valgt passage som belæg."
AUDIT_ACCEPTED = "Forslag nr. {n} er optaget som temaet {key}."
AUDIT_DISCARDED = "Forslag nr. {n} er afvist."
AUDIT_RENAMED = "Temaet {key} er omdøbt{new_key}."
AUDIT_MERGED = "Temaet {source} er slået sammen med {target}."
AUDIT_IMPORT = "Regneark indlæst: {applied} ændringer gemt, {conflicts} konflikter, {problems} ugyldige eller ukendte."
BAD_DATE_ARGUMENT = "»{value}« er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2018-10-30."
NOTE_SEPARATOR = ", {note}"
IMPORT_OTHER_CONSULTATION = "det er lavet for høringen »{slug}«"
IMPORT_NO_BASE = "det skjulte ark, som hoering lægger i regnearket, mangler eller er ændret"
IMPORT_NO_HEADER = "første række har ikke overskriften Nr."
IMPORT_NOT_EXPORTED = "Svar nr. {number} var ikke med i regnearket, da det blev lavet; rækken er ikke læst."
IMPORT_GONE = "Svaret er slettet siden regnearket blev lavet; intet er gemt."
IMPORT_EXCLUDED_SINCE = "Svaret er udeladt siden regnearket blev lavet; intet er gemt (medtag det med »hoering include«)."
IMPORT_THEMES_COLUMN = "Kolonnen Temaer læses ikke ind; ret temaer og holdninger i kolonnen Holdning."
IMPORT_READ_ONLY_COLUMN = "Kolonnen læses ikke ind; resuméet laves af hoering."
IMPORT_NO_SENDER = "Afsenderen må ikke være tom; intet er gemt."
IMPORT_NO_COMMENT_BY_HAND = "»ingen kommentarer« kan ikke sættes i regnearket; fjern linjen for at fjerne temaet."
SUGGESTION_DISCARDED = "Forslag {n} er afvist; det foreslås ikke igen."
SUGGESTION_DISCARDED_MARK = " (afvist)"
RENAME_NEEDS_CHOICE = "Angiv den nye nøgle med --key eller den nye titel med --label."
MERGE_NEEDS_BOTH = "Angiv både --merge TEMA og --into TEMA."
THEME_RENAMED = "Temaet »{old}« hedder nu »{label}« [{key}]; rettelser og bemærkninger er fulgt med."
THEMES_MERGED = "Temaet »{source}« er slået sammen med »{label}« [{key}]; rettelser og bemærkninger er fulgt med."
# --- accounts on a shared archive (hoering user …) ---------------------------------
AUDIT_USER_ADDED = "Brugeren {name} er oprettet med rollen {role}."
AUDIT_PASSWORD_CHANGED = "Brugeren {name} har fået ny adgangskode."
AUDIT_ROLE_CHANGED = "Brugeren {name} har nu rollen {role}."
AUDIT_USER_REMOVED = "Brugeren {name} er fjernet."
USER_ADDED = "Brugeren »{name}« er oprettet med rollen {role}."
USER_ADDED_SSO = "Brugeren »{name}« er oprettet med rollen {role} og logger ind via kommunens single sign-on."
PASSWORD_CHANGED = "Adgangskoden for »{name}« er skiftet."
ROLE_CHANGED = "»{name}« har nu rollen {role}."
USER_REMOVED = "Brugeren »{name}« er fjernet."
NO_USERS = "Der er ingen brugere: arbejdsrummet kan kun åbnes på denne pc (127.0.0.1)."
USER_HEADERS = ["Bruger", "Rolle"]
PASSWORD_PROMPT = "Adgangskode"
PASSWORD_REPEAT = "Gentag adgangskoden"
PASSWORDS_DIFFER = "De to adgangskoder er ikke ens. Prøv igen."

# --- the review workspace (`hoering serve`) ---------------------------------------------------

WEB_STARTED = "Arbejdsområdet kører på {url} – stop det med Ctrl-C."
WEB_CSRF_REFUSED = (
    "Formularen kunne ikke godkendes (sikkerhedsnøglen mangler eller er forældet). Genindlæs siden, "
    "og prøv igen."
)
WEB_FORM_TOO_LARGE = "Formularen er for stor til at blive gemt."
WEB_NOT_ALLOWED = "Din rolle giver ikke adgang til at gøre dette. Spørg en godkender."
WEB_SAVED = {
    "tag": "Temaet er rettet.",
    "tag-removed": "Temaet er fjernet fra svaret.",
    "sender": "Afsenderen er rettet.",
    "received": "Modtagelsesdatoen er rettet.",
    "revision": "Rettelsesforholdet er gemt.",
    "campaign": "Enslydende-forholdet er gemt.",
    "excluded": "Svaret er udeladt (med de bilag, det kom med). Det tæller ikke med i notatet, men er stadig i arkivet.",
    "included": "Svaret er taget med igen (med de bilag, det kom med).",
    "redacted": "Teksten fjernes i det offentlige notat.",
    "redaction-undone": "Den manuelle anonymisering er fortrudt.",
    "comment": "Vurderingen er gemt.",
    "reviewed": "Svaret er markeret som gennemgået.",
    "unreviewed": "Markeringen som gennemgået er fjernet.",
    "remarks": "Forvaltningens bemærkninger er gemt.",
    "accepted": "Temaforslaget er taget med som tema.",
    "discarded": "Temaforslaget er forkastet.",
    "renamed": "Temaet har fået nyt navn.",
    "merged": "Temaerne er lagt sammen.",
    "approved": "Det offentlige notat er godkendt til offentliggørelse.",
    "withdrawn": "Godkendelsen er trukket tilbage; notatet er igen et UDKAST.",
    "redactions-reviewed": "De tvivlsomme fjernelser er markeret som gennemgået.",
    "all-reviewed": "Alle svar er gennemgået.",
}
WEB_PORT_BUSY = (
    "Port {port} på {host} er allerede i brug – måske kører arbejdsområdet allerede i et andet "
    "vindue. Vælg en anden port med »hoering serve --port N«."
)
WEB_UNKNOWN_DOWNLOAD = "Den fil findes ikke. Vælg en af filerne på siden Notatet."
WEB_LOGIN_FAILED = "Forkert brugernavn eller adgangskode."
WEB_ORIGINAL_MISSING = "Originalfilen mangler i arkivet (den kan være slettet for altid)."
