"""The row factory: a seeded, deterministic world of units, people, visits, petitions and cases.

Everything is drawn from one ``random.Random(seed)``; the same seed, ``today`` and case
count give the same rows, byte for byte, on every backend. Ids are UUIDv7 built from the
row's own date (``uuid7_at(ms, rng.getrandbits(74))``), so they are time-ordered.

Cases are generated in the order of the day their petition was received. Each case first
gets its kind, level, field and flags, then its dates: acceptance a few days after receipt,
the due date from the domain deadline engine (memoised; K3/K7/D4 with the rule version in
force on the acceptance date, a leader's date "LD" for recommendations and reflections),
and finally an outcome that fits the dates as of ``today`` — closed on time or late, still
running, overdue or suspended. A few cases are *forced* into every combination of petition
kind and deadline state the law allows, so that even a 300-case database shows every board
column.

The cases follow the procedure of :mod:`tcd_desktop.domain.workflow` and the case services:
the same step names on the timeline (verification before a decision, a dialogue before every
second-level decision, extensions for complex denunciations only, suspension of complaints
only from 01/7/2026, the statuses each step leads to), decision results and complexity
criteria from the domain enums, suspended spans stored the way ``services.cases.clock``
reads them, a second complaint linked to a first decision of the same citizen received at
most 30 days before. The tests replay every timeline through the state machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from tcd_desktop.services.demo_data.chain import ChainBuilder
from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL
from tcd_desktop.services.demo_data.common import (
    _OFFICE_MS,
    KINDS,
    KN,
    KNG,
    LEADER_DAYS,
    P_ACCEPT,
    PA,
    R_ONLINE,
    R_PERIODIC,
    R_REGULAR,
    R_SUDDEN,
    S_ACCEPTED,
    S_CLOSED,
    S_DECIDED,
    S_DIALOGUE,
    S_ENFORCING,
    S_SUSPENDED,
    S_TERMINATED,
    S_VERIFYING,
    S_WITHDRAWN,
    SAMPLE_PASSWORD,
    STATES,
    TC,
    TIMELINE_DAYS,
    CitizenInfo,
    ForcedCase,
    Rows,
    UnitInfo,
)
from tcd_desktop.services.demo_data.organisation import OrganisationMixin
from tcd_desktop.services.demo_data.plan import PlanMixin

__all__ = [
    "KINDS",
    "KN",
    "KNG",
    "LEADER_DAYS",
    "PA",
    "P_ACCEPT",
    "R_ONLINE",
    "R_PERIODIC",
    "R_REGULAR",
    "R_SUDDEN",
    "SAMPLE_PASSWORD",
    "STATES",
    "S_ACCEPTED",
    "S_CLOSED",
    "S_DECIDED",
    "S_DIALOGUE",
    "S_ENFORCING",
    "S_SUSPENDED",
    "S_TERMINATED",
    "S_VERIFYING",
    "S_WITHDRAWN",
    "TC",
    "TIMELINE_DAYS",
    "ChainBuilder",
    "CitizenInfo",
    "ForcedCase",
    "Generator",
    "Rows",
    "UnitInfo",
]


class Generator(OrganisationMixin, PlanMixin):
    """Builds every generated row; see the module docstring."""

    # ------------------------------------------------------------------ cases
    def chains(self, n: int, chunk: int) -> Iterator[Rows]:
        """Yield the rows of ``n`` cases (with their petitions, visits, citizens), by chunk."""
        if not hasattr(self, "_surnames"):
            self._build_name_tables()
        times, forced = self._plan(n)
        builder = ChainBuilder(self)
        for start in range(0, len(times), chunk):
            rows: Rows = {
                k: []
                for k in (
                    "citizens",
                    "receptions",
                    "reception_participants",
                    "petitions",
                    "cases",
                    "case_events",
                    "case_pauses",
                    "dialogues",
                )
            }
            for ms in times[start : start + chunk]:
                builder.build(rows, ms, forced.get(ms))
            yield rows

    def number_series(self) -> list[tuple[Any, ...]]:
        """One row per (desk, kind, year) with the last number the sample used."""
        out = []
        for (desk, kind, year), last in sorted(self.counters.items()):
            ms = (dt.date(year, 12, 31).toordinal() - EPOCH_ORDINAL) * DAY_MS
            ms = min(ms, (self.today_ord - EPOCH_ORDINAL) * DAY_MS + _OFFICE_MS[1][1])
            out.append((*self._tracked(ms, desk), desk, kind, year, last))
        return out
