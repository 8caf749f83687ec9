"""The strip that offers a draft back: after a crash, or after Ctrl+N on unsaved work.

The draft is first moved aside (``…recovered.json``) so the new form's autosave cannot
overwrite it while the officer decides.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tcd_desktop.domain.places import PROVINCE_NAMES
from tcd_desktop.ui.drafts import DraftStore

STYLE = (
    "QFrame#draftBanner { background: #fff4e5; border: 1px solid #e65100; border-radius: 3px; }"
    " QLabel#draftText { color: #8d3c00; }"
)


class DraftBanner(QFrame):
    """ "Có phiếu đang nhập dở…" with Khôi phục / Bỏ bản nháp."""

    restore_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setObjectName("draftText")
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreDraft")
        self.restore_button.clicked.connect(self.restore)
        self.discard_button = QPushButton(self.tr("Discard the draft"))
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.clicked.connect(self.discard)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self._store: DraftStore | None = None
        self.hide()

    def offer(self, store: DraftStore, *, set_aside: bool = False) -> bool:
        """Move ``store``'s draft aside and offer it; False when there is none."""
        recovered = store.sibling("recovered")
        store.move_to(recovered)
        loaded = recovered.load()
        if loaded is None:
            return False
        form, saved_at = loaded
        citizen = form.get("citizen") or {}
        who = str(citizen.get("full_name") or "").strip() or self.tr("no name yet")
        province = PROVINCE_NAMES.get(str(citizen.get("province_code") or ""), "")
        when = saved_at.astimezone().strftime("%H:%M %d/%m/%Y")
        text = (
            self.tr("The unsaved form was put aside as a draft: citizen %1, draft of %2.")
            if set_aside
            else self.tr(
                "A reception form from an earlier session was not saved; its draft was kept: "
                "citizen %1, draft of %2."
            )
        )
        self.text.setText(
            text.replace("%1", f"{who}{', ' + province if province else ''}").replace("%2", when)
        )
        self._store = recovered
        self.show()
        return True

    @Slot()
    def restore(self) -> None:
        """Give the draft to the form and forget the set-aside file."""
        if self._store is None:
            return
        loaded = self._store.load()
        self._store.clear()
        self._store = None
        self.hide()
        if loaded is not None:
            self.restore_requested.emit(loaded[0])

    @Slot()
    def discard(self) -> None:
        """Throw the draft away."""
        if self._store is not None:
            self._store.clear()
        self._store = None
        self.hide()
