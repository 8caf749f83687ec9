"""The reception register screen (Sổ tiếp công dân, Mẫu 03/TCD).

A filter bar, the lazy register table (sorted and filtered in SQL), and export/import of
the register in the official layout. After a visit is saved anywhere, the change bus tells
the screen and the table recounts without losing its scroll position.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services import board
from tcd_desktop.services.context import Actor
from tcd_desktop.services.register.read import RegisterFilter
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.models.register_model import COLUMNS, KIND_COLUMN, RegisterTableModel
from tcd_desktop.ui.register.filters import RegisterFilterBar
from tcd_desktop.ui.register.source import DatabaseRegisterSource
from tcd_desktop.ui.register.transfer import RegisterTransfer
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.page import ScreenPage

ROW_LINES = 3
REFRESH_ON = ("reception", "petition", "citizen", "case")


def format_count(n: int) -> str:
    """``12345`` → ``12.345`` (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


class RegisterPage(ScreenPage):
    """Sổ tiếp công dân: filters, the lazy table, export and import."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("registerPage")
        title = QLabel(self.tr("Reception register"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("registerCount")

        self.filters = RegisterFilterBar()
        self.model = RegisterTableModel(DatabaseRegisterSource(db, actor), runner, self)
        self.view = QTableView()
        self.view.setObjectName("registerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.view.fontMetrics().lineSpacing() * ROW_LINES + 3)
        vertical.hide()
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
        # a kind whole on one line in any language (English "Recommendation" is the longest)
        kinds = max(self.view.fontMetrics().horizontalAdvance(enum_label(k)) for k in PetitionKind)
        header.resizeSection(KIND_COLUMN, max(COLUMNS[KIND_COLUMN].width, kinds + 12))
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)

        self.transfer = RegisterTransfer(self)
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addSpacing(16)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in self.transfer.buttons():
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)

        self.filters.filter_changed.connect(self._apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self.message_bar.show_error)
        self.listen(bus.changed, self._on_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.model.set_filter(RegisterFilter())
        self.run_task(lambda: board.load_filter_options(db, actor), self._show_options)

    # filters ------------------------------------------------------------------------------------

    def _show_options(self, options: board.FilterOptions) -> None:
        self.filters.set_options(options.fields, options.officers, options.units)

    @Slot(object)
    def _apply_filter(self, flt: RegisterFilter) -> None:
        self.count_label.setText(self.tr("Counting…"))
        self.model.set_filter(flt)
        self.view.scrollToTop()

    @Slot(int)
    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 visits").replace("%1", format_count(total)))

    @Slot(int)
    def _page_loaded(self, _number: int) -> None:
        if not self.model.counting:
            self._show_count(self.model.rowCount())

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort_key is None:
            current, current_order = self.model.sort_state()
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, current_order)
            header.blockSignals(False)
            self.message_bar.show_message(
                self.tr("Cannot sort by the column “%1”.").replace("%1", COLUMNS[column].title),
                "info",
            )
            return
        self.count_label.setText(self.tr("Sorting…"))
        self.model.sort(column, order)

    @Slot()
    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # refresh ------------------------------------------------------------------------------------

    def _on_changed(self, entity: str, _ids: Any) -> None:
        if entity in REFRESH_ON:
            self.model.refresh()

    def current_filter(self) -> RegisterFilter:
        """The filter in force (export uses it)."""
        return self.model.register_filter
