"""``PetitionQueuePage``: the petition-processing queue (xử lý đơn) and its outcomes.

The table lists petitions awaiting processing with their processing due date (T2, or D1
for a named denunciation) and their 45-day limit (T2B, NĐ 154/2026 Điều 41 k3b: received
from 01/7/2026) coloured by deadline state; filters narrow it by unit, kind and channel,
and "over 45 days unprocessed" (its box counts them) keeps only the petitions overdue
under T2B, the longest overdue first. The action bar opens the dialog of each legal outcome; after an outcome the page
notifies the :class:`~tcd_desktop.ui.tasks.ChangeBus`, reloads, and offers to print the
notice or slip of that outcome (:func:`services.case_documents.generate_petition_document`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.workflow import ProcessingOutcome
from tcd_desktop.services.context import Actor
from tcd_desktop.services.petitions import operations
from tcd_desktop.services.petitions.operations import (
    QueueOptions,
    QueueRow,
    QueueView,
    StepResult,
)
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users.signin import UserInfo
from tcd_desktop.ui.desk_messages import message_text
from tcd_desktop.ui.labels import enum_label, label_of
from tcd_desktop.ui.models.petition_queue_model import (
    CHANNEL_LABELS,
    COL_SUMMARY,
    PetitionQueueModel,
    PetitionRole,
    SortRole,
)
from tcd_desktop.ui.petitions.dialogs import AcceptDialog, OutcomeDialog, ServiceDialog
from tcd_desktop.ui.petitions.notice import NoticePrinter
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.page import ScreenPage

#: Roles that see the queue (the service's own list).
VIEW_ROLES = operations.QUEUE_ROLES
ACTIONS = (
    (ProcessingOutcome.ACCEPT, QT_TRANSLATE_NOOP("PetitionQueuePage", "Accept"), "acceptPetition"),
    (
        ProcessingOutcome.TRANSFER,
        QT_TRANSLATE_NOOP("PetitionQueuePage", "Transfer"),
        "transferPetition",
    ),
    (ProcessingOutcome.GUIDE, QT_TRANSLATE_NOOP("PetitionQueuePage", "Guide"), "guidePetition"),
    (
        ProcessingOutcome.RETURN,
        QT_TRANSLATE_NOOP("PetitionQueuePage", "Return the petition"),
        "returnPetition",
    ),
    (
        ProcessingOutcome.FILE,
        QT_TRANSLATE_NOOP("PetitionQueuePage", "File the petition"),
        "filePetition",
    ),
    (
        ProcessingOutcome.REPORT_LOWER,
        QT_TRANSLATE_NOOP("PetitionQueuePage", "Ask the lower level to resolve"),
        "reportLower",
    ),
)


class PetitionQueuePage(ScreenPage):
    """Petitions awaiting processing, with the action bar of the legal outcomes."""

    #: the queue was (re)loaded (tests)
    queue_loaded = Signal()
    #: the unit list and the officers to assign are loaded
    options_loaded = Signal()
    #: an outcome was saved: (petition id, StepResult or PetitionOutcome)
    processed = Signal(object, object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("petitionQueuePage")
        self._today = today
        self._officers: list[UserInfo] = []
        self._loading = self._again = False
        self.dialog: ServiceDialog | None = None
        self.last_processed: uuid.UUID | None = None

        title = QLabel(self.tr("Petition processing"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.status = QLabel()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)

        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All petition kinds"), None)
        for kind in PetitionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All sources"), None)
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, code)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Unit:"), self.unit),
            (self.tr("Petition kind:"), self.kind),
            (self.tr("Source:"), self.channel),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        self.t2b_overdue = QCheckBox()
        self.t2b_overdue.setObjectName("t2bOverdue")
        self.t2b_overdue.setToolTip(
            self.tr(
                "Only the petitions received from 01/07/2026 and still unprocessed 45 days after "
                "receipt; leaving a petition so without a reason is a disciplinary offence "
                "(Decree 154/2026/NĐ-CP, Article 41, clause 3, point b)"
            )
        )
        self._show_t2b_count(None)
        self.t2b_overdue.toggled.connect(self.refresh)
        filters.addSpacing(12)
        filters.addWidget(self.t2b_overdue)
        filters.addStretch(1)

        self.model = PetitionQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("petitionQueue")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.buttons: dict[ProcessingOutcome, QPushButton] = {}
        bar = QHBoxLayout()
        for outcome, text, name in ACTIONS:
            button = QPushButton(self.tr(text))
            button.setObjectName(name)
            button.clicked.connect(partial(self.open_outcome, outcome))
            bar.addWidget(button)
            self.buttons[outcome] = button
        bar.addStretch(1)
        self.notice = NoticePrinter(db, actor, runner, self)
        self.notice.failed.connect(self.show_failure)
        bar.addWidget(self.notice.button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.message_bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

        self.listen(bus.changed, self._on_changed)
        self._update_buttons()
        self._load_options()
        self.refresh()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue with the filters in force (keeping the selected petition)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.status.setText(self.tr("Loading…"))
        db, actor, today = self.db, self.actor, self._today
        unit, kind, channel = (
            self.unit.currentData(),
            self.kind.currentData(),
            self.channel.currentData(),
        )

        unit_id = uuid.UUID(unit) if unit else None
        t2b = self.t2b_overdue.isChecked()
        self.run_task(
            lambda: operations.load_queue_view(
                db,
                actor,
                unit_id=unit_id,
                kind=kind,
                channel=channel,
                t2b_overdue=t2b,
                today=today,
            ),
            self._loaded,
            self._load_failed,
        )

    def _show_t2b_count(self, count: int | None) -> None:
        text = self.tr("Over 45 days unprocessed")
        if count is not None:
            text = self.tr("Over 45 days unprocessed (%1)").replace("%1", str(count))
        self.t2b_overdue.setText(text)

    def _loaded(self, view: QueueView) -> None:
        selected = self.selected()
        rows = view.rows
        self.model.replace(rows)
        self._show_t2b_count(view.t2b_overdue)
        overdue = sum(r.state == "overdue" for r in rows)
        self.status.setText(
            self.tr("%1 petitions awaiting processing · %2 overdue · %3 over 45 days unprocessed")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
            .replace("%3", str(view.t2b_overdue))
        )
        if selected is not None:
            self.select(selected.petition_id)
        self._update_buttons()
        self._finish_load()

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.status.setText("")
        self.show_failure(exc, tb)
        self._finish_load()

    def _finish_load(self) -> None:
        self._loading = False
        self.queue_loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _load_options(self) -> None:
        db, actor = self.db, self.actor
        self.run_task(lambda: operations.load_options(db, actor), self._options_loaded)

    def _options_loaded(self, options: QueueOptions) -> None:
        self._officers = options.officers
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for choice in options.units:
            self.unit.addItem(choice.label, choice.key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        self.options_loaded.emit()

    def _on_changed(self, entity: str, _ids: Any) -> None:
        if entity in ("petition", "case", "citizen"):
            self.refresh()
        elif entity in ("user", "unit"):
            self._load_options()

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> QueueRow | None:
        """The selected petition's row."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PetitionRole) if rows else None

    def select(self, petition_id: uuid.UUID) -> bool:
        """Select ``petition_id`` in the table (False when it is not listed)."""
        row = self.model.row_of(petition_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _update_buttons(self) -> None:
        can_act = self.selected() is not None and self.actor.has(*operations.OFFICERS)
        for button in self.buttons.values():
            button.setEnabled(can_act)

    # -- outcomes --------------------------------------------------------------------------

    def open_outcome(self, outcome: ProcessingOutcome) -> ServiceDialog | None:
        """Open the dialog of ``outcome`` for the selected petition (shown, not modal-blocking)."""
        row = self.selected()
        if row is None:
            return None
        today = self._today or dt.date.today()
        db, actor = self.db, self.actor
        if outcome is ProcessingOutcome.ACCEPT:

            def accept(data: Any) -> Any:
                return operations.accept(db, actor, row.petition_id, data, row.version)

            def find_case(code: str) -> uuid.UUID | None:
                return operations.find_case(db, actor, code)

            dialog: ServiceDialog = AcceptDialog(
                row, self.runner, accept, self._officers, today, self, find_case=find_case
            )
        else:

            def execute(values: dict[str, Any]) -> Any:
                return operations.process(db, actor, outcome, row.petition_id, values, row.version)

            dialog = OutcomeDialog(outcome, row, self.runner, execute, today, self)
        dialog.accepted.connect(partial(self._processed, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _processed(self, dialog: ServiceDialog) -> None:
        result, row = dialog.outcome, dialog.row
        if isinstance(result, StepResult):
            due = (
                self.tr(", resolution due %1").replace("%1", f"{result.due_on:%d/%m/%Y}")
                if result.due_on
                else ""
            )
            text = (
                self.tr("Accepted petition %1: case %2%3.")
                .replace("%1", row.number)
                .replace("%2", result.code)
                .replace("%3", due)
            )
        else:
            text = (
                self.tr("Petition %1: %2 on %3.")
                .replace("%1", row.number)
                .replace("%2", label_of(ProcessingOutcome, result.outcome).lower())
                .replace("%3", f"{result.processed_on:%d/%m/%Y}")
            )
        warnings = [message_text(w) for w in getattr(result, "warnings", [])]
        self.message_bar.show_message(
            " ".join([text, *warnings]), "warning" if warnings else "success"
        )
        self.last_processed = row.petition_id
        self.notice.set_petition(row.petition_id, row.number)
        self.processed.emit(row.petition_id, result)
        self.refresh()
