"""Denunciations end to end: two extensions (especially complex) and a suspension, every due
date checked by hand against LAW.md §2.3 and §6.

        August 2026          September 2026          October 2026          November 2026
  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
                  1  2      1  2  3  4  5  6            1  2  3  4                     1
   3  4  5  6  7  8  9   7  8  9 10 11 12 13   5  6  7  8  9 10 11   2  3  4  5  6  7  8
  10 11 12 13 14 15 16  14 15 16 17 18 19 20  12 13 14 15 16 17 18   9 10 11 12 13 14 15
  17 18 19 20 21 22 23  21 22 23 24 25 26 27  19 20 21 22 23 24 25  16 17 18 19 20 21 22
  24 25 26 27 28 29 30  28 29 30              26 27 28 29 30 31     23 24 25 26 27 28 29
  31                                                                30
  Sat 22/8 is a make-up working day; Mon 31/8, Tue 1/9 and Wed 2/9 are days off.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import ComplexityCriterion as C
from tcd_desktop.services import dialogues, identity, petitions
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    case_timeline,
    conclude_denunciation,
    decide_re_resolution,
    dispatch_decision,
    explain_due,
    extend_resolution,
    get_case,
    lodge_further_denunciation,
    mark_complex,
    publish,
    record_enforcement,
    record_handling,
    resume,
    send_acceptance_notice,
    submit_verification_report,
    suspend,
    terminate,
    withdraw,
)
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.dialogues import Participant
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed
from tcd_desktop.store.models import Unit
from tcd_desktop.store.queries.board import board_counts
from tests.services.conftest import Org, add_actor, add_petition

D = dt.date
TC = "to_cao"
SUMMARY = "Bà Trần Thị Bình (0987654321) tố cáo ông Phạm Văn Cường nhận tiền của dân"


def _explain(org: Org, case_id: uuid.UUID, today: D) -> dict[str, object]:
    with org.db.session() as s:
        return {e.rule_id: e for e in explain_due(s, SYSTEM, case_id, today=today)}


def _accept(org: Org, received: D, on: D, **kw: object) -> uuid.UUID:
    pid = add_petition(
        org.db, org, kind=TC, received_on=received, citizen_id=org.denouncer, summary=SUMMARY
    )
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=org.handler.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def test_denunciation_with_two_extensions_and_a_suspension(org: Org) -> None:
    pid = add_petition(
        org.db, org, kind=TC, received_on=D(2026, 8, 3), citizen_id=org.denouncer, summary=SUMMARY
    )
    with org.db.session() as s:
        # D1: 07 NLV after Mon 3/8 → Wed 12/8; extended on 11/8 to 10 NLV → Mon 17/8.
        ext = petitions.extend_initial_check(
            s, org.handler, pid, on=D(2026, 8, 11), reason="Kiểm tra tại hai xã"
        )
        assert ext.follow_up is not None and ext.follow_up.due == D(2026, 8, 17)
        accepted = petitions.accept_petition(
            s,
            org.handler,
            pid,
            AcceptanceInput(
                accepted_on=D(2026, 8, 17),
                assignee_id=org.handler.user_id,
                complexity_criteria=[C.SEVERAL_PLACES.value, C.SEVERAL_AGENCIES.value],
                complexity_finding="Xác minh ở hai xã, liên quan ba cơ quan",
                very_complex=True,
            ),
        )
    case_id = accepted.case_id
    assert accepted.warnings == []  # accepted on the last day of the extended D1
    # D4 = 30 ngày from thụ lý Mon 17/8: 31/8 is day 14, Wed 16/9 day 30.
    assert (accepted.due_on, get_case_view(org, case_id).due_rule) == (D(2026, 9, 16), "D4")
    dues = _explain(org, case_id, D(2026, 8, 17))
    assert (dues["D1"].due_on, dues["D1"].variant, dues["D1"].state) == (
        D(2026, 8, 17),
        "extended",
        "closed_on_time",
    )
    # D3: 05 NLV after Mon 17/8: 18, 19, 20, 21 (4), Sat 22/8 make-up working day (5).
    assert dues["D3"].due_on == D(2026, 8, 22)

    with org.db.session() as s:
        send_acceptance_notice(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 21),
            recipients=("Người tố cáo (Mẫu 05)", "Người bị tố cáo (Mẫu 06)"),
        )
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 21), verifier="Tổ xác minh")
        with pytest.raises(StepNotAllowed, match="Đối thoại là thủ tục giải quyết khiếu nại"):
            dialogues.schedule_dialogue(
                s,
                org.handler,
                case_id,
                on=D(2026, 8, 21),
                scheduled_at=dt.datetime(2026, 8, 28, 9, tzinfo=dt.UTC),
                place="x",
                presiding="y",
                participants=[Participant("complainant", "z")],
            )
        with pytest.raises(StepNotAllowed, match="Căn cứ tạm đình chỉ"):
            suspend(s, org.handler, case_id, on=D(2026, 8, 28), ground="tro_ngai")
        paused = suspend(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 28),
            ground="cho_giam_dinh",
            note="Chờ kết quả giám định chữ ký",
        )
        assert (paused.status, paused.is_paused) == ("suspended", True)
        (event,) = [t for t in case_timeline(s, org.handler, case_id) if t.step == "suspension"]
    # D5: send the suspension decision within 05 NLV of Fri 28/8: 31/8, 1/9, 2/9 are off,
    # 3 (1), 4 (2), 7, 8, 9 (5) → Wed 9/9.
    assert event.data["send_by"] == "2026-09-09"
    assert _explain(org, case_id, D(2026, 9, 1))["D4"].state == "paused"

    with org.db.session() as s:
        resumed = resume(s, org.handler, case_id, on=D(2026, 9, 7))
    # Suspended Fri 28/8 to Sun 6/9 = 10 days excluded: 16/9 + 10 = Sat 26/9 → Mon 28/9.
    assert (resumed.status, resumed.due_on) == ("verifying", D(2026, 9, 28))

    with org.db.session() as s:
        with pytest.raises(PermissionDenied):
            extend_resolution(s, org.handler, case_id, on=D(2026, 9, 21), reason="Phức tạp")
        with pytest.raises(StepNotAllowed, match="không quá 30 ngày"):
            extend_resolution(s, org.leader, case_id, on=D(2026, 9, 21), reason="x", days=31)
        first_ext = extend_resolution(
            s,
            org.leader,
            case_id,
            on=D(2026, 9, 21),
            days=30,
            number="15/QĐ-GH",
            reason="Chờ ý kiến ba cơ quan",
        )
    # 30 + 30 ngày + 10 suspended = 70 days from 17/8: 31/8 (14), 30/9 (44), Mon 26/10 (70).
    assert first_ext.due_on == D(2026, 10, 26)
    with org.db.session() as s:
        second_ext = extend_resolution(
            s,
            org.leader,
            case_id,
            on=D(2026, 10, 20),
            days=26,
            number="21/QĐ-GH",
            reason="Bổ sung giám định",
        )
    # 30 + 30 + 26 + 10 = 96 days: 30/9 (44), 31/10 (75), Sat 21/11 (96) → Mon 23/11.
    assert second_ext.due_on == D(2026, 11, 23)
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="tối đa hai lần"):
        extend_resolution(s, org.leader, case_id, on=D(2026, 11, 2), days=10, reason="lần ba")
    main = _explain(org, case_id, D(2026, 10, 20))["D4"]
    assert main.is_main and main.extensions == (30, 26) and main.suspended_days == 10
    assert main.days_counted == 86 and main.suspended_spans == ((D(2026, 8, 28), D(2026, 9, 6)),)
    assert [d for d, _ in main.holidays_skipped] == [D(2026, 11, 21), D(2026, 11, 22)]
    assert "gia hạn 2 lần" in main.text and "Điều 30" in main.citation

    with org.db.session() as s:
        with pytest.raises(StepNotAllowed, match="Điều 31"):
            conclude_denunciation(
                s, org.handler, case_id, result="dung", on=D(2026, 10, 30), number="1/KL"
            )
        submit_verification_report(
            s, org.handler, case_id, on=D(2026, 10, 30), summary="Có sai phạm"
        )
        concluded = conclude_denunciation(
            s, org.handler, case_id, result="dung_mot_phan", on=D(2026, 11, 5), number="35/KL-UBND"
        )
        assert (concluded.status, concluded.closed_on, concluded.warnings) == (
            "decided",
            D(2026, 11, 5),
            [],
        )
        with pytest.raises(StepNotAllowed, match="kết luận"):
            extend_resolution(s, org.leader, case_id, on=D(2026, 11, 6), days=5, reason="x")
    dues = _explain(org, case_id, D(2026, 11, 5))
    assert (dues["D4"].due_on, dues["D4"].state) == (D(2026, 11, 23), "closed_on_time")
    # D6: 05 NLV after Thu 5/11: 6 (1), 9–12 (5) → Thu 12/11.
    # D7, D8: 07 NLV: 6 (1), 9–13 (6), Mon 16/11 (7).
    assert dues["D6"].due_on == D(2026, 11, 12)
    assert dues["D7"].due_on == dues["D8"].due_on == D(2026, 11, 16)

    with org.db.session() as s:
        dispatch_decision(s, org.handler, case_id, on=D(2026, 11, 10))
        handled = record_handling(
            s, org.handler, case_id, on=D(2026, 11, 12), measures="Kiểm điểm, thu hồi tiền"
        )
        assert handled.status == "enforcing"
        publish(s, org.handler, case_id, on=D(2026, 11, 13), method="Đăng trên cổng thông tin")
        published = identity.published_conclusion(s, org.supervisor, case_id)
        done = record_enforcement(
            s, org.handler, case_id, on=D(2026, 11, 20), progress="Đã thu hồi", done=True
        )
        assert done.status == "closed"
        assert board_counts(s, D(2026, 12, 1), D(2026, 12, 8)).as_dict()["closed_on_time"] == 1
    dues = _explain(org, case_id, D(2026, 11, 20))
    assert {k: dues[k].state for k in ("D3", "D6", "D7", "D8")} == dict.fromkeys(
        ("D3", "D6", "D7", "D8"), "closed_on_time"
    )
    # Publication never carries the denouncer (Luật TC Điều 40 k3).
    assert "Trần Thị Bình" not in repr(published) and "0987654321" not in repr(published)
    assert published.number == "35/KL-UBND" and published.result_label == "Đúng một phần"

    # --- further denunciation and re-resolution ----------------------------------------------
    with org.db.session() as s:
        lodged = lodge_further_denunciation(s, org.leader, case_id, received_on=D(2026, 11, 25))
        assert lodged.status == "closed"
    # D9: the superior reviews within 20 ngày of Wed 25/11 → Tue 15/12.
    assert _explain(org, case_id, D(2026, 11, 25))["D9"].due_on == D(2026, 12, 15)
    # Only the superior of the concluding body re-resolves (Luật Tố cáo Điều 37).
    with org.db.session() as s, pytest.raises(StepNotAllowed, match="cấp trên trực tiếp"):
        decide_re_resolution(s, org.leader, case_id, on=D(2026, 12, 10), reopen=False)
    superior = _superior_leader(org)
    with org.db.session() as s:
        reopened = decide_re_resolution(
            s,
            superior,
            case_id,
            on=D(2026, 12, 10),
            reopen=True,
            ground="bo_sot_chung_cu",
            assignee_id=org.other_handler.user_id,
        )
        assert reopened.created_case_id is not None
        child = get_case(s, superior, reopened.created_case_id)
    # The reopened case runs D4 again: 10/12 + 30 = Sat 9/1/2027 → Mon 11/1/2027.
    assert (child.level, child.parent_case_id, child.due_on) == (2, case_id, D(2027, 1, 11))
    assert _explain(org, case_id, D(2026, 12, 10))["D9"].state == "closed_on_time"


def _superior_leader(org: Org) -> Actor:
    """A leader of a body above the province (the province's parent)."""
    with org.db.session() as s:
        top = Unit(code="TTCP", name="Thanh tra Chính phủ", level="central")
        s.add(top)
        s.flush()
        province = s.get(Unit, org.province)
        assert province is not None
        province.parent_id = top.id
        top_id = top.id
    return add_actor(org.db, "lanhdaotw", top_id, Role.LEADER)


def get_case_view(org: Org, case_id: uuid.UUID):  # type: ignore[no-untyped-def]
    with org.db.session() as s:
        return get_case(s, org.handler, case_id)


def test_extension_needs_a_complexity_finding_and_one_only_for_complex(org: Org) -> None:
    case_id = _accept(org, D(2026, 8, 3), D(2026, 8, 10))
    with org.db.session() as s:
        with pytest.raises(StepNotAllowed, match="Chỉ vụ việc phức tạp"):
            extend_resolution(s, org.leader, case_id, on=D(2026, 8, 20), reason="x")
        # Found complex later: D4 itself has no complex variant, so the date stays 9/9
        # (10/8 + 30) until the one extension allowed for a complex case.
        r = mark_complex(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 20),
            criteria=[C.CONTRADICTORY.value],
            finding="Chứng cứ mâu thuẫn",
        )
        assert r.due_on == D(2026, 9, 9)
        ext = extend_resolution(s, org.leader, case_id, on=D(2026, 9, 1), days=15, reason="x")
        assert ext.due_on == D(2026, 9, 24)  # 10/8 + 45 = Thu 24/9
        with pytest.raises(StepNotAllowed, match="chỉ được gia hạn một lần"):
            extend_resolution(s, org.leader, case_id, on=D(2026, 9, 2), days=5, reason="x")


def test_withdrawal_may_not_stop_a_denunciation_and_termination_grounds(org: Org) -> None:
    case_id = _accept(org, D(2026, 8, 3), D(2026, 8, 10))
    with org.db.session() as s:
        kept = withdraw(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 20),
            form="written",
            continue_reason="Có dấu hiệu vi phạm; bị ép buộc rút",
        )
        assert (kept.status, kept.closed_on) == ("accepted", None)
        with pytest.raises(StepNotAllowed, match="Căn cứ đình chỉ"):
            terminate(s, org.handler, case_id, on=D(2026, 8, 21), ground="chet_giai_the")
        r = terminate(
            s,
            org.handler,
            case_id,
            on=D(2026, 8, 21),
            ground="da_co_ban_an",
            note="Đã có bản án có hiệu lực",
        )
        assert (r.status, r.closed_on) == ("terminated", D(2026, 8, 21))
