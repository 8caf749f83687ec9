"""Acceptance (thụ lý): a processed petition becomes a case with its legal clock.

The case gets its kind and level, the complexity finding (criteria of NĐ 124/2020 Điều 3a /
NĐ 31/2019 Điều 3 in writing), the remote-area flag, the assigned officer, the rule set in
force on the acceptance date and a human code from the desk's series.  A second complaint is
a new level-2 case linked to the first, accepted only inside the K5 window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.domain.workflow import CaseKind, ComplexityCriterion, ProcessingOutcome, Step
from tcd_desktop.services.cases.acceptance_checks import (
    check_denunciation_conditions,
    check_time_bar,
)
from tcd_desktop.services.cases.clock import _recompute_due, second_complaint_window
from tcd_desktop.services.cases.core import (
    OFFICERS,
    StepResult,
    _events_of,
    _load_case,
    _rulebook_for,
    check_version,
    ensure_allowed,
    finish_step,
    workflow_state,
)
from tcd_desktop.services.cases.hierarchy import _require_superior
from tcd_desktop.services.cases.messages import HIERARCHY, MESSAGES
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.rulebook import Rulebook
from tcd_desktop.store.models import Case, Petition, Reception, Unit, User
from tcd_desktop.store.numbering import format_number, next_number

CASE_SERIES = "case"
MASS_SIGNATORIES = 5


@dataclass(frozen=True)
class AcceptanceInput:
    """What the officer decides when accepting a petition (thụ lý)."""

    accepted_on: dt.date
    assignee_id: uuid.UUID | None = None
    level: int = 1
    first_case_id: uuid.UUID | None = None
    complexity_criteria: Sequence[str] = ()
    complexity_finding: str = ""
    very_complex: bool = False
    remote: bool | None = None
    representatives_appointed: bool | None = None
    summary: str | None = None
    document_id: uuid.UUID | None = None
    note: str = ""
    #: complaint: day the decision or act was received or learnt of (K1/KD1 time bar)
    decision_known_on: dt.date | None = None
    #: complaint: objective-obstacle spans not counted in the time bar, with their reason
    obstacles: Sequence[tuple[dt.date, dt.date]] = ()
    obstacle_reason: str = ""
    #: complaint against a disciplinary decision (Luật KN Điều 48–53: KD1–KD4)
    disciplinary: bool = False
    dismissal: bool = False
    #: denunciation: the acceptance conditions ticked (Luật TC Điều 29 k1, 24 k3); None: none
    conditions: Sequence[str] | None = None
    against_complaint_resolver: bool = False


def case_code(session: Session, actor: Actor, unit: Unit, on: dt.date) -> str:
    """Next human case code from the desk's series (the unit code when no desk is set)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    desk = actor.desk_code or unit.code
    return format_number(desk, on.year, next_number(session, desk, CASE_SERIES, on.year))


def check_complexity(
    kind: str, criteria: Sequence[str], finding: str, very_complex: bool
) -> tuple[list[str], bool, bool]:
    """Validate a complexity finding; returns (criteria, is_complex, is_very_complex)."""
    errors: dict[str, str] = {}
    chosen = list(dict.fromkeys(criteria))
    unknown = [c for c in chosen if c not in ComplexityCriterion._value2member_map_]
    if unknown:
        errors["complexity_criteria"] = MESSAGES("complexity.unknown", criteria=", ".join(unknown))
    if chosen and kind not in (CaseKind.COMPLAINT, CaseKind.DENUNCIATION):
        errors["complexity_criteria"] = MESSAGES("complexity.kind")
    if (chosen or very_complex) and not finding.strip():
        errors["complexity_finding"] = MESSAGES("complexity.finding_missing")
    if very_complex and len(chosen) < 2:
        errors["complexity_criteria"] = MESSAGES("complexity.very_two_criteria")
    if very_complex and kind != CaseKind.DENUNCIATION:
        errors["very_complex"] = MESSAGES("complexity.very_only_denunciation")
    if errors:
        raise ValidationFailed(errors)
    return chosen, bool(chosen), very_complex


def _case_kind(petition: Petition) -> CaseKind:
    if petition.is_anonymous:
        return CaseKind.ANONYMOUS
    return CaseKind(PetitionKind(petition.kind).value)


def _check_petition(session: Session, petition: Petition, data: AcceptanceInput) -> None:
    if petition.status != CaseStatus.RECEIVED:
        raise StepNotAllowed(
            MESSAGES(
                "acceptance.already_processed",
                number=petition.number,
                status=CaseStatus(petition.status),
            )
        )
    if petition.is_over_level:
        raise StepNotAllowed(MESSAGES("acceptance.over_level"))
    if data.accepted_on < petition.received_on:
        raise ValidationFailed(
            {
                "accepted_on": MESSAGES(
                    "acceptance.before_received", date=format_vn_date(petition.received_on)
                )
            }
        )
    appointed = data.representatives_appointed
    if appointed is None and petition.reception_id is not None:
        reception = session.get(Reception, petition.reception_id)
        appointed = bool(reception and reception.representatives_appointed)
    if petition.signatory_count >= MASS_SIGNATORIES and not appointed and not petition.is_anonymous:
        raise StepNotAllowed(
            MESSAGES("acceptance.mass_not_appointed", count=petition.signatory_count)
        )
    if data.assignee_id is not None and session.get(User, data.assignee_id) is None:
        raise ValidationFailed({"assignee_id": MESSAGES("acceptance.assignee_gone")})


def _acceptance_clock(kind: CaseKind, level: int, disciplinary: bool = False) -> str | None:
    if kind == CaseKind.COMPLAINT:
        if disciplinary:
            return "KD3"
        return "K2" if level == 1 else "K6"
    if kind == CaseKind.DENUNCIATION:
        return "D1"
    return None


