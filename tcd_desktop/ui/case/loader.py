"""Background loads for the case detail screen: one session per operation, plain results.

``load_case_detail`` gathers, in one transaction, everything the screen shows from the
case services (header, parties, timeline, steps allowed now, due dates with their
explanations) and the documents service (documents of the case). A reveal of a sealed
denouncer goes through :func:`tcd_desktop.services.identity` and is audited there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from tcd_desktop.services import documents
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import (
    CaseView,
    DueExplanation,
    StepOption,
    TimelineEntry,
    available_steps,
    case_timeline,
    explain_due,
    get_case,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import IssuedDocument
from tcd_desktop.services.identity import CaseParties, case_parties
from tcd_desktop.store.database import Database


@dataclass(frozen=True)
class CaseDetailData:
    """Everything the case detail screen shows about one case (no ORM objects)."""

    case: CaseView
    parties: CaseParties
    timeline: list[TimelineEntry]
    dues: list[DueExplanation]
    steps: list[StepOption]
    documents: list[IssuedDocument]
    today: dt.date
    #: document id -> its number (or form code) for the timeline's document column
    document_labels: dict[uuid.UUID, str] = field(default_factory=dict)


def load_case_detail(
    db: Database,
    actor: Actor,
    case_id: uuid.UUID,
    *,
    reveal_reason: str | None = None,
    today: dt.date | None = None,
) -> CaseDetailData:
    """Load the case ``case_id`` for the screen (``reveal_reason``: reveal, audited)."""
    today = today or today_vn()
    with db.session() as session:
        view = get_case(session, actor, case_id)
        parties = case_parties(session, actor, case_id, reveal_reason=reveal_reason)
        timeline = case_timeline(session, actor, case_id)
        dues = explain_due(session, case_id, today=today)
        steps = available_steps(session, actor, case_id, on=today)
        docs = documents.list_documents(session, case_id=case_id)
    labels = {d.id: d.number or d.form_code for d in docs}
    return CaseDetailData(view, parties, timeline, dues, steps, docs, today, labels)


def load_document_pdf(db: Database, actor: Actor, document_id: uuid.UUID) -> bytes:
    """The stored PDF of a document, checked against its hash; the view is audited."""
    with db.session() as session:
        return documents.document_bytes(session, document_id, actor=actor)
