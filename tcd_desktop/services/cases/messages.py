"""Case handling's messages to the officer, in Vietnamese, by stable code.

Refusals and notes of accepting a petition (thụ lý: ``acceptance.py``,
``acceptance_checks.py``, and the start of the second-complaint window in ``clock.py``); the
step dialogs' refusals of a step's date and of its required texts (``core.py``, ``steps.py``,
the complaint, denunciation, recommendation, police and control steps, and the dialogues). Each is a :class:`~tcd_desktop.domain.messages.Message`: the text
as written here, with its code and parameters, so a screen in another language names it in
its own words (``tcd_desktop/ui/case_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["HIERARCHY", "MESSAGES"]

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
        "step.decision_number_missing": "Phải ghi số quyết định giải quyết khiếu nại.",
        "step.dialogue_skip_reason_missing": "Chưa tổ chức đối thoại: phải ghi lý do không đối thoại (Luật Khiếu nại 2011, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28).",
        "step.reason_missing": "Phải ghi lý do.",
        "step.extension_reason_missing": "Phải nêu lý do gia hạn.",
        "step.conclusion_number_missing": "Phải ghi số kết luận nội dung tố cáo.",
        "step.police_body_missing": "Phải ghi cơ quan điều tra hoặc Viện kiểm sát nhận hồ sơ.",
        "step.crime_signs_missing": "Phải ghi dấu hiệu tội phạm đã phát hiện.",
        "step.answer_missing": "Phải tóm tắt nội dung trả lời.",
        "step.information_outcome_missing": "Phải ghi kết quả xử lý thông tin.",
        "step.verifier_missing": "Phải ghi người hoặc cơ quan được giao xác minh.",
        "step.verification_summary_missing": "Phải tóm tắt kết quả xác minh.",
        "step.publication_method_missing": "Phải ghi hình thức công khai (họp, niêm yết, báo chí).",
        "step.measures_missing": "Phải ghi biện pháp xử lý.",
        "step.progress_missing": "Phải ghi kết quả thực hiện.",
        "dialogue.place_missing": "Phải ghi địa điểm đối thoại.",
        "dialogue.presiding_missing": "Phải ghi người chủ trì đối thoại.",
        "dialogue.result_missing": "Phải ghi kết quả đối thoại.",
        "dialogue.scan_name_missing": "Phải có tên tệp bản quét.",
        "step.before_acceptance": "Ngày thực hiện không được trước ngày thụ lý {date}.",
        "step.own_operation": "Bước {step} không ghi được ở đây: hãy dùng thao tác riêng của bước.",
        "complexity.criteria_missing": "Phải chọn ít nhất một tiêu chí phức tạp.",
        "step.due_moved": "Hạn giải quyết đổi từ {before} thành {after}.",
        "suspension.ground_missing": "Phải chọn căn cứ tạm đình chỉ.",
        "resumption.before_suspension": "Ngày tiếp tục trước ngày tạm đình chỉ {date}.",
        "withdrawal.contents_missing": "Phải ghi nội dung được rút.",
        "termination.ground_missing": "Phải chọn căn cứ đình chỉ.",
        "withdrawal.form_missing": "Việc rút phải có đơn rút có chữ ký hoặc điểm chỉ, hoặc biên bản ghi yêu cầu rút trực tiếp (Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 33 khoản 1).",
        "withdrawal.checks_unknown": "Trường hợp không hợp lệ: {checks}.",
        "withdrawal.who_missing": "Khiếu nại đông người: phải ghi tên người khiếu nại rút; những người khác tiếp tục khiếu nại (Nghị định 124/2020/NĐ-CP, Điều 7a).",
        "withdrawal.already": "{name} đã rút khiếu nại trước đó.",
        "extension.too_long": "Mỗi lần gia hạn không quá {limit} ngày ({citation}); đã đề nghị {days} ngày.",
        "extension.late": "Quyết định gia hạn ban hành sau khi đã hết hạn {date}.",
        "conclusion.late": "Kết luận ban hành sau thời hạn giải quyết {date}.",
        "re_resolution.ground_missing": "Phải chọn căn cứ giải quyết lại (Luật Tố cáo, Điều 37).",
        "assignment.due_before": "Hạn trả lời phải sau ngày giao {date}.",
        "decision.result_missing": "Phải chọn kết quả: đúng, đúng một phần hoặc sai.",
        "decision.late": "Quyết định ban hành sau thời hạn giải quyết {date} ({rule}).",
        "decision.received_before_sent": "Ngày nhận quyết định trước ngày gửi {date}.",
        "clock.not_tracked": "Chỉ theo dõi được các thời hạn {rules} bằng bước này.",
        "clock.before_received": "Ngày bắt đầu trước ngày nhận đơn {date}.",
        "clock.not_started": "Chưa bắt đầu theo dõi thời hạn {rule} cho vụ việc này.",
        "assignment.assignee_missing": "Phải chọn cán bộ được giao xử lý.",
        "dialogue.held_missing": "Phải chọn buổi đối thoại đã tổ chức.",
        "dialogue.scan_missing": "Phải chọn tệp bản quét biên bản đã ký.",
        "step.not_this_form": "Bước «{step}» không ghi nhận bằng biểu mẫu này.",
        "police.found_after_transfer": "Ngày phát hiện dấu hiệu tội phạm sau ngày chuyển hồ sơ.",
        "police.late": "Chuyển hồ sơ muộn: hạn {rule} là ngày {date} ({citation}).",
        "conditions.missing": "Chưa đủ điều kiện thụ lý tố cáo (Luật Tố cáo 2018, Điều 29 khoản 1, Điều 24 khoản 3): {missing}.",
        "withdrawal.checks_missing": "Trước khi đình chỉ do rút tố cáo phải kiểm tra các trường hợp vẫn phải giải quyết: {checks} (Luật Tố cáo 2018, Điều 33 khoản 3).",
        "dialogue.before_notice": "Ngày đối thoại không được trước ngày thông báo.",
        "dialogue.notice_late": "Thông báo đối thoại gửi ngày {sent}, muộn hơn hạn {due}: phải thông báo trước ít nhất {days} ngày ({citation}).",
        "dialogue.time_zone": "Thời điểm bắt đầu, kết thúc phải có múi giờ.",
        "dialogue.absent_continues": "Người khiếu nại vắng mặt không có lý do: việc giải quyết vẫn tiếp tục (Luật Khiếu nại, Điều 30 khoản 6; NĐ 124/2020, Điều 28 khoản 5).",
        "dialogue.absent_reschedule": "Người khiếu nại vắng mặt không có lý do; cân nhắc tổ chức lại buổi đối thoại.",
    }
)

#: Refusals of a second-level step by a body that is not the first resolver's direct
#: superior (``services/cases/hierarchy.py``); unit names are data parameters.
HIERARCHY = Catalogue(
    {
        "superior.none": (
            "{what} phải do cơ quan cấp trên trực tiếp của {first} thực hiện ({citation}); "
            "danh mục cơ quan không có cấp trên của {first}."
        ),
        "superior.other": (
            "{what} chỉ do {superior} (cấp trên trực tiếp của {first}) thực hiện, không "
            "phải {acting} ({citation})."
        ),
        "superior.same": (
            "{what} chỉ do {superior} (cấp trên trực tiếp của {first}) thực hiện, không "
            "phải {acting} — chính cơ quan đã giải quyết lần đầu ({citation})."
        ),
        "superior.second_complaint": "Thụ lý, giải quyết khiếu nại lần hai",
        "superior.re_resolution": "Xem xét, giải quyết lại tố cáo",
        "superior.unknown_unit": "không rõ cơ quan",
    }
)
