"""Settling a save another desk overtook: the side-by-side conflict dialog."""

from tcd_desktop.ui.conflict.dialog import ConflictDialog
from tcd_desktop.ui.conflict.settle import settle_case_conflict, settle_citizen_conflict

__all__ = ["ConflictDialog", "settle_case_conflict", "settle_citizen_conflict"]
