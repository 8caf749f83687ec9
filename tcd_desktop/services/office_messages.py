"""Messages of the office's administration services, in Vietnamese, by stable code.

Accounts and passwords (``services/users``), reception desks, first-run setup, the periodic
reception schedule, the register's import and export, backups, publication previews and
holiday-calendar changes. Each is a :class:`~tcd_desktop.domain.messages.Message`: the text
the command line prints, with its code and parameters, so a screen in another language
names it in its own words (English sources: ``tcd_desktop/ui/office_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

_DESK_CODE = "Mã bàn tiếp gồm 2–32 chữ cái in hoa, chữ số hoặc dấu gạch ngang"

#: Vietnamese templates by code (``{name}``: a parameter).
MESSAGES = Catalogue(
    {
        "user.role_invalid": "Vai trò không hợp lệ: {role}.",
        "user.unit_missing": "Cơ quan, đơn vị không tồn tại.",
        "user.username_invalid": (
            "Tên đăng nhập không được để trống, không chứa dấu cách, tối đa 64 ký tự."
        ),
        "user.username_taken": "Tên đăng nhập {username} đã được dùng.",
        "user.username_login": (
            "Cơ quan dùng vai trò cơ sở dữ liệu: tên đăng nhập chỉ gồm chữ thường không dấu, "
            "số và dấu gạch dưới, bắt đầu bằng chữ."
        ),
        "user.name_missing": "Chưa nhập họ và tên.",
        "user.roles_missing": "Phải chọn ít nhất một vai trò.",
        "user.last_admin": (
            "Không thể bỏ quyền hoặc ngừng hoạt động quản trị viên cuối cùng của hệ thống."
        ),
        "user.self_deactivate": "Không thể tự ngừng hoạt động tài khoản đang đăng nhập.",
        "password.wrong_current": "Mật khẩu hiện tại không đúng.",
        "password.too_short": "Mật khẩu phải có ít nhất {length} ký tự.",
        "password.spaces": "Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.",
        "password.letters_digits": "Mật khẩu phải có cả chữ và số.",
        "desk.code": f"{_DESK_CODE}.",
        "desk.installation": "Mã máy gồm 32 chữ số thập lục phân (xem tệp desk.ini).",
        "desk.machine_taken": (
            "Máy này đã là bàn {code}; một máy chỉ cấp số theo một dãy số của mình."
        ),
        "desk.code_taken": "Mã bàn {code} đã thuộc một máy khác; hãy chọn mã khác.",
        "setup.unit_name": "Chưa nhập tên cơ quan, đơn vị.",
        "setup.unit_code": "Chưa nhập mã cơ quan, đơn vị.",
        "setup.unit_code_long": "Mã cơ quan, đơn vị tối đa 32 ký tự.",
        "setup.province": "Chưa nhập tỉnh, thành phố.",
        "setup.desk_code": f"{_DESK_CODE}, ví dụ LS-01.",
        "setup.admin_username": "Tên đăng nhập không được để trống hoặc chứa dấu cách.",
        "setup.admin_name": "Chưa nhập họ và tên quản trị viên.",
        "setup.done": "Cơ sở dữ liệu này đã được thiết lập cơ quan và tài khoản.",
        "setup.demo_not_empty": "Chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.",
        "schedule.other_month": "Ngày {day} không thuộc tháng {month}/{year}.",
        "schedule.future_day": "Không ghi nhận buổi tiếp cho ngày chưa đến.",
        "publication.not_confirmed": (
            "Phải xem trước và xác nhận bản công khai (đã che danh tính người tố cáo) trước khi "
            "ban hành (Luật Tố cáo 2018, Điều 40 khoản 3); nội dung đã thay đổi hoặc chưa được "
            "xác nhận."
        ),
        "calendar.name_missing": "Hãy ghi tên ngày (ví dụ 'Nghỉ bù Quốc khánh').",
        "calendar.action": "Thao tác lịch không hợp lệ: {action}.",
        "calendar.kind": "Loại ngày phải là 'off' (nghỉ) hoặc 'work' (làm bù).",
        "calendar.year": "Ngày phải trong các năm {first}–{last}.",
        "calendar.name": "Tên ngày bắt buộc, tối đa 200 ký tự.",
        "calendar.reason_long": "Văn bản công bố tối đa {limit} ký tự.",
        "calendar.not_listed": (
            "Ngày {day} không có trong lịch do cơ quan nhập nên không có gì để xoá (ngày lễ "
            "theo luật: dùng --work để ghi là ngày làm việc)."
        ),
        "calendar.already_official": "Ngày {day} đã là ngày chính thức, không cần xác nhận.",
        "import.rows_left": (
            "Còn {count} dòng lỗi chưa sửa hoặc loại trừ (dòng {lines}); chưa nhập gì."
        ),
        "import.nothing_left": "Không còn dòng nào để nhập.",
        "import.no_office": (
            "Chưa thiết lập cơ quan và mã bàn tiếp (thiết lập lần đầu) nên chưa nhập được sổ."
        ),
        "import.done_before": (
            "Tệp này đã được nhập ngày {at} bởi {user} ({rows} lượt tiếp). Chỉ quản trị viên "
            "mới nhập lại được (--allow-duplicate); chưa nhập gì."
        ),
        "export.kind": "Chỉ xuất được tệp .xlsx, .csv hoặc .pdf.",
        "row.column": "Cột ({number}) '{name}'",
        "row.formula": "{column} là công thức Excel; hãy chuyển thành giá trị (dán giá trị).",
        "row.control": "{column} chứa ký tự điều khiển không được phép (mã U+{code}).",
        "row.too_long": "{column} dài {length} ký tự, tối đa {limit}.",
        "row.date_invalid": "Ngày tiếp không hợp lệ: {text} (dùng dạng ngày/tháng/năm).",
        "row.date_missing": "Thiếu ngày tiếp.",
        "row.date_future": "Ngày tiếp ở tương lai.",
        "row.date_early": "Ngày tiếp {date} trước năm {year}.",
        "row.name_missing": "Thiếu họ tên người đến trình bày.",
        "row.name_long": "Họ tên dài {length} ký tự, tối đa {limit}.",
        "row.id_number": "Số CCCD/CMND: {problem}.",
        "row.summary_missing": "Thiếu nội dung đơn.",
        "row.kind": ("Loại đơn không hợp lệ: {text} (khiếu nại, tố cáo, kiến nghị hoặc phản ánh)."),
        "row.headcount": "Số người phải là số nguyên từ 1 đến {limit} (đang ghi {text}).",
        "row.competent": "Cột 'Thuộc thẩm quyền' chỉ ghi 'x' hoặc để trống.",
        "backup.not_supported": (
            "Cơ sở dữ liệu này không sao lưu được (không phải tệp hay máy chủ)."
        ),
        "backup.failed": "Không sao lưu được vào {target}: {detail}",
        "pg.missing_tool": (
            "Không tìm thấy chương trình {name} của PostgreSQL. Cài gói postgresql-client "
            "(hoặc thêm thư mục bin của PostgreSQL vào PATH)."
        ),
        "pg.failed": "{what} thất bại: {detail}",
        "pg.failed_code": "{what} thất bại (mã {code}): {detail}",
        "pg.dump": "Sao lưu bằng pg_dump",
        "export.too_many": (
            "Sổ lọc ra {total} lượt tiếp. quá nhiều để in PDF (tối đa {limit}). Hãy thu hẹp "
            "khoảng ngày hoặc xuất Excel."
        ),
    }
)
