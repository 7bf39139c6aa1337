"""A consultation's configuration: the TOML file staff write, validated.

    title = "Besparelser på aktiveringsområdet i 2019"
    case_number = "2018-048371"
    deadline = 2018-11-01
    parties = ["Ældrerådet", "Det lokale beskæftigelsesråd (LBR)"]
    [themes.mentor]
    label = "Justering af mentorindsatsen"
    keywords = ["mentor", "mentorindsats"]
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

from .errors import InvalidConfig

_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KNOWN = {
    "title",
    "case_number",
    "committee",
    "department",
    "deadline",
    "parties",
    "themes",
    "publish_citizen_names",
    "limits",
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
    # Per-file caps (max_pages, max_seconds, max_bytes, max_uncompressed_bytes).
    limits: dict[str, float] = field(default_factory=dict)

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
        return tomli_w.dumps(self.to_dict())


def parse_config(data: dict, source: str) -> ConsultationConfig:
    """Validate a parsed TOML/JSON mapping. Problems are reported in Danish, naming the field."""
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise InvalidConfig(source, f"ukendt felt »{unknown[0]}« (tilladte felter: {', '.join(sorted(_KNOWN))}).")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InvalidConfig(source, "feltet »title« mangler eller er tomt.")
    cfg = ConsultationConfig(title=title.strip())
    for name in ("case_number", "committee", "department"):
        value = data.get(name)
        if value is not None and not isinstance(value, str | int):
            raise InvalidConfig(source, f"feltet »{name}« skal være tekst.")
        setattr(cfg, name, str(value).strip() if value not in (None, "") else None)
    deadline = data.get("deadline")
    if isinstance(deadline, dt.datetime):
        deadline = deadline.date()
    elif isinstance(deadline, str) and deadline:
        try:
            deadline = dt.date.fromisoformat(deadline)
        except ValueError:
            raise InvalidConfig(source, f"høringsfristen »{deadline}« er ikke en dato som 2018-11-01.") from None
    elif deadline is not None and not isinstance(deadline, dt.date):
        raise InvalidConfig(source, "høringsfristen (deadline) skal være en dato som 2018-11-01.")
    cfg.deadline = deadline or None

    parties = data.get("parties", [])
    if not isinstance(parties, list) or not all(isinstance(p, str) for p in parties):
        raise InvalidConfig(source, "»parties« skal være en liste af navne i anførselstegn.")
    seen: set[str] = set()
    for party in (p.strip() for p in parties):
        if party and party.casefold() not in seen:
            seen.add(party.casefold())
            cfg.parties.append(party)

    themes = data.get("themes", {})
    if not isinstance(themes, dict):
        raise InvalidConfig(source, "»themes« skal være tabeller som [themes.mentor].")
    for key, spec in themes.items():
        if not _KEY.match(key):
            raise InvalidConfig(
                source, f"temaets nøgle »{key}« må kun indeholde små bogstaver a-z, tal, - og _."
            )
        if not isinstance(spec, dict):
            raise InvalidConfig(source, f"temaet »{key}« skal have label og keywords.")
        label = spec.get("label") or key
        keywords = spec.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise InvalidConfig(source, f"»keywords« for temaet »{key}« skal være en liste af ord.")
        cfg.themes[key] = Theme(key, str(label), [k.strip() for k in keywords if k.strip()])

    cfg.publish_citizen_names = bool(data.get("publish_citizen_names", False))
    limits = data.get("limits", {})
    if not isinstance(limits, dict) or not all(isinstance(v, int | float) for v in limits.values()):
        raise InvalidConfig(source, "»limits« skal være en tabel med tal, fx max_pages = 500.")
    cfg.limits = dict(limits)
    return cfg


def load_config(path: Path) -> ConsultationConfig:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidConfig(str(path), "filen findes ikke.") from None
    except UnicodeDecodeError:
        raise InvalidConfig(str(path), "filen er ikke gemt som UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidConfig(str(path), f"filen er ikke gyldig TOML ({exc}).") from None
    return parse_config(data, str(path))


def starter_config(title: str) -> str:
    """A commented config to edit, written by `hoering new SLUG --title …`."""
    quoted = tomli_w.dumps({"title": title}).strip()
    return f"""# Konfiguration for høringen. Ret felterne og kør: hoering config SLUG --config denne-fil
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
"""
