"""The report's charts as numbers for an SVG drawn by the templates: where each bar, mark and
label goes. The same two charts as the PDF report (documents.annual_report): members present
at each sitting with the number its quorum needed (Art. 17), and the requests by how they
were answered (Art. 18).

The drawing is small (400 units wide) and scales with the page, so on a phone the labels stay
readable; the template puts the same figures in a table beside it for screen readers and
for print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kenesh_desktop.documents.report_figures import REQUEST_STATES, SittingFigures

WIDTH = 400.0


@dataclass(frozen=True)
class Column:
    """One sitting's bar: its box, the quorum mark's height, the labels' places."""

    x: float
    y: float
    width: float
    height: float
    value: int
    needed: int
    mark_y: float
    label: str
    show_label: bool
    competent: bool

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class ColumnChart:
    width: float
    height: float
    left: float
    right: float
    top: float
    baseline: float
    ticks: tuple[tuple[float, int], ...]  # (y, value) of the grid lines
    columns: tuple[Column, ...]


def attendance_chart(sittings: Sequence[SittingFigures]) -> ColumnChart:
    """Members present per sitting, green when competent, red when not (Art. 17)."""
    height, left, right, top, bottom = 190.0, 26.0, WIDTH - 6, 14.0, 22.0
    baseline = height - bottom
    plot = baseline - top
    highest = max([s.quorum.members for s in sittings] + [1])
    step = max(1, -(-highest // 5))
    ticks = tuple((baseline - plot * value / highest, value)
                  for value in range(0, highest + 1, step))
    slot = (right - left) / max(len(sittings), 1)
    bar = min(28.0, slot * 0.7)
    # With many sittings every label would overlap: label every n-th one.
    every = max(1, -(-len(sittings) * 26 // int(right - left)))
    columns = []
    for index, sitting in enumerate(sittings):
        quorum = sitting.quorum
        bar_height = plot * quorum.present / highest
        x = left + slot * index + (slot - bar) / 2
        columns.append(Column(
            x=round(x, 2), y=round(baseline - bar_height, 2), width=round(bar, 2),
            height=round(bar_height, 2), value=quorum.present, needed=quorum.needed,
            mark_y=round(baseline - plot * quorum.needed / highest, 2),
            label=f"№{sitting.meeting.number}", show_label=index % every == 0,
            competent=quorum.reached))
    return ColumnChart(width=WIDTH, height=height, left=left, right=right, top=top,
                       baseline=baseline, ticks=ticks, columns=tuple(columns))


@dataclass(frozen=True)
class Row:
    """One state of the requests: its label above, its bar below."""

    state: str
    count: int
    label_y: float
    bar_y: float
    bar_width: float


@dataclass(frozen=True)
class RowChart:
    width: float
    height: float
    left: float
    bar_height: float
    rows: tuple[Row, ...]


def requests_chart(counts: dict[str, int]) -> RowChart:
    """One bar per state of the year's requests (answered on time, late, unanswered past due,
    awaiting), each labelled and counted."""
    left, row_height, bar_height = 4.0, 40.0, 14.0
    usable = WIDTH - left - 40  # room for the count after the longest bar
    top = max(list(counts.values()) + [1])
    rows = []
    for index, state in enumerate(REQUEST_STATES):
        y = index * row_height
        rows.append(Row(state=state, count=counts.get(state, 0), label_y=y + 14,
                        bar_y=y + 20, bar_width=round(usable * counts.get(state, 0) / top, 2)))
    return RowChart(width=WIDTH, height=row_height * len(REQUEST_STATES), left=left,
                    bar_height=bar_height, rows=tuple(rows))
