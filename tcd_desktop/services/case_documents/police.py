"""The letter sending a denunciation with signs of a crime to the police (Điều 36 k2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tcd_desktop.documents.forms.police_transfer import PoliceTransferData
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.case_documents.facts import RecordFacts, _acceptance_reference
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES
from tcd_desktop.services.identity import redact


def police_transfer(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> PoliceTransferData:
    """The letter of the latest transfer step (the denouncer never named)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    event = facts.last(Step.TO_POLICE)
    assert case is not None and event is not None
    summary = redact(case.summary, facts.people) if facts.sealed else case.summary
    return PoliceTransferData(
        issuer=facts.body.issuer,
        issued_on=on or event.occurred_on,
        to_body=str(event.data.get("to_body") or PLACEHOLDER),
        denounced=f"{facts.respondent or PLACEHOLDER} (người bị tố cáo)",
        content=summary,
        signs=str(event.data.get("signs") or event.note or PLACEHOLDER),
        acceptance_reference=f"{_acceptance_reference(session, facts)} về việc thụ lý tố cáo",
        signer=facts.body.signer,
    )
