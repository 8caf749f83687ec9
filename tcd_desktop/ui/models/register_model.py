"""The reception register (Sổ tiếp công dân, Mẫu 03/TCD) as a lazy table model.

The model never holds the whole register. It knows the row count of the current filter and
keeps a small cache of pages (``PAGE_SIZE`` rows each, at most ``MAX_PAGES``). When the
view asks for a row whose page is not cached, the model answers with a placeholder and asks
its :class:`RegisterSource` for that page on the background runner; when the page arrives,
``dataChanged`` repaints just those rows. Filtering and sorting happen in SQL: changing
either starts a new generation, and pages of an older generation are dropped on arrival.
At most ``MAX_IN_FLIGHT`` pages load at once; while the officer drags the scroll bar only
the most recently wanted pages are kept in the queue.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tcd_desktop.services.register.read import RegisterFilter, RegisterRow, RegisterSort
from tcd_desktop.ui.desk_labels import kinds_text, register_text
from tcd_desktop.ui.models.register_columns import COLUMNS, NUMBER_COLUMN
from tcd_desktop.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MAX_PAGES = 40
MAX_IN_FLIGHT = 2
MAX_WANTED = 4

OBJECT_ROLE = RECORD_ROLE
LOADING_TEXT = "…"
SEALED_COLOUR = QColor("#6a1b9a")
_SEALED_BRUSH = QBrush(SEALED_COLOUR)
_LONG_COLUMNS = frozenset((2, 4, 7, 9, 10, 11, 12))
KIND_COLUMN = 5
#: Columns made of the register's phrases (guided to, transferred to, follow-up, note).
_PHRASE_COLUMNS = frozenset((9, 10, 11, 12))
_ROW_ROLES = frozenset(
    (Qt.ItemDataRole.ToolTipRole, OBJECT_ROLE, ID_ROLE, SORT_ROLE, Qt.ItemDataRole.ForegroundRole)
)


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class RegisterSource(Protocol):
    """Where the model gets its data (runs on a worker thread, one session per call)."""

    def count(self, flt: RegisterFilter) -> int:
        """Rows selected by ``flt``."""
        ...

    def page(
        self, flt: RegisterFilter, sort: RegisterSort, offset: int, limit: int, total: int | None
    ) -> list[RegisterRow]:
        """Rows ``[offset, offset + limit)`` in ``sort`` order (``total`` when known)."""
        ...


def display_texts(row: RegisterRow, stt: int) -> tuple[str, ...]:
    """Every column's text in the screen's language, computed once per row (on the worker
    thread): the kinds and the register's fixed phrases named, the data as written."""
    out = []
    for column, value in enumerate((*row.cells(stt), row.number)):
        if isinstance(value, dt.date):
            out.append(value.strftime("%d/%m/%Y"))
        elif column == KIND_COLUMN:
            out.append(kinds_text(row.kinds))
        elif column in _PHRASE_COLUMNS or (row.is_sealed and column in (2, 3)):
            out.append(register_text(str(value)))
        else:
            out.append(str(value))
    return tuple(out)


Line = tuple[RegisterRow, tuple[str, ...]]


def lines(rows: list[RegisterRow], offset: int) -> list[Line]:
    """Rows with their display texts; ``offset`` gives the STT of the first."""
    return [(row, display_texts(row, offset + i + 1)) for i, row in enumerate(rows)]


