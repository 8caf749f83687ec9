"""Issue 8, workflow rules 4, 7 (withdrawal part) and 8: withdrawal needs its request, ends
only the withdrawing complainant's part of a mass complaint, a withdrawn denunciation is
checked against Luật Tố cáo Điều 33 k3, and the decisions name the parties as recipients.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput, resume, suspend, withdraw
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tests.documents.pdftext import pdf_text
from tests.services.conftest import Org, add_petition

D = dt.date


def _accept(org: Org, pid: uuid.UUID, on: D, **kw: object) -> uuid.UUID:
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=org.handler.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def _pdf(org: Org, case_id: uuid.UUID, code: str) -> tuple[bytes, str]:
    with org.db.session() as s:
        issued = cd.generate_case_document(s, org.handler, case_id, code)
    with org.db.session() as s:
        data = cd.document_pdf(s, org.handler, issued.id)
    return data, pdf_text(data)


def test_mass_complaint_withdrawal_ends_only_that_part(org: Org) -> None:
    pid = add_petition(
        org.db,
        org,
        kind="khieu_nai",
        received_on=D(2026, 8, 3),
        signatories=6,
        visit=True,
        appointed=True,
    )
    case_id = _accept(org, pid, D(2026, 8, 4))
    with org.db.session() as s, pytest.raises(ValidationFailed, match="đơn rút"):
        withdraw(s, org.handler, case_id, on=D(2026, 8, 10))
    with org.db.session() as s, pytest.raises(ValidationFailed, match="Điều 7a"):
        withdraw(s, org.handler, case_id, on=D(2026, 8, 10), form="written")
    with org.db.session() as s:
        r = withdraw(
            s, org.handler, case_id, on=D(2026, 8, 10), form="written", withdrawing="Lê Văn Cường"
        )
    assert (r.status, r.closed_on) == ("accepted", None)  # five others continue
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="đã rút"):
        withdraw(
            s, org.handler, case_id, on=D(2026, 8, 11), form="written", withdrawing="lê văn cường"
        )
    # The termination decision for his part, with the parties in Điều 3 and "Nơi nhận".
    data, text = _pdf(org, case_id, "kn.suspension")
    assert data.startswith(b"%PDF")
    for expected in (
        "đình chỉ việc giải quyết",
        "Lê Văn Cường rút khiếu nại",
        "của Lê Văn Cường (một trong những người cùng khiếu nại)",
        "Lê Văn Cường (người rút khiếu nại)",
        "những người khiếu nại khác",
        "Nguyễn Văn An (người khiếu nại)",
        "(người bị khiếu nại)",
        "Nơi nhận",
    ):
        assert expected in text, expected
    assert text.count("(người khiếu nại)") >= 2  # Điều 3 and Nơi nhận
    for i in range(5):
        with org.db.session() as s:
            last = withdraw(
                s,
                org.handler,
                case_id,
                on=D(2026, 8, 12),
                form="verbal_record",
                withdrawing=f"Người {i}",
            )
    assert (last.status, last.closed_on) == ("withdrawn", D(2026, 8, 12))


def test_denunciation_withdrawal_needs_the_article_33_checks(org: Org) -> None:
    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    case_id = _accept(org, pid, D(2026, 8, 10))
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Điều 33 khoản 3"):
        withdraw(s, org.handler, case_id, on=D(2026, 8, 20), form="written")
    with org.db.session() as s:
        kept = withdraw(
            s, org.handler, case_id, on=D(2026, 8, 20), form="written", checks=["bi_ep_buoc"]
        )
    assert (kept.status, kept.closed_on) == ("accepted", None)
    pid2 = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    other = _accept(org, pid2, D(2026, 8, 10))
    with org.db.session() as s:
        ended = withdraw(s, org.handler, other, on=D(2026, 8, 20), form="written", checks=[])
    assert (ended.status, ended.closed_on) == ("withdrawn", D(2026, 8, 20))
    _data, text = _pdf(org, other, "tc.suspension")
    assert "(người bị tố cáo)" in text and "Người tố cáo (thông tin" in text
    assert "Trần Thị Bình" not in text


def test_suspension_and_continuation_reach_the_parties(org: Org) -> None:
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    case_id = _accept(org, pid, D(2026, 8, 4))
    with org.db.session() as s:
        suspend(s, org.handler, case_id, on=D(2026, 8, 10), ground="tro_ngai")
    _data, text = _pdf(org, case_id, "kn.suspension")
    assert "tạm đình chỉ" in text and "(người khiếu nại)" in text
    with org.db.session() as s:
        resume(s, org.handler, case_id, on=D(2026, 8, 20))
    _data, text = _pdf(org, case_id, "kn.resumption")
    assert "tiếp tục giải quyết" in text and "(người bị khiếu nại)" in text


def test_transfer_to_police_is_a_step_with_its_letter_and_deadline(org: Org) -> None:
    from tcd_desktop.services.cases import explain_due, transfer_to_police

    pid = add_petition(
        org.db,
        org,
        kind="to_cao",
        received_on=D(2026, 8, 3),
        citizen_id=org.denouncer,
        summary="Cán bộ địa chính nhận tiền",
    )
    case_id = _accept(org, pid, D(2026, 8, 10))
    with org.db.session() as s, pytest.raises(ValidationFailed, match="dấu hiệu tội phạm"):
        transfer_to_police(
            s, org.handler, case_id, on=D(2026, 8, 20), to_body="Công an tỉnh", signs=" "
        )
    with org.db.session() as s:
        r = transfer_to_police(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 20),
            found_on=D(2026, 8, 17),
            to_body="Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
            signs="Nhận hối lộ 50 triệu đồng",
        )
        # D7C: 'ngay' tracked as 01 working day from Mon 17/8 → Tue 18/8; sent Thu 20/8: late.
        assert r.warnings and "18/08/2026" in r.warnings[0]
        d7c = next(
            e for e in explain_due(s, SYSTEM, case_id, today=D(2026, 8, 20)) if e.rule_id == "D7C"
        )
        assert (d7c.due_on, d7c.state) == (D(2026, 8, 18), "closed_late")
    data, text = _pdf(org, case_id, "tc.police_transfer")
    assert data.startswith(b"%PDF")
    for expected in (
        "V/v chuyển hồ sơ vụ việc tố cáo có dấu hiệu tội phạm",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
        "Nhận hối lộ 50 triệu đồng",
        "khoản 2 Điều 36 Luật Tố cáo",
        "Người tố cáo (để biết)",
    ):
        assert expected in text, expected
    assert "Trần Thị Bình" not in text and "0987654321" not in text


def test_d10_d11_and_t2b_are_tracked_due_dates(org: Org) -> None:
    from tcd_desktop.services.cases import explain_due, meet_clock, start_clock

    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    with org.db.session() as s:
        t2b = next(
            e
            for e in petitions.explain_petition_due(s, org.handler, pid, today=D(2026, 8, 3))
            if e.rule_id == "T2B"
        )
    assert t2b.due_on == D(2026, 9, 17)  # 3/8 + 45 = Thu 17/9
    case_id = _accept(org, pid, D(2026, 8, 10))
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Chưa bắt đầu"):
        meet_clock(s, org.handler, case_id, rule_id="D11", on=D(2026, 8, 12))
    with org.db.session() as s, pytest.raises(ValidationFailed, match="D10, D10B, D11"):
        start_clock(s, org.handler, case_id, rule_id="K3", on=D(2026, 8, 12))
    with org.db.session() as s:
        start_clock(
            s, org.handler, case_id, rule_id="D11", on=D(2026, 8, 3), note="Báo Lạng Sơn chuyển đến"
        )
        start_clock(s, org.handler, case_id, rule_id="D10", on=D(2026, 9, 14))
        meet_clock(s, org.handler, case_id, rule_id="D10", on=D(2026, 9, 16))
        dues = {e.rule_id: e for e in explain_due(s, SYSTEM, case_id, today=D(2026, 9, 16))}
    # D11: 20 ngày from Mon 3/8 → Sun 23/8 → Mon 24/8; not answered by 16/9: overdue.
    assert (dues["D11"].due_on, dues["D11"].state) == (D(2026, 8, 24), "overdue")
    # D10: 05 NLV from Mon 14/9 → Mon 21/9; request sent 16/9.
    assert (dues["D10"].due_on, dues["D10"].state) == (D(2026, 9, 21), "closed_on_time")
