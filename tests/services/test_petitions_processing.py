"""Petition processing (xử lý đơn): the queue with its T1/T2/D1 dates and every outcome.

Calendar used for the hand counts (python -c 'import calendar; print(calendar.month(2026, 8))'):

        August 2026                 Days off 2026 (LAW.md §3): Tết 14–22/2, Mon 27/4 (Giỗ Tổ),
    Mo Tu We Th Fr Sa Su            30/4–1/5, Mon 31/8 off for the make-up Saturday 22/8,
                    1  2            1–2/9 (Quốc khánh).
     3  4  5  6  7  8  9
    10 11 12 13 14 15 16
    17 18 19 20 21 22 23
    24 25 26 27 28 29 30
    31
"""

from __future__ import annotations

import pytest

from tcd_desktop.domain.workflow import ComplexityCriterion, FilingGround
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import (
    AcceptanceInput,
    explain_due,
    get_case,
)
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.errors import (
    ConcurrentChange,
    PermissionDenied,
    StepNotAllowed,
    ValidationFailed,
)
from tcd_desktop.store.models import Case, Petition
from tcd_desktop.store.queries.search import SEALED_NAME
from tests.services.conftest import Org, add_petition, audit_actions
from tests.services.petition_helpers import KN, KNG, TC, D, accept


def test_queue_shows_processing_and_answer_dates_masked_and_filtered(org: Org) -> None:
    a = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 31), visit=True)
    b = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 3), citizen_id=org.denouncer)
    c = add_petition(org.db, org, kind=KNG, received_on=D(2026, 8, 14), unit_id=org.commune)
    d = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 10), anonymous=True)
    done = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    accept(org, done, D(2026, 8, 5))
    with org.db.session() as s:
        rows = petitions.processing_queue(s, org.handler, today=D(2026, 8, 10))
    by_id = {r.petition_id: r for r in rows}
    assert done not in by_id
    assert [r.petition_id for r in rows] == [b, a, d, c]
    # A: T2 = 10 working days after Fri 31/7: 3–7/8 (5), 10–14/8 (10) → Fri 14/8.
    # It came in person, so T1 (10 working days after the visit) is the same Fri 14/8.
    assert (by_id[a].processing_rule, by_id[a].processing_due_on) == ("T2", D(2026, 8, 14))
    assert by_id[a].answer_due_on == D(2026, 8, 14)
    assert by_id[a].citizen_display == "Nguyễn Văn An"
    # B: a named denunciation is checked within D1 = 7 working days after Mon 3/8:
    # 4,5,6,7 (4), 10,11,12 (7) → Wed 12/8; on 10/8 two working days are left → due soon.
    assert (by_id[b].processing_rule, by_id[b].processing_due_on) == ("D1", D(2026, 8, 12))
    assert (by_id[b].working_days_left, by_id[b].state) == (2, "due_soon")
    assert by_id[b].answer_due_on is None
    assert by_id[b].citizen_display == SEALED_NAME
    # D: anonymous information is not a denunciation (Luật TC Điều 25): plain T2 from Mon 10/8:
    # 11–14 (4), 17–21 (9), Sat 22/8 is the make-up working day (10) → Sat 22/8.
    assert (by_id[d].processing_rule, by_id[d].processing_due_on) == ("T2", D(2026, 8, 22))
    assert by_id[d].citizen_display.startswith("Nặc danh")
    # C: T2 from Fri 14/8: 17–21 (5), Sat 22/8 make-up (6), 24,25,26,27 (10) → Thu 27/8;
    # on 10/8 that is 14 working days away (11–14, 17–21, 22, 24–27) → on track.
    assert by_id[c].processing_due_on == D(2026, 8, 27)
    assert (by_id[c].working_days_left, by_id[c].state) == (14, "on_track")
    with org.db.session() as s:
        assert [
            r.petition_id for r in petitions.processing_queue(s, org.handler, unit_id=org.commune)
        ] == [c]
        assert {r.petition_id for r in petitions.processing_queue(s, org.handler, kind=TC)} == {
            b,
            d,
        }
        assert [
            r.petition_id for r in petitions.processing_queue(s, org.handler, channel="in_person")
        ] == [a]
        with pytest.raises(PermissionDenied):
            petitions.processing_queue(s, Actor(None, "khach", "Khách"))


