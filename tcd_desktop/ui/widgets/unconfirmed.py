"""The UNCONFIRMED form-number mark on the screens that offer or preview a document (#8).

A form version still flagged ``unconfirmed`` in ``resources/forms`` prints "(chưa đối chiếu
Công báo)" in its reference line.  The services hand the version's note with each choice
(``DocumentChoice.unconfirmed``, ``DeskDocumentChoice.unconfirmed``) and each issued
document (``IssuedDocument.unconfirmed``), so the officer sees the flag before issuing: a
suffix and a tooltip line on the menu entry, and a line in the PDF preview.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def unconfirmed_suffix() -> str:
    """The suffix of a menu entry whose form number is not checked yet."""
    return QCoreApplication.translate(
        "UnconfirmedForm", " (form number not checked against the Official Gazette)"
    )


def unconfirmed_line(note: str) -> str:
    """One sentence saying the form number is not checked yet, with the version's reason."""
    return QCoreApplication.translate(
        "UnconfirmedForm",
        "The form number is not yet checked against the Official Gazette: %1",
    ).replace("%1", note)


def offer(action: QAction, name: str, tooltip: str, note: str) -> None:
    """Label a menu entry offering the form ``name``: the suffix when ``note`` (the version's
    UNCONFIRMED note) is set, and ``tooltip`` followed by the note's sentence."""
    action.setText(name + (unconfirmed_suffix() if note else ""))
    lines = [tooltip] if tooltip else []
    if note:
        lines.append(unconfirmed_line(note))
    action.setToolTip("\n".join(lines))
