"""Dialogues (đối thoại) of a complaint: schedule, hold and minute them (Luật KN Điều 30, 39;
NĐ 124/2020 Điều 28; minutes form Mẫu 14).

Scheduling warns (does not block) when the notice is shorter than K13 (≥ 05 days before).
Holding records attendance and absences with reasons, each side's opinions, the agreed and
disputed points and the result.  ``dialogue_minutes_data`` gives the documents layer
everything the minutes PDF needs; the signed scan is kept as an attachment with its hash.
Every field of the minutes is kept on the ``dialogues`` row; the timeline events repeat
them for the case history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.workflow import LAW_136_IN_FORCE, Step, status_after
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _rulebook_for,
    check_version,
    conflicts_as_errors,
    finish_step,
    require_text,
    start_step,
)
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.dialogues.data import (
    COMPLAINANT_SIDE,
    VN_TZ,
    Attendance,
    DialogueMinutesData,
    DialogueRole,
    DialogueScheduled,
    Opinion,
    Participant,
    SignatureBlock,
    SignatureRefusal,
    local,
    participant_of,
)
from tcd_desktop.services.errors import NotFound, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.store.models import Dialogue

__all__ = [
    "VN_TZ",
    "Attendance",
    "DialogueMinutesData",
    "DialogueRole",
    "DialogueScheduled",
    "Opinion",
    "Participant",
    "SignatureBlock",
    "SignatureRefusal",
    "local",
    "participant_of",
    "record_dialogue",
    "schedule_dialogue",
]


def _participants(items: Sequence[Participant]) -> list[dict[str, object]]:
    errors: dict[str, str] = {}
    out = []
    for i, p in enumerate(items):
        if p.role not in DialogueRole._value2member_map_:
            errors[f"participants[{i}].role"] = "Vai trò người tham gia không hợp lệ."
        if not p.name.strip():
            errors[f"participants[{i}].name"] = "Phải ghi họ tên người tham gia."
        out.append({**asdict(p), "name": p.name.strip()})
    if not any(p.role in COMPLAINANT_SIDE for p in items):
        errors["participants"] = "Phải mời người khiếu nại hoặc người đại diện của họ."
    if errors:
        raise ValidationFailed(errors)
    return out


def schedule_dialogue(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    on: dt.date,
    scheduled_at: dt.datetime,
    place: str,
    presiding: str,
    participants: Sequence[Participant],
    content: str = "",
    notice_sent_on: dt.date | None = None,
    document_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> DialogueScheduled:
    """Schedule a dialogue and record its notice; warn when notice is shorter than K13."""
    require(actor, *OFFICERS, action="ghi nhận đối thoại")
    if scheduled_at.tzinfo is None:
        raise ValidationFailed({"scheduled_at": "Thời điểm đối thoại phải có múi giờ."})
    where = require_text(place, "place", CASE_MESSAGES("dialogue.place_missing"))
    chair = require_text(presiding, "presiding", CASE_MESSAGES("dialogue.presiding_missing"))
    people = _participants(participants)
    case, _events, state = start_step(
        session, actor, case_id, Step.DIALOGUE_SCHEDULED, on, expected_version=expected_version
    )
    day = local(scheduled_at).date()
    if day < on:
        raise ValidationFailed({"scheduled_at": CASE_MESSAGES("dialogue.before_notice")})
    latest = _rulebook_for(session).deadline("K13", day)
    sent = notice_sent_on or on
    warnings = []
    if sent > latest.due:
        warnings.append(
            CASE_MESSAGES(
                "dialogue.notice_late",
                sent=format_vn_date(sent),
                due=format_vn_date(latest.due),
                days=latest.days,
                citation=latest.citation,
            )
        )
    dialogue = Dialogue(
        case_id=case.id,
        scheduled_at=scheduled_at,
        place=where,
        notice_sent_on=sent,
        presiding=chair,
        participants=people,
        content=content.strip(),
        copies=_copies(people),
        created_by=actor.user_id,
        origin_desk=actor.desk_code,
    )
    session.add(dialogue)
    session.flush()
    step = finish_step(
        session,
        actor,
        case,
        Step.DIALOGUE_SCHEDULED,
        on,
        status=status_after(state, Step.DIALOGUE_SCHEDULED),
        document_id=document_id,
        warnings=warnings,
        note=content,
        data={
            "dialogue_id": str(dialogue.id),
            "scheduled_at": scheduled_at.isoformat(),
            "place": where,
            "content": content.strip(),
            "notice_sent_on": sent.isoformat(),
            "notice_latest_on": latest.due.isoformat(),
            "short_notice": bool(warnings),
        },
    )
    return DialogueScheduled(dialogue.id, step, latest.due, warnings)


def _load_dialogue(session: Session, dialogue_id: uuid.UUID) -> Dialogue:
    dialogue = session.get(Dialogue, dialogue_id)
    if dialogue is None or dialogue.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.dialogue"))
    return dialogue


def _copies(people: Sequence[dict[str, object]]) -> int:
    """One copy per party and one for the file, at least 3 (NĐ 124/2020 Điều 28 k4)."""
    roles = [str(p["role"]) for p in people]
    sides = 1 + any(r in COMPLAINANT_SIDE for r in roles) + (DialogueRole.RESPONDENT in roles)
    sides += roles.count(DialogueRole.RELATED_PERSON) + roles.count(DialogueRole.BODY)
    return max(3, sides)


def record_dialogue(
    session: Session,
    actor: Actor,
    dialogue_id: uuid.UUID,
    *,
    held_on: dt.date,
    attendance: Sequence[Attendance],
    opinions: Sequence[Opinion],
    agreed_points: str,
    disputed_points: str,
    result: str,
    verification_summary: str = "",
    other_opinions: str = "",
    started_at: dt.datetime | None = None,
    ended_at: dt.datetime | None = None,
    refusals: Sequence[SignatureRefusal] = (),
    expected_version: int | None = None,
) -> StepResult:
    """Record that the dialogue took place: who came, what each side said, the outcome."""
    require(actor, *OFFICERS, action="ghi nhận đối thoại")
    dialogue = _load_dialogue(session, dialogue_id)
    check_version(dialogue.version, expected_version, "buổi đối thoại")
    outcome = require_text(result, "result", CASE_MESSAGES("dialogue.result_missing"))
    for name, stamp in (("started_at", started_at), ("ended_at", ended_at)):
        if stamp is not None and stamp.tzinfo is None:
            raise ValidationFailed({name: CASE_MESSAGES("dialogue.time_zone")})
    people = [
        dict(p) if isinstance(p, dict) else asdict(participant_of(p, i))
        for i, p in enumerate(dialogue.participants)
    ]
    by_name = {str(p["name"]): p for p in people}
    errors = {
        f"attendance[{i}]": f"«{a.name}» không có trong danh sách mời."
        for i, a in enumerate(attendance)
        if a.name not in by_name
    }
    errors |= {
        f"attendance[{i}].reason": "Phải ghi lý do vắng mặt."
        for i, a in enumerate(attendance)
        if not a.present and not a.reason.strip()
    }
    if errors:
        raise ValidationFailed(errors)
    for a in attendance:
        by_name[a.name].update(
            present=a.present,
            absence_reason=a.reason.strip(),
            absence_justified=None if a.present else a.justified,
        )
    case, _events, state = start_step(session, actor, dialogue.case_id, Step.DIALOGUE_HELD, held_on)
    side = [p for p in people if p["role"] in COMPLAINANT_SIDE]
    unexcused = bool(side) and all(
        p["present"] is False and not p["absence_justified"] for p in side
    )
    warnings = []
    if unexcused:
        warnings.append(
            CASE_MESSAGES(
                "dialogue.absent_continues"
                if held_on >= LAW_136_IN_FORCE
                else "dialogue.absent_reschedule"
            )
        )
    dialogue.participants = people
    dialogue.opinions = [asdict(o) for o in opinions]
    dialogue.agreed_points, dialogue.disputed_points = (
        agreed_points.strip(),
        disputed_points.strip(),
    )
    dialogue.result, dialogue.held = outcome, True
    dialogue.verification_summary = verification_summary.strip()
    dialogue.other_opinions, dialogue.copies = other_opinions.strip(), _copies(people)
    dialogue.started_at, dialogue.ended_at = started_at, ended_at
    dialogue.refusals = [asdict(r) for r in refusals]
    dialogue.updated_by = actor.user_id
    with conflicts_as_errors("buổi đối thoại"):
        session.flush()
    return finish_step(
        session,
        actor,
        case,
        Step.DIALOGUE_HELD,
        held_on,
        status=status_after(state, Step.DIALOGUE_HELD),
        note=outcome,
        warnings=warnings,
        data={
            "dialogue_id": str(dialogue.id),
            "verification_summary": dialogue.verification_summary,
            "other_opinions": dialogue.other_opinions,
            "copies": dialogue.copies,
            "started_at": started_at.isoformat() if started_at else None,
            "ended_at": ended_at.isoformat() if ended_at else None,
            "refusals": dialogue.refusals,
            "complainant_absent": unexcused,
        },
    )
