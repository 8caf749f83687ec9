"""The steps of a case's workflow and the law's tables over them (which steps go together,
which status follows a step); :mod:`tcd_desktop.domain.workflow` applies them."""

from __future__ import annotations

from .enums import CaseStatus, LabelledEnum
from .grounds import SuspensionGround, TerminationGround

KN = "Luật Khiếu nại 2011"
TC = "Luật Tố cáo 2018"


class CaseKind(LabelledEnum):
    """Kind of case; the first four equal the petition kinds."""

    COMPLAINT = ("khieu_nai", "Khiếu nại")
    DENUNCIATION = ("to_cao", "Tố cáo")
    RECOMMENDATION = ("kien_nghi", "Kiến nghị")
    REFLECTION = ("phan_anh", "Phản ánh")
    ANONYMOUS = ("tin_an_danh", "Thông tin tố cáo nặc danh")


class Step(LabelledEnum):
    """A step on a case's timeline (stored in ``case_events.kind``)."""

    ACCEPTANCE = ("accepted", "Thụ lý")
    ACCEPTANCE_NOTICE = ("acceptance_notice", "Thông báo thụ lý")
    MARK_COMPLEX = ("mark_complex", "Xác định vụ việc phức tạp")
    ASSIGN_VERIFICATION = ("assign_verification", "Giao xác minh")
    VERIFICATION_REPORT = ("verification_report", "Báo cáo kết quả xác minh")
    DIALOGUE_SCHEDULED = ("dialogue_scheduled", "Thông báo đối thoại")
    DIALOGUE_HELD = ("dialogue_held", "Tổ chức đối thoại")
    MINUTES_SIGNED = ("minutes_signed", "Lưu biên bản đối thoại đã ký")
    EXTENSION = ("extension", "Gia hạn giải quyết")
    SUSPENSION = ("suspension", "Tạm đình chỉ giải quyết")
    RESUMPTION = ("resumption", "Tiếp tục giải quyết")
    PARTIAL_WITHDRAWAL = ("partial_withdrawal", "Rút một phần nội dung")
    WITHDRAWAL = ("withdrawal", "Rút toàn bộ")
    TERMINATION = ("termination", "Đình chỉ giải quyết")
    DECISION = ("decision", "Quyết định giải quyết khiếu nại")
    CONCLUSION = ("conclusion", "Kết luận nội dung tố cáo")
    DISPATCH = ("dispatch", "Gửi quyết định, kết luận")
    DECISION_RECEIVED = ("decision_received", "Người khiếu nại nhận quyết định")
    LEGAL_EFFECT = ("legal_effect", "Quyết định có hiệu lực pháp luật")
    HANDLING = ("handling", "Xử lý kết luận nội dung tố cáo")
    PUBLICATION = ("publication", "Công khai quyết định, kết luận")
    ENFORCEMENT_UPDATE = ("enforcement_update", "Theo dõi thực hiện")
    ENFORCEMENT_DONE = ("enforcement_done", "Hoàn thành thực hiện")
    SECOND_COMPLAINT = ("second_complaint", "Khiếu nại lần hai")
    SECOND_DECISION = ("second_decision", "Đã có quyết định giải quyết lần hai")
    FURTHER_DENUNCIATION = ("further_denunciation", "Tố cáo tiếp")
    RE_RESOLUTION = ("re_resolution", "Xem xét giải quyết lại tố cáo")
    TO_POLICE = ("to_police", "Chuyển hồ sơ có dấu hiệu tội phạm sang cơ quan điều tra")
    CLOCK_STARTED = ("clock_started", "Bắt đầu theo dõi thời hạn")
    CLOCK_MET = ("clock_met", "Đã thực hiện việc theo thời hạn")
    ASSIGNMENT = ("assignment", "Giao xử lý, ấn định thời hạn")
    ANSWER = ("answer", "Trả lời kiến nghị, phản ánh")
    CLOSE = ("close", "Kết thúc xử lý thông tin")
    DOCUMENT_ISSUED = ("document_issued", "Lập văn bản")


_SG, _TG = SuspensionGround, TerminationGround
SUSPENSION_GROUNDS = {
    CaseKind.COMPLAINT: frozenset(_SG) - {_SG.AWAIT_ASSESSMENT},
    CaseKind.DENUNCIATION: frozenset({_SG.AWAIT_RESULT, _SG.AWAIT_ASSESSMENT}),
}
TERMINATION_GROUNDS = {
    CaseKind.COMPLAINT: frozenset({_TG.WITHDRAWN, _TG.COMPLAINANT_GONE}),
    CaseKind.DENUNCIATION: frozenset({_TG.WITHDRAWN, _TG.ACCUSED_DIED, _TG.SETTLED}),
}

