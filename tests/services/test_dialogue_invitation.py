"""The dialogue invitation (giấy mời đối thoại) built from the scheduled dialogue and issued
like the other case documents; refused before a dialogue is scheduled and when it would
reach the participants less than 05 days before (NĐ 124 Điều 28 k1, NĐ 155; LAW.md K13)."""

from __future__ import annotations

import datetime as dt

import pytest

from tcd_desktop.services import dialogues
from tcd_desktop.services.dialogues import Participant
from tcd_desktop.services.errors import StepNotAllowed
from tests.services.case_document_helpers import (
    KN,
    accept_case,
    choices_for,
    generate,
    name_leaders,
)
from tests.services.conftest import Org, add_petition

D = dt.date
VN = dt.timezone(dt.timedelta(hours=7))
CODE = "kn.dialogue_invitation"


def _schedule(org: Org, case_id, when: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    people = [
        Participant("presiding", "Hoàng Văn Chủ", "Chủ tịch", "UBND xã Hữu Lũng"),
        Participant("secretary", "Lý Thị Thư", "Công chức", "UBND xã Hữu Lũng"),
        Participant("complainant", "Nguyễn Văn An", id_number="020085001234"),
        Participant("respondent", "Phạm Văn Bị", "Trưởng phòng", "Phòng Địa chính"),
        Participant("related_person", "Đỗ Thị Liên", address="Thôn Bản Lề"),
    ]
    with org.db.session() as s:
        dialogues.schedule_dialogue(
            s,
            org.commune_handler,
            case_id,
            on=D(2026, 8, 18),
            scheduled_at=when,
            place="Hội trường UBND xã",
            presiding="Hoàng Văn Chủ, Chủ tịch UBND xã",
            participants=people,
            content="Đối thoại về việc thu hồi đất thửa số 12",
        )


def test_the_invitation_is_printed_from_the_scheduled_dialogue(org: Org) -> None:
    name_leaders(org)
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
    case_id = accept_case(org, pid, D(2026, 8, 3))
    choice = choices_for(org, org.commune_handler, case_id)[CODE]
    assert not choice.enabled and "Lên lịch đối thoại" in (choice.reason or "")
    assert choice.name_vi == "Giấy mời đối thoại"
    with pytest.raises(StepNotAllowed, match="Lên lịch"):
        generate(org, org.commune_handler, case_id, CODE, on=D(2026, 8, 18))

    _schedule(org, case_id, dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN))
    # four days before the dialogue: too late from 01/7/2026
    with pytest.raises(StepNotAllowed, match="ít nhất 05 ngày"):
        generate(org, org.commune_handler, case_id, CODE, on=D(2026, 8, 21))
    issued, text = generate(org, org.commune_handler, case_id, CODE, on=D(2026, 8, 19))
    assert issued.number == "01/GM-UBND" and issued.issued_on == D(2026, 8, 19)
    flat = " ".join(text.split())
    for expected in (
        "GIẤY MỜI",
        "Về việc tổ chức đối thoại giải quyết khiếu nại",
        "Số: 01/GM-UBND",
        "Hữu Lũng, ngày 19 tháng 8 năm 2026",
        "Thực hiện Điều 30 Luật Khiếu nại",
        "Nguyễn Văn An (người khiếu nại)",
        "Phạm Văn Bị, Trưởng phòng, Phòng Địa chính (người bị khiếu nại)",
        "Đỗ Thị Liên (người có quyền, nghĩa vụ liên quan)",
        "09 giờ 00 phút, ngày 25 tháng 8 năm 2026",
        "Hội trường UBND xã",
        "Đối thoại về việc thu hồi đất thửa số 12",
        "Hoàng Văn Chủ, Chủ tịch UBND xã",
        "Chủ tịch Ủy ban nhân dân xã Hữu Lũng",
        "vẫn được tiếp tục",
    ):
        assert expected in flat, expected
    assert "Lý Thị Thư" not in flat  # the minute-taker is staff, not invited
    # offered today (after August 2026): too late for that dialogue, move it first
    choice = choices_for(org, org.commune_handler, case_id)[CODE]
    assert choice.issued == 1 and not choice.enabled and "dời lịch" in (choice.reason or "")
