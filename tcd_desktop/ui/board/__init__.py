"""The case board screen: columns by deadline state, the case table and the backlog."""

from tcd_desktop.ui.board.page import BoardPage

__all__ = ["BoardPage"]
