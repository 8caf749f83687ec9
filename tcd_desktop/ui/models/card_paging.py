"""``CardPaging``: keyset paging of board cards, shared by the board columns and the table.

Both models hold the cards loaded so far and the cursor of the next page; a refresh with the
same cards repaints the changed rows in place (keeping selection and scroll), a page that
arrives for a cursor no longer current is dropped.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex

from tcd_desktop.services.board import BoardCard, CardPage, Cursor


class CardPaging:
    """Mixin for a Qt item model over ``BoardCard`` pages (put before the Qt base class)."""

    _cards: list[BoardCard]
    _cursor: Cursor | None
    _fetching: bool

    def _init_paging(self) -> None:
        self._cards = []
        self._cursor = None
        self._fetching = False

    def _row_changed(self, row: int) -> None:
        """Tell the views that ``row`` changed (list and table models differ in columns)."""
        raise NotImplementedError

    def _replace(self: Any, page: CardPage) -> None:
        self._fetching = False
        self._cursor = page.next_cursor
        new = list(page.cards)
        if [c.id for c in new] == [c.id for c in self._cards]:
            changed = [i for i, (a, b) in enumerate(zip(self._cards, new, strict=True)) if a != b]
            self._cards = new
            for row in changed:
                self._row_changed(row)
            return
        self.beginResetModel()
        self._cards = new
        self.endResetModel()

    def append_page(self: Any, page: CardPage, after: Cursor | None) -> bool:
        """Add the page that continues after ``after``; a stale page is dropped (False)."""
        if after != self._cursor or not self._fetching:
            return False
        self._fetching = False
        self._cursor = page.next_cursor
        known = {c.id for c in self._cards}
        fresh = [c for c in page.cards if c.id not in known]
        if fresh:
            first = len(self._cards)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._cards.extend(fresh)
            self.endInsertRows()
        return True

    def fetch_failed(self) -> None:
        """Allow the page to be asked for again after an error."""
        self._fetching = False

    def row_of(self, case_id: uuid.UUID) -> int:
        """Row of the case ``case_id``, or -1."""
        return next((row for row, card in enumerate(self._cards) if card.id == case_id), -1)

    @property
    def cards(self) -> list[BoardCard]:
        """The cards loaded so far (do not modify)."""
        return self._cards
