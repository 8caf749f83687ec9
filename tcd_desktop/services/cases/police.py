"""Transfer of a denunciation showing signs of a crime to the investigating body or the
procuracy (Luật Tố cáo 2018 Điều 36 k2): a step with its letter and its deadline (D7C).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.cases.clock import follow_up_due
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed

POLICE_RULE = "D7C"


def transfer_to_police(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    to_body: str,
    signs: str,
    found_on: dt.date | None = None,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> StepResult:
    """Chuyển hồ sơ: the file goes to ``to_body`` on ``on``; the limit (D7C) runs from the
    day the signs of a crime were found (``found_on``, default ``on``).  A late transfer is
    recorded with a warning; the letter is the ``tc.police_transfer`` document."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    body = require_text(to_body, "to_body", CASE_MESSAGES("step.police_body_missing"))
    what = require_text(signs, "signs", CASE_MESSAGES("step.crime_signs_missing"))
    found = found_on or on
    if found > on:
        raise ValidationFailed({"found_on": CASE_MESSAGES("police.found_after_transfer")})
    case, _events, _state = start_step(
        session, actor, case_id, Step.TO_POLICE, on, expected_version=expected_version
    )
    limit = follow_up_due(_rulebook_for(session), case, POLICE_RULE, found)
    warnings = []
    if on > limit.due:
        warnings.append(
            CASE_MESSAGES(
                "police.late",
                rule=POLICE_RULE,
                date=format_vn_date(limit.due),
                citation=limit.citation,
            )
        )
    return finish_step(
        session,
        actor,
        case,
        Step.TO_POLICE,
        on,
        note=what,
        document_id=document_id,
        warnings=warnings,
        data={
            "to_body": body,
            "signs": what,
            "found_on": found.isoformat(),
            "due_on": limit.due.isoformat(),
            "late": on > limit.due,
        },
    )
