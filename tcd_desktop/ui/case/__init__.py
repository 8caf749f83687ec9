"""The case detail screen: parties, current step, due dates, timeline and documents."""

from tcd_desktop.ui.case.page import CaseDetailDialog, CaseDetailPage

__all__ = ["CaseDetailDialog", "CaseDetailPage"]
