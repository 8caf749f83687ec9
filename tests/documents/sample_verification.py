"""Form samples. Processing and verification documents: proposals, reminders, verification, minutes, experts."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.fields import (
    Issuer,
    Official,
    Signer,
)
from tcd_desktop.documents.forms.processing_more import AcceptanceProposalData, ReminderData
from tcd_desktop.documents.forms.verification import (
    VerificationDecisionData,
    VerificationReportData,
)
from tcd_desktop.documents.forms.verification_work import ExpertRequestData, WorkMinutesData
from tcd_desktop.domain.enums import PetitionKind
from tests.documents.sample_parties import (
    CHAIRMAN,
    CITIZEN,
    DAY,
    DENOUNCED,
    HEAD,
    ISSUER,
    OFFICER,
    PROVINCE,
    SUBJECT,
    VN,
)


def proposal(on: dt.date = DAY) -> AcceptanceProposalData:
    return AcceptanceProposalData(
        issuer=PROVINCE,
        issued_on=on,
        number="07/PĐX-UBND",
        petitioner=CITIZEN,
        petition_kind=PetitionKind.COMPLAINT,
        received_on=on - dt.timedelta(days=3),
        content="Khiếu nại " + SUBJECT,
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        proposer=OFFICER,
        approver=CHAIRMAN,
        respondent="Ủy ban nhân dân xã Hoàng Văn Thụ",
        prior_resolution="Chưa được giải quyết",
        conditions="Đơn đủ điều kiện theo Điều 8, Điều 11 Luật Khiếu nại, còn thời hiệu",
    )


def reminder(on: dt.date = DAY) -> ReminderData:
    return ReminderData(
        issuer=ISSUER,
        issued_on=on,
        number="12/CV-BTCD",
        to_body="Ủy ban nhân dân xã Hoàng Văn Thụ",
        petition_kind=PetitionKind.RECOMMENDATION,
        petitioner="Ông Đặng Đức Đạt",
        content="Kiến nghị sửa đường liên thôn Bản Ngõ",
        transfer_reference="Phiếu chuyển đơn số 15/PC-BTCD ngày 05/01/2026",
        signer=HEAD,
        due_on=dt.date(2026, 2, 4),
        report_by=on + dt.timedelta(days=10),
    )


def verification_decision(
    on: dt.date = DAY, denunciation: bool = False
) -> VerificationDecisionData:
    return VerificationDecisionData(
        issuer=PROVINCE,
        issued_on=on,
        number="215/QĐ-UBND",
        authority_title="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        matter=(
            f"tố cáo đối với {DENOUNCED} (người bị tố cáo)"
            if denunciation
            else f"khiếu nại của ông Đặng Đức Đạt đối với {SUBJECT}"
        ),
        verifier="Ông Phùng Thế Dũng, Phó Chánh Thanh tra tỉnh",
        contents=("Việc thu hồi 320 m² đất nông nghiệp", "Việc bồi thường cây trồng"),
        days=15,
        signer=CHAIRMAN,
        denunciation=denunciation,
        members=("Bà Lường Thị Mai, Thanh tra viên",) if denunciation else (),
        acceptance_decision="Quyết định số 201/QĐ-UBND ngày 14/02/2026",
    )


def verification_report(on: dt.date = DAY, denunciation: bool = False) -> VerificationReportData:
    return VerificationReportData(
        issuer=Issuer(
            name="Thanh tra tỉnh Lạng Sơn",
            parent="Ủy ban nhân dân tỉnh Lạng Sơn",
            abbreviation="TTr",
            place="Lạng Sơn",
        ),
        issued_on=on,
        number="55/BC-TTr",
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        matter=(
            f"tố cáo đối với {DENOUNCED}" if denunciation else "khiếu nại của ông Đặng Đức Đạt"
        ),
        assignment="Quyết định số 215/QĐ-UBND ngày 05/3/2026",
        contents=("Việc thu hồi 320 m² đất nông nghiệp",),
        findings="Diện tích thu hồi đúng hồ sơ địa chính; chưa bồi thường cây trồng.",
        conclusion="Nội dung khiếu nại đúng một phần.",
        signer=Signer("Phùng Thế Dũng", "Phó Chánh Thanh tra", "KT. Chánh Thanh tra"),
        denunciation=denunciation,
        recommendations=("Sửa đổi Điều 2 Quyết định số 125/QĐ-UBND",),
    )


def work_minutes(on: dt.date = DAY) -> WorkMinutesData:
    return WorkMinutesData(
        issuer=PROVINCE,
        started_at=dt.datetime(on.year, on.month, on.day, 8, 30, tzinfo=VN),
        ended_at=dt.datetime(on.year, on.month, on.day, 10, 15, tzinfo=VN),
        location="Trụ sở Phòng Tài nguyên và Môi trường",
        number="03/BB-TXM",
        team=(Official("Phùng Thế Dũng", "Tổ trưởng", "Thanh tra tỉnh"),),
        others=(Official("Vũ Quốc Khánh", "Trưởng phòng", "Phòng Tài nguyên và Môi trường"),),
        purpose="Yêu cầu người bị tố cáo giải trình",
        content="Ông Khánh giải trình về việc tiếp nhận hồ sơ đất đai năm 2025.",
        documents=("Sổ theo dõi hồ sơ năm 2025 (bản sao)",),
    )


def expert_request(on: dt.date = DAY) -> ExpertRequestData:
    return ExpertRequestData(
        issuer=PROVINCE,
        issued_on=on,
        number="31/CV-UBND",
        expert_body="Phòng Kỹ thuật hình sự Công an tỉnh Lạng Sơn",
        matter=f"tố cáo đối với {DENOUNCED}",
        items=("Biên lai thu tiền số 0012 ngày 10/01/2026 (bản chính)",),
        questions=("Chữ ký trên biên lai có phải của người bị tố cáo không",),
        signer=CHAIRMAN,
        due_on=on + dt.timedelta(days=20),
    )
