"""A development set's script, apart from its letters: the clock, the registry of response
makers, the e-mail defaults, the reference labels and the command line.

letterkit makes the files; this module is what every ``make_devNNN.py`` shares around them.
A new set's script needs only::

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev002"))
    from letterkit import built, docx, eml, pdf, scan_pdf, touch  # noqa: E402
    from setkit import ConsultationSet  # noqa: E402

    SET = ConsultationSet(__file__, themes=THEMES, deadline=DEADLINE, year=2027, month=11,
                          inbox=INBOX, mailhosts=MAILHOSTS)
    at, label, cover, mail, response = SET.at, SET.label, SET.cover, SET.mail, SET.response

    @response
    def aeldreraadet(folder: Path) -> list[dict]:   # writes its file(s), returns their labels
        ...

    if __name__ == "__main__":
        SET.main(__doc__, consultation=CONSULTATION, about=ABOUT, emergent=EMERGENT, campaigns=CAMPAIGNS)

``at(day, hour, minute)`` is Danish time in the set's month; ``label`` / ``cover`` are
``label`` / ``cover`` below with the set's themes and deadline; ``mail`` is letterkit.eml
to the inbox through the set's mail hosts, its mtime set to its ``when``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from letterkit import eml, touch

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, 31)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def danish_time(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A Danish wall-clock time: summer time (CEST) from the last Sunday of March to the last
    Sunday of October. The change-over day counts whole as the new time: no letter in the sets
    arrives in the small hours of that Sunday."""
    summer = _last_sunday(year, 3) <= dt.date(year, month, day) < _last_sunday(year, 10)
    return dt.datetime(year, month, day, hour, minute, tzinfo=CEST if summer else CET)


# --- reference labels ---------------------------------------------------------------------------


def label(
    file: str,
    *,
    themes: Sequence[str],
    deadline: dt.date,
    sender: str,
    kind: str,
    received: dt.date | dt.datetime,
    letter_date: dt.date | None,
    party: str | None = None,
    stance: dict[str, str] | None = None,
    no_comment: tuple[str, ...] | str = (),
    condition: dict[str, str] | None = None,
    emergent: tuple[str, ...] = (),
    overall: str | None = None,
    campaign: str | None = None,
    revision_of: str | None = None,
    duplicate_of: str | None = None,
    personal_data: tuple[tuple[str, str, str], ...] = (),
    note: str = "",
    role: str = "response",
    container: str | None = None,
    attachments: tuple[str, ...] = (),
) -> dict:
    """One file's reference labels (the schema in the sets' labels.json "about"); no_comment="rest"
    = every element of `themes` the letter does not discuss."""
    stance = dict(stance or {})
    if no_comment == "rest":
        no_comment = tuple(t for t in themes if t not in stance)
    # A labelling slip caught when the set is written, not when it is measured.
    assert not set(no_comment) & set(stance), file
    assert set(stance) <= set(themes) and set(no_comment) <= set(themes), file
    assert set(condition or {}) <= {t for t, s in stance.items() if s == "støtter"}, file
    if isinstance(received, dt.datetime):
        received = received.date()
    return {
        "file": file,
        "role": role,
        "container": container,
        "attachments": list(attachments),
        "sender": sender,
        "kind": kind,
        "party": party,
        "letter_date": letter_date.isoformat() if letter_date else None,
        "received": received.isoformat(),
        "late": received > deadline,
        "themes": list(stance),
        "themes_no_comment": list(no_comment),
        "stance": stance,
        "condition": dict(condition or {}),
        "overall": overall,
        "emergent": list(emergent),
        "campaign": campaign,
        "revision_of": revision_of,
        "duplicate_of": duplicate_of,
        "personal_data": [{"kind": k, "text": t, "where": w} for k, t, w in personal_data],
        "note": note,
    }


def cover(file: str, attachment: str, **kw) -> dict:
    """The covering e-mail of a response whose text is in `attachment`."""
    entry = label(file, role="cover", attachments=(attachment,), **kw)
    entry["overall"] = None
    return entry


LABEL_KEYS = ("n", "file", "role", "container", "attachments", "sender", "kind", "party",
              "letter_date", "received", "late", "themes", "themes_no_comment", "stance",
              "condition", "overall", "emergent", "campaign", "revision_of", "duplicate_of",
              "personal_data", "note")


