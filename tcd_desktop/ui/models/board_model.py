"""``BoardColumnModel``: the cards of one board column, fetched page by page.

The model holds the cards loaded so far and the keyset cursor of the next page. It never
touches the database: ``fetchMore`` emits :attr:`BoardColumnModel.fetch_requested` and the
board's controller loads the page on a background thread, then calls :meth:`append_page`.
A refresh replaces the rows with :meth:`replace_cards`: when the same cases are still there
in the same order only the changed rows are repainted (``dataChanged``), so the view keeps
its scroll position and selection without any help.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tcd_desktop.domain.workflow_steps import CaseKind
from tcd_desktop.services.board import BoardCard, CardPage
from tcd_desktop.ui.labels import field_label, label_of
from tcd_desktop.ui.models.card_paging import CardPaging
from tcd_desktop.ui.models.case_text import card_citizen, days_left_text, flag_title
from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex

#: The whole :class:`~tcd_desktop.services.board.BoardCard` (survives proxies).
CardRole = RECORD_ROLE
#: The case id as a string.
CaseIdRole = ID_ROLE


class BoardColumnModel(CardPaging, QAbstractListModel):
    """Cards of one deadline state, in the column's order; more are fetched on scroll."""

    #: (state, cursor) — the controller should load the page after ``cursor``
    fetch_requested = Signal(str, object)

    def __init__(self, state: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._init_paging()

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Cards loaded so far (a list has no children)."""
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Code for display, the card for painting, a tooltip with the details."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.code
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.code}, {card_citizen(card)}, {days_left_text(card)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(card)
        if role == CardRole:
            return card
        if role == CaseIdRole:
            return str(card.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: Index) -> bool:
        """True while the column has more cards and no page is on its way."""
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        """Ask (once) for the next page; it arrives through :meth:`append_page`."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.fetch_requested.emit(self.state, self._cursor)

    # -- loading ---------------------------------------------------------------------------

    @property
    def has_more(self) -> bool:
        """Whether another page exists after the loaded cards."""
        return self._cursor is not None

    def replace_cards(self, page: CardPage) -> None:
        """Show ``page`` instead of the current cards (a refresh or a new filter)."""
        self._replace(page)

    def _row_changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)


def card_tooltip(card: BoardCard) -> str:
    """Several lines about a card (what does not fit on it)."""
    lines = [
        card.code,
        card_citizen(card),
        f"{label_of(CaseKind, card.kind)} · {field_label(card.field_code, card.field_name)}".strip(
            " ·"
        ),
    ]
    if card.assignee:
        lines.append(card.assignee)
    if card.unit:
        lines.append(card.unit)
    lines.append(days_left_text(card))
    if card.flags:
        lines.append(", ".join(flag_title(f) for f in card.flags))
    return "\n".join(line for line in lines if line)
