"""Sign-in dialog."""

from tcd_desktop.ui.login.dialog import LoginDialog

__all__ = ["LoginDialog"]
