"""Dates the law and the calendar forbid, checked before a step is recorded.

An event that has already happened (a petition accepted, a notice sent, a dialogue held, a
decision issued) cannot be dated after today. A dialogue scheduled on a day state bodies do
not work is allowed but must be confirmed, and the officer is told why the day is not a
working day. The screens call these before the step's own service.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.rulebook import _load_rulebook


def future_date_message(what: str, on: dt.date, today: dt.date) -> str | None:
    """A Vietnamese refusal when ``on`` (the date of ``what``, already done) is after today."""
    if on <= today:
        return None
    return (
        f"{what} ({format_vn_date(on)}) chưa đến: việc đã làm không thể ghi ngày sau "
        f"hôm nay ({format_vn_date(today)})."
    )


def not_held_yet_message(scheduled_on: dt.date | None, today: dt.date) -> str | None:
    """A refusal when a dialogue is recorded as held before the day it was scheduled for."""
    if scheduled_on is None or scheduled_on <= today:
        return None
    return (
        f"Buổi đối thoại được hẹn ngày {format_vn_date(scheduled_on)}, chưa đến ngày đó nên "
        "chưa thể ghi nhận là đã tổ chức."
    )


def non_working_day_reason(session: Session, actor: Actor, on: dt.date) -> str | None:
    """Why ``on`` is not a working day ("Thứ Bảy", a holiday's name), ``None`` when it is.

    Uses the office's calendar, including the days off and make-up Saturdays the
    administrator added. Any signed-in user may ask.
    """
    if not actor.roles:
        raise PermissionDenied(SERVICE_MESSAGES("permission.not_assigned", username=actor.username))
    calendar = _load_rulebook(session).calendar
    return calendar.day_off_reason(on)


def non_working_day_question(on: dt.date, reason: str) -> str:
    """The confirmation asked before scheduling on a day off."""
    if reason.startswith(("Thứ ", "Chủ nhật")):
        reason = reason[:1].lower() + reason[1:]
    return (
        f"Ngày {format_vn_date(on)} không phải ngày làm việc ({reason}). Vẫn đặt lịch vào ngày này?"
    )
