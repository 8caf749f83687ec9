"""``BoardPage``: the case board screen (columns by deadline state, table, backlog).

The page loads counts and the first cards of every column in one background operation,
fetches further cards as a column is scrolled, and reloads by itself whenever the
:class:`~tcd_desktop.ui.tasks.ChangeBus` says cases changed — keeping what the user had
scrolled to and selected. Double-clicking a case emits :attr:`BoardPage.open_case`.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from tcd_desktop.services import board
from tcd_desktop.services.board import BoardSnapshot, BoardWindow, CardPage, CaseFilter, Cursor
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import TrackedPage, error_text
from tcd_desktop.ui.board.case_table import CaseTableWidget
from tcd_desktop.ui.board.columns import BoardColumns
from tcd_desktop.ui.board.filter_bar import BoardFilterBar
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

#: ChangeBus entities that can move a card (a case, its citizen, its officer, its unit).
REFRESH_ENTITIES = frozenset({Entity.CASE, Entity.CITIZEN, Entity.USER, Entity.UNIT})
PAGE_SIZE = 40


class BoardPage(TrackedPage):
    """The case board. Emits :attr:`open_case` with the case id to open."""

    open_case = Signal(object)
    #: the cards of a load are painted (the counts may still be on their way)
    cards_loaded = Signal()
    #: a load is complete: cards and counts (tests, benchmarks)
    board_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self._db, self._actor, self._runner = db, actor, runner
        self._filter = CaseFilter()
        self._window: BoardWindow | None = None
        self._generation = 0
        self._pending: set[str] = set()  # parts of the current load still on their way
        self._again = False  # a change arrived while loading: load once more afterwards
        self._to_top = False  # the current load shows a new filter: start at the top
        self._dirty = True
        self.snapshot: BoardSnapshot | None = None

        title = QLabel(self.tr("Case board"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.filters = BoardFilterBar()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(24)
        head.addWidget(self.filters.period_box)
        head.addStretch(1)
        head.addWidget(self.status)

        self.filters.filter_changed.connect(self.set_filter)
        self.columns = BoardColumns()
        self.columns.activated.connect(self.open_case)
        for column in self.columns.columns.values():
            column.model.fetch_requested.connect(self._fetch_column)
        self.table = CaseTableWidget(db, actor, runner)
        self.table.activated.connect(self.open_case)
        self.backlog = CaseTableWidget(db, actor, runner, backlog=True)
        self.backlog.activated.connect(self.open_case)
        self._filter = self.filters.current_filter()  # the current statutory period
        self.table.set_filter(self._filter)
        self.backlog.set_filter(self._filter)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("boardTabs")
        self.tabs.addTab(self.columns, self.tr("Board"))
        self.tabs.addTab(self.table, self.tr("List"))
        self.tabs.addTab(self.backlog, self.tr("Backlog"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)

        self.track(bus.changed, self._on_changed)
        self._load_options()

    # -- public ----------------------------------------------------------------------------

    @Slot(object)
    def set_filter(self, flt: CaseFilter) -> None:
        """Show the cases ``flt`` selects (board, table and backlog)."""
        if flt == self._filter:
            return
        self._filter = flt
        self.table.set_filter(flt)
        self.backlog.set_filter(flt)
        self.refresh(keep=False)

    def refresh(self, *, keep: bool = True) -> None:
        """Reload counts and cards (``keep``: as many cards per column as are loaded).

        Counts and cards are two background operations running side by side; the cards
        are painted as soon as they arrive, the counts fill the headers when they do.
        """
        self._dirty = False
        if self._pending and keep:
            self._again = True
            return
        self._generation += 1
        generation = self._generation
        limits = self.columns.loaded_counts() if keep else {}
        db, actor, flt = self._db, self._actor, self._filter
        self._pending = {"counts", "cards"}
        self._to_top = not keep
        self.status.setText(self.tr("Loading…"))
        for part in ("cards", "counts"):
            self._runner.run(
                partial(
                    board.load_board, db, actor, flt, limits=limits, page_size=PAGE_SIZE, part=part
                ),
                self.guarded(partial(self._loaded, generation, part)),
                self.guarded(partial(self._failed, generation, part)),
            )

    @property
    def current_filter(self) -> CaseFilter:
        """The filter in force."""
        return self._filter

    def counts(self) -> dict[str, int | None]:
        """The counts shown in the column headers."""
        return {state: column.count for state, column in self.columns.columns.items()}

    # -- loading ---------------------------------------------------------------------------

    def _loaded(self, generation: int, part: str, snap: BoardSnapshot) -> None:
        if generation != self._generation:
            return
        self._pending.discard(part)
        if snap.counts is None:
            self._window = snap.window
            for state, column in self.columns.columns.items():
                column.replace(snap.columns[state])
                if self._to_top:
                    column.view.scrollToTop()
            self.snapshot = snap
            self.cards_loaded.emit()
        else:
            for state, column in self.columns.columns.items():
                column.set_count(snap.counts[state])
            total = sum(snap.counts.values())
            self.status.setText(
                self.tr("%1 cases · as of %2")
                .replace("%1", QLocale().toString(total))
                .replace("%2", snap.window.today.strftime("%d/%m/%Y"))
            )
        if self._pending:
            return
        self.board_loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, generation: int, part: str, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        self._pending.discard(part)
        self._again = False
        self.status.setText(error_text(exc, tb, self.tr("Could not load the case board.")))

    @Slot(str, object)
    def _fetch_column(self, state: str, cursor: Cursor) -> None:
        window = self._window
        column = self.columns.columns[state]
        if window is None:
            column.model.fetch_failed()
            return
        generation = self._generation
        db, actor, flt = self._db, self._actor, self._filter

        def done(page: CardPage) -> None:
            if generation == self._generation:
                column.model.append_page(page, cursor)
            else:
                column.model.fetch_failed()

        def failed(exc: BaseException, tb: str) -> None:
            column.model.fetch_failed()
            self.status.setText(error_text(exc, tb, self.tr("Could not load more cases.")))

        self._runner.run(
            lambda: board.load_column_page(
                db, actor, state, window, flt, after=cursor, limit=PAGE_SIZE
            ),
            self.guarded(done),
            self.guarded(failed),
        )

    def _load_options(self) -> None:
        db, actor = self._db, self._actor
        self._runner.run(
            lambda: board.load_filter_options(db, actor),
            self.guarded(self.filters.set_options),
            self.guarded(lambda exc, tb: self.status.setText(error_text(exc, tb, ""))),
        )

    # -- change propagation ----------------------------------------------------------------

    @Slot(str, object)
    def _on_changed(self, entity: str, _ids: frozenset[uuid.UUID]) -> None:
        if entity not in REFRESH_ENTITIES:
            return
        if entity in (Entity.USER, Entity.UNIT):
            self._load_options()
        for table in (self.table, self.backlog):
            if table.isVisible():
                table.reload(keep=True)
            else:
                table.dirty = True
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: object) -> None:
        """Load on first show, and after changes made while the board was hidden."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self._dirty:
            self.refresh(keep=self.snapshot is not None)
