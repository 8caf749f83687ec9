"""Settling a refused save: a citizen on the reception form, a step on a case.

The form keeps everything typed. The dialog opens over it; once the person chooses, the
citizen block is filled in as chosen, it now says it edited the other desk's version, the
choice goes to the audit trail, and the person presses Save again.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from tcd_desktop.services.conflicts import record_resolution
from tcd_desktop.services.errors import ConcurrentChange
from tcd_desktop.ui.conflict.dialog import ConflictDialog


def settle_citizen_conflict(page: Any, conflict: ConcurrentChange) -> ConflictDialog:
    """Open the dialog over the reception ``page`` (window-modal, not blocking) and apply
    the choice to its citizen block when the person makes one."""
    dialog = ConflictDialog(conflict, page)
    db, actor = page.db, page.actor

    def done(code: int) -> None:
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            page.message_bar.show_message(
                QCoreApplication.translate(
                    "ConflictSettle",
                    "Not saved: another desk changed this citizen's record. What you typed "
                    "is kept; press Save to compare again.",
                ),
                "warning",
            )
            return
        section = page.form.citizen
        data = section.to_dict()
        data.update(dialog.theirs_values())
        data["citizen_version"] = conflict.version
        section.load_dict(data)
        resolution = dialog.resolution()
        page.run_task(lambda: record_resolution(db, actor, resolution))
        page.message_bar.show_message(
            QCoreApplication.translate(
                "ConflictSettle",
                "The citizen's record now holds the values you chose. Press Save to save it.",
            ),
            "info",
        )
        page.save_button.setFocus()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def settle_case_conflict(step: Any, conflict: ConcurrentChange) -> ConflictDialog:
    """Open the dialog over a case step dialog ``step`` whose save was refused: "mine"
    records the step again on the version now stored (the law is checked again), "theirs"
    closes the step dialog. Cancelled, the step dialog stays with its input and message."""
    dialog = ConflictDialog(conflict, step, per_field=False)
    db, actor, runner = step._db, step._actor, step._runner

    def done(code: int) -> None:
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            return
        resolution = dialog.resolution()
        runner.run(lambda: record_resolution(db, actor, resolution))
        if resolution.outcome == "mine":
            step.case = dataclasses.replace(step.case, version=conflict.version)
            step.submit()
        else:
            step.reject()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
