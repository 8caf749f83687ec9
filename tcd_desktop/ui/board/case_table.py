"""The board's cases as a table, and the backlog of complex, long-running and mass cases.

Sorting by a column header reloads the first page sorted in SQL; scrolling down fetches the
next pages. Loads run on the background runner; a result that arrives after a newer
request (other filter, other sort) is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services import board
from tcd_desktop.services.board import BoardCard, BoardWindow, CardPage, CaseFilter, Cursor
from tcd_desktop.services.board.case_list import export_case_list_xlsx
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import TrackedPage, error_text
from tcd_desktop.ui.models.board_model import CardRole
from tcd_desktop.ui.models.case_table_model import COL_CODE, CaseTableModel
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.progress_dialog import ProgressDialog, run_with_progress

PAGE_SIZE = 100

#: ``(window, sort key, descending, after, limit) -> (window, page, total)``: where the rows
#: come from (the board's table by default; the dashboard's drill-down gives its own).
PageLoader = Callable[
    [BoardWindow | None, str, bool, Cursor | None, int], tuple[BoardWindow, CardPage, int | None]
]


class CaseTableWidget(TrackedPage):
    """A lazily filled, SQL-sorted table of the board's cases (or of the backlog)."""

    activated = Signal(object)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: BackgroundRunner,
        *,
        backlog: bool = False,
        loader: PageLoader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.backlog = backlog
        self._loader = loader
        self.setObjectName("backlogTable" if backlog else "caseTable")
        self._filter = CaseFilter()
        self._window: BoardWindow | None = None
        self._generation = 0
        self.loading = False
        self.dirty = True

        self.status = QLabel()
        self.status.setObjectName("tableStatus")
        self.model = CaseTableModel(self)
        self.model.sort_requested.connect(self._sort_requested)
        self.model.fetch_requested.connect(self._fetch_requested)
        self.view = QTableView()
        self.view.setObjectName("backlogView" if backlog else "caseTableView")
        self.view.setModel(self.model)
        initial = (self.model.sort_column, self.model.sort_order)
        self.view.setSortingEnabled(True)  # Qt sorts by its own default indicator here ...
        self.view.sortByColumn(*initial)  # ... so ask for ours again (loads only when shown)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 190, 80, 140, 150, 170, 85, 100, 110, 130)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._emit_activated)
        self.view.activated.connect(self._emit_activated)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        if backlog:
            note = QLabel(self.tr("Open cases marked complex, long-running or mass, for review."))
            bar.addWidget(note)
        bar.addStretch(1)
        bar.addWidget(self.status)
        self._load_all = False
        self.load_all_button = QPushButton(self.tr("Show all"))
        self.load_all_button.setObjectName("loadAllCases")
        self.load_all_button.setToolTip(
            self.tr("Load every case of the filter (scrolling down loads them page by page).")
        )
        self.load_all_button.clicked.connect(self.load_all)
        self.load_all_button.hide()
        bar.addWidget(self.load_all_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportBacklog" if backlog else "exportCaseList")
        self.export_button.setToolTip(self.tr("Every case of the filter, not only those shown."))
        self.export_button.clicked.connect(self._ask_export)
        bar.addWidget(self.export_button)
        self.progress: ProgressDialog | None = None  # the export's, while it runs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # -- loading ---------------------------------------------------------------------------

    def set_filter(self, flt: CaseFilter) -> None:
        """Use ``flt`` from now on (reloads if shown, else when next shown)."""
        self._filter = flt
        self._window = None
        self.model.replace_cards(CardPage([], None), 0)
        self.dirty = True
        if self.isVisible():
            self.reload()

    def reload(self, *, keep: bool = False) -> None:
        """Load the first page again (``keep``: as many rows as are loaded now)."""
        self.dirty = False
        self._generation += 1
        generation = self._generation
        limit = max(PAGE_SIZE, len(self.model.cards)) if keep else PAGE_SIZE
        window = self._window if keep else None
        key, desc = self.model.sort_key, self.model.descending
        load = partial(self._page_loader(), window, key, desc, None, limit)

        self._set_loading(True)
        self._runner.run(
            load,
            self.guarded(partial(self._first_page, generation)),
            self.guarded(partial(self._failed, generation)),
        )

    def _page_loader(self) -> PageLoader:
        if self._loader is not None:
            return self._loader
        db, actor, flt, backlog = self._db, self._actor, self._filter, self.backlog

        def load(
            window: BoardWindow | None, key: str, desc: bool, after: Cursor | None, limit: int
        ) -> tuple[BoardWindow, CardPage, int | None]:
            return board.load_table_page(
                db,
                actor,
                window,
                flt,
                sort_key=key,
                descending=desc,
                backlog=backlog,
                after=after,
                limit=limit,
            )

        return load

    def _first_page(self, generation: int, result: tuple[BoardWindow, CardPage, int]) -> None:
        if generation != self._generation:
            return
        window, page, total = result
        self._window = window
        scroll = self.view.verticalScrollBar().value()
        selected = self.selected_case()
        self.model.replace_cards(page, total)
        if selected is not None and self.selected_case() != selected:
            self.select_case(selected)
        self.view.verticalScrollBar().setValue(scroll)
        self._set_loading(False)
        self.loaded.emit()

    @Slot(object)
    def _fetch_requested(self, cursor: Cursor) -> None:
        generation = self._generation
        window, key, desc = self._window, self.model.sort_key, self.model.descending
        load = partial(self._page_loader(), window, key, desc, cursor, PAGE_SIZE)

        def done(result: tuple[BoardWindow, CardPage, int | None]) -> None:
            if generation == self._generation:
                self.model.append_page(result[1], cursor)
                self._show_total()
                self.loaded.emit()
                if self._load_all:
                    self._fetch_next()

        def failed(exc: BaseException, tb: str) -> None:
            self.model.fetch_failed()
            self._failed(generation, exc, tb)

        self._runner.run(load, self.guarded(done), self.guarded(failed))

    @Slot()
    def load_all(self) -> None:
        """Fetch page after page until the last case of the filter is in the table."""
        self._load_all = True
        self._fetch_next()

    def _fetch_next(self) -> None:
        root = QModelIndex()
        if self.model.canFetchMore(root):
            self.model.fetchMore(root)
        elif self.model.rowCount() >= self.model.total:
            self._load_all = False

    @Slot(str, bool)
    def _sort_requested(self, _key: str, _descending: bool) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def _failed(self, generation: int, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.status.setText(error_text(exc, tb, self.tr("Could not load the cases.")))

    def _set_loading(self, on: bool) -> None:
        self.loading = on
        if on:
            self.status.setText(self.tr("Loading…"))
        else:
            self._show_total()

    def _show_total(self) -> None:
        self.load_all_button.setVisible(len(self.model.cards) < self.model.total)
        self.status.setText(
            self.tr("%1 of %2 cases shown")
            .replace("%1", QLocale().toString(len(self.model.cards)))
            .replace("%2", QLocale().toString(self.model.total))
        )

    def showEvent(self, event: object) -> None:
        """Load when first shown, or when something changed while hidden."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self.dirty and not self.loading:
            self.reload(keep=True)

    # -- selection and activation ----------------------------------------------------------

    def selected_case(self) -> uuid.UUID | None:
        """The case of the selected row."""
        rows = self.view.selectionModel().selectedRows(COL_CODE)
        card = rows[0].data(CardRole) if rows else None
        return card.id if isinstance(card, BoardCard) else None

    def select_case(self, case_id: uuid.UUID) -> bool:
        """Select the row of ``case_id`` if loaded."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _emit_activated(self, index: QModelIndex) -> None:
        card = index.data(CardRole)
        if isinstance(card, BoardCard):
            self.activated.emit(card.id)

    # -- export ----------------------------------------------------------------------------

    @Slot()
    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the backlog") if self.backlog else self.tr("Export the case list"),
            self.tr("backlog.xlsx") if self.backlog else self.tr("case-list.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            if not name.lower().endswith(".xlsx"):
                name += ".xlsx"
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the backlog (or every case) under the filter to ``path`` (in the background,
        under a progress dialog whose "Stop" leaves no file: ``self.progress``)."""
        if self.export_button is not None:
            self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        db, actor, flt = self._db, self._actor, self._filter

        def done(count: int) -> None:
            if self.export_button is not None:
                self.export_button.setEnabled(True)
            self.status.setText(
                self.tr("Exported %1 cases to %2")
                .replace("%1", QLocale().toString(count))
                .replace("%2", path.name)
            )

        def failed(exc: BaseException, tb: str) -> None:
            if self.export_button is not None:
                self.export_button.setEnabled(True)
            self.status.setText(error_text(exc, tb, self.tr("Could not export the cases.")))

        def stopped() -> None:
            if self.export_button is not None:
                self.export_button.setEnabled(True)
            self.status.setText(self.tr("Export stopped; no file was written."))

        export = board.export_backlog_xlsx if self.backlog else export_case_list_xlsx
        title = self.tr("Exporting the backlog") if self.backlog else self.tr("Exporting the cases")
        self.progress = run_with_progress(
            self,
            self._runner,
            title,
            lambda token: export(db, actor, flt, path, progress=token),
            done,
            failed,
            stopped,
        )


__all__ = ["CaseTableWidget"]
