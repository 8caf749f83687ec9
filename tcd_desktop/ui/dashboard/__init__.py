"""The supervisor's dashboard screen."""

from tcd_desktop.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
