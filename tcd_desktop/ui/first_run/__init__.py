"""First-run dialog: office profile and administrator, or sample data."""

from tcd_desktop.ui.first_run.dialog import FirstRunDialog

__all__ = ["FirstRunDialog"]
