"""Measure theme tagging against reference labels, with a naive baseline in the same run.

Labels: the format of seed001-labels.json: ``codebook`` and ``responses`` with ``n``,
``themes`` (discussed with substance) and ``themes_no_comment``. Predictions are matched to
labels by response number ``n``.

Reported: per-theme precision, recall and F1 of "discusses"; micro and macro F1, each with
a 95% bootstrap interval (responses resampled with replacement, fixed seed); no-comment
precision and recall; stance accuracy (over the themes both the labels and the tags call
discussed, where the labels give a stance); overall-position accuracy (the labels'
``overall``, else the position their theme stances give by the same rule,
`hoering.analysis.stance.overall_position`); discovery recall (the labels' outside topics
raised by three or more responses that one of the first five suggestions finds, see
`discovery`). The same for the baseline, the simplest rule set (`hoering.analysis.baseline`).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..model import Position, Stance, TagState, ThemeTag
from .stance import overall_position
from .tagging import Codebook

Labels = Mapping[str, Any]
Predicted = Mapping[int, Sequence[ThemeTag]] | Sequence[Sequence[ThemeTag]]


@dataclass(frozen=True)
class ThemeScore:
    key: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)


@dataclass
class EvalReport:
    """Scores of one set of predictions; ``baseline`` holds the naive matcher's."""

    per_theme: dict[str, ThemeScore]
    micro_f1: float
    micro_f1_ci: tuple[float, float]
    macro_f1: float
    macro_f1_ci: tuple[float, float]
    no_comment_precision: float
    no_comment_recall: float
    no_comment_accuracy: float
    responses: int
    errors: list[str] = field(default_factory=list)  # "n=11 FN faerre", ...
    baseline: EvalReport | None = None
    stance_correct: int = 0
    stance_total: int = 0  # discussed on both sides, with a labelled stance
    overall_correct: int = 0
    overall_total: int = 0
    discovery: Discovery | None = None

    @property
    def stance_accuracy(self) -> float | None:
        return self.stance_correct / self.stance_total if self.stance_total else None

    @property
    def overall_accuracy(self) -> float | None:
        return self.overall_correct / self.overall_total if self.overall_total else None

    @property
    def micro_precision(self) -> float:
        tp = sum(s.tp for s in self.per_theme.values())
        fp = sum(s.fp for s in self.per_theme.values())
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def micro_recall(self) -> float:
        tp = sum(s.tp for s in self.per_theme.values())
        fn = sum(s.fn for s in self.per_theme.values())
        return tp / (tp + fn) if tp + fn else 0.0

    def table(self) -> str:
        """A plain-text table of ours next to the baseline (when there is one)."""
        base = self.baseline
        lines = [f"{'theme':<14}{'P':>6}{'R':>6}{'F1':>6}  (tp/fp/fn)"
                 + (f"   | baseline {'P':>5}{'R':>6}{'F1':>6}" if base else "")]
        for key, s in self.per_theme.items():
            row = f"{key:<14}{s.precision:6.2f}{s.recall:6.2f}{s.f1:6.2f}  ({s.tp}/{s.fp}/{s.fn})"
            if base:
                b = base.per_theme[key]
                row += f"{'':>5}| {'':>8}{b.precision:6.2f}{b.recall:6.2f}{b.f1:6.2f}"
            lines.append(row)
        for name, report in (("ours", self), ("baseline", base)):
            if report is None:
                continue
            lines.append(
                f"{name}: micro P {report.micro_precision:.3f} R {report.micro_recall:.3f} "
                f"F1 {report.micro_f1:.3f} [{report.micro_f1_ci[0]:.3f}, "
                f"{report.micro_f1_ci[1]:.3f}]  macro F1 {report.macro_f1:.3f} "
                f"[{report.macro_f1_ci[0]:.3f}, {report.macro_f1_ci[1]:.3f}]  no-comment "
                f"P {report.no_comment_precision:.2f} R {report.no_comment_recall:.2f} "
                f"acc {report.no_comment_accuracy:.2f}"
            )
        if self.errors:
            lines.append("errors: " + "; ".join(self.errors))
        return "\n".join(lines)

    def table_da(self) -> str:
        """The scores as a Danish table for staff (`hoering eval`): ours beside the baseline."""
        base = self.baseline
        lines = [f"{'Tema':<14}{'Præc.':>7}{'Genk.':>7}{'F1':>7}" + ("   | Simpel søgning F1" if base else "")]
        for key, s in self.per_theme.items():
            row = f"{key:<14}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}"
            if base:
                row += f"   | {base.per_theme[key].f1:7.2f}"
            lines.append(row)
        lines.append("")
        for name, r in (("hoering", self), ("simpel søgning", base)):
            if r is None:
                continue
            lines.append(
                f"{name}: mikro-F1 {r.micro_f1:.3f} (95 %-interval {r.micro_f1_ci[0]:.3f}–{r.micro_f1_ci[1]:.3f}), "
                f"makro-F1 {r.macro_f1:.3f} ({r.macro_f1_ci[0]:.3f}–{r.macro_f1_ci[1]:.3f})"
            )
        lines.append("")
        lines.append(f"{'Mål':<34}{'hoering':>16}" + (f"{'enkle regler':>16}" if base else ""))
        for label, mine, theirs in self._judgement_rows():
            lines.append(f"{label:<34}{mine:>16}" + (f"{theirs:>16}" if base else ""))
        lines.append(f"({self.responses} høringssvar)")
        if self.discovery is not None:
            for topic, hit in self.discovery.found.items():
                lines.append(f"  emne {topic}: " + (f"fundet som forslag nr. {hit}" if hit else "ikke fundet"))
        return "\n".join(lines)

    def _judgement_rows(self) -> list[tuple[str, str, str]]:
        base = self.baseline

        def ratio(c: int, t: int) -> str:
            return f"{c / t:.2f} ({c}/{t})" if t else "–"

        def disc(r: EvalReport | None) -> str:
            d = r.discovery if r else None
            return f"{d.recall:.2f} ({d.hits}/{d.topics})" if d and d.topics else "–"

        rows = [
            ("Temaer, mikro-F1", f"{self.micro_f1:.3f}", f"{base.micro_f1:.3f}" if base else ""),
            ("Holdning, træfsikkerhed", ratio(self.stance_correct, self.stance_total),
             ratio(base.stance_correct, base.stance_total) if base else ""),
            ("»Ingen bemærkninger«, præcision", f"{self.no_comment_precision:.2f}",
             f"{base.no_comment_precision:.2f}" if base else ""),
            ("»Ingen bemærkninger«, genkaldelse", f"{self.no_comment_recall:.2f}",
             f"{base.no_comment_recall:.2f}" if base else ""),
            ("Samlet holdning, træfsikkerhed", ratio(self.overall_correct, self.overall_total),
             ratio(base.overall_correct, base.overall_total) if base else ""),
            ("Nye emner blandt top 5", disc(self), disc(base) if base else ""),
        ]
        return rows

    def to_json(self) -> dict[str, Any]:
        """The scores as `hoering eval --json` prints them, the baseline's beside ours."""
        data = self._scores()
        data["errors"] = list(self.errors)
        if self.baseline is not None:
            data["baseline"] = self.baseline._scores()
        return data

    def _scores(self) -> dict[str, Any]:
        return {
            "per_theme": {
                k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for k, s in self.per_theme.items()
            },
            "micro": {"precision": self.micro_precision, "recall": self.micro_recall, "f1": self.micro_f1,
                      "f1_ci95": list(self.micro_f1_ci)},
            "macro": {"f1": self.macro_f1, "f1_ci95": list(self.macro_f1_ci)},
            "no_comment": {"precision": self.no_comment_precision, "recall": self.no_comment_recall,
                           "accuracy": self.no_comment_accuracy},
            "stance": {"accuracy": self.stance_accuracy, "correct": self.stance_correct,
                       "total": self.stance_total},
            "overall": {"accuracy": self.overall_accuracy, "correct": self.overall_correct,
                        "total": self.overall_total},
            "discovery": None if self.discovery is None else self.discovery.to_json(),
            "responses": self.responses,
        }  # fmt: skip


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def load_labels(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _by_number(predicted: Predicted) -> dict[int, Sequence[ThemeTag]]:
    if isinstance(predicted, Mapping):
        return dict(predicted)
    return {i + 1: tags for i, tags in enumerate(predicted)}


def baseline_tags(text: str, codebook: Codebook) -> list[ThemeTag]:
    """The baseline's tags (`hoering.analysis.baseline.tags`)."""
    from .baseline import tags

    return tags(text, codebook)


@dataclass
class Discovery:
    """Which outside topics of the labels the first suggestions find.

    A suggestion finds a topic when at least half the topic's responses are among its
    responses and at least half its responses raise the topic; each suggestion finds at
    most one topic (its best), so one sprawling suggestion cannot find them all.
    """

    found: dict[str, int | None]  # topic -> number of the suggestion that found it
    top: int = 5

    @property
    def topics(self) -> int:
        return len(self.found)

    @property
    def hits(self) -> int:
        return sum(v is not None for v in self.found.values())

    @property
    def recall(self) -> float:
        return self.hits / self.topics if self.topics else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"recall": self.recall, "hits": self.hits, "topics": self.topics, "top": self.top,
                "found": dict(self.found)}


