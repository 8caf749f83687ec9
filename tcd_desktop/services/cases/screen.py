"""Operations of the case window: each opens its own transaction and checks the actor.

``load_case_detail`` gathers, in one transaction, everything the window shows from the
case services (header, parties, timeline, steps allowed now, due dates with their
explanations), the documents service (documents of the case and the forms that can be
generated now) and the attachments service (scans with their hash). A reveal of a sealed
denouncer goes through :mod:`tcd_desktop.services.identity` and is audited there.
Writes (issue a document, keep a file, schedule or record a dialogue) return an
:class:`~tcd_desktop.services.changes.OpResult` naming what they changed; the GUI's runner
publishes it, so the board and the other windows refresh without a hand-written notice.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tcd_desktop.services import attachments, case_documents, dialogues, documents, publication
from tcd_desktop.services.attachments import AttachmentInfo
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.cases.clock import DueExplanation
from tcd_desktop.services.cases.core import StepResult
from tcd_desktop.services.cases.due_explain import explain_due
from tcd_desktop.services.cases.views import (
    READERS,
    CaseView,
    StepOption,
    TimelineEntry,
    available_steps,
    case_timeline,
    get_case,
)
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.dialogues import DialogueMinutesData, DialogueScheduled
from tcd_desktop.services.documents import ISSUING_ROLES, IssuedDocument
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.event_dates import non_working_day_reason
from tcd_desktop.services.identity import CaseParties, case_parties
from tcd_desktop.services.publication import PublicationPreview
from tcd_desktop.services.runtime import Database

READ = "xem vụ việc"


@dataclass(frozen=True)
class CaseDetailData:
    """Everything the case window shows about one case (no ORM objects)."""

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
    """The case ``case_id`` for the window (``reveal_reason``: reveal, audited)."""
    require(actor, *READERS, action=READ)
    today = today or today_vn()
    with db.session() as session:
        view = get_case(session, actor, case_id)
        parties = case_parties(session, actor, case_id, reveal_reason=reveal_reason)
        timeline = case_timeline(session, actor, case_id)
        dues = explain_due(session, actor, case_id, today=today)
        steps = available_steps(session, actor, case_id, on=today)
        docs = documents.list_documents(session, actor, case_id=case_id)
        choices = case_documents.document_choices(session, actor, case_id)
        files = attachments.list_attachments(session, actor, case_id)
    labels = {d.id: d.number or d.form_code for d in docs}
    return CaseDetailData(view, parties, timeline, dues, steps, docs, today, labels, choices, files)


def open_document_pdf(db: Database, actor: Actor, document_id: uuid.UUID) -> bytes:
    """The stored PDF of a document, checked against its hash; the view is audited (a
    document naming a sealed denouncer only for the people entitled to read it)."""
    require(actor, *READERS, action="xem văn bản")
    with db.session() as session:
        return case_documents.document_pdf(session, actor, document_id)


def issue_case_document(
    db: Database,
    actor: Actor,
    case_id: uuid.UUID,
    choice: DocumentChoice,
    preview_digest: str | None = None,
) -> OpResult[tuple[IssuedDocument, bytes]]:
    """Generate and issue the document ``choice`` of the case; its record and PDF (a public
    version with the digest of the preview the officer confirmed)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    with db.session() as session:
        issued = case_documents.generate_case_document(
            session,
            actor,
            case_id,
            choice.form_code,
            dialogue_id=choice.dialogue_id,
            preview_digest=preview_digest,
        )
        pdf = case_documents.document_pdf(session, actor, issued.id)
    changes = Changes.of(Entity.DOCUMENT, [issued.id]).plus(Entity.CASE, [case_id])
    return OpResult((issued, pdf), changes)


def preview_public_version(
    db: Database, actor: Actor, case_id: uuid.UUID, form_code: str
) -> PublicationPreview:
    """The redacted texts of a public version, for the officer to confirm."""
    require(actor, *ISSUING_ROLES, action="xem trước bản công khai")
    with db.session() as session:
        return publication.preview_public_version(session, actor, case_id, form_code)


def keep_case_file(
    db: Database, actor: Actor, case_id: uuid.UUID, path: Path, *, sealed: bool
) -> OpResult[AttachmentInfo]:
    """Read ``path`` and keep it with the case (hash recorded, audited)."""
    require(actor, *attachments.ADDING_ROLES, action="lưu tài liệu đính kèm")
    content = read_file(path, "file")
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with db.session() as session:
        info = attachments.add_attachment(
            session,
            actor,
            case_id=case_id,
            filename=path.name,
            content=content,
            mime_type=mime,
            sealed=sealed,
        )
    return OpResult(info, Changes.of(Entity.ATTACHMENT, [info.id]).plus(Entity.CASE, [case_id]))


def open_case_file(db: Database, actor: Actor, attachment_id: uuid.UUID) -> bytes:
    """The kept file, checked against its hash (a sealed one for entitled users; audited)."""
    require(actor, *attachments.READING_ROLES, action="mở tài liệu đính kèm")
    with db.session() as session:
        return attachments.attachment_bytes(session, actor, attachment_id)


def read_file(path: Path, field_name: str) -> bytes:
    """The bytes of a file the officer chose, or a ``ValidationFailed`` naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(
            {field_name: f"Không đọc được tệp {path.name}: {exc.strerror}."}
        ) from exc


# -- dialogues ---------------------------------------------------------------------------------


def open_dialogue(db: Database, actor: Actor, case_id: uuid.UUID) -> DialogueMinutesData | None:
    """The latest scheduled dialogue of the case not yet held."""
    require(actor, *READERS, action=READ)
    with db.session() as session:
        for dialogue_id in reversed(dialogues.dialogues_of_case(session, actor, case_id)):
            data = dialogues.dialogue_minutes_data(session, actor, dialogue_id)
            if not data.held:
                return data
    return None


def dialogue_day_off(db: Database, actor: Actor, day: dt.date) -> str | None:
    """Why ``day`` is not a working day of the office's calendar (``None`` when it is)."""
    require(actor, *READERS, action=READ)
    with db.session() as session:
        return non_working_day_reason(session, actor, day)


def plan_dialogue(
    db: Database, actor: Actor, case_id: uuid.UUID, **values: Any
) -> OpResult[DialogueScheduled]:
    """Schedule a dialogue of the case (``values``: see ``dialogues.schedule_dialogue``)."""
    require(actor, *READERS, action="thông báo đối thoại")
    with db.session() as session:
        result = dialogues.schedule_dialogue(session, actor, case_id, **values)
    return OpResult(result, Changes.of(Entity.CASE, [case_id]))


def record_held_dialogue(
    db: Database, actor: Actor, dialogue_id: uuid.UUID, **values: Any
) -> OpResult[StepResult]:
    """Record that a dialogue took place (``values``: see ``dialogues.record_dialogue``)."""
    require(actor, *READERS, action="ghi nhận đối thoại")
    with db.session() as session:
        result = dialogues.record_dialogue(session, actor, dialogue_id, **values)
    return OpResult(result, Changes.of(Entity.CASE, [result.case_id]))


__all__ = [
    "CaseDetailData",
    "dialogue_day_off",
    "issue_case_document",
    "keep_case_file",
    "load_case_detail",
    "open_case_file",
    "open_dialogue",
    "open_document_pdf",
    "plan_dialogue",
    "preview_public_version",
    "read_file",
    "record_held_dialogue",
]
