"""The statutory report forms screen."""

from tcd_desktop.ui.reports.page import ReportsPage
from tcd_desktop.ui.reports.report_model import ReportTableModel

__all__ = ["ReportTableModel", "ReportsPage"]
