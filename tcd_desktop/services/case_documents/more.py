"""Form data of the denunciation documents added to the case screen: the decision accepting
the denunciation (NĐ 31/2019 Mẫu 04) and the notice of its contents to the person denounced
(Mẫu 06). Both are built from texts with the denouncer's identifiers removed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import vn_short_date
from tcd_desktop.documents.fields import Official, Signer
from tcd_desktop.documents.forms.denunciation_conclusion import (
    ConclusionItem,
    DenunciationFinding,
    PublicConclusionData,
)
from tcd_desktop.documents.forms.denunciation_notices import (
    DenouncedNoticeData,
    DenunciationAcceptanceDecisionData,
)
from tcd_desktop.documents.forms.processing_more import AcceptanceProposalData
from tcd_desktop.documents.forms.verification import (
    VerificationDecisionData,
    VerificationReportData,
)
from tcd_desktop.documents.forms.verification_work import ExpertRequestData, WorkMinutesData
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services.case_documents.facts import RecordFacts, _acceptance_reference, person_of
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.services.identity import redact
from tcd_desktop.store.models import User


def _contents(facts: RecordFacts) -> tuple[str, ...]:
    case = facts.case
    assert case is not None
    text = redact(case.summary, facts.people) if facts.sealed else case.summary
    return tuple(line.strip() for line in text.splitlines() if line.strip()) or (PLACEHOLDER,)


def acceptance_decision(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Quyết định thụ lý tố cáo (Mẫu 04) dated the day the case was accepted."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built
    from tcd_desktop.services.case_documents.denunciation import time_limit_text

    case = facts.case
    assert case is not None
    event = facts.last(Step.ACCEPTANCE)
    number = str(event.data.get("number") or "").strip() if event else ""
    return Built(
        DenunciationAcceptanceDecisionData(
            issuer=facts.body.issuer,
            issued_on=on or case.accepted_on or case.received_on,
            authority_title=facts.body.authority_title,
            denounced=facts.respondent or PLACEHOLDER,
            contents=_contents(facts),
            time_limit=time_limit_text(session, actor, case) or PLACEHOLDER,
            signer=facts.body.signer,
            received_on=case.received_on,
        ),
        number=number or None,
    )


def denounced_notice(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Thông báo về nội dung tố cáo to the person denounced (Mẫu 06)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built, issue_day

    issued_on = issue_day(facts, on)
    return Built(
        DenouncedNoticeData(
            issuer=facts.body.issuer,
            issued_on=issued_on,
            denounced=facts.respondent or PLACEHOLDER,
            acceptance_decision=_acceptance_reference(session, facts),
            contents=_contents(facts),
            signer=facts.body.signer,
            resolver=facts.body.authority_title,
        )
    )


def acceptance_proposal(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Phiếu đề xuất thụ lý đơn (TT 05/2021 Mẫu 01): the assigned officer proposes, the
    competent head approves; dated the day the petition was processed (else accepted)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built

    case, petition = facts.case, facts.petition
    assert case is not None
    user = session.get(User, case.assignee_id) if case.assignee_id else None
    prior = _prior(petition.prior_handling if petition is not None else [])
    kind = (
        PetitionKind.DENUNCIATION if case.kind == CaseKind.DENUNCIATION else PetitionKind.COMPLAINT
    )
    issued_on = on or (petition.processed_on if petition and petition.processed_on else None)
    conditions = (
        "đơn đủ điều kiện thụ lý theo khoản 1 Điều 29 Luật Tố cáo"
        if kind is PetitionKind.DENUNCIATION
        else "đơn không thuộc các trường hợp không thụ lý tại Điều 11 Luật Khiếu nại"
    )
    return Built(
        AcceptanceProposalData(
            issuer=facts.body.issuer,
            issued_on=issued_on or case.accepted_on or case.received_on,
            petitioner=person_of(facts.citizen),
            petition_kind=kind,
            received_on=case.received_on,
            content=case.summary,
            resolver=facts.body.authority_title,
            proposer=Official(user.full_name if user else "", (user.title or "") if user else ""),
            approver=facts.body.signer,
            respondent=facts.respondent,
            prior_resolution=prior or "Chưa được cơ quan nào giải quyết",
            conditions=conditions,
        )
    )


def _prior(entries: list[object]) -> str:
    out = []
    for e in entries or []:
        if isinstance(e, dict):
            text = " ".join(str(e.get(k) or "").strip() for k in ("body", "decision_number"))
            if text.strip():
                out.append(text.strip())
        elif str(e).strip():
            out.append(str(e).strip())
    return "; ".join(out)


def _matter(facts: RecordFacts) -> str:
    case = facts.case
    assert case is not None
    if case.kind == CaseKind.DENUNCIATION:
        return f"tố cáo đối với {facts.respondent or PLACEHOLDER} (người bị tố cáo)"
    person = person_of(facts.citizen)
    target = f"đối với {facts.respondent}" if facts.respondent else f"về việc {case.summary}"
    return f"khiếu nại của {person.pronoun} {person.full_name} {target}"


def verification_decision(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """The decision assigning verification (complaint) or setting up the team (NĐ 31 Mẫu 07),
    from the «Giao xác minh» step."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built

    case = facts.case
    assert case is not None
    event = facts.last(Step.ASSIGN_VERIFICATION)
    if event is None:
        raise StepNotAllowed("Vụ việc chưa có bước «Giao xác minh».")
    content = str(event.data.get("content") or "")
    if facts.sealed:
        content = redact(content, facts.people)
    lines = tuple(t.strip() for t in content.splitlines() if t.strip()) or _contents(facts)
    days = event.data.get("days")
    return Built(
        VerificationDecisionData(
            issuer=facts.body.issuer,
            issued_on=on or event.occurred_on,
            authority_title=facts.body.authority_title,
            matter=_matter(facts),
            verifier=str(event.data.get("verifier") or PLACEHOLDER),
            contents=lines,
            days=int(days) if days else None,
            signer=facts.body.signer,
            denunciation=case.kind == CaseKind.DENUNCIATION,
            acceptance_decision=_acceptance_reference(session, facts),
        )
    )


