"""The public conclusion is issued only after the officer confirmed its redacted preview.

The record's texts carry the denouncer in the forms the issue found leaking: the honorific
with the given name ("bà Bình"), a re-spaced phone, the ID with dots, a relative who came
with her; the preview shows none of them, the issue without the preview's digest is refused,
and a text changed after the preview needs a new confirmation.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    case_timeline,
    conclude_denunciation,
    get_case,
    record_handling,
    submit_verification_report,
)
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed
from tcd_desktop.services.publication import NOT_CONFIRMED, preview_public_version
from tcd_desktop.store.models import AuditEntry, Case, Petition, ReceptionParticipant
from tests.documents.pdftext import pdf_text
from tests.services.conftest import Org, add_citizen, add_petition

D = dt.date
SUMMARY = (
    "Tôi là Trần Thị Bình, ĐT 0987 654 321, CCCD 020.190.004.321, cùng chồng là anh Lê Văn Khải "
    "tố cáo ông Phạm Văn Cường nhận tiền"
)
LEAKS = ("Bình", "Binh", "654", "321", "Khải", "Bà Triệu")


def _concluded(org: Org) -> uuid.UUID:
    pid = add_petition(
        org.db,
        org,
        kind="to_cao",
        received_on=D(2026, 8, 3),
        visit=True,
        citizen_id=org.denouncer,
        summary=SUMMARY,
        respondent="Ông Phạm Văn Cường, cán bộ địa chính xã",
    )
    husband = add_citizen(org.db, "Lê Văn Khải", phone="0911222333")
    with org.db.session() as s:
        petition = s.get(Petition, pid)
        assert petition is not None and petition.reception_id is not None
        s.add(
            ReceptionParticipant(
                reception_id=petition.reception_id, citizen_id=husband, role="member"
            )
        )
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=D(2026, 8, 10), assignee_id=org.handler.user_id)
        case_id = petitions.accept_petition(s, org.handler, pid, data).case_id
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh")
        submit_verification_report(
            s,
            org.handler,
            case_id,
            on=D(2026, 9, 20),
            summary="Bà Bình (0987.654.321) cung cấp chứng cứ; chị Bình ở số 5 đường Bà Triệu",
        )
        conclude_denunciation(
            s, org.handler, case_id, result="dung_mot_phan", on=D(2026, 9, 26), number="35/KL-UBND"
        )
        record_handling(
            s,
            org.handler,
            case_id,
            on=D(2026, 9, 28),
            measures="Kiểm điểm ông Phạm Văn Cường; báo anh Khải biết",
        )
    return case_id


def test_preview_shows_no_denouncer_and_issue_needs_its_confirmation(org: Org) -> None:
    case_id = _concluded(org)
    with org.db.session() as s:
        preview = preview_public_version(s, org.handler, case_id)
    text = preview.as_text()
    for leak in LEAKS:
        assert leak not in text, leak
    assert "Phạm Văn Cường" in text and preview.redactions >= 3, text
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="xác nhận bản công khai"):
        cd.generate_case_document(s, org.handler, case_id, "tc.conclusion_public")
    with org.db.session() as s, pytest.raises(StepNotAllowed):
        cd.generate_case_document(
            s, org.handler, case_id, "tc.conclusion_public", preview_digest="0" * 64
        )
    with org.db.session() as s:
        issued = cd.generate_case_document(
            s, org.handler, case_id, "tc.conclusion_public", preview_digest=preview.digest
        )
    with org.db.session() as s:
        pdf = pdf_text(cd.document_pdf(s, org.handler, issued.id))
        confirmed = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.public_preview_confirmed")
        ).one()
    assert confirmed.detail["digest"] == preview.digest
    for leak in LEAKS:
        assert leak not in pdf, leak
    assert "Phạm Văn Cường" in pdf


def test_a_text_changed_after_the_preview_needs_a_new_confirmation(org: Org) -> None:
    case_id = _concluded(org)
    with org.db.session() as s:
        before = preview_public_version(s, org.handler, case_id)
        case = s.get(Case, case_id)
        assert case is not None
        case.summary = "Tố cáo ông Phạm Văn Cường; bà Bình bổ sung"  # corrected after the preview
    with org.db.session() as s, pytest.raises(StepNotAllowed) as refused:
        cd.generate_case_document(
            s, org.handler, case_id, "tc.conclusion_public", preview_digest=before.digest
        )
    assert str(refused.value) == NOT_CONFIRMED
    with org.db.session() as s:
        after = preview_public_version(s, org.handler, case_id)
    assert after.digest != before.digest


def test_only_issuing_roles_preview(org: Org) -> None:
    case_id = _concluded(org)
    with org.db.session() as s, pytest.raises(PermissionDenied):
        preview_public_version(s, org.supervisor, case_id)


def test_the_case_screen_shows_the_sealed_texts_redacted(org: Org) -> None:
    case_id = _concluded(org)
    with org.db.session() as s:
        timeline = case_timeline(s, org.supervisor, case_id)
        header = get_case(s, org.supervisor, case_id)
    notes = " ".join(e.note for e in timeline)
    assert "cung cấp chứng cứ" in notes and "[đã che]" in notes
    for leak in LEAKS:
        assert leak not in notes and leak not in header.summary, leak
