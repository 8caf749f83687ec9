"""Deadline engine: turns a rule, a start date and the working calendar into a due date.

Counting follows LAW.md §3 and §10:

* ``calendar`` unit ("ngày"): counting starts the day after the event (BLDS 2015 Điều 147
  k2–3); if the last day is not a working day, the period ends on the next working day
  (Điều 148 k5).
* ``working`` unit (ngày làm việc): the n-th working day after the event.
* Periods in years/months end on the corresponding day (29/02 → 28/02).
* Suspended spans (tạm đình chỉ) do not count; extensions (gia hạn) follow the rule's policy.
* ``before`` rules (minimum notice) give the latest day on which the notice may be sent.

Every result carries a Vietnamese explanation so that a due date can justify itself.
"""

from __future__ import annotations

import dataclasses
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .calendar import WorkingCalendar, format_vn_date
from .deadline_checks import DeadlineError, check_suspension, unconfirmed_note, with_days
from .deadline_messages import MESSAGES as WHY
from .enums import DayUnit, DeadlineState, Direction
from .pauses import apply_pauses, days_between, merge_spans
from .rules import VARIANT_LABELS_VI, Rule, RulePack

__all__ = [
    "Deadline",
    "DeadlineError",
    "add_months",
    "compute_deadline",
    "compute_deadline_for",
    "deadline_state",
    "working_days_left",
]

_fmt = format_vn_date


