"""Denunciation documents read back from the stored PDF: the notice to the denouncer names them
and is sealed; what goes to the person denounced or to the public never contains them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.services import case_documents as cd
from tcd_desktop.services.cases import (
    assign_verification,
    conclude_denunciation,
    extend_resolution,
    record_handling,
    resume,
    submit_verification_report,
    suspend,
)
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed
from tcd_desktop.services.publication import preview_public_version
from tcd_desktop.store.models import AuditEntry, Document
from tests.services.case_document_helpers import (
    DENOUNCER_MARKS,
    choices_for,
    generate,
    make_denunciation,
)
from tests.services.conftest import Org

D = dt.date


def test_denunciation_documents_keep_the_denouncer_sealed(org: Org) -> None:
    case_id = make_denunciation(org)
    outsider = choices_for(org, org.other_handler, case_id)
    assert not outsider["tc.acceptance_notice"].enabled
    assert outsider["tc.acceptance_notice"].reason == cd.SEALED_REFUSAL
    with pytest.raises(PermissionDenied):
        generate(org, org.other_handler, case_id, "tc.acceptance_notice")

    notice, text = generate(org, org.handler, case_id, "tc.acceptance_notice", on=D(2026, 8, 12))
    assert notice.sealed_identity and notice.number == "01/TB-UBND"
    for expected in (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        "Lạng Sơn, ngày 12 tháng 8 năm 2026",
        "Trần Thị Bình",
        "Ông Phạm Văn Cường, cán bộ địa chính xã",
        "khoản 3 Điều 29 Luật Tố cáo",
        "30 ngày kể từ ngày thụ lý 10/8/2026",
        "Ngày 03 tháng 8 năm 2026",
    ):
        assert expected in text, expected
    with org.db.session() as s, pytest.raises(PermissionDenied):
        cd.document_pdf(s, org.other_handler, notice.id)
    with org.db.session() as s:
        refused = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.view_refused")
        ).one()
        assert refused.entity_id == str(notice.id)
        assert "Trần Thị Bình" not in repr(refused.detail)

    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh")
        suspend(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 20),
            ground="cho_giam_dinh",
            note="Chờ giám định chữ ký",
        )
        resume(s, org.handler, case_id, on=D(2026, 8, 27))
        extend_resolution(
            s,
            org.leader,
            case_id,
            on=D(2026, 9, 15),
            days=30,
            number="15/QĐ-GH",
            reason="Chờ ý kiến của Trần Thị Bình và hai cơ quan",
        )
        submit_verification_report(
            s,
            org.handler,
            case_id,
            on=D(2026, 10, 20),
            summary="Có sai phạm; bà Trần Thị Bình cung cấp chứng cứ",
        )
        conclude_denunciation(
            s, org.handler, case_id, result="dung_mot_phan", on=D(2026, 10, 26), number="35/KL-UBND"
        )
        record_handling(
            s,
            org.handler,
            case_id,
            on=D(2026, 10, 28),
            measures="Kiểm điểm ông Phạm Văn Cường, thu hồi 20 triệu đồng",
        )

    texts = {}
    for code in ("tc.extension", "tc.suspension", "tc.resumption", "tc.conclusion_public"):
        assert choices_for(org, org.other_handler, case_id)[code].enabled, code
        kw = {}
        if code == "tc.conclusion_public":  # issued only after the officer confirmed the preview
            with org.db.session() as s, pytest.raises(StepNotAllowed):
                cd.generate_case_document(s, org.handler, case_id, code)
            with org.db.session() as s:
                kw["preview_digest"] = preview_public_version(s, org.handler, case_id).digest
        issued, texts[code] = generate(org, org.handler, case_id, code, **kw)
        assert not issued.sealed_identity, code
        for mark in DENOUNCER_MARKS:
            assert mark not in texts[code], (code, mark)
        assert "Ông Phạm Văn Cường, cán bộ địa chính xã" in texts[code], code
    ext = texts["tc.extension"]
    for expected in (
        "Số: 15/QĐ-GH",
        "Lạng Sơn, ngày 15 tháng 9 năm 2026",
        "lần thứ nhất",
        "30 ngày",
        "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018",
        "Mẫu số 01",
        "[đã che]",
    ):
        assert expected in ext, expected
    assert "Về việc tạm đình chỉ việc giải quyết tố cáo" in texts["tc.suspension"]
    assert "Chờ kết quả giám định bổ sung; Chờ giám định chữ ký" in texts["tc.suspension"]
    assert "Về việc tiếp tục giải quyết tố cáo" in texts["tc.resumption"]
    public = texts["tc.conclusion_public"]
    for expected in (
        "KẾT LUẬN",
        "Số: 35/KL-UBND",
        "Lạng Sơn, ngày 26 tháng 10 năm 2026",
        "Bản công khai",
        "Tố cáo đúng một phần",
        "thu hồi 20 triệu đồng",
        "Mẫu số 12",
        "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018",
    ):
        assert expected in public, expected
    with org.db.session() as s:
        row = s.scalars(select(Document).where(Document.form_code == "tc.conclusion_public")).one()
        assert row.is_redacted


def test_denunciation_acceptance_decision_notice_to_denounced_and_official_conclusion(
    org: Org,
) -> None:
    """NĐ 31/2019 Mẫu 04 and 06 never name the denouncer; the official Mẫu 12 is sealed."""
    case_id = make_denunciation(org)
    outsider = choices_for(org, org.other_handler, case_id)
    assert outsider["tc.acceptance_decision"].enabled and outsider["tc.denounced_notice"].enabled
    assert not outsider["tc.conclusion"].enabled  # no conclusion recorded yet
    decision, text = generate(org, org.handler, case_id, "tc.acceptance_decision")
    notice, notice_text = generate(
        org, org.handler, case_id, "tc.denounced_notice", on=D(2026, 8, 12)
    )
    assert not decision.sealed_identity and not notice.sealed_identity
    for expected in (
        "Về việc thụ lý tố cáo",
        "Lạng Sơn, ngày 10 tháng 8 năm 2026",
        "Ông Phạm Văn Cường, cán bộ địa chính xã",
        "Mẫu số 04",
        "30 ngày kể từ ngày thụ lý 10/8/2026",
    ):
        assert expected in text, expected
    assert "Về nội dung tố cáo" in notice_text and "giải trình bằng văn bản" in notice_text
    for mark in DENOUNCER_MARKS:
        assert mark not in text and mark not in notice_text, mark
    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh")
        submit_verification_report(s, org.handler, case_id, on=D(2026, 9, 1), summary="Có sai phạm")
        conclude_denunciation(
            s, org.handler, case_id, result="sai", on=D(2026, 9, 5), number="36/KL-UBND"
        )
    official, official_text = generate(org, org.handler, case_id, "tc.conclusion")
    assert official.sealed_identity
    assert "Bản công khai" not in official_text and "Tố cáo sai sự thật" in official_text
    assert "Người tố cáo (gửi thông báo kết luận nội dung tố cáo)" in " ".join(
        official_text.split()
    )
