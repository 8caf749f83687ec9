"""Phiếu hẹn of a saved visit: built from the reception record, numbered, hashed, sealed
for a denouncer like the other desk documents."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tcd_desktop.services import documents
from tcd_desktop.services.case_documents.desk import issue_appointment_slip
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.inputs import PetitionHandling
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.store.models import Document
from tests.documents.pdftext import pdf_text
from tests.services.reception_fixtures import VN, Office, petition, visit


def test_appointment_slip_from_the_visit(office: Office) -> None:
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit())
    at = dt.datetime(2026, 8, 10, 14, 0, tzinfo=VN)
    with office.db.session() as s:
        issued = issue_appointment_slip(
            s, office.officer, saved.reception_id, at=at, bring=("Bản chính giấy chứng nhận",)
        )
    with office.db.session() as s:
        pdf = documents.document_bytes(s, office.officer, issued.id)
        row = s.get(Document, issued.id)
        assert row is not None and row.form_code == "tcd.appointment"
        assert row.sha256 == hashlib.sha256(pdf).hexdigest()
    text = " ".join(pdf_text(pdf).split())
    assert issued.reception_id == saved.reception_id and issued.number
    for expected in (
        "PHIẾU HẸN",
        "Nguyễn Văn An",
        "14 giờ 00 phút, ngày 10 tháng 8 năm 2026",
        "Bản chính giấy chứng nhận",
        "ngày 03 tháng 8 năm 2026",
    ):
        assert expected in text, expected
    with pytest.raises(ValidationFailed), office.db.session() as s:
        issue_appointment_slip(
            s, office.officer, saved.reception_id, at=dt.datetime(2026, 7, 1, 8, 0, tzinfo=VN)
        )


def test_appointment_slip_of_a_denouncer_is_sealed(office: Office) -> None:
    denunciation = petition(
        "Tố cáo cán bộ địa chính nhận tiền",
        "to_cao",
        respondent="Ông Lò Văn Sáu",
        handling=PetitionHandling("transfer", "Thanh tra tỉnh Lạng Sơn"),
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(petitions=[denunciation]))
    with pytest.raises(PermissionDenied), office.db.session() as s:
        issue_appointment_slip(s, office.handler, saved.reception_id)
    with office.db.session() as s:
        issued = issue_appointment_slip(s, office.officer, saved.reception_id)
    assert issued.sealed_identity
