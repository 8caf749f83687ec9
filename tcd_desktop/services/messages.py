"""Messages every service gives, in Vietnamese, by stable code.

Permission refusals (:func:`~tcd_desktop.services.context.require`: the action refused is a
parameter, itself a coded message of :data:`ACTIONS`), the
"someone else saved first" conflict (:class:`~tcd_desktop.services.errors.ConcurrentChange`)
and the records not found. Each is a :class:`~tcd_desktop.domain.messages.Message`: the text
as written here, with its code and parameters, so a screen in another language names it in
its own words.
"""

from __future__ import annotations

import re

from tcd_desktop.domain.deadline_messages import MESSAGES as DEADLINES
from tcd_desktop.domain.messages import Catalogue, Message

__all__ = ["ACTIONS", "CONFLICT_CODES", "MESSAGES", "error_text", "named_action"]

_RELOAD = "vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại."

#: Vietnamese templates by code (``{name}``: a parameter).
MESSAGES = Catalogue(
    {
        "permission.denied": "Tài khoản {username} không có quyền {action} (cần: {roles}).",
        "permission.no_role": "Cần đăng nhập với một vai trò để {action}.",
        "permission.not_assigned": "Tài khoản {username} chưa được phân quyền.",
        "action.default": "thực hiện thao tác này",
        "document.sealed_case": (
            "Văn bản này ghi danh tính người tố cáo: chỉ cán bộ tiếp nhận, người được giao giải "
            "quyết và lãnh đạo trực tiếp của họ mới được lập và xem (Luật Tố cáo 2018, Điều 8, "
            "Điều 47)."
        ),
        "action.step": "thực hiện bước «{step}»",
        "conflict.record": f"Bản ghi {_RELOAD}",
        "conflict.case": f"Vụ việc {_RELOAD}",
        "conflict.case_status": f"Vụ việc {_RELOAD} Trạng thái hiện nay: {{status}}.",
        "conflict.citizen": f"Hồ sơ công dân {_RELOAD}",
        "conflict.dialogue": f"Buổi đối thoại {_RELOAD}",
        "conflict.petition": f"Đơn {_RELOAD}",
        "not_found.account": "Không tìm thấy tài khoản.",
        "not_found.leader": "Không tìm thấy lãnh đạo này.",
        "not_found.earlier_petition": "Không tìm thấy đơn trước.",
        "not_found.visit": "Không tìm thấy lượt tiếp.",
        "not_found.citizen": "Không tìm thấy công dân.",
        "not_found.case_or_petition": "Không tìm thấy vụ việc hoặc đơn.",
        "not_found.document": "Không tìm thấy văn bản.",
        "not_found.minutes": "Không tìm thấy văn bản biên bản đối thoại.",
        "not_found.dialogue": "Không tìm thấy buổi đối thoại.",
        "not_found.case_dialogue": "Không tìm thấy buổi đối thoại của vụ việc này.",
        "not_found.unit_code": "Không có cơ quan, đơn vị mã {code}.",
        "not_found.case": "Không tìm thấy vụ việc (có thể đã bị xoá).",
        "not_found.petition": "Không tìm thấy đơn (có thể đã bị xoá).",
        "not_found.resolving_unit": "Không tìm thấy cơ quan, đơn vị giải quyết.",
        "not_found.attachment": "Không tìm thấy tài liệu.",
        "not_found.case_to_file": "Không tìm thấy vụ việc để gắn văn bản.",
        "not_found.petition_to_file": "Không tìm thấy đơn để gắn văn bản.",
        "not_found.case_to_attach": "Không tìm thấy vụ việc để lưu tài liệu.",
        "not_found.petition_to_attach": "Không tìm thấy đơn để lưu tài liệu.",
        "not_found.visit_to_file": "Không tìm thấy lượt tiếp để gắn văn bản.",
        "not_found.visit_to_attach": "Không tìm thấy lượt tiếp để lưu tài liệu.",
        "record.citizen": "hồ sơ công dân",
        "record.case": "vụ việc",
        "field.full_name": "Họ và tên",
        "field.id_number": "Số giấy tờ tùy thân",
        "field.id_kind": "Loại giấy tờ",
        "field.birth_year": "Năm sinh",
        "field.gender": "Giới tính",
        "field.address": "Địa chỉ",
        "field.province_code": "Tỉnh/thành phố",
        "field.commune": "Xã/phường",
        "field.phone": "Số điện thoại",
        "field.email": "Thư điện tử",
        "field.step": "Bước",
        "field.status": "Trạng thái",
        "conflict.step_on": "{step} ({date})",
        "conflict.loaded_version": "(phiên bản {version})",
        "conflict.status_now": "{status}",
        "conflict.bad_choices": "Lựa chọn không hợp lệ: {choices}.",
        "conflict.sign_in": "Cần đăng nhập để giải quyết xung đột dữ liệu.",
        "sign_in.officers": "Cần đăng nhập để xem danh sách cán bộ.",
        "sign_in.password": "Cần đăng nhập để đổi mật khẩu.",
        "identity.refused": (
            "Chỉ cán bộ tiếp nhận, người được giao giải quyết và lãnh đạo trực tiếp của họ mới "
            "được xem danh tính người tố cáo (Luật Tố cáo 2018, Điều 8 khoản 3, Điều 47)."
        ),
        "identity.reason_missing": "Phải nêu lý do xem danh tính người tố cáo.",
        "identity.no_conclusion": "Vụ việc chưa có kết luận nội dung tố cáo.",
        "identity.visit_refused": (
            "Chỉ cán bộ đã tiếp và lãnh đạo đơn vị được xem danh tính người tố cáo."
        ),
        "attachment.sealed": (
            "Tài liệu này chứa danh tính người tố cáo: chỉ cán bộ tiếp nhận, người được giao giải "
            "quyết và lãnh đạo trực tiếp của họ mới được mở (Luật Tố cáo 2018, Điều 8 khoản 3, "
            "Điều 47)."
        ),
        "attachment.no_record": "Phải chọn vụ việc, đơn hoặc lượt tiếp để lưu tài liệu.",
        "attachment.no_name": "Phải có tên tệp.",
        "attachment.empty": "Tệp rỗng.",
        "attachment.too_large": "Tệp lớn hơn {size} MB.",
    }
)

