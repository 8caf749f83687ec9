"""Form data of a case's documents, built from its facts (:mod:`.facts`).

One builder per form code; each returns the form's dataclass and, when the document
already has its number (a decision recorded with its number), that number.  Whatever goes
to the person denounced or to the public (extension, suspension and resumption decisions
of a denunciation, the published conclusion) is built from texts with the denouncer's
identifiers removed; only the notice to the denouncer names them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import vn_short_date
from tcd_desktop.documents.forms.complaint_acceptance import ComplaintAcceptanceData
from tcd_desktop.documents.forms.complaint_decision import (
    ComplaintDecisionData,
    ComplaintFinding,
    FirstOutcome,
)
from tcd_desktop.documents.forms.denunciation_extension import ExtensionDecisionData
from tcd_desktop.documents.forms.suspension import SuspensionAction, SuspensionDecisionData
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.workflow import (
    CaseKind,
    DecisionResult,
    Step,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services.case_documents.built import Built, issue_day, masked_text, parse_day
from tcd_desktop.services.case_documents.denunciation import (
    denunciation_acceptance,
    public_conclusion,
)
from tcd_desktop.services.case_documents.facts import (
    EventFacts,
    RecordFacts,
    _acceptance_reference,
    _load_body,
    person_of,
)
from tcd_desktop.services.case_documents.minutes import dialogue_minutes
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.store.models import Case, Dialogue, Document


def _suspension_reference(session: Session, case: Case, event: EventFacts) -> str:
    """The suspension decision being lifted: the document linked to the step, else the
    latest one generated for the case since that day, else a line to fill in by hand."""
    doc = session.get(Document, event.document_id) if event.document_id else None
    if doc is None:
        code = "tc.suspension" if case.kind == CaseKind.DENUNCIATION else "kn.suspension"
        doc = session.scalar(
            select(Document)
            .where(
                Document.case_id == case.id,
                Document.form_code == code,
                Document.issued_on >= event.occurred_on,
                Document.deleted_at.is_(None),
            )
            .order_by(Document.created_at.desc())
            .limit(1)
        )
    if doc is not None and doc.number:
        return f"Quyết định số {doc.number} ngày {vn_short_date(doc.issued_on)}"
    return f"Quyết định tạm đình chỉ số {PLACEHOLDER} ngày {vn_short_date(event.occurred_on)}"


def complaint_acceptance(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> Built:
    """Thông báo thụ lý giải quyết khiếu nại (NĐ 124/2020 Mẫu 03)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None
    return Built(
        ComplaintAcceptanceData(
            issuer=facts.body.issuer,
            issued_on=issue_day(facts, on),
            complainant=person_of(facts.citizen),
            received_on=case.received_on,
            subject=case.summary,
            accepted=True,
            signer=facts.body.signer,
            level=case.level,
            resolver=facts.body.authority_title,
        )
    )


