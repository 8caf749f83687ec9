"""Documents issued from the case steps, read back from the stored PDF: verification
decisions and reports, the withdrawal letter and record."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.services.cases import assign_verification, submit_verification_report
from tests.services.case_document_helpers import (
    DENOUNCER_MARKS,
    KN,
    accept_case,
    choices_for,
    generate,
    make_denunciation,
)
from tests.services.conftest import Org, add_petition

D = dt.date


def test_verification_documents_from_the_case_steps(org: Org) -> None:
    """Complaint: decision assigning verification and report; denunciation: NĐ 31 Mẫu 07
    and Mẫu 10 — from the «Giao xác minh» and report steps, no denouncer named."""
    pid = add_petition(
        org.db,
        org,
        kind=KN,
        received_on=D(2026, 7, 31),
        visit=True,
        unit_id=org.commune,
        summary="Khiếu nại việc thu hồi đất thửa số 12",
        respondent="Chủ tịch UBND xã Hữu Lũng",
    )
    complaint = accept_case(org, pid, D(2026, 8, 3))
    choices = choices_for(org, org.commune_handler, complaint)
    assert "Giao xác minh" in (choices["kn.verification_decision"].reason or "")
    with org.db.session() as s:
        assign_verification(
            s,
            org.commune_handler,
            complaint,
            on=D(2026, 8, 6),
            verifier="Công chức địa chính xã",
            content="Ranh giới thửa số 12",
            days=15,
        )
        submit_verification_report(
            s,
            org.commune_handler,
            complaint,
            on=D(2026, 8, 20),
            summary="Ranh giới đúng bản đồ địa chính năm 2015",
        )
    _, text = generate(org, org.commune_handler, complaint, "kn.verification_decision")
    flat = " ".join(text.split())
    for expected in (
        "Về việc xác minh nội dung khiếu nại",
        "Giao Công chức địa chính xã",
        "Ranh giới thửa số 12",
        "15 ngày",
        "ngày 06 tháng 8 năm 2026",
    ):
        assert expected in flat, expected
    _, report = generate(org, org.commune_handler, complaint, "kn.verification_report")
    assert "Ranh giới đúng bản đồ địa chính năm 2015" in report

    case_id = make_denunciation(org)
    with org.db.session() as s:
        assign_verification(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 12),
            verifier="Tổ xác minh",
            content="Bà Trần Thị Bình nói ông Cường nhận tiền",
        )
        submit_verification_report(
            s,
            org.handler,
            case_id,
            on=D(2026, 9, 1),
            summary="Trần Thị Bình cung cấp biên lai; có sai phạm",
        )
    for code in (
        "tc.verification_team",
        "tc.work_minutes",
        "tc.expert_request",
        "tc.verification_report",
        "tc.verification_result",
    ):
        issued, text = generate(org, org.handler, case_id, code)
        assert not issued.sealed_identity
        for mark in DENOUNCER_MARKS:
            assert mark not in text, (code, mark)
    assert "Mẫu số 07" in generate(org, org.handler, case_id, "tc.verification_team")[1]


def test_withdrawal_letter_and_record_from_the_step(org: Org) -> None:
    """NĐ 31/2019 Mẫu 02/03 from the withdrawal step: they name the denouncer, so sealed."""
    from tcd_desktop.services.cases import withdraw

    case_id = make_denunciation(org)
    assert "rút tố cáo" in (choices_for(org, org.handler, case_id)["tc.withdrawal"].reason or "")
    with org.db.session() as s:
        withdraw(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 20),
            form="written",
            continue_reason="Có dấu hiệu vi phạm",
            note="Đã được giải thích",
        )
    assert not choices_for(org, org.other_handler, case_id)["tc.withdrawal_record"].enabled
    for code, expected in (
        ("tc.withdrawal", "ĐƠN RÚT TỐ CÁO"),
        ("tc.withdrawal_record", "Ghi nhận việc rút tố cáo"),
    ):
        issued, text = generate(org, org.handler, case_id, code)
        flat = " ".join(text.split())
        assert issued.sealed_identity and expected in flat and "Trần Thị Bình" in flat, code
        assert "Điều 33 Luật Tố cáo" in flat and "Ông Phạm Văn Cường" in flat, code
