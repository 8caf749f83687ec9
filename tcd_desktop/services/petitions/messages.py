"""Petition processing's messages to the officer, in Vietnamese, by stable code.

Refusals of an outcome (``ValidationFailed``, ``StepNotAllowed``, ``NotFound``) and the
lateness note given with a recorded outcome. Each is a :class:`~tcd_desktop.domain.messages.
Message`: the text as written here, with its code and parameters, so a screen in another
language names it in its own words (``tcd_desktop/ui/desk_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code (``{name}``: a parameter; dates written dd/mm/yyyy).
MESSAGES = Catalogue(
    {
        "processing.not_found": "Không tìm thấy đơn.",
        "processing.gone": "Không tìm thấy đơn (có thể đã bị xoá).",
        "processing.already_processed": "Đơn {number} đã được xử lý ({status}).",
        "outcome.invalid": "Hình thức xử lý đơn không hợp lệ.",
        "outcome.before_received": "Ngày xử lý trước ngày nhận đơn {date}.",
        "outcome.late": "Xử lý đơn quá hạn: hạn {rule} là ngày {date} ({citation}).",
        "transfer.body_missing": "Phải ghi cơ quan có thẩm quyền nhận đơn chuyển.",
        "guide.body_missing": "Phải ghi cơ quan có thẩm quyền để hướng dẫn công dân.",
        "return.reason_missing": "Phải nêu lý do trả lại đơn.",
        "return.ground_only_complaint": (
            "Căn cứ không thụ lý theo Điều 11 Luật Khiếu nại chỉ dùng cho đơn khiếu nại."
        ),
        "return.ground_unknown": "Căn cứ không thụ lý không có trong Điều 11 Luật Khiếu nại.",
        "file.ground_missing": "Phải chọn căn cứ lưu đơn theo Điều 28 Thông tư 05/2021/TT-TTCP.",
        "lower.body_missing": "Phải ghi cơ quan cấp dưới có thẩm quyền.",
        "extend.reason_missing": "Phải nêu lý do gia hạn (xác minh nhiều nơi, ủy quyền).",
        "extend.only_named_denunciation": (
            "Chỉ đơn tố cáo có danh tính mới gia hạn kiểm tra ban đầu (D1)."
        ),
        "extend.already": "Đã gia hạn kiểm tra ban đầu tới ngày {date}.",
        "extend.too_late": "Phải gia hạn trước khi hết thời hạn {date} ({citation}).",
        "notice.none": "Không có thông báo nào để in cho đơn này: {reasons}",
    }
)
