"""The case window's documents: why a form cannot be prepared yet, in Vietnamese, by code.

Each is a :class:`~tcd_desktop.domain.messages.Message` (the text as written here with its code
and parameters), shown as the refused form's tooltip; a screen in another language names it in
its own words (``tcd_desktop/ui/case_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code.
MESSAGES = Catalogue(
    {
        "precondition.not_stopped": "Vụ việc chưa tạm đình chỉ hoặc đình chỉ giải quyết: ghi bước «Tạm đình chỉ giải quyết» hoặc «Đình chỉ giải quyết» trước.",
        "precondition.not_resumed": "Vụ việc chưa có bước «Tiếp tục giải quyết» sau khi tạm đình chỉ.",
        "precondition.not_to_police": "Vụ việc chưa có bước «Chuyển hồ sơ có dấu hiệu tội phạm sang cơ quan điều tra».",
        "precondition.not_extended": "Vụ việc chưa được gia hạn giải quyết: ghi bước «Gia hạn giải quyết» trước.",
        "precondition.no_decision": "Chưa ghi nhận quyết định giải quyết khiếu nại (số, ngày, kết quả).",
        "precondition.no_conclusion": "Chưa ghi nhận kết luận nội dung tố cáo (số, ngày, kết quả).",
    }
)