MIN_TOPIC_RESPONSES = 3


def discovery(suggested: Sequence[Collection[int]], labels: Labels, *, top: int = 5) -> Discovery:
    """Score suggestions (each the label numbers `n` of the responses it covers, best first)."""
    gold: dict[str, set[int]] = {}
    for response in labels["responses"]:
        for topic in response.get("emergent", []):
            gold.setdefault(topic, set()).add(response["n"])
    gold = {t: ns for t, ns in gold.items() if len(ns) >= MIN_TOPIC_RESPONSES}
    found: dict[str, int | None] = {t: None for t in sorted(gold)}
    for i, responses in enumerate(suggested[:top], start=1):
        covered = set(responses)
        best, best_score = None, 0.0
        for topic, ns in gold.items():
            both = len(covered & ns)
            if both * 2 >= len(ns) and both * 2 >= len(covered) and both:
                score = both / len(covered | ns)
                if score > best_score:
                    best, best_score = topic, score
        if best is not None and found[best] is None:
            found[best] = i
    return Discovery(found, top)


def evaluate(
    predicted: Predicted,
    labels: Labels,
    *,
    texts: Mapping[int, str] | Sequence[str] | None = None,
    suggested: Sequence[Collection[int]] | None = None,
    draws: int = 1000,
    seed: int = 0,
) -> EvalReport:
    """Score ``predicted`` (tags by response number, or a list in number order).

    With ``texts`` (by number, or a list in number order) the baseline is scored on the
    same responses and attached as ``report.baseline``. With ``suggested`` (the label
    numbers each suggestion covers, best first) discovery is scored too, for the baseline
    on its own suggestions from the texts.
    """
    report = _score(_by_number(predicted), labels, draws, seed)
    if suggested is not None:
        report.discovery = discovery(suggested, labels)
    if texts is not None:
        from . import baseline

        by_n = dict(texts) if isinstance(texts, Mapping) else {
            i + 1: t for i, t in enumerate(texts)}
        codebook = labels["codebook"]
        base = {n: baseline.tags(text, codebook) for n, text in by_n.items()}
        report.baseline = _score(base, labels, draws, seed)
        if suggested is not None:
            numbers = list(by_n)
            found = baseline.suggest([by_n[n] for n in numbers], codebook)
            report.baseline.discovery = discovery([{numbers[i] for i in f} for f in found], labels)
    return report


