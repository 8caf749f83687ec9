"""Kept for the importers in ui/reception and ui/first_run: the province list is domain data
(proper names, the same in every language) in :mod:`tcd_desktop.domain.places`."""

from tcd_desktop.domain.places import PROVINCE_NAMES, PROVINCES, province_name

__all__ = ["PROVINCES", "PROVINCE_NAMES", "province_name"]
