"""The rule book: the shipped rule pack plus the database's overrides and calendar days.

Services and commands ask the rule book for due dates; it knows which rule version is in
force on a start date, the working calendar (holidays package + the office's extra days off
and make-up Saturdays), and every administrator override, each audited.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.config.resources import resource_path
from tcd_desktop.domain.calendar import CalendarAnnouncements, CalendarOverride, WorkingCalendar
from tcd_desktop.domain.deadlines import Deadline, compute_deadline
from tcd_desktop.domain.rules import RuleOverride, RulePack, load_rule_pack
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import CalendarDay, RuleRow

RULE_PACK_FILE = ("rules", "rules-v1.json")
CALENDAR_FILE = ("calendar", "announcements.json")


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


def load_rulebook(session: Session | None = None) -> Rulebook:
    """The rule book for a database (or the shipped defaults without one)."""
    pack = shipped_rule_pack()
    overrides: list[CalendarOverride] = []
    if session is not None:
        rows = session.scalars(
            select(RuleRow).where(RuleRow.source == "override", RuleRow.deleted_at.is_(None))
        ).all()
        if rows:
            pack = pack.apply_overrides([_override_from_row(r) for r in rows])
        overrides = [
            CalendarOverride(day=d.day, kind=d.kind, name=d.name, confirmed=d.confirmed)
            for d in session.scalars(
                select(CalendarDay).where(CalendarDay.deleted_at.is_(None))
            ).all()
        ]
    return Rulebook(pack=pack, calendar=WorkingCalendar(overrides, shipped_announcements()))


def _override_from_row(row: RuleRow) -> RuleOverride:
    data: dict[str, Any] = dict(row.data)
    return RuleOverride(
        rule_id=row.rule_id,
        days=int(data["days"]),
        unit=data["unit"],
        reason=row.reason,
        effective_from=row.effective_from,
    )


def install_rule_pack(session: Session, pack: RulePack | None = None) -> int:
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


def ensure_rule_pack(db: Database) -> int:
    """Load the shipped rule pack into a database that does not have this version yet."""
    with db.session() as session:
        return install_rule_pack(session)


def override_rule(
    session: Session,
    rule_id: str,
    *,
    days: int,
    unit: str,
    effective_from: dt.date,
    reason: str,
    user_id: uuid.UUID | None = None,
) -> RuleRow:
    """Record an administrator's override of a rule (a reason is mandatory; audited)."""
    reason = reason.strip()
    if not reason:
        raise ValueError("Phải nêu lý do khi thay đổi quy tắc thời hạn.")
    if days <= 0:
        raise ValueError("Số ngày phải lớn hơn 0.")
    shipped_rule_pack().get(rule_id, effective_from)  # unknown id raises a clear error
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
        detail={"days": days, "unit": unit, "from": effective_from.isoformat(), "reason": reason},
    )
    return row


def set_calendar_day(
    session: Session,
    day: dt.date,
    *,
    kind: str,
    name: str,
    reason: str = "",
    user_id: uuid.UUID | None = None,
    confirmed: bool = True,
) -> CalendarDay:
    """Add or change an extra day off (``off``) or make-up working day (``work``); audited.

    ``confirmed=False`` records an estimate (a day expected but not yet announced).
    """
    if kind not in ("off", "work"):
        raise ValueError("Loại ngày phải là 'off' (nghỉ) hoặc 'work' (làm bù).")
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
        detail={"kind": kind, "name": name, "reason": reason, "confirmed": confirmed},
    )
    return row


def remove_calendar_day(
    session: Session, day: dt.date, *, reason: str = "", user_id: uuid.UUID | None = None
) -> CalendarDay:
    """Withdraw the office's entry for ``day``: the package's calendar applies again; audited."""
    row = session.scalar(
        select(CalendarDay).where(CalendarDay.day == day, CalendarDay.deleted_at.is_(None))
    )
    if row is None:
        raise ValueError(
            f"Ngày {day.strftime('%d/%m/%Y')} không có trong lịch do cơ quan nhập nên không có gì "
            "để xoá (ngày lễ theo luật: dùng --work để ghi là ngày làm việc)."
        )
    row.deleted_at, row.updated_by = dt.datetime.now(dt.UTC), user_id
    session.flush()
    append_audit(
        session,
        "calendar.remove_day",
        entity="calendar_day",
        entity_id=day.isoformat(),
        user_id=user_id,
        detail={"kind": row.kind, "name": row.name, "reason": reason},
    )
    return row


def confirm_calendar_day(
    session: Session, day: dt.date, *, reason: str = "", user_id: uuid.UUID | None = None
) -> CalendarDay:
    """Record that ``day``'s status (day off or make-up day) is officially announced; audited."""
    calendar = load_rulebook(session).calendar
    if calendar.is_confirmed(day):
        raise ValueError(
            f"Ngày {day.strftime('%d/%m/%Y')} đã là ngày chính thức, không cần xác nhận."
        )
    name = calendar.name_of(day) or ""
    kind = "work" if calendar.is_working_day(day) else "off"
    return set_calendar_day(
        session, day, kind=kind, name=name, reason=reason, user_id=user_id, confirmed=True
    )
