"""``CaseDetailPage`` and ``CaseDetailDialog``: one case, everything about it.

Parties (sealed where the law requires, with a reveal that asks for a reason), the current
step, every due date with a "?" that explains it, the timeline, the documents (generate from
the forms the case's state allows, preview, print) and the files kept with the case (scans
with their hash). Loads and writes run in the background; the page reloads itself when the
change bus says this case (or its documents or files) changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.domain.workflow_steps import CaseKind
from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.cases.screen import (
    CaseDetailData,
    issue_case_document,
    keep_case_file,
    load_case_detail,
    open_case_file,
    open_document_pdf,
    preview_public_version,
)
from tcd_desktop.services.changes import Entity
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.services.publication import PREVIEWED_FORMS, PublicationPreview
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board.base import TrackedPage, error_text
from tcd_desktop.ui.case.attachments_tab import AttachmentsTab
from tcd_desktop.ui.case.documents_tab import DocumentsTab
from tcd_desktop.ui.case.publication_dialog import PublicationPreviewDialog
from tcd_desktop.ui.case.sections import DueDatesBox, PartiesBox, StepBox
from tcd_desktop.ui.case.steps_panel import StepsPanel
from tcd_desktop.ui.errors import show_error
from tcd_desktop.ui.labels import label_of
from tcd_desktop.ui.models.case_text import STATE_COLOURS, short_date, state_title
from tcd_desktop.ui.models.timeline_model import COL_NOTE, TimelineModel
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

#: ChangeBus entities that change what this page shows.
REFRESH_ENTITIES = frozenset({Entity.CASE, Entity.DOCUMENT, Entity.ATTACHMENT, Entity.CITIZEN})


class CaseDetailPage(TrackedPage):
    """Shows one case; call :meth:`show_case`."""

    #: emitted after each load has been shown (tests, benchmarks)
    loaded = Signal()
    #: the case id shown (after a load)
    case_shown = Signal(object)
    #: the redacted preview of a public version was opened (a PublicationPreviewDialog)
    publication_asked = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailPage")
        self._db, self._actor, self._runner, self._bus = db, actor, runner, bus
        self.case_id: uuid.UUID | None = None
        self.data: CaseDetailData | None = None
        self._generation = 0
        self._kind_set_for: uuid.UUID | None = None
        self._reload_pending = False

        self.title = QLabel(self.tr("No case selected"))
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("caseSubtitle")
        self.subtitle.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("caseState")
        self.status = QLabel()
        self.status.setObjectName("caseLoadStatus")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        self.parties = PartiesBox()
        self.parties.reveal_requested.connect(self._ask_reveal)
        self.step = StepBox()
        self.dues = DueDatesBox()
        self.steps_panel = StepsPanel(db, actor, bus, runner)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.parties)
        side_layout.addWidget(self.step)
        side_layout.addWidget(self.steps_panel)
        side_layout.addWidget(self.dues)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setMinimumWidth(380)

        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.setWordWrap(False)
        self.timeline_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 230, 160, 320)):
            self.timeline_view.setColumnWidth(column, width)
        self.timeline_view.setColumnWidth(COL_NOTE, 320)
        self.documents = DocumentsTab(self._request_pdf)
        self.documents.generate_requested.connect(self.generate)
        self.attachments = AttachmentsTab(self._request_attachment, self._request_add)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.attachments, self.tr("Files"))

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self.track(bus.changed, self._on_changed)

    # -- loading ---------------------------------------------------------------------------

    def show_case(self, case_id: uuid.UUID) -> None:
        """Load and show the case ``case_id``."""
        if case_id != self.case_id:
            self.data = None
        self.case_id = case_id
        self._load()

    def reload(self) -> None:
        """Load the shown case again."""
        if self.case_id is not None:
            self._load()

    def _load(self, reveal_reason: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        db, actor, case_id = self._db, self._actor, self.case_id
        assert case_id is not None
        self.status.setText(self.tr("Loading…"))
        self._runner.run(
            partial(load_case_detail, db, actor, case_id, reveal_reason=reveal_reason),
            self.guarded(partial(self._loaded, generation)),
            self.guarded(partial(self._failed, generation, reveal_reason is not None)),
        )

    def _loaded(self, generation: int, data: CaseDetailData) -> None:
        if generation != self._generation:
            return
        self.data = data
        case = data.case
        self.title.setText(case.code)
        level = self.tr("second complaint") if case.kind == "khieu_nai" and case.level == 2 else ""
        parts = [label_of(CaseKind, case.kind), level, case.assignee_name, case.summary]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.subtitle.setToolTip(case.summary)
        main = next((d for d in data.dues if d.is_main), None)
        if main is not None and main.state != "info":
            colour = STATE_COLOURS.get(main.state, "#455a64")
            self.state.setText(f"{state_title(main.state)} · {short_date(main.due_on)}")
            self.state.setStyleSheet(
                f"QLabel#caseState {{ color: white; background: {colour}; border-radius: 4px;"
                " padding: 3px 10px; font-weight: bold; }"
            )
            self.state.show()
        else:
            self.state.hide()
        self.parties.set_parties(data.parties, case.kind)
        self.step.set_step(case, data.timeline, data.steps)
        self.steps_panel.set_case(case, data.steps, data.today)
        self.dues.set_dues(data.dues)
        self.timeline.set_entries(data.timeline, dict(data.document_labels))
        self.documents.set_documents(data.documents)
        self.documents.set_choices(data.choices)
        if case.id != self._kind_set_for:
            self.attachments.set_case_kind(case.kind)
            self._kind_set_for = case.id
        self.attachments.set_attachments(data.attachments)
        self.status.setText("")
        self.case_shown.emit(case.id)
        self.loaded.emit()

    def _failed(self, generation: int, revealing: bool, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        message = error_text(exc, tb, self.tr("Could not load the case."))
        self.status.setText("" if revealing else message)
        if revealing:
            show_error(self, message)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def _ask_reveal(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reveal the denouncer's identity"),
            self.tr("Reason (recorded in the audit trail):"),
        )
        if ok and reason.strip():
            self.reveal(reason.strip())

    def reveal(self, reason: str) -> None:
        """Load the case again with the sealed identity revealed for ``reason`` (audited)."""
        if self.case_id is not None:
            self._load(reveal_reason=reason)

    def _request_pdf(self, document_id: uuid.UUID, then: Callable[[bytes], None]) -> None:
        db, actor = self._db, self._actor
        self._runner.run(
            partial(open_document_pdf, db, actor, document_id),
            self.guarded(then),
            self.guarded(
                lambda exc, tb: show_error(
                    self, error_text(exc, tb, self.tr("Could not open the document."))
                )
            ),
        )

    def _failure(self, fallback: str) -> Callable[[BaseException, str], None]:
        return self.guarded(lambda exc, tb: show_error(self, error_text(exc, tb, fallback)))

    @Slot(object)
    def generate(self, choice: DocumentChoice) -> None:
        """Generate ``choice`` for the shown case in the background, then preview it; a public
        version first shows its redacted text for the officer to confirm."""
        if self.case_id is None:
            return
        if choice.form_code in PREVIEWED_FORMS:
            self._ask_publication(choice)
        else:
            self._generate(choice, None)

    def _ask_publication(self, choice: DocumentChoice) -> None:
        def shown(preview: PublicationPreview) -> None:
            dialog = PublicationPreviewDialog(preview, self)
            dialog.finished.connect(lambda _r: self._publication_answered(dialog, choice))
            self.publication_asked.emit(dialog)
            dialog.open()

        assert self.case_id is not None
        self._runner.run(
            partial(preview_public_version, self._db, self._actor, self.case_id, choice.form_code),
            self.guarded(shown),
            self._failure(self.tr("Could not generate the document.")),
        )

    def _publication_answered(
        self, dialog: PublicationPreviewDialog, choice: DocumentChoice
    ) -> None:
        digest = dialog.confirmed_digest()
        dialog.deleteLater()
        if digest is not None:
            self._generate(choice, digest)

    def _generate(self, choice: DocumentChoice, digest: str | None) -> None:
        db, actor, case_id = self._db, self._actor, self.case_id

        def done(result: tuple[IssuedDocument, bytes]) -> None:
            issued, pdf = result
            self.documents.show_generated(issued, pdf)

        def failed(exc: BaseException, tb: str) -> None:
            self.documents.set_generating(False)
            show_error(self, error_text(exc, tb, self.tr("Could not generate the document.")))

        self.documents.set_generating(True)
        self._runner.run(
            partial(issue_case_document, db, actor, case_id, choice, digest),
            self.guarded(done),
            self.guarded(failed),
        )

    def _request_attachment(self, attachment_id: uuid.UUID, then: Callable[[bytes], None]) -> None:
        self._runner.run(
            partial(open_case_file, self._db, self._actor, attachment_id),
            self.guarded(then),
            self._failure(self.tr("Could not open the file.")),
        )

    def _request_add(
        self, path: Path, sealed: bool, then: Callable[[AttachmentInfo], None]
    ) -> None:
        if self.case_id is None:
            return

        def failed(exc: BaseException, tb: str) -> None:
            self.attachments.add_failed()
            show_error(self, error_text(exc, tb, self.tr("Could not keep the file.")))

        self._runner.run(
            partial(keep_case_file, self._db, self._actor, self.case_id, path, sealed=sealed),
            self.guarded(then),
            self.guarded(failed),
        )

    # -- change propagation ----------------------------------------------------------------

    @Slot(str, object)
    def _on_changed(self, entity: str, ids: frozenset[object]) -> None:
        if self.case_id is None or entity not in REFRESH_ENTITIES:
            return
        if entity == Entity.CASE and ids and self.case_id not in ids:
            return
        if not self._reload_pending:  # one operation's kinds arrive together: one reload
            self._reload_pending = True
            QTimer.singleShot(0, self, self._reload_once)

    def _reload_once(self) -> None:
        self._reload_pending = False
        self.reload()
