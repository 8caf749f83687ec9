"""The reception desk's messages to the officer, in Vietnamese, by stable code.

The checks of a visit before it is saved (``_validation.py``, ``intake.py``), the notes
given with a saved visit (``SavedVisit.warnings``) and why a desk document cannot be
issued (``desk_documents.py``). Each message is a :class:`~tcd_desktop.domain.messages.
Message`: the text as written here, with its code and parameters, so a screen in another
language names it in its own words (``tcd_desktop/ui/desk_messages.py``).
"""

from __future__ import annotations

from tcd_desktop.domain.messages import Catalogue

__all__ = ["MESSAGES"]

#: Vietnamese templates by code (``{name}``: a parameter).
MESSAGES = Catalogue(
    {
        # the citizen and the people with them (prefix ``citizen.`` / ``participants[i].``)
        "citizen.gone": "Công dân đã chọn không còn trong cơ sở dữ liệu.",
        "citizen.name_missing": "Chưa nhập họ và tên.",
        "citizen.name_too_long": "Họ và tên tối đa {limit} ký tự.",
        "citizen.id_kind": "Loại giấy tờ tùy thân không hợp lệ.",
        "citizen.id_number": "Số CCCD không hợp lệ.",
        "citizen.passport": "Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số.",
        "citizen.identity_missing": (
            "Phải có địa chỉ hoặc giấy tờ tùy thân của người đến trình bày "
            "(Luật Tiếp công dân Điều 25 khoản 1)."
        ),
        "citizen.phone": "Số điện thoại không hợp lệ.",
        "citizen.email": "Địa chỉ thư điện tử không hợp lệ.",
        "citizen.birth_year": "Năm sinh phải từ 1900 đến {year}.",
        "text.control_character": ("Nội dung chứa ký tự điều khiển không được phép (mã U+{char})."),
        # the visit
        "visit.desk_missing": "Chưa thiết lập mã bàn tiếp công dân (thiết lập lần đầu).",
        "visit.unit_missing": "Chưa xác định cơ quan, đơn vị tiếp công dân.",
        "visit.time_zone": "Thời điểm tiếp phải kèm múi giờ.",
        "visit.in_future": "Thời điểm tiếp không được sau thời điểm hiện tại.",
        "visit.kind": "Hình thức tiếp không hợp lệ.",
        "visit.leader_missing": (
            "Tiếp định kỳ, đột xuất phải do người đứng đầu trực tiếp chủ trì: "
            "chọn lãnh đạo chủ trì."
        ),
        "visit.leader_inactive": "Người chủ trì phải là lãnh đạo có tài khoản đang hoạt động.",
        "visit.online_too_early": (
            "Tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/7/2026 (Luật 136/2025)."
        ),
        "visit.officer_inactive": "Cán bộ tiếp không có tài khoản đang hoạt động.",
        "visit.headcount": "Số người phải từ 1 trở lên.",
        "visit.participant_role": "Tư cách người tham gia không hợp lệ.",
        "visit.proof_missing": (
            "{role} phải xuất trình giấy tờ chứng minh tư cách "
            "(giấy giới thiệu, giấy ủy quyền, thẻ luật sư, văn bản cử người đại diện)."
        ),
        "visit.refusal_ground_missing": "Chưa chọn căn cứ từ chối tiếp công dân.",
        "visit.refusal_ground_not_yet": "Căn cứ này ({citation}) chỉ áp dụng từ ngày {date}.",
        "visit.refusal_note_missing": "Ghi rõ căn cứ pháp luật khác làm cơ sở từ chối.",
        "visit.repeat_of_gone": "Lượt tiếp trước được chọn không tồn tại.",
        "visit.petitions_missing": "Phải ghi ít nhất một nội dung công dân trình bày.",
        # a group of five or more (Luật Tiếp công dân Điều 29)
        "group.too_many_representatives": (
            "Đoàn {headcount} người chỉ được cử tối đa {limit} người đại diện "
            "(đã nhập {count}; Luật Tiếp công dân Điều 29)."
        ),
        "group.representative_missing": "Đoàn đông người phải cử người đại diện.",
        "group.not_appointed": (
            "Đoàn từ 5 người trở lên phải cử người đại diện bằng văn bản có chữ ký của những "
            "người cùng khiếu nại, tố cáo (Luật Tiếp công dân Điều 29)."
        ),
        "group.appointment_missing": "Ghi tên văn bản cử người đại diện.",
        # one content item (prefix ``petitions[i].``)
        "petition.kind": "Chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh.",
        "petition.summary_missing": "Chưa nhập tóm tắt nội dung.",
        "petition.field_unknown": "Lĩnh vực {field} không có trong danh mục.",
        "petition.prior_body_missing": "Chưa nhập cơ quan đã giải quyết.",
        "petition.document_name_missing": "Chưa nhập tên tài liệu.",
        "petition.document_pages": "Số trang phải là số nguyên từ 1 trở lên.",
        "petition.document_condition": (
            "Tình trạng tài liệu: bản gốc, bản sao hoặc bản sao có chứng thực."
        ),
        "petition.action_missing": "Chọn hướng xử lý tại nơi tiếp.",
        "petition.guide_body_missing": "Ghi rõ cơ quan có thẩm quyền hướng dẫn công dân đến.",
        "petition.transfer_body_missing": "Ghi rõ cơ quan có thẩm quyền nhận đơn chuyển.",
        "petition.complaint_not_transferred": (
            "Khiếu nại không thuộc thẩm quyền thì hướng dẫn công dân đến cơ quan có thẩm quyền, "
            "không chuyển đơn (Luật Tiếp công dân Điều 26)."
        ),
        "petition.explain_needs_decision": (
            "Chỉ giải thích, yêu cầu chấp hành khi vụ việc đã được cơ quan có thẩm quyền giải "
            "quyết: ghi cơ quan và số quyết định đã giải quyết."
        ),
        # notes given with a saved visit
        "saved.online_denunciation": (
            "Tiếp trực tuyến nội dung tố cáo chỉ khi người tố cáo không yêu cầu giữ bí "
            "mật danh tính (Nghị định 154/2026 Điều 20)."
        ),
        "saved.written_refusal": (
            "Người đứng đầu phải ra thông báo từ chối bằng văn bản (Mẫu 01/TCD) "
            "trong 03 ngày làm việc."
        ),
        # why a desk document cannot be issued
        "document.no_right": "Tài khoản {username} không có quyền lập văn bản.",
        "document.sealed": (
            "Văn bản này ghi danh tính người tố cáo: chỉ cán bộ đã tiếp và lãnh đạo đơn vị mới "
            "được lập (Luật Tố cáo 2018, Điều 8, Điều 47)."
        ),
        "document.not_refused": "Lượt tiếp này không bị từ chối tiếp.",
        "document.nothing_guided": (
            "Không có nội dung nào được hướng dẫn đến cơ quan có thẩm quyền."
        ),
        "document.nothing_transferred": (
            "Không có nội dung nào được chuyển đơn đến cơ quan có thẩm quyền."
        ),
        "document.no_content": "Lượt tiếp chưa ghi nội dung nào.",
        "document.mixed_kinds": (
            "Lượt tiếp có nhiều loại nội dung: hãy lập văn bản cho từng nội dung."
        ),
        "lookup.throttled": (
            "Đã tra cứu theo số giấy tờ hoặc số điện thoại quá {n} lần trong {m} phút. Vui lòng "
            "chờ rồi thử lại, hoặc tìm theo họ tên."
        ),
    }
)