_S = Step
_COMMON = frozenset(
    {
        _S.ACCEPTANCE_NOTICE,
        _S.MARK_COMPLEX,
        _S.ASSIGN_VERIFICATION,
        _S.VERIFICATION_REPORT,
        _S.SUSPENSION,
        _S.RESUMPTION,
        _S.PARTIAL_WITHDRAWAL,
        _S.WITHDRAWAL,
        _S.TERMINATION,
        _S.DISPATCH,
        _S.PUBLICATION,
        _S.ENFORCEMENT_UPDATE,
        _S.ENFORCEMENT_DONE,
    }
)
STEPS_BY_KIND: dict[CaseKind, frozenset[Step]] = {
    CaseKind.COMPLAINT: _COMMON
    | {
        _S.DIALOGUE_SCHEDULED,
        _S.DIALOGUE_HELD,
        _S.MINUTES_SIGNED,
        _S.DECISION,
        _S.LEGAL_EFFECT,
        _S.SECOND_COMPLAINT,
        _S.SECOND_DECISION,
        _S.DECISION_RECEIVED,
    },
    CaseKind.DENUNCIATION: _COMMON
    | {
        _S.EXTENSION,
        _S.CONCLUSION,
        _S.HANDLING,
        _S.FURTHER_DENUNCIATION,
        _S.RE_RESOLUTION,
        _S.TO_POLICE,
        _S.CLOCK_STARTED,
        _S.CLOCK_MET,
    },
    CaseKind.RECOMMENDATION: frozenset({_S.ASSIGNMENT, _S.ANSWER}),
    CaseKind.REFLECTION: frozenset({_S.ASSIGNMENT, _S.ANSWER}),
    CaseKind.ANONYMOUS: frozenset({_S.ASSIGN_VERIFICATION, _S.VERIFICATION_REPORT, _S.CLOSE}),
}
_WHILE_PAUSED = frozenset({_S.RESUMPTION, _S.WITHDRAWAL, _S.PARTIAL_WITHDRAWAL, _S.TERMINATION})
_AFTER_CLOSE = frozenset(
    {
        _S.SECOND_COMPLAINT,
        _S.SECOND_DECISION,
        _S.FURTHER_DENUNCIATION,
        _S.RE_RESOLUTION,
        _S.DECISION_RECEIVED,
        _S.TO_POLICE,
        _S.CLOCK_STARTED,
        _S.CLOCK_MET,
    }
)
_BEFORE_RESOLUTION = frozenset(
    {
        _S.ACCEPTANCE_NOTICE,
        _S.MARK_COMPLEX,
        _S.ASSIGN_VERIFICATION,
        _S.VERIFICATION_REPORT,
        _S.DIALOGUE_SCHEDULED,
        _S.DIALOGUE_HELD,
        _S.EXTENSION,
        _S.SUSPENSION,
        _S.PARTIAL_WITHDRAWAL,
        _S.WITHDRAWAL,
        _S.TERMINATION,
        _S.DECISION,
        _S.CONCLUSION,
    }
)
_NEEDS_RESOLUTION = frozenset(
    {
        _S.DISPATCH,
        _S.LEGAL_EFFECT,
        _S.HANDLING,
        _S.PUBLICATION,
        _S.FURTHER_DENUNCIATION,
        _S.DECISION_RECEIVED,
    }
)
_ENFORCEMENT = frozenset({_S.ENFORCEMENT_UPDATE, _S.ENFORCEMENT_DONE})
_ONCE = frozenset(
    {
        _S.ACCEPTANCE_NOTICE,
        _S.DISPATCH,
        _S.LEGAL_EFFECT,
        _S.HANDLING,
        _S.PUBLICATION,
        _S.ENFORCEMENT_DONE,
        _S.DECISION_RECEIVED,
        _S.TO_POLICE,
    }
)
_STATUS_AFTER = {
    _S.ASSIGN_VERIFICATION: CaseStatus.VERIFYING,
    _S.VERIFICATION_REPORT: CaseStatus.VERIFYING,
    _S.DIALOGUE_SCHEDULED: CaseStatus.DIALOGUE,
    _S.DIALOGUE_HELD: CaseStatus.DIALOGUE,
    _S.DECISION: CaseStatus.DECIDED,
    _S.CONCLUSION: CaseStatus.DECIDED,
    _S.LEGAL_EFFECT: CaseStatus.ENFORCING,
    _S.HANDLING: CaseStatus.ENFORCING,
    _S.ENFORCEMENT_DONE: CaseStatus.CLOSED,
    _S.SUSPENSION: CaseStatus.SUSPENDED,
    _S.WITHDRAWAL: CaseStatus.WITHDRAWN,
    _S.TERMINATION: CaseStatus.TERMINATED,
    _S.ANSWER: CaseStatus.CLOSED,
    _S.CLOSE: CaseStatus.CLOSED,
    _S.SECOND_DECISION: CaseStatus.CLOSED,
}
