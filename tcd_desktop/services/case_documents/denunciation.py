"""Forms of a denunciation that name or hide the denouncer: the notice of acceptance to the
denouncer (names them), the published conclusion (identifiers removed), the time limit text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import vn_short_date
from tcd_desktop.documents.forms.denunciation_acceptance import DenunciationAcceptanceData
from tcd_desktop.documents.forms.denunciation_conclusion import (
    ConclusionItem,
    DenunciationFinding,
    PublicConclusionData,
)
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.workflow import (
    Step,
)
from tcd_desktop.services.case_documents.built import Built, issue_day, masked_text
from tcd_desktop.services.case_documents.facts import (
    RecordFacts,
    _acceptance_reference,
    person_of,
)
from tcd_desktop.services.cases.due_explain import explain_due
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES, READING_ROLES
from tcd_desktop.services.identity import published_conclusion
from tcd_desktop.store.models import Case


def time_limit_text(session: Session, actor: Actor, case: Case) -> str:
    require(actor, *READING_ROLES, action="xem văn bản")
    main = next((e for e in explain_due(session, actor, case.id) if e.is_main), None)
    if main is None:
        return ""
    return (
        f"{main.days_counted:02d} {main.unit} kể từ ngày thụ lý {vn_short_date(main.start_on)} "
        f"({main.citation}), hạn giải quyết đến ngày {vn_short_date(main.due_on)}"
    )


def denunciation_acceptance(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> Built:
    """Thông báo việc thụ lý tố cáo to the denouncer (NĐ 31/2019 Mẫu 05): names them."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None
    contents = tuple(line.strip() for line in case.summary.splitlines() if line.strip())
    return Built(
        DenunciationAcceptanceData(
            issuer=facts.body.issuer,
            issued_on=issue_day(facts, on),
            denouncer=person_of(facts.citizen),
            received_on=case.received_on,
            denounced=facts.respondent or PLACEHOLDER,
            accepted_contents=contents or (PLACEHOLDER,),
            acceptance_decision=_acceptance_reference(session, facts),
            signer=facts.body.signer,
            resolver=facts.body.authority_title,
            time_limit=time_limit_text(session, actor, case),
        )
    )


def sealed_terms(facts: RecordFacts) -> tuple[str, ...]:
    """Every identifier of the record's people (what a published text must never contain)."""
    values = {
        v.strip()
        for c in facts.people
        for v in (c.full_name, c.address, c.id_number, c.phone, c.email)
        if v and v.strip()
    }
    return tuple(sorted(values, key=len, reverse=True))


def public_conclusion(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> Built:
    """Kết luận nội dung tố cáo, bản công khai (Mẫu 12; Luật Tố cáo Điều 40): no denouncer."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None
    published = published_conclusion(session, actor, case.id)
    report = facts.last(Step.VERIFICATION_REPORT)
    handling = facts.last(Step.HANDLING)
    finding = (
        DenunciationFinding(case.decision_result)
        if case.decision_result in DenunciationFinding._value2member_map_
        else None
    )
    item = ConclusionItem(
        content=published.content,
        verification=masked_text(facts, report.note) if report else "",
        finding=finding,
    )
    return Built(
        PublicConclusionData(
            issuer=facts.body.issuer,
            issued_on=on or published.concluded_on,
            denounced=published.respondent or PLACEHOLDER,
            acceptance_decision=_acceptance_reference(session, facts),
            items=(item,),
            signer=facts.body.signer,
            resolver=facts.body.authority_title,
            verification_report=(
                f"Báo cáo kết quả xác minh ngày {vn_short_date(report.occurred_on)}"
                if report
                else ""
            ),
            handling=(masked_text(facts, handling.note),)
            if handling and handling.note.strip()
            else (),
            sealed_terms=sealed_terms(facts),
        ),
        number=published.number,
    )
