"""Form samples. Complaint documents: acceptance, first/second-level decisions, suspension."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.forms.complaint_acceptance import ComplaintAcceptanceData
from tcd_desktop.documents.forms.complaint_decision import ComplaintDecisionData, ComplaintFinding
from tcd_desktop.documents.forms.suspension import SuspensionAction, SuspensionDecisionData
from tests.documents.sample_parties import (
    AFTER_SWITCH,
    CHAIRMAN,
    CITIZEN,
    DAY,
    DENOUNCED,
    PROVINCE,
    SUBJECT,
)


def complaint_acceptance(accepted: bool = True, on: dt.date = DAY) -> ComplaintAcceptanceData:
    return ComplaintAcceptanceData(
        issuer=PROVINCE,
        issued_on=on,
        number="21/TB-UBND",
        complainant=CITIZEN,
        received_on=on - dt.timedelta(days=5),
        subject=SUBJECT,
        accepted=accepted,
        signer=CHAIRMAN,
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        reason="" if accepted else "Thời hiệu khiếu nại đã hết mà không có lý do chính đáng",
        ground_citation="" if accepted else "khoản 5 Điều 11 Luật Khiếu nại",
        inspectorate="Thanh tra tỉnh Lạng Sơn",
        forwarded_by="Ban Tiếp công dân tỉnh Lạng Sơn",
    )


def complaint_decision(on: dt.date = DAY, level: int = 1) -> ComplaintDecisionData:
    return ComplaintDecisionData(
        issuer=PROVINCE,
        issued_on=on,
        number="312/QĐ-UBND",
        level=level,
        authority_title="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        complainant=CITIZEN,
        respondent="Ủy ban nhân dân xã Hoàng Văn Thụ",
        respondent_address="Xã Hoàng Văn Thụ",
        complaint_content="Khiếu nại " + SUBJECT,
        verification_result="Diện tích thu hồi đúng hồ sơ địa chính.",
        dialogue_result="Người khiếu nại giữ nguyên ý kiến.",
        legal_grounds="Luật Đất đai năm 2024",
        finding=ComplaintFinding.PARTLY_RIGHT,
        conclusion="Chưa bồi thường cây trồng trên đất.",
        remedy="Sửa đổi Điều 2 Quyết định số 125/QĐ-UBND.",
        compensation="Không",
        next_level_body="Bộ trưởng Bộ Nông nghiệp và Môi trường",
        signer=CHAIRMAN,
        executors=(
            "Chánh Văn phòng Ủy ban nhân dân tỉnh",
            "Chủ tịch Ủy ban nhân dân xã Hoàng Văn Thụ",
        ),
        first_decision="Quyết định số 45/QĐ-UBND ngày 05/01/2026" if level == 2 else "",
        first_decision_result="Bác đơn khiếu nại" if level == 2 else "",
        proposer="Chánh Thanh tra tỉnh",
        superior="Thủ tướng Chính phủ" if level == 1 else "",
        inspectorate="Thanh tra tỉnh Lạng Sơn" if level == 1 else "",
        first_resolver="Chủ tịch Ủy ban nhân dân xã Hoàng Văn Thụ" if level == 2 else "",
        forwarded_by="Ban Tiếp công dân tỉnh",
        interested_parties=("Bà Hoàng Thị Lan",),
    )


def suspension(
    action: SuspensionAction, on: dt.date = AFTER_SWITCH, denunciation: bool = False
) -> SuspensionDecisionData:
    matter = (
        f"đối với {DENOUNCED} về hành vi nhận tiền khi làm thủ tục đất đai"
        if denunciation
        else f"của ông Đặng Đức Đạt đối với {SUBJECT}"
    )
    return SuspensionDecisionData(
        issuer=PROVINCE,
        issued_on=on,
        number="415/QĐ-UBND",
        authority_title="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        action=action,
        is_denunciation=denunciation,
        matter=matter,
        reason="Chờ kết quả giám định chữ ký của Viện Khoa học hình sự",
        acceptance_reference="Quyết định số 301/QĐ-UBND ngày 02/6/2026 về việc thụ lý",
        suspension_reference="Quyết định số 410/QĐ-UBND ngày 20/6/2026",
        signer=CHAIRMAN,
        executors=("Chánh Thanh tra tỉnh",),
    )
