"""Checks made when a complaint or a denunciation is accepted (thụ lý).

* Complaint time bar (K1, Luật Khiếu nại Điều 9; KD1 for a disciplinary decision, Điều 48):
  counted from the day the complainant received or learnt of the decision or act, with the
  recorded objective obstacles (illness, disaster, work or study far away ...) excluded.
  A complaint lodged too late is refused, citing Điều 11 khoản 6.
* Denunciation acceptance conditions (Luật Tố cáo Điều 29 k1, Điều 24 k3) as a checklist:
  every condition must be ticked, and "new evidence" too when the denounced person lawfully
  resolved the denouncer's earlier complaint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.complaint_rules import DenunciationCondition, NonAcceptanceGround
from tcd_desktop.domain.deadlines import DeadlineError
from tcd_desktop.domain.messages import Listed
from tcd_desktop.services.cases.messages import MESSAGES
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.messages import error_text
from tcd_desktop.services.rulebook import Rulebook

Span = tuple[dt.date, dt.date]


def check_time_bar(
    book: Rulebook,
    received_on: dt.date,
    known_on: dt.date | None,
    obstacles: Sequence[Span],
    obstacle_reason: str,
    *,
    disciplinary: bool = False,
) -> tuple[dict[str, object], list[str]]:
    """Refuse a first complaint lodged after its time limit; returns (details, warnings)."""
    rule_id = "KD1" if disciplinary else "K1"
    if known_on is None:  # not given (older screens): recorded as not checked
        return {"time_bar_rule": rule_id, "time_bar_checked": False}, []
    if known_on > received_on:
        raise ValidationFailed({"decision_known_on": MESSAGES("time_bar.known_after_received")})
    reason = obstacle_reason.strip()
    if obstacles and not reason:
        raise ValidationFailed({"obstacle_reason": MESSAGES("time_bar.obstacle_reason_missing")})
    try:
        limit = book.deadline(rule_id, known_on, paused=list(obstacles))
    except DeadlineError as exc:
        raise ValidationFailed({"obstacles": error_text(exc)}) from exc
    details: dict[str, object] = {
        "decision_known_on": known_on.isoformat(),
        "time_bar_rule": rule_id,
        "time_bar_due": limit.due.isoformat(),
        "obstacles": [[a.isoformat(), b.isoformat()] for a, b in obstacles],
        "obstacle_reason": reason,
    }
    if received_on > limit.due:
        raise StepNotAllowed(
            MESSAGES(
                "time_bar.expired",
                days=limit.days,
                known_on=format_vn_date(known_on),
                due=format_vn_date(limit.due),
                citation=limit.citation,
                received_on=format_vn_date(received_on),
                ground_citation=NonAcceptanceGround.TIME_BARRED.citation,
            )
        )
    return details, []


def check_denunciation_conditions(
    conditions: Sequence[str] | None, *, against_complaint_resolver: bool
) -> dict[str, object]:
    """Refuse acceptance unless every applicable condition is ticked; returns the details.

    ``conditions=None`` means the caller did not use the checklist (older screens): the
    acceptance is recorded without it.
    """
    if conditions is None:
        return {}
    chosen = set(conditions)
    unknown = chosen - set(DenunciationCondition._value2member_map_)
    if unknown:
        raise ValidationFailed(
            {"conditions": MESSAGES("conditions.unknown", conditions=", ".join(sorted(unknown)))}
        )
    needed = [c for c in DenunciationCondition if c.always_required or against_complaint_resolver]
    missing = [c for c in needed if c.value not in chosen]
    if missing:
        raise StepNotAllowed(MESSAGES("conditions.missing", missing=Listed(missing, "; ")))
    return {"conditions": sorted(chosen), "against_complaint_resolver": against_complaint_resolver}