def verification_report(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """The verification report (complaint) or the team's report (NĐ 31 Mẫu 10), from the
    «Báo cáo kết quả xác minh» step; issued by the resolving body to its head."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built

    case = facts.case
    assert case is not None
    event = facts.last(Step.VERIFICATION_REPORT)
    if event is None:
        raise StepNotAllowed("Vụ việc chưa có bước «Báo cáo kết quả xác minh».")
    assigned = facts.last(Step.ASSIGN_VERIFICATION)
    findings = redact(event.note, facts.people) if facts.sealed else event.note
    assignment = (
        f"nhiệm vụ xác minh được giao ngày {vn_short_date(assigned.occurred_on)}"
        if assigned
        else PLACEHOLDER
    )
    return Built(
        VerificationReportData(
            issuer=facts.body.issuer,
            issued_on=on or event.occurred_on,
            resolver=facts.body.authority_title,
            matter=_matter(facts),
            assignment=assignment,
            contents=_contents(facts),
            findings=findings,
            conclusion=PLACEHOLDER,
            signer=Signer(
                str(assigned.data.get("verifier") or "") if assigned else "", "Người xác minh"
            ),
            denunciation=case.kind == CaseKind.DENUNCIATION,
        )
    )


def official_conclusion(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Kết luận nội dung tố cáo (Mẫu 12), the official text sent to the person denounced and
    their managing body (Luật Tố cáo Điều 40 k1): as recorded, sealed like the file."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None and case.decision_on is not None
    report = facts.last(Step.VERIFICATION_REPORT)
    handling = facts.last(Step.HANDLING)
    finding = (
        DenunciationFinding(case.decision_result)
        if case.decision_result in DenunciationFinding._value2member_map_
        else None
    )
    item = ConclusionItem(
        content=case.summary, verification=report.note if report else "", finding=finding
    )
    from tcd_desktop.services.case_documents.built import Built

    return Built(
        PublicConclusionData(
            issuer=facts.body.issuer,
            issued_on=on or case.decision_on,
            denounced=facts.respondent or PLACEHOLDER,
            acceptance_decision=_acceptance_reference(session, facts),
            items=(item,),
            signer=facts.body.signer,
            resolver=facts.body.authority_title,
            verification_report=(
                f"Báo cáo kết quả xác minh ngày {vn_short_date(report.occurred_on)}"
                if report
                else ""
            ),
            handling=(handling.note,) if handling and handling.note.strip() else (),
            public=False,
        ),
        number=case.decision_number,
    )


def work_minutes(session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None) -> object:
    """Biên bản làm việc của Tổ xác minh (NĐ 31 Mẫu 08) pre-filled from the «Giao xác minh»
    step (the team, the person denounced, the contents); what was said prints as dots."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built, issue_day

    event = facts.last(Step.ASSIGN_VERIFICATION)
    if event is None:
        raise StepNotAllowed("Vụ việc chưa có bước «Giao xác minh».")
    day = on or max(event.occurred_on, issue_day(facts, None))
    zone = dt.timezone(dt.timedelta(hours=7))
    return Built(
        WorkMinutesData(
            issuer=facts.body.issuer,
            started_at=dt.datetime.combine(day, dt.time(8, 0), tzinfo=zone),
            location=PLACEHOLDER,
            team=(Official(str(event.data.get("verifier") or PLACEHOLDER)),),
            others=(Official(facts.respondent or PLACEHOLDER, "người bị tố cáo"),),
            purpose="Làm việc về các nội dung tố cáo: " + "; ".join(_contents(facts)),
            content=PLACEHOLDER,
        )
    )


def expert_request(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Trưng cầu giám định (NĐ 31 Mẫu 09) for the case under verification; the expert body,
    the items and the questions print as dots for the drafter."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built, issue_day

    if facts.last(Step.ASSIGN_VERIFICATION) is None:
        raise StepNotAllowed("Vụ việc chưa có bước «Giao xác minh».")
    return Built(
        ExpertRequestData(
            issuer=facts.body.issuer,
            issued_on=issue_day(facts, on),
            expert_body=PLACEHOLDER,
            matter=_matter(facts),
            items=(),
            questions=(),
            signer=facts.body.signer,
        )
    )


def _as_result(built: object) -> object:
    """The body's own report (NĐ 31 Mẫu 11) from the same record as the team's (Mẫu 10)."""
    data = built.data  # type: ignore[attr-defined]
    return type(built)(dataclasses.replace(data, team=False), built.number)  # type: ignore[attr-defined,call-arg]


MORE_BUILDERS = {
    "tc.work_minutes": work_minutes,
    "tc.expert_request": expert_request,
    "tc.conclusion": official_conclusion,
    "kn.verification_decision": verification_decision,
    "tc.verification_team": verification_decision,
    "kn.verification_report": verification_report,
    "tc.verification_report": verification_report,
    "tc.verification_result": lambda s, a, f, on: _as_result(verification_report(s, a, f, on)),
    "xld.proposal": acceptance_proposal,
    "tc.acceptance_decision": acceptance_decision,
    "tc.denounced_notice": denounced_notice,
}
"""Builders added to ``case_documents.forms.BUILDERS``."""