def test_acceptance_clock_version_follows_receipt_date(org: Org) -> None:
    old = add_petition(org.db, org, kind=KN, received_on=D(2026, 6, 25))
    new = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 1))
    r_old = accept(org, old, D(2026, 6, 30))
    r_new = accept(org, new, D(2026, 7, 2))
    explained = {}
    with org.db.session() as s:
        for r in (r_old, r_new):
            explained[r.case_id] = {
                e.rule_id: e for e in explain_due(s, SYSTEM, r.case_id, today=D(2026, 8, 1))
            }
            case = s.get(Case, r.case_id)
            assert case is not None and case.rule_set_on == case.accepted_on
    # Received Thu 25/6 (before 01/7/2026): K2 = 10 days (Luật KN Điều 27) → Sun 5/7, rolled
    # to Mon 6/7 (BLDS Điều 148 k5).  Accepted and noticed?  Accepted 30/6, notice pending.
    k2_old = explained[r_old.case_id]["K2"]
    assert (k2_old.due_on, k2_old.unit, k2_old.days_counted) == (D(2026, 7, 6), "ngày", 10)
    assert "Luật Khiếu nại 2011, Điều 27" in k2_old.citation
    # Received Wed 1/7/2026: K2 = 07 working days (NĐ 155/2026): 2,3 (2), 6,7,8,9,10 (7) → Fri 10/7.
    k2_new = explained[r_new.case_id]["K2"]
    assert (k2_new.due_on, k2_new.unit, k2_new.days_counted) == (D(2026, 7, 10), "ngày làm việc", 7)
    # K3 = 30 days from thụ lý: 30/6 + 30 = Thu 30/7;  2/7 + 30 = Sat 1/8 → Mon 3/8.
    assert explained[r_old.case_id]["K3"].due_on == r_old.due_on == D(2026, 7, 30)
    assert explained[r_new.case_id]["K3"].due_on == r_new.due_on == D(2026, 8, 3)
    assert explained[r_new.case_id]["K3"].is_main


def test_acceptance_creates_a_numbered_complex_case(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), visit=True)
    other = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    grounds = [ComplexityCriterion.SEVERAL_PLACES.value, ComplexityCriterion.CONTRADICTORY.value]
    result = accept(
        org,
        pid,
        D(2026, 8, 10),
        complexity_criteria=grounds,
        complexity_finding="Phải xác minh tại hai xã; lời khai mâu thuẫn.",
    )
    second = accept(org, other, D(2026, 8, 10))
    assert result.code == "LS-01-2026-000001" and second.code == "LS-01-2026-000002"
    with org.db.session() as s:
        view = get_case(s, org.supervisor, result.case_id)
        petition = s.get(Petition, pid)
        assert petition is not None
        assert (petition.status, petition.processing_outcome, petition.processed_on) == (
            "accepted",
            "thu_ly",
            D(2026, 8, 10),
        )
    assert (view.kind, view.level, view.status, view.is_complex) == (KN, 1, "accepted", True)
    assert view.complexity_grounds == grounds and len(view.complexity_labels) == 2
    assert view.assignee_name == "Cán bộ xuly" and view.rule_set_on == D(2026, 8, 10)
    # Complex first complaint: 45 days from thụ lý Mon 10/8: 31/8 is day 21, 24/9 day 45 (Thu).
    assert (view.due_rule, view.due_on) == ("K3", D(2026, 9, 24))
    assert "case.accepted" in audit_actions(org.db, result.case_id)


INVALID = [
    ({"complexity_criteria": ["nhieu_dia_diem"]}, "văn bản"),
    ({"complexity_criteria": ["khong_co"], "complexity_finding": "x"}, "không hợp lệ"),
    (
        {
            "complexity_criteria": ["nhieu_dia_diem", "nhieu_noi_dung"],
            "complexity_finding": "x",
            "very_complex": True,
        },
        "Chỉ tố cáo",
    ),
    ({"accepted_on": D(2026, 8, 1)}, "trước ngày nhận đơn"),
    ({"level": 2}, "lần đầu"),
]


