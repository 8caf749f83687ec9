"""Form samples. Denunciation documents: extension, acceptance, conclusions, notices, police transfer."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.forms.denunciation_acceptance import DenunciationAcceptanceData
from tcd_desktop.documents.forms.denunciation_conclusion import (
    ConclusionItem,
    DenunciationFinding,
    PublicConclusionData,
)
from tcd_desktop.documents.forms.denunciation_extension import ExtensionDecisionData
from tcd_desktop.documents.forms.denunciation_notices import (
    DenouncedNoticeData,
    DenunciationAcceptanceDecisionData,
)
from tcd_desktop.documents.forms.police_transfer import PoliceTransferData
from tests.documents.sample_parties import (
    CHAIRMAN,
    DAY,
    DENOUNCED,
    DENOUNCER,
    PROVINCE,
)


def extension(on: dt.date = DAY, nth: int = 1) -> ExtensionDecisionData:
    return ExtensionDecisionData(
        issuer=PROVINCE,
        issued_on=on,
        number="08/QĐ-UBND",
        authority_title="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        acceptance_decision="Quyết định số 201/QĐ-UBND ngày 14/02/2026 về việc thụ lý tố cáo",
        denounced=DENOUNCED,
        content="Nhận tiền của người dân khi làm thủ tục đất đai",
        extension_number=nth,
        days=30,
        start=dt.date(2026, 3, 16),
        end=dt.date(2026, 4, 14),
        grounds="Vụ việc phức tạp: phải xác minh ở nhiều địa điểm",
        signer=CHAIRMAN,
        proposer="Chánh Thanh tra tỉnh",
        executors=("Chánh Thanh tra tỉnh",),
    )


def denunciation_acceptance(on: dt.date = DAY) -> DenunciationAcceptanceData:
    return DenunciationAcceptanceData(
        issuer=PROVINCE,
        issued_on=on,
        number="17/TB-UBND",
        denouncer=DENOUNCER,
        received_on=dt.date(2026, 2, 2),
        petition_date=dt.date(2026, 1, 30),
        denounced=DENOUNCED,
        accepted_contents=(
            "Nhận tiền của người dân khi làm thủ tục đất đai",
            "Cố ý kéo dài thời gian giải quyết hồ sơ",
        ),
        acceptance_decision="Quyết định số 201/QĐ-UBND ngày 14/02/2026",
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        time_limit="30 ngày kể từ ngày ký quyết định thụ lý",
        signer=CHAIRMAN,
    )


def public_conclusion(on: dt.date = DAY) -> PublicConclusionData:
    return PublicConclusionData(
        issuer=PROVINCE,
        issued_on=on,
        number="04/KL-UBND",
        denounced=DENOUNCED,
        acceptance_decision="Quyết định số 201/QĐ-UBND ngày 14/02/2026",
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        verification_report="Báo cáo kết quả xác minh số 55/BC-TTr ngày 02/3/2026 của Thanh tra tỉnh",
        legal_grounds="Luật Cán bộ, công chức; Luật Phòng, chống tham nhũng",
        items=(
            ConclusionItem(
                "Nhận tiền khi làm thủ tục đất đai",
                "Bà Trịnh Thị Ngọc Ánh cung cấp biên lai; đối chiếu không phù hợp.",
                DenunciationFinding.FALSE,
            ),
            ConclusionItem(
                "Kéo dài thời gian giải quyết hồ sơ",
                "Có 12 hồ sơ quá hạn.",
                DenunciationFinding.TRUE,
                "Trách nhiệm cá nhân của người bị tố cáo.",
            ),
        ),
        handling=("Kiểm điểm, rút kinh nghiệm đối với ông Vũ Quốc Khánh",),
        recommendations=("Rà soát quy trình tiếp nhận hồ sơ đất đai",),
        signer=CHAIRMAN,
        sealed_terms=(DENOUNCER.full_name, DENOUNCER.address, DENOUNCER.phone),
    )


def police_transfer(on: dt.date = DAY) -> PoliceTransferData:
    return PoliceTransferData(
        issuer=PROVINCE,
        issued_on=on,
        number="15/CV-UBND",
        to_body="Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn",
        denounced=DENOUNCED,
        content="Nhận tiền của người dân khi làm thủ tục đất đai",
        signs="Nhận hối lộ 50 triệu đồng",
        acceptance_reference="Quyết định số 201/QĐ-UBND ngày 14/02/2026 về việc thụ lý tố cáo",
        signer=CHAIRMAN,
        attachments=("Hồ sơ giải quyết tố cáo (45 bút lục)",),
    )


def acceptance_decision(on: dt.date = DAY) -> DenunciationAcceptanceDecisionData:
    return DenunciationAcceptanceDecisionData(
        issuer=PROVINCE,
        issued_on=on,
        number="201/QĐ-UBND",
        authority_title="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        denounced=DENOUNCED,
        contents=("Nhận tiền khi làm thủ tục đất đai", "Kéo dài thời gian giải quyết hồ sơ"),
        time_limit="30 ngày kể từ ngày thụ lý 05/3/2026 (khoản 1 Điều 30 Luật Tố cáo)",
        signer=CHAIRMAN,
        received_on=on - dt.timedelta(days=6),
        verifier="Chánh Thanh tra tỉnh",
        executors=("Chánh Văn phòng Ủy ban nhân dân tỉnh",),
    )


def denounced_notice(on: dt.date = DAY) -> DenouncedNoticeData:
    return DenouncedNoticeData(
        issuer=PROVINCE,
        issued_on=on,
        number="22/TB-UBND",
        denounced=DENOUNCED,
        acceptance_decision="Quyết định số 201/QĐ-UBND ngày 05/3/2026",
        contents=("Nhận tiền khi làm thủ tục đất đai",),
        signer=CHAIRMAN,
        resolver="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        explanation_due=on + dt.timedelta(days=10),
    )
