"""Section 3 of the intake form: the content items, one petition per tab.

Mixed content is split: a complaint and a denunciation brought together are entered as two
items (Luật Tiếp công dân Điều 25; NĐ 154/2026 Điều 14), each with its own handling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.ui.reception.petition_editor import PetitionEditor
from tcd_desktop.ui.widgets.field import FieldErrors

MAX_ITEMS = 20


class PetitionsSection(QGroupBox):
    """Tabs of :class:`PetitionEditor`; ``sealed_changed(bool)`` when a denunciation appears."""

    changed = Signal()
    field_done = Signal()
    content_changed = Signal()
    sealed_changed = Signal(bool)
    item_added = Signal(QWidget)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("3. Contents and handling"))
        self.setObjectName("petitionsSection")
        self._errors = errors
        self._fields: list[tuple[str, str]] = []
        self._sealed = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("petitionTabs")
        self.tabs.setDocumentMode(True)
        self.add_button = QPushButton(self.tr("Add a content (separate petition)"))
        self.add_button.setObjectName("addPetition")
        self.add_button.setToolTip(
            self.tr(
                "Each different complaint, denunciation, proposal or report is recorded as a separate petition"
            )
        )
        self.add_button.clicked.connect(self.add_petition)
        self.remove_button = QPushButton(self.tr("Remove this content"))
        self.remove_button.setObjectName("removePetition")
        self.remove_button.clicked.connect(self.remove_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.add_petition()

    # items -------------------------------------------------------------------------------------

    def editors(self) -> list[PetitionEditor]:
        """The petition editors, in tab order."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    @Slot()
    def add_petition(self) -> PetitionEditor | None:
        """Add an empty content item and focus its kind."""
        if self.tabs.count() >= MAX_ITEMS:
            return None
        editor = PetitionEditor()
        editor.set_fields(self._fields)
        editor.changed.connect(self.changed)
        editor.field_done.connect(self.field_done)
        editor.kind_changed.connect(self._refresh)
        editor.content_changed.connect(self.content_changed)
        self.tabs.addTab(editor, "")
        self.item_added.emit(editor)
        self.tabs.setCurrentWidget(editor)
        self._refresh()
        editor.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return editor

    @Slot()
    def remove_current(self) -> None:
        """Remove the shown item (one always remains)."""
        if self.tabs.count() <= 1:
            return
        editor = self.tabs.currentWidget()
        self.tabs.removeTab(self.tabs.currentIndex())
        editor.deleteLater()
        self._refresh()
        self.changed.emit()
        self.content_changed.emit()

    def set_count(self, count: int) -> None:
        """Exactly ``count`` items (at least one)."""
        while self.tabs.count() < max(1, count):
            self.add_petition()
        while self.tabs.count() > max(1, count):
            editor = self.tabs.widget(self.tabs.count() - 1)
            self.tabs.removeTab(self.tabs.count() - 1)
            editor.deleteLater()
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        self._errors.remove_prefix("petitions[")
        for i, editor in enumerate(self.editors()):
            self.tabs.setTabText(
                i,
                self.tr("Content %1: %2").replace("%1", str(i + 1)).replace("%2", editor.title()),
            )
            editor.register_errors(self._errors, f"petitions[{i}]")
        self.remove_button.setEnabled(self.tabs.count() > 1)
        sealed = any(e.is_denunciation() for e in self.editors())
        if sealed != self._sealed:
            self._sealed = sealed
            self.sealed_changed.emit(sealed)

    def set_fields(self, fields: list[tuple[str, str]]) -> None:
        """The field catalogue for every item."""
        self._fields = list(fields)
        for editor in self.editors():
            editor.set_fields(self._fields)

    # state ----------------------------------------------------------------------------------------

    @property
    def sealed(self) -> bool:
        """True when any item is a denunciation."""
        return self._sealed

    def to_list(self) -> list[dict[str, Any]]:
        """Every item as plain data."""
        return [e.to_dict() for e in self.editors()]

    def load_list(self, items: list[dict[str, Any]]) -> None:
        """Replace the items."""
        self.set_count(len(items))
        for editor, data in zip(self.editors(), items, strict=False):
            editor.load_dict(data)
        self.tabs.setCurrentIndex(0)
        self._refresh()

    def is_empty(self) -> bool:
        """True when no item has any content typed."""
        return not any(
            e.summary.toPlainText().strip() or e.documents.model.filled_rows()
            for e in self.editors()
        )

    def focus_item(self, index: int) -> None:
        """Show item ``index``."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