@dataclass(frozen=True)
class Deadline:
    """A computed due date with its justification."""

    rule_id: str
    start: date
    due: date
    unit: DayUnit
    days: int
    citation: str
    explanation: str
    skipped: list[tuple[date, str]] = field(default_factory=list, hash=False)
    paused_days: int = 0
    rule_version_from: date | None = None
    variant: str | None = None
    extension_days: tuple[int, ...] = ()
    direction: Direction = Direction.AFTER
    nominal_due: date | None = None
    unconfirmed: bool = False
    unconfirmed_days: tuple[tuple[date, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (ISO dates)."""
        return {
            "rule": self.rule_id,
            "start": self.start.isoformat(),
            "due": self.due.isoformat(),
            "unit": str(self.unit),
            "days": self.days,
            "citation": self.citation,
            "explanation": self.explanation,
            "skipped": [[d.isoformat(), name] for d, name in self.skipped],
            "paused_days": self.paused_days,
            "rule_version_from": (
                self.rule_version_from.isoformat() if self.rule_version_from else None
            ),
            "variant": self.variant,
            "extension_days": list(self.extension_days),
            "direction": str(self.direction),
            "nominal_due": self.nominal_due.isoformat() if self.nominal_due else None,
            "unconfirmed": self.unconfirmed,
            "unconfirmed_days": [[d.isoformat(), name] for d, name in self.unconfirmed_days],
        }


def add_months(d: date, months: int) -> date:
    """``d`` plus ``months`` months; a missing day becomes the month's last day (BLDS Điều 148)."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + months, 12)
    month = month0 + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def compute_deadline(
    rule: Rule,
    start: date,
    calendar: WorkingCalendar,
    *,
    complex: bool = False,
    very_complex: bool = False,
    remote: bool = False,
    extensions: int = 0,
    extension_days: Sequence[int] | None = None,
    paused: Sequence[tuple[date, date]] = (),
    variant: str | None = None,
    days: int | None = None,
) -> Deadline:
    """Compute the due date of ``rule`` for an event on ``start``.

    ``complex``/``very_complex``/``remote`` choose the variant (``variant`` names one
    explicitly, e.g. ``"extended"`` for D1 or ``"dismissal"`` for KD2).  ``extensions`` (or
    the per-extension ``extension_days``) are checked against the rule's policy and added as
    days of the rule's unit.  ``paused`` spans ``(from, to)``, inclusive, do not count.
    ``days`` is the limit for a rule without a number in the law (D12: the sector law's
    limit).  Raises :class:`DeadlineError` when the rule does not allow the request.
    ``unconfirmed`` is set, naming the days, when the count crossed a day off (or a make-up
    day) that is not officially announced (24/11, Tết of a year not yet announced ...).
    """
    rule = with_days(rule, days)
    if variant is None:
        variant = rule.select_variant(complex=complex, very_complex=very_complex, remote=remote)
    elif variant not in rule.variants:
        raise DeadlineError(
            WHY(
                "deadline.no_variant", rule=rule.id, variant=VARIANT_LABELS_VI.get(variant, variant)
            )
        )
    ext = _check_extensions(rule, complex, very_complex, extensions, extension_days)
    spans = merge_spans(paused)
    if rule.direction == Direction.BEFORE:
        if ext or spans:
            raise DeadlineError(WHY("deadline.before_fixed", rule=rule.id))
        return _flag_unconfirmed(_before(rule, start, calendar), calendar)
    check_suspension(rule, spans)

    base = rule.days_for(variant)
    head = _head(rule, base, variant, start)
    notes: list[str] = []
    period_months = rule.years * 12 + rule.months
    if period_months:
        nominal = add_months(start, period_months) + timedelta(days=sum(ext))
        notes.append(f"hết hạn vào ngày tương ứng {_fmt(add_months(start, period_months))}")
        days = (nominal - start).days
    elif rule.unit == DayUnit.CALENDAR:
        days = base + sum(ext)
        nominal = start + timedelta(days=days)
        notes.append("bắt đầu tính từ ngày hôm sau")
    else:
        days = base + sum(ext)
        nominal = calendar.add_working_days(start, days)
        notes.append("không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết")
    if ext:
        detail = " + ".join(f"{d} {rule.unit.label_vi}" for d in ext)
        notes.append(f"gia hạn {len(ext)} lần ({detail})")

    end, paused_days, used = apply_pauses(rule.unit, start, nominal, spans, calendar)
    if paused_days:
        listed = ", ".join(f"{_fmt(a)}–{_fmt(b)}" for a, b in used)
        unit_word = rule.unit.label_vi if not period_months else "ngày"
        notes.append(f"không tính {paused_days} {unit_word} tạm đình chỉ ({listed})")

    if rule.unit == DayUnit.CALENDAR:
        due = calendar.roll_forward(end)
        skipped = [(d, calendar.day_off_reason(d) or "") for d in days_between(end, due)]
        if due != end:
            tail = ""
            if len(skipped) > 1:
                tail = " (bỏ qua " + ", ".join(f"{_fmt(d)}: {n}" for d, n in skipped) + ")"
            notes.append(
                f"ngày cuối {_fmt(end)} là ngày nghỉ ({skipped[0][1]}) nên lùi sang "
                f"ngày làm việc tiếp theo {_fmt(due)}{tail}"
            )
        else:
            notes.append(f"hạn cuối {_fmt(due)}")
    else:
        due = end
        skipped = calendar.days_off_between(start, due)
        if skipped:
            notes.append("đã bỏ qua " + ", ".join(f"{_fmt(d)} ({n})" for d, n in skipped))
        notes.append(f"hạn cuối {_fmt(due)}")

    deadline = Deadline(
        rule_id=rule.id,
        start=start,
        due=due,
        unit=rule.unit,
        days=days,
        citation=rule.citation,
        explanation="; ".join([head, *notes]),
        skipped=skipped,
        paused_days=paused_days,
        rule_version_from=rule.effective_from,
        variant=variant,
        extension_days=tuple(ext),
        direction=rule.direction,
        nominal_due=nominal,
        unconfirmed=rule.unconfirmed,
    )
    # A calendar count depends on the day status only where the end was rolled forward.
    window_start = end if rule.unit == DayUnit.CALENDAR else start + timedelta(days=1)
    return _flag_unconfirmed(deadline, calendar, window_start)


def compute_deadline_for(
    pack: RulePack, rule_id: str, start: date, calendar: WorkingCalendar, **options: Any
) -> Deadline:
    """Pick the version of ``rule_id`` in force on ``start`` and compute its deadline."""
    return compute_deadline(pack.get(rule_id, start), start, calendar, **options)


def deadline_state(
    due: date | None,
    today: date,
    calendar: WorkingCalendar,
    *,
    done_on: date | None = None,
    paused: bool = False,
    due_soon_working_days: int = 5,
) -> DeadlineState:
    """Board state of a deadline on ``today``.

    Done wins over everything (on time if ``done_on <= due``), then paused, then no due
    date (not started), overdue (``today > due``), due soon (at most
    ``due_soon_working_days`` working days left) and on track.
    """
    if done_on is not None:
        if due is None or done_on <= due:
            return DeadlineState.DONE_ON_TIME
        return DeadlineState.DONE_LATE
    if paused:
        return DeadlineState.PAUSED
    if due is None:
        return DeadlineState.NOT_STARTED
    if today > due:
        return DeadlineState.OVERDUE
    if working_days_left(due, today, calendar) <= due_soon_working_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TRACK


def working_days_left(due: date, today: date, calendar: WorkingCalendar) -> int:
    """Working days in ``(today, due]``; negative (working days overdue) when ``due < today``."""
    return calendar.working_days_between(today, due)


# ---------------------------------------------------------------------- helpers


def _flag_unconfirmed(
    deadline: Deadline, calendar: WorkingCalendar, window_start: date | None = None
) -> Deadline:
    """Mark a deadline whose count crossed days that are not officially announced."""
    if deadline.direction == Direction.BEFORE:
        lo, hi = deadline.due, deadline.start
    else:
        lo, hi = window_start or deadline.start, deadline.due
    days, note = unconfirmed_note(calendar, lo, hi)
    if not days:
        return deadline
    return dataclasses.replace(
        deadline,
        explanation=f"{deadline.explanation}; {note}",
        unconfirmed=True,
        unconfirmed_days=tuple(days),
    )


def _head(rule: Rule, base: int, variant: str | None, start: date) -> str:
    if rule.months:
        amount = f"{rule.years * 12 + rule.months} tháng"
    elif rule.years:
        amount = f"{rule.years} năm"
    else:
        amount = f"{base} {rule.unit.label_vi}"
    if variant:
        amount += f" ({VARIANT_LABELS_VI.get(variant, variant)})"
    return f"{amount} kể từ ngày {rule.start_event_vi} {_fmt(start)} ({rule.citation})"


def _before(rule: Rule, event: date, calendar: WorkingCalendar) -> Deadline:
    head = (
        f"Chậm nhất {rule.days} {rule.unit.label_vi} trước ngày {rule.start_event_vi} "
        f"{_fmt(event)} ({rule.citation})"
    )
    skipped: list[tuple[date, str]] = []
    if rule.unit == DayUnit.WORKING:
        latest = nominal = calendar.add_working_days(event, -rule.days)
        skipped = calendar.days_off_between(latest, event)
        notes = [f"hạn cuối {_fmt(latest)}"]
    else:
        nominal = event - timedelta(days=rule.days)
        latest = calendar.roll_backward(nominal)
        if latest != nominal:
            after_latest = latest + timedelta(days=1)
            skipped = [
                (d, calendar.day_off_reason(d) or "")
                for d in days_between(after_latest, nominal, True)
            ]
            notes = [
                f"ngày {_fmt(nominal)} là ngày nghỉ ({skipped[-1][1]}) nên phải gửi sớm hơn, "
                f"chậm nhất ngày làm việc liền trước {_fmt(latest)}"
            ]
        else:
            notes = [f"hạn cuối {_fmt(latest)}"]
    return Deadline(
        rule_id=rule.id,
        start=event,
        due=latest,
        unit=rule.unit,
        days=rule.days,
        citation=rule.citation,
        explanation="; ".join([head, *notes]),
        skipped=skipped,
        rule_version_from=rule.effective_from,
        direction=rule.direction,
        nominal_due=nominal,
        unconfirmed=rule.unconfirmed,
    )


def _check_extensions(
    rule: Rule,
    complex: bool,
    very_complex: bool,
    extensions: int,
    extension_days: Sequence[int] | None,
) -> list[int]:
    if extension_days is not None:
        if extensions not in (0, len(extension_days)):
            raise DeadlineError(
                WHY("deadline.extension_count", count=extensions, entered=len(extension_days))
            )
        count = len(extension_days)
    else:
        count = extensions
    if count < 0:
        raise DeadlineError(WHY("deadline.extension_negative"))
    if count == 0:
        return []
    policy = rule.extension
    if policy is None:
        raise DeadlineError(WHY("deadline.no_extension", rule=rule.id, citation=rule.citation))
    allowed = policy.allowed_count(complex=complex, very_complex=very_complex)
    if allowed == 0:
        raise DeadlineError(
            WHY("deadline.extension_complex_only", rule=rule.id, citation=rule.citation)
        )
    if count > allowed:
        kind = WHY("deadline.very_complex" if very_complex else "deadline.complex")
        raise DeadlineError(
            WHY(
                "deadline.extension_too_many",
                kind=kind,
                allowed=allowed,
                citation=rule.citation,
                count=count,
            )
        )
    days = list(extension_days) if extension_days is not None else [policy.max_days_each] * count
    for i, d in enumerate(days, start=1):
        if not 1 <= d <= policy.max_days_each:
            raise DeadlineError(
                WHY("deadline.extension_days", limit=policy.max_days_each, number=i, days=d)
            )
    return days