def test_acceptance_input_is_validated(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    for kw, match in INVALID:
        kw = dict(kw)
        on = kw.pop("accepted_on", D(2026, 8, 5))
        with pytest.raises(ValidationFailed, match=match):
            accept(org, pid, on, **kw)


def test_acceptance_refusals_and_permissions(org: Org) -> None:
    over = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), over_level=True)
    with pytest.raises(StepNotAllowed, match=r"vượt cấp.*Điều 26"):
        accept(org, over, D(2026, 8, 5))
    mass = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), visit=True, signatories=6)
    with pytest.raises(StepNotAllowed, match="người đại diện"):
        accept(org, mass, D(2026, 8, 5))
    ok_mass = add_petition(
        org.db, org, kind=KN, received_on=D(2026, 8, 3), visit=True, signatories=6, appointed=True
    )
    assert accept(org, ok_mass, D(2026, 8, 5)).status == "accepted"
    with pytest.raises(StepNotAllowed, match="đã được xử lý"):
        accept(org, ok_mass, D(2026, 8, 5))
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with pytest.raises(PermissionDenied):
        accept(org, pid, D(2026, 8, 5), actor=org.reception)
    with org.db.session() as s, pytest.raises(ConcurrentChange):
        petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(D(2026, 8, 5)), expected_version=7
        )
    late = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    # K2 = 7 working days after Mon 3/8 → Wed 12/8; accepting on 13/8 is late (allowed, flagged).
    (warning,) = accept(org, late, D(2026, 8, 13)).warnings
    assert warning.startswith("Thụ lý muộn: hạn K2 là ngày 12/08/2026")


def test_other_outcomes_set_status_and_follow_up(org: Org) -> None:
    tc = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 3), citizen_id=org.denouncer)
    guide = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    back = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    filed = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    lower = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s:
        # D2: transfer a denunciation within 5 working days of Mon 3/8: 4,5,6,7,10 → Mon 10/8.
        moved = petitions.transfer_petition(
            s, org.handler, tc, on=D(2026, 8, 11), to_body="Thanh tra tỉnh"
        )
        assert (moved.status, moved.outcome, moved.late) == ("transferred", "chuyen_don", True)
        assert "10/08/2026" in moved.warnings[0]
        g = petitions.guide_petition(s, org.handler, guide, on=D(2026, 8, 5), to_body="UBND xã")
        assert (g.status, g.outcome, g.late) == ("guided", "huong_dan", False)
        with pytest.raises(ValidationFailed):
            petitions.return_petition(s, org.handler, back, on=D(2026, 8, 5), reason=" ")
        r = petitions.return_petition(s, org.handler, back, on=D(2026, 8, 5), reason="Đơn không ký")
        assert (r.status, r.outcome, r.status_label) == ("returned", "tra_lai", "Đã trả lại đơn")
        with pytest.raises(ValidationFailed, match="Điều 28"):
            petitions.file_petition(s, org.handler, filed, on=D(2026, 8, 5), ground="")
        f = petitions.file_petition(
            s, org.handler, filed, on=D(2026, 8, 20), ground=FilingGround.COMPLAINT_IN_FORCE.value
        )
        # T7: filed petitions are reviewed 1 year after filing: Thu 20/8/2026 → Fri 20/8/2027.
        assert f.follow_up is not None and f.follow_up.due == D(2027, 8, 20)
        assert (f.status, f.outcome) == ("filed", "luu_don")
        low = petitions.report_to_lower(
            s, org.handler, lower, on=D(2026, 8, 5), lower_body="UBND xã Hữu Lũng"
        )
        assert (low.status, low.outcome) == ("reported_to_lower", "yeu_cau_cap_duoi")
        row = s.get(Petition, lower)
        assert row is not None and row.is_over_level and row.processed_on == D(2026, 8, 5)
        with pytest.raises(StepNotAllowed, match="đã được xử lý"):
            petitions.guide_petition(s, org.handler, lower, on=D(2026, 8, 6), to_body="x")
    actions = audit_actions(org.db)
    for outcome in ("chuyen_don", "huong_dan", "tra_lai", "luu_don", "yeu_cau_cap_duoi"):
        assert f"petition.{outcome}" in actions
