"""Measure theme tagging against reference labels, with a naive baseline in the same run.

Labels: the format of seed001-labels.json: ``codebook`` and ``responses`` with ``n``,
``themes`` (discussed with substance) and ``themes_no_comment``. Predictions are matched to
labels by response number ``n``.

Reported: per-theme precision, recall and F1 of "discusses"; micro and macro F1, each with
a 95% bootstrap interval (responses resampled with replacement, fixed seed); no-comment
precision and recall; and the same for the baseline, case-insensitive substring matching of
the same keywords, which is what a search in a word processor would do.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..model import Stance, TagSource, TagState, ThemeTag
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
        lines.append(
            f"»Ingen kommentarer«: præcision {self.no_comment_precision:.2f}, genkaldelse "
            f"{self.no_comment_recall:.2f} ({self.responses} høringssvar)"
        )
        return "\n".join(lines)

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
    """Naive baseline: a theme is discussed when any keyword occurs as a substring."""
    lower = text.lower()
    out = []
    for key, theme in codebook.items():
        hits = [k for k in theme.get("keywords", []) if k.lower() in lower]
        if hits:
            out.append(ThemeTag(key, TagState.DISCUSSES, Stance.NEUTRAL, [], hits, source=TagSource.BASELINE))
    return out


def evaluate(
    predicted: Predicted,
    labels: Labels,
    *,
    texts: Mapping[int, str] | Sequence[str] | None = None,
    draws: int = 1000,
    seed: int = 0,
) -> EvalReport:
    """Score ``predicted`` (tags by response number, or a list in number order).

    With ``texts`` (by number, or a list in number order) the baseline is scored on the
    same responses and attached as ``report.baseline``.
    """
    report = _score(_by_number(predicted), labels, draws, seed)
    if texts is not None:
        by_n = dict(texts) if isinstance(texts, Mapping) else {
            i + 1: t for i, t in enumerate(texts)}
        codebook = labels["codebook"]
        base = {n: baseline_tags(text, codebook) for n, text in by_n.items()}
        report.baseline = _score(base, labels, draws, seed)
    return report


def _score(predicted: Mapping[int, Sequence[ThemeTag]], labels: Labels, draws: int,
           seed: int) -> EvalReport:
    keys = list(labels["codebook"])
    gold = [r for r in labels["responses"]]
    # counts[i, j] = (tp, fp, fn) of response i, theme j; nc = no-comment (tp, fp, fn)
    counts = np.zeros((len(gold), len(keys), 3), dtype=int)
    nc = np.zeros((len(gold), 3), dtype=int)
    errors = []
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
    )


def _interval(values: Sequence[float]) -> tuple[float, float]:
    low, high = np.percentile(np.asarray(values), [2.5, 97.5])
    return float(low), float(high)
