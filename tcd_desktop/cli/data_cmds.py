"""``demo-data``, ``search`` and ``board``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from tcd_desktop.cli.auth import sign_in_if_named, signed_in
from tcd_desktop.cli.common import CliError, check_int, check_text, emit, open_db, parse_date
from tcd_desktop.cli.dashboard_cmds import period_arg
from tcd_desktop.cli.gate import ADMIN_ONLY, gate
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.board import CaseFilter, board_counts
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.models import Citizen
from tcd_desktop.store.queries.board import BOARD_STATES, unit_id_by_code
from tcd_desktop.store.queries.search import search

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BOARD_LABELS = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "on_track": "Trong hạn",
    "paused": "Tạm dừng",
    "closed_on_time": "Đã xong đúng hạn",
    "closed_late": "Đã xong quá hạn",
}


#: Who may search citizens and petitions (personal data), as on the screens.
SEARCH_ROLES = (Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)
SEARCH_LIMIT = 10_000


def today_vn() -> dt.date:
    """Today's date in Việt Nam."""
    return dt.datetime.now(VN_TZ).date()


def cmd_demo_data(ns: argparse.Namespace) -> int:
    """Fill the database with generated sample data (refused on a database with real data)."""
    if ns.cases < 1 or ns.cases > 5_000_000:
        raise CliError("--cases phải từ 1 đến 5.000.000.")
    from tcd_desktop.services.demo_data import DemoDataError, generate_demo_data

    db = open_db(ns.database)
    try:
        actor = gate(ns, db, ADMIN_ONLY, "tạo dữ liệu mẫu")  # a set-up office: its administrator
        with db.session() as session:
            existing = session.scalar(select(func.count()).select_from(Citizen)) or 0
        if existing:
            raise CliError(
                "Cơ sở dữ liệu đã có dữ liệu; chỉ tạo dữ liệu mẫu trên cơ sở dữ liệu trống "
                f"({db.display_name()}).",
                exit_code=1,
            )
        started = time.perf_counter()
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            if not ns.json and (now - last[0] > 1 or done == total):
                last[0] = now
                print(f"  {stage}: {done:,}/{total:,}", file=sys.stderr)

        try:
            summary = generate_demo_data(
                db, actor or SYSTEM, cases=ns.cases, seed=ns.seed, progress=progress
            )
        except DemoDataError as exc:  # e.g. the office's desk code is a sample one
            raise CliError(str(exc), exit_code=1) from None
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    data = {"database": db.display_name(), "seed": ns.seed, "seconds": round(elapsed, 1)}
    data.update(getattr(summary, "counts", {}) or {})
    emit(
        ns.json,
        data,
        f"Đã tạo DỮ LIỆU MẪU ({ns.cases:,} vụ việc, seed {ns.seed}) trong {elapsed:.1f} giây "
        f"tại {db.display_name()}.",
    )
    return 0


def cmd_search(ns: argparse.Namespace) -> int:
    """Citizens and petitions matching the text, without needing diacritics."""
    check_text(ns.text, "Nội dung cần tìm", max_len=200)
    if not ns.text.strip():
        raise CliError("Hãy nhập nội dung cần tìm.")
    limit = check_int(ns.limit, 1, SEARCH_LIMIT, "--limit")
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        signed_in(ns, db, *SEARCH_ROLES, action="tìm công dân và đơn")
        with db.session() as session:
            hits = search(session, ns.text, limit=limit)
    finally:
        db.close()
    labels = {"citizen": "Công dân", "petition": "Đơn"}
    lines = [f"{labels[h.type]:<9} {h.name} — {h.text}" for h in hits] or ["Không tìm thấy."]
    emit(ns.json, [h.to_dict() for h in hits], "\n".join(lines))
    return 0


def cmd_board(ns: argparse.Namespace) -> int:
    """The case board's counts by deadline state (same numbers the board shows)."""
    today = parse_date(ns.today, "--today") if ns.today else today_vn()
    if ns.unit is not None:
        check_text(ns.unit, "--unit", max_len=64, required=True)
    db = open_db(ns.database, upgrade=False, must_exist=True)
    try:
        sign_in_if_named(ns, db)  # networked office: read under the named user's role
        unit_id = None
        if ns.unit:
            with db.session() as session:
                unit_id = unit_id_by_code(session, ns.unit)
            if unit_id is None:
                raise CliError(f"Không có cơ quan, đơn vị mã {ns.unit!r}.")
        period = period_arg(getattr(ns, "period", None), today)
        flt = CaseFilter(
            unit_id=unit_id,
            include_children=not getattr(ns, "only_unit", False),
            closed_from=period.start if period else None,
            closed_to=period.end if period else None,
        )
        # The same service and window the board screen uses, so the numbers agree.
        data = board_counts(db, SYSTEM, flt, today=today)
    finally:
        db.close()
    lines = [f"Bảng vụ việc ngày {today:%d/%m/%Y}" + (f" — đơn vị {ns.unit}" if ns.unit else "")]
    lines.append(
        f"  Đã xong trong kỳ: {period.label} ({period.start:%d/%m/%Y}–{period.end:%d/%m/%Y})"
        if period
        else "  Đã xong: toàn bộ thời gian"
    )
    lines += [f"  {BOARD_LABELS[k]:<18} {data[k]:>9,}" for k in BOARD_STATES]
    emit(ns.json, data, "\n".join(lines))
    return 0
