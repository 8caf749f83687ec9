"""Group visits (đoàn đông người): when a visit is one, and how many representatives it sends.

Luật Tiếp công dân 2013, Điều 29: five or more people coming about the same matter appoint
representatives — one or two for up to ten people, at most five above that.
"""

from __future__ import annotations

#: From this many people a visit is a group visit.
MASS_THRESHOLD = 5


def representative_limits(headcount: int) -> tuple[int, int] | None:
    """Allowed number of representatives for a delegation (Luật TCD Điều 29), or None."""
    if headcount < MASS_THRESHOLD:
        return None
    return (1, 2) if headcount <= 10 else (1, 5)
