"""The case detail screen: parties, current step, due dates, timeline and documents."""

from tcd_desktop.ui.case.page import CaseDetailPage
from tcd_desktop.ui.case.window import CaseDetailDialog

__all__ = ["CaseDetailDialog", "CaseDetailPage"]
