"""Issue 8, workflow rules 2, 3, 5, 6 and 9, each driven through the services.

Calendars: August 2026 Mon 3, 10, 17, 24, 31; September Mon 7, 14; 31/8 is off (for the
make-up Saturday 22/8), 1/9 and 2/9 Quốc khánh.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tcd_desktop.domain.complaint_rules import DenunciationCondition
from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    decide_complaint,
    dispatch_decision,
    explain_due,
    get_case,
    record_decision_receipt,
    submit_verification_report,
)
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.store.models import AuditEntry, Case, CaseEvent
from tests.services.conftest import Org, add_petition

D = dt.date
KN = "khieu_nai"


def _accept(org: Org, pid: uuid.UUID, on: D, **kw: object) -> uuid.UUID:
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=org.handler.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def _decided_commune_case(org: Org) -> uuid.UUID:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), unit_id=org.commune)
    case_id = _accept(org, pid, D(2026, 8, 4))
    with org.db.session() as s:
        decide_complaint(
            s, org.commune_handler, case_id, result="dung", on=D(2026, 8, 14), number="1/QĐ-UBND"
        )
        dispatch_decision(s, org.commune_handler, case_id, on=D(2026, 8, 17))
    return case_id


# ---------------------------------------------------------------------- rule 2
def test_second_complaint_only_by_the_direct_superior(org: Org) -> None:
    first = _decided_commune_case(org)
    same = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 24), unit_id=org.commune)
    with pytest.raises(StepNotAllowed, match=r"UBND tỉnh Lạng Sơn.*chính cơ quan đã giải quyết"):
        _accept(org, same, D(2026, 8, 25), level=2, first_case_id=first)
    with org.db.session() as s:  # nothing written
        assert s.scalar(select(Case).where(Case.parent_case_id == first)) is None
    upper = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 24))
    second = _accept(org, upper, D(2026, 8, 25), level=2, first_case_id=first)
    with org.db.session() as s:
        assert get_case(s, org.handler, second).level == 2


def test_province_decision_has_no_superior_in_the_register(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    first = _accept(org, pid, D(2026, 8, 4))
    with org.db.session() as s:
        decide_complaint(s, org.handler, first, result="dung", on=D(2026, 8, 14), number="2/QĐ")
        dispatch_decision(s, org.handler, first, on=D(2026, 8, 17))
    again = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 24))
    with pytest.raises(StepNotAllowed, match="không có cấp trên"):
        _accept(org, again, D(2026, 8, 25), level=2, first_case_id=first)


# ---------------------------------------------------------------------- rule 3
def test_time_bar_k1_with_objective_obstacle(org: Org) -> None:
    # Known Mon 4/5/2026; 90 ngày → Sun 2/8 → Mon 3/8.  Lodged Tue 11/8: too late ...
    late = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 11))
    with pytest.raises(StepNotAllowed, match=r"hết thời hiệu.*03/08/2026.*khoản 6 Điều 11"):
        _accept(org, late, D(2026, 8, 12), decision_known_on=D(2026, 5, 4))
    with pytest.raises(ValidationFailed, match="lý do trở ngại"):
        _accept(
            org,
            late,
            D(2026, 8, 12),
            decision_known_on=D(2026, 5, 4),
            obstacles=[(D(2026, 6, 1), D(2026, 6, 20))],
        )
    # ... unless 20 days in hospital are recorded: 2/8 + 20 = Sat 22/8, a make-up working day.
    case_id = _accept(
        org,
        late,
        D(2026, 8, 12),
        decision_known_on=D(2026, 5, 4),
        obstacles=[(D(2026, 6, 1), D(2026, 6, 20))],
        obstacle_reason="Nằm viện, có giấy ra viện",
    )
    with org.db.session() as s:
        data = s.scalar(select(CaseEvent.data).where(CaseEvent.case_id == case_id))
    assert data["time_bar_due"] == "2026-08-22"
    assert data["obstacle_reason"] == "Nằm viện, có giấy ra viện"


def test_non_acceptance_ground_of_article_11_on_the_notice(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s, pytest.raises(ValidationFailed, match="Điều 11"):
        petitions.return_petition(s, org.handler, pid, on=D(2026, 8, 5), ground="k99_khac")
    with org.db.session() as s:
        petitions.return_petition(s, org.handler, pid, on=D(2026, 8, 5), ground="k6_het_thoi_hieu")
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "petition.tra_lai"))
        assert entry is not None and entry.detail["ground_citation"] == (
            "khoản 6 Điều 11 Luật Khiếu nại 2011"
        )
        issued = cd.generate_petition_document(s, org.handler, pid, "kn.non_acceptance")
        from tests.documents.pdftext import pdf_text

        text = pdf_text(cd.document_pdf(s, org.handler, issued.id))
    assert "khoản 6 Điều 11 Luật Khiếu nại 2011" in text
    assert "Thời hiệu, thời hạn khiếu nại đã hết" in text


def test_non_acceptance_notice_needs_a_ground(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s:
        petitions.return_petition(s, org.handler, pid, on=D(2026, 8, 5), reason="Thiếu giấy tờ")
        with pytest.raises(StepNotAllowed, match="căn cứ tại Điều 11"):
            cd.generate_petition_document(s, org.handler, pid, "kn.non_acceptance")


# ---------------------------------------------------------------------- rule 5
def test_k5_counts_from_the_receipt_of_the_first_decision(org: Org) -> None:
    first = _decided_commune_case(org)  # posted Mon 17/8
    with org.db.session() as s:
        k5 = next(
            e for e in explain_due(s, SYSTEM, first, today=D(2026, 8, 17)) if e.rule_id == "K5"
        )
    # Receipt unknown: 17/8 + 3 working days = Thu 20/8; + 30 = Sat 19/9 → Mon 21/9.
    assert k5.start_on == D(2026, 8, 20) and k5.due_on == D(2026, 9, 21)
    with org.db.session() as s, pytest.raises(ValidationFailed, match="trước ngày gửi"):
        record_decision_receipt(s, org.commune_handler, first, on=D(2026, 8, 14))
    with org.db.session() as s:
        r = record_decision_receipt(
            s, org.commune_handler, first, on=D(2026, 8, 28), evidence="Phiếu báo phát"
        )
    assert r.step == "decision_received"
    # Received Fri 28/8: + 30 = Sun 27/9 → Mon 28/9.  A petition of 25/9 is in time.
    in_time = add_petition(org.db, org, kind=KN, received_on=D(2026, 9, 25))
    second = _accept(org, in_time, D(2026, 9, 25), level=2, first_case_id=first)
    assert second is not None
    with org.db.session() as s:
        k5 = next(
            e for e in explain_due(s, SYSTEM, first, today=D(2026, 9, 1)) if e.rule_id == "K5"
        )
    assert (k5.start_on, k5.due_on) == (D(2026, 8, 28), D(2026, 9, 28))


# ---------------------------------------------------------------------- rule 6
def _verified(org: Org, *, differs: bool, disciplinary: bool = False) -> uuid.UUID:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = _accept(org, pid, D(2026, 8, 4), disciplinary=disciplinary)
    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 5), verifier="Thanh tra")
        submit_verification_report(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 12),
            summary="Kết quả",
            differs_from_demand=differs,
        )
    return case_id


def test_dialogue_mandatory_for_a_right_or_partly_right_finding(org: Org) -> None:
    case_id = _verified(org, differs=False)
    for result in ("dung", "dung_mot_phan"):
        with org.db.session() as s, pytest.raises(StepNotAllowed, match="Điều 28"):
            decide_complaint(
                s, org.handler, case_id, result=result, on=D(2026, 8, 20), number="3/QĐ"
            )


def test_right_at_once_without_verification_needs_no_dialogue(org: Org) -> None:
    """Luật KN Điều 29 k1 (LAW.md §5 step 4): the resolver re-examines its own decision and,
    finding the complaint right, decides at once; with no verification result there is
    nothing for the demand to differ from (Điều 30 k1), so no dialogue and no reason; the
    decision records why.  Partly right or wrong needs the verification first."""
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    case_id = _accept(org, pid, D(2026, 8, 4))
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Điều 29"):
        decide_complaint(
            s, org.handler, case_id, result="dung_mot_phan", on=D(2026, 8, 10), number="6/QĐ"
        )
    with org.db.session() as s:
        decide_complaint(s, org.handler, case_id, result="dung", on=D(2026, 8, 10), number="6/QĐ")
        data = s.scalar(
            select(CaseEvent.data).where(CaseEvent.case_id == case_id, CaseEvent.kind == "decision")
        )
    assert data["dialogue"] == "not_needed_decided_at_once" and "dialogue_skip_reason" not in data


def test_dialogue_skipped_only_with_a_reason(org: Org) -> None:
    case_id = _verified(org, differs=False)
    with org.db.session() as s, pytest.raises(ValidationFailed, match="lý do không đối thoại"):
        decide_complaint(s, org.handler, case_id, result="sai", on=D(2026, 8, 20), number="4/QĐ")
    with org.db.session() as s:
        decide_complaint(
            s,
            org.handler,
            case_id,
            result="sai",
            on=D(2026, 8, 20),
            number="4/QĐ",
            dialogue_skip_reason="Người khiếu nại đồng ý kết quả xác minh",
        )
        data = s.scalar(
            select(CaseEvent.data).where(CaseEvent.case_id == case_id, CaseEvent.kind == "decision")
        )
    assert data["dialogue_skip_reason"] == "Người khiếu nại đồng ý kết quả xác minh"


def test_disciplinary_complaint_follows_kd_rules_with_mandatory_dialogue(org: Org) -> None:
    # KD1: 15 ngày from receiving the disciplinary decision Mon 13/7 → Tue 28/7: 3/8 is late.
    late = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with pytest.raises(StepNotAllowed, match="Điều 48"):
        _accept(org, late, D(2026, 8, 4), disciplinary=True, decision_known_on=D(2026, 7, 13))
    case_id = _verified(org, differs=False, disciplinary=True)
    with org.db.session() as s:
        view = get_case(s, org.handler, case_id)
        # KD4: 30 ngày from thụ lý Tue 4/8 → Thu 3/9.
        assert (view.due_rule, view.due_on) == ("KD4", D(2026, 9, 3))
        rules = {e.rule_id for e in explain_due(s, SYSTEM, case_id, today=D(2026, 8, 5))}
        assert "KD3" in rules and "K2" not in rules
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="kỷ luật bắt buộc"):
        decide_complaint(
            s,
            org.handler,
            case_id,
            result="sai",
            on=D(2026, 8, 20),
            number="5/QĐ",
            dialogue_skip_reason="x",
        )


# ---------------------------------------------------------------------- rule 9
def test_denunciation_acceptance_conditions_checklist(org: Org) -> None:
    base = [c.value for c in DenunciationCondition if c.always_required]
    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    with pytest.raises(StepNotAllowed, match="gửi lại sau khi đã được hướng dẫn"):
        _accept(org, pid, D(2026, 8, 5), conditions=base[:-1])
    # Denouncing the resolver of the denouncer's earlier complaint needs new evidence.
    with pytest.raises(StepNotAllowed, match="bằng chứng mới"):
        _accept(org, pid, D(2026, 8, 5), conditions=base, against_complaint_resolver=True)
    case_id = _accept(
        org,
        pid,
        D(2026, 8, 5),
        conditions=[*base, "bang_chung_moi"],
        against_complaint_resolver=True,
    )
    with org.db.session() as s:
        data = s.scalar(select(CaseEvent.data).where(CaseEvent.case_id == case_id))
    assert data["against_complaint_resolver"] is True and "bang_chung_moi" in data["conditions"]
