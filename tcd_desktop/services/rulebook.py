"""The rule book: the shipped rule pack plus the database's overrides and calendar days.

Services and commands ask the rule book for due dates; it knows which rule version is in
force on a start date, the working calendar (holidays package + the office's extra days off
and make-up Saturdays), and every administrator override, each audited.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.config.resources import resource_path
from tcd_desktop.domain.calendar import CalendarAnnouncements, CalendarOverride, WorkingCalendar
from tcd_desktop.domain.deadlines import Deadline, compute_deadline
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.rules import RuleOverride, RulePack, UnknownRuleError, load_rule_pack
from tcd_desktop.domain.text_safety import control_problem
from tcd_desktop.services.context import Actor, require, require_signed_in
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import CalendarDay, RuleRow

log = logging.getLogger(__name__)

RULE_PACK_FILE = ("rules", "rules-v1.json")
CALENDAR_FILE = ("calendar", "announcements.json")
#: The longest time limit the law could plausibly set, by unit (a year; a year's working days).
MAX_RULE_DAYS = {"calendar": 365, "working": 250}
#: Dates an administrator may set rules and calendar days for.
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_REASON = 1000


@lru_cache(maxsize=1)
def shipped_rule_pack() -> RulePack:
    """The rule pack shipped in ``resources/rules`` (loaded once per process)."""
    return load_rule_pack(resource_path(*RULE_PACK_FILE))


@lru_cache(maxsize=1)
def shipped_announcements() -> CalendarAnnouncements:
    """Which holidays are officially announced (``resources/calendar``), loaded once."""
    data = json.loads(resource_path(*CALENDAR_FILE).read_text(encoding="utf-8"))
    return CalendarAnnouncements(
        announced_through=int(data["announced_through"]),
        yearly_names=tuple(data.get("yearly_names", ())),
        unconfirmed_names=tuple(data.get("unconfirmed_names", ())),
        notes=dict(data.get("notes", {})),
    )


@dataclass(frozen=True)
class Rulebook:
    """Rules and calendar in force for one database."""

    pack: RulePack
    calendar: WorkingCalendar

    def deadline(
        self,
        rule_id: str,
        start: dt.date,
        *,
        complex: bool = False,
        very_complex: bool = False,
        remote: bool = False,
        extensions: int = 0,
        extension_days: Sequence[int] | None = None,
        paused: Sequence[tuple[dt.date, dt.date]] = (),
        variant: str | None = None,
        days: int | None = None,
    ) -> Deadline:
        """Due date of ``rule_id`` for an event on ``start``, using the version then in force."""
        rule = self.pack.get(rule_id, start)
        return compute_deadline(
            rule,
            start,
            self.calendar,
            complex=complex,
            very_complex=very_complex,
            remote=remote,
            extensions=extensions,
            extension_days=extension_days,
            paused=paused,
            variant=variant,
            days=days,
        )


def load_rulebook(session: Session, actor: Actor) -> Rulebook:
    """The rule book of the database (any signed-in role may read it)."""
    require_signed_in(actor, "xem quy tắc thời hạn")
    return _load_rulebook(session)


def shipped_rulebook() -> Rulebook:
    """The shipped rules and calendar, without any office's overrides."""
    return _load_rulebook(None)


def _load_rulebook(session: Session | None = None) -> Rulebook:
    """The rule book for a database (or the shipped defaults without one): the services' own
    helper, inside their transaction."""
    pack = shipped_rule_pack()
    overrides: list[CalendarOverride] = []
    if session is not None:
        rows = session.scalars(
            select(RuleRow).where(RuleRow.source == "override", RuleRow.deleted_at.is_(None))
        ).all()
        valid = [o for o in map(_override_from_row, rows) if o is not None]
        if valid:
            pack = pack.apply_overrides(valid)
        overrides = [
            CalendarOverride(day=d.day, kind=d.kind, name=d.name, confirmed=d.confirmed)
            for d in session.scalars(
                select(CalendarDay).where(CalendarDay.deleted_at.is_(None))
            ).all()
        ]
    return Rulebook(pack=pack, calendar=WorkingCalendar(overrides, shipped_announcements()))