def _score(predicted: Mapping[int, Sequence[ThemeTag]], labels: Labels, draws: int,
           seed: int) -> EvalReport:
    keys = list(labels["codebook"])
    gold = [r for r in labels["responses"] if r.get("role") != "cover"]
    # counts[i, j] = (tp, fp, fn) of response i, theme j; nc = no-comment (tp, fp, fn)
    counts = np.zeros((len(gold), len(keys), 3), dtype=int)
    nc = np.zeros((len(gold), 3), dtype=int)
    errors = []
    stance_correct = stance_total = overall_correct = overall_total = 0
    for i, response in enumerate(gold):
        tags = predicted.get(response["n"], [])
        said = {t.key for t in tags if t.state == TagState.DISCUSSES}
        silent = {t.key for t in tags if t.state == TagState.NO_COMMENT} - said
        true_said = set(response.get("themes", []))
        true_silent = set(response.get("themes_no_comment", []))
        for j, key in enumerate(keys):
            counts[i, j] = (key in said and key in true_said, key in said and key not in true_said,
                            key not in said and key in true_said)
            if key in said and key not in true_said:
                errors.append(f"n={response['n']} FP {key}")
            if key in true_said and key not in said:
                errors.append(f"n={response['n']} FN {key}")
        nc[i] = (len(silent & true_silent), len(silent - true_silent), len(true_silent - silent))
        errors.extend(f"n={response['n']} no-comment FP {k}" for k in sorted(silent - true_silent))
        errors.extend(f"n={response['n']} no-comment FN {k}" for k in sorted(true_silent - silent))
        gold_stance = response.get("stance") or {}
        mine = {t.key: t.stance for t in tags if t.state == TagState.DISCUSSES}
        for key in true_said & said:
            if key in gold_stance:
                stance_total += 1
                if mine[key] == Stance(gold_stance[key]):
                    stance_correct += 1
                else:
                    errors.append(f"n={response['n']} stance {key} {mine[key]}≠{gold_stance[key]}")
        gold_overall = _gold_overall(response)
        if gold_overall is not None:
            overall_total += 1
            got = overall_position(mine.values())
            overall_correct += got == gold_overall
            if got != gold_overall:
                errors.append(f"n={response['n']} overall {got}≠{gold_overall}")

    def micro(rows: np.ndarray) -> float:
        tp, fp, fn = counts[rows].sum(axis=(0, 1))
        return _f1(int(tp), int(fp), int(fn))

    def macro(rows: np.ndarray) -> float:
        per = counts[rows].sum(axis=0)
        scores = [_f1(*map(int, c)) for c in per if c.sum() > 0]
        return float(np.mean(scores)) if scores else 0.0

    everyone = np.arange(len(gold))
    rng = np.random.default_rng(seed)
    samples = [rng.integers(0, len(gold), len(gold)) for _ in range(draws)]
    micro_draws = [micro(s) for s in samples]
    macro_draws = [macro(s) for s in samples]
    tp, fp, fn = map(int, nc.sum(axis=0))
    per_theme = {key: ThemeScore(key, *map(int, counts[:, j].sum(axis=0)))
                 for j, key in enumerate(keys)}
    return EvalReport(
        per_theme=per_theme,
        micro_f1=micro(everyone),
        micro_f1_ci=_interval(micro_draws),
        macro_f1=macro(everyone),
        macro_f1_ci=_interval(macro_draws),
        no_comment_precision=tp / (tp + fp) if tp + fp else 0.0,
        no_comment_recall=tp / (tp + fn) if tp + fn else 0.0,
        # Of the cells either side calls no-comment, the share both agree on (strict:
        # correct "not mentioned" cells do not count).
        no_comment_accuracy=tp / (tp + fp + fn) if tp + fp + fn else 1.0,
        responses=len(gold),
        errors=errors,
        stance_correct=stance_correct,
        stance_total=stance_total,
        overall_correct=overall_correct,
        overall_total=overall_total,
    )


