"""A one-line label that never widens its window: long text is cut with "…", full in a tooltip.

A plain QLabel asks for the width of its whole text; a long "saved as number …" header then
raises the window's minimum width past a 1366 px screen and pushes the buttons off it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits; the full text is the tooltip when cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self._sync_tooltip()

    def setText(self, text: str) -> None:
        """Replace the text; the tooltip follows."""
        super().setText(text)
        self._sync_tooltip()

    def minimumSizeHint(self) -> QSize:
        """As narrow as a few characters, whatever the text."""
        if self.wordWrap():
            return super().minimumSizeHint()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        """The whole text's width, capped so that a layout never grows for it."""
        if self.wordWrap():
            return super().sizeHint()
        hint = super().sizeHint()
        return QSize(min(hint.width(), 480), hint.height())

    def is_elided(self) -> bool:
        """True when the text does not fit and shows cut."""
        if self.wordWrap():
            return False
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.wordWrap():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        one_line = " ".join(self.text().split())
        text = self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)

    def _sync_tooltip(self) -> None:
        self.setToolTip(self.text() if self.text() and self.is_elided() else "")
