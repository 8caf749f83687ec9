"""Record a workflow step from the values of its form: one operation for every step form.

The case window's step form (``ui/case/step_specs.py`` lists each step's fields) hands the
values it collected to :func:`record_step_form`; the table below maps each step to the case
service that records it, in one transaction. :func:`step_choices` fills the forms' choice
fields (officers to assign, dialogues held).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services import cases as svc
from tcd_desktop.services import dialogues
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.cases.screen import read_file
from tcd_desktop.services.cases.views import READERS
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users import users_with_role

Values = dict[str, Any]
Call = Callable[[Session, Actor, uuid.UUID, dt.date, Values, int | None], Any]


@dataclass(frozen=True)
class Officer:
    """Someone a case can be assigned to."""

    id: uuid.UUID
    full_name: str
    title: str


@dataclass(frozen=True)
class HeldDialogue:
    """A dialogue of the case that took place (for attaching its signed minutes)."""

    id: uuid.UUID
    at: dt.datetime
    place: str
    has_scan: bool


def _days(value: int) -> int | None:
    return value or None


def _required_id(value: str, name: str, message: str) -> uuid.UUID:
    if not value:
        raise ValidationFailed({name: message})
    return uuid.UUID(value)


def _assign(s: Session, a: Actor, c: uuid.UUID, on: dt.date, v: Values, ver: int | None) -> Any:
    who = _required_id(v["assignee"], "assignee_id", CASE_MESSAGES("assignment.assignee_missing"))
    return svc.assign_recommendation(
        s, a, c, on=on, assignee_id=who, due_on=v["due_on"], note=v["note"], expected_version=ver
    )


def _re_resolve(s: Session, a: Actor, c: uuid.UUID, on: dt.date, v: Values, ver: int | None) -> Any:
    who = uuid.UUID(v["assignee"]) if v["assignee"] else None
    return svc.decide_re_resolution(
        s,
        a,
        c,
        on=on,
        reopen=v["reopen"],
        ground=v["ground"] or None,
        assignee_id=who,
        note=v["note"],
        expected_version=ver,
    )


def _signed_minutes(
    s: Session, a: Actor, _c: uuid.UUID, on: dt.date, v: Values, _ver: int | None
) -> Any:
    dialogue_id = _required_id(v["dialogue"], "dialogue", CASE_MESSAGES("dialogue.held_missing"))
    if not v["scan"]:
        raise ValidationFailed({"scan": CASE_MESSAGES("dialogue.scan_missing")})
    path = Path(v["scan"])
    content = read_file(path, "scan")
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return dialogues.attach_signed_minutes(
        s, a, dialogue_id, on=on, filename=path.name, content=content, mime_type=mime
    )


def _withdraw(s: Session, a: Actor, c: uuid.UUID, on: dt.date, v: Values, ver: int | None) -> Any:
    return svc.withdraw(
        s,
        a,
        c,
        on=on,
        continue_reason=v.get("continue_reason", ""),
        note=v["note"],
        form=v["form"],
        withdrawing=v["withdrawing"],
        checks=v["checks"] if v["checks_done"] else None,
        expected_version=ver,
    )


CALLS: dict[Step, Call] = {
    Step.ACCEPTANCE_NOTICE: lambda s, a, c, on, v, ver: svc.send_acceptance_notice(
        s, a, c, on=on, recipients=v["recipients"], expected_version=ver
    ),
    Step.MARK_COMPLEX: lambda s, a, c, on, v, ver: svc.mark_complex(
        s,
        a,
        c,
        on=on,
        criteria=v["criteria"],
        finding=v["finding"],
        very_complex=v["very_complex"],
        expected_version=ver,
    ),
    Step.ASSIGN_VERIFICATION: lambda s, a, c, on, v, ver: svc.assign_verification(
        s,
        a,
        c,
        on=on,
        verifier=v["verifier"],
        content=v["content"],
        days=_days(v["days"]),
        expected_version=ver,
    ),
    Step.VERIFICATION_REPORT: lambda s, a, c, on, v, ver: svc.submit_verification_report(
        s, a, c, on=on, summary=v["summary"], differs_from_demand=v["differs"], expected_version=ver
    ),
    Step.EXTENSION: lambda s, a, c, on, v, ver: svc.extend_resolution(
        s,
        a,
        c,
        on=on,
        reason=v["reason"],
        days=v["days"],
        number=v["number"],
        recipients=v["recipients"],
        expected_version=ver,
    ),
    Step.SUSPENSION: lambda s, a, c, on, v, ver: svc.suspend(
        s, a, c, on=on, ground=v["ground"], note=v["note"], expected_version=ver
    ),
    Step.RESUMPTION: lambda s, a, c, on, v, ver: svc.resume(
        s, a, c, on=on, note=v["note"], expected_version=ver
    ),
    Step.PARTIAL_WITHDRAWAL: lambda s, a, c, on, v, ver: svc.withdraw(
        s,
        a,
        c,
        on=on,
        partial=True,
        contents=v["contents"],
        note=v["note"],
        form=v["form"],
        expected_version=ver,
    ),
    Step.WITHDRAWAL: _withdraw,
    Step.TERMINATION: lambda s, a, c, on, v, ver: svc.terminate(
        s, a, c, on=on, ground=v["ground"], note=v["note"], expected_version=ver
    ),
    Step.DECISION: lambda s, a, c, on, v, ver: svc.decide_complaint(
        s,
        a,
        c,
        on=on,
        result=v["result"],
        number=v["number"],
        note=v["note"],
        dialogue_skip_reason=v["skip_reason"],
        expected_version=ver,
    ),
    Step.DECISION_RECEIVED: lambda s, a, c, on, v, ver: svc.record_decision_receipt(
        s, a, c, on=on, evidence=v["note"], expected_version=ver
    ),
    Step.CONCLUSION: lambda s, a, c, on, v, ver: svc.conclude_denunciation(
        s, a, c, on=on, result=v["result"], number=v["number"], note=v["note"], expected_version=ver
    ),
    Step.DISPATCH: lambda s, a, c, on, v, ver: svc.dispatch_decision(
        s, a, c, on=on, recipients=v["recipients"], expected_version=ver
    ),
    Step.LEGAL_EFFECT: lambda s, a, c, on, v, ver: svc.confirm_legal_effect(
        s, a, c, on=on, note=v["note"], expected_version=ver
    ),
    Step.HANDLING: lambda s, a, c, on, v, ver: svc.record_handling(
        s, a, c, on=on, measures=v["measures"], expected_version=ver
    ),
    Step.PUBLICATION: lambda s, a, c, on, v, ver: svc.publish(
        s, a, c, on=on, method=v["method"], expected_version=ver
    ),
    Step.ENFORCEMENT_UPDATE: lambda s, a, c, on, v, ver: svc.record_enforcement(
        s, a, c, on=on, progress=v["progress"], expected_version=ver
    ),
    Step.ENFORCEMENT_DONE: lambda s, a, c, on, v, ver: svc.record_enforcement(
        s, a, c, on=on, progress=v["progress"], done=True, expected_version=ver
    ),
    Step.ANSWER: lambda s, a, c, on, v, ver: svc.answer_recommendation(
        s, a, c, on=on, answer=v["answer"], expected_version=ver
    ),
    Step.CLOSE: lambda s, a, c, on, v, ver: svc.close_anonymous(
        s, a, c, on=on, outcome=v["outcome"], expected_version=ver
    ),
    Step.ASSIGNMENT: _assign,
    Step.FURTHER_DENUNCIATION: lambda s, a, c, on, v, ver: svc.lodge_further_denunciation(
        s, a, c, received_on=on, note=v["note"], expected_version=ver
    ),
    Step.RE_RESOLUTION: _re_resolve,
    Step.TO_POLICE: lambda s, a, c, on, v, ver: svc.transfer_to_police(
        s,
        a,
        c,
        on=on,
        to_body=v["to_body"],
        signs=v["signs"],
        found_on=v["found_on"],
        expected_version=ver,
    ),
    Step.CLOCK_STARTED: lambda s, a, c, on, v, ver: svc.start_clock(
        s, a, c, rule_id=v["rule"], on=on, note=v["note"], expected_version=ver
    ),
    Step.CLOCK_MET: lambda s, a, c, on, v, ver: svc.meet_clock(
        s, a, c, rule_id=v["rule"], on=on, note=v["note"], expected_version=ver
    ),
    Step.MINUTES_SIGNED: _signed_minutes,
}
"""The steps :func:`record_step_form` records, each with the service that records it."""


def record_step_form(
    db: Database,
    actor: Actor,
    step: Step,
    case_id: uuid.UUID,
    on: dt.date,
    values: Values,
    expected_version: int | None = None,
) -> OpResult[Any]:
    """Record ``step`` of the case on ``on`` with the form's ``values`` (one transaction);
    the service of the step checks the role the law gives it."""
    require(actor, *READERS, action="ghi nhận bước xử lý vụ việc")
    call = CALLS.get(Step(step))
    if call is None:
        raise StepNotAllowed(CASE_MESSAGES("step.not_this_form", step=Step(step)))
    with db.session() as session:
        result = call(session, actor, case_id, on, values, expected_version)
    changes = Changes.of(Entity.CASE, [case_id])
    if step == Step.MINUTES_SIGNED:
        changes = changes.plus(Entity.ATTACHMENT)
    return OpResult(result, changes)


def officers(db: Database, actor: Actor) -> list[Officer]:
    """Handling officers and leaders a case can be assigned to, by name."""
    require(actor, *READERS, action="xem danh sách cán bộ")
    with db.session() as session:
        people = {
            u.id: u
            for role in (Role.HANDLING_OFFICER, Role.LEADER)
            for u in users_with_role(session, actor, role)
        }
    return [
        Officer(u.id, u.full_name, u.title or "")
        for u in sorted(people.values(), key=lambda u: u.full_name)
    ]


def held_dialogues(db: Database, actor: Actor, case_id: uuid.UUID) -> list[HeldDialogue]:
    """The dialogues of the case that took place, oldest first."""
    require(actor, *READERS, action="xem vụ việc")
    out: list[HeldDialogue] = []
    with db.session() as session:
        for dialogue_id in dialogues.dialogues_of_case(session, actor, case_id):
            data = dialogues.dialogue_minutes_data(session, actor, dialogue_id)
            if data.held:
                when = dialogues.local(data.started_at or data.scheduled_at)
                out.append(
                    HeldDialogue(dialogue_id, when, data.place, data.signed_scan_id is not None)
                )
    return out


__all__ = [
    "CALLS",
    "HeldDialogue",
    "Officer",
    "held_dialogues",
    "officers",
    "record_step_form",
]
