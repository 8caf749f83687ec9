"""The desk's link to the office server: the connection banner and other desks' changes."""

from tcd_desktop.ui.connection.banner import ConnectionBanner
from tcd_desktop.ui.connection.live import LiveChanges, install_live

__all__ = ["ConnectionBanner", "LiveChanges", "install_live"]
