"""The desk's other documents of a saved visit, issued from the database and read back."""

from __future__ import annotations

import datetime as dt

import pytest

from tcd_desktop.services import documents
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.desk_documents import (
    GUIDANCE,
    RECORD,
    REFUSAL,
    TRANSFER,
    desk_document_choices,
    issue_desk_document,
)
from tcd_desktop.services.reception.inputs import PetitionHandling, RefusalInput
from tcd_desktop.services.reception.intake import save_visit
from tests.documents.pdftext import pdf_text
from tests.services.reception_fixtures import VN, Office, petition, visit


def _issue(desk: Office, rid, code: str, pid=None) -> tuple[documents.IssuedDocument, str]:  # type: ignore[no-untyped-def]
    with desk.db.session() as s:
        issued = issue_desk_document(s, desk.officer, rid, code, pid)
    with desk.db.session() as s:
        return issued, pdf_text(documents.document_bytes(s, desk.officer, issued.id))


def test_refusal_notice_and_record_of_a_refused_visit(office: Office) -> None:
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(refusal=RefusalInput("luat9_3")))
    with office.db.session() as s:
        choices = {
            c.form_code: c for c in desk_document_choices(s, office.officer, saved.reception_id)
        }
    assert choices[REFUSAL].enabled and choices[RECORD].enabled
    assert not choices[GUIDANCE].enabled and "hướng dẫn" in choices[GUIDANCE].reason
    assert not choices[TRANSFER].enabled
    issued, text = _issue(office, saved.reception_id, REFUSAL)
    assert issued.reception_id == saved.reception_id and issued.number
    assert "Nguyễn Văn An" in text
    assert "cố tình khiếu nại, tố cáo kéo dài" in text
    assert "Điều 9 khoản 3" in text
    assert "ngày 03 tháng 8 năm 2026" in text
    _, record = _issue(office, saved.reception_id, RECORD)
    assert "Nguyễn Văn An" in record and "thu hồi đất số 12/QĐ-UBND" in record
    with pytest.raises(ValidationFailed), office.db.session() as s:
        issue_desk_document(s, office.officer, saved.reception_id, GUIDANCE)


def test_guidance_and_transfer_slips_per_petition(office: Office) -> None:
    guided = petition(
        "Kiến nghị công khai quy hoạch khu dân cư",
        "kien_nghi",
        handling=PetitionHandling("guide", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    )
    moved = petition(
        "Phản ánh ô nhiễm tiếng ồn của xưởng gỗ Hưng Thịnh",
        "phan_anh",
        handling=PetitionHandling("transfer", "Sở Nông nghiệp và Môi trường", "15/CV-TCD"),
    )
    at = dt.datetime(2026, 2, 5, 9, 30, tzinfo=VN)
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(at, petitions=[guided, moved]))
    g_id, t_id = saved.petitions[0].id, saved.petitions[1].id
    with office.db.session() as s:
        choices = desk_document_choices(s, office.officer, saved.reception_id)
    by_code = {(c.form_code, c.petition_id): c for c in choices}
    assert by_code[(GUIDANCE, g_id)].enabled and by_code[(TRANSFER, t_id)].enabled
    assert not by_code[(REFUSAL, None)].enabled
    issued, text = _issue(office, saved.reception_id, GUIDANCE, g_id)
    assert issued.petition_id == g_id
    assert "Nguyễn Văn An" in text and "Ủy ban nhân dân tỉnh Lạng Sơn" in text
    assert "công khai quy hoạch" in text and "ngày 05 tháng 02 năm 2026" in text
    issued, text = _issue(office, saved.reception_id, TRANSFER, t_id)
    assert issued.number == "15/CV-TCD"
    assert "Sở Nông nghiệp và Môi trường" in text.replace("\n", " ")
    assert "Nguyễn Văn An" in text and "ngày 05 tháng 02 năm 2026" in text
    with pytest.raises(ValidationFailed), office.db.session() as s:
        issue_desk_document(s, office.officer, saved.reception_id, TRANSFER, g_id)


def test_a_denouncer_is_only_named_for_those_entitled(office: Office) -> None:
    denunciation = petition(
        "Tố cáo cán bộ địa chính nhận tiền",
        "to_cao",
        respondent="Ông Lò Văn Sáu",
        handling=PetitionHandling("transfer", "Thanh tra tỉnh Lạng Sơn"),
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(petitions=[denunciation]))
    with office.db.session() as s:
        choices = desk_document_choices(s, office.handler, saved.reception_id)
    assert not any(c.enabled for c in choices)
    with pytest.raises(PermissionDenied), office.db.session() as s:
        issue_desk_document(s, office.handler, saved.reception_id, RECORD)
    issued, text = _issue(office, saved.reception_id, TRANSFER, saved.petitions[0].id)
    assert issued.sealed_identity and "Nguyễn Văn An" in text


def test_record_prints_the_officers_opinions_from_the_visit(office: Office) -> None:
    """Issue 8, records: "Ý kiến của người cùng tiếp" comes from how the visit handles each
    content (guided where, transferred where), not a line of dots."""
    guided = petition(
        "Kiến nghị công khai quy hoạch khu dân cư",
        "kien_nghi",
        handling=PetitionHandling("guide", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(petitions=[guided]))
    _, text = _issue(office, saved.reception_id, RECORD)
    flat = " ".join(text.split())
    assert (
        "Ý kiến của người cùng tiếp: Nội dung «Kiến nghị công khai quy hoạch khu dân cư»: "
        "đề xuất hướng dẫn" in flat
    )
    assert "(Ủy ban nhân dân tỉnh Lạng Sơn)" in flat
    assert "Ý kiến của người cùng tiếp: …" not in flat
