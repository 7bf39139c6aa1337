"""The reading order of a PDF page's lines, columns included, from their positions.

A person reads a page top to bottom, and a page set in two columns (a flyer, a newsletter, a
council's letter under a full-width title) column by column: the left column down, then the
right, band by band between the lines that span the page. pdfium gives lines in the order the
producer drew them, which is often but not always that order (a header drawn last, a date
placed by a text box), so the order is rebuilt from the boxes.

Columns are found from the lines' left edges: a second column is a left edge in the right part
of the text area where at least `MIN_COLUMN_LINES` lines start, beside at least as many lines
that end before it. Lines that cross it span the page and separate bands. Each column line
carries its column's own right edge (`Line.col_edge`) and left edge (`Line.col_left`), so
that the paragraph rules measure "the first word would have fitted on the line above" against
the column, not the page: measured against the page, every line of a left column looks short
and becomes a paragraph of its own.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf import Line

MIN_COLUMN_LINES = 3
_RIGHT_PART = 0.35  # a second column starts right of this share of the text width
_SLACK = 2.0  # points: a left edge "at" the column's


def reading_order(lines: list[Line]) -> list[Line]:
    """`lines` (one page's, all placed) in reading order, column lines marked."""
    body = [line for line in lines if not line.table]
    if len(body) < 2 * MIN_COLUMN_LINES or len(body) != len(lines):
        return sorted(lines, key=_position)
    xmin = min(line.left for line in body)
    xmax = max(line.right for line in body)
    split = _second_column(body, xmin, xmax)
    if split is None:
        return sorted(lines, key=_position)
    left_col = [line for line in body if line.right < split - _SLACK]
    right_col = [line for line in body if line.left >= split - _SLACK]
    if len(left_col) < MIN_COLUMN_LINES or not _side_by_side(left_col, right_col):
        return sorted(lines, key=_position)
    for column, members in ((1, left_col), (2, right_col)):
        edge = _percentile([line.right for line in members], 0.9)
        start = min(line.left for line in members)
        for line in members:
            line.column, line.col_edge, line.col_left = column, edge, start
    spanning = sorted((line for line in body if line.column == 0), key=_position)
    ordered: list[Line] = []
    upper = float("inf")
    for separator in [*spanning, None]:
        lower = separator.top if separator is not None else float("-inf")
        for column in (1, 2):
            band = [line for line in body if line.column == column and lower < line.top <= upper]
            ordered += sorted(band, key=_position)
        if separator is not None:
            ordered.append(separator)
            upper = separator.top
    return ordered


def _position(line: Line) -> tuple[float, float]:
    return (-round(line.top, 0), line.left)


def _second_column(lines: list[Line], xmin: float, xmax: float) -> float | None:
    """The left edge of a second column, or None."""
    threshold = xmin + _RIGHT_PART * (xmax - xmin)
    starts = Counter(round(line.left) for line in lines if line.left > threshold)
    for left, _ in starts.most_common():
        at = [line for line in lines if abs(line.left - left) <= _SLACK]
        if len(at) >= MIN_COLUMN_LINES:
            return min(line.left for line in at)
    return None


def _side_by_side(left: list[Line], right: list[Line]) -> bool:
    """At least `MIN_COLUMN_LINES` left-column lines stand at the height of right-column text."""
    top = max(line.top for line in right)
    bottom = min(line.bottom for line in right)
    return sum(1 for line in left if bottom <= line.top <= top) >= MIN_COLUMN_LINES


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * (len(values) - 1) + 0.5))]
