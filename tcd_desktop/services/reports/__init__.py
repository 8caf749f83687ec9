"""Statutory periodic reports (TT 01/2024/TT-TTCP): declarations, counting, locks, writers."""

from tcd_desktop.services.reports.drill import DrillRow, drill
from tcd_desktop.services.reports.engine import Report, ReportRow
from tcd_desktop.services.reports.forms import ColumnDecl, FormDecl, form_codes, get_form
from tcd_desktop.services.reports.service import (
    build_report,
    find_form,
    lock_report,
    report_cutoff,
    set_cutoff_day,
    set_opening_balance,
    unlock_report,
)

__all__ = [
    "ColumnDecl",
    "DrillRow",
    "FormDecl",
    "Report",
    "ReportRow",
    "build_report",
    "drill",
    "find_form",
    "form_codes",
    "get_form",
    "lock_report",
    "report_cutoff",
    "set_cutoff_day",
    "set_opening_balance",
    "unlock_report",
]
