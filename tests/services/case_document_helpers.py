"""Helpers shared by the case-document test modules: accept a petition, list the choices,
issue a document and read its text back, make a denunciation case, name the leaders."""

from __future__ import annotations

import datetime as dt
import uuid

from tcd_desktop.domain.workflow import ComplexityCriterion as C
from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import documents, petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.store.models import User
from tests.documents.pdftext import pdf_text
from tests.services.conftest import Org, add_petition

D = dt.date
KN, TC = "khieu_nai", "to_cao"
TC_SUMMARY = "Bà Trần Thị Bình (0987654321) tố cáo ông Phạm Văn Cường nhận tiền của dân"
DENOUNCER_MARKS = ("Trần Thị Bình", "0987654321", "020190004321", "Bà Triệu")


def accept_case(org: Org, pid: uuid.UUID, on: D, **kw: object) -> uuid.UUID:
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=org.commune_handler.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, org.commune_handler, pid, data).case_id


def choices_for(org: Org, actor, case_id: uuid.UUID) -> dict[str, cd.DocumentChoice]:  # type: ignore[no-untyped-def]
    with org.db.session() as s:
        return {c.form_code: c for c in cd.document_choices(s, actor, case_id)}


def generate(
    org: Org, actor, case_id: uuid.UUID, code: str, **kw: object
) -> tuple[documents.IssuedDocument, str]:  # type: ignore[no-untyped-def]
    with org.db.session() as s:
        issued = cd.generate_case_document(s, actor, case_id, code, **kw)  # type: ignore[arg-type]
    with org.db.session() as s:
        return issued, pdf_text(cd.document_pdf(s, actor, issued.id))


def make_denunciation(org: Org) -> uuid.UUID:
    pid = add_petition(
        org.db,
        org,
        kind=TC,
        received_on=D(2026, 8, 3),
        visit=True,
        citizen_id=org.denouncer,
        summary=TC_SUMMARY,
        respondent="Ông Phạm Văn Cường, cán bộ địa chính xã",
        created_by=org.reception,
    )
    with org.db.session() as s:
        data = AcceptanceInput(
            accepted_on=D(2026, 8, 10),
            assignee_id=org.handler.user_id,
            complexity_criteria=[C.SEVERAL_PLACES.value],
            complexity_finding="Xác minh ở hai xã",
        )
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def name_leaders(org: Org) -> None:
    with org.db.session() as s:
        for actor, title in ((org.commune_leader, "Chủ tịch"), (org.leader, "Phó Chủ tịch")):
            user = s.get(User, actor.user_id)
            assert user is not None
            user.full_name, user.title = f"Lãnh đạo {actor.username}", title
