"""The ``dashboard`` command's handler: the per-unit table as text or JSON, or a drill list."""

from __future__ import annotations

import argparse

from tcd_desktop.cli.common import CliError, emit, open_db, parse_date
from tcd_desktop.cli.dashboard_cmds import _today, period_arg
from tcd_desktop.domain.dashboard_period import Period, custom_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import SYSTEM

COLUMNS = (
    "overdue",
    "due_soon",
    "on_track",
    "paused",
    "closed_on_time",
    "closed_late",
    "backlog_30",
    "mass",
    "repeat",
)
SHORT = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp hạn",
    "on_track": "Trong hạn",
    "paused": "Tạm dừng",
    "closed_on_time": "Xong đúng",
    "closed_late": "Xong muộn",
    "backlog_30": ">30 ngày",
    "mass": "Đông người",
    "repeat": "Tái diễn",
}


def _period(ns: argparse.Namespace) -> Period:
    today = _today(ns)
    if ns.start or ns.end:
        if not (ns.start and ns.end) or ns.period:
            raise CliError("Dùng --period, hoặc cả --from và --to.")
        start, end = parse_date(ns.start, "--from"), parse_date(ns.end, "--to")
        if end < start:
            raise CliError("--to phải sau --from.")
        return custom_period(start, end)
    period = period_arg(ns.period, today)
    if period is None:
        raise CliError("Bảng tổng hợp cần một kỳ (không dùng all).")
    return period


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%".replace(".", ",")


def cmd_dashboard(ns: argparse.Namespace) -> int:
    """The per-unit table for a period (no sign-in), or ``--drill``: the cases of a number."""
    from tcd_desktop.services import dashboard
    from tcd_desktop.store.queries.board import unit_id_by_code

    period, today = _period(ns), _today(ns)
    if ns.drill and ns.drill not in dashboard.METRICS:
        raise CliError(
            f"Số liệu không có: {ns.drill!r}. Chọn một trong: {', '.join(dashboard.METRICS)}."
        )
    if ns.limit < 1:
        raise CliError("--limit phải lớn hơn 0.")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        unit_id = None
        if ns.unit:
            with db.session() as session:
                unit_id = unit_id_by_code(session, ns.unit)
            if unit_id is None:
                raise CliError(f"Không có cơ quan, đơn vị mã {ns.unit!r}.")
        if ns.drill:
            from tcd_desktop.cli.auth import signed_in

            actor = signed_in(ns, db, Role.SUPERVISOR, Role.LEADER, action="xem danh sách vụ việc")
            spec = dashboard.DrillSpec(ns.drill, period, unit_id, today=today)
            _w, page, total = dashboard.drill_page(db, actor, spec, limit=ns.limit)
            cards = [
                {
                    "code": c.code,
                    "kind": c.kind_label,
                    "citizen": c.citizen,
                    "unit": c.unit,
                    "received_on": c.received_on,
                    "due_on": c.due_on,
                    "closed_on": c.closed_on,
                }
                for c in page.cards
            ]
            data = {"metric": ns.drill, "period": _pdict(period), "total": total, "cases": cards}
            lines = [f"{dashboard.METRIC_LABELS_VI[ns.drill]} — {period.label}: {total} vụ việc"]
            lines += [f"  {c['code']:<24} {c['kind']:<12} {c['unit']}" for c in cards]
            if total and total > len(cards):
                lines.append(f"  … (hiện {len(cards)} / {total}; dùng --limit)")
            emit(ns.json, data, "\n".join(lines))
            return 0
        # aggregates name nobody: no sign-in needed, but a named user's database role is used
        from tcd_desktop.cli.auth import sign_in_if_named

        sign_in_if_named(ns, db)
        table = dashboard.load_table(db, SYSTEM, period, unit_id=unit_id, today=today)
    finally:
        db.close()
    emit(ns.json, _as_json(table), _as_text(table))
    return 0


def _pdict(period: Period) -> dict[str, str]:
    return {
        "key": period.key,
        "label": period.label,
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
    }


def _as_json(table: object) -> dict[str, object]:
    t = table  # DashboardTable
    rows = []
    for r in t.rows:  # type: ignore[attr-defined]
        rows.append(
            {
                "unit": r.code,
                "name": r.name,
                "level": r.level,
                "depth": r.depth,
                "former": r.former,
                "successor": r.successor,
                "values": r.total,
                "own": r.own,
                "on_time_rate": r.on_time_rate,
                "reception_days": {
                    "leaders": r.reception.leaders,
                    "held": r.reception.held,
                    "required": r.reception.required,
                },
            }
        )
    grades = [
        {
            "rank": g.rank,
            "unit": g.code,
            "score": g.score,
            "grade": g.grade,
            "label": g.grade_label,
            "reason": g.reason,
        }
        for g in t.grades  # type: ignore[attr-defined]
    ]
    return {
        "period": _pdict(t.period),  # type: ignore[attr-defined]
        "today": t.today.isoformat(),  # type: ignore[attr-defined]
        "as_of": t.as_of.isoformat(),  # type: ignore[attr-defined]
        "rows": rows,
        "total": t.totals,  # type: ignore[attr-defined]
        "on_time_rate": t.on_time_rate,  # type: ignore[attr-defined]
        "rating": {"version": t.rating_version, "grades": grades},  # type: ignore[attr-defined]
    }


def _as_text(table: object) -> str:
    t = table
    head = f"Bảng tổng hợp — {t.period.label} ({t.period.start:%d/%m/%Y}–{t.period.end:%d/%m/%Y})"  # type: ignore[attr-defined]
    lines = [head, f"Số liệu tính đến {t.as_of:%H:%M %d/%m/%Y}"]  # type: ignore[attr-defined]
    lines.append(
        f"{'Đơn vị':<34}" + "".join(f"{SHORT[c]:>11}" for c in COLUMNS) + f"{'Đúng hạn':>10}"
    )
    for r in t.rows:  # type: ignore[attr-defined]
        name = ("  " * r.depth + r.code)[:33]
        lines.append(
            f"{name:<34}"
            + "".join(f"{r.total[c]:>11,}" for c in COLUMNS)
            + f"{_pct(r.on_time_rate):>10}"
        )
    lines.append(
        f"{'Tổng cộng':<34}"
        + "".join(f"{t.totals[c]:>11,}" for c in COLUMNS)  # type: ignore[attr-defined]
        + f"{_pct(t.on_time_rate):>10}"
    )  # type: ignore[attr-defined]
    return "\n".join(lines)
