"""Complaints end to end through the services, every due date checked by hand against LAW.md.

Calendars (python -c 'import calendar; [print(calendar.month(2026, m)) for m in range(7, 11)]'):

        July 2026             August 2026          September 2026          October 2026
  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
         1  2  3  4  5                  1  2      1  2  3  4  5  6            1  2  3  4
   6  7  8  9 10 11 12   3  4  5  6  7  8  9   7  8  9 10 11 12 13   5  6  7  8  9 10 11
  13 14 15 16 17 18 19  10 11 12 13 14 15 16  14 15 16 17 18 19 20  12 13 14 15 16 17 18
  20 21 22 23 24 25 26  17 18 19 20 21 22 23  21 22 23 24 25 26 27  19 20 21 22 23 24 25
  27 28 29 30 31        24 25 26 27 28 29 30  28 29 30              26 27 28 29 30 31
                        31                    November: Mon 2, 9, 16, 23, 30.
Days off (LAW.md §3): Sat 22/8 is a make-up working day, Mon 31/8 is off in exchange; 1/9 and
2/9 Quốc khánh.  "ngày": calendar days from the day after the event, a last day off rolls to
the next working day (BLDS Điều 147–148); "NLV": working days only.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tcd_desktop.services import dialogues, petitions
from tcd_desktop.services.cases import (
    assign_verification,
    available_steps,
    case_timeline,
    confirm_legal_effect,
    decide_complaint,
    dispatch_decision,
    explain_due,
    get_case,
    publish,
    record_decision_receipt,
    record_enforcement,
    send_acceptance_notice,
    submit_verification_report,
)
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.dialogues import Attendance, Opinion, SignatureRefusal
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import Dialogue
from tcd_desktop.store.queries.board import board_counts
from tests.services.complaint_steps import accept_as, dialogue_people, dues_of
from tests.services.conftest import Org, add_document, add_petition

D = dt.date
VN = dt.timezone(dt.timedelta(hours=7))
KN = "khieu_nai"


def test_complaint_from_visit_to_second_level_decision_and_enforcement(org: Org) -> None:
    # --- visit and petition: Fri 31/7/2026 at the commune, in person ------------------------
    pid = add_petition(
        org.db, org, kind=KN, received_on=D(2026, 7, 31), visit=True, unit_id=org.commune
    )
    with org.db.session() as s:
        (row,) = petitions.processing_queue(s, org.commune_handler, unit_id=org.commune)
    # T2 and T1: 10 NLV after Fri 31/7: 3–7/8 (5), 10–14/8 (10) → Fri 14/8.
    assert (row.processing_due_on, row.answer_due_on) == (D(2026, 8, 14), D(2026, 8, 14))

    # --- acceptance Mon 3/8 -----------------------------------------------------------------
    first = accept_as(org, pid, D(2026, 8, 3), org.commune_handler)
    with org.db.session() as s:
        view = get_case(s, org.commune_handler, first)
        assert view.code == "LS-01-2026-000001" and view.rule_set_on == D(2026, 8, 3)
        main = next(e for e in explain_due(s, SYSTEM, first, today=D(2026, 8, 3)) if e.is_main)
    # K3 = 30 ngày from thụ lý Mon 3/8: day 30 is Wed 2/9 (Quốc khánh), rolled to Thu 3/9.
    assert (view.due_rule, view.due_on) == ("K3", D(2026, 9, 3))
    assert (main.rule_id, main.start_on, main.days_counted) == ("K3", D(2026, 8, 3), 30)
    assert main.holidays_skipped == ((D(2026, 9, 2), "Quốc khánh"),)
    assert "Luật Khiếu nại 2011, Điều 28" in main.citation and "thụ lý" in main.start_event
    # K2 (received 31/7, after 01/7/2026): 07 NLV: 3,4,5,6,7 (5), 10, 11 (7) → Tue 11/8.
    assert dues_of(org, first, D(2026, 8, 3))["K2"] == (D(2026, 8, 11), "on_track")

    notice = add_document(org.db, "KN-03", D(2026, 8, 5), case_id=first)
    with org.db.session() as s:
        r = send_acceptance_notice(
            s,
            org.commune_handler,
            first,
            on=D(2026, 8, 5),
            recipients=("Người khiếu nại", "Thanh tra tỉnh"),
            document_id=notice,
        )
        assert r.warnings == []
        assign_verification(
            s,
            org.commune_handler,
            first,
            on=D(2026, 8, 5),
            verifier="Thanh tra tỉnh",
            content="Xác minh việc thu hồi đất",
        )
        submit_verification_report(
            s,
            org.commune_handler,
            first,
            on=D(2026, 8, 17),
            summary="Thu hồi đúng một phần",
            differs_from_demand=True,
        )
    assert dues_of(org, first, D(2026, 8, 17))["K2"] == (D(2026, 8, 11), "closed_on_time")
    with org.db.session() as s, pytest.raises(StepNotAllowed, match=r"Điều 30 khoản 1"):
        decide_complaint(
            s,
            org.commune_handler,
            first,
            result="dung_mot_phan",
            on=D(2026, 8, 18),
            number="01/QĐ-UBND",
        )
    with org.db.session() as s:  # dialogue on Tue 25/8
        sched = dialogues.schedule_dialogue(
            s,
            org.commune_handler,
            first,
            on=D(2026, 8, 18),
            scheduled_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN),
            place="Hội trường UBND xã",
            presiding="Hoàng Văn Chủ, Chủ tịch UBND xã",
            participants=dialogue_people(),
            content="Đối thoại về việc thu hồi đất",
        )
    # K13: notice at least 5 days before Tue 25/8 → latest Thu 20/8 (a working day).  Sent 18/8.
    assert (sched.notice_latest_on, sched.warnings) == (D(2026, 8, 20), [])
    with org.db.session() as s:
        held = dialogues.record_dialogue(
            s,
            org.commune_handler,
            sched.dialogue_id,
            held_on=D(2026, 8, 25),
            attendance=[
                Attendance("Nguyễn Văn An", True),
                Attendance("Phạm Văn Bị", True),
                Attendance("Đỗ Thị Liên", False, "Ốm, có giấy của trạm y tế", True),
            ],
            opinions=[
                Opinion("Nguyễn Văn An", "complainant", "Diện tích thu hồi", "Đo sai 50 m²"),
                Opinion("Phạm Văn Bị", "respondent", "Diện tích thu hồi", "Đo đúng bản đồ"),
            ],
            agreed_points="Đo lại thửa đất số 12",
            disputed_points="Mức bồi thường",
            result="Thống nhất đo lại; còn khác nhau về mức bồi thường",
            verification_summary="Thu hồi đúng một phần",
            other_opinions="Không",
            started_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN),
            ended_at=dt.datetime(2026, 8, 25, 11, 15, tzinfo=VN),
            refusals=[SignatureRefusal("Phạm Văn Bị", "Không đồng ý kết quả đo đạc")],
        )
        assert held.status == "dialogue"
        scan = b"%PDF-1.4 signed minutes"
        signed = dialogues.attach_signed_minutes(
            s,
            org.commune_handler,
            sched.dialogue_id,
            on=D(2026, 8, 26),
            filename="bien-ban-ky.pdf",
            content=scan,
        )
        minutes = dialogues.dialogue_minutes_data(s, org.commune_handler, sched.dialogue_id)
    assert signed.step == "minutes_signed"
    assert minutes.signed_scan_sha256 == hashlib.sha256(scan).hexdigest()
    # Parties: the file, the complainant, the respondent, one related person → 4 copies (≥ 3).
    assert (
        minutes.copies == 4 and minutes.held and minutes.content == "Đối thoại về việc thu hồi đất"
    )
    assert minutes.started_at is not None and minutes.started_at.hour == 9
    assert minutes.ended_at is not None
    assert (minutes.ended_at.hour, minutes.ended_at.minute) == (11, 15)
    absent = next(p for p in minutes.participants if p.name == "Đỗ Thị Liên")
    assert (absent.present, absent.absence_reason, absent.absence_justified) == (
        False,
        "Ốm, có giấy của trạm y tế",
        True,
    )
    blocks = {b.title: b for b in minutes.signature_blocks}
    assert blocks["NGƯỜI BỊ KHIẾU NẠI"].refusals[0].reason == "Không đồng ý kết quả đo đạc"
    assert blocks["NGƯỜI KHIẾU NẠI"].names == ["Nguyễn Văn An"]
    assert blocks["NGƯỜI CÓ QUYỀN, NGHĨA VỤ LIÊN QUAN"].names == []  # absent: no signature
    assert blocks["NGƯỜI GHI BIÊN BẢN"].names == ["Lý Thị Thư"]
    assert [o.opinion for o in minutes.opinions] == ["Đo sai 50 m²", "Đo đúng bản đồ"]
    with org.db.session() as s:  # the minutes' fields live on the dialogue row itself
        row = s.get(Dialogue, sched.dialogue_id)
        assert row is not None and row.signed_scan_id == minutes.signed_scan_id is not None
        assert (row.content, row.copies, row.verification_summary, row.other_opinions) == (
            "Đối thoại về việc thu hồi đất",
            4,
            "Thu hồi đúng một phần",
            "Không",
        )
        assert row.refusals == [{"name": "Phạm Văn Bị", "reason": "Không đồng ý kết quả đo đạc"}]
        assert row.started_at == dt.datetime(2026, 8, 25, 2, 0, tzinfo=dt.UTC)

    # --- first-level decision Fri 28/8 --------------------------------------------------------
    decision = add_document(org.db, "QD-KN1", D(2026, 8, 28), case_id=first)
    with org.db.session() as s:
        r = decide_complaint(
            s,
            org.commune_handler,
            first,
            result="dung_mot_phan",
            on=D(2026, 8, 28),
            number="125/QĐ-UBND",
            document_id=decision,
        )
        assert (r.status, r.closed_on, r.warnings) == ("decided", D(2026, 8, 28), [])
        view = get_case(s, org.commune_handler, first)
    # K10: legal effect 30 ngày after issue: 28/8 + 30 = Sun 27/9 → Mon 28/9.
    assert view.legal_effect_on == D(2026, 9, 28)
    dues = dues_of(org, first, D(2026, 8, 28))
    # K3 met: decided 28/8 before 3/9.
    assert dues["K3"] == (D(2026, 9, 3), "closed_on_time")
    # K4: send within 03 NLV of Fri 28/8: Mon 31/8 off (for Sat 22/8), 1/9 and 2/9 Quốc khánh,
    # Thu 3/9 (1), Fri 4/9 (2), Mon 7/9 (3) → 7/9.
    assert dues["K4"] == (D(2026, 9, 7), "due_soon")  # 3 working days left on 28/8
    assert dues["K10"] == (D(2026, 9, 28), "info")
    with org.db.session() as s:
        k4 = next(
            e for e in explain_due(s, SYSTEM, first, today=D(2026, 8, 28)) if e.rule_id == "K4"
        )
    assert [d for d, _ in k4.holidays_skipped] == [D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2)]
    with org.db.session() as s:
        dispatch_decision(
            s,
            org.commune_handler,
            first,
            on=D(2026, 9, 3),
            recipients=("Người khiếu nại", "Người bị khiếu nại"),
        )
    dues = dues_of(org, first, D(2026, 9, 3))
    assert dues["K4"] == (D(2026, 9, 7), "closed_on_time")
    # Before the receipt is known K5 counts from posting + 3 working days (8/9) → 8/10.
    assert dues["K5"] == (D(2026, 10, 8), "info")
    with org.db.session() as s:
        record_decision_receipt(
            s, org.commune_handler, first, on=D(2026, 9, 3), evidence="Ký nhận trực tiếp"
        )
    dues = dues_of(org, first, D(2026, 9, 3))
    # K5: second complaint within 30 ngày of receiving the decision (received Thu 3/9):
    # 3/9 + 30 = Sat 3/10 → Mon 5/10.
    assert dues["K5"] == (D(2026, 10, 5), "info")

    # --- second complaint -------------------------------------------------------------------
    too_late = add_petition(org.db, org, kind=KN, received_on=D(2026, 10, 6))
    with pytest.raises(StepNotAllowed, match=r"hết thời hạn khiếu nại lần hai.*05/10/2026"):
        accept_as(org, too_late, D(2026, 10, 7), org.handler, level=2, first_case_id=first)
    second_pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 9, 10))
    second = accept_as(org, second_pid, D(2026, 9, 14), org.handler, level=2, first_case_id=first)
    with org.db.session() as s:
        view2 = get_case(s, org.handler, second)
        assert (view2.level, view2.parent_case_id) == (2, first)
        steps = {o.step: o for o in available_steps(s, org.handler, first, on=D(2026, 9, 28))}
        assert "Điều 44 khoản 1" in (steps["legal_effect"].reason or "")
        with pytest.raises(StepNotAllowed, match="Điều 44 khoản 1"):
            confirm_legal_effect(s, org.commune_handler, first, on=D(2026, 9, 28))
    # K7 = 45 ngày from thụ lý Mon 14/9: 30/9 is day 16, 29/10 day 45 → Thu 29/10.
    assert (view2.due_rule, view2.due_on) == ("K7", D(2026, 10, 29))
    # K6 = 07 NLV after Thu 10/9: 11 (1), 14–18 (6), Mon 21/9 (7).
    # On 14/9 five working days are left (15–18, 21) → due soon.
    assert dues_of(org, second, D(2026, 9, 14))["K6"] == (D(2026, 9, 21), "due_soon")

    with org.db.session() as s:
        send_acceptance_notice(s, org.handler, second, on=D(2026, 9, 15))
        assign_verification(s, org.handler, second, on=D(2026, 9, 15), verifier="Thanh tra tỉnh")
        submit_verification_report(
            s, org.handler, second, on=D(2026, 10, 5), summary="Quyết định lần đầu đúng"
        )
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Điều 39"):
        decide_complaint(s, org.handler, second, result="sai", on=D(2026, 10, 6), number="9/QĐ")
    with org.db.session() as s:
        d2 = dialogues.schedule_dialogue(
            s,
            org.handler,
            second,
            on=D(2026, 10, 6),
            scheduled_at=dt.datetime(2026, 10, 14, 10, 0, tzinfo=VN),
            place="Trụ sở tiếp công dân",
            presiding="Lãnh đạo UBND tỉnh",
            participants=dialogue_people()[2:4],
        )
        # K13: at least 5 days before Wed 14/10 → latest Fri 9/10; sent 6/10.
        assert (d2.notice_latest_on, d2.warnings) == (D(2026, 10, 9), [])
        dialogues.record_dialogue(
            s,
            org.handler,
            d2.dialogue_id,
            held_on=D(2026, 10, 14),
            attendance=[Attendance("Nguyễn Văn An", True), Attendance("Phạm Văn Bị", True)],
            opinions=[],
            agreed_points="",
            disputed_points="Diện tích",
            result="Không thống nhất",
        )
        r2 = decide_complaint(
            s, org.handler, second, result="sai", on=D(2026, 10, 20), number="1450/QĐ-UBND"
        )
        assert (r2.status, r2.closed_on) == ("decided", D(2026, 10, 20))
        assert get_case(s, org.handler, first).status == "closed"  # superseded by level 2
        view2 = get_case(s, org.handler, second)
    # K11: 20/10 + 30 = Thu 19/11.
    assert view2.legal_effect_on == D(2026, 11, 19)
    dues = dues_of(org, second, D(2026, 10, 20))
    assert dues["K7"] == (D(2026, 10, 29), "closed_on_time")
    assert dues["K8"] == (D(2026, 10, 27), "due_soon")  # 07 ngày: 20/10 + 7 = Tue 27/10
    assert dues["K9"] == (D(2026, 11, 4), "on_track")  # 15 ngày: 20/10 + 15 = Wed 4/11
    assert dues["K11"] == (D(2026, 11, 19), "info")
    assert dues["K6"] == (D(2026, 9, 21), "closed_on_time")  # noticed Tue 15/9

    with org.db.session() as s:
        dispatch_decision(s, org.handler, second, on=D(2026, 10, 22))
        publish(s, org.handler, second, on=D(2026, 10, 30), method="Niêm yết tại trụ sở")
        with pytest.raises(StepNotAllowed, match="19/11/2026"):
            confirm_legal_effect(s, org.handler, second, on=D(2026, 11, 18))
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="Chưa có quyết định có hiệu"):
        record_enforcement(s, org.handler, second, on=D(2026, 11, 18), progress="Chưa")
    with org.db.session() as s:
        assert (
            confirm_legal_effect(s, org.handler, second, on=D(2026, 11, 19)).status == "enforcing"
        )
        record_enforcement(s, org.handler, second, on=D(2026, 11, 25), progress="Đã đo lại")
        done = record_enforcement(
            s, org.handler, second, on=D(2026, 11, 30), progress="Đã thi hành xong", done=True
        )
        assert (done.status, get_case(s, org.handler, second).enforcement_done_on) == (
            "closed",
            D(2026, 11, 30),
        )
        assert board_counts(s, D(2026, 12, 1), D(2026, 12, 8)).as_dict()["closed_on_time"] == 2
        timeline = case_timeline(s, org.supervisor, first)
        assert verify_audit(s).ok
    steps_done = [t.step for t in timeline]
    assert steps_done == [
        "accepted",
        "acceptance_notice",
        "assign_verification",
        "verification_report",
        "dialogue_scheduled",
        "dialogue_held",
        "minutes_signed",
        "decision",
        "dispatch",
        "decision_received",
        "second_complaint",
        "second_decision",
    ]
    dec = timeline[steps_done.index("decision")]
    assert (dec.actor_name, dec.occurred_on, dec.document_id) == (
        "Cán bộ xulyxa",
        D(2026, 8, 28),
        decision,
    )
    assert timeline[1].document_id == notice
