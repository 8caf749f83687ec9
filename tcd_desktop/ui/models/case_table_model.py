"""``CaseTableModel``: the board's cases (or the backlog) as a lazily fetched table.

Column constants, a sort role with native values, an object role that survives proxies,
translated headers. Sorting happens in SQL: :meth:`CaseTableModel.sort` only records the
wish and emits :attr:`CaseTableModel.sort_requested`; the controller reloads the first page.
Further pages come through ``fetchMore`` the same way as on the board columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from tcd_desktop.domain.workflow_steps import CaseKind
from tcd_desktop.services.board import BoardCard, CardPage
from tcd_desktop.ui.labels import field_label, label_of
from tcd_desktop.ui.models.board_model import CardRole, CaseIdRole, card_tooltip
from tcd_desktop.ui.models.card_paging import CardPaging
from tcd_desktop.ui.models.case_text import (
    card_citizen,
    flag_title,
    short_date,
    state_colour,
    state_title,
)
from tcd_desktop.ui.models.roles import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

#: Native value to sort by (dates as dates, days as ints).
SortRole = SORT_ROLE

COL_CODE, COL_CITIZEN, COL_KIND, COL_FIELD, COL_ASSIGNEE, COL_UNIT = range(6)
COL_RECEIVED, COL_DUE, COL_DAYS, COL_STATE, COL_FLAGS = range(6, 11)

HEADERS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Case code"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Citizen"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Kind"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Field"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Officer"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Unit"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Due date"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Working days left"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Flags"),
)

#: SQL sort key of each column (``None``: the column cannot be sorted).
SORT_KEYS: tuple[str | None, ...] = (
    "code",
    "citizen",
    "kind",
    "field",
    "assignee",
    "unit",
    "received_on",
    "due_on",
    "due_on",
    "state",
    None,
)


class CaseTableModel(CardPaging, QAbstractTableModel):
    """Rows of cases, fetched page by page in the order the user chose (sorted in SQL)."""

    #: (sort key, descending) — the controller should reload from the first page
    sort_requested = Signal(str, bool)
    #: (cursor) — the controller should load the page after ``cursor``
    fetch_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._init_paging()
        self._total = 0
        self.sort_column = COL_DUE
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns (see ``COL_*``)."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CaseTableModel", HEADERS[section])
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                return Qt.SortOrder.AscendingOrder
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display texts, native sort values, the row's card and id, colours."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(card, column)
        if role == SortRole:
            return _sort_value(card, column)
        if role == CardRole:
            return card
        if role == CaseIdRole:
            return str(card.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(card)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_DAYS, COL_STATE):
            return QBrush(state_colour(card.state))
        if role == Qt.ItemDataRole.FontRole and column == COL_CITIZEN and card.masked:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Record the wanted order and ask the controller to reload (sorting is SQL's job)."""
        if not 0 <= column < len(SORT_KEYS) or SORT_KEYS[column] is None:
            return
        if column == self.sort_column and order == self.sort_order:
            return
        self.sort_column, self.sort_order = column, order
        self.sort_requested.emit(self.sort_key, self.descending)

    def canFetchMore(self, parent: Index) -> bool:
        """True while more rows exist and no page is on its way."""
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        """Ask (once) for the next page; it arrives through :meth:`append_page`."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.fetch_requested.emit(self._cursor)

    # -- loading ---------------------------------------------------------------------------

    @property
    def sort_key(self) -> str:
        """The SQL sort key of the sort column."""
        return SORT_KEYS[self.sort_column] or "due_on"

    @property
    def descending(self) -> bool:
        """Whether the order is descending."""
        return self.sort_order == Qt.SortOrder.DescendingOrder

    @property
    def total(self) -> int:
        """Rows the whole table has (loaded or not)."""
        return self._total

    def replace_cards(self, page: CardPage, total: int | None = None) -> None:
        """Show ``page`` from the first row (new sort, new filter or refresh)."""
        if total is not None:
            self._total = total
        self._replace(page)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def _display(card: BoardCard, column: int) -> str:
    if column == COL_CODE:
        return card.code
    if column == COL_CITIZEN:
        return card_citizen(card)
    if column == COL_KIND:
        return label_of(CaseKind, card.kind)
    if column == COL_FIELD:
        return field_label(card.field_code, card.field_name)
    if column == COL_ASSIGNEE:
        return card.assignee
    if column == COL_UNIT:
        return card.unit
    if column == COL_RECEIVED:
        return short_date(card.received_on)
    if column == COL_DUE:
        return short_date(card.due_on)
    if column == COL_DAYS:
        return "" if card.days_left is None else str(card.days_left)
    if column == COL_STATE:
        return state_title(card.state)
    if column == COL_FLAGS:
        return ", ".join(flag_title(f) for f in card.flags)
    return ""


def _sort_value(card: BoardCard, column: int) -> Any:
    if column == COL_RECEIVED:
        return card.received_on
    if column == COL_DUE:
        return card.due_on
    if column == COL_DAYS:
        return card.days_left
    return _display(card, column)


__all__ = ["CaseTableModel", "SortRole"]
