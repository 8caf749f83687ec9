"""Background loads for the case detail screen: one session per operation, plain results.

``load_case_detail`` gathers, in one transaction, everything the screen shows from the
case services (header, parties, timeline, steps allowed now, due dates with their
explanations), the documents service (documents of the case and the forms that can be
generated now) and the attachments service (scans with their hash). A reveal of a sealed
denouncer goes through :func:`tcd_desktop.services.identity` and is audited there.
The writes of the screen (generate a document, keep a file) run here too, one transaction
each.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tcd_desktop.services import attachments, case_documents, documents, publication
from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents import DocumentChoice
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
from tcd_desktop.services.publication import PublicationPreview
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
    #: the forms of the case's procedure, each can be generated now or not (with the reason)
    choices: list[DocumentChoice] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)


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
        choices = case_documents.document_choices(session, actor, case_id)
        files = attachments.list_attachments(session, actor, case_id)
    labels = {d.id: d.number or d.form_code for d in docs}
    return CaseDetailData(view, parties, timeline, dues, steps, docs, today, labels, choices, files)


def load_document_pdf(db: Database, actor: Actor, document_id: uuid.UUID) -> bytes:
    """The stored PDF of a document, checked against its hash; the view is audited (a
    document naming a sealed denouncer only for the people entitled to read it)."""
    with db.session() as session:
        return case_documents.document_pdf(session, actor, document_id)


def generate_document(
    db: Database, actor: Actor, case_id: uuid.UUID, choice: DocumentChoice,
    preview_digest: str | None = None,
) -> tuple[IssuedDocument, bytes]:  # fmt: skip
    """Generate and issue the document ``choice`` of the case; return it and its PDF
    (a public version with the digest of the preview the officer confirmed)."""
    with db.session() as session:
        issued = case_documents.generate_case_document(
            session, actor, case_id, choice.form_code, dialogue_id=choice.dialogue_id,
            preview_digest=preview_digest,
        )  # fmt: skip
        return issued, case_documents.document_pdf(session, actor, issued.id)


def add_attachment_file(
    db: Database, actor: Actor, case_id: uuid.UUID, path: Path, *, sealed: bool
) -> AttachmentInfo:
    """Read ``path`` and keep it with the case (hash recorded, audited)."""
    content = path.read_bytes()
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with db.session() as session:
        return attachments.add_attachment(
            session, actor, case_id=case_id, filename=path.name, content=content,
            mime_type=mime, sealed=sealed,
        )  # fmt: skip


def load_attachment(db: Database, actor: Actor, attachment_id: uuid.UUID) -> bytes:
    """The kept file, checked against its hash (a sealed one for entitled users; audited)."""
    with db.session() as session:
        return attachments.attachment_bytes(session, actor, attachment_id)


def load_public_preview(
    db: Database, actor: Actor, case_id: uuid.UUID, form_code: str
) -> PublicationPreview:
    """The redacted texts of a public version, for the officer to confirm."""
    with db.session() as session:
        return publication.preview_public_version(session, actor, case_id, form_code)
