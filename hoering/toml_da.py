"""A TOML syntax error in Danish: the line, what is wrong, and how to write it instead.

tomllib's errors are English sentences ending in "(at line L, column C)" (Python 3.14 also
gives `lineno`); each of its messages is matched here to a sentence that says the fix in
the terms a person editing a consultation config knows. An unknown message still gets the
line and a general sentence.
"""

from __future__ import annotations

import re
import tomllib

_WHERE = re.compile(r"^(?P<msg>.*?)\s*\(at (?:line (?P<line>\d+), column \d+|end of document)\)$", re.S)

_QUOTES = 'tekst står i anførselstegn (title = "…"), tal og datoer uden, og ja/nej skrives true/false'

# (start of tomllib's message, Danish sentence). First match wins.
_SENTENCES = [
    ("Expected '=' after a key", 'der mangler et = efter navnet; skriv fx title = "Besparelser på aktiveringsområdet".'),
    ("Unterminated string", 'en tekst mangler sit afsluttende anførselstegn ("); en tekst skal stå på én linje.'),
    ("Illegal character", 'en tekst mangler sit afsluttende anførselstegn (") eller indeholder et tegn, der ikke må stå der.'),
    ("Unclosed array", 'en liste mangler sin afsluttende ], eller der mangler et komma mellem to elementer, fx ["Ældrerådet", "Handicaprådet"].'),
    ("Unclosed inline table", "en tabel i { } mangler sin afsluttende }, eller der mangler et komma."),
    ("Expected ']' at the end of a table", "en overskrift som [themes.mentor] mangler sin afsluttende ]."),
    ("Expected ']]'", "en overskrift som [[…]] mangler sin afsluttende ]]."),
    ("Cannot declare", "samme overskrift står to gange; slå de to afsnit sammen, eller giv dem forskellige navne."),
    ("Cannot overwrite a value", "samme navn står to gange; slet den ene linje."),
    ("Duplicate inline table key", "samme navn står to gange; slet det ene."),
    ("Cannot mutate", "samme navn står to gange; slet den ene linje."),
    ("Cannot redefine", "samme overskrift står to gange; slå de to afsnit sammen."),
    ("Invalid date or datetime", "datoen er ikke gyldig; skriv den som ÅÅÅÅ-MM-DD uden anførselstegn, fx deadline = 2018-11-01."),
    ("Unescaped '\\'", "en tekst indeholder \\ (fx en Windows-sti); skriv den i enkelte anførselstegn, fx 'C:\\Høringer', eller skriv \\\\."),
    ("Invalid hex value", "en tekst indeholder en ugyldig \\u-kode; skriv tegnet selv."),
    ("Escaped character", "en tekst indeholder en ugyldig \\u-kode; skriv tegnet selv."),
    ("Invalid initial character for a key", "et navn begynder med et tegn, der ikke er tilladt; navne skrives med a-z, tal, _ og -."),
    ("Expected newline or end of document", "der står noget efter værdien, som ikke hører til: en dato skrives ÅÅÅÅ-MM-DD med en gyldig måned og dag (fx deadline = 2018-11-01), tekst står i anførselstegn, og der er én værdi pr. linje."),
    ("Found invalid character", f"der står noget efter værdien, som ikke hører til; {_QUOTES}, og én værdi pr. linje."),
    ("Invalid value", f"værdien kan ikke læses: {_QUOTES}."),
    ("Invalid statement", 'linjen kan ikke læses; hver linje skal være navn = værdi, en overskrift som [themes.mentor] eller en kommentar, der begynder med #.'),
]


def toml_problem(exc: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    """(line or None, Danish sentence) for a TOML syntax error."""
    text = str(exc)
    match = _WHERE.match(text)
    message = match.group("msg") if match else getattr(exc, "msg", text)
    line = getattr(exc, "lineno", None) or (int(match.group("line")) if match and match.group("line") else None)
    for start, sentence in _SENTENCES:
        if message.startswith(start):
            return line, f"filen er ikke gyldig TOML: {sentence}"
    return line, f"filen er ikke gyldig TOML; {_QUOTES}, og én værdi pr. linje."