def make(folder: Path, makers: Sequence) -> list[dict]:
    """Every response's files written into `folder`; the labels of each file, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    return [entry for maker in makers for entry in maker(folder)]


def reference_labels(entries: list[dict], *, config: Path, themes: Sequence[str], consultation: dict,
                     about: str, emergent: dict, campaigns: dict) -> dict:
    """A set's labels.json: its entries numbered (links to other files by their numbers), the
    consultation with the parties that did not answer, the codebook from its config."""
    import tomllib

    settings = tomllib.loads(config.read_text("utf-8"))
    assert tuple(settings["themes"]) == tuple(themes)
    by_file = {}
    for n, entry in enumerate(entries, 1):
        assert set(entry["emergent"]) <= set(emergent), entry["file"]
        entry["n"] = by_file[entry["file"]] = n
    for entry in entries:
        for key in ("revision_of", "duplicate_of"):
            if entry[key] is not None:
                entry[key] = by_file[entry[key]]
    answered = {e["party"] for e in entries if e["party"]}
    assert answered <= set(settings["parties"]), answered - set(settings["parties"])
    return {
        "about": about,
        "consultation": dict(consultation, parties=settings["parties"],
                             did_not_respond=[p for p in settings["parties"] if p not in answered]),
        "codebook": settings["themes"],
        "emergent": emergent,
        "campaigns": campaigns,
        "responses": [{k: e[k] for k in LABEL_KEYS} for e in entries],
    }


# --- a set's script -----------------------------------------------------------------------------


class ConsultationSet:
    """One development set: what its script's letters share.

    script: the script's ``__file__`` (its config is the hoering.toml beside it).
    year, month: when most letters arrive; ``at(day)`` falls in that month unless given another
        (a set whose letters name the month first wraps ``at`` and needs no month).
    inbox / mailhosts: the secretariat's address (``mail``'s default To) and the receiving
        mail hosts (letterkit.eml's relay / exchange) named in server-saved e-mails.
    """

    def __init__(self, script: str, *, themes: Sequence[str], deadline: dt.date, year: int,
                 month: int | None = None, inbox: str | None = None,
                 mailhosts: dict[str, str] | None = None) -> None:
        self.config = Path(script).parent / "hoering.toml"
        self.themes = tuple(themes)
        self.deadline = deadline
        self.year, self.month = year, month
        self.inbox = inbox
        self.mailhosts = dict(mailhosts or {})
        self.responses: list[Callable[[Path], list[dict]]] = []

    def response(self, maker: Callable[[Path], list[dict]]) -> Callable[[Path], list[dict]]:
        """Register a response maker (a function of the output folder returning its files'
        labels); the set is written in the order of registration."""
        self.responses.append(maker)
        return maker

    def at(self, day: int, hour: int = 12, minute: int = 0, month: int | None = None) -> dt.datetime:
        return danish_time(self.year, month or self.month, day, hour, minute)

    def label(self, file: str, **kw) -> dict:
        return label(file, **{"themes": self.themes, "deadline": self.deadline, **kw})

    def cover(self, file: str, attachment: str, **kw) -> dict:
        """A covering e-mail's labels; it bears no letter date unless told."""
        return cover(file, attachment, **{"themes": self.themes, "deadline": self.deadline,
                                          "letter_date": None, **kw})

    def mail(self, path: Path, **kw) -> Path:
        """letterkit.eml to the inbox through the set's mail hosts, its mtime the moment it was sent."""
        inbox = {"to": self.inbox} if self.inbox else {}
        path = eml(path, **{**inbox, **self.mailhosts, **kw})
        return touch(path, kw["when"])

    def labels(self, entries: list[dict], *, consultation: dict, about: str, emergent: dict,
               campaigns: dict | None = None) -> dict:
        return reference_labels(entries, config=self.config, themes=self.themes, consultation=consultation,
                                about=about, emergent=emergent, campaigns=campaigns or {})

    def main(self, doc: str, **labelling) -> None:
        """The set's command line, ``OUTDIR [--labels FILE]``; `labelling` = self.labels' keywords."""
        import argparse
        import json

        parser = argparse.ArgumentParser(description=doc.splitlines()[0])
        parser.add_argument("outdir", type=Path)
        parser.add_argument("--labels", type=Path, help="also write the reference labels here")
        args = parser.parse_args()
        made = make(args.outdir, self.responses)
        if args.labels:
            text = json.dumps(self.labels(made, **labelling), ensure_ascii=False, indent=1) + "\n"
            args.labels.write_text(text, encoding="utf-8")
        print(f"{len(made)} files in {args.outdir}")
