"""Sample data and expected strings for every registered form (used by test_forms*.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from tcd_desktop.documents.forms.petition_outcome import ProcessingOutcome
from tcd_desktop.documents.forms.suspension import SuspensionAction
from tests.documents import sample_invitation, samples

ID_FIELDS = {"id_number", "id_issued_by"}
CITIZEN_LETTERS = {"kn.petition", "kn.authorisation", "tc.withdrawal"}
"""Identity papers are printed on reception documents, acceptance notices and minutes only."""

#: form code → (sample factory, fields not printed by that variant, extra strings expected)
CASES: dict[str, tuple[Callable[[], Any], set[str], tuple[str, ...]]] = {
    "tcd.receipt": (
        samples.receipt,
        set(),
        (
            "Số: LS-01-2026-000123",
            "Lạng Sơn, ngày 05 tháng 3 năm 2026",
            "Vào hồi 09 giờ 30 phút, ngày 05 tháng 3 năm 2026",
            "ngày cấp: 12/4/2021",
            "Bản chính",
            "Bản sao có chứng thực",
            "Bản sao",
            "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
            "NGƯỜI NHẬN",
            "Giấy biên nhận được lập thành 02 bản",
            "giao người cung cấp thông tin, tài liệu, bằng chứng 01 bản",
            "là người khiếu nại",
            "Thông tư số 04/2021/TT-TTCP",
        ),
    ),
    "tcd.refusal": (
        samples.refusal,
        set(),
        (
            "Số: 05/TB-BTCD",
            "THÔNG BÁO",
            "Về việc từ chối tiếp công dân",
            "Kính gửi: Ông Đặng Đức Đạt",
            "Ngày 03 tháng 3 năm 2026",
            "để khiếu nại",
            "(để báo cáo)",
            "(để phối hợp)",
            "Lưu: VT, hồ sơ",
            "TRƯỞNG BAN",
        ),
    ),
    "tcd.guidance": (
        samples.guidance,
        set(),
        ("Số: 07/HD-BTCD", "PHIẾU HƯỚNG DẪN", "tách đơn", "Điều 26 Luật Tiếp công dân"),
    ),
    "tcd.record": (
        samples.verbal_record,
        set(),
        (
            "Số: 03/BB-BTCD",
            "BIÊN BẢN",
            "Ghi nội dung tiếp công dân",
            "08 giờ 05 phút",
            "08 giờ 55 phút",
            "điểm chỉ",
            "Biên bản được lập thành 02 bản",
            "NGƯỜI ĐƯỢC TIẾP",
            "NGƯỜI CHỦ TRÌ",
            "NGƯỜI GHI BIÊN BẢN",
            "(Điểm chỉ, ghi rõ họ tên)",
            "đã được đọc lại",
            "Số điện thoại: 0912345678",
        ),
    ),
    "xld.transfer": (
        samples.transfer,
        ID_FIELDS,
        (
            "Số: 11/PC-BTCD",
            "PHIẾU CHUYỂN ĐƠN",
            "Về việc chuyển đơn tố cáo",
            "Kính gửi: Thanh tra tỉnh Lạng Sơn",
            "ngày 27 tháng 02 năm 2026",
            "Bà Trịnh Thị Ngọc Ánh (để biết)",
            "Điều 14 Thông tư số 05/2021/TT-TTCP",
        ),
    ),
    "xld.transfer_notice": (
        lambda: samples.outcome(ProcessingOutcome.TRANSFER),
        {"returned_documents"} | ID_FIELDS,
        ("Về việc chuyển đơn", "theo Phiếu chuyển đơn số 09/PC-BTCD", "kiến nghị"),
    ),
    "xld.guidance": (
        lambda: samples.outcome(ProcessingOutcome.GUIDE),
        {"returned_documents", "transfer_reference"} | ID_FIELDS,
        ("Về việc hướng dẫn gửi đơn",),
    ),
    "xld.return": (
        lambda: samples.outcome(ProcessingOutcome.RETURN),
        {"transfer_reference"} | ID_FIELDS,
        ("Về việc trả lại đơn", "Tài liệu gửi trả kèm theo"),
    ),
    "kn.acceptance": (
        lambda: samples.complaint_acceptance(True),
        set(),
        (
            "Số: 21/TB-UBND",
            "Về việc thụ lý giải quyết khiếu nại",
            "đủ điều kiện thụ lý",
            "Điều 27 Luật Khiếu nại",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "lần đầu",
        ),
    ),
    "kn.non_acceptance": (
        lambda: samples.complaint_acceptance(False),
        {"inspectorate", "resolver"},
        ("Về việc không thụ lý giải quyết khiếu nại", "không đủ điều kiện thụ lý"),
    ),
    "kn.decision": (
        samples.complaint_decision,
        ID_FIELDS,
        (
            "Số: 312/QĐ-UBND",
            "QUYẾT ĐỊNH",
            "Về việc giải quyết khiếu nại của ông Đặng Đức Đạt (lần đầu)",
            "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;",
            "Theo đề nghị của Chánh Thanh tra tỉnh.",
            "QUYẾT ĐỊNH:",
            "Điều 1.",
            "đúng một phần",
            "Trong thời hạn 30 ngày",
            "khởi kiện vụ án hành chính",
        ),
    ),
    "kn.suspension": (
        lambda: samples.suspension(SuspensionAction.SUSPEND),
        {"suspension_reference"},
        (
            "Số: 415/QĐ-UBND",
            "Về việc tạm đình chỉ việc giải quyết khiếu nại",
            "Thời gian tạm đình chỉ không tính vào thời hạn giải quyết khiếu nại",
            "Điều 11a Luật Khiếu nại",
            "Mẫu số 14a",
        ),
    ),
    "kn.resumption": (
        lambda: samples.suspension(SuspensionAction.RESUME),
        set(),
        ("Về việc tiếp tục giải quyết khiếu nại", "Mẫu số 14b"),
    ),
    "tc.suspension": (
        lambda: samples.suspension(SuspensionAction.TERMINATE, denunciation=True),
        {"suspension_reference"},
        ("Về việc đình chỉ việc giải quyết tố cáo", "Điều 34 Luật Tố cáo"),
    ),
    "tc.resumption": (
        lambda: samples.suspension(SuspensionAction.RESUME, denunciation=True),
        set(),
        ("Về việc tiếp tục giải quyết tố cáo",),
    ),
    "tc.police_transfer": (
        samples.police_transfer,
        set(),
        (
            "Số: 15/CV-UBND",
            "V/v chuyển hồ sơ vụ việc tố cáo có dấu hiệu tội phạm",
            "Kính gửi: Cơ quan Cảnh sát điều tra",
            "khoản 2 Điều 36 Luật Tố cáo",
        ),
    ),
    "tc.extension": (
        samples.extension,
        set(),
        (
            "Số: 08/QĐ-UBND",
            "Về việc gia hạn giải quyết tố cáo",
            "(lần thứ nhất)",
            "30 ngày",
            "ngày 16 tháng 3 năm 2026",
            "ngày 14 tháng 4 năm 2026",
            "Mẫu số 01 ban hành kèm theo Nghị định số 31/2019/NĐ-CP",
            "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;",
        ),
    ),
    "tc.acceptance_notice": (
        samples.denunciation_acceptance,
        ID_FIELDS,
        (
            "Về việc thụ lý tố cáo",
            "ngày 30 tháng 01 năm 2026",
            "Ngày 02 tháng 02 năm 2026",
            "Kính gửi: Bà Trịnh Thị Ngọc Ánh",
            "Mẫu số 05",
        ),
    ),
    "tc.conclusion_public": (
        samples.public_conclusion,
        {"sealed_terms"},
        (
            "KẾT LUẬN",
            "Nội dung tố cáo",
            "Bản công khai",
            "Tố cáo sai",
            "Tố cáo đúng",
            "Mẫu số 12",
            "[người tố cáo]",
        ),
    ),
    "tc.conclusion": (
        lambda: dataclasses.replace(samples.public_conclusion(), public=False),
        {"sealed_terms"},
        ("KẾT LUẬN", "Nội dung tố cáo", "Tố cáo sai sự thật", "Mẫu số 12", "Trịnh Thị Ngọc Ánh"),
    ),
    "tc.acceptance_decision": (
        samples.acceptance_decision,
        set(),
        (
            "Số: 201/QĐ-UBND",
            "Về việc thụ lý tố cáo",
            "Mẫu số 04",
            "Điều 1. Thụ lý tố cáo đối với",
            "Điều 2. Thời hạn giải quyết tố cáo",
            "khoản 1 Điều 29 Luật Tố cáo",
            "Người tố cáo (gửi thông báo thụ lý, Mẫu số 05)",
            "ngày 27 tháng 02 năm 2026",
        ),
    ),
    "tc.denounced_notice": (
        samples.denounced_notice,
        set(),
        (
            "Về nội dung tố cáo",
            "Mẫu số 06",
            "giải trình bằng văn bản",
            "ngày 15 tháng 3 năm 2026",
            "không được tìm hiểu, xác định người tố cáo",
        ),
    ),
    "tcd.appointment": (
        samples.appointment,
        set(),
        (
            "PHIẾU HẸN",
            "Số: 03/PH-BTCD",
            "08 giờ 30 phút, ngày 16 tháng 3 năm 2026",
            "TL. TRƯỞNG BAN",
            "Kính gửi: Ông Đặng Đức Đạt",
            "giấy tờ tùy thân",
        ),
    ),
    "xld.proposal": (
        samples.proposal,
        ID_FIELDS,
        (
            "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN",
            "Mẫu số 01",
            "Thông tư số 05/2021/TT-TTCP",
            "NGƯỜI ĐỀ XUẤT",
            "Đề xuất Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn thụ lý giải quyết khiếu nại",
            "Ngày 02 tháng 3 năm 2026",
        ),
    ),
    "xld.reminder": (
        samples.reminder,
        set(),
        (
            "V/v đôn đốc giải quyết đơn",
            "Số: 12/CV-BTCD",
            "Kính gửi: Ủy ban nhân dân xã Hoàng Văn Thụ",
            "quá thời hạn giải quyết (ngày 04 tháng 02 năm 2026)",
            "trước ngày 15 tháng 3 năm 2026",
            "Ông Đặng Đức Đạt (để biết)",
        ),
    ),
    "kn.verification_decision": (
        samples.verification_decision,
        set(),
        ("Về việc xác minh nội dung khiếu nại", "Điều 1. Giao", "15 ngày", "Căn cứ Luật Khiếu nại"),
    ),
    "tc.verification_team": (
        lambda: samples.verification_decision(denunciation=True),
        set(),
        ("Về việc thành lập Tổ xác minh nội dung tố cáo", "Mẫu số 07", "Tổ trưởng", "15 ngày"),
    ),
    "kn.verification_report": (
        samples.verification_report,
        set(),
        ("BÁO CÁO", "Kết quả xác minh nội dung khiếu nại", "Kính gửi: Chủ tịch", "4. Kiến nghị"),
    ),
    "tc.verification_report": (
        lambda: samples.verification_report(denunciation=True),
        set(),
        ("Kết quả xác minh nội dung tố cáo", "Mẫu số 10", "1. Nội dung tố cáo"),
    ),
    "tc.verification_result": (
        lambda: dataclasses.replace(samples.verification_report(denunciation=True), team=False),
        set(),
        ("Kết quả xác minh nội dung tố cáo", "Mẫu số 11"),
    ),
    "tc.work_minutes": (
        samples.work_minutes,
        set(),
        (
            "BIÊN BẢN",
            "Mẫu số 08",
            "Vào hồi 08 giờ 30 phút, ngày 05 tháng 3 năm 2026",
            "kết thúc vào hồi 10 giờ 15 phút",
            "ĐẠI DIỆN TỔ XÁC MINH",
        ),
    ),
    "tc.expert_request": (
        samples.expert_request,
        set(),
        ("V/v trưng cầu giám định", "Mẫu số 09", "ngày 25 tháng 3 năm 2026"),
    ),
    "kn.petition": (
        samples.complaint_letter,
        set(),
        ("ĐƠN KHIẾU NẠI", "Mẫu số 01", "Lạng Sơn, ngày …… tháng …… năm ……", "NGƯỜI KHIẾU NẠI"),
    ),
    "kn.authorisation": (
        samples.authorisation,
        set(),
        ("GIẤY ỦY QUYỀN KHIẾU NẠI", "Mẫu số 02", "công chứng, chứng thực", "NGƯỜI ỦY QUYỀN"),
    ),
    "tc.withdrawal": (
        samples.withdrawal_letter,
        set(),
        ("ĐƠN RÚT TỐ CÁO", "Mẫu số 02", "Điều 33 Luật Tố cáo", "NGƯỜI RÚT TỐ CÁO", "01/02/2026"),
    ),
    "tc.withdrawal_record": (
        samples.withdrawal_record,
        set(),
        ("Ghi nhận việc rút tố cáo", "Mẫu số 03", "NGƯỜI GHI BIÊN BẢN", "tự nguyện"),
    ),
    "kn.dialogue_invitation": (
        sample_invitation.invitation,
        set(),
        (
            "GIẤY MỜI",
            "Số: 07/GM-UBND",
            "Về việc tổ chức đối thoại giải quyết khiếu nại",
            "Thực hiện Điều 30 Luật Khiếu nại",
            "giải quyết khiếu nại lần đầu",
            "08 giờ 30 phút, ngày 25 tháng 8 năm 2026",
            "Người chủ trì:",
            "vẫn được tiếp tục",
        ),
    ),
    "kn.dialogue_minutes": (
        samples.minutes,
        set(),
        (
            "Số: 02/BB-UBND",
            "Vào hồi 14 giờ 00 phút, ngày 05 tháng 3 năm 2026",
            "kết thúc vào hồi 15 giờ 45 phút",
            "Biên bản được lập thành 03 bản",
            "Mẫu số 14",
        ),
    ),
}
