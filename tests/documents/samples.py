"""Sample data for every printed form, with Vietnamese names that stress the diacritics."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.fields import (
    ContentRoute,
    Issuer,
    ItemCondition,
    Official,
    Person,
    ReceivedItem,
    Signer,
)
from tcd_desktop.documents.forms.appointment import AppointmentSlipData
from tcd_desktop.documents.forms.citizen_forms import (
    AuthorisationData,
    ComplaintLetterData,
    WithdrawalLetterData,
    WithdrawalRecordData,
)
from tcd_desktop.documents.forms.complaint_acceptance import ComplaintAcceptanceData
from tcd_desktop.documents.forms.complaint_decision import ComplaintDecisionData, ComplaintFinding
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
from tcd_desktop.documents.forms.guidance_slip import GuidanceSlipData
from tcd_desktop.documents.forms.petition_outcome import PetitionOutcomeData, ProcessingOutcome
from tcd_desktop.documents.forms.police_transfer import PoliceTransferData
from tcd_desktop.documents.forms.processing_more import AcceptanceProposalData, ReminderData
from tcd_desktop.documents.forms.receipt import ReceiptData
from tcd_desktop.documents.forms.refusal import RefusalNoticeData
from tcd_desktop.documents.forms.suspension import SuspensionAction, SuspensionDecisionData
from tcd_desktop.documents.forms.transfer_slip import TransferSlipData
from tcd_desktop.documents.forms.verbal_record import VerbalRecordData
from tcd_desktop.documents.forms.verification import (
    VerificationDecisionData,
    VerificationReportData,
)
from tcd_desktop.documents.forms.verification_work import ExpertRequestData, WorkMinutesData
from tcd_desktop.domain.enums import PetitionKind
from tests.documents.sample_minutes import minutes

__all__ = ["minutes"]  # the dialogue minutes sample lives in its own module

VN = dt.timezone(dt.timedelta(hours=7))
DAY = dt.date(2026, 3, 5)
FEB_DAY = dt.date(2026, 2, 14)
AFTER_SWITCH = dt.date(2026, 7, 1)

ISSUER = Issuer(
    name="Ban Tiếp công dân tỉnh Lạng Sơn",
    parent="Ủy ban nhân dân tỉnh Lạng Sơn",
    abbreviation="BTCD",
    place="Lạng Sơn",
)
PROVINCE = Issuer(name="Ủy ban nhân dân tỉnh Lạng Sơn", abbreviation="UBND", place="Lạng Sơn")
HEAD = Signer(full_name="Hoàng Văn Thưởng", position="Trưởng ban")
CHAIRMAN = Signer(full_name="Lương Trọng Quỳnh", position="Phó Chủ tịch", authority="KT. Chủ tịch")
OFFICER = Official("Nguyễn Thị Hường", "Chuyên viên", "Ban Tiếp công dân tỉnh Lạng Sơn")

CITIZEN = Person(
    full_name="Đặng Đức Đạt",
    honorific="Ông",
    id_number="020085001234",
    id_issued_on=dt.date(2021, 4, 12),
    id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    address="Thôn Bản Ngõ, xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
    phone="0912345678",
)
DENOUNCER = Person(
    full_name="Trịnh Thị Ngọc Ánh",
    honorific="Bà",
    id_number="020190004321",
    address="Số 18 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
    phone="0987654321",
)
DENOUNCED = "ông Vũ Quốc Khánh, Trưởng phòng Tài nguyên và Môi trường"
ITEMS = (
    ReceivedItem("Đơn khiếu nại đề ngày 01/3/2026", 3, ItemCondition.ORIGINAL),
    ReceivedItem(
        "Quyết định số 125/QĐ-UBND ngày 14/02/2026 về việc thu hồi đất",
        4,
        ItemCondition.CERTIFIED_COPY,
    ),
    ReceivedItem("Giấy chứng nhận quyền sử dụng đất số CH-00872", 2, ItemCondition.COPY),
)
SUBJECT = "Quyết định số 125/QĐ-UBND ngày 14/02/2026 về việc thu hồi đất tại thôn Bản Ngõ"


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


def complaint_letter(on: dt.date = DAY) -> ComplaintLetterData:
    return ComplaintLetterData(
        issued_on=on,
        addressee="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        complainant=CITIZEN,
        respondent=SUBJECT + " của Ủy ban nhân dân xã Hoàng Văn Thụ",
        content="Chưa bồi thường cây trồng trên đất bị thu hồi.",
        request="Bồi thường cây trồng theo quy định",
        attachments=("Bản sao Quyết định số 125/QĐ-UBND",),
        place="Lạng Sơn",
    )


def authorisation(on: dt.date = DAY) -> AuthorisationData:
    return AuthorisationData(
        issued_on=on,
        principal=CITIZEN,
        agent=Person(full_name="Hoàng Thị Lan", honorific="Bà", id_number="020190004321"),
        scope="Thực hiện việc khiếu nại đối với " + SUBJECT,
        period="Đến khi có quyết định giải quyết khiếu nại có hiệu lực pháp luật",
        place="Lạng Sơn",
    )


def withdrawal_letter(on: dt.date = DAY) -> WithdrawalLetterData:
    return WithdrawalLetterData(
        issued_on=on,
        addressee="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        denouncer=DENOUNCER,
        denounced=DENOUNCED,
        denounced_on=dt.date(2026, 2, 1),
        contents=("Kéo dài thời gian giải quyết hồ sơ",),
        reason="Đã được giải thích, thấy hồ sơ còn thiếu giấy tờ",
        place="Lạng Sơn",
    )


def withdrawal_record(on: dt.date = DAY) -> WithdrawalRecordData:
    return WithdrawalRecordData(
        issuer=PROVINCE,
        started_at=dt.datetime(on.year, on.month, on.day, 9, 0, tzinfo=VN),
        location="Trụ sở Tiếp công dân tỉnh",
        officer=OFFICER,
        denouncer=DENOUNCER,
        denounced=DENOUNCED,
        contents=("Kéo dài thời gian giải quyết hồ sơ",),
        reason="Đã được giải thích",
        number="04/BB-UBND",
    )
