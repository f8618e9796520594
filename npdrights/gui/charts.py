"""A stacked bar chart (QtCharts) that any screen can fill: categories along the bottom, one coloured part per
series, a legend, and an accessible summary of the numbers for people who cannot see the bars.

Colours come from a palette chosen to be told apart with common colour-vision deficiencies (Okabe and Ito's),
and every series is named in the legend, so the chart never relies on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[int]  # one per category
    colour: str = ""


class StackedBarChart(QChartView):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.title = title
        self._chart = self._new_chart()
        self.setMinimumHeight(self.fontMetrics().height() * 9)  # room for the axis labels at any text size
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.setAccessibleName(title or "Chart")
        self.viewport().setAccessibleName(self.accessibleName())  # it takes the focus in the view's place

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        """Replace what the chart shows. Series with no values at all are left out of the legend."""
        self.categories = list(categories)
        self.series = [each for each in series if any(each.values)]
        # A new chart each time: QChart keeps the labels of axes removed from it on screen.
        self._chart = self._new_chart()
        bars = QStackedBarSeries()
        for index, each in enumerate(self.series):
            bar_set = QBarSet(each.label)
            bar_set.append([float(value) for value in each.values])
            bar_set.setColor(QColor(each.colour or PALETTE[index % len(PALETTE)]))
            bars.append(bar_set)
        self._chart.addSeries(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        y_axis = QValueAxis()
        highest = max((sum(column) for column in zip(*(each.values for each in self.series), strict=True)), default=0)
        step = _nice_step(highest)
        top = max(step, -(-highest // step) * step)  # rounded up to a whole step, so the tallest bar fits
        y_axis.setRange(0, top)
        y_axis.setTickCount(top // step + 1)
        y_axis.setLabelFormat("%d")
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x_axis)
        bars.attachAxis(y_axis)
        self.setAccessibleDescription(self.summary())

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # first paint at once
        self.setChart(chart)  # the view deletes the chart it showed before
        return chart

    def summary(self) -> str:
        """The numbers in words, for a screen reader: "2019: Commercial 3, Press 1. 2020: …"."""
        parts = []
        for index, category in enumerate(self.categories):
            counts = [f"{each.label} {each.values[index]}" for each in self.series if each.values[index]]
            none = QCoreApplication.translate("StackedBarChart", "none")
            parts.append(f"{category}: {', '.join(counts) if counts else none}.")
        return " ".join(parts) or QCoreApplication.translate("StackedBarChart", "No data.")


def _nice_step(highest: int) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving four to eight ticks."""
    step = 1
    while highest / step > 8:
        for factor in (2, 5 / 2, 2):  # 1 -> 2 -> 5 -> 10 -> 20 ...
            step = int(step * factor)
            if highest / step <= 8:
                break
    return step
