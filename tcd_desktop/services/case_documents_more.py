"""Form data of the denunciation documents added to the case screen: the decision accepting
the denunciation (NĐ 31/2019 Mẫu 04) and the notice of its contents to the person denounced
(Mẫu 06). Both are built from texts with the denouncer's identifiers removed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tcd_desktop.documents.forms.denunciation_notices import (
    DenouncedNoticeData,
    DenunciationAcceptanceDecisionData,
)
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.case_documents_facts import RecordFacts, acceptance_reference
from tcd_desktop.services.context import Actor
from tcd_desktop.services.identity import redact


def _contents(facts: RecordFacts) -> tuple[str, ...]:
    case = facts.case
    assert case is not None
    text = redact(case.summary, facts.people) if facts.sealed else case.summary
    return tuple(line.strip() for line in text.splitlines() if line.strip()) or (PLACEHOLDER,)


def acceptance_decision(session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None) -> object:  # fmt: skip
    """Quyết định thụ lý tố cáo (Mẫu 04) dated the day the case was accepted."""
    from tcd_desktop.services.case_documents_forms import Built, _time_limit

    case = facts.case
    assert case is not None
    event = facts.last(Step.ACCEPTANCE)
    number = str(event.data.get("number") or "").strip() if event else ""
    return Built(DenunciationAcceptanceDecisionData(
        issuer=facts.body.issuer, issued_on=on or case.accepted_on or case.received_on,
        authority_title=facts.body.authority_title, denounced=facts.respondent or PLACEHOLDER,
        contents=_contents(facts), time_limit=_time_limit(session, case) or PLACEHOLDER,
        signer=facts.body.signer, received_on=case.received_on,
    ), number=number or None)  # fmt: skip


def denounced_notice(session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None) -> object:  # fmt: skip
    """Thông báo về nội dung tố cáo to the person denounced (Mẫu 06)."""
    from tcd_desktop.services.case_documents_forms import Built, _today

    issued_on = _today(facts, on)
    return Built(DenouncedNoticeData(
        issuer=facts.body.issuer, issued_on=issued_on, denounced=facts.respondent or PLACEHOLDER,
        acceptance_decision=acceptance_reference(session, facts), contents=_contents(facts),
        signer=facts.body.signer, resolver=facts.body.authority_title,
    ))  # fmt: skip


MORE_BUILDERS = {
    "tc.acceptance_decision": acceptance_decision,
    "tc.denounced_notice": denounced_notice,
}
"""Builders added to ``case_documents_forms.BUILDERS``."""
