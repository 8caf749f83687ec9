"""Moved to :mod:`tcd_desktop.domain.places` (kept for first_run and the CLI, owned elsewhere)."""

from tcd_desktop.domain.places import PROVINCE_NAMES, PROVINCES, province_name

__all__ = ["PROVINCES", "PROVINCE_NAMES", "province_name"]
