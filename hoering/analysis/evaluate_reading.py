"""Measure collect's readings of each letter against reference labels: who sent it, what
kind of sender, which consulted party, its date, which version replaces which, which
letters are one form letter, and which files are copies.

Labels: one entry per response under ``responses``, with ``file`` and the fields scored:
``sender``, ``kind``, ``party``, ``letter_date`` (the date the letter bears), ``received``,
``revision_of`` (the response it replaces), ``campaign`` (a group id) and ``duplicate_of``
(the file it is a byte-identical copy of). Two shapes are read: dev001's (an e-mail whose
response is its attachment names it as ``attachment``; links name files) and dev002's (every
file its own entry, an attachment with its e-mail as ``container``, covering e-mails with
``role`` "cover"; links name the entry's ``n``). A labelled response is found in the archive
by its file name ("mail.eml › bilag.pdf" for an attachment). A field a label file does not
carry is not scored (so the sample's labels, which name senders and kinds, score those);
``party``, when absent, is the sender when the sender is one of the consultation's parties.
Copies are scored only as copies.

Reported (each with its counts, so a reader sees how few letters a percentage rests on):

- sender: the normalised names agree (case, punctuation and spacing aside);
- kind: organisation or citizen;
- party: precision over the responses given a party, recall over those that have one;
- dates: the letter's own date (its date line) and the received date equal the label's;
- revisions: every labelled and every predicted "replaces" link, and the share of them that
  is right in both respects (the right pair, the newer one replacing the older);
- campaigns: precision and recall over pairs of letters in the same form-letter group;
- duplicates: labelled copies found as copies of the right file;
- covering e-mails: labelled covers read as covers (status "cover");
- responses: labelled responses found, and readable responses the labels do not know of
  (an inline logo read as a response of its own is one).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Response, Status
from ..parties import fold

# What a response becomes when an e-mail carries it: "mail.eml › bilag.pdf".
ATTACHMENT_SEPARATOR = " › "


@dataclass(frozen=True)
class Share:
    """`right` of `total`."""

    right: int
    total: int

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class ReadingReport:
    """The scores of one consultation's readings, with what went wrong by response."""

    labelled: int
    found: int
    extra: list[str]
    sender: Share
    kind: Share
    party_precision: Share
    party_recall: Share
    date: Share
    letter_date: Share
    covers: Share
    revisions: Share
    campaign_precision: Share
    campaign_recall: Share
    duplicates: Share
    errors: list[str] = field(default_factory=list)

    def rows(self) -> list[tuple[str, Share]]:
        return [
            ("Afsender", self.sender),
            ("Afsendertype", self.kind),
            ("Høringspart, præcision", self.party_precision),
            ("Høringspart, genkaldelse", self.party_recall),
            ("Brevets dato", self.letter_date),
            ("Modtaget", self.date),
            ("Rettede versioner (retning)", self.revisions),
            ("Enslydende, præcision (par)", self.campaign_precision),
            ("Enslydende, genkaldelse (par)", self.campaign_recall),
            ("Dubletter", self.duplicates),
            ("Følgebreve", self.covers),
        ]

    def table_da(self) -> str:
        """The scores as a Danish table for staff (`hoering eval`)."""
        lines = [f"{'Aflæsning':<32}{'Andel':>8}{'Rigtige':>10}", "-" * 50]
        for label, share in self.rows():
            value = "–" if share.value is None else f"{share.value * 100:6.1f} %"
            lines.append(f"{label:<32}{value:>8}{f'{share.right}/{share.total}':>10}")
        lines.append(f"Høringssvar fundet: {self.found} af {self.labelled}; "
                     f"uden facit: {len(self.extra)}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            **{key: _share_json(share) for key, share in zip(_KEYS, [s for _, s in self.rows()], strict=True)},
            "labelled": self.labelled,
            "found": self.found,
            "extra": list(self.extra),
            "errors": list(self.errors),
        }


