"""The repeat check of the reception screen: query while typing, link, dismiss.

Changes to the identity, the address, the content or the party restart a short timer; the
query then runs in the background and only the latest answer is shown. Linking and
dismissing are kept in the form's data (so they survive in the draft) and reach the audit
trail when the visit is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot

from tcd_desktop.services.reception import operations
from tcd_desktop.services.reception.repeats import RepeatMatch, RepeatQuery

if TYPE_CHECKING:
    from tcd_desktop.ui.reception.page import ReceptionPage

REPEAT_DELAY_MS = 400


class RepeatControl(QObject):
    """Connects the form to the repeat panel for a :class:`ReceptionPage`."""

    def __init__(self, page: ReceptionPage, touched: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.form = page.form
        self.panel = page.repeats
        self._touched = touched
        self.matches: list[RepeatMatch] = []
        self._seq = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REPEAT_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.form.lookup_changed.connect(self.timer.start)
        self.panel.link_requested.connect(self.link)
        self.panel.dismiss_requested.connect(self.dismiss)
        self.panel.unlink_requested.connect(self.unlink)

    def _editor(self) -> Any:
        return self.form.petitions.tabs.currentWidget()

    @Slot()
    def check(self) -> None:
        """Ask for earlier petitions like the one being typed (latest answer wins)."""
        self.timer.stop()
        citizen = self.form.citizen
        editor = self._editor()
        query = RepeatQuery(
            id_number=citizen.id_number.text(),
            full_name=citizen.full_name.text(),
            address=citizen.address.text(),
            citizen_id=uuid.UUID(citizen.citizen_id) if citizen.citizen_id else None,
            respondent=editor.respondent.text() if editor else "",
            summary=editor.summary.toPlainText() if editor else "",
        )
        self._seq += 1
        seq, db, actor = self._seq, self.page.db, self.page.actor
        self.page.run_task(
            lambda: operations.find_repeats(db, actor, query), lambda m: self._show(seq, m)
        )

    def _show(self, seq: int, matches: list[RepeatMatch]) -> None:
        if seq != self._seq:
            return
        dismissed = set(self.form.repeat.get("dismissed") or [])
        self.matches = [m for m in matches if str(m.petition_id) not in dismissed]
        self.panel.show_matches(self.matches)
        self.show_link()

    def show_link(self) -> None:
        """Show which earlier petition the current content item is linked to."""
        editor = self._editor()
        linked = editor.duplicate_of_id if editor else None
        self.panel.set_linked(next((m for m in self.matches if str(m.petition_id) == linked), None))

    @Slot(object)
    def link(self, match: RepeatMatch) -> None:
        """Record the visit (and this content item) as a repeat of ``match``."""
        editor = self._editor()
        if editor is not None:
            editor.duplicate_of_id = str(match.petition_id)
        if match.reception_id is not None:
            self.form.repeat["repeat_of_id"] = str(match.reception_id)
        self.panel.set_linked(match)
        self._touched()

    @Slot()
    def unlink(self) -> None:
        """Undo the link."""
        editor = self._editor()
        if editor is not None:
            editor.duplicate_of_id = None
        if not any(e.duplicate_of_id for e in self.form.petitions.editors()):
            self.form.repeat["repeat_of_id"] = None
        self.panel.set_linked(None)
        self._touched()

    @Slot(object)
    def dismiss(self, match: RepeatMatch) -> None:
        """Not the same matter: hide the warning (recorded in the audit trail on save)."""
        dismissed = self.form.repeat.setdefault("dismissed", [])
        if str(match.petition_id) not in dismissed:
            dismissed.append(str(match.petition_id))
        for editor in self.form.petitions.editors():
            if editor.duplicate_of_id == str(match.petition_id):
                editor.duplicate_of_id = None
        self.matches = [m for m in self.matches if m.petition_id != match.petition_id]
        self.panel.show_matches(self.matches)
        self.show_link()
        self._touched()

    def clear(self) -> None:
        """A new visit: no warnings, no link."""
        self.matches = []
        self.panel.show_matches([])
        self.panel.set_linked(None)