def complaint_decision(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> Built:
    """Quyết định giải quyết khiếu nại: the recorded decision with every legal content that
    the case already holds; the rest prints as dots for the drafter."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None and case.decision_on is not None
    report = facts.last(Step.VERIFICATION_REPORT)
    decided = facts.last(Step.DECISION)
    dialogue = session.scalar(
        select(Dialogue.result)
        .where(Dialogue.case_id == case.id, Dialogue.held.is_(True), Dialogue.deleted_at.is_(None))
        .order_by(Dialogue.scheduled_at.desc())
    )
    first, first_result, first_resolver = "", "", ""
    parent = session.get(Case, case.parent_case_id) if case.parent_case_id else None
    if case.level == 2 and parent is not None:
        first_resolver = _load_body(session, parent.unit_id).authority_title
    if case.level == 2 and parent is not None and parent.decision_number and parent.decision_on:
        first_body = _load_body(session, parent.unit_id)
        first = (
            f"Quyết định số {parent.decision_number} ngày "
            f"{vn_short_date(parent.decision_on)} của {first_body.authority_title}"
        )
        if parent.decision_result:
            first_result = f"khiếu nại {DecisionResult(parent.decision_result).label_vi.lower()}"
    finding = ComplaintFinding(case.decision_result) if case.decision_result else None
    data = decided.data if decided else {}
    outcome = str(data.get("first_outcome") or "")
    return Built(
        ComplaintDecisionData(
            issuer=facts.body.issuer,
            issued_on=on or case.decision_on,
            authority_title=facts.body.authority_title,
            complainant=person_of(facts.citizen),
            respondent=facts.respondent or PLACEHOLDER,
            signer=facts.body.signer,
            level=case.level,
            complaint_content=case.summary,
            first_decision=first,
            first_decision_result=first_result,
            verification_result=report.note if report else "",
            dialogue_result=dialogue or "",
            finding=finding,
            conclusion=decided.note if decided else "",
            next_level_body=facts.body.parent_authority if case.level == 1 else "",
            is_remote=case.is_remote,
            superior=facts.body.parent_authority,
            first_resolver=first_resolver,
            forwarded_by=_forwarder(facts, data),
            interested_parties=tuple(str(p) for p in data.get("interested_parties") or ()),
            first_outcome=(
                FirstOutcome(outcome) if outcome in FirstOutcome._value2member_map_ else None
            ),
        ),
        number=case.decision_number,
    )


def _forwarder(facts: RecordFacts, data: dict[str, Any]) -> str:
    """Who forwarded the complaint (Luật KN Điều 32, 41): recorded with the decision, else
    dots to fill in when the petition came from another body."""
    given = str(data.get("forwarded_by") or "").strip()
    forwarded = facts.petition is not None and facts.petition.channel == "forwarded"
    return given or (PLACEHOLDER if forwarded else "")


def _matter(facts: RecordFacts) -> str:
    case = facts.case
    assert case is not None
    if case.kind == CaseKind.DENUNCIATION:
        who = facts.respondent or PLACEHOLDER
        return f"đối với {who} (người bị tố cáo) về nội dung: {masked_text(facts, case.summary)}"
    person = person_of(facts.citizen)
    target = f"đối với {facts.respondent}" if facts.respondent else f"về việc {case.summary}"
    return f"của {person.pronoun} {person.full_name} {target}"


def stop_event(facts: RecordFacts) -> EventFacts | None:
    """The latest suspension, termination or (whole, not continued) withdrawal."""
    for event in reversed(facts.events):
        if event.kind in (Step.SUSPENSION.value, Step.TERMINATION.value):
            return event
        if event.kind == Step.WITHDRAWAL.value and not event.data.get("continue_reason"):
            return event
    return None


def _stop_reason(event: EventFacts, kind: str) -> tuple[SuspensionAction, str]:
    ground = str(event.data.get("ground") or "")
    if event.kind == Step.SUSPENSION.value:
        label = (
            SuspensionGround(ground).label_vi
            if ground in SuspensionGround._value2member_map_
            else ""
        )
        action = SuspensionAction.SUSPEND
    elif event.kind == Step.TERMINATION.value:
        label = (
            TerminationGround(ground).label_vi
            if ground in TerminationGround._value2member_map_
            else ""
        )
        action = SuspensionAction.TERMINATE
    elif event.data.get("withdrawing"):  # one signatory of a mass complaint (NĐ 124 Điều 7a)
        label = (
            f"{event.data['withdrawing']} rút khiếu nại; những người khiếu nại khác "
            "tiếp tục khiếu nại (Nghị định 124/2020/NĐ-CP, Điều 7a)"
        )
        action = SuspensionAction.TERMINATE
    else:
        who = "Người tố cáo" if kind == CaseKind.DENUNCIATION else "Người khiếu nại"
        label, action = f"{who} rút toàn bộ nội dung", SuspensionAction.TERMINATE
    return action, "; ".join(t for t in (label, event.note.strip()) if t)


def stop_or_resume(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None, *, resume: bool
) -> Built:
    """Quyết định tạm đình chỉ / đình chỉ, or tiếp tục giải quyết (from the timeline)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None
    denunciation = case.kind == CaseKind.DENUNCIATION
    what = "tố cáo" if denunciation else "giải quyết khiếu nại"
    accepted = f"{_acceptance_reference(session, facts)} về việc thụ lý {what}"
    suspension = facts.last(Step.SUSPENSION)
    if resume:
        event = facts.last(Step.RESUMPTION)
        assert event is not None
        cause = _stop_reason(suspension, case.kind)[1] if suspension else ""
        action = SuspensionAction.RESUME
        reason = event.note.strip() or (f"Lý do tạm đình chỉ ({cause}) không còn" if cause else "")
        lifted = _suspension_reference(session, case, suspension) if suspension else ""
    else:
        event = stop_event(facts)
        assert event is not None
        action, reason = _stop_reason(event, case.kind)
        lifted = ""
    matter, sent_to = _matter(facts), parties(facts)
    if not resume and event.data.get("withdrawing"):  # only this signatory's part ends
        who = str(event.data["withdrawing"])
        target = f"đối với {facts.respondent}" if facts.respondent else f"về việc {case.summary}"
        matter = f"của {who} (một trong những người cùng khiếu nại) {target}"
        sent_to = (f"{who} (người rút khiếu nại)", *sent_to)
    return Built(
        SuspensionDecisionData(
            issuer=facts.body.issuer,
            issued_on=on or event.occurred_on,
            authority_title=facts.body.authority_title,
            action=action,
            is_denunciation=denunciation,
            matter=matter,
            reason=masked_text(facts, reason) or PLACEHOLDER,
            signer=facts.body.signer,
            acceptance_reference=accepted,
            suspension_reference=lifted,
            executors=sent_to,
            recipients=sent_to,
        )
    )


def parties(facts: RecordFacts) -> tuple[str, ...]:
    """Who a suspension, termination or continuation decision goes to (K14, D5): the
    complainant or the denouncer (never named: Luật Tố cáo Điều 8), and the person
    complained against or denounced."""
    case = facts.case
    assert case is not None
    if case.kind == CaseKind.DENUNCIATION:
        return (
            "Người tố cáo (thông tin về người tố cáo được giữ bí mật)",
            f"{facts.respondent or PLACEHOLDER} (người bị tố cáo)",
        )
    person = person_of(facts.citizen)
    who = " ".join(t for t in (person.salutation, person.full_name) if t) or PLACEHOLDER
    out = [f"{who} (người khiếu nại)"]
    if facts.respondent:
        out.append(f"{facts.respondent} (người bị khiếu nại)")
    return tuple(out)


def extension_decision(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> Built:
    """Quyết định gia hạn giải quyết tố cáo (NĐ 31/2019 Mẫu 01) of the latest extension."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    event = facts.last(Step.EXTENSION)
    assert case is not None and event is not None
    days = int(event.data.get("days") or 30)
    before = parse_day(event.data.get("due_before"))
    start = before + dt.timedelta(days=1) if before else event.occurred_on
    end = parse_day(event.data.get("due_on")) or start + dt.timedelta(days=days - 1)
    number = str(event.data.get("number") or "").strip() or None
    return Built(
        ExtensionDecisionData(
            issuer=facts.body.issuer,
            issued_on=on or event.occurred_on,
            authority_title=facts.body.authority_title,
            acceptance_decision=f"{_acceptance_reference(session, facts)} về việc thụ lý tố cáo",
            denounced=facts.respondent or PLACEHOLDER,
            content=masked_text(facts, case.summary),
            extension_number=int(event.data.get("count") or case.extensions or 1),
            days=days,
            start=start,
            end=max(end, start),
            grounds=masked_text(facts, event.note) or PLACEHOLDER,
            signer=facts.body.signer,
        ),
        number=number,
    )


def minutes(
    session: Session, actor: Actor, facts: RecordFacts, dialogue_id: uuid.UUID | None
) -> Built:
    """Biên bản đối thoại (Mẫu 14) of a held dialogue."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    if dialogue_id is None:
        raise ValidationFailed({"dialogue_id": "Phải chọn buổi đối thoại để lập biên bản."})
    return Built(dialogue_minutes(session, actor, facts, dialogue_id))


Builder = Callable[[Session, Actor, RecordFacts, dt.date | None], Built]

#: forms offered on a case, by case kind, in procedural order
CASE_FORMS: dict[str, tuple[str, ...]] = {
    CaseKind.COMPLAINT.value: (
        "xld.proposal",
        "kn.acceptance",
        "kn.verification_decision",
        "kn.verification_report",
        "kn.dialogue_invitation",
        "kn.dialogue_minutes",
        "kn.suspension",
        "kn.resumption",
        "kn.decision",
    ),
    CaseKind.DENUNCIATION.value: (
        "xld.proposal",
        "tc.acceptance_decision",
        "tc.acceptance_notice",
        "tc.denounced_notice",
        "tc.verification_team",
        "tc.work_minutes",
        "tc.expert_request",
        "tc.verification_report",
        "tc.verification_result",
        "tc.extension",
        "tc.suspension",
        "tc.withdrawal",
        "tc.withdrawal_record",
        "tc.resumption",
        "tc.conclusion",
        "tc.conclusion_public",
        "tc.police_transfer",
    ),
}

BUILDERS: dict[str, Builder] = {
    "kn.acceptance": complaint_acceptance,
    "kn.decision": complaint_decision,
    "kn.suspension": lambda s, a, f, on: stop_or_resume(s, a, f, on, resume=False),
    "kn.resumption": lambda s, a, f, on: stop_or_resume(s, a, f, on, resume=True),
    "tc.acceptance_notice": denunciation_acceptance,
    "tc.extension": extension_decision,
    "tc.suspension": lambda s, a, f, on: stop_or_resume(s, a, f, on, resume=False),
    "tc.resumption": lambda s, a, f, on: stop_or_resume(s, a, f, on, resume=True),
    "tc.conclusion_public": public_conclusion,
    "tc.police_transfer": lambda s, a, f, on: Built(_police_letter(s, a, f, on)),
}
"""Case forms other than the dialogue minutes (which need the dialogue: see ``minutes``)."""


def _more() -> None:
    from tcd_desktop.services.case_documents.citizen import CITIZEN_BUILDERS
    from tcd_desktop.services.case_documents.invitation import INVITATION_BUILDERS
    from tcd_desktop.services.case_documents.more import MORE_BUILDERS

    BUILDERS.update(MORE_BUILDERS)  # type: ignore[arg-type]
    BUILDERS.update(CITIZEN_BUILDERS)  # type: ignore[arg-type]
    BUILDERS.update(INVITATION_BUILDERS)  # type: ignore[arg-type]


_more()


def _police_letter(session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None) -> Any:
    from tcd_desktop.services.case_documents.police import police_transfer

    return police_transfer(session, actor, facts, on)