_KEYS = ("sender", "kind", "party_precision", "party_recall", "letter_date", "received",
         "revision_direction", "campaign_precision", "campaign_recall", "duplicates", "covers")  # fmt: skip


def _share_json(share: Share) -> dict[str, Any]:
    return {"value": share.value, "right": share.right, "total": share.total}


def normalise_sender(name: str | None) -> str:
    """'Det Lokale Beskæftigelsesråd (LBR).' and 'det lokale beskæftigelsesråd (lbr)' agree."""
    return " ".join(re.split(r"[^a-z0-9]+", fold(name or ""))).strip()


def label_file(label: Mapping[str, Any]) -> str:
    """The archive's file name of a labelled response: "mail.eml › bilag.pdf" for an attachment,
    whether the label names it as the e-mail's ``attachment`` or as a file with a ``container``."""
    file = label["file"]
    if label.get("attachment"):
        return f"{file}{ATTACHMENT_SEPARATOR}{label['attachment']}"
    if label.get("container"):
        return f"{label['container']}{ATTACHMENT_SEPARATOR}{file}"
    return file


def _with_linked_files(label: Mapping[str, Any], file_of_n: Mapping[Any, str]) -> dict[str, Any]:
    label = dict(label)
    for key in ("revision_of", "duplicate_of"):
        if isinstance(label.get(key), int):
            label[key] = file_of_n.get(label[key])
    return label


def _is_cover(label: Mapping[str, Any]) -> bool:
    return label.get("role") == "cover"


def _is_copy(label: Mapping[str, Any]) -> bool:
    return label.get("duplicate_of") is not None


def letter_date(response: Response) -> str | None:
    """The date the letter bears, as collect read it (`pipeline.read` keeps it in metadata)."""
    return (response.metadata or {}).get("letter_date")


def evaluate_readings(responses: Sequence[Response], labels: Mapping[str, Any]) -> ReadingReport:
    """Score `responses` (one consultation's, as the archive holds them) against `labels`."""
    every = list(labels["responses"])
    # Links name a file, or a label's number ("revision_of": 8): both become the file.
    file_of_n = {label.get("n"): label["file"] for label in every if label.get("n") is not None}
    every = [_with_linked_files(label, file_of_n) for label in every]
    covers = [label for label in every if _is_cover(label)]
    gold = [label for label in every if not _is_cover(label)]
    parties = set((labels.get("consultation") or {}).get("parties") or [])
    by_file = {r.file: r for r in responses}
    number_of_label: dict[str, int | None] = {}
    errors: list[str] = []
    found = {}
    for label in gold:
        response = by_file.get(label_file(label))
        number_of_label[label["file"]] = response.number if response else None
        if response is None:
            errors.append(f"{label_file(label)}: ikke fundet")
        else:
            found[label["file"]] = response
    for label in covers:
        response = by_file.get(label_file(label))
        if response is None or response.status != Status.COVER:
            errors.append(f"{label_file(label)}: ikke læst som følgebrev")
    known = {label_file(label) for label in every} | {label["file"] for label in every}
    extra = [r.file for r in responses if r.status == Status.OK and r.file not in known]
    originals = [label for label in gold if not _is_copy(label)]

    def compare(key: str, predicted, expected, show=str) -> Share:
        right = total = 0
        for label in originals:
            if key not in label and key != "party":
                continue
            response = found.get(label["file"])
            want = expected(label)
            got = predicted(response) if response else None
            total += 1
            if got == want:
                right += 1
            else:
                errors.append(f"{label_file(label)}: {key} {show(got)!s} ≠ {show(want)!s}")
        return Share(right, total)

    sender = compare("sender", lambda r: normalise_sender(r.sender), lambda lab: normalise_sender(lab["sender"]))
    kind = compare("kind", lambda r: str(r.sender_kind), lambda lab: lab["kind"])
    date = compare("received", lambda r: (r.received or "")[:10] or None, lambda lab: lab["received"])
    dated = compare("letter_date", letter_date, lambda lab: lab["letter_date"])

    def gold_party(label) -> str | None:
        if "party" in label:
            return label["party"]
        return label.get("sender") if label.get("sender") in parties else None

    party_precision, party_recall = _party_scores(originals, found, gold_party, errors)
    revisions = _revision_score(gold, found, number_of_label, responses, errors)
    campaign_precision, campaign_recall = _campaign_scores(gold, found, errors)
    duplicates = _duplicate_score(gold, found, number_of_label, errors)
    return ReadingReport(
        labelled=len(gold), found=len(found), extra=extra, sender=sender, kind=kind,
        party_precision=party_precision, party_recall=party_recall, date=date, letter_date=dated,
        covers=Share(sum(1 for label in covers if (r := by_file.get(label_file(label))) and r.status == Status.COVER),
                     len(covers)),
        revisions=revisions, campaign_precision=campaign_precision,
        campaign_recall=campaign_recall, duplicates=duplicates, errors=errors,
    )  # fmt: skip


