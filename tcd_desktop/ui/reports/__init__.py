"""The statutory report forms screen."""

from tcd_desktop.ui.models.report_model import ReportTableModel
from tcd_desktop.ui.reports.page import ReportsPage

__all__ = ["ReportTableModel", "ReportsPage"]
