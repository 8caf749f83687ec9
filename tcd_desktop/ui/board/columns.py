"""The six board columns: a header with the state and its count over a list of cards."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.board import BOARD_STATES, BoardCard, CardPage
from tcd_desktop.ui.board.card_delegate import CardDelegate
from tcd_desktop.ui.models.board_model import BoardColumnModel, CardRole
from tcd_desktop.ui.models.case_text import STATE_COLOURS, state_title

#: A refresh reloads at most this many cards per column (further down, it starts over).
MAX_KEPT = 2000
#: six columns of this width, the navigation and the filter bar fit a 1366 px screen
COLUMN_MIN_WIDTH = 150


class BoardColumn(QFrame):
    """One deadline state: title, count, and its cards in a lazily filled list."""

    #: a case was double-clicked or Enter was pressed on it
    activated = Signal(object)

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"boardColumn_{state}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = STATE_COLOURS[state]
        self.title = QLabel(state_title(state))
        self.title.setObjectName("columnTitle")
        # a long state ("Đã giải quyết đúng hạn") wraps onto a second line instead of being cut
        self.title.setWordWrap(True)
        self.title.setToolTip(state_title(state))
        lines = self.title.fontMetrics().lineSpacing() * 2
        self.title.setMinimumHeight(lines)
        self.count_label = QLabel("…")
        self.count_label.setObjectName("columnCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QWidget()
        header.setObjectName("columnHeader")
        header.setStyleSheet(
            f"QWidget#columnHeader {{ border-bottom: 3px solid {colour}; }}"
            f"QLabel#columnTitle {{ font-weight: bold; color: {colour}; }}"
            f"QLabel#columnCount {{ font-weight: bold; color: white; background: {colour};"
            " border-radius: 8px; padding: 0px 7px; }"
        )
        row = QHBoxLayout(header)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.title, 1)
        row.addWidget(self.count_label)

        self.model = BoardColumnModel(state, self)
        self.view = QListView()
        self.view.setObjectName(f"boardList_{state}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet("QListView { background: palette(window); }")
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.doubleClicked.connect(self._emit_activated)
        self.view.activated.connect(self._emit_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        self._count: int | None = None

    def _emit_activated(self, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if isinstance(card, BoardCard):
            self.activated.emit(card.id)

    def set_count(self, count: int | None) -> None:
        """Show the column's count (``None``: still loading)."""
        self._count = count
        self.count_label.setText("…" if count is None else QLocale().toString(count))
        self.count_label.setToolTip(
            "" if count is None else f"{state_title(self.state)}: {QLocale().toString(count)}"
        )

    @property
    def count(self) -> int | None:
        """The count shown in the header."""
        return self._count

    def selected_case(self) -> uuid.UUID | None:
        """The selected card's case id."""
        indexes = self.view.selectionModel().selectedIndexes()
        card = indexes[0].data(CardRole) if indexes else None
        return card.id if isinstance(card, BoardCard) else None

    def select_case(self, case_id: uuid.UUID | None) -> bool:
        """Select the card of ``case_id`` if it is loaded (without scrolling)."""
        row = -1 if case_id is None else self.model.row_of(case_id)
        if row < 0:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), self.view.selectionModel().SelectionFlag.ClearAndSelect
        )
        return True

    def replace(self, page: CardPage) -> None:
        """Refresh with ``page``; keeps the scroll position and the selected card."""
        scroll = self.view.verticalScrollBar().value()
        selected = self.selected_case()
        self.model.replace_cards(page)
        if selected is not None and self.selected_case() != selected:
            self.select_case(selected)
        bar = self.view.verticalScrollBar()
        if bar.value() != scroll:
            self.view.doItemsLayout()
            bar.setValue(min(scroll, bar.maximum()))


class BoardColumns(QWidget):
    """The six columns side by side, in board order."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: dict[str, BoardColumn] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for state in BOARD_STATES:
            column = BoardColumn(state)
            column.setMinimumWidth(COLUMN_MIN_WIDTH)
            column.activated.connect(self.activated)
            self.columns[state] = column
            layout.addWidget(column, 1)

    def loaded_counts(self) -> dict[str, int]:
        """How many cards each column holds now (a refresh reloads as many, up to a limit)."""
        return {state: min(len(c.model.cards), MAX_KEPT) for state, c in self.columns.items()}
