"""The plan: when cases are received, forced cases, and the due date of a case."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.domain.workflow import (
    LAW_136_IN_FORCE,
)
from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL
from tcd_desktop.services.demo_data.common import (
    _OFFICE_MS,
    KINDS,
    KN,
    KNG,
    PA,
    STATES,
    TC,
    ForcedCase,
)
from tcd_desktop.services.demo_data.core import GeneratorCore


class PlanMixin(GeneratorCore):
    """Places the cases in time and computes their due dates."""

    def _day_ms(self, ordinal: int) -> int:
        """A random office-hours instant on ``ordinal`` (Unix ms, UTC)."""
        lo, hi = _OFFICE_MS[0] if self.rng.random() < 0.55 else _OFFICE_MS[1]
        return (ordinal - EPOCH_ORDINAL) * DAY_MS + lo + int(self.rng.random() * (hi - lo))

    def _plan(self, n: int) -> tuple[list[int], dict[int, ForcedCase]]:
        """Receipt instants of ``n`` cases (sorted) and the forced cases among them."""
        rng = self.rng
        days = [d for d in range(self.first_ord, self.today_ord + 1) if self._is_working(d)]
        recent = [d for d in days if d > self.today_ord - 75]
        forced: list[ForcedCase] = []
        extras = (
            ForcedCase(KN, "on_track", level=2),
            ForcedCase(KN, "closed_on_time", level=2, complex=True),
            ForcedCase(KN, "overdue", complex=True),
            ForcedCase(TC, "closed_on_time", complex=True, very_complex=True),
            ForcedCase(KN, "closed_late", mass=True),
        )
        kn_pausable = self.today_ord > LAW_136_IN_FORCE.toordinal() + 25
        for state in STATES:
            for kind in KINDS:
                if state == "paused" and (kind in (KNG, PA) or (kind == KN and not kn_pausable)):
                    continue  # no suspension in law for these (domain/workflow.py)
                forced.append(ForcedCase(kind, state))
        forced.extend(extras)
        forced = forced[: max(0, min(len(forced), n // 6))] if n < 6 * len(forced) else forced
        times: list[int] = []
        n_normal = n - len(forced)
        rnd = rng.random
        n_days, n_recent = len(days), len(recent)
        for _ in range(n_normal):
            d = recent[int(rnd() * n_recent)] if rnd() < 0.12 else days[int(rnd() * n_days)]
            times.append(self._day_ms(d))
        placed: dict[int, ForcedCase] = {}
        for spec in forced:
            acc = self._forced_acceptance(spec)
            recv = self._roll_back(acc - 1)
            ms = self._day_ms(recv)
            while ms in placed:
                ms += 1
            placed[ms] = spec
            times.append(ms)
        times.sort()
        return times, placed

    def _rule_for(self, kind: str, level: int) -> str | None:
        if kind == KN:
            return "K7" if level == 2 else "K3"
        if kind == TC:
            return "D4"
        return None

    def _case_due(
        self,
        kind: str,
        level: int,
        acc: int,
        complex: bool,
        very_complex: bool,
        remote: bool,
        extensions: int,
        leader_days: int,
        pause: tuple[int, int] | None = None,
    ) -> int:
        rule_id = self._rule_for(kind, level)
        if rule_id is None:
            end = acc + leader_days
            if pause is not None:
                end += pause[1] - pause[0] + 1
            return self._roll_forward(end)
        return self.due(rule_id, acc, complex, very_complex, remote, extensions, pause)

    def _forced_acceptance(self, spec: ForcedCase) -> int:
        """An acceptance date that puts ``spec`` in its target state as of today."""
        t = self.today_ord
        if spec.state == "on_track":
            return self._roll_back(t - 2)
        if spec.state == "due_soon":
            for back in range(0, 120):
                acc = t - back
                if not self._is_working(acc):
                    continue
                due = self._case_due(
                    spec.kind, spec.level, acc, spec.complex, spec.very_complex, False, 0, 15
                )
                if t <= due and self._working_between(t, due) <= 3:
                    return acc
            raise RuntimeError("no acceptance date gives a due-soon case")  # pragma: no cover
        if spec.state == "paused":
            return self._roll_back(t - 20)
        if spec.state == "overdue":
            return self._roll_back(t - 200)
        return self._roll_back(t - 400 - 30 * KINDS.index(spec.kind))

    def _working_between(self, a: int, b: int) -> int:
        return self.calendar.working_days_between(dt.date.fromordinal(a), dt.date.fromordinal(b))