def _party_scores(gold, found, gold_party, errors) -> tuple[Share, Share]:
    given = right_given = having = right_having = 0
    for label in gold:
        response = found.get(label["file"])
        want, got = gold_party(label), response.party if response else None
        if got:
            given += 1
            right_given += got == want
        if want:
            having += 1
            right_having += got == want
        if got != want:
            errors.append(f"{label_file(label)}: party {got} ≠ {want}")
    return Share(right_given, given), Share(right_having, having)


def _revision_score(gold, found, number_of_label, responses, errors) -> Share:
    """Every link either side makes, right when both sides make it (old and new the same)."""
    if not any("revision_of" in label for label in gold):
        return Share(0, 0)
    expected = {
        (number_of_label.get(label["file"]), number_of_label.get(label["revision_of"]))
        for label in gold if label.get("revision_of")
    }  # fmt: skip
    labelled_numbers = {r.number for r in found.values()}
    predicted = {
        (r.number, r.revision_of) for r in responses
        if r.revision_of is not None and r.number in labelled_numbers
    }  # fmt: skip
    file_of = {r.number: r.file for r in responses}
    for pair in sorted(expected ^ predicted, key=str):
        errors.append(f"{file_of.get(pair[0])} erstatter {file_of.get(pair[1])}: "
                      + ("mangler" if pair in expected else "forkert"))
    return Share(len(expected & predicted), len(expected | predicted))


def _pairs(groups: Mapping[str, Any]) -> set[tuple[str, str]]:
    members: dict[Any, list[str]] = {}
    for file, group in groups.items():
        if group is not None:
            members.setdefault(group, []).append(file)
    return {tuple(sorted(pair)) for files in members.values() for pair in itertools.combinations(files, 2)}


def _campaign_scores(gold, found, errors) -> tuple[Share, Share]:
    if not any("campaign" in label for label in gold):
        return Share(0, 0), Share(0, 0)
    expected = _pairs({label["file"]: label.get("campaign") for label in gold})
    predicted = _pairs({
        label["file"]: found[label["file"]].campaign for label in gold if label["file"] in found
    })  # fmt: skip
    for pair in sorted(expected ^ predicted):
        errors.append(f"enslydende {pair[0]} + {pair[1]}: " + ("mangler" if pair in expected else "forkert"))
    right = len(expected & predicted)
    return Share(right, len(predicted)), Share(right, len(expected))


def _duplicate_score(gold, found, number_of_label, errors) -> Share:
    right = total = 0
    for label in gold:
        if not label.get("duplicate_of"):
            continue
        total += 1
        response = found.get(label["file"])
        want = number_of_label.get(label["duplicate_of"])
        if response is not None and response.duplicate_of == want and want is not None:
            right += 1
        else:
            errors.append(f"{label_file(label)}: dublet af {label['duplicate_of']} ikke fundet")
    return Share(right, total)
