"""T2B: a petition still unprocessed 45 days after receipt (issue 8, rule 10).

From 01/7/2026 not processing a petition within 45 days without a reason is a disciplinary
offence (Nghị định 154/2026/NĐ-CP Điều 41 khoản 3 điểm b). The rule pack holds it as data,
rule ``T2B``: 45 calendar days ("ngày", counted as the Civil Code says: the receipt day is
not counted, a last day that is a day off rolls to the next working day), in force for the
petitions received from its ``effective_from``. A petition received earlier has no T2B clock.

The clock is met when the petition is processed (``processed_on``). The queue's filter
"over 45 days unprocessed" is a condition on ``received_on`` alone: within one version of
the rule the due date grows with the receipt date, so the petitions overdue on ``today`` are
those received between the version's first day and :func:`overdue_ranges`' last day. The
filter and its count read the partial index of waiting petitions (migration 0016) and never
compute a date per stored row.
"""

from __future__ import annotations

import datetime as dt

from tcd_desktop.domain.deadlines import Deadline, deadline_state
from tcd_desktop.domain.rule_model import RuleNotInForceError
from tcd_desktop.services.rulebook import Rulebook

RULE = "T2B"
#: How far back a version without a first day is searched (no limit of the law is longer).
_SEARCH_SPAN = dt.timedelta(days=3660)


def t2b_deadline(book: Rulebook, received_on: dt.date) -> Deadline | None:
    """The 45-day due date of a petition received on ``received_on`` (None before 01/7/2026)."""
    try:
        return book.deadline(RULE, received_on)
    except RuleNotInForceError:
        return None


def t2b_state(
    book: Rulebook, deadline: Deadline | None, today: dt.date, processed_on: dt.date | None
) -> str | None:
    """``overdue``, ``due_soon``, ``on_track``; ``closed_on_time``/``closed_late`` once processed."""
    if deadline is None:
        return None
    return str(deadline_state(deadline.due, today, book.calendar, done_on=processed_on))


def overdue_ranges(book: Rulebook, today: dt.date) -> list[tuple[dt.date | None, dt.date]]:
    """Receipt dates ``(first or None, last)`` of the petitions overdue under T2B on ``today``.

    One range per version of the rule (an administrator's override splits it); within a
    version the due date never decreases with the receipt date, so the overdue receipt
    dates are a prefix of the version's span, found by bisection.
    """
    ranges: list[tuple[dt.date | None, dt.date]] = []
    for rule in book.pack.versions(RULE):
        last = today - dt.timedelta(days=1)  # received today or later: not yet due
        if rule.effective_to is not None:
            last = min(last, rule.effective_to)
        first = rule.effective_from
        lo = first if first is not None else last - _SEARCH_SPAN
        if lo > last or book.deadline(RULE, lo).due >= today:
            continue
        hi = last  # invariant: lo is overdue; the answer lies in [lo, hi]
        while lo < hi:
            mid = lo + dt.timedelta(days=(hi - lo).days // 2 + 1)
            if book.deadline(RULE, mid).due < today:
                lo = mid
            else:
                hi = mid - dt.timedelta(days=1)
        ranges.append((first, lo))
    return ranges
