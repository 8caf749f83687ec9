"""Petition-level letters read back from the stored PDF: outcome notices, the reminder to the
body a petition was transferred to, blank and pre-filled citizen letters."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import documents, petitions
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.store.models import Document
from tests.documents.pdftext import pdf_text
from tests.services.case_document_helpers import KN
from tests.services.conftest import Org, add_petition

D = dt.date


def test_petition_outcome_notices(org: Org) -> None:
    moved = add_petition(
        org.db,
        org,
        kind="kien_nghi",
        received_on=D(2026, 8, 3),
        summary="Kiến nghị sửa đường liên thôn",
    )
    guided = add_petition(
        org.db,
        org,
        kind=KN,
        received_on=D(2026, 8, 3),
        summary="Khiếu nại việc cấp giấy chứng nhận",
    )
    back = add_petition(
        org.db, org, kind=KN, received_on=D(2026, 8, 3), summary="Khiếu nại không rõ nội dung"
    )
    waiting = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s:
        petitions.transfer_petition(
            s, org.handler, moved, on=D(2026, 8, 6), to_body="Sở Giao thông vận tải tỉnh Lạng Sơn"
        )
        petitions.guide_petition(
            s,
            org.handler,
            guided,
            on=D(2026, 8, 7),
            to_body="Ủy ban nhân dân xã Hữu Lũng",
            note="Thẩm quyền cấp xã",
        )
        petitions.return_petition(
            s,
            org.handler,
            back,
            on=D(2026, 8, 10),
            reason="Đơn không ghi rõ nội dung khiếu nại",
            ground="k5_chu_ky",
        )
        choices = {c.form_code: c for c in cd.petition_document_choices(s, org.handler, waiting)}
        assert not any(c.enabled for c in choices.values())
        assert "chưa được xử lý" in (choices["xld.transfer"].reason or "")
        back_choices = {c.form_code: c for c in cd.petition_document_choices(s, org.handler, back)}
        assert back_choices["xld.return"].enabled and back_choices["kn.non_acceptance"].enabled
        assert "«Trả lại đơn»" in (back_choices["xld.guidance"].reason or "")
        # #8: NĐ 155/2026 Mẫu 04 ([2026-copy]) comes with its UNCONFIRMED note; the return
        # slip is a reference template (no number claimed): none
        assert "[2026-copy]" in back_choices["kn.non_acceptance"].unconfirmed
        assert back_choices["xld.return"].unconfirmed == ""
        with pytest.raises(StepNotAllowed):
            cd.generate_petition_document(s, org.handler, back, "xld.transfer")

    def issue(pid: uuid.UUID, code: str) -> str:
        with org.db.session() as s:
            issued = cd.generate_petition_document(s, org.handler, pid, code)
            assert issued.petition_id == pid
            return pdf_text(cd.document_pdf(s, org.handler, issued.id))

    slip = issue(moved, "xld.transfer")
    for expected in (
        "PHIẾU CHUYỂN ĐƠN",
        "Số: 01/PC-UBND",
        "Lạng Sơn, ngày 06 tháng 8 năm 2026",
        "Sở Giao thông vận tải tỉnh Lạng Sơn",
        "Kiến nghị sửa đường liên thôn",
        "Nguyễn Văn An",
        "Điều 14 Thông tư số 05/2021/TT-TTCP",
    ):
        assert expected in slip, expected
    notice = issue(moved, "xld.transfer_notice")
    assert "Về việc chuyển đơn" in notice and "01/PC-UBND" in notice
    guide = issue(guided, "xld.guidance")
    assert "Ủy ban nhân dân xã Hữu Lũng" in guide and "Thẩm quyền cấp xã" in guide
    returned = issue(back, "xld.return")
    assert "Đơn không ghi rõ nội dung khiếu nại" in returned and "ngày 10 tháng 8" in returned
    refused = issue(back, "kn.non_acceptance")
    for expected in (
        "Về việc không thụ lý giải quyết khiếu nại",
        "khoản 5 Điều 11 Luật Khiếu nại 2011",
        "Đơn không ghi rõ nội dung khiếu nại",
    ):
        assert expected in refused, expected
    with org.db.session() as s:
        listed = documents.list_documents(s, org.handler, petition_id=back)
    notes = {d.form_code: d.unconfirmed for d in listed}
    assert "[2026-copy]" in notes["kn.non_acceptance"] and notes["xld.return"] == ""


def test_reminder_to_the_body_a_petition_was_transferred_to(org: Org) -> None:
    """Văn bản đôn đốc: from the petition's transfer slip; refused without one."""
    from tcd_desktop.services.case_documents.reminder import issue_reminder

    moved = add_petition(
        org.db,
        org,
        kind="kien_nghi",
        received_on=D(2026, 8, 3),
        summary="Kiến nghị sửa đường liên thôn",
    )
    with org.db.session() as s:
        petitions.transfer_petition(
            s, org.handler, moved, on=D(2026, 8, 6), to_body="Sở Giao thông vận tải tỉnh Lạng Sơn"
        )
    with org.db.session() as s, pytest.raises(ValidationFailed):
        issue_reminder(s, org.handler, moved, on=D(2026, 9, 30))
    with org.db.session() as s:
        slip = cd.generate_petition_document(s, org.handler, moved, "xld.transfer")
    with org.db.session() as s:
        issued = issue_reminder(
            s,
            org.handler,
            moved,
            on=D(2026, 9, 30),
            due_on=D(2026, 9, 5),
            report_by=D(2026, 10, 15),
        )
        text = " ".join(pdf_text(cd.document_pdf(s, org.handler, issued.id)).split())
    for expected in (
        "V/v đôn đốc giải quyết đơn",
        "Kính gửi: Sở Giao thông vận tải tỉnh Lạng Sơn",
        f"Phiếu chuyển đơn số {slip.number} ngày 06/8/2026",
        "quá thời hạn giải quyết (ngày 05 tháng 9 năm 2026)",
        "trước ngày 15 tháng 10 năm 2026",
        "Kiến nghị sửa đường liên thôn",
    ):
        assert expected in text, expected


def test_blank_and_prefilled_citizen_letters(org: Org) -> None:
    """NĐ 124/2020 Mẫu 01/02: blank (not stored) or pre-filled from the citizen, stored."""
    from tcd_desktop.services.case_documents.citizen import blank_letter, issue_citizen_letter

    for code in ("kn.petition", "kn.authorisation", "tc.withdrawal"):
        text = pdf_text(blank_letter(org.handler, code, D(2026, 8, 1)))
        assert "ngày …… tháng …… năm ……" in text and "Số:" not in text, code
    with org.db.session() as s, pytest.raises(ValidationFailed):
        issue_citizen_letter(s, org.handler, "kn.petition", org.denouncer)  # sealed person
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), visit=True)
    with org.db.session() as s:
        from tcd_desktop.store.models import Petition

        citizen_id = s.get(Petition, pid).citizen_id  # type: ignore[union-attr]
        assert citizen_id is not None
        issued = issue_citizen_letter(s, org.handler, "kn.petition", citizen_id, D(2026, 8, 5))
        row = s.get(Document, issued.id)
        assert row is not None and row.sha256
        text = pdf_text(documents.document_bytes(s, org.handler, issued.id))
    assert "ĐƠN KHIẾU NẠI" in text and "Mẫu số 01" in text
