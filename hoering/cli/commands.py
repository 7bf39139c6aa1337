"""Which module defines each `hoering` command, and its one-line help.

The group imports a command's module only when that command runs (click's "lazy group"
pattern), so `hoering status` does not pay for loading what `collect` or `search` need.
`hoering --help` lists every command with the line below, without importing any of them;
tests/test_cli_lazy.py checks that the lines are the ones the commands' docstrings give and
that every registered command is listed here.
"""

from __future__ import annotations

# name -> (module in hoering.cli, the first sentence of the command's docstring)
COMMANDS: dict[str, tuple[str, str]] = {
    "collect": (
        "collecting",
        "Indsaml høringssvar fra mapper og filer (mapper gennemgås rekursivt).",
    ),
    "status": ("collecting", "Vis høringssvarene og hvem der ikke har svaret."),
    "set-sender": ("collecting", "Ret afsenderen af et høringssvar (bevares ved ny indsamling)."),
    "set-revision": (
        "collecting",
        "Ret om et høringssvar er en rettet udgave af et tidligere svar (bevares ved ny indsamling).",
    ),
    "new": ("consultations", "Opret en høring (eller opdatér den fra --config)."),
    "config": ("consultations", "Vis høringens konfiguration, eller opdatér den fra --config."),
    "list": ("consultations", "List høringerne i arkivet."),
    "demo": (
        "demo",
        "Prøv hoering på eksempelhøringen: opret den, indsaml de 11 svar, skriv notatet og åbn det.",
    ),
    "archive-move": (
        "moving",
        "Flyt hele arkivet til PostgreSQL (eller tilbage til en mappe) og kontrollér kopien.",
    ),
    "approve": (
        "publication",
        "Godkend det offentlige notat og regneark til offentliggørelse (fjerner mærket UDKAST).",
    ),
    "redact": (
        "publication",
        "Fjern en tekst fra et svar i det offentlige notat og regneark (eller bevar den med --keep).",
    ),
    "redactions": (
        "publication",
        "Vis alt, det offentlige notat fjerner: tvivlsomme først (kun til forvaltningen).",
    ),
    "export": (
        "publishing",
        "Udskriv alt, arkivet ved om høringen, som JSON – eller skriv regnearket med --xlsx.",
    ),
    "note": (
        "publishing",
        "Skriv overbliksnotatet til udvalget (DOCX, HTML eller Markdown efter filendelsen).",
    ),
    "delete": (
        "retention",
        "Slet en høring – eller ét høringssvar (NR) – for altid, med originalfilerne.",
    ),
    "purge": (
        "retention",
        "Slet alle høringer, hvis opbevaringsfrist (delete_after_days) er udløbet.",
    ),
    "log": (
        "retention",
        "Vis loggen: hvem der gjorde hvad og hvornår (alle høringer, kun SLUG, eller kun svar NR i SLUG).",
    ),
    "comment": (
        "review",
        'Skriv vurderingen af et høringssvar (kolonnen Vurdering i regnearket); "" sletter den.',
    ),
    "remarks": (
        "review",
        "Skriv forvaltningens bemærkninger til et tema i notatet (i stedet for »[Udfyldes af forvaltningen]«).",
    ),
    "exclude": (
        "review",
        "Udelad et høringssvar af optællinger, notat og regneark (det bliver i arkivet).",
    ),
    "include": ("review", "Medtag et udeladt høringssvar igen."),
    "set-date": ("review", "Ret datoen, et høringssvar er modtaget (bevares ved ny indsamling)."),
    "reviewed": (
        "review",
        "Markér et høringssvar som gennemgået (eller fjern markeringen med --undo).",
    ),
    "campaign": (
        "review",
        "Ret om et høringssvar er enslydende med andre (bevares ved ny indsamling).",
    ),
    "review-import": (
        "review",
        "Indlæs vurderinger og rettelser fra regnearket (»hoering export --xlsx«), rettet i Excel.",
    ),
    "search": (
        "searching",
        "Søg i alle høringer: de bedste afsnit først, med høring, svarnummer og afsender.",
    ),
    "show": (
        "searching",
        "Vis et helt høringssvar: afsender, høringspart, fil, dato, status og teksten.",
    ),
    "reindex": (
        "searching",
        "Byg søgeindekset forfra ud fra arkivets tekster (fx efter en ny sprogmodel).",
    ),
    "serve": (
        "serving",
        "Start arbejdsområdet: gennemgå, ret, kommentér og godkend høringssvar i browseren.",
    ),
    "explain": ("themes", "Vis hvorfor et høringssvar har sine temaer: passager, ord og holdning."),
    "tag": ("themes", "Ret et tema på et høringssvar (rettelsen vinder altid og bevares)."),
    "themes": (
        "themes",
        "Vis temaerne med optælling, foreslå nye emner (--suggest), optag (--accept N) eller afvis (--discard N) et forslag, omdøb (--rename) eller slå temaer sammen (--merge … --into …).",
    ),
    "eval": (
        "themes",
        "Mål temaer, holdninger, »ingen bemærkninger«, nye emner og aflæsningen af hvert brev mod et facit.",
    ),
    "user": (
        "users",
        "Brugere af et fælles arkiv: hvem må logge ind i arbejdsrummet, og hvad må de.",
    ),
}
