"""A consultation's configuration: the TOML file staff write, validated.

    title = "Besparelser på aktiveringsområdet i 2019"
    case_number = "2018-048371"
    deadline = 2018-11-01
    parties = ["Ældrerådet", "Det lokale beskæftigelsesråd (LBR)"]
    [themes.mentor]
    label = "Justering af mentorindsatsen"
    keywords = ["mentor", "mentorindsats"]

Validation is pydantic in strict mode: a value has the TOML type it means or the file is
refused. Coercion is what went wrong before: `bool("nej")` is True, so a config that said
no published citizens' names. Every problem in the file is reported at once, in Danish,
with the file, the line (found by scanning the text for the key), what is wrong and the
fix; an unknown key is reported, with the known key it most resembles, never dropped.

Two ways in. `load_config`/`parse_config` read what a person wrote: strict. A config
stored in an archive (the JSON of `to_json`) was validated by an older, laxer version, and
an archive must keep opening: `parse_stored_config` accepts the stored forms (ISO date
string, 500.0 for 500) and drops a limit that would now be refused, with a Danish warning
on `ConsultationConfig.warnings`, so the default applies and nothing downstream sees it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import messages as M
from .errors import InvalidConfig

if TYPE_CHECKING:
    from pydantic import ValidationError

    from .config_schema import ConfigSpec

_KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


def is_theme_key(key: str) -> bool:
    """Whether `key` can name a theme: what [themes.KEY] in a config accepts, so a stored
    config with it still loads."""
    return re.fullmatch(_KEY_PATTERN, key) is not None


def suggest_key(text: str, taken: Iterable[str] = ()) -> str:
    """A valid theme key made from what a person typed ("Medarbejdere og afskedigelser" ->
    "medarbejdere-og-afskedigelser"): ASCII, whole words up to 40 characters, not in `taken`."""
    base = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^a-z0-9]+", base) if w]
    key = ""
    for word in words:
        if key and len(key) + 1 + len(word) > 40:
            break
        key = f"{key}-{word}" if key else word[:40]
    key = key or "tema"
    candidate, i = key, 2
    while candidate in taken:
        candidate, i = f"{key}-{i}", i + 1
    return candidate


# What a value must be, in the words of "NAME skal være …, ikke VALUE." Each says the fix.
_EXPECTED = {
    "title": 'tekst i anførselstegn, fx title = "Besparelser på aktiveringsområdet"',
    "case_number": 'tekst i anførselstegn, fx case_number = "2018-048371"',
    "committee": 'tekst i anførselstegn, fx committee = "Beskæftigelsesudvalget"',
    "department": 'tekst i anførselstegn, fx department = "Familie- og Beskæftigelsesforvaltningen"',
    "deadline": "høringsfristen som en dato uden anførselstegn og uden klokkeslæt, fx deadline = 2018-11-01",
    "parties": 'en liste af navne i anførselstegn, fx parties = ["Ældrerådet", "Handicaprådet"]',
    "publish_citizen_names": "true eller false (uden anførselstegn)",
    "themes": 'tabeller som [themes.mentor] med label og keywords',
    "theme": 'en tabel med label og keywords, fx label = "Justering af mentorindsatsen"',
    "label": 'tekst i anførselstegn, fx label = "Justering af mentorindsatsen"',
    "keywords": 'en liste af ord i anførselstegn, fx keywords = ["mentor", "mentorindsats"]',
    "limits": "en tabel [limits] med grænser, fx max_pages = 500",
}
# Names a Danish-speaking author may write instead of the English key.
_ALIASES = {
    (): {"titel": "title", "frist": "deadline", "høringsfrist": "deadline", "sagsnummer": "case_number",
         "sagsnr": "case_number", "udvalg": "committee", "forvaltning": "department", "parter": "parties",
         "høringsparter": "parties", "temaer": "themes", "grænser": "limits",
         "slet_efter_dage": "delete_after_days", "slet_efter": "delete_after_days",
         "opbevaring": "delete_after_days", "opbevaringsfrist": "delete_after_days"},  # fmt: skip
    ("limits",): {"max_sider": "max_pages", "max_sekunder": "max_seconds", "max_tid": "max_seconds",
                  "max_time": "max_seconds", "max_bilag": "max_attachments"},  # fmt: skip
    ("themes", "*"): {"nøgleord": "keywords", "navn": "label", "titel": "label"},
}


@dataclass
class Theme:
    key: str
    label: str
    keywords: list[str] = field(default_factory=list)


@dataclass
class ConsultationConfig:
    title: str
    case_number: str | None = None
    committee: str | None = None
    department: str | None = None
    deadline: dt.date | None = None
    parties: list[str] = field(default_factory=list)
    themes: dict[str, Theme] = field(default_factory=dict)
    publish_citizen_names: bool = False
    # Days after the deadline (else the last collect) until `hoering purge` deletes it.
    delete_after_days: int | None = None
    # Per-file caps (max_pages, max_seconds, max_bytes, …), only those the config sets.
    limits: dict[str, float] = field(default_factory=dict)
    # Danish sentences about a stored config that no longer validates (see parse_stored_config).
    warnings: list[str] = field(default_factory=list, compare=False, repr=False)

    def codebook(self) -> dict[str, dict]:
        """Themes in the plain-dict form the tagging library takes."""
        return {k: {"label": t.label, "keywords": list(t.keywords)} for k, t in self.themes.items()}

    def to_dict(self) -> dict:
        data: dict = {"title": self.title}
        for name in ("case_number", "committee", "department"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        if self.deadline:
            data["deadline"] = self.deadline
        data["parties"] = list(self.parties)
        data["publish_citizen_names"] = self.publish_citizen_names
        if self.delete_after_days is not None:  # only when set: the export gains it then
            data["delete_after_days"] = self.delete_after_days
        if self.limits:
            data["limits"] = dict(self.limits)
        data["themes"] = self.codebook()
        return data

    def to_json(self) -> dict:
        data = self.to_dict()
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        for name in ("case_number", "committee", "department"):
            data.setdefault(name, None)
        return data

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(self.to_dict())


def parse_config(data: dict, source: str, *, text: str | None = None) -> ConsultationConfig:
    """Validate a mapping a person wrote (parsed TOML). `text`, the file's source, lets the
    Danish message name the line. Raises InvalidConfig listing every problem."""
    from pydantic import ValidationError

    from .config_schema import ConfigSpec

    try:
        spec = ConfigSpec.model_validate(data)
    except ValidationError as exc:
        problems = sorted(_problems(exc, data, text or ""), key=lambda p: (p[0] is None, p[0] or 0))
        raise InvalidConfig(source, problems[0][1], problems=problems) from None
    return _config(spec)


_STORED_TEXTS = ("case_number", "committee", "department")
_STORED_KEYS = frozenset({"title", *_STORED_TEXTS, "deadline", "parties", "themes", "publish_citizen_names",
                          "delete_after_days", "limits"})  # fmt: skip


def _trimmed(value: object) -> bool:
    """A string the validation would keep as it is (nothing to strip)."""
    return type(value) is str and value == value.strip()


def stored_as_written(data: object) -> ConsultationConfig | None:
    """The config `data` holds when it is in the form `to_json` writes a validated config
    (every value of the type, range and shape validation gives, nothing left to strip or
    convert), else None: then `parse_stored_config` validates it. Limits are always
    validated (few configs set any, and their bounds live in the schema), as is anything a
    hand or an older version could have written differently."""
    if type(data) is not dict or not data.keys() <= _STORED_KEYS or data.get("limits", {}) != {}:
        return None
    title, deadline, days = data.get("title"), data.get("deadline"), data.get("delete_after_days")
    parties, themes = data.get("parties", []), data.get("themes", {})
    publish = data.get("publish_citizen_names", False)
    if not (_trimmed(title) and title and type(publish) is bool):
        return None
    if not all(data.get(name) is None or _trimmed(data[name]) for name in _STORED_TEXTS):
        return None
    if days is not None and not (type(days) is int and 1 <= days <= 36_500):
        return None
    if type(parties) is not list or not all(_trimmed(p) for p in parties) or type(themes) is not dict:
        return None
    if deadline is not None:
        try:
            deadline = dt.date.fromisoformat(deadline) if type(deadline) is str else None
        except ValueError:
            deadline = None
        if deadline is None:
            return None
    read: dict[str, Theme] = {}
    for key, theme in themes.items():
        if type(theme) is not dict or not theme.keys() <= {"label", "keywords"} or not is_theme_key(key):
            return None
        label, keywords = theme.get("label"), theme.get("keywords", [])
        if not (label is None or _trimmed(label)) or type(keywords) is not list:
            return None
        if not all(_trimmed(k) for k in keywords):
            return None
        read[key] = Theme(key, label or key, [k for k in keywords if k])
    unique: dict[str, str] = {}
    for party in parties:
        if party:
            unique.setdefault(party.casefold(), party)
    return ConsultationConfig(
        title=title,
        **{name: data.get(name) or None for name in _STORED_TEXTS},
        deadline=deadline,
        parties=list(unique.values()),
        themes=read,
        publish_citizen_names=publish,
        delete_after_days=days,
    )


def parse_stored_config(data: dict, slug: str) -> ConsultationConfig:
    """A config as stored in the archive (`to_json`), possibly by an older, laxer version.

    Stored forms are accepted (ISO date, 500.0 for 500); a limit that would now be refused is
    dropped, with a warning, so the default applies. Anything else wrong means the archive
    was edited by hand, and raises InvalidConfig as before.

    A config in the form this version stores it (`stored_as_written`) is taken as it is:
    it was validated when it was written, and validating it again costs every command the
    import of pydantic."""
    written = stored_as_written(data)
    return written if written is not None else validated_stored_config(data, slug)


def validated_stored_config(data: dict, slug: str) -> ConsultationConfig:
    """`parse_stored_config` by validating `data` in full."""
    from pydantic import ValidationError

    from .config_schema import LimitsSpec

    data = dict(data)
    source = f"arkivet ({slug})"
    if isinstance(data.get("deadline"), str):
        try:
            data["deadline"] = dt.date.fromisoformat(data["deadline"])
        except ValueError:
            pass  # reported by the validation below
    warnings = []
    limits = data.get("limits")
    if isinstance(limits, dict):
        kept = {}
        for key, value in limits.items():
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # a float field takes an int too
            try:
                LimitsSpec.model_validate({key: value})
            except ValidationError as exc:
                (problem,) = _problems(exc, {"limits": {key: value}}, "", prefix=("limits",))
                warnings.append(M.say(M.STORED_LIMIT_IGNORED, slug=slug, problem=problem[1]))
                continue
            kept[key] = value
        data["limits"] = kept
    # A theme key a config cannot hold (stored by a version that did not check accepted
    # keys): kept as it is, so its tags and remarks still match, and reported.
    odd: dict[str, Theme] = {}
    themes = data.get("themes")
    if isinstance(themes, dict) and not all(is_theme_key(str(k)) for k in themes):
        kept_themes = {}
        for key, spec in themes.items():
            if is_theme_key(str(key)):
                kept_themes[key] = spec
                continue
            spec = spec if isinstance(spec, dict) else {}
            label = str(spec.get("label") or key).strip()
            keywords = [str(k).strip() for k in spec.get("keywords") or [] if str(k).strip()]
            odd[str(key)] = Theme(str(key), label, keywords)
            warnings.append(M.say(M.STORED_THEME_KEY_INVALID, slug=slug, key=key, label=label))
        data["themes"] = kept_themes
    config = parse_config(data, source)
    if odd:
        order = list(themes)
        merged = {**config.themes, **odd}
        config.themes = {str(k): merged[str(k)] for k in order if str(k) in merged}
    config.warnings = warnings
    return config


def checked_limits(limits: dict, source: str) -> dict[str, int | float]:
    """`limits` validated again, for the code that hands them to readers and the sandbox:
    a ConsultationConfig built in Python has not been through parse_config."""
    from pydantic import ValidationError

    from .config_schema import LimitsSpec

    try:
        spec = LimitsSpec.model_validate(limits)
    except ValidationError as exc:
        problems = _problems(exc, {"limits": limits}, "", prefix=("limits",))
        raise InvalidConfig(source, problems[0][1], problems=problems) from None
    return spec.model_dump(exclude_none=True)


def _config(spec: ConfigSpec) -> ConsultationConfig:
    parties: list[str] = []
    seen: set[str] = set()
    for party in spec.parties:
        if party and party.casefold() not in seen:
            seen.add(party.casefold())
            parties.append(party)
    return ConsultationConfig(
        title=spec.title,
        case_number=spec.case_number or None,
        committee=spec.committee or None,
        department=spec.department or None,
        deadline=spec.deadline,
        parties=parties,
        themes={
            key: Theme(key, theme.label or key, [k for k in theme.keywords if k])
            for key, theme in spec.themes.items()
        },
        publish_citizen_names=spec.publish_citizen_names,
        delete_after_days=spec.delete_after_days,
        limits=spec.limits.model_dump(exclude_none=True),
    )


# --- Danish messages -------------------------------------------------------------


def _problems(exc: ValidationError, data: dict, text: str, prefix: tuple = ()) -> list[tuple[int | None, str]]:
    """(line, Danish sentence) per problem, one per key."""
    problems: list[tuple[int | None, str]] = []
    seen: set[tuple] = set()
    for error in exc.errors():
        loc = prefix + tuple(error["loc"])
        if loc[-1] == "[key]":  # a theme's key broke the key pattern
            loc = loc[:-1]
        keys = tuple(p for p in loc if isinstance(p, str))
        if keys in seen:
            continue
        seen.add(keys)
        problems.append((_line_of(text, keys), _sentence(error, loc)))
    return problems


def _sentence(error: dict, loc: tuple) -> str:
    kind, value = error["type"], error["input"]
    name = _name(loc)
    if kind == "missing":
        return f'{name} mangler; skriv fx title = "Besparelser på aktiveringsområdet" øverst i filen.'
    if kind == "extra_forbidden":
        return _unknown(loc)
    if kind == "string_pattern_mismatch":
        return (
            f"temaets nøgle »{loc[1]}« i [themes.{loc[1]}] må kun indeholde små bogstaver a-z, tal, - og _, "
            "fx [themes.mentor]."
        )
    if kind == "string_too_short":
        return f"{name} må ikke være tom."
    where = f" (nr. {loc[-1] + 1} i listen)" if isinstance(loc[-1], int) else ""
    return f"{name} skal være {_expected(loc)}, ikke {_shown(value)}{where}."


def _unknown(loc: tuple) -> str:
    from rapidfuzz import fuzz, process

    from .config_schema import ConfigSpec, LimitsSpec, ThemeSpec

    key, parent = loc[-1], loc[:-1]
    if parent == ():
        known, where = list(ConfigSpec.model_fields), ""
    elif parent == ("limits",):
        known, where = list(LimitsSpec.model_fields), " i [limits]"
    else:
        known, where = list(ThemeSpec.model_fields), f" i [themes.{parent[1]}]"
    aliases = _ALIASES.get(("themes", "*") if parent[:1] == ("themes",) else parent, {})
    guess = aliases.get(str(key).casefold())
    if guess is None:
        match = process.extractOne(str(key).casefold(), known, scorer=fuzz.ratio, score_cutoff=75)
        guess = match[0] if match else None
    hint = f" Mente du {guess}?" if guess else ""
    return f"ukendt felt {key}{where}.{hint} Kendte felter{where}: {', '.join(known)}."


def _name(loc: tuple) -> str:
    keys = [p for p in loc if isinstance(p, str)]
    if keys[0] == "themes" and len(keys) >= 2:
        return f"{keys[2]} i [themes.{keys[1]}]" if len(keys) >= 3 else f"[themes.{keys[1]}]"
    if keys[0] == "limits" and len(keys) >= 2:
        return f"{keys[1]} i [limits]"
    return keys[0]


def _expected(loc: tuple) -> str:
    from .config_schema import ConfigSpec, LimitsSpec

    keys = [p for p in loc if isinstance(p, str)]
    if keys[0] == "limits" and len(keys) >= 2:
        field_info = LimitsSpec.model_fields.get(keys[1])
        return field_info.description if field_info else _EXPECTED["limits"]
    if keys[0] == "themes" and len(keys) == 2:
        return _EXPECTED["theme"]
    if keys[0] == "themes" and len(keys) >= 3:
        return _EXPECTED.get(keys[2], _EXPECTED["theme"])
    field_info = ConfigSpec.model_fields.get(keys[0])
    return _EXPECTED.get(keys[0]) or (field_info and field_info.description) or "en gyldig værdi"


def _shown(value: Any) -> str:
    """A value as it would look in the TOML file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = json.dumps(value, ensure_ascii=False)
        return shown if len(shown) <= 60 else shown[:56] + '…"'
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "en tabel"
    return str(value)


