"""Kept for the importers in ui/board, ui/case and ui/dashboard: the screen base class lives
in :mod:`tcd_desktop.ui.widgets.page` (one base for every screen)."""

from tcd_desktop.ui.widgets.page import TrackedPage, error_text

__all__ = ["TrackedPage", "error_text"]
