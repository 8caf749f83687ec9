"""English names of the statutory report forms (their titles are Vietnamese in the forms).

Shown through ``QCoreApplication.translate("ReportForms", …)``; the Vietnamese catalogue
gives back exactly the form's title as the form defines it, capitalised (a test holds them
equal), so the Vietnamese screen shows what it always did.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tcd_desktop.services import reports

FORM_ENGLISH: dict[str, str] = {
    "01/TCD": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of regular, periodic and unscheduled citizen reception"
    ),
    "02/TCD": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of classifying and handling petitions received at reception"
    ),
    "01/XLD": QT_TRANSLATE_NOOP("ReportForms", "Summary of petition handling"),
    "02/XLD": QT_TRANSLATE_NOOP("ReportForms", "Summary of complaint petition handling"),
    "03/XLD": QT_TRANSLATE_NOOP("ReportForms", "Summary of denunciation petition handling"),
    "04/XLD": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of recommendation and feedback petition handling"
    ),
    "01/KQGQ": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of complaint resolution within competence"
    ),
    "02/KQGQ": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of enforcing complaint resolution decisions"
    ),
    "03/KQGQ": QT_TRANSLATE_NOOP(
        "ReportForms", "Summary of denunciation resolution within competence"
    ),
    "04/KQGQ": QT_TRANSLATE_NOOP("ReportForms", "Summary of carrying out denunciation conclusions"),
}


def form_title(code: str) -> str:
    """The form's title in the screen's language (a form not listed: its own title)."""
    source = FORM_ENGLISH.get(code)
    if source is None:
        return reports.get_form(code).title.capitalize()
    return QCoreApplication.translate("ReportForms", source)


__all__ = ["FORM_ENGLISH", "form_title"]