_TABLE = re.compile(r"^\[\[?\s*([^\]]+?)\s*\]\]?")
_ASSIGN = re.compile(r"^((?:[A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*'))*)\s*=")
_PART = re.compile(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_\-]+)")


def _line_of(text: str, keys: tuple) -> int | None:
    """The line where `keys` (("limits", "max_page")) is set, by scanning the TOML text for
    table headers and `key =`; else the first line inside it, else the line of the table or
    inline table around it. Cheap, not a TOML parser: a line inside a multi-line string may
    fool it."""
    table: tuple = ()
    inside = around = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if header := _TABLE.match(line):
            table = _parts(header.group(1))
            path = table
        elif assign := _ASSIGN.match(line):
            path = table + _parts(assign.group(1))
        else:
            continue
        if path == keys:
            return number
        if inside is None and path[: len(keys)] == keys:
            inside = number
        if path and path == keys[: len(path)]:
            around = number
    return inside or around


def _parts(dotted: str) -> tuple:
    return tuple(a or b or c for a, b, c in _PART.findall(dotted))


# --- files ---------------------------------------------------------------------


def load_config(path: Path) -> ConsultationConfig:
    import tomllib

    from .toml_da import toml_problem

    try:
        text = Path(path).read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise InvalidConfig(str(path), "filen findes ikke; tjek stavningen og mappen.") from None
    except UnicodeDecodeError:
        raise InvalidConfig(str(path), "filen er ikke gemt som UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        line, problem = toml_problem(exc)
        raise InvalidConfig(str(path), problem, problems=[(line, problem)]) from None
    except IsADirectoryError:
        raise InvalidConfig(str(path), "det er en mappe, ikke en fil; angiv TOML-filen.") from None
    except PermissionError:
        raise InvalidConfig(
            str(path), "filen kan ikke læses (adgang nægtet); luk den i andre programmer, eller bed om adgang."
        ) from None
    return parse_config(data, str(path), text=text)


def starter_config(title: str, slug: str = "HØRING", path: str = "denne-fil") -> str:
    """A commented config to edit, written by `hoering new SLUG --title …` to `path`."""
    import tomli_w

    quoted = tomli_w.dumps({"title": title}).strip()
    return f"""# Konfiguration for høringen. Ret felterne og kør: hoering config {slug} --config {path}
{quoted}
# case_number = "2018-048371"
# committee = "Beskæftigelsesudvalget"
# department = "Familie- og Beskæftigelsesforvaltningen"
# deadline = 2018-11-01

# Høringsparterne (høringslisten).
parties = []

# Forslagets elementer (temaer) med nøgleord, fx:
# [themes.mentor]
# label = "Justering af mentorindsatsen"
# keywords = ["mentor", "mentorindsats"]

# Skal borgeres navne stå i det offentlige notat? (ellers "Borger 1", "Borger 2" …)
publish_citizen_names = false

# Slet høringen så mange dage efter fristen (uden frist: efter seneste indsamling) med
# »hoering purge«, når sagen er afsluttet og journaliseret, fx:
# delete_after_days = 365
"""