def _second_complaint_window(
    session: Session, book: Rulebook, first_id: uuid.UUID, lodged_on: dt.date
) -> Case:
    first = _load_case(session, first_id)
    if first.kind != CaseKind.COMPLAINT:
        raise StepNotAllowed(MESSAGES("acceptance.second_only_complaint"))
    events = _events_of(session, first.id)
    ensure_allowed(workflow_state(first, events), Step.SECOND_COMPLAINT, lodged_on)
    window, what = second_complaint_window(book, first, events)
    if lodged_on > window.due:
        raise StepNotAllowed(
            MESSAGES(
                "acceptance.second_too_late",
                date=format_vn_date(window.due),
                days=window.days,
                since=what,
                citation=window.citation,
            )
        )
    return first


def accept(session: Session, actor: Actor, petition: Petition, data: AcceptanceInput) -> StepResult:
    """Create the case of an accepted petition (permission and version checked by caller)."""
    require(actor, *OFFICERS, action="xử lý vụ việc")
    _check_petition(session, petition, data)
    kind = _case_kind(petition)
    book = _rulebook_for(session)
    criteria, is_complex, very = check_complexity(
        kind, data.complexity_criteria, data.complexity_finding, data.very_complex
    )
    first: Case | None = None
    details: dict[str, object] = {"petition_id": str(petition.id), "petition": petition.number}
    warnings: list[str] = []
    disciplinary = data.disciplinary and kind == CaseKind.COMPLAINT
    if kind == CaseKind.COMPLAINT and data.level == 1:
        found, notes = check_time_bar(
            book,
            petition.received_on,
            data.decision_known_on,
            data.obstacles,
            data.obstacle_reason,
            disciplinary=disciplinary,
        )
        details.update(found)
        warnings.extend(notes)
    if kind == CaseKind.DENUNCIATION:
        details.update(
            check_denunciation_conditions(
                data.conditions, against_complaint_resolver=data.against_complaint_resolver
            )
        )
    if data.level == 2:
        if kind != CaseKind.COMPLAINT or data.first_case_id is None:
            raise ValidationFailed({"first_case_id": MESSAGES("acceptance.first_case_missing")})
        first = _second_complaint_window(session, book, data.first_case_id, petition.received_on)
        disciplinary = first.is_disciplinary
        _require_superior(
            session,
            petition.unit_id,
            first.unit_id,
            HIERARCHY("superior.second_complaint"),
            "Luật Khiếu nại 2011, Điều 7 khoản 1, Điều 18–21",
        )
    elif data.level != 1:
        raise ValidationFailed({"level": MESSAGES("acceptance.level")})
    unit = session.get(Unit, petition.unit_id)
    assert unit is not None
    case = Case(
        code=case_code(session, actor, unit, data.accepted_on),
        petition_id=petition.id,
        unit_id=petition.unit_id,
        citizen_id=petition.citizen_id,
        parent_case_id=first.id if first else None,
        kind=kind.value,
        level=data.level,
        field_code=petition.field_code,
        summary=(data.summary or petition.summary).strip(),
        status=CaseStatus.ACCEPTED.value,
        is_complex=is_complex,
        is_very_complex=very,
        complexity_grounds=criteria,
        is_remote=unit.is_remote if data.remote is None else data.remote,
        is_mass=petition.signatory_count >= MASS_SIGNATORIES,
        is_repeat=petition.duplicate_of_id is not None,
        assignee_id=data.assignee_id,
        received_on=petition.received_on,
        accepted_on=data.accepted_on,
        rule_set_on=data.accepted_on,
        created_by=actor.user_id,
        updated_by=actor.user_id,
        origin_desk=actor.desk_code,
        is_disciplinary=disciplinary,
        is_dismissal=disciplinary and (data.dismissal or bool(first and first.is_dismissal)),
    )
    session.add(case)
    session.flush()
    _recompute_due(session, case, book)
    clock = _acceptance_clock(kind, data.level, disciplinary)
    if clock is not None:
        limit = book.deadline(clock, petition.received_on)
        due = limit.due
        if clock == "D1" and petition.processing_due_on and petition.processing_due_on > due:
            due = petition.processing_due_on  # initial check extended to 10 working days
        details.update({"clock": clock, "clock_due": due.isoformat()})
        if data.accepted_on > due:
            details["late"] = True
            warnings.append(
                MESSAGES(
                    "acceptance.late",
                    clock=clock,
                    date=format_vn_date(due),
                    citation=limit.citation,
                )
            )
    if criteria:
        details.update({"criteria": criteria, "very_complex": very})
    petition.status = CaseStatus.ACCEPTED.value
    petition.processing_outcome = ProcessingOutcome.ACCEPT.value
    petition.processed_on = data.accepted_on
    petition.updated_by = actor.user_id
    note = "\n".join(t for t in (data.note.strip(), data.complexity_finding.strip()) if t)
    result = finish_step(
        session,
        actor,
        case,
        Step.ACCEPTANCE,
        data.accepted_on,
        note=note,
        document_id=data.document_id,
        data=details,
        warnings=warnings,
        created_case_id=case.id,
    )
    if first is not None:
        finish_step(
            session,
            actor,
            first,
            Step.SECOND_COMPLAINT,
            max(petition.received_on, data.accepted_on),
            data={
                "child_case_id": str(case.id),
                "child_code": case.code,
                "received_on": petition.received_on.isoformat(),
            },
        )
    return result


def check_petition_version(petition: Petition, expected: int | None) -> None:
    """Optimistic check of a petition row."""
    check_version(petition.version, expected, "đơn")
