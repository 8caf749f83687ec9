"""``deadline`` and ``calendar``: the legal clock from the command line."""

from __future__ import annotations

import argparse
import datetime as dt

from tcd_desktop.cli.common import (
    CliError,
    check_int,
    check_text,
    database_exists,
    emit,
    open_db,
    parse_date,
)
from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.deadlines import DeadlineError
from tcd_desktop.domain.rules import RuleNotInForceError, UnknownRuleError
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.rulebook import Rulebook, load_rulebook, shipped_rulebook

#: The law allows at most two extensions; a few more are accepted so that the law's own
#: message ("không được gia hạn quá ...") answers, but not numbers that cannot be real.
MAX_EXTENSIONS = 10
MAX_PAUSES = 100


def _rulebook(url_arg: str | None) -> Rulebook:
    """The database's rule book when it exists; the shipped rules otherwise (nothing created)."""
    if not database_exists(resolve_database_url(url_arg)):
        return shipped_rulebook()
    db = open_db(url_arg, upgrade=False)
    try:
        with db.session() as session:
            return load_rulebook(session, SYSTEM)
    finally:
        db.close()


def _parse_span(text: str) -> tuple[dt.date, dt.date]:
    start_s, sep, end_s = text.partition(":")
    if not sep:
        raise CliError(
            f"--paused phải có dạng FROM:TO, ví dụ 2026-08-10:2026-08-20 (nhận {text!r})"
        )
    start, end = parse_date(start_s, "ngày bắt đầu tạm dừng"), parse_date(end_s, "ngày kết thúc")
    if end < start:
        raise CliError(f"Khoảng tạm dừng {text!r}: ngày kết thúc trước ngày bắt đầu.")
    return start, end


def cmd_deadline(ns: argparse.Namespace) -> int:
    """Compute one due date with its legal basis and explanation."""
    start = parse_date(ns.start, "--from")
    check_text(ns.rule, "Mã quy tắc", max_len=16, required=True)
    if ns.extensions < 0:
        raise CliError("--extensions không được âm.")
    check_int(ns.extensions, 0, MAX_EXTENSIONS, "--extensions")
    if len(ns.paused) > MAX_PAUSES:
        raise CliError(f"Nhiều nhất {MAX_PAUSES} khoảng --paused.")
    paused = [_parse_span(p) for p in ns.paused]
    book = _rulebook(ns.database)
    rule_id = ns.rule.strip().upper()
    try:
        deadline = book.deadline(
            rule_id,
            start,
            complex=ns.complex or ns.very_complex,
            very_complex=ns.very_complex,
            remote=ns.remote,
            extensions=ns.extensions,
            paused=paused,
            days=getattr(ns, "days", None),
        )
    except (UnknownRuleError, RuleNotInForceError, DeadlineError) as exc:
        raise CliError(str(exc)) from exc
    data = deadline.to_dict()
    rule = book.pack.get(rule_id, start)
    data.setdefault("step", rule.step_vi)
    text = "\n".join(
        [
            f"{rule_id} — {rule.step_vi}",
            f"Bắt đầu: {format_vn_date(deadline.start)}",
            f"Hạn:     {format_vn_date(deadline.due)}",
            f"Căn cứ:  {deadline.citation}",
            *(
                ["CHƯA CHẮC CHẮN: " + _days_text(deadline.unconfirmed_days)]
                if deadline.unconfirmed_days
                else []
            ),
            "",
            deadline.explanation,
        ]
    )
    emit(ns.json, data, text)
    return 0


def cmd_calendar(ns: argparse.Namespace) -> int:
    """List the year's non-working weekdays and make-up working days."""
    if not 1990 <= ns.year <= 2100:
        raise CliError(f"Năm {ns.year} nằm ngoài khoảng hỗ trợ (1990–2100).")
    cal = _rulebook(ns.database).calendar
    off = cal.non_working_weekdays(ns.year)
    work = cal.makeup_working_days(ns.year)
    ann = cal.announcements

    def entry(d: dt.date, n: str) -> dict[str, object]:
        confirmed = cal.is_confirmed(d)
        out: dict[str, object] = {
            "date": d.isoformat(),
            "weekday": d.isoweekday(),
            "name": n,
            "confirmed": confirmed,
        }
        if not confirmed and ann is not None and ann.note_for(n):
            out["note"] = ann.note_for(n)
        return out

    data = {
        "year": ns.year,
        "announced": ann is None or ns.year <= ann.announced_through,
        "days_off": [entry(d, n) for d, n in off],
        "makeup_working_days": [entry(d, n) for d, n in work],
    }

    def line(d: dt.date, n: str) -> str:
        mark = "" if cal.is_confirmed(d) else "  [chưa xác nhận]"
        return f"  {_weekday(d)} {format_vn_date(d)}  {n}{mark}"

    lines = [f"Ngày nghỉ trong tuần làm việc năm {ns.year}:"]
    lines += [line(d, n) for d, n in off]
    lines.append(f"Ngày làm bù (thứ Bảy làm việc) năm {ns.year}:")
    lines += [line(d, n) for d, n in work] or ["  (không có)"]
    if any(not cal.is_confirmed(d) for d, _ in [*off, *work]):
        lines.append(
            "[chưa xác nhận]: ngày chưa được Nhà nước công bố chính thức (ước tính); thời hạn "
            "tính qua ngày này được ghi là chưa chắc chắn."
        )
    emit(ns.json, data, "\n".join(lines))
    return 0


def _days_text(days: tuple[tuple[dt.date, str], ...]) -> str:
    listed = ", ".join(f"{format_vn_date(d)} ({n})" for d, n in days)
    return f"hạn đã tính qua ngày chưa được công bố chính thức: {listed}"


def _weekday(d: dt.date) -> str:
    return ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")[
        d.weekday()
    ].ljust(8)