# Words a labeller may use for an overall position, onto `Position`.
_OVERALL = {"imod": Position.AGAINST, "imod forslaget": Position.AGAINST, "against": Position.AGAINST,
            "delvis": Position.PARTLY, "delvis enig": Position.PARTLY, "blandet": Position.PARTLY,
            "mixed": Position.PARTLY, "partly": Position.PARTLY, "støtter": Position.SUPPORTS,
            "for": Position.SUPPORTS, "support": Position.SUPPORTS, "supports": Position.SUPPORTS,
            "neutral": Position.NEUTRAL, "ingen": Position.NEUTRAL, "ingen holdning": Position.NEUTRAL,
            "ingen bemærkninger": Position.NEUTRAL}


def _gold_overall(response: Mapping[str, Any]) -> Position | None:
    """The labelled overall position, or the one the labelled stances give; None without
    either (or for a response with no themes and no stated position)."""
    stated = response.get("overall")
    if isinstance(stated, str) and stated.strip().lower() in _OVERALL:
        return _OVERALL[stated.strip().lower()]
    stances = response.get("stance")
    if stances:
        return overall_position(stances.values())
    return None


def _interval(values: Sequence[float]) -> tuple[float, float]:
    low, high = np.percentile(np.asarray(values), [2.5, 97.5])
    return float(low), float(high)
