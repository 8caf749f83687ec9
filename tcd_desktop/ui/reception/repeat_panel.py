"""The repeat and duplicate warning panel beside the intake form.

It lists earlier petitions that look like the same matter, each with the reason (same ID
number, same name and address, similar content against the same party). The officer links
the visit as a repeat of one of them, or dismisses a warning; both end up in the audit
trail when the visit is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.reception.repeats import RepeatMatch
from tcd_desktop.ui.models.repeat_model import OBJECT_ROLE, RepeatMatchModel

QUIET = QT_TRANSLATE_NOOP("RepeatPanel", "No duplicate or repeated petition found yet.")
WARN_STYLE = (
    "QGroupBox#repeatPanel { border: 2px solid #e65100; border-radius: 4px; margin-top: 1.4em;"
    " padding-top: 4px; }"
    " QGroupBox#repeatPanel::title { subcontrol-origin: margin; left: 8px; padding: 0 4px;"
    " color: #e65100; font-weight: bold; }"
)


class RepeatPanel(QGroupBox):
    """Warnings with "Liên kết là đơn tái diễn" and "Không trùng — bỏ qua"."""

    link_requested = Signal(object)
    dismiss_requested = Signal(object)
    unlink_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Duplicate and repeat warnings"))
        self.setObjectName("repeatPanel")
        self.status = QLabel(self.tr(QUIET))
        self.status.setObjectName("repeatStatus")
        self.status.setWordWrap(True)
        self.model = RepeatMatchModel(self)
        self.list = QListView()
        self.list.setObjectName("repeatList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.link_button = QPushButton(self.tr("Link as a repeated petition"))
        self.link_button.setObjectName("linkRepeat")
        self.link_button.clicked.connect(self._link)
        self.dismiss_button = QPushButton(self.tr("Not a duplicate — ignore"))
        self.dismiss_button.setObjectName("dismissRepeat")
        self.dismiss_button.clicked.connect(self._dismiss)
        self.linked_label = QLabel()
        self.linked_label.setObjectName("repeatLinked")
        self.linked_label.setWordWrap(True)
        self.linked_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setObjectName("unlinkRepeat")
        self.unlink_button.clicked.connect(self.unlink_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.dismiss_button)
        linked = QHBoxLayout()
        linked.addWidget(self.linked_label, 1)
        linked.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(linked)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        self.set_linked(None)
        self.show_matches([])

    def show_matches(self, matches: list[RepeatMatch]) -> None:
        """Replace the list (the dismissed ones are already filtered out)."""
        self.model.set_matches(matches)
        self.setStyleSheet(WARN_STYLE if matches else "")
        self.status.setText(
            self.tr(
                "%n earlier petition(s) may be duplicates or repeats — see the reasons below.",
                "",
                len(matches),
            )
            if matches
            else self.tr(QUIET)
        )
        self.status.setStyleSheet("color: #e65100; font-weight: bold;" if matches else "")
        if matches:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def set_linked(self, match: RepeatMatch | None) -> None:
        """Show which earlier petition the visit is linked to (None: not linked)."""
        self.model.set_linked(str(match.petition_id) if match else None)
        if match is None:
            self.linked_label.clear()
        else:
            self.linked_label.setText(
                self.tr("Linked as a repeat of petition %1 (%2).")
                .replace("%1", match.petition_number)
                .replace("%2", f"{match.received_on:%d/%m/%Y}")
            )
        self.unlink_button.setVisible(match is not None)
        self.linked_label.setVisible(match is not None)

    def current(self) -> RepeatMatch | None:
        """The selected warning."""
        index = self.list.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.link_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    @Slot()
    def _link(self) -> None:
        match = self.current()
        if match is not None:
            self.link_requested.emit(match)

    @Slot()
    def _dismiss(self) -> None:
        match = self.current()
        if match is not None:
            self.dismiss_requested.emit(match)
