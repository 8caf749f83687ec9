"""The reception screen (Phiếu tiếp công dân)."""

from tcd_desktop.ui.reception.page import ReceptionPage

__all__ = ["ReceptionPage"]
