"""The case workflow's refusals (:func:`~tcd_desktop.domain.workflow.refusal`), in
Vietnamese, by stable code.

Why the law does not allow a step: each is a :class:`~tcd_desktop.domain.messages.Message`,
the text as written here with its code and parameters (the step and status as enum members,
the law and article as coded messages of their own), so a screen in another language names it
in its own words (``tcd_desktop/ui/workflow_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code (``{name}``: a parameter; dates written dd/mm/yyyy).
MESSAGES = Catalogue(
    {
        "law.complaints": "Luật Khiếu nại 2011",
        "law.denunciations": "Luật Tố cáo 2018",
        "article.susp_denunciation": "Điều 34 khoản 1",
        "article.susp_complaint": "Điều 11a",
        "article.term_denunciation": "Điều 34 khoản 2",
        "article.term_complaint": "Điều 10, Điều 11a",
        "article.verify_denunciation": "Điều 31",
        "article.verify_complaint": "Điều 29",
        "kind.khieu_nai": "khiếu nại",
        "kind.to_cao": "tố cáo",
        "kind.kien_nghi": "kiến nghị",
        "kind.phan_anh": "phản ánh",
        "kind.tin_an_danh": "thông tin tố cáo nặc danh",
        "kind.anonymous": "«{step}» không áp dụng: thông tin nặc danh không được xử lý như tố cáo và không có thời hạn luật định (Luật Tố cáo 2018, Điều 25).",
        "kind.no_complaint_extension": "Luật Khiếu nại 2011 không cho phép gia hạn thời hạn giải quyết khiếu nại; vụ việc phức tạp hoặc ở vùng sâu, vùng xa đã có thời hạn dài hơn (Điều 28, Điều 37).",
        "kind.no_denunciation_dialogue": "Đối thoại là thủ tục giải quyết khiếu nại (Luật Khiếu nại 2011, Điều 30), không áp dụng cho tố cáo.",
        "kind.assigned_by_leader": "«{step}» không áp dụng cho {kind}: lãnh đạo giao xử lý và ấn định thời hạn (Luật Tiếp công dân 2013, Điều 26–28).",
        "kind.not_applicable": "«{step}» không áp dụng cho vụ việc {kind}.",
        "state.closed": "Vụ việc đã kết thúc ({status}); không thể thực hiện «{step}».",
        "state.paused": "Vụ việc đang tạm đình chỉ giải quyết; phải có quyết định tiếp tục giải quyết trước khi «{step}» ({law}).",
        "state.paused_since": "Vụ việc đang tạm đình chỉ giải quyết từ ngày {date}; phải có quyết định tiếp tục giải quyết trước khi «{step}» ({law}).",
        "state.done_once": "Bước «{step}» đã được thực hiện cho vụ việc này.",
        "state.decided": "Vụ việc đã có quyết định giải quyết; không thể «{step}» ({law}).",
        "state.concluded": "Vụ việc đã có kết luận nội dung tố cáo; không thể «{step}» ({law}).",
        "state.not_decided": "Chưa có quyết định giải quyết nên chưa thể «{step}».",
        "state.not_concluded": "Chưa có kết luận nội dung tố cáo nên chưa thể «{step}».",
        "step.not_paused": "Vụ việc không ở trạng thái tạm đình chỉ nên không có gì để tiếp tục.",
        "step.already_paused": "Vụ việc đang tạm đình chỉ.",
        "step.suspension_too_early": "Tạm đình chỉ giải quyết khiếu nại chỉ áp dụng từ 01/07/2026 (Luật Khiếu nại 2011, Điều 11a, bổ sung bởi Luật số 136/2025/QH15).",
        "step.suspension_ground": "Căn cứ tạm đình chỉ không đúng quy định ({law}, {article}).",
        "step.termination_ground": "Căn cứ đình chỉ không đúng quy định ({law}, {article}).",
        "step.termination_too_early": "Đình chỉ vì lý do khác việc rút khiếu nại chỉ áp dụng từ 01/07/2026 (Luật Khiếu nại 2011, Điều 11a, bổ sung bởi Luật số 136/2025/QH15).",
        "step.partial_withdrawal_too_early": "Rút một phần nội dung khiếu nại chỉ áp dụng từ 01/07/2026 (Luật số 136/2025/QH15); trước ngày này chỉ được rút toàn bộ (Luật Khiếu nại, Điều 10).",
        "step.verification_not_assigned": "Chưa giao nhiệm vụ xác minh bằng văn bản ({law}, {article}).",
        "step.dialogue_not_notified": "Chưa thông báo đối thoại cho các bên (Luật Khiếu nại 2011, Điều 30; NĐ 124/2020, Điều 28).",
        "step.dialogue_not_held": "Chưa tổ chức đối thoại nên chưa có biên bản để lưu.",
        "step.no_verification_report": "Chưa có báo cáo kết quả xác minh nội dung tố cáo (Luật Tố cáo 2018, Điều 31, Điều 35).",
        "step.already_very_complex": "Vụ việc đã được xác định là đặc biệt phức tạp.",
        "step.second_complaint_lodged": "Người khiếu nại đã khiếu nại lần hai nên quyết định giải quyết lần đầu không có hiệu lực theo thời hạn (Luật Khiếu nại 2011, Điều 44 khoản 1).",
        "step.decision_not_sent_effect": "Chưa gửi quyết định giải quyết cho người khiếu nại (Luật Khiếu nại 2011, Điều 32, Điều 41).",
        "step.not_yet_effective": "Quyết định chưa có hiệu lực pháp luật: có hiệu lực từ ngày {date} (Luật Khiếu nại 2011, Điều 44).",
        "step.enforcement_no_handling": "Chưa có xử lý kết luận nên chưa tổ chức thực hiện ({law}).",
        "step.enforcement_not_effective": "Chưa có quyết định có hiệu lực nên chưa tổ chức thực hiện ({law}).",
        "step.publication_second_only": "Chỉ quyết định giải quyết khiếu nại lần hai phải công khai (Luật Khiếu nại 2011, Điều 41).",
        "step.no_third_complaint": "Khiếu nại đã có quyết định giải quyết lần hai thì không thụ lý khiếu nại tiếp (Luật Khiếu nại 2011, Điều 11 khoản 7).",
        "step.second_complaint_open": "Vụ việc đã có khiếu nại lần hai đang được giải quyết.",
        "step.second_complaint_too_early": "Chỉ được khiếu nại lần hai khi đã có quyết định giải quyết lần đầu hoặc đã hết thời hạn giải quyết mà không được giải quyết (Luật Khiếu nại 2011, Điều 33).",
        "step.decision_not_sent": "Chưa gửi quyết định giải quyết cho người khiếu nại (Luật Khiếu nại 2011, Điều 32).",
        "step.no_second_complaint": "Vụ việc chưa có khiếu nại lần hai.",
        "step.no_further_denunciation": "Chưa có tố cáo tiếp đối với vụ việc này (Luật Tố cáo 2018, Điều 37).",
        "step.not_assigned": "Lãnh đạo chưa giao xử lý và ấn định thời hạn trả lời (Luật Tiếp công dân, Điều 26).",
        "decision.second_needs_dialogue": "Giải quyết khiếu nại lần hai bắt buộc phải tổ chức đối thoại (Luật Khiếu nại 2011, Điều 39).",
        "decision.disciplinary_needs_dialogue": "Giải quyết khiếu nại quyết định kỷ luật bắt buộc phải tổ chức đối thoại (Luật Khiếu nại 2011, Điều 50).",
        "decision.needs_verification": "Chưa có báo cáo kết quả xác minh; chỉ được giải quyết ngay khi khiếu nại đúng (Luật Khiếu nại 2011, Điều 29).",
        "decision.differs_needs_dialogue": "Yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau nên phải tổ chức đối thoại trước khi quyết định (Luật Khiếu nại 2011, Điều 30 khoản 1).",
        "decision.right_needs_dialogue": "Quyết định kết luận khiếu nại đúng hoặc đúng một phần sau xác minh phải tổ chức đối thoại trước (Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28).",
        "extension.not_complex": "Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).",
        "extension.twice_used": "Vụ việc đặc biệt phức tạp được gia hạn tối đa hai lần, mỗi lần không quá 30 ngày; đã gia hạn {count} lần (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).",
        "extension.once_used": "Vụ việc phức tạp chỉ được gia hạn một lần, mỗi lần không quá 30 ngày; đã gia hạn {count} lần (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).",
    }
)