def _override_from_row(row: RuleRow) -> RuleOverride | None:
    """The override a row records; None (and a warning in the log) for one outside the legal
    range, written before :func:`override_rule` checked it, which would break every due date."""
    data: dict[str, Any] = dict(row.data)
    try:
        days, unit = int(data["days"]), str(data["unit"])
    except (KeyError, TypeError, ValueError):
        days, unit = 0, ""
    if unit not in MAX_RULE_DAYS or not 1 <= days <= MAX_RULE_DAYS[unit]:
        log.warning(
            "rule override %s from %s ignored: out of range", row.rule_id, row.effective_from
        )
        return None
    return RuleOverride(
        rule_id=row.rule_id,
        days=days,
        unit=unit,
        reason=row.reason,
        effective_from=row.effective_from,
    )


def _install_rule_pack(session: Session, pack: RulePack | None = None) -> int:
    """Copy the shipped pack's rule versions into the ``rules`` table once per pack version."""
    pack = pack or shipped_rule_pack()
    present = session.scalar(
        select(RuleRow.id).where(
            RuleRow.source == "pack", RuleRow.pack_version == pack.pack_version
        )
    )
    if present is not None:
        return 0
    count = 0
    for rule in pack.all_versions():
        session.add(
            RuleRow(
                rule_id=rule.id,
                effective_from=rule.effective_from,
                effective_to=rule.effective_to,
                pack_version=pack.pack_version,
                source="pack",
                data=rule.to_dict(),
            )
        )
        count += 1
    append_audit(session, "rules.install_pack", entity="rules", detail={"pack": pack.pack_version})
    return count


def ensure_rule_pack(db: Database, actor: Actor) -> int:
    """Load the shipped rule pack into a database that does not have this version yet
    (maintenance: the administrator, or ``SYSTEM`` at start-up and upgrade)."""
    require(actor, Role.ADMINISTRATOR, action="nạp bộ quy tắc thời hạn")
    with db.session() as session:
        return _install_rule_pack(session)


def override_rule(
    session: Session,
    actor: Actor,
    rule_id: str,
    *,
    days: int,
    unit: str,
    effective_from: dt.date,
    reason: str,
) -> RuleRow:
    """Record an administrator's override of a rule (a reason is mandatory; audited).

    Refused with ``ValidationFailed`` when the reason is missing, the unit unknown, the
    number of days outside what the law could set (1–365 calendar or 1–250 working days) or
    the date outside 1990–2100. Only an administrator may override.
    """
    require(actor, Role.ADMINISTRATOR, action="thay đổi quy tắc thời hạn")
    user_id = actor.user_id
    reason = reason.strip()
    errors: dict[str, str] = {}
    if not reason:
        errors["reason"] = "Phải nêu lý do khi thay đổi quy tắc thời hạn."
    elif len(reason) > MAX_REASON or control_problem(reason, "Lý do"):
        errors["reason"] = control_problem(reason, "Lý do") or f"Lý do tối đa {MAX_REASON} ký tự."
    if unit not in MAX_RULE_DAYS:
        errors["unit"] = "Đơn vị thời hạn phải là 'calendar' (ngày) hoặc 'working' (ngày làm việc)."
    elif isinstance(days, bool) or not 1 <= days <= MAX_RULE_DAYS[unit]:
        label = "ngày" if unit == "calendar" else "ngày làm việc"
        errors["days"] = f"Số ngày phải từ 1 đến {MAX_RULE_DAYS[unit]} {label} (nhận {days})."
    if not MIN_YEAR <= effective_from.year <= MAX_YEAR:
        errors["effective_from"] = f"Ngày áp dụng phải trong các năm {MIN_YEAR}–{MAX_YEAR}."
    if errors:
        raise ValidationFailed(errors)
    try:
        shipped_rule_pack().get(rule_id, effective_from)
    except UnknownRuleError as exc:  # unknown id, or not in force on that day
        raise ValidationFailed({"rule_id": str(exc)}) from exc
    row = RuleRow(
        rule_id=rule_id,
        effective_from=effective_from,
        source="override",
        reason=reason,
        data={"days": days, "unit": unit},
        created_by=user_id,
    )
    session.add(row)
    session.flush()
    append_audit(
        session,
        "rules.override",
        entity="rule",
        entity_id=rule_id,
        user_id=user_id,
        origin_desk=actor.desk_code,
        detail={"days": days, "unit": unit, "from": effective_from.isoformat(), "reason": reason},
    )
    return row


