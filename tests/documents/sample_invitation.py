"""Sample data of the dialogue invitation (giấy mời đối thoại)."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.forms.dialogue_invitation import DialogueInvitationData, Invitee
from tests.documents.sample_parties import CHAIRMAN, PROVINCE, SUBJECT, VN


def invitation(on: dt.date = dt.date(2026, 8, 18), level: int = 1) -> DialogueInvitationData:
    return DialogueInvitationData(
        issuer=PROVINCE,
        issued_on=on,
        number="07/GM-UBND",
        invitees=(
            Invitee("Đặng Đức Đạt", "người khiếu nại", "Ông"),
            Invitee(
                "Vũ Quốc Khánh",
                "người bị khiếu nại",
                "Ông",
                "Trưởng phòng",
                "Phòng Tài nguyên và Môi trường",
            ),
            Invitee("Nguyễn Thị Hằng Nga", "người có quyền, nghĩa vụ liên quan", "Bà"),
        ),
        complaint=f"khiếu nại của Ông Đặng Đức Đạt đối với {SUBJECT}",
        scheduled_at=dt.datetime(2026, 8, 25, 8, 30, tzinfo=VN),
        place="Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh Lạng Sơn",
        content="Làm rõ diện tích đất bị thu hồi và mức bồi thường",
        presiding="Lương Trọng Quỳnh, Phó Chủ tịch Ủy ban nhân dân tỉnh",
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        signer=CHAIRMAN,
        level=level,
    )
