"""Live across desks, for the screens: the change listener, re-exported so that ui/ never
imports the store (see :mod:`tcd_desktop.store.notify` for how it works)."""

from __future__ import annotations

from tcd_desktop.store.notify import ChangeListener, announce, channel_for

__all__ = ["ChangeListener", "announce", "channel_for"]
