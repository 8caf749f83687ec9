"""Legal grounds and results offered as choice lists (re-exported by :mod:`.workflow`)."""

from __future__ import annotations

from .enums import LabelledEnum

__all__ = [
    "ComplexityCriterion",
    "DecisionResult",
    "FilingGround",
    "ProcessingOutcome",
    "ReResolutionGround",
    "SuspensionGround",
    "TerminationGround",
]


class DecisionResult(LabelledEnum):
    """Conclusion of a decision (khiếu nại) or of a conclusion (tố cáo)."""

    RIGHT = ("dung", "Đúng")
    PARTLY = ("dung_mot_phan", "Đúng một phần")
    WRONG = ("sai", "Sai")


class ComplexityCriterion(LabelledEnum):
    """The 7 criteria of NĐ 124/2020 Điều 3a (NĐ 155/2026) and NĐ 31/2019 Điều 3."""

    SEVERAL_PLACES = ("nhieu_dia_diem", "Phải xác minh ở từ 02 địa điểm trở lên")
    SEVERAL_CONTENTS = ("nhieu_noi_dung", "Có từ 02 nội dung trở lên phải xác minh")
    MANY_PEOPLE = ("nhieu_nguoi", "Nhiều người khiếu nại, tố cáo hoặc có quyền lợi liên quan")
    FOREIGN = ("yeu_to_nuoc_ngoai", "Có yếu tố nước ngoài")
    SEVERAL_AGENCIES = ("nhieu_co_quan", "Liên quan trách nhiệm của nhiều cơ quan, tổ chức, đơn vị")
    AGENCIES_DISAGREE = ("y_kien_khac_nhau", "Các cơ quan, tổ chức, đơn vị có ý kiến khác nhau")
    CONTRADICTORY = ("chung_cu_mau_thuan", "Tình tiết, chứng cứ mâu thuẫn với nhau")


class SuspensionGround(LabelledEnum):
    """Grounds for tạm đình chỉ (Luật KN Điều 11a from 01/7/2026; Luật TC Điều 34 k1)."""

    FORCE_MAJEURE = ("bat_kha_khang", "Sự kiện bất khả kháng (thiên tai, dịch bệnh, chiến tranh)")
    OBSTACLE = ("tro_ngai", "Trở ngại khách quan (tai nạn, ốm đau, công tác, học tập xa)")
    FILES_SEIZED = ("ho_so_bi_thu_giu", "Hồ sơ, tài liệu bị thu giữ, niêm phong")
    AWAIT_RESULT = ("cho_ket_qua", "Chờ kết quả giải quyết của cơ quan khác hoặc vụ việc liên quan")
    AWAIT_ASSESSMENT = ("cho_giam_dinh", "Chờ kết quả giám định bổ sung")


class TerminationGround(LabelledEnum):
    """Grounds for đình chỉ (Luật KN Điều 10, 11a; Luật TC Điều 34 k2)."""

    WITHDRAWN = ("rut_toan_bo", "Người khiếu nại, tố cáo rút toàn bộ nội dung")
    COMPLAINANT_GONE = ("chet_giai_the", "Cá nhân khiếu nại chết, cơ quan, tổ chức giải thể")
    ACCUSED_DIED = ("bi_to_cao_chet", "Người bị tố cáo chết (chỉ trách nhiệm cá nhân)")
    SETTLED = ("da_co_ban_an", "Đã được giải quyết bằng bản án, quyết định có hiệu lực")


class FilingGround(LabelledEnum):
    """Grounds to file a petition without processing (TT 05/2021/TT-TTCP Điều 28)."""

    NOT_ELIGIBLE = ("khong_du_dieu_kien", "Đơn không đủ điều kiện xử lý (Điều 6 khoản 2 điểm b)")
    COMPLAINT_IN_FORCE = ("kn_da_co_qd", "Khiếu nại đã có quyết định giải quyết có hiệu lực")
    DENUNCIATION_CONCLUDED = ("tc_da_ket_luan", "Tố cáo đã có kết luận, không có bằng chứng mới")


class ReResolutionGround(LabelledEnum):
    """Grounds to re-resolve a denunciation (Luật Tố cáo 2018 Điều 37 k3)."""

    INACCURATE = ("xac_minh_sai", "Xác minh, kết luận không chính xác, không khách quan")
    EVIDENCE_MISSED = ("bo_sot_chung_cu", "Bỏ sót chứng cứ quan trọng")
    LAW_MISAPPLIED = ("ap_dung_sai", "Áp dụng không đúng pháp luật")


class ProcessingOutcome(LabelledEnum):
    """Legal outcome of processing a petition (xử lý đơn, TT 05/2021)."""

    ACCEPT = ("thu_ly", "Thụ lý giải quyết")
    TRANSFER = ("chuyen_don", "Chuyển đơn đến cơ quan có thẩm quyền")
    GUIDE = ("huong_dan", "Hướng dẫn công dân")
    RETURN = ("tra_lai", "Trả lại đơn")
    FILE = ("luu_don", "Lưu đơn")
    REPORT_LOWER = ("yeu_cau_cap_duoi", "Yêu cầu cấp dưới giải quyết (đơn vượt cấp)")