def set_calendar_day(
    session: Session,
    actor: Actor,
    day: dt.date,
    *,
    kind: str,
    name: str,
    reason: str = "",
    confirmed: bool = True,
) -> CalendarDay:
    """Add or change an extra day off (``off``) or make-up working day (``work``); audited.

    ``confirmed=False`` records an estimate (a day expected but not yet announced). Only an
    administrator may change the calendar.
    """
    require(actor, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
    user_id = actor.user_id
    errors: dict[str, str] = {}
    if kind not in ("off", "work"):
        errors["kind"] = OFFICE("calendar.kind")
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        errors["day"] = OFFICE("calendar.year", first=MIN_YEAR, last=MAX_YEAR)
    if not name.strip() or len(name) > 200:
        errors["name"] = OFFICE("calendar.name")
    for text, what, key in ((name, "Tên ngày", "name"), (reason, "Văn bản công bố", "reason")):
        problem = control_problem(text, what)
        if problem:
            errors[key] = problem
    if len(reason) > MAX_REASON:
        errors["reason"] = OFFICE("calendar.reason_long", limit=MAX_REASON)
    if errors:
        raise ValidationFailed(errors)
    row = session.scalar(select(CalendarDay).where(CalendarDay.day == day))
    if row is None:
        row = CalendarDay(
            day=day, kind=kind, name=name, reason=reason, created_by=user_id, confirmed=confirmed
        )
        session.add(row)
    else:
        row.kind, row.name, row.reason, row.deleted_at = kind, name, reason, None
        row.confirmed, row.updated_by = confirmed, user_id
    session.flush()
    append_audit(
        session,
        "calendar.set_day",
        entity="calendar_day",
        entity_id=day.isoformat(),
        user_id=user_id,
        origin_desk=actor.desk_code,
        detail={"kind": kind, "name": name, "reason": reason, "confirmed": confirmed},
    )
    return row


def remove_calendar_day(
    session: Session, actor: Actor, day: dt.date, *, reason: str = ""
) -> CalendarDay:
    """Withdraw the office's entry for ``day``: the package's calendar applies again; audited."""
    require(actor, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
    user_id = actor.user_id
    row = session.scalar(
        select(CalendarDay).where(CalendarDay.day == day, CalendarDay.deleted_at.is_(None))
    )
    if row is None:
        raise ValidationFailed({"day": OFFICE("calendar.not_listed", day=day.strftime("%d/%m/%Y"))})
    row.deleted_at, row.updated_by = dt.datetime.now(dt.UTC), user_id
    session.flush()
    append_audit(
        session,
        "calendar.remove_day",
        entity="calendar_day",
        entity_id=day.isoformat(),
        user_id=user_id,
        origin_desk=actor.desk_code,
        detail={"kind": row.kind, "name": row.name, "reason": reason},
    )
    return row


def confirm_calendar_day(
    session: Session, actor: Actor, day: dt.date, *, reason: str = ""
) -> CalendarDay:
    """Record that ``day``'s status (day off or make-up day) is officially announced; audited."""
    require(actor, Role.ADMINISTRATOR, action="thay đổi lịch ngày nghỉ")
    calendar = _load_rulebook(session).calendar
    if calendar.is_confirmed(day):
        raise ValidationFailed(
            {"day": OFFICE("calendar.already_official", day=day.strftime("%d/%m/%Y"))}
        )
    name = calendar.name_of(day) or ""
    kind = "work" if calendar.is_working_day(day) else "off"
    return set_calendar_day(
        session, actor, day, kind=kind, name=name, reason=reason, confirmed=True
    )