#: The conflict's code by the record the old ``ConcurrentChange(what)`` named.
CONFLICT_CODES = {
    "bản ghi": "conflict.record",
    "vụ việc": "conflict.case",
    "hồ sơ công dân": "conflict.citizen",
    "buổi đối thoại": "conflict.dialogue",
    "đơn": "conflict.petition",
}

#: The actions a service may refuse (``require(..., action="xử lý vụ việc")``), by code: the
#: refusal carries the action as a coded message, so a screen in another language names it.
ACTIONS = Catalogue(
    {
        "action.assign_roles": "phân quyền",
        "action.back_up_the_data": "sao lưu dữ liệu",
        "action.change_a_successor_unit": "sửa đơn vị kế thừa",
        "action.change_an_account_body_or_unit": "đổi cơ quan, đơn vị của tài khoản",
        "action.change_deadline_rules": "thay đổi quy tắc thời hạn",
        "action.change_the_holiday_calendar": "thay đổi lịch ngày nghỉ",
        "action.change_the_reporting_cut_off_date": "đổi ngày chốt số liệu báo cáo",
        "action.create_a_database_account_for_a_reception_desk": "tạo tài khoản cơ sở dữ liệu cho bàn tiếp dân",
        "action.create_accounts": "tạo tài khoản",
        "action.create_demo_data": "tạo dữ liệu mẫu",
        "action.deactivate_an_account": "ngừng hoạt động tài khoản",
        "action.deactivate_or_reactivate_an_account": "ngừng hoặc kích hoạt lại tài khoản",
        "action.delete_figures_carried_over_from_the_previous_period": "xóa số liệu kỳ trước chuyển sang",
        "action.dismiss_a_repeat_petition_warning": "bỏ qua cảnh báo đơn trùng",
        "action.enter_figures_carried_over_from_the_previous_period": "nhập số liệu kỳ trước chuyển sang",
        "action.export_the_list_of_cases": "xuất danh sách vụ việc",
        "action.export_the_list_of_outstanding_cases": "xuất danh sách vụ việc tồn đọng",
        "action.export_the_reception_register": "xuất sổ tiếp công dân",
        "action.give_notice_of_a_dialogue": "thông báo đối thoại",
        "action.handle_cases": "xử lý vụ việc",
        "action.import_the_reception_register": "nhập sổ tiếp công dân",
        "action.load_a_deadline_rulebook": "nạp bộ quy tắc thời hạn",
        "action.lock_a_reporting_period_figures": "khóa số liệu kỳ báo cáo",
        "action.look_up_citizens": "tra cứu công dân",
        "action.look_up_repeat_petitions": "tra cứu đơn trùng, tái diễn",
        "action.mark_a_repeat_petition": "đánh dấu đơn trùng, tái diễn",
        "action.open_an_attachment": "mở tài liệu đính kèm",
        "action.plan_the_periodic_reception_schedule": "lập lịch tiếp công dân định kỳ",
        "action.prepare_a_copy_for_the_verifier": "lập bản sao cho người xác minh",
        "action.prepare_a_petition_processing_notice": "lập thông báo xử lý đơn",
        "action.prepare_a_receipt": "lập giấy biên nhận",
        "action.prepare_a_reminder": "lập văn bản đôn đốc",
        "action.prepare_an_appointment_slip": "lập phiếu hẹn",
        "action.prepare_documents": "lập văn bản",
        "action.prepare_periodic_reports": "lập báo cáo định kỳ",
        "action.preview_the_published_version": "xem trước bản công khai",
        "action.print_a_blank_petition_form": "in mẫu đơn trống",
        "action.process_petitions": "xử lý đơn",
        "action.publish_a_conclusion": "công khai kết luận",
        "action.re_import_data_already_in_the_register": "nhập lại dữ liệu đã có trong sổ",
        "action.reactivate_an_account": "kích hoạt lại tài khoản",
        "action.recalculate_deadlines": "tính lại thời hạn",
        "action.record_a_case_step": "ghi nhận bước xử lý vụ việc",
        "action.record_a_dialogue": "ghi nhận đối thoại",
        "action.record_a_periodic_reception": "ghi nhận buổi tiếp định kỳ",
        "action.record_a_reception_slip": "ghi phiếu tiếp công dân",
        "action.register_a_reception_desk": "đăng ký bàn tiếp dân",
        "action.reset_another_account_password": "đặt lại mật khẩu của tài khoản khác",
        "action.run_automatic_backups": "sao lưu tự động",
        "action.save_an_attachment": "lưu tài liệu đính kèm",
        "action.save_dialogue_minutes": "lưu biên bản đối thoại",
        "action.search_cases": "tìm vụ việc",
        "action.set_a_leader_reception_title": "đặt chức danh tiếp công dân của lãnh đạo",
        "action.set_up_the_database_roles": "cài đặt vai trò cơ sở dữ liệu",
        "action.unlock_a_reporting_period_figures": "mở khóa số liệu kỳ báo cáo",
        "action.unlock_an_account": "mở khoá tài khoản",
        "action.view_a_case_attachments": "xem tài liệu của vụ việc",
        "action.view_a_case_deadlines": "xem thời hạn của vụ việc",
        "action.view_a_case_documents": "xem văn bản của vụ việc",
        "action.view_a_petition_documents": "xem văn bản của đơn",
        "action.view_a_reception_slip": "xem phiếu tiếp công dân",
        "action.view_cases": "xem vụ việc",
        "action.view_dialogue_minutes": "xem biên bản đối thoại",
        "action.view_documents": "xem văn bản",
        "action.view_figures_carried_over_from_the_previous_period": "xem số liệu kỳ trước chuyển sang",
        "action.view_periodic_reports": "xem báo cáo định kỳ",
        "action.view_petition_processing_deadlines": "xem thời hạn xử lý đơn",
        "action.view_the_case_board": "xem bảng vụ việc",
        "action.view_the_dashboard": "xem bảng tổng hợp",
        "action.view_the_list_of_accounts": "xem danh sách tài khoản",
        "action.view_the_list_of_bodies_and_units": "xem danh sách cơ quan, đơn vị",
        "action.view_the_list_of_cases": "xem danh sách vụ việc",
        "action.view_the_list_of_fields": "xem danh mục lĩnh vực",
        "action.view_the_list_of_officers": "xem danh sách cán bộ",
        "action.view_the_list_of_reception_desks": "xem danh sách bàn tiếp dân",
        "action.view_the_periodic_reception_schedule": "xem lịch tiếp công dân định kỳ",
        "action.view_the_petitions_awaiting_processing": "xem danh sách đơn chờ xử lý",
        "action.view_the_reception_history": "xem lịch sử tiếp công dân",
        "action.view_the_reception_register": "xem sổ tiếp công dân",
        "action.view_the_records_behind_a_report_figure": "xem danh sách hồ sơ của số liệu báo cáo",
        "action.view_the_reporting_cut_off_date": "xem ngày chốt số liệu báo cáo",
        "action.write_a_petition_for_a_citizen": "lập đơn giúp công dân",
    }
)
_ACTION_CODES = {text: code for code, text in ACTIONS.templates.items()}


def named_action(action: str | None) -> str:
    """The action as a refusal's parameter: the coded :data:`ACTIONS` message for the
    Vietnamese words a service passes (the default "thực hiện thao tác này" when none), the
    words themselves when they are not catalogued (or already a coded message)."""
    if action is None:
        return MESSAGES("action.default")
    code = None if isinstance(action, Message) else _ACTION_CODES.get(action)
    return ACTIONS(code) if code else action


_NOT_IN_FORCE = re.compile(r"Không có phiên bản mẫu (\S+) có hiệu lực vào ngày (\S+)\.")


def error_text(exc: BaseException) -> str:
    """``str(exc)``, coded when it can be: the :class:`Message` a ``DeadlineError`` (or any
    error) was raised with, or the form and date of a ``FormNotInForce`` (same text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(first, Message):
        return first
    found = _NOT_IN_FORCE.fullmatch(str(exc))
    return DEADLINES("form.not_in_force", code=found[1], date=found[2]) if found else str(exc)
