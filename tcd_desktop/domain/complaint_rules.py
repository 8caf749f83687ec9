"""Acceptance rules as choice lists: the non-acceptance grounds of Luật Khiếu nại 2011 Điều 11
and the acceptance conditions of a denunciation (Luật Tố cáo 2018 Điều 29 k1, Điều 24 k3).

Each item carries the clause it comes from so that a notice can cite it.
"""

from __future__ import annotations

from .enums import LabelledEnum

__all__ = [
    "DELIVERY_WORKING_DAYS",
    "DenunciationCondition",
    "NonAcceptanceGround",
    "WithdrawalCheck",
    "WithdrawalForm",
]

#: Working days a posted decision is assumed to take to reach the complainant when the
#: receipt date is unknown (K5 then counts from posting + this).  No statute fixes it
#: (UNCONFIRMED): an office policy kept as one constant.
DELIVERY_WORKING_DAYS = 3


class NonAcceptanceGround(LabelledEnum):
    """Luật Khiếu nại 2011 Điều 11: a complaint is not accepted when ..."""

    INTERNAL_ACT = (
        "k1_noi_bo",
        "Quyết định, hành vi hành chính trong nội bộ cơ quan, chỉ đạo điều hành của cấp trên, "
        "có nội dung văn bản quy phạm pháp luật hoặc thuộc bí mật nhà nước",
    )
    NO_DIRECT_EFFECT = (
        "k2_khong_lien_quan",
        "Quyết định, hành vi hành chính không liên quan trực tiếp đến quyền, lợi ích hợp pháp "
        "của người khiếu nại",
    )
    NO_CAPACITY = (
        "k3_nang_luc",
        "Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện "
        "hợp pháp",
    )
    UNLAWFUL_REPRESENTATIVE = ("k4_dai_dien", "Người đại diện không hợp pháp thực hiện khiếu nại")
    UNSIGNED = ("k5_chu_ky", "Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại")
    TIME_BARRED = (
        "k6_het_thoi_hieu",
        "Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng",
    )
    SECOND_DECISION_EXISTS = (
        "k7_da_co_qd_lan_hai",
        "Khiếu nại đã có quyết định giải quyết lần hai",
    )
    TERMINATED_NOT_CONTINUED = (
        "k8_dinh_chi_30_ngay",
        "Có văn bản thông báo đình chỉ giải quyết khiếu nại mà sau 30 ngày người khiếu nại "
        "không tiếp tục khiếu nại",
    )
    IN_COURT = (
        "k9_toa_an",
        "Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định "
        "của Tòa án (trừ quyết định đình chỉ giải quyết vụ án)",
    )

    @property
    def clause(self) -> int:
        """The khoản of Điều 11."""
        return int(self.value.split("_", 1)[0][1:])

    @property
    def citation(self) -> str:
        """E.g. "khoản 6 Điều 11 Luật Khiếu nại 2011"."""
        return f"khoản {self.clause} Điều 11 Luật Khiếu nại 2011"


class DenunciationCondition(LabelledEnum):
    """What must be checked before a denunciation is accepted (Điều 29 k1, Điều 24 k3)."""

    PROPER_PETITION = (
        "don_hop_le",
        "Đơn tố cáo hoặc văn bản ghi nội dung tố cáo có đủ nội dung theo Điều 23 (Điều 29 k1a)",
    )
    CAPACITY = (
        "nang_luc",
        "Người tố cáo có năng lực hành vi dân sự đầy đủ hoặc có người đại diện (Điều 29 k1b)",
    )
    COMPETENT = ("tham_quyen", "Vụ việc thuộc thẩm quyền giải quyết của cơ quan (Điều 29 k1c)")
    IDENTIFIABLE = (
        "co_co_so",
        "Nội dung tố cáo có cơ sở để xác định người vi phạm, hành vi vi phạm (Điều 29 k1d)",
    )
    NEW_EVIDENCE = (
        "bang_chung_moi",
        "Tố cáo người đã giải quyết khiếu nại của chính người tố cáo: có bằng chứng mới về "
        "hành vi vi phạm (Điều 29 k1)",
    )
    NOT_SENT_ELSEWHERE = (
        "khong_gui_nhieu_noi",
        "Không phải tố cáo đồng thời gửi nhiều cơ quan (có cơ quan có thẩm quyền) hoặc gửi "
        "lại sau khi đã được hướng dẫn (Điều 24 k3)",
    )

    @property
    def always_required(self) -> bool:
        """NEW_EVIDENCE applies only to a denunciation of an earlier complaint's resolver."""
        return self is not DenunciationCondition.NEW_EVIDENCE


class WithdrawalForm(LabelledEnum):
    """How a withdrawal reached the resolver (Luật Khiếu nại Điều 10; Luật Tố cáo Điều 33)."""

    WRITTEN = ("written", "Đơn rút có chữ ký hoặc điểm chỉ")
    VERBAL_RECORD = (
        "verbal_record",
        "Biên bản ghi yêu cầu rút trực tiếp, có chữ ký hoặc điểm chỉ của người rút",
    )


class WithdrawalCheck(LabelledEnum):
    """Luật Tố cáo 2018 Điều 33 k3: a withdrawn denunciation is still resolved when ..."""

    SIGNS_OF_VIOLATION = (
        "dau_hieu_vi_pham",
        "Hành vi bị tố cáo có dấu hiệu vi phạm pháp luật",
    )
    COERCED = ("bi_ep_buoc", "Việc rút tố cáo do bị đe dọa, mua chuộc hoặc ép buộc")
    SLANDER = (
        "loi_dung",
        "Người tố cáo lợi dụng việc tố cáo để vu khống, xúc phạm, gây thiệt hại cho người bị tố cáo",
    )
