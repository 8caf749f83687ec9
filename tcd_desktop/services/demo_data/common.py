"""Shared constants and records of the demo-data generator (see :mod:`.generator`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tcd_desktop.domain.enums import CaseStatus, PetitionKind, ReceptionKind
from tcd_desktop.domain.workflow import (
    DecisionResult,
    ProcessingOutcome,
)

Rows = dict[str, list[tuple[Any, ...]]]

KN = PetitionKind.COMPLAINT.value
TC = PetitionKind.DENUNCIATION.value
KNG = PetitionKind.RECOMMENDATION.value
PA = PetitionKind.REFLECTION.value
KINDS = (KN, TC, KNG, PA)
R_REGULAR, R_PERIODIC, R_SUDDEN, R_ONLINE = (k.value for k in ReceptionKind)
S_CLOSED = CaseStatus.CLOSED.value
S_RECEIVED = CaseStatus.RECEIVED.value
S_WITHDRAWN = CaseStatus.WITHDRAWN.value
S_TERMINATED = CaseStatus.TERMINATED.value
S_SUSPENDED = CaseStatus.SUSPENDED.value
S_ACCEPTED = CaseStatus.ACCEPTED.value
S_VERIFYING = CaseStatus.VERIFYING.value
S_DIALOGUE = CaseStatus.DIALOGUE.value
S_DECIDED = CaseStatus.DECIDED.value
S_ENFORCING = CaseStatus.ENFORCING.value
P_ACCEPT = ProcessingOutcome.ACCEPT.value
#: Steps a leader signs (the rest are recorded by the officer in charge).
_LEADER_STEPS = frozenset(
    {
        "accepted",
        "assignment",
        "extension",
        "suspension",
        "resumption",
        "decision",
        "conclusion",
        "withdrawal",
        "termination",
        "handling",
    }
)

#: Board states the generator aims at (the words of ``domain.enums.DeadlineState``).
STATES = ("on_track", "due_soon", "overdue", "paused", "closed_on_time", "closed_late")

#: Password of every sample account (the hash is computed once per generation).
SAMPLE_PASSWORD = "dulieumau"

#: Closed cases accepted longer ago than this have no timeline rows (open ones always have
#: one): the timeline is the biggest table, and old closed cases are rarely opened.
TIMELINE_DAYS = 180

#: Days a leader gives for answering a recommendation or reflection (no statutory limit).
LEADER_DAYS = (15, 20, 30)

_OFFICE_MS = (  # office hours in UTC (07:30–11:30 and 13:30–17:00 in Asia/Ho_Chi_Minh)
    (30 * 60_000, 4 * 3_600_000 + 30 * 60_000),
    (6 * 3_600_000 + 30 * 60_000, 10 * 3_600_000),
)
_DOCS = {
    KN: [
        {"name": "Đơn khiếu nại", "pages": 2, "condition": "original"},
        {"name": "Quyết định bị khiếu nại", "pages": 3, "condition": "copy"},
    ],
    TC: [{"name": "Đơn tố cáo", "pages": 2, "condition": "original"}],
    KNG: [{"name": "Đơn kiến nghị", "pages": 1, "condition": "original"}],
    PA: [{"name": "Đơn phản ánh", "pages": 1, "condition": "original"}],
}
#: A visit's line in the register shows the start of the petition's text.
_REGISTER_CHARS = 90
_GUIDANCE = (
    "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Hỏi về chế độ trợ cấp xã hội hằng tháng cho người cao tuổi",
    "Hỏi về trình tự khởi kiện vụ án hành chính",
    "Đề nghị hướng dẫn viết đơn khiếu nại đúng quy định",
    "Hỏi về tiến độ giải quyết đơn đã gửi trước đây",
)
#: Petitions that did not become a case: (status, processing outcome) (services/petitions).
_NO_CASE_OUTCOMES = (
    (CaseStatus.GUIDED.value, ProcessingOutcome.GUIDE.value),
    (CaseStatus.TRANSFERRED.value, ProcessingOutcome.TRANSFER.value),
    (CaseStatus.FILED.value, ProcessingOutcome.FILE.value),
    (CaseStatus.RETURNED.value, ProcessingOutcome.RETURN.value),
)
#: Visits for advice only: (outcome, note) (services/intake HandlingAction).
_ADVICE_OUTCOMES = (
    ("guide", "Hướng dẫn công dân đến cơ quan có thẩm quyền"),
    ("explain", "Giải thích, hướng dẫn trực tiếp"),
)
_RESULTS = tuple(r.value for r in DecisionResult)


#: Order of the steps recorded on one day (the timeline is ordered by event id).
_STEP_RANK = {
    name: rank
    for rank, name in enumerate(
        (
            "assignment",
            "assign_verification",
            "verification_report",
            "dialogue_scheduled",
            "dialogue_held",
            "extension",
            "suspension",
            "resumption",
            "decision",
            "conclusion",
            "answer",
            "withdrawal",
            "termination",
            "dispatch",
            "legal_effect",
            "handling",
            "enforcement_done",
        )
    )
}


def _step_order(step: tuple[Any, ...]) -> tuple[int, int]:
    return step[0], _STEP_RANK[step[1]]


_RUNNING = frozenset({"on_track", "due_soon"})
_RECEIVED_DETAIL = "Nhận đơn, hẹn trả lời bằng văn bản"
_DIALOGUE_HELD = (
    "Các bên thống nhất về diễn biến sự việc",
    "Người khiếu nại chưa đồng ý với mức bồi thường",
    "Đã lập biên bản đối thoại",
)
_DIALOGUE_PLANNED = ("", "", "")


@dataclass(slots=True)
class UnitInfo:
    """A generated unit and what the case factory needs to know about it."""

    id: Any
    code: str
    name: str
    name_folded: str
    level: str
    role: str  # UBND, TTR, BTCD, a department suffix, or COMMUNE
    prov: int
    desk: str
    is_remote: bool = False
    commune: str = ""
    commune_kind: str = ""  # "phường" / "xã"
    leaders: list[Any] = field(default_factory=list)
    handlers: list[Any] = field(default_factory=list)
    receivers: list[Any] = field(default_factory=list)
    leader_name: str = ""
    index: int = 0  # position among the province's communes
    tail: str = ""  # end of an address here: "phường Láng, thành phố Hà Nội"
    tail_f: str = ""  # and its folded form


@dataclass(slots=True)
class CitizenInfo:
    """What later cases need to reuse a citizen (a repeat visitor)."""

    id: Any
    prov: int
    commune: int  # index into the province's commune units
    remote: bool
    name: str
    last_reception: Any = None
    last_petition: Any = None  # id of the citizen's latest petition
    last_kind: str = ""  # and its kind


@dataclass(frozen=True, slots=True)
class ForcedCase:
    """A case placed on purpose so that every kind shows every state."""

    kind: str
    state: str
    level: int = 1
    complex: bool = False
    very_complex: bool = False
    mass: bool = False
