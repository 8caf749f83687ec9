"""Case handling's messages to the officer, in Vietnamese, by stable code.

Refusals and notes of accepting a petition (thụ lý: ``acceptance.py``,
``acceptance_checks.py``, and the start of the second-complaint window in ``clock.py``). Each is a :class:`~tcd_desktop.domain.messages.Message`: the text
as written here, with its code and parameters, so a screen in another language names it in
its own words (``tcd_desktop/ui/service_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code (``{name}``: a parameter; dates written dd/mm/yyyy).
MESSAGES = Catalogue(
    {
        "acceptance.already_processed": "Đơn {number} đã được xử lý ({status}).",
        "acceptance.over_level": (
            "Đơn gửi vượt cấp thuộc thẩm quyền của cấp dưới chưa giải quyết: phải yêu cầu cấp "
            "dưới giải quyết, không thụ lý (Luật Tiếp công dân 2013, Điều 26 khoản 1 điểm b)."
        ),
        "acceptance.before_received": "Ngày thụ lý trước ngày nhận đơn {date}.",
        "acceptance.mass_not_appointed": (
            "Đơn có {count} người cùng ký: chỉ thụ lý khi có đủ chữ ký và văn "
            "bản cử người đại diện (Luật Tiếp công dân 2013, Điều 29; Nghị định 124/2020/NĐ-CP, "
            "Điều 7)."
        ),
        "acceptance.assignee_gone": "Không tìm thấy cán bộ được giao.",
        "acceptance.second_only_complaint": (
            "Chỉ khiếu nại mới có khiếu nại lần hai (Luật Khiếu nại, Điều 33)."
        ),
        "acceptance.second_too_late": (
            "Đã hết thời hạn khiếu nại lần hai: chậm nhất ngày {date} "
            "({days} ngày kể từ {since}; {citation})."
        ),
        "since.decision_received": "người khiếu nại nhận quyết định ngày {date}",
        "since.decision_estimated": (
            "chưa ghi ngày nhận: ước tính ngày {date} = ngày gửi "
            "{posted} + {days} ngày làm việc chuyển phát"
        ),
        "since.decision_unsent": "ban hành quyết định ngày {date} (chưa gửi)",
        "since.first_due": "hết thời hạn giải quyết lần đầu ngày {date}",
        "acceptance.first_case_missing": (
            "Khiếu nại lần hai phải gắn với vụ việc khiếu nại lần đầu."
        ),
        "acceptance.level": "Cấp giải quyết chỉ là lần đầu (1) hoặc lần hai (2).",
        "acceptance.late": "Thụ lý muộn: hạn {clock} là ngày {date} ({citation}).",
        "complexity.unknown": "Tiêu chí phức tạp không hợp lệ: {criteria}.",
        "complexity.kind": "Chỉ vụ việc khiếu nại, tố cáo mới xác định mức độ phức tạp.",
        "complexity.finding_missing": (
            "Việc xác định vụ việc phức tạp phải có văn bản nêu rõ căn cứ "
            "(Nghị định 124/2020/NĐ-CP, Điều 3a; Nghị định 31/2019/NĐ-CP, Điều 3)."
        ),
        "complexity.very_two_criteria": (
            "Vụ việc đặc biệt phức tạp phải có từ 02 tiêu chí trở lên "
            "(Nghị định 31/2019/NĐ-CP, Điều 3)."
        ),
        "complexity.very_only_denunciation": (
            "Chỉ tố cáo mới có mức «đặc biệt phức tạp» (Luật Tố cáo, Điều 30)."
        ),
        "time_bar.known_after_received": (
            "Ngày biết quyết định, hành vi không được sau ngày nhận đơn."
        ),
        "time_bar.obstacle_reason_missing": (
            "Phải ghi lý do trở ngại khách quan (ốm đau, thiên tai, đi công "
            "tác, học tập ở nơi xa ...) của khoảng thời gian không tính vào thời hiệu."
        ),
        "time_bar.expired": (
            "Đã hết thời hiệu khiếu nại: {days} ngày kể từ ngày "
            "{known_on} là ngày {due} ({citation}), "
            "đơn nhận ngày {received_on}. Nếu người khiếu nại có trở ngại khách "
            "quan, ghi khoảng thời gian và lý do để không tính; nếu không, không thụ lý "
            "({ground_citation})."
        ),
        "conditions.unknown": "Điều kiện thụ lý không hợp lệ: {conditions}.",
    }
)
