"""Report operations: build a form, drill into a cell, lock/unlock a period, opening balances.

Aggregate figures carry no personal data and need no role. Drill-down lists name people, so
it needs a supervisor, leader or administrator; so do locking and exports. Locking stores
the figures as sent; a locked report is always shown as sent, with the differences the
records now give listed beside it. Unlocking needs a reason; both are audited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.report_periods import CutoffRule, Period, PeriodKind
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.progress import Progress, step
from tcd_desktop.services.reports.engine import Report, _count_form
from tcd_desktop.services.reports.forms import FormDecl, get_form
from tcd_desktop.store.audit import append_audit, current_anchor
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AppMeta, OpeningBalance, Unit
from tcd_desktop.store.models.reports import ReportLock

__all__ = [
    "CUTOFF_META_KEY",
    "READ_ROLES",
    "build_report",
    "find_form",
    "lock_report",
    "report_cutoff",
    "set_cutoff_day",
    "set_opening_balance",
    "unlock_report",
]

CUTOFF_META_KEY = "reports.cutoff_day"
READ_ROLES = (Role.SUPERVISOR, Role.LEADER, Role.ADMINISTRATOR)


def find_form(code: str) -> FormDecl:
    """The form ``code`` or a Vietnamese :class:`ServiceError` listing the known codes."""
    try:
        return get_form(code)
    except KeyError:
        from tcd_desktop.services.reports.forms import form_codes

        known = ", ".join(form_codes())
        raise ServiceError(f"Không có biểu số {code!r}. Các biểu: {known}.") from None


def _cutoff_rule(session: Session) -> CutoffRule:
    """The data cut-off day in force in this database (default 14)."""
    meta = session.get(AppMeta, CUTOFF_META_KEY)
    return CutoffRule(int(meta.value)) if meta and meta.value.strip() else CutoffRule()


def report_cutoff(db: Database, actor: Actor) -> CutoffRule:
    """The data cut-off day in force (any signed-in user who reads reports)."""
    require(actor, *READ_ROLES, action="xem ngày chốt số liệu báo cáo")
    with db.session() as s:
        return _cutoff_rule(s)


def set_cutoff_day(db: Database, actor: Actor, day: int, reason: str) -> OpResult[CutoffRule]:
    """Change the cut-off day (administrators only, reason mandatory, audited)."""
    require(actor, Role.ADMINISTRATOR, action="đổi ngày chốt số liệu báo cáo")
    if not reason.strip():
        raise ServiceError("Cần ghi lý do đổi ngày chốt số liệu.")
    rule = CutoffRule(day)
    with db.session() as s:
        meta = s.get(AppMeta, CUTOFF_META_KEY)
        old = meta.value if meta else ""
        if meta is None:
            s.add(AppMeta(key=CUTOFF_META_KEY, value=str(day)))
        else:
            meta.value = str(day)
        append_audit(
            s,
            "report.cutoff_day",
            entity="app_meta",
            entity_id=CUTOFF_META_KEY,
            detail={"from": old, "to": day, "reason": reason},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return OpResult(rule, Changes.of(Entity.SETTING, [CUTOFF_META_KEY]))


def _opening(s: Session, form: FormDecl, period: Period) -> dict[uuid.UUID, dict[int, int]]:
    rows = s.execute(
        select(OpeningBalance.unit_id, OpeningBalance.column_no, OpeningBalance.value).where(
            OpeningBalance.deleted_at.is_(None),
            OpeningBalance.form_code == form.code,
            OpeningBalance.as_of.between(period.start, period.end),
        )
    )
    out: dict[uuid.UUID, dict[int, int]] = {}
    for unit_id, no, value in rows:
        cols = out.setdefault(unit_id, {})
        cols[no] = cols.get(no, 0) + value
    return out


def _active_lock(s: Session, form: FormDecl, period: Period, scope: str) -> ReportLock | None:
    return s.scalar(
        select(ReportLock).where(
            ReportLock.form_code == form.code,
            ReportLock.period_from == period.start,
            ReportLock.period_to == period.end,
            ReportLock.scope == scope,
            ReportLock.unlocked_at.is_(None),
            ReportLock.deleted_at.is_(None),
        )
    )


def _count(
    s: Session,
    form: FormDecl,
    period: Period,
    unit_code: str | None,
    progress: Progress | None = None,
) -> Report:
    try:
        opening = _opening(s, form, period)
        return _count_form(s, form, period, unit_code, opening=opening, progress=progress)
    except KeyError:
        raise ServiceError(f"Không có cơ quan, đơn vị mã {unit_code!r}.") from None


def _differences(sent: dict[str, Any], now: Report) -> list[dict[str, Any]]:
    out = []

    def keyed(rows: list[tuple[str, str, list[Any]]]) -> dict[tuple[str, str, int], list[Any]]:
        # level subtotals of several top units share (level, ""): the n-th one meets the n-th
        seen: dict[tuple[str, str], int] = {}
        out: dict[tuple[str, str, int], list[Any]] = {}
        for level, unit, values in rows:
            n = seen[(level, unit)] = seen.get((level, unit), -1) + 1
            out[(level, unit, n)] = values
        return out

    live = keyed([(r.level, r.unit, r.values) for r in now.rows] + [("total", "", now.total)])
    sent_rows = [(r["level"], r["unit"], r["values"]) for r in sent.get("rows", [])]
    sent_rows.append(("total", "", sent.get("total", [])))
    for (level, unit, _n), values in keyed(sent_rows).items():
        current = live.get((level, unit, _n))
        if current is None:
            continue
        for i, (a, b) in enumerate(zip(values, current, strict=False)):
            if a != b:
                out.append({"unit": unit, "level": level, "column": i + 1, "sent": a, "now": b})
    return out


def build_report(
    db: Database,
    actor: Actor,
    form_code: str,
    period: Period,
    unit_code: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """The filled form; a locked period comes back as sent, with ``differences`` to now.

    ``progress`` hears the counting stages and may stop the count (nothing is written).
    """
    require(actor, *READ_ROLES, action="xem báo cáo định kỳ")
    form = find_form(form_code)
    with db.session() as s:
        report = _count(s, form, period, unit_code, progress)
        report.anchor = current_anchor(s).line()  # the report carries the audit anchor (#12)
        lock = _active_lock(s, form, period, unit_code or "")
        if lock is None:
            return report
        step(progress, "Đối chiếu với số liệu đã khóa")
        sent = dict(lock.figures)
        locked = {
            "at": lock.locked_at.isoformat(),
            "by": str(lock.locked_by or ""),
            "due": lock.due_on.isoformat() if lock.due_on else None,
        }
    live = report
    report = Report(form, period, [], sent["total"], scope=unit_code or "", anchor=live.anchor)
    from tcd_desktop.services.reports.engine import ReportRow

    report.rows = [
        ReportRow(r["unit"], r.get("name", ""), r["level"], list(r["values"])) for r in sent["rows"]
    ]
    report.locked = locked
    report.differences = _differences(sent, live)
    return report


def report_due_on(period: Period) -> dt.date | None:
    """The day a statutory report of ``period`` is due (the rating pack's ``due_days``
    after its end); ``None`` for custom, thematic and ad-hoc ranges (due on request)."""
    if period.kind in (PeriodKind.CUSTOM, PeriodKind.THEMATIC, PeriodKind.AD_HOC):
        return None
    from tcd_desktop.services.dashboard.punctuality import due_on
    from tcd_desktop.services.dashboard.rating import load_pack

    return due_on(period.end, load_pack().due_days)


def lock_report(
    db: Database,
    actor: Actor,
    form_code: str,
    period: Period,
    unit_code: str | None = None,
    progress: Progress | None = None,
) -> OpResult[Report]:
    """Store the figures as sent (supervisors); refused when the period is already locked.

    The figures are counted again first; stopped through ``progress``, nothing is locked.
    """
    require(actor, Role.SUPERVISOR, action="khóa số liệu kỳ báo cáo")
    form = find_form(form_code)
    with db.session() as s:
        if _active_lock(s, form, period, unit_code or ""):
            raise ServiceError(f"Biểu {form.code} kỳ {period.label} đã khóa.")
        report = _count(s, form, period, unit_code, progress)
        step(progress, "Khóa số liệu")
        figures = report.to_dict()
        lock = ReportLock(
            form_code=form.code,
            period_from=period.start,
            period_to=period.end,
            scope=unit_code or "",
            figures=figures,
            locked_by=actor.user_id,
            locked_at=utcnow(),
            created_by=actor.user_id,
            origin_desk=actor.desk_code,
            due_on=report_due_on(period),
        )
        s.add(lock)
        s.flush()
        append_audit(
            s,
            "report.lock",
            entity="report_locks",
            entity_id=lock.id,
            detail={
                "form": form.code,
                "from": period.start,
                "to": period.end,
                "scope": unit_code or "",
                "total": report.total,
            },
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
        report.locked = {
            "at": lock.locked_at.isoformat(),
            "by": str(actor.user_id or ""),
            "due": lock.due_on.isoformat() if lock.due_on else None,
        }
        lock_id = lock.id
    return OpResult(report, Changes.of(Entity.REPORT, [lock_id]))


def unlock_report(
    db: Database,
    actor: Actor,
    form_code: str,
    period: Period,
    reason: str,
    unit_code: str | None = None,
) -> OpResult[None]:
    """Unlock a sent period (supervisors), with a mandatory reason; audited."""
    require(actor, Role.SUPERVISOR, action="mở khóa số liệu kỳ báo cáo")
    if not reason.strip():
        raise ServiceError("Cần ghi lý do mở khóa kỳ báo cáo.")
    form = find_form(form_code)
    with db.session() as s:
        lock = _active_lock(s, form, period, unit_code or "")
        if lock is None:
            raise ServiceError(f"Biểu {form.code} kỳ {period.label} chưa khóa.")
        lock.unlocked_at, lock.unlocked_by, lock.unlock_reason = utcnow(), actor.user_id, reason
        lock.updated_by = actor.user_id
        append_audit(
            s,
            "report.unlock",
            entity="report_locks",
            entity_id=lock.id,
            detail={"form": form.code, "from": period.start, "to": period.end, "reason": reason},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
        lock_id = lock.id
    return OpResult(None, Changes.of(Entity.REPORT, [lock_id]))


def set_opening_balance(
    db: Database,
    actor: Actor,
    unit_code: str,
    form_code: str,
    column_no: int,
    as_of: dt.date,
    value: int,
    note: str = "",
) -> OpResult[uuid.UUID]:
    """Enter one carried-over figure, once per unit, form and column; audited."""
    require(actor, Role.SUPERVISOR, action="nhập số liệu kỳ trước chuyển sang")
    with db.session() as s:
        row_id = enter_opening(s, actor, unit_code, form_code, column_no, as_of, value, note)
    return OpResult(row_id, Changes.of(Entity.REPORT, [row_id]))


def enter_opening(
    s: Session,
    actor: Actor,
    unit_code: str,
    form_code: str,
    column_no: int,
    as_of: dt.date,
    value: int,
    note: str = "",
) -> uuid.UUID:
    """:func:`set_opening_balance` inside the caller's transaction (role already checked)."""
    form = find_form(form_code)
    try:
        column = form.column(column_no)
    except KeyError:
        raise ServiceError(f"Biểu {form.code} không có cột {column_no}.") from None
    if column.formula or not column.rule.counted:
        raise ServiceError(f"Cột {column_no} của biểu {form.code} không nhập số dư được.")
    if value < 0:
        raise ServiceError("Số liệu kỳ trước chuyển sang không được âm.")
    unit_id = s.scalar(select(Unit.id).where(Unit.code == unit_code))
    if unit_id is None:
        raise ServiceError(f"Không có cơ quan, đơn vị mã {unit_code!r}.")
    dup = s.scalar(
        select(OpeningBalance.id).where(
            OpeningBalance.unit_id == unit_id,
            OpeningBalance.form_code == form.code,
            OpeningBalance.column_no == column_no,
            OpeningBalance.deleted_at.is_(None),
        )
    )
    if dup is not None:
        raise ServiceError(
            f"Đã nhập số dư cột {column_no} biểu {form.code} cho đơn vị {unit_code}."
        )
    row = OpeningBalance(
        unit_id=unit_id,
        form_code=form.code,
        column_no=column_no,
        as_of=as_of,
        value=value,
        note=note,
        created_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    s.add(row)
    s.flush()
    append_audit(
        s,
        "report.opening_balance",
        entity="report_opening_balances",
        entity_id=row.id,
        detail={
            "unit": unit_code,
            "form": form.code,
            "column": column_no,
            "as_of": as_of,
            "value": value,
            "note": note,
        },
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
    )
    return row.id
