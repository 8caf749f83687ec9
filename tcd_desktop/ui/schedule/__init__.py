"""Leaders' periodic reception schedule."""

from tcd_desktop.ui.schedule.page import SchedulePage

__all__ = ["SchedulePage"]
