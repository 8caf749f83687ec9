"""Sample dialogue minutes (six participant groups, an absence and a refusal to sign)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tcd_desktop.documents.fields import Issuer, Person
from tcd_desktop.documents.forms.dialogue_minutes import (
    DialogueMinutesData,
    DialogueOpinion,
    DialogueParticipant,
    DialoguePoint,
)
from tcd_desktop.documents.forms.dialogue_roles import DialogueRole

VN = dt.timezone(dt.timedelta(hours=7))
DAY = dt.date(2026, 3, 5)
PROVINCE = Issuer(name="Ủy ban nhân dân tỉnh Lạng Sơn", abbreviation="UBND", place="Lạng Sơn")
CITIZEN = Person(
    full_name="Đặng Đức Đạt",
    honorific="Ông",
    id_number="020085001234",
    id_issued_on=dt.date(2021, 4, 12),
    address="Thôn Bản Ngõ, xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
)
SUBJECT = "Quyết định số 125/QĐ-UBND ngày 14/02/2026 về việc thu hồi đất tại thôn Bản Ngõ"


def minutes(on: dt.date = DAY, **kw: Any) -> DialogueMinutesData:
    start = dt.datetime(on.year, on.month, on.day, 14, 0, tzinfo=VN)
    people = (
        DialogueParticipant(
            DialogueRole.CHAIR,
            "Lương Trọng Quỳnh",
            "Phó Chủ tịch",
            "Ủy ban nhân dân tỉnh Lạng Sơn",
            honorific="Ông",
        ),
        DialogueParticipant(
            DialogueRole.RECORDER, "Nguyễn Thị Hường", "Chuyên viên", "Thanh tra tỉnh"
        ),
        DialogueParticipant(
            DialogueRole.COMPLAINANT,
            "Đặng Đức Đạt",
            address=CITIZEN.address,
            id_number=CITIZEN.id_number,
            id_issued_on=CITIZEN.id_issued_on,
            id_issued_by="Cục Cảnh sát QLHC về TTXH",
        ),
        DialogueParticipant(
            DialogueRole.RESPONDENT,
            "Chu Văn Tiến",
            "Chủ tịch",
            "Ủy ban nhân dân xã Hoàng Văn Thụ",
            refused_to_sign_reason="Không đồng ý với ý kiến của người khiếu nại",
        ),
        DialogueParticipant(
            DialogueRole.RELATED_PERSON,
            "Lộc Thị Huệ",
            address="Thôn Bản Ngõ",
            present=False,
            absence_reason="ốm đau, có giấy của trạm y tế",
        ),
        DialogueParticipant(
            DialogueRole.RELATED_BODY,
            "Ngô Quang Vịnh",
            "Phó Trưởng phòng",
            "Sở Nông nghiệp và Môi trường",
        ),
    )
    return DialogueMinutesData(
        issuer=PROVINCE,
        started_at=start,
        ended_at=start + dt.timedelta(hours=1, minutes=45),
        number="02/BB-UBND",
        location="Phòng họp số 3, Ủy ban nhân dân tỉnh Lạng Sơn",
        complaint="khiếu nại của ông Đặng Đức Đạt đối với " + SUBJECT,
        participants=people,
        purpose="Làm rõ yêu cầu bồi thường cây trồng trên đất.",
        verification_summary="Diện tích 320 m² thu hồi đúng hồ sơ; cây trồng chưa được kiểm đếm.",
        points=(
            DialoguePoint(
                "Bồi thường cây trồng",
                (
                    DialogueOpinion("Đặng Đức Đạt", "Đề nghị bồi thường 45 cây vải thiều."),
                    DialogueOpinion("Chu Văn Tiến", "Chỉ có 30 cây trong biên bản kiểm đếm."),
                ),
            ),
        ),
        agreed_points=("Kiểm đếm lại cây trồng trong 10 ngày",),
        disputed_points=("Số lượng cây vải thiều được bồi thường",),
        result="Giao Sở Nông nghiệp và Môi trường kiểm đếm lại.",
        **kw,
    )
