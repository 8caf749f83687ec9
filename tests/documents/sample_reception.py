"""Form samples. Reception-desk documents: receipt, refusal, guidance, records, transfers, outcomes, appointments."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.fields import (
    ContentRoute,
    Official,
    Signer,
)
from tcd_desktop.documents.forms.appointment import AppointmentSlipData
from tcd_desktop.documents.forms.guidance_slip import GuidanceSlipData
from tcd_desktop.documents.forms.petition_outcome import PetitionOutcomeData, ProcessingOutcome
from tcd_desktop.documents.forms.receipt import ReceiptData
from tcd_desktop.documents.forms.refusal import RefusalNoticeData
from tcd_desktop.documents.forms.transfer_slip import TransferSlipData
from tcd_desktop.documents.forms.verbal_record import VerbalRecordData
from tcd_desktop.domain.enums import PetitionKind
from tests.documents.sample_parties import (
    CITIZEN,
    DAY,
    DENOUNCED,
    DENOUNCER,
    HEAD,
    ISSUER,
    ITEMS,
    OFFICER,
    SUBJECT,
    VN,
)


def receipt(on: dt.date = DAY, number: str = "LS-01-2026-000123", **kw) -> ReceiptData:
    moment = dt.datetime(on.year, on.month, on.day, 9, 30, tzinfo=VN)
    return ReceiptData(
        issuer=ISSUER,
        received_at=moment,
        number=number,
        location="Trụ sở Tiếp công dân tỉnh Lạng Sơn, số 2 đường Hùng Vương",
        officer=OFFICER,
        provider=CITIZEN,
        items=ITEMS,
        petition_kind=PetitionKind.COMPLAINT,
        content_summary="Khiếu nại " + SUBJECT,
        **kw,
    )


def refusal(on: dt.date = DAY) -> RefusalNoticeData:
    return RefusalNoticeData(
        issuer=ISSUER,
        issued_on=on,
        number="05/TB-BTCD",
        citizen=CITIZEN,
        visited_on=on - dt.timedelta(days=2),
        petition_kind=PetitionKind.COMPLAINT,
        summary="Yêu cầu bồi thường thêm khi thu hồi đất đã được giải quyết lần hai",
        ground="Vụ việc đã được giải quyết đúng chính sách, pháp luật, được cơ quan có thẩm quyền "
        "kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn "
        "nhưng vẫn cố ý khiếu nại kéo dài",
        ground_citation="điểm c khoản 1 Điều 9 Luật Tiếp công dân",
        signer=HEAD,
        superior="Ủy ban nhân dân tỉnh Lạng Sơn",
        related_bodies=("Thanh tra tỉnh Lạng Sơn",),
    )


def guidance(on: dt.date = DAY) -> GuidanceSlipData:
    return GuidanceSlipData(
        issuer=ISSUER,
        issued_on=on,
        number="07/HD-BTCD",
        citizen=CITIZEN,
        petition_kind=PetitionKind.COMPLAINT,
        content="Khiếu nại việc Ngân hàng Chính sách xã hội chậm giải ngân khoản vay",
        reason="nội dung thuộc thẩm quyền của người đứng đầu đơn vị bị khiếu nại",
        competent_body="Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn",
        signer=Signer("Nguyễn Thị Hường", "Cán bộ tiếp công dân"),
        for_head="Trưởng ban",
        routes=(
            ContentRoute(
                "Việc chậm giải ngân khoản vay", "Ngân hàng Chính sách xã hội chi nhánh tỉnh"
            ),
            ContentRoute("Việc cấp đổi sổ đỏ", "Ủy ban nhân dân xã Hoàng Văn Thụ"),
        ),
        documents_to_bring=("Bản sao hợp đồng tín dụng",),
    )


def verbal_record(on: dt.date = DAY) -> VerbalRecordData:
    start = dt.datetime(on.year, on.month, on.day, 8, 5, tzinfo=VN)
    return VerbalRecordData(
        issuer=ISSUER,
        started_at=start,
        ended_at=start + dt.timedelta(minutes=50),
        number="03/BB-BTCD",
        location="Phòng tiếp công dân số 1, Trụ sở Tiếp công dân tỉnh",
        chair=Official("Hoàng Văn Thưởng", "Trưởng ban"),
        recorder=OFFICER,
        officers=(Official("Phùng Thế Dũng", "Chuyên viên Thanh tra tỉnh"),),
        citizen=CITIZEN,
        petition_kind=PetitionKind.COMPLAINT,
        statement="Ông Đạt trình bày gia đình bị thu hồi 320 m² đất nông nghiệp nhưng chưa được "
        "bồi thường tài sản trên đất.",
        requests="Đề nghị xem xét bồi thường cây trồng và hỗ trợ chuyển đổi nghề.",
        evidence=ITEMS[:1],
        chair_conclusion="Tiếp nhận nội dung, chuyển Thanh tra tỉnh xem xét.",
        citizen_opinion="Đồng ý với nội dung ghi trong biên bản.",
        thumbprint=True,
    )


def transfer(on: dt.date = DAY, kind: PetitionKind = PetitionKind.DENUNCIATION) -> TransferSlipData:
    return TransferSlipData(
        issuer=ISSUER,
        issued_on=on,
        number="11/PC-BTCD",
        to_body="Thanh tra tỉnh Lạng Sơn",
        petition_kind=kind,
        sender=DENOUNCER,
        received_on=on - dt.timedelta(days=3),
        petition_date=dt.date(2026, 2, 27),
        content="Tố cáo " + DENOUNCED + " nhận tiền của người dân khi làm thủ tục đất đai",
        signer=HEAD,
        attachments=("Đơn tố cáo (02 trang)",),
    )


def outcome(kind: ProcessingOutcome, on: dt.date = DAY) -> PetitionOutcomeData:
    return PetitionOutcomeData(
        issuer=ISSUER,
        issued_on=on,
        outcome=kind,
        number="12/TB-BTCD",
        petitioner=CITIZEN,
        petition_kind=PetitionKind.RECOMMENDATION,
        received_on=on - dt.timedelta(days=4),
        petition_date=dt.date(2026, 2, 28),
        content="Kiến nghị sửa chữa cầu treo Bản Ngõ bị hư hỏng",
        signer=HEAD,
        reason="nội dung thuộc thẩm quyền quản lý của Ủy ban nhân dân xã Hoàng Văn Thụ",
        competent_body="Ủy ban nhân dân xã Hoàng Văn Thụ",
        transfer_reference="09/PC-BTCD",
        returned_documents=("Đơn kiến nghị (bản chính, 02 trang)",),
    )


def appointment(on: dt.date = DAY) -> AppointmentSlipData:
    return AppointmentSlipData(
        issuer=ISSUER,
        issued_on=on,
        number="03/PH-BTCD",
        citizen=CITIZEN,
        petition_kind=PetitionKind.COMPLAINT,
        matter=SUBJECT,
        appointment_at=dt.datetime(2026, 3, 16, 8, 30, tzinfo=VN),
        signer=Signer("Nguyễn Thị Hường", "Cán bộ tiếp công dân", "TL. Trưởng ban"),
        place="Trụ sở Tiếp công dân tỉnh, số 2 đường Hùng Vương",
        purpose="nhận văn bản trả lời",
        documents_to_bring=("Bản chính Quyết định số 125/QĐ-UBND",),
    )
