"""Why a deadline cannot be computed as asked (``DeadlineError``), in Vietnamese, by code.

Each is a :class:`~tcd_desktop.domain.messages.Message` (the text the command line prints,
with its code and parameters); English sources: ``tcd_desktop/ui/office_messages.py``.
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code (``{name}``: a parameter).
MESSAGES = Catalogue(
    {
        "deadline.no_variant": "Quy định {rule} không có trường hợp '{variant}'",
        "deadline.before_fixed": "Thời hạn báo trước {rule} không gia hạn hay tạm dừng được",
        "deadline.extension_count": (
            "Số lần gia hạn ({count}) không khớp với số thời hạn gia hạn đã nhập ({entered})"
        ),
        "deadline.extension_negative": "Số lần gia hạn không được âm",
        "deadline.no_extension": "Thời hạn {rule} ({citation}) không được gia hạn",
        "deadline.extension_complex_only": (
            "Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn thời hạn {rule} "
            "({citation})"
        ),
        "deadline.extension_too_many": (
            "Vụ việc {kind} chỉ được gia hạn tối đa {allowed} lần ({citation}); "
            "đã yêu cầu {count} lần"
        ),
        "deadline.complex": "phức tạp",
        "deadline.very_complex": "đặc biệt phức tạp",
        "deadline.extension_days": (
            "Mỗi lần gia hạn không quá {limit} ngày; lần {number} là {days} ngày"
        ),
        "deadline.days_missing": (
            "Quy định {rule} ({citation}) không có số ngày trong Luật: thời hạn là thời hạn của "
            "pháp luật chuyên ngành về xử lý vi phạm hành chính. Hãy nhập số ngày đó (--days N)."
        ),
        "deadline.days_fixed": (
            "Quy định {rule} đã có thời hạn {days} {unit} ({citation}); chỉ nhập số ngày (--days) "
            "cho quy định không có số ngày trong Luật (D12)."
        ),
        "deadline.days_positive": "Số ngày (--days) phải lớn hơn 0.",
        "deadline.suspension_too_early": (
            "Không thể tạm đình chỉ thời hạn {rule} từ ngày {date}: việc tạm đình chỉ giải quyết "
            "khiếu nại chỉ áp dụng từ ngày {since} (Luật Khiếu nại, Điều 11a, bổ sung bởi Luật "
            "số 136/2025/QH15); trước đó khiếu nại không được tạm đình chỉ."
        ),
        "deadline.pause_backwards": (
            "Khoảng tạm đình chỉ không hợp lệ: {start} đến {end} (ngày kết thúc trước)"
        ),
        "form.not_in_force": "Không có phiên bản mẫu {code} có hiệu lực vào ngày {date}.",
    }
)
