"""The generator's state and its calendar, numbering and deadline helpers."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import compute_deadline
from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.rules import RulePack
from tcd_desktop.services.demo_data.codec import Codec, uuid7_int
from tcd_desktop.services.demo_data.common import (
    STATES,
    UnitInfo,
)


class GeneratorCore:
    """State shared by every part of the generator: the seeded RNG, memos and
    calendar helpers (see :mod:`tcd_desktop.services.demo_data.generator`)."""

    def __init__(
        self,
        codec: Codec,
        pack: RulePack,
        calendar: WorkingCalendar,
        *,
        seed: int,
        today: dt.date,
        span_years: int = 5,
    ) -> None:
        """Prepare a generator; nothing random happens before :meth:`world`."""
        self.codec = codec
        self.pack = pack
        self.calendar = calendar
        self.rng = random.Random(seed)
        self._bits = self.rng.getrandbits
        self._ts = codec.ts
        self._uid = codec.uid
        self.seed = seed
        self.today = today
        self.today_ord = today.toordinal()
        self.first_ord = dt.date(today.year - span_years, today.month, 1).toordinal()
        calendar.preload(today.year - span_years - 1, today.year + 2)
        self.units: list[UnitInfo] = []
        self.by_prov: list[dict[str, Any]] = []
        self.counters: dict[tuple[str, str, int], int] = {}
        self._due_memo: dict[tuple[Any, ...], int] = {}
        self._rule_memo: dict[tuple[str, int], Any] = {}
        self._work_memo: dict[int, bool] = {}
        self._fold_memo: dict[str, str] = {}
        self._cccd_seen: set[str] = set()
        self.state_counts: dict[str, int] = dict.fromkeys(STATES, 0)

    # ------------------------------------------------------------------ helpers
    def _fold(self, text: str) -> str:
        value = self._fold_memo.get(text)
        if value is None:
            value = self._fold_memo[text] = fold(text)
        return value

    def _tracked(
        self, ms: int, desk: str, by: Any = None, updated_ms: int | None = None
    ) -> tuple[Any, ...]:
        """The ``Tracked`` columns of a row created at ``ms`` (and last changed at ``updated_ms``)."""
        ts = self._ts
        created = ts(ms)
        updated = created if updated_ms is None or updated_ms == ms else ts(updated_ms)
        return (self._uid(uuid7_int(ms, self._bits(74))), created, updated, by, desk)

    def _next_number(self, desk: str, kind: str, year: int) -> str:
        key = (desk, kind, year)
        value = self.counters.get(key, 0) + 1
        self.counters[key] = value
        return f"{desk}-{year}-{value:06d}"

    def _is_working(self, ordinal: int) -> bool:
        value = self._work_memo.get(ordinal)
        if value is None:
            value = self._work_memo[ordinal] = self.calendar.is_working_day(
                dt.date.fromordinal(ordinal)
            )
        return value

    def _roll_forward(self, ordinal: int) -> int:
        while not self._is_working(ordinal):
            ordinal += 1
        return ordinal

    def _roll_back(self, ordinal: int) -> int:
        while not self._is_working(ordinal):
            ordinal -= 1
        return ordinal

    def _rule(self, rule_id: str, ordinal: int) -> Any:
        key = (rule_id, ordinal)
        rule = self._rule_memo.get(key)
        if rule is None:
            rule = self._rule_memo[key] = self.pack.get(rule_id, dt.date.fromordinal(ordinal))
        return rule

    def due(
        self,
        rule_id: str,
        start: int,
        complex: bool = False,
        very_complex: bool = False,
        remote: bool = False,
        extensions: int = 0,
        pause: tuple[int, int] | None = None,
    ) -> int:
        """Due date (ordinal) of ``rule_id`` started on ``start``, memoised.

        Flags that cannot change the result are dropped from the memo key: without variants
        only the number of extensions counts, with variants "very complex" is "complex".
        """
        rule = self._rule(rule_id, start)
        if rule.variants:
            complex, very_complex = complex or very_complex, False
        else:
            complex, very_complex, remote = extensions >= 1, extensions >= 2, False
        key = (rule_id, start, complex, very_complex, remote, extensions, pause)
        value = self._due_memo.get(key)
        if value is None:
            spans = ()
            if pause is not None:
                spans = ((dt.date.fromordinal(pause[0]), dt.date.fromordinal(pause[1])),)
            deadline = compute_deadline(
                rule,
                dt.date.fromordinal(start),
                self.calendar,
                complex=complex,
                very_complex=very_complex,
                remote=remote,
                extensions=extensions,
                paused=spans,
            )
            value = self._due_memo[key] = deadline.due.toordinal()
        return value