class RegisterTableModel(QAbstractTableModel):
    """Lazy, SQL-sorted, SQL-filtered register; ``OBJECT_ROLE`` returns the :class:`RegisterRow`."""

    count_changed = Signal(int)
    page_loaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self, source: RegisterSource, runner: BackgroundRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._filter = RegisterFilter()
        self._sort = RegisterSort()
        self._sort_column = 1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._total = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[Line]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._last_page = 0
        self._first_pending = False
        self.counting = False

    # query -----------------------------------------------------------------------------------

    @property
    def register_filter(self) -> RegisterFilter:
        """The filter in force."""
        return self._filter

    @property
    def register_sort(self) -> RegisterSort:
        """The sort in force."""
        return self._sort

    def set_filter(self, flt: RegisterFilter) -> None:
        """Show the rows selected by ``flt`` (counts them in the background first)."""
        self._filter = flt
        self._last_page = 0  # a new selection starts at the top
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop every cached page (after a write or a filter change).

        From the top (a new filter, the first opening) the first page is read without
        waiting for the count and shown at once; the count follows and extends the table.
        Further down (a refresh after a write), the count and the page being shown are read
        in one job, so the view keeps its place.
        """
        self._generation += 1
        generation, flt, sort, source = self._generation, self._filter, self._sort, self._source
        hint = self._last_page if self._total else 0
        self.counting = True
        if hint == 0:
            self._first_pending = True
            self._job(
                lambda: lines(source.page(flt, sort, 0, PAGE_SIZE, None), 0),
                lambda rows: self._first_page(generation, rows),
            )
            self._job(lambda: source.count(flt), lambda n: self._counted(generation, n, None, []))
            return

        def work() -> tuple[int, int, list[Line]]:
            total = source.count(flt)
            number = hint if hint * PAGE_SIZE < total else 0
            offset = number * PAGE_SIZE
            rows = source.page(flt, sort, offset, min(PAGE_SIZE, total - offset), total)
            return total, number, lines(rows, offset)

        self._job(work, lambda result: self._counted(generation, *result))

    def _job(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException, str], None] | None = None,
    ) -> None:
        run_guarded(self, self._runner, fn, done, failed or self._failed)

    def _first_page(self, generation: int, rows: list[Line]) -> None:
        if generation != self._generation:
            return
        self._first_pending = False
        if not self.counting:  # the count came first: just fill page 0
            self._page_arrived(generation, 0, rows)
            return
        self.beginResetModel()  # show the first rows now; the count extends the table later
        self._clear_pages()
        self._total = len(rows)
        if rows:
            self._pages[0] = rows
        self.endResetModel()

    def _counted(self, generation: int, total: int, number: int | None, rows: list[Line]) -> None:
        if generation != self._generation:
            return
        self.counting = False
        shown = self._total
        if number is None and 0 in self._pages and shown <= total:
            if total > shown:  # the first page is on screen: add the rest below it
                self.beginInsertRows(QModelIndex(), shown, total - 1)
                self._total = int(total)
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._total = int(total)
            self._clear_pages()
            if number is not None and rows:
                self._pages[number] = rows
            elif self._first_pending:
                self._in_flight.add(0)  # the first page is on its way
            self.endResetModel()
        self.count_changed.emit(self._total)

    def _clear_pages(self) -> None:
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by ``column``; columns without a sort key keep the current order."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort_key
        if key is None:
            return
        self._sort_column, self._sort_order = column, order
        self._sort = RegisterSort(key, descending=order == Qt.SortOrder.DescendingOrder)
        self._generation += 1
        self.beginResetModel()
        self._clear_pages()
        self.endResetModel()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the header should show."""
        return self._sort_column, self._sort_order

    # pages -----------------------------------------------------------------------------------

    def _line(self, row: int) -> Line | None:
        if not 0 <= row < self._total:
            return None
        number = row // PAGE_SIZE
        self._last_page = number
        page = self._pages.get(number)
        if page is None:
            self._want(number)
            return None
        self._pages.move_to_end(number)
        at = row - number * PAGE_SIZE
        return page[at] if at < len(page) else None

    def row_object(self, row: int) -> RegisterRow | None:
        """The loaded row, or None while its page is loading (which this call requests)."""
        line = self._line(row)
        return None if line is None else line[0]

    def is_loaded(self, first: int, last: int) -> bool:
        """True when rows ``first..last`` are all cached."""
        last = min(last, self._total - 1)
        return all(n in self._pages for n in range(first // PAGE_SIZE, last // PAGE_SIZE + 1))

    def _want(self, number: int) -> None:
        if number in self._in_flight:
            return
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        self._pump()

    def _pump(self) -> None:
        while self._wanted and len(self._in_flight) < MAX_IN_FLIGHT:
            number, _ = self._wanted.popitem(last=True)
            self._load(number)

    def _load(self, number: int) -> None:
        self._in_flight.add(number)
        generation, flt, sort, total = self._generation, self._filter, self._sort, self._total
        offset = number * PAGE_SIZE
        limit = min(PAGE_SIZE, total - offset)
        source = self._source
        self._job(
            lambda: lines(source.page(flt, sort, offset, limit, total), offset),
            lambda rows: self._page_arrived(generation, number, rows),
            lambda exc, tb: self._page_failed(generation, number, exc, tb),
        )

    def _page_arrived(self, generation: int, number: int, rows: list[Line]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0),
                self.index(last, len(COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )
        self.page_loaded.emit(number)
        self._pump()

    def _page_failed(self, generation: int, number: int, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._failed(exc, tb)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.counting = False
        message = expected_message(exc)
        if message is None:
            report_bug(exc)
        else:
            self.failed.emit(message)

    # Qt model API ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows selected by the filter."""
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The 13 official columns and the receipt number."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; the row object, id and a native sort value through custom roles."""
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            line = self._line(index.row())
            if line is None:
                return LOADING_TEXT if column == 1 else None
            return line[1][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (0, 6) else _CENTRE if column == 8 else _LEFT
        if role not in _ROW_ROLES:
            return None
        line = self._line(index.row())
        if line is None:
            return None
        row, texts = line
        if role == Qt.ItemDataRole.ForegroundRole:
            return _SEALED_BRUSH if row.is_sealed and column in (2, 3) else None
        if role == OBJECT_ROLE:
            return row
        if role == ID_ROLE:
            return str(row.id)
        if role == SORT_ROLE:
            return row.number if column == NUMBER_COLUMN else row.cells(index.row() + 1)[column]
        return texts[column] if column in _LONG_COLUMNS and texts[column] else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated headers; the tooltip gives the column number of the official form."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.number:
                where = self.tr("Column (%1) of Form 03/TCD").replace("%1", str(column.number))
            else:
                where = self.tr("Reception slip number")
            sortable = "" if column.sort_key else self.tr(" — cannot be sorted by this column")
            return f"{column.title}: {where}{sortable}"
        return None
