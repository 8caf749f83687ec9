"""The reception screen (Phiếu tiếp công dân): find the citizen, fill the form, save, print.

Layout: the citizen search and the four-section form on the left (scrolling), the
citizen's earlier contacts and the repeat warnings on the right. Ctrl+N starts a new visit,
Ctrl+S saves, Ctrl+P prints the receipt. Everything typed is written to a local draft every
few seconds and whenever a field is left; after a crash the next start offers it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ConcurrentChange, ValidationFailed
from tcd_desktop.services.reception import operations
from tcd_desktop.services.reception.inputs import SavedVisit
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.close_prompt import CloseChoice, ask_close
from tcd_desktop.ui.conflict import settle_citizen_conflict
from tcd_desktop.ui.desk_messages import field_messages, message_text
from tcd_desktop.ui.drafts import DraftAutosaver, DraftStore
from tcd_desktop.ui.reception.desk_documents import DeskDocumentsButton
from tcd_desktop.ui.reception.draft_banner import DraftBanner
from tcd_desktop.ui.reception.form import IntakeForm
from tcd_desktop.ui.reception.history_panel import HistoryPanel
from tcd_desktop.ui.reception.receipt import ReceiptPrinter
from tcd_desktop.ui.reception.repeat_control import RepeatControl
from tcd_desktop.ui.reception.repeat_panel import RepeatPanel
from tcd_desktop.ui.reception.visit_input import build_visit
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.citizen_search import CitizenSearchBox
from tcd_desktop.ui.widgets.elided_label import ElidedLabel
from tcd_desktop.ui.widgets.page import ScreenPage


class ReceptionPage(ScreenPage):
    """Phiếu tiếp công dân."""

    #: a save asked for by the close prompt succeeded: the window may close now
    ready_to_close = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        draft_interval_ms: int = 4000,
    ) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("receptionPage")
        self.saved: SavedVisit | None = None
        self._close_after_save = False

        self.form = IntakeForm()
        self.search = CitizenSearchBox(lambda q: operations.lookup_citizens(db, actor, q), runner)
        self.history = HistoryPanel()
        self.repeats = RepeatPanel()
        self.receipt = ReceiptPrinter(self)
        self.banner = DraftBanner()
        self._build_layout()
        self._build_actions()

        store = DraftStore(f"intake-{actor.username}", key=actor.session_key or None)
        self.drafts = DraftAutosaver(
            store, self._draft_data, interval_ms=draft_interval_ms, parent=self
        )
        self.drafts.failed.connect(lambda m: self.message_bar.show_message(m, "warning"))
        self.form.changed.connect(self.drafts.changed)
        self.form.field_done.connect(self.drafts.field_done)
        self.banner.restore_requested.connect(self.restore_draft)
        self.banner.offer(store)

        self.repeat_control = RepeatControl(self, self._form_touched)
        self.form.petitions.tabs.currentChanged.connect(self._on_item_changed)
        self.search.chosen.connect(self.use_citizen)

        self.run_task(lambda: operations.load_options(db, actor), self._options_loaded)
        self.listen(bus.changed, self._on_changed)
        self.form.apply_tab_order(self.search.edit)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # layout ---------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Citizen reception form"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.number_label = ElidedLabel(self.tr("Not saved"))
        self.number_label.setObjectName("visitNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("New visit (Ctrl+N)"))
        self.new_button.setObjectName("newVisit")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveVisit")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.setEnabled(False)
        self.other_documents = DeskDocumentsButton(self)
        for button in (self.new_button, self.save_button, self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.number_label, 1)
        header.addWidget(self.new_button)
        header.addWidget(self.print_button)
        header.addWidget(self.other_documents)
        header.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.form)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidget(left)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.repeats, 1)
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        for text, keys, slot, button in (
            (self.tr("New visit"), QKeySequence.StandardKey.New, self.new_visit, self.new_button),
            (self.tr("Save form"), QKeySequence.StandardKey.Save, self.save, self.save_button),
            (
                self.tr("Print receipt"),
                QKeySequence.StandardKey.Print,
                self.print_receipt,
                self.print_button,
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            # the whole window while this page shows (a hidden page's shortcuts are off), so
            # Ctrl+N still works after going to another screen and back (focus on the list)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(slot)

    def _on_changed(self, entity: str, _ids: Any) -> None:
        if entity == "user":  # officers and leaders in the pickers
            db, actor = self.db, self.actor
            self.run_task(lambda: operations.load_options(db, actor), self._options_loaded)

    def _options_loaded(self, options: operations.DeskOptions) -> None:
        self.form.petitions.set_fields(options.fields)
        self.form.visit.set_people(
            options.officers, options.leaders, str(self.actor.user_id or "") or None
        )

    # citizen ----------------------------------------------------------------------------------

    @Slot(object)
    def use_citizen(self, match: Any) -> None:
        """Fill the citizen from a suggestion and show their earlier contacts."""
        self.form.citizen.use_existing(match)
        self.search.edit.clear()
        self.history.show_loading()
        db, actor, citizen_id = self.db, self.actor, match.id
        self.run_task(
            lambda: operations.citizen_history(db, actor, citizen_id),
            lambda h: self.history.show_history(h, match.full_name),
        )
        self.drafts.changed()
        self.drafts.field_done()
        self.check_repeats()
        self.form.citizen.full_name.setFocus()

    @Slot(int)
    def _on_item_changed(self, _index: int) -> None:
        self.form.apply_tab_order(self.search.edit)
        self.repeat_control.timer.start()

    def check_repeats(self) -> None:
        """Run the repeat check now."""
        self.repeat_control.check()

    def _form_touched(self) -> None:
        self.drafts.changed()
        self.drafts.field_done()

    # draft -------------------------------------------------------------------------------------

    def _draft_data(self) -> dict[str, Any] | None:
        if self.saved is not None or self.form.is_empty():
            return None
        return self.form.to_dict()

    @Slot(dict)
    def restore_draft(self, form: dict[str, Any]) -> None:
        """Put a recovered draft back into the form."""
        self.drafts.pause(True)
        try:
            self.saved = None
            self.form.set_saved_look(False)
            self.form.load_dict(form)
        finally:
            self.drafts.pause(False)
        self.number_label.setText(self.tr("Not saved (draft restored)"))
        self._form_touched()
        self.check_repeats()

    # new / save / print ------------------------------------------------------------------------

    @Slot()
    def new_visit(self) -> None:
        """Clear the form for the next citizen; unsaved work is kept as a draft to restore."""
        unsaved = self.saved is None and not self.form.is_empty()
        if unsaved:
            self.drafts.changed()
            self.drafts.flush()
            self.banner.offer(self.drafts.store, set_aside=True)
        self.drafts.pause(True)
        self.form.reset()
        self.drafts.pause(False)
        self.drafts.discard()
        self.saved = None
        self.form.set_saved_look(False)
        self.print_button.setEnabled(False)
        self.other_documents.reset()
        self.number_label.setText(self.tr("Not saved"))
        self.history.clear()
        self.repeat_control.clear()
        self.message_bar.dismiss()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def save(self) -> None:
        """Check, then save in the background; errors appear next to their fields."""
        if self.saved is not None:
            self.message_bar.show_message(
                self.tr("This form has been saved. Press Ctrl+N for the next citizen."), "info"
            )
            return
        if not self.save_button.isEnabled():
            return
        self.drafts.flush()
        self.form.errors.clear()
        self.message_bar.dismiss()
        self.form.check_locally()  # shown at once; the service's full list replaces it
        form = self.form.to_dict()
        built = build_visit(form)
        self.form.register_participants(built)
        if built.errors:
            self.form.show_errors(built.errors)
            self._report_errors(built.errors)
            self._close_after_save = False
            return
        self.save_button.setEnabled(False)
        self.number_label.setText(self.tr("Saving…"))
        db, actor, visit = self.db, self.actor, built.visit
        self.run_task(
            lambda: operations.save_visit(db, actor, visit), self._saved, self._save_failed
        )

    def has_unsaved_input(self) -> bool:
        """True when something was typed into a form that is not saved."""
        return self.saved is None and not self.form.is_empty()

    def confirm_close(self) -> bool:
        """Close guard: ask Lưu / Không lưu / Hủy when the form holds unsaved input."""
        if not self.has_unsaved_input():
            return True
        choice = ask_close(self, self.tr("The reception form has not been saved."))
        if choice is CloseChoice.SAVE:
            self._close_after_save = True
            self.save()
            return False
        if choice is CloseChoice.DISCARD:
            self.drafts.pause(True)
            self.drafts.discard()
            return True
        return False

    def _report_errors(self, errors: dict[str, str]) -> None:
        """Every error at once in the banner, in full (the fields show one line each)."""
        messages = list(dict.fromkeys(errors.values()))
        head = self.tr("%n item(s) of the form are not valid:", "", len(messages))
        self.message_bar.show_error(f"{head} " + " · ".join(messages))

    def _saved(self, saved: SavedVisit) -> None:
        self.saved = saved
        self.drafts.discard()
        self.save_button.setEnabled(True)
        self.form.set_saved_look(True)
        self.print_button.setEnabled(saved.receipt_number is not None)
        self.other_documents.load(saved.reception_id)
        parts = [self.tr("Saved form No. %1").replace("%1", saved.number)]
        if saved.receipt_number:
            parts.append(self.tr("receipt No. %1").replace("%1", saved.receipt_number))
        if saved.answer_due_on:
            parts.append(
                self.tr("answer to the citizen due %1").replace(
                    "%1", f"{saved.answer_due_on:%d/%m/%Y}"
                )
            )
        self.number_label.setText("; ".join(parts))
        (self.print_button if self.print_button.isEnabled() else self.new_button).setFocus()
        message = self.tr("Visit saved. Press Ctrl+N for the next citizen.")
        if saved.warnings:
            message += " " + " ".join(message_text(w) for w in saved.warnings)
        self.message_bar.show_message(message, "warning" if saved.warnings else "success")
        if self._close_after_save:
            self._close_after_save = False
            self.ready_to_close.emit()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self._close_after_save = False
        self.save_button.setEnabled(True)
        self.number_label.setText(self.tr("Not saved"))
        if isinstance(exc, ValidationFailed):
            errors = field_messages(exc.field_errors)  # in the screen's language
            self.form.show_errors(errors)
            self._report_errors(errors)
        elif isinstance(exc, ConcurrentChange) and exc.has_sides:
            settle_citizen_conflict(self, exc)  # the input stays; the dialog fills it as chosen
        else:
            self.show_failure(exc, tb)

    @Slot()
    def print_receipt(self) -> None:
        """Preview the receipt of the saved visit, with printing."""
        if self.saved is None:
            self.message_bar.show_message(
                self.tr("Save the form before printing the receipt (Ctrl+S)."), "info"
            )
            return
        if self.saved.receipt_number is None:
            self.message_bar.show_message(
                self.tr("No documents were received at this visit, so there is no receipt."), "info"
            )
            return
        self.receipt.show_receipt(self.saved)
