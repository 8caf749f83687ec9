"""The dashboard's charts (QtCharts): received vs resolved per month by kind, the on-time
rate per month, open cases per officer with the due-soon share. Each can be saved as PNG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.dashboard import DashboardDetails
from tcd_desktop.ui.fonts import UI_FAMILY

KIND_COLOURS = {"khieu_nai": "#1565c0", "to_cao": "#c62828", "kien_nghi_phan_anh": "#2e7d32"}


def _chart(title: str) -> QChart:
    chart = QChart()
    font = QFont(UI_FAMILY, 10)
    chart.setTitleFont(QFont(UI_FAMILY, 11, QFont.Weight.Bold))
    chart.setTitle(title)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _axis_font(*axes: QBarCategoryAxis | QValueAxis) -> None:
    for axis in axes:
        axis.setLabelsFont(QFont(UI_FAMILY, 9))
        axis.setTruncateLabels(False)


class ChartPanel(QWidget):
    """One chart with a "Save as PNG…" button."""

    saved = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.clicked.connect(self._ask_save)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def set_chart(self, chart: QChart) -> None:
        """Show ``chart`` (the previous one is deleted by the view)."""
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            f"{self.objectName()}.png",
            self.tr("PNG image (*.png)"),
        )
        if name:
            self.save_png(Path(name if name.lower().endswith(".png") else name + ".png"))

    def save_png(self, path: Path) -> bool:
        """Write the chart as it is drawn to ``path``."""
        ok = self.view.grab().save(str(path), "PNG")
        if ok:
            self.saved.emit(str(path))
        return ok


class DashboardCharts(QWidget):
    """The three charts side by side (two rows) of the dashboard's "Charts" tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = ChartPanel("chartFlow")
        self.rate = ChartPanel("chartRate")
        self.officers = ChartPanel("chartOfficers")
        top = QHBoxLayout()
        top.addWidget(self.flow, 3)
        top.addWidget(self.rate, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.officers, 1)

    def panels(self) -> list[ChartPanel]:
        """Every chart panel."""
        return [self.flow, self.rate, self.officers]

    def set_details(self, details: DashboardDetails) -> None:
        """Draw the charts of ``details``."""
        months = [f"{m.month:02d}/{m.year % 100:02d}" for m in details.months]
        kinds = {
            "khieu_nai": self.tr("Complaints"),
            "to_cao": self.tr("Denunciations"),
            "kien_nghi_phan_anh": self.tr("Petitions, feedback"),
        }
        flow = _chart(self.tr("Received (light) and resolved (dark) per month, by kind"))
        series = QBarSeries()
        for kind, label in kinds.items():
            for what, light in (("received", True), ("resolved", False)):
                values = [getattr(m, what)[kind] for m in details.months]
                word = self.tr("received") if light else self.tr("resolved")
                bars = QBarSet(f"{label} — {word}")
                bars.append([float(v) for v in values])
                colour = QColor(KIND_COLOURS[kind])
                bars.setColor(colour.lighter(160) if light else colour)
                series.append(bars)
        flow.addSeries(series)
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        y.setLabelFormat("%d")
        _axis_font(x, y)
        y.setRange(
            0,
            max(
                [
                    float(v)
                    for m in details.months
                    for v in (*m.received.values(), *m.resolved.values())
                ]
                or [1.0]
            ),
        )
        y.applyNiceNumbers()
        flow.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        flow.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        flow.legend().setFont(QFont(UI_FAMILY, 8))
        flow.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.flow.set_chart(flow)

        rate = _chart(self.tr("Resolved on time per month (%)"))
        line = QLineSeries()
        line.setName(self.tr("On time ÷ resolved in the month"))
        for i, m in enumerate(details.months):
            if m.on_time_rate is not None:
                line.append(float(i), 100 * m.on_time_rate)
        rate.addSeries(line)
        rx = QBarCategoryAxis()
        rx.append(months)
        ry = QValueAxis()
        ry.setRange(0, 100)
        ry.setLabelFormat("%d")
        _axis_font(rx, ry)
        rate.addAxis(rx, Qt.AlignmentFlag.AlignBottom)
        rate.addAxis(ry, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(rx)
        line.attachAxis(ry)
        self.rate.set_chart(rate)

        load = _chart(self.tr("Open cases per officer: overdue, due soon, other"))
        stack = QHorizontalStackedBarSeries()
        parts = (
            (self.tr("Overdue"), "#c62828", lambda o: o.overdue),
            (self.tr("Due soon"), "#ef6c00", lambda o: o.due_soon),
            (self.tr("Other open"), "#90a4ae", lambda o: o.open - o.overdue - o.due_soon),
        )
        people = list(reversed(details.officers[:10]))
        for label, colour, value in parts:
            bars = QBarSet(label)
            bars.append([float(value(o)) for o in people])
            bars.setColor(QColor(colour))
            stack.append(bars)
        load.addSeries(stack)
        names = [f"{o.name} ({round(100 * o.due_soon / o.open) if o.open else 0}%)" for o in people]
        ly = QBarCategoryAxis()
        ly.append(names)
        lx = QValueAxis()
        lx.setLabelFormat("%d")
        _axis_font(lx, ly)
        lx.setRange(0, max([float(o.open) for o in people] or [1.0]))
        lx.applyNiceNumbers()
        load.addAxis(ly, Qt.AlignmentFlag.AlignLeft)
        load.addAxis(lx, Qt.AlignmentFlag.AlignBottom)
        stack.attachAxis(ly)
        stack.attachAxis(lx)
        self.officers.set_chart(load)


__all__ = ["ChartPanel", "DashboardCharts"]
