"""Find a citizen as you type: by name without diacritics, by ID number or by phone.

Typing restarts a short debounce timer; when it fires the query runs on the background
runner (never on the GUI thread). Every query carries a sequence number and an answer that
is not for the latest query is dropped, so a slow answer can never overwrite a newer one.
The matches appear in a completer popup driven by the keyboard (↓/↑, Enter) or the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from tcd_desktop.ui.desk_messages import service_message
from tcd_desktop.ui.models.citizen_suggest_model import OBJECT_ROLE, CitizenSuggestModel
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.page import report_bug, run_guarded

DEBOUNCE_MS = 140
MIN_CHARS = 2

SearchFn = Callable[[str], Sequence[Any]]


class CitizenSearchBox(QWidget):
    """Search line with live suggestions; emits ``chosen(suggestion)`` when one is picked."""

    chosen = Signal(object)
    results_shown = Signal(int)

    def __init__(
        self,
        search: SearchFn,
        runner: BackgroundRunner,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._seq = 0
        self.answered_seq = 0
        self.stale_dropped = 0

        self.edit = QLineEdit()
        self.edit.setObjectName("citizenSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr(
                "Find a citizen: full name (typing without diacritics works), or the whole "
                "ID card number, or a phone number"
            )
        )
        self.status = QLabel()
        self.status.setObjectName("citizenSearchStatus")
        self.status.setStyleSheet("color: palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.edit)

        self.model = CitizenSuggestModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.edit)
        self.completer.popup().setObjectName("citizenSuggestions")
        self.completer.activated[QModelIndex].connect(self._on_activated)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.returnPressed.connect(self.search_now)

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def search_now(self) -> None:
        """Run the query for the current text now (Enter, or when the debounce fires)."""
        self._timer.stop()
        query = self.edit.text().strip()
        self._seq += 1
        seq = self._seq
        if len(query) < MIN_CHARS:
            self.answered_seq = seq
            self.model.clear()
            self.completer.popup().hide()
            self.status.clear()
            return
        self.status.setText(self.tr("Searching…"))
        search = self._search
        run_guarded(
            self,
            self._runner,
            lambda: search(query),
            lambda items: self._on_results(seq, query, items),
            lambda exc, _tb: self._on_failed(seq, exc),
        )

    def _on_results(self, seq: int, query: str, items: Sequence[Any]) -> None:
        if seq != self._seq:
            self.stale_dropped += 1
            return
        self.answered_seq = seq
        self.model.set_results(query, items)
        self.status.setText(
            self.tr("%n result(s)", "", len(items)) if items else self.tr("Nothing found")
        )
        if items and self.edit.hasFocus():
            popup = self.completer.popup()
            self.completer.complete(self.edit.rect())
            popup.setCurrentIndex(self.model.index(-1, 0))
        else:
            self.completer.popup().hide()
        self.results_shown.emit(len(items))

    def _on_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.answered_seq = seq
        from tcd_desktop.services.errors import ServiceError

        if isinstance(exc, ServiceError):  # a refusal (role, too many number lookups)
            self.status.setText(service_message(exc))
        else:
            self.status.setText(self.tr("The search failed"))
            report_bug(exc)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(OBJECT_ROLE)
        if item is not None:
            self.completer.popup().hide()
            self.chosen.emit(item)

    def choose_row(self, row: int) -> None:
        """Pick the suggestion at ``row`` (what Enter on a highlighted line does)."""
        self._on_activated(self.model.index(row, 0))

    def pending(self) -> bool:
        """True while a query is waiting for its debounce or its answer."""
        return self._timer.isActive() or self.answered_seq != self._seq
