"""Organisations known by their initials: "DN Fjordhede" for "Danmarks Naturfredningsforening
Fjordhede", "DSR Kreds Syd" for "Dansk Sygeplejeråd Kreds Syd".

A letter abbreviates what the consultation's party list spells out, or the other way round.
Two sources of such names (`hoering.parties` compares a sender's name with both):

- `KNOWN`: abbreviations every Danish reader knows, for the national organisations whose local
  branches, circles and councils are consulted. They are sure: "DN" is Danmarks
  Naturfredningsforening whatever else the initials could spell.
- `derived`: the initials of a name's leading capitalised words ("Grønt Råd Fjordhede" ->
  "GR Fjordhede"), when they are not a known abbreviation of another organisation. Such a name
  is a guess (`parties` scores it under "sure"), and two parties with the same initials cancel
  each other out (neither is matched).
"""

from __future__ import annotations

import re

# Abbreviation -> the names it stands for, as the organisations write them.
KNOWN: dict[str, tuple[str, ...]] = {
    "BL": ("Boligselskabernes Landsforening", "Danmarks Almene Boliger"),
    "BUPL": ("Børne- og Ungdomspædagogernes Landsforbund",),
    "DBU": ("Dansk Boldspil-Union",),
    "DGI": ("Danske Gymnastik- og Idrætsforeninger",),
    "DH": ("Danske Handicaporganisationer",),
    "DI": ("Dansk Industri",),
    "DIF": ("Danmarks Idrætsforbund",),
    "DLF": ("Danmarks Lærerforening",),
    "DM": ("Dansk Magisterforening",),
    "DN": ("Danmarks Naturfredningsforening",),
    "DOF": ("Dansk Ornitologisk Forening",),
    "DS": ("Dansk Socialrådgiverforening",),
    "DSE": ("Danske Skoleelever",),
    "DSR": ("Dansk Sygeplejeråd",),
    "DUF": ("Dansk Ungdoms Fællesråd",),
    "FH": ("Fagbevægelsens Hovedorganisation",),
    "FOA": ("Fag og Arbejde",),
    "HK": ("Handels- og Kontorfunktionærernes Forbund",),
    "KL": ("Kommunernes Landsforening",),
    "LBR": ("Det lokale beskæftigelsesråd",),
    "LO": ("Landsorganisationen i Danmark",),
    "LOS": ("Landsforeningen af Opholdssteder, Botilbud og Skolebehandlingstilbud",),
    "SL": ("Socialpædagogernes Landsforbund", "Socialpædagogerne"),
}

_MIN_WORDS, _MAX_WORDS = 2, 4  # how many leading words make initials
_WORD_RE = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+")


def derived(name: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The name with its leading capitalised words (two to four) replaced by their initials.

    Words in `skip` (qualifiers such as "LMU", the caller's small words) end the run; initials
    that are a known abbreviation are left out (they stand for that organisation only), and so
    is a name made of initials alone unless three words or more give them ("DNF" is read, "GR"
    alone is too short to tell from anything else), and initials before a legal form alone
    ("FF A/S": the rest of the name must hold a word).

    >>> derived("Grønt Råd Fjordhede")
    ['GRF', 'GR Fjordhede']
    >>> derived("Grønt Råd")
    []
    """
    words = name.split()
    run = 0
    while run < len(words) and run < _MAX_WORDS and _WORD_RE.fullmatch(words[run]) and words[run].lower() not in skip:
        run += 1
    found = []
    for count in range(run, _MIN_WORDS - 1, -1):
        initials = "".join(word[0] for word in words[:count])
        rest = words[count:]
        if initials in KNOWN or (not rest and count < 3) or (rest and not any(_WORD_RE.fullmatch(w) for w in rest)):
            continue
        found.append(" ".join([initials, *rest]))
    return found
