"""The reception register screen (Sổ tiếp công dân)."""

from tcd_desktop.ui.register.page import RegisterPage

__all__ = ["RegisterPage"]
